// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Gives the access token to put on requests, and forgets one the server refused.
public protocol AccessTokenProvider: Sendable {
    /// A token valid for a while yet, fetched or renewed when needed.
    func accessToken() async throws -> Secret

    /// Forgets `token` (the server answered 401 with it), so that the next call fetches a new one.
    func invalidate(_ token: Secret) async
}

/// An access token that does not change (a personal API key used as a bearer token).
public struct StaticAccessTokenProvider: AccessTokenProvider {
    private let token: Secret

    /// A provider always giving `token`.
    public init(token: Secret) { self.token = token }

    /// The token.
    public func accessToken() async throws -> Secret { token }

    /// Does nothing: there is no other token to fetch.
    public func invalidate(_ token: Secret) async {}
}
