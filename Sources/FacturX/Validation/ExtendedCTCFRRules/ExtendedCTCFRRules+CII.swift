// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

internal import FactureModel

extension ExtendedCTCFRRules {
    /// The rules of `EXTENDED-CTC-FR-CII.xslt` (FNFE-MPE France_RFE 1.4.0): the EN 16931 CII artefact as the French
    /// EXTENDED-CTC-FR profile restates it, 747 assertions in six patterns.
    ///
    /// For an invoice of that profile it replaces the CEN artefact (release 1.3.16). In substance it:
    /// - lets invoice lines be structured in sub-lines (`LineStatusReasonCode` `DETAIL`, `GROUP`,
    ///   `INFORMATION`): the line rules BR-22 … BR-26, BR-CO-04, the totals BR-CO-10 … BR-CO-15 and the VAT
    ///   category rules -01 become `BR-FREXT-*` rules counting `DETAIL` (or unqualified) lines only, and
    ///   `BR-FREXT-05` … `-12` check the sub-line tree (`ParentLineID`, `GROUP` totals);
    /// - accepts several rates per VAT category and rounding differences: the VAT breakdown rules -08 (and
    ///   BR-S-09) become `BR-FXEXT-*-08` (fatal, taxable amount within 0.01 per summed amount, with or
    ///   without matching exemption reasons, logistics service charges included) with the warnings
    ///   `-08ini` and `-08rev`; BR-S-10, BR-Z-08/-10, BR-O-02 … -04 and -08 … -14, BR-AE/E/G/IC-08,
    ///   BR-AF/AG-08/-10 and BR-CO-17 are dropped, and BR-45 … BR-48, BR-CO-03 and BR-DEC-19/20 only reach
    ///   breakdowns no category rule took (non-VAT taxes, other categories);
    /// - drops BR-27 and BR-28 (negative item prices allowed) and BR-CO-22/-24 (restated with BR-38/-44);
    /// - accepts tax reasons on charges (`BR-FREXT-BR-38`, `-44`, the `BR-FREXT-CL-20*` lists), item
    ///   attribute codes and measured values (`BR-FREXT-54-*`, `BR-FXEXT-04`), more MIME codes, INCOTERMS,
    ///   and many more elements (79 CEN CII-SR/CII-DT assertions dropped, 7 of them restated, CII-SR-454
    ///   relaxed to at most one line VAT);
    /// - adds BR-CO-25 (payment terms when an amount is due) and BR-CO-27 (IBAN or proprietary account
    ///   identifier, not both).
    ///
    /// Assertions stated as CEN states them, on the same context, are CEN's rules from ``EN16931Rules``.
    /// Two assertions have no `id` (the SVRL `failed-assert` then has no `id` attribute, and one no `flag`):
    /// they carry the identifier their text starts with, `BR-FXEXT-04` (warning) and `BR-CO-27` (fatal, the
    /// Schematron default for an assertion without a flag).
    static let cii: [BusinessRule] = ciiModel + ciiSyntax + ciiCodeLists + ciiExtensionPatterns
}

// MARK: - Helpers

extension ExtendedCTCFRRules {
    /// The CEN CII rules, by identifier (the first of an identifier).
    private static let cenCII: [String: BusinessRule] = {
        var rules: [String: BusinessRule] = [:]
        for rule in EN16931Rules.cii where rules[rule.id] == nil { rules[rule.id] = rule }
        return rules
    }()

    /// The CEN rules of these identifiers, as they are.
    private static func cen(_ ids: [String]) -> [BusinessRule] {
        ids.map { id in
            guard let rule = cenCII[id] else { preconditionFailure("no CEN CII rule \(id)") }
            return rule
        }
    }

    /// A rule of this artefact with its official text.
    private static func rule(
        _ id: String,
        _ severity: RuleViolation.Severity = .fatal,
        context: @escaping @Sendable (RuleDocument) -> [RuleNode],
        test: @escaping @Sendable (RuleNode, RuleDocument) -> Bool
    ) -> BusinessRule {
        BusinessRule(id, severity, message: ExtendedCTCFRCIITables.message(id), context: context, test: test)
    }

