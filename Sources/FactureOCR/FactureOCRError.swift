// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An error raised by `FactureOCR` when a document cannot be read at all.
///
/// Fields that cannot be found are not errors: they are absent (with their confidence) in the
/// extracted record. Errors compare by ``code`` alone:
///
/// ```swift
/// do {
///     _ = try PDFTextLayer.pages(ofPDF: bytes)
/// } catch FactureOCRError.Code.encryptedDocument {
///     // ask for the password
/// }
/// ```
public struct FactureOCRError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public var code: Code
    /// What went wrong, naming the offending input.
    public var message: String
    /// Where in the input, such as `page 3`.
    public var location: String?

    /// Creates an error.
    public init(code: Code, message: String, location: String? = nil) {
        self.code = code
        self.message = message
        self.location = location
    }

    /// Errors are equal when their codes are.
    public static func == (lhs: FactureOCRError, rhs: FactureOCRError) -> Bool {
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

extension FactureOCRError {
    /// The kinds of ``FactureOCRError``. New codes may be added in minor releases.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case unreadableDocument
            case encryptedDocument
            case unsupportedFormat
            case recognitionFailed
            case internalError
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// The bytes are not a document of the format they claim, or one too damaged to open.
        public static let unreadableDocument = Code(.unreadableDocument)
        /// The document is encrypted with a user password.
        public static let encryptedDocument = Code(.encryptedDocument)
        /// The bytes are no PDF, PNG, JPEG or TIFF.
        public static let unsupportedFormat = Code(.unsupportedFormat)
        /// The text recognizer failed on a page (not for want of text: an empty page reads as no words).
        public static let recognitionFailed = Code(.recognitionFailed)
        /// A library failed in a way that is not the input's fault (out of memory).
        public static let internalError = Code(.internalError)

        /// The code's name, such as `encryptedDocument`.
        public var description: String { base.rawValue }

        /// Lets `catch FactureOCRError.Code.encryptedDocument` match an error of that code.
        public static func ~= (code: Code, error: any Error) -> Bool {
            (error as? FactureOCRError)?.code == code
        }
    }
}
