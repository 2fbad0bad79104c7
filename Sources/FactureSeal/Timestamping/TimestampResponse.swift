// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureOpenSSL

/// An RFC 3161 `TimeStampResp`: a status and, when granted, a token.
public struct TimestampResponse: Hashable, Sendable {
    /// The DER encoding, as received with content type `application/timestamp-reply`.
    public let derEncoded: [UInt8]
    /// The PKIStatus: 0 granted, 1 granted with modifications, 2 rejection, 3 waiting,
    /// 4 revocation warning, 5 revocation notification.
    public let status: Int
    /// The failure reasons a refusing authority gave (`badAlg`, `unacceptedPolicy`, …).
    public let failures: [String]
    /// The token, when the status grants one.
    public let token: TimestampToken?

    /// True when the status is granted (0) or granted with modifications (1).
    public var isGranted: Bool { status == 0 || status == 1 }

    /// Reads a DER-encoded response.
    ///
    /// - Throws: ``FactureSealError/Code/malformedTimestamp`` when the bytes are no response.
    public init(derEncoded: [UInt8]) throws(FactureSealError) {
        OpenSSLLibrary.initialize()
        let response = derEncoded.withUnsafeBufferPointer { buffer in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_TS_RESP(nil, &cursor, buffer.count)
        }
        guard let response else {
            throw FactureSealError.openSSL(.malformedTimestamp, "the bytes are no RFC 3161 time-stamp response")
        }
        defer { TS_RESP_free(response) }
        let info = TS_RESP_get_status_info(response)
        self.derEncoded = derEncoded
        self.status = Int(ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(info)))
        let names = [
            0: "badAlg", 2: "badRequest", 5: "badDataFormat", 14: "timeNotAvailable", 15: "unacceptedPolicy",
            16: "unacceptedExtension", 17: "addInfoNotAvailable", 25: "systemFailure",
        ]
        let bits = TS_STATUS_INFO_get0_failure_info(info)
        self.failures = names.keys.sorted().compactMap { bit in
            bits.flatMap { ASN1_BIT_STRING_get_bit($0, Int32(bit)) == 1 ? names[bit] : nil }
        }
        if let token = TS_RESP_get_token(response),
            let tokenDER = OpenSSLBytes.der({ i2d_PKCS7(token, $0) })
        {
            self.token = try TimestampToken(token: token, derEncoded: tokenDER)
        } else {
            self.token = nil
        }
    }

    /// Checks this response against the request it answers and returns its token.
    ///
    /// Checks that the status grants a token, that the token's imprint and hash algorithm are the
    /// request's, that it echoes the request's nonce (so it is fresh), that its policy is the one
    /// asked for, and that it carries a certificate when one was asked for. The token's signature
    /// and its authority's certificate are checked by ``SealVerifier``.
    ///
    /// - Parameter request: The request sent.
    /// - Returns: The token.
    /// - Throws: ``FactureSealError/Code/timestampAuthorityFailed`` naming the first mismatch.
    public func token(for request: TimestampRequest) throws(FactureSealError) -> TimestampToken {
        guard isGranted, let token else {
            let reasons = failures.isEmpty ? "" : " (\(failures.joined(separator: ", ")))"
            throw FactureSealError(
                code: .timestampAuthorityFailed,
                message: "the time-stamping authority refused the request: status \(status)\(reasons)"
            )
        }
        if let problem = TimestampResponse.mismatch(token, request) {
            throw FactureSealError(code: .timestampAuthorityFailed, message: problem)
        }
        return token
    }

    /// The first way `token` does not answer `request`, or `nil`.
    static func mismatch(_ token: TimestampToken, _ request: TimestampRequest) -> String? {
        if token.hashAlgorithm != "2.16.840.1.101.3.4.2.1" || token.imprint != request.imprint {
            return "the token's imprint is not the request's"
        }
        if token.nonce != request.nonce {
            return "the token's nonce is not the request's: the response is not fresh"
        }
        if let policy = request.policy, token.policy != policy {
            return "the token's policy \(token.policy) is not the requested \(policy)"
        }
        if request.requestsCertificate && token.certificates.isEmpty {
            return "the token lacks the authority's certificate that the request asked for"
        }
        return nil
    }
}
