// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The fields an accounting product keys in from an invoice, whatever the invoice came as:
/// the record `facture extract --json` prints, one per document.
///
/// Every value is text in the form the extraction contract fixes: amounts and rates with two
/// decimals (`"1234.50"`), dates ISO 8601, identifiers without spaces, `nil` where the document
/// does not carry the field. Amounts keep the document's sign: a credit note expressed as a
/// negative invoice stays negative. Each field has a ``confidence`` between 0 and 1, which is 1
/// when the fields were read from structured data (Factur-X, CII, UBL).
///
/// ```swift
/// let fields = ExtractedInvoice(invoice: invoice, source: .xml)
/// print(fields.totalTTC ?? "-")
/// ```
public struct ExtractedInvoice: Sendable, Hashable {
    /// Seller name (BT-27).
    public var supplierName: String?
    /// Seller SIREN (from BT-30 with scheme 0002, or the SIRET, or the FR VAT number).
    public var supplierSIREN: String?
    /// Seller SIRET (BT-29 with scheme 0009).
    public var supplierSIRET: String?
    /// Seller VAT number (BT-31).
    public var supplierVAT: String?
    /// Buyer name (BT-44).
    public var buyerName: String?
    /// Buyer SIREN (BT-47 with scheme 0002, or derived from the buyer's SIRET or FR VAT number).
    public var buyerSIREN: String?
    /// Invoice number (BT-1).
    public var invoiceNumber: String?
    /// Issue date (BT-2), ISO 8601.
    public var issueDate: String?
    /// Due date (BT-9), ISO 8601.
    public var dueDate: String?
    /// Currency (BT-5).
    public var currency: String?
    /// Total without VAT (BT-109).
    public var totalHT: String?
    /// Total VAT (BT-110).
    public var totalTVA: String?
    /// Total with VAT (BT-112).
    public var totalTTC: String?
    /// Amount due (BT-115).
    public var amountDue: String?
    /// VAT breakdown (BG-23).
    public var vatBreakdown: [VATLine]
    /// Payee IBAN (BT-84 of the first credit transfer).
    public var iban: String?
    /// Payee BIC (BT-86 of the first credit transfer).
    public var bic: String?
    /// Purchase order reference (BT-13).
    public var poReference: String?
    /// `invoice` or `credit_note`.
    public var documentType: String?
    /// Invoice lines (BG-25).
    public var lines: [Line]
    /// Confidence per field, keyed by the JSON key (`total_ttc`, `lines` …), 0–1.
    public var confidence: [String: Double]
    /// Where the fields were read from.
    public var source: Source

    /// One VAT rate of the breakdown.
    public struct VATLine: Sendable, Hashable, Codable {
        /// VAT rate (BT-119), two decimals.
        public var rate: String?
        /// Taxable amount (BT-116).
        public var base: String?
        /// VAT amount (BT-117).
        public var amount: String?

        /// Creates a breakdown entry.
        public init(rate: String?, base: String?, amount: String?) {
            self.rate = rate
            self.base = base
            self.amount = amount
        }
    }

    /// One invoice line.
    public struct Line: Sendable, Hashable {
        /// Item name (BT-153).
        public var description: String?
        /// Invoiced quantity (BT-129), without trailing zeros.
        public var quantity: String?
        /// Unit price as printed: the gross price (BT-148) when given, else the net price (BT-146).
        public var unitPrice: String?
        /// Line net amount (BT-131).
        public var lineTotal: String?
        /// Line VAT rate (BT-152), two decimals.
        public var vatRate: String?

        /// Creates a line.
        public init(description: String?, quantity: String?, unitPrice: String?, lineTotal: String?, vatRate: String?) {
            self.description = description
            self.quantity = quantity
            self.unitPrice = unitPrice
            self.lineTotal = lineTotal
            self.vatRate = vatRate
        }
    }

    /// Where extracted fields come from.
    public struct Source: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The contract's name for the source: `facturx`, `xml`, `text` or `ocr`.
        public let rawValue: String

        private init(_ rawValue: String) { self.rawValue = rawValue }

        /// The XML embedded in a Factur-X / ZUGFeRD PDF.
        public static let facturX = Source("facturx")
        /// A CII or UBL XML file.
        public static let xml = Source("xml")
        /// The text layer of a PDF.
        public static let text = Source("text")
        /// Optical character recognition of a scan or photo.
        public static let ocr = Source("ocr")

