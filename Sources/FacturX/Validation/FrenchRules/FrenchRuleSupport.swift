// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Synchronization

/// The XPath 2.0 semantics the French rules rely on (regular expressions with `\d` as any Unicode
/// decimal digit, codepoint string comparison, `xs:double` arithmetic) and their format checks.
enum FrenchXPath {
    /// Whether a scalar matches the regular expression class `\d` (Unicode category Nd).
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .decimalNumber
    }

    /// Whether a scalar is an ASCII letter or digit (`[A-Za-z0-9]`).
    static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }

    /// XPath `=` between two strings: codepoint equality (not Unicode canonical equivalence).
    static func same(_ left: String, _ right: String) -> Bool {
        left.utf8.elementsEqual(right.utf8)
    }

    /// XPath `lt` between two strings under the codepoint collation.
    static func less(_ left: String, _ right: String) -> Bool {
        left.utf8.lexicographicallyPrecedes(right.utf8)
    }

    /// XPath general comparison `nodes = value`: one node's string value equals it.
    static func anyEquals(_ nodes: [RuleNode], _ value: String) -> Bool {
        nodes.contains { same($0.stringValue, value) }
    }

    /// XPath general comparison `nodes = (values)`.
    static func anyIn(_ nodes: [RuleNode], _ values: Set<String>) -> Bool {
        nodes.contains { isIn($0.stringValue, values) }
    }

    /// `value = (values)` for one string, codepoint equality.
    static func isIn(_ value: String, _ values: Set<String>) -> Bool {
        // The lists are ASCII codes: canonical equivalence and codepoint equality agree on them
        // once the value is ASCII too.
        value.utf8.allSatisfy { $0 < 0x80 } && values.contains(value)
    }

    /// XPath general comparison between two node sets: some pair has equal string values.
    static func anyPairEqual(_ left: [RuleNode], _ right: [RuleNode]) -> Bool {
        left.contains { node in right.contains { same(node.stringValue, $0.stringValue) } }
    }

    /// XPath general comparison `left != right` between two node sets: some pair differs.
    static func anyPairDiffers(_ left: [RuleNode], _ right: [RuleNode]) -> Bool {
        left.contains { node in right.contains { !same(node.stringValue, $0.stringValue) } }
    }

    /// `string-length(text)`: the number of codepoints.
    static func length(_ text: String) -> Int {
        text.unicodeScalars.count
    }

    /// `matches(text, '^\d{count}$')`.
    static func isDigits(_ text: String, count: Int) -> Bool {
        var seen = 0
        for scalar in text.unicodeScalars {
            guard isDigit(scalar) else { return false }
            seen += 1
        }
        return seen == count
    }

    /// The BR-FR-02 identifier format: `matches(normalize-space(id), '^[A-Za-z0-9+\-_/]+$')` and
    /// no space in the raw value.
    static func isValidIdentifier(_ raw: String) -> Bool {
        if raw.unicodeScalars.contains(" ") { return false }
        let normalized = XPath.normalizeSpace(raw)
        return !normalized.isEmpty
            && normalized.unicodeScalars.allSatisfy { isASCIIAlphanumeric($0) || "+-_/".unicodeScalars.contains($0) }
    }

    /// The BR-FR-23/24 format: `matches(value, '^[A-Za-z0-9+\-_.]+$')`.
    static func isValidSchemeIdentifier(_ raw: String) -> Bool {
        !raw.isEmpty && raw.unicodeScalars.allSatisfy { isASCIIAlphanumeric($0) || "+-_.".unicodeScalars.contains($0) }
    }

    /// `number()` of a two-character string of ASCII digits; `nil` (NaN) otherwise.
    private static func asciiNumber(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var value = 0
        for scalar in scalars {
            guard scalar.value >= 0x30, scalar.value <= 0x39 else { return nil }
            value = value * 10 + Int(scalar.value - 0x30)
        }
        return value
    }

    /// The BR-FR-03 date check: a year 20xx, a valid month and a day that exists in that month.
    ///
    /// - Parameters:
    ///   - raw: the string value of the date element.
    ///   - separated: `true` for UBL (`YYYY-MM-DD`, whole value), `false` for CII (`YYYYMMDD`,
    ///     first 8 characters only).
    static func isValidDate(_ raw: String, separated: Bool) -> Bool {
        var scalars = Array(raw.unicodeScalars)
        if !separated { scalars = Array(scalars.prefix(8)) }
        let expected = separated ? 10 : 8
        guard scalars.count == expected else { return false }
        let monthStart = separated ? 5 : 4
        let dayStart = separated ? 8 : 6
        if separated, scalars[4] != "-" || scalars[7] != "-" { return false }
        // ^20\d{2}
        guard scalars[0] == "2", scalars[1] == "0", isDigit(scalars[2]), isDigit(scalars[3]) else { return false }
        // (0[1-9]|1[0-2])
        let m0 = scalars[monthStart]
        let m1 = scalars[monthStart + 1]
        let monthOK =
            (m0 == "0" && m1.value >= 0x31 && m1.value <= 0x39) || (m0 == "1" && m1.value >= 0x30 && m1.value <= 0x32)
        guard monthOK else { return false }
        // (0[1-9]|[12]\d|3[01])
        let d0 = scalars[dayStart]
        let d1 = scalars[dayStart + 1]
        let dayOK =
            (d0 == "0" && d1.value >= 0x31 && d1.value <= 0x39) || ((d0 == "1" || d0 == "2") && isDigit(d1))
            || (d0 == "3" && (d1 == "0" || d1 == "1"))
        guard dayOK else { return false }
        // The numeric checks: number() of a non-ASCII digit is NaN, and NaN compares false.
        guard let month = asciiNumber(scalars[monthStart...(monthStart + 1)]),
            let day = asciiNumber(scalars[dayStart...(dayStart + 1)])
        else { return false }
        let year = asciiNumber(scalars[0...3])
        let isLeap = year.map { ($0 % 4 == 0 && $0 % 100 != 0) || $0 % 400 == 0 } ?? false
        let maxDay: Int
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: maxDay = 31
        case 4, 6, 9, 11: maxDay = 30
        case 2: maxDay = isLeap ? 29 : 28
        default: maxDay = 0
        }
        return day <= maxDay
    }

    /// The BR-FR-DEC formats: `matches(text, '^[-]?\d{1,integer}(\.\d{1,fraction})?$')` and at most
    /// `total` characters once the points are removed.
    static func isDecimal(
        _ text: String,
        integerDigits: Int,
        fractionDigits: Int,
        total: Int,
        allowsSign: Bool
    ) -> Bool {
        // ASCII text (amounts as written): the same test over bytes, without decoding scalars.
        if let verdict = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
            var index = 0
            if allowsSign, index < bytes.count, bytes[index] == 0x2D { index += 1 }
            let integerStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            let integer = index - integerStart
            guard integer >= 1, integer <= integerDigits else { return false }
            if index < bytes.count {
                guard bytes[index] == 0x2E else { return false }
                index += 1
                let fractionStart = index
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
                let fraction = index - fractionStart
                guard fraction >= 1, fraction <= fractionDigits, index == bytes.count else { return false }
            }
            return bytes.count(where: { $0 != 0x2E }) <= total
        }), let verdict {
            return verdict
        }
        let scalars = Array(text.unicodeScalars)
        var index = 0
        if allowsSign, index < scalars.count, scalars[index] == "-" { index += 1 }
        var integer = 0
        while index < scalars.count, isDigit(scalars[index]) {
            integer += 1
            index += 1
        }
        guard integer >= 1, integer <= integerDigits else { return false }
        if index < scalars.count {
            guard scalars[index] == "." else { return false }
            index += 1
            var fraction = 0
            while index < scalars.count, isDigit(scalars[index]) {
                fraction += 1
                index += 1
            }
            guard fraction >= 1, fraction <= fractionDigits, index == scalars.count else { return false }
        }
        return scalars.count(where: { $0 != "." }) <= total
    }

    /// `is-valid-decimal-19-2`: amounts.
    static func isAmount(_ text: String) -> Bool {
        isDecimal(text, integerDigits: 19, fractionDigits: 2, total: 19, allowsSign: true)
    }

    /// `is-valid-decimal-19-4`: quantities.
    static func isQuantity(_ text: String) -> Bool {
        isDecimal(text, integerDigits: 19, fractionDigits: 4, total: 19, allowsSign: true)
    }

    /// `is-valid-decimal-19-6` (signed) or `-19-6-positive`: unit prices.
    static func isPrice(_ text: String, signed: Bool) -> Bool {
        isDecimal(text, integerDigits: 19, fractionDigits: 6, total: 19, allowsSign: signed)
    }

    /// `is-valid-percent-4-2-positive`: VAT rates.
    static func isPercent(_ text: String) -> Bool {
        isDecimal(text, integerDigits: 4, fractionDigits: 2, total: 4, allowsSign: false)
    }

    /// `check-siret-siren-coherence(siret, siren)`: 14 digits starting with the SIREN.
    static func siretMatchesSIREN(_ siret: String, _ siren: String?) -> Bool {
        guard let siren, isDigits(siret, count: 14) else { return false }
        return same(String(String.UnicodeScalarView(siret.unicodeScalars.prefix(9))), siren)
    }

    /// XPath `number(text)`: the `xs:double` value, `nil` for NaN (absent or not a number).
    static func number(_ text: String?) -> Double? {
        guard let text else { return nil }
        let trimmed = XPath.normalizeSpace(text)
        switch trimmed {
        case "INF", "+INF": return .infinity
        case "-INF": return -.infinity
        default: break
        }
        // [+-]? (digits (. digits?)? | . digits) ([eE] [+-]? digits)?
        let bytes = Array(trimmed.utf8)
        var index = 0
        func digits() -> Int {
            var count = 0
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
                count += 1
                index += 1
            }
            return count
        }
        if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
        var mantissa = digits()
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            mantissa += digits()
        }
        guard mantissa > 0 else { return nil }
        if index < bytes.count, bytes[index] == 0x45 || bytes[index] == 0x65 {
            index += 1
            if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
            guard digits() > 0 else { return nil }
        }
        guard index == bytes.count else { return nil }
        return Double(trimmed)
    }

    /// XPath `sum(nodes)` over untyped values: `xs:double` arithmetic; `nil` when one value is
    /// not a number (the processor then stops with a dynamic error).
    static func sum(_ nodes: [RuleNode]) -> Double? {
        var total = 0.0
        for node in nodes {
            guard let value = number(node.stringValue) else { return nil }
            total += value
        }
        return total
    }

    /// The number of non-overlapping occurrences of `needle` in `text`, from the left (what
    /// `tokenize` and `replace` count with a literal pattern).
    static func occurrences(of needle: String, in text: String) -> Int {
        let haystack = Array(text.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return 0 }
        var count = 0
        var index = 0
        while index + pattern.count <= haystack.count {
            if haystack[index..<(index + pattern.count)].elementsEqual(pattern) {
                count += 1
                index += pattern.count
            } else {
                index += 1
            }
        }
        return count
    }

    /// `substring-after(text, marker)`: `""` when the marker is absent.
    static func substringAfter(_ text: String, _ marker: String) -> String {
        guard let range = text.range(of: marker) else { return "" }
        return String(text[range.upperBound...])
    }

    /// `if (contains(text, '#')) then substring-before(text, '#') else text`.
    static func beforeHash(_ text: String) -> String {
        guard let index = text.firstIndex(of: "#") else { return text }
        return String(text[..<index])
    }

    /// `starts-with(text, prefix)` by codepoints.
    static func startsWith(_ text: String, _ prefix: String) -> Bool {
        text.utf8.starts(with: prefix.utf8)
    }
}

