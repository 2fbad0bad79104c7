// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureLibXML2

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension XMLDocument {
    /// Parses untrusted XML bytes into an ``XMLDocument``, with libxml2 and a secure configuration.
    ///
    /// The bytes go through libxml2's push parser in SAX2 mode, and the callbacks build the
    /// ``XMLElement`` tree directly (no intermediate `xmlDoc`). The configuration is the one every
    /// invoice reader relies on:
    /// - no network (`XML_PARSE_NONET`), no entity substitution (no `XML_PARSE_NOENT`), no DTD
    ///   loading (no `XML_PARSE_DTDLOAD`);
    /// - any `<!DOCTYPE …>` (so any entity declaration, internal or external) is refused as soon
    ///   as it is seen, before its internal subset is read: XXE and "billion laughs" never start;
    /// - the input size is checked before parsing, the nesting depth while parsing;
    /// - libxml2 prints nothing: its diagnostics are captured per parse (see `LibXML2Runtime`).
    ///
    /// The tree keeps namespace URIs, prefixes, attributes in document order, text with entity
    /// and character references resolved, CDATA sections as text, and each element's line (the
    /// line on which its start tag ends). Comments and processing instructions are dropped.
    /// Whitespace-only text next to child elements (indentation) is dropped; whitespace-only text
    /// in an element with no child element is kept.
    ///
    /// ```swift
    /// let document = try XMLDocument(parsing: bytes)
    /// let number = document.root.child(rsm, "ExchangedDocument")?.child(ram, "ID")?.text
    /// ```
    ///
    /// - Parameters:
    ///   - bytes: The document, in any encoding libxml2 detects (UTF-8 without a declaration).
    ///     `[UInt8]`, `ArraySlice<UInt8>`, `Data` and `UnsafeRawBufferPointer` are read in place.
    ///   - limits: Size and depth bounds.
    /// - Throws: ``/FacturX/FacturXError`` with code `inputTooLarge` (more than `limits.maximumBytes`),
    ///   `forbiddenDeclaration` (a DOCTYPE or entity declaration), `nestingTooDeep` (deeper than
    ///   `limits.maximumDepth`), `malformedXML` (not well-formed or not namespace-well-formed;
    ///   `location` is `line:column`) or `internalError` (libxml2 out of memory).
    package init(parsing bytes: some Collection<UInt8>, limits: XMLParsingLimits = .init()) throws(FacturXError) {
        let sink = XMLElementTreeSink()
        try LibXML2TreeParser.parse(bytes, limits: limits, into: sink)
        guard let root = sink.root else {
            throw FacturXError(code: .malformedXML, message: "the XML has no complete root element")
        }
        self.init(root: root)
    }
}

/// Receives the tree of a secure parse, element by element: the ``XMLElement`` tree of
/// ``XMLDocument/init(parsing:limits:)``, or the validator's own tree, built without an
/// intermediate one.
///
/// The parser has already dropped indentation (whitespace-only text next to child elements),
/// comments and processing instructions, and refused any DTD.
protocol LibXML2TreeSink: AnyObject {
    /// An element starts; it is the innermost open element until its ``endElement()``.
    ///
    /// The name is one shared instance per distinct (name, prefix, namespace) for the whole
    /// process (see ``XMLElementNames``): a sink may remember what it derived from a name by its
    /// ``XMLElementName/token`` instead of deriving it again.
    func startElement(_ name: XMLElementName, attributes: [XMLAttribute], line: Int)
    /// Character data of the innermost open element (entities resolved, CDATA unwrapped); an
    /// element's text may arrive in several pieces.
    func text(_ text: String)
    /// The innermost open element ends.
    func endElement()
}

/// Builds the ``XMLElement`` tree.
private final class XMLElementTreeSink: LibXML2TreeSink {
    /// Open elements, innermost last.
    private var stack: [XMLElement] = []
    /// The root, once closed.
    private(set) var root: XMLElement?

