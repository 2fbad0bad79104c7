// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureSeal
import Foundation

/// The archive's export format, for reversibility: a directory any FactureKit version (or an
/// auditor's own tool) can read and verify without the stores it came from.
///
/// - `manifest.json`: format, counts, the head's leaf hash and the tree hash;
/// - `journal.fkj`: every entry's canonical encoding, each preceded by its length (4 bytes, big-endian);
/// - `checkpoints.fkc`: every checkpoint as tree size (8 bytes), issue time (8), root hash (32),
///   seal length (4) and the DER seal;
/// - `blobs/<sha-256 hex>`: the bytes of every document not destroyed.
///
/// An export is written under `<directory>.partial` and renamed when complete: a directory with
/// the final name is always whole.
public enum ArchiveExport {
    /// The format name written in every manifest.
    public static let format = "facturekit-archive-export/1"

    /// The manifest of an export.
    public struct Manifest: Codable, Hashable, Sendable {
        /// ``ArchiveExport/format``.
        public var format: String
        /// How many journal entries the export holds.
        public var entryCount: UInt64
        /// The last entry's leaf hash (hex).
        public var headLeafHash: String
        /// The tree hash of all the entries (hex).
        public var rootHash: String
        /// How many checkpoints.
        public var checkpointCount: Int
        /// How many blobs.
        public var blobCount: Int
        /// When the export was made, milliseconds since 1970.
        public var exportedAt: Int64
    }

    static func encodeCheckpoint(_ checkpoint: JournalCheckpoint, into writer: inout CanonicalWriter) {
        writer.uint64(checkpoint.treeSize)
        writer.int64(checkpoint.issuedAt.millisecondsSince1970)
        writer.raw(checkpoint.rootHash.bytes)
        writer.data(checkpoint.seal)
    }

    static func decodeCheckpoints(_ bytes: [UInt8]) throws(FactureArchiveError) -> [JournalCheckpoint] {
        var reader = CanonicalReader(bytes, what: "checkpoints.fkc")
        var checkpoints: [JournalCheckpoint] = []
        while !reader.isAtEnd {
            let size = try reader.uint64()
            let issuedAt = JournalTime(millisecondsSince1970: try reader.int64())
            let root = MerkleHash(unchecked: try reader.raw(32))
            checkpoints.append(
                JournalCheckpoint(treeSize: size, rootHash: root, issuedAt: issuedAt, seal: try reader.data())
            )
        }
        return checkpoints
    }

    static func decodeJournal(_ bytes: [UInt8]) throws(FactureArchiveError) -> [JournalRecord] {
        var reader = CanonicalReader(bytes, what: "journal.fkj")
        var records: [JournalRecord] = []
        while !reader.isAtEnd {
            let encoded = try reader.data()
            let entry = try JournalEntry(decoding: encoded)
            records.append(JournalRecord(entry))
        }
        return records
    }
}

extension DigitalSafe {
    /// Exports the whole archive into `directory` (which must not exist), after journalling the
    /// export and sealing a checkpoint that covers it.
    ///
    /// - Returns: The export's manifest.
    /// - Throws: ``FactureArchiveError`` with code `alreadyExists` when `directory` exists,
    ///   `storageFailure` when it cannot be written, or from the stores.
    @discardableResult
    public func export(to directory: String, actor: String) async throws(FactureArchiveError) -> ArchiveExport.Manifest
    {
        let files = FileManager.default
        guard !files.fileExists(atPath: directory) else {
            throw FactureArchiveError(code: .alreadyExists, message: "\(directory) already exists")
        }
        let head = try await journal.head()
        _ = try await commit([
            JournalDraft(recordedAt: now, actor: actor, event: .export(entryCount: head.size, destination: directory))
        ])
        guard let checkpoint = try await checkpoint() else {
            throw FactureArchiveError(code: .storageFailure, message: "no checkpoint after the export entry")
        }
        let partial = directory + ".partial"
        try? files.removeItem(atPath: partial)
        do {
            try files.createDirectory(atPath: partial + "/blobs", withIntermediateDirectories: true)
        } catch {
            throw FactureArchiveError(code: .storageFailure, message: "could not create \(partial): \(error)")
        }

        // The journal up to the checkpoint, and the kept documents' blobs named by it.
        var journalBytes = CanonicalWriter(capacity: 1 << 20)
        var documents: [DocumentID: ArchivedDocument] = [:]
        var next: UInt64 = 0
        while next < checkpoint.treeSize {
            let records = try await journal.records(in: next..<min(next + 20_000, checkpoint.treeSize))
            guard !records.isEmpty else { break }
            for record in records {
                let entry = try record.decoded()
                journalBytes.data(entry.encoded)
                try ArchivedDocument.fold(entry, into: &documents)
            }
            next += UInt64(records.count)
        }
        var checkpointBytes = CanonicalWriter()
        let checkpoints = try await journal.checkpoints().filter { $0.treeSize <= checkpoint.treeSize }
        for kept in checkpoints { ArchiveExport.encodeCheckpoint(kept, into: &checkpointBytes) }
        let blobs = ArchivedDocument.keptBlobs(of: documents)
        for blob in blobs {
            try Self.write(try await self.blobs.get(blob), to: partial + "/blobs/" + blob.hex)
        }
        let manifest = ArchiveExport.Manifest(
            format: ArchiveExport.format,
            entryCount: checkpoint.treeSize,
            headLeafHash: (try await journal.leafHashes(in: checkpoint.treeSize - 1..<checkpoint.treeSize)).first?
                .description ?? "",
            rootHash: checkpoint.rootHash.description,
            checkpointCount: checkpoints.count,
            blobCount: blobs.count,
            exportedAt: now.millisecondsSince1970
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try Self.write(journalBytes.bytes, to: partial + "/journal.fkj")
        try Self.write(checkpointBytes.bytes, to: partial + "/checkpoints.fkc")
        try Self.write((try? Array(encoder.encode(manifest))) ?? [], to: partial + "/manifest.json")
        do {
            try files.moveItem(atPath: partial, toPath: directory)
        } catch {
            throw FactureArchiveError(
                code: .storageFailure,
                message: "could not move \(partial) to \(directory): \(error)"
            )
        }
        return manifest
    }

    private static func write(_ bytes: [UInt8], to path: String) throws(FactureArchiveError) {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw FactureArchiveError(code: .storageFailure, message: "could not write \(path): \(error)")
        }
    }

