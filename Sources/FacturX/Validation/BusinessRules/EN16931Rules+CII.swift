// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

internal import FactureModel

/// The CII statements of the rules that the artefacts word differently from UBL.
extension EN16931Rules {
    private static let transaction = "rsm:SupplyChainTradeTransaction"
    private static let agreement = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement"
    private static let settlement = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"
    private static let seller = agreement + "/ram:SellerTradeParty"
    private static let buyer = agreement + "/ram:BuyerTradeParty"

    /// `normalize-space(path/udt:DateTimeString[@format='102'])`.
    private static func date102(_ node: RuleNode, _ path: String) -> String? {
        node.select(path + "/udt:DateTimeString").first { $0.attribute("format") == "102" }?.stringValue
    }

    /// `normalize-space(path/@name) != ''` over the first selected element that has the attribute.
    private static func hasAttributeText(_ node: RuleNode, _ path: String, _ name: String) -> Bool {
        guard let value = node.select(path).lazy.compactMap({ $0.attribute(name) }).first else { return false }
        return !XPath.normalizeSpace(value).isEmpty
    }

    /// `(end) >= (start) or not(end) or not(start)` over `udt:DateTimeString[@format='102']`.
    private static func periodIsOrdered(_ node: RuleNode) -> Bool {
        guard node.exists("ram:EndDateTime"), node.exists("ram:StartDateTime") else { return true }
        let ends = node.select("ram:EndDateTime/udt:DateTimeString").filter { $0.attribute("format") == "102" }
        let starts = node.select("ram:StartDateTime/udt:DateTimeString").filter { $0.attribute("format") == "102" }
        return ends.contains { end in starts.contains { end.stringValue >= $0.stringValue } }
    }

