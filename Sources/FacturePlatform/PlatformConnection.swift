// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureHTTP
import Foundation
import HTTPTypes

/// The HTTP plumbing both clients share: the pipeline (extra middleware, retries, bearer authentication,
/// transport), URL building, and the mapping of statuses and error bodies to ``FacturePlatformError``.
struct PlatformConnection: Sendable {
    let pipeline: HTTPPipeline
    let scheme: String
    let authority: String
    let basePath: String
    let configuration: PlatformAPIConfiguration

    init<C: Clock>(
        configuration: PlatformAPIConfiguration,
        transport: any HTTPTransport,
        clock: C
    ) throws(FacturePlatformError) where C.Duration == Duration {
        guard
            let components = URLComponents(url: configuration.baseURL, resolvingAgainstBaseURL: false),
            let scheme = components.scheme, let host = components.host, !host.isEmpty
        else {
            throw FacturePlatformError(
                code: .invalidInput,
                message: "the base URL \(configuration.baseURL) has no scheme or host"
            )
        }
        self.scheme = scheme
        self.authority = components.port.map { "\(host):\($0)" } ?? host
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        self.basePath = path
        self.configuration = configuration
        let retry = RetryMiddleware(policy: configuration.retryPolicy, clock: clock)
        let tokens: any AccessTokenProvider
        switch configuration.authentication {
        case .tokenProvider(let provider):
            tokens = provider
        case .staticToken(let token):
            tokens = StaticAccessTokenProvider(token: token)
        case .oauth2ClientCredentials(let tokenURL, let clientID, let clientSecret, let scope):
            tokens = OAuth2ClientCredentialsTokenProvider(
                configuration: .init(tokenURL: tokenURL, clientID: clientID, clientSecret: clientSecret, scope: scope),
                transport: HTTPPipeline(transport: transport, middlewares: [retry]),
                clock: clock
            )
        }
        pipeline = HTTPPipeline(
            transport: transport,
            middlewares: configuration.middlewares + [retry, BearerAuthenticationMiddleware(tokens: tokens)]
        )
    }

    /// Sends one request and returns the exchange of a 2xx answer; anything else is thrown.
    func send(
        _ method: HTTPRequest.Method,
        _ path: String,
        query: [(String, String)] = [],
        headers: HTTPFields = HTTPFields(),
        body: HTTPBody? = nil,
        operation: String,
        isIdempotent: Bool
    ) async throws(FacturePlatformError) -> HTTPExchange {
        var fullPath = basePath + path
        if !query.isEmpty {
            fullPath += "?" + query.map { Self.queryEncode($0.0) + "=" + Self.queryEncode($0.1) }.joined(separator: "&")
        }
        var request = HTTPRequest(method: method, scheme: scheme, authority: authority, path: fullPath)
        request.headerFields = headers
        if request.headerFields[.accept] == nil { request.headerFields[.accept] = "application/json" }
        let options = HTTPRequestOptions(
            operation: operation,
            isIdempotent: isIdempotent,
            timeout: isIdempotent ? configuration.timeout : configuration.writeTimeout
        )
        let exchange: HTTPExchange
        do {
            exchange = try await pipeline.send(request, body: body, options: options)
        } catch let error as FactureHTTPError {
            throw Self.mapped(error, operation: operation)
        } catch is CancellationError {
            throw FacturePlatformError(code: .transport, message: "cancelled", operation: operation)
        } catch {
            throw FacturePlatformError(
                code: .transport,
                message: "the HTTP stack failed: \(type(of: error))",
                operation: operation
            )
        }
        let status = exchange.response.status.code
        guard (200..<300).contains(status) else {
            throw Self.error(status: status, body: exchange.body, operation: operation)
        }
        return exchange
    }

