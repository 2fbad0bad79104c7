// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension DigitalSafe {
    /// The evidence bundle of a document: its entries with inclusion proofs into a checkpoint
    /// sealed now if the last one does not cover them all.
    ///
    /// - Parameters:
    ///   - id: The document.
    ///   - includingContent: Whether the bundle carries the document's bytes (a journalled read);
    ///     a destroyed document's bundle never does.
    ///   - actor: Who asks, recorded when the bytes are read.
    /// - Throws: ``FactureArchiveError`` with code `notFound`, `integrityViolation`, `sealingFailure`.
    public func evidence(
        for id: DocumentID,
        includingContent: Bool = false,
        actor: String = "evidence"
    ) async throws(FactureArchiveError) -> EvidenceBundle {
        var content: [UInt8]?
        if includingContent, try await !document(id).isDestroyed {
            content = try await self.content(of: id, actor: actor)
        }
        let entries = try await history(of: id)
        var checkpoint = lastCheckpoint
        if let last = entries.last, checkpoint.map({ $0.treeSize <= last.sequence }) ?? true {
            checkpoint = try await self.checkpoint()
        }
        guard let checkpoint else {
            throw FactureArchiveError(code: .notFound, message: "no checkpoint covers \(id)")
        }
        var items: [EvidenceBundle.Entry] = []
        for entry in entries {
            let proof = try await inclusionProof(for: entry.sequence, treeSize: checkpoint.treeSize)
            items.append(
                .init(sequence: entry.sequence, encoded: .init(entry.encoded), inclusionProof: proof.map(\.description))
            )
        }
        return EvidenceBundle(document: id, content: content, entries: items, checkpoint: checkpoint)
    }
}
