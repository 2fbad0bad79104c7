// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The subject of an invoice note (BT-21 invoice note subject code), from UNCL 4451.
///
/// French invoices carry three legal mentions as notes: ``recoveryFee`` (`PMT`, the 40 € fixed
/// recovery fee), ``latePaymentPenalties`` (`PMD`) and ``discountTerms`` (`AAB`, early-payment
/// discount). That is the usage of French Factur-X practice, which the UNCL 4451 names of the
/// codes only loosely describe.
///
/// Any code reads and writes back, known or not, so an invoice with a code this release does not
/// list still round-trips; ``isKnown`` says whether the code is one this release names.
public struct TextSubjectCode: RawRepresentable, Sendable {
    /// The code, e.g. `PMT`.
    public let rawValue: String

    /// Wraps any code, known or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps any code, known or not.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// `AAB` (terms of payments): in French practice, the early-payment discount terms (*escompte*).
    public static let discountTerms = TextSubjectCode(rawValue: "AAB")
    /// `AAI`: general information.
    public static let generalInformation = TextSubjectCode(rawValue: "AAI")
    /// `ABL`: in French practice, legal information about the seller (UNCL 4451 names it
    /// government information).
    public static let legalInformation = TextSubjectCode(rawValue: "ABL")
    /// `PMD` (payment detail): in French practice, the late-payment penalties.
    public static let latePaymentPenalties = TextSubjectCode(rawValue: "PMD")
    /// `PMT` (payment information): in French practice, the fixed recovery fee of 40 € owed on late
    /// payment (*indemnité forfaitaire pour frais de recouvrement*).
    public static let recoveryFee = TextSubjectCode(rawValue: "PMT")
    /// `REG`: regulatory information.
    public static let regulatoryInformation = TextSubjectCode(rawValue: "REG")
    /// `SUR`: remarks by the seller.
    public static let supplierRemarks = TextSubjectCode(rawValue: "SUR")
    /// `TXD`: tax declaration (for instance the VAT-on-debits or franchise statement).
    public static let taxDeclaration = TextSubjectCode(rawValue: "TXD")

    /// The codes this release names.
    public static let allKnown: [TextSubjectCode] = [
        .discountTerms, .generalInformation, .legalInformation, .latePaymentPenalties, .recoveryFee,
        .regulatoryInformation, .supplierRemarks, .taxDeclaration,
    ]

    /// Whether the code is one of ``allKnown``.
    public var isKnown: Bool { TextSubjectCode.allKnown.contains(self) }
}

extension TextSubjectCode: Hashable {}

extension TextSubjectCode: Codable {}

extension TextSubjectCode: CustomStringConvertible {
    /// The code.
    public var description: String { rawValue }
}

extension TextSubjectCode: ExpressibleByStringLiteral {
    /// Wraps a literal code: `"PMT"`.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }
}
