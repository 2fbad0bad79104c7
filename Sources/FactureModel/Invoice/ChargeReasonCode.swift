// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Why a charge is added (BT-105 document level, BT-145 line level), from UNCL 7161.
///
/// ```swift
/// let reason: ChargeReasonCode = .freightService   // FC
/// ```
///
/// Any code reads and writes back, known or not, so an invoice with a code this release does not
/// list still round-trips; ``isKnown`` says whether the code is one this release names.
public struct ChargeReasonCode: RawRepresentable, Sendable {
    /// The code, e.g. `FC`.
    public let rawValue: String

    /// Wraps any code, known or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps any code, known or not.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// `AA`: advertising.
    public static let advertising = ChargeReasonCode(rawValue: "AA")
    /// `AAA`: telecommunication.
    public static let telecommunication = ChargeReasonCode(rawValue: "AAA")
    /// `ABK`: miscellaneous.
    public static let miscellaneous = ChargeReasonCode(rawValue: "ABK")
    /// `ABL`: additional packaging.
    public static let additionalPackaging = ChargeReasonCode(rawValue: "ABL")
    /// `ADR`: other services.
    public static let otherServices = ChargeReasonCode(rawValue: "ADR")
    /// `ADT`: pick-up.
    public static let pickUp = ChargeReasonCode(rawValue: "ADT")
    /// `FC`: freight service.
    public static let freightService = ChargeReasonCode(rawValue: "FC")
    /// `FI`: financing.
    public static let financing = ChargeReasonCode(rawValue: "FI")
    /// `LA`: labelling.
    public static let labelling = ChargeReasonCode(rawValue: "LA")
    /// `PC`: packing.
    public static let packing = ChargeReasonCode(rawValue: "PC")

    /// The codes this release names.
    public static let allKnown: [ChargeReasonCode] = [
        .advertising, .telecommunication, .miscellaneous, .additionalPackaging, .otherServices, .pickUp,
        .freightService, .financing, .labelling, .packing,
    ]

    /// Whether the code is one of ``allKnown``.
    public var isKnown: Bool { ChargeReasonCode.allKnown.contains(self) }
}

extension ChargeReasonCode: Hashable {}

extension ChargeReasonCode: Codable {}

extension ChargeReasonCode: CustomStringConvertible {
    /// The code.
    public var description: String { rawValue }
}

extension ChargeReasonCode: ExpressibleByStringLiteral {
    /// Wraps a literal code: `"FC"`.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }
}