    func startElement(_ name: XMLElementName, attributes: [XMLAttribute], line: Int) {
        stack.append(
            XMLElement(
                namespace: name.namespace,
                name: name.name,
                prefix: name.prefix,
                attributes: attributes,
                line: line
            )
        )
    }

    func text(_ text: String) {
        guard let last = stack.indices.last else { return }
        if case .text(let previous)? = stack[last].content.last {
            stack[last].content[stack[last].content.count - 1] = .text(previous + text)
        } else {
            stack[last].content.append(.text(text))
        }
    }

    func endElement() {
        guard let element = stack.popLast() else { return }
        if stack.isEmpty {
            root = element
        } else {
            stack[stack.count - 1].content.append(.element(element))
        }
    }
}

/// The secure SAX2 parser behind ``XMLDocument/init(parsing:limits:)`` and the validator's tree:
/// it enforces the limits, refuses declarations, drops indentation and hands the rest to a
/// ``LibXML2TreeSink``.
///
/// Not thread-safe: one instance per parse, used on one thread, never escapes `parse`. That is
/// also why its state opts out of dynamic exclusivity checks (`@exclusivity(unchecked)`): they
/// cost more than the tree building itself, and no access can overlap on one thread.
final class LibXML2TreeParser {
    /// Bytes handed to `xmlParseChunk` at a time; libxml2 discards consumed input between chunks.
    private static let chunkSize = 1 << 20
    /// libxml2's built-in nesting guard (`xmlParserMaxDepth`, 256 in 2.9), lifted by `XML_PARSE_HUGE`.
    private static let libxml2DepthGuard = 256

    private let maximumDepth: Int
    private let sink: any LibXML2TreeSink
    @exclusivity(unchecked) private var context: xmlParserCtxtPtr?
    /// Whether each open element already has an element child, innermost last.
    @exclusivity(unchecked) private var hasElementChild: [Bool] = []
    /// Whether the root element has ended.
    @exclusivity(unchecked) private var rootClosed = false
    /// Character data not yet attached to the current element.
    @exclusivity(unchecked) private var pendingText: [UInt8] = []
    /// How many bytes of `pendingText` are pending: the buffer is kept, only the count is reset.
    @exclusivity(unchecked) private var pendingCount = 0
    /// The first reason to stop, decided by us (as opposed to libxml2).
    @exclusivity(unchecked) private var failure: FacturXError?
    /// Whether `failure` is set: the callbacks test a flag rather than copy the optional error.
    @exclusivity(unchecked) private var hasFailed = false
    /// The names met last, by a slot derived from their dictionary pointer: found without hashing.
    @exclusivity(unchecked) private var recentNames = [(key: UnsafeRawPointer, string: String)?](
        repeating: nil,
        count: 256
    )
    /// The namespace URIs met last, likewise.
    @exclusivity(unchecked) private var recentNamespaces = [
        (key: UnsafeRawPointer, raw: String, decoded: String)?
    ](repeating: nil, count: 16)
    /// Names, prefixes and URIs come from the parser's dictionary, so one pointer means one
    /// string for the whole parse; caching them shares one Swift string per name.
    @exclusivity(unchecked) private var interned: [UnsafeRawPointer: String] = [:]
    /// Namespace URIs by dictionary pointer: the raw bytes (to check a hit) and the decoded URI.
    @exclusivity(unchecked) private var internedNamespaces: [UnsafeRawPointer: (raw: String, decoded: String)] = [:]
    /// The hashes of the namespace URIs met in this parse (``XMLElementNames/uriHash(_:)``), by
    /// dictionary pointer: a document uses a handful of URIs, each hashed once.
    @exclusivity(unchecked) private var uriHashes: [(key: UnsafeRawPointer, hash: Int)] = []
    /// Every element name met in this parse, by its three dictionary pointers: an element whose
    /// pointers were met before reuses its name without measuring or comparing any bytes.
    @exclusivity(unchecked) private var elementNames = ElementNameTable()

    /// An element's name as libxml2's dictionary holds it: three pointers.
    private struct ElementNameKey: Equatable {
        let localName: UnsafeRawPointer
        let prefix: UnsafeRawPointer?
        let uri: UnsafeRawPointer?
    }

