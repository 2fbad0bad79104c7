// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureArchive

/// The checks every ``FactureArchive/BlobStore`` implementation must pass: run them from the implementation's
/// own tests, each check on a new empty store.
///
/// ```swift
/// @Test func conformance() async throws {
///     try await BlobStoreConformance { try MyBlobStore.temporary() }.run()
/// }
/// ```
public struct BlobStoreConformance: Sendable {
    /// Makes a new, empty store for one check.
    public let makeStore: @Sendable () async throws -> any BlobStore

    /// The suite over stores made by `makeStore`.
    public init(makeStore: @escaping @Sendable () async throws -> any BlobStore) {
        self.makeStore = makeStore
    }

    /// Runs every check.
    ///
    /// - Throws: The first ``ConformanceFailure``, or what the store threw.
    public func run() async throws {
        try await storesAndDeduplicates(makeStore())
        try await concurrentWritersLoseNothing(makeStore())
        try await removeForgetsOnlyThatBlob(makeStore())
    }

    /// Bytes are stored under their SHA-256, once, and read back; unknown addresses are `notFound`.
    public func storesAndDeduplicates(_ store: any BlobStore) async throws {
        let check = "stores and deduplicates"
        let invoice = Array("<Invoice>FA-2026-0042</Invoice>".utf8)
        let address = try await store.put(invoice)
        try require(address == BlobDigest(of: invoice), check, "address is not the SHA-256")
        try require(try await store.get(address) == invoice, check, "bytes read back differ")
        try require(try await store.contains(address), check, "a stored blob is not contained")
        try require(try await store.put(invoice) == address, check, "the same bytes got another address")
        let empty = try await store.put([])
        try require(try await store.get(empty) == [], check, "the empty blob reads back non-empty")
        try require(
            try await store.digests() == [address, empty].sorted(),
            check,
            "digests are not the two blobs, sorted"
        )
        let unknown = BlobDigest(of: Array("never stored".utf8))
        try require(try await !store.contains(unknown), check, "an unknown blob is contained")
        do {
            _ = try await store.get(unknown)
            throw ConformanceFailure(check: check, message: "an unknown blob was served")
        } catch let error as FactureArchiveError {
            try require(error.code == .notFound, check, "unknown blob: \(error) instead of notFound")
        }
        try require(try await store.corruptBlobs().isEmpty, check, "a fresh store reports corrupt blobs")
    }

    /// Many writers at once, some storing the same bytes: every blob stored once, none lost.
    public func concurrentWritersLoseNothing(_ store: any BlobStore) async throws {
        let check = "concurrent writers lose nothing"
        let contents = (0..<40).map { Array("document \($0 % 25)".utf8) }
        let addresses = try await withThrowingTaskGroup(of: BlobDigest.self) { group in
            for content in contents { group.addTask { try await store.put(content) } }
            var addresses: Set<BlobDigest> = []
            for try await address in group { addresses.insert(address) }
            return addresses
        }
        try require(addresses.count == 25, check, "\(addresses.count) addresses for 25 contents")
        try require(Set(try await store.digests()) == addresses, check, "digests differ from what was stored")
        for content in contents {
            try require(try await store.get(BlobDigest(of: content)) == content, check, "a blob reads back wrong")
        }
    }

    /// Removing a blob forgets it and only it; removing it again does nothing.
    public func removeForgetsOnlyThatBlob(_ store: any BlobStore) async throws {
        let check = "remove forgets only that blob"
        let gone = try await store.put(Array("destroyed after retention".utf8))
        let kept = try await store.put(Array("kept".utf8))
        try await store.remove(gone)
        try await store.remove(gone)
        try require(try await !store.contains(gone), check, "a removed blob is still contained")
        try require(try await store.digests() == [kept], check, "digests after remove")
        try require(try await store.get(kept) == Array("kept".utf8), check, "the other blob changed")
        // Storing the bytes again after removal brings the blob back.
        _ = try await store.put(Array("destroyed after retention".utf8))
        try require(try await store.contains(gone), check, "a blob stored again after removal is missing")
    }
}
