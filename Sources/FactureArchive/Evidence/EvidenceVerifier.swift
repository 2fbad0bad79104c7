// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureSeal

/// Checks an ``EvidenceBundle`` offline: every entry reads back and is about the document, every
/// inclusion proof leads to the checkpoint's root, the checkpoint's seal is valid for the trusted
/// sealing (and time-stamping) authorities, and the carried bytes are the deposited ones.
///
/// ```swift
/// let verifier = EvidenceVerifier(sealVerifier: SealVerifier(trustAnchors: [safeCA], timestampTrustAnchors: [tsaCA]))
/// let result = verifier.verify(try EvidenceBundle(json: bytes))
/// if !result.isValid { print(result.failures) }
/// ```
public struct EvidenceVerifier: Sendable {
    /// Checks the checkpoint's seal; its trust anchors decide whom the bundle must come from.
    public var sealVerifier: SealVerifier

    /// A verifier.
    public init(sealVerifier: SealVerifier) {
        self.sealVerifier = sealVerifier
    }

    /// Verifies `bundle`.
    public func verify(_ bundle: EvidenceBundle) -> EvidenceVerification {
        var result = EvidenceVerification()
        guard let id = try? DocumentID(bundle.document) else {
            result.fail(.malformed, "'\(bundle.document)' is no document identifier")
            return result
        }
        result.document = id
        guard let checkpoint = bundle.checkpoint.journalCheckpoint else {
            result.fail(.malformed, "the checkpoint's root hash is not 64 hexadecimal digits")
            return result
        }
        result.checkpoint = checkpoint
        checkSeal(of: checkpoint, into: &result)

        var entries: [JournalEntry] = []
        for item in bundle.entries {
            guard let entry = try? JournalEntry(decoding: Array(item.encoded)), entry.sequence == item.sequence else {
                result.fail(.malformed, "entry \(item.sequence) does not read back")
                continue
            }
            guard entry.event.document == id else {
                result.fail(
                    .wrongDocument,
                    "entry \(item.sequence) is about \(entry.event.document?.rawValue ?? "the archive")"
                )
                continue
            }
            let proof = item.inclusionProof.compactMap(MerkleHash.init(hex:))
            let included =
                proof.count == item.inclusionProof.count && entry.sequence < checkpoint.treeSize
                && MerkleTree.verifyInclusion(
                    leafHash: entry.leafHash,
                    leafIndex: Int(entry.sequence),
                    treeSize: Int(checkpoint.treeSize),
                    proof: proof,
                    root: checkpoint.rootHash
                )
            if !included {
                result.fail(
                    .notIncluded,
                    "entry \(entry.sequence) is not in the checkpoint's tree of \(checkpoint.treeSize)"
                )
            }
            entries.append(entry)
        }
        guard let state = try? ArchivedDocument(folding: entries) else {
            result.fail(.noDeposit, "the entries do not start with the document's deposit")
            return result
        }
        result.state = state
        if let content = bundle.content {
            if BlobDigest(of: Array(content)) != state.blob || content.count != state.byteCount {
                result.fail(.contentMismatch, "the carried bytes are not the deposited ones (\(state.blob))")
            }
        }
        return result
    }

    private func checkSeal(of checkpoint: JournalCheckpoint, into result: inout EvidenceVerification) {
        do {
            let verification = try sealVerifier.verify(sealDER: checkpoint.seal, content: checkpoint.signedContent)
            result.seal = verification
            for failure in verification.failures {
                result.fail(.checkpointSealInvalid, "checkpoint seal: \(failure)")
            }
        } catch {
            result.fail(.checkpointSealInvalid, "checkpoint seal unreadable: \(error)")
        }
    }
}

/// The result of ``EvidenceVerifier/verify(_:)``: valid when there is no failure.
public struct EvidenceVerification: Sendable {
    /// The document the bundle is about.
    public var document: DocumentID?
    /// The document's state according to the bundle's entries.
    public var state: ArchivedDocument?
    /// The checkpoint the proofs lead to.
    public var checkpoint: JournalCheckpoint?
    /// The checkpoint seal's verification.
    public var seal: SealVerification?
    /// What failed, empty when the bundle is valid.
    public var failures: [Failure] = []

    /// Whether every check passed.
    public var isValid: Bool { failures.isEmpty }

    mutating func fail(_ reason: Failure.Reason, _ message: String) {
        failures.append(Failure(reason: reason, message: message))
    }

    /// One failed check.
    public struct Failure: Hashable, Sendable, CustomStringConvertible {
        /// The kind of failure.
        public var reason: Reason
        /// What failed.
        public var message: String

        /// `reason: message`.
        public var description: String { "\(reason): \(message)" }

        /// The kinds of failure.
        public enum Reason: String, Hashable, Sendable, CustomStringConvertible {
            /// A part of the bundle does not read back.
            case malformed
            /// An entry is about another document.
            case wrongDocument
            /// An inclusion proof does not lead to the checkpoint's root.
            case notIncluded
            /// The checkpoint's seal is invalid or untrusted.
            case checkpointSealInvalid
            /// The entries do not start with a deposit of the document.
            case noDeposit
            /// The carried bytes are not the deposited ones.
            case contentMismatch

            /// The reason's name.
            public var description: String { rawValue }
        }
    }
}
