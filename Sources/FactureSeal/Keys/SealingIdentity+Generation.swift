// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureOpenSSL

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

extension SealingIdentity {
    /// What a generated certificate says: name, key type, validity and usage.
    public struct CertificateProfile: Sendable {
        /// The subject's common name (CN).
        public var commonName: String
        /// The subject's organisation (O), if any.
        public var organization: String?
        /// The type of the key generated with the certificate.
        public var keyAlgorithm: SealingKeyAlgorithm
        /// The first instant the certificate is valid.
        public var notValidBefore: Date
        /// The last instant the certificate is valid.
        public var notValidAfter: Date
        /// What the certificate's key may do.
        public var usage: Usage

        /// Creates a profile valid from an hour ago for `validity` seconds (ten years by default).
        public init(
            commonName: String,
            organization: String? = nil,
            keyAlgorithm: SealingKeyAlgorithm = .ecdsaP256,
            usage: Usage = .sealing,
            notValidBefore: Date = Date(timeIntervalSinceNow: -3600),
            validity: TimeInterval = 10 * 366 * 86400
        ) {
            self.commonName = commonName
            self.organization = organization
            self.keyAlgorithm = keyAlgorithm
            self.usage = usage
            self.notValidBefore = notValidBefore
            self.notValidAfter = notValidBefore.addingTimeInterval(validity)
        }
    }

    /// The key usage a generated certificate carries.
    public struct Usage: Hashable, Sendable {
        enum Base: Hashable, Sendable {
            case sealing
            case timeStamping(critical: Bool)
            case certificateAuthority
        }

        let base: Base

        private init(_ base: Base) { self.base = base }

        /// Electronic seals: key usage digitalSignature and nonRepudiation.
        public static let sealing = Usage(.sealing)
        /// A time-stamping authority: critical extended key usage timeStamping only (RFC 3161 §2.3).
        public static let timeStamping = Usage(.timeStamping(critical: true))
        /// A time-stamping certificate whose extended key usage is NOT critical, which RFC 3161
        /// forbids: only for testing that verifiers refuse it.
        public static let nonCriticalTimeStamping = Usage(.timeStamping(critical: false))
        /// A certificate authority (basicConstraints CA:TRUE, keyCertSign, cRLSign).
        public static let certificateAuthority = Usage(.certificateAuthority)
    }

    /// Generates a key and a certificate for it, self-signed or issued by `issuer`.
    ///
    /// Meant for the embedded default (an installation's own seal before it has a qualified
    /// certificate), for the local time-stamping authority, and for tests:
    ///
    /// ```swift
    /// let root = try SealingIdentity.generate(.init(commonName: "Test CA", usage: .certificateAuthority))
    /// let sealer = try SealingIdentity.generate(.init(commonName: "Seal"), issuedBy: root)
    /// ```
    ///
    /// - Parameters:
    ///   - profile: Name, key type, validity and usage.
    ///   - issuer: The authority that signs the certificate; `nil` for a self-signed one.
    /// - Returns: The identity; its chain is the issuer's certificate and chain.
    /// - Throws: ``FactureSealError/Code/internalError`` when OpenSSL fails.
    public static func generate(
        _ profile: CertificateProfile,
        issuedBy issuer: SealingIdentity? = nil
    ) throws(FactureSealError) -> SealingIdentity {
        OpenSSLLibrary.initialize()
        let keyPointer: OpaquePointer? =
            switch profile.keyAlgorithm.base {
            case .ecdsaP256: cfacture_generate_ec_p256()
            case .rsa(let bits): cfacture_generate_rsa(bits)
            }
        guard let keyPointer else { throw FactureSealError.openSSL(.internalError, "key generation failed") }
        let key = OpenSSLKey(taking: keyPointer)
        guard let certificatePointer = X509_new() else {
            throw FactureSealError.openSSL(.internalError, "out of memory")
        }
        let certificate = OpenSSLCertificate(taking: certificatePointer)
        try fill(certificate.pointer, key: key, profile: profile, issuer: issuer)
        let signingKey = issuer?.key ?? key
        guard X509_sign(certificate.pointer, signingKey.pointer, EVP_sha256()) > 0 else {
            throw FactureSealError.openSSL(.internalError, "cannot sign the certificate")
        }
        let chain = issuer.map { [$0.certificate] + $0.chain } ?? []
        return SealingIdentity(key: key, certificate: SealCertificate(certificate), chain: chain)
    }

    private static func fill(
        _ x509: OpaquePointer,
        key: OpenSSLKey,
        profile: CertificateProfile,
        issuer: SealingIdentity?
    ) throws(FactureSealError) {
        var ok = X509_set_version(x509, 2) == 1
        var serial = [UInt8](repeating: 0, count: 16)
        ok = ok && RAND_bytes(&serial, Int32(serial.count)) == 1
        serial[0] &= 0x7F
        if let number = BN_bin2bn(serial, Int32(serial.count), nil) {
            ok = ok && BN_to_ASN1_INTEGER(number, X509_get_serialNumber(x509)) != nil
            BN_free(number)
        } else {
            ok = false
        }
        ok = ok && ASN1_TIME_set(X509_getm_notBefore(x509), time_t(profile.notValidBefore.timeIntervalSince1970)) != nil
        ok = ok && ASN1_TIME_set(X509_getm_notAfter(x509), time_t(profile.notValidAfter.timeIntervalSince1970)) != nil
        ok = ok && X509_set_pubkey(x509, key.pointer) == 1
        let name = X509_get_subject_name(x509)
        ok = ok && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, profile.commonName, -1, -1, 0) == 1
        if let organization = profile.organization {
            ok = ok && X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, organization, -1, -1, 0) == 1
        }
        let issuerCertificate = issuer?.certificate.handle.pointer ?? x509
        ok = ok && X509_set_issuer_name(x509, X509_get_subject_name(issuerCertificate)) == 1
        var extensions: [(Int32, String)] = [(NID_subject_key_identifier, "hash")]
        extensions.append((NID_authority_key_identifier, "keyid:always"))
        switch profile.usage.base {
        case .sealing:
            extensions.append((NID_basic_constraints, "critical,CA:FALSE"))
            extensions.append((NID_key_usage, "critical,digitalSignature,nonRepudiation"))
        case .timeStamping(let critical):
            extensions.append((NID_basic_constraints, "critical,CA:FALSE"))
            extensions.append((NID_key_usage, "critical,digitalSignature,nonRepudiation"))
            extensions.append((NID_ext_key_usage, critical ? "critical,timeStamping" : "timeStamping"))
        case .certificateAuthority:
            extensions.append((NID_basic_constraints, "critical,CA:TRUE"))
            extensions.append((NID_key_usage, "critical,keyCertSign,cRLSign"))
        }
        for (nid, value) in extensions where ok {
            ok = cfacture_X509_add_ext(x509, issuerCertificate, nid, value) == 1
        }
        guard ok else { throw FactureSealError.openSSL(.internalError, "cannot build the certificate") }
    }
}
