// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if PostgreSQL
public import FactureArchive
public import PostgresNIO

/// The archive's blobs in PostgreSQL, in the table `blobs` (digest BYTEA primary key, content
/// BYTEA) of a schema, on a `PostgresClient` (postgres-nio) the caller owns and runs.
///
/// ```swift
/// try await withThrowingDiscardingTaskGroup { group in
///     group.addTask { await client.run() }
///     let blobs = try PostgresBlobStore(client: client, schema: "acme_archive")
///     try await blobs.prepare()
///     let address = try await blobs.put(pdfBytes)
///     let same = try await blobs.get(address)  // checked against its address
///     group.cancelAll()
/// }
/// ```
///
/// A blob is inserted once (`ON CONFLICT DO NOTHING`) and never updated: storing bytes already
/// there compares them with the stored ones, and a stored blob that no longer matches its address
/// is reported (`integrityViolation`), left as it is and never served. A blob is one BYTEA value:
/// PostgreSQL caps it at 1 GB, and it travels whole in one message; for documents of tens of
/// megabytes and more, ``FileBlobStore`` (or an object store) suits better.
public struct PostgresBlobStore: BlobStore {
    /// The client the store queries; the caller runs and closes it.
    public let client: PostgresClient
    /// The schema holding the `blobs` table.
    public let schema: String
    private let logger: Logger
    private let blobs: String
    private let schemaName: PostgresSchemaName

    /// A store in `schema` (1 to 63 of `a-z 0-9 _`, not starting with a digit or `pg_`) through
    /// `client`. Call ``prepare()`` once to create the table.
    ///
    /// - Parameter logger: Where postgres-nio logs this store's queries (at debug level).
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
        blobs = schemaName.table("blobs")
    }

    /// Creates the schema and the `blobs` table when missing; safe to call from several processes at once.
    ///
    /// - Throws: ``FactureArchiveError/Code/storageFailure`` with PostgreSQL's reason.
    public func prepare() async throws(FactureArchiveError) {
        try await schemaName.prepare(
            ["CREATE TABLE IF NOT EXISTS \(blobs) (digest BYTEA PRIMARY KEY, content BYTEA NOT NULL)"],
            client: client,
            logger: logger
        )
    }

    /// Stores `content` unless its address is taken; when it is, the stored bytes must be these.
    public func put(_ content: [UInt8]) async throws(FactureArchiveError) -> BlobDigest {
        let digest = BlobDigest(of: content)
        let key = ByteBuffer(bytes: digest.bytes)
        let value = ByteBuffer(bytes: content)
        // A blob removed between the insert and the read is stored again: twice at most in practice.
        for _ in 0..<3 {
            let inserted = try await mapErrors("store blob \(digest) in \(blobs)") {
                try await client.query(
                    "INSERT INTO \(unescaped: blobs) (digest, content) VALUES (\(key), \(value)) ON CONFLICT (digest) DO NOTHING RETURNING 1",
                    logger: logger
                ).collect()
            }
            if !inserted.isEmpty { return digest }
            guard let stored = try await stored(digest) else { continue }
            guard stored == content else {
                throw FactureArchiveError(
                    code: .integrityViolation,
                    message: "blob \(digest) was altered; left as it is"
                )
            }
            return digest
        }
        throw FactureArchiveError(
            code: .storageFailure,
            message: "could not store blob \(digest) in \(blobs): it kept being removed while stored"
        )
    }

    /// The bytes stored at `digest`, checked against it.
    public func get(_ digest: BlobDigest) async throws(FactureArchiveError) -> [UInt8] {
        guard let stored = try await stored(digest) else {
            throw FactureArchiveError(code: .notFound, message: "no blob \(digest) in \(blobs)")
        }
        guard BlobDigest(of: stored) == digest else {
            throw FactureArchiveError(
                code: .integrityViolation,
                message: "blob \(digest) in \(blobs) no longer hashes to its address"
            )
        }
        return stored
    }

    /// Whether a blob is stored at `digest` (its content is not read).
    public func contains(_ digest: BlobDigest) async throws(FactureArchiveError) -> Bool {
        let key = ByteBuffer(bytes: digest.bytes)
        return try await mapErrors("look up blob \(digest) in \(blobs)") {
            try await !client.query("SELECT 1 FROM \(unescaped: blobs) WHERE digest = \(key)", logger: logger)
                .collect().isEmpty
        }
    }

    /// Deletes the blob at `digest`; committed once this returns. An absent blob is no error.
    public func remove(_ digest: BlobDigest) async throws(FactureArchiveError) {
        let key = ByteBuffer(bytes: digest.bytes)
        try await mapErrors("remove blob \(digest) from \(blobs)") {
            try await client.query("DELETE FROM \(unescaped: blobs) WHERE digest = \(key)", logger: logger)
        }
    }

    /// Every stored address, sorted; a row whose key is not 32 bytes is no address and is skipped.
    public func digests() async throws(FactureArchiveError) -> [BlobDigest] {
        try await mapErrors("list the blobs of \(blobs)") {
            var found: [BlobDigest] = []
            let rows = try await client.query("SELECT digest FROM \(unescaped: blobs)", logger: logger)
            for try await key in rows.decode(ByteBuffer.self) {
                if let digest = blobDigest(stored: key.bytes) { found.append(digest) }
            }
            return found.sorted()
        }
    }

    /// The bytes stored at `digest`, unchecked; `nil` when there are none.
    private func stored(_ digest: BlobDigest) async throws(FactureArchiveError) -> [UInt8]? {
        let key = ByteBuffer(bytes: digest.bytes)
        return try await mapErrors("read blob \(digest) from \(blobs)") {
            let rows = try await client.query(
                "SELECT content FROM \(unescaped: blobs) WHERE digest = \(key)",
                logger: logger
            ).collect()
            return try rows.first?.decode(ByteBuffer.self).bytes
        }
    }
}
#endif
