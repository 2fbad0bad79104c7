// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import HTTPTypes

/// When and how long to wait before trying a request again.
public struct RetryPolicy: Sendable {
    /// The most attempts in all, the first included.
    public var maximumAttempts: Int
    /// The wait before the second attempt, doubled before each further one.
    public var baseDelay: Duration
    /// The longest wait between two attempts (also caps a server's `Retry-After`).
    public var maximumDelay: Duration
    /// The statuses worth another attempt.
    public var retryableStatuses: Set<Int>
    /// A number in 0…1 drawn for each wait: the wait is that share of the exponential delay ("full jitter"),
    /// so that many clients failing together do not come back together.
    public var jitter: @Sendable () -> Double

    /// A policy: 4 attempts, 200 ms doubling up to 10 s, on 429, 500, 502, 503 and 504, with full jitter.
    public init(
        maximumAttempts: Int = 4,
        baseDelay: Duration = .milliseconds(200),
        maximumDelay: Duration = .seconds(10),
        retryableStatuses: Set<Int> = [429, 500, 502, 503, 504],
        jitter: @escaping @Sendable () -> Double = { Double.random(in: 0...1) }
    ) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.baseDelay = baseDelay
        self.maximumDelay = maximumDelay
        self.retryableStatuses = retryableStatuses
        self.jitter = jitter
    }

    /// The wait before attempt `attempt + 1` (attempts count from 1), given the server's `Retry-After` seconds.
    public func delay(afterAttempt attempt: Int, retryAfter: Int?) -> Duration {
        if let retryAfter { return min(.seconds(max(0, retryAfter)), maximumDelay) }
        let exponent = min(max(attempt - 1, 0), 30)
        let ceiling = min(baseDelay * (1 << exponent), maximumDelay)
        let share = min(max(jitter(), 0), 1)
        return ceiling * share
    }
}

/// Tries idempotent requests again after a retryable status (429, 5xx) or a network failure, waiting an
/// exponentially growing, jittered delay (or the server's `Retry-After`) on the given clock.
///
/// A request that is not idempotent (``HTTPRequestOptions/isIdempotent``, a deposit) is tried again only when
/// it surely was not sent (``FactureHTTPError/Code/notSent``) or when the server answered 429 (it refused
/// before acting); after a lost connection or a timeout the error goes up unchanged so that the client can
/// find out what the server did before anything is sent again.
public struct RetryMiddleware<C: Clock>: HTTPMiddleware where C.Duration == Duration {
    /// The policy.
    public var policy: RetryPolicy
    /// The clock the waits are slept on.
    public var clock: C

    /// A retry middleware on `clock`.
    public init(policy: RetryPolicy = RetryPolicy(), clock: C) {
        self.policy = policy
        self.clock = clock
    }

    /// Sends, and sends again while the policy allows.
    public func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        options: HTTPRequestOptions,
        next: @Sendable (HTTPRequest, HTTPBody?, HTTPRequestOptions) async throws -> HTTPExchange
    ) async throws -> HTTPExchange {
        var attempt = 1
        while true {
            try Task.checkCancellation()
            let exchange: HTTPExchange
            do {
                exchange = try await next(request, body, options)
            } catch let error as FactureHTTPError {
                let retryable = error.code == .notSent || (options.isIdempotent && error.isAmbiguous)
                guard retryable, attempt < policy.maximumAttempts else { throw error }
                try await clock.sleep(for: policy.delay(afterAttempt: attempt, retryAfter: nil))
                attempt += 1
                continue
            }
            let status = exchange.response.status.code
            let retryable =
                policy.retryableStatuses.contains(status) && (options.isIdempotent || status == 429)
            guard retryable else { return exchange }
            guard attempt < policy.maximumAttempts else {
                throw FactureHTTPError(
                    code: .retriesExhausted,
                    message: "still HTTP \(status) after \(attempt) attempts",
                    operation: options.operation,
                    status: status
                )
            }
            let retryAfter = exchange.response.headerFields[.retryAfter].flatMap { Int($0) }
            try await clock.sleep(for: policy.delay(afterAttempt: attempt, retryAfter: retryAfter))
            attempt += 1
        }
    }
}

extension RetryMiddleware where C == ContinuousClock {
    /// A retry middleware sleeping on the continuous clock.
    public init(policy: RetryPolicy = RetryPolicy()) {
        self.init(policy: policy, clock: ContinuousClock())
    }
}
