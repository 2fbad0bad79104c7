// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureOpenSSL

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Verifies detached CAdES seals and RFC 3161 time-stamps against caller-given trust anchors.
///
/// A seal is valid when its signature verifies, the bytes' digest is the signed messageDigest,
/// its signing-certificate-v2 names the signer's certificate, and that certificate chains to a
/// trust anchor at the validation time: the time-stamp's time for a B-T seal (so a seal stays
/// verifiable after its certificate expires), otherwise ``validationTime`` or now. A time-stamp is
/// valid when its imprint is the hash of the seal's signature value, its authority's certificate
/// has a critical timeStamping-only extended key usage and chains to a time-stamping trust anchor
/// at the token's time, its signature verifies, and its policy is accepted.
///
/// Failures are data, not errors:
///
/// ```swift
/// let verifier = SealVerifier(trustAnchors: anchors)
/// let report = try verifier.verify(seal, content: invoiceBytes)
/// if !report.isValid { print(report.failures) }
/// ```
public struct SealVerifier: Sendable {
    /// Certificates trusted to issue sealing certificates (or the sealing certificates themselves).
    public var trustAnchors: [SealCertificate]
    /// Certificates trusted for time-stamping authorities.
    public var timestampTrustAnchors: [SealCertificate]
    /// Accepted TSA policy OIDs, or `nil` to accept any.
    public var acceptedTimestampPolicies: [String]?
    /// Whether a seal without a time-stamp fails with ``SealVerification/Failure/Reason/timestampMissing``.
    public var requiresTimestamp: Bool
    /// When to check a B-B seal's certificates; `nil` for now.
    public var validationTime: Date?

    /// Creates a verifier.
    ///
    /// - Parameters:
    ///   - trustAnchors: Trusted roots (or certificates) for signers.
    ///   - timestampTrustAnchors: Trusted roots for time-stamping authorities; `nil` for `trustAnchors`.
    ///   - acceptedTimestampPolicies: Accepted TSA policies, or `nil` for any.
    ///   - requiresTimestamp: Whether B-B seals fail.
    ///   - validationTime: When to check B-B seals' certificates; `nil` for now.
    public init(
        trustAnchors: [SealCertificate],
        timestampTrustAnchors: [SealCertificate]? = nil,
        acceptedTimestampPolicies: [String]? = nil,
        requiresTimestamp: Bool = false,
        validationTime: Date? = nil
    ) {
        self.trustAnchors = trustAnchors
        self.timestampTrustAnchors = timestampTrustAnchors ?? trustAnchors
        self.acceptedTimestampPolicies = acceptedTimestampPolicies
        self.requiresTimestamp = requiresTimestamp
        self.validationTime = validationTime
    }

    /// Verifies a seal over `content`.
    ///
    /// - Parameters:
    ///   - seal: The seal.
    ///   - content: The exact bytes that were sealed.
    /// - Returns: The report; ``SealVerification/isValid`` tells the verdict.
    /// - Throws: ``FactureSealError/Code/malformedSeal`` only when the seal cannot be read.
    public func verify(_ seal: Seal, content: [UInt8]) throws(FactureSealError) -> SealVerification {
        try verify(sealDER: seal.derEncoded, content: content)
    }

    /// Verifies a DER-encoded seal over `content`.
    ///
    /// - Parameters:
    ///   - sealDER: The seal, as a `.p7s` file holds it.
    ///   - content: The exact bytes that were sealed.
    /// - Returns: The report.
    /// - Throws: ``FactureSealError/Code/malformedSeal`` only when the seal cannot be read.
    public func verify(sealDER: [UInt8], content: [UInt8]) throws(FactureSealError) -> SealVerification {
        let cms = try CMSSignedData(derEncoded: sealDER)
        defer { ERR_clear_error() }
        var failures: [SealVerification.Failure] = []
        let tokenDER = cms.timestampTokenDER
        var report = SealVerification(
            failures: [],
            level: tokenDER == nil ? .basic : .timestamped,
            signer: nil,
            signingTime: cms.signingTime,
            timestamp: nil,
            validationTime: validationTime ?? Date()
        )
        if let tokenDER {
            let timestamp = verifyToken(tokenDER, imprintOf: cms.signatureValue)
            report.timestamp = timestamp
            failures += timestamp.failures
            if let time = timestamp.token?.time { report.validationTime = time }
        } else if requiresTimestamp {
            failures.append(.init(.timestampMissing, "the seal has no signature time-stamp (level B-B)"))
        }
        let carried = cms.certificates
        _ = CMS_set1_signers_certs(cms.pointer, nil, 0)
        var signerPointer: OpaquePointer?
        CMS_SignerInfo_get0_algs(cms.signerInfo, nil, &signerPointer, nil, nil)
        guard let signerPointer else {
            failures.insert(.init(.signerCertificateMissing, "the seal does not carry its signer's certificate"), at: 0)
            report.failures = failures
            return report
        }
        let signer = OpenSSLCertificate(retaining: signerPointer)
        report.signer = SealCertificate(signer)
        var own: [SealVerification.Failure] = []
        own += checkContent(cms, content)
        if CMS_SignerInfo_verify(cms.signerInfo) != 1 {
            own.append(
                .init(.signatureInvalid, "the signature does not verify with \(signer.subject)'s key")
            )
        }
        own += checkSigningCertificate(cms, signer)
        switch CertificateChainCheck.validate(
            signer.pointer,
            untrusted: carried,
            anchors: trustAnchors,
            at: report.validationTime
        ) {
        case .valid: break
        case .notValidAtTime(let message):
            own.append(.init(.certificateNotValidAtTime, "the signer's chain at \(report.validationTime): \(message)"))
        case .untrusted(let message):
            own.append(.init(.certificateChainUntrusted, "the signer's chain: \(message)"))
        }
        report.failures = own + failures
        return report
    }

