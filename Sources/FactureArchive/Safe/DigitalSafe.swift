// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// The digital safe: documents kept as content-addressed blobs, every event in an append-only
/// hash-chained journal, the journal's Merkle tree heads sealed and time-stamped.
///
/// A deposit is durable once it returns: its blob is synced, then its journal entry is committed.
/// Deposits arriving together are committed together (group commit: one transaction, one sync).
/// Retention (10 years by default) can only be extended; a document under legal hold or within its
/// retention cannot be destroyed, and destruction leaves a tombstone in the journal.
///
/// ```swift
/// let safe = try await DigitalSafe.open(journal: journal, blobs: blobs, signer: signer)
/// let document = try await safe.deposit(pdf, metadata: ["invoice": "FA-2026-0042"], actor: "intake")
/// let bundle = try await safe.evidence(for: document.id)   // verifies offline
/// let report = try await safe.audit()
/// ```
public actor DigitalSafe {
    /// Where the journal and checkpoints are stored.
    public nonisolated let journal: any ArchiveJournal
    /// Where the documents' bytes are stored.
    public nonisolated let blobs: any BlobStore
    /// Who seals the tree heads.
    public nonisolated let signer: CheckpointSigner
    /// Retention and checkpoint settings.
    public nonisolated let configuration: DigitalSafeConfiguration
    /// The clock every event is recorded with.
    nonisolated let clock: @Sendable () -> Date

    /// The Merkle tree over every entry this safe knows of (the journal's leaf hashes).
    var tree: MerkleTree
    /// The last checkpoint kept.
    private(set) var lastCheckpoint: JournalCheckpoint?
    /// When the oldest entry not covered by a checkpoint was recorded.
    private(set) var oldestUncoveredTime: JournalTime?
    /// The checkpoint being sealed, which a second caller waits for.
    var checkpointInProgressTask: Task<Result<JournalCheckpoint?, FactureArchiveError>, Never>?

    private typealias Waiter = CheckedContinuation<Result<[JournalEntry], FactureArchiveError>, Never>
    private var pending: [(drafts: [JournalDraft], waiter: Waiter)] = []
    private var flushing = false
    private var lockedDocuments: Set<DocumentID> = []
    private var lockWaiters: [DocumentID: [CheckedContinuation<Void, Never>]] = [:]

    private init(
        journal: any ArchiveJournal,
        blobs: any BlobStore,
        signer: CheckpointSigner,
        configuration: DigitalSafeConfiguration,
        clock: @escaping @Sendable () -> Date,
        tree: MerkleTree,
        lastCheckpoint: JournalCheckpoint?
    ) {
        self.journal = journal
        self.blobs = blobs
        self.signer = signer
        self.configuration = configuration
        self.clock = clock
        self.tree = tree
        self.lastCheckpoint = lastCheckpoint
    }

    /// Opens a safe over stored journal and blobs (empty or not): reads the journal's leaf hashes
    /// to rebuild its tree.
    ///
    /// - Parameters:
    ///   - journal: The journal store.
    ///   - blobs: The blob store.
    ///   - signer: Who seals checkpoints.
    ///   - configuration: Retention and checkpoint settings.
    ///   - clock: The time source (tests pass a fixed or moving clock).
    /// - Throws: ``FactureArchiveError`` from the stores.
    public static func open(
        journal: any ArchiveJournal,
        blobs: any BlobStore,
        signer: CheckpointSigner,
        configuration: DigitalSafeConfiguration = DigitalSafeConfiguration(),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) async throws(FactureArchiveError) -> DigitalSafe {
        let head = try await journal.head()
        let tree = MerkleTree(leafHashes: try await journal.leafHashes(in: 0..<head.size))
        let checkpoints = try await journal.checkpoints()
        let safe = DigitalSafe(
            journal: journal,
            blobs: blobs,
            signer: signer,
            configuration: configuration,
            clock: clock,
            tree: tree,
            lastCheckpoint: checkpoints.last
        )
        if tree.size > Int(checkpoints.last?.treeSize ?? 0) {
            await safe.noteUncovered(since: JournalTime(clock()))
        }
        return safe
    }

    private func noteUncovered(since time: JournalTime) {
        if oldestUncoveredTime == nil { oldestUncoveredTime = time }
    }

    /// Takes `checkpoint` as the newest when it covers more than the last one.
    func recordCheckpoint(_ checkpoint: JournalCheckpoint?) {
        guard let checkpoint, checkpoint.treeSize > lastCheckpoint?.treeSize ?? 0 else { return }
        lastCheckpoint = checkpoint
        // Entries after the checkpoint (if any) are uncovered from now on.
        oldestUncoveredTime = UInt64(tree.size) > checkpoint.treeSize ? now : nil
    }

    /// The current time as the journal records it.
    var now: JournalTime { JournalTime(clock()) }

    // MARK: - Documents

    /// Takes a document in charge: stores its bytes, journals the deposit, retains it for the
    /// configured years.
    ///
    /// - Parameters:
    ///   - content: The exact received bytes.
    ///   - metadata: What the caller wants kept with it (invoice number, supplier, channel…).
    ///   - actor: Who deposits.
    ///   - id: The document's identifier, a new random one by default.
    /// - Returns: The document as archived; durable once returned.
    /// - Throws: ``FactureArchiveError`` with code `alreadyExists` for a used identifier,
    ///   `storageFailure` or `integrityViolation` from the stores.
    public func deposit(
        _ content: [UInt8],
        metadata: [String: String] = [:],
        actor: String,
        id: DocumentID? = nil
    ) async throws(FactureArchiveError) -> ArchivedDocument {
        let id = id ?? DocumentID.random()
        return try await withDocumentLock(id) { () throws(FactureArchiveError) in
            guard try await journal.records(for: id).isEmpty else {
                throw FactureArchiveError(code: .alreadyExists, message: "document \(id) is already archived")
            }
            let blob = try await blobs.put(content)
            let time = now
            let entries = try await commit([
                JournalDraft(
                    recordedAt: time,
                    actor: actor,
                    event: .deposit(
                        id,
                        blob: blob,
                        byteCount: content.count,
                        metadata: metadata,
                        retainUntil: time.adding(years: configuration.retentionYears)
                    )
                )
            ])
            return try ArchivedDocument(folding: entries)
        }
    }

    /// What the journal says about a document now.
    ///
    /// - Throws: ``FactureArchiveError`` with code `notFound` for an unknown document,
    ///   `integrityViolation` when its entries do not read back.
    public func document(_ id: DocumentID) async throws(FactureArchiveError) -> ArchivedDocument {
        try ArchivedDocument(folding: try await history(of: id))
    }

    /// Every journal entry about a document, in order.
    ///
    /// - Throws: ``FactureArchiveError`` with code `notFound` for an unknown document,
    ///   `integrityViolation` when an entry does not read back.
    public func history(of id: DocumentID) async throws(FactureArchiveError) -> [JournalEntry] {
        let records = try await journal.records(for: id)
        guard !records.isEmpty else { throw FactureArchiveError(code: .notFound, message: "no document \(id)") }
        var entries: [JournalEntry] = []
        for record in records { entries.append(try record.decoded()) }
        return entries
    }

    /// A document's bytes, checked against their address; the read is journalled first.
    ///
    /// - Throws: ``FactureArchiveError`` with code `notFound` (unknown or destroyed),
    ///   `integrityViolation` (altered bytes), `storageFailure`.
    public func content(of id: DocumentID, actor: String) async throws(FactureArchiveError) -> [UInt8] {
        let document = try await document(id)
        if document.isDestroyed {
            throw FactureArchiveError(
                code: .notFound,
                message: "document \(id) was destroyed on \(document.destroyedAt ?? now)"
            )
        }
        let content = try await blobs.get(document.blob)
        _ = try await commit([JournalDraft(recordedAt: now, actor: actor, event: .read(id))])
        return content
    }

    /// Replaces a document's metadata.
    ///
    /// - Throws: ``FactureArchiveError`` with code `notFound`, or `refused` for a destroyed document.
    @discardableResult
    public func updateMetadata(
        of id: DocumentID,
        to metadata: [String: String],
        actor: String
    ) async throws(FactureArchiveError) -> ArchivedDocument {
        try await change(id, actor: actor) { document throws(FactureArchiveError) in
            .metadataChange(id, metadata: metadata)
        }
    }

    /// Extends a document's retention to `until`.
    ///
    /// - Throws: ``FactureArchiveError`` with code `refused` when `until` is before the current
    ///   retention (it can only be extended) or the document is destroyed; `notFound`.
    @discardableResult
    public func extendRetention(
        of id: DocumentID,
        until: Date,
        actor: String
    ) async throws(FactureArchiveError) -> ArchivedDocument {
        let until = JournalTime(until)
        return try await change(id, actor: actor) { document throws(FactureArchiveError) in
            guard until >= document.retainUntil else {
                throw FactureArchiveError(
                    code: .refused,
                    message: "retention of \(id) runs until \(document.retainUntil); it cannot be shortened to \(until)"
                )
            }
            return .retentionChange(id, retainUntil: until)
        }
    }

    /// Places a legal hold: the document cannot be destroyed until the hold is released.
    ///
    /// - Throws: ``FactureArchiveError`` with code `refused` for a destroyed document or a hold
    ///   of that name already placed; `notFound`.
    @discardableResult
    public func placeLegalHold(
        on id: DocumentID,
        hold: String,
        reason: String,
        actor: String
    ) async throws(FactureArchiveError) -> ArchivedDocument {
        try await change(id, actor: actor) { document throws(FactureArchiveError) in
            guard document.legalHolds[hold] == nil else {
                throw FactureArchiveError(code: .refused, message: "\(id) is already under legal hold \(hold)")
            }
            return .legalHoldPlaced(id, hold: hold, reason: reason)
        }
    }

    /// Releases a legal hold.
    ///
    /// - Throws: ``FactureArchiveError`` with code `refused` when there is no such hold; `notFound`.
    @discardableResult
    public func releaseLegalHold(
        on id: DocumentID,
        hold: String,
        actor: String
    ) async throws(FactureArchiveError) -> ArchivedDocument {
        try await change(id, actor: actor) { document throws(FactureArchiveError) in
            guard document.legalHolds[hold] != nil else {
                throw FactureArchiveError(code: .refused, message: "\(id) has no legal hold \(hold)")
            }
            return .legalHoldReleased(id, hold: hold)
        }
    }

    /// Destroys a document whose retention has passed and that has no legal hold: journals a
    /// tombstone, then removes its blob unless another kept document shares the same bytes.
    ///
    /// - Throws: ``FactureArchiveError`` with code `refused` (retained, held, already destroyed), `notFound`.
    @discardableResult
    public func destroy(_ id: DocumentID, actor: String) async throws(FactureArchiveError) -> ArchivedDocument {
        let destroyed = try await change(id, actor: actor) { document throws(FactureArchiveError) in
            if let refusal = document.destructionRefusal(at: now) {
                throw FactureArchiveError(code: .refused, message: refusal)
            }
            return .destruction(id, blob: document.blob)
        }
        // The tombstone is durable: now the bytes may go, unless a kept document shares them.
        for other in try await journal.documents(storing: destroyed.blob) where other != id {
            if try await !document(other).isDestroyed { return destroyed }
        }
        try await blobs.remove(destroyed.blob)
        return destroyed
    }

    /// Journals the event `decide` returns for the document's current state, under the document's lock.
    private func change(
        _ id: DocumentID,
        actor: String,
        _ decide: (ArchivedDocument) throws(FactureArchiveError) -> JournalEvent
    ) async throws(FactureArchiveError) -> ArchivedDocument {
        try await withDocumentLock(id) { () throws(FactureArchiveError) in
            var document = try await document(id)
            if document.isDestroyed {
                throw FactureArchiveError(code: .refused, message: "document \(id) is destroyed")
            }
            let event = try decide(document)
            let entries = try await commit([JournalDraft(recordedAt: now, actor: actor, event: event)])
            for entry in entries { try document.apply(entry) }
            return document
        }
    }

    /// Runs `body` while no other change to document `id` runs in this safe.
    private func withDocumentLock<Value>(
        _ id: DocumentID,
        _ body: () async throws(FactureArchiveError) -> Value
    ) async throws(FactureArchiveError) -> Value {
        while lockedDocuments.contains(id) {
            await withCheckedContinuation { lockWaiters[id, default: []].append($0) }
        }
        lockedDocuments.insert(id)
        defer {
            lockedDocuments.remove(id)
            for waiter in lockWaiters.removeValue(forKey: id) ?? [] { waiter.resume() }
        }
        return try await body()
    }

    // MARK: - Group commit

    /// Appends `drafts` together with whatever else is waiting, in one journal append.
    func commit(_ drafts: [JournalDraft]) async throws(FactureArchiveError) -> [JournalEntry] {
        let result = await withCheckedContinuation { (waiter: Waiter) in
            pending.append((drafts, waiter))
            if !flushing {
                flushing = true
                Task { await self.flush() }
            }
        }
        return try result.get()
    }

    private func flush() async {
        while !pending.isEmpty {
            let batch = pending
            pending = []
            do {
                let entries = try await journal.append(batch.flatMap(\.drafts))
                try await absorb(entries)
                var offset = 0
                for item in batch {
                    item.waiter.resume(returning: .success(Array(entries[offset..<offset + item.drafts.count])))
                    offset += item.drafts.count
                }
            } catch {
                for item in batch { item.waiter.resume(returning: .failure(error)) }
            }
            // Durable entries stay acknowledged whether or not the checkpoint succeeds; a failed
            // checkpoint is retried with the next append or by runCheckpoints().
            _ = try? await checkpointIfDue()
        }
        flushing = false
    }

    /// Adds appended entries to the tree, first reading entries other writers appended meanwhile.
    private func absorb(_ entries: [JournalEntry]) async throws(FactureArchiveError) {
        guard let first = entries.first else { return }
        try await catchUp(to: first.sequence)
        if first.sequence != UInt64(tree.size) {
            // The journal went backwards under us: rebuild from what it holds.
            tree = MerkleTree(leafHashes: try await journal.leafHashes(in: 0..<first.sequence))
        }
        for entry in entries { tree.append(leafHash: entry.leafHash) }
        noteUncovered(since: first.recordedAt)
    }

    /// Reads the leaf hashes of entries up to `size` that this safe has not seen (other writers').
    func catchUp(to size: UInt64) async throws(FactureArchiveError) {
        guard size > UInt64(tree.size) else { return }
        for hash in try await journal.leafHashes(in: UInt64(tree.size)..<size) { tree.append(leafHash: hash) }
    }
}
