// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An electronic address where a party receives invoices: the seller's (BT-34) or the buyer's
/// (BT-49), with its scheme (BT-34-1, BT-49-1).
///
/// In the French reform the buyer's address is what routes the invoice to its platform; it is
/// typically the SIREN, or SIREN plus a suffix, under scheme ``ElectronicAddressScheme/frenchCTC``
/// (`0225`).
public struct ElectronicAddress: Sendable {
    /// The address (BT-34, BT-49).
    public var value: String
    /// The scheme the address belongs to (BT-34-1, BT-49-1), mandatory in EN 16931.
    public var scheme: ElectronicAddressScheme

    /// Creates an electronic address.
    public init(_ value: String, scheme: ElectronicAddressScheme) {
        self.value = value
        self.scheme = scheme
    }
}

extension ElectronicAddress: Hashable {}

extension ElectronicAddress: Codable {}
