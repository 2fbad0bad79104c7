// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

internal import FactureModel

/// The VAT category rules of the EXTENDED-CTC-FR-CII model pattern.
///
/// The artefact checks each VAT breakdown (`//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax` of type
/// VAT) with the first of its `BR-FXEXT-*-08` rules whose category the breakdown has (AE, L, M, E, G, K, O, S,
/// Z in that order). These rules come before the pattern's other breakdown rules, so that a breakdown they take
/// is no longer checked by the CEN rules written for every breakdown (BR-45 … BR-48, BR-CO-03, BR-DEC-19/20)
/// nor by the CEN rules BR-AF-09 and BR-AG-09, whose context they contain.
extension ExtendedCTCFRRules {
    /// The category rules (families AE, AF, AG, E, G, IC, O, S, Z in the artefact's order).
    static let ciiVATCategoryRules: [BusinessRule] =
        breakdownSumRules("AE", "AE") + cen(["BR-AE-09", "BR-AE-10", "BR-AE-03", "BR-AE-06", "BR-AE-04", "BR-AE-07"])
        + cen(["BR-AE-02", "BR-AE-05"])
        + breakdownSumRules("AF", "L") + shadowed("BR-AF-09")
        + cen(["BR-AF-02", "BR-AF-05", "BR-AF-03", "BR-AF-06", "BR-AF-04", "BR-AF-07"])
        + breakdownSumRules("AG", "M") + shadowed("BR-AG-09")
        + cen(["BR-AG-02", "BR-AG-05", "BR-AG-03", "BR-AG-06", "BR-AG-04", "BR-AG-07"])
        + breakdownSumRules("E", "E")
        + cen(["BR-E-09", "BR-E-10", "BR-E-03", "BR-E-06", "BR-E-04", "BR-E-07", "BR-E-02", "BR-E-05"])
        + breakdownSumRules("G", "G")
        + cen(["BR-G-09", "BR-G-10", "BR-G-03", "BR-G-06", "BR-G-04", "BR-G-07", "BR-G-02", "BR-G-05"])
        + breakdownSumRules("IC", "K") + cen(["BR-IC-09", "BR-IC-10", "BR-IC-11", "BR-IC-12", "BR-IC-03", "BR-IC-06"])
        + cen(["BR-IC-04", "BR-IC-07", "BR-IC-02", "BR-IC-05"])
        + breakdownSumRules("O", "O") + cen(["BR-O-06", "BR-O-07", "BR-O-05"])
        + breakdownSumRules("S", "S") + cen(["BR-S-02", "BR-S-05", "BR-S-03", "BR-S-06", "BR-S-04", "BR-S-07"])
        + breakdownSumRules("Z", "Z")
        + cen(["BR-Z-09", "BR-Z-03", "BR-Z-06", "BR-Z-04", "BR-Z-07", "BR-Z-02", "BR-Z-05"])

    /// The category codes of the `BR-FXEXT-*-08` rules, in the artefact's order.
    private static let breakdownCodes = ["AE", "L", "M", "E", "G", "K", "O", "S", "Z"]

    /// The CEN rules of these identifiers, as they are.
    private static func cen(_ ids: [String]) -> [BusinessRule] {
        var cen: [String: BusinessRule] = [:]
        for rule in EN16931Rules.cii where cen[rule.id] == nil { cen[rule.id] = rule }
        return ids.map { id in
            guard let rule = cen[id] else { preconditionFailure("no CEN CII rule \(id)") }
            return rule
        }
    }

    /// A CEN rule whose every context element an earlier rule of the pattern takes: it never fires.
    private static func shadowed(_ id: String) -> [BusinessRule] {
        cen([id]).map { rule in
            BusinessRule(rule.id, rule.severity, message: rule.message, context: { _ in [] }) { _, _ in true }
        }
    }

