// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

internal import FactureModel

/// The VAT breakdown rules of the profile Schematron that differ from CEN's: the taxable amount of a category
/// as the profiles state `BR-x-08`, the `BR-FXEXT-x-08` variants (a tolerance of 0.01 per summed amount,
/// logistics service charges included, with or without matching exemption reasons), `BR-FXEXT-S-09b` and the
/// `BR-FXEXT-x-01` presence rules.
enum FacturXVATBreakdownRules {
    /// MINIMUM.
    static let minimum: [BusinessRule] =
        [classic("BR-G-08", "G"), classic("BR-IC-08", "K"), detailBase("BR-FXEXT-G-08", "G")]
        + ["G", "K", "O", "Z"].flatMap { tolerant($0, detailOnly: false) }
    /// BASIC WL.
    static let basicWL: [BusinessRule] = [tolerant("Z", detailOnly: false)[2]]
    /// BASIC.
    static let basic: [BusinessRule] = classicRules + [tolerant("Z", detailOnly: false)[2]]
    /// EN 16931.
    static let en16931: [BusinessRule] = classicRules + [tolerant("Z", detailOnly: false)[2]]
    /// EXTENDED.
    static let extended: [BusinessRule] =
        ["S", "Z", "E", "AE", "K", "G", "O", "L", "M"].flatMap { tolerant($0, detailOnly: true) + [presence($0)] }
        + [vatAmount]

    /// The classic `-08` rules of BASIC and EN 16931.
    static let classicRules: [BusinessRule] = [
        classic("BR-Z-08", "Z"), classic("BR-E-08", "E"), classic("BR-G-08", "G"), classic("BR-AE-08", "AE"),
        classic("BR-IC-08", "K"), exact("BR-S-08", "S", onCategory: true), exact("BR-AF-08", "L", onCategory: false),
        exact("BR-AG-08", "M", onCategory: false),
    ]

    /// The rule family prefix of a category code.
    static func family(_ code: String) -> String {
        switch code {
        case "K": "IC"
        case "L": "AF"
        case "M": "AG"
        default: code
        }
    }

    // MARK: - Selections

    /// `/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/path`.
    static func transaction(_ document: RuleDocument, _ path: String) -> [RuleNode] {
        guard document.root.qualifiedName == "rsm:CrossIndustryInvoice" else { return [] }
        return document.fromRoot("rsm:SupplyChainTradeTransaction/" + path)
    }

    /// Whether a line item is a detail line (no subtype, or `DETAIL`).
    static func isDetail(_ item: RuleNode) -> Bool {
        let codes = item.select("ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode")
        return codes.isEmpty || codes.contains { $0.stringValue == "DETAIL" }
    }

    /// `xs:decimal` of each selected node, invalid values skipped (the artefact would stop on them).
    static func decimals(_ node: RuleNode, _ path: String) -> ExactDecimal {
        node.sum(path)
    }

    /// Which taxes a total counts: the category, and optionally a rate and exemption reasons.
    struct Filter: Sendable {
        /// The category code.
        var code: String
        /// The rate (`xs:decimal(ram:RateApplicablePercent) = rate`), `nil` for any.
        var rate: ExactDecimal?
        /// The normalized exemption reason code and text, `nil` for any.
        var reasons: (code: String, text: String)?

        /// Whether the taxes `path` selects from `holder` match.
        func matches(_ holder: RuleNode, _ path: String) -> Bool {
            let taxes = holder.select(path)
            guard taxes.contains(where: { tax in tax.containsChild("ram:CategoryCode") { $0.stringValue == code } })
            else { return false }
            if let rate, !taxes.contains(where: { $0.decimal("ram:RateApplicablePercent") == rate }) { return false }
            if let reasons {
                let code = holder.normalized(path + "/ram:ExemptionReasonCode")
                let text = holder.normalized(path + "/ram:ExemptionReason")
                return code == reasons.code && text == reasons.text
            }
            return true
        }
    }

