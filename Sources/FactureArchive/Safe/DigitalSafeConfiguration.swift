// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// How a ``DigitalSafe`` keeps documents and signs its journal.
public struct DigitalSafeConfiguration: Sendable {
    /// How many calendar years a deposit is retained (10 by default: the French legal term for
    /// accounting documents). Retention can be extended per document, never shortened.
    public var retentionYears: Int
    /// A checkpoint is sealed once this many entries are not yet covered by one.
    public var checkpointEveryEntries: Int
    /// A checkpoint is sealed once the oldest uncovered entry is this old (seconds), checked on
    /// each append and by ``DigitalSafe/runCheckpoints()``.
    public var checkpointEverySeconds: Double
    /// The actor recorded for events the safe causes itself (checkpoint-driven exports, destruction sweeps).
    public var systemActor: String

    /// A configuration; the defaults suit an accounting firm's archive.
    public init(
        retentionYears: Int = 10,
        checkpointEveryEntries: Int = 1_000,
        checkpointEverySeconds: Double = 60,
        systemActor: String = "facturekit"
    ) {
        self.retentionYears = retentionYears
        self.checkpointEveryEntries = max(1, checkpointEveryEntries)
        self.checkpointEverySeconds = checkpointEverySeconds
        self.systemActor = systemActor
    }
}