    /// `[not(ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode) or … = 'DETAIL']`: whether a node is a
    /// regular (detail) line in the artefact's sense, read from its own `AssociatedDocumentLineDocument`.
    static func ciiIsDetail(_ node: RuleNode) -> Bool {
        let codes = node.select("ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode")
        return codes.isEmpty || codes.contains { $0.stringValue == "DETAIL" }
    }

    /// `/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem`.
    static func ciiLineItems(_ document: RuleDocument) -> [RuleNode] {
        guard document.root.qualifiedName == "rsm:CrossIndustryInvoice" else { return [] }
        return document.fromRoot("rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem")
    }

    /// `/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/` + `path`.
    static func ciiHeaderSettlement(_ document: RuleDocument, _ path: String) -> [RuleNode] {
        guard document.root.qualifiedName == "rsm:CrossIndustryInvoice" else { return [] }
        return document.fromRoot("rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/" + path)
    }

    /// Whether an allowance/charge's `ram:ChargeIndicator/udt:Indicator` is the string `value`.
    static func ciiIndicator(_ group: RuleNode, _ value: String) -> Bool {
        group.contains("ram:ChargeIndicator/udt:Indicator") { $0.stringValue == value }
    }

    /// `round(sum(values) * 100) div 100`.
    static func ciiCents(_ values: [ExactDecimal]) -> ExactDecimal {
        XPath.roundCents(values.reduce(.zero, +))
    }

    /// `xs:decimal` of every node (the artefact's casts; a value that is not a decimal stops the artefact, here
    /// it is left out).
    static func ciiDecimals(_ nodes: [RuleNode]) -> [ExactDecimal] {
        nodes.compactMap { XPath.decimal($0.stringValue) }
    }

    /// `abs(difference) le 0.01 * count`.
    static func ciiWithinCents(_ difference: ExactDecimal, _ count: Int) -> Bool {
        !(ExactDecimal(count) * ExactDecimal(significand: 1, scale: 2) < difference.magnitude)
    }
}

// MARK: - EN16931-CII-Model

extension ExtendedCTCFRRules {
    /// The pattern `EN16931-CII-Model` as this artefact states it, in the official order.
    static let ciiModel: [BusinessRule] =
        cen(["BR-65", "BR-52", "BR-51", "BR-50", "BR-61", "BR-57"])
        + cen(["BR-31", "BR-32", "BR-33", "BR-CO-05", "BR-CO-21", "BR-DEC-01", "BR-DEC-02"])
        + cen(["BR-36", "BR-37"]) + [chargeReason("BR-FREXT-BR-38", line: false)]
        + cen(["BR-CO-06", "BR-DEC-05", "BR-DEC-06"])
        + cen(["BR-12", "BR-13", "BR-14", "BR-15", "BR-53"]) + summationRules
        + cen(["BR-CO-16", "BR-DEC-09", "BR-DEC-10", "BR-DEC-11", "BR-DEC-12", "BR-DEC-14", "BR-DEC-13"])
        + cen(["BR-DEC-15", "BR-DEC-16", "BR-DEC-17", "BR-DEC-18"])
        + cen(["BR-01", "BR-02", "BR-03", "BR-04", "BR-05", "BR-06", "BR-07", "BR-08", "BR-09", "BR-10", "BR-11"])
        + cen(["BR-16", "BR-62", "BR-63"]) + [paymentTermsRule] + categoryPresenceRules + cen(["BR-B-01", "BR-B-02"])
        + cen(["BR-21", "BR-25", "BR-64", "BR-CO-18", "BR-DEC-23"]) + detailLineRules
        + cen(["BR-41", "BR-42", "BR-CO-07", "BR-CO-23", "BR-DEC-24", "BR-DEC-25"])
        + cen(["BR-43"]) + [chargeReason("BR-FREXT-BR-44", line: true)] + cen(["BR-CO-08", "BR-DEC-27", "BR-DEC-28"])
        + cen(["BR-30", "BR-CO-20", "BR-29", "BR-CO-19"]) + itemAttributeRules
        + cen(["BR-17", "BR-49", "BR-55", "BR-CO-26", "BR-18", "BR-19", "BR-20", "BR-56", "BR-CO-14", "BR-CO-09"])
        + ciiVATCategoryRules + ciiBreakdownRules

