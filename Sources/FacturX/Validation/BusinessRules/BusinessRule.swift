// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Synchronization

/// The document a rule runs over: its tree, its syntax binding and an index of elements by name
/// (for the official rules' `//name` steps).
///
/// Node sets that several rules select from the whole document (every line's VAT category, every
/// line allowance) are computed once per document and shared. A class, since every rule receives it:
/// passing a reference costs nothing, copying the binding's many paths would.
final class RuleDocument {
    /// The root element.
    let root: RuleNode
    /// How business terms map to elements in this syntax.
    let binding: RuleBinding
    /// The elements by name number, in document order.
    private let index: [[RuleNode]]
    private let memo = Memo()

    /// The node sets already selected and the values already derived, by key; lives as long as the
    /// document. The keys are mostly the same literals asked again and again: the recent ones are
    /// found without hashing their characters (``RecentStrings``).
    private final class Memo {
        @exclusivity(unchecked) var selections: [String: [RuleNode]] = [:]
        @exclusivity(unchecked) var recentSelections = RecentStrings<[RuleNode]>(slots: 128)
        @exclusivity(unchecked) var values: [String: AnyObject] = [:]
        @exclusivity(unchecked) var recentValues = RecentStrings<AnyObject>(slots: 128)
        /// `//first/path` selections, by `first` then `path`.
        @exclusivity(unchecked) var paths: [String: [String: [RuleNode]]] = [:]
        /// The `//first/path` selections asked for most recently, by `path`, with their `first`.
        @exclusivity(unchecked) var recentPaths = RecentStrings<(first: String, nodes: [RuleNode])>(slots: 128)
        /// The values of ``RuleMemoKey`` keys, by key number.
        @exclusivity(unchecked) var slots: [AnyObject?] = []
        /// The node sets of ``RuleMemoKey`` keys, by key number: stored as they are, without a box.
        @exclusivity(unchecked) var nodeSlots: [[RuleNode]?] = []
    }

    /// The tree the rules run over, kept alive for the ``RuleNode`` values taken from it.
    let tree: RuleTree

    /// Indexes a tree.
    ///
    /// - Parameters:
    ///   - tree: the tree, built by ``RuleTree/parsing(_:limits:)`` or ``RuleTree/init(_:)``.
    ///   - binding: the syntax binding.
    init(tree: RuleTree, binding: RuleBinding) {
        self.tree = tree
        root = tree.root
        self.binding = binding
        // Counted first, so that each bucket is allocated once at its size.
        var counts = [Int](repeating: 0, count: tree.names.count)
        for element in 0..<tree.count { counts[Int(tree.nameIDs[element])] += 1 }
        var buckets = counts.map { count in
            var bucket: [RuleNode] = []
            bucket.reserveCapacity(count)
            return bucket
        }
        for element in 0..<tree.count {
            buckets[Int(tree.nameIDs[element])].append(RuleNode(tree: tree, index: element))
        }
        index = buckets
    }

    /// XPath `//name`: every element with this qualified name (any name for `*`), in document order.
    func all(_ qualifiedName: String) -> [RuleNode] {
        switch tree.number(of: qualifiedName) {
        case .some(let number): number < 0 ? [] : index[number]
        case .none: (0..<tree.count).map { RuleNode(tree: tree, index: $0) }
        }
    }

    /// XPath `//name` for the name of this ``RulePaths`` number: every such element, in document order.
    func all(shared number: Int) -> [RuleNode] {
        let local = tree.number(shared: number)
        return local < 0 ? [] : index[local]
    }

    /// XPath `//a/b/c`: the nodes reached from every `a` by the relative path `b/c`.
    func all(_ first: String, _ path: String) -> [RuleNode] {
        if let recent = memo.recentPaths[path], recent.first == first { return recent.nodes }
        if let known = memo.paths[first]?[path] {
            memo.recentPaths[path] = (first, known)
            return known
        }
        // Gathered in one array rather than concatenated from one array per `first` element.
        let steps = RulePaths.steps(path)
        let nodes = tree.gathering {
            for node in all(first) { node.gatherSelection(steps) }
        }
        memo.paths[first, default: [:]][path] = nodes
        memo.recentPaths[path] = (first, nodes)
        return nodes
    }

    /// `/root/path`: the nodes the relative `path` selects from the root, computed once.
    func fromRoot(_ path: String) -> [RuleNode] {
        memoized(path) { root.select(path) }
    }

    /// XPath `exists(//name)`.
    func exists(_ qualifiedName: String) -> Bool {
        !all(qualifiedName).isEmpty
    }

    /// A value derived from the document, computed on first request and shared by every rule
    /// that asks with the same key (which must identify the computation).
    func memoized<Value>(_ key: String, _ compute: () -> Value) -> Value {
        // Boxed, so that finding a value is a class check rather than a cast out of `Any`.
        if let known = memo.recentValues[key] as? Box<Value> { return known.value }
        if let known = memo.values[key] as? Box<Value> {
            memo.recentValues[key] = known
            return known.value
        }
        let box = Box(compute())
        memo.values[key] = box
        memo.recentValues[key] = box
        return box.value
    }

