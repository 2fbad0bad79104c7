// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import HTTPTypes
public import Logging

/// Logs each request and its outcome at `debug`: operation, method, path, status, duration and body sizes.
///
/// It never logs header values, query strings or bodies, so credentials (`Authorization`, `cpro-account`),
/// tokens and invoice contents cannot reach the logs through it.
public struct LoggingMiddleware: HTTPMiddleware {
    /// The logger, given by the application.
    public var logger: Logger

    /// A middleware logging to `logger`.
    public init(logger: Logger) { self.logger = logger }

    /// Logs around the call.
    public func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        options: HTTPRequestOptions,
        next: @Sendable (HTTPRequest, HTTPBody?, HTTPRequestOptions) async throws -> HTTPExchange
    ) async throws -> HTTPExchange {
        let path = String((request.path ?? "/").prefix { $0 != "?" })
        var metadata: Logger.Metadata = [
            "http.operation": "\(options.operation)",
            "http.method": "\(request.method.rawValue)",
            "http.path": "\(path)",
            "http.request.bytes": "\(body?.bytes.count ?? 0)",
        ]
        let clock = ContinuousClock()
        let started = clock.now
        do {
            let exchange = try await next(request, body, options)
            metadata["http.status"] = "\(exchange.response.status.code)"
            metadata["http.response.bytes"] = "\(exchange.body.bytes.count)"
            metadata["http.duration_ms"] = "\((clock.now - started).milliseconds)"
            logger.debug("HTTP exchange", metadata: metadata)
            return exchange
        } catch {
            metadata["http.duration_ms"] = "\((clock.now - started).milliseconds)"
            metadata["error.code"] = "\((error as? FactureHTTPError)?.code.description ?? "other")"
            logger.debug("HTTP exchange failed", metadata: metadata)
            throw error
        }
    }
}

extension Duration {
    /// Whole milliseconds.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