    /// BR-FREXT-BR-38 and BR-FREXT-BR-44: a charge (document or line level) has a reason or a reason code; the
    /// context is the charge's `ram:ChargeIndicator` whose `udt:Indicator` is the string `true`.
    private static func chargeReason(_ id: String, line: Bool) -> BusinessRule {
        let settlement = line ? "ram:SpecifiedLineTradeSettlement" : "ram:ApplicableHeaderTradeSettlement"
        return rule(
            id,
            context: { document in
                document.all(settlement, "ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator").filter {
                    $0.containsChild("udt:Indicator") { $0.stringValue == "true" }
                }
            },
            test: { node, _ in
                guard let charge = node.parent else { return false }
                return charge.exists("ram:Reason") || charge.exists("ram:ReasonCode")
            }
        )
    }

    /// BR-CO-25: `(number(//ram:DuePayableAmount) > 0 and (//ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime or
    /// //ram:SpecifiedTradePaymentTerms/ram:Description)) or not(number(//ram:DuePayableAmount) > 0)`.
    private static let paymentTermsRule = BusinessRule.root(
        "BR-CO-25",
        message: ExtendedCTCFRCIITables.message("BR-CO-25")
    ) { _, document in
        let due = document.all("ram:DuePayableAmount")
        // `number()` of one node; NaN (not positive) when absent or not a number.
        guard due.count == 1, let amount = XPath.decimal(due[0].stringValue), amount > .zero else { return true }
        return !document.all("ram:SpecifiedTradePaymentTerms", "ram:DueDateDateTime").isEmpty
            || !document.all("ram:SpecifiedTradePaymentTerms", "ram:Description").isEmpty
    }

    /// The category code of each VAT rule family.
    private static let familyCodes: [String: String] = [
        "AE": "AE", "AF": "L", "AG": "M", "E": "E", "G": "G", "IC": "K", "O": "O", "S": "S", "Z": "Z",
    ]

    /// BR-FREXT-S-01 … -AG-01 (on the root): a category used on a line (any line: the artefact's `DETAIL` filter
    /// reads a child the line settlement does not have) or an allowance/charge needs a breakdown of it, and a
    /// breakdown of it needs such a use.
    private static let categoryPresenceRules: [BusinessRule] = ["S", "Z", "E", "AE", "IC", "G", "O", "AF", "AG"].map {
        prefix in
        let code = familyCodes[prefix] ?? prefix
        return BusinessRule.root(
            "BR-FREXT-\(prefix)-01",
            message: ExtendedCTCFRCIITables.message("BR-FREXT-\(prefix)-01")
        ) { _, document in
            func has(_ tax: RuleNode) -> Bool { tax.containsChild("ram:CategoryCode") { $0.stringValue == code } }
            let header = document.all("ram:ApplicableHeaderTradeSettlement", "ram:ApplicableTradeTax").filter(has)
            let lines = document.all("ram:SpecifiedLineTradeSettlement").filter(ciiIsDetail).flatMap {
                $0.children("ram:ApplicableTradeTax")
            }.filter(has)
            let allowances = document.all("ram:CategoryTradeTax").filter(has)
            return (header.isEmpty && lines.isEmpty && allowances.isEmpty)
                || (!header.isEmpty && (!lines.isEmpty || !allowances.isEmpty))
        }
    }

