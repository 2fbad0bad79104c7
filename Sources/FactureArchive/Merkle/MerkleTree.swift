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

    private init(digesting parts: [UInt8]...) {
        let message = parts.flatMap { $0 }
        var digest = [UInt8](repeating: 0, count: 32)
        message.withUnsafeBufferPointer { _ = SHA256($0.baseAddress, $0.count, &digest) }
        bytes = digest
    }

    /// The hash of an empty tree, `SHA-256()`.
    public static let empty = MerkleHash(digesting: [])

    /// The hash of a leaf holding `entry`: `SHA-256(0x00 || entry)`.
    public static func leaf(_ entry: [UInt8]) -> MerkleHash {
        MerkleHash(digesting: [0x00], entry)
    }

    /// The hash of an interior node: `SHA-256(0x01 || left || right)`.
    public static func node(_ left: MerkleHash, _ right: MerkleHash) -> MerkleHash {
        MerkleHash(digesting: [0x01], left.bytes, right.bytes)
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
    /// The leaf hashes, in order.
    public private(set) var leafHashes: [MerkleHash] = []

    /// An empty tree.
    public init() {}

    /// The number of leaves.
    public var size: Int { leafHashes.count }

    /// Appends an entry; returns its leaf index.
    @discardableResult
    public mutating func append(_ entry: [UInt8]) -> Int {
        leafHashes.append(.leaf(entry))
        return leafHashes.count - 1
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
        if leaves.count == 1 { return leafHashes[leaves.lowerBound] }
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
