// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

internal import FactureModel

/// An element of the validated document, with its parent and its XPath-like location: what the
/// business rules navigate, the way the official Schematron navigates the XML tree.
///
/// A number into its ``RuleTree``, which it does not keep alive (no reference counting while rules
/// walk the tree): it is valid while the tree is, that is during one validation, where
/// ``RuleDocument`` holds the tree. The location (``path``) is computed only when a violation is
/// reported.
struct RuleNode {
    /// The tree this element belongs to.
    unowned(unsafe) let tree: RuleTree
    /// The element's number in its tree, in document order.
    let index: Int

    /// The namespace URI, `nil` for none.
    var namespace: String? { tree.namespaces[nameID] }
    /// The local name.
    var name: String { tree.localNames[nameID] }
    /// `prefix:name` with the canonical prefix.
    var qualifiedName: String { tree.names[nameID] }
    /// The number of the qualified name in its tree.
    var nameID: Int { Int(tree.nameIDs[index]) }
    /// The number of the qualified name in ``RulePaths``, the same in every tree.
    var sharedNameID: Int { tree.shared[Int(tree.nameIDs[index])] }
    /// The line in the source, 0 when unknown.
    var line: Int { Int(tree.lines[index]) }

    /// The attributes, in document order.
    var attributes: Slice<UnsafeMutableBufferPointer<XMLAttribute>> {
        let start = Int(tree.attributeStarts[index])
        let end = index + 1 < tree.count ? Int(tree.attributeStarts[index + 1]) : tree.attributeList.count
        return tree.attributeList[start..<end]
    }

    /// The element children, in document order.
    var children: Children {
        Children(tree: tree, start: Int(tree.childStarts[index]), count: Int(tree.childCounts[index]))
    }

    /// The parent, `nil` for the root.
    var parent: RuleNode? {
        let parent = tree.parents[index]
        return parent < 0 ? nil : RuleNode(tree: tree, index: Int(parent))
    }

    /// The element children of a node: a view of the tree, no copy.
    struct Children: RandomAccessCollection {
        /// The tree the children belong to.
        unowned(unsafe) let tree: RuleTree
        /// Where the children start in the tree's ``RuleTree/childList``.
        let start: Int
        /// The number of children.
        let count: Int

        /// The first position, 0.
        var startIndex: Int { 0 }
        /// The position after the last child.
        var endIndex: Int { count }

        /// The child at a position.
        subscript(position: Int) -> RuleNode {
            RuleNode(tree: tree, index: Int(tree.childList[start + position]))
        }
    }

    /// The absolute XPath-like path, 1-based indices on elements with same-named siblings.
    ///
    /// Computed on demand (only reported violations need it), in time linear in the depth once the
    /// parent's sibling positions are known.
    var path: String {
        guard let parent else { return "/" + qualifiedName }
        let position = tree.position(of: index)
        let step = position > 0 ? "/\(qualifiedName)[\(position)]" : "/" + qualifiedName
        return parent.path + step
    }

    // MARK: - XPath-like navigation

    /// XPath's string value: the text of this element and all its descendants, in order.
    var stringValue: String {
        let own = tree.texts[index]
        if tree.childCounts[index] == 0 { return own }
        var result = own
        for child in children { result += child.stringValue }
        return result
    }

