// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

internal import FactureModel
import Synchronization

/// An element of the validated document, with its parent and its XPath-like location: what the
/// business rules navigate, the way the official Schematron navigates the XML tree.
///
/// Names are qualified with the canonical prefixes of the official artefacts (`rsm`, `ram`,
/// `udt`, `qdt`, `ubl`, `cn`, `cac`, `cbc`), whatever prefixes the sender chose.
/// A class, because rules walk up (`..`) as well as down; it lives only during one validation,
/// on one thread, which is why its lazily built indexes opt out of dynamic exclusivity checks.
///
/// Building the tree does no per-node string work beyond the qualified name: the location
/// (``path``) is computed only when a violation is reported, and wide elements (an invoice's
/// thousands of lines under one transaction) index their children by name on first lookup.
final class RuleNode {
    /// The namespace URI, `nil` for none.
    let namespace: String?
    /// The local name.
    let name: String
    /// `prefix:name` with the canonical prefix.
    let qualifiedName: String
    /// The number of the qualified name in its tree (see ``tree(of:)``).
    let nameID: Int
    /// The attributes, in document order.
    let attributes: [XMLAttribute]
    /// The line in the source, 0 when unknown.
    let line: Int
    /// The element children, in document order.
    let children: [RuleNode]
    /// The parent, `nil` for the root. The tree is owned from the root down, and nodes live only
    /// while their tree is checked.
    @exclusivity(unchecked) private(set) unowned var parent: RuleNode?
    /// The text children, concatenated (indentation between child elements is never kept).
    private let ownText: String
    /// This node's index in `parent.children`.
    @exclusivity(unchecked) private var indexInParent = 0
    /// The children by qualified name, built on first lookup for wide elements.
    @exclusivity(unchecked) private var childIndex: [String: [RuleNode]]?
    /// The 1-based positions of the children among their same-named siblings (0 when a child has
    /// no same-named sibling), built on first ``path`` request.
    @exclusivity(unchecked) private var childPositions: [Int]?

    /// Children count from which ``children(_:)`` uses a name index rather than a scan.
    private static let indexedChildCount = 16

    /// Creates a node over its already built children, and makes itself their parent.
    init(
        namespace: String?,
        name: String,
        qualified: QualifiedName,
        attributes: [XMLAttribute],
        line: Int,
        text: String,
        children: [RuleNode]
    ) {
        self.namespace = namespace
        self.name = name
        qualifiedName = qualified.name
        nameID = qualified.id
        self.attributes = attributes
        self.line = line
        ownText = text
        self.children = children
        for (index, child) in children.enumerated() {
            child.parent = self
            child.indexInParent = index
        }
    }

    /// Builds the tree of an already parsed document (the official unit tests, whose invoices are
    /// embedded in larger files).
    ///
    /// - Returns: the root and the qualified names met, indexed by ``nameID``.
    static func tree(of document: XMLDocument) -> (root: RuleNode, names: [String]) {
        var qualifier = Qualifier()
        func build(_ element: XMLElement, _ qualified: QualifiedName) -> RuleNode {
            var children: [RuleNode] = []
            var text = ""
            for case .element(let child) in element.content {
                let name = qualifier.qualify(
                    namespace: child.namespace,
                    name: child.name,
                    prefix: child.prefix,
                    parent: qualified.id,
                    position: children.count
                )
                children.append(build(child, name))
            }
            for case .text(let piece) in element.content { text += piece }
            return RuleNode(
                namespace: element.namespace,
                name: element.name,
                qualified: qualified,
                attributes: element.attributes,
                line: element.line,
                text: text,
                children: children
            )
        }
        let root = document.root
        let rootName = qualifier.qualify(namespace: root.namespace, name: root.name, prefix: root.prefix)
        return (build(root, rootName), qualifier.names)
    }

