// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The French reform's category of operation (*catégorie de l'opération*): goods, services, or both.
///
/// From the reform on, a French invoice states whether it bills deliveries of goods, services, or
/// both. EN 16931 has no business term for it. As we read the DGFiP external specifications, it
/// travels as the first letter of the French billing-framework code (*cadre de facturation*) in
/// BT-23 (business process type): `B…` goods, `S…` services, `M…` mixed, as in `B1`, `S1`, `M1`
/// (`2` already paid, `4` final invoice after a prepayment, and so on). Confirm against the
/// current specifications before relying on that reading.
///
/// The raw values `LIV`, `PRE` and `MIX` are FactureKit's own mnemonics (*livraison*,
/// *prestation*, *mixte*), not an official code list: they name the category in JSON and in
/// FactureKit's own files. ``Invoice/operationCategory`` reads and writes it through BT-23.
public struct OperationCategory: RawRepresentable, Sendable {
    /// The FactureKit mnemonic, e.g. `LIV`.
    public let rawValue: String

    /// Wraps any mnemonic, known or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Deliveries of goods (*livraison de biens*), billing-framework letter `B`.
    public static let goods = OperationCategory(rawValue: "LIV")
    /// Provision of services (*prestation de services*), billing-framework letter `S`.
    public static let services = OperationCategory(rawValue: "PRE")
    /// Both goods and services (*mixte*), billing-framework letter `M`.
    public static let mixed = OperationCategory(rawValue: "MIX")

    /// The categories this release names.
    public static let allKnown: [OperationCategory] = [.goods, .services, .mixed]

    /// Whether the category is one of ``allKnown``.
    public var isKnown: Bool { OperationCategory.allKnown.contains(self) }

    /// The category that a French billing-framework code in BT-23 (`B1`, `S4`, `M2` …) stands for,
    /// or `nil` when the code does not have that shape (a letter B, S or M, then one digit).
    public init?(billingFrameworkCode code: String) {
        let bytes = Array(code.utf8)
        guard bytes.count == 2, bytes[1] >= UInt8(ascii: "0"), bytes[1] <= UInt8(ascii: "9") else { return nil }
        switch bytes[0] {
        case UInt8(ascii: "B"): self = .goods
        case UInt8(ascii: "S"): self = .services
        case UInt8(ascii: "M"): self = .mixed
        default: return nil
        }
    }

    /// The billing-framework letter, `B`, `S` or `M`, or `nil` for an unknown category.
    public var billingFrameworkLetter: String? {
        switch self {
        case .goods: return "B"
        case .services: return "S"
        case .mixed: return "M"
        default: return nil
        }
    }

    /// The French label: *Livraison de biens*, *Prestation de services*, *Mixte*.
    public var frenchLabel: String? {
        switch self {
        case .goods: return "Livraison de biens"
        case .services: return "Prestation de services"
        case .mixed: return "Mixte"
        default: return nil
        }
    }
}

extension OperationCategory: Hashable {}

extension OperationCategory: Codable {}

extension OperationCategory: CustomStringConvertible {
    /// The mnemonic.
    public var description: String { rawValue }
}
