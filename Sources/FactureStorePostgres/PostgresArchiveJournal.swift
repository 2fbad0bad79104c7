// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if PostgreSQL
public import FactureArchive
public import PostgresNIO

/// The archive's journal in PostgreSQL, on a `PostgresClient` (postgres-nio) the caller owns.
///
/// The caller creates the client, runs it (`client.run()`, in a task or a service group: the
/// client's connections live as long as that call), and hands it to the journal; the journal never
/// starts nor stops it. Several archives share one database with one schema each.
///
/// ```swift
/// let client = PostgresClient(
///     configuration: .init(host: "db.example", username: "facture", password: secret, database: "archive", tls: .disable),
///     backgroundLogger: logger
/// )
/// try await withThrowingDiscardingTaskGroup { group in
///     group.addTask { await client.run() }  // or: a ServiceGroup(services: [client, …])
///     let journal = try PostgresArchiveJournal(client: client, schema: "acme_archive")
///     try await journal.prepare()  // creates the schema and tables when missing
///     let entries = try await journal.append(drafts)
///     group.cancelAll()  // stops client.run()
/// }
/// ```
///
/// Tables, in the schema: `journal_entries` (sequence BIGINT primary key, document TEXT,
/// blob BYTEA, encoded BYTEA, leaf_hash BYTEA; indexed on document and blob) and
/// `journal_checkpoints` (tree_size BIGINT primary key, root_hash, issued_at, seal).
///
/// ``append(_:)`` and ``restore(_:)`` take `journal_entries` in `SHARE ROW EXCLUSIVE` mode inside
/// their transaction: writers on every connection and in every process queue there, so the head
/// they read is the last committed one and the journal keeps one chain. Readers are not blocked.
/// A batch is inserted by one statement (`UNNEST` over arrays). Records are returned as stored,
/// unchecked: ``JournalRecord/decoded()`` and the audit judge them.
public struct PostgresArchiveJournal: ArchiveJournal {
    /// The client the journal queries; the caller runs and closes it.
    public let client: PostgresClient
    /// The schema holding the journal's tables.
    public let schema: String
    private let logger: Logger
    private let entries: String
    private let checkpointTable: String
    private let schemaName: PostgresSchemaName

    /// A journal in `schema` (1 to 63 of `a-z 0-9 _`, not starting with a digit or `pg_`) through
    /// `client`. Nothing is queried until the first call; call ``prepare()`` once to create the tables.
    ///
    /// - Parameter logger: Where postgres-nio logs this journal's queries (at debug level).
    /// - Throws: ``FactureArchiveError/Code/storageFailure`` for an unfit schema name.
    public init(
        client: PostgresClient,
        schema: String = "facture",
        logger: Logger = Logger(label: "FactureStorePostgres")
    ) throws(FactureArchiveError) {
        schemaName = try PostgresSchemaName(schema)
        self.client = client
        self.schema = schema
        self.logger = logger
        entries = schemaName.table("journal_entries")
        checkpointTable = schemaName.table("journal_checkpoints")
    }

    /// Creates the schema, tables and indexes when missing; safe to call from several processes at once.
    ///
    /// - Throws: ``FactureArchiveError/Code/storageFailure`` with PostgreSQL's reason.
    public func prepare() async throws(FactureArchiveError) {
        try await schemaName.prepare(
            [
                """
                CREATE TABLE IF NOT EXISTS \(entries) (
                    sequence BIGINT PRIMARY KEY CHECK (sequence >= 0),
                    document TEXT,
                    blob BYTEA,
                    encoded BYTEA NOT NULL,
                    leaf_hash BYTEA NOT NULL
                )
                """,
                "CREATE INDEX IF NOT EXISTS journal_entries_document ON \(entries) (document)",
                "CREATE INDEX IF NOT EXISTS journal_entries_blob ON \(entries) (blob)",
                """
                CREATE TABLE IF NOT EXISTS \(checkpointTable) (
                    tree_size BIGINT PRIMARY KEY CHECK (tree_size >= 0),
                    root_hash BYTEA NOT NULL,
                    issued_at BIGINT NOT NULL,
                    seal BYTEA NOT NULL
                )
                """,
            ],
            client: client,
            logger: logger
        )
    }