    /// The VAT breakdowns the `BR-FXEXT-*-08` rule of `code` checks: of type VAT, with that category code, and with
    /// none of the codes before it.
    private static func breakdowns(_ document: RuleDocument, _ code: String) -> [RuleNode] {
        let earlier = breakdownCodes.prefix { $0 != code }
        return document.all("ram:ApplicableHeaderTradeSettlement", "ram:ApplicableTradeTax").filter { tax in
            guard RuleBinding.ciiIsVAT(tax) else { return false }
            let codes = tax.children("ram:CategoryCode").map(\.stringValue)
            return codes.contains(code) && !codes.contains { earlier.contains($0) }
        }
    }

    /// BR-45 … BR-48, BR-CO-03, BR-DEC-19, BR-DEC-20, checked by CEN on every breakdown but those of categories O, L
    /// and M, here on the breakdowns no `BR-FXEXT-*-08` rule takes.
    static let ciiBreakdownRules: [BusinessRule] = cen([
        "BR-45", "BR-46", "BR-47", "BR-48", "BR-CO-03", "BR-DEC-19", "BR-DEC-20",
    ]).map { rule in
        BusinessRule(
            rule.id,
            rule.severity,
            message: rule.message,
            context: { document in
                document.all("ram:ApplicableHeaderTradeSettlement", "ram:ApplicableTradeTax").filter { tax in
                    !(RuleBinding.ciiIsVAT(tax)
                        && tax.containsChild("ram:CategoryCode") { breakdownCodes.contains($0.stringValue) })
                }
            },
            test: rule.test
        )
    }

    /// `BR-FXEXT-<prefix>-08` (fatal), `-08ini` and `-08rev` (warnings), and for S `BR-FXEXT-S-09`.
    private static func breakdownSumRules(_ prefix: String, _ code: String) -> [BusinessRule] {
        let id = "BR-FXEXT-\(prefix)-08"
        let key = RuleMemoKey()
        let context: @Sendable (RuleDocument) -> [RuleNode] = { document in
            document.memoized(key) { breakdowns(document, code) }
        }
        func make(
            _ id: String,
            _ severity: RuleViolation.Severity,
            _ test: @escaping @Sendable (BreakdownSums) -> Bool
        ) -> BusinessRule {
            BusinessRule(id, severity, message: ExtendedCTCFRCIITables.message(id), context: context) { tax, document in
                test(BreakdownSums(tax: tax, code: code, document: document))
            }
        }
        var rules = [
            make(id, .fatal) { $0.basisMatches(withExemption: true) || $0.basisMatches(withExemption: false) },
            make(id + "ini", .warning) { $0.basisMatches(withExemption: false) },
            make(id + "rev", .warning) { $0.basisMatches(withExemption: true) },
        ]
        if prefix == "S" {
            rules.append(make("BR-FXEXT-S-09", .fatal) { $0.vatAmountMatches })
        }
        return rules
    }
}

/// The sums and counts a `BR-FXEXT-*-08` rule compares for one VAT breakdown: the detail lines, the document
/// allowances and charges and the logistics service charges of the breakdown's category and rate (category O: of
/// its category only), with or without the breakdown's exemption reason and code.
private struct BreakdownSums {
    let tax: RuleNode
    let code: String
    let document: RuleDocument

    /// `xs:decimal(ram:RateApplicablePercent)` (not for category O); `nil` when absent.
    private var rate: ExactDecimal? { tax.decimal("ram:RateApplicablePercent") }
    private var usesRate: Bool { code != "O" }

    /// Whether a group of taxes (a line's, an allowance's, a logistics charge's) matches: `taxes/ram:CategoryCode =
    /// code and taxes/xs:decimal(ram:RateApplicablePercent) = $rate` and, with the exemption, `normalize-space(
    /// taxes/ram:ExemptionReasonCode) = $code and normalize-space(taxes/ram:ExemptionReason) = $text`.
    private func matches(_ taxes: [RuleNode], withExemption: Bool) -> Bool {
        guard taxes.contains(where: { $0.containsChild("ram:CategoryCode") { $0.stringValue == code } }) else {
            return false
        }
        if usesRate {
            guard let rate else { return false }
            let rates = taxes.flatMap { $0.children("ram:RateApplicablePercent") }
            guard rates.contains(where: { XPath.decimal($0.stringValue) == rate }) else { return false }
        }
        guard withExemption else { return true }
        func first(_ name: String) -> String {
            XPath.normalizeSpace(taxes.lazy.flatMap { $0.children(name) }.first?.stringValue ?? "")
        }
        return first("ram:ExemptionReasonCode") == tax.normalized("ram:ExemptionReasonCode")
            && first("ram:ExemptionReason") == tax.normalized("ram:ExemptionReason")
    }

