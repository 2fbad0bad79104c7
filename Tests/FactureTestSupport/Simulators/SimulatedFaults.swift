// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Synchronization

/// The faults a simulator injects, drawn per request from a seeded generator so a test run repeats itself.
public struct SimulatedFaults: Sendable, Hashable {
    /// Added before every answer.
    public var latency: Duration
    /// Share of requests answered HTTP 500 before anything is done.
    public var serverErrorRate: Double
    /// Share of writes that are carried out and then answered HTTP 500 (the client cannot tell it from the
    /// previous case).
    public var serverErrorAfterCommitRate: Double
    /// Share of requests answered HTTP 429 with `Retry-After: 1` before anything is done.
    public var throttleRate: Double
    /// Share of writes that are carried out and then have their connection closed without an answer.
    public var dropAfterCommitRate: Double
    /// The seed of the draws.
    public var seed: UInt64

    /// Faults; none by default.
    public init(
        latency: Duration = .zero,
        serverErrorRate: Double = 0,
        serverErrorAfterCommitRate: Double = 0,
        throttleRate: Double = 0,
        dropAfterCommitRate: Double = 0,
        seed: UInt64 = 1
    ) {
        self.latency = latency
        self.serverErrorRate = serverErrorRate
        self.serverErrorAfterCommitRate = serverErrorAfterCommitRate
        self.throttleRate = throttleRate
        self.dropAfterCommitRate = dropAfterCommitRate
        self.seed = seed
    }

    /// No faults.
    public static let none = SimulatedFaults()
}

/// What happens to one request.
public enum FaultDecision: Sendable, Hashable {
    /// Served normally.
    case none
    /// HTTP 500 before acting.
    case serverError
    /// Carried out, then HTTP 500.
    case serverErrorAfterCommit
    /// HTTP 429 before acting.
    case throttle
    /// Carried out, then the connection is closed without an answer.
    case dropAfterCommit
}

/// Draws a ``FaultDecision`` per request (SplitMix64 on the seed), and counts what it injected.
public final class FaultInjector: Sendable {
    private struct State {
        var generator: UInt64
        var injected: [FaultDecision: Int] = [:]
    }

    /// The faults.
    public let faults: SimulatedFaults
    private let state: Mutex<State>

    /// An injector of `faults`.
    public init(_ faults: SimulatedFaults) {
        self.faults = faults
        self.state = Mutex(State(generator: faults.seed))
    }

    /// How many times each fault was injected.
    public var injected: [FaultDecision: Int] { state.withLock { $0.injected } }

    /// The decision for the next request; after-commit faults only apply to writes.
    public func decide(isWrite: Bool) -> FaultDecision {
        state.withLock { state in
            let draw = Self.next(&state.generator)
            var threshold = faults.serverErrorRate
            var decision = FaultDecision.none
            if draw < threshold {
                decision = .serverError
            } else if draw < (threshold + faults.throttleRate) {
                decision = .throttle
            } else if isWrite {
                threshold += faults.throttleRate
                if draw < threshold + faults.dropAfterCommitRate {
                    decision = .dropAfterCommit
                } else if draw < threshold + faults.dropAfterCommitRate + faults.serverErrorAfterCommitRate {
                    decision = .serverErrorAfterCommit
                }
            }
            if decision != .none { state.injected[decision, default: 0] += 1 }
            return decision
        }
    }

    /// A uniform draw in 0..<1.
    private static func next(_ state: inout UInt64) -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Double(z >> 11) / Double(1 << 53)
    }
}
