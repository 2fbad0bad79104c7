// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureHTTP
import HTTPTypes

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A client of the Chorus Pro API through PISTE, for a supplier: deposit Factur-X invoices, follow them, look up
/// the public buyers.
///
/// Every request is a `POST` with a JSON body, `Authorization: Bearer` (an OAuth 2 client-credentials token from
/// PISTE, cached and renewed before it expires) and `cpro-account` (base64 of the technical account's
/// `login:password`). Requests go through an ``/FactureHTTP/HTTPPipeline``: logging (when configured),
/// ``/FactureHTTP/RetryMiddleware`` (reads are retried with jittered exponential backoff on 429, 5xx and network
/// errors; writes only when they surely were not acted on) and ``/FactureHTTP/BearerAuthenticationMiddleware``.
///
/// ```swift
/// let client = ChorusProClient(configuration: .init(
///     environment: .sandbox,
///     clientID: "…", clientSecret: Secret(pisteSecret),
///     login: "TECH_1_…@cpro.fr", password: Secret(technicalPassword)))
/// let submission = try await client.submit(facturX: pdf, fileName: "F-2026-001.pdf", serviceCode: "SERV-ACHATS")
/// ```
///
/// Use ``submit(facturX:fileName:serviceCode:commitmentNumber:syntax:)`` rather than ``depositFlux(_:)``: it checks
/// the buyer's requirements first and never deposits an invoice twice after an ambiguous failure.
public struct ChorusProClient: Sendable {
    /// The configuration.
    public let configuration: Configuration
    let transport: any HTTPTransport
    let sleep: @Sendable (Duration) async throws -> Void

    /// A client sending through `transport` (a `URLSessionHTTPTransport` by default) and timing retries, token
    /// expiry and the waits of a deposit recovery on `clock`.
    public init<C: Clock>(
        configuration: Configuration,
        transport: any HTTPTransport = URLSessionHTTPTransport(),
        clock: C
    ) where C.Duration == Duration {
        self.configuration = configuration
        var outer: [any HTTPMiddleware] = []
        if let logging = configuration.logging { outer.append(logging) }
        let retry = RetryMiddleware(policy: configuration.retryPolicy, clock: clock)
        // The token endpoint goes through logging and retries too, but not through the bearer middleware.
        let tokenTransport = HTTPPipeline(transport: transport, middlewares: outer + [retry])
        let tokens = OAuth2ClientCredentialsTokenProvider(
            configuration: .init(
                tokenURL: configuration.environment.tokenURL,
                clientID: configuration.clientID,
                clientSecret: configuration.clientSecret,
                scope: "openid",
                renewalMargin: configuration.tokenRenewalMargin
            ),
            transport: tokenTransport,
            clock: clock
        )
        self.transport = HTTPPipeline(
            transport: transport,
            middlewares: outer + [retry, BearerAuthenticationMiddleware(tokens: tokens)]
        )
        self.sleep = { duration in try await clock.sleep(for: duration) }
    }

    /// A client on the continuous clock.
    public init(configuration: Configuration, transport: any HTTPTransport = URLSessionHTTPTransport()) {
        self.init(configuration: configuration, transport: transport, clock: ContinuousClock())
    }

    /// The `cpro-account` header field name.
    static let cproAccount = HTTPField.Name("cpro-account")!

    /// The value of `cpro-account`: base64 of `login:password`.
    var cproAccountValue: String {
        Data((configuration.login + ":" + configuration.password.revealed).utf8).base64EncodedString()
    }

    /// The envelope every answer carries.
    struct Envelope: Decodable {
        var codeRetour: Int?
        var libelle: String?
    }

    /// POSTs `body` as JSON to `path` below the API base URL and decodes the answer, checking `codeRetour`.
    func call<Response: Decodable>(
        _ path: String,
        body: some Encodable,
        operation: String,
        isIdempotent: Bool,
        timeout: Duration? = nil,
        as: Response.Type = Response.self
    ) async throws(FactureChorusProError) -> Response {
        let base = configuration.environment.apiBaseURL
        guard let scheme = base.scheme, let host = base.host else {
            throw FactureChorusProError(
                code: .invalidInput,
                message: "the API base URL \(base) is not absolute",
                operation: operation
            )
        }
        let authority = base.port.map { "\(host):\($0)" } ?? host
        let basePath = base.path.hasSuffix("/") ? String(base.path.dropLast()) : base.path
        var request = HTTPRequest(method: .post, scheme: scheme, authority: authority, path: basePath + path)
        request.headerFields[.contentType] = "application/json;charset=utf-8"
        request.headerFields[.accept] = "application/json"
        request.headerFields[Self.cproAccount] = cproAccountValue
        let payload: [UInt8]
        do {
            payload = Array(try JSONEncoder().encode(body))
        } catch {
            throw FactureChorusProError(
                code: .invalidInput,
                message: "the request cannot be written as JSON",
                operation: operation,
                underlyingError: error
            )
        }
        let options = HTTPRequestOptions(
            operation: operation,
            isIdempotent: isIdempotent,
            timeout: timeout ?? configuration.timeout
        )
        let exchange: HTTPExchange
        do {
            exchange = try await transport.send(request, body: HTTPBody(payload), options: options)
        } catch let error as FactureHTTPError {
            throw FactureChorusProError(
                code: .http,
                message: "the exchange failed: \(error.code)",
                operation: operation,
                httpStatus: error.status,
                underlyingError: error
            )
        } catch {
            throw FactureChorusProError(
                code: .http,
                message: "the exchange failed",
                operation: operation,
                underlyingError: error
            )
        }
        let status = exchange.response.status.code
        let data = Data(exchange.body.bytes)
        let envelope = try? JSONDecoder().decode(Envelope.self, from: data)
        guard (200..<300).contains(status) else {
            let refused = (400..<500).contains(status) && envelope?.codeRetour != nil && status != 401 && status != 403
            throw FactureChorusProError(
                code: refused ? .requestRefused : .http,
                message: refused
                    ? "Chorus Pro refused the request" : "Chorus Pro answered HTTP \(status)",
                operation: operation,
                httpStatus: status,
                codeRetour: envelope?.codeRetour,
                libelle: envelope?.libelle
            )
        }
        guard let envelope else {
            throw FactureChorusProError(
                code: .unexpectedResponse,
                message: "the answer is not a JSON object",
                operation: operation,
                httpStatus: status
            )
        }
        if let codeRetour = envelope.codeRetour, codeRetour != 0 {
            throw FactureChorusProError(
                code: .requestRefused,
                message: "Chorus Pro refused the request",
                operation: operation,
                httpStatus: status,
                codeRetour: codeRetour,
                libelle: envelope.libelle
            )
        }
        do {
            return try JSONDecoder().decode(Response.self, from: data)
        } catch {
            throw FactureChorusProError(
                code: .unexpectedResponse,
                message: "the answer does not have the expected fields",
                operation: operation,
                httpStatus: status,
                codeRetour: envelope.codeRetour,
                libelle: envelope.libelle,
                underlyingError: error
            )
        }
    }
}
