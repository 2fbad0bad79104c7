// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A code of the Electronic Address Scheme (EAS) list, naming what kind of electronic address
/// BT-34 or BT-49 is.
///
/// Any code reads and writes back, known or not; the constants are the ones French invoices use.
public struct ElectronicAddressScheme: RawRepresentable, Sendable {
    /// The code, e.g. `0225`.
    public let rawValue: String

    /// Wraps any code, known or not, so that codes this release does not list still round-trip.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps any code, known or not.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// `0002`: SIRENE, the French SIREN company number.
    public static let siren = ElectronicAddressScheme(rawValue: "0002")
    /// `0009`: SIRET-CODE, the French SIRET establishment number.
    public static let siret = ElectronicAddressScheme(rawValue: "0009")
    /// `0060`: the Dun & Bradstreet DUNS number.
    public static let duns = ElectronicAddressScheme(rawValue: "0060")
    /// `0088`: the GS1 Global Location Number (GLN).
    public static let gln = ElectronicAddressScheme(rawValue: "0088")
    /// `0204`: the German Leitweg-ID.
    public static let leitwegID = ElectronicAddressScheme(rawValue: "0204")
    /// `0208`: the Belgian enterprise number.
    public static let belgianEnterpriseNumber = ElectronicAddressScheme(rawValue: "0208")
    /// `0225`: the French e-invoicing (CTC) electronic address, built on the SIREN, which the
    /// reform's directory uses to route invoices.
    public static let frenchCTC = ElectronicAddressScheme(rawValue: "0225")
    /// `9957`: the French VAT number.
    public static let frenchVATNumber = ElectronicAddressScheme(rawValue: "9957")
    /// `EM`: an e-mail address.
    public static let email = ElectronicAddressScheme(rawValue: "EM")

    /// The codes this release names.
    public static let allKnown: [ElectronicAddressScheme] = [
        .siren, .siret, .duns, .gln, .leitwegID, .belgianEnterpriseNumber, .frenchCTC, .frenchVATNumber, .email,
    ]

    /// Whether the code is one of ``allKnown``.
    public var isKnown: Bool { ElectronicAddressScheme.allKnown.contains(self) }
}

extension ElectronicAddressScheme: Hashable {}

extension ElectronicAddressScheme: Codable {}

extension ElectronicAddressScheme: CustomStringConvertible {
    /// The code.
    public var description: String { rawValue }
}

extension ElectronicAddressScheme: ExpressibleByStringLiteral {
    /// Wraps a literal code: `"0225"`.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }
}
