// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A signed tree head: the Merkle root of the journal's first ``treeSize`` entries, sealed
/// (CAdES, time-stamped when the archive has a time-stamp authority) over ``signedContent``.
///
/// Two checkpoints of one journal are linked by a consistency proof; an entry is linked to a
/// checkpoint by an inclusion proof. Together they show that nothing before the checkpoint was
/// changed afterwards.
public struct JournalCheckpoint: Hashable, Sendable {
    /// How many entries the tree covers.
    public let treeSize: UInt64
    /// The RFC 9162 tree hash of those entries.
    public let rootHash: MerkleHash
    /// When the checkpoint was made.
    public let issuedAt: JournalTime
    /// The DER CAdES seal over ``signedContent``.
    public let seal: [UInt8]

    /// A checkpoint.
    public init(treeSize: UInt64, rootHash: MerkleHash, issuedAt: JournalTime, seal: [UInt8]) {
        self.treeSize = treeSize
        self.rootHash = rootHash
        self.issuedAt = issuedAt
        self.seal = seal
    }

    /// The bytes the seal covers: `FKC1`, the tree size, the issue time and the root hash.
    public var signedContent: [UInt8] { Self.signedContent(treeSize: treeSize, rootHash: rootHash, issuedAt: issuedAt) }

    /// The bytes a seal over this tree head covers.
    public static func signedContent(treeSize: UInt64, rootHash: MerkleHash, issuedAt: JournalTime) -> [UInt8] {
        var writer = CanonicalWriter(capacity: 52)
        writer.raw(Array("FKC1".utf8))
        writer.uint64(treeSize)
        writer.int64(issuedAt.millisecondsSince1970)
        writer.raw(rootHash.bytes)
        return writer.bytes
    }
}

extension JournalCheckpoint {
    /// Checks that `checkpoint` may follow `last` in a journal whose head is `head`: a larger tree
    /// size, not beyond the head. What every store runs before keeping a checkpoint.
    ///
    /// - Throws: ``FactureArchiveError/Code/integrityViolation`` otherwise.
    public static func checkOrder(
        _ checkpoint: JournalCheckpoint,
        after last: JournalCheckpoint?,
        head: JournalHead
    ) throws(FactureArchiveError) {
        guard checkpoint.treeSize <= head.size else {
            throw FactureArchiveError(
                code: .integrityViolation,
                message: "checkpoint of \(checkpoint.treeSize) entries is beyond the journal's \(head.size)"
            )
        }
        if let last, checkpoint.treeSize <= last.treeSize {
            throw FactureArchiveError(
                code: .integrityViolation,
                message: "checkpoint of \(checkpoint.treeSize) entries does not follow the one of \(last.treeSize)"
            )
        }
    }
}
