// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

internal import FactureModel

/// The UBL statements of the rules that the artefacts word differently from CII.
extension EN16931Rules {
    private static let supplier = "cac:AccountingSupplierParty/cac:Party"
    private static let customer = "cac:AccountingCustomerParty/cac:Party"

    /// `exists(path[cac:TaxScheme/normalize-space(upper-case(cbc:ID))='VAT']/tail)`.
    private static func existsVAT(_ node: RuleNode, _ path: String, _ tail: String) -> Bool {
        node.select(path).contains { RuleBinding.ublIsVAT($0) && $0.exists(tail) }
    }

    /// `(exists(End) and exists(Start) and xs:date(End) >= xs:date(Start)) or not(Start) or not(End)`.
    private static func ublPeriodIsOrdered(_ node: RuleNode) -> Bool {
        guard let end = node.string("cbc:EndDate"), let start = node.string("cbc:StartDate") else { return true }
        return XPath.normalizeSpace(end) >= XPath.normalizeSpace(start)
    }

    /// A line's `cac:InvoicePeriod` is matched first by the line-period rule of the same pattern.
    private static func isLinePeriod(_ period: RuleNode) -> Bool {
        guard let parent = period.parent else { return false }
        return parent.qualifiedName == "cac:InvoiceLine" || parent.qualifiedName == "cac:CreditNoteLine"
    }

    @Sendable private static func documentPeriods(_ document: RuleDocument) -> [RuleNode] {
        document.all("cac:InvoicePeriod").filter { !isLinePeriod($0) }
    }

    @Sendable private static func linePeriods(_ document: RuleDocument) -> [RuleNode] {
        document.all("cac:InvoicePeriod").filter(isLinePeriod)
    }

