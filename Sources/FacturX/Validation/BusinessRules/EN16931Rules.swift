// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

internal import FactureModel

/// The EN 16931 business rules, in native Swift, per syntax.
///
/// Each rule mirrors the CEN validation artefacts (release 1.3.16): the same context elements,
/// the same condition with XPath's semantics (absent values, `normalize-space`, general
/// comparisons, `round()` half up over `xs:decimal`). Rules stated alike in both syntaxes are
/// written once against ``RuleBinding``; the others are written per syntax.
enum EN16931Rules {
    /// The rules for CII.
    static let cii: [BusinessRule] =
        shared(.cii) + ciiCore + ciiCalculation + ciiDecimal + vatCategoryRules(.cii) + codeListRules(.cii) + ciiSyntax
    /// The rules for UBL Invoice and CreditNote.
    static let ubl: [BusinessRule] =
        (shared(.ubl) + ublCore + ublCalculation + ublDecimal + vatCategoryRules(.ubl) + codeListRules(.ubl)
        + ublSyntax).map(afterAllowanceRule)

    /// The UBL rules whose context is a charge (`cbc:ChargeIndicator = true()`), a charge's VAT category or
    /// its reason code, each checked in its pattern after the matching allowance rule.
    static let ublChargeRules: Set<String> = [
        "BR-36", "BR-37", "BR-38", "BR-CO-06", "BR-CO-22", "BR-DEC-05", "BR-DEC-06",
        "BR-43", "BR-44", "BR-CO-08", "BR-CO-24", "BR-DEC-27", "BR-DEC-28",
        "BR-AE-07", "BR-E-07", "BR-G-07", "BR-IC-07", "BR-AF-07", "BR-AG-07", "BR-O-07", "BR-S-07", "BR-Z-07",
        "BR-CL-20",
    ]

    /// A UBL charge rule as Schematron checks it: a node goes to the first matching rule of a pattern
    /// only, so a group whose indicators say both `false` and `true` is checked as an allowance, never
    /// as a charge. Other rules are returned unchanged.
    private static func afterAllowanceRule(_ rule: BusinessRule) -> BusinessRule {
        guard ublChargeRules.contains(rule.id) else { return rule }
        let context = rule.context
        return BusinessRule(
            rule.id,
            rule.severity,
            message: rule.message,
            context: { document in
                context(document).filter { node in
                    let group = node.qualifiedName == "cac:AllowanceCharge" ? node : node.parent
                    return !(group.map { RuleBinding.ublIndicatorIs($0, false) } ?? false)
                }
            },
            test: rule.test
        )
    }

    /// The rules for a syntax.
    static func rules(isUBL: Bool) -> [BusinessRule] {
        isUBL ? ubl : cii
    }

    /// The identifiers of the implemented rules for a syntax.
    static func ruleIDs(isUBL: Bool) -> Set<String> {
        Set(rules(isUBL: isUBL).map(\.id))
    }

    // MARK: - Rules written once against the binding

