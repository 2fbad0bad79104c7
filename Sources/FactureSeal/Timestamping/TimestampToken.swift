// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureOpenSSL

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// An RFC 3161 time-stamp token: a CMS signed-data whose content is the `TSTInfo` an authority
/// signed.
///
/// Reading a token does not verify it; ``SealVerifier`` does.
public struct TimestampToken: Hashable, Sendable {
    /// The DER encoding of the token (a CMS `ContentInfo`).
    public let derEncoded: [UInt8]
    /// When the authority says the imprint existed (`genTime`).
    public let time: Date
    /// The accuracy of ``time`` in seconds, if the authority states one.
    public let accuracy: Double?
    /// The token's serial number, big-endian.
    public let serialNumber: [UInt8]
    /// The TSA policy under which the token was issued, as a dotted OID.
    public let policy: String
    /// The dotted OID of the imprint's hash algorithm (`2.16.840.1.101.3.4.2.1` for SHA-256).
    public let hashAlgorithm: String
    /// The message imprint: the digest of the time-stamped data.
    public let imprint: [UInt8]
    /// The request's nonce, echoed, big-endian.
    public let nonce: [UInt8]?
    /// The certificates the token carries (the authority's when it was asked for).
    public let certificates: [SealCertificate]

    /// Reads a DER-encoded token.
    ///
    /// - Throws: ``FactureSealError/Code/malformedTimestamp`` when the bytes are no time-stamp token.
    public init(derEncoded: [UInt8]) throws(FactureSealError) {
        OpenSSLLibrary.initialize()
        let token = derEncoded.withUnsafeBufferPointer { buffer in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_PKCS7(nil, &cursor, buffer.count)
        }
        guard let token else { throw FactureSealError.openSSL(.malformedTimestamp, "the token is no CMS structure") }
        defer { PKCS7_free(token) }
        try self.init(token: token, derEncoded: derEncoded)
    }

    init(token: UnsafeMutablePointer<PKCS7>, derEncoded: [UInt8]) throws(FactureSealError) {
        guard let info = PKCS7_to_TS_TST_INFO(token) else {
            throw FactureSealError.openSSL(.malformedTimestamp, "the token holds no TSTInfo")
        }
        defer { TS_TST_INFO_free(info) }
        guard let time = OpenSSLBytes.date(TS_TST_INFO_get_time(info)),
            let policy = OpenSSLBytes.oid(TS_TST_INFO_get_policy_id(info)),
            let messageImprint = TS_TST_INFO_get_msg_imprint(info),
            let algorithm = TS_MSG_IMPRINT_get_algo(messageImprint)
        else {
            throw FactureSealError(code: .malformedTimestamp, message: "the TSTInfo lacks its time, policy or imprint")
        }
        var algorithmObject: OpaquePointer?
        X509_ALGOR_get0(&algorithmObject, nil, nil, algorithm)
        self.derEncoded = derEncoded
        self.time = time
        self.policy = policy
        self.hashAlgorithm = OpenSSLBytes.oid(algorithmObject) ?? ""
        self.imprint = OpenSSLBytes.bytes(TS_MSG_IMPRINT_get_msg(messageImprint))
        self.serialNumber = OpenSSLBytes.integer(TS_TST_INFO_get_serial(info)) ?? []
        self.nonce = TS_TST_INFO_get_nonce(info).flatMap { OpenSSLBytes.integer($0) }
        self.accuracy = TS_TST_INFO_get_accuracy(info).map { accuracy in
            let seconds = Double(ASN1_INTEGER_get(TS_ACCURACY_get_seconds(accuracy)))
            let millis = Double(ASN1_INTEGER_get(TS_ACCURACY_get_millis(accuracy)))
            let micros = Double(ASN1_INTEGER_get(TS_ACCURACY_get_micros(accuracy)))
            return seconds + millis / 1000 + micros / 1_000_000
        }
        var certificates: [SealCertificate] = []
        if let stack = cfacture_PKCS7_signed_certificates(token) {
            for index in 0..<cfacture_sk_X509_num(stack) {
                if let certificate = cfacture_sk_X509_value(stack, index) {
                    certificates.append(SealCertificate(OpenSSLCertificate(retaining: certificate)))
                }
            }
        }
        self.certificates = certificates
    }
}