    static let ublCore: [BusinessRule] = [
        .root("BR-01") { root, _ in root.hasText("cbc:CustomizationID") },
        .root("BR-02") { root, _ in root.hasText("cbc:ID") },
        .root("BR-03") { root, _ in root.hasText("cbc:IssueDate") },
        .root("BR-04") { root, _ in root.hasText("cbc:InvoiceTypeCode") || root.hasText("cbc:CreditNoteTypeCode") },
        .root("BR-05") { root, _ in root.hasText("cbc:DocumentCurrencyCode") },
        .root("BR-06") { root, _ in root.hasText(supplier + "/cac:PartyLegalEntity/cbc:RegistrationName") },
        .root("BR-07") { root, _ in root.hasText(customer + "/cac:PartyLegalEntity/cbc:RegistrationName") },
        .root("BR-08") { root, _ in root.exists(supplier + "/cac:PostalAddress") },
        BusinessRule("BR-09", context: { $0.all("cac:AccountingSupplierParty", "cac:Party/cac:PostalAddress") }) {
            node,
            _ in
            node.hasText("cac:Country/cbc:IdentificationCode")
        },
        .root("BR-10") { root, _ in root.exists(customer + "/cac:PostalAddress") },
        BusinessRule("BR-11", context: { $0.all("cac:AccountingCustomerParty", "cac:Party/cac:PostalAddress") }) {
            node,
            _ in
            node.hasText("cac:Country/cbc:IdentificationCode")
        },
        .root("BR-16") { root, _ in root.exists("cac:InvoiceLine") || root.exists("cac:CreditNoteLine") },
        BusinessRule("BR-17", context: { $0.all("cac:PayeeParty") }) { node, _ in
            let suppliers = node.select("../" + supplier)
            return node.exists("cac:PartyName/cbc:Name")
                && !anyEqual(
                    node.select("cac:PartyName/cbc:Name"),
                    suppliers.flatMap { $0.select("cac:PartyName/cbc:Name") }
                )
                && !anyEqual(
                    node.select("cac:PartyIdentification/cbc:ID"),
                    suppliers.flatMap { $0.select("cac:PartyIdentification/cbc:ID") }
                )
        },
        BusinessRule("BR-18", context: { $0.all("cac:TaxRepresentativeParty") }) { node, _ in
            node.hasText("cac:PartyName/cbc:Name")
        },
        BusinessRule("BR-19", context: { $0.all("cac:TaxRepresentativeParty") }) { node, _ in
            node.exists("cac:PostalAddress")
        },
        BusinessRule("BR-20", context: { $0.all("cac:TaxRepresentativeParty", "cac:PostalAddress") }) { node, _ in
            node.hasText("cac:Country/cbc:IdentificationCode")
        },
        BusinessRule("BR-22", context: RuleBinding.ublLines) { node, _ in
            node.exists("cbc:InvoicedQuantity") || node.exists("cbc:CreditedQuantity")
        },
        BusinessRule("BR-23", context: RuleBinding.ublLines) { node, _ in
            (node.select("cbc:InvoicedQuantity") + node.select("cbc:CreditedQuantity")).contains {
                $0.attribute("unitCode") != nil
            }
        },
        BusinessRule("BR-28", context: RuleBinding.ublLines) { node, _ in
            let base = "cac:Price/cac:AllowanceCharge/cbc:BaseAmount"
            return node.some(base) { $0 >= .zero } || !node.exists(base)
        },
        BusinessRule("BR-29", context: documentPeriods) { node, _ in ublPeriodIsOrdered(node) },
        BusinessRule("BR-30", context: linePeriods) { node, _ in ublPeriodIsOrdered(node) },
        BusinessRule(
            "BR-50",
            context: { document in
                document.all("cac:PaymentMeans").filter { means in
                    means.children("cbc:PaymentMeansCode").contains { $0.stringValue == "30" || $0.stringValue == "58" }
                }.flatMap { $0.children("cac:PayeeFinancialAccount") }
            }
        ) { node, _ in node.hasText("cbc:ID") },
        BusinessRule(
            "BR-51",
            .warning,
            context: { $0.all("cac:PaymentMeans", "cac:CardAccount/cbc:PrimaryAccountNumberID") }
        ) {
            node,
            _ in XPath.normalizeSpace(node.stringValue).count <= 10
        },
        .root("BR-53") { root, document in
            let amounts = document.all("cac:TaxTotal", "cbc:TaxAmount")
            return root.children("cbc:TaxCurrencyCode").allSatisfy { code in
                amounts.contains { $0.attribute("currencyID") == code.stringValue }
            }
        },
        BusinessRule("BR-55", context: { $0.all("cac:BillingReference") }) { node, _ in
            node.exists("cac:InvoiceDocumentReference/cbc:ID")
        },
        BusinessRule("BR-56", context: { $0.all("cac:TaxRepresentativeParty") }) { node, _ in
            existsVAT(node, "cac:PartyTaxScheme", "cbc:CompanyID")
        },
        BusinessRule("BR-57", context: { $0.all("cac:Delivery", "cac:DeliveryLocation/cac:Address") }) { node, _ in
            node.exists("cac:Country/cbc:IdentificationCode")
        },
        BusinessRule("BR-61", context: { $0.all("cac:PaymentMeans") }) { node, _ in
            let code = node.normalized("cbc:PaymentMeansCode")
            let isCreditTransfer = code == "30" || code == "58"
            return (node.exists("cac:PayeeFinancialAccount/cbc:ID") && isCreditTransfer) || !isCreditTransfer
        },
        BusinessRule("BR-62", context: { $0.all("cac:AccountingSupplierParty", "cac:Party/cbc:EndpointID") }) {
            node,
            _ in
            node.attribute("schemeID") != nil
        },
        BusinessRule("BR-63", context: { $0.all("cac:AccountingCustomerParty", "cac:Party/cbc:EndpointID") }) {
            node,
            _ in
            node.attribute("schemeID") != nil
        },
        BusinessRule(
            "BR-64",
            context: { document in
                RuleBinding.ublLines(document).flatMap { $0.select("cac:Item/cac:StandardItemIdentification/cbc:ID") }
            }
        ) { node, _ in node.attribute("schemeID") != nil },
        BusinessRule(
            "BR-65",
            context: { document in
                RuleBinding.ublLines(document).flatMap {
                    $0.select("cac:Item/cac:CommodityClassification/cbc:ItemClassificationCode")
                }
            }
        ) { node, _ in node.attribute("listID") != nil },
        .root("BR-CO-03") { root, _ in
            !(root.exists("cbc:TaxPointDate") && root.exists("cac:InvoicePeriod/cbc:DescriptionCode"))
        },
        BusinessRule("BR-CO-04", context: RuleBinding.ublLines) { node, _ in
            existsVAT(node, "cac:Item/cac:ClassifiedTaxCategory", "cbc:ID")
        },
        BusinessRule("BR-CO-09", context: { $0.all("cac:PartyTaxScheme").filter(RuleBinding.ublIsVAT) }) { node, _ in
            ublVATCountrySubstrings.contains(String((node.string("cbc:CompanyID") ?? "").prefix(2)))
        },
        .root("BR-CO-18") { root, _ in root.exists("cac:TaxTotal/cac:TaxSubtotal") },
        BusinessRule("BR-CO-19", context: documentPeriods) { node, _ in
            node.exists("cbc:StartDate") || node.exists("cbc:EndDate") || node.exists("cbc:DescriptionCode")
        },
        BusinessRule("BR-CO-20", context: linePeriods) { node, _ in
            node.exists("cbc:StartDate") || node.exists("cbc:EndDate")
        },
        BusinessRule("BR-CO-26", context: { $0.all("cac:AccountingSupplierParty") }) { node, _ in
            existsVAT(node, "cac:Party/cac:PartyTaxScheme", "cbc:CompanyID")
                || node.select("cac:Party/cac:PartyIdentification/cbc:ID").contains {
                    $0.attribute("schemeID") != "SEPA"
                }
                || node.exists("cac:Party/cac:PartyLegalEntity/cbc:CompanyID")
        },
        .root("BR-B-01") { _, document in
            let categories =
                document.all("cac:TaxCategory", "cbc:ID") + document.all("cac:ClassifiedTaxCategory", "cbc:ID")
            let hasB = categories.contains { $0.stringValue == "B" }
            return !hasB || !document.all("cbc:IdentificationCode").contains { $0.stringValue != "IT" }
        },
        .root("BR-B-02") { root, document in
            func uses(_ code: String) -> Bool {
                root.select("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:ID").contains { $0.stringValue == code }
                    || root.select("cac:AllowanceCharge/cac:TaxCategory/cbc:ID").contains { $0.stringValue == code }
                    || document.all("cac:ClassifiedTaxCategory", "cbc:ID").contains { $0.stringValue == code }
            }
            return !uses("B") || !uses("S")
        },
    ]

