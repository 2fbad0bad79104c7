// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Synchronization

/// Blobs in memory: for tests and short-lived tools. Nothing survives the process.
public final class InMemoryBlobStore: BlobStore {
    private let blobs = Mutex<[BlobDigest: [UInt8]]>([:])

    /// An empty store.
    public init() {}

    /// Stores `content`; the same bytes again are the same blob.
    public func put(_ content: [UInt8]) async throws(FactureArchiveError) -> BlobDigest {
        let digest = BlobDigest(of: content)
        try blobs.withLock { (blobs: inout [BlobDigest: [UInt8]]) throws(FactureArchiveError) in
            if let stored = blobs[digest] {
                guard stored == content else {
                    throw FactureArchiveError(code: .integrityViolation, message: "blob \(digest) was altered")
                }
                return
            }
            blobs[digest] = content
        }
        return digest
    }

    /// Removes the blob at `digest`, if any.
    public func remove(_ digest: BlobDigest) async throws(FactureArchiveError) {
        _ = blobs.withLock { $0.removeValue(forKey: digest) }
    }

    /// The bytes stored at `digest`, checked against it.
    public func get(_ digest: BlobDigest) async throws(FactureArchiveError) -> [UInt8] {
        guard let stored = blobs.withLock({ $0[digest] }) else {
            throw FactureArchiveError(code: .notFound, message: "no blob \(digest)")
        }
        guard BlobDigest(of: stored) == digest else {
            throw FactureArchiveError(
                code: .integrityViolation,
                message: "blob \(digest) no longer hashes to its address"
            )
        }
        return stored
    }

    /// Whether a blob is stored at `digest`.
    public func contains(_ digest: BlobDigest) async throws(FactureArchiveError) -> Bool {
        blobs.withLock { $0[digest] != nil }
    }

    /// Every stored address, sorted.
    public func digests() async throws(FactureArchiveError) -> [BlobDigest] {
        blobs.withLock { $0.keys.sorted() }
    }

    /// Replaces the bytes stored at `digest` without any check: what a test uses to play the
    /// attacker or the failing disk.
    package func tamper(_ digest: BlobDigest, with bytes: [UInt8]) {
        blobs.withLock { $0[digest] = bytes }
    }
}
