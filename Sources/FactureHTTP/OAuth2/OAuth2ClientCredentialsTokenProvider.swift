// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import HTTPTypes

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// OAuth 2.0 client-credentials tokens (RFC 6749 §4.4), as PISTE issues them for Chorus Pro: fetched once,
/// cached, and renewed a margin before they expire, on the injected clock.
///
/// Concurrent callers wait for the same fetch; a token the server refused (``invalidate(_:)``) is dropped so
/// the next caller fetches a new one. The client secret and the tokens are ``Secret``s and never printed.
public actor OAuth2ClientCredentialsTokenProvider<C: Clock>: AccessTokenProvider where C.Duration == Duration {
    /// Where the token is asked for and with which credentials.
    public struct Configuration: Sendable {
        /// The token endpoint (`https://oauth.piste.gouv.fr/api/oauth/token`).
        public var tokenURL: URL
        /// The client identifier.
        public var clientID: String
        /// The client secret.
        public var clientSecret: Secret
        /// The scope asked for (`openid` for PISTE), or `nil` for none.
        public var scope: String?
        /// How long before its expiry a token is renewed.
        public var renewalMargin: Duration
        /// The lifetime assumed when the server does not give `expires_in`.
        public var defaultLifetime: Duration

        /// A configuration; tokens are renewed 60 s before they expire.
        public init(
            tokenURL: URL,
            clientID: String,
            clientSecret: Secret,
            scope: String? = "openid",
            renewalMargin: Duration = .seconds(60),
            defaultLifetime: Duration = .seconds(600)
        ) {
            self.tokenURL = tokenURL
            self.clientID = clientID
            self.clientSecret = clientSecret
            self.scope = scope
            self.renewalMargin = renewalMargin
            self.defaultLifetime = defaultLifetime
        }
    }

    private let configuration: Configuration
    private let transport: any HTTPTransport
    private let clock: C
    private var cached: (token: Secret, renewAt: C.Instant)?
    private var inFlight: Task<(Secret, C.Instant), any Error>?
    /// How many tokens were fetched from the server (for tests and metrics).
    public private(set) var fetchCount = 0

    /// A provider asking `configuration.tokenURL` through `transport`, timing expiry on `clock`.
    public init(configuration: Configuration, transport: any HTTPTransport, clock: C) {
        self.configuration = configuration
        self.transport = transport
        self.clock = clock
    }

    /// The cached token, or a new one when it is missing or due for renewal.
    public func accessToken() async throws -> Secret {
        if let cached, clock.now < cached.renewAt { return cached.token }
        if let inFlight { return try await inFlight.value.0 }
        let task = Task { [configuration, transport, clock] in
            try await Self.fetch(configuration: configuration, transport: transport, clock: clock)
        }
        inFlight = task
        defer { inFlight = nil }
        let (token, renewAt) = try await task.value
        cached = (token, renewAt)
        fetchCount += 1
        return token
    }

    /// Drops `token` if it is the cached one.
    public func invalidate(_ token: Secret) async {
        if cached?.token == token { cached = nil }
    }

    private static func fetch(
        configuration: Configuration,
        transport: any HTTPTransport,
        clock: C
    ) async throws -> (Secret, C.Instant) {
        var form = [
            ("grant_type", "client_credentials"),
            ("client_id", configuration.clientID),
            ("client_secret", configuration.clientSecret.revealed),
        ]
        if let scope = configuration.scope { form.append(("scope", scope)) }
        let body = form.map { formEncode($0.0) + "=" + formEncode($0.1) }.joined(separator: "&")
        guard configuration.tokenURL.scheme != nil, configuration.tokenURL.host != nil else {
            throw FactureHTTPError(
                code: .invalidRequest,
                message: "token URL \(configuration.tokenURL) is not absolute"
            )
        }
        var request = HTTPRequest(method: .post, url: configuration.tokenURL)
        request.headerFields[.contentType] = "application/x-www-form-urlencoded"
        request.headerFields[.accept] = "application/json"
        let started = clock.now
        let exchange = try await transport.send(
            request,
            body: HTTPBody(string: body),
            options: HTTPRequestOptions(operation: "oauth2.token", isIdempotent: true)
        )
        let status = exchange.response.status.code
        guard status == 200 else {
            let reason = (try? JSONDecoder().decode(ErrorBody.self, from: Data(exchange.body.bytes)))?.error
            throw FactureHTTPError(
                code: status == 400 || status == 401 || status == 403 ? .unauthorized : .invalidResponse,
                message: "the token endpoint answered HTTP \(status)" + (reason.map { " (\($0))" } ?? ""),
                operation: "oauth2.token",
                status: status
            )
        }
        guard let token = try? JSONDecoder().decode(TokenBody.self, from: Data(exchange.body.bytes)),
            !token.access_token.isEmpty
        else {
            throw FactureHTTPError(
                code: .invalidResponse,
                message: "the token response has no access_token",
                operation: "oauth2.token",
                status: status
            )
        }
        let lifetime = token.expires_in.map { Duration.seconds($0) } ?? configuration.defaultLifetime
        // Renew a margin before expiry, counted from when the request left (the server's clock started then
        // at the latest); a lifetime shorter than twice the margin is renewed at half its length.
        let margin = min(configuration.renewalMargin, lifetime / 2)
        return (Secret(token.access_token), started.advanced(by: lifetime - margin))
    }

    /// `application/x-www-form-urlencoded` encoding of one name or value.
    static func formEncode(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                encoded += "+"
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                encoded += "%"
                encoded.unicodeScalars.append(Unicode.Scalar(hex[Int(byte >> 4)]))
                encoded.unicodeScalars.append(Unicode.Scalar(hex[Int(byte & 0x0F)]))
            }
        }
        return encoded
    }

    // swift-format-ignore: AlwaysUseLowerCamelCase
    private struct TokenBody: Decodable {
        var access_token: String
        var expires_in: Int64?
    }

    private struct ErrorBody: Decodable {
        var error: String?
    }
}

extension OAuth2ClientCredentialsTokenProvider where C == ContinuousClock {
    /// A provider timing expiry on the continuous clock.
    public init(configuration: Configuration, transport: any HTTPTransport) {
        self.init(configuration: configuration, transport: transport, clock: ContinuousClock())
    }
}