    /// The names of a parse by their pointers: open addressing with linear probing, so that each
    /// distinct name is looked up in the vocabulary exactly once per parse (dictionary strings are
    /// packed a few bytes apart, which a direct-mapped cache would keep evicting).
    private struct ElementNameTable {
        private var keys = [ElementNameKey?](repeating: nil, count: 128)
        private var names = [XMLElementName?](repeating: nil, count: 128)
        private var count = 0

        /// The slot where `key` is or would go.
        private func slot(of key: ElementNameKey) -> Int {
            let mixed =
                (UInt(bitPattern: key.localName) ^ (UInt(bitPattern: key.uri ?? key.localName) &* 31))
                &* 0x9E37_79B9_7F4A_7C15
            let mask = keys.count - 1
            var slot = Int(truncatingIfNeeded: mixed >> 40) & mask
            while let stored = keys[slot], stored != key { slot = (slot + 1) & mask }
            return slot
        }

        /// The name stored for `key`, or the one `make` returns, stored.
        mutating func name(for key: ElementNameKey, make: () -> XMLElementName) -> XMLElementName {
            let slot = slot(of: key)
            if let name = names[slot] { return name }
            let name = make()
            keys[slot] = key
            names[slot] = name
            count += 1
            if count * 2 > keys.count { grow() }
            return name
        }

        private mutating func grow() {
            let entries = zip(keys, names).compactMap { key, name in key.flatMap { key in name.map { (key, $0) } } }
            keys = [ElementNameKey?](repeating: nil, count: keys.count * 2)
            names = [XMLElementName?](repeating: nil, count: keys.count)
            for (key, name) in entries {
                let slot = slot(of: key)
                keys[slot] = key
                names[slot] = name
            }
        }
    }

    private let diagnostics = LibXML2Diagnostics(capacity: 16)

    private init(maximumDepth: Int, sink: any LibXML2TreeSink) {
        self.maximumDepth = maximumDepth
        self.sink = sink
    }

    /// Parses untrusted bytes into `sink`, with the guarantees of ``XMLDocument/init(parsing:limits:)``.
    ///
    /// - Throws: the errors ``XMLDocument/init(parsing:limits:)`` documents; when it throws, the
    ///   sink holds a partial tree that must be discarded.
    static func parse(
        _ bytes: some Collection<UInt8>,
        limits: XMLParsingLimits,
        into sink: any LibXML2TreeSink
    ) throws(FacturXError) {
        let count = bytes.count
        guard count <= limits.maximumBytes else {
            throw FacturXError(
                code: .inputTooLarge,
                message: "the XML input is \(count) bytes, more than the limit of \(limits.maximumBytes)"
            )
        }
        let parser = LibXML2TreeParser(maximumDepth: limits.maximumDepth, sink: sink)
        let parsed: Result<Void, FacturXError>
        if let inPlace = bytes.withContiguousStorageIfAvailable({ buffer in
            LibXML2Runtime.withDiagnostics(parser.diagnostics) {
                parser.run(UnsafeRawBufferPointer(buffer), limits: limits)
            }
        }) {
            parsed = inPlace
        } else {
            parsed = Array(bytes).withUnsafeBytes { buffer in
                LibXML2Runtime.withDiagnostics(parser.diagnostics) { parser.run(buffer, limits: limits) }
            }
        }
        try parsed.get()
    }

