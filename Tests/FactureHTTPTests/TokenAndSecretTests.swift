// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureHTTP
import FactureTesting
import Foundation
import HTTPTypes
import InMemoryLogging
import Logging
import Synchronization
import Testing

/// A fake OAuth2 token endpoint: hands out `token-1`, `token-2`… valid `lifetime` seconds, and records the
/// form bodies it received.
final class TokenEndpoint: Sendable {
    private let state = Mutex((issued: 0, forms: [String]()))
    let lifetime: Int

    init(lifetime: Int = 600) { self.lifetime = lifetime }

    var issued: Int { state.withLock { $0.issued } }
    var forms: [String] { state.withLock { $0.forms } }

    var transport: ClosureHTTPTransport {
        ClosureHTTPTransport { [self] request, body, _ in
            let number = state.withLock { state in
                state.issued += 1
                state.forms.append(body?.string ?? "")
                return state.issued
            }
            #expect(request.method == .post)
            #expect(request.headerFields[.contentType] == "application/x-www-form-urlencoded")
            let json = "{\"access_token\":\"token-\(number)\",\"token_type\":\"Bearer\",\"expires_in\":\(lifetime)}"
            return HTTPExchange(response: HTTPResponse(status: .ok), body: HTTPBody(string: json))
        }
    }
}

@Suite("OAuth2 tokens, bearer authentication and secrets")
struct TokenAndSecretTests {
    static func configuration() -> OAuth2ClientCredentialsTokenProvider<FastForwardClock>.Configuration {
        .init(
            tokenURL: URL(string: "https://oauth.example.test/api/oauth/token")!,
            clientID: "client & co",
            clientSecret: Secret("s3cr=t")
        )
    }

    @Test("a token is fetched once, cached, and renewed a minute before it expires")
    func cachedAndRenewed() async throws {
        let endpoint = TokenEndpoint(lifetime: 600)
        let clock = FastForwardClock()
        let provider = OAuth2ClientCredentialsTokenProvider(
            configuration: Self.configuration(),
            transport: endpoint.transport,
            clock: clock
        )
        #expect(try await provider.accessToken().revealed == "token-1")
        clock.advance(by: .seconds(539))
        #expect(try await provider.accessToken().revealed == "token-1")
        clock.advance(by: .seconds(1))
        #expect(try await provider.accessToken().revealed == "token-2")
        #expect(endpoint.issued == 2)
        #expect(
            endpoint.forms.first
                == "grant_type=client_credentials&client_id=client+%26+co&client_secret=s3cr%3Dt&scope=openid"
        )
    }

    @Test("concurrent callers share one token request")
    func concurrentCallersShareOneFetch() async throws {
        let endpoint = TokenEndpoint()
        let provider = OAuth2ClientCredentialsTokenProvider(
            configuration: Self.configuration(),
            transport: endpoint.transport,
            clock: FastForwardClock()
        )
        let tokens = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<20 { group.addTask { try await provider.accessToken().revealed } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(tokens == ["token-1"])
        #expect(endpoint.issued == 1)
    }

    @Test("a 401 drops the token, fetches a new one and sends the request once more")
    func unauthorizedRenews() async throws {
        let endpoint = TokenEndpoint()
        let provider = OAuth2ClientCredentialsTokenProvider(
            configuration: Self.configuration(),
            transport: endpoint.transport,
            clock: FastForwardClock()
        )
        let seen = Mutex([String]())
        let api = ClosureHTTPTransport { request, _, _ in
            let authorization = request.headerFields[.authorization] ?? ""
            seen.withLock { $0.append(authorization) }
            return HTTPExchange(response: HTTPResponse(status: authorization == "Bearer token-1" ? .unauthorized : .ok))
        }
        let pipeline = HTTPPipeline(transport: api, middlewares: [BearerAuthenticationMiddleware(tokens: provider)])
        let exchange = try await pipeline.send(
            HTTPRequest(method: .get, scheme: "https", authority: "api.example.test", path: "/v1/x"),
            body: nil,
            options: HTTPRequestOptions(operation: "test", isIdempotent: false)
        )
        #expect(exchange.response.status == .ok)
        #expect(seen.withLock { $0 } == ["Bearer token-1", "Bearer token-2"])
    }

    @Test("a refused client secret is a typed unauthorized error that does not show the secret")
    func refusedCredentials() async throws {
        let endpoint = ClosureHTTPTransport { _, _, _ in
            HTTPExchange(
                response: HTTPResponse(status: .unauthorized),
                body: HTTPBody(string: "{\"error\":\"invalid_client\"}")
            )
        }
        let provider = OAuth2ClientCredentialsTokenProvider(
            configuration: Self.configuration(),
            transport: endpoint,
            clock: FastForwardClock()
        )
        do {
            _ = try await provider.accessToken()
            Issue.record("expected unauthorized")
        } catch let error as FactureHTTPError {
            #expect(error.code == .unauthorized)
            #expect(error.description.contains("invalid_client"))
            #expect(!error.description.contains("s3cr=t"))
        }
    }

    @Test("a secret prints as redacted in interpolation, description, debug output and dump")
    func secretRedacted() {
        let secret = Secret("hunter2")
        var dumped = ""
        dump(secret, to: &dumped)
        for text in ["\(secret)", secret.description, secret.debugDescription, String(reflecting: secret), dumped] {
            #expect(!text.contains("hunter2"))
        }
        #expect(secret.revealed == "hunter2")
    }

    @Test("the logging middleware logs the exchange without header values, query or body")
    func loggingRedacts() async throws {
        let (handler, logger) = Self.memoryLogger()
        let api = ClosureHTTPTransport { _, _, _ in
            HTTPExchange(response: HTTPResponse(status: .ok), body: HTTPBody(string: "{\"token\":\"response-secret\"}"))
        }
        let pipeline = HTTPPipeline(
            transport: api,
            middlewares: [
                LoggingMiddleware(logger: logger),
                BearerAuthenticationMiddleware(tokens: StaticAccessTokenProvider(token: Secret("bearer-secret"))),
            ]
        )
        var request = HTTPRequest(
            method: .post,
            scheme: "https",
            authority: "api.example.test",
            path: "/v1/x?key=q-secret"
        )
        request.headerFields[HTTPField.Name("cpro-account")!] = "bG9naW46cGFzc3dvcmQ="
        _ = try await pipeline.send(
            request,
            body: HTTPBody(string: "body-secret"),
            options: HTTPRequestOptions(operation: "test.post", isIdempotent: false)
        )
        let entries = handler.entries
        #expect(entries.count == 1)
        let logged = entries.map { "\($0.message) \($0.metadata)" }.joined()
        #expect(logged.contains("test.post"))
        #expect(logged.contains("/v1/x"))
        for secret in ["bearer-secret", "bG9naW46cGFzc3dvcmQ=", "q-secret", "body-secret", "response-secret"] {
            #expect(!logged.contains(secret), "\(secret) reached the log")
        }
    }

    static func memoryLogger() -> (InMemoryLogHandler, Logger) {
        let handler = InMemoryLogHandler()
        var logger = Logger(label: "test") { _ in handler }
        logger.logLevel = .trace
        return (handler, logger)
    }
}