    static let ciiCore: [BusinessRule] = [
        .root("BR-01") { root, _ in
            root.hasText("rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID")
        },
        .root("BR-02") { root, _ in root.hasText("rsm:ExchangedDocument/ram:ID") },
        .root("BR-03") { root, _ in
            !XPath.normalizeSpace(date102(root, "rsm:ExchangedDocument/ram:IssueDateTime") ?? "").isEmpty
        },
        .root("BR-04") { root, _ in root.hasText("rsm:ExchangedDocument/ram:TypeCode") },
        .root("BR-05") { root, _ in root.hasText(settlement + "/ram:InvoiceCurrencyCode") },
        .root("BR-06") { root, _ in root.hasText(seller + "/ram:Name") },
        .root("BR-07") { root, _ in root.hasText(buyer + "/ram:Name") },
        .root("BR-08") { root, _ in root.exists(seller + "/ram:PostalTradeAddress") },
        .root("BR-09") { root, _ in root.hasText(seller + "/ram:PostalTradeAddress/ram:CountryID") },
        .root("BR-10") { root, _ in root.exists(buyer + "/ram:PostalTradeAddress") },
        .root("BR-11") { root, _ in root.hasText(buyer + "/ram:PostalTradeAddress/ram:CountryID") },
        .root("BR-16") { _, document in document.exists("ram:IncludedSupplyChainTradeLineItem") },
        BusinessRule("BR-17", context: { $0.all("ram:PayeeTradeParty") }) { node, _ in
            let sellers = node.select("../../ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty")
            return node.exists("ram:Name")
                && !anyEqual(node.select("ram:Name"), sellers.flatMap { $0.select("ram:Name") })
                && !anyEqual(node.select("ram:ID"), sellers.flatMap { $0.select("ram:ID") })
                && !anyEqual(
                    node.select("ram:SpecifiedLegalOrganization/ram:ID"),
                    sellers.flatMap { $0.select("ram:SpecifiedLegalOrganization/ram:ID") }
                )
        },
        BusinessRule("BR-18", context: { $0.all("ram:SellerTaxRepresentativeTradeParty") }) { node, _ in
            node.hasText("ram:Name")
        },
        BusinessRule("BR-19", context: { $0.all("ram:SellerTaxRepresentativeTradeParty") }) { node, _ in
            node.exists("ram:PostalTradeAddress")
        },
        BusinessRule("BR-20", context: { $0.all("ram:SellerTaxRepresentativeTradeParty") }) { node, _ in
            node.hasText("ram:PostalTradeAddress/ram:CountryID")
        },
        BusinessRule("BR-22", context: { $0.all("ram:IncludedSupplyChainTradeLineItem") }) { node, _ in
            node.exists("ram:SpecifiedLineTradeDelivery/ram:BilledQuantity")
        },
        BusinessRule("BR-23", context: { $0.all("ram:IncludedSupplyChainTradeLineItem") }) { node, _ in
            node.select("ram:SpecifiedLineTradeDelivery/ram:BilledQuantity").contains {
                $0.attribute("unitCode") != nil
            }
        },
        BusinessRule("BR-28", context: { $0.all("ram:IncludedSupplyChainTradeLineItem") }) { node, _ in
            let gross = "ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:ChargeAmount"
            return node.some(gross) { $0 >= .zero } || !node.exists(gross)
        },
        BusinessRule("BR-29", context: { $0.all("ram:ApplicableHeaderTradeSettlement", "ram:BillingSpecifiedPeriod") })
        {
            node,
            _ in periodIsOrdered(node)
        },
        BusinessRule("BR-30", context: { $0.all("ram:SpecifiedLineTradeSettlement", "ram:BillingSpecifiedPeriod") }) {
            node,
            _ in periodIsOrdered(node)
        },
        BusinessRule("BR-50", context: ciiCreditTransferAccounts) { node, _ in
            node.hasText("ram:IBANID") || node.hasText("ram:ProprietaryID")
        },
        BusinessRule("BR-51", context: { $0.all("ram:ApplicableTradeSettlementFinancialCard") }) { node, _ in
            node.normalized("ram:ID").count <= 10
        },
        BusinessRule("BR-53", context: { $0.all("ram:SpecifiedTradeSettlementHeaderMonetarySummation") }) {
            node,
            document in
            let taxCurrencies = document.root.select(settlement + "/ram:TaxCurrencyCode")
            if taxCurrencies.isEmpty { return true }
            let codes = Set(taxCurrencies.map(\.stringValue))
            let invoiceCurrencies = document.root.select(settlement + "/ram:InvoiceCurrencyCode")
            let totalCurrencies = node.select("ram:TaxTotalAmount").compactMap { $0.attribute("currencyID") }
            return totalCurrencies.contains { codes.contains($0) } && !anyEqual(taxCurrencies, invoiceCurrencies)
        },
        BusinessRule("BR-55", context: { $0.root.select(settlement + "/ram:InvoiceReferencedDocument") }) { node, _ in
            node.hasText("ram:IssuerAssignedID")
        },
        BusinessRule("BR-56", context: { $0.all("ram:SellerTaxRepresentativeTradeParty") }) { node, _ in
            let vat = node.select("ram:SpecifiedTaxRegistration/ram:ID").first { $0.attribute("schemeID") == "VA" }
            return !XPath.normalizeSpace(vat?.stringValue ?? "").isEmpty
        },
        BusinessRule("BR-57", context: { $0.root.select(transaction + "/ram:ApplicableHeaderTradeDelivery") }) {
            node,
            _ in
            let address = "ram:ShipToTradeParty/ram:PostalTradeAddress"
            return (node.exists(address) && node.hasText(address + "/ram:CountryID")) || !node.exists(address)
        },
        BusinessRule("BR-61", context: ciiCreditTransferAccounts) { node, _ in
            node.exists("ram:IBANID") || node.exists("ram:ProprietaryID")
        },
        .root("BR-62") { root, _ in
            let schemes = root.select(seller).compactMap { $0.children("ram:URIUniversalCommunication").first }
                .flatMap { $0.children("ram:URIID") }.compactMap { $0.attribute("schemeID") }
            return !XPath.normalizeSpace(schemes.first ?? "").isEmpty
                || !root.exists(seller + "/ram:URIUniversalCommunication")
        },
        .root("BR-63") { root, _ in
            let schemes = root.select(buyer).compactMap { $0.children("ram:URIUniversalCommunication").first }
                .flatMap { $0.children("ram:URIID") }.compactMap { $0.attribute("schemeID") }
            return !XPath.normalizeSpace(schemes.first ?? "").isEmpty
                || !root.exists(buyer + "/ram:URIUniversalCommunication")
        },
        BusinessRule("BR-64", context: { $0.all("ram:IncludedSupplyChainTradeLineItem") }) { node, _ in
            hasAttributeText(node, "ram:SpecifiedTradeProduct/ram:GlobalID", "schemeID")
                || !node.exists("ram:SpecifiedTradeProduct/ram:GlobalID")
        },
        BusinessRule("BR-65", context: { $0.all("ram:DesignatedProductClassification") }) { node, _ in
            hasAttributeText(node, "ram:ClassCode", "listID") || !node.exists("ram:ClassCode")
        },
        BusinessRule("BR-CO-03", context: RuleBinding.ciiBreakdowns) {
            document in
            !(document.exists("ram:TaxPointDate") && document.exists("ram:DueDateTypeCode"))
        },
        BusinessRule("BR-CO-04", context: { $0.all("ram:IncludedSupplyChainTradeLineItem") }) { node, _ in
            node.select("ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax").contains {
                RuleBinding.ciiIsVAT($0) && $0.exists("ram:CategoryCode")
            }
        },
        BusinessRule(
            "BR-CO-09",
            context: { document in
                document.all("ram:SpecifiedTaxRegistration", "ram:ID").filter { $0.attribute("schemeID") == "VA" }
            }
        ) { node, _ in
            ciiVATCountries.contains(String(node.stringValue.prefix(2)))
        },
        BusinessRule("BR-CO-18", context: { $0.all("ram:IncludedSupplyChainTradeLineItem") }) { document in
            !document.all(
                "rsm:SupplyChainTradeTransaction",
                "ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax"
            ).isEmpty
        },
        BusinessRule(
            "BR-CO-19",
            context: { $0.all("ram:ApplicableHeaderTradeSettlement", "ram:BillingSpecifiedPeriod") }
        ) {
            node,
            _ in node.exists("ram:StartDateTime") || node.exists("ram:EndDateTime")
        },
        BusinessRule("BR-CO-20", context: { $0.all("ram:SpecifiedLineTradeSettlement", "ram:BillingSpecifiedPeriod") })
        {
            node,
            _ in node.exists("ram:StartDateTime") || node.exists("ram:EndDateTime")
        },
        BusinessRule("BR-CO-26", context: { $0.all("ram:SellerTradeParty") }) { node, _ in
            node.exists("ram:ID") || node.exists("ram:GlobalID") || node.exists("ram:SpecifiedLegalOrganization/ram:ID")
                || node.select("ram:SpecifiedTaxRegistration/ram:ID").contains { $0.attribute("schemeID") == "VA" }
        },
        .root("BR-B-01") { _, document in
            let hasB = document.all("ram:CategoryCode").contains { $0.stringValue == "B" }
            return !hasB || !document.all("ram:CountryID").contains { $0.stringValue != "IT" }
        },
        .root("BR-B-02") { _, document in
            let codes = document.all("ram:CategoryCode").map(\.stringValue)
            return !codes.contains("B") || !codes.contains("S")
        },
    ]

