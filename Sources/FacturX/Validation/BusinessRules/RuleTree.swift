// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Synchronization

/// The validated document as the business rules see it: every element, numbered in document
/// order, in flat arrays; ``RuleNode`` is a number into them.
///
/// Names are qualified with the canonical prefixes of the official artefacts (`rsm`, `ram`, `udt`,
/// `qdt`, `ubl`, `cn`, `cac`, `cbc`), whatever prefixes the sender chose, and numbered per tree.
/// Building the tree allocates per element only what the element carries (its text, its
/// attributes); walking it counts no references, and freeing it frees a few arrays.
///
/// A tree is checked by one validation on one thread: its lazily built indexes opt out of dynamic
/// exclusivity checks. It must outlive the ``RuleNode`` values taken from it (``RuleDocument`` holds
/// it for the rules). Its arrays are buffers it owns rather than Swift arrays, so that reading an
/// element's data through a ``RuleNode`` counts no reference to the storage.
final class RuleTree {
    /// The name number of each element.
    let nameIDs: UnsafeMutableBufferPointer<Int32>
    /// The parent of each element, -1 for the root.
    let parents: UnsafeMutableBufferPointer<Int32>
    /// Where each element's children start in ``childList``.
    let childStarts: UnsafeMutableBufferPointer<Int32>
    /// The number of element children of each element.
    let childCounts: UnsafeMutableBufferPointer<Int32>
    /// The children of every element, each element's contiguous, in document order.
    let childList: UnsafeMutableBufferPointer<Int32>
    /// The text children of each element, concatenated (indentation between child elements is never kept).
    let texts: UnsafeMutableBufferPointer<String>
    /// Where each element's attributes start in ``attributeList``.
    let attributeStarts: UnsafeMutableBufferPointer<Int32>
    /// The attributes of every element, each element's contiguous, in document order.
    let attributeList: UnsafeMutableBufferPointer<XMLAttribute>
    /// The line of each element in the source, 0 when unknown.
    let lines: UnsafeMutableBufferPointer<Int32>
    /// The qualified names, by number.
    let names: UnsafeMutableBufferPointer<String>
    /// The local names, by number.
    let localNames: UnsafeMutableBufferPointer<String>
    /// The namespaces, by name number.
    let namespaces: UnsafeMutableBufferPointer<String?>
    /// For each name number of ``RulePaths``, the number of that name in this tree, -1 when the
    /// document has no such element.
    private let local: UnsafeMutableBufferPointer<Int>
    /// For each name number of this tree, the number of that name in ``RulePaths``.
    let shared: UnsafeMutableBufferPointer<Int>
    /// The children of wide elements by name number, built on first lookup.
    @exclusivity(unchecked) private var wideChildren: [Int: [[RuleNode]]] = [:]
    /// The 1-based positions of an element's children among their same-named siblings (0 for a
    /// child without same-named sibling), built on first ``RuleNode/path`` request.
    @exclusivity(unchecked) private var positions: [Int: [Int]] = [:]
    /// The numbers of the qualified names asked for most recently (the rules ask for the same
    /// literals again and again): found without the shared path table's lock.
    @exclusivity(unchecked) private var recentNumbers = RecentStrings<Int?>(slots: 256)

    /// Children count from which ``RuleNode/children(_:)`` uses a name index rather than a scan.
    static let indexedChildCount = 16

    /// The root element.
    var root: RuleNode { RuleNode(tree: self, index: 0) }

    /// The number of elements.
    var count: Int { nameIDs.count }

    private init(_ builder: Builder) {
        nameIDs = Self.buffer(builder.nameIDs)
        parents = Self.buffer(builder.parents)
        childStarts = Self.buffer(builder.childStarts)
        childCounts = Self.buffer(builder.childCounts)
        childList = Self.buffer(builder.childList)
        texts = Self.buffer(builder.texts)
        attributeStarts = Self.buffer(builder.attributeStarts)
        attributeList = Self.buffer(builder.attributeList)
        lines = Self.buffer(builder.lines)
        names = Self.buffer(builder.qualifier.names)
        localNames = Self.buffer(builder.qualifier.localNames)
        namespaces = Self.buffer(builder.qualifier.namespaces)
        let shared = builder.qualifier.shared
        var local = [Int](repeating: -1, count: (shared.max() ?? -1) + 1)
        for (number, sharedNumber) in shared.enumerated() { local[sharedNumber] = number }
        self.local = Self.buffer(local)
        self.shared = Self.buffer(shared)
    }

