// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureArchive
import FactureTesting
import Foundation
import Synchronization
import Testing

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
        try await BlobStoreConformance { InMemoryBlobStore() }.run()
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
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let count = Mutex(0)
            try await BlobStoreConformance {
                try FileBlobStore(directory: directory + "/\(count.withLock { $0 += 1; return $0 })")
            }
            .run()
            let store = try FileBlobStore(directory: directory + "/1")
            _ = try await store.put(Array("one more".utf8))
            let reopened = try FileBlobStore(directory: directory + "/1")
            #expect(try await reopened.digests() == (try await store.digests()))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/1/tmp").isEmpty)
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
