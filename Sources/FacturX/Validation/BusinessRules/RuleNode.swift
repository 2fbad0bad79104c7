// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

internal import FactureModel

/// An element of the validated document, with its parent and its XPath-like location: what the
/// business rules navigate, the way the official Schematron navigates the XML tree.
///
/// Names are qualified with the canonical prefixes of the official artefacts (`rsm`, `ram`,
/// `udt`, `qdt`, `ubl`, `cn`, `cac`, `cbc`), whatever prefixes the sender chose.
/// A class, because rules walk up (`..`) as well as down; it lives only during one validation.
final class RuleNode {
    /// The local name.
    let name: String
    /// `prefix:name` with the canonical prefix.
    let qualifiedName: String
    /// The attributes, in document order.
    let attributes: [XMLAttribute]
    /// The line in the source, 0 when unknown.
    let line: Int
    /// The absolute XPath-like path, 1-based indices on elements with same-named siblings.
    let path: String
    /// The element children, in document order.
    private(set) var children: [RuleNode] = []
    /// The parent, `nil` for the root.
    private(set) weak var parent: RuleNode?
    /// The concatenated text children.
    private let ownText: String

    init(element: XMLElement, path: String, parent: RuleNode?) {
        name = element.name
        qualifiedName = RuleNode.qualify(element)
        attributes = element.attributes
        line = element.line
        self.path = path
        self.parent = parent
        ownText = element.text
        let elements = element.children
        var totals: [String: Int] = [:]
        for child in elements { totals[RuleNode.qualify(child), default: 0] += 1 }
        var seen: [String: Int] = [:]
        var built: [RuleNode] = []
        built.reserveCapacity(elements.count)
        for child in elements {
            let name = RuleNode.qualify(child)
            seen[name, default: 0] += 1
            let suffix = (totals[name] ?? 0) > 1 ? "[\(seen[name] ?? 1)]" : ""
            built.append(RuleNode(element: child, path: "\(path)/\(name)\(suffix)", parent: self))
        }
        children = built
    }

    /// Builds the tree of a document.
    static func tree(of document: XMLDocument) -> RuleNode {
        RuleNode(element: document.root, path: "/" + qualify(document.root), parent: nil)
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

    private static func qualify(_ element: XMLElement) -> String {
        guard let namespace = element.namespace else { return element.name }
        let prefix = prefixes[namespace] ?? element.prefix ?? "ns"
        return "\(prefix):\(element.name)"
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

    /// The children with this qualified name (`*` for any).
    func children(_ qualifiedName: String) -> [RuleNode] {
        if qualifiedName == "*" { return children }
        return children.filter { $0.qualifiedName == qualifiedName }
    }

    /// The nodes a relative path of `/`-separated steps selects: qualified names, `*` or `..`.
    func select(_ path: String) -> [RuleNode] {
        var current: [RuleNode] = [self]
        for step in path.split(separator: "/") {
            if step == ".." {
                current = current.compactMap(\.parent)
            } else if step == "." {
                continue
            } else {
                let name = String(step)
                current = current.flatMap { $0.children(name) }
            }
            if current.isEmpty { break }
        }
        return current
    }

    /// The descendants (not self) with this qualified name, in document order.
    func descendants(_ qualifiedName: String) -> [RuleNode] {
        var found: [RuleNode] = []
        collect(qualifiedName, into: &found)
        return found
    }

    private func collect(_ qualifiedName: String, into found: inout [RuleNode]) {
        for child in children {
            if qualifiedName == "*" || child.qualifiedName == qualifiedName { found.append(child) }
            child.collect(qualifiedName, into: &found)
        }
    }

    /// XPath `exists(path)`.
    func exists(_ path: String) -> Bool {
        !select(path).isEmpty
    }

    /// The string value of the first node `path` selects, `nil` when none.
    func string(_ path: String) -> String? {
        select(path).first?.stringValue
    }

    /// XPath `normalize-space(path)` over the first selected node (`""` when none).
    func normalized(_ path: String) -> String {
        XPath.normalizeSpace(string(path) ?? "")
    }

    /// XPath `normalize-space(path) != ''`.
    func hasText(_ path: String) -> Bool {
        !normalized(path).isEmpty
    }

    /// XPath `xs:decimal(path)` over the first selected node: `nil` when absent or not a decimal.
    func decimal(_ path: String) -> ExactDecimal? {
        string(path).flatMap(XPath.decimal)
    }

    /// XPath `sum(path/xs:decimal(.))`: values that are not decimals are skipped.
    func sum(_ path: String) -> ExactDecimal {
        select(path).reduce(ExactDecimal.zero) { total, node in
            total + (XPath.decimal(node.stringValue) ?? .zero)
        }
    }

    /// XPath general comparison `path op value` over untyped nodes: true when one node's
    /// numeric value satisfies it.
    func some(_ path: String, _ satisfies: (ExactDecimal) -> Bool) -> Bool {
        select(path).contains { node in XPath.decimal(node.stringValue).map(satisfies) ?? false }
    }

    /// XPath general comparison `path = value` over untyped nodes, with the processor's
    /// negative-zero behaviour (see ``XPath/untypedEquals(_:_:)``).
    func someEquals(_ path: String, _ value: ExactDecimal) -> Bool {
        select(path).contains { XPath.untypedEquals($0.stringValue, value) }
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
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
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