    static func shared(_ b: RuleBinding) -> [BusinessRule] {
        let totals = b.documentTotals
        var rules: [BusinessRule] = [
            BusinessRule("BR-12", context: totals) { node, _ in node.exists(b.lineTotalAmount) },
            BusinessRule("BR-13", context: totals) { node, _ in node.exists(b.taxExclusiveAmount) },
            BusinessRule("BR-14", context: totals) { node, _ in node.exists(b.taxInclusiveAmount) },
            BusinessRule("BR-15", context: totals) { node, _ in node.exists(b.payableAmount) },
            BusinessRule("BR-21", context: b.lines) { node, _ in node.hasText(b.lineID) },
            BusinessRule("BR-24", context: b.lines) { node, _ in node.exists(b.lineNetAmount) },
            BusinessRule("BR-25", context: b.lines) { node, _ in node.hasText(b.itemName) },
            BusinessRule("BR-26", context: b.lines) { node, _ in node.exists(b.itemNetPrice) },
            BusinessRule("BR-27", context: b.lines) { node, _ in node.some(b.itemNetPrice) { $0 >= .zero } },
            BusinessRule("BR-45", context: b.vatBreakdowns) { node, _ in node.exists(b.breakdownTaxableAmount) },
            BusinessRule("BR-46", context: b.vatBreakdowns) { node, _ in node.exists(b.breakdownTaxAmount) },
            BusinessRule("BR-32", context: { b.documentAllowanceCharges($0, false) }) { node, _ in
                b.allowanceVATCategories(node).contains { $0.exists(b.categoryCode) }
            },
            BusinessRule("BR-37", context: { b.documentAllowanceCharges($0, true) }) { node, _ in
                b.allowanceVATCategories(node).contains { $0.exists(b.categoryCode) }
            },
            BusinessRule("BR-47", context: b.vatBreakdowns) { node, _ in
                b.breakdownVATCategories(node).contains { $0.exists(b.categoryCode) }
            },
            BusinessRule("BR-48", context: b.vatBreakdowns) { node, _ in
                b.breakdownVATCategories(node).contains { $0.exists(b.categoryRate) || b.isNotSubjectToVAT($0) }
            },
            BusinessRule("BR-49", context: b.paymentMeans) { node, _ in node.exists(b.paymentMeansCode) },
            BusinessRule("BR-52", context: b.supportingDocuments) { node, _ in node.hasText(b.supportingDocumentID) },
            BusinessRule("BR-54", context: b.itemAttributes) { node, _ in
                node.exists(b.itemAttributeNameAndValue.0) && node.exists(b.itemAttributeNameAndValue.1)
            },
        ]
        // BG-20, BG-21 (document level) and BG-27, BG-28 (line level): amount and reason.
        rules += allowanceChargeRules(b, ["BR-31", "BR-33", "BR-CO-05", "BR-CO-21"], charge: false, line: false)
        rules += allowanceChargeRules(b, ["BR-36", "BR-38", "BR-CO-06", "BR-CO-22"], charge: true, line: false)
        rules += allowanceChargeRules(b, ["BR-41", "BR-42", "BR-CO-07", "BR-CO-23"], charge: false, line: true)
        rules += allowanceChargeRules(b, ["BR-43", "BR-44", "BR-CO-08", "BR-CO-24"], charge: true, line: true)
        // BR-DEC: at most two fraction digits, same terms in both syntaxes.
        let allowances: @Sendable (RuleDocument) -> [RuleNode] = { document in
            b.documentAllowanceCharges(document, false)
        }
        let charges: @Sendable (RuleDocument) -> [RuleNode] = { document in b.documentAllowanceCharges(document, true) }
        let lineAllowances: @Sendable (RuleDocument) -> [RuleNode] = { document in
            b.lineAllowanceCharges(document, false)
        }
        let lineCharges: @Sendable (RuleDocument) -> [RuleNode] = { document in b.lineAllowanceCharges(document, true) }
        rules += [
            decimalRule("BR-DEC-01", allowances, b.allowanceAmount),
            decimalRule("BR-DEC-02", allowances, b.allowanceBaseAmount),
            decimalRule("BR-DEC-05", charges, b.allowanceAmount),
            decimalRule("BR-DEC-06", charges, b.allowanceBaseAmount),
            decimalRule("BR-DEC-09", totals, b.lineTotalAmount),
            decimalRule("BR-DEC-10", totals, b.allowanceTotalAmount),
            decimalRule("BR-DEC-11", totals, b.chargeTotalAmount),
            decimalRule("BR-DEC-12", totals, b.taxExclusiveAmount),
            decimalRule("BR-DEC-14", totals, b.taxInclusiveAmount),
            decimalRule("BR-DEC-16", totals, b.prepaidAmount),
            decimalRule("BR-DEC-17", totals, b.roundingAmount),
            decimalRule("BR-DEC-18", totals, b.payableAmount),
            decimalRule("BR-DEC-19", b.vatBreakdowns, b.breakdownTaxableAmount),
            decimalRule("BR-DEC-20", b.vatBreakdowns, b.breakdownTaxAmount),
            decimalRule("BR-DEC-23", b.lines, b.lineNetAmount),
            decimalRule("BR-DEC-24", lineAllowances, b.allowanceAmount),
            decimalRule("BR-DEC-25", lineAllowances, b.allowanceBaseAmount),
            decimalRule("BR-DEC-27", lineCharges, b.allowanceAmount),
            decimalRule("BR-DEC-28", lineCharges, b.allowanceBaseAmount),
        ]
        return rules
    }

    /// `string-length(substring-after(term, '.')) <= 2` on every context node.
    private static func decimalRule(
        _ id: String,
        _ context: @escaping @Sendable (RuleDocument) -> [RuleNode],
        _ term: String
    ) -> BusinessRule {
        BusinessRule(id, context: context) { node, _ in node.hasAtMostTwoDecimals(term) }
    }

    /// The amount rule, the two reason rules and the always-true rule of one allowance/charge group.
    private static func allowanceChargeRules(
        _ b: RuleBinding,
        _ ids: [String],
        charge: Bool,
        line: Bool
    ) -> [BusinessRule] {
        let context: @Sendable (RuleDocument) -> [RuleNode]
        if line {
            context = { document in b.lineAllowanceCharges(document, charge) }
        } else {
            context = { document in b.documentAllowanceCharges(document, charge) }
        }
        let hasReason: @Sendable (RuleNode, RuleDocument) -> Bool = { node, _ in
            node.exists(b.allowanceReason) || node.exists(b.allowanceReasonCode)
        }
        return [
            BusinessRule(ids[0], context: context) { node, _ in node.exists(b.allowanceAmount) },
            BusinessRule(ids[1], context: context, test: hasReason),
            BusinessRule(ids[2], context: context) { _, _ in true },
            BusinessRule(ids[3], context: context, test: hasReason),
        ]
    }

    // MARK: - Helpers shared by the per-syntax rules

    /// XPath general comparison `a = b` over the string values of two node sets.
    static func anyEqual(_ lhs: [RuleNode], _ rhs: [RuleNode]) -> Bool {
        let right = Set(rhs.map(\.stringValue))
        return lhs.contains { right.contains($0.stringValue) }
    }

    /// The country-code list UBL's BR-CO-09 searches with `contains()` (a substring search).
    static let ublVATCountryList =
        " 1A AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH EL ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XI YE YT ZA ZM ZW "

    /// What UBL's BR-CO-09 finds with `contains(list, prefix)`: every substring of the list of at most
    /// two characters (the prefix has at most two), so a lookup replaces the substring search.
    static let ublVATCountrySubstrings: Set<String> = {
        let characters = Array(ublVATCountryList)
        var substrings: Set<String> = [""]
        for index in characters.indices {
            substrings.insert(String(characters[index]))
            if index + 1 < characters.count { substrings.insert(String(characters[index...index + 1])) }
        }
        return substrings
    }()

    /// The codes of ``ciiVATCountryList``: CII's BR-CO-09 searches the list for ` XX `, which finds
    /// exactly these two-character codes.
    static let ciiVATCountries = Set(ciiVATCountryList.split(separator: " ").map(String.init))

    /// The country-code list CII's BR-CO-09 searches for ` XX ` (a whole-code search).
    static let ciiVATCountryList =
        " 1A AD AE AF AG AI AL AM AN AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BL BJ BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH EL ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XI YE YT ZA ZM ZW "
}
