// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureOpenSSL

/// A node hash of an RFC 9162 Merkle tree (SHA-256).
public struct MerkleHash: Hashable, Sendable, CustomStringConvertible {
    /// The 32 bytes.
    public let bytes: [UInt8]

    /// A hash from its 32 bytes, `nil` for another length.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        self.bytes = bytes
    }

    /// Hashes the first eight bytes: they are already uniformly distributed (a SHA-256), and
    /// hashing all 32 bytes one by one made sets and dictionaries of addresses slow.
    public func hash(into hasher: inout Hasher) {
        var prefix: UInt64 = 0
        for byte in bytes.prefix(8) { prefix = prefix << 8 | UInt64(byte) }
        hasher.combine(prefix)
    }

    /// A hash from 32 bytes the caller vouches for.
    init(unchecked bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// `SHA-256(prefix || parts...)`, hashed from one temporary buffer.
    private init(prefix: UInt8?, digesting parts: [UInt8]...) {
        let length = (prefix == nil ? 0 : 1) + parts.reduce(0) { $0 + $1.count }
        var digest = [UInt8](repeating: 0, count: 32)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(length, 1)) { buffer in
            var offset = 0
            if let prefix {
                buffer[0] = prefix
                offset = 1
            }
            for part in parts {
                part.withUnsafeBufferPointer { source in
                    guard let from = source.baseAddress, let to = buffer.baseAddress else { return }
                    (to + offset).update(from: from, count: source.count)
                }
                offset += part.count
            }
            _ = SHA256(buffer.baseAddress, length, &digest)
        }
        bytes = digest
    }

    /// 64 hexadecimal digits (either case) as a hash, `nil` for anything else.
    public init?(hex: String) {
        guard let digest = try? BlobDigest(hex: hex) else { return nil }
        bytes = digest.bytes
    }

    /// The hash of an empty tree, `SHA-256()`.
    public static let empty = MerkleHash(prefix: nil, digesting: [])

    /// The hash of a leaf holding `entry`: `SHA-256(0x00 || entry)`.
    public static func leaf(_ entry: [UInt8]) -> MerkleHash {
        MerkleHash(prefix: 0x00, digesting: entry)
    }

    /// The hash of an interior node: `SHA-256(0x01 || left || right)`.
    public static func node(_ left: MerkleHash, _ right: MerkleHash) -> MerkleHash {
        MerkleHash(prefix: 0x01, digesting: left.bytes, right.bytes)
    }

    /// 64 lowercase hexadecimal digits.
    public var description: String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}

/// An append-only RFC 9162 Merkle tree over entries: the tree hash of any prefix, and the audit
/// paths (inclusion proofs) and consistency proofs of RFC 9162 section 2.1, with their verification.
///
/// ```swift
/// var tree = MerkleTree()
/// for entry in journal { tree.append(entry) }
/// let root = tree.rootHash()
/// let proof = try tree.inclusionProof(leafIndex: 3, treeSize: tree.size)
/// MerkleTree.verifyInclusion(leafHash: .leaf(journal[3]), leafIndex: 3, treeSize: tree.size, proof: proof, root: root)
/// ```
public struct MerkleTree: Sendable {
    /// `levels[0]` holds the leaf hashes; `levels[l][i]` the hash of the perfect subtree over leaves
    /// `i * 2^l ..< (i + 1) * 2^l`, kept as leaves arrive so that any tree hash or proof needs
    /// O(log² n) hashing instead of rehashing every leaf (twice the leaves' memory).
    private var levels: [[MerkleHash]] = [[]]

    /// An empty tree.
    public init() {}

    /// A tree over leaves whose hashes are known (a journal's stored leaf hashes).
    public init(leafHashes: [MerkleHash]) {
        levels[0].reserveCapacity(leafHashes.count)
        for hash in leafHashes { append(leafHash: hash) }
    }

    /// The leaf hashes, in order.
    public var leafHashes: [MerkleHash] { levels[0] }

    /// The number of leaves.
    public var size: Int { levels[0].count }

    /// Appends an entry; returns its leaf index.
    @discardableResult
    public mutating func append(_ entry: [UInt8]) -> Int {
        append(leafHash: .leaf(entry))
    }

    /// Appends a leaf by its hash; returns its leaf index.
    @discardableResult
    public mutating func append(leafHash: MerkleHash) -> Int {
        levels[0].append(leafHash)
        var level = 0
        // Each time a level gets an even count, its last two hashes complete a perfect subtree above.
        while levels[level].count % 2 == 0 {
            let count = levels[level].count
            let parent = MerkleHash.node(levels[level][count - 2], levels[level][count - 1])
            if levels.count == level + 1 { levels.append([]) }
            levels[level + 1].append(parent)
            level += 1
        }
        return levels[0].count - 1
    }

    /// The tree hash of the first `treeSize` leaves (all of them by default), MTH of RFC 9162.
    ///
    /// - Throws: ``FactureArchiveError/Code/notFound`` when the tree has fewer leaves.
    public func rootHash(treeSize: Int? = nil) throws(FactureArchiveError) -> MerkleHash {
        let size = treeSize ?? self.size
        try checkSize(size)
        return size == 0 ? .empty : hash(0..<size)
    }

    /// The audit path of leaf `leafIndex` in the tree of the first `treeSize` leaves (PATH of RFC 9162).
    ///
    /// - Throws: ``FactureArchiveError/Code/notFound`` for a leaf or size the tree does not have.
    public func inclusionProof(leafIndex: Int, treeSize: Int) throws(FactureArchiveError) -> [MerkleHash] {
        try checkSize(treeSize)
        guard leafIndex >= 0, leafIndex < treeSize else {
            throw FactureArchiveError(code: .notFound, message: "no leaf \(leafIndex) in a tree of \(treeSize)")
        }
        return path(leafIndex, 0..<treeSize)
    }

