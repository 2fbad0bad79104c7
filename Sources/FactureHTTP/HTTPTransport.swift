// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import HTTPTypes

/// Sends one HTTP request and returns the whole response: the seam between FactureKit's API clients
/// (Chorus Pro, certified platforms) and whatever HTTP stack the application uses.
///
/// Implementations: ``URLSessionHTTPTransport`` (Foundation, no extra dependency),
/// `AsyncHTTPClientTransport` (behind the package trait `AsyncHTTPClient`), ``ClosureHTTPTransport``
/// (in process, for tests and fakes). Cross-cutting behaviour — authentication, retries, logging — is
/// not a transport option but an ``HTTPMiddleware`` composed with ``HTTPPipeline``.
///
/// A transport throws ``FactureHTTPError`` for what happened on the wire (``FactureHTTPError/Code/notSent``
/// when the request surely did not reach the server, ``FactureHTTPError/Code/connectionLost`` or
/// ``FactureHTTPError/Code/timedOut`` when it may have); any HTTP status, 500 included, is a response.
public protocol HTTPTransport: Sendable {
    /// Sends `request` with `body` and returns the response head and its body.
    func send(_ request: HTTPRequest, body: HTTPBody?, options: HTTPRequestOptions) async throws -> HTTPExchange
}

/// A request or response body, held whole (API payloads: JSON, XML, a Factur-X PDF of a few MB).
public struct HTTPBody: Sendable, Hashable {
    /// The bytes.
    public var bytes: [UInt8]

    /// A body of `bytes`.
    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// A body of the UTF-8 bytes of `text`.
    public init(string text: String) { self.bytes = Array(text.utf8) }

    /// The bytes read as UTF-8 (invalid sequences replaced).
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// An empty body.
    public static let empty = HTTPBody([])
}

/// The response to one request: its head and body.
public struct HTTPExchange: Sendable, Hashable {
    /// The response head (status and header fields).
    public var response: HTTPResponse
    /// The response body (empty when there is none).
    public var body: HTTPBody

    /// An exchange.
    public init(response: HTTPResponse, body: HTTPBody = .empty) {
        self.response = response
        self.body = body
    }
}

/// What a client says about one request, for the transport and the middleware.
public struct HTTPRequestOptions: Sendable, Hashable {
    /// The operation's name, for logs and errors (`chorus.deposerFlux`, `flow.search`).
    public var operation: String
    /// Whether sending the request twice has the effect of sending it once: reads are, a deposit is not.
    /// ``RetryMiddleware`` only repeats idempotent requests after an ambiguous failure.
    public var isIdempotent: Bool
    /// The longest one attempt may take, from sending to the end of the response body.
    public var timeout: Duration

    /// Options; 30 seconds per attempt by default.
    public init(operation: String, isIdempotent: Bool, timeout: Duration = .seconds(30)) {
        self.operation = operation
        self.isIdempotent = isIdempotent
        self.timeout = timeout
    }
}
