// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An identifier as an invoice carries it: the text, and optionally the scheme it belongs to.
///
/// The scheme is an ISO 6523 International Code Designator (ICD) such as `0002` (SIREN) or
/// `0009` (SIRET), or another list named by the business term (UNTDID 7143 for item
/// classifications, EAS for electronic addresses). The model keeps identifiers as read, without
/// checking them, so that an invoice with a wrong SIREN still reads and validation can report it;
/// the validated types (`SIREN`, `SIRET`, …) live beside the model, not inside it.
///
/// ```swift
/// let siren = Identifier("732829320", schemeID: Identifier.sirenSchemeID)
/// ```
public struct Identifier: Sendable {
    /// The identifier's text, as written on the invoice.
    public var value: String
    /// The identification scheme (an ISO 6523 ICD such as `0002`), when the invoice names one.
    public var schemeID: String?

    /// Creates an identifier.
    /// - Parameters:
    ///   - value: the identifier's text.
    ///   - schemeID: the identification scheme, such as ``sirenSchemeID``.
    public init(_ value: String, schemeID: String? = nil) {
        self.value = value
        self.schemeID = schemeID
    }

    /// ISO 6523 ICD `0002`: the French SIREN (company number, 9 digits).
    public static let sirenSchemeID = "0002"
    /// ISO 6523 ICD `0009`: the French SIRET (establishment number, 14 digits).
    public static let siretSchemeID = "0009"
    /// ISO 6523 ICD `0088`: the GS1 Global Location Number (GLN).
    public static let glnSchemeID = "0088"
    /// ISO 6523 ICD `0160`: the GS1 Global Trade Item Number (GTIN), used for items (BT-157).
    public static let gtinSchemeID = "0160"
    /// ISO 6523 ICD `0060`: the Dun & Bradstreet DUNS number.
    public static let dunsSchemeID = "0060"

    /// A SIREN identifier with scheme `0002`, unchecked.
    public static func siren(_ value: String) -> Identifier {
        Identifier(value, schemeID: sirenSchemeID)
    }

    /// A SIRET identifier with scheme `0009`, unchecked.
    public static func siret(_ value: String) -> Identifier {
        Identifier(value, schemeID: siretSchemeID)
    }
}

extension Identifier: Hashable {}

extension Identifier: Codable {}

extension Identifier: CustomStringConvertible {
    /// The value, prefixed by the scheme when there is one: `0002:732829320`.
    public var description: String {
        if let schemeID { return "\(schemeID):\(value)" }
        return value
    }
}
