// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import HTTPTypes

/// A step around every request of an ``HTTPPipeline``: it may change the request, call `next` once, several
/// times (retries) or not at all, and change the response.
public protocol HTTPMiddleware: Sendable {
    /// Handles `request`, calling `next` to send it on down the pipeline.
    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        options: HTTPRequestOptions,
        next: @Sendable (HTTPRequest, HTTPBody?, HTTPRequestOptions) async throws -> HTTPExchange
    ) async throws -> HTTPExchange
}

/// A transport wrapped in middleware: the first middleware sees the request first and the response last.
///
/// ```swift
/// let pipeline = HTTPPipeline(
///     transport: URLSessionHTTPTransport(),
///     middlewares: [LoggingMiddleware(logger: logger), RetryMiddleware(), BearerAuthenticationMiddleware(tokens: tokens)]
/// )
/// ```
/// Put ``RetryMiddleware`` outside the authentication so that every attempt carries a valid token.
public struct HTTPPipeline: HTTPTransport {
    /// The transport at the bottom.
    public var transport: any HTTPTransport
    /// The middleware, outermost first.
    public var middlewares: [any HTTPMiddleware]

    /// A pipeline.
    public init(transport: any HTTPTransport, middlewares: [any HTTPMiddleware] = []) {
        self.transport = transport
        self.middlewares = middlewares
    }

    /// Sends the request through every middleware, then the transport.
    public func send(_ request: HTTPRequest, body: HTTPBody?, options: HTTPRequestOptions) async throws -> HTTPExchange
    {
        try await step(0, request, body, options)
    }

    private func step(
        _ index: Int,
        _ request: HTTPRequest,
        _ body: HTTPBody?,
        _ options: HTTPRequestOptions
    ) async throws -> HTTPExchange {
        guard index < middlewares.count else { return try await transport.send(request, body: body, options: options) }
        return try await middlewares[index].intercept(request, body: body, options: options) {
            try await step(index + 1, $0, $1, $2)
        }
    }
}

/// A transport that answers in process with a closure: for tests, fakes and recorded exchanges.
public struct ClosureHTTPTransport: HTTPTransport {
    private let handler: @Sendable (HTTPRequest, HTTPBody?, HTTPRequestOptions) async throws -> HTTPExchange

    /// A transport answering every request with `handler`.
    public init(
        _ handler: @escaping @Sendable (HTTPRequest, HTTPBody?, HTTPRequestOptions) async throws -> HTTPExchange
    ) {
        self.handler = handler
    }

    /// Calls the closure.
    public func send(_ request: HTTPRequest, body: HTTPBody?, options: HTTPRequestOptions) async throws -> HTTPExchange
    {
        try await handler(request, body, options)
    }
}