    /// Parses untrusted bytes straight into a rule tree, with the secure configuration of
    /// ``XMLDocument/init(parsing:limits:)`` and no intermediate ``XMLElement`` tree.
    ///
    /// - Returns: the root and the qualified names met, indexed by ``nameID``.
    static func tree(
        parsing bytes: some Collection<UInt8>,
        limits: XMLParsingLimits = .init()
    ) throws(FacturXError) -> (root: RuleNode, names: [String]) {
        let builder = Builder()
        try LibXML2TreeParser.parse(bytes, limits: limits, into: builder)
        guard let root = builder.root else {
            throw FacturXError(code: .malformedXML, message: "the XML has no complete root element")
        }
        return (root, builder.qualifier.names)
    }

    /// Builds a rule tree from the parser's events.
    private final class Builder: LibXML2TreeSink {
        /// An open element.
        struct Frame {
            var namespace: String?
            var name: String
            var qualified: QualifiedName
            var attributes: [XMLAttribute]
            var line: Int
            var text: String
            var children: [RuleNode]
        }

        @exclusivity(unchecked) var qualifier = Qualifier()
        /// Open elements, innermost last.
        @exclusivity(unchecked) private var stack: [Frame] = []
        /// The root, once closed.
        @exclusivity(unchecked) private(set) var root: RuleNode?

        func startElement(namespace: String?, name: String, prefix: String?, attributes: [XMLAttribute], line: Int) {
            let qualified: QualifiedName
            if let parent = stack.last {
                qualified = qualifier.qualify(
                    namespace: namespace,
                    name: name,
                    prefix: prefix,
                    parent: parent.qualified.id,
                    position: parent.children.count
                )
            } else {
                qualified = qualifier.qualify(namespace: namespace, name: name, prefix: prefix)
            }
            stack.append(
                Frame(
                    namespace: namespace,
                    name: name,
                    qualified: qualified,
                    attributes: attributes,
                    line: line,
                    text: "",
                    children: []
                )
            )
        }

        func text(_ text: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += text
        }

        func endElement() {
            guard let frame = stack.popLast() else { return }
            let node = RuleNode(
                namespace: frame.namespace,
                name: frame.name,
                qualified: frame.qualified,
                attributes: frame.attributes,
                line: frame.line,
                text: frame.text,
                children: frame.children
            )
            if stack.isEmpty {
                root = node
            } else {
                stack[stack.count - 1].children.append(node)
            }
        }
    }

    /// A qualified name and its number in the tree being built.
    struct QualifiedName {
        /// `prefix:name`.
        let name: String
        /// The number of the name in ``Qualifier/names``.
        let id: Int
    }

    /// Qualifies element names while a tree is built, remembering the canonical prefixes of the
    /// artefacts' namespaces met so far (comparing a namespace URI is cheaper than hashing it for
    /// every element), sharing one string per qualified name (fewer allocations, and the names
    /// the rules compare stay in cache) and numbering the names (so the document index is built
    /// without hashing every element's name again).
    struct Qualifier {
        /// The qualified names met, by number.
        private(set) var names: [String] = []
        /// The artefacts' namespaces met so far, their prefix and their qualified names by local name.
        private var known: [(namespace: String, prefix: String, names: [String: QualifiedName])] = []
        /// The other qualified names (no namespace, or one outside the artefacts).
        private var others: [String: QualifiedName] = [:]
        /// The last child met at each position under each parent name: invoice lines (and most
        /// groups) repeat the same children in the same order, so names are mostly found here
        /// without hashing.
        private var hints: [[(namespace: String?, name: String, qualified: QualifiedName)?]] = []

        /// `prefix:name` of a child element, at `position` among the element children of a parent
        /// whose qualified name is number `parent`.
        mutating func qualify(
            namespace: String?,
            name: String,
            prefix: String?,
            parent: Int,
            position: Int
        ) -> QualifiedName {
            if parent < hints.count, position < hints[parent].count, let hint = hints[parent][position],
                hint.name == name, hint.namespace == namespace
            {
                return hint.qualified
            }
            let qualified = qualify(namespace: namespace, name: name, prefix: prefix)
            // Hints only for the artefacts' namespaces and no namespace, where the name alone decides.
            if namespace == nil || known.contains(where: { $0.namespace == namespace }) {
                while hints.count <= parent { hints.append([]) }
                while hints[parent].count <= position { hints[parent].append(nil) }
                hints[parent][position] = (namespace, name, qualified)
            }
            return qualified
        }

