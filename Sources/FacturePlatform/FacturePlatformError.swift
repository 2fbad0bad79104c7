// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureHTTP

/// An error raised by `FacturePlatform`: a refusal by the platform (with the error body of its API), a
/// transport failure, an answer that cannot be read, or input the client refuses before sending. Errors
/// compare by ``code`` alone.
///
/// The Flow Service answers errors with `{"errorCode", "errorMessage"}` (``platformErrorCode``,
/// ``platformMessage``); the Directory Service with an RFC 7807 problem (`type`, `message`, `status`,
/// `details`, `instance`: ``platformMessage``, ``details``, ``problemType``, ``instance``).
public struct FacturePlatformError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public var code: Code
    /// What went wrong, without secrets.
    public var message: String
    /// The client operation (`flow.submit`, `directory.siren`), when known.
    public var operation: String?
    /// The HTTP status of the platform's answer, when there was one.
    public var status: Int?
    /// The API's own error code (`errorCode` of the Flow Service, such as `MISSING_REQUIRED_FIELD`).
    public var platformErrorCode: String?
    /// The API's error message (`errorMessage`, or `message` of a Directory Service problem).
    public var platformMessage: String?
    /// The `details` of a Directory Service problem.
    public var details: String?
    /// The `type` of a Directory Service problem.
    public var problemType: String?
    /// The `instance` of a Directory Service problem.
    public var instance: String?
    /// The transport error, for ``Code/transport``.
    public var transportError: FactureHTTPError?

    /// An error.
    public init(
        code: Code,
        message: String,
        operation: String? = nil,
        status: Int? = nil,
        platformErrorCode: String? = nil,
        platformMessage: String? = nil,
        details: String? = nil,
        problemType: String? = nil,
        instance: String? = nil,
        transportError: FactureHTTPError? = nil
    ) {
        self.code = code
        self.message = message
        self.operation = operation
        self.status = status
        self.platformErrorCode = platformErrorCode
        self.platformMessage = platformMessage
        self.details = details
        self.problemType = problemType
        self.instance = instance
        self.transportError = transportError
    }

    /// Errors are equal when their codes are.
    public static func == (lhs: FacturePlatformError, rhs: FacturePlatformError) -> Bool { lhs.code == rhs.code }

    /// Hashes the code only, consistent with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// `code: message (operation, HTTP status, platform code)`.
    public var description: String {
        var text = "\(code): \(message)"
        let context = [operation, status.map { "HTTP \($0)" }, platformErrorCode].compactMap { $0 }
        if !context.isEmpty { text += " (" + context.joined(separator: ", ") + ")" }
        return text
    }

    /// Whether the platform may have acted on the request although the client saw a failure: a lost
    /// connection, a timeout, or a server error (5xx) answered to a write.
    public var isAmbiguous: Bool {
        if code == .transport { return transportError?.isAmbiguous ?? false }
        return code == .serverError
    }

    /// The kinds of ``FacturePlatformError``. New codes may be added in minor releases.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// The client refused the input before sending anything (a tracking id over 36 characters, an empty
        /// file, a CDAR message that cannot be built).
        public static let invalidInput = Code("invalidInput")
        /// HTTP 400: the platform found the request malformed.
        public static let badRequest = Code("badRequest")
        /// HTTP 401 or 403: the token is missing, expired or not allowed.
        public static let unauthorized = Code("unauthorized")
        /// HTTP 404: no such flow, company, facility, routing code or directory line.
        public static let notFound = Code("notFound")
        /// HTTP 413: the file is too large for the platform.
        public static let payloadTooLarge = Code("payloadTooLarge")
        /// HTTP 422: the platform understood the request but refuses its content.
        public static let unprocessable = Code("unprocessable")
        /// HTTP 429 after the retries ran out.
        public static let throttled = Code("throttled")
        /// HTTP 5xx: the platform failed (for a write, it may still have acted: see ``isAmbiguous``).
        public static let serverError = Code("serverError")
        /// Another status, or a body that does not follow the API description.
        public static let unexpectedResponse = Code("unexpectedResponse")
        /// The request did not complete on the wire: see ``FacturePlatformError/transportError``.
        public static let transport = Code("transport")
        /// A submission failed ambiguously, the search for it found nothing, and every further attempt
        /// failed as well: whether the platform holds the flow is not known.
        public static let submissionUncertain = Code("submissionUncertain")
        /// A lifecycle (CDAR) message cannot be read.
        public static let invalidMessage = Code("invalidMessage")

        /// The code's name.
        public var description: String { name }

        /// Lets `catch FacturePlatformError.Code.notFound` match an error of that code.
        public static func ~= (code: Code, error: any Error) -> Bool {
            (error as? FacturePlatformError)?.code == code
        }
    }
}