    /// Decodes a JSON answer.
    func decode<T: Decodable>(
        _ type: T.Type,
        from exchange: HTTPExchange,
        operation: String
    ) throws(FacturePlatformError) -> T {
        do {
            return try PlatformJSON.decoder().decode(T.self, from: Data(exchange.body.bytes))
        } catch {
            throw FacturePlatformError(
                code: .unexpectedResponse,
                message: "the answer does not follow the API description: \(error)",
                operation: operation,
                status: exchange.response.status.code
            )
        }
    }

    /// The JSON body of `value`.
    static func jsonBody<T: Encodable>(_ value: T, operation: String) throws(FacturePlatformError) -> HTTPBody {
        do {
            return HTTPBody([UInt8](try PlatformJSON.encoder().encode(value)))
        } catch {
            throw FacturePlatformError(
                code: .invalidInput,
                message: "cannot encode the request: \(error)",
                operation: operation
            )
        }
    }

    /// One path segment, percent-encoded.
    static func segment(_ text: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/;?#")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    private static func queryEncode(_ text: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    static func mapped(_ error: FactureHTTPError, operation: String) -> FacturePlatformError {
        if error.code == .retriesExhausted, let status = error.status {
            return FacturePlatformError(
                code: status == 429 ? .throttled : .serverError,
                message: error.message,
                operation: operation,
                status: status
            )
        }
        if error.code == .unauthorized {
            return FacturePlatformError(
                code: .unauthorized,
                message: error.message,
                operation: operation,
                status: error.status,
                transportError: error
            )
        }
        return FacturePlatformError(
            code: .transport,
            message: error.description,
            operation: operation,
            status: error.status,
            transportError: error
        )
    }

    /// The error of a non-2xx answer, with the API's error body when it has one.
    static func error(status: Int, body: HTTPBody, operation: String) -> FacturePlatformError {
        let code: FacturePlatformError.Code
        switch status {
        case 400: code = .badRequest
        case 401, 403: code = .unauthorized
        case 404: code = .notFound
        case 413: code = .payloadTooLarge
        case 422: code = .unprocessable
        case 429: code = .throttled
        case 500...599: code = .serverError
        default: code = .unexpectedResponse
        }
        let parsed = try? JSONDecoder().decode(ErrorBody.self, from: Data(body.bytes))
        let platformMessage = parsed?.errorMessage ?? parsed?.message
        var message = "the platform answered HTTP \(status)"
        if let platformMessage { message += ": \(platformMessage)" }
        return FacturePlatformError(
            code: code,
            message: message,
            operation: operation,
            status: status,
            platformErrorCode: parsed?.errorCode,
            platformMessage: platformMessage,
            details: parsed?.details,
            problemType: parsed?.type,
            instance: parsed?.instance
        )
    }

    /// The union of the Flow Service `Error` schema and the Directory Service `error` problem.
    private struct ErrorBody: Decodable {
        var errorCode: String?
        var errorMessage: String?
        var type: String?
        var message: String?
        var details: String?
        var instance: String?
    }
}

/// JSON coding with the descriptions' `date-time` (RFC 3339, fractional seconds optional) and `date` formats.
enum PlatformJSON {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(formatDateTime(date))
        }
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = parseDateTime(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container,
                    debugDescription: "not an RFC 3339 date-time: \(text)"
                )
            }
            return date
        }
        return decoder
    }

    /// `2026-11-25T10:00:00.123Z`: UTC, rounded to the millisecond (not truncated, so that a cursor taken
    /// from a decoded `updatedAt` names the same millisecond again).
    static func formatDateTime(_ date: Date) -> String {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        let seconds = (milliseconds / 1000).rounded(.down)
        let fraction = Int(milliseconds - seconds * 1000)
        let whole = Date(timeIntervalSince1970: seconds).formatted(Date.ISO8601FormatStyle())
        let digits = String(fraction)
        return String(whole.dropLast()) + "." + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
    }

    /// Reads an RFC 3339 date-time with or without fractional seconds.
    static func parseDateTime(_ text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
        return try? Date.ISO8601FormatStyle().parse(text)
    }
}
