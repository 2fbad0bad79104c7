// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The VAT contexts on which the profile Schematron checks the EN 16931 VAT-category rules: the CEN artefact
/// also requires the tax's type code to be `VAT`, the profile Schematron does not.
enum VATContext: Hashable, Sendable {
    /// `//rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode = c]`.
    case headerTax(String)
    /// `//rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode[. = c]`,
    /// given as the tax element (the CEN rules' tests read from it).
    case headerCategory(String)
    /// `//rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/`
    /// `ram:ApplicableTradeTax[ram:CategoryCode = c]`.
    case lineTax(String)
    /// `//ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator='false']/ram:CategoryTradeTax[ram:CategoryCode = c]`.
    case allowanceTax(String)
    /// `//ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator='true']/ram:CategoryTradeTax[ram:CategoryCode = c]`.
    case chargeTax(String)
    /// `//ram:SpecifiedTradeSettlementHeaderMonetarySummation`.
    case summation
    /// `//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax`, every one (the CEN artefact lets the
    /// category rules of O, L and M shadow these).
    case headerTaxes

    /// The context nodes in a document.
    func nodes(in document: RuleDocument) -> [RuleNode] {
        func category(_ code: String) -> (RuleNode) -> Bool {
            { tax in tax.containsChild("ram:CategoryCode") { $0.stringValue == code } }
        }
        func allowances(_ indicator: String) -> [RuleNode] {
            document.all("ram:SpecifiedTradeAllowanceCharge").filter { charge in
                charge.contains("ram:ChargeIndicator/udt:Indicator") { $0.stringValue == indicator }
            }
        }
        switch self {
        case .headerTax(let code):
            return document.all(
                "rsm:SupplyChainTradeTransaction",
                "ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax"
            )
            .filter(category(code))
        case .headerCategory(let code):
            return document.all(
                "rsm:SupplyChainTradeTransaction",
                "ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode"
            ).filter { $0.stringValue == code }.compactMap(\.parent)
        case .lineTax(let code):
            return document.all(
                "rsm:SupplyChainTradeTransaction",
                "ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax"
            ).filter(category(code))
        case .allowanceTax(let code):
            return allowances("false").flatMap { $0.children("ram:CategoryTradeTax") }.filter(category(code))
        case .chargeTax(let code):
            return allowances("true").flatMap { $0.children("ram:CategoryTradeTax") }.filter(category(code))
        case .summation:
            return document.all("ram:SpecifiedTradeSettlementHeaderMonetarySummation")
        case .headerTaxes:
            return document.all("ram:ApplicableHeaderTradeSettlement", "ram:ApplicableTradeTax")
        }
    }
}

extension FacturXProfileRules {
    /// The CEN rules of these identifiers, each checked on the profile's context instead of CEN's.
    static func recontexted(_ list: [(id: String, context: VATContext)]) -> [BusinessRule] {
        var cen: [String: BusinessRule] = [:]
        for rule in EN16931Rules.cii where cen[rule.id] == nil { cen[rule.id] = rule }
        // The rules of one context share its nodes, selected once per document.
        var keys: [VATContext: RuleMemoKey] = [:]
        return list.compactMap { entry in
            guard let rule = cen[entry.id] else { return nil }
            let context = entry.context
            let key = keys[context] ?? RuleMemoKey()
            keys[context] = key
            // The CEN rule checked on the summation (BR-CO-15) is written on the root, its own context.
            let test: @Sendable (RuleNode, RuleDocument) -> Bool =
                if case .summation = context { { _, document in rule.test(document.root, document) } } else {
                    rule.test
                }
            return BusinessRule(
                rule.id,
                rule.severity,
                message: rule.message,
                context: { document in document.memoized(key) { context.nodes(in: document) } },
                test: test
            )
        }
    }

