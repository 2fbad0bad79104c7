// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A private key with its certificate and the intermediate certificates up to a trust anchor: who
/// seals, or who time-stamps.
///
/// The key never appears in `description` or in errors.
///
/// ```swift
/// let identity = try SealingIdentity(
///     privateKey: Array(keyPEM.utf8),
///     certificate: Array(certificatePEM.utf8)
/// )
/// ```
public struct SealingIdentity: Sendable, CustomStringConvertible {
    let key: OpenSSLKey

    /// The certificate of the key.
    public let certificate: SealCertificate

    /// Intermediate certificates, nearest first, sent inside each seal or token.
    public let chain: [SealCertificate]

    init(key: OpenSSLKey, certificate: SealCertificate, chain: [SealCertificate]) {
        self.key = key
        self.certificate = certificate
        self.chain = chain
    }

    /// Reads a private key and certificates, each as PEM or DER.
    ///
    /// - Parameters:
    ///   - privateKey: A PKCS #8, SEC 1 (EC) or PKCS #1 (RSA) key, PEM or DER, unencrypted.
    ///   - certificate: The key's certificate, PEM or DER. Further PEM certificates after the first
    ///     are taken as the chain.
    ///   - chain: Intermediate certificates, PEM bundle or one DER certificate.
    /// - Throws: ``FactureSealError/Code/invalidKey``, ``FactureSealError/Code/invalidCertificate``,
    ///   the latter also when the certificate does not belong to the key.
    public init(privateKey: [UInt8], certificate: [UInt8], chain: [UInt8]? = nil) throws(FactureSealError) {
        let key = try OpenSSLKey(encoded: privateKey)
        var certificates = try OpenSSLCertificate.all(encoded: certificate)
        let leaf = certificates.removeFirst()
        if let chain { certificates += try OpenSSLCertificate.all(encoded: chain) }
        guard leaf.matches(key) else {
            throw FactureSealError.openSSL(.invalidCertificate, "the certificate does not belong to the private key")
        }
        self.init(key: key, certificate: SealCertificate(leaf), chain: certificates.map(SealCertificate.init))
    }

    /// The private key as unencrypted PKCS #8 PEM, for storing a generated identity.
    ///
    /// - Throws: ``FactureSealError/Code/internalError`` when OpenSSL cannot encode it.
    public func serializePrivateKeyAsPEM() throws(FactureSealError) -> String {
        try key.pemEncoded()
    }

    /// The certificate's subject; never the key.
    public var description: String { "SealingIdentity(\(certificate.subject))" }
}
