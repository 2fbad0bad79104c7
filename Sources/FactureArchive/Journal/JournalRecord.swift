// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A journal entry as a store keeps it: the canonical bytes, the leaf hash stored beside them and
/// the two columns a store indexes (document and blob).
///
/// Stores hand records back as they hold them, without checking: reading the bytes again
/// (``decoded()``) and comparing the hashes is the audit's job, so that a tampered row is reported,
/// not hidden.
public struct JournalRecord: Hashable, Sendable {
    /// The entry's sequence number.
    public var sequence: UInt64
    /// The document the entry is about, if any.
    public var document: DocumentID?
    /// The blob the entry names, if any.
    public var blob: BlobDigest?
    /// The entry's canonical encoding.
    public var encoded: [UInt8]
    /// The leaf hash stored with it.
    public var leafHash: MerkleHash

    /// A record from its stored columns.
    public init(sequence: UInt64, document: DocumentID?, blob: BlobDigest?, encoded: [UInt8], leafHash: MerkleHash) {
        self.sequence = sequence
        self.document = document
        self.blob = blob
        self.encoded = encoded
        self.leafHash = leafHash
    }

    /// The record of `entry`.
    public init(_ entry: JournalEntry) {
        sequence = entry.sequence
        document = entry.event.document
        blob = entry.event.blob
        encoded = entry.encoded
        leafHash = entry.leafHash
    }

    /// The entry read back from ``encoded``, checked against the stored columns.
    ///
    /// - Throws: ``FactureArchiveError/Code/integrityViolation`` when the bytes are no entry or
    ///   disagree with the record's sequence, leaf hash, document or blob.
    public func decoded() throws(FactureArchiveError) -> JournalEntry {
        let entry = try JournalEntry(decoding: encoded)
        guard entry.sequence == sequence else {
            throw FactureArchiveError(
                code: .integrityViolation,
                message: "journal entry \(sequence): its bytes say sequence \(entry.sequence)"
            )
        }
        guard entry.leafHash == leafHash else {
            throw FactureArchiveError(
                code: .integrityViolation,
                message: "journal entry \(sequence): its bytes no longer hash to the stored leaf hash"
            )
        }
        guard entry.event.document == document, entry.event.blob == blob else {
            throw FactureArchiveError(
                code: .integrityViolation,
                message: "journal entry \(sequence): its indexed document or blob differs from its bytes"
            )
        }
        return entry
    }

    /// Checks that `records` continue a journal whose head is `head`: consecutive sequence numbers
    /// from `head.size`, each entry well formed and linked to the one before. What a store runs
    /// before restoring records verbatim (import).
    ///
    /// - Returns: The head after the records.
    /// - Throws: ``FactureArchiveError/Code/integrityViolation`` naming the first record that does not continue.
    public static func checkContinuation(
        _ records: [JournalRecord],
        after head: JournalHead
    ) throws(FactureArchiveError) -> JournalHead {
        var current = head
        for record in records {
            guard record.sequence == current.size else {
                throw FactureArchiveError(
                    code: .integrityViolation,
                    message: "journal entry \(record.sequence) does not follow entry \(Int64(current.size) - 1)"
                )
            }
            let entry = try record.decoded()
            guard entry.previousLeafHash == current.lastLeafHash else {
                throw FactureArchiveError(
                    code: .integrityViolation,
                    message: "journal entry \(record.sequence) is not linked to the entry before it"
                )
            }
            current = JournalHead(size: current.size + 1, lastLeafHash: entry.leafHash)
        }
        return current
    }
}