        /// `prefix:name` with the canonical prefix of the element's namespace.
        mutating func qualify(namespace: String?, name: String, prefix: String?) -> QualifiedName {
            guard let namespace else { return other(name) }
            let position: Int
            if let found = known.firstIndex(where: { $0.namespace == namespace }) {
                position = found
            } else {
                guard let prefix = RuleNode.prefixes[namespace] else {
                    // Not a namespace of the artefacts: the sender's prefix, which may vary per element.
                    return other((prefix ?? "ns") + ":" + name)
                }
                known.append((namespace, prefix, [:]))
                position = known.count - 1
            }
            if let interned = known[position].names[name] { return interned }
            let qualified = QualifiedName(name: known[position].prefix + ":" + name, id: names.count)
            names.append(qualified.name)
            known[position].names[name] = qualified
            return qualified
        }

        private mutating func other(_ name: String) -> QualifiedName {
            if let interned = others[name] { return interned }
            let qualified = QualifiedName(name: name, id: names.count)
            names.append(name)
            others[name] = qualified
            return qualified
        }
    }

    private static let prefixes: [String: String] = [
        "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100": "rsm",
        "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100": "ram",
        "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100": "udt",
        "urn:un:unece:uncefact:data:standard:QualifiedDataType:100": "qdt",
        "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2": "ubl",
        "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2": "cn",
        "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2": "cac",
        "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2": "cbc",
        "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2": "ext",
    ]

    /// The absolute XPath-like path, 1-based indices on elements with same-named siblings.
    ///
    /// Computed on demand (only reported violations need it), in time linear in the depth once the
    /// parent's sibling positions are known.
    var path: String {
        guard let parent else { return "/" + qualifiedName }
        let position = parent.positions()[indexInParent]
        let step = position > 0 ? "/\(qualifiedName)[\(position)]" : "/" + qualifiedName
        return parent.path + step
    }

    /// The positions of the children among their same-named siblings, computed once.
    private func positions() -> [Int] {
        if let childPositions { return childPositions }
        var totals: [String: Int] = [:]
        for child in children { totals[child.qualifiedName, default: 0] += 1 }
        var seen: [String: Int] = [:]
        var result: [Int] = []
        result.reserveCapacity(children.count)
        for child in children {
            let name = child.qualifiedName
            seen[name, default: 0] += 1
            result.append((totals[name] ?? 0) > 1 ? (seen[name] ?? 1) : 0)
        }
        childPositions = result
        return result
    }

    // MARK: - XPath-like navigation

    /// XPath's string value: the text of this element and all its descendants, in order.
    var stringValue: String {
        if children.isEmpty { return ownText }
        var result = ownText
        for child in children { result += child.stringValue }
        return result
    }

