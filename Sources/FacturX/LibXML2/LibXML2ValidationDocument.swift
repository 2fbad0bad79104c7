// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureLibXML2

/// A libxml2 `xmlDoc` parsed from untrusted bytes for schema validation, owned: freed in `deinit`.
///
/// Parsed with the same policy as ``XMLDocument/init(parsing:limits:)`` (no network, no entity
/// substitution, no DTD loading, DOCTYPE refused when seen, size and depth limits, diagnostics
/// captured), but independently of it: the validator never sees the Swift tree, and the tree
/// never depends on libxml2's DOM. `XML_PARSE_BIG_LINES` keeps line numbers above 65,535.
///
/// Not thread-safe (libxml2 documents are mutable); one instance per validation. `package` so
/// that the fuzz target (`FuzzTesting/`) can compare this parse with the tree parse.
package final class LibXML2ValidationDocument {
    private let handle: xmlDocPtr

    /// Parses `bytes` into a libxml2 DOM.
    ///
    /// - Throws: `inputTooLarge`, `forbiddenDeclaration`, `nestingTooDeep`, `malformedXML` or
    ///   `internalError`, as ``XMLDocument/init(parsing:limits:)`` does.
    package init(parsing bytes: UnsafeRawBufferPointer, limits: XMLParsingLimits) throws(FacturXError) {
        guard bytes.count <= limits.maximumBytes else {
            throw FacturXError(
                code: .inputTooLarge,
                message: "the XML input is \(bytes.count) bytes, more than the limit of \(limits.maximumBytes)"
            )
        }
        let state = ParseState(maximumDepth: limits.maximumDepth)
        let result = LibXML2Runtime.withDiagnostics(state.diagnostics) { state.parse(bytes, limits: limits) }
        handle = try result.get()
    }

    deinit {
        xmlFreeDoc(handle)
    }

    /// Validates this document against a compiled schema.
    func validate(against schema: LibXML2Schema) throws(FacturXError) -> [SchemaViolation] {
        try schema.validate(handle)
    }
}

@available(*, unavailable)
extension LibXML2ValidationDocument: Sendable {}

/// The state of one `xmlDoc` parse, reached from libxml2 callbacks through `ctxt->_private`.
private final class ParseState {
    private static let chunkSize = 1 << 20
    private static let libxml2DepthGuard = 256

    let maximumDepth: Int
    let diagnostics = LibXML2Diagnostics(capacity: 16)
    var depth = 0
    var failure: FacturXError?

    init(maximumDepth: Int) {
        self.maximumDepth = maximumDepth
    }

    func parse(_ bytes: UnsafeRawBufferPointer, limits: XMLParsingLimits) -> Result<xmlDocPtr, FacturXError> {
        var handler = Self.saxHandler()
        // No user data: libxml2's SAX2 tree builder needs the parser context as its `ctx`.
        guard let context = xmlCreatePushParserCtxt(&handler, nil, nil, 0, nil) else {
            return .failure(FacturXError(code: .internalError, message: "libxml2 could not create a parser"))
        }
        defer {
            if let document = context.pointee.myDoc {
                context.pointee.myDoc = nil
                xmlFreeDoc(document)
            }
            xmlFreeParserCtxt(context)
        }
        context.pointee._private = Unmanaged.passUnretained(self).toOpaque()
        var options =
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_BIG_LINES.rawValue
        if limits.maximumDepth > Self.libxml2DepthGuard { options |= XML_PARSE_HUGE.rawValue }
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
        if let failure { return .failure(failure) }
        if let error = diagnostics.firstError { return .failure(.parsing(error)) }
        guard cfacture_parserWellFormed(context) != 0, let document = context.pointee.myDoc,
            xmlDocGetRootElement(document) != nil
        else {
            return .failure(FacturXError(code: .malformedXML, message: "libxml2 found the XML not well-formed"))
        }
        context.pointee.myDoc = nil
        return .success(document)
    }

    private func fail(_ error: FacturXError, _ context: xmlParserCtxtPtr) {
        if failure == nil { failure = error }
        xmlStopParser(context)
    }

    // MARK: SAX2 callbacks: libxml2's tree builder, with DTD hooks refused and depth counted

    private static func from(_ ctx: UnsafeMutableRawPointer?) -> (ParseState, xmlParserCtxtPtr)? {
        guard let ctx else { return nil }
        let context = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let state = context.pointee._private else { return nil }
        return (Unmanaged<ParseState>.fromOpaque(state).takeUnretainedValue(), context)
    }

    private static func refuse(_ ctx: UnsafeMutableRawPointer?, _ what: String) {
        guard let (state, context) = ParseState.from(ctx) else { return }
        let line = Int(cfacture_parserLine(context))
        state.fail(
            FacturXError(
                code: .forbiddenDeclaration,
                message: "the XML contains \(what); invoices never need one, so it is refused",
                location: line > 0 ? "\(line)" : nil
            ),
            context
        )
    }

    private static func saxHandler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        _ = xmlSAXVersion(&handler, 2)
        handler.startElementNs = {
            ctx,
            localName,
            prefix,
            uri,
            namespaceCount,
            namespaces,
            attributeCount,
            defaulted,
            attributes in
            guard let (state, context) = ParseState.from(ctx), state.failure == nil else { return }
            guard state.depth < state.maximumDepth else {
                let line = Int(cfacture_parserLine(context))
                state.fail(
                    FacturXError(
                        code: .nestingTooDeep,
                        message: "elements are nested deeper than the limit of \(state.maximumDepth)",
                        location: line > 0 ? "\(line)" : nil
                    ),
                    context
                )
                return
            }
            state.depth += 1
            xmlSAX2StartElementNs(
                ctx,
                localName,
                prefix,
                uri,
                namespaceCount,
                namespaces,
                attributeCount,
                defaulted,
                attributes
            )
        }
        handler.endElementNs = { ctx, localName, prefix, uri in
            guard let (state, _) = ParseState.from(ctx), state.failure == nil else { return }
            state.depth -= 1
            xmlSAX2EndElementNs(ctx, localName, prefix, uri)
        }
        handler.internalSubset = { ctx, _, _, _ in ParseState.refuse(ctx, "a DOCTYPE declaration") }
        handler.externalSubset = { ctx, _, _, _ in ParseState.refuse(ctx, "an external DTD") }
        handler.entityDecl = { ctx, _, _, _, _, _ in ParseState.refuse(ctx, "an entity declaration") }
        handler.unparsedEntityDecl = { ctx, _, _, _, _ in ParseState.refuse(ctx, "an unparsed entity declaration") }
        handler.resolveEntity = { ctx, _, _ in
            ParseState.refuse(ctx, "an external entity reference")
            return nil
        }
        handler.getParameterEntity = { ctx, _ in
            ParseState.refuse(ctx, "a parameter entity reference")
            return nil
        }
        handler.serror = { ctx, error in
            guard let (state, context) = ParseState.from(ctx), let error else { return }
            state.diagnostics.record(UnsafePointer(error))
            if state.diagnostics.firstError != nil { xmlStopParser(context) }
        }
        return handler
    }
}
