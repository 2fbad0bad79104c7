// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureOpenSSL

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Encodes B-B seals for one identity directly in DER, the parts that never change (certificates,
/// issuerAndSerialNumber, signing-certificate-v2) encoded once.
///
/// OpenSSL's `CMS_sign`/`CMS_final` spend about twice a signature's time building, fetching and
/// re-encoding generic structures on every seal; this writes the same CAdES-B-B signed-data (RFC
/// 5652 §5, attributes sorted as DER `SET OF` requires) around one SHA-256 of the content, one of
/// the signed attributes and one signature. ``CMSSignedData`` remains the reader and the B-T
/// writer; tests check that `openssl cms -verify` accepts both writers' seals.
struct SignedDataEncoder: Sendable {
    private let identity: SealingIdentity
    private let isRSA: Bool
    /// `SignedData` fields before `signerInfos`: version, digestAlgorithms, encapContentInfo, certificates.
    private let head: [UInt8]
    /// `SignerInfo` fields before `signedAttrs`: version, sid, digestAlgorithm.
    private let signerHead: [UInt8]
    /// The signatureAlgorithm AlgorithmIdentifier.
    private let signatureAlgorithm: [UInt8]
    /// The signing-certificate-v2 attribute, whole.
    private let signingCertificateAttribute: [UInt8]

    /// Prepares the constant parts, or nil when the key is neither EC nor RSA or OpenSSL fails.
    init?(identity: SealingIdentity) {
        let certificate = identity.certificate.handle.pointer
        let keyType = EVP_PKEY_get_base_id(identity.key.pointer)
        guard keyType == EVP_PKEY_EC || keyType == EVP_PKEY_RSA,
            let issuer = OpenSSLBytes.der({ i2d_X509_NAME(X509_get_issuer_name(certificate), $0) }),
            let serial = OpenSSLBytes.der({ i2d_ASN1_INTEGER(X509_get0_serialNumber(certificate), $0) }),
            let essPointer = OSSL_ESS_signing_cert_v2_new_init(EVP_sha256(), certificate, nil, 1)
        else { return nil }
        let ess = OpenSSLBytes.der { i2d_ESS_SIGNING_CERT_V2(essPointer, $0) }
        ESS_SIGNING_CERT_V2_free(essPointer)
        guard let ess else { return nil }
        self.identity = identity
        self.isRSA = keyType == EVP_PKEY_RSA
        // A DER SET OF is sorted by encoding, as OpenSSL writes it.
        let certificates = ([identity.certificate] + identity.chain).map(\.derEncoded)
            .sorted { $0.lexicographicallyPrecedes($1) }.flatMap { $0 }
        head =
            DER.integer1 + DER.set(DER.sha256Algorithm) + DER.sequence(DER.oid(DER.dataOID))
            + DER.tlv(0xA0, certificates)
        signerHead = DER.integer1 + DER.sequence(issuer + serial) + DER.sha256Algorithm
        signatureAlgorithm =
            isRSA
            ? DER.sequence(DER.oid([0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01]) + [0x05, 0x00])
            : DER.sequence(DER.oid([0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x04, 0x03, 0x02]))
        signingCertificateAttribute = DER.attribute(
            [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x09, 0x10, 0x02, 0x2F],
            ess
        )
    }

    /// A B-B seal over `content` signed now.
    func seal(_ content: [UInt8], at time: Date = Date()) throws(FactureSealError) -> Seal {
        let seconds = time_t(time.timeIntervalSince1970)
        guard let utcTime = DER.utcTime(seconds) else {
            throw FactureSealError(code: .internalError, message: "the signing time cannot be written as UTCTime")
        }
        var attributes = [
            DER.attribute([0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x09, 0x03], DER.oid(DER.dataOID)),
            DER.attribute([0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x09, 0x05], utcTime),
            DER.attribute(
                [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x09, 0x04],
                DER.tlv(0x04, OpenSSLBytes.sha256(content))
            ),
            signingCertificateAttribute,
        ]
        attributes.sort { $0.lexicographicallyPrecedes($1) }
        let signedAttributes = attributes.flatMap { $0 }
        // The signature covers the attributes encoded as a SET (RFC 5652 §5.4).
        let signature = try sign(OpenSSLBytes.sha256(DER.tlv(0x31, signedAttributes)))
        let signerInfo = DER.sequence(
            signerHead + DER.tlv(0xA0, signedAttributes) + signatureAlgorithm + DER.tlv(0x04, signature)
        )
        let signedData = DER.sequence(head + DER.set(signerInfo))
        let contentInfo = DER.sequence(
            DER.oid([0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x02]) + DER.tlv(0xA0, signedData)
        )
        return Seal(
            basicSealDER: contentInfo,
            signingTime: Date(timeIntervalSince1970: TimeInterval(seconds)),
            signatureValue: signature
        )
    }

    /// Signs a SHA-256 digest: ECDSA (DER signature) or RSA PKCS #1 v1.5 with a SHA-256 DigestInfo.
    private func sign(_ digest: [UInt8]) throws(FactureSealError) -> [UInt8] {
        guard let context = EVP_PKEY_CTX_new(identity.key.pointer, nil) else {
            throw FactureSealError.openSSL(.internalError, "out of memory")
        }
        defer { EVP_PKEY_CTX_free(context) }
        var ok = EVP_PKEY_sign_init(context) == 1
        if isRSA { ok = ok && EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_PADDING) == 1 }
        ok = ok && EVP_PKEY_CTX_set_signature_md(context, EVP_sha256()) == 1
        var length = 0
        ok = ok && EVP_PKEY_sign(context, nil, &length, digest, digest.count) == 1
        guard ok else { throw FactureSealError.openSSL(.invalidKey, "the key cannot sign with SHA-256") }
        var signature = [UInt8](repeating: 0, count: length)
        guard EVP_PKEY_sign(context, &signature, &length, digest, digest.count) == 1 else {
            throw FactureSealError.openSSL(.invalidKey, "signing failed")
        }
        return Array(signature.prefix(length))
    }
}

