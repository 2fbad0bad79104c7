// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureOpenSSL

/// An RFC 3161 `TimeStampReq` over a SHA-256 message imprint.
///
/// A fresh request carries a random 64-bit nonce and asks for the authority's certificate, so the
/// response can be checked as fresh and verified on its own.
public struct TimestampRequest: Hashable, Sendable {
    /// The SHA-256 digest of the data to time-stamp (32 bytes).
    public var imprint: [UInt8]
    /// The nonce, big-endian, or `nil` for none.
    public var nonce: [UInt8]?
    /// Whether the authority must include its certificate in the token.
    public var requestsCertificate: Bool
    /// The TSA policy asked for, as a dotted OID, or `nil` for the authority's default.
    public var policy: String?

    /// Creates a request over a SHA-256 `imprint` with a fresh random nonce.
    ///
    /// - Parameters:
    ///   - imprint: The SHA-256 digest of the data to time-stamp.
    ///   - policy: The TSA policy to ask for, or `nil`.
    ///   - requestsCertificate: Whether the token must carry the authority's certificate.
    public init(imprint: [UInt8], policy: String? = nil, requestsCertificate: Bool = true) {
        self.imprint = imprint
        self.policy = policy
        self.requestsCertificate = requestsCertificate
        var nonce = [UInt8](repeating: 0, count: 8)
        if RAND_bytes(&nonce, Int32(nonce.count)) != 1 {
            var generator = SystemRandomNumberGenerator()
            nonce = (0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }
        }
        nonce[0] = (nonce[0] & 0x7F) | 0x01  // positive and full length
        self.nonce = nonce
    }

    /// Creates a request over the SHA-256 digest of `data`.
    ///
    /// - Parameters:
    ///   - data: The bytes to time-stamp.
    ///   - policy: The TSA policy to ask for, or `nil`.
    public init(hashing data: [UInt8], policy: String? = nil) {
        self.init(imprint: OpenSSLBytes.sha256(data), policy: policy)
    }

    /// The DER encoding, as sent with content type `application/timestamp-query`.
    ///
    /// - Throws: ``FactureSealError/Code/malformedTimestamp`` when the imprint is not 32 bytes or
    ///   the policy is no OID.
    public func serializeAsDER() throws(FactureSealError) -> [UInt8] {
        guard imprint.count == Int(SHA256_DIGEST_LENGTH) else {
            throw FactureSealError(
                code: .malformedTimestamp,
                message: "a SHA-256 imprint has 32 bytes, not \(imprint.count)"
            )
        }
        OpenSSLLibrary.initialize()
        guard let request = TS_REQ_new(), let messageImprint = TS_MSG_IMPRINT_new(), let algorithm = X509_ALGOR_new()
        else { throw FactureSealError.openSSL(.internalError, "out of memory") }
        defer {
            TS_REQ_free(request)
            TS_MSG_IMPRINT_free(messageImprint)
            X509_ALGOR_free(algorithm)
        }
        var ok = TS_REQ_set_version(request, 1) == 1
        X509_ALGOR_set_md(algorithm, EVP_sha256())
        ok = ok && TS_MSG_IMPRINT_set_algo(messageImprint, algorithm) == 1
        var digest = imprint
        ok = ok && TS_MSG_IMPRINT_set_msg(messageImprint, &digest, Int32(digest.count)) == 1
        ok = ok && TS_REQ_set_msg_imprint(request, messageImprint) == 1
        if let policy {
            guard let object = OBJ_txt2obj(policy, 1) else {
                throw FactureSealError.openSSL(.malformedTimestamp, "the policy \(policy) is no OID")
            }
            ok = ok && TS_REQ_set_policy_id(request, object) == 1
            ASN1_OBJECT_free(object)
        }
        if let nonce {
            guard let number = BN_bin2bn(nonce, Int32(nonce.count), nil) else {
                throw FactureSealError.openSSL(.internalError, "out of memory")
            }
            let integer = BN_to_ASN1_INTEGER(number, nil)
            BN_free(number)
            ok = ok && integer != nil && TS_REQ_set_nonce(request, integer) == 1
            ASN1_INTEGER_free(integer)
        }
        ok = ok && TS_REQ_set_cert_req(request, requestsCertificate ? 1 : 0) == 1
        guard ok, let der = OpenSSLBytes.der({ i2d_TS_REQ(request, $0) }) else {
            throw FactureSealError.openSSL(.internalError, "cannot encode the time-stamp request")
        }
        return der
    }
}
