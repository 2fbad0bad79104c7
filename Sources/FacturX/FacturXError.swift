// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An error raised by `FacturX` when a document cannot be read, written or validated at all.
///
/// Rule violations in a readable document are not errors: they are data in a validation report.
/// Errors compare by ``code`` alone:
///
/// ```swift
/// do {
///     _ = try Invoice(ciiEncoded: bytes)
/// } catch FacturXError.Code.malformedXML {
///     // …
/// }
/// ```
public struct FacturXError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public var code: Code
    /// What went wrong, naming the offending input.
    public var message: String
    /// Where in the input: an XPath-like path, or `line:column`.
    public var location: String?
    /// The error that caused this one, if any (for instance a `FactureModelError` for a bad amount).
    public var underlyingError: (any Error & Sendable)?
    /// The source file that raised the error.
    public var file: String
    /// The source line that raised the error.
    public var line: Int

    /// Creates an error.
    public init(
        code: Code,
        message: String,
        location: String? = nil,
        underlyingError: (any Error & Sendable)? = nil,
        file: String = #fileID,
        line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.location = location
        self.underlyingError = underlyingError
        self.file = file
        self.line = line
    }

    /// Errors are equal when their codes are.
    public static func == (lhs: FacturXError, rhs: FacturXError) -> Bool {
        lhs.code == rhs.code
    }

    /// Hashes the code only, consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
    }

    /// `message`, prefixed by the location when there is one.
    public var description: String {
        if let location { return "\(location): \(message)" }
        return message
    }
}

extension FacturXError {
    /// The kinds of ``/FacturX/FacturXError``. New codes may be added in minor releases.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case malformedXML
            case forbiddenDeclaration
            case inputTooLarge
            case nestingTooDeep
            case unsupportedDocument
            case missingElement
            case invalidValue
            case schemaUnavailable
            case schemaInvalid
            case internalError
            case malformedPDF
            case encryptedPDF
            case noEmbeddedInvoice
            case fontUnavailable
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// The bytes are not well-formed XML.
        public static let malformedXML = Code(.malformedXML)
        /// The document has a DOCTYPE, an entity declaration or an external reference, which
        /// invoices never need and attacks always do.
        public static let forbiddenDeclaration = Code(.forbiddenDeclaration)
        /// The input exceeds the configured size limit.
        public static let inputTooLarge = Code(.inputTooLarge)
        /// Elements are nested deeper than the configured limit.
        public static let nestingTooDeep = Code(.nestingTooDeep)
        /// The root element is not a CII invoice, a UBL Invoice or a UBL CreditNote.
        public static let unsupportedDocument = Code(.unsupportedDocument)
        /// A mandatory element is missing, so the invoice cannot be built.
        public static let missingElement = Code(.missingElement)
        /// An element holds a value that cannot be read (a date, an amount, a code).
        public static let invalidValue = Code(.invalidValue)
        /// The XSD schemas could not be found or compiled.
        public static let schemaUnavailable = Code(.schemaUnavailable)
        /// The document does not conform to its XSD schema (when schema errors are thrown).
        public static let schemaInvalid = Code(.schemaInvalid)
        /// libxml2 failed in a way that is not the input's fault (out of memory).
        public static let internalError = Code(.internalError)
        /// The bytes are not a PDF, or a PDF too damaged to open.
        public static let malformedPDF = Code(.malformedPDF)
        /// The PDF is encrypted with a user password, so its content cannot be read.
        public static let encryptedPDF = Code(.encryptedPDF)
        /// The PDF opens but carries no Factur-X, ZUGFeRD or XRechnung invoice XML attachment.
        public static let noEmbeddedInvoice = Code(.noEmbeddedInvoice)
        /// A font needed to render a PDF is missing or is not a usable TrueType font.
        public static let fontUnavailable = Code(.fontUnavailable)

        /// The code's name, such as `malformedXML`.
        public var description: String { base.rawValue }

        /// Lets `catch FacturXError.Code.malformedXML` match an error of that code.
        public static func ~= (code: Code, error: any Error) -> Bool {
            (error as? FacturXError)?.code == code
        }
    }
}