    /// Reads the head and inserts the chained entries, in one transaction holding the table's write lock.
    public func append(_ drafts: [JournalDraft]) async throws(FactureArchiveError) -> [JournalEntry] {
        guard !drafts.isEmpty else { return [] }
        let logger = logger
        return try await mapErrors("append \(drafts.count) entries to \(entries)") {
            try await client.withTransaction(logger: logger) { connection in
                let head = try await lockedHead(connection)
                let chained = JournalEntry.chain(drafts, after: head)
                try await insert(chained.map(JournalRecord.init), connection)
                return chained
            }
        }
    }

    /// Inserts `records` if they continue the head, in one transaction holding the table's write lock.
    public func restore(_ records: [JournalRecord]) async throws(FactureArchiveError) {
        guard !records.isEmpty else { return }
        let logger = logger
        try await mapErrors("restore \(records.count) entries into \(entries)") {
            try await client.withTransaction(logger: logger) { connection in
                let head = try await lockedHead(connection)
                _ = try JournalRecord.checkContinuation(records, after: head)
                try await insert(records, connection)
            }
        }
    }

    /// The current head: the last row's sequence and leaf hash.
    public func head() async throws(FactureArchiveError) -> JournalHead {
        try await mapErrors("read the head of \(entries)") {
            try await client.withConnection { connection in try await readHead(connection) }
        }
    }

    /// The records with sequence numbers in `range`, as stored.
    public func records(in range: Range<UInt64>) async throws(FactureArchiveError) -> [JournalRecord] {
        guard !range.isEmpty else { return [] }
        let lower = Int64(saturating: range.lowerBound)
        let upper = Int64(saturating: range.upperBound)
        return try await fetchRecords(
            "WHERE sequence >= \(lower) AND sequence < \(upper)",
            action: "read entries \(range) of \(entries)"
        )
    }

    /// The records about `document`, as stored.
    public func records(for document: DocumentID) async throws(FactureArchiveError) -> [JournalRecord] {
        try await fetchRecords(
            "WHERE document = \(document.rawValue)",
            action: "read the entries about \(document) in \(entries)"
        )
    }

    /// The documents whose entries name `blob`.
    public func documents(storing blob: BlobDigest) async throws(FactureArchiveError) -> Set<DocumentID> {
        try await mapErrors("read the documents storing \(blob) in \(entries)") {
            var query = PostgresQuery(unsafeSQL: "SELECT DISTINCT document FROM \(entries) WHERE blob = $1")
            query.binds.append(ByteBuffer(bytes: blob.bytes))
            var documents: Set<DocumentID> = []
            for try await document in try await client.query(query, logger: logger).decode(String?.self) {
                guard let document else { continue }
                documents.insert(try storedDocument(document))
            }
            return documents
        }
    }

    /// The stored leaf hashes in `range`. They come concatenated, one row per million entries
    /// (`string_agg`): a row per hash took eight times longer (1.6 s for 100,000).
    public func leafHashes(in range: Range<UInt64>) async throws(FactureArchiveError) -> [MerkleHash] {
        guard !range.isEmpty else { return [] }
        return try await mapErrors("read leaf hashes \(range) of \(entries)") {
            var hashes: [MerkleHash] = []
            var lower = Int64(saturating: range.lowerBound)
            let end = Int64(saturating: range.upperBound)
            while lower < end {
                let upper = lower + min(end - lower, Self.leafHashChunk)
                let rows = try await client.query(
                    """
                    SELECT count(*), bool_and(length(leaf_hash) = 32), string_agg(leaf_hash, '\\x'::bytea ORDER BY sequence)
                    FROM \(unescaped: entries) WHERE sequence >= \(lower) AND sequence < \(upper)
                    """,
                    logger: logger
                ).collect()
                guard let row = rows.first else { break }
                let (count, allHashes, joined) = try row.decode((Int64, Bool?, ByteBuffer?).self)
                guard count > 0, let joined else { break }
                guard allHashes == true else {
                    throw FactureArchiveError(
                        code: .integrityViolation,
                        message: "a stored leaf hash of entries \(lower)..<\(upper) is not 32 bytes"
                    )
                }
                let bytes = joined.bytes
                hashes.reserveCapacity(hashes.count + Int(count))
                for offset in stride(from: 0, to: bytes.count, by: 32) {
                    hashes.append(try storedHash(Array(bytes[offset..<offset + 32]), "a leaf hash"))
                }
                // Entries are gap-free from 0: fewer rows than asked is the end of the journal.
                if count < upper - lower { break }
                lower = upper
            }
            return hashes
        }
    }

