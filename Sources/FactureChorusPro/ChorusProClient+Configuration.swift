// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureHTTP

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

extension ChorusProClient {
    /// Where Chorus Pro is, who the client is, and how patient it is.
    public struct Configuration: Sendable {
        /// The PISTE environment.
        public enum Environment: Sendable, Hashable {
            /// PISTE's sandbox (qualification): `https://sandbox-api.piste.gouv.fr/cpro`.
            case sandbox
            /// Production: `https://api.piste.gouv.fr/cpro`.
            case production
            /// Other URLs (a simulator, a proxy): the API base (ending in `/cpro`) and the OAuth 2 token endpoint.
            case custom(apiBaseURL: URL, tokenURL: URL)

            /// The base URL the operation paths (`/factures/v1/deposer/flux`) are appended to.
            public var apiBaseURL: URL {
                switch self {
                case .sandbox: URL(string: "https://sandbox-api.piste.gouv.fr/cpro")!
                case .production: URL(string: "https://api.piste.gouv.fr/cpro")!
                case .custom(let apiBaseURL, _): apiBaseURL
                }
            }

            /// The OAuth 2 token endpoint.
            public var tokenURL: URL {
                switch self {
                case .sandbox: URL(string: "https://sandbox-oauth.piste.gouv.fr/api/oauth/token")!
                case .production: URL(string: "https://oauth.piste.gouv.fr/api/oauth/token")!
                case .custom(_, let tokenURL): tokenURL
                }
            }
        }

        /// How a deposit whose outcome is unknown is cleared up before anything is deposited again.
        public struct DepositRecovery: Sendable, Hashable {
            /// How many searches for the invoice are made before concluding it is not in Chorus Pro.
            public var searchAttempts: Int
            /// The wait before each search, so that Chorus Pro has time to integrate a flux it received.
            public var searchInterval: Duration
            /// The most deposits of one invoice in one ``ChorusProClient/submit(facturX:fileName:serviceCode:commitmentNumber:syntax:)``
            /// call, each after proof that the previous one left no trace.
            public var maximumDeposits: Int

            /// A recovery policy: 3 searches 20 s apart, at most 3 deposits.
            public init(searchAttempts: Int = 3, searchInterval: Duration = .seconds(20), maximumDeposits: Int = 3) {
                self.searchAttempts = max(1, searchAttempts)
                self.searchInterval = searchInterval
                self.maximumDeposits = max(1, maximumDeposits)
            }
        }

        /// The environment.
        public var environment: Environment
        /// The PISTE application's client id.
        public var clientID: String
        /// The PISTE application's client secret.
        public var clientSecret: Secret
        /// The Chorus Pro technical account's login.
        public var login: String
        /// The Chorus Pro technical account's password.
        public var password: Secret
        /// The current user's id (`idUtilisateurCourant`) sent with deposits, when the account needs it.
        public var userID: Int?
        /// The longest one attempt of a read may take.
        public var timeout: Duration
        /// The longest one deposit may take (the file goes up whole).
        public var depositTimeout: Duration
        /// When and how requests are tried again.
        public var retryPolicy: RetryPolicy
        /// How long before its expiry the PISTE token is renewed.
        public var tokenRenewalMargin: Duration
        /// How an ambiguous deposit is cleared up.
        public var depositRecovery: DepositRecovery
        /// Logs every exchange (never headers or bodies), or `nil` for no logs.
        public var logging: LoggingMiddleware?

        /// A configuration.
        public init(
            environment: Environment,
            clientID: String,
            clientSecret: Secret,
            login: String,
            password: Secret,
            userID: Int? = nil,
            timeout: Duration = .seconds(30),
            depositTimeout: Duration = .seconds(120),
            retryPolicy: RetryPolicy = RetryPolicy(),
            tokenRenewalMargin: Duration = .seconds(60),
            depositRecovery: DepositRecovery = DepositRecovery(),
            logging: LoggingMiddleware? = nil
        ) {
            self.environment = environment
            self.clientID = clientID
            self.clientSecret = clientSecret
            self.login = login
            self.password = password
            self.userID = userID
            self.timeout = timeout
            self.depositTimeout = depositTimeout
            self.retryPolicy = retryPolicy
            self.tokenRenewalMargin = tokenRenewalMargin
            self.depositRecovery = depositRecovery
            self.logging = logging
        }
    }
}