    /// The value of an attribute in no namespace.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name && $0.namespace == nil }?.value
    }

    /// Whether this node's qualified name is `qualifiedName`: lengths first, since scans for a
    /// name mostly meet other names and a full string comparison costs far more.
    @inline(__always)
    func isNamed(_ qualifiedName: String) -> Bool {
        self.qualifiedName.utf8.count == qualifiedName.utf8.count && self.qualifiedName == qualifiedName
    }

    /// The children with this qualified name (`*` for any).
    func children(_ qualifiedName: String) -> [RuleNode] {
        if qualifiedName == "*" { return children }
        if children.count >= RuleNode.indexedChildCount {
            return namedChildren()[qualifiedName] ?? []
        }
        return children.filter { $0.isNamed(qualifiedName) }
    }

    /// The children by qualified name, built once.
    private func namedChildren() -> [String: [RuleNode]] {
        if let childIndex { return childIndex }
        var index: [String: [RuleNode]] = [:]
        for child in children { index[child.qualifiedName, default: []].append(child) }
        childIndex = index
        return index
    }

    /// One step of a relative path.
    private enum Step: Sendable {
        /// `..`
        case parent
        /// A qualified name or `*`.
        case named(String)
    }

    /// The steps of the paths already seen: rules pass a few dozen literal paths, split once.
    private static let stepCache = Mutex<[String: [Step]]>([:])

    /// The steps of a relative path, `.` and empty steps dropped.
    private static func steps(_ path: String) -> [Step] {
        if let cached = stepCache.withLock({ $0[path] }) { return cached }
        let steps: [Step] = path.split(separator: "/").compactMap { step in
            if step == ".." { return .parent }
            if step == "." { return nil }
            return .named(String(step))
        }
        stepCache.withLock { $0[path] = steps }
        return steps
    }

    /// The nodes a relative path of `/`-separated steps selects: qualified names, `*` or `..`.
    func select(_ path: String) -> [RuleNode] {
        var found: [RuleNode] = []
        _ = visit(RuleNode.steps(path)[...]) { node in
            found.append(node)
            return true
        }
        return found
    }

    /// Calls `body` on each node `steps` select from this node, in the order (and with the
    /// repetitions) of ``select(_:)``, without building the intermediate node sets; stops as soon
    /// as `body` returns `false`.
    ///
    /// - Returns: `false` when `body` stopped the walk.
    private func visit(_ steps: ArraySlice<Step>, _ body: (RuleNode) -> Bool) -> Bool {
        steps.withUnsafeBufferPointer { visit($0, 0, body) }
    }

    /// ``visit(_:_:)`` over the steps from `index` on, without slicing (no reference counting of
    /// the steps per level, which dominated the walk).
    private func visit(_ steps: UnsafeBufferPointer<Step>, _ index: Int, _ body: (RuleNode) -> Bool) -> Bool {
        guard index < steps.count else { return body(self) }
        switch steps[index] {
        case .parent:
            guard let parent else { return true }
            return parent.visit(steps, index + 1, body)
        case .named(let name):
            if name == "*" {
                for child in children where !child.visit(steps, index + 1, body) { return false }
            } else if children.count >= RuleNode.indexedChildCount {
                for child in namedChildren()[name] ?? [] where !child.visit(steps, index + 1, body) { return false }
            } else {
                for child in children where child.isNamed(name) {
                    if !child.visit(steps, index + 1, body) { return false }
                }
            }
            return true
        }
    }

    /// The first node a relative path selects, `nil` when none.
    func first(_ path: String) -> RuleNode? {
        var found: RuleNode?
        _ = visit(RuleNode.steps(path)[...]) { node in
            found = node
            return false
        }
        return found
    }

    /// Whether one of the nodes a relative path selects satisfies `predicate`.
    func contains(_ path: String, where predicate: (RuleNode) -> Bool) -> Bool {
        !visit(RuleNode.steps(path)[...]) { !predicate($0) }
    }

    /// Whether a child with this qualified name satisfies `predicate`.
    func containsChild(_ qualifiedName: String, where predicate: (RuleNode) -> Bool) -> Bool {
        if children.count >= RuleNode.indexedChildCount {
            return (namedChildren()[qualifiedName] ?? []).contains(where: predicate)
        }
        return children.contains { $0.isNamed(qualifiedName) && predicate($0) }
    }

    /// The descendants (not self) with this qualified name, in document order.
    func descendants(_ qualifiedName: String) -> [RuleNode] {
        var found: [RuleNode] = []
        collect(qualifiedName, into: &found)
        return found
    }

    private func collect(_ qualifiedName: String, into found: inout [RuleNode]) {
        for child in children {
            if qualifiedName == "*" || child.isNamed(qualifiedName) { found.append(child) }
            child.collect(qualifiedName, into: &found)
        }
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
        return text.contains { !($0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r") }
    }

    /// XPath `xs:decimal(path)` over the first selected node: `nil` when absent or not a decimal.
    func decimal(_ path: String) -> ExactDecimal? {
        string(path).flatMap(XPath.decimal)
    }

    /// XPath `sum(path/xs:decimal(.))`: values that are not decimals are skipped.
    func sum(_ path: String) -> ExactDecimal {
        var total = ExactDecimal.zero
        _ = visit(RuleNode.steps(path)[...]) { node in
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
        guard !trimmed.isEmpty, !trimmed.contains(" ") else { return nil }
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
