// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension ExtractedInvoice: Codable {
    private enum CodingKeys: String, CodingKey {
        case supplierName = "supplier_name"
        case supplierSIREN = "supplier_siren"
        case supplierSIRET = "supplier_siret"
        case supplierVAT = "supplier_vat"
        case buyerName = "buyer_name"
        case buyerSIREN = "buyer_siren"
        case invoiceNumber = "invoice_number"
        case issueDate = "issue_date"
        case dueDate = "due_date"
        case currency
        case totalHT = "total_ht"
        case totalTVA = "total_tva"
        case totalTTC = "total_ttc"
        case amountDue = "amount_due"
        case vatBreakdown = "vat_breakdown"
        case iban
        case bic
        case poReference = "po_reference"
        case documentType = "document_type"
        case lines
        case confidence
        case source
    }

    /// Decodes the contract's JSON; absent and `null` keys read as absent fields.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(source: try container.decode(Source.self, forKey: .source))
        supplierName = try container.decodeIfPresent(String.self, forKey: .supplierName)
        supplierSIREN = try container.decodeIfPresent(String.self, forKey: .supplierSIREN)
        supplierSIRET = try container.decodeIfPresent(String.self, forKey: .supplierSIRET)
        supplierVAT = try container.decodeIfPresent(String.self, forKey: .supplierVAT)
        buyerName = try container.decodeIfPresent(String.self, forKey: .buyerName)
        buyerSIREN = try container.decodeIfPresent(String.self, forKey: .buyerSIREN)
        invoiceNumber = try container.decodeIfPresent(String.self, forKey: .invoiceNumber)
        issueDate = try container.decodeIfPresent(String.self, forKey: .issueDate)
        dueDate = try container.decodeIfPresent(String.self, forKey: .dueDate)
        currency = try container.decodeIfPresent(String.self, forKey: .currency)
        totalHT = try container.decodeIfPresent(String.self, forKey: .totalHT)
        totalTVA = try container.decodeIfPresent(String.self, forKey: .totalTVA)
        totalTTC = try container.decodeIfPresent(String.self, forKey: .totalTTC)
        amountDue = try container.decodeIfPresent(String.self, forKey: .amountDue)
        vatBreakdown = try container.decodeIfPresent([VATLine].self, forKey: .vatBreakdown) ?? []
        iban = try container.decodeIfPresent(String.self, forKey: .iban)
        bic = try container.decodeIfPresent(String.self, forKey: .bic)
        poReference = try container.decodeIfPresent(String.self, forKey: .poReference)
        documentType = try container.decodeIfPresent(String.self, forKey: .documentType)
        lines = try container.decodeIfPresent([Line].self, forKey: .lines) ?? []
        confidence = try container.decodeIfPresent([String: Double].self, forKey: .confidence) ?? [:]
    }

    /// Encodes every key of the contract, writing `null` for an absent field.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(supplierName, forKey: .supplierName)
        try container.encode(supplierSIREN, forKey: .supplierSIREN)
        try container.encode(supplierSIRET, forKey: .supplierSIRET)
        try container.encode(supplierVAT, forKey: .supplierVAT)
        try container.encode(buyerName, forKey: .buyerName)
        try container.encode(buyerSIREN, forKey: .buyerSIREN)
        try container.encode(invoiceNumber, forKey: .invoiceNumber)
        try container.encode(issueDate, forKey: .issueDate)
        try container.encode(dueDate, forKey: .dueDate)
        try container.encode(currency, forKey: .currency)
        try container.encode(totalHT, forKey: .totalHT)
        try container.encode(totalTVA, forKey: .totalTVA)
        try container.encode(totalTTC, forKey: .totalTTC)
        try container.encode(amountDue, forKey: .amountDue)
        try container.encode(vatBreakdown, forKey: .vatBreakdown)
        try container.encode(iban, forKey: .iban)
        try container.encode(bic, forKey: .bic)
        try container.encode(poReference, forKey: .poReference)
        try container.encode(documentType, forKey: .documentType)
        try container.encode(lines, forKey: .lines)
        try container.encode(confidence, forKey: .confidence)
        try container.encode(source, forKey: .source)
    }
}

extension ExtractedInvoice.Line: Codable {
    private enum CodingKeys: String, CodingKey {
        case description
        case quantity
        case unitPrice = "unit_price"
        case lineTotal = "line_total"
        case vatRate = "vat_rate"
    }

    /// Decodes a line; absent and `null` keys read as absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            description: try container.decodeIfPresent(String.self, forKey: .description),
            quantity: try container.decodeIfPresent(String.self, forKey: .quantity),
            unitPrice: try container.decodeIfPresent(String.self, forKey: .unitPrice),
            lineTotal: try container.decodeIfPresent(String.self, forKey: .lineTotal),
            vatRate: try container.decodeIfPresent(String.self, forKey: .vatRate)
        )
    }

    /// Encodes every key, writing `null` for an absent value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(description, forKey: .description)
        try container.encode(quantity, forKey: .quantity)
        try container.encode(unitPrice, forKey: .unitPrice)
        try container.encode(lineTotal, forKey: .lineTotal)
        try container.encode(vatRate, forKey: .vatRate)
    }
}
