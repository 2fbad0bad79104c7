// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureArchive
import FactureSeal
import Foundation
import Testing

/// A safe with 40 journal entries: deposits, reads, a hold, checkpoints every 8 entries.
private func populatedSafe() async throws -> SafeFixture {
    let fixture = try await SafeFixture(checkpointEveryEntries: 8)
    for index in 0..<30 {
        let id = try await fixture.safe.deposit(Array("facture \(index) — \(index * 100) EUR".utf8), actor: "intake").id
        if index % 3 == 0 { _ = try await fixture.safe.content(of: id, actor: "comptable") }
    }
    return fixture
}

@Suite("Archive audit")
struct ArchiveAuditTests {
    @Test("an untouched archive audits clean, seals included")
    func clean() async throws {
        let fixture = try await populatedSafe()
        let report = try await fixture.safe.audit(sealVerifier: fixture.verifier)
        #expect(report.isClean, "\(report.problems)")
        #expect(report.problems.isEmpty)
        #expect(report.entryCount == 40)
        #expect(report.documentCount == 30)
        #expect(report.blobCount == 30)
        #expect(report.checkpointCount >= 4)
        #expect(report.rootHash == (try await fixture.safe.rootHash(treeSize: 40)))
    }

    @Test("flipping any single byte of any journal entry is found")
    func everyEntryByte() async throws {
        let fixture = try await populatedSafe()
        let head = try await fixture.journal.head()
        for sequence in 0..<head.size {
            let length = try await fixture.journal.records(in: sequence..<sequence + 1)[0].encoded.count
            // Every byte of the first and last entries, a spread of bytes of the others.
            let positions =
                sequence == 0 || sequence == head.size - 1 ? Array(0..<length) : [0, length / 2, length - 1]
            for position in positions {
                fixture.journal.tamper(sequence: sequence) { $0.encoded[position] ^= 0x04 }
                let report = try await fixture.safe.audit()
                #expect(!report.isClean, "byte \(position) of entry \(sequence) flipped unnoticed")
                #expect(report.problems.contains { $0.sequence == sequence })
                fixture.journal.tamper(sequence: sequence) { $0.encoded[position] ^= 0x04 }
            }
        }
        // A rewritten entry with a matching stored hash still breaks the chain after it and the checkpoints.
        fixture.journal.tamper(sequence: 5) { record in
            record.encoded[record.encoded.count - 1] ^= 0x01
            record.leafHash = .leaf(record.encoded)
        }
        let report = try await fixture.safe.audit()
        #expect(report.problems.contains { $0.kind == .chainBroken && $0.sequence == 6 })
        #expect(report.problems.contains { $0.kind == .checkpointMismatch })
    }

    @Test("flipping any single byte of a blob is found, and the blob is reported, not served")
    func everyBlobByte() async throws {
        let fixture = try await populatedSafe()
        let victim = BlobDigest(of: Array("facture 12 — 1200 EUR".utf8))
        let original = try await fixture.blobs.get(victim)
        for position in original.indices {
            var bytes = original
            bytes[position] ^= 0x80
            fixture.blobs.tamper(victim, with: bytes)
            let report = try await fixture.safe.audit()
            #expect(report.problems.map(\.kind) == [.blobCorrupt], "byte \(position)")
            #expect(report.problems.first?.blob == victim)
        }
        fixture.blobs.tamper(victim, with: original)
        #expect(try await fixture.safe.audit().problems.isEmpty)
    }

    @Test("a flipped blob byte, a missing blob and an untrusted seal are found; a stray blob is only a warning")
    func blobsAndSeals() async throws {
        let fixture = try await populatedSafe()
        let victim = BlobDigest(of: Array("facture 7 — 700 EUR".utf8))
        var bytes = try await fixture.blobs.get(victim)
        bytes[3] ^= 0x01
        fixture.blobs.tamper(victim, with: bytes)
        let missing = BlobDigest(of: Array("facture 8 — 800 EUR".utf8))
        try await fixture.blobs.remove(missing)
        _ = try await fixture.blobs.put(Array("deposit interrupted before its entry".utf8))

        let report = try await fixture.safe.audit(sealVerifier: fixture.verifier)
        #expect(report.problems.contains { $0.kind == .blobCorrupt && $0.blob == victim })
        #expect(report.problems.contains { $0.kind == .blobMissing && $0.blob == missing })
        #expect(report.problems.contains { $0.kind == .unreferencedBlob })
        #expect(!report.isClean)

        let stranger = try SealingIdentity.generate(.init(commonName: "Not the safe"))
        let untrusted = try await fixture.safe.audit(sealVerifier: SealVerifier(trustAnchors: [stranger.certificate]))
        #expect(untrusted.problems.contains { $0.kind == .checkpointSealInvalid })
    }
}

@Suite("Archive export and import")
struct ArchiveExportTests {
    @Test("an export re-imports into empty stores with the same tree, contents and a clean audit")
    func roundTrip() async throws {
        let fixture = try await populatedSafe()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let manifest = try await fixture.safe.export(to: directory, actor: "migration")
        #expect(manifest.entryCount == 41)  // 40 entries and the export's own
        #expect(manifest.blobCount == 30)
        #expect(!FileManager.default.fileExists(atPath: directory + ".partial"))
        await #expect(throws: FactureArchiveError(code: .alreadyExists, message: "")) {
            try await fixture.safe.export(to: directory, actor: "migration")
        }

        let journal = InMemoryArchiveJournal()
        let blobs = InMemoryBlobStore()
        let report = try await DigitalSafe.importArchive(
            from: directory,
            journal: journal,
            blobs: blobs,
            sealVerifier: fixture.verifier
        )
        #expect(report.isClean, "\(report.problems)")
        #expect(report.entryCount == 41)
        #expect(report.rootHash.description == manifest.rootHash)
        let imported = try await DigitalSafe.open(
            journal: journal,
            blobs: blobs,
            signer: CheckpointSigner(identity: archiveSealingIdentity)
        )
        for record in try await fixture.journal.records(in: 0..<41) {
            guard let id = record.document else { continue }
            #expect(try await imported.document(id) == (try await fixture.safe.document(id)))
        }

        await #expect(throws: FactureArchiveError(code: .refused, message: "")) {
            try await DigitalSafe.importArchive(from: directory, journal: journal, blobs: blobs, sealVerifier: nil)
        }
    }

    @Test("an altered export is refused whole: nothing is written")
    func alteredExport() async throws {
        let fixture = try await populatedSafe()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try await fixture.safe.export(to: directory, actor: "migration")

        for file in [
            "journal.fkj", "blobs/" + BlobDigest(of: Array("facture 3 — 300 EUR".utf8)).hex, "checkpoints.fkc",
        ] {
            let url = URL(fileURLWithPath: directory + "/" + file)
            let original = try Data(contentsOf: url)
            var altered = original
            altered[altered.count / 2] ^= 0x01
            try altered.write(to: url)
            let journal = InMemoryArchiveJournal()
            let blobs = InMemoryBlobStore()
            await #expect(throws: (any Error).self, "\(file) altered") {
                try await DigitalSafe.importArchive(
                    from: directory,
                    journal: journal,
                    blobs: blobs,
                    sealVerifier: fixture.verifier
                )
            }
            #expect(try await journal.head() == .empty)
            #expect(try await blobs.digests().isEmpty)
            try original.write(to: url)
        }
    }
}