/// Minimal DER writing for the fixed shapes above.
private enum DER {
    static let dataOID: [UInt8] = [0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x07, 0x01]
    static let integer1: [UInt8] = [0x02, 0x01, 0x01]
    static let sha256Algorithm: [UInt8] = sequence(
        oid([0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01]) + [0x05, 0x00]
    )

    static func tlv(_ tag: UInt8, _ content: [UInt8]) -> [UInt8] {
        var result = [tag]
        let count = content.count
        if count < 0x80 {
            result.append(UInt8(count))
        } else {
            var bytes: [UInt8] = []
            var rest = count
            while rest > 0 {
                bytes.insert(UInt8(rest & 0xFF), at: 0)
                rest >>= 8
            }
            result.append(0x80 | UInt8(bytes.count))
            result += bytes
        }
        result.reserveCapacity(result.count + count)
        return result + content
    }

    static func sequence(_ content: [UInt8]) -> [UInt8] { tlv(0x30, content) }
    static func set(_ content: [UInt8]) -> [UInt8] { tlv(0x31, content) }
    static func oid(_ body: [UInt8]) -> [UInt8] { tlv(0x06, body) }

    /// `Attribute ::= SEQUENCE { attrType OID, attrValues SET { value } }`.
    static func attribute(_ type: [UInt8], _ value: [UInt8]) -> [UInt8] {
        sequence(oid(type) + set(value))
    }

    /// UTCTime `YYMMDDHHMMSSZ` (RFC 5280 §4.1.2.5.1: years 1950 to 2049).
    static func utcTime(_ seconds: time_t) -> [UInt8]? {
        var time = seconds
        var parts = tm()
        guard gmtime_r(&time, &parts) != nil else { return nil }
        let year = Int(parts.tm_year) + 1900
        guard (1950...2049).contains(year) else { return nil }
        let fields =
            [year % 100, Int(parts.tm_mon) + 1, Int(parts.tm_mday), Int(parts.tm_hour)]
            + [Int(parts.tm_min), Int(parts.tm_sec)]
        let digits = fields.flatMap { [UInt8(0x30 + $0 / 10), UInt8(0x30 + $0 % 10)] }
        return tlv(0x17, digits + [0x5A])
    }
}