    /// How many leaf hashes one row carries: 32 MB.
    private static let leafHashChunk: Int64 = 1 << 20

    /// Keeps `checkpoint` after checking its order, in one transaction holding the checkpoints' write lock.
    public func addCheckpoint(_ checkpoint: JournalCheckpoint) async throws(FactureArchiveError) {
        let logger = logger
        try await mapErrors("add the checkpoint of \(checkpoint.treeSize) entries to \(checkpointTable)") {
            try await client.withTransaction(logger: logger) { connection in
                try await connection.query(
                    PostgresQuery(unsafeSQL: "LOCK TABLE \(checkpointTable) IN SHARE ROW EXCLUSIVE MODE"),
                    logger: logger
                )
                let last = try await connection.query(
                    PostgresQuery(
                        unsafeSQL: "SELECT tree_size, root_hash, issued_at, seal FROM \(checkpointTable) "
                            + "ORDER BY tree_size DESC LIMIT 1"
                    ),
                    logger: logger
                ).collect().first.map(checkpoint(from:))
                // Entries only grow: a head read now can only be smaller than at commit.
                try JournalCheckpoint.checkOrder(checkpoint, after: last, head: try await readHead(connection))
                guard let size = Int64(exactly: checkpoint.treeSize) else {
                    throw FactureArchiveError(
                        code: .storageFailure,
                        message: "tree size \(checkpoint.treeSize) exceeds BIGINT"
                    )
                }
                var insert = PostgresQuery(
                    unsafeSQL:
                        "INSERT INTO \(checkpointTable) (tree_size, root_hash, issued_at, seal) VALUES ($1, $2, $3, $4)"
                )
                insert.binds.append(size)
                insert.binds.append(ByteBuffer(bytes: checkpoint.rootHash.bytes))
                insert.binds.append(checkpoint.issuedAt.millisecondsSince1970)
                insert.binds.append(ByteBuffer(bytes: checkpoint.seal))
                try await connection.query(insert, logger: logger)
            }
        }
    }

    /// Every kept checkpoint, by increasing tree size.
    public func checkpoints() async throws(FactureArchiveError) -> [JournalCheckpoint] {
        try await mapErrors("read the checkpoints of \(checkpointTable)") {
            let rows = try await client.query(
                PostgresQuery(
                    unsafeSQL: "SELECT tree_size, root_hash, issued_at, seal FROM \(checkpointTable) ORDER BY tree_size"
                ),
                logger: logger
            ).collect()
            return try rows.map(checkpoint(from:))
        }
    }

    // MARK: - Rows

    /// Takes the entries' write lock for the rest of the transaction, then reads the head. Under
    /// READ COMMITTED the SELECT's snapshot is taken after the lock: it sees every earlier writer's commit.
    private func lockedHead(_ connection: PostgresConnection) async throws -> JournalHead {
        try await connection.query(
            PostgresQuery(unsafeSQL: "LOCK TABLE \(entries) IN SHARE ROW EXCLUSIVE MODE"),
            logger: logger
        )
        return try await readHead(connection)
    }

    private func readHead(_ connection: PostgresConnection) async throws -> JournalHead {
        let rows = try await connection.query(
            PostgresQuery(unsafeSQL: "SELECT sequence, leaf_hash FROM \(entries) ORDER BY sequence DESC LIMIT 1"),
            logger: logger
        ).collect()
        guard let row = rows.first else { return .empty }
        let (sequence, leafHash) = try row.decode((Int64, ByteBuffer).self)
        guard sequence >= 0 else {
            throw FactureArchiveError(
                code: .integrityViolation,
                message: "the last entry's stored sequence is \(sequence)"
            )
        }
        return JournalHead(
            size: UInt64(sequence) + 1,
            lastLeafHash: try storedHash(leafHash.bytes, "the head's leaf hash")
        )
    }

