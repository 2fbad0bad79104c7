// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// What an audit of the archive found: counts, and every problem with where it is.
public struct ArchiveAuditReport: Sendable {
    /// Journal entries read.
    public var entryCount: UInt64 = 0
    /// Checkpoints checked.
    public var checkpointCount = 0
    /// Documents in the journal, destroyed ones included.
    public var documentCount = 0
    /// Blobs in the blob store.
    public var blobCount = 0
    /// Entries after the last checkpoint (not yet sealed; covered by the chain only).
    public var uncoveredEntryCount: UInt64 = 0
    /// The tree hash of the whole journal as recomputed from the entries' bytes.
    public var rootHash: MerkleHash = .empty
    /// Every problem found, in the order found.
    public var problems: [Problem] = []

    /// An audit report with nothing in it yet.
    public init() {}

    /// Whether nothing is wrong (warnings allowed).
    public var isClean: Bool { !problems.contains { $0.kind.isError } }

    /// One thing the audit found.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        /// What kind of problem.
        public var kind: Kind
        /// The journal entry concerned, if any.
        public var sequence: UInt64?
        /// The blob concerned, if any.
        public var blob: BlobDigest?
        /// What was found.
        public var message: String

        /// A problem.
        public init(kind: Kind, sequence: UInt64? = nil, blob: BlobDigest? = nil, message: String) {
            self.kind = kind
            self.sequence = sequence
            self.blob = blob
            self.message = message
        }

        /// `kind: message`.
        public var description: String { "\(kind): \(message)" }
    }

    /// The kinds of problem. Warnings (``isError`` false) do not make an archive unclean.
    public enum Kind: String, Hashable, Sendable, CustomStringConvertible {
        /// An entry's bytes do not read as an entry.
        case entryUnreadable
        /// An entry's bytes no longer hash to its stored leaf hash, or disagree with its stored columns.
        case entryAltered
        /// An entry is missing or out of place in the sequence.
        case sequenceGap
        /// An entry does not carry the previous entry's leaf hash.
        case chainBroken
        /// A document's entries do not make a history (no deposit first, two deposits…).
        case inconsistentHistory
        /// A checkpoint's root differs from the tree recomputed from the entries.
        case checkpointMismatch
        /// A checkpoint's seal is invalid or untrusted.
        case checkpointSealInvalid
        /// A kept document's blob is missing.
        case blobMissing
        /// A blob's bytes no longer hash to its address.
        case blobCorrupt
        /// A blob no journal entry names (a deposit interrupted before its entry was committed). Warning.
        case unreferencedBlob
        /// A destroyed document's blob is still stored (destruction interrupted after its tombstone). Warning.
        case destroyedBlobPresent

        /// Whether the problem makes the archive unclean.
        public var isError: Bool { self != .unreferencedBlob && self != .destroyedBlobPresent }

        /// The kind's name.
        public var description: String { rawValue }
    }
}