extension String {
    /// `range(of:)` on scalars, enough for the ASCII markers of the UBL notes (`#BAR#`).
    fileprivate func range(of marker: String) -> Range<String.Index>? {
        let scalars = unicodeScalars
        let pattern = Array(marker.unicodeScalars)
        var start = scalars.startIndex
        while start != scalars.endIndex {
            var current = start
            var matched = 0
            while matched < pattern.count, current != scalars.endIndex, scalars[current] == pattern[matched] {
                matched += 1
                current = scalars.index(after: current)
            }
            if matched == pattern.count { return start..<current }
            start = scalars.index(after: start)
        }
        return nil
    }
}

/// An XSLT match pattern of child steps, split once when its rule is built: `a/b/c` (every `c`
/// whose parent is a `b` whose parent is an `a`), a leading `/` anchoring the first step at the
/// root, alternatives separated by ` | `.
struct FrenchMatchPattern: Sendable {
    /// One alternative: whether it is anchored at the root, and its steps.
    struct Alternative: Sendable {
        let isAbsolute: Bool
        let steps: [String]
        /// The steps' names by their ``RulePaths`` number.
        let numbers: [Int]
    }

    /// The key under which a document keeps the elements the pattern selects: the same for every
    /// pattern of the same text, so that the many rules on one context select it once.
    let key: RuleMemoKey
    let alternatives: [Alternative]

