// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The document a rule runs over: its tree, its syntax binding and an index of elements by name
/// (for the official rules' `//name` steps).
struct RuleDocument {
    /// The root element.
    let root: RuleNode
    /// How business terms map to elements in this syntax.
    let binding: RuleBinding
    private let index: [String: [RuleNode]]

    init(root: RuleNode, binding: RuleBinding) {
        self.root = root
        self.binding = binding
        var index: [String: [RuleNode]] = [root.qualifiedName: [root]]
        for node in root.descendants("*") { index[node.qualifiedName, default: []].append(node) }
        self.index = index
    }

    /// XPath `//name`: every element with this qualified name, in document order.
    func all(_ qualifiedName: String) -> [RuleNode] {
        index[qualifiedName] ?? []
    }

    /// XPath `//a/b/c`: the nodes reached from every `a` by the relative path `b/c`.
    func all(_ first: String, _ path: String) -> [RuleNode] {
        all(first).flatMap { $0.select(path) }
    }

    /// XPath `exists(//name)`.
    func exists(_ qualifiedName: String) -> Bool {
        !(index[qualifiedName]?.isEmpty ?? true)
    }
}

/// One business rule as the official Schematron states it: the elements it is checked on
/// (`rule/@context`) and the condition each must meet (`assert/@test`).
struct BusinessRule: Sendable {
    /// The official identifier, such as `BR-CO-10`.
    let id: String
    /// The official `flag`.
    let severity: RuleViolation.Severity
    /// The context nodes.
    let context: @Sendable (RuleDocument) -> [RuleNode]
    /// The assertion, true when the rule holds on a context node.
    let test: @Sendable (RuleNode, RuleDocument) -> Bool

    init(
        _ id: String,
        _ severity: RuleViolation.Severity = .fatal,
        context: @escaping @Sendable (RuleDocument) -> [RuleNode],
        test: @escaping @Sendable (RuleNode, RuleDocument) -> Bool
    ) {
        self.id = id
        self.severity = severity
        self.context = context
        self.test = test
    }

    /// A rule checked once, on the root element.
    static func root(
        _ id: String,
        _ severity: RuleViolation.Severity = .fatal,
        test: @escaping @Sendable (RuleNode, RuleDocument) -> Bool
    ) -> BusinessRule {
        BusinessRule(id, severity, context: { [$0.root] }, test: test)
    }

    /// Runs the rule and returns its violations.
    func check(_ document: RuleDocument) -> [RuleViolation] {
        context(document).compactMap { node in
            test(node, document)
                ? nil
                : RuleViolation(
                    ruleID: id,
                    severity: severity,
                    message: EN16931RuleText.message(for: id),
                    location: node.path
                )
        }
    }
}
