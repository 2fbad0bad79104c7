// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureArchive

/// The checks every ``FactureArchive/ArchiveJournal`` implementation must pass, whatever stores it: run them from
/// the implementation's own tests, each check on a new empty journal.
///
/// ```swift
/// @Test func conformance() async throws {
///     try await ArchiveJournalConformance { try await MyJournal.temporary() }.run()
/// }
/// ```
public struct ArchiveJournalConformance: Sendable {
    /// Makes a new, empty journal for one check.
    public let makeJournal: @Sendable () async throws -> any ArchiveJournal

    /// The suite over journals made by `makeJournal`.
    public init(makeJournal: @escaping @Sendable () async throws -> any ArchiveJournal) {
        self.makeJournal = makeJournal
    }

    /// Runs every check.
    ///
    /// - Throws: The first ``ConformanceFailure``, or what the journal threw.
    public func run() async throws {
        try await appendChainsAndIndexes(makeJournal())
        try await rangesAreClamped(makeJournal())
        try await concurrentAppendsKeepOneChain(makeJournal())
        try await restoreContinuesOnlyTheHead(source: makeJournal(), target: makeJournal())
        try await checkpointsAreOrdered(makeJournal())
    }

    private static let time = JournalTime(millisecondsSince1970: 1_795_000_000_000)

    private static func deposit(_ name: String, _ content: String) throws -> JournalDraft {
        JournalDraft(
            recordedAt: time,
            actor: "conformance",
            event: .deposit(
                try DocumentID(name),
                blob: BlobDigest(of: Array(content.utf8)),
                byteCount: content.utf8.count,
                metadata: ["invoice": name, "supplier": "ACME SAS"],
                retainUntil: time.adding(years: 10)
            )
        )
    }

    /// Appended entries are numbered from the head, chained, read back byte for byte and indexed.
    public func appendChainsAndIndexes(_ journal: any ArchiveJournal) async throws {
        let check = "append chains and indexes entries"
        try require(try await journal.head() == .empty, check, "a new journal's head is not empty")
        let first = try await journal.append([try Self.deposit("FA-1", "one")])
        let more = try await journal.append([
            try Self.deposit("FA-2", "two"),
            JournalDraft(recordedAt: Self.time, actor: "conformance", event: .read(try DocumentID("FA-1"))),
            try Self.deposit("FA-3", "one"),
        ])
        let entries = first + more
        try require(entries.map(\.sequence) == [0, 1, 2, 3], check, "sequences \(entries.map(\.sequence))")
        try require(
            entries[0].previousLeafHash == JournalEntry.genesis,
            check,
            "the first entry is not linked to genesis"
        )
        for index in 1..<entries.count {
            try require(
                entries[index].previousLeafHash == entries[index - 1].leafHash,
                check,
                "entry \(index) is not linked to entry \(index - 1)"
            )
        }
        let head = try await journal.head()
        try require(head == JournalHead(size: 4, lastLeafHash: entries[3].leafHash), check, "head \(head)")
        let records = try await journal.records(in: 0..<4)
        try require(records == entries.map(JournalRecord.init), check, "records read back differ from those appended")
        try require(try records.map { try $0.decoded() } == entries, check, "records do not decode to the entries")
        try require(
            try await journal.leafHashes(in: 1..<3) == [entries[1].leafHash, entries[2].leafHash],
            check,
            "leaf hashes of 1..<3 differ"
        )
        let aboutFirst = try await journal.records(for: try DocumentID("FA-1"))
        try require(aboutFirst.map(\.sequence) == [0, 2], check, "records about FA-1: \(aboutFirst.map(\.sequence))")
        let sharing = try await journal.documents(storing: BlobDigest(of: Array("one".utf8)))
        try require(
            sharing == [try DocumentID("FA-1"), try DocumentID("FA-3")],
            check,
            "documents storing the shared blob: \(sharing.sorted())"
        )
        try require(
            try await journal.documents(storing: BlobDigest(of: Array("none".utf8))).isEmpty,
            check,
            "an unknown blob has documents"
        )
    }

