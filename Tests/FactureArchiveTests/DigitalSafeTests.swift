// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureArchive
import FactureSeal
import Foundation
import Synchronization
import Testing

/// A clock the test moves by hand.
final class ManualClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000)) { current = Mutex(start) }

    var now: Date { current.withLock { $0 } }

    func advance(days: Double) { current.withLock { $0 = $0.addingTimeInterval(days * 86_400) } }

    var function: @Sendable () -> Date { { self.now } }
}

/// A journal that counts its appends and takes a little time over each, as a synced disk does.
final class SlowCountingJournal: ArchiveJournal {
    let base = InMemoryArchiveJournal()
    let appends = Mutex(0)

    func append(_ drafts: [JournalDraft]) async throws(FactureArchiveError) -> [JournalEntry] {
        appends.withLock { $0 += 1 }
        try? await Task.sleep(for: .milliseconds(5))
        return try await base.append(drafts)
    }
    func restore(_ records: [JournalRecord]) async throws(FactureArchiveError) { try await base.restore(records) }
    func head() async throws(FactureArchiveError) -> JournalHead { try await base.head() }
    func records(in range: Range<UInt64>) async throws(FactureArchiveError) -> [JournalRecord] {
        try await base.records(in: range)
    }
    func records(for document: DocumentID) async throws(FactureArchiveError) -> [JournalRecord] {
        try await base.records(for: document)
    }
    func documents(storing blob: BlobDigest) async throws(FactureArchiveError) -> Set<DocumentID> {
        try await base.documents(storing: blob)
    }
    func leafHashes(in range: Range<UInt64>) async throws(FactureArchiveError) -> [MerkleHash] {
        try await base.leafHashes(in: range)
    }
    func addCheckpoint(_ checkpoint: JournalCheckpoint) async throws(FactureArchiveError) {
        try await base.addCheckpoint(checkpoint)
    }
    func checkpoints() async throws(FactureArchiveError) -> [JournalCheckpoint] { try await base.checkpoints() }
}

/// One sealing identity for the whole suite (key generation is the slow part).
let archiveSealingIdentity: SealingIdentity = {
    // Generating a P-256 identity only fails when OpenSSL itself is broken.
    // swiftlint:disable:next force_try
    try! SealingIdentity.generate(.init(commonName: "Cabinet Durand — coffre-fort", organization: "Cabinet Durand"))
}()

struct SafeFixture {
    let journal = InMemoryArchiveJournal()
    let blobs = InMemoryBlobStore()
    let clock = ManualClock()
    let safe: DigitalSafe

    init(checkpointEveryEntries: Int = 1_000) async throws {
        safe = try await DigitalSafe.open(
            journal: journal,
            blobs: blobs,
            signer: CheckpointSigner(identity: archiveSealingIdentity),
            configuration: DigitalSafeConfiguration(checkpointEveryEntries: checkpointEveryEntries),
            clock: clock.function
        )
    }

    var verifier: SealVerifier { SealVerifier(trustAnchors: [archiveSealingIdentity.certificate]) }
}

@Suite("Digital safe")
struct DigitalSafeTests {
    let invoice = Array("%PDF-1.7 facture FA-2026-0042, 1 234,56 EUR TTC".utf8)

