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
/// A tree is checked by one validation on one thread: its lazily built indexes, and the buffer its
/// selections gather nodes in, opt out of dynamic exclusivity checks. It must outlive the
/// ``RuleNode`` values taken from it (``RuleDocument`` holds it for the rules). Its arrays are buffers it owns rather than Swift arrays, so that reading an
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
    /// The nodes of the selections being gathered, innermost last (see ``gathering(_:)``).
    @exclusivity(unchecked) private var gathered = Column<RuleNode>(capacity: 64)

    /// Children count from which ``RuleNode/children(_:)`` uses a name index rather than a scan.
    static let indexedChildCount = 16

    /// The root element.
    var root: RuleNode { RuleNode(tree: self, index: 0) }

    /// The number of elements.
    var count: Int { nameIDs.count }

    private init(_ builder: Builder) {
        nameIDs = builder.nameIDs.moveOut()
        parents = builder.parents.moveOut()
        childStarts = builder.childStarts.moveOut()
        childCounts = builder.childCounts.moveOut()
        childList = builder.childList.moveOut()
        texts = builder.texts.moveOut()
        attributeStarts = builder.attributeStarts.moveOut()
        attributeList = builder.attributeList.moveOut()
        lines = builder.lines.moveOut()
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

    // MARK: - Gathering node sets

    /// The nodes `gather` passes to ``gather(_:)``, in that order, as an array allocated once at
    /// its size.
    ///
    /// Selections append to one buffer the tree keeps (and reuses, capacity included) rather than
    /// to an array of their own, which would be reallocated and copied as it grows: most node sets
    /// the rules select are small, and growing each from empty cost more than walking the tree.
    /// Gatherings may nest: each takes the nodes appended after its start.
    func gathering(_ gather: () -> Void) -> [RuleNode] {
        let start = gathered.count
        gather()
        return gathered.removeLast(from: start)
    }

    /// Adds a node to the innermost ``gathering(_:)``.
    @inline(__always)
    func gather(_ node: RuleNode) {
        gathered.append(node)
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
    /// Builds a tree from the parser's events: columns filled in document order, each element's
    /// children gathered contiguously when it closes.
    private final class Builder: LibXML2TreeSink {
        @exclusivity(unchecked) var qualifier = Qualifier()
        @exclusivity(unchecked) var nameIDs: Column<Int32>
        @exclusivity(unchecked) var parents: Column<Int32>
        @exclusivity(unchecked) var childStarts: Column<Int32>
        @exclusivity(unchecked) var childCounts: Column<Int32>
        @exclusivity(unchecked) var childList: Column<Int32>
        @exclusivity(unchecked) var texts: Column<String>
        @exclusivity(unchecked) var attributeStarts: Column<Int32>
        @exclusivity(unchecked) var attributeList: Column<XMLAttribute>
        @exclusivity(unchecked) var lines: Column<Int32>
        /// Open elements, innermost last.
        @exclusivity(unchecked) private var open = Column<Int32>(capacity: 32)
        /// Where the children of each open element start in `pending`, innermost last.
        @exclusivity(unchecked) private var firstChildren = Column<Int>(capacity: 32)
        /// The children met so far of the open elements.
        @exclusivity(unchecked) private var pending = Column<Int32>(capacity: 64)
        /// Whether the root element has closed.
        @exclusivity(unchecked) private(set) var isComplete = false

        /// A builder with room for about `expectedElements` elements (an estimate: the columns grow
        /// past it as needed).
        init(expectedElements: Int) {
            let capacity = min(max(expectedElements, 16), 1 << 16)
            nameIDs = Column(capacity: capacity)
            parents = Column(capacity: capacity)
            childStarts = Column(capacity: capacity)
            childCounts = Column(capacity: capacity)
            childList = Column(capacity: capacity)
            texts = Column(capacity: capacity)
            attributeStarts = Column(capacity: capacity)
            attributeList = Column(capacity: capacity / 4)
            lines = Column(capacity: capacity)
        }

        func startElement(_ name: XMLElementName, attributes: [XMLAttribute], line: Int) {
            guard !isComplete else { return }
            let element = Int32(nameIDs.count)
            let parent = open.last ?? -1
            if parent >= 0 { pending.append(element) }
            nameIDs.append(Int32(qualifier.number(of: name)))
            parents.append(parent)
            childStarts.append(0)
            childCounts.append(0)
            texts.append("")
            attributeStarts.append(Int32(attributeList.count))
            for attribute in attributes { attributeList.append(attribute) }
            lines.append(Int32(clamping: line))
            open.append(element)
            firstChildren.append(pending.count)
        }

        func text(_ text: String) {
            guard let innermost = open.last else { return }
            // Most elements have their text in one piece: stored as it is.
            if texts[Int(innermost)].isEmpty {
                texts[Int(innermost)] = text
            } else {
                texts[Int(innermost)] += text
            }
        }

        func endElement() {
            guard let element = open.popLast().map(Int.init), let firstChild = firstChildren.popLast() else { return }
            childStarts[element] = Int32(childList.count)
            let childCount = pending.count - firstChild
            childCounts[element] = Int32(childCount)
            if childCount > 0 {
                for position in firstChild..<pending.count { childList.append(pending[position]) }
                pending.removeLast(childCount)
            }
            if open.count == 0 { isComplete = true }
        }
    }

    /// A column of the tree as the builder fills it: a buffer that grows by doubling, moved into the
    /// tree's buffer of exactly its size once the tree is complete; also the stack the tree's
    /// selections gather their nodes in.
    ///
    /// A Swift array held by a class checks its uniqueness on every append, and the builder appends to
    /// ten of them for each element; a column owned by the builder alone needs no such check.
    fileprivate struct Column<Element>: ~Copyable {
        private var base: UnsafeMutablePointer<Element>
        private var capacity: Int
        /// The number of elements.
        private(set) var count = 0

        init(capacity: Int) {
            self.capacity = max(capacity, 1)
            base = .allocate(capacity: self.capacity)
        }

        deinit {
            base.deinitialize(count: count)
            base.deallocate()
        }

        /// The last element, `nil` when empty.
        @inline(__always)
        var last: Element? {
            count > 0 ? base[count - 1] : nil
        }

        subscript(index: Int) -> Element {
            get {
                precondition(index >= 0 && index < count, "index out of range")
                return base[index]
            }
            set {
                precondition(index >= 0 && index < count, "index out of range")
                base[index] = newValue
            }
        }

        @inline(__always)
        mutating func append(_ element: Element) {
            if count == capacity { grow() }
            (base + count).initialize(to: element)
            count += 1
        }

        /// Doubles the capacity (rarely: out of the inlined append).
        @inline(never)
        private mutating func grow() {
            let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }

        /// Removes and returns the last element, `nil` when empty.
        mutating func popLast() -> Element? {
            guard count > 0 else { return nil }
            count -= 1
            return (base + count).move()
        }

        /// Removes the last `k` elements.
        mutating func removeLast(_ k: Int) {
            precondition(k >= 0 && k <= count, "more elements removed than there are")
            count -= k
            (base + count).deinitialize(count: k)
        }

        /// The elements from position `start` on, removed and returned as an array (allocated once,
        /// at their number).
        mutating func removeLast(from start: Int) -> [Element] {
            let removed = count - start
            if removed <= 0 { return [] }
            count = start
            let elements = Array(UnsafeBufferPointer(start: base + start, count: removed))
            (base + start).deinitialize(count: removed)
            return elements
        }

        /// The elements, moved into a buffer of exactly their number that the caller then owns
        /// (deinitializes and deallocates); the column is left empty.
        mutating func moveOut() -> UnsafeMutableBufferPointer<Element> {
            let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: count)
            if let target = buffer.baseAddress { target.moveInitialize(from: base, count: count) }
            count = 0
            return buffer
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

        /// A qualifier with room for the names of a typical invoice.
        init() {
            names.reserveCapacity(64)
            localNames.reserveCapacity(64)
            namespaces.reserveCapacity(64)
            shared.reserveCapacity(64)
        }

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
                    let count = max(qualification.shared + 1, 2 * numbersByShared.count, 256)
                    numbersByShared += repeatElement(-1, count: count - numbersByShared.count)
                }
                numbersByShared[qualification.shared] = Int32(number)
            }
            if token >= 0 {
                if token >= numbersByToken.count {
                    // Grown geometrically: the tokens of a document are met in no particular order.
                    let count = max(token + 1, 2 * numbersByToken.count, 256)
                    numbersByToken += repeatElement(-1, count: count - numbersByToken.count)
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