    // MARK: - Calculation rules (BR-CO-10 … BR-CO-17)

    static let ublCalculation: [BusinessRule] = [
        BusinessRule("BR-CO-10", context: { $0.all("cac:LegalMonetaryTotal") }) { node, document in
            guard let stated = node.decimal("cbc:LineExtensionAmount") else { return false }
            let total = RuleBinding.ublLines(document).reduce(ExactDecimal.zero) {
                $0 + $1.sum("cbc:LineExtensionAmount")
            }
            return stated == XPath.roundCents(total)
        },
        BusinessRule("BR-CO-11", context: { $0.all("cac:LegalMonetaryTotal") }) { node, _ in
            let allowances = RuleBinding.ublAllowanceCharges(node.select("../cac:AllowanceCharge"), false)
            let expected = XPath.roundCents(allowances.reduce(.zero) { $0 + $1.sum("cbc:Amount") })
            return node.decimal("cbc:AllowanceTotalAmount") == expected
                || (!node.exists("cbc:AllowanceTotalAmount") && allowances.isEmpty)
        },
        BusinessRule("BR-CO-12", context: { $0.all("cac:LegalMonetaryTotal") }) { node, _ in
            let charges = RuleBinding.ublAllowanceCharges(node.select("../cac:AllowanceCharge"), true)
            let expected = XPath.roundCents(charges.reduce(.zero) { $0 + $1.sum("cbc:Amount") })
            return node.decimal("cbc:ChargeTotalAmount") == expected
                || (!node.exists("cbc:ChargeTotalAmount") && charges.isEmpty)
        },
        BusinessRule("BR-CO-13", context: { $0.all("cac:LegalMonetaryTotal") }) { node, _ in
            let hasCharges = node.exists("cbc:ChargeTotalAmount")
            let hasAllowances = node.exists("cbc:AllowanceTotalAmount")
            guard let exclusive = node.decimal("cbc:TaxExclusiveAmount"),
                let lines = node.decimal("cbc:LineExtensionAmount")
            else { return false }
            let charges = node.decimal("cbc:ChargeTotalAmount")
            let allowances = node.decimal("cbc:AllowanceTotalAmount")
            switch (hasCharges, hasAllowances) {
            case (true, true):
                guard let charges, let allowances else { return false }
                return exclusive == XPath.roundCents(lines + charges - allowances)
            case (false, true):
                guard let allowances else { return false }
                return exclusive == XPath.roundCents(lines - allowances)
            case (true, false):
                guard let charges else { return false }
                return exclusive == XPath.roundCents(lines + charges)
            case (false, false):
                return exclusive == lines
            }
        },
        BusinessRule("BR-CO-14", context: { $0.root.children("cac:TaxTotal") }) { node, _ in
            guard node.exists("cac:TaxSubtotal") else { return true }
            let expected = XPath.roundCents(
                node.select("cac:TaxSubtotal").reduce(.zero) { $0 + $1.sum("cbc:TaxAmount") }
            )
            return node.decimal("cbc:TaxAmount") == expected
        },
        .root("BR-CO-15") { root, _ in
            root.children("cbc:DocumentCurrencyCode").allSatisfy { currencyNode in
                let currency = currencyNode.stringValue
                let taxAmounts = root.select("cac:TaxTotal/cbc:TaxAmount").filter {
                    $0.attribute("currencyID") == currency
                }
                guard taxAmounts.count == 1, let tax = XPath.decimal(taxAmounts[0].stringValue) else { return false }
                let totals = root.select("cac:LegalMonetaryTotal")
                guard totals.count == 1, let inclusive = totals[0].decimal("cbc:TaxInclusiveAmount"),
                    let exclusive = totals[0].decimal("cbc:TaxExclusiveAmount")
                else { return false }
                return inclusive == XPath.roundCents(exclusive + tax)
            }
        },
        BusinessRule("BR-CO-16", context: { $0.all("cac:LegalMonetaryTotal") }) { node, _ in
            let hasPrepaid = node.exists("cbc:PrepaidAmount")
            let hasRounding = node.exists("cbc:PayableRoundingAmount")
            guard let payable = node.decimal("cbc:PayableAmount"),
                let inclusive = node.decimal("cbc:TaxInclusiveAmount")
            else { return false }
            let prepaid = node.decimal("cbc:PrepaidAmount")
            let rounding = node.decimal("cbc:PayableRoundingAmount")
            switch (hasPrepaid, hasRounding) {
            case (true, false):
                guard let prepaid else { return false }
                return payable == XPath.roundCents(inclusive - prepaid)
            case (false, false):
                return payable == inclusive
            case (true, true):
                guard let prepaid, let rounding else { return false }
                return XPath.roundCents(payable - rounding) == XPath.roundCents(inclusive - prepaid)
            case (false, true):
                guard let rounding else { return false }
                return XPath.roundCents(payable - rounding) == inclusive
            }
        },
        BusinessRule("BR-CO-17", context: { $0.all("cac:TaxTotal", "cac:TaxSubtotal") }) { node, _ in
            let rate = node.select("cac:TaxCategory").filter(RuleBinding.ublIsVAT).first?.decimal("cbc:Percent")
            guard let tax = node.decimal("cbc:TaxAmount") else { return false }
            guard let rate else { return XPath.round(tax) == .zero }
            if XPath.round(rate) == .zero { return XPath.round(tax) == .zero }
            guard let taxable = node.decimal("cbc:TaxableAmount"), let fraction = rate.divided(by: 100, scale: 30)
            else {
                return false
            }
            let expected = XPath.roundCents(taxable.magnitude * fraction)
            return XPath.within(tax.magnitude, expected, .oneUnitExclusive)
        },
    ]