    /// Ranges past the end are clamped, not errors.
    public func rangesAreClamped(_ journal: any ArchiveJournal) async throws {
        let check = "ranges are clamped"
        _ = try await journal.append([try Self.deposit("FA-1", "one"), try Self.deposit("FA-2", "two")])
        try require(try await journal.records(in: 1..<10).map(\.sequence) == [1], check, "records in 1..<10")
        try require(try await journal.records(in: 5..<10).isEmpty, check, "records in 5..<10")
        try require(try await journal.leafHashes(in: 0..<100).count == 2, check, "leaf hashes in 0..<100")
    }

    /// Many writers at once keep one gap-free chain.
    public func concurrentAppendsKeepOneChain(_ journal: any ArchiveJournal) async throws {
        let check = "concurrent appends keep one chain"
        let writers = 16
        let batch = 4
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<writers {
                group.addTask {
                    let drafts = try (0..<batch).map { try Self.deposit("W\(writer)-\($0)", "writer \(writer) \($0)") }
                    let appended = try await journal.append(drafts)
                    // One call's drafts stay together and in order.
                    for index in 1..<appended.count {
                        try require(
                            appended[index].sequence == appended[index - 1].sequence + 1,
                            check,
                            "a batch was interleaved with another"
                        )
                    }
                }
            }
            try await group.waitForAll()
        }
        let head = try await journal.head()
        try require(head.size == UInt64(writers * batch), check, "head size \(head.size)")
        let records = try await journal.records(in: 0..<head.size)
        let end = try JournalRecord.checkContinuation(records, after: .empty)
        try require(end == head, check, "the chain read back ends at \(end), the head is \(head)")
    }

    /// An import appends records verbatim only where they continue the head; otherwise nothing.
    public func restoreContinuesOnlyTheHead(source: any ArchiveJournal, target: any ArchiveJournal) async throws {
        let check = "restore continues only the head"
        let entries = try await source.append((1...5).map { try Self.deposit("FA-\($0)", "content \($0)") })
        let records = entries.map(JournalRecord.init)
        do {
            try await target.restore(Array(records[1...]))
            throw ConformanceFailure(check: check, message: "records not starting at 0 were restored")
        } catch let error as FactureArchiveError {
            try require(error.code == .integrityViolation, check, "wrong error \(error)")
        }
        var broken = records
        broken[3].encoded[broken[3].encoded.count - 1] ^= 1
        do {
            try await target.restore(broken)
            throw ConformanceFailure(check: check, message: "a record with altered bytes was restored")
        } catch let error as FactureArchiveError {
            try require(error.code == .integrityViolation, check, "wrong error \(error)")
        }
        try require(try await target.head() == .empty, check, "a refused restore left entries behind")
        try await target.restore(Array(records[..<2]))
        try await target.restore(Array(records[2...]))
        try require(try await target.head() == (try await source.head()), check, "restored head differs")
        try require(try await target.records(in: 0..<5) == records, check, "restored records differ")
        let more = try await target.append([try Self.deposit("FA-6", "six")])
        try require(
            more.first?.previousLeafHash == entries.last?.leafHash,
            check,
            "an append after restore is not linked"
        )
    }

    /// Checkpoints are kept by increasing size, never beyond the head.
    public func checkpointsAreOrdered(_ journal: any ArchiveJournal) async throws {
        let check = "checkpoints are ordered"
        let entries = try await journal.append((1...3).map { try Self.deposit("FA-\($0)", "content \($0)") })
        var tree = MerkleTree()
        for entry in entries { tree.append(entry.encoded) }
        func checkpoint(_ size: UInt64) throws -> JournalCheckpoint {
            JournalCheckpoint(
                treeSize: size,
                rootHash: (try? tree.rootHash(treeSize: Int(size))) ?? .empty,
                issuedAt: Self.time,
                seal: [0x30, 0x00]
            )
        }
        try await journal.addCheckpoint(try checkpoint(2))
        for refused: UInt64 in [2, 1, 4] {
            do {
                try await journal.addCheckpoint(try checkpoint(refused))
                throw ConformanceFailure(check: check, message: "a checkpoint of size \(refused) was kept after size 2")
            } catch let error as FactureArchiveError {
                try require(error.code == .integrityViolation, check, "wrong error \(error)")
            }
        }
        try await journal.addCheckpoint(try checkpoint(3))
        let kept = try await journal.checkpoints()
        try require(kept == [try checkpoint(2), try checkpoint(3)], check, "kept \(kept.map(\.treeSize))")
    }
}
