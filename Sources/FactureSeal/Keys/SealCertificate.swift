// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureOpenSSL

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// An X.509 certificate: a signer's, a time-stamping authority's or a trust anchor.
///
/// ```swift
/// let anchors = try SealCertificate.all(pemEncoded: try String(contentsOfFile: "ca.pem", encoding: .utf8))
/// ```
public struct SealCertificate: Hashable, Sendable, CustomStringConvertible {
    let handle: OpenSSLCertificate

    init(_ handle: OpenSSLCertificate) {
        self.handle = handle
        self.derEncoded = handle.derEncoded
    }

    /// The DER encoding.
    public let derEncoded: [UInt8]

    /// Reads one DER-encoded certificate.
    ///
    /// - Throws: ``FactureSealError/Code/invalidCertificate`` when the bytes are no certificate.
    public init(derEncoded: [UInt8]) throws(FactureSealError) {
        guard let first = try OpenSSLCertificate.all(encoded: derEncoded).first else {
            throw FactureSealError(code: .invalidCertificate, message: "no certificate in the input")
        }
        self.init(first)
    }

    /// Reads the first certificate of a PEM text.
    ///
    /// - Throws: ``FactureSealError/Code/invalidCertificate`` when the text holds no certificate.
    public init(pemEncoded: String) throws(FactureSealError) {
        guard let first = try Self.all(pemEncoded: pemEncoded).first else {
            throw FactureSealError(code: .invalidCertificate, message: "no PEM certificate in the input")
        }
        self = first
    }

    /// Reads every certificate of a PEM bundle, in order.
    ///
    /// - Throws: ``FactureSealError/Code/invalidCertificate`` when the text holds no certificate.
    public static func all(pemEncoded: String) throws(FactureSealError) -> [SealCertificate] {
        try OpenSSLCertificate.all(encoded: Array(pemEncoded.utf8)).map(SealCertificate.init)
    }

    /// The certificate as a PEM block.
    public func serializeAsPEM() -> String {
        let text = OpenSSLBytes.writingMemoryBIO { PEM_write_bio_X509($0, handle.pointer) }
        return text.map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The subject's distinguished name, RFC 2253 style (`CN=Seal,O=Example`).
    public var subject: String { handle.subject }

    /// The issuer's distinguished name, RFC 2253 style.
    public var issuer: String { handle.issuer }

    /// The first instant the certificate is valid.
    public var notValidBefore: Date? { handle.notBefore }

    /// The last instant the certificate is valid.
    public var notValidAfter: Date? { handle.notAfter }

    /// The subject's name.
    public var description: String { subject }

    /// Certificates are equal when their DER encodings are.
    public static func == (lhs: SealCertificate, rhs: SealCertificate) -> Bool {
        lhs.derEncoded == rhs.derEncoded
    }

    /// Hashes the DER encoding, consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(derEncoded)
    }
}