    /// Verifies a fresh response against the request it answers: status, nonce, then the token
    /// as ``verifyToken(_:imprint:)`` does.
    ///
    /// - Parameters:
    ///   - response: The authority's response.
    ///   - request: The request sent.
    /// - Returns: The report.
    public func verify(_ response: TimestampResponse, for request: TimestampRequest) -> TimestampVerification {
        guard response.isGranted, let token = response.token else {
            return TimestampVerification(
                failures: [
                    .init(
                        .timestampNotGranted,
                        "status \(response.status) \(response.failures.joined(separator: ", "))"
                    )
                ],
                token: nil,
                authority: nil
            )
        }
        var report = verifyToken(token.derEncoded, imprint: request.imprint)
        if token.nonce != request.nonce {
            report.failures.append(
                .init(.timestampNonceMismatch, "the token does not echo the request's nonce: the response is not fresh")
            )
        }
        if let policy = request.policy, token.policy != policy {
            report.failures.append(
                .init(.timestampPolicyNotAccepted, "the token's policy \(token.policy) is not the requested \(policy)")
            )
        }
        return report
    }

    /// Verifies a DER-encoded time-stamp token over a known SHA-256 `imprint`.
    ///
    /// - Parameters:
    ///   - tokenDER: The token (a CMS ContentInfo), as `openssl ts -reply -token_out` writes it.
    ///   - imprint: The SHA-256 digest of the time-stamped data.
    /// - Returns: The report.
    public func verifyToken(_ tokenDER: [UInt8], imprint: [UInt8]) -> TimestampVerification {
        verifyToken(tokenDER) { algorithm in algorithm == "2.16.840.1.101.3.4.2.1" ? imprint : nil }
    }

    private func verifyToken(_ tokenDER: [UInt8], imprintOf data: [UInt8]) -> TimestampVerification {
        verifyToken(tokenDER) { algorithm in
            guard let object = OBJ_txt2obj(algorithm, 1) else { return nil }
            defer { ASN1_OBJECT_free(object) }
            return SealVerifier.digest(data, nid: OBJ_obj2nid(object))
        }
    }

