// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// What the journal says about one document now: its deposit, metadata, retention, holds and
/// whether it was destroyed. Folded from the document's entries; never stored on its own.
public struct ArchivedDocument: Hashable, Sendable {
    /// The document.
    public let id: DocumentID
    /// The address of its bytes.
    public let blob: BlobDigest
    /// How many bytes it has.
    public let byteCount: Int
    /// When it was taken in charge.
    public let depositedAt: JournalTime
    /// The deposit's journal entry.
    public let depositSequence: UInt64
    /// Its current metadata.
    public private(set) var metadata: [String: String]
    /// Until when it must be kept (it may be destroyed from then on).
    public private(set) var retainUntil: JournalTime
    /// The legal holds on it, by name, with their reasons.
    public private(set) var legalHolds: [String: String] = [:]
    /// When it was destroyed, `nil` while it is kept.
    public private(set) var destroyedAt: JournalTime?
    /// The sequence numbers of every entry about it, in order.
    public private(set) var sequences: [UInt64]

    /// The state after `entries`, the document's journal entries in order.
    ///
    /// - Throws: ``FactureArchiveError/Code/notFound`` when there are none;
    ///   ``FactureArchiveError/Code/integrityViolation`` when the first is no deposit or they
    ///   are about several documents.
    public init(folding entries: [JournalEntry]) throws(FactureArchiveError) {
        guard let first = entries.first else {
            throw FactureArchiveError(code: .notFound, message: "no journal entry for this document")
        }
        guard case .deposit(let id, let blob, let byteCount, let metadata, let retainUntil) = first.event else {
            throw FactureArchiveError(
                code: .integrityViolation,
                message:
                    "the first entry about \(first.event.document.map(String.init(describing:)) ?? "?") is a \(first.event.kind), not a deposit"
            )
        }
        self.id = id
        self.blob = blob
        self.byteCount = byteCount
        self.metadata = metadata
        self.retainUntil = retainUntil
        depositedAt = first.recordedAt
        depositSequence = first.sequence
        sequences = [first.sequence]
        for entry in entries.dropFirst() { try apply(entry) }
    }

    /// Applies one more entry about the document.
    mutating func apply(_ entry: JournalEntry) throws(FactureArchiveError) {
        guard entry.event.document == id else {
            throw FactureArchiveError(code: .integrityViolation, message: "entry \(entry.sequence) is not about \(id)")
        }
        sequences.append(entry.sequence)
        switch entry.event {
        case .deposit:
            throw FactureArchiveError(
                code: .integrityViolation,
                message: "\(id) deposited twice (entry \(entry.sequence))"
            )
        case .read, .export:
            break
        case .metadataChange(_, let metadata):
            self.metadata = metadata
        case .retentionChange(_, let retainUntil):
            self.retainUntil = max(self.retainUntil, retainUntil)
        case .legalHoldPlaced(_, let hold, let reason):
            legalHolds[hold] = reason
        case .legalHoldReleased(_, let hold):
            legalHolds[hold] = nil
        case .destruction:
            destroyedAt = entry.recordedAt
        }
    }

    /// Folds `entry` into the states of the documents it may be about: a deposit starts one, any
    /// other document event is applied to its state; archive-wide events change nothing.
    static func fold(
        _ entry: JournalEntry,
        into documents: inout [DocumentID: ArchivedDocument]
    ) throws(FactureArchiveError) {
        guard let id = entry.event.document else { return }
        if var document = documents[id] {
            try document.apply(entry)
            documents[id] = document
        } else {
            documents[id] = try ArchivedDocument(folding: [entry])
        }
    }

    /// The blobs of the documents not destroyed, sorted.
    static func keptBlobs(of documents: [DocumentID: ArchivedDocument]) -> [BlobDigest] {
        Set(documents.values.filter { !$0.isDestroyed }.map(\.blob)).sorted()
    }

    /// Whether it is destroyed.
    public var isDestroyed: Bool { destroyedAt != nil }

    /// Why it may not be destroyed at `time`, `nil` when it may.
    public func destructionRefusal(at time: JournalTime) -> String? {
        if isDestroyed { return "\(id) is already destroyed" }
        if time < retainUntil { return "\(id) is retained until \(retainUntil)" }
        if !legalHolds.isEmpty {
            return "\(id) is under legal hold \(legalHolds.keys.sorted().joined(separator: ", "))"
        }
        return nil
    }
}
