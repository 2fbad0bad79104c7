// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import HTTPTypes

/// Puts `Authorization: Bearer <token>` on every request; after a 401 it drops the token, takes a new one and
/// sends the request once more (the server refused it before acting, so this is safe for any request).
public struct BearerAuthenticationMiddleware: HTTPMiddleware {
    /// Where tokens come from.
    public var tokens: any AccessTokenProvider

    /// A middleware taking its tokens from `tokens`.
    public init(tokens: any AccessTokenProvider) { self.tokens = tokens }

    /// Authenticates the request, renewing the token once on 401.
    public func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        options: HTTPRequestOptions,
        next: @Sendable (HTTPRequest, HTTPBody?, HTTPRequestOptions) async throws -> HTTPExchange
    ) async throws -> HTTPExchange {
        let token = try await tokens.accessToken()
        var authenticated = request
        authenticated.headerFields[.authorization] = "Bearer " + token.revealed
        let exchange = try await next(authenticated, body, options)
        guard exchange.response.status.code == 401 else { return exchange }
        await tokens.invalidate(token)
        let renewed = try await tokens.accessToken()
        authenticated.headerFields[.authorization] = "Bearer " + renewed.revealed
        return try await next(authenticated, body, options)
    }
}
