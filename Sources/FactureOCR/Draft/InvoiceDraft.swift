// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FacturX
public import FactureModel

/// An invoice read from a scan or a PDF, as a draft in the EN 16931 model, with its Factur-X and
/// the official verdict on it.
///
/// The draft takes what was extracted and nothing else: a value the extraction did not find is
/// absent (and the validation report says which rules miss it), a deduction is named in
/// ``flags`` (a French SIREN implies a French address country; a zero-VAT invoice's category is
/// written as exempt), nothing is guessed silently. The profile is EN 16931 when the lines are
/// complete and add up to the total without VAT, else BASIC WL, which carries no lines.
///
/// ```swift
/// let fields = try await reader.read(bytes)
/// let draft = InvoiceDraft(fields)
/// if let xml = draft.facturXML, draft.report?.violations.isEmpty == true { try write(xml) }
/// ```
public struct InvoiceDraft: Sendable {
    /// The invoice, `nil` when the number, the issue date or the totals were not found.
    public var invoice: Invoice?
    /// The Factur-X profile the draft is written in.
    public var profile: FacturXProfile
    /// The fields the draft could not be built without, by the contract's JSON key.
    public var missingFields: [String]
    /// What the draft deduced or could not check, for a person to confirm.
    public var flags: [String]
    /// The Factur-X (CII) XML of the invoice.
    public var facturXML: [UInt8]?
    /// The verdict of the official rule sets on ``facturXML``.
    public var report: ValidationReport?

    /// Builds the draft of extracted fields and validates its Factur-X.
    ///
    /// - Parameters:
    ///   - fields: what the extraction found.
    ///   - validator: the validator to run (business rules, and XSD when it has a schema folder).
    public init(_ fields: ExtractedInvoice, validator: InvoiceValidator = InvoiceValidator()) {
        var flags: [String] = []
        var missing: [String] = []
        let number = fields.invoiceNumber
        let issueDate = fields.issueDate.flatMap { try? CalendarDate(parsingISO8601: $0) }
        let totalHT = Self.amount(fields.totalHT)
        let totalTTC = Self.amount(fields.totalTTC)
        if number == nil { missing.append("invoice_number") }
        if issueDate == nil { missing.append("issue_date") }
        if totalHT == nil { missing.append("total_ht") }
        if totalTTC == nil { missing.append("total_ttc") }
        let lines = Self.lines(fields)
        let lineSum = lines?.reduce(ExactDecimal.zero) { $0 + $1.netAmount.decimal }
        let complete = lines != nil && lineSum == totalHT
        profile = complete ? .en16931 : .basicWL
        if lines != nil, !complete {
            flags.append("the lines do not add up to the total without VAT: written without lines")
        }
        guard let number, let issueDate, let totalHT, let totalTTC else {
            invoice = nil
            missingFields = missing
            self.flags = flags
            return
        }
        let isCreditNote = fields.documentType == "credit_note"
        let totalTVA = Self.amount(fields.totalTVA) ?? (totalTTC - totalHT)
        let amountDue = Self.amount(fields.amountDue) ?? totalTTC
        var invoice = Invoice(
            number: number,
            issueDate: issueDate,
            typeCode: isCreditNote ? .creditNote : .commercialInvoice,
            currency: (try? CurrencyCode(fields.currency ?? "EUR")) ?? .euro,
            dueDate: fields.dueDate.flatMap { try? CalendarDate(parsingISO8601: $0) },
            purchaseOrderReference: fields.poReference,
            processControl: Invoice.ProcessControl(specificationIdentifier: profile.guidelineID),
            seller: Self.seller(fields, flags: &flags),
            buyer: Self.buyer(fields, flags: &flags),
            paymentInstructions: fields.iban.map { iban in
                Invoice.PaymentInstructions(
                    meansCode: "58",
                    creditTransfers: [.init(accountIdentifier: iban, serviceProviderIdentifier: fields.bic)]
                )
            },
            totals: Invoice.Totals(
                sumOfLineNetAmounts: Amount(totalHT.magnitude),
                totalWithoutVAT: Amount(totalHT.magnitude),
                totalVAT: Amount(totalTVA.magnitude),
                totalWithVAT: Amount(totalTTC.magnitude),
                paidAmount: totalTTC.magnitude == amountDue.magnitude ? nil : Amount((totalTTC - amountDue).magnitude),
                amountDue: Amount(amountDue.magnitude)
            ),
            vatBreakdown: Self.breakdown(
                fields,
                lines: complete ? lines ?? [] : [],
                totalHT: totalHT,
                totalTVA: totalTVA,
                flags: &flags
            ),
            lines: complete ? lines ?? [] : []
        )
        if fields.supplierName == nil { flags.append("the supplier's name was not found") }
        if fields.buyerName == nil { flags.append("the buyer's name was not found") }
        for (key, confidence) in fields.confidence.sorted(by: { $0.key < $1.key }) where confidence < 0.6 {
            flags.append("\(key) read with low confidence (\(Int((confidence * 100).rounded())) %)")
        }
        invoice.processControl = Invoice.ProcessControl(specificationIdentifier: profile.guidelineID)
        let xml = invoice.serializeAsCII(profile: profile)
        self.invoice = invoice
        missingFields = missing
        self.flags = flags
        facturXML = xml
        report = try? validator.validate(xml, file: number)
    }

