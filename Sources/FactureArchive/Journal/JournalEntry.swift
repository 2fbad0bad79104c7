// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// One entry of the archive's append-only journal, chained to the one before it.
///
/// The entry's ``encoded`` bytes are its canonical encoding: the magic `FKJ1`, the sequence number,
/// the time, the previous entry's leaf hash, the actor and the event. Those bytes are the entry's
/// leaf in the journal's Merkle tree (``leafHash`` = `SHA-256(0x00 || encoded)`), and the next
/// entry carries that leaf hash: changing any byte of any entry breaks the chain after it and
/// every tree head that covers it.
public struct JournalEntry: Hashable, Sendable {
    /// The entry's position in the journal, from 0; also its leaf index in the Merkle tree.
    public let sequence: UInt64
    /// When the event was recorded.
    public let recordedAt: JournalTime
    /// Who caused the event (a user, a service, `facture`), as the caller named it.
    public let actor: String
    /// What happened.
    public let event: JournalEvent
    /// The ``leafHash`` of entry `sequence - 1`; 32 zero bytes for the first entry.
    public let previousLeafHash: MerkleHash
    /// The canonical encoding: what is hashed, stored and exported.
    public let encoded: [UInt8]
    /// `SHA-256(0x00 || encoded)`: the entry's Merkle leaf hash and the link the next entry carries.
    public let leafHash: MerkleHash

    private static let magic = Array("FKJ1".utf8)

    /// The previous leaf hash of the first entry: 32 zero bytes.
    public static let genesis = MerkleHash(unchecked: [UInt8](repeating: 0, count: 32))

    /// Builds and encodes an entry.
    public init(
        sequence: UInt64,
        recordedAt: JournalTime,
        actor: String,
        event: JournalEvent,
        previousLeafHash: MerkleHash
    ) {
        self.sequence = sequence
        self.recordedAt = recordedAt
        self.actor = actor
        self.event = event
        self.previousLeafHash = previousLeafHash
        var writer = CanonicalWriter()
        writer.raw(Self.magic)
        writer.uint64(sequence)
        writer.int64(recordedAt.millisecondsSince1970)
        writer.raw(previousLeafHash.bytes)
        writer.string(actor)
        Self.encode(event, into: &writer)
        encoded = writer.bytes
        leafHash = .leaf(encoded)
    }

    /// Reads an entry from its canonical encoding.
    ///
    /// - Throws: ``FactureArchiveError/Code/integrityViolation`` when the bytes are no entry
    ///   (truncated, unknown event, trailing bytes, text that is not UTF-8, a bad identifier).
    public init(decoding encoded: [UInt8]) throws(FactureArchiveError) {
        var reader = CanonicalReader(encoded, what: "journal entry")
        guard try reader.raw(4) == Self.magic else {
            throw FactureArchiveError(code: .integrityViolation, message: "journal entry: no FKJ1 magic")
        }
        sequence = try reader.uint64()
        recordedAt = JournalTime(millisecondsSince1970: try reader.int64())
        previousLeafHash = MerkleHash(unchecked: try reader.raw(32))
        actor = try reader.string()
        event = try Self.decodeEvent(from: &reader)
        try reader.expectEnd()
        self.encoded = encoded
        leafHash = .leaf(encoded)
    }

    /// Chains `drafts` after `head`: the entries a journal appends, numbered from `head.size`.
    public static func chain(_ drafts: [JournalDraft], after head: JournalHead) -> [JournalEntry] {
        var previous = head.lastLeafHash
        var entries: [JournalEntry] = []
        entries.reserveCapacity(drafts.count)
        for (offset, draft) in drafts.enumerated() {
            let entry = JournalEntry(
                sequence: head.size + UInt64(offset),
                recordedAt: draft.recordedAt,
                actor: draft.actor,
                event: draft.event,
                previousLeafHash: previous
            )
            entries.append(entry)
            previous = entry.leafHash
        }
        return entries
    }

    private enum Tag: UInt8 {
        case deposit = 1, read, metadataChange, retentionChange, legalHoldPlaced, legalHoldReleased, destruction, export
    }

