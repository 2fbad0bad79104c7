// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Runs rule sets over one parsed invoice document and gathers the report.
enum RuleEngine {
    /// Checks `document` against `ruleSets`, in the order of ``BusinessRuleSet/all``.
    ///
    /// - Throws: ``FacturXError`` (`unsupportedDocument`) when the root is no CII or UBL invoice.
    static func validate(
        _ document: XMLDocument,
        ruleSets: Set<BusinessRuleSet>,
        file: String?
    ) throws(FacturXError) -> ValidationReport {
        try validate(RuleTree(document), ruleSets: ruleSets, file: file)
    }

    /// Parses untrusted bytes straight into the rule tree and checks it against `ruleSets`.
    ///
    /// - Throws: ``FacturXError`` when the XML is malformed or hostile, or the root is no invoice.
    static func validate(
        parsing bytes: some Collection<UInt8>,
        ruleSets: Set<BusinessRuleSet>,
        file: String?
    ) throws(FacturXError) -> ValidationReport {
        try validate(RuleTree.parsing(bytes), ruleSets: ruleSets, file: file)
    }

    /// The violations of an explicit list of rules in `document`, reported under `ruleSet`; for tests
    /// and tools that check one artefact's rules on any document, whatever its profile.
    ///
    /// - Throws: ``FacturXError`` (`unsupportedDocument`) when the root is no CII or UBL invoice.
    static func violations(
        of rules: [BusinessRule],
        in document: XMLDocument,
        ruleSet: BusinessRuleSet = .en16931
    ) throws(FacturXError) -> [RuleViolation] {
        let tree = RuleTree(document)
        guard let syntax = InvoiceSyntax(namespace: tree.root.namespace, name: tree.root.name) else {
            throw InvoiceSyntax.unsupportedRoot(namespace: tree.root.namespace, name: tree.root.name)
        }
        let ruleDocument = RuleDocument(tree: tree, binding: syntax.isUBL ? .ubl : .cii)
        return rules.flatMap { $0.check(ruleDocument, in: ruleSet) }
    }

    /// Checks a rule tree against `ruleSets`.
    private static func validate(
        _ ruleTree: RuleTree,
        ruleSets: Set<BusinessRuleSet>,
        file: String?
    ) throws(FacturXError) -> ValidationReport {
        let tree = ruleTree.root
        guard let syntax = InvoiceSyntax(namespace: tree.namespace, name: tree.name) else {
            throw InvoiceSyntax.unsupportedRoot(namespace: tree.namespace, name: tree.name)
        }
        let binding: RuleBinding = syntax.isUBL ? .ubl : .cii
        let ruleDocument = RuleDocument(tree: ruleTree, binding: binding)
        let guideline =
            (syntax.isUBL
            ? tree.string("cbc:CustomizationID")
            : tree.string("rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"))
            .map(XPath.normalizeSpace)
        let plan = RulePlan.cached(ruleSets: ruleSets, syntax: syntax, guidelineID: guideline)
        var violations: [RuleViolation] = []
        var kept = [[RuleViolation]](repeating: [], count: plan.keptCount)
        // Which batches have failures, found when a batch is first met.
        var batchFailures = [[[RuleNode]]?](repeating: nil, count: plan.batches.count)
        plan.steps.withUnsafeBufferPointer { steps in
            for index in steps.indices {
                if let reused = steps[index].reuses {
                    // The same rule object in an earlier set: its verdict, under this set's name.
                    for var violation in kept[reused] {
                        violation.ruleSet = steps[index].ruleSet
                        violations.append(violation)
                    }
                    continue
                }
                let batch = steps[index].batch
                if batch >= 0 {
                    if batchFailures[batch] == nil { batchFailures[batch] = plan.batches[batch].failures(ruleDocument) }
                    if batchFailures[batch]?[steps[index].position].isEmpty ?? true { continue }
                }
                let found = steps[index].rule.check(ruleDocument, in: steps[index].ruleSet)
                if found.isEmpty { continue }
                if let slot = steps[index].keeps { kept[slot] = found }
                violations += found
            }
        }
        return ValidationReport(file: file, syntax: syntax, guidelineID: guideline, violations: violations)
    }

    /// The rules of one set for a document of this syntax and specification identifier.
    ///
    /// The sets follow the official validation of each profile: the EN 16931 set is empty for MINIMUM and
    /// BASIC WL (not EN 16931 invoices) and, for an EXTENDED-CTC-FR invoice, is the EXTENDED-CTC-FR
    /// artefact, which replaces the CEN one for that profile (``ExtendedCTCFRRules``); the Factur-X
    /// profile set applies to CII whose BT-24 names a Factur-X (or ZUGFeRD 2) profile, not XRechnung.
    static func rules(of ruleSet: BusinessRuleSet, syntax: InvoiceSyntax, guidelineID: String?) -> [BusinessRule] {
        let profile = guidelineID.flatMap(FacturXProfile.init(guidelineID:))
        switch ruleSet {
        case .en16931 where profile == .minimum || profile == .basicWL:
            // Not EN 16931 invoices: only their profile Schematron applies.
            return []
        case .en16931 where profile == .extendedCTCFR:
            return ExtendedCTCFRRules.rules(isUBL: syntax.isUBL)
        case .en16931:
            return EN16931Rules.rules(isUBL: syntax.isUBL)
        case .frenchCTC:
            return FrenchRules.rules(isUBL: syntax.isUBL)
        case .factureKit:
            return FactureKitRules.rules(isUBL: syntax.isUBL)
        case .facturXProfile:
            // XRechnung reads as EN 16931 for writing, but it is no Factur-X profile: no profile Schematron.
            guard !syntax.isUBL, let profile, !(guidelineID ?? "").lowercased().contains("xrechnung") else { return [] }
            return FacturXProfileRules.rules(for: profile)
        default:
            return []
        }
    }
}