    private static func amount(_ text: String?) -> ExactDecimal? {
        text.flatMap(ExactDecimal.init)
    }

    private static func seller(_ fields: ExtractedInvoice, flags: inout [String]) -> Invoice.Seller {
        let french = fields.supplierSIREN != nil || fields.supplierVAT?.hasPrefix("FR") == true
        if french { flags.append("seller country FR deduced from its SIREN or VAT number") }
        return Invoice.Seller(
            name: fields.supplierName ?? "",
            identifiers: fields.supplierSIRET.map { [.siret($0)] } ?? [],
            legalRegistrationIdentifier: fields.supplierSIREN.map(Identifier.siren),
            vatIdentifier: fields.supplierVAT,
            postalAddress: french ? (try? CountryCode("FR")).map { PostalAddress(country: $0) } : nil
        )
    }

    private static func buyer(_ fields: ExtractedInvoice, flags: inout [String]) -> Invoice.Buyer {
        let french = fields.buyerSIREN != nil
        if french { flags.append("buyer country FR deduced from its SIREN") }
        return Invoice.Buyer(
            name: fields.buyerName ?? "",
            legalRegistrationIdentifier: fields.buyerSIREN.map(Identifier.siren),
            postalAddress: french ? (try? CountryCode("FR")).map { PostalAddress(country: $0) } : nil
        )
    }

    private static func breakdown(
        _ fields: ExtractedInvoice,
        lines: [Invoice.Line],
        totalHT: ExactDecimal,
        totalTVA: ExactDecimal,
        flags: inout [String]
    ) -> [Invoice.VATBreakdown] {
        let read = readBreakdown(fields, totalHT: totalHT, totalTVA: totalTVA, flags: &flags)
        let base = read.reduce(ExactDecimal.zero) { $0 + $1.taxableAmount.decimal }
        let tax = read.reduce(ExactDecimal.zero) { $0 + $1.taxAmount.decimal }
        if base == totalHT.magnitude, tax == totalTVA.magnitude { return read }
        // The rows read do not add up: the breakdown the complete lines give, if it matches the totals.
        var byRate: [ExactDecimal: ExactDecimal] = [:]
        for line in lines {
            guard let rate = line.vat.rate?.decimal else { return read }
            byRate[rate, default: .zero] += line.netAmount.decimal
        }
        let computed = byRate.sorted { $1.key < $0.key }.map { rate, base in
            Invoice.VATBreakdown(
                taxableAmount: Amount(base),
                taxAmount: Amount((base * rate).divided(by: ExactDecimal(100), scale: 2) ?? .zero),
                categoryCode: rate.isZero ? .exempt : .standardRate,
                rate: Percentage(rate),
                exemptionReason: rate.isZero ? "Exonération de TVA" : nil
            )
        }
        if !computed.isEmpty, computed.reduce(ExactDecimal.zero, { $0 + $1.taxAmount.decimal }) == totalTVA.magnitude {
            flags.append("VAT breakdown computed from the lines (the one printed was not read completely)")
            return computed
        }
        flags.append("the VAT breakdown read does not add up to the totals")
        return read
    }

    private static func readBreakdown(
        _ fields: ExtractedInvoice,
        totalHT: ExactDecimal,
        totalTVA: ExactDecimal,
        flags: inout [String]
    ) -> [Invoice.VATBreakdown] {
        if fields.vatBreakdown.isEmpty {
            guard totalTVA.isZero else {
                flags.append("no VAT breakdown found")
                return []
            }
            flags.append("no VAT charged: written as exempt (category E); confirm the category and reason")
            return [
                Invoice.VATBreakdown(
                    taxableAmount: Amount(totalHT.magnitude),
                    taxAmount: .zero,
                    categoryCode: .exempt,
                    rate: Percentage(0),
                    exemptionReason: "Exonération de TVA"
                )
            ]
        }
        return fields.vatBreakdown.compactMap { row in
            guard let base = amount(row.base), let tax = amount(row.amount), let rate = amount(row.rate) else {
                return nil
            }
            return Invoice.VATBreakdown(
                taxableAmount: Amount(base.magnitude),
                taxAmount: Amount(tax.magnitude),
                categoryCode: .standardRate,
                rate: Percentage(rate)
            )
        }
    }

    /// The lines, when every one has its description, quantity, unit price, amount and rate.
    private static func lines(_ fields: ExtractedInvoice) -> [Invoice.Line]? {
        guard !fields.lines.isEmpty else { return nil }
        var lines: [Invoice.Line] = []
        for (index, line) in fields.lines.enumerated() {
            guard let description = line.description, let quantity = amount(line.quantity),
                let price = amount(line.unitPrice), let total = amount(line.lineTotal), let rate = amount(line.vatRate)
            else { return nil }
            lines.append(
                Invoice.Line(
                    id: String(index + 1),
                    quantity: Quantity(quantity.magnitude),
                    unitCode: "C62",
                    netAmount: Amount(fields.documentType == "credit_note" ? total.magnitude : total),
                    price: Invoice.Line.PriceDetails(netPrice: Amount(price)),
                    vat: Invoice.Line.VATInformation(
                        categoryCode: rate.isZero ? .exempt : .standardRate,
                        rate: Percentage(rate)
                    ),
                    item: Invoice.Line.Item(name: description)
                )
            )
        }
        return lines
    }
}
