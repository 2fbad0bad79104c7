// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Content-addressed storage of the archive's documents: a blob is stored under the SHA-256 of its
/// bytes and never overwritten.
///
/// Storing the same bytes twice is one blob. A blob whose stored bytes no longer hash to its
/// address is reported (``FactureArchiveError/Code/integrityViolation``), never served and never
/// replaced: the evidence of tampering is kept.
public protocol BlobStore: Sendable {
    /// Stores `content` and returns its address; durable once this returns.
    ///
    /// - Throws: ``FactureArchiveError`` with code `storageFailure`; `integrityViolation` when a
    ///   blob already stored at that address no longer has these bytes (it is left as it is).
    func put(_ content: [UInt8]) async throws(FactureArchiveError) -> BlobDigest

    /// The bytes stored at `digest`, checked against it.
    ///
    /// - Throws: ``FactureArchiveError`` with code `notFound`, `integrityViolation` or `storageFailure`.
    func get(_ digest: BlobDigest) async throws(FactureArchiveError) -> [UInt8]

    /// Whether a blob is stored at `digest` (without reading it).
    func contains(_ digest: BlobDigest) async throws(FactureArchiveError) -> Bool

    /// Removes the blob at `digest` durably; removing an absent blob does nothing. Only the safe's
    /// destruction of a document past its retention calls this, after journalling the tombstone.
    ///
    /// - Throws: ``FactureArchiveError`` with code `storageFailure`.
    func remove(_ digest: BlobDigest) async throws(FactureArchiveError)

    /// Every stored address, sorted; what an audit walks.
    func digests() async throws(FactureArchiveError) -> [BlobDigest]
}

extension BlobStore {
    /// Checks every stored blob against its address.
    ///
    /// - Returns: The addresses whose bytes no longer hash to them, sorted.
    /// - Throws: ``FactureArchiveError`` with code `storageFailure` when the store cannot be listed or read.
    public func corruptBlobs() async throws(FactureArchiveError) -> [BlobDigest] {
        var corrupt: [BlobDigest] = []
        for digest in try await digests() {
            do {
                _ = try await get(digest)
            } catch  where error.code == .integrityViolation {
                corrupt.append(digest)
            }
        }
        return corrupt
    }
}
