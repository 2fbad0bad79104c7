// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Synchronization

/// A clock for tests whose time moves only when told: `sleep` returns at once after moving the clock to the
/// deadline, and ``advance(by:)`` moves it by hand. Every wait is recorded, so a test can check the delays a
/// retry policy chose, or that a token was renewed before it expired, without waiting for real.
public final class FastForwardClock: Clock, Sendable {
    /// An instant: the time elapsed since the clock was made.
    public struct Instant: InstantProtocol, Hashable, Sendable {
        /// Time since the clock's start.
        public var offset: Duration

        /// An instant `offset` after the start.
        public init(offset: Duration) { self.offset = offset }

        /// The instant `duration` later.
        public func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }

        /// The time from this instant to `other`.
        public func duration(to other: Instant) -> Duration { other.offset - offset }

        /// Orders instants by time.
        public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private struct State {
        var now = Instant(offset: .zero)
        var sleeps: [Duration] = []
    }

    private let state = Mutex(State())

    /// A clock at its start.
    public init() {}

    /// The current instant.
    public var now: Instant { state.withLock { $0.now } }

    /// The smallest step: one nanosecond.
    public var minimumResolution: Duration { .nanoseconds(1) }

    /// The durations slept, in order.
    public var sleeps: [Duration] { state.withLock { $0.sleeps } }

    /// Moves the clock to `deadline` (if later) and returns; throws if the task is cancelled.
    public func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        state.withLock { state in
            state.sleeps.append(max(.zero, state.now.duration(to: deadline)))
            if state.now < deadline { state.now = deadline }
        }
    }

    /// Moves the clock forward by `duration`.
    public func advance(by duration: Duration) {
        state.withLock { $0.now = $0.now.advanced(by: duration) }
    }
}