    /// The EN 16931 rules the MINIMUM Schematron states with the CEN test on a context of its own.
    static let recontextedOfMinimum: [(id: String, context: VATContext)] = [
        ("BR-E-03", .allowanceTax("E")),
        ("BR-E-06", .allowanceTax("E")),
        ("BR-G-03", .allowanceTax("G")),
        ("BR-G-06", .allowanceTax("G")),
        ("BR-IC-03", .allowanceTax("K")),
        ("BR-IC-06", .allowanceTax("K")),
        ("BR-O-03", .allowanceTax("O")),
        ("BR-O-06", .allowanceTax("O")),
        ("BR-E-04", .chargeTax("E")),
        ("BR-E-07", .chargeTax("E")),
        ("BR-G-04", .chargeTax("G")),
        ("BR-G-07", .chargeTax("G")),
        ("BR-IC-04", .chargeTax("K")),
        ("BR-IC-07", .chargeTax("K")),
        ("BR-O-04", .chargeTax("O")),
        ("BR-E-10", .headerCategory("E")),
        ("BR-G-09", .headerCategory("G")),
        ("BR-G-10", .headerCategory("G")),
        ("BR-IC-09", .headerCategory("K")),
        ("BR-IC-10", .headerCategory("K")),
        ("BR-IC-11", .headerCategory("K")),
        ("BR-IC-12", .headerCategory("K")),
        ("BR-O-08", .headerTax("O")),
        ("BR-O-09", .headerTax("O")),
        ("BR-O-10", .headerTax("O")),
        ("BR-O-11", .headerTax("O")),
        ("BR-O-12", .headerTax("O")),
        ("BR-O-13", .headerTax("O")),
        ("BR-O-14", .headerTax("O")),
        ("BR-E-02", .lineTax("E")),
        ("BR-E-05", .lineTax("E")),
        ("BR-G-02", .lineTax("G")),
        ("BR-G-05", .lineTax("G")),
        ("BR-IC-02", .lineTax("K")),
        ("BR-IC-05", .lineTax("K")),
    ]

    /// The EN 16931 rules the BASICWL Schematron states with the CEN test on a context of its own.
    static let recontextedOfBasicWL: [(id: String, context: VATContext)] = [
        ("BR-45", .headerTaxes),
        ("BR-46", .headerTaxes),
        ("BR-CO-17", .headerTaxes),
        ("BR-DEC-19", .headerTaxes),
        ("BR-DEC-20", .headerTaxes),
        ("BR-AE-03", .allowanceTax("AE")),
        ("BR-AE-06", .allowanceTax("AE")),
        ("BR-E-03", .allowanceTax("E")),
        ("BR-E-06", .allowanceTax("E")),
        ("BR-G-03", .allowanceTax("G")),
        ("BR-G-06", .allowanceTax("G")),
        ("BR-IC-03", .allowanceTax("K")),
        ("BR-IC-06", .allowanceTax("K")),
        ("BR-AF-03", .allowanceTax("L")),
        ("BR-AF-06", .allowanceTax("L")),
        ("BR-AG-03", .allowanceTax("M")),
        ("BR-AG-06", .allowanceTax("M")),
        ("BR-O-03", .allowanceTax("O")),
        ("BR-O-06", .allowanceTax("O")),
        ("BR-S-03", .allowanceTax("S")),
        ("BR-S-06", .allowanceTax("S")),
        ("BR-Z-03", .allowanceTax("Z")),
        ("BR-Z-06", .allowanceTax("Z")),
        ("BR-AE-04", .chargeTax("AE")),
        ("BR-AE-07", .chargeTax("AE")),
        ("BR-E-04", .chargeTax("E")),
        ("BR-E-07", .chargeTax("E")),
        ("BR-G-04", .chargeTax("G")),
        ("BR-G-07", .chargeTax("G")),
        ("BR-IC-04", .chargeTax("K")),
        ("BR-IC-07", .chargeTax("K")),
        ("BR-AF-04", .chargeTax("L")),
        ("BR-AF-07", .chargeTax("L")),
        ("BR-AG-04", .chargeTax("M")),
        ("BR-AG-07", .chargeTax("M")),
        ("BR-O-04", .chargeTax("O")),
        ("BR-O-07", .chargeTax("O")),
        ("BR-S-04", .chargeTax("S")),
        ("BR-S-07", .chargeTax("S")),
        ("BR-Z-04", .chargeTax("Z")),
        ("BR-Z-07", .chargeTax("Z")),
        ("BR-CO-15", .summation),
        ("BR-AE-09", .headerCategory("AE")),
        ("BR-AE-10", .headerCategory("AE")),
        ("BR-E-09", .headerCategory("E")),
        ("BR-E-10", .headerCategory("E")),
        ("BR-G-09", .headerCategory("G")),
        ("BR-G-10", .headerCategory("G")),
        ("BR-IC-09", .headerCategory("K")),
        ("BR-IC-10", .headerCategory("K")),
        ("BR-IC-11", .headerCategory("K")),
        ("BR-IC-12", .headerCategory("K")),
        ("BR-AF-09", .headerTax("L")),
        ("BR-AF-10", .headerTax("L")),
        ("BR-AG-09", .headerTax("M")),
        ("BR-AG-10", .headerTax("M")),
        ("BR-O-09", .headerTax("O")),
        ("BR-O-10", .headerTax("O")),
        ("BR-O-11", .headerTax("O")),
        ("BR-O-13", .headerTax("O")),
        ("BR-O-14", .headerTax("O")),
    ]

