// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if PostgreSQL
import FactureArchive
import FactureStorePostgres
import FactureTesting
import Foundation
import PostgresNIO
import Testing

/// The PostgreSQL stores against a real server of their own (see ``TestPostgresServer``); each
/// check works in a new schema of that server.
@Suite(
    .enabled(
        if: (try? TestPostgresServer.lookup.get()) != nil,
        "no PostgreSQL server can run here (see the message above)"
    ),
    .postgresServer
)
struct PostgresStoreTests {
    private static let time = JournalTime(millisecondsSince1970: 1_795_000_000_000)

    private var server: TestPostgresServer {
        get throws {
            guard let server = TestPostgresServer.current else {
                throw TestPostgresServer.Failure(description: "no server in scope")
            }
            return server
        }
    }

    /// A schema name no other check uses.
    private static func freshSchema() -> String {
        "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    }

    private static func deposit(_ name: String, _ content: String) throws -> JournalDraft {
        JournalDraft(
            recordedAt: time,
            actor: "tests",
            event: .deposit(
                try DocumentID(name),
                blob: BlobDigest(of: Array(content.utf8)),
                byteCount: content.utf8.count,
                metadata: ["invoice": name],
                retainUntil: time.adding(years: 10)
            )
        )
    }

    @Test func journalConformance() async throws {
        try await server.withClient { client in
            try await ArchiveJournalConformance {
                let journal = try PostgresArchiveJournal(client: client, schema: Self.freshSchema())
                try await journal.prepare()
                return journal
            }
            .run()
        }
    }

    @Test func blobStoreConformance() async throws {
        try await server.withClient { client in
            try await BlobStoreConformance {
                let store = try PostgresBlobStore(client: client, schema: Self.freshSchema())
                try await store.prepare()
                return store
            }
            .run()
        }
    }

    /// Two clients are two connection pools, as two processes would have: their appends, at
    /// once, interleave only batch by batch and make one gap-free chain.
    @Test func twoClientsAppendingAtOnceKeepOneChain() async throws {
        let server = try server
        let schema = Self.freshSchema()
        let batches = 12
        let batchSize = 5
        let appended = try await server.withClient { first in
            try await server.withClient { second in
                // Both prepare at once too: the schema and tables are made once.
                async let preparedFirst: Void = PostgresArchiveJournal(client: first, schema: schema).prepare()
                async let preparedSecond: Void = PostgresArchiveJournal(client: second, schema: schema).prepare()
                _ = try await (preparedFirst, preparedSecond)
                return try await withThrowingTaskGroup(of: [JournalEntry].self) { group in
                    for batch in 0..<batches {
                        let client = batch.isMultiple(of: 2) ? first : second
                        group.addTask {
                            let journal = try PostgresArchiveJournal(client: client, schema: schema)
                            return try await journal.append(
                                (0..<batchSize).map { try Self.deposit("B\(batch)-\($0)", "batch \(batch) item \($0)") }
                            )
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
            }
        }
        for entries in appended {
            #expect(entries.map(\.sequence) == Array(entries[0].sequence..<entries[0].sequence + UInt64(batchSize)))
        }
        // A third client, as a later process, reads the one chain back.
        try await server.withClient { reader in
            let journal = try PostgresArchiveJournal(client: reader, schema: schema)
            try await journal.prepare()
            let head = try await journal.head()
            #expect(head.size == UInt64(batches * batchSize))
            let records = try await journal.records(in: 0..<head.size)
            #expect(try JournalRecord.checkContinuation(records, after: .empty) == head)
            #expect(Set(records) == Set(appended.joined().map(JournalRecord.init)))
        }
    }

    /// A byte flipped in a stored entry is handed back as stored, so reading it reports tampering.
    @Test func flippedByteInStoredEntryIsReturnedAsStored() async throws {
        try await server.withClient { client in
            let schema = Self.freshSchema()
            let journal = try PostgresArchiveJournal(client: client, schema: schema)
            try await journal.prepare()
            let entries = try await journal.append((1...3).map { try Self.deposit("FA-\($0)", "content \($0)") })
            try await client.query(
                PostgresQuery(
                    unsafeSQL: """
                        UPDATE "\(schema)".journal_entries
                        SET encoded = set_byte(encoded, length(encoded) - 1, get_byte(encoded, length(encoded) - 1) # 1)
                        WHERE sequence = 1
                        """
                )
            )
            let records = try await journal.records(in: 0..<3)
            var expected = JournalRecord(entries[1])
            expected.encoded[expected.encoded.count - 1] ^= 1
            #expect(records[1] == expected)
            #expect(throws: FactureArchiveError(code: .integrityViolation, message: "")) { try records[1].decoded() }
            #expect(try records[0].decoded() == entries[0])
            #expect(try await journal.records(for: try DocumentID("FA-2")) == [expected])
            #expect(throws: FactureArchiveError(code: .integrityViolation, message: "")) {
                try JournalRecord.checkContinuation(records, after: .empty)
            }
        }
    }

    /// Leaf hashes come back in order across many entries; a stored one cut short is reported, not skipped.
    @Test func leafHashesInOrderAndCheckedForLength() async throws {
        try await server.withClient { client in
            let schema = Self.freshSchema()
            let journal = try PostgresArchiveJournal(client: client, schema: schema)
            try await journal.prepare()
            let entries = try await journal.append((0..<250).map { try Self.deposit("FA-\($0)", "content \($0)") })
            #expect(try await journal.leafHashes(in: 0..<1000) == entries.map(\.leafHash))
            #expect(try await journal.leafHashes(in: 100..<103) == entries[100..<103].map(\.leafHash))
            #expect(try await journal.leafHashes(in: 250..<300).isEmpty)
            try await client.query(
                PostgresQuery(
                    unsafeSQL: "UPDATE \"\(schema)\".journal_entries SET leaf_hash = '\\x00'::bytea WHERE sequence = 7"
                )
            )
            await #expect(throws: FactureArchiveError(code: .integrityViolation, message: "")) {
                try await journal.leafHashes(in: 0..<10)
            }
            #expect(try await journal.leafHashes(in: 8..<10) == entries[8..<10].map(\.leafHash))
        }
    }

    /// A blob altered in the table is never served, nor replaced by storing the right bytes again.
    @Test func alteredBlobIsNeverServed() async throws {
        try await server.withClient { client in
            let schema = Self.freshSchema()
            let store = try PostgresBlobStore(client: client, schema: schema)
            try await store.prepare()
            let invoice = Array("<Invoice>FA-2026-0042</Invoice>".utf8)
            let address = try await store.put(invoice)
            let untouched = try await store.put(Array("untouched".utf8))
            try await client.query(
                PostgresQuery(
                    unsafeSQL: "UPDATE \"\(schema)\".blobs SET content = content || '\\x00'::bytea WHERE digest = $1"
                )
                .binding(ByteBuffer(bytes: address.bytes))
            )
            await #expect(throws: FactureArchiveError(code: .integrityViolation, message: "")) {
                try await store.get(address)
            }
            await #expect(throws: FactureArchiveError(code: .integrityViolation, message: "")) {
                try await store.put(invoice)
            }
            #expect(try await store.contains(address))
            #expect(try await store.corruptBlobs() == [address])
            #expect(try await store.get(untouched) == Array("untouched".utf8))
            // Left as it is: the evidence stays.
            let stored = try await client.query(
                PostgresQuery(unsafeSQL: "SELECT content FROM \"\(schema)\".blobs WHERE digest = $1")
                    .binding(ByteBuffer(bytes: address.bytes))
            ).collect()
            #expect(try stored.first?.decode(ByteBuffer.self) == ByteBuffer(bytes: invoice + [0]))
        }
    }

