// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureModel

/// The account a statement is about, as the bank names it.
///
/// CFONB 120 names it by bank code, desk (guichet) code and account number; camt.053 by IBAN.
/// Either set of fields may be empty when the format does not carry it.
public struct BankAccountReference: Hashable, Sendable {
    /// The 5-digit bank code (code banque), empty when unknown.
    public var bankCode: String
    /// The 5-digit desk code (code guichet), empty when unknown.
    public var deskCode: String
    /// The 11-character account number, empty when unknown.
    public var accountNumber: String
    /// The account's IBAN, when the format carries it (camt.053).
    public var iban: IBAN?
    /// The account's currency (ISO 4217), such as `EUR`.
    public var currency: String

    /// An account reference.
    public init(
        bankCode: String = "",
        deskCode: String = "",
        accountNumber: String = "",
        iban: IBAN? = nil,
        currency: String
    ) {
        self.bankCode = bankCode
        self.deskCode = deskCode
        self.accountNumber = accountNumber
        self.iban = iban
        self.currency = currency
    }
}

/// One account statement: opening balance, movements, closing balance.
public struct BankStatement: Hashable, Sendable {
    /// The account.
    public var account: BankAccountReference
    /// The date of the opening balance.
    public var openingDate: CalendarDate
    /// The opening balance (positive when in credit).
    public var openingBalance: Amount
    /// The date of the closing balance, `nil` when the statement has no closing record.
    public var closingDate: CalendarDate?
    /// The closing balance, `nil` when the statement has no closing record.
    public var closingBalance: Amount?
    /// The movements, in the order of the file.
    public var movements: [BankMovement]

    /// A statement.
    public init(
        account: BankAccountReference,
        openingDate: CalendarDate,
        openingBalance: Amount,
        closingDate: CalendarDate? = nil,
        closingBalance: Amount? = nil,
        movements: [BankMovement] = []
    ) {
        self.account = account
        self.openingDate = openingDate
        self.openingBalance = openingBalance
        self.closingDate = closingDate
        self.closingBalance = closingBalance
        self.movements = movements
    }

    /// Whether opening balance plus the movements equals the closing balance (`nil` without a closing balance).
    public var isBalanced: Bool? {
        guard let closingBalance else { return nil }
        let total = movements.reduce(openingBalance.decimal) { $0 + $1.amount.decimal }
        return total == closingBalance.decimal
    }
}

/// One movement (écriture) of a statement.
public struct BankMovement: Hashable, Sendable {
    /// The 1-based position of the movement among all movements of the file it was read from
    /// (the ordinal of its CFONB `04` record, the order of camt `Ntry`).
    public var ordinal: Int
    /// The account it was booked on.
    public var account: BankAccountReference
    /// The interbank operation code: CFONB's 2 characters (such as `05` for a received
    /// transfer); from camt.053, the proprietary code when it is such a 2-character CFONB code
    /// (French banks send it beside the ISO code), else the ISO domain/family/subfamily
    /// (`PMNT/RCDT/ESCT`), else the proprietary code.
    public var operationCode: String
    /// The booking date (date d'opération).
    public var bookingDate: CalendarDate
    /// The value date, when given.
    public var valueDate: CalendarDate?
    /// The amount, positive for a credit to the account, negative for a debit.
    public var amount: Amount
    /// The movement's label (libellé) as the bank wrote it.
    public var label: String
    /// The bank's reference of the movement (CFONB `04` reference zone, camt `AcctSvcrRef`), empty when none.
    public var reference: String
    /// The complementary records (CFONB `05` qualifier and text, camt details mapped to the same qualifiers).
    public var details: [MovementDetail]
    /// The counterparty (payer of a credit, payee of a debit), when the bank says.
    public var counterparty: Counterparty?
    /// The SEPA end-to-end identifier, when given (CFONB `RCN`, camt `EndToEndId`).
    public var endToEndID: String?
    /// The remittance information (CFONB `LCC`/`LC2`/`LIB`, camt `Ustrd`), in order.
    public var remittance: [String]
    /// A structured creditor reference (ISO 11649 `RF…`), when given.
    public var creditorReference: String?

    /// A movement.
    public init(
        ordinal: Int,
        account: BankAccountReference,
        operationCode: String,
        bookingDate: CalendarDate,
        valueDate: CalendarDate? = nil,
        amount: Amount,
        label: String,
        reference: String = "",
        details: [MovementDetail] = [],
        counterparty: Counterparty? = nil,
        endToEndID: String? = nil,
        remittance: [String] = [],
        creditorReference: String? = nil
    ) {
        self.ordinal = ordinal
        self.account = account
        self.operationCode = operationCode
        self.bookingDate = bookingDate
        self.valueDate = valueDate
        self.amount = amount
        self.label = label
        self.reference = reference
        self.details = details
        self.counterparty = counterparty
        self.endToEndID = endToEndID
        self.remittance = remittance
        self.creditorReference = creditorReference
    }
}

/// A complementary detail of a movement: a CFONB `05` record's qualifier (such as `LIB`, `NPY`,
/// `RCN`) and its text.
public struct MovementDetail: Hashable, Sendable {
    /// The 3-character qualifier.
    public var qualifier: String
    /// The text, trailing spaces removed.
    public var text: String

    /// A detail.
    public init(qualifier: String, text: String) {
        self.qualifier = qualifier
        self.text = text
    }
}

/// Who is on the other side of a movement.
public struct Counterparty: Hashable, Sendable {
    /// The name, as the bank wrote it.
    public var name: String
    /// The account, when given.
    public var iban: IBAN?
    /// The bank, when given.
    public var bic: String?

    /// A counterparty.
    public init(name: String, iban: IBAN? = nil, bic: String? = nil) {
        self.name = name
        self.iban = iban
        self.bic = bic
    }
}
