// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureModel

/// Which side of the business a partner or an open item is on.
public enum PartnerKind: String, Hashable, Sendable, Codable {
    /// A customer: its invoices are paid to us (credits on the account).
    case customer
    /// A supplier: we pay its invoices (debits on the account).
    case supplier
}

/// Whether an open item is an invoice or a credit note.
public enum OpenItemType: String, Hashable, Sendable, Codable {
    /// An invoice: the partner owes (customer) or is owed (supplier) its residual.
    case invoice
    /// A credit note: it reduces what is owed; its allocations are negative.
    case creditNote = "credit_note"
}

/// A business partner of the ledger.
public struct LedgerPartner: Hashable, Sendable {
    /// The partner's identifier in the ledger, such as `CU00001`.
    public var id: String
    /// The partner's name.
    public var name: String
    /// Customer or supplier.
    public var kind: PartnerKind
    /// The partner's bank account, when known.
    public var iban: IBAN?
    /// The partner's bank (BIC), when known.
    public var bic: String?
    /// The partner's SIREN, when known.
    public var siren: String?

    /// A partner.
    public init(
        id: String,
        name: String,
        kind: PartnerKind,
        iban: IBAN? = nil,
        bic: String? = nil,
        siren: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.iban = iban
        self.bic = bic
        self.siren = siren
    }
}

/// An open (not fully paid) invoice or credit note.
///
/// Amounts are positive for both types; a credit note's residual reduces what the partner owes.
public struct OpenItem: Hashable, Sendable {
    /// The item's identifier in the ledger, such as `C0000001`.
    public var id: String
    /// The document number as printed, such as `FA2025-00001`.
    public var number: String
    /// Customer or supplier side.
    public var kind: PartnerKind
    /// Invoice or credit note.
    public var type: OpenItemType
    /// The partner's identifier.
    public var partnerID: String
    /// The document total.
    public var total: Amount
    /// What remains to be paid (never more than the total).
    public var residual: Amount
    /// The currency (ISO 4217).
    public var currency: String
    /// The issue date.
    public var issueDate: CalendarDate?
    /// The due date.
    public var dueDate: CalendarDate?
    /// A structured creditor reference (ISO 11649 `RF…`), when the document carries one.
    public var creditorReference: String?

    /// An open item.
    public init(
        id: String,
        number: String,
        kind: PartnerKind,
        type: OpenItemType = .invoice,
        partnerID: String,
        total: Amount,
        residual: Amount,
        currency: String = "EUR",
        issueDate: CalendarDate? = nil,
        dueDate: CalendarDate? = nil,
        creditorReference: String? = nil
    ) {
        self.id = id
        self.number = number
        self.kind = kind
        self.type = type
        self.partnerID = partnerID
        self.total = total
        self.residual = residual
        self.currency = currency
        self.issueDate = issueDate
        self.dueDate = dueDate
        self.creditorReference = creditorReference
    }

    /// Whether nothing remains to be paid.
    public var isPaid: Bool { residual.isZero }
}

/// One of the company's own bank accounts.
public struct CompanyAccount: Hashable, Sendable {
    /// The IBAN, when known.
    public var iban: IBAN?
    /// The BIC, when known.
    public var bic: String?
    /// The 5-digit bank code.
    public var bankCode: String
    /// The 5-digit desk code.
    public var deskCode: String
    /// The 11-character account number.
    public var accountNumber: String

    /// An account.
    public init(
        iban: IBAN? = nil,
        bic: String? = nil,
        bankCode: String = "",
        deskCode: String = "",
        accountNumber: String = ""
    ) {
        self.iban = iban
        self.bic = bic
        self.bankCode = bankCode
        self.deskCode = deskCode
        self.accountNumber = accountNumber
    }
}

/// The company whose ledger it is.
public struct LedgerCompany: Hashable, Sendable {
    /// The company's name.
    public var name: String
    /// The SIREN, when known.
    public var siren: String?
    /// The SEPA creditor identifier, when known.
    public var sepaCreditorID: String?
    /// The company's bank accounts.
    public var accounts: [CompanyAccount]

    /// A company.
    public init(name: String, siren: String? = nil, sepaCreditorID: String? = nil, accounts: [CompanyAccount] = []) {
        self.name = name
        self.siren = siren
        self.sepaCreditorID = sepaCreditorID
        self.accounts = accounts
    }
}

/// The receivables and payables ledger a statement is lettered against.
public struct Ledger: Hashable, Sendable {
    /// The company.
    public var company: LedgerCompany
    /// The date the open items are known at, when given.
    public var asOf: CalendarDate?
    /// The partners.
    public var partners: [LedgerPartner]
    /// The open items.
    public var items: [OpenItem]

    /// A ledger.
    public init(company: LedgerCompany, asOf: CalendarDate? = nil, partners: [LedgerPartner], items: [OpenItem]) {
        self.company = company
        self.asOf = asOf
        self.partners = partners
        self.items = items
    }
}