    @Test("a deposit is read back byte for byte, each read journalled; an identifier is used once")
    func depositAndRead() async throws {
        let fixture = try await SafeFixture()
        let safe = fixture.safe
        let id = try DocumentID("FA-2026-0042")
        let document = try await safe.deposit(invoice, metadata: ["supplier": "ACME"], actor: "intake", id: id)
        #expect(document.blob == BlobDigest(of: invoice))
        #expect(document.byteCount == invoice.count)
        #expect(document.metadata == ["supplier": "ACME"])
        #expect(document.retainUntil == JournalTime(fixture.clock.now).adding(years: 10))
        #expect(try await safe.content(of: id, actor: "comptable") == invoice)
        let history = try await safe.history(of: id)
        #expect(history.map(\.event.kind) == ["deposit", "read"])
        #expect(history[1].actor == "comptable")
        await #expect(throws: FactureArchiveError(code: .alreadyExists, message: "")) {
            try await safe.deposit(Array("other".utf8), actor: "intake", id: id)
        }
        await #expect(throws: FactureArchiveError(code: .notFound, message: "")) {
            try await safe.content(of: try DocumentID("unknown"), actor: "x")
        }
        try await safe.updateMetadata(of: id, to: ["supplier": "ACME SAS"], actor: "comptable")
        #expect(try await safe.document(id).metadata == ["supplier": "ACME SAS"])
    }

    @Test("retention only grows; destruction needs the retention passed and no hold, and leaves a tombstone")
    func retentionHoldsAndDestruction() async throws {
        let fixture = try await SafeFixture()
        let safe = fixture.safe
        let id = try await safe.deposit(invoice, actor: "intake").id
        let twin = try await safe.deposit(invoice, actor: "intake").id  // the same bytes: one blob
        await #expect(throws: FactureArchiveError(code: .refused, message: "")) {
            try await safe.destroy(id, actor: "dpo")
        }
        let retained = try await safe.document(id).retainUntil
        await #expect(throws: FactureArchiveError(code: .refused, message: "")) {
            try await safe.extendRetention(of: id, until: retained.date.addingTimeInterval(-86_400), actor: "dpo")
        }
        let extended = try await safe.extendRetention(
            of: id,
            until: retained.date.addingTimeInterval(30 * 86_400),
            actor: "dpo"
        )
        #expect(extended.retainUntil > retained)

        fixture.clock.advance(days: 3_660 + 40)  // past ten years and the extension
        try await safe.placeLegalHold(on: id, hold: "litige-17", reason: "contentieux fournisseur", actor: "avocat")
        await #expect(throws: FactureArchiveError(code: .refused, message: "")) {
            try await safe.placeLegalHold(on: id, hold: "litige-17", reason: "again", actor: "avocat")
        }
        await #expect(throws: FactureArchiveError(code: .refused, message: "")) {
            try await safe.destroy(id, actor: "dpo")
        }
        try await safe.releaseLegalHold(on: id, hold: "litige-17", actor: "avocat")
        let destroyed = try await safe.destroy(id, actor: "dpo")
        #expect(destroyed.isDestroyed)
        // The twin still holds the bytes.
        #expect(try await fixture.blobs.contains(BlobDigest(of: invoice)))
        await #expect(throws: FactureArchiveError(code: .notFound, message: "")) {
            try await safe.content(of: id, actor: "x")
        }
        await #expect(throws: FactureArchiveError(code: .refused, message: "")) {
            try await safe.destroy(id, actor: "dpo")
        }
        #expect(try await safe.history(of: id).last?.event == .destruction(id, blob: BlobDigest(of: invoice)))

        try await safe.destroy(twin, actor: "dpo")
        #expect(try await !fixture.blobs.contains(BlobDigest(of: invoice)))
        let report = try await safe.audit(sealVerifier: fixture.verifier)
        #expect(report.isClean, "\(report.problems)")
    }

    @Test("deposits arriving together share one journal append, and form one chain")
    func groupCommit() async throws {
        let journal = SlowCountingJournal()
        let safe = try await DigitalSafe.open(
            journal: journal,
            blobs: InMemoryBlobStore(),
            signer: CheckpointSigner(identity: archiveSealingIdentity)
        )
        let ids = try await withThrowingTaskGroup(of: DocumentID.self) { group in
            for index in 0..<64 {
                group.addTask { try await safe.deposit(Array("invoice \(index)".utf8), actor: "intake").id }
            }
            return try await group.reduce(into: [DocumentID]()) { $0.append($1) }
        }
        #expect(Set(ids).count == 64)
        #expect(journal.appends.withLock { $0 } < 64)
        let head = try await journal.head()
        #expect(head.size == 64)
        _ = try JournalRecord.checkContinuation(try await journal.records(in: 0..<64), after: .empty)
    }

    @Test("checkpoints are sealed every N entries, each consistent with the one before")
    func checkpointsEveryN() async throws {
        let fixture = try await SafeFixture(checkpointEveryEntries: 5)
        for index in 0..<23 { _ = try await fixture.safe.deposit(Array("invoice \(index)".utf8), actor: "intake") }
        let checkpoints = try await fixture.safe.checkpoints()
        #expect(checkpoints.count >= 4)
        #expect(checkpoints.last.map { $0.treeSize >= 20 } == true)
        for (old, new) in zip(checkpoints, checkpoints.dropFirst()) {
            let proof = try await fixture.safe.consistencyProof(from: old.treeSize, to: new.treeSize)
            #expect(
                MerkleTree.verifyConsistency(
                    oldSize: Int(old.treeSize),
                    newSize: Int(new.treeSize),
                    oldRoot: old.rootHash,
                    newRoot: new.rootHash,
                    proof: proof
                )
            )
            let seal = try fixture.verifier.verify(sealDER: new.seal, content: new.signedContent)
            #expect(seal.isValid, "\(seal.failures)")
        }
    }

    @Test("a checkpoint is sealed once entries have waited the configured time")
    func checkpointsEveryT() async throws {
        let journal = InMemoryArchiveJournal()
        let clock = ManualClock()
        let safe = try await DigitalSafe.open(
            journal: journal,
            blobs: InMemoryBlobStore(),
            signer: CheckpointSigner(identity: archiveSealingIdentity),
            configuration: DigitalSafeConfiguration(checkpointEveryEntries: 1_000, checkpointEverySeconds: 60),
            clock: clock.function
        )
        _ = try await safe.deposit(Array("one".utf8), actor: "intake")
        #expect(try await safe.checkpointIfDue() == nil)
        clock.advance(days: 61.0 / 86_400)
        let checkpoint = try await safe.checkpointIfDue()
        #expect(checkpoint?.treeSize == 1)
        #expect(try await journal.checkpoints().count == 1)
    }

    @Test("an evidence bundle verifies offline, and fails for altered bytes, entries or an untrusted seal")
    func evidence() async throws {
        let fixture = try await SafeFixture()
        let safe = fixture.safe
        for index in 0..<9 { _ = try await safe.deposit(Array("noise \(index)".utf8), actor: "intake") }
        let id = try await safe.deposit(invoice, metadata: ["number": "FA-2026-0042"], actor: "intake").id
        try await safe.placeLegalHold(on: id, hold: "audit", reason: "contrôle", actor: "dpo")
        let bundle = try await safe.evidence(for: id, includingContent: true)
        let verifier = EvidenceVerifier(sealVerifier: fixture.verifier)

        let read = try EvidenceBundle(json: bundle.jsonEncoded())
        #expect(read == bundle)
        let result = verifier.verify(read)
        #expect(result.isValid, "\(result.failures)")
        #expect(result.state?.legalHolds == ["audit": "contrôle"])
        #expect(result.state?.metadata == ["number": "FA-2026-0042"])
        let kinds = try bundle.entries.map { try JournalEntry(decoding: Array($0.encoded)).event.kind }
        #expect(kinds == ["deposit", "legalHoldPlaced", "read"])

        var otherBytes = bundle
        otherBytes.content?[3] ^= 0x20
        #expect(verifier.verify(otherBytes).failures.map(\.reason) == [.contentMismatch])

        var alteredEntry = bundle
        alteredEntry.entries[1].encoded[alteredEntry.entries[1].encoded.count - 2] ^= 0x01
        #expect(!verifier.verify(alteredEntry).isValid)

        var otherRoot = bundle
        otherRoot.checkpoint.rootHash = String(repeating: "0", count: 64)
        let rootFailures = verifier.verify(otherRoot).failures.map(\.reason)
        #expect(rootFailures.contains(.notIncluded) && rootFailures.contains(.checkpointSealInvalid))

        let stranger = try SealingIdentity.generate(.init(commonName: "Someone else"))
        let untrusting = EvidenceVerifier(sealVerifier: SealVerifier(trustAnchors: [stranger.certificate]))
        #expect(untrusting.verify(bundle).failures.map(\.reason).contains(.checkpointSealInvalid))
        #expect(throws: FactureArchiveError(code: .invalidArchive, message: "")) {
            try EvidenceBundle(json: Array("{}".utf8))
        }
    }
}