    /// The keys of the patterns made so far, by text.
    private static let keys = Mutex<[String: RuleMemoKey]>([:])

    /// Splits a pattern.
    init(_ pattern: String) {
        key = Self.keys.withLock { keys in
            if let known = keys[pattern] { return known }
            let key = RuleMemoKey()
            keys[pattern] = key
            return key
        }
        alternatives = pattern.split(separator: "|").compactMap { alternative in
            let trimmed = alternative.trimmingSpaces
            let steps = trimmed.split(separator: "/").map(String.init)
            return steps.isEmpty
                ? nil
                : Alternative(isAbsolute: trimmed.hasPrefix("/"), steps: steps, numbers: RulePaths.numbers(of: steps))
        }
    }
}

extension RuleDocument {
    /// The elements a match pattern selects, in document order per alternative; computed once
    /// per document.
    func frenchMatch(_ pattern: FrenchMatchPattern) -> [RuleNode] {
        memoized(pattern.key) {
            tree.gathering {
                matches(pattern)
            }
        }
    }

    /// Gathers the elements a match pattern selects (see ``RuleTree/gathering(_:)``).
    private func matches(_ pattern: FrenchMatchPattern) {
        for alternative in pattern.alternatives {
            let numbers = alternative.numbers
            let last = numbers.count - 1
            nodes: for node in all(shared: numbers[last]) {
                // The ancestors, innermost first, against the steps before the last.
                var current = node
                var step = last - 1
                while step >= 0 {
                    guard let parent = current.parent, parent.sharedNameID == numbers[step] else { continue nodes }
                    current = parent
                    step -= 1
                }
                if !alternative.isAbsolute || current.parent == nil { node.tree.gather(node) }
            }
        }
    }