    /// `//ram:SpecifiedTradeSettlementPaymentMeans[ram:TypeCode='30' or ram:TypeCode='58']/ram:PayeePartyCreditorFinancialAccount`.
    @Sendable private static func ciiCreditTransferAccounts(_ document: RuleDocument) -> [RuleNode] {
        document.all("ram:SpecifiedTradeSettlementPaymentMeans").filter { means in
            means.children("ram:TypeCode").contains { $0.stringValue == "30" || $0.stringValue == "58" }
        }.flatMap { $0.children("ram:PayeePartyCreditorFinancialAccount") }
    }

    // MARK: - Calculation rules (BR-CO-10 … BR-CO-17)

    private static let ciiSummation = settlement + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation"

    /// The document-level allowances or charges whose indicator, cast to boolean, is `charge`.
    private static func ciiDocumentAllowanceCharges(_ document: RuleDocument, _ charge: Bool) -> [RuleNode] {
        document.root.select(settlement + "/ram:SpecifiedTradeAllowanceCharge").filter {
            RuleBinding.ciiIndicatorIs($0, charge)
        }
    }

    /// `sum(groups/ram:ActualAmount[1])`.
    private static func sumOfFirstActualAmounts(_ groups: [RuleNode]) -> ExactDecimal {
        groups.reduce(.zero) {
            $0 + ($1.children("ram:ActualAmount").first.flatMap { XPath.decimal($0.stringValue) } ?? .zero)
        }
    }

