// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureArchive
import FactureTesting
import Testing

@Suite("In-memory archive journal")
struct InMemoryArchiveJournalTests {
    @Test("passes the journal conformance checks")
    func conformance() async throws {
        try await ArchiveJournalConformance { InMemoryArchiveJournal() }.run()
    }

    @Test("an entry's encoding reads back to the same entry, and any changed byte is caught")
    func encodingRoundTrip() throws {
        let time = JournalTime(millisecondsSince1970: 1_795_000_000_123)
        let events: [JournalEvent] = [
            .deposit(
                try DocumentID("FA-2026-0042"),
                blob: BlobDigest(of: Array("pdf".utf8)),
                byteCount: 3,
                metadata: ["supplier": "Société Générale d'Équipement", "number": "FA-2026-0042", "": "empty key"],
                retainUntil: time.adding(years: 10)
            ),
            .read(try DocumentID("FA-2026-0042")),
            .metadataChange(try DocumentID("FA-2026-0042"), metadata: [:]),
            .retentionChange(try DocumentID("FA-2026-0042"), retainUntil: time.adding(years: 12)),
            .legalHoldPlaced(try DocumentID("FA-2026-0042"), hold: "litige-17", reason: "contrôle fiscal"),
            .legalHoldReleased(try DocumentID("FA-2026-0042"), hold: "litige-17"),
            .destruction(try DocumentID("FA-2026-0042"), blob: BlobDigest(of: Array("pdf".utf8))),
            .export(entryCount: 7, destination: "/tmp/export"),
        ]
        let entries = JournalEntry.chain(
            events.map { JournalDraft(recordedAt: time, actor: "comptable@cabinet.fr", event: $0) },
            after: .empty
        )
        for entry in entries {
            #expect(try JournalEntry(decoding: entry.encoded) == entry)
        }
        let deposit = entries[0].encoded
        for index in deposit.indices {
            var altered = deposit
            altered[index] ^= 0x01
            // Either the bytes no longer read as an entry, or they read as a different one.
            if let other = try? JournalEntry(decoding: altered) {
                #expect(other != entries[0])
                #expect(other.leafHash != entries[0].leafHash)
            }
        }
        #expect(throws: FactureArchiveError(code: .integrityViolation, message: "")) {
            try JournalEntry(decoding: deposit + [0])
        }
        #expect(throws: FactureArchiveError(code: .integrityViolation, message: "")) {
            try JournalEntry(decoding: Array(deposit.dropLast()))
        }
    }

    @Test("retention is ten calendar years later in UTC")
    func tenYears() {
        // 2024-02-29T12:00:00Z → 2034-02-28T12:00:00Z
        let leapDay = JournalTime(millisecondsSince1970: 1_709_208_000_000)
        #expect(leapDay.adding(years: 10) == JournalTime(millisecondsSince1970: 2_024_740_800_000))
    }
}
