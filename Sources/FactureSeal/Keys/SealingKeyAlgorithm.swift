// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The key type of a sealing or time-stamping identity: ECDSA P-256 (the default) or RSA.
///
/// Every seal is signed with SHA-256 whatever the key type.
public struct SealingKeyAlgorithm: Hashable, Sendable, CustomStringConvertible {
    enum Base: Hashable, Sendable {
        case ecdsaP256
        case rsa(bits: Int)
    }

    let base: Base

    private init(_ base: Base) { self.base = base }

    /// ECDSA over NIST P-256 with SHA-256, the default.
    public static let ecdsaP256 = SealingKeyAlgorithm(.ecdsaP256)
    /// RSA 2048 bits, PKCS #1 v1.5 with SHA-256.
    public static let rsa2048 = SealingKeyAlgorithm(.rsa(bits: 2048))
    /// RSA 3072 bits, PKCS #1 v1.5 with SHA-256.
    public static let rsa3072 = SealingKeyAlgorithm(.rsa(bits: 3072))

    /// `ecdsaP256`, `rsa2048` or `rsa3072`.
    public var description: String {
        switch base {
        case .ecdsaP256: "ecdsaP256"
        case .rsa(let bits): "rsa\(bits)"
        }
    }
}