    /// A value derived from the document, computed on first request and shared by every rule
    /// that asks with the same key: found by the key's number, without hashing.
    func memoized<Value>(_ key: RuleMemoKey, _ compute: () -> Value) -> Value {
        let slot = key.number
        if slot < memo.slots.count, let known = memo.slots[slot] as? Box<Value> { return known.value }
        let box = Box(compute())
        if slot >= memo.slots.count {
            // Grown geometrically: the keys are met in no particular order.
            memo.slots.append(
                contentsOf: repeatElement(nil, count: max(slot + 1, 2 * memo.slots.count) - memo.slots.count)
            )
        }
        memo.slots[slot] = box
        return box.value
    }

    /// A node set derived from the document, computed on first request and shared by every rule
    /// that asks with the same key: found by the key's number, and kept without a box (node sets
    /// are most of the memoized values, one per rule context of the French rules).
    func memoized(_ key: RuleMemoKey, _ compute: () -> [RuleNode]) -> [RuleNode] {
        let slot = key.number
        if slot < memo.nodeSlots.count, let known = memo.nodeSlots[slot] { return known }
        let nodes = compute()
        if slot >= memo.nodeSlots.count {
            let count = max(slot + 1, 2 * memo.nodeSlots.count)
            memo.nodeSlots.append(contentsOf: repeatElement(nil, count: count - memo.nodeSlots.count))
        }
        memo.nodeSlots[slot] = nodes
        return nodes
    }

    /// A memoized value.
    private final class Box<Value> {
        let value: Value

        init(_ value: Value) {
            self.value = value
        }
    }

    /// A node set derived from the document, computed once per key.
    func memoized(_ key: String, _ compute: () -> [RuleNode]) -> [RuleNode] {
        if let known = memo.recentSelections[key] { return known }
        if let known = memo.selections[key] {
            memo.recentSelections[key] = known
            return known
        }
        let nodes = compute()
        memo.selections[key] = nodes
        memo.recentSelections[key] = nodes
        return nodes
    }
}

/// The key of a value that rules derive once per document (a node set, a batch's verdicts), made
/// once when the rules are built: the document finds the value by the key's number instead of
/// hashing a string.
///
/// Numbers come from one process-wide counter, so a key never collides with another; a document
/// keeps a slot per number up to the highest it is asked for. Make keys with the rules (in a
/// `static let` or a cached plan), not per validation.
struct RuleMemoKey: Sendable, Hashable {
    /// The key's slot in a document's memo.
    let number: Int

    /// A new key, distinct from every other.
    init() {
        number = Self.next.add(1, ordering: .relaxed).oldValue
    }

    private static let next = Atomic<Int>(0)
}

/// Rules whose failing context nodes one evaluation finds together, such as a Schematron pattern
/// walked once for all its assertions: the engine asks once per document and passes over the
/// rules of the batch that nothing fails, without calling them.
final class RuleBatch: Sendable {
    /// The failing context nodes of each rule of the batch, by position; memoized per document by
    /// the caller's closure.
    let failures: @Sendable (RuleDocument) -> [[RuleNode]]

    /// Creates a batch.
    init(failures: @escaping @Sendable (RuleDocument) -> [[RuleNode]]) {
        self.failures = failures
    }
}

/// One business rule as the official Schematron states it: the elements it is checked on
/// (`rule/@context`) and the condition each must meet (`assert/@test`).
///
/// A class, immutable: a rule set holds references, so walking it copies nothing, and a set that
/// restates another's rule holds the very same object, which lets ``RuleEngine`` check it once.
final class BusinessRule: Sendable {
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
    /// The batch whose evaluation finds this rule's failing context nodes, and the rule's position in it.
    let batch: (batch: RuleBatch, position: Int)?

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
        batch = nil
    }

    /// A rule of a batch: its context is the nodes the batch finds failing it, checked again by `test`
    /// (so that the rule also stands alone, as in ``RuleEngine/violations(of:in:ruleSet:)``).
    init(
        _ id: String,
        _ severity: RuleViolation.Severity = .fatal,
        message: String? = nil,
        in batch: RuleBatch,
        at position: Int,
        test: @escaping @Sendable (RuleNode, RuleDocument) -> Bool
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        context = { document in batch.failures(document)[position] }
        self.test = test
        documentTest = nil
        self.batch = (batch, position)
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
        batch = nil
    }

    /// The same rule with another severity: same context, test and batch.
    func withSeverity(_ severity: RuleViolation.Severity) -> BusinessRule {
        BusinessRule(copying: self, severity: severity)
    }

    private init(copying rule: BusinessRule, severity: RuleViolation.Severity) {
        id = rule.id
        self.severity = severity
        message = rule.message
        context = rule.context
        test = rule.test
        documentTest = rule.documentTest
        batch = rule.batch
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
