// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Blobs as files in one directory, the embedded default: `DIR/ab/cdef…` for the address
/// `abcdef…`, written once and never overwritten.
///
/// A blob is written to a temporary file, synced, then linked to its address with `link(2)`,
/// which refuses an existing name, and the directory is synced: a blob is durable once ``put(_:)``
/// returns, and a crash leaves at worst a temporary file, never half a blob at an address.
/// The blocking file calls run on a dispatch queue of the store's, off Swift's cooperative pool.
///
/// ```swift
/// let store = try FileBlobStore(directory: "/var/lib/facture/blobs")
/// let address = try await store.put(pdfBytes)
/// let same = try await store.get(address)
/// ```
public final class FileBlobStore: BlobStore {
    /// The directory holding the blobs.
    public let directory: String
    private let queue = DispatchQueue(label: "FileBlobStore", attributes: .concurrent)

    /// Opens (creating when missing) a store in `directory`.
    ///
    /// - Throws: ``FactureArchiveError/Code/storageFailure`` when the directory cannot be made.
    public init(directory: String) throws(FactureArchiveError) {
        self.directory = directory
        try Self.makeDirectory(directory)
        try Self.makeDirectory(directory + "/tmp")
    }

    /// Stores `content`; durable once this returns. The same bytes again are the same blob.
    public func put(_ content: [UInt8]) async throws(FactureArchiveError) -> BlobDigest {
        let digest = BlobDigest(of: content)
        try await run { () throws(FactureArchiveError) in try self.store(content, at: digest) }
        return digest
    }

    /// The bytes stored at `digest`, checked against it.
    public func get(_ digest: BlobDigest) async throws(FactureArchiveError) -> [UInt8] {
        let path = path(of: digest)
        let content = try await run { () throws(FactureArchiveError) in try Self.contents(of: path) }
        guard BlobDigest(of: content) == digest else {
            throw FactureArchiveError(code: .integrityViolation, message: "\(path) no longer hashes to its address")
        }
        return content
    }

    /// Whether a blob is stored at `digest`.
    public func contains(_ digest: BlobDigest) async throws(FactureArchiveError) -> Bool {
        access(path(of: digest), F_OK) == 0
    }

    /// Removes the blob at `digest` and syncs its directory; removing an absent blob does nothing.
    public func remove(_ digest: BlobDigest) async throws(FactureArchiveError) {
        let path = path(of: digest)
        let shard = String(path.prefix(upTo: path.lastIndex(of: "/") ?? path.endIndex))
        try await run { () throws(FactureArchiveError) in
            guard unlink(path) == 0 else {
                if errno == ENOENT { return }
                throw Self.failure("remove", path)
            }
            try Self.sync(directory: shard)
        }
    }

    /// Every stored address, sorted (temporary files left by a crash are not blobs).
    public func digests() async throws(FactureArchiveError) -> [BlobDigest] {
        let directory = directory
        return try await run { () throws(FactureArchiveError) in
            var found: [BlobDigest] = []
            for prefix in try Self.entries(of: directory) where prefix.utf8.count == 2 {
                for rest in try Self.entries(of: directory + "/" + prefix) {
                    if let digest = try? BlobDigest(hex: prefix + rest) { found.append(digest) }
                }
            }
            return found.sorted()
        }
    }

    // MARK: - Files

    private func path(of digest: BlobDigest) -> String {
        let hex = digest.hex
        return directory + "/" + hex.prefix(2) + "/" + hex.dropFirst(2)
    }

    private func store(_ content: [UInt8], at digest: BlobDigest) throws(FactureArchiveError) {
        let target = path(of: digest)
        if access(target, F_OK) == 0 {
            // Never overwritten: the same bytes are already there, or the blob was altered.
            guard BlobDigest(of: try Self.contents(of: target)) == digest else {
                throw FactureArchiveError(code: .integrityViolation, message: "\(target) was altered; left as it is")
            }
            return
        }
        let shard = directory + "/" + digest.hex.prefix(2)
        // A new shard's own entry must be durable too.
        if try Self.makeDirectory(shard) { try Self.sync(directory: directory) }
        let temporary = directory + "/tmp/" + digest.hex + "." + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o444)
        guard descriptor >= 0 else { throw Self.failure("create", temporary) }
        defer { unlink(temporary) }
        var written = 0
        while written < content.count {
            let result = content.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return 0 }
                return write(descriptor, base + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                let error = Self.failure("write", temporary)
                close(descriptor)
                throw error
            }
            written += result
        }
        guard fsync(descriptor) == 0 else {
            let error = Self.failure("sync", temporary)
            close(descriptor)
            throw error
        }
        close(descriptor)
        if link(temporary, target) != 0 {
            // Another writer stored the same address first: its bytes must be these.
            guard errno == EEXIST else { throw Self.failure("link", target) }
            guard BlobDigest(of: try Self.contents(of: target)) == digest else {
                throw FactureArchiveError(code: .integrityViolation, message: "\(target) was altered; left as it is")
            }
            return
        }
        try Self.sync(directory: shard)
    }

    private static func contents(of path: String) throws(FactureArchiveError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { throw FactureArchiveError(code: .notFound, message: "no blob at \(path)") }
            throw failure("open", path)
        }
        defer { close(descriptor) }
        var content: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("read", path)
            }
            if count == 0 { return content }
            content += chunk[..<count]
        }
    }

    /// Makes a directory unless it exists; returns whether it was made.
    @discardableResult
    private static func makeDirectory(_ path: String) throws(FactureArchiveError) -> Bool {
        if mkdir(path, 0o700) == 0 { return true }
        guard errno == EEXIST else { throw failure("create directory", path) }
        return false
    }

    private static func sync(directory: String) throws(FactureArchiveError) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("open directory", directory) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure("sync directory", directory) }
    }

    private static func entries(of directory: String) throws(FactureArchiveError) -> [String] {
        guard let stream = opendir(directory) else { throw failure("list", directory) }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    private static func failure(_ action: String, _ path: String) -> FactureArchiveError {
        FactureArchiveError(
            code: .storageFailure,
            message: "could not \(action) \(path): \(String(cString: strerror(errno)))"
        )
    }

    /// Runs blocking file work on the store's queue.
    private func run<Value: Sendable>(
        _ work: @escaping @Sendable () throws(FactureArchiveError) -> Value
    ) async throws(FactureArchiveError) -> Value {
        let result: Result<Value, FactureArchiveError> = await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: Result(catching: work)) }
        }
        return try result.get()
    }
}
