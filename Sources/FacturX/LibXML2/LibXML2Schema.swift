// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureLibXML2
import Synchronization

/// A compiled libxml2 XSD schema (`xmlSchema`), owned: freed in `deinit`.
///
/// Thread-safety invariant (why `@unchecked Sendable` is sound): after `xmlSchemaParse` returns,
/// nothing writes to the `xmlSchema` again: this class never mutates it and never lends the
/// handle out, and libxml2's validator treats it as read-only. Every validation creates its own
/// `xmlSchemaValidCtxt`, which holds all mutable validation state (element stack,
/// identity-constraint tables, errors) and interns strings in its own `xmlDict`
/// (`xmlSchemaNewValidCtxt` creates one). So any number of threads may validate against one
/// schema at the same time; the compiled schema is freed once, in `deinit`, when no
/// validation can be using it (each validation holds a reference to this object).
final class LibXML2Schema: @unchecked Sendable {
    private let handle: xmlSchemaPtr
    /// The real path of the main schema file.
    let path: String

    /// Compiles the schema at `path` (a real path under `scope.directory`), loading its
    /// `xs:import`s and `xs:include`s only from `scope.directory`.
    ///
    /// - Throws: `schemaUnavailable` when the file cannot be read or compiled, or refers to a
    ///   resource the loader refused (the network, or a file outside the directory).
    init(path: String, scope: LibXML2EntityLoader.Scope) throws(FacturXError) {
        let diagnostics = LibXML2Diagnostics()
        let compiled = LibXML2EntityLoader.withScope(scope) {
            LibXML2Runtime.withDiagnostics(diagnostics) { () -> xmlSchemaPtr? in
                guard let parser = path.withCString({ xmlSchemaNewParserCtxt($0) }) else { return nil }
                defer { xmlSchemaFreeParserCtxt(parser) }
                xmlSchemaSetParserStructuredErrors(
                    parser,
                    { context, error in
                        guard let context, let error else { return }
                        Unmanaged<LibXML2Diagnostics>.fromOpaque(context).takeUnretainedValue()
                            .record(UnsafePointer(error))
                    },
                    Unmanaged.passUnretained(diagnostics).toOpaque()
                )
                return xmlSchemaParse(parser)
            }
        }
        let refused = scope.refused.withLock { $0 }
        if let first = refused.first {
            if let compiled { xmlSchemaFree(compiled) }
            throw FacturXError(
                code: .schemaUnavailable,
                message: "the schema \(path) refers to \(first), outside the schema directory "
                    + "\(scope.directory); FacturX loads schemas only from that directory and never from the network",
                location: path
            )
        }
        guard let compiled else {
            let reason = diagnostics.firstError.map { ": \($0.message)" } ?? ""
            throw FacturXError(
                code: .schemaUnavailable,
                message: "libxml2 could not compile the schema \(path)\(reason)",
                location: diagnostics.firstError.map { error in
                    [error.file, error.location].compactMap { $0 }.joined(separator: ":")
                } ?? path
            )
        }
        self.handle = compiled
        self.path = path
    }

    deinit {
        xmlSchemaFree(handle)
    }

    /// Validates a parsed document; violations come back as data.
    ///
    /// - Throws: `internalError` when libxml2 cannot run the validation at all.
    func validate(_ document: xmlDocPtr) throws(FacturXError) -> [SchemaViolation] {
        let collector = ViolationCollector()
        let status = LibXML2Runtime.withDiagnostics(collector.stray) { () -> Int32 in
            guard let context = xmlSchemaNewValidCtxt(handle) else { return -1 }
            defer { xmlSchemaFreeValidCtxt(context) }
            xmlSchemaSetValidStructuredErrors(
                context,
                { context, error in
                    guard let context, let error else { return }
                    Unmanaged<ViolationCollector>.fromOpaque(context).takeUnretainedValue().record(error)
                },
                Unmanaged.passUnretained(collector).toOpaque()
            )
            return withExtendedLifetime(collector) { xmlSchemaValidateDoc(context, document) }
        }
        if status < 0 {
            throw FacturXError(
                code: .internalError,
                message: "libxml2 could not run the schema validation (status \(status))"
                    + (collector.stray.firstError.map { ": \($0.message)" } ?? "")
            )
        }
        if status > 0 && collector.violations.isEmpty {
            return [
                SchemaViolation(
                    message: "the document does not conform to the schema (libxml2 status \(status))",
                    line: 0
                )
            ]
        }
        return collector.violations
    }
}

/// Collects schema-validation errors as ``SchemaViolation``s while the document is alive.
private final class ViolationCollector {
    /// At most this many violations are kept; a broken document can raise thousands.
    static let capacity = 1000
    var violations: [SchemaViolation] = []
    /// Diagnostics raised outside the validation context (should stay empty).
    let stray = LibXML2Diagnostics()

    func record(_ error: xmlErrorPtr) {
        guard violations.count < Self.capacity else { return }
        let raw = error.pointee
        guard raw.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = raw.message.map { String(cString: $0) } ?? "schema violation"
        while let last = message.last, last.isNewline || last == " " { message.removeLast() }
        var line = Int(raw.line)
        var path: String?
        if let node = cfacture_errorNode(error) {
            if line <= 0 { line = Int(xmlGetLineNo(node)) }
            if let nodePath = xmlGetNodePath(node) {
                path = String(cString: nodePath)
                cfacture_xmlFree(nodePath)
            }
        }
        let column = Int(raw.int2)
        violations.append(
            SchemaViolation(message: message, line: max(line, 0), column: column > 0 ? column : nil, path: path)
        )
    }
}
