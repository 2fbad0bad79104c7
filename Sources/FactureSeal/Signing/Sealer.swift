// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Makes detached CAdES seals over the exact bytes it is given.
///
/// A B-B seal is a CMS signed-data (SHA-256; ECDSA P-256 or RSA per the identity) whose signed
/// attributes are contentType, messageDigest, signingTime and signing-certificate-v2. A B-T seal
/// adds an RFC 3161 time-stamp over the signature value as the unsigned attribute
/// id-aa-signatureTimeStampToken.
///
/// ```swift
/// let sealer = Sealer(identity: identity)
/// let basic = try sealer.seal(invoiceBytes)
/// let timestamped = try await sealer.seal(invoiceBytes, timestampAuthority: LocalTimestampAuthority.generate())
/// try Data(timestamped.derEncoded).write(to: URL(fileURLWithPath: "invoice.pdf.p7s"))
/// ```
public struct Sealer: Sendable {
    /// Who seals.
    public let identity: SealingIdentity
    private let encoder: SignedDataEncoder?

    /// Creates a sealer for `identity`, encoding once what every seal repeats (certificates,
    /// issuer and serial number, signing-certificate-v2).
    public init(identity: SealingIdentity) {
        self.identity = identity
        self.encoder = SignedDataEncoder(identity: identity)
    }

    /// Seals `content` at level B-B.
    ///
    /// - Parameter content: The exact bytes to seal; the seal does not contain them.
    /// - Returns: The seal.
    /// - Throws: ``FactureSealError/Code/invalidKey`` when the key cannot sign.
    public func seal(_ content: [UInt8]) throws(FactureSealError) -> Seal {
        if let encoder { return try encoder.seal(content) }
        let cms = try CMSSignedData(signing: content, identity: identity)
        return try Seal(cms, derEncoded: cms.derEncoded())
    }

    /// Seals `content` at level B-T: B-B, then a time-stamp from `timestampAuthority` over the
    /// signature value.
    ///
    /// - Parameters:
    ///   - content: The exact bytes to seal.
    ///   - timestampAuthority: Who time-stamps.
    ///   - policy: The TSA policy to ask for, or `nil` for the authority's default.
    /// - Returns: The seal.
    /// - Throws: ``FactureSealError`` from sealing; whatever the authority throws;
    ///   ``FactureSealError/Code/timestampAuthorityFailed`` when its response does not answer the request.
    public func seal(
        _ content: [UInt8],
        timestampAuthority: some TimestampAuthority,
        policy: String? = nil
    ) async throws -> Seal {
        try await Sealer.addingTimestamp(to: seal(content), from: timestampAuthority, policy: policy)
    }

    /// Raises a B-B seal to B-T by time-stamping its signature value.
    ///
    /// - Parameters:
    ///   - seal: A seal without a time-stamp.
    ///   - timestampAuthority: Who time-stamps.
    ///   - policy: The TSA policy to ask for, or `nil`.
    /// - Returns: The seal with the token as unsigned attribute id-aa-signatureTimeStampToken.
    /// - Throws: as ``seal(_:timestampAuthority:policy:)``.
    public static func addingTimestamp(
        to seal: Seal,
        from timestampAuthority: some TimestampAuthority,
        policy: String? = nil
    ) async throws -> Seal {
        let imprint = OpenSSLBytes.sha256(seal.signatureValue)
        let token = try await timestampAuthority.timestampToken(imprint: imprint, policy: policy)
        return try addingTimestampToken(token, to: seal)
    }

    /// Embeds an already obtained time-stamp token in a seal, unchecked.
    ///
    /// For integrators who run the RFC 3161 exchange themselves. Nothing here checks that the token
    /// covers this seal's signature value: ``SealVerifier`` does, and reports
    /// ``SealVerification/Failure/Reason/timestampImprintMismatch`` when it does not.
    ///
    /// - Parameters:
    ///   - token: The token.
    ///   - seal: A seal without a time-stamp.
    /// - Returns: The seal with the token as unsigned attribute id-aa-signatureTimeStampToken.
    /// - Throws: ``FactureSealError/Code/malformedSeal`` when the seal cannot be read.
    public static func addingTimestampToken(_ token: TimestampToken, to seal: Seal) throws(FactureSealError) -> Seal {
        let cms = try CMSSignedData(derEncoded: seal.derEncoded)
        try cms.addTimestampToken(token.derEncoded)
        return try Seal(cms, derEncoded: cms.derEncoded())
    }
}