    deinit {
        Self.free(nameIDs)
        Self.free(parents)
        Self.free(childStarts)
        Self.free(childCounts)
        Self.free(childList)
        Self.free(texts)
        Self.free(attributeStarts)
        Self.free(attributeList)
        Self.free(lines)
        Self.free(names)
        Self.free(localNames)
        Self.free(namespaces)
        Self.free(local)
        Self.free(shared)
    }

    /// A buffer holding a copy of `array`.
    private static func buffer<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: array.count)
        _ = buffer.initialize(from: array)
        return buffer
    }

    /// Deinitializes and frees a buffer made by ``buffer(_:)``.
    private static func free<Element>(_ buffer: UnsafeMutableBufferPointer<Element>) {
        buffer.deinitialize()
        buffer.deallocate()
    }

    /// Parses untrusted bytes straight into a rule tree, with the secure configuration of
    /// ``XMLDocument/init(parsing:limits:)`` and no intermediate ``XMLElement`` tree.
    static func parsing(
        _ bytes: some Collection<UInt8>,
        limits: XMLParsingLimits = .init()
    ) throws(FacturXError) -> RuleTree {
        let builder = Builder(expectedElements: bytes.count / 48)
        try LibXML2TreeParser.parse(bytes, limits: limits, into: builder)
        guard builder.isComplete else {
            throw FacturXError(code: .malformedXML, message: "the XML has no complete root element")
        }
        return RuleTree(builder)
    }

    /// The tree of an already parsed document (the official unit tests, whose invoices are
    /// embedded in larger files).
    convenience init(_ document: XMLDocument) {
        let builder = Builder(expectedElements: 0)
        func add(_ element: XMLElement) {
            builder.startElement(
                XMLElementName(name: element.name, prefix: element.prefix, namespace: element.namespace, token: -1),
                attributes: element.attributes,
                line: element.line
            )
            for case .element(let child) in element.content { add(child) }
            for case .text(let piece) in element.content { builder.text(piece) }
            builder.endElement()
        }
        add(document.root)
        self.init(builder)
    }

    // MARK: - Names

    /// The number in this tree of the name of shared number `shared`, -1 when the document does
    /// not contain it.
    @inline(__always)
    func number(shared: Int) -> Int {
        shared < local.count ? local[shared] : -1
    }

    /// The number in this tree of a qualified name, -1 when the document does not contain it;
    /// `nil` for `*`.
    func number(of qualifiedName: String) -> Int? {
        if let known = recentNumbers[qualifiedName] { return known }
        let number: Int? =
            switch RulePaths.steps(qualifiedName).first {
            case .named(let shared): number(shared: shared)
            case .any: nil
            default: -1
            }
        recentNumbers[qualifiedName] = number
        return number
    }

    // MARK: - Lazily built indexes

    /// The children of a wide element with the name of number `number`.
    func wideChildren(of node: Int, named number: Int) -> [RuleNode] {
        if let index = wideChildren[node] { return number < index.count ? index[number] : [] }
        var index = [[RuleNode]](repeating: [], count: names.count)
        let start = Int(childStarts[node])
        for position in start..<start + Int(childCounts[node]) {
            let child = Int(childList[position])
            index[Int(nameIDs[child])].append(RuleNode(tree: self, index: child))
        }
        wideChildren[node] = index
        return number < index.count ? index[number] : []
    }

    /// The 1-based position of an element among its same-named siblings, 0 when it has none.
    func position(of node: Int) -> Int {
        let parent = Int(parents[node])
        guard parent >= 0 else { return 0 }
        let start = Int(childStarts[parent])
        let count = Int(childCounts[parent])
        let siblings =
            positions[parent]
            ?? {
                var totals: [Int32: Int] = [:]
                for position in start..<start + count { totals[nameIDs[Int(childList[position])], default: 0] += 1 }
                var seen: [Int32: Int] = [:]
                var result: [Int] = []
                result.reserveCapacity(count)
                for position in start..<start + count {
                    let name = nameIDs[Int(childList[position])]
                    seen[name, default: 0] += 1
                    result.append((totals[name] ?? 0) > 1 ? (seen[name] ?? 1) : 0)
                }
                positions[parent] = result
                return result
            }()
        // The children are contiguous and in order: the node's rank among them.
        var low = start
        var high = start + count - 1
        while low < high {
            let middle = (low + high) / 2
            if Int(childList[middle]) < node { low = middle + 1 } else { high = middle }
        }
        return siblings[low - start]
    }
}

