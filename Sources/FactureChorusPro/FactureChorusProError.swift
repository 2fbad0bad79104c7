// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An error raised by `FactureChorusPro`. Errors compare by ``code`` alone:
///
/// ```swift
/// do {
///     _ = try await client.submit(facturX: pdf, fileName: "F-2026-001.pdf")
/// } catch FactureChorusProError.Code.structureRequirementMissing {
///     // ask the user for the buyer's service code or commitment number
/// }
/// ```
public struct FactureChorusProError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public var code: Code
    /// What went wrong, without secrets.
    public var message: String
    /// The Chorus Pro operation (`chorus.deposerFlux`), when known.
    public var operation: String?
    /// The HTTP status of the answer, when there was one.
    public var httpStatus: Int?
    /// Chorus Pro's `codeRetour` (0 is success), when the answer carried one.
    public var codeRetour: Int?
    /// Chorus Pro's `libelle` (a message or a message key such as `GCU_MSG_01_000`), when the answer carried one.
    public var libelle: String?
    /// The errors Chorus Pro listed (the rejection reasons of `consulterCRDetaille`).
    public var reportedErrors: [ChorusProReportedError]
    /// The deposit's flux number, when one is known.
    public var fluxNumber: String?
    /// The error of the layer below (a `FactureHTTPError`, a `FacturXError`), when there was one.
    public var underlyingError: (any Error & Sendable)?

    /// An error.
    public init(
        code: Code,
        message: String,
        operation: String? = nil,
        httpStatus: Int? = nil,
        codeRetour: Int? = nil,
        libelle: String? = nil,
        reportedErrors: [ChorusProReportedError] = [],
        fluxNumber: String? = nil,
        underlyingError: (any Error & Sendable)? = nil
    ) {
        self.code = code
        self.message = message
        self.operation = operation
        self.httpStatus = httpStatus
        self.codeRetour = codeRetour
        self.libelle = libelle
        self.reportedErrors = reportedErrors
        self.fluxNumber = fluxNumber
        self.underlyingError = underlyingError
    }

    /// Errors are equal when their codes are.
    public static func == (lhs: FactureChorusProError, rhs: FactureChorusProError) -> Bool { lhs.code == rhs.code }

    /// Hashes the code only, consistent with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// `code: message (operation, HTTP status, codeRetour)`.
    public var description: String {
        var text = "\(code): \(message)"
        let context = [
            operation, httpStatus.map { "HTTP \($0)" }, codeRetour.map { "codeRetour \($0)" },
            libelle.map { "libelle \($0)" },
        ]
        .compactMap { $0 }
        if !context.isEmpty { text += " (" + context.joined(separator: ", ") + ")" }
        return text
    }

    /// The kinds of ``FactureChorusProError``. New codes may be added in minor releases.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// The input cannot be sent: not a Factur-X PDF, no CII invoice inside, no buyer SIRET, an empty file name.
        public static let invalidInput = Code("invalidInput")
        /// No Chorus Pro structure has the buyer's SIRET.
        public static let structureNotFound = Code("structureNotFound")
        /// The buyer structure requires a service code or a legal commitment number that the invoice lacks (or one
        /// it does not know); nothing was deposited.
        public static let structureRequirementMissing = Code("structureRequirementMissing")
        /// Chorus Pro answered with a `codeRetour` other than 0: it refused the request.
        public static let requestRefused = Code("requestRefused")
        /// Chorus Pro rejected a deposited flux (`IN_REJETE`); ``FactureChorusProError/reportedErrors`` says why.
        public static let rejected = Code("rejected")
        /// A deposit may or may not have been recorded and the searches could not tell: do not deposit again
        /// before checking in Chorus Pro.
        public static let ambiguousOutcome = Code("ambiguousOutcome")
        /// The answer could not be read (not JSON, a missing field, an unknown syntax).
        public static let unexpectedResponse = Code("unexpectedResponse")
        /// The HTTP exchange failed: a transport error (``FactureChorusProError/underlyingError``) or an HTTP status
        /// that is an error (``FactureChorusProError/httpStatus``).
        public static let http = Code("http")

        /// The code's name.
        public var description: String { name }

        /// Lets `catch FactureChorusProError.Code.rejected` match an error of that code.
        public static func ~= (code: Code, error: any Error) -> Bool {
            (error as? FactureChorusProError)?.code == code
        }
    }
}

/// One error Chorus Pro listed about a flux: a business error on an invoice (`listeErreurDP`) or a technical
/// error on the flux (`listeErreurTechnique`).
public struct ChorusProReportedError: Sendable, Hashable, Codable {
    /// Which list the error came from.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A business error on one invoice of the flux (`listeErreurDP`).
        case invoice
        /// A technical error on the flux (`listeErreurTechnique`).
        case technical
    }

    /// Which list the error came from.
    public var kind: Kind
    /// The error's code, when given.
    public var code: String?
    /// The error's message.
    public var message: String
    /// The invoice number the error is about (`numeroDP`), for invoice errors.
    public var invoiceNumber: String?

    /// An error entry.
    public init(kind: Kind, code: String?, message: String, invoiceNumber: String? = nil) {
        self.kind = kind
        self.code = code
        self.message = message
        self.invoiceNumber = invoiceNumber
    }
}