    /// The amounts and counts of a category, each amount rounded to cents as the artefact does.
    struct Totals {
        /// Σ line net amounts.
        var lines = ExactDecimal.zero
        /// Σ document level charges.
        var charges = ExactDecimal.zero
        /// Σ document level allowances.
        var allowances = ExactDecimal.zero
        /// Σ logistics service charges.
        var logistics = ExactDecimal.zero
        /// The number of lines, allowances, charges and logistics charges summed.
        var count = 0

        /// lines + charges + logistics − allowances.
        var base: ExactDecimal { lines + charges + logistics - allowances }
    }

    /// The header allowances and charges whose indicator is `charge` (as `xs:boolean`), or all with `nil`.
    static func allowanceCharges(_ document: RuleDocument, charge: Bool?) -> [RuleNode] {
        let all = transaction(document, "ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge")
        guard let charge else { return all }
        return all.filter { group in
            group.contains("ram:ChargeIndicator/udt:Indicator") { XPath.boolean($0.stringValue) == charge }
        }
    }

    /// The totals of the `BR-FXEXT` rules.
    static func totals(_ document: RuleDocument, _ filter: Filter, detailOnly: Bool) -> Totals {
        var totals = Totals()
        var lines = ExactDecimal.zero
        for item in transaction(document, "ram:IncludedSupplyChainTradeLineItem") where !detailOnly || isDetail(item) {
            if filter.matches(item, "ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax") { totals.count += 1 }
            for settlement in item.children("ram:SpecifiedLineTradeSettlement")
            where filter.matches(settlement, "ram:ApplicableTradeTax") {
                lines =
                    lines
                    + decimals(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount")
            }
        }
        totals.lines = XPath.roundCents(lines)
        var charges = ExactDecimal.zero
        var allowances = ExactDecimal.zero
        for group in allowanceCharges(document, charge: nil) where filter.matches(group, "ram:CategoryTradeTax") {
            totals.count += 1
            let indicators = group.select("ram:ChargeIndicator/udt:Indicator").compactMap {
                XPath.boolean($0.stringValue)
            }
            if indicators.contains(true) { charges = charges + decimals(group, "ram:ActualAmount") }
            if indicators.contains(false) { allowances = allowances + decimals(group, "ram:ActualAmount") }
        }
        totals.charges = XPath.roundCents(charges)
        totals.allowances = XPath.roundCents(allowances)
        var logistics = ExactDecimal.zero
        for charge in transaction(document, "ram:ApplicableHeaderTradeSettlement/ram:SpecifiedLogisticsServiceCharge")
        where filter.matches(charge, "ram:AppliedTradeTax") {
            totals.count += 1
            logistics = logistics + decimals(charge, "ram:AppliedAmount")
        }
        totals.logistics = XPath.roundCents(logistics)
        return totals
    }

    /// `abs(basis - base) le 0.01 * count`.
    static func withinCents(_ basis: ExactDecimal, _ totals: Totals) -> Bool {
        let tolerance = ExactDecimal(significand: Int128(totals.count), scale: 2)
        return (basis - totals.base).magnitude <= tolerance
    }

    // MARK: - Rules

    /// The header taxes of a category whose type code is `VAT` (upper-cased).
    static func vatBreakdowns(_ code: String) -> @Sendable (RuleDocument) -> [RuleNode] {
        { document in
            document.all("ram:ApplicableHeaderTradeSettlement", "ram:ApplicableTradeTax").filter { tax in
                // `upper-case(ram:TypeCode) = 'VAT'`: with several type codes the pattern fails to match.
                let types = tax.children("ram:TypeCode")
                return tax.containsChild("ram:CategoryCode") { $0.stringValue == code }
                    && types.count == 1 && types[0].stringValue.uppercased() == "VAT"
            }
        }
    }

    /// `BR-FXEXT-x-08b` (either), `-08ini` (without exemption reasons) and `-08rev` (with them).
    static func tolerant(_ code: String, detailOnly: Bool) -> [BusinessRule] {
        let prefix = "BR-FXEXT-" + family(code)
        let withRate = code != "O"
        @Sendable func holds(_ tax: RuleNode, _ document: RuleDocument, reasons: Bool) -> Bool {
            var filter = Filter(code: code)
            if withRate {
                guard let rate = tax.decimal("ram:RateApplicablePercent") else { return false }
                filter.rate = rate
            }
            guard let basis = tax.decimal("ram:BasisAmount") else { return false }
            if reasons {
                filter.reasons = (
                    tax.normalized("ram:ExemptionReasonCode"),
                    tax.normalized("ram:ExemptionReason")
                )
            }
            return withinCents(basis, totals(document, filter, detailOnly: detailOnly))
        }
        let context = vatBreakdowns(code)
        let either = code == "S" ? "BR-FXEXT-S08b" : prefix + "-08b"
        return [
            BusinessRule(either, message: FacturXProfileBusinessRules.text(either), context: context) { tax, document in
                holds(tax, document, reasons: false) || holds(tax, document, reasons: true)
            },
            BusinessRule(
                prefix + "-08ini",
                .warning,
                message: FacturXProfileBusinessRules.text(prefix + "-08ini"),
                context: context
            ) { tax, document in holds(tax, document, reasons: false) },
            BusinessRule(
                prefix + "-08rev",
                .warning,
                message: FacturXProfileBusinessRules.text(prefix + "-08rev"),
                context: context
            ) { tax, document in holds(tax, document, reasons: true) },
        ]
    }

    /// The header taxes whose category code child is `code`, once per such child.
    static func headerCategories(_ code: String, anySettlement: Bool) -> @Sendable (RuleDocument) -> [RuleNode] {
        { document in
            let taxes =
                anySettlement
                ? document.all("ram:ApplicableHeaderTradeSettlement", "ram:ApplicableTradeTax")
                : document.all(
                    "rsm:SupplyChainTradeTransaction",
                    "ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax"
                )
            return taxes.flatMap { tax in
                tax.children("ram:CategoryCode").filter { $0.stringValue == code }.map { _ in tax }
            }
        }
    }

    /// The classic `-08` base: round(Σ lines) + round(Σ first charge amounts) − round(Σ first allowance amounts).
    static func classicBase(
        _ document: RuleDocument,
        _ code: String,
        rate: ExactDecimal?,
        firstAmount: Bool
    )
        -> ExactDecimal
    {
        let filter = Filter(code: code, rate: rate)
        // The line settlements as read once per document (no exemption reasons in this filter).
        let lines = EN16931Rules.ciiLineSettlements(document).reduce(ExactDecimal.zero) { total, line in
            let matching = line.codes.contains(code) && (rate.map { line.rates.contains($0) } ?? true)
            return matching ? total + line.amount : total
        }
        func amounts(_ charge: Bool) -> ExactDecimal {
            allowanceCharges(document, charge: charge).filter { filter.matches($0, "ram:CategoryTradeTax") }
                .reduce(ExactDecimal.zero) { total, group in
                    let amounts = group.children("ram:ActualAmount")
                    let used = firstAmount ? Array(amounts.prefix(1)) : amounts
                    return total + used.reduce(ExactDecimal.zero) { $0 + (XPath.decimal($1.stringValue) ?? .zero) }
                }
        }
        return XPath.roundCents(lines) + XPath.roundCents(amounts(true)) - XPath.roundCents(amounts(false))
    }

    /// `BR-x-08` with a ±1 tolerance (`basis - 1 <= base and basis + 1 > base`).
    static func classic(_ id: String, _ code: String) -> BusinessRule {
        BusinessRule(
            id,
            message: FacturXProfileBusinessRules.text(id),
            context: headerCategories(code, anySettlement: code == "Z")
        ) { tax, document in
            let base = classicBase(document, code, rate: nil, firstAmount: true)
            return tax.some("ram:BasisAmount") { $0 - 1 <= base } && tax.some("ram:BasisAmount") { $0 + 1 > base }
        }
    }

    /// `BR-x-08` per rate, exact (`every $rate in ../ram:RateApplicablePercent satisfies …`); on the tax itself
    /// (AF, AG) the rates are read from the settlement, where there are none: always true.
    static func exact(_ id: String, _ code: String, onCategory: Bool) -> BusinessRule {
        let taxes: @Sendable (RuleDocument) -> [RuleNode] = { document in
            document.all(
                "rsm:SupplyChainTradeTransaction",
                "ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax"
            )
            .filter { tax in tax.containsChild("ram:CategoryCode") { $0.stringValue == code } }
        }
        return BusinessRule(
            id,
            message: FacturXProfileBusinessRules.text(id),
            context: onCategory ? headerCategories(code, anySettlement: true) : taxes
        ) { tax, document in
            guard onCategory else { return true }
            return tax.select("ram:RateApplicablePercent").compactMap { XPath.decimal($0.stringValue) }.allSatisfy {
                rate in
                tax.someEquals("ram:BasisAmount", classicBase(document, code, rate: rate, firstAmount: false))
            }
        }
    }

    /// `BR-FXEXT-G-08` (MINIMUM): detail lines, charges, logistics and allowances of the category, 0.01 per amount.
    static func detailBase(_ id: String, _ code: String) -> BusinessRule {
        BusinessRule(
            id,
            message: FacturXProfileBusinessRules.text(id),
            context: headerCategories(code, anySettlement: false)
        ) { tax, document in
            guard let basis = tax.decimal("ram:BasisAmount") else { return false }
            return withinCents(basis, totals(document, Filter(code: code), detailOnly: true))
        }
    }

    /// `BR-FXEXT-x-01`: a breakdown of the category exactly when a detail line, allowance or charge uses it.
    static func presence(_ code: String) -> BusinessRule {
        let id = "BR-FXEXT-" + family(code) + "-01"
        return BusinessRule.root(id, message: FacturXProfileBusinessRules.text(id)) { root, document in
            guard root.qualifiedName == "rsm:CrossIndustryInvoice" else { return true }
            func category(_ tax: RuleNode) -> Bool { tax.containsChild("ram:CategoryCode") { $0.stringValue == code } }
            let header = document.all("ram:ApplicableHeaderTradeSettlement", "ram:ApplicableTradeTax").filter(category)
            let lines = document.all("ram:SpecifiedLineTradeSettlement", "ram:ApplicableTradeTax").contains(
                where: category
            )
            let allowances = document.all("ram:CategoryTradeTax").contains(where: category)
            return (header.isEmpty && !lines && !allowances) || (!header.isEmpty && (lines || allowances))
        }
    }

    /// `BR-FXEXT-S-09b`: the standard-rated VAT amount is the rounded basis × rate, within 0.01 per amount.
    static let vatAmount = BusinessRule(
        "BR-FXEXT-S-09b",
        message: FacturXProfileBusinessRules.text("BR-FXEXT-S-09b"),
        context: { document in
            document.all("ram:ApplicableHeaderTradeSettlement", "ram:ApplicableTradeTax").filter { tax in
                tax.containsChild("ram:CategoryCode") { $0.stringValue == "S" }
            }
        }
    ) { tax, document in
        guard let rate = tax.decimal("ram:RateApplicablePercent"), let basis = tax.decimal("ram:BasisAmount"),
            let amount = tax.decimal("ram:CalculatedAmount"),
            let expected = XPath.round(basis * rate).divided(by: 100, scale: 2)
        else { return false }
        let reasons = (
            tax.normalized("ram:ExemptionReasonCode"),
            tax.normalized("ram:ExemptionReason")
        )
        let difference = (amount - expected).magnitude
        return withinCents(difference, totalsCount(document, Filter(code: "S", rate: rate, reasons: reasons)))
            || withinCents(difference, totalsCount(document, Filter(code: "S", rate: rate)))
    }

    /// The counts of ``totals(_:_:detailOnly:)`` with a zero base, for comparing a difference to the tolerance.
    static func totalsCount(_ document: RuleDocument, _ filter: Filter) -> Totals {
        var counted = Totals()
        counted.count = totals(document, filter, detailOnly: true).count
        return counted
    }
}