    // MARK: - Decimal rules specific to UBL

    static let ublDecimal: [BusinessRule] = [
        .root("BR-DEC-13") { root, document in ublTaxAmountDecimals(root, document, "cbc:DocumentCurrencyCode") },
        .root("BR-DEC-15") { root, document in ublTaxAmountDecimals(root, document, "cbc:TaxCurrencyCode") },
    ]

    /// `(//cac:TaxTotal/cbc:TaxAmount[@currencyID = code] and string-length(substring-after(…, '.')) <= 2) or not(…)`.
    ///
    /// As in the artefact, `code` (`cbc:DocumentCurrencyCode` or `cbc:TaxCurrencyCode`) is evaluated
    /// inside the predicate, relative to the `cbc:TaxAmount` element, where it never exists: the
    /// selection is empty and the rule holds for every document. Kept literal so the verdict matches.
    private static func ublTaxAmountDecimals(_ root: RuleNode, _ document: RuleDocument, _ codePath: String) -> Bool {
        let amounts = document.all("cac:TaxTotal", "cbc:TaxAmount").filter { amount in
            let codes = Set(amount.children(codePath).map(\.stringValue))
            return amount.attribute("currencyID").map(codes.contains) ?? false
        }
        guard let first = amounts.first else { return true }
        return XPath.atMostTwoDecimals(first.stringValue)
    }
}
