// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Which date the VAT falls due on (BT-8 value added tax point date code), from UNTDID 2005 as
/// EN 16931 uses it.
///
/// CII writes the same information with UNTDID 2475 codes (`5`, `29`, `72`); ``init(ciiCode:)`` and
/// ``ciiCode`` translate, so the model holds one code set whatever the syntax.
///
/// In France, `3` (VAT due on the invoice date) expresses the option for paying VAT on debits
/// (*option pour le paiement de la taxe d'après les débits*); see ``Invoice/vatOnDebits``.
///
/// Any code reads and writes back, known or not, so an invoice with a code this release does not
/// list still round-trips; ``isKnown`` says whether the code is one this release names.
public struct VATPointDateCode: RawRepresentable, Sendable {
    /// The code, e.g. `3`.
    public let rawValue: String

    /// Wraps any code, known or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps any code, known or not.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// `3`: the invoice issue date; in France, the VAT-on-debits option.
    public static let invoiceIssueDate = VATPointDateCode(rawValue: "3")
    /// `35`: the actual delivery date.
    public static let deliveryDate = VATPointDateCode(rawValue: "35")
    /// `432`: the date of payment (VAT on receipts, the French default for services).
    public static let paidToDate = VATPointDateCode(rawValue: "432")

    /// The codes this release names.
    public static let allKnown: [VATPointDateCode] = [
        .invoiceIssueDate, .deliveryDate, .paidToDate,
    ]

    /// Whether the code is one of ``allKnown``.
    public var isKnown: Bool { VATPointDateCode.allKnown.contains(self) }

    /// Translates a CII (UNTDID 2475) due-date type code: `5` → `3`, `29` → `35`, `72` → `432`;
    /// `nil` for any other code.
    public init?(ciiCode: String) {
        switch ciiCode {
        case "5": self = .invoiceIssueDate
        case "29": self = .deliveryDate
        case "72": self = .paidToDate
        default: return nil
        }
    }

    /// The CII (UNTDID 2475) code for this code, or `nil` when it has none.
    public var ciiCode: String? {
        switch rawValue {
        case "3": return "5"
        case "35": return "29"
        case "432": return "72"
        default: return nil
        }
    }
}

extension VATPointDateCode: Hashable {}

extension VATPointDateCode: Codable {}

extension VATPointDateCode: CustomStringConvertible {
    /// The code.
    public var description: String { rawValue }
}

extension VATPointDateCode: ExpressibleByStringLiteral {
    /// Wraps a literal code: `"3"`.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }
}
