// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if canImport(FoundationEssentials)
package import FoundationEssentials
#else
package import Foundation
#endif

/// Validates XML documents against an XSD schema, with libxml2: compile once, validate many.
///
/// The schema and everything it imports or includes are read only from the directory the
/// caller gives; FacturX never fetches a schema from the network (libxml2's XSD compiler would
/// follow `http://` imports otherwise) and never reads a file outside that directory.
///
/// A validator is `Sendable`: the compiled schema is immutable and shared, and every
/// ``validate(_:limits:)`` call parses its own document and runs its own libxml2 validation
/// context, so concurrent validations are safe.
///
/// ```swift
/// let validator = try XMLSchemaValidator(
///     schemaFile: schemas.appending(path: "facturx-1.09/en16931/Factur-X_EN16931.xsd"),
///     directory: schemas
/// )
/// for violation in try validator.validate(bytes) {
///     print(violation)  // "42: Element '…TypeCode': … is not an element of the set …"
/// }
/// ```
package struct XMLSchemaValidator: Sendable {
    private let schema: LibXML2Schema

    /// The real path of the main schema file.
    package var schemaPath: String { schema.path }

    /// Compiles a schema.
    ///
    /// - Parameters:
    ///   - schemaFile: The main `.xsd` file, a `file:` URL inside `directory`.
    ///   - directory: The folder the schema and all its imports and includes must come from
    ///     (for UBL 2.1, the folder holding both `maindoc/` and `common/`).
    /// - Throws: ``/FacturX/FacturXError`` with code `schemaUnavailable` when the directory or file does
    ///   not exist, the file is outside the directory, the schema does not compile, or it
    ///   imports or includes anything from the network or from outside the directory.
    package init(schemaFile: URL, directory: URL) throws(FacturXError) {
        guard schemaFile.isFileURL, directory.isFileURL else {
            throw FacturXError(
                code: .schemaUnavailable,
                message: "schemas are read from local files only, not from \(schemaFile.absoluteString)"
            )
        }
        guard let realDirectory = LibXML2EntityLoader.realPath(directory.path),
            LibXML2EntityLoader.isDirectory(realDirectory)
        else {
            throw FacturXError(code: .schemaUnavailable, message: "no schema directory at \(directory.path)")
        }
        guard let realFile = LibXML2EntityLoader.realPath(schemaFile.path),
            LibXML2EntityLoader.isRegularFile(realFile)
        else {
            throw FacturXError(code: .schemaUnavailable, message: "no schema file at \(schemaFile.path)")
        }
        let base = realDirectory == "/" ? "" : realDirectory
        guard realFile.hasPrefix(base + "/") else {
            throw FacturXError(
                code: .schemaUnavailable,
                message: "the schema file \(realFile) is outside the schema directory \(realDirectory)"
            )
        }
        schema = try LibXML2Schema(path: realFile, scope: LibXML2EntityLoader.Scope(directory: base))
    }

    /// Validates a document against the schema.
    ///
    /// The bytes are parsed again, by libxml2 into its own DOM, with the same secure policy as
    /// ``XMLDocument/init(parsing:limits:)``; the two parses are independent.
    ///
    /// - Parameters:
    ///   - bytes: The XML document.
    ///   - limits: Size and depth bounds for the parse.
    /// - Returns: The violations, in document order (at most 1,000); empty when the document is
    ///   valid.
    /// - Throws: ``/FacturX/FacturXError`` only when the document cannot be validated at all:
    ///   `inputTooLarge`, `forbiddenDeclaration`, `nestingTooDeep`, `malformedXML`, or
    ///   `internalError`.
    package func validate(
        _ bytes: some Collection<UInt8>,
        limits: XMLParsingLimits = .init()
    ) throws(FacturXError) -> [SchemaViolation] {
        let count = bytes.count
        guard count <= limits.maximumBytes else {
            throw FacturXError(
                code: .inputTooLarge,
                message: "the XML input is \(count) bytes, more than the limit of \(limits.maximumBytes)"
            )
        }
        let outcome: Result<[SchemaViolation], FacturXError>
        if let inPlace = bytes.withContiguousStorageIfAvailable({ buffer in
            validate(UnsafeRawBufferPointer(buffer), limits: limits)
        }) {
            outcome = inPlace
        } else {
            outcome = Array(bytes).withUnsafeBytes { validate($0, limits: limits) }
        }
        return try outcome.get()
    }

    private func validate(
        _ bytes: UnsafeRawBufferPointer,
        limits: XMLParsingLimits
    ) -> Result<[SchemaViolation], FacturXError> {
        do throws(FacturXError) {
            let document = try LibXML2ValidationDocument(parsing: bytes, limits: limits)
            return .success(try document.validate(against: schema))
        } catch {
            return .failure(error)
        }
    }
}
