// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An invoice or credit note as EN 16931 defines it: every business group (BG) and business term
/// (BT) of the core invoice model, plus the French reform's mentions.
///
/// The model says what an invoice contains, not whether it is right: it reads any document that
/// has the right shape, including one with a wrong identifier or inconsistent totals, so that
/// validation can report every problem at once. Identifiers are ``Identifier`` values, codes are
/// open code lists that keep unknown codes, amounts are exact ``Amount``s.
///
/// Cardinality follows EN 16931: a mandatory term is a non-optional property, an optional one is
/// an optional property, a repeatable one an array. The exceptions are terms that the Factur-X
/// profiles below EN 16931 (MINIMUM, BASIC WL) leave out — the seller's and buyer's postal
/// addresses and the sum of line net amounts — which are optional here so those documents read
/// faithfully.
///
/// A minimal invoice:
///
/// ```swift
/// var invoice = Invoice(
///     number: "F-2026-0001",
///     issueDate: try CalendarDate(parsingISO8601: "2026-09-01"),
///     seller: .init(name: "Atelier Dupont", postalAddress: .init(country: .france)),
///     buyer: .init(name: "Client SA", postalAddress: .init(country: .france))
/// )
/// invoice.lines.append(
///     .init(
///         id: "1", quantity: 2, unitCode: .hour, netAmount: 120,
///         price: .init(netPrice: 60), vat: .init(categoryCode: .standardRate, rate: Percentage(20)),
///         item: .init(name: "Conseil")
///     )
/// )
/// ```
public struct Invoice: Sendable {
    /// Invoice number (BT-1).
    public var number: String
    /// Invoice issue date (BT-2).
    public var issueDate: CalendarDate
    /// Invoice type code (BT-3).
    public var typeCode: DocumentTypeCode
    /// Invoice currency code (BT-5): the currency of every amount except BT-111.
    public var currency: CurrencyCode
    /// VAT accounting currency code (BT-6), when VAT is accounted in another currency.
    public var vatAccountingCurrency: CurrencyCode?
    /// Value added tax point date (BT-7): the date VAT becomes chargeable, when known.
    public var vatPointDate: CalendarDate?
    /// Value added tax point date code (BT-8): which event makes VAT chargeable, when BT-7 is unknown.
    public var vatPointDateCode: VATPointDateCode?
    /// Payment due date (BT-9).
    public var dueDate: CalendarDate?
    /// Buyer reference (BT-10): the buyer's own reference, such as a service code for public buyers.
    public var buyerReference: String?
    /// Project reference (BT-11).
    public var projectReference: String?
    /// Contract reference (BT-12).
    public var contractReference: String?
    /// Purchase order reference (BT-13).
    public var purchaseOrderReference: String?
    /// Sales order reference (BT-14).
    public var salesOrderReference: String?
    /// Receiving advice reference (BT-15).
    public var receivingAdviceReference: String?
    /// Despatch advice reference (BT-16).
    public var despatchAdviceReference: String?
    /// Tender or lot reference (BT-17).
    public var tenderOrLotReference: String?
    /// Invoiced object identifier (BT-18) with its scheme identifier (BT-18-1).
    public var invoicedObjectIdentifier: Identifier?
    /// Buyer accounting reference (BT-19).
    public var buyerAccountingReference: String?
    /// Payment terms (BT-20), as free text.
    public var paymentTerms: String?
    /// Invoice notes (BG-1), each with an optional subject code.
    public var notes: [Note]
    /// Process control (BG-2): business process and specification identifier.
    public var processControl: ProcessControl
    /// Preceding invoice references (BG-3), for credit notes and corrected invoices.
    public var precedingInvoices: [PrecedingInvoiceReference]
    /// Seller (BG-4).
    public var seller: Seller
    /// Buyer (BG-7).
    public var buyer: Buyer
    /// Payee (BG-10), when someone other than the seller is to be paid.
    public var payee: Payee?
    /// Seller tax representative party (BG-11).
    public var sellerTaxRepresentative: TaxRepresentative?
    /// Delivery information (BG-13), with the invoicing period (BG-14) and deliver-to address (BG-15).
    public var delivery: Delivery?
    /// Payment instructions (BG-16).
    public var paymentInstructions: PaymentInstructions?
    /// Document level allowances (BG-20).
    public var allowances: [Allowance]
    /// Document level charges (BG-21).
    public var charges: [Charge]
    /// Document totals (BG-22).
    public var totals: Totals
    /// VAT breakdown (BG-23), one entry per VAT category and rate.
    public var vatBreakdown: [VATBreakdown]
    /// Additional supporting documents (BG-24).
    public var supportingDocuments: [SupportingDocument]
    /// Invoice lines (BG-25).
    public var lines: [Line]