    /// Inserts `records` with one statement, whatever their number.
    private func insert(_ records: [JournalRecord], _ connection: PostgresConnection) async throws {
        var sequences: [Int64] = []
        var documents: [String] = []
        var blobs: [ByteBuffer] = []
        var encoded: [ByteBuffer] = []
        var leafHashes: [ByteBuffer] = []
        for record in records {
            guard let sequence = Int64(exactly: record.sequence) else {
                throw FactureArchiveError(code: .storageFailure, message: "sequence \(record.sequence) exceeds BIGINT")
            }
            sequences.append(sequence)
            // Arrays of postgres-nio carry no NULL: the empty text and bytes stand for it (no
            // document identifier is empty, no blob address is).
            documents.append(record.document?.rawValue ?? "")
            blobs.append(ByteBuffer(bytes: record.blob?.bytes ?? []))
            encoded.append(ByteBuffer(bytes: record.encoded))
            leafHashes.append(ByteBuffer(bytes: record.leafHash.bytes))
        }
        var query = PostgresQuery(
            unsafeSQL: """
                INSERT INTO \(entries) (sequence, document, blob, encoded, leaf_hash)
                SELECT sequence, NULLIF(document, ''), NULLIF(blob, '\\x'::bytea), encoded, leaf_hash
                FROM UNNEST($1::bigint[], $2::text[], $3::bytea[], $4::bytea[], $5::bytea[])
                    AS rows (sequence, document, blob, encoded, leaf_hash)
                """
        )
        query.binds.append(sequences)
        query.binds.append(documents)
        query.binds.append(blobs)
        query.binds.append(encoded)
        query.binds.append(leafHashes)
        try await connection.query(query, logger: logger)
    }

    /// The records selected by `filter` (a WHERE clause and its binds), by sequence.
    private func fetchRecords(
        _ filter: PostgresQuery,
        action: @autoclosure () -> String
    ) async throws(FactureArchiveError) -> [JournalRecord] {
        try await mapErrors(action()) {
            let query = PostgresQuery(
                unsafeSQL:
                    "SELECT sequence, document, blob, encoded, leaf_hash FROM \(entries) \(filter.sql) ORDER BY sequence",
                binds: filter.binds
            )
            var records: [JournalRecord] = []
            let rows = try await client.query(query, logger: logger)
            for try await (sequence, document, blob, encoded, leafHash) in rows.decode(
                (Int64, String?, ByteBuffer?, ByteBuffer, ByteBuffer).self
            ) {
                records.append(
                    JournalRecord(
                        sequence: UInt64(bitPattern: sequence),
                        document: try document.map(storedDocument),
                        blob: try blob.map { stored throws(FactureArchiveError) in
                            guard let digest = blobDigest(stored: stored.bytes) else {
                                throw FactureArchiveError(
                                    code: .integrityViolation,
                                    message: "journal entry \(sequence): the stored blob address is not 32 bytes"
                                )
                            }
                            return digest
                        },
                        encoded: encoded.bytes,
                        leafHash: try storedHash(leafHash.bytes, "the leaf hash of entry \(sequence)")
                    )
                )
            }
            return records
        }
    }

    private func checkpoint(from row: PostgresRow) throws -> JournalCheckpoint {
        let (size, root, issuedAt, seal) = try row.decode((Int64, ByteBuffer, Int64, ByteBuffer).self)
        return JournalCheckpoint(
            treeSize: UInt64(bitPattern: size),
            rootHash: try storedHash(root.bytes, "the root hash of checkpoint \(size)"),
            issuedAt: JournalTime(millisecondsSince1970: issuedAt),
            seal: seal.bytes
        )
    }
}

/// A hash read from a BYTEA column; any length but 32 is an `integrityViolation`.
private func storedHash(_ bytes: [UInt8], _ what: @autoclosure () -> String) throws(FactureArchiveError) -> MerkleHash {
    guard let hash = MerkleHash(bytes: bytes) else {
        throw FactureArchiveError(code: .integrityViolation, message: "\(what()) is \(bytes.count) bytes, not 32")
    }
    return hash
}

/// A document identifier read from the document column; an unfit text is an `integrityViolation`.
private func storedDocument(_ text: String) throws(FactureArchiveError) -> DocumentID {
    do {
        return try DocumentID(text)
    } catch {
        throw FactureArchiveError(code: .integrityViolation, message: "a stored document column is no identifier")
    }
}
#endif
