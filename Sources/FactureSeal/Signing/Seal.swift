// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// A detached CAdES seal: a CMS signed-data over bytes kept elsewhere, at level B-B, or B-T when
/// it carries an RFC 3161 time-stamp over its signature.
///
/// Reading a seal does not verify it; ``SealVerifier`` does.
public struct Seal: Hashable, Sendable {
    /// The DER encoding (what a `.p7s` file holds).
    public let derEncoded: [UInt8]
    /// B-B, or B-T when time-stamped.
    public let level: Level
    /// The signingTime the signer claimed (not proof of time: the time-stamp is).
    public let signingTime: Date?
    /// The signature time-stamp of a B-T seal.
    public let timestamp: TimestampToken?
    /// The signature value (the SignerInfo's `signature` contents), which a B-T time-stamp covers.
    public let signatureValue: [UInt8]

    /// Reads a DER-encoded seal.
    ///
    /// - Throws: ``FactureSealError/Code/malformedSeal`` when the bytes are no CMS signed-data;
    ///   ``FactureSealError/Code/malformedTimestamp`` when its time-stamp token cannot be read.
    public init(derEncoded: [UInt8]) throws(FactureSealError) {
        try self.init(CMSSignedData(derEncoded: derEncoded), derEncoded: derEncoded)
    }

    init(_ cms: CMSSignedData, derEncoded: [UInt8]) throws(FactureSealError) {
        self.derEncoded = derEncoded
        self.signingTime = cms.signingTime
        self.signatureValue = cms.signatureValue
        self.timestamp = try cms.timestampTokenDER.map { (der) throws(FactureSealError) in
            try TimestampToken(derEncoded: der)
        }
        self.level = timestamp == nil ? .basic : .timestamped
    }

    /// A B-B seal just encoded by ``SignedDataEncoder``, without parsing it back.
    init(basicSealDER: [UInt8], signingTime: Date, signatureValue: [UInt8]) {
        self.derEncoded = basicSealDER
        self.signingTime = signingTime
        self.signatureValue = signatureValue
        self.timestamp = nil
        self.level = .basic
    }

    /// The seal as a PEM block (`-----BEGIN CMS-----`).
    public func serializeAsPEM() -> String {
        let base64 = Data(derEncoded).base64EncodedString()
        var lines = ["-----BEGIN CMS-----"]
        var rest = Substring(base64)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(64)))
            rest = rest.dropFirst(64)
        }
        lines.append("-----END CMS-----")
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Seal {
    /// A CAdES baseline level (ETSI EN 319 122-1).
    public struct Level: Hashable, Sendable, CustomStringConvertible {
        enum Base: String, Hashable, Sendable {
            case basic = "B-B"
            case timestamped = "B-T"
        }

        let base: Base

        private init(_ base: Base) { self.base = base }

        /// B-B: signed attributes contentType, messageDigest, signingTime and signing-certificate-v2.
        public static let basic = Level(.basic)
        /// B-T: B-B plus a signature time-stamp proving the seal existed at that time.
        public static let timestamped = Level(.timestamped)

        /// `B-B` or `B-T`.
        public var description: String { base.rawValue }
    }
}
