// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureOpenSSL
import Synchronization

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A real RFC 3161 time-stamping authority running in process on OpenSSL's `TS_RESP` API.
///
/// It signs tokens with its identity (whose certificate must carry the critical extended key
/// usage timeStamping), numbers them from a counter, states its accuracy and policy, and
/// includes its certificate when asked. It serves the embedded default, where no external TSA
/// is configured, and tests; its time is the system clock.
///
/// ```swift
/// let authority = try LocalTimestampAuthority.generate()
/// let seal = try await Sealer(identity: identity).seal(bytes, timestampAuthority: authority)
/// ```
public struct LocalTimestampAuthority: TimestampAuthority {
    /// The identity that signs tokens.
    public let identity: SealingIdentity
    /// The default TSA policy, as a dotted OID.
    public let policy: String
    /// Further policies the authority accepts when a request names one.
    public let acceptedPolicies: [String]
    /// The accuracy stated in each token, in seconds.
    public let accuracySeconds: Int
    private let serials: SerialCounter

    /// The policy OID used when none is given: `1.2.3.4.1`, OpenSSL's example policy, meaning
    /// "a local authority without a published policy".
    public static let defaultPolicy = "1.2.3.4.1"

    /// Creates an authority signing with `identity`.
    ///
    /// - Parameters:
    ///   - identity: The TSA's key and certificate (critical extended key usage timeStamping).
    ///   - policy: The default policy OID.
    ///   - acceptedPolicies: Other policy OIDs a request may ask for.
    ///   - accuracySeconds: The accuracy stated in tokens.
    ///   - firstSerialNumber: The first token's serial number; later tokens count up from it. By
    ///     default, the current time in microseconds, so serial numbers stay unique across restarts.
    public init(
        identity: SealingIdentity,
        policy: String = LocalTimestampAuthority.defaultPolicy,
        acceptedPolicies: [String] = [],
        accuracySeconds: Int = 1,
        firstSerialNumber: UInt64? = nil
    ) {
        self.identity = identity
        self.policy = policy
        self.acceptedPolicies = acceptedPolicies
        self.accuracySeconds = accuracySeconds
        self.serials = SerialCounter(
            first: firstSerialNumber ?? UInt64(max(0, Date().timeIntervalSince1970 * 1_000_000))
        )
    }

    /// Creates an authority with a freshly generated self-signed timeStamping certificate.
    ///
    /// - Parameters:
    ///   - commonName: The authority certificate's common name.
    ///   - keyAlgorithm: The key type.
    /// - Throws: ``FactureSealError/Code/internalError`` when OpenSSL fails.
    public static func generate(
        commonName: String = "FactureKit local time-stamping authority",
        keyAlgorithm: SealingKeyAlgorithm = .ecdsaP256
    ) throws(FactureSealError) -> LocalTimestampAuthority {
        let identity = try SealingIdentity.generate(
            .init(commonName: commonName, keyAlgorithm: keyAlgorithm, usage: .timeStamping)
        )
        return LocalTimestampAuthority(identity: identity)
    }

    /// Answers a request: the same as ``respond(toDER:)``, wrapped as a response value.
    public func timestamp(_ request: TimestampRequest) async throws -> TimestampResponse {
        try TimestampResponse(derEncoded: respond(toDER: request.serializeAsDER()))
    }

    /// Answers a DER-encoded `TimeStampReq` (from any client, such as `openssl ts -query`) with a
    /// DER-encoded `TimeStampResp`; a request it cannot honour gets a rejection response.
    ///
    /// Accepted imprint algorithms: SHA-256, SHA-384, SHA-512.
    ///
    /// - Parameter request: The DER request.
    /// - Returns: The DER response.
    /// - Throws: ``FactureSealError/Code/internalError`` when OpenSSL cannot build any response.
    public func respond(toDER request: [UInt8]) throws(FactureSealError) -> [UInt8] {
        OpenSSLLibrary.initialize()
        guard let context = TS_RESP_CTX_new() else { throw FactureSealError.openSSL(.internalError, "out of memory") }
        defer { TS_RESP_CTX_free(context) }
        var ok = TS_RESP_CTX_set_signer_cert(context, identity.certificate.handle.pointer) == 1
        ok = ok && TS_RESP_CTX_set_signer_key(context, identity.key.pointer) == 1
        ok = ok && TS_RESP_CTX_set_signer_digest(context, EVP_sha256()) == 1
        // ESS signing-certificate-v2 with SHA-256 rather than the SHA-1 v1 attribute.
        ok = ok && TS_RESP_CTX_set_ess_cert_id_digest(context, EVP_sha256()) == 1
        for (index, oid) in ([policy] + acceptedPolicies).enumerated() where ok {
            guard let object = OBJ_txt2obj(oid, 1) else {
                throw FactureSealError.openSSL(.internalError, "the policy \(oid) is no OID")
            }
            ok =
                (index == 0 ? TS_RESP_CTX_set_def_policy(context, object) : TS_RESP_CTX_add_policy(context, object))
                == 1
            ASN1_OBJECT_free(object)
        }
        if !identity.chain.isEmpty, let stack = cfacture_sk_X509_new_null() {
            for certificate in identity.chain {
                _ = cfacture_sk_X509_push(stack, certificate.handle.pointer)
            }
            ok = ok && TS_RESP_CTX_set_certs(context, stack) == 1
            cfacture_sk_X509_free(stack)
        }
        ok = ok && TS_RESP_CTX_add_md(context, EVP_sha256()) == 1
        ok = ok && TS_RESP_CTX_add_md(context, EVP_sha384()) == 1
        ok = ok && TS_RESP_CTX_add_md(context, EVP_sha512()) == 1
        ok = ok && TS_RESP_CTX_set_accuracy(context, Int32(clamping: accuracySeconds), 0, 0) == 1
        guard ok else { throw FactureSealError.openSSL(.internalError, "cannot configure the time-stamping authority") }
        let response = withExtendedLifetime(serials) {
            TS_RESP_CTX_set_serial_cb(context, localAuthorityNextSerial, Unmanaged.passUnretained(serials).toOpaque())
            return OpenSSLBytes.withMemoryBIO(request) { TS_RESP_create_response(context, $0) }
        }
        guard let response else { throw FactureSealError.openSSL(.internalError, "cannot build the response") }
        defer { TS_RESP_free(response) }
        ERR_clear_error()
        guard let der = OpenSSLBytes.der({ i2d_TS_RESP(response, $0) }) else {
            throw FactureSealError.openSSL(.internalError, "cannot encode the response")
        }
        return der
    }
}

/// Serial numbers, one per token, counting up; shared by copies of one authority.
private final class SerialCounter: Sendable {
    private let next: Mutex<UInt64>

    init(first: UInt64) { next = Mutex(first) }

    func take() -> UInt64 {
        next.withLock { value in
            defer { value &+= 1 }
            return value
        }
    }
}

/// OpenSSL's serial-number callback: the next number of the `SerialCounter` passed as `data`.
private func localAuthorityNextSerial(
    _ context: OpaquePointer?,
    _ data: UnsafeMutableRawPointer?
) -> UnsafeMutablePointer<ASN1_INTEGER>? {
    guard let data, let serial = ASN1_INTEGER_new() else { return nil }
    let counter = Unmanaged<SerialCounter>.fromOpaque(data).takeUnretainedValue()
    guard ASN1_INTEGER_set_uint64(serial, counter.take()) == 1 else {
        ASN1_INTEGER_free(serial)
        return nil
    }
    return serial
}