    /// The proof that the tree of the first `oldSize` leaves is a prefix of the tree of the first
    /// `newSize` (PROOF of RFC 9162); empty when the sizes are equal or the old tree is empty.
    ///
    /// - Throws: ``FactureArchiveError/Code/notFound`` for sizes the tree does not have or in the wrong order.
    public func consistencyProof(from oldSize: Int, to newSize: Int) throws(FactureArchiveError) -> [MerkleHash] {
        try checkSize(newSize)
        guard oldSize >= 0, oldSize <= newSize else {
            throw FactureArchiveError(code: .notFound, message: "no consistency from \(oldSize) to \(newSize)")
        }
        if oldSize == 0 || oldSize == newSize { return [] }
        return subproof(oldSize, 0..<newSize, complete: true)
    }

    // MARK: - Verification (RFC 9162 section 2.1.3.2 and 2.1.4.2)

    /// Whether `proof` shows the leaf of hash `leafHash` at `leafIndex` in the tree of `treeSize`
    /// leaves whose hash is `root`.
    public static func verifyInclusion(
        leafHash: MerkleHash,
        leafIndex: Int,
        treeSize: Int,
        proof: [MerkleHash],
        root: MerkleHash
    ) -> Bool {
        guard leafIndex >= 0, leafIndex < treeSize else { return false }
        var index = leafIndex
        var last = treeSize - 1
        var hash = leafHash
        for sibling in proof {
            if last == 0 { return false }
            if index & 1 == 1 || index == last {
                hash = .node(sibling, hash)
                while index & 1 == 0, index != 0 {
                    index >>= 1
                    last >>= 1
                }
            } else {
                hash = .node(hash, sibling)
            }
            index >>= 1
            last >>= 1
        }
        return last == 0 && hash == root
    }

    /// Whether `proof` shows that the tree of `oldSize` leaves and hash `oldRoot` is a prefix of
    /// the tree of `newSize` leaves and hash `newRoot`.
    public static func verifyConsistency(
        oldSize: Int,
        newSize: Int,
        oldRoot: MerkleHash,
        newRoot: MerkleHash,
        proof: [MerkleHash]
    ) -> Bool {
        guard oldSize >= 0, oldSize <= newSize else { return false }
        if oldSize == newSize { return proof.isEmpty && oldRoot == newRoot }
        if oldSize == 0 { return proof.isEmpty && oldRoot == .empty }
        guard !proof.isEmpty else { return false }
        var path = proof
        if oldSize & (oldSize - 1) == 0 { path.insert(oldRoot, at: 0) }
        var first = oldSize - 1
        var second = newSize - 1
        while first & 1 == 1 {
            first >>= 1
            second >>= 1
        }
        var oldHash = path[0]
        var newHash = path[0]
        for node in path.dropFirst() {
            if second == 0 { return false }
            if first & 1 == 1 || first == second {
                oldHash = .node(node, oldHash)
                newHash = .node(node, newHash)
                while first & 1 == 0, first != 0 {
                    first >>= 1
                    second >>= 1
                }
            } else {
                newHash = .node(newHash, node)
            }
            first >>= 1
            second >>= 1
        }
        return oldHash == oldRoot && newHash == newRoot && second == 0
    }

    // MARK: - RFC 9162 definitions

    private func checkSize(_ treeSize: Int) throws(FactureArchiveError) {
        guard treeSize >= 0, treeSize <= size else {
            throw FactureArchiveError(code: .notFound, message: "no tree of \(treeSize) leaves (it has \(size))")
        }
    }

    /// The largest power of two smaller than `count` (`count` > 1).
    private static func split(_ count: Int) -> Int {
        var power = 1
        while power << 1 < count { power <<= 1 }
        return power
    }

    /// MTH over a non-empty range of leaves.
    private func hash(_ leaves: Range<Int>) -> MerkleHash {
        let count = leaves.count
        if count & (count - 1) == 0 {
            let level = count.trailingZeroBitCount
            if leaves.lowerBound % count == 0, level < levels.count {
                return levels[level][leaves.lowerBound >> level]
            }
        }
        let middle = leaves.lowerBound + Self.split(leaves.count)
        return .node(hash(leaves.lowerBound..<middle), hash(middle..<leaves.upperBound))
    }

    /// PATH(m, D[leaves]).
    private func path(_ index: Int, _ leaves: Range<Int>) -> [MerkleHash] {
        if leaves.count == 1 { return [] }
        let middle = leaves.lowerBound + Self.split(leaves.count)
        if leaves.lowerBound + index < middle {
            return path(index, leaves.lowerBound..<middle) + [hash(middle..<leaves.upperBound)]
        }
        return path(index - (middle - leaves.lowerBound), middle..<leaves.upperBound) + [
            hash(leaves.lowerBound..<middle)
        ]
    }

    /// SUBPROOF(m, D[leaves], b).
    private func subproof(_ count: Int, _ leaves: Range<Int>, complete: Bool) -> [MerkleHash] {
        if count == leaves.count { return complete ? [] : [hash(leaves)] }
        let split = Self.split(leaves.count)
        let middle = leaves.lowerBound + split
        if count <= split {
            return subproof(count, leaves.lowerBound..<middle, complete: complete) + [hash(middle..<leaves.upperBound)]
        }
        return subproof(count - split, middle..<leaves.upperBound, complete: false) + [hash(leaves.lowerBound..<middle)]
    }
}
