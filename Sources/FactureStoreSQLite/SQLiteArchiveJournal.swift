// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureArchive
import Foundation
import GRDB

/// The archive journal in one SQLite file, the embedded default (on GRDB).
///
/// The file is in WAL mode with `PRAGMA synchronous = FULL`: an append is on disk once it
/// returns. ``append(_:)`` reads the head and inserts the chained entries inside one `BEGIN
/// IMMEDIATE` transaction, which SQLite serialises across connections and processes; several
/// journals (or processes) opened on the same file therefore keep one gap-free chain, a writer
/// waiting up to 30 seconds for another's transaction instead of failing. Reads run on WAL
/// snapshots beside the writer. The blocking SQLite calls run on GRDB's own dispatch queues, off
/// Swift's cooperative pool.
///
/// The schema is versioned (GRDB's `DatabaseMigrator`, migration `v1`):
///
/// - `entries(sequence INTEGER PRIMARY KEY, document TEXT, blob BLOB, encoded BLOB NOT NULL,
///   leaf_hash BLOB NOT NULL)`, indexed on `document` and on `blob`;
/// - `checkpoints(tree_size INTEGER PRIMARY KEY, root_hash BLOB, issued_at INTEGER, seal BLOB)`,
///   `issued_at` in milliseconds since 1970.
///
/// Records are handed back as stored, unchecked: the audit reads them again
/// (``FactureArchive/JournalRecord/decoded()``) and reports a changed row. A column that cannot even be a record
/// (a leaf hash that is not 32 bytes, a document that is no identifier) is an
/// `integrityViolation` naming the entry.
///
/// ```swift
/// let journal = try SQLiteArchiveJournal(path: "/var/lib/facture/journal.sqlite")
/// let entries = try await journal.append([
///     JournalDraft(recordedAt: JournalTime(Date()), actor: "facture", event: .read(try DocumentID("FA-2026-0042")))
/// ])
/// let head = try await journal.head()   // head.size == entries[0].sequence + 1
/// ```
public final class SQLiteArchiveJournal: ArchiveJournal {
    /// The database file.
    public let path: String
    private let pool: DatabasePool

    /// How long a writer waits for another connection's transaction before failing.
    private static let busyTimeout: TimeInterval = 30