    static let ciiCalculation: [BusinessRule] = [
        BusinessRule("BR-CO-10", context: { $0.all("ram:SpecifiedTradeSettlementHeaderMonetarySummation") }) {
            node,
            _ in
            guard let stated = node.decimal("ram:LineTotalAmount") else { return false }
            let lines = node.select(
                "../../ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"
            )
            let total = lines.reduce(ExactDecimal.zero) { $0 + (XPath.decimal($1.stringValue) ?? .zero) }
            return stated == XPath.roundCents(total)
        },
        BusinessRule("BR-CO-11", context: { $0.all("ram:SpecifiedTradeSettlementHeaderMonetarySummation") }) {
            node,
            document in
            let allowances = ciiDocumentAllowanceCharges(document, false)
            if allowances.isEmpty && !node.exists("ram:AllowanceTotalAmount") { return true }
            let expected = XPath.roundCents(sumOfFirstActualAmounts(allowances))
            return node.someEquals("ram:AllowanceTotalAmount", expected)
        },
        BusinessRule("BR-CO-12", context: { $0.all("ram:SpecifiedTradeSettlementHeaderMonetarySummation") }) {
            node,
            document in
            let charges = ciiDocumentAllowanceCharges(document, true)
            if charges.isEmpty && !node.exists("ram:ChargeTotalAmount") { return true }
            let expected = XPath.roundCents(sumOfFirstActualAmounts(charges))
            return node.someEquals("ram:ChargeTotalAmount", expected)
        },
        BusinessRule("BR-CO-13", context: { $0.all("ram:SpecifiedTradeSettlementHeaderMonetarySummation") }) {
            node,
            _ in
            guard let basis = node.decimal("ram:TaxBasisTotalAmount"), let lines = node.decimal("ram:LineTotalAmount")
            else {
                return false
            }
            let allowances = node.decimal("ram:AllowanceTotalAmount")
            let charges = node.decimal("ram:ChargeTotalAmount")
            if let allowances, let charges, basis == XPath.roundCents(lines - allowances + charges) { return true }
            if let allowances, !node.exists("ram:ChargeTotalAmount"), basis == XPath.roundCents(lines - allowances) {
                return true
            }
            if let charges, !node.exists("ram:AllowanceTotalAmount"), basis == XPath.roundCents(lines + charges) {
                return true
            }
            return !node.exists("ram:ChargeTotalAmount") && !node.exists("ram:AllowanceTotalAmount")
                && basis == XPath.roundCents(lines)
        },
        BusinessRule(
            "BR-CO-14",
            context: { document in
                let currencies = Set(document.root.select(settlement + "/ram:InvoiceCurrencyCode").map(\.stringValue))
                return document.all("ram:SpecifiedTradeSettlementHeaderMonetarySummation", "ram:TaxTotalAmount").filter
                {
                    $0.attribute("currencyID").map(currencies.contains) ?? false
                }
            }
        ) { node, document in
            let sum = document.root.select(settlement + "/ram:ApplicableTradeTax/ram:CalculatedAmount").reduce(
                ExactDecimal.zero
            ) { $0 + (XPath.decimal($1.stringValue) ?? .zero) }
            return XPath.untypedEquals(node.stringValue, XPath.roundCents(sum))
        },
        .root("BR-CO-15") { root, _ in
            let summation = root.select(ciiSummation)
            for currencyNode in root.select(settlement + "/ram:InvoiceCurrencyCode") {
                let currency = currencyNode.stringValue
                let taxTotals = summation.flatMap { $0.children("ram:TaxTotalAmount") }.filter {
                    $0.attribute("currencyID") == currency
                }
                let grand = summation.flatMap { $0.children("ram:GrandTotalAmount") }.first.flatMap {
                    XPath.decimal($0.stringValue)
                }
                let basis = summation.flatMap { $0.children("ram:TaxBasisTotalAmount") }.first.flatMap {
                    XPath.decimal($0.stringValue)
                }
                let tax = taxTotals.first.flatMap { XPath.decimal($0.stringValue) }
                var holds = false
                if taxTotals.count == 1, let grand, let basis, let tax, grand == XPath.roundCents(basis + tax) {
                    holds = true
                }
                if let grand, let basis, grand == basis { holds = true }
                if !holds { return false }
            }
            return true
        },
        BusinessRule("BR-CO-16", context: { $0.all("ram:SpecifiedTradeSettlementHeaderMonetarySummation") }) {
            node,
            _ in
            guard let payable = node.decimal("ram:DuePayableAmount"), let grand = node.decimal("ram:GrandTotalAmount")
            else {
                return false
            }
            let prepaid = node.decimal("ram:TotalPrepaidAmount")
            let rounding = node.decimal("ram:RoundingAmount")
            if let prepaid, let rounding, payable == grand - prepaid + rounding { return true }
            if let rounding, !node.exists("ram:TotalPrepaidAmount"), payable == grand + rounding { return true }
            if let prepaid, !node.exists("ram:RoundingAmount"), payable == grand - prepaid { return true }
            return payable == grand && !node.exists("ram:TotalPrepaidAmount") && !node.exists("ram:RoundingAmount")
        },
        BusinessRule("BR-CO-17", context: RuleBinding.ciiBreakdowns) {
            node,
            _ in
            let isVAT = node.children("ram:TypeCode").contains { XPath.upperNormalized($0.stringValue) == "VAT" }
            let rate = isVAT ? node.decimal("ram:RateApplicablePercent") : nil
            guard let tax = node.decimal("ram:CalculatedAmount") else { return false }
            guard let rate else { return XPath.round(tax) == .zero }
            if XPath.round(rate) == .zero { return XPath.round(tax) == .zero }
            guard let basis = node.decimal("ram:BasisAmount"), let fraction = rate.divided(by: 100, scale: 30) else {
                return false
            }
            let expected = XPath.roundCents(basis.magnitude * fraction)
            return XPath.within(tax.magnitude, expected, .oneUnitInclusive)
        },
    ]