    /// The shared token checks; `expectedImprint` gives the imprint for the token's hash algorithm.
    private func verifyToken(
        _ tokenDER: [UInt8],
        expectedImprint: (String) -> [UInt8]?
    ) -> TimestampVerification {
        defer { ERR_clear_error() }
        let token: TimestampToken
        do {
            token = try TimestampToken(derEncoded: tokenDER)
        } catch {
            return TimestampVerification(
                failures: [.init(.timestampMalformed, error.message)],
                token: nil,
                authority: nil
            )
        }
        var report = TimestampVerification(failures: [], token: token, authority: nil)
        if let expected = expectedImprint(token.hashAlgorithm) {
            if expected != token.imprint {
                report.failures.append(
                    .init(.timestampImprintMismatch, "the token's imprint is not the hash of the time-stamped value")
                )
            }
        } else {
            report.failures.append(
                .init(.timestampImprintMismatch, "the token's hash algorithm \(token.hashAlgorithm) is not accepted")
            )
        }
        if let accepted = acceptedTimestampPolicies, !accepted.contains(token.policy) {
            report.failures.append(
                .init(.timestampPolicyNotAccepted, "the token's policy \(token.policy) is not accepted")
            )
        }
        let pkcs7 = tokenDER.withUnsafeBufferPointer { buffer in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_PKCS7(nil, &cursor, buffer.count)
        }
        guard let pkcs7 else {
            report.failures.append(.init(.timestampMalformed, "the token is no CMS structure"))
            return report
        }
        defer { PKCS7_free(pkcs7) }
        guard let signers = PKCS7_get0_signers(pkcs7, nil, 0), cfacture_sk_X509_num(signers) == 1,
            let authorityPointer = cfacture_sk_X509_value(signers, 0)
        else {
            report.failures.append(
                .init(.timestampAuthorityCertificateMissing, "the token does not carry its authority's certificate")
            )
            return report
        }
        let authority = OpenSSLCertificate(retaining: authorityPointer)
        cfacture_sk_X509_free(signers)
        report.authority = SealCertificate(authority)
        var certificatesOK = true
        if !CertificateChainCheck.isCriticalTimestampingOnly(authority.pointer) {
            certificatesOK = false
            report.failures.append(
                .init(
                    .timestampAuthorityNotForTimestamping,
                    "\(authority.subject) lacks a critical extended key usage of timeStamping only"
                )
            )
        }
        switch CertificateChainCheck.validate(
            authority.pointer,
            untrusted: token.certificates.map(\.handle),
            anchors: timestampTrustAnchors,
            at: token.time
        ) {
        case .valid: break
        case .notValidAtTime(let message):
            certificatesOK = false
            report.failures.append(
                .init(.timestampCertificateNotValidAtTime, "the authority's chain at \(token.time): \(message)")
            )
        case .untrusted(let message):
            certificatesOK = false
            report.failures.append(.init(.timestampChainUntrusted, "the authority's chain: \(message)"))
        }
        // TS_RESP_verify_signature also checks the chain (purpose timestampSign) and the ESS
        // signing-certificate attribute; its verdict adds information only when our checks passed.
        if certificatesOK, !verifyTokenSignature(pkcs7, at: token.time) {
            report.failures.append(
                .init(
                    .timestampSignatureInvalid,
                    "the token's signature or signing-certificate attribute does not verify: "
                        + FactureSealError.drainOpenSSLErrors().joined(separator: "; ")
                )
            )
        }
        return report
    }

    private func verifyTokenSignature(_ pkcs7: UnsafeMutablePointer<PKCS7>, at time: Date) -> Bool {
        guard let store = CertificateChainCheck.makeStore(anchors: timestampTrustAnchors, time: time) else {
            return false
        }
        defer { X509_STORE_free(store) }
        return TS_RESP_verify_signature(pkcs7, nil, store, nil) == 1
    }

    private func checkContent(_ cms: CMSSignedData, _ content: [UInt8]) -> [SealVerification.Failure] {
        guard let (algorithm, signedDigest) = cms.messageDigest else {
            return [.init(.contentDigestMismatch, "the seal has no messageDigest attribute")]
        }
        guard let digest = SealVerifier.digest(content, nid: algorithm) else {
            let name = OBJ_nid2sn(algorithm).map { String(cString: $0) } ?? "\(algorithm)"
            return [.init(.unsupportedDigestAlgorithm, "the digest algorithm \(name) is not accepted")]
        }
        guard digest == signedDigest else {
            return [.init(.contentDigestMismatch, "the bytes are not the sealed ones: their digest differs")]
        }
        return []
    }

    private func checkSigningCertificate(
        _ cms: CMSSignedData,
        _ signer: OpenSSLCertificate
    ) -> [SealVerification.Failure] {
        guard let der = cms.signedSequenceAttribute(nid: NID_id_smime_aa_signingCertificateV2) else {
            return [.init(.signingCertificateMissing, "the seal has no signing-certificate-v2 attribute")]
        }
        let attribute = der.withUnsafeBufferPointer { buffer in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_ESS_SIGNING_CERT_V2(nil, &cursor, buffer.count)
        }
        guard let attribute else {
            return [.init(.signingCertificateMismatch, "the signing-certificate-v2 attribute cannot be read")]
        }
        defer { ESS_SIGNING_CERT_V2_free(attribute) }
        guard let chain = cfacture_sk_X509_new_null() else { return [] }
        defer { cfacture_sk_X509_free(chain) }
        _ = cfacture_sk_X509_push(chain, signer.pointer)
        guard OSSL_ESS_check_signing_certs(nil, attribute, chain, 1) == 1 else {
            return [
                .init(
                    .signingCertificateMismatch,
                    "the signing-certificate-v2 attribute does not name \(signer.subject)'s certificate"
                )
            ]
        }
        return []
    }

    /// The digest of `data` with SHA-256, SHA-384 or SHA-512 by NID, or nil for another algorithm.
    static func digest(_ data: [UInt8], nid: Int32) -> [UInt8]? {
        let algorithm: OpaquePointer? =
            switch nid {
            case NID_sha256: EVP_sha256()
            case NID_sha384: EVP_sha384()
            case NID_sha512: EVP_sha512()
            default: nil
            }
        guard let algorithm else { return nil }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = data.withUnsafeBytes { raw in EVP_Digest(raw.baseAddress, raw.count, &digest, &length, algorithm, nil)
        }
        return ok == 1 ? Array(digest.prefix(Int(length))) : nil
    }
}