    /// The value of an attribute in no namespace.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name && $0.namespace == nil }?.value
    }

    /// The children with this qualified name (`*` for any).
    func children(_ qualifiedName: String) -> [RuleNode] {
        guard let number = tree.number(of: qualifiedName) else { return Array(children) }
        if number < 0 { return [] }
        return named(number)
    }

    /// The children with the name of this number.
    private func named(_ number: Int) -> [RuleNode] {
        let count = Int(tree.childCounts[index])
        if count >= RuleTree.indexedChildCount { return tree.wideChildren(of: index, named: number) }
        let start = Int(tree.childStarts[index])
        // Counted first, so that the result is allocated once at its size.
        var found = 0
        for position in start..<start + count where Int(tree.nameIDs[Int(tree.childList[position])]) == number {
            found += 1
        }
        if found == 0 { return [] }
        var children: [RuleNode] = []
        children.reserveCapacity(found)
        for position in start..<start + count {
            let child = Int(tree.childList[position])
            if Int(tree.nameIDs[child]) == number { children.append(RuleNode(tree: tree, index: child)) }
        }
        return children
    }

    /// The nodes a relative path of `/`-separated steps selects: qualified names, `*` or `..`.
    func select(_ path: String) -> [RuleNode] {
        let steps = RulePaths.steps(path)
        return tree.gathering { gatherSelection(steps) }
    }

    /// Adds the nodes `steps` select from this node to the tree's current gathering (see
    /// ``RuleTree/gathering(_:)``), in the order of ``select(_:)``.
    func gatherSelection(_ steps: [RulePaths.Step]) {
        _ = visit(steps) { node in
            node.tree.gather(node)
            return true
        }
    }

    /// Calls `body` on each node `steps` select from this node, in the order (and with the
    /// repetitions) of ``select(_:)``, without building the intermediate node sets; stops as soon
    /// as `body` returns `false`.
    ///
    /// - Returns: `false` when `body` stopped the walk.
    @inline(__always)
    private func visit(_ steps: [RulePaths.Step], _ body: (RuleNode) -> Bool) -> Bool {
        steps.withUnsafeBufferPointer { tree.visit(index, $0, 0, body) }
    }

    /// The first node a relative path selects, `nil` when none.
    func first(_ path: String) -> RuleNode? {
        var found: RuleNode?
        _ = visit(RulePaths.steps(path)) { node in
            found = node
            return false
        }
        return found
    }

    /// Whether one of the nodes a relative path selects satisfies `predicate`.
    func contains(_ path: String, where predicate: (RuleNode) -> Bool) -> Bool {
        !visit(RulePaths.steps(path)) { !predicate($0) }
    }

    /// Whether a child with this qualified name satisfies `predicate`.
    func containsChild(_ qualifiedName: String, where predicate: (RuleNode) -> Bool) -> Bool {
        guard let number = tree.number(of: qualifiedName) else { return children.contains(where: predicate) }
        if number < 0 { return false }
        let count = Int(tree.childCounts[index])
        if count >= RuleTree.indexedChildCount {
            return tree.wideChildren(of: index, named: number).contains(where: predicate)
        }
        let start = Int(tree.childStarts[index])
        for position in start..<start + count {
            let child = Int(tree.childList[position])
            if Int(tree.nameIDs[child]) == number, predicate(RuleNode(tree: tree, index: child)) { return true }
        }
        return false
    }

    /// The descendants (not self) with this qualified name, in document order.
    func descendants(_ qualifiedName: String) -> [RuleNode] {
        let number = tree.number(of: qualifiedName)
        if number == -1 { return [] }
        // Document order is element order: the descendants are the elements numbered after this
        // one and before the next element that is not below it.
        return tree.gathering {
            var candidate = index + 1
            while candidate < tree.count, isAncestor(of: candidate) {
                if number == nil || Int(tree.nameIDs[candidate]) == number {
                    tree.gather(RuleNode(tree: tree, index: candidate))
                }
                candidate += 1
            }
        }
    }

    /// Whether the element numbered `other`, which comes after this one, is below it.
    private func isAncestor(of other: Int) -> Bool {
        var current = Int(tree.parents[other])
        while current > index { current = Int(tree.parents[current]) }
        return current == index
    }

    /// XPath `ancestor::name`: whether an element above this one has this qualified name.
    func hasAncestor(named qualifiedName: String) -> Bool {
        var current = parent
        while let ancestor = current {
            if ancestor.qualifiedName == qualifiedName { return true }
            current = ancestor.parent
        }
        return false
    }

    /// XPath `exists(path)`.
    func exists(_ path: String) -> Bool {
        first(path) != nil
    }

    /// The string value of the first node `path` selects, `nil` when none.
    func string(_ path: String) -> String? {
        first(path)?.stringValue
    }

    /// XPath `normalize-space(path)` over the first selected node (`""` when none).
    func normalized(_ path: String) -> String {
        XPath.normalizeSpace(string(path) ?? "")
    }

    /// XPath `normalize-space(path) != ''`.
    func hasText(_ path: String) -> Bool {
        // `normalize-space` is empty exactly when every character is one it collapses.
        guard let text = string(path) else { return false }
        return text.utf8.contains { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }
    }

    /// XPath `xs:decimal(path)` over the first selected node: `nil` when absent or not a decimal.
    func decimal(_ path: String) -> ExactDecimal? {
        string(path).flatMap(XPath.decimal)
    }

    /// XPath `sum(path/xs:decimal(.))`: values that are not decimals are skipped.
    func sum(_ path: String) -> ExactDecimal {
        var total = ExactDecimal.zero
        _ = visit(RulePaths.steps(path)) { node in
            total = total + (XPath.decimal(node.stringValue) ?? .zero)
            return true
        }
        return total
    }

    /// XPath general comparison `path op value` over untyped nodes: true when one node's
    /// numeric value satisfies it.
    func some(_ path: String, _ satisfies: (ExactDecimal) -> Bool) -> Bool {
        contains(path) { node in XPath.decimal(node.stringValue).map(satisfies) ?? false }
    }

    /// XPath general comparison `path = value` over untyped nodes, with the processor's
    /// negative-zero behaviour (see ``XPath/untypedEquals(_:_:)``).
    func someEquals(_ path: String, _ value: ExactDecimal) -> Bool {
        contains(path) { XPath.untypedEquals($0.stringValue, value) }
    }

    /// XPath `string-length(substring-after(path, '.')) <= 2` over the first selected node.
    func hasAtMostTwoDecimals(_ path: String) -> Bool {
        XPath.atMostTwoDecimals(string(path))
    }
}

extension RuleNode: Hashable {
    /// The same element of the same tree.
    static func == (lhs: RuleNode, rhs: RuleNode) -> Bool {
        lhs.index == rhs.index && lhs.tree === rhs.tree
    }