extension RuleTree {
    /// Builds a tree from the parser's events: arrays filled in document order, each element's
    /// children gathered contiguously when it closes.
    private final class Builder: LibXML2TreeSink {
        @exclusivity(unchecked) var qualifier = Qualifier()
        @exclusivity(unchecked) var nameIDs: [Int32] = []
        @exclusivity(unchecked) var parents: [Int32] = []
        @exclusivity(unchecked) var childStarts: [Int32] = []
        @exclusivity(unchecked) var childCounts: [Int32] = []
        @exclusivity(unchecked) var childList: [Int32] = []
        @exclusivity(unchecked) var texts: [String] = []
        @exclusivity(unchecked) var attributeStarts: [Int32] = []
        @exclusivity(unchecked) var attributeList: [XMLAttribute] = []
        @exclusivity(unchecked) var lines: [Int32] = []
        /// Open elements, innermost last: the element and where its children start in `pending`.
        @exclusivity(unchecked) private var open: [(element: Int32, firstChild: Int)] = []
        /// The children met so far of the open elements.
        @exclusivity(unchecked) private var pending: [Int32] = []
        /// Whether the root element has closed.
        @exclusivity(unchecked) private(set) var isComplete = false

        /// A builder with room for about `expectedElements` elements (an estimate: the arrays grow
        /// past it as needed).
        init(expectedElements: Int) {
            let capacity = min(max(expectedElements, 16), 1 << 16)
            nameIDs.reserveCapacity(capacity)
            parents.reserveCapacity(capacity)
            childStarts.reserveCapacity(capacity)
            childCounts.reserveCapacity(capacity)
            childList.reserveCapacity(capacity)
            texts.reserveCapacity(capacity)
            attributeStarts.reserveCapacity(capacity)
            lines.reserveCapacity(capacity)
        }

        func startElement(_ name: XMLElementName, attributes: [XMLAttribute], line: Int) {
            guard !isComplete else { return }
            let element = Int32(nameIDs.count)
            if open.last != nil { pending.append(element) }
            nameIDs.append(Int32(qualifier.number(of: name)))
            parents.append(open.last?.element ?? -1)
            childStarts.append(0)
            childCounts.append(0)
            texts.append("")
            attributeStarts.append(Int32(attributeList.count))
            attributeList += attributes
            lines.append(Int32(clamping: line))
            open.append((element, pending.count))
        }

        func text(_ text: String) {
            guard let innermost = open.last else { return }
            texts[Int(innermost.element)] += text
        }

        func endElement() {
            guard let closing = open.popLast() else { return }
            let element = Int(closing.element)
            childStarts[element] = Int32(childList.count)
            let childCount = pending.count - closing.firstChild
            childCounts[element] = Int32(childCount)
            if childCount > 0 {
                for position in closing.firstChild..<pending.count { childList.append(pending[position]) }
                pending.removeLast(childCount)
            }
            if open.isEmpty { isComplete = true }
        }
    }

    /// Numbers the element names of a tree as it is built, by their qualified name: `prefix:name`
    /// with the canonical prefix of the artefacts' namespaces (the sender's prefix for others).
    ///
    /// What a name qualifies to is the same in every parse: it is worked out once per process and
    /// kept by the name's vocabulary token (``RuleTree/qualification(of:)``); a tree only numbers
    /// the names it meets, by token, without hashing any string.
    struct Qualifier {
        /// The qualified names met, by number.
        private(set) var names: [String] = []
        /// The local names, by number.
        private(set) var localNames: [String] = []
        /// The namespaces, by number (the first met, for a name outside the artefacts' namespaces
        /// whose sender's prefix stands for several).
        private(set) var namespaces: [String?] = []
        /// The ``RulePaths`` number of each name, by number.
        private(set) var shared: [Int] = []
        /// The number of each ``RulePaths`` number met, -1 for none.
        private var numbersByShared: [Int32] = []
        /// The number of each vocabulary token met, -1 for none.
        private var numbersByToken: [Int32] = []

        /// The number of an element's name in this tree.
        mutating func number(of name: XMLElementName) -> Int {
            let token = name.token
            if token >= 0, token < numbersByToken.count, numbersByToken[token] >= 0 {
                return Int(numbersByToken[token])
            }
            let qualification = RuleTree.qualification(of: name)
            let number: Int
            if qualification.shared < numbersByShared.count, numbersByShared[qualification.shared] >= 0 {
                number = Int(numbersByShared[qualification.shared])
            } else {
                number = names.count
                names.append(qualification.name)
                localNames.append(name.name)
                namespaces.append(name.namespace)
                shared.append(qualification.shared)
                if qualification.shared >= numbersByShared.count {
                    numbersByShared += repeatElement(-1, count: qualification.shared + 1 - numbersByShared.count)
                }
                numbersByShared[qualification.shared] = Int32(number)
            }
            if token >= 0 {
                if token >= numbersByToken.count {
                    numbersByToken += repeatElement(-1, count: token + 1 - numbersByToken.count)
                }
                numbersByToken[token] = Int32(number)
            }
            return number
        }
    }