    private static func encode(_ event: JournalEvent, into writer: inout CanonicalWriter) {
        switch event {
        case .deposit(let document, let blob, let byteCount, let metadata, let retainUntil):
            writer.byte(Tag.deposit.rawValue)
            writer.string(document.rawValue)
            writer.raw(blob.bytes)
            writer.uint64(UInt64(max(0, byteCount)))
            writer.map(metadata)
            writer.int64(retainUntil.millisecondsSince1970)
        case .read(let document):
            writer.byte(Tag.read.rawValue)
            writer.string(document.rawValue)
        case .metadataChange(let document, let metadata):
            writer.byte(Tag.metadataChange.rawValue)
            writer.string(document.rawValue)
            writer.map(metadata)
        case .retentionChange(let document, let retainUntil):
            writer.byte(Tag.retentionChange.rawValue)
            writer.string(document.rawValue)
            writer.int64(retainUntil.millisecondsSince1970)
        case .legalHoldPlaced(let document, let hold, let reason):
            writer.byte(Tag.legalHoldPlaced.rawValue)
            writer.string(document.rawValue)
            writer.string(hold)
            writer.string(reason)
        case .legalHoldReleased(let document, let hold):
            writer.byte(Tag.legalHoldReleased.rawValue)
            writer.string(document.rawValue)
            writer.string(hold)
        case .destruction(let document, let blob):
            writer.byte(Tag.destruction.rawValue)
            writer.string(document.rawValue)
            writer.raw(blob.bytes)
        case .export(let entryCount, let destination):
            writer.byte(Tag.export.rawValue)
            writer.uint64(entryCount)
            writer.string(destination)
        }
    }

    private static func decodeEvent(from reader: inout CanonicalReader) throws(FactureArchiveError) -> JournalEvent {
        let tagByte = try reader.byte()
        guard let tag = Tag(rawValue: tagByte) else {
            throw FactureArchiveError(code: .integrityViolation, message: "journal entry: unknown event tag \(tagByte)")
        }
        func document() throws(FactureArchiveError) -> DocumentID {
            let text = try reader.string()
            do {
                return try DocumentID(text)
            } catch {
                throw FactureArchiveError(code: .integrityViolation, message: "journal entry: \(error.message)")
            }
        }
        func blob() throws(FactureArchiveError) -> BlobDigest { BlobDigest(unchecked: try reader.raw(32)) }
        switch tag {
        case .deposit:
            let id = try document()
            let digest = try blob()
            let byteCount = try reader.uint64()
            guard byteCount <= UInt64(Int.max) else {
                throw FactureArchiveError(code: .integrityViolation, message: "journal entry: byte count out of range")
            }
            let metadata = try reader.map()
            let retainUntil = JournalTime(millisecondsSince1970: try reader.int64())
            return .deposit(id, blob: digest, byteCount: Int(byteCount), metadata: metadata, retainUntil: retainUntil)
        case .read:
            return .read(try document())
        case .metadataChange:
            let id = try document()
            return .metadataChange(id, metadata: try reader.map())
        case .retentionChange:
            let id = try document()
            return .retentionChange(id, retainUntil: JournalTime(millisecondsSince1970: try reader.int64()))
        case .legalHoldPlaced:
            let id = try document()
            let hold = try reader.string()
            return .legalHoldPlaced(id, hold: hold, reason: try reader.string())
        case .legalHoldReleased:
            let id = try document()
            return .legalHoldReleased(id, hold: try reader.string())
        case .destruction:
            let id = try document()
            return .destruction(id, blob: try blob())
        case .export:
            let count = try reader.uint64()
            return .export(entryCount: count, destination: try reader.string())
        }
    }
}

/// An event waiting to be appended: the journal gives it its sequence number and chain link.
public struct JournalDraft: Hashable, Sendable {
    /// When the event happened.
    public var recordedAt: JournalTime
    /// Who caused it.
    public var actor: String
    /// What happened.
    public var event: JournalEvent

    /// A draft.
    public init(recordedAt: JournalTime, actor: String, event: JournalEvent) {
        self.recordedAt = recordedAt
        self.actor = actor
        self.event = event
    }
}

/// Where the journal ends: how many entries it has and the last one's leaf hash.
public struct JournalHead: Hashable, Sendable {
    /// The number of entries (the next entry's sequence number).
    public var size: UInt64
    /// The last entry's leaf hash, ``JournalEntry/genesis`` for an empty journal.
    public var lastLeafHash: MerkleHash

    /// A head.
    public init(size: UInt64, lastLeafHash: MerkleHash) {
        self.size = size
        self.lastLeafHash = lastLeafHash
    }

    /// The head of an empty journal.
    public static let empty = JournalHead(size: 0, lastLeafHash: JournalEntry.genesis)
}