    private func run(_ bytes: UnsafeRawBufferPointer, limits: XMLParsingLimits) -> Result<Void, FacturXError> {
        var handler = Self.saxHandler()
        let userData = Unmanaged.passUnretained(self).toOpaque()
        guard let context = xmlCreatePushParserCtxt(&handler, userData, nil, 0, nil) else {
            return .failure(FacturXError(code: .internalError, message: "libxml2 could not create a parser"))
        }
        self.context = context
        defer {
            self.context = nil
            xmlFreeParserCtxt(context)
        }
        var options = XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
        if limits.maximumDepth > Self.libxml2DepthGuard {
            // Lifts libxml2's fixed 256-level guard; our own depth check still applies.
            options |= XML_PARSE_HUGE.rawValue
        }
        _ = xmlCtxtUseOptions(context, Int32(bitPattern: options))

        var offset = 0
        var terminated = false
        while failure == nil, diagnostics.firstError == nil, !terminated {
            let end = min(offset + Self.chunkSize, bytes.count)
            terminated = end == bytes.count
            let chunk = bytes.baseAddress.map { $0.advanced(by: offset).assumingMemoryBound(to: CChar.self) }
            let status = xmlParseChunk(context, chunk, Int32(end - offset), terminated ? 1 : 0)
            offset = end
            if status != 0 { break }
        }
        return finish(wellFormed: cfacture_parserWellFormed(context) != 0)
    }

    private func finish(wellFormed: Bool) -> Result<Void, FacturXError> {
        if let failure { return .failure(failure) }
        if let error = diagnostics.firstError { return .failure(.parsing(error)) }
        guard wellFormed else {
            return .failure(FacturXError(code: .malformedXML, message: "libxml2 found the XML not well-formed"))
        }
        guard rootClosed, hasElementChild.isEmpty else {
            return .failure(FacturXError(code: .malformedXML, message: "the XML has no complete root element"))
        }
        return .success(())
    }

    // MARK: Building the tree

    private func fail(_ error: FacturXError) {
        if failure == nil { failure = error }
        hasFailed = true
        if let context { xmlStopParser(context) }
    }

    private func refuseDeclaration(_ what: String) {
        fail(
            FacturXError(
                code: .forbiddenDeclaration,
                message: "the XML contains \(what); invoices never need one, so it is refused",
                location: currentLine.map { "\($0)" }
            )
        )
    }

    private var currentLine: Int? {
        let line = Int(cfacture_parserLine(context))
        return line > 0 ? line : nil
    }

