// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// What happened to the archive, as one journal entry records it.
public enum JournalEvent: Hashable, Sendable {
    /// A document was taken in charge: its bytes are the blob `blob` (`byteCount` bytes), kept until `retainUntil`.
    case deposit(DocumentID, blob: BlobDigest, byteCount: Int, metadata: [String: String], retainUntil: JournalTime)
    /// A document's bytes were read.
    case read(DocumentID)
    /// A document's metadata was replaced by `metadata`.
    case metadataChange(DocumentID, metadata: [String: String])
    /// A document's retention was extended to `retainUntil` (it is never shortened).
    case retentionChange(DocumentID, retainUntil: JournalTime)
    /// A legal hold named `hold` was placed on a document: it cannot be destroyed while the hold lasts.
    case legalHoldPlaced(DocumentID, hold: String, reason: String)
    /// The legal hold named `hold` was lifted.
    case legalHoldReleased(DocumentID, hold: String)
    /// A document was destroyed after its retention: its blob is gone, this tombstone stays.
    case destruction(DocumentID, blob: BlobDigest)
    /// The archive was exported: every entry before this one, `entryCount` of them.
    case export(entryCount: UInt64, destination: String)

    /// The document the event is about, `nil` for an archive-wide event.
    public var document: DocumentID? {
        switch self {
        case .deposit(let document, _, _, _, _), .read(let document), .metadataChange(let document, _),
            .retentionChange(let document, _), .legalHoldPlaced(let document, _, _),
            .legalHoldReleased(let document, _), .destruction(let document, _):
            document
        case .export: nil
        }
    }

    /// The blob the event names (deposit and destruction), `nil` otherwise.
    public var blob: BlobDigest? {
        switch self {
        case .deposit(_, let blob, _, _, _), .destruction(_, let blob): blob
        default: nil
        }
    }

    /// The event's kind as one word, such as `deposit` or `legalHoldPlaced`.
    public var kind: String {
        switch self {
        case .deposit: "deposit"
        case .read: "read"
        case .metadataChange: "metadataChange"
        case .retentionChange: "retentionChange"
        case .legalHoldPlaced: "legalHoldPlaced"
        case .legalHoldReleased: "legalHoldReleased"
        case .destruction: "destruction"
        case .export: "export"
        }
    }
}