    /// Schemas keep archives apart in one database.
    @Test func schemasAreSeparateArchives() async throws {
        try await server.withClient { client in
            let one = try PostgresArchiveJournal(client: client, schema: Self.freshSchema())
            let other = try PostgresArchiveJournal(client: client, schema: Self.freshSchema())
            try await one.prepare()
            try await other.prepare()
            _ = try await one.append([try Self.deposit("FA-1", "one")])
            #expect(try await one.head().size == 1)
            #expect(try await other.head() == .empty)
        }
    }

    /// What PostgreSQL refuses is a storageFailure naming its reason, also from inside a
    /// transaction; the password never shows.
    @Test func failuresAreStorageFailuresWithoutThePassword() async throws {
        let server = try server
        var configuration = server.configuration
        // Trust authentication accepts any password: one is set only to look for it in messages.
        configuration.password = "hunter2-do-not-print"
        let client = PostgresClient(configuration: configuration, backgroundLogger: TestPostgresServer.quietLogger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            // Never prepared: the tables are missing.
            let journal = try PostgresArchiveJournal(client: client, schema: Self.freshSchema())
            let store = try PostgresBlobStore(client: client, schema: Self.freshSchema())
            let failures: [FactureArchiveError?] = [
                await Self.failure { _ = try await journal.head() },
                await Self.failure { _ = try await journal.append([try Self.deposit("FA-1", "one")]) },
                await Self.failure { _ = try await store.put([1, 2, 3]) },
            ]
            for failure in failures {
                #expect(failure?.code == .storageFailure)
                #expect(
                    failure?.message.contains("does not exist (SQLSTATE ") == true,
                    "\(String(describing: failure))"
                )
                #expect(failure?.message.contains("hunter2") == false)
            }
        }
    }

    private static func failure(_ work: () async throws -> Void) async -> FactureArchiveError? {
        do {
            try await work()
            return nil
        } catch {
            return error as? FactureArchiveError
        }
    }

    @Test(arguments: ["", "Upper", "1st", "pg_catalog", "a\"; DROP TABLE x; --", String(repeating: "a", count: 64)])
    func unfitSchemaNamesAreRefused(name: String) async throws {
        try await server.withClient { client in
            #expect(throws: FactureArchiveError(code: .storageFailure, message: "")) {
                try PostgresArchiveJournal(client: client, schema: name)
            }
            #expect(throws: FactureArchiveError(code: .storageFailure, message: "")) {
                try PostgresBlobStore(client: client, schema: name)
            }
        }
    }
}

extension PostgresQuery {
    /// The query with `value` bound to the next parameter.
    fileprivate func binding(_ value: ByteBuffer) -> PostgresQuery {
        var query = self
        query.binds.append(value)
        return query
    }
}
#else
import Testing

@Test(.disabled("built without the PostgreSQL trait: run `swift test --traits PostgreSQL` for the PostgreSQL stores"))
func postgresTraitIsOff() {}
#endif
