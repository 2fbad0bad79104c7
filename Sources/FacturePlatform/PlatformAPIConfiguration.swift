// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureHTTP
public import Foundation

/// Where an XP Z12-013 API of a certified platform (*plateforme agréée*) is and how to call it: shared by
/// ``FlowServiceClient/Configuration`` and ``DirectoryServiceClient/Configuration``.
///
/// ```swift
/// let configuration = FlowServiceClient.Configuration(
///     baseURL: URL(string: "https://api.flow.example-pa.fr/flow-service")!,
///     authentication: .oauth2ClientCredentials(
///         tokenURL: URL(string: "https://auth.example-pa.fr/oauth/token")!,
///         clientID: "my-erp",
///         clientSecret: Secret(secretFromVault)
///     )
/// )
/// ```
public struct PlatformAPIConfiguration: Sendable {
    /// How the client obtains the bearer token every endpoint requires (`BearerAuth` in both descriptions).
    public enum Authentication: Sendable {
        /// Tokens from a provider the application owns (shared between clients, or its own kind).
        case tokenProvider(any AccessTokenProvider)
        /// OAuth 2.0 client credentials at `tokenURL`; tokens are cached and renewed before they expire, on
        /// the client's clock.
        case oauth2ClientCredentials(tokenURL: URL, clientID: String, clientSecret: Secret, scope: String? = nil)
        /// One token that never changes (an API key used as bearer token).
        case staticToken(Secret)
    }

    /// The API root, the server URL of the description with its path: `https://api.flow.company.com/flow-service`
    /// (the client appends `/v1/...`).
    public var baseURL: URL
    /// How to authenticate.
    public var authentication: Authentication
    /// The longest one attempt of a read may take.
    public var timeout: Duration
    /// The longest one attempt of a write (a flow submission with its file) may take.
    public var writeTimeout: Duration
    /// Retries of reads (and of writes refused with 429) on 429, 5xx and network failures.
    public var retryPolicy: RetryPolicy
    /// Extra middleware placed outermost, such as `LoggingMiddleware`.
    public var middlewares: [any HTTPMiddleware]

    /// A configuration: 30 s per read, 120 s per write, the default retry policy, no extra middleware.
    public init(
        baseURL: URL,
        authentication: Authentication,
        timeout: Duration = .seconds(30),
        writeTimeout: Duration = .seconds(120),
        retryPolicy: RetryPolicy = RetryPolicy(),
        middlewares: [any HTTPMiddleware] = []
    ) {
        self.baseURL = baseURL
        self.authentication = authentication
        self.timeout = timeout
        self.writeTimeout = writeTimeout
        self.retryPolicy = retryPolicy
        self.middlewares = middlewares
    }
}