    private func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        let bytes = UnsafeBufferPointer(start: pointer, count: Int(xmlStrlen(pointer)))
        let key = UnsafeRawPointer(pointer)
        let slot = Int(bitPattern: UInt(bitPattern: key) >> 3) & (recentNames.count - 1)
        if let recent = recentNames[slot], recent.key == key, Self.hasBytes(recent.string, bytes) {
            return recent.string
        }
        if let cached = interned[key], Self.hasBytes(cached, bytes) {
            recentNames[slot] = (key, cached)
            return cached
        }
        let created = String(decoding: bytes, as: UTF8.self)
        interned[key] = created
        recentNames[slot] = (key, created)
        return created
    }

    /// Whether a cached string holds exactly these bytes: one `memcmp` over its contiguous UTF-8
    /// instead of a byte-by-byte walk (the interning check runs for every name of every element).
    private static func hasBytes(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard string.utf8.count == bytes.count else { return false }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        return string.utf8.withContiguousStorageIfAvailable { stored in
            guard let storedBase = stored.baseAddress else { return false }
            return memcmp(storedBase, base, bytes.count) == 0
        } ?? string.utf8.elementsEqual(bytes)
    }

    /// A namespace URI: an attribute value (`xmlns="…"`) to libxml2, so `&` arrives as `&#38;`
    /// exactly as in ``attributeValue(_:)``. Cached decoded, keyed by the dictionary pointer.
    private func namespace(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        let bytes = UnsafeBufferPointer(start: pointer, count: Int(xmlStrlen(pointer)))
        let key = UnsafeRawPointer(pointer)
        let slot = Int(bitPattern: UInt(bitPattern: key) >> 3) & (recentNamespaces.count - 1)
        if let recent = recentNamespaces[slot], recent.key == key, Self.hasBytes(recent.raw, bytes) {
            return recent.decoded
        }
        if let cached = internedNamespaces[key], Self.hasBytes(cached.raw, bytes) {
            recentNamespaces[slot] = (key, cached.raw, cached.decoded)
            return cached.decoded
        }
        let decoded = Self.attributeValue(bytes)
        let raw = String(decoding: bytes, as: UTF8.self)
        internedNamespaces[key] = (raw, decoded)
        recentNamespaces[slot] = (key, raw, decoded)
        return decoded
    }

    private func startElement(
        localName: UnsafePointer<xmlChar>,
        prefix: UnsafePointer<xmlChar>?,
        uri: UnsafePointer<xmlChar>?,
        attributeCount: Int,
        attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        guard !hasFailed else { return }
        guard hasElementChild.count < maximumDepth else {
            fail(
                FacturXError(
                    code: .nestingTooDeep,
                    message: "elements are nested deeper than the limit of \(maximumDepth)",
                    location: currentLine.map { "\($0)" }
                )
            )
            return
        }
        flushText(beforeChildElement: true)
        var elementAttributes: [XMLAttribute] = []
        if attributeCount > 0, let attributes {
            elementAttributes.reserveCapacity(attributeCount)
            for index in 0..<attributeCount {
                let base = attributes + 5 * index
                guard let name = base[0] else { continue }
                var value = ""
                if let start = base[3], let end = base[4], end >= start {
                    value = Self.attributeValue(UnsafeBufferPointer(start: start, count: end - start))
                }
                elementAttributes.append(
                    XMLAttribute(
                        namespace: namespace(base[2]),
                        name: string(name) ?? "",
                        prefix: string(base[1]),
                        value: value
                    )
                )
            }
        }
        if let last = hasElementChild.indices.last { hasElementChild[last] = true }
        hasElementChild.append(false)
        sink.startElement(
            elementName(localName: localName, prefix: prefix, uri: uri),
            attributes: elementAttributes,
            line: currentLine ?? 0
        )
    }

    /// The name of an element. libxml2 hands every element name, prefix and URI over from its
    /// per-parse dictionary, where one pointer is one string for the whole parse: the process
    /// vocabulary (``XMLElementNames``) is asked once per distinct triple of the parse.
    private func elementName(
        localName: UnsafePointer<xmlChar>,
        prefix: UnsafePointer<xmlChar>?,
        uri: UnsafePointer<xmlChar>?
    ) -> XMLElementName {
        let key = ElementNameKey(
            localName: UnsafeRawPointer(localName),
            prefix: prefix.map(UnsafeRawPointer.init),
            uri: uri.map(UnsafeRawPointer.init)
        )
        return elementNames.name(for: key) {
            let uriBytes = uri.map(Self.bytes)
            return XMLElementNames.shared.name(
                local: Self.bytes(localName),
                prefix: prefix.map(Self.bytes),
                uri: uriBytes,
                uriHash: uriBytes.map { uriHash(key: UnsafeRawPointer($0.baseAddress), bytes: $0) } ?? 0,
                decode: Self.attributeValue
            )
        }
    }

    /// The hash of a namespace URI, computed once per dictionary pointer of the parse (a bounded
    /// list: past a few dozen URIs, each further one is hashed every time).
    private func uriHash(key: UnsafeRawPointer?, bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if let key, let known = uriHashes.first(where: { $0.key == key }) { return known.hash }
        let hash = XMLElementNames.uriHash(bytes)
        if let key, uriHashes.count < 32 { uriHashes.append((key, hash)) }
        return hash
    }

    /// The bytes of a NUL-terminated libxml2 string.
    private static func bytes(_ pointer: UnsafePointer<xmlChar>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: pointer, count: Int(xmlStrlen(pointer)))
    }

    /// Without `XML_PARSE_NOENT`, libxml2 hands attribute values over with each `&` (from
    /// `&amp;` or `&#38;`) written back as `&#38;`. No other reference can remain (DTDs are
    /// refused, so no entity is declared), and a literal `&` cannot occur, so each `&#38;` is
    /// exactly one `&`.
    private static func attributeValue(_ bytes: UnsafeBufferPointer<xmlChar>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        let escaped = Array("&#38;".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"), index + escaped.count <= bytes.count,
                bytes[index..<index + escaped.count].elementsEqual(escaped)
            {
                result.append(UInt8(ascii: "&"))
                index += escaped.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private func endElement() {
        guard !hasFailed, !hasElementChild.isEmpty else { return }
        flushText(beforeChildElement: false)
        hasElementChild.removeLast()
        if hasElementChild.isEmpty { rootClosed = true }
        sink.endElement()
    }

    private func appendText(_ bytes: UnsafePointer<xmlChar>?, count: Int32) {
        guard !hasFailed, !hasElementChild.isEmpty, let bytes, count > 0 else { return }
        let end = pendingCount + Int(count)
        if end > pendingText.count {
            pendingText.append(contentsOf: repeatElement(0, count: max(end, 2 * pendingText.count) - pendingText.count))
        }
        pendingText.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            (base + pendingCount).update(from: bytes, count: Int(count))
        }
        pendingCount = end
    }

    /// Attaches pending character data to the innermost open element, unless it is
    /// whitespace-only next to element content (indentation).
    private func flushText(beforeChildElement: Bool) {
        guard pendingCount > 0 else { return }
        defer { pendingCount = 0 }
        guard let last = hasElementChild.indices.last else { return }
        let text: String? = pendingText.withUnsafeBufferPointer { buffer in
            let pending = UnsafeBufferPointer(rebasing: buffer[..<pendingCount])
            let isBlank = pending.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            if isBlank && (beforeChildElement || hasElementChild[last]) { return nil }
            return String(decoding: pending, as: UTF8.self)
        }
        if let text { sink.text(text) }
    }

    // MARK: SAX2 callbacks

    private static func from(_ context: UnsafeMutableRawPointer?) -> LibXML2TreeParser? {
        context.map { Unmanaged<LibXML2TreeParser>.fromOpaque($0).takeUnretainedValue() }
    }

    private static func saxHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = cfacture_sax2Magic()
        handler.startElementNs = { context, localName, prefix, uri, _, _, attributeCount, _, attributes in
            guard let parser = LibXML2TreeParser.from(context), let localName else { return }
            parser.startElement(
                localName: localName,
                prefix: prefix,
                uri: uri,
                attributeCount: Int(attributeCount),
                attributes: attributes
            )
        }
        handler.endElementNs = { context, _, _, _ in LibXML2TreeParser.from(context)?.endElement() }
        handler.characters = { context, bytes, count in LibXML2TreeParser.from(context)?.appendText(bytes, count: count)
        }
        handler.ignorableWhitespace = { context, bytes, count in
            LibXML2TreeParser.from(context)?.appendText(bytes, count: count)
        }
        handler.cdataBlock = { context, bytes, count in LibXML2TreeParser.from(context)?.appendText(bytes, count: count)
        }
        // Every DTD hook refuses: a DOCTYPE is reported by `internalSubset` before its `[ … ]`
        // body is read, so no entity is ever declared, let alone expanded or fetched.
        handler.internalSubset = { context, _, _, _ in
            LibXML2TreeParser.from(context)?.refuseDeclaration("a DOCTYPE declaration")
        }
        handler.externalSubset = { context, _, _, _ in
            LibXML2TreeParser.from(context)?.refuseDeclaration("an external DTD")
        }
        handler.entityDecl = { context, _, _, _, _, _ in
            LibXML2TreeParser.from(context)?.refuseDeclaration("an entity declaration")
        }
        handler.unparsedEntityDecl = { context, _, _, _, _ in
            LibXML2TreeParser.from(context)?.refuseDeclaration("an unparsed entity declaration")
        }
        handler.resolveEntity = { context, _, _ in
            LibXML2TreeParser.from(context)?.refuseDeclaration("an external entity reference")
            return nil
        }
        handler.getParameterEntity = { context, _ in
            LibXML2TreeParser.from(context)?.refuseDeclaration("a parameter entity reference")
            return nil
        }
        handler.serror = { context, error in
            guard let parser = LibXML2TreeParser.from(context), let error else { return }
            parser.diagnostics.record(UnsafePointer(error))
            if parser.diagnostics.firstError != nil, let context = parser.context { xmlStopParser(context) }
        }
        return handler
    }
}
