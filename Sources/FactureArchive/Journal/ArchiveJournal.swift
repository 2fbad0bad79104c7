// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The storage of the archive's append-only, hash-chained journal and of its signed tree heads.
///
/// A journal never changes or removes an entry. ``append(_:)`` numbers and chains the drafts
/// itself (``JournalEntry/chain(_:after:)``) inside its own serialisation, a transaction or a lock,
/// so that concurrent writers, even in other processes sharing the store, keep one chain. Every
/// implementation passes the same conformance checks (`FactureTesting`'s `ArchiveJournalConformance`).
public protocol ArchiveJournal: Sendable {
    /// Appends `drafts` after the current head, all or none, in their order.
    ///
    /// - Returns: The entries as appended; durable once this returns.
    /// - Throws: ``FactureArchiveError`` with code `storageFailure`.
    func append(_ drafts: [JournalDraft]) async throws(FactureArchiveError) -> [JournalEntry]

    /// Appends records verbatim (an import): they must continue the current head exactly
    /// (``JournalRecord/checkContinuation(_:after:)``), all or none.
    ///
    /// - Throws: ``FactureArchiveError`` with code `integrityViolation` when they do not continue
    ///   the head, `storageFailure` when the store fails.
    func restore(_ records: [JournalRecord]) async throws(FactureArchiveError)

    /// The current head: the number of entries and the last leaf hash.
    func head() async throws(FactureArchiveError) -> JournalHead

    /// The records with sequence numbers in `range` (clamped to the journal), in order.
    func records(in range: Range<UInt64>) async throws(FactureArchiveError) -> [JournalRecord]

    /// Every record about `document`, in order.
    func records(for document: DocumentID) async throws(FactureArchiveError) -> [JournalRecord]

    /// The documents whose entries name `blob` (deposit or destruction).
    func documents(storing blob: BlobDigest) async throws(FactureArchiveError) -> Set<DocumentID>

    /// The stored leaf hashes of the entries in `range` (clamped), in order: what tree heads and
    /// proofs are computed from, without reading the entries.
    func leafHashes(in range: Range<UInt64>) async throws(FactureArchiveError) -> [MerkleHash]

    /// Keeps a signed tree head. Checkpoints are kept in increasing tree size; one of the same
    /// size as a kept one is refused.
    ///
    /// - Throws: ``FactureArchiveError`` with code `integrityViolation` for a size not above the
    ///   last checkpoint's or beyond the head, `storageFailure` when the store fails.
    func addCheckpoint(_ checkpoint: JournalCheckpoint) async throws(FactureArchiveError)

    /// Every kept checkpoint, by increasing tree size.
    func checkpoints() async throws(FactureArchiveError) -> [JournalCheckpoint]
}