    /// Imports an export into empty stores, after checking it whole: the chain from the first
    /// entry, every checkpoint's root (and seal, with `sealVerifier`), every kept document's blob.
    /// Nothing is written unless every check passes.
    ///
    /// - Returns: The audit of the stores after the import.
    /// - Throws: ``FactureArchiveError`` with code `invalidArchive` (unreadable export),
    ///   `integrityViolation` (a check failed), `refused` (the journal is not empty), or from the stores.
    public static func importArchive(
        from directory: String,
        journal: any ArchiveJournal,
        blobs: any BlobStore,
        sealVerifier: SealVerifier?
    ) async throws(FactureArchiveError) -> ArchiveAuditReport {
        func read(_ name: String) throws(FactureArchiveError) -> [UInt8] {
            do {
                return Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name)))
            } catch {
                throw FactureArchiveError(
                    code: .invalidArchive,
                    message: "\(directory)/\(name) cannot be read: \(error)"
                )
            }
        }
        let manifest: ArchiveExport.Manifest
        do {
            manifest = try JSONDecoder().decode(ArchiveExport.Manifest.self, from: Data(try read("manifest.json")))
        } catch let error as FactureArchiveError {
            throw error
        } catch {
            throw FactureArchiveError(code: .invalidArchive, message: "manifest.json: \(error)")
        }
        guard manifest.format == ArchiveExport.format else {
            throw FactureArchiveError(code: .invalidArchive, message: "unknown export format '\(manifest.format)'")
        }
        let records = try ArchiveExport.decodeJournal(try read("journal.fkj"))
        let end = try JournalRecord.checkContinuation(records, after: .empty)
        guard end.size == manifest.entryCount, end.lastLeafHash.description == manifest.headLeafHash else {
            throw FactureArchiveError(
                code: .integrityViolation,
                message: "the journal does not end where the manifest says"
            )
        }
        let tree = MerkleTree(leafHashes: records.map(\.leafHash))
        let checkpoints = try ArchiveExport.decodeCheckpoints(try read("checkpoints.fkc"))
        for checkpoint in checkpoints {
            guard let root = try? tree.rootHash(treeSize: Int(checkpoint.treeSize)), root == checkpoint.rootHash else {
                throw FactureArchiveError(
                    code: .integrityViolation,
                    message: "checkpoint of \(checkpoint.treeSize) entries does not match the exported journal"
                )
            }
            if let sealVerifier {
                let verification = try? sealVerifier.verify(sealDER: checkpoint.seal, content: checkpoint.signedContent)
                guard let verification, verification.isValid else {
                    throw FactureArchiveError(
                        code: .integrityViolation,
                        message:
                            "checkpoint of \(checkpoint.treeSize) entries: seal invalid \(verification?.failures ?? [])"
                    )
                }
            }
        }
        guard (try? tree.rootHash())?.description == manifest.rootHash else {
            throw FactureArchiveError(
                code: .integrityViolation,
                message: "the journal's tree hash is not the manifest's"
            )
        }
        var documents: [DocumentID: ArchivedDocument] = [:]
        for record in records {
            try ArchivedDocument.fold(try record.decoded(), into: &documents)
        }
        var contents: [(BlobDigest, [UInt8])] = []
        for blob in ArchivedDocument.keptBlobs(of: documents) {
            let content = try read("blobs/" + blob.hex)
            guard BlobDigest(of: content) == blob else {
                throw FactureArchiveError(code: .integrityViolation, message: "exported blob \(blob) was altered")
            }
            contents.append((blob, content))
        }
        guard try await journal.head() == .empty else {
            throw FactureArchiveError(code: .refused, message: "the target journal is not empty")
        }

        for (_, content) in contents { _ = try await blobs.put(content) }
        var offset = 0
        while offset < records.count {
            let upper = min(offset + 10_000, records.count)
            try await journal.restore(Array(records[offset..<upper]))
            offset = upper
        }
        for checkpoint in checkpoints { try await journal.addCheckpoint(checkpoint) }
        return try await ArchiveAuditor(journal: journal, blobs: blobs, sealVerifier: sealVerifier).run()
    }
}