    /// What an element name qualifies to: `prefix:name` and its ``RulePaths`` number.
    struct Qualification: Sendable {
        /// `prefix:name` with the canonical prefix of the name's namespace.
        let name: String
        /// The number of ``name`` in ``RulePaths``.
        let shared: Int
    }

    /// The qualifications worked out so far, by vocabulary token.
    private static let qualifications = Mutex<[Qualification?]>([])

    /// What a name qualifies to, worked out once per vocabulary token.
    static func qualification(of name: XMLElementName) -> Qualification {
        let token = name.token
        if token >= 0, let known = qualifications.withLock({ token < $0.count ? $0[token] : nil }) { return known }
        let qualified: String
        if let namespace = name.namespace {
            // Not a namespace of the artefacts: the sender's prefix.
            qualified = (prefixes[namespace] ?? name.prefix ?? "ns") + ":" + name.name
        } else {
            qualified = name.name
        }
        let qualification = Qualification(name: qualified, shared: RulePaths.numbers(of: [qualified])[0])
        if token >= 0 {
            qualifications.withLock { known in
                if token >= known.count { known += repeatElement(nil, count: token + 1 - known.count) }
                known[token] = qualification
            }
        }
        return qualification
    }

    static let prefixes: [String: String] = [
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
}

/// The rules' paths split into steps, and the qualified names they use numbered, once per process.
///
/// Shared by every validation, behind a lock; the paths looked up most recently are found by a slot
/// derived from the string value itself (``RecentStrings``), without hashing their characters.
enum RulePaths {
    /// One step of a path.
    enum Step: Sendable {
        /// `..`
        case parent
        /// `*`
        case any
        /// A qualified name, by its number.
        case named(Int)
    }

    private struct State: ~Copyable {
        var numbers: [String: Int] = [:]
        var paths: [String: [Step]] = [:]
        var recent = RecentStrings<[Step]>(slots: 2048)
    }

    private static let state = Mutex(State())

    /// The steps of a relative path of `/`-separated qualified names, `*`, `.` and `..`.
    @inline(__always)
    static func steps(_ path: String) -> [Step] {
        state.withLock { state in
            if let steps = state.recent[path] { return steps }
            let steps = state.paths[path] ?? split(path, &state)
            state.recent[path] = steps
            return steps
        }
    }

    /// The numbers of qualified names, numbering those not met before.
    static func numbers(of names: [String]) -> [Int] {
        state.withLock { state in names.map { number(of: $0, &state) } }
    }

    private static func number(of name: String, _ state: inout State) -> Int {
        if let number = state.numbers[name] { return number }
        let number = state.numbers.count
        state.numbers[name] = number
        return number
    }

    private static func split(_ path: String, _ state: inout State) -> [Step] {
        let steps: [Step] = path.split(separator: "/").compactMap { step in
            switch step {
            case "..": return .parent
            case ".": return nil
            case "*": return .any
            default: return .named(number(of: String(step), &state))
            }
        }
        state.paths[path] = steps
        return steps
    }
}

/// A small direct-mapped cache of values by string key, in front of a hashed lookup.
///
/// The slot of a key comes from the bits of the string value, which costs no hashing of the
/// characters; `==` on the very string stored (a literal passed again) compares those bits and
/// returns at once, while another string with the same characters still compares equal. A
/// collision only evicts an entry, so the cache stays small whatever the keys.
struct RecentStrings<Value> {
    private var entries: [(key: String, value: Value)?]
    private let mask: Int

    /// An empty cache of `slots` entries, rounded up to a power of two.
    init(slots: Int) {
        var count = 1
        while count < slots { count <<= 1 }
        entries = Array(repeating: nil, count: count)
        mask = count - 1
    }

    @inline(__always)
    private func slot(_ key: String) -> Int {
        let bits = unsafeBitCast(key, to: (UInt64, UInt64).self)
        let mixed = (bits.0 &* 0x9E37_79B9_7F4A_7C15) ^ (bits.1 &* 0xC2B2_AE3D_27D4_EB4F)
        return Int(truncatingIfNeeded: (mixed >> 29) ^ mixed) & mask
    }

    /// The value cached for `key`, `nil` when not cached.
    subscript(key: String) -> Value? {
        @inline(__always) get {
            guard let entry = entries[slot(key)], entry.key == key else { return nil }
            return entry.value
        }
        set {
            entries[slot(key)] = newValue.map { (key, $0) }
        }
    }
}
