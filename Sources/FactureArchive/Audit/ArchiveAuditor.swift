// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureSeal

/// Checks a whole archive from its stores: every entry's bytes against its stored hash, the hash
/// chain, every checkpoint against the tree recomputed from the entries and against its seal,
/// and every blob against its address. Any single changed byte of an entry or a blob is found.
///
/// ```swift
/// let report = try await ArchiveAuditor(journal: journal, blobs: blobs, sealVerifier: verifier).run()
/// for problem in report.problems { print(problem) }
/// ```
public struct ArchiveAuditor: Sendable {
    /// The journal to check.
    public var journal: any ArchiveJournal
    /// The blobs to check.
    public var blobs: any BlobStore
    /// Checks the checkpoints' seals; `nil` checks only their roots.
    public var sealVerifier: SealVerifier?
    /// Whether every blob is read and checked too (the default); without, only the journal and
    /// its checkpoints are audited.
    public var checksBlobs: Bool
    /// How many entries are read at a time.
    public var batchSize: UInt64

    /// An auditor.
    public init(
        journal: any ArchiveJournal,
        blobs: any BlobStore,
        sealVerifier: SealVerifier?,
        checksBlobs: Bool = true,
        batchSize: UInt64 = 20_000
    ) {
        self.journal = journal
        self.blobs = blobs
        self.sealVerifier = sealVerifier
        self.checksBlobs = checksBlobs
        self.batchSize = max(1, batchSize)
    }

    /// Runs the audit.
    ///
    /// - Throws: ``FactureArchiveError`` only when a store cannot be read at all; what is wrong
    ///   with the data is in the report.
    public func run() async throws(FactureArchiveError) -> ArchiveAuditReport {
        var report = ArchiveAuditReport()
        var tree = MerkleTree()
        var documents: [DocumentID: DocumentTrace] = [:]
        var previous = JournalEntry.genesis
        let head = try await journal.head()
        var next: UInt64 = 0
        while next < head.size {
            let records = try await journal.records(in: next..<min(next + batchSize, head.size))
            guard !records.isEmpty else { break }
            for record in records {
                let recomputed = MerkleHash.leaf(record.encoded)
                if record.sequence != next {
                    report.problems.append(
                        .init(
                            kind: .sequenceGap,
                            sequence: record.sequence,
                            message: "entry \(record.sequence) found where \(next) was due"
                        )
                    )
                }
                if recomputed != record.leafHash {
                    report.problems.append(
                        .init(
                            kind: .entryAltered,
                            sequence: next,
                            message: "entry \(next) no longer hashes to its stored leaf hash"
                        )
                    )
                }
                if let entry = try? JournalEntry(decoding: record.encoded) {
                    if entry.previousLeafHash != previous {
                        report.problems.append(
                            .init(
                                kind: .chainBroken,
                                sequence: next,
                                message: "entry \(next) is not linked to entry \(Int64(next) - 1)"
                            )
                        )
                    }
                    if entry.sequence != record.sequence || entry.event.document != record.document
                        || entry.event.blob != record.blob
                    {
                        report.problems.append(
                            .init(
                                kind: .entryAltered,
                                sequence: next,
                                message: "entry \(next)'s stored columns differ from its bytes"
                            )
                        )
                    }
                    fold(entry, into: &documents, report: &report)
                } else {
                    report.problems.append(
                        .init(
                            kind: .entryUnreadable,
                            sequence: next,
                            message: "entry \(next) does not read as a journal entry"
                        )
                    )
                }
                previous = recomputed
                tree.append(leafHash: recomputed)
                next += 1
            }
        }
        report.entryCount = UInt64(tree.size)
        if report.entryCount < head.size {
            report.problems.append(
                .init(
                    kind: .sequenceGap,
                    sequence: report.entryCount,
                    message: "the journal's head says \(head.size) entries, \(report.entryCount) were read"
                )
            )
        }
        report.rootHash = (try? tree.rootHash()) ?? .empty
        report.documentCount = documents.count
        try await checkCheckpoints(tree: tree, report: &report)
        if checksBlobs { try await checkBlobs(documents: documents, report: &report) }
        return report
    }

    /// What the audit keeps of each document: just enough to check its history's shape and its blob.
    private struct DocumentTrace {
        var blob: BlobDigest
        var destroyed = false
    }

