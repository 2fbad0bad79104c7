// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureArchive
import Foundation
import Testing

/// What every ``BlobStore`` must do, run on each implementation.
private func checkStoreBasics(_ store: some BlobStore) async throws {
    let invoice = Array("<Invoice>FA-2026-0042</Invoice>".utf8)
    let address = try await store.put(invoice)
    #expect(address == BlobDigest(of: invoice))
    #expect(try await store.get(address) == invoice)
    #expect(try await store.contains(address))
    // The same bytes again are the same blob.
    #expect(try await store.put(invoice) == address)
    let empty = try await store.put([])
    #expect(empty.hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(try await store.get(empty) == [])
    #expect(try await store.digests() == [address, empty].sorted())

    let unknown = BlobDigest(of: Array("never stored".utf8))
    #expect(try await !store.contains(unknown))
    await #expect(throws: FactureArchiveError(code: .notFound, message: "")) { try await store.get(unknown) }
    #expect(try await store.corruptBlobs() == [])
}

/// Many writers at once, some storing the same bytes: every blob stored once, none lost.
private func checkConcurrentWriters(_ store: some BlobStore) async throws {
    let contents = (0..<40).map { Array("document \($0 % 25)".utf8) }
    let addresses = try await withThrowingTaskGroup(of: BlobDigest.self) { group in
        for content in contents { group.addTask { try await store.put(content) } }
        var addresses: Set<BlobDigest> = []
        for try await address in group { addresses.insert(address) }
        return addresses
    }
    #expect(addresses.count == 25)
    #expect(Set(try await store.digests()).isSuperset(of: addresses))
    for content in contents { #expect(try await store.get(BlobDigest(of: content)) == content) }
}

@Suite("Blob stores")
struct BlobStoreTests {
    @Test("an address is the SHA-256 of the bytes, written and read as 64 hexadecimal digits")
    func digestText() throws {
        let digest = BlobDigest(of: Array("abc".utf8))
        #expect(digest.hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(try BlobDigest(hex: digest.hex.uppercased()) == digest)
        #expect(throws: FactureArchiveError(code: .invalidAddress, message: "")) { try BlobDigest(hex: "abc") }
        #expect(throws: FactureArchiveError(code: .invalidAddress, message: "")) {
            try BlobDigest(hex: String(repeating: "g", count: 64))
        }
    }

    @Test("in memory: stores, deduplicates, reports missing blobs")
    func inMemoryBasics() async throws {
        try await checkStoreBasics(InMemoryBlobStore())
        try await checkConcurrentWriters(InMemoryBlobStore())
    }

    @Test("in memory: an altered blob is never served and never replaced")
    func inMemoryTampering() async throws {
        let store = InMemoryBlobStore()
        let content = Array("original".utf8)
        let address = try await store.put(content)
        store.tamper(address, with: Array("originaL".utf8))
        await #expect(throws: FactureArchiveError(code: .integrityViolation, message: "")) {
            try await store.get(address)
        }
        await #expect(throws: FactureArchiveError(code: .integrityViolation, message: "")) {
            try await store.put(content)
        }
        #expect(try await store.corruptBlobs() == [address])
    }

    @Test("files: stores, deduplicates, survives reopening, leaves no temporary file")
    func fileBasics() async throws {
        try await withTemporaryDirectory { directory in
            let store = try FileBlobStore(directory: directory)
            try await checkStoreBasics(store)
            try await checkConcurrentWriters(store)
            let reopened = try FileBlobStore(directory: directory)
            #expect(try await reopened.digests() == (try await store.digests()))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/tmp").isEmpty)
        }
    }

    @Test("files: one flipped byte is detected, the blob is left as evidence, storing it again fails")
    func fileTampering() async throws {
        try await withTemporaryDirectory { directory in
            let store = try FileBlobStore(directory: directory)
            let content = Array(repeating: UInt8(ascii: "x"), count: 5_000)
            let address = try await store.put(content)
            let keep = try await store.put(Array("untouched".utf8))
            let path = directory + "/" + address.hex.prefix(2) + "/" + address.hex.dropFirst(2)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
            var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            bytes[2_500] ^= 0x01
            try bytes.write(to: URL(fileURLWithPath: path))

            await #expect(throws: FactureArchiveError(code: .integrityViolation, message: "")) {
                try await store.get(address)
            }
            #expect(try await store.corruptBlobs() == [address])
            await #expect(throws: FactureArchiveError(code: .integrityViolation, message: "")) {
                try await store.put(content)
            }
            // Not overwritten: the altered bytes are still there.
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
            #expect(try await store.get(keep) == Array("untouched".utf8))
        }
    }
}

/// Runs `body` with a fresh directory, removed afterwards.
private func withTemporaryDirectory(_ body: (String) async throws -> Void) async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("blobs-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try await body(directory)
}
