// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureArchive
import Testing

@Suite("RFC 9162 Merkle tree")
struct MerkleTreeTests {
    /// The eight entries of the RFC 6962 test tree (certificate-transparency test data).
    static let entries: [[UInt8]] = [
        "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f",
    ].map { hex in
        stride(from: 0, to: hex.count, by: 2).map { offset in
            let start = hex.index(hex.startIndex, offsetBy: offset)
            return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16) ?? 0
        }
    }

    /// The published tree hashes of the first 1 … 8 entries.
    static let roots = [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ]

    static func tree(_ count: Int) -> MerkleTree {
        var tree = MerkleTree()
        for index in 0..<count { tree.append(Array("journal entry \(index)".utf8)) }
        return tree
    }

    @Test("tree hashes match the RFC 6962 test vectors, and the empty tree hashes to SHA-256()")
    func rootsMatchPublishedVectors() throws {
        var tree = MerkleTree()
        #expect(try tree.rootHash().description == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        for entry in Self.entries { tree.append(entry) }
        for (index, root) in Self.roots.enumerated() {
            #expect(try tree.rootHash(treeSize: index + 1).description == root)
        }
    }

    @Test("every audit path of every tree up to 33 leaves verifies, and fails for another leaf, index or root")
    func inclusionProofs() throws {
        let tree = Self.tree(33)
        for size in 1...33 {
            let root = try tree.rootHash(treeSize: size)
            for index in 0..<size {
                let proof = try tree.inclusionProof(leafIndex: index, treeSize: size)
                let leaf = tree.leafHashes[index]
                #expect(
                    MerkleTree.verifyInclusion(
                        leafHash: leaf,
                        leafIndex: index,
                        treeSize: size,
                        proof: proof,
                        root: root
                    )
                )
                let other = tree.leafHashes[(index + 1) % tree.size]
                #expect(
                    !MerkleTree.verifyInclusion(
                        leafHash: other,
                        leafIndex: index,
                        treeSize: size,
                        proof: proof,
                        root: root
                    )
                )
                if size > 1 {
                    let wrongIndex = (index + 1) % size
                    #expect(
                        !MerkleTree.verifyInclusion(
                            leafHash: leaf,
                            leafIndex: wrongIndex,
                            treeSize: size,
                            proof: proof,
                            root: root
                        )
                    )
                }
                #expect(
                    !MerkleTree.verifyInclusion(
                        leafHash: leaf,
                        leafIndex: index,
                        treeSize: size,
                        proof: proof,
                        root: .empty
                    )
                )
            }
        }
        #expect(throws: FactureArchiveError(code: .notFound, message: "")) {
            try tree.inclusionProof(leafIndex: 5, treeSize: 5)
        }
    }

    @Test("every consistency proof between sizes up to 33 verifies, and fails against a rewritten history")
    func consistencyProofs() throws {
        let tree = Self.tree(33)
        // The same history with its third entry changed.
        var rewritten = MerkleTree()
        for index in 0..<33 { rewritten.append(Array("journal entry \(index == 2 ? 99 : index)".utf8)) }
        for newSize in 1...33 {
            let newRoot = try tree.rootHash(treeSize: newSize)
            for oldSize in 0...newSize {
                let oldRoot = try tree.rootHash(treeSize: oldSize)
                let proof = try tree.consistencyProof(from: oldSize, to: newSize)
                #expect(
                    MerkleTree.verifyConsistency(
                        oldSize: oldSize,
                        newSize: newSize,
                        oldRoot: oldRoot,
                        newRoot: newRoot,
                        proof: proof
                    )
                )
                // A new tree whose third entry was changed is not an extension of the old one.
                if oldSize > 2 {
                    let forged = try rewritten.rootHash(treeSize: newSize)
                    #expect(
                        !MerkleTree.verifyConsistency(
                            oldSize: oldSize,
                            newSize: newSize,
                            oldRoot: oldRoot,
                            newRoot: forged,
                            proof: proof
                        )
                    )
                }
            }
        }
    }
}
