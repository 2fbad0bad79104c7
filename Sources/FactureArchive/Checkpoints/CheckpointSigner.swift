// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureSeal

/// Who seals the archive's tree heads: a sealing identity and, for B-T seals, a time-stamp authority.
///
/// ```swift
/// let signer = CheckpointSigner(
///     identity: try SealingIdentity.generate(.init(commonName: "Cabinet Durand — coffre-fort")),
///     timestampAuthority: HTTPTimestampAuthority(url: tsaURL)
/// )
/// ```
public struct CheckpointSigner: Sendable {
    /// The seal's signer.
    public let sealer: Sealer
    /// The authority that time-stamps each seal, `nil` for B-B seals.
    public let timestampAuthority: (any TimestampAuthority)?
    /// The time-stamp policy to ask for, `nil` for the authority's default.
    public let timestampPolicy: String?

    /// A signer.
    public init(
        identity: SealingIdentity,
        timestampAuthority: (any TimestampAuthority)? = nil,
        timestampPolicy: String? = nil
    ) {
        sealer = Sealer(identity: identity)
        self.timestampAuthority = timestampAuthority
        self.timestampPolicy = timestampPolicy
    }

    /// A detached seal (DER) over `content`, time-stamped when there is an authority.
    ///
    /// - Throws: ``FactureArchiveError/Code/sealingFailure`` with the sealer's or authority's reason.
    public func seal(_ content: [UInt8]) async throws(FactureArchiveError) -> [UInt8] {
        do {
            if let timestampAuthority {
                return try await sealer.seal(content, timestampAuthority: timestampAuthority, policy: timestampPolicy)
                    .derEncoded
            }
            return try sealer.seal(content).derEncoded
        } catch {
            throw FactureArchiveError(code: .sealingFailure, message: "checkpoint not sealed: \(error)")
        }
    }
}
