// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Synchronization

/// A journal in memory: for tests and short-lived tools. Nothing survives the process.
public final class InMemoryArchiveJournal: ArchiveJournal {
    private struct State {
        var records: [JournalRecord] = []
        var byDocument: [DocumentID: [Int]] = [:]
        var byBlob: [BlobDigest: Set<DocumentID>] = [:]
        var checkpoints: [JournalCheckpoint] = []

        var head: JournalHead {
            records.last.map { JournalHead(size: $0.sequence + 1, lastLeafHash: $0.leafHash) } ?? .empty
        }

        mutating func add(_ record: JournalRecord) {
            if let document = record.document {
                byDocument[document, default: []].append(records.count)
                if let blob = record.blob { byBlob[blob, default: []].insert(document) }
            }
            records.append(record)
        }

        func clamped(_ range: Range<UInt64>) -> Range<Int> {
            let upper = Int(min(range.upperBound, UInt64(records.count)))
            let lower = Int(min(range.lowerBound, UInt64(upper)))
            return lower..<upper
        }
    }

    private let state = Mutex(State())

    /// An empty journal.
    public init() {}

    /// Chains and appends `drafts` under the journal's lock.
    public func append(_ drafts: [JournalDraft]) async throws(FactureArchiveError) -> [JournalEntry] {
        state.withLock { state in
            let entries = JournalEntry.chain(drafts, after: state.head)
            for entry in entries { state.add(JournalRecord(entry)) }
            return entries
        }
    }

    /// Appends records that continue the head exactly.
    public func restore(_ records: [JournalRecord]) async throws(FactureArchiveError) {
        try state.withLock { (state: inout State) throws(FactureArchiveError) in
            _ = try JournalRecord.checkContinuation(records, after: state.head)
            for record in records { state.add(record) }
        }
    }

    /// The current head.
    public func head() async throws(FactureArchiveError) -> JournalHead {
        state.withLock { $0.head }
    }

    /// The records in `range`.
    public func records(in range: Range<UInt64>) async throws(FactureArchiveError) -> [JournalRecord] {
        state.withLock { Array($0.records[$0.clamped(range)]) }
    }

    /// The records about `document`.
    public func records(for document: DocumentID) async throws(FactureArchiveError) -> [JournalRecord] {
        state.withLock { state in (state.byDocument[document] ?? []).map { state.records[$0] } }
    }

    /// The documents naming `blob`.
    public func documents(storing blob: BlobDigest) async throws(FactureArchiveError) -> Set<DocumentID> {
        state.withLock { $0.byBlob[blob] ?? [] }
    }

    /// The leaf hashes in `range`.
    public func leafHashes(in range: Range<UInt64>) async throws(FactureArchiveError) -> [MerkleHash] {
        state.withLock { state in state.records[state.clamped(range)].map(\.leafHash) }
    }

    /// Keeps a checkpoint above the last one and within the head.
    public func addCheckpoint(_ checkpoint: JournalCheckpoint) async throws(FactureArchiveError) {
        try state.withLock { (state: inout State) throws(FactureArchiveError) in
            try JournalCheckpoint.checkOrder(checkpoint, after: state.checkpoints.last, head: state.head)
            state.checkpoints.append(checkpoint)
        }
    }

    /// The kept checkpoints.
    public func checkpoints() async throws(FactureArchiveError) -> [JournalCheckpoint] {
        state.withLock { $0.checkpoints }
    }

    /// Replaces the stored bytes of entry `sequence` (tests of the audit only: a journal never does this).
    package func tamper(sequence: UInt64, _ change: (inout JournalRecord) -> Void) {
        state.withLock { state in
            guard sequence < UInt64(state.records.count) else { return }
            change(&state.records[Int(sequence)])
        }
    }
}
