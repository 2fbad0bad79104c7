// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The kind of document (BT-3 invoice type code), from UNTDID 1001 as EN 16931 uses it.
///
/// The French reform accepts a subset (commercial, prepayment, corrected, self-billed and factored
/// invoices and their credit notes); which codes a profile allows is the rules' business, not the
/// model's.
///
/// ```swift
/// let kind: DocumentTypeCode = .commercialInvoice   // 380
/// kind.isCreditNote                                 // false
/// ```
///
/// Any code reads and writes back, known or not, so an invoice with a code this release does not
/// list still round-trips; ``isKnown`` says whether the code is one this release names.
public struct DocumentTypeCode: RawRepresentable, Sendable {
    /// The code, e.g. `380`.
    public let rawValue: String

    /// Wraps any code, known or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps any code, known or not.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// `81`: credit note related to goods or services.
    public static let creditNoteRelatedToGoodsOrServices = DocumentTypeCode(rawValue: "81")
    /// `83`: credit note related to financial adjustments.
    public static let creditNoteRelatedToFinancialAdjustments = DocumentTypeCode(rawValue: "83")
    /// `261`: self-billed credit note.
    public static let selfBilledCreditNote = DocumentTypeCode(rawValue: "261")
    /// `262`: consolidated credit note, goods and services.
    public static let consolidatedCreditNote = DocumentTypeCode(rawValue: "262")
    /// `296`: credit note for price variation.
    public static let creditNoteForPriceVariation = DocumentTypeCode(rawValue: "296")
    /// `308`: delcredere credit note.
    public static let delcredereCreditNote = DocumentTypeCode(rawValue: "308")
    /// `326`: partial invoice.
    public static let partialInvoice = DocumentTypeCode(rawValue: "326")
    /// `380`: commercial invoice, the ordinary invoice.
    public static let commercialInvoice = DocumentTypeCode(rawValue: "380")
    /// `381`: credit note.
    public static let creditNote = DocumentTypeCode(rawValue: "381")
    /// `383`: debit note.
    public static let debitNote = DocumentTypeCode(rawValue: "383")
    /// `384`: corrected invoice (French *facture rectificative*).
    public static let correctedInvoice = DocumentTypeCode(rawValue: "384")
    /// `385`: consolidated invoice.
    public static let consolidatedInvoice = DocumentTypeCode(rawValue: "385")
    /// `386`: prepayment invoice (French *facture d'acompte*).
    public static let prepaymentInvoice = DocumentTypeCode(rawValue: "386")
    /// `387`: hire invoice.
    public static let hireInvoice = DocumentTypeCode(rawValue: "387")
    /// `388`: tax invoice.
    public static let taxInvoice = DocumentTypeCode(rawValue: "388")
    /// `389`: self-billed invoice (French *autofacture*).
    public static let selfBilledInvoice = DocumentTypeCode(rawValue: "389")
    /// `390`: delcredere invoice.
    public static let delcredereInvoice = DocumentTypeCode(rawValue: "390")
    /// `393`: factored invoice (assigned to a factor).
    public static let factoredInvoice = DocumentTypeCode(rawValue: "393")
    /// `394`: lease invoice.
    public static let leaseInvoice = DocumentTypeCode(rawValue: "394")
    /// `395`: consignment invoice.
    public static let consignmentInvoice = DocumentTypeCode(rawValue: "395")
    /// `396`: factored credit note.
    public static let factoredCreditNote = DocumentTypeCode(rawValue: "396")
    /// `420`: optical character reading (OCR) payment credit note.
    public static let ocrPaymentCreditNote = DocumentTypeCode(rawValue: "420")
    /// `458`: reversal of credit.
    public static let reversalOfCredit = DocumentTypeCode(rawValue: "458")
    /// `532`: forwarder's credit note.
    public static let forwardersCreditNote = DocumentTypeCode(rawValue: "532")
    /// `751`: invoice information for accounting purposes.
    public static let invoiceInformationForAccountingPurposes = DocumentTypeCode(rawValue: "751")
    /// `875`: partial construction invoice.
    public static let partialConstructionInvoice = DocumentTypeCode(rawValue: "875")
    /// `876`: partial final construction invoice.
    public static let partialFinalConstructionInvoice = DocumentTypeCode(rawValue: "876")
    /// `877`: final construction invoice.
    public static let finalConstructionInvoice = DocumentTypeCode(rawValue: "877")

    /// The codes this release names.
    public static let allKnown: [DocumentTypeCode] = [
        .creditNoteRelatedToGoodsOrServices, .creditNoteRelatedToFinancialAdjustments, .selfBilledCreditNote,
        .consolidatedCreditNote, .creditNoteForPriceVariation, .delcredereCreditNote, .partialInvoice,
        .commercialInvoice, .creditNote, .debitNote, .correctedInvoice, .consolidatedInvoice, .prepaymentInvoice,
        .hireInvoice, .taxInvoice, .selfBilledInvoice, .delcredereInvoice, .factoredInvoice, .leaseInvoice,
        .consignmentInvoice, .factoredCreditNote, .ocrPaymentCreditNote, .reversalOfCredit, .forwardersCreditNote,
        .invoiceInformationForAccountingPurposes, .partialConstructionInvoice, .partialFinalConstructionInvoice,
        .finalConstructionInvoice,
    ]

    /// Whether the code is one of ``allKnown``.
    public var isKnown: Bool { DocumentTypeCode.allKnown.contains(self) }

    /// The codes EN 16931 classes as credit notes (the type codes a UBL `CreditNote` may carry).
    ///
    /// `458` (reversal of credit) is in that list as we read the EN 16931 code lists; confirm
    /// against the current list before relying on it for sign conventions.
    public static let creditNoteCodes: Set<DocumentTypeCode> = [
        .creditNoteRelatedToGoodsOrServices, .creditNoteRelatedToFinancialAdjustments, .selfBilledCreditNote,
        .consolidatedCreditNote, .creditNoteForPriceVariation, .delcredereCreditNote, .creditNote,
        .factoredCreditNote, .ocrPaymentCreditNote, .reversalOfCredit, .forwardersCreditNote,
    ]

    /// Whether the document is a credit note (``creditNoteCodes``) rather than an invoice.
    public var isCreditNote: Bool { DocumentTypeCode.creditNoteCodes.contains(self) }

    /// Whether the document is self-billed: issued by the buyer on the seller's behalf (`389`, `261`).
    public var isSelfBilled: Bool { self == .selfBilledInvoice || self == .selfBilledCreditNote }
}

extension DocumentTypeCode: Hashable {}

extension DocumentTypeCode: Codable {}

extension DocumentTypeCode: CustomStringConvertible {
    /// The code.
    public var description: String { rawValue }
}

extension DocumentTypeCode: ExpressibleByStringLiteral {
    /// Wraps a literal code: `"380"`.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }
}