    /// The EN 16931 rules the BASIC Schematron states with the CEN test on a context of its own.
    static let recontextedOfBasic: [(id: String, context: VATContext)] = [
        ("BR-45", .headerTaxes),
        ("BR-46", .headerTaxes),
        ("BR-CO-17", .headerTaxes),
        ("BR-DEC-19", .headerTaxes),
        ("BR-DEC-20", .headerTaxes),
        ("BR-AE-03", .allowanceTax("AE")),
        ("BR-AE-06", .allowanceTax("AE")),
        ("BR-E-03", .allowanceTax("E")),
        ("BR-E-06", .allowanceTax("E")),
        ("BR-G-03", .allowanceTax("G")),
        ("BR-G-06", .allowanceTax("G")),
        ("BR-IC-03", .allowanceTax("K")),
        ("BR-IC-06", .allowanceTax("K")),
        ("BR-AF-03", .allowanceTax("L")),
        ("BR-AF-06", .allowanceTax("L")),
        ("BR-AG-03", .allowanceTax("M")),
        ("BR-AG-06", .allowanceTax("M")),
        ("BR-O-03", .allowanceTax("O")),
        ("BR-O-06", .allowanceTax("O")),
        ("BR-S-03", .allowanceTax("S")),
        ("BR-S-06", .allowanceTax("S")),
        ("BR-Z-03", .allowanceTax("Z")),
        ("BR-Z-06", .allowanceTax("Z")),
        ("BR-AE-04", .chargeTax("AE")),
        ("BR-AE-07", .chargeTax("AE")),
        ("BR-E-04", .chargeTax("E")),
        ("BR-E-07", .chargeTax("E")),
        ("BR-G-04", .chargeTax("G")),
        ("BR-G-07", .chargeTax("G")),
        ("BR-IC-04", .chargeTax("K")),
        ("BR-IC-07", .chargeTax("K")),
        ("BR-AF-04", .chargeTax("L")),
        ("BR-AF-07", .chargeTax("L")),
        ("BR-AG-04", .chargeTax("M")),
        ("BR-AG-07", .chargeTax("M")),
        ("BR-O-04", .chargeTax("O")),
        ("BR-O-07", .chargeTax("O")),
        ("BR-S-04", .chargeTax("S")),
        ("BR-S-07", .chargeTax("S")),
        ("BR-Z-04", .chargeTax("Z")),
        ("BR-Z-07", .chargeTax("Z")),
        ("BR-CO-15", .summation),
        ("BR-AE-09", .headerCategory("AE")),
        ("BR-AE-10", .headerCategory("AE")),
        ("BR-E-09", .headerCategory("E")),
        ("BR-E-10", .headerCategory("E")),
        ("BR-G-09", .headerCategory("G")),
        ("BR-G-10", .headerCategory("G")),
        ("BR-IC-09", .headerCategory("K")),
        ("BR-IC-10", .headerCategory("K")),
        ("BR-IC-11", .headerCategory("K")),
        ("BR-IC-12", .headerCategory("K")),
        ("BR-AF-09", .headerTax("L")),
        ("BR-AF-10", .headerTax("L")),
        ("BR-AG-09", .headerTax("M")),
        ("BR-AG-10", .headerTax("M")),
        ("BR-O-08", .headerTax("O")),
        ("BR-O-09", .headerTax("O")),
        ("BR-O-10", .headerTax("O")),
        ("BR-O-11", .headerTax("O")),
        ("BR-O-12", .headerTax("O")),
        ("BR-O-13", .headerTax("O")),
        ("BR-O-14", .headerTax("O")),
        ("BR-AE-02", .lineTax("AE")),
        ("BR-AE-05", .lineTax("AE")),
        ("BR-E-02", .lineTax("E")),
        ("BR-E-05", .lineTax("E")),
        ("BR-G-02", .lineTax("G")),
        ("BR-G-05", .lineTax("G")),
        ("BR-IC-02", .lineTax("K")),
        ("BR-IC-05", .lineTax("K")),
        ("BR-AF-02", .lineTax("L")),
        ("BR-AF-05", .lineTax("L")),
        ("BR-AG-02", .lineTax("M")),
        ("BR-AG-05", .lineTax("M")),
        ("BR-O-02", .lineTax("O")),
        ("BR-O-05", .lineTax("O")),
        ("BR-S-02", .lineTax("S")),
        ("BR-S-05", .lineTax("S")),
        ("BR-Z-02", .lineTax("Z")),
        ("BR-Z-05", .lineTax("Z")),
    ]