    /// The detail line items.
    private var detailLines: [RuleNode] {
        document.memoized("ExtendedCTCFRRules.detailLines") {
            ExtendedCTCFRRules.ciiLineItems(document).filter(ExtendedCTCFRRules.ciiIsDetail)
        }
    }

    /// `abs(basis - Σ lines + Σ allowances - Σ charges - Σ logistics) le 0.01 * (number of each)`.
    func basisMatches(withExemption exemption: Bool) -> Bool {
        guard let basis = tax.decimal("ram:BasisAmount") else { return false }
        let (sum, count) = sumAndCount(withExemption: exemption)
        return !(ExactDecimal(count) * ExactDecimal(significand: 1, scale: 2) < (basis - sum).magnitude)
    }

    /// BR-FXEXT-S-09: `abs(CalculatedAmount - round(basis × rate) / 100)` within 0.01 per counted amount, with or
    /// without the exemption.
    var vatAmountMatches: Bool {
        guard let amount = tax.decimal("ram:CalculatedAmount"), let basis = tax.decimal("ram:BasisAmount"),
            let rate, let expected = XPath.round(basis * rate).divided(by: 100, scale: 2)
        else { return false }
        let difference = (amount - expected).magnitude
        let cent = ExactDecimal(significand: 1, scale: 2)
        return !(ExactDecimal(sumAndCount(withExemption: true).count) * cent < difference)
            || !(ExactDecimal(sumAndCount(withExemption: false).count) * cent < difference)
    }

    /// Σ lines − Σ allowances + Σ charges + Σ logistics (each rounded to cents), and the number of amounts.
    private func sumAndCount(withExemption exemption: Bool) -> (sum: ExactDecimal, count: Int) {
        // Lines: summed per settlement, counted per line item.
        var lineAmounts: [ExactDecimal] = []
        var lineCount = 0
        for line in detailLines {
            for settlement in line.children("ram:SpecifiedLineTradeSettlement")
            where matches(settlement.children("ram:ApplicableTradeTax"), withExemption: exemption) {
                lineAmounts += settlement.children("ram:SpecifiedTradeSettlementLineMonetarySummation").compactMap {
                    $0.decimal("ram:LineTotalAmount")
                }
            }
            if matches(line.select("ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax"), withExemption: exemption)
            {
                lineCount += 1
            }
        }
        let groups = ExtendedCTCFRRules.ciiHeaderSettlement(document, "ram:SpecifiedTradeAllowanceCharge").filter {
            matches($0.children("ram:CategoryTradeTax"), withExemption: exemption)
        }
        func amounts(charge: Bool) -> ExactDecimal {
            ExtendedCTCFRRules.ciiCents(
                groups.filter { RuleBinding.ciiIndicatorIs($0, charge) }.compactMap { $0.decimal("ram:ActualAmount") }
            )
        }
        let logistics = ExtendedCTCFRRules.ciiHeaderSettlement(document, "ram:SpecifiedLogisticsServiceCharge").filter {
            matches($0.children("ram:AppliedTradeTax"), withExemption: exemption)
        }
        let logisticsSum = ExtendedCTCFRRules.ciiCents(logistics.compactMap { $0.decimal("ram:AppliedAmount") })
        let sum =
            ExtendedCTCFRRules.ciiCents(lineAmounts) - amounts(charge: false) + amounts(charge: true) + logisticsSum
        return (sum, lineCount + groups.count + logistics.count)
    }
}
