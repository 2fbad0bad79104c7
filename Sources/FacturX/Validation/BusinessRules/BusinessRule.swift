// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The document a rule runs over: its tree, its syntax binding and an index of elements by name
/// (for the official rules' `//name` steps).
///
/// Node sets that several rules select from the whole document (every line's VAT category, every
/// line allowance) are computed once per document and shared.
struct RuleDocument {
    /// The root element.
    let root: RuleNode
    /// How business terms map to elements in this syntax.
    let binding: RuleBinding
    private let index: [String: [RuleNode]]
    private let memo = Memo()

    /// The node sets already selected, by query; lives as long as the document.
    private final class Memo {
        @exclusivity(unchecked) var selections: [String: [RuleNode]] = [:]
        @exclusivity(unchecked) var values: [String: Any] = [:]
    }

    /// Indexes a tree.
    ///
    /// - Parameters:
    ///   - root: the root of a tree built by ``RuleNode/tree(of:)``.
    ///   - names: the qualified names of that tree, by ``RuleNode/nameID``.
    ///   - binding: the syntax binding.
    init(root: RuleNode, names: [String], binding: RuleBinding) {
        self.root = root
        self.binding = binding
        var buckets = [[RuleNode]](repeating: [], count: names.count)
        func collect(_ node: RuleNode) {
            buckets[node.nameID].append(node)
            for child in node.children { collect(child) }
        }
        collect(root)
        var index: [String: [RuleNode]] = [:]
        index.reserveCapacity(names.count)
        for (name, nodes) in zip(names, buckets) where !nodes.isEmpty { index[name] = nodes }
        self.index = index
    }

    /// XPath `//name`: every element with this qualified name, in document order.
    func all(_ qualifiedName: String) -> [RuleNode] {
        index[qualifiedName] ?? []
    }

    /// XPath `//a/b/c`: the nodes reached from every `a` by the relative path `b/c`.
    func all(_ first: String, _ path: String) -> [RuleNode] {
        memoized("//" + first + "/" + path) { all(first).flatMap { $0.select(path) } }
    }

    /// `/root/path`: the nodes the relative `path` selects from the root, computed once.
    func fromRoot(_ path: String) -> [RuleNode] {
        memoized(path) { root.select(path) }
    }

    /// XPath `exists(//name)`.
    func exists(_ qualifiedName: String) -> Bool {
        !(index[qualifiedName]?.isEmpty ?? true)
    }

    /// A value derived from the document, computed on first request and shared by every rule
    /// that asks with the same key (which must identify the computation).
    func memoized<Value>(_ key: String, _ compute: () -> Value) -> Value {
        if let known = memo.values[key] as? Value { return known }
        let value = compute()
        memo.values[key] = value
        return value
    }

    /// A node set derived from the document, computed once per key.
    func memoized(_ key: String, _ compute: () -> [RuleNode]) -> [RuleNode] {
        if let known = memo.selections[key] { return known }
        let nodes = compute()
        memo.selections[key] = nodes
        return nodes
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
    /// The assertion when it does not depend on the context node (a document-wide condition, such
    /// as the seller's VAT identifier for every line of a category): evaluated once per document.
    let documentTest: (@Sendable (RuleDocument) -> Bool)?
    /// The official text of the rule; `nil` looks it up in ``EN16931RuleText``.
    let message: String?

    init(
        _ id: String,
        _ severity: RuleViolation.Severity = .fatal,
        message: String? = nil,
        context: @escaping @Sendable (RuleDocument) -> [RuleNode],
        test: @escaping @Sendable (RuleNode, RuleDocument) -> Bool
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.context = context
        self.test = test
        documentTest = nil
    }

    /// A rule whose assertion is the same on every context node: checked once per document, and
    /// reported on every context node when it fails.
    init(
        _ id: String,
        _ severity: RuleViolation.Severity = .fatal,
        message: String? = nil,
        context: @escaping @Sendable (RuleDocument) -> [RuleNode],
        holdsOnDocument: @escaping @Sendable (RuleDocument) -> Bool
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.context = context
        test = { _, document in holdsOnDocument(document) }
        documentTest = holdsOnDocument
    }

    /// A rule checked once, on the root element.
    static func root(
        _ id: String,
        _ severity: RuleViolation.Severity = .fatal,
        message: String? = nil,
        test: @escaping @Sendable (RuleNode, RuleDocument) -> Bool
    ) -> BusinessRule {
        BusinessRule(id, severity, message: message, context: { [$0.root] }, test: test)
    }

    /// Runs the rule and returns its violations, tagged with the rule set it belongs to.
    func check(_ document: RuleDocument, in ruleSet: BusinessRuleSet = .en16931) -> [RuleViolation] {
        let nodes = context(document)
        if nodes.isEmpty { return [] }
        if let documentTest {
            return documentTest(document) ? [] : nodes.map { violation(at: $0, in: ruleSet) }
        }
        return nodes.compactMap { node in test(node, document) ? nil : violation(at: node, in: ruleSet) }
    }

    /// The violation of this rule on a context node.
    private func violation(at node: RuleNode, in ruleSet: BusinessRuleSet) -> RuleViolation {
        RuleViolation(
            ruleID: id,
            severity: severity,
            message: message ?? EN16931RuleText.message(for: id),
            location: node.path,
            ruleSet: ruleSet
        )
    }
}
