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
        let (tree, names) = RuleNode.tree(of: document)
        return try validate(tree, names: names, ruleSets: ruleSets, file: file)
    }

    /// Parses untrusted bytes straight into the rule tree and checks it against `ruleSets`.
    ///
    /// - Throws: ``FacturXError`` when the XML is malformed or hostile, or the root is no invoice.
    static func validate(
        parsing bytes: some Collection<UInt8>,
        ruleSets: Set<BusinessRuleSet>,
        file: String?
    ) throws(FacturXError) -> ValidationReport {
        let (tree, names) = try RuleNode.tree(parsing: bytes)
        return try validate(tree, names: names, ruleSets: ruleSets, file: file)
    }

    /// Checks a rule tree against `ruleSets`.
    private static func validate(
        _ tree: RuleNode,
        names: [String],
        ruleSets: Set<BusinessRuleSet>,
        file: String?
    ) throws(FacturXError) -> ValidationReport {
        guard let syntax = InvoiceSyntax(namespace: tree.namespace, name: tree.name) else {
            throw InvoiceSyntax.unsupportedRoot(namespace: tree.namespace, name: tree.name)
        }
        let binding: RuleBinding = syntax.isUBL ? .ubl : .cii
        let ruleDocument = RuleDocument(root: tree, names: names, binding: binding)
        let guideline =
            (syntax.isUBL
            ? tree.string("cbc:CustomizationID")
            : tree.string("rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"))
            .map(XPath.normalizeSpace)
        var violations: [RuleViolation] = []
        for ruleSet in BusinessRuleSet.all where ruleSets.contains(ruleSet) {
            for rule in rules(of: ruleSet, syntax: syntax, guidelineID: guideline) {
                violations += rule.check(ruleDocument, in: ruleSet)
            }
        }
        return ValidationReport(file: file, syntax: syntax, guidelineID: guideline, violations: violations)
    }

    /// The rules of one set for a document of this syntax and specification identifier.
    static func rules(of ruleSet: BusinessRuleSet, syntax: InvoiceSyntax, guidelineID: String?) -> [BusinessRule] {
        switch ruleSet {
        case .en16931:
            return EN16931Rules.rules(isUBL: syntax.isUBL)
        case .frenchCTC:
            return FrenchRules.rules(isUBL: syntax.isUBL)
        case .factureKit:
            return FactureKitRules.rules(isUBL: syntax.isUBL)
        case .facturXProfile:
            guard !syntax.isUBL, let profile = guidelineID.flatMap(FacturXProfile.init(guidelineID:)) else {
                return []
            }
            return FacturXProfileRules.rules(for: profile)
        default:
            return []
        }
    }
}