    private func fold(
        _ entry: JournalEntry,
        into documents: inout [DocumentID: DocumentTrace],
        report: inout ArchiveAuditReport
    ) {
        guard let id = entry.event.document else { return }
        func inconsistent(_ message: String) {
            report.problems.append(.init(kind: .inconsistentHistory, sequence: entry.sequence, message: message))
        }
        if case .deposit(_, let blob, _, _, _) = entry.event {
            if documents[id] != nil {
                inconsistent("\(id) deposited twice (entry \(entry.sequence))")
            } else {
                documents[id] = DocumentTrace(blob: blob)
            }
            return
        }
        guard documents[id] != nil else {
            inconsistent("entry \(entry.sequence) is a \(entry.event.kind) of \(id), which was never deposited")
            return
        }
        if case .destruction = entry.event { documents[id]?.destroyed = true }
    }

    private func checkCheckpoints(tree: MerkleTree, report: inout ArchiveAuditReport) async throws(FactureArchiveError)
    {
        let checkpoints = try await journal.checkpoints()
        report.checkpointCount = checkpoints.count
        report.uncoveredEntryCount = report.entryCount - min(report.entryCount, checkpoints.last?.treeSize ?? 0)
        var previousSize: UInt64 = 0
        for checkpoint in checkpoints {
            let size = checkpoint.treeSize
            if size <= previousSize && previousSize > 0 {
                report.problems.append(
                    .init(
                        kind: .checkpointMismatch,
                        message: "checkpoint of \(size) entries follows one of \(previousSize)"
                    )
                )
            }
            previousSize = size
            if let root = try? tree.rootHash(treeSize: Int(size)) {
                if root != checkpoint.rootHash {
                    report.problems.append(
                        .init(
                            kind: .checkpointMismatch,
                            sequence: size,
                            message: "checkpoint of \(size) entries: its root is not the entries' tree hash"
                        )
                    )
                }
            } else {
                report.problems.append(
                    .init(
                        kind: .checkpointMismatch,
                        sequence: size,
                        message: "checkpoint of \(size) entries: the journal has only \(tree.size)"
                    )
                )
            }
            guard let sealVerifier else { continue }
            do {
                let verification = try sealVerifier.verify(sealDER: checkpoint.seal, content: checkpoint.signedContent)
                for failure in verification.failures {
                    report.problems.append(
                        .init(
                            kind: .checkpointSealInvalid,
                            sequence: size,
                            message: "checkpoint of \(size) entries: \(failure)"
                        )
                    )
                }
            } catch {
                report.problems.append(
                    .init(
                        kind: .checkpointSealInvalid,
                        sequence: size,
                        message: "checkpoint of \(size) entries: seal unreadable (\(error))"
                    )
                )
            }
        }
    }

    private func checkBlobs(
        documents: [DocumentID: DocumentTrace],
        report: inout ArchiveAuditReport
    ) async throws(FactureArchiveError) {
        var kept: Set<BlobDigest> = []
        var destroyed: Set<BlobDigest> = []
        for document in documents.values {
            if document.destroyed { destroyed.insert(document.blob) } else { kept.insert(document.blob) }
        }
        let stored = try await blobs.digests()
        report.blobCount = stored.count
        for digest in stored {
            do {
                _ = try await blobs.get(digest)
            } catch  where error.code == .integrityViolation {
                report.problems.append(
                    .init(kind: .blobCorrupt, blob: digest, message: "blob \(digest) no longer hashes to its address")
                )
            } catch  where error.code == .notFound {
                continue
            }
            if !kept.contains(digest) {
                if destroyed.contains(digest) {
                    report.problems.append(
                        .init(
                            kind: .destroyedBlobPresent,
                            blob: digest,
                            message: "blob \(digest) of a destroyed document is still stored"
                        )
                    )
                } else {
                    report.problems.append(
                        .init(
                            kind: .unreferencedBlob,
                            blob: digest,
                            message: "blob \(digest) is named by no journal entry"
                        )
                    )
                }
            }
        }
        for digest in kept.subtracting(stored).sorted() {
            report.problems.append(
                .init(kind: .blobMissing, blob: digest, message: "blob \(digest) of a kept document is missing")
            )
        }
    }
}

extension DigitalSafe {
    /// Audits the whole archive (``ArchiveAuditor``); checkpoint seals are checked when `sealVerifier` is given.
    ///
    /// - Throws: ``FactureArchiveError`` only when a store cannot be read at all.
    public func audit(sealVerifier: SealVerifier? = nil) async throws(FactureArchiveError) -> ArchiveAuditReport {
        try await ArchiveAuditor(journal: journal, blobs: blobs, sealVerifier: sealVerifier).run()
    }
}