    /// Opens (creating when missing) the journal in the SQLite file at `path` and migrates its
    /// schema to the current version. The directory must exist.
    ///
    /// - Throws: ``FactureArchive/FactureArchiveError/Code/storageFailure`` when the file cannot be opened or
    ///   created, is not a SQLite database, or cannot be migrated.
    public init(path: String) throws(FactureArchiveError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "SQLiteArchiveJournal"
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            // The pool sets `synchronous = NORMAL` on its writer when it enables WAL; the journal
            // promises durability on return, so the (single, long-lived) writer goes back to FULL.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            do {
                try Self.migrator.migrate(pool)
            } catch {
                // Another process may have migrated the new file between our check and our
                // transaction: migrating again sees its work and does nothing, or fails for good.
                try Self.migrator.migrate(pool)
            }
        } catch {
            throw Self.failure("open", path, error)
        }
    }

    /// The versioned schema. Later versions add migrations; they never edit `v1`.
    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE entries (
                        sequence INTEGER PRIMARY KEY,
                        document TEXT NULL,
                        blob BLOB NULL,
                        encoded BLOB NOT NULL,
                        leaf_hash BLOB NOT NULL
                    );
                    CREATE INDEX entries_document ON entries(document);
                    CREATE INDEX entries_blob ON entries(blob);
                    CREATE TABLE checkpoints (
                        tree_size INTEGER PRIMARY KEY,
                        root_hash BLOB NOT NULL,
                        issued_at INTEGER NOT NULL,
                        seal BLOB NOT NULL
                    );
                    """
            )
        }
        return migrator
    }

    // MARK: - ArchiveJournal

    /// Chains `drafts` after the head and inserts them in one immediate transaction; durable
    /// once this returns.
    public func append(_ drafts: [JournalDraft]) async throws(FactureArchiveError) -> [JournalEntry] {
        guard !drafts.isEmpty else { return [] }
        return try await write("append to") { db in
            let entries = JournalEntry.chain(drafts, after: try Self.head(db))
            try Self.insert(entries.map(JournalRecord.init), into: db)
            return entries
        }
    }

    /// Inserts records that continue the head exactly, checked inside the transaction; all or none.
    public func restore(_ records: [JournalRecord]) async throws(FactureArchiveError) {
        try await write("restore into") { db in
            _ = try JournalRecord.checkContinuation(records, after: try Self.head(db))
            try Self.insert(records, into: db)
        }
    }

    /// The current head: the last entry's sequence number plus one and its stored leaf hash.
    public func head() async throws(FactureArchiveError) -> JournalHead {
        try await read("read the head of") { db in try Self.head(db) }
    }

    /// The stored records with sequence numbers in `range`, in order.
    public func records(in range: Range<UInt64>) async throws(FactureArchiveError) -> [JournalRecord] {
        let bounds = Self.bounds(range)
        return try await read("read entries of") { db in
            try Self.records(
                db,
                where: "sequence >= ? AND sequence < ?",
                arguments: [bounds.lower, bounds.upper]
            )
        }
    }

    /// The stored records about `document`, in order (through the `document` index).
    public func records(for document: DocumentID) async throws(FactureArchiveError) -> [JournalRecord] {
        try await read("read entries of") { db in
            try Self.records(db, where: "document = ?", arguments: [document.rawValue])
        }
    }

    /// The documents whose entries name `blob` (through the `blob` index).
    public func documents(storing blob: BlobDigest) async throws(FactureArchiveError) -> Set<DocumentID> {
        try await read("read entries of") { db in
            let names = try String.fetchAll(
                db,
                sql: "SELECT DISTINCT document FROM entries WHERE blob = ? AND document IS NOT NULL",
                arguments: [Data(blob.bytes)]
            )
            var documents: Set<DocumentID> = []
            for name in names { documents.insert(try Self.document(name, sequence: nil)) }
            return documents
        }
    }

    /// The stored leaf hashes in `range`, in order: one query over the primary key.
    public func leafHashes(in range: Range<UInt64>) async throws(FactureArchiveError) -> [MerkleHash] {
        let bounds = Self.bounds(range)
        return try await read("read leaf hashes of") { db in
            let size = try Int64.fetchOne(db, sql: "SELECT MAX(sequence) + 1 FROM entries") ?? 0
            var hashes: [MerkleHash] = []
            hashes.reserveCapacity(Int(max(0, min(bounds.upper, size) - bounds.lower)))
            let rows = try Row.fetchCursor(
                db,
                sql: "SELECT leaf_hash, sequence FROM entries WHERE sequence >= ? AND sequence < ? ORDER BY sequence",
                arguments: [bounds.lower, bounds.upper]
            )
            while let row = try rows.next() {
                let hash = try row.withUnsafeData(atIndex: 0) { data in data.flatMap { MerkleHash(bytes: [UInt8]($0)) }
                }
                guard let hash else {
                    throw Self.malformed(Int64.fromDatabaseValue(row[1]), "its stored leaf hash is not 32 bytes")
                }
                hashes.append(hash)
            }
            return hashes
        }
    }

    /// Keeps `checkpoint` after checking, inside the transaction, that it follows the last one
    /// and does not exceed the head.
    public func addCheckpoint(_ checkpoint: JournalCheckpoint) async throws(FactureArchiveError) {
        guard let treeSize = Int64(exactly: checkpoint.treeSize) else {
            throw FactureArchiveError(
                code: .integrityViolation,
                message: "checkpoint of \(checkpoint.treeSize) entries is beyond any journal"
            )
        }
        try await write("add a checkpoint to") { db in
            let last = try Self.checkpoints(db, sql: "SELECT * FROM checkpoints ORDER BY tree_size DESC LIMIT 1").first
            try JournalCheckpoint.checkOrder(checkpoint, after: last, head: try Self.head(db))
            try db.execute(
                sql: "INSERT INTO checkpoints (tree_size, root_hash, issued_at, seal) VALUES (?, ?, ?, ?)",
                arguments: [
                    treeSize, Data(checkpoint.rootHash.bytes), checkpoint.issuedAt.millisecondsSince1970,
                    Data(checkpoint.seal),
                ]
            )
        }
    }

    /// Every kept checkpoint, by increasing tree size.
    public func checkpoints() async throws(FactureArchiveError) -> [JournalCheckpoint] {
        try await read("read checkpoints of") { db in
            try Self.checkpoints(db, sql: "SELECT * FROM checkpoints ORDER BY tree_size")
        }
    }

    /// The writer connection's journal mode, `synchronous` level and busy timeout (tests of the
    /// durability settings).
    package func connectionSettings() async throws(FactureArchiveError) -> (
        journalMode: String, synchronous: Int, busyTimeoutMilliseconds: Int
    ) {
        do {
            return try await pool.writeWithoutTransaction { db in
                (
                    try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "",
                    try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1,
                    try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? -1
                )
            }
        } catch {
            throw Self.failure("read the settings of", path, error)
        }
    }

    // MARK: - Transactions

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction on the writer connection: committed when
    /// it returns, rolled back when it throws.
    private func write<Value: Sendable>(
        _ action: String,
        _ body: @escaping @Sendable (Database) throws -> Value
    ) async throws(FactureArchiveError) -> Value {
        do {
            return try await pool.writeWithoutTransaction { db in
                var result: Value?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw DatabaseError(message: "the transaction produced no result") }
                return result
            }
        } catch {
            throw Self.failure(action, path, error)
        }
    }

    /// Runs `body` on a reader connection, in a read transaction (one WAL snapshot).
    private func read<Value: Sendable>(
        _ action: String,
        _ body: @escaping @Sendable (Database) throws -> Value
    ) async throws(FactureArchiveError) -> Value {
        do {
            return try await pool.read(body)
        } catch {
            throw Self.failure(action, path, error)
        }
    }

    /// An archive error as it is; anything else from GRDB or SQLite as a `storageFailure` with its reason.
    private static func failure(_ action: String, _ path: String, _ error: any Error) -> FactureArchiveError {
        if let error = error as? FactureArchiveError { return error }
        let reason: String
        if let error = error as? DatabaseError {
            reason = "SQLite error \(error.extendedResultCode.rawValue): \(error.message ?? "\(error.resultCode)")"
        } else if error is CancellationError {
            reason = "the task was cancelled"
        } else {
            reason = "\(error)"
        }
        return FactureArchiveError(code: .storageFailure, message: "could not \(action) the journal \(path): \(reason)")
    }

    // MARK: - Rows

    private static func bounds(_ range: Range<UInt64>) -> (lower: Int64, upper: Int64) {
        (Int64(clamping: range.lowerBound), Int64(clamping: range.upperBound))
    }

    private static func head(_ db: Database) throws -> JournalHead {
        guard
            let row = try Row.fetchOne(
                db,
                sql: "SELECT sequence, leaf_hash FROM entries ORDER BY sequence DESC LIMIT 1"
            )
        else { return .empty }
        let sequence = try Self.sequence(row[0], of: "entry")
        return JournalHead(size: sequence + 1, lastLeafHash: try Self.hash(row[1], sequence: sequence, "leaf hash"))
    }

    private static func insert(_ records: [JournalRecord], into db: Database) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT INTO entries (sequence, document, blob, encoded, leaf_hash) VALUES (?, ?, ?, ?, ?)"
        )
        for record in records {
            guard let sequence = Int64(exactly: record.sequence) else {
                throw FactureArchiveError(
                    code: .storageFailure,
                    message: "journal entry \(record.sequence) is beyond SQLite's integers"
                )
            }
            try statement.execute(arguments: [
                sequence, record.document?.rawValue, record.blob.map { Data($0.bytes) }, Data(record.encoded),
                Data(record.leafHash.bytes),
            ])
        }
    }

    private static func records(
        _ db: Database,
        where condition: String,
        arguments: StatementArguments
    ) throws -> [JournalRecord] {
        let rows = try Row.fetchCursor(
            db,
            sql:
                "SELECT sequence, document, blob, encoded, leaf_hash FROM entries WHERE \(condition) ORDER BY sequence",
            arguments: arguments
        )
        var records: [JournalRecord] = []
        while let row = try rows.next() {
            let sequence = try Self.sequence(row[0], of: "entry")
            let document: DocumentID? =
                switch (row[1] as DatabaseValue).storage {
                case .null: nil
                case .string(let name): try Self.document(name, sequence: sequence)
                default: throw Self.malformed(Int64(sequence), "its document is not text")
                }
            let blob: BlobDigest? =
                switch (row[2] as DatabaseValue).storage {
                case .null: nil
                case .blob(let data) where data.count == 32: try Self.blob(data, sequence: sequence)
                default: throw Self.malformed(Int64(sequence), "its blob is not 32 bytes")
                }
            guard case .blob(let encoded) = (row[3] as DatabaseValue).storage else {
                throw Self.malformed(Int64(sequence), "its encoding is not bytes")
            }
            records.append(
                JournalRecord(
                    sequence: sequence,
                    document: document,
                    blob: blob,
                    encoded: [UInt8](encoded),
                    leafHash: try Self.hash(row[4], sequence: sequence, "leaf hash")
                )
            )
        }
        return records
    }

    private static func checkpoints(_ db: Database, sql: String) throws -> [JournalCheckpoint] {
        try Row.fetchAll(db, sql: sql).map { row in
            let treeSize = try Self.sequence(row["tree_size"], of: "checkpoint")
            guard case .int64(let issuedAt) = (row["issued_at"] as DatabaseValue).storage,
                case .blob(let seal) = (row["seal"] as DatabaseValue).storage
            else {
                throw FactureArchiveError(
                    code: .integrityViolation,
                    message: "checkpoint of \(treeSize) entries: its time or seal is malformed"
                )
            }
            return JournalCheckpoint(
                treeSize: treeSize,
                rootHash: try Self.hash(row["root_hash"], sequence: treeSize, "checkpoint root hash"),
                issuedAt: JournalTime(millisecondsSince1970: issuedAt),
                seal: [UInt8](seal)
            )
        }
    }

    private static func sequence(_ value: DatabaseValue, of what: String) throws(FactureArchiveError) -> UInt64 {
        guard case .int64(let number) = value.storage, let sequence = UInt64(exactly: number) else {
            throw FactureArchiveError(code: .integrityViolation, message: "a stored \(what) has no valid number")
        }
        return sequence
    }

    private static func hash(
        _ value: DatabaseValue,
        sequence: UInt64,
        _ what: String
    ) throws(FactureArchiveError) -> MerkleHash {
        guard case .blob(let data) = value.storage, let hash = MerkleHash(bytes: [UInt8](data)) else {
            throw FactureArchiveError(
                code: .integrityViolation,
                message: "journal entry \(sequence): its stored \(what) is not 32 bytes"
            )
        }
        return hash
    }

    private static func document(_ name: String, sequence: UInt64?) throws(FactureArchiveError) -> DocumentID {
        do {
            return try DocumentID(name)
        } catch {
            let entry = sequence.map { "journal entry \($0)" } ?? "a journal entry"
            throw FactureArchiveError(code: .integrityViolation, message: "\(entry): \(error.message)")
        }
    }

    private static func malformed(_ sequence: Int64?, _ detail: String) -> FactureArchiveError {
        FactureArchiveError(
            code: .integrityViolation,
            message: "journal entry \(sequence.map(String.init) ?? "?"): \(detail)"
        )
    }

    private static func blob(_ data: Data, sequence: UInt64) throws(FactureArchiveError) -> BlobDigest {
        do {
            return try BlobDigest(hex: hex(data))
        } catch {
            throw FactureArchiveError(code: .integrityViolation, message: "journal entry \(sequence): \(error.message)")
        }
    }

    private static func hex(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(data.count * 2)
        for byte in data {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