    /// Creates an invoice; everything but the number, date and parties has a default.
    ///
    /// Each parameter sets the property of the same name. The type code defaults to a commercial
    /// invoice (380), the currency to the euro, the process control to the EN 16931 specification,
    /// the totals to zero until a calculator computes them, and every list to empty.
    public init(
        number: String,
        issueDate: CalendarDate,
        typeCode: DocumentTypeCode = .commercialInvoice,
        currency: CurrencyCode = .euro,
        vatAccountingCurrency: CurrencyCode? = nil,
        vatPointDate: CalendarDate? = nil,
        vatPointDateCode: VATPointDateCode? = nil,
        dueDate: CalendarDate? = nil,
        buyerReference: String? = nil,
        projectReference: String? = nil,
        contractReference: String? = nil,
        purchaseOrderReference: String? = nil,
        salesOrderReference: String? = nil,
        receivingAdviceReference: String? = nil,
        despatchAdviceReference: String? = nil,
        tenderOrLotReference: String? = nil,
        invoicedObjectIdentifier: Identifier? = nil,
        buyerAccountingReference: String? = nil,
        paymentTerms: String? = nil,
        notes: [Note] = [],
        processControl: ProcessControl = ProcessControl(),
        precedingInvoices: [PrecedingInvoiceReference] = [],
        seller: Seller,
        buyer: Buyer,
        payee: Payee? = nil,
        sellerTaxRepresentative: TaxRepresentative? = nil,
        delivery: Delivery? = nil,
        paymentInstructions: PaymentInstructions? = nil,
        allowances: [Allowance] = [],
        charges: [Charge] = [],
        totals: Totals = Totals(),
        vatBreakdown: [VATBreakdown] = [],
        supportingDocuments: [SupportingDocument] = [],
        lines: [Line] = []
    ) {
        self.number = number
        self.issueDate = issueDate
        self.typeCode = typeCode
        self.currency = currency
        self.vatAccountingCurrency = vatAccountingCurrency
        self.vatPointDate = vatPointDate
        self.vatPointDateCode = vatPointDateCode
        self.dueDate = dueDate
        self.buyerReference = buyerReference
        self.projectReference = projectReference
        self.contractReference = contractReference
        self.purchaseOrderReference = purchaseOrderReference
        self.salesOrderReference = salesOrderReference
        self.receivingAdviceReference = receivingAdviceReference
        self.despatchAdviceReference = despatchAdviceReference
        self.tenderOrLotReference = tenderOrLotReference
        self.invoicedObjectIdentifier = invoicedObjectIdentifier
        self.buyerAccountingReference = buyerAccountingReference
        self.paymentTerms = paymentTerms
        self.notes = notes
        self.processControl = processControl
        self.precedingInvoices = precedingInvoices
        self.seller = seller
        self.buyer = buyer
        self.payee = payee
        self.sellerTaxRepresentative = sellerTaxRepresentative
        self.delivery = delivery
        self.paymentInstructions = paymentInstructions
        self.allowances = allowances
        self.charges = charges
        self.totals = totals
        self.vatBreakdown = vatBreakdown
        self.supportingDocuments = supportingDocuments
        self.lines = lines
    }
}

extension Invoice: Hashable {}

extension Invoice: Codable {}