    /// Hashes the element's number.
    func hash(into hasher: inout Hasher) {
        hasher.combine(index)
    }
}

extension RuleTree {
    /// ``RuleNode/visit(_:_:)`` from element `node` over the steps from `step` on, without slicing.
    func visit(
        _ node: Int,
        _ steps: UnsafeBufferPointer<RulePaths.Step>,
        _ step: Int,
        _ body: (RuleNode) -> Bool
    ) -> Bool {
        guard step < steps.count else { return body(RuleNode(tree: self, index: node)) }
        switch steps[step] {
        case .parent:
            let parent = Int(parents[node])
            return parent < 0 ? true : visit(parent, steps, step + 1, body)
        case .any:
            let start = Int(childStarts[node])
            for position in start..<start + Int(childCounts[node])
            where !visit(Int(childList[position]), steps, step + 1, body) {
                return false
            }
            return true
        case .named(let shared):
            let number = self.number(shared: shared)
            if number < 0 { return true }
            let count = Int(childCounts[node])
            if count >= RuleTree.indexedChildCount {
                for child in wideChildren(of: node, named: number) where !visit(child.index, steps, step + 1, body) {
                    return false
                }
                return true
            }
            let start = Int(childStarts[node])
            for position in start..<start + count {
                let child = Int(childList[position])
                if Int(nameIDs[child]) == number, !visit(child, steps, step + 1, body) { return false }
            }
            return true
        }
    }
}

/// The XPath 2.0 functions and casts the official rules rely on, over exact decimals.
enum XPath {
    /// `normalize-space`: trims and collapses XML whitespace.
    static func normalizeSpace(_ text: String) -> String {
        // Fast path: no XML whitespace at all (amounts, codes), nothing to trim or collapse.
        if !text.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return text }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            .joined(separator: " ")
    }

    /// `xs:decimal(text)`: surrounding whitespace allowed, else plain decimal notation.
    static func decimal(_ text: String) -> ExactDecimal? {
        let trimmed = normalizeSpace(text)
        guard !trimmed.isEmpty, !trimmed.utf8.contains(0x20) else { return nil }
        return ExactDecimal(trimmed)
    }

    /// `xs:boolean(text)`: `true`/`1` or `false`/`0`, whitespace trimmed; `nil` otherwise.
    static func boolean(_ text: String) -> Bool? {
        switch normalizeSpace(text) {
        case "true", "1": true
        case "false", "0": false
        default: nil
        }
    }

    /// `round(value * 100) div 100`: to cents, halves toward positive infinity.
    static func roundCents(_ value: ExactDecimal) -> ExactDecimal {
        value.rounded(scale: 2, rule: .halfUp)
    }

    /// `round(value)`: to units, halves toward positive infinity.
    static func round(_ value: ExactDecimal) -> ExactDecimal {
        value.rounded(scale: 0, rule: .halfUp)
    }

    /// `untyped = 0` as the artefacts' processor (Saxon) evaluates it. Observed on Saxon-HE 12:
    /// a negative zero written with a fraction (`-0.00`) does not equal zero, while `-0` does.
    static func untypedEqualsZero(_ text: String) -> Bool {
        guard let value = decimal(text), value.isZero else { return false }
        let trimmed = normalizeSpace(text)
        return !(trimmed.hasPrefix("-") && trimmed.contains("."))
    }

    /// `untyped = value` as Saxon evaluates it (see ``untypedEqualsZero(_:)`` for zero).
    static func untypedEquals(_ text: String, _ value: ExactDecimal) -> Bool {
        value.isZero ? untypedEqualsZero(text) : decimal(text) == value
    }

    /// `value - 1 < expected and value + 1 > expected` (or `<=`/`>=`): the ±1.00 tolerance of the
    /// official VAT rules, expressed with the totals calculator's ``TotalsDiscrepancy/Tolerance``.
    static func within(
        _ value: ExactDecimal,
        _ expected: ExactDecimal,
        _ tolerance: TotalsDiscrepancy.Tolerance
    ) -> Bool {
        tolerance.accepts(Amount(value - expected))
    }

    /// `string-length(substring-after(text, '.')) <= 2`.
    static func atMostTwoDecimals(_ text: String?) -> Bool {
        guard let text, let point = text.firstIndex(of: ".") else { return true }
        return text[text.index(after: point)...].count <= 2
    }

    /// `upper-case(normalize-space(text))`.
    static func upperNormalized(_ text: String) -> String {
        normalizeSpace(text).uppercased()
    }
}

extension TotalsDiscrepancy.Tolerance {
    /// Within 1.00, a difference of exactly 1.00 accepted (CII BR-CO-17).
    static let oneUnitInclusive = TotalsDiscrepancy.Tolerance(amount: Amount(1), isInclusive: true)
    /// Within 1.00, a difference of exactly 1.00 refused (UBL BR-CO-17, BR-S-09, the -08 rules).
    static let oneUnitExclusive = TotalsDiscrepancy.Tolerance(amount: Amount(1), isInclusive: false)
}