    /// The French rules' per-document values, computed once per document.
    ///
    /// The keys begin with the syntax and a space (`cii …`, `ubl …`), which no other rule set's key
    /// does; they are passed as they are (a literal is then found without hashing its characters).
    func frenchValue<Value>(_ key: String, _ compute: () -> Value) -> Value {
        memoized(key, compute)
    }
}

extension Substring {
    /// Without surrounding spaces.
    fileprivate var trimmingSpaces: String {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map(index(after:)) ?? start
        return String(self[start..<Swift.max(start, end)])
    }
}

extension RuleNode {
    /// The children named `name` whose attribute has exactly this value (`name[@attribute = 'value']`).
    func frenchChildren(_ path: String, attribute: String, equals value: String) -> [RuleNode] {
        select(path).filter { node in node.attribute(attribute).map { FrenchXPath.same($0, value) } ?? false }
    }

    /// Whether a child `name` has this exact string value (`name = 'value'`).
    func frenchHas(_ path: String, _ value: String) -> Bool {
        contains(path) { FrenchXPath.same($0.stringValue, value) }
    }
}

/// An index of elements by the string values of some of their descendants, for the rules that
/// compare every line with every other (`lines[ParentLineID = $id]`): built once per document,
/// so that each lookup costs the number of matches rather than the number of lines.
struct FrenchIndex {
    /// The indexed elements, in document order.
    let items: [RuleNode]
    /// The positions in ``items`` by key value.
    private let positions: [String: [Int]]
    /// The keys of each item, by position.
    private let keys: [[RuleNode]]

    /// Indexes `items` by the string values of the nodes `keys` gives for each.
    init(_ items: [RuleNode], keys: (RuleNode) -> [RuleNode]) {
        self.items = items
        var positions: [String: [Int]] = [:]
        var allKeys: [[RuleNode]] = []
        allKeys.reserveCapacity(items.count)
        for (position, item) in items.enumerated() {
            let itemKeys = keys(item)
            allKeys.append(itemKeys)
            for key in itemKeys { positions[key.stringValue, default: []].append(position) }
        }
        self.positions = positions
        self.keys = allKeys
    }

    /// The items one of whose keys equals (codepoint equality) one of `values`, in document order.
    func items(matching values: [String]) -> [RuleNode] {
        var found = Set<Int>()
        for value in values {
            for position in positions[value] ?? []
            where keys[position].contains(where: { FrenchXPath.same($0.stringValue, value) }) {
                found.insert(position)
            }
        }
        return found.sorted().map { items[$0] }
    }
}

extension BusinessRule {
    /// The same rule, checked only on documents that meet `condition`: for the rules that hold
    /// whenever the condition does not (the multi-vendor rules outside billing modes `*8`, `*9`),
    /// so that their contexts are not even selected on other documents.
    func frenchGated(by condition: @escaping @Sendable (RuleDocument) -> Bool) -> BusinessRule {
        let context = self.context
        return BusinessRule(
            id,
            severity,
            message: message,
            context: { document in condition(document) ? context(document) : [] },
            test: test
        )
    }
}
