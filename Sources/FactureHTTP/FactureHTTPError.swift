// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An error raised by `FactureHTTP`: the transport, the middleware or the token provider. Errors compare by
/// ``code`` alone.
public struct FactureHTTPError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public var code: Code
    /// What went wrong, without secrets.
    public var message: String
    /// The operation (``HTTPRequestOptions/operation``) that failed, when known.
    public var operation: String?
    /// The HTTP status of the response that made it an error, when there was one.
    public var status: Int?
    /// The error of the layer below (the HTTP stack's own error), when there was one.
    public var underlyingError: (any Error & Sendable)?

    /// An error.
    public init(
        code: Code,
        message: String,
        operation: String? = nil,
        status: Int? = nil,
        underlyingError: (any Error & Sendable)? = nil
    ) {
        self.code = code
        self.message = message
        self.operation = operation
        self.status = status
        self.underlyingError = underlyingError
    }

    /// Errors are equal when their codes are.
    public static func == (lhs: FactureHTTPError, rhs: FactureHTTPError) -> Bool { lhs.code == rhs.code }

    /// Hashes the code only, consistent with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// `code: message (operation, HTTP status)`.
    public var description: String {
        var text = "\(code): \(message)"
        let context = [operation, status.map { "HTTP \($0)" }].compactMap { $0 }
        if !context.isEmpty { text += " (" + context.joined(separator: ", ") + ")" }
        return text
    }

    /// Whether the request may have reached the server although no response came back: the server may have
    /// acted on it, so a non-idempotent request must not simply be sent again.
    public var isAmbiguous: Bool { code == .connectionLost || code == .timedOut }

    /// The kinds of ``FactureHTTPError``. New codes may be added in minor releases.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// The request was not sent: no connection could be made (refused, unknown host, TLS handshake).
        public static let notSent = Code("notSent")
        /// The connection broke after the request was (perhaps partly) sent, before the whole response came.
        public static let connectionLost = Code("connectionLost")
        /// No complete response within the attempt's timeout.
        public static let timedOut = Code("timedOut")
        /// The request cannot be sent as described (no scheme or authority, a URL the stack refuses).
        public static let invalidRequest = Code("invalidRequest")
        /// The response cannot be used (not HTTP, a body over the limit, a token response without a token).
        public static let invalidResponse = Code("invalidResponse")
        /// The server refused the credentials (HTTP 401 or 403, or an OAuth2 error).
        public static let unauthorized = Code("unauthorized")
        /// Retries ran out on retryable failures (HTTP 429 or 5xx); ``FactureHTTPError/status`` has the last.
        public static let retriesExhausted = Code("retriesExhausted")

        /// The code's name.
        public var description: String { name }

        /// Lets `catch FactureHTTPError.Code.timedOut` match an error of that code.
        public static func ~= (code: Code, error: any Error) -> Bool {
            (error as? FactureHTTPError)?.code == code
        }
    }
}