    /// The EN 16931 rules the EN16931 Schematron states with the CEN test on a context of its own.
    static let recontextedOfEn16931: [(id: String, context: VATContext)] = [
        ("BR-45", .headerTaxes),
        ("BR-46", .headerTaxes),
        ("BR-CO-17", .headerTaxes),
        ("BR-DEC-19", .headerTaxes),
        ("BR-DEC-20", .headerTaxes),
        ("BR-AE-03", .allowanceTax("AE")),
        ("BR-AE-06", .allowanceTax("AE")),
        ("BR-E-03", .allowanceTax("E")),
        ("BR-E-06", .allowanceTax("E")),
        ("BR-G-03", .allowanceTax("G")),
        ("BR-G-06", .allowanceTax("G")),
        ("BR-IC-03", .allowanceTax("K")),
        ("BR-IC-06", .allowanceTax("K")),
        ("BR-AF-03", .allowanceTax("L")),
        ("BR-AF-06", .allowanceTax("L")),
        ("BR-AG-03", .allowanceTax("M")),
        ("BR-AG-06", .allowanceTax("M")),
        ("BR-O-03", .allowanceTax("O")),
        ("BR-O-06", .allowanceTax("O")),
        ("BR-S-03", .allowanceTax("S")),
        ("BR-S-06", .allowanceTax("S")),
        ("BR-Z-03", .allowanceTax("Z")),
        ("BR-Z-06", .allowanceTax("Z")),
        ("BR-AE-04", .chargeTax("AE")),
        ("BR-AE-07", .chargeTax("AE")),
        ("BR-E-04", .chargeTax("E")),
        ("BR-E-07", .chargeTax("E")),
        ("BR-G-04", .chargeTax("G")),
        ("BR-G-07", .chargeTax("G")),
        ("BR-IC-04", .chargeTax("K")),
        ("BR-IC-07", .chargeTax("K")),
        ("BR-AF-04", .chargeTax("L")),
        ("BR-AF-07", .chargeTax("L")),
        ("BR-AG-04", .chargeTax("M")),
        ("BR-AG-07", .chargeTax("M")),
        ("BR-O-04", .chargeTax("O")),
        ("BR-O-07", .chargeTax("O")),
        ("BR-S-04", .chargeTax("S")),
        ("BR-S-07", .chargeTax("S")),
        ("BR-Z-04", .chargeTax("Z")),
        ("BR-Z-07", .chargeTax("Z")),
        ("BR-CO-15", .summation),
        ("BR-AE-09", .headerCategory("AE")),
        ("BR-AE-10", .headerCategory("AE")),
        ("BR-E-09", .headerCategory("E")),
        ("BR-E-10", .headerCategory("E")),
        ("BR-G-09", .headerCategory("G")),
        ("BR-G-10", .headerCategory("G")),
        ("BR-IC-09", .headerCategory("K")),
        ("BR-IC-10", .headerCategory("K")),
        ("BR-IC-11", .headerCategory("K")),
        ("BR-IC-12", .headerCategory("K")),
        ("BR-AF-09", .headerTax("L")),
        ("BR-AF-10", .headerTax("L")),
        ("BR-AG-09", .headerTax("M")),
        ("BR-AG-10", .headerTax("M")),
        ("BR-O-08", .headerTax("O")),
        ("BR-O-09", .headerTax("O")),
        ("BR-O-10", .headerTax("O")),
        ("BR-O-11", .headerTax("O")),
        ("BR-O-12", .headerTax("O")),
        ("BR-O-13", .headerTax("O")),
        ("BR-O-14", .headerTax("O")),
        ("BR-AE-02", .lineTax("AE")),
        ("BR-AE-05", .lineTax("AE")),
        ("BR-E-02", .lineTax("E")),
        ("BR-E-05", .lineTax("E")),
        ("BR-G-02", .lineTax("G")),
        ("BR-G-05", .lineTax("G")),
        ("BR-IC-02", .lineTax("K")),
        ("BR-IC-05", .lineTax("K")),
        ("BR-AF-02", .lineTax("L")),
        ("BR-AF-05", .lineTax("L")),
        ("BR-AG-02", .lineTax("M")),
        ("BR-AG-05", .lineTax("M")),
        ("BR-O-02", .lineTax("O")),
        ("BR-O-05", .lineTax("O")),
        ("BR-S-02", .lineTax("S")),
        ("BR-S-05", .lineTax("S")),
        ("BR-Z-02", .lineTax("Z")),
        ("BR-Z-05", .lineTax("Z")),
    ]