        /// The contract's name.
        public var description: String { rawValue }

        /// Decodes from the contract's name.
        public init(from decoder: any Decoder) throws {
            self.init(try decoder.singleValueContainer().decode(String.self))
        }

        /// Encodes as the contract's name.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
    }

    /// Creates an empty record (every field absent) for a source.
    public init(source: Source) {
        self.vatBreakdown = []
        self.lines = []
        self.confidence = [:]
        self.source = source
    }
}

extension ExtractedInvoice {
    /// The JSON keys of the contract, in its order.
    public static let fieldKeys = [
        "supplier_name", "supplier_siren", "supplier_siret", "supplier_vat", "buyer_name", "buyer_siren",
        "invoice_number", "issue_date", "due_date", "currency", "total_ht", "total_tva", "total_ttc",
        "amount_due", "vat_breakdown", "iban", "bic", "po_reference", "document_type", "lines",
    ]

    /// Reads the fields of a structured invoice, with confidence 1 for every field.
    ///
    /// - Parameters:
    ///   - invoice: the invoice as read from Factur-X, CII or UBL.
    ///   - source: ``Source/facturX`` or ``Source/xml``.
    public init(invoice: Invoice, source: Source) {
        self.init(source: source)
        let seller = invoice.seller
        supplierName = seller.name
        supplierSIRET = seller.siret
        supplierVAT = seller.vatIdentifier.map(Self.compact)
        supplierSIREN = seller.siren ?? supplierSIRET.map { String($0.prefix(9)) } ?? Self.siren(fromVAT: supplierVAT)
        let buyer = invoice.buyer
        buyerName = buyer.name
        buyerSIREN =
            buyer.siren ?? buyer.siret.map { String($0.prefix(9)) }
            ?? Self.siren(fromVAT: buyer.vatIdentifier.map(Self.compact))
        invoiceNumber = invoice.number
        issueDate = invoice.issueDate.iso8601String
        dueDate = invoice.dueDate?.iso8601String
        currency = invoice.currency.rawValue
        let totals = invoice.totals
        totalHT = Self.twoDecimals(totals.totalWithoutVAT)
        totalTVA =
            totals.totalVAT.map(Self.twoDecimals)
            ?? (invoice.vatBreakdown.isEmpty ? nil : Self.twoDecimals(invoice.vatBreakdown.map(\.taxAmount).sum()))
        totalTTC = Self.twoDecimals(totals.totalWithVAT)
        amountDue = Self.twoDecimals(totals.amountDue)
        vatBreakdown = invoice.vatBreakdown.map { entry in
            VATLine(
                rate: Self.twoDecimals(entry.rate ?? .zero),
                base: Self.twoDecimals(entry.taxableAmount),
                amount: Self.twoDecimals(entry.taxAmount)
            )
        }
        let transfer = invoice.paymentInstructions?.creditTransfers.first
        iban = transfer.map { Self.compact($0.accountIdentifier) }
        bic = transfer?.serviceProviderIdentifier.map(Self.compact)
        poReference = invoice.purchaseOrderReference
        documentType =
            invoice.typeCode.isCreditNote || totals.totalWithVAT.isNegative ? "credit_note" : "invoice"
        lines = invoice.lines.map { line in
            Line(
                description: line.item.name,
                quantity: line.quantity.decimal.normalized.description,
                unitPrice: Self.twoDecimals(line.price.grossPrice ?? line.price.netPrice),
                lineTotal: Self.twoDecimals(line.netAmount),
                vatRate: line.vat.rate.map(Self.twoDecimals) ?? "0.00"
            )
        }
        for key in Self.fieldKeys { confidence[key] = 1 }
    }

    private static func twoDecimals(_ value: some DecimalValue) -> String {
        value.decimal.rounded(scale: 2).description
    }

    private static func compact(_ text: String) -> String {
        String(text.filter { $0 != " " && $0 != "." && $0 != "-" }).uppercased()
    }

    /// The SIREN inside a French VAT number (`FRkk` + 9 digits).
    private static func siren(fromVAT vat: String?) -> String? {
        guard let vat, vat.hasPrefix("FR"), vat.utf8.count == 13 else { return nil }
        return String(vat.suffix(9))
    }
}
