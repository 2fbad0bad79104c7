// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Foundation
public import HTTPTypes
import HTTPTypesFoundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// An ``HTTPTransport`` on Foundation's `URLSession`: no dependency beyond Foundation, HTTP and HTTPS.
///
/// Each transport owns an ephemeral session (no cookies, no cache, no credential store) that it invalidates
/// when released. Redirects are not followed: API clients see the 3xx themselves. Timeouts are counted in
/// whole seconds (rounded up).
public final class URLSessionHTTPTransport: HTTPTransport {
    private let session: URLSession
    private let maximumResponseBytes: Int

    /// A transport; responses larger than `maximumResponseBytes` (64 MiB by default) are refused.
    public init(maximumResponseBytes: Int = 64 << 20) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.urlCredentialStorage = nil
        session = URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
        self.maximumResponseBytes = maximumResponseBytes
    }

    deinit { session.finishTasksAndInvalidate() }

    /// Sends the request with `URLSession.upload(for:from:)` (or `data(for:)` without a body).
    public func send(_ request: HTTPRequest, body: HTTPBody?, options: HTTPRequestOptions) async throws -> HTTPExchange
    {
        guard var urlRequest = URLRequest(httpRequest: request) else {
            throw FactureHTTPError(
                code: .invalidRequest,
                message: "the request has no usable scheme, authority or path",
                operation: options.operation
            )
        }
        // Foundation on Linux hands the interval to libcurl in whole seconds, where a fraction would become
        // 0 (an immediate timeout): round up to whole seconds, at least one.
        let timeout = options.timeout.components
        urlRequest.timeoutInterval = Double(max(1, timeout.seconds + (timeout.attoseconds > 0 ? 1 : 0)))
        urlRequest.httpShouldHandleCookies = false
        let data: Data
        let response: URLResponse
        do {
            if let body {
                (data, response) = try await session.upload(for: urlRequest, from: Data(body.bytes))
            } else {
                (data, response) = try await session.data(for: urlRequest)
            }
        } catch {
            throw Self.mapped(error, operation: options.operation)
        }
        guard let http = (response as? HTTPURLResponse)?.httpResponse else {
            throw FactureHTTPError(
                code: .invalidResponse,
                message: "the response is not HTTP",
                operation: options.operation
            )
        }
        guard data.count <= maximumResponseBytes else {
            throw FactureHTTPError(
                code: .invalidResponse,
                message: "the response body has \(data.count) bytes, over the limit of \(maximumResponseBytes)",
                operation: options.operation,
                status: http.status.code
            )
        }
        return HTTPExchange(response: http, body: HTTPBody([UInt8](data)))
    }

    /// Sorts `URLError`s into what the caller must know: surely not sent, timed out, or lost on the way.
    static func mapped(_ error: any Error, operation: String) -> FactureHTTPError {
        guard let urlError = error as? URLError else {
            return FactureHTTPError(
                code: .connectionLost,
                message: "the HTTP stack failed: \(type(of: error))",
                operation: operation
            )
        }
        let code: FactureHTTPError.Code
        switch urlError.code {
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet,
            .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
            .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot, .clientCertificateRejected,
            .clientCertificateRequired, .appTransportSecurityRequiresSecureConnection:
            code = .notSent
        case .timedOut:
            code = .timedOut
        case .badURL, .unsupportedURL:
            code = .invalidRequest
        case .dataLengthExceedsMaximum:
            code = .invalidResponse
        default:
            // Including an empty or unreadable reply (`badServerResponse`): the request went out, so the
            // server may have acted on it.
            code = .connectionLost
        }
        return FactureHTTPError(
            code: code,
            message: "URLSession error \(urlError.code.rawValue)",
            operation: operation,
            underlyingError: urlError
        )
    }
}

/// Refuses redirects, so the 3xx response reaches the caller.
private final class NoRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession,
        task: URLSessionTask,
        willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest,
        completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