    // MARK: - Decimal rules specific to CII

    static let ciiDecimal: [BusinessRule] = [
        BusinessRule("BR-DEC-13", context: { $0.all("ram:SpecifiedTradeSettlementHeaderMonetarySummation") }) {
            node,
            document in
            let currencies = Set(document.root.select(settlement + "/ram:InvoiceCurrencyCode").map(\.stringValue))
            let totals = node.children("ram:TaxTotalAmount")
            if totals.isEmpty { return true }
            return totals.contains { total in
                guard let currency = total.attribute("currencyID"), currencies.contains(currency) else { return true }
                guard let value = XPath.decimal(total.stringValue) else { return false }
                return value == XPath.roundCents(value)
            }
        },
        BusinessRule("BR-DEC-15", context: { $0.all("ram:SpecifiedTradeSettlementHeaderMonetarySummation") }) {
            node,
            document in
            let taxCurrencies = document.root.select(settlement + "/ram:TaxCurrencyCode")
            let totals = node.children("ram:TaxTotalAmount")
            if totals.isEmpty || taxCurrencies.isEmpty { return true }
            let currencies = Set(taxCurrencies.map(\.stringValue))
            return totals.contains { total in
                guard let currency = total.attribute("currencyID"), currencies.contains(currency) else { return false }
                guard let value = XPath.decimal(total.stringValue) else { return false }
                return value == XPath.roundCents(value)
            }
        },
    ]
}