    /// BR-FREXT-BR-22, -23, -24, -26 and BR-FREXT-CO-04 on the `ram:AssociatedDocumentLineDocument` of each
    /// detail line (without `LineStatusReasonCode`, or with `DETAIL`).
    private static let detailLineRules: [BusinessRule] = {
        let context: @Sendable (RuleDocument) -> [RuleNode] = { document in
            document.all("ram:IncludedSupplyChainTradeLineItem", "ram:AssociatedDocumentLineDocument").filter { node in
                let codes = node.children("ram:LineStatusReasonCode")
                return codes.isEmpty || codes.contains { $0.stringValue == "DETAIL" }
            }
        }
        func sibling(_ id: String, _ path: String) -> BusinessRule {
            rule(id, context: context) { node, _ in node.parent?.exists(path) ?? false }
        }
        return [
            sibling("BR-FREXT-BR-22", "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity"),
            rule("BR-FREXT-BR-23", context: context) { node, _ in
                node.parent?.select("ram:SpecifiedLineTradeDelivery/ram:BilledQuantity").contains {
                    $0.attribute("unitCode") != nil
                } ?? false
            },
            sibling(
                "BR-FREXT-BR-24",
                "ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"
            ),
            sibling("BR-FREXT-BR-26", "ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount"),
            rule("BR-FREXT-CO-04", context: context) { node, _ in
                node.parent?.select("ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax").contains {
                    RuleBinding.ciiIsVAT($0) && $0.exists("ram:CategoryCode")
                } ?? false
            },
        ]
    }()

    /// BR-FREXT-54-1 and -54-2 on `//ram:ApplicableProductCharacteristic`: a name or a code, and a value or a
    /// measured value with a unit, not both.
    private static let itemAttributeRules: [BusinessRule] = {
        let context: @Sendable (RuleDocument) -> [RuleNode] = { $0.all("ram:ApplicableProductCharacteristic") }
        return [
            rule("BR-FREXT-54-1", context: context) { node, _ in
                node.exists("ram:Description") || node.exists("ram:TypeCode")
            },
            rule("BR-FREXT-54-2", context: context) { node, _ in
                let measures = node.children("ram:ValueMeasure")
                if node.exists("ram:Value") { return measures.isEmpty }
                return measures.contains { measure in measure.attribute("unitCode").map { $0 != "" } ?? false }
            },
        ]
    }()
}

// MARK: - Document totals

extension ExtendedCTCFRRules {
    /// The sums the totals rules compare, read from a `ram:SpecifiedTradeSettlementHeaderMonetarySummation`.
    private struct Totals {
        let summation: RuleNode
        let document: RuleDocument

        /// `../../ram:IncludedSupplyChainTradeLineItem`, all or the detail ones.
        func lines(detailOnly: Bool) -> [RuleNode] {
            let all = summation.parent?.parent?.children("ram:IncludedSupplyChainTradeLineItem") ?? []
            return detailOnly ? all.filter(ExtendedCTCFRRules.ciiIsDetail) : all
        }

        /// The rounded sum of the detail lines' net amounts.
        var lineNetSum: ExactDecimal {
            let amounts = lines(detailOnly: true).flatMap {
                $0.select(
                    "ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"
                )
            }
            return ExtendedCTCFRRules.ciiCents(ExtendedCTCFRRules.ciiDecimals(amounts))
        }

        /// The document's allowances (`charge == false`) or charges, from the root.
        func documentAllowances(charge: Bool) -> [RuleNode] {
            ExtendedCTCFRRules.ciiHeaderSettlement(document, "ram:SpecifiedTradeAllowanceCharge").filter {
                ExtendedCTCFRRules.ciiIndicator($0, charge ? "true" : "false")
            }
        }

        /// `count(../ram:SpecifiedTradeAllowanceCharge[…Indicator = 'false' or 'true'])`, from the summation.
        func siblingCount(charge: Bool) -> Int {
            (summation.parent?.children("ram:SpecifiedTradeAllowanceCharge") ?? []).filter {
                ExtendedCTCFRRules.ciiIndicator($0, charge ? "true" : "false")
            }.count
        }

        /// `count(../ram:SpecifiedLogisticsServiceCharge)`.
        var logisticsCount: Int {
            summation.parent?.children("ram:SpecifiedLogisticsServiceCharge").count ?? 0
        }

