// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureOpenSSL

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An owned OpenSSL CMS `ContentInfo` holding signed-data with one signer; not thread-safe.
final class CMSSignedData {
    let pointer: OpaquePointer
    /// The first (and, in our seals, only) SignerInfo; borrowed from `pointer`.
    let signerInfo: OpaquePointer

    private init(pointer: OpaquePointer, signerInfo: OpaquePointer) {
        self.pointer = pointer
        self.signerInfo = signerInfo
    }

    deinit { CMS_ContentInfo_free(pointer) }

    /// Parses a DER seal.
    convenience init(derEncoded: [UInt8]) throws(FactureSealError) {
        OpenSSLLibrary.initialize()
        let cms = derEncoded.withUnsafeBufferPointer { buffer in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_CMS_ContentInfo(nil, &cursor, buffer.count)
        }
        guard let cms else { throw FactureSealError.openSSL(.malformedSeal, "the seal is no DER CMS structure") }
        guard OBJ_obj2nid(CMS_get0_type(cms)) == NID_pkcs7_signed,
            let signers = CMS_get0_SignerInfos(cms), cfacture_sk_CMS_SignerInfo_num(signers) >= 1,
            let signer = cfacture_sk_CMS_SignerInfo_value(signers, 0)
        else {
            CMS_ContentInfo_free(cms)
            throw FactureSealError(code: .malformedSeal, message: "the seal is no CMS signed-data with a signer")
        }
        self.init(pointer: cms, signerInfo: signer)
    }

    /// Signs `content` detached: CAdES-B-B signed attributes (contentType, messageDigest,
    /// signingTime, signing-certificate-v2), SHA-256, the identity's chain included.
    convenience init(signing content: [UInt8], identity: SealingIdentity) throws(FactureSealError) {
        OpenSSLLibrary.initialize()
        let flags = UInt32(CMS_DETACHED | CMS_BINARY | CMS_PARTIAL)
        guard let cms = CMS_sign(nil, nil, nil, nil, flags) else {
            throw FactureSealError.openSSL(.internalError, "cannot create the CMS structure")
        }
        // CMS_CADES adds ESS signing-certificate-v2 (RFC 5035) with the SHA-256 hash of the signer's
        // certificate and its issuerSerial; no S/MIME capabilities, which a seal does not need.
        let signerFlags = UInt32(CMS_BINARY | CMS_PARTIAL | CMS_CADES | CMS_NOSMIMECAP)
        guard
            let signer = CMS_add1_signer(
                cms,
                identity.certificate.handle.pointer,
                identity.key.pointer,
                EVP_sha256(),
                signerFlags
            )
        else {
            CMS_ContentInfo_free(cms)
            throw FactureSealError.openSSL(.invalidKey, "the key cannot sign with SHA-256")
        }
        self.init(pointer: cms, signerInfo: signer)
        for certificate in identity.chain where CMS_add1_cert(cms, certificate.handle.pointer) != 1 {
            throw FactureSealError.openSSL(.internalError, "cannot add the chain")
        }
        let signed = content.withUnsafeBytes { raw in
            let bio = BIO_new_mem_buf(raw.baseAddress, Int32(clamping: raw.count))
            defer { BIO_free(bio) }
            return CMS_final(cms, bio, nil, UInt32(CMS_DETACHED | CMS_BINARY))
        }
        guard signed == 1 else { throw FactureSealError.openSSL(.invalidKey, "signing failed") }
    }

    /// The DER encoding.
    func derEncoded() throws(FactureSealError) -> [UInt8] {
        guard let der = OpenSSLBytes.der({ i2d_CMS_ContentInfo(pointer, $0) }) else {
            throw FactureSealError.openSSL(.internalError, "cannot encode the seal")
        }
        return der
    }

    /// The signature value (the SignerInfo's `signature` OCTET STRING contents).
    var signatureValue: [UInt8] {
        OpenSSLBytes.bytes(CMS_SignerInfo_get0_signature(signerInfo))
    }

    /// The signingTime signed attribute.
    var signingTime: Date? {
        let index = CMS_signed_get_attr_by_NID(signerInfo, NID_pkcs9_signingTime, -1)
        guard index >= 0, let value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(signerInfo, index), 0) else {
            return nil
        }
        let type = ASN1_TYPE_get(value)
        guard type == V_ASN1_UTCTIME || type == V_ASN1_GENERALIZEDTIME else { return nil }
        return OpenSSLBytes.date(value.pointee.value.asn1_string)
    }

    /// The value of a signed attribute holding one SEQUENCE, as DER, or nil.
    func signedSequenceAttribute(nid: Int32) -> [UInt8]? {
        let index = CMS_signed_get_attr_by_NID(signerInfo, nid, -1)
        guard index >= 0, let value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(signerInfo, index), 0),
            ASN1_TYPE_get(value) == V_ASN1_SEQUENCE
        else { return nil }
        return OpenSSLBytes.bytes(value.pointee.value.sequence)
    }

    /// The DER of the signatureTimeStampToken unsigned attribute (a CMS ContentInfo), or nil.
    var timestampTokenDER: [UInt8]? {
        let index = CMS_unsigned_get_attr_by_NID(signerInfo, NID_id_smime_aa_timeStampToken, -1)
        guard index >= 0, let value = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(signerInfo, index), 0),
            ASN1_TYPE_get(value) == V_ASN1_SEQUENCE
        else { return nil }
        return OpenSSLBytes.bytes(value.pointee.value.sequence)
    }

    /// Adds an RFC 3161 token as the unsigned attribute id-aa-signatureTimeStampToken
    /// (1.2.840.113549.1.9.16.2.14).
    func addTimestampToken(_ token: [UInt8]) throws(FactureSealError) {
        let added = token.withUnsafeBytes { raw in
            CMS_unsigned_add1_attr_by_NID(
                signerInfo,
                NID_id_smime_aa_timeStampToken,
                V_ASN1_SEQUENCE,
                raw.baseAddress,
                Int32(raw.count)
            )
        }
        guard added == 1 else { throw FactureSealError.openSSL(.internalError, "cannot add the time-stamp token") }
    }

    /// The certificates the seal carries (owned copies).
    var certificates: [OpenSSLCertificate] {
        guard let stack = CMS_get1_certs(pointer) else { return [] }
        defer { cfacture_sk_X509_pop_free(stack) }
        return (0..<cfacture_sk_X509_num(stack)).compactMap { index in
            cfacture_sk_X509_value(stack, index).map(OpenSSLCertificate.init(retaining:))
        }
    }

    /// The SHA-256 digest algorithm check and the messageDigest signed attribute.
    var messageDigest: (algorithm: Int32, digest: [UInt8])? {
        var digestAlgorithm: UnsafeMutablePointer<X509_ALGOR>?
        CMS_SignerInfo_get0_algs(signerInfo, nil, nil, &digestAlgorithm, nil)
        var object: OpaquePointer?
        X509_ALGOR_get0(&object, nil, nil, digestAlgorithm)
        let index = CMS_signed_get_attr_by_NID(signerInfo, NID_pkcs9_messageDigest, -1)
        guard index >= 0, let value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(signerInfo, index), 0),
            ASN1_TYPE_get(value) == V_ASN1_OCTET_STRING
        else { return nil }
        return (OBJ_obj2nid(object), OpenSSLBytes.bytes(value.pointee.value.octet_string))
    }
}
