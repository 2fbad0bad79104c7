// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureArchive
import FactureStoreSQLite
import FactureTesting
import Foundation
import GRDB
import Testing

/// A directory under the system's temporary directory, removed by ``remove()``.
private struct TemporaryDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("facture-sqlite-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

private let time = JournalTime(millisecondsSince1970: 1_795_000_000_000)

private func deposit(_ name: String, _ content: String = "content") throws -> JournalDraft {
    JournalDraft(
        recordedAt: time,
        actor: "test",
        event: .deposit(
            try DocumentID(name),
            blob: BlobDigest(of: Array(content.utf8)),
            byteCount: content.utf8.count,
            metadata: ["invoice": name],
            retainUntil: time.adding(years: 10)
        )
    )
}

/// Runs `statement` on the database file directly, as an attacker or a failing disk would.
private func tamper(_ path: String, _ statement: String) throws {
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in try db.execute(sql: statement) }
    try queue.close()
}

@Suite("SQLite archive journal")
struct SQLiteArchiveJournalTests {
    @Test("passes the journal conformance checks, each on a new file")
    func conformance() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try await ArchiveJournalConformance {
            try SQLiteArchiveJournal(path: directory.file("\(UUID().uuidString).sqlite"))
        }
        .run()
    }

    @Test("the storage's blob store passes the blob conformance checks")
    func blobConformance() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try await BlobStoreConformance {
            try SQLiteArchiveStorage(directory: directory.file(UUID().uuidString)).blobs
        }
        .run()
    }

    @Test("the storage creates its directory with parents and lays out journal.sqlite and blobs/")
    func storageLayout() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let root = directory.file("a/b/archive")
        let storage = try SQLiteArchiveStorage(directory: root)
        #expect(storage.directory == root)
        #expect(storage.journal.path == root + "/journal.sqlite")
        #expect(storage.blobs.directory == root + "/blobs")
        _ = try await storage.journal.append([try deposit("FA-1")])
        _ = try await storage.blobs.put(Array("content".utf8))
        #expect(FileManager.default.fileExists(atPath: root + "/journal.sqlite"))
        #expect(try await storage.blobs.contains(BlobDigest(of: Array("content".utf8))))
        // Opening the same directory again finds what was stored.
        let again = try SQLiteArchiveStorage(directory: root)
        #expect(try await again.journal.head().size == 1)
        #expect(try await again.blobs.digests() == [BlobDigest(of: Array("content".utf8))])
    }

    @Test("the file is in WAL mode, synchronous FULL, with a busy timeout")
    func durabilitySettings() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let journal = try SQLiteArchiveJournal(path: directory.file("journal.sqlite"))
        let settings = try await journal.connectionSettings()
        #expect(settings.journalMode == "wal")
        #expect(settings.synchronous == 2)  // FULL
        #expect(settings.busyTimeoutMilliseconds > 0)
    }

    @Test("reopening the file gives the same head, records and checkpoints")
    func reopen() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("journal.sqlite")
        let (head, records, checkpoints): (JournalHead, [JournalRecord], [JournalCheckpoint])
        do {
            let journal = try SQLiteArchiveJournal(path: path)
            let entries = try await journal.append((1...5).map { try deposit("FA-\($0)", "content \($0 % 2)") })
            var tree = MerkleTree()
            for entry in entries { tree.append(entry.encoded) }
            for size in [2, 5] {
                try await journal.addCheckpoint(
                    JournalCheckpoint(
                        treeSize: UInt64(size),
                        rootHash: try tree.rootHash(treeSize: size),
                        issuedAt: time,
                        seal: [0x30, 0x03, 0x02, 0x01, UInt8(size)]
                    )
                )
            }
            head = try await journal.head()
            records = try await journal.records(in: 0..<10)
            checkpoints = try await journal.checkpoints()
            #expect(records == entries.map(JournalRecord.init))
        }
        let reopened = try SQLiteArchiveJournal(path: path)
        #expect(try await reopened.head() == head)
        #expect(try await reopened.records(in: 0..<10) == records)
        #expect(try await reopened.checkpoints() == checkpoints)
        #expect(checkpoints.map(\.treeSize) == [2, 5])
        #expect(try await reopened.leafHashes(in: 0..<10) == records.map(\.leafHash))
        #expect(try await reopened.records(for: try DocumentID("FA-3")).map(\.sequence) == [2])
        let sharing = try await reopened.documents(storing: BlobDigest(of: Array("content 1".utf8)))
        #expect(sharing == [try DocumentID("FA-1"), try DocumentID("FA-3"), try DocumentID("FA-5")])
        // An append after reopening continues the chain.
        let next = try await reopened.append([try deposit("FA-6")])
        #expect(next.map(\.sequence) == [5])
        #expect(next.first?.previousLeafHash == head.lastLeafHash)
    }

    @Test("two journals on one file appending from many tasks keep one gap-free chain")
    func twoInstancesOneChain() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("journal.sqlite")
        let first = try SQLiteArchiveJournal(path: path)
        let second = try SQLiteArchiveJournal(path: path)
        let tasks = 48
        let batch = 3
        let appended = try await withThrowingTaskGroup(of: [JournalEntry].self) { group in
            for task in 0..<tasks {
                let journal = task.isMultiple(of: 2) ? first : second
                group.addTask {
                    try await journal.append((0..<batch).map { try deposit("T\(task)-\($0)", "task \(task) \($0)") })
                }
            }
            var all: [[JournalEntry]] = []
            for try await entries in group { all.append(entries) }
            return all
        }
        // Each call's entries stay together and in order.
        for entries in appended {
            #expect(entries.map(\.sequence) == Array(entries[0].sequence..<entries[0].sequence + UInt64(batch)))
        }
        let head = try await first.head()
        #expect(head.size == UInt64(tasks * batch))
        #expect(try await second.head() == head)
        let records = try await second.records(in: 0..<head.size)
        #expect(try JournalRecord.checkContinuation(records, after: .empty) == head)
        #expect(Set(records) == Set(appended.joined().map(JournalRecord.init)))
    }

    @Test("a flipped byte in a stored encoding is handed back and caught by decoded()")
    func tamperedEncoding() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("journal.sqlite")
        let journal = try SQLiteArchiveJournal(path: path)
        let entries = try await journal.append((1...3).map { try deposit("FA-\($0)") })
        var altered = entries[1].encoded
        altered[altered.count - 1] ^= 0x01
        try tamper(path, "UPDATE entries SET encoded = X'\(hex(altered))' WHERE sequence = 1")

        let records = try await journal.records(in: 0..<3)
        #expect(records.count == 3)
        #expect(records[1].encoded == altered)
        #expect(records[1].leafHash == entries[1].leafHash)
        #expect(throws: FactureArchiveError(code: .integrityViolation, message: "")) { try records[1].decoded() }
        #expect(try records[0].decoded() == entries[0])
        #expect(try records[2].decoded() == entries[2])
    }

    @Test("a flipped byte in a stored leaf hash is handed back and caught by decoded()")
    func tamperedLeafHash() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("journal.sqlite")
        let journal = try SQLiteArchiveJournal(path: path)
        let entries = try await journal.append((1...3).map { try deposit("FA-\($0)") })
        var altered = entries[0].leafHash.bytes
        altered[0] ^= 0x80
        try tamper(path, "UPDATE entries SET leaf_hash = X'\(hex(altered))' WHERE sequence = 0")

        let records = try await journal.records(in: 0..<3)
        #expect(records[0].leafHash.bytes == altered)
        #expect(records[0].encoded == entries[0].encoded)
        #expect(throws: FactureArchiveError(code: .integrityViolation, message: "")) { try records[0].decoded() }
        #expect(try await journal.leafHashes(in: 0..<1).map(\.bytes) == [altered])
        // The chain no longer holds: entry 1 carries the true leaf hash of entry 0.
        #expect(throws: FactureArchiveError(code: .integrityViolation, message: "")) {
            try JournalRecord.checkContinuation(records, after: .empty)
        }
    }

    @Test("a leaf hash cut short on disk is an integrityViolation, not a crash")
    func truncatedLeafHash() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("journal.sqlite")
        let journal = try SQLiteArchiveJournal(path: path)
        _ = try await journal.append([try deposit("FA-1")])
        try tamper(path, "UPDATE entries SET leaf_hash = X'0102' WHERE sequence = 0")
        await #expect(throws: FactureArchiveError(code: .integrityViolation, message: "")) {
            try await journal.records(in: 0..<1)
        }
        await #expect(throws: FactureArchiveError(code: .integrityViolation, message: "")) {
            try await journal.leafHashes(in: 0..<1)
        }
    }

    @Test("a refused restore leaves nothing behind, even on disk")
    func refusedRestore() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let source = InMemoryArchiveJournal()
        let records = try await source.append((1...6).map { try deposit("FA-\($0)") }).map(JournalRecord.init)
        let path = directory.file("journal.sqlite")
        let target = try SQLiteArchiveJournal(path: path)
        try await target.restore(Array(records[..<2]))
        var broken = Array(records[2...])
        broken[2].encoded[broken[2].encoded.count - 1] ^= 0x01
        await #expect(throws: FactureArchiveError(code: .integrityViolation, message: "")) {
            try await target.restore(broken)
        }
        // Records that skip one are refused as well.
        await #expect(throws: FactureArchiveError(code: .integrityViolation, message: "")) {
            try await target.restore(Array(records[3...]))
        }
        let expected = JournalHead(size: 2, lastLeafHash: records[1].leafHash)
        #expect(try await target.head() == expected)
        #expect(try await target.records(in: 0..<10) == Array(records[..<2]))
        #expect(try await SQLiteArchiveJournal(path: path).head() == expected)
        try await target.restore(Array(records[2...]))
        #expect(try await target.records(in: 0..<10) == records)
    }

    @Test("a file that is not a database is a storageFailure naming it")
    func notADatabase() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.file("journal.sqlite")
        try Data(String(repeating: "this is an invoice, not a database\n", count: 64).utf8).write(
            to: URL(fileURLWithPath: path)
        )
        let error = #expect(throws: FactureArchiveError.self) { try SQLiteArchiveJournal(path: path) }
        #expect(error?.code == .storageFailure)
        #expect(error?.message.contains(path) == true)
    }

    @Test("a directory that cannot be made is a storageFailure")
    func unusableDirectory() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.file("plain-file")
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let error = #expect(throws: FactureArchiveError.self) { try SQLiteArchiveStorage(directory: file + "/archive") }
        #expect(error?.code == .storageFailure)
    }
}

private func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
}