    /// The EN 16931 rules the EXTENDED Schematron states with the CEN test on a context of its own.
    static let recontextedOfExtended: [(id: String, context: VATContext)] = [
        ("BR-45", .headerTaxes),
        ("BR-46", .headerTaxes),
        ("BR-DEC-19", .headerTaxes),
        ("BR-DEC-20", .headerTaxes),
        ("BR-AE-03", .allowanceTax("AE")),
        ("BR-AE-06", .allowanceTax("AE")),
        ("BR-E-03", .allowanceTax("E")),
        ("BR-E-06", .allowanceTax("E")),
        ("BR-G-03", .allowanceTax("G")),
        ("BR-G-06", .allowanceTax("G")),
        ("BR-IC-03", .allowanceTax("K")),
        ("BR-IC-06", .allowanceTax("K")),
        ("BR-AF-03", .allowanceTax("L")),
        ("BR-AF-06", .allowanceTax("L")),
        ("BR-AG-03", .allowanceTax("M")),
        ("BR-AG-06", .allowanceTax("M")),
        ("BR-O-06", .allowanceTax("O")),
        ("BR-S-03", .allowanceTax("S")),
        ("BR-S-06", .allowanceTax("S")),
        ("BR-Z-03", .allowanceTax("Z")),
        ("BR-Z-06", .allowanceTax("Z")),
        ("BR-AE-04", .chargeTax("AE")),
        ("BR-AE-07", .chargeTax("AE")),
        ("BR-E-04", .chargeTax("E")),
        ("BR-E-07", .chargeTax("E")),
        ("BR-G-04", .chargeTax("G")),
        ("BR-G-07", .chargeTax("G")),
        ("BR-IC-04", .chargeTax("K")),
        ("BR-IC-07", .chargeTax("K")),
        ("BR-AF-04", .chargeTax("L")),
        ("BR-AF-07", .chargeTax("L")),
        ("BR-AG-04", .chargeTax("M")),
        ("BR-AG-07", .chargeTax("M")),
        ("BR-O-07", .chargeTax("O")),
        ("BR-S-04", .chargeTax("S")),
        ("BR-S-07", .chargeTax("S")),
        ("BR-Z-04", .chargeTax("Z")),
        ("BR-Z-07", .chargeTax("Z")),
        ("BR-AE-09", .headerCategory("AE")),
        ("BR-AE-10", .headerCategory("AE")),
        ("BR-E-09", .headerCategory("E")),
        ("BR-E-10", .headerCategory("E")),
        ("BR-G-09", .headerCategory("G")),
        ("BR-G-10", .headerCategory("G")),
        ("BR-IC-09", .headerCategory("K")),
        ("BR-IC-10", .headerCategory("K")),
        ("BR-IC-11", .headerCategory("K")),
        ("BR-IC-12", .headerCategory("K")),
        ("BR-AF-09", .headerTax("L")),
        ("BR-AG-09", .headerTax("M")),
        ("BR-O-09", .headerTax("O")),
        ("BR-O-10", .headerTax("O")),
        ("BR-AE-02", .lineTax("AE")),
        ("BR-AE-05", .lineTax("AE")),
        ("BR-E-02", .lineTax("E")),
        ("BR-E-05", .lineTax("E")),
        ("BR-G-02", .lineTax("G")),
        ("BR-G-05", .lineTax("G")),
        ("BR-IC-02", .lineTax("K")),
        ("BR-IC-05", .lineTax("K")),
        ("BR-AF-02", .lineTax("L")),
        ("BR-AF-05", .lineTax("L")),
        ("BR-AG-02", .lineTax("M")),
        ("BR-AG-05", .lineTax("M")),
        ("BR-O-05", .lineTax("O")),
        ("BR-S-02", .lineTax("S")),
        ("BR-S-05", .lineTax("S")),
        ("BR-Z-02", .lineTax("Z")),
        ("BR-Z-05", .lineTax("Z")),
    ]
}
