// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// The outcome of verifying a seal: valid, or the reasons it is not, with what was found.
public struct SealVerification: Sendable {
    /// Every check that failed, in the order checked; empty when the seal is valid.
    public var failures: [Failure]
    /// B-B, or B-T when the seal carries a time-stamp.
    public var level: Seal.Level
    /// The signer's certificate, when the seal carries it.
    public var signer: SealCertificate?
    /// The signingTime the signer claimed.
    public var signingTime: Date?
    /// The seal's time-stamp check, for a B-T seal.
    public var timestamp: TimestampVerification?
    /// The instant at which certificates were checked: the time-stamp's time for a B-T seal,
    /// otherwise the verifier's validation time.
    public var validationTime: Date

    /// True when no check failed, including the time-stamp's.
    public var isValid: Bool { failures.isEmpty }

    /// True when some failure has `reason`.
    public func contains(_ reason: Failure.Reason) -> Bool {
        failures.contains { $0.reason == reason }
    }
}

/// The outcome of verifying an RFC 3161 time-stamp token.
public struct TimestampVerification: Sendable {
    /// Every check that failed; empty when the token is valid.
    public var failures: [SealVerification.Failure]
    /// The token, when it could be read.
    public var token: TimestampToken?
    /// The authority's certificate, when the token carries it.
    public var authority: SealCertificate?

    /// True when no check failed.
    public var isValid: Bool { failures.isEmpty }

    /// True when some failure has `reason`.
    public func contains(_ reason: SealVerification.Failure.Reason) -> Bool {
        failures.contains { $0.reason == reason }
    }
}

extension SealVerification {
    /// One failed check: a reason to switch on and a message for people.
    public struct Failure: Hashable, Sendable, CustomStringConvertible {
        /// What failed.
        public var reason: Reason
        /// What failed, in words, naming the certificate or value concerned.
        public var message: String

        /// Creates a failure.
        public init(_ reason: Reason, _ message: String) {
            self.reason = reason
            self.message = message
        }

        /// `reason: message`.
        public var description: String { "\(reason): \(message)" }
    }
}

extension SealVerification.Failure {
    /// Why a seal or time-stamp does not verify. New reasons may be added in minor releases.
    public struct Reason: Hashable, Sendable, CustomStringConvertible {
        private let name: String

        private init(_ name: String) { self.name = name }

        /// The seal does not carry the signer's certificate.
        public static let signerCertificateMissing = Reason("signerCertificateMissing")
        /// The seal's digest algorithm is not one FactureKit accepts (SHA-256, SHA-384, SHA-512).
        public static let unsupportedDigestAlgorithm = Reason("unsupportedDigestAlgorithm")
        /// The bytes are not the sealed ones: their digest differs from the messageDigest attribute.
        public static let contentDigestMismatch = Reason("contentDigestMismatch")
        /// The signature over the signed attributes does not verify with the signer's key.
        public static let signatureInvalid = Reason("signatureInvalid")
        /// No signing-certificate-v2 attribute, which CAdES requires.
        public static let signingCertificateMissing = Reason("signingCertificateMissing")
        /// The signing-certificate-v2 attribute names another certificate than the signer's.
        public static let signingCertificateMismatch = Reason("signingCertificateMismatch")
        /// The signer's certificate does not chain to a trust anchor.
        public static let certificateChainUntrusted = Reason("certificateChainUntrusted")
        /// A certificate of the signer's chain is expired or not yet valid at the validation time.
        public static let certificateNotValidAtTime = Reason("certificateNotValidAtTime")
        /// The verifier requires a time-stamp and the seal has none.
        public static let timestampMissing = Reason("timestampMissing")
        /// The time-stamp token cannot be read.
        public static let timestampMalformed = Reason("timestampMalformed")
        /// The authority refused the request.
        public static let timestampNotGranted = Reason("timestampNotGranted")
        /// The token's imprint is not the hash of the signature value (or of the requested data).
        public static let timestampImprintMismatch = Reason("timestampImprintMismatch")
        /// The token does not echo the request's nonce: the response is not fresh.
        public static let timestampNonceMismatch = Reason("timestampNonceMismatch")
        /// The token's policy is not one the verifier accepts.
        public static let timestampPolicyNotAccepted = Reason("timestampPolicyNotAccepted")
        /// The token does not carry its authority's certificate.
        public static let timestampAuthorityCertificateMissing = Reason("timestampAuthorityCertificateMissing")
        /// The authority's certificate lacks a critical extended key usage of timeStamping only.
        public static let timestampAuthorityNotForTimestamping = Reason("timestampAuthorityNotForTimestamping")
        /// The authority's certificate does not chain to a trust anchor.
        public static let timestampChainUntrusted = Reason("timestampChainUntrusted")
        /// A certificate of the authority's chain is expired or not yet valid at the token's time.
        public static let timestampCertificateNotValidAtTime = Reason("timestampCertificateNotValidAtTime")
        /// The token's signature, or its ESS signing-certificate attribute, does not verify.
        public static let timestampSignatureInvalid = Reason("timestampSignatureInvalid")

        /// The reason's name, such as `contentDigestMismatch`.
        public var description: String { name }
    }
}
