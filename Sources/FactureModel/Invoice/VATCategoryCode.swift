// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A VAT category (BT-95, BT-102, BT-118, BT-151), from the UNCL 5305 subset that EN 16931 uses.
///
/// ```swift
/// let category: VATCategoryCode = .standardRate     // S
/// ```
///
/// Any code reads and writes back, known or not, so an invoice with a code this release does not
/// list still round-trips; ``isKnown`` says whether the code is one this release names.
public struct VATCategoryCode: RawRepresentable, Sendable {
    /// The code, e.g. `S`.
    public let rawValue: String

    /// Wraps any code, known or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps any code, known or not.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// `S`: standard rate, and any reduced rate (20 %, 10 %, 5.5 %, 2.1 % in mainland France).
    public static let standardRate = VATCategoryCode(rawValue: "S")
    /// `Z`: zero-rated goods, taxable at a 0 % rate.
    public static let zeroRated = VATCategoryCode(rawValue: "Z")
    /// `E`: exempt from tax; the invoice states the exemption reason (BT-120, BT-121).
    public static let exempt = VATCategoryCode(rawValue: "E")
    /// `AE`: VAT reverse charge; the buyer accounts for the VAT (French *autoliquidation*).
    public static let reverseCharge = VATCategoryCode(rawValue: "AE")
    /// `K`: VAT exempt for an intra-community (EEA) supply of goods and services.
    public static let intraCommunitySupply = VATCategoryCode(rawValue: "K")
    /// `G`: free export item, VAT not charged (export outside the EU).
    public static let export = VATCategoryCode(rawValue: "G")
    /// `O`: services outside the scope of VAT; the invoice then carries no VAT rate.
    public static let outsideScope = VATCategoryCode(rawValue: "O")
    /// `L`: Canary Islands general indirect tax (IGIC), charged instead of VAT.
    public static let canaryIslandsIGIC = VATCategoryCode(rawValue: "L")
    /// `M`: tax for production, services and importation in Ceuta and Melilla (IPSI).
    public static let ceutaMelillaIPSI = VATCategoryCode(rawValue: "M")

    /// The codes this release names.
    public static let allKnown: [VATCategoryCode] = [
        .standardRate, .zeroRated, .exempt, .reverseCharge, .intraCommunitySupply, .export, .outsideScope,
        .canaryIslandsIGIC, .ceutaMelillaIPSI,
    ]

    /// Whether the code is one of ``allKnown``.
    public var isKnown: Bool { VATCategoryCode.allKnown.contains(self) }
}

extension VATCategoryCode: Hashable {}

extension VATCategoryCode: Codable {}

extension VATCategoryCode: CustomStringConvertible {
    /// The code.
    public var description: String { rawValue }
}

extension VATCategoryCode: ExpressibleByStringLiteral {
    /// Wraps a literal code: `"S"`.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }
}