        /// The rounded sum of the document allowances' or charges' amounts.
        func allowanceSum(charge: Bool) -> ExactDecimal {
            let amounts = documentAllowances(charge: charge).flatMap { $0.children("ram:ActualAmount") }
            return ExtendedCTCFRRules.ciiCents(ExtendedCTCFRRules.ciiDecimals(amounts))
        }

        /// The rounded sum of the logistics service charges' amounts.
        var logisticsSum: ExactDecimal {
            let amounts = ExtendedCTCFRRules.ciiHeaderSettlement(
                document,
                "ram:SpecifiedLogisticsServiceCharge/ram:AppliedAmount"
            )
            return ExtendedCTCFRRules.ciiCents(ExtendedCTCFRRules.ciiDecimals(amounts))
        }

        /// The number of amounts BR-FREXT-CO-13 and -15 allow 0.01 each for.
        var summedCount: Int {
            lines(detailOnly: true).count + siblingCount(charge: false) + siblingCount(charge: true) + logisticsCount
        }
    }

    /// BR-FREXT-CO-10, -11, -12, -13 and -15 on `//ram:SpecifiedTradeSettlementHeaderMonetarySummation`: the totals
    /// within 0.01 per summed amount, over the detail lines. A term the rule binds with `for` that is absent makes
    /// the rule yield nothing: it fails.
    private static let summationRules: [BusinessRule] = {
        let context: @Sendable (RuleDocument) -> [RuleNode] = {
            $0.all("ram:SpecifiedTradeSettlementHeaderMonetarySummation")
        }
        func totalsRule(_ id: String, _ test: @escaping @Sendable (Totals) -> Bool) -> BusinessRule {
            rule(id, context: context) { node, document in test(Totals(summation: node, document: document)) }
        }
        return [
            totalsRule("BR-FREXT-CO-10") { totals in
                guard let total = totals.summation.decimal("ram:LineTotalAmount") else { return false }
                return ciiWithinCents(total - totals.lineNetSum, totals.lines(detailOnly: false).count)
            },
            totalsRule("BR-FREXT-CO-11") { totals in
                let allowances = totals.documentAllowances(charge: false)
                if allowances.isEmpty && !totals.summation.exists("ram:AllowanceTotalAmount") { return true }
                guard let total = totals.summation.decimal("ram:AllowanceTotalAmount") else { return false }
                return ciiWithinCents(total - totals.allowanceSum(charge: false), totals.siblingCount(charge: false))
            },
            totalsRule("BR-FREXT-CO-12") { totals in
                let charges = totals.documentAllowances(charge: true)
                if charges.isEmpty && !totals.summation.exists("ram:ChargeTotalAmount") { return true }
                guard let total = totals.summation.decimal("ram:ChargeTotalAmount") else { return false }
                let sum = totals.allowanceSum(charge: true) + totals.logisticsSum
                return ciiWithinCents(total - sum, totals.siblingCount(charge: true) + totals.logisticsCount)
            },
            totalsRule("BR-FREXT-CO-13") { totals in
                guard let basis = totals.summation.decimal("ram:TaxBasisTotalAmount") else { return false }
                let difference =
                    basis - totals.lineNetSum + totals.allowanceSum(charge: false)
                    - (totals.allowanceSum(charge: true) + totals.logisticsSum)
                return ciiWithinCents(difference, totals.summedCount)
            },
            totalsRule("BR-FREXT-CO-15") { totals in
                guard let currency = totals.summation.parent?.children("ram:InvoiceCurrencyCode").first,
                    let basis = totals.summation.decimal("ram:TaxBasisTotalAmount"),
                    let grand = totals.summation.decimal("ram:GrandTotalAmount")
                else { return false }
                let taxTotals = totals.summation.children("ram:TaxTotalAmount").filter {
                    $0.attribute("currencyID") == currency.stringValue
                }
                // `xs:decimal(ram:TaxTotalAmount[@currencyID = $Currency])`: none yields nothing (the rule fails),
                // several stop the artefact.
                guard taxTotals.count == 1, let tax = XPath.decimal(taxTotals[0].stringValue) else { return false }
                return ciiWithinCents(grand - tax - basis, totals.summedCount)
            },
        ]
    }()
}
