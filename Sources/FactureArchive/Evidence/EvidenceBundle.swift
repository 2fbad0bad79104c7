// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Everything needed to show, offline, what the archive did with one document: its journal
/// entries, each with its inclusion proof into a sealed checkpoint, the checkpoint with its seal,
/// and optionally the document's bytes. ``EvidenceVerifier`` checks it with no access to the archive.
///
/// Written as JSON (binary values in base64, hashes in hexadecimal), so it can be archived or
/// handed to an auditor as one file.
public struct EvidenceBundle: Codable, Hashable, Sendable {
    /// The format name written in every bundle.
    public static let currentFormat = "facturekit-evidence/1"

    /// ``currentFormat``.
    public var format: String
    /// The document's identifier.
    public var document: String
    /// The document's bytes, when the bundle carries them.
    public var content: Data?
    /// The document's journal entries, in order, each with its proof.
    public var entries: [Entry]
    /// The sealed tree head the proofs lead to.
    public var checkpoint: Checkpoint

    /// One journal entry and its audit path.
    public struct Entry: Codable, Hashable, Sendable {
        /// The entry's sequence number (its leaf index).
        public var sequence: UInt64
        /// Its canonical encoding.
        public var encoded: Data
        /// The audit path into the checkpoint's tree, hashes in hexadecimal.
        public var inclusionProof: [String]

        /// An entry of a bundle.
        public init(sequence: UInt64, encoded: Data, inclusionProof: [String]) {
            self.sequence = sequence
            self.encoded = encoded
            self.inclusionProof = inclusionProof
        }
    }

    /// A checkpoint as a bundle carries it.
    public struct Checkpoint: Codable, Hashable, Sendable {
        /// How many entries the tree covers.
        public var treeSize: UInt64
        /// The tree hash, hexadecimal.
        public var rootHash: String
        /// When it was issued, milliseconds since 1970.
        public var issuedAt: Int64
        /// The DER CAdES seal over the checkpoint.
        public var seal: Data

        /// The bundle form of `checkpoint`.
        public init(_ checkpoint: JournalCheckpoint) {
            treeSize = checkpoint.treeSize
            rootHash = checkpoint.rootHash.description
            issuedAt = checkpoint.issuedAt.millisecondsSince1970
            seal = Data(checkpoint.seal)
        }

        /// The checkpoint, `nil` when the root hash is not 64 hexadecimal digits.
        public var journalCheckpoint: JournalCheckpoint? {
            MerkleHash(hex: rootHash).map {
                JournalCheckpoint(
                    treeSize: treeSize,
                    rootHash: $0,
                    issuedAt: JournalTime(millisecondsSince1970: issuedAt),
                    seal: Array(seal)
                )
            }
        }
    }

    /// A bundle.
    public init(document: DocumentID, content: [UInt8]?, entries: [Entry], checkpoint: JournalCheckpoint) {
        format = Self.currentFormat
        self.document = document.rawValue
        self.content = content.map { Data($0) }
        self.entries = entries
        self.checkpoint = Checkpoint(checkpoint)
    }

    /// The bundle as JSON (sorted keys, so the same bundle is the same bytes).
    public func jsonEncoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        // Encoding plain strings, numbers and Data cannot fail.
        return (try? Array(encoder.encode(self))) ?? []
    }

    /// A bundle read from JSON.
    ///
    /// - Throws: ``FactureArchiveError/Code/invalidArchive`` when the bytes are no bundle of a known format.
    public init(json: [UInt8]) throws(FactureArchiveError) {
        do {
            self = try JSONDecoder().decode(EvidenceBundle.self, from: Data(json))
        } catch {
            throw FactureArchiveError(code: .invalidArchive, message: "not an evidence bundle: \(error)")
        }
        guard format == Self.currentFormat else {
            throw FactureArchiveError(code: .invalidArchive, message: "unknown evidence format '\(format)'")
        }
    }
}
