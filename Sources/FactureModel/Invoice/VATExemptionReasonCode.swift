// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Why VAT is not charged (BT-121 VAT exemption reason code), from the CEF VATEX list.
///
/// The constants cite the article of Council Directive 2006/112/EC, or the French rule, that the
/// code stands for.
///
/// ```swift
/// let reason: VATExemptionReasonCode = .frenchFranchise   // VATEX-FR-FRANCHISE
/// ```
///
/// Any code reads and writes back, known or not, so an invoice with a code this release does not
/// list still round-trips; ``isKnown`` says whether the code is one this release names.
public struct VATExemptionReasonCode: RawRepresentable, Sendable {
    /// The code, e.g. `VATEX-EU-AE`.
    public let rawValue: String

    /// Wraps any code, known or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps any code, known or not.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// `VATEX-EU-79-C`: exempt under article 79, point c (sums paid on behalf of the buyer, *débours*).
    public static let article79C = VATExemptionReasonCode(rawValue: "VATEX-EU-79-C")
    /// `VATEX-EU-132`: exempt under article 132 (activities in the public interest).
    public static let article132 = VATExemptionReasonCode(rawValue: "VATEX-EU-132")
    /// `VATEX-EU-143`: exempt under article 143 (importations).
    public static let article143 = VATExemptionReasonCode(rawValue: "VATEX-EU-143")
    /// `VATEX-EU-148`: exempt under article 148 (international transport).
    public static let article148 = VATExemptionReasonCode(rawValue: "VATEX-EU-148")
    /// `VATEX-EU-151`: exempt under article 151 (diplomatic and similar transactions).
    public static let article151 = VATExemptionReasonCode(rawValue: "VATEX-EU-151")
    /// `VATEX-EU-309`: exempt under article 309 (travel agents outside the EU).
    public static let article309 = VATExemptionReasonCode(rawValue: "VATEX-EU-309")
    /// `VATEX-EU-AE`: reverse charge; goes with VAT category `AE`.
    public static let reverseCharge = VATExemptionReasonCode(rawValue: "VATEX-EU-AE")
    /// `VATEX-EU-D`: margin scheme, travel agents.
    public static let travelAgentsMargin = VATExemptionReasonCode(rawValue: "VATEX-EU-D")
    /// `VATEX-EU-F`: margin scheme, second-hand goods.
    public static let secondHandGoodsMargin = VATExemptionReasonCode(rawValue: "VATEX-EU-F")
    /// `VATEX-EU-G`: export outside the EU; goes with VAT category `G`.
    public static let exportOutsideEU = VATExemptionReasonCode(rawValue: "VATEX-EU-G")
    /// `VATEX-EU-I`: margin scheme, works of art.
    public static let worksOfArtMargin = VATExemptionReasonCode(rawValue: "VATEX-EU-I")
    /// `VATEX-EU-IC`: intra-community supply; goes with VAT category `K`.
    public static let intraCommunitySupply = VATExemptionReasonCode(rawValue: "VATEX-EU-IC")
    /// `VATEX-EU-J`: margin scheme, collector's items and antiques.
    public static let collectorsItemsMargin = VATExemptionReasonCode(rawValue: "VATEX-EU-J")
    /// `VATEX-EU-O`: not subject to VAT; goes with VAT category `O`.
    public static let notSubjectToVAT = VATExemptionReasonCode(rawValue: "VATEX-EU-O")
    /// `VATEX-FR-FRANCHISE`: French VAT franchise for small businesses (*franchise en base*, article 293 B
    /// of the CGI).
    public static let frenchFranchise = VATExemptionReasonCode(rawValue: "VATEX-FR-FRANCHISE")
    /// `VATEX-FR-CNWVAT`: French credit note without VAT, where the supplier forgoes regularising the
    /// VAT on a discount.
    public static let frenchCreditNoteWithoutVAT = VATExemptionReasonCode(rawValue: "VATEX-FR-CNWVAT")

    /// The codes this release names.
    public static let allKnown: [VATExemptionReasonCode] = [
        .article79C, .article132, .article143, .article148, .article151, .article309, .reverseCharge,
        .travelAgentsMargin, .secondHandGoodsMargin, .exportOutsideEU, .worksOfArtMargin, .intraCommunitySupply,
        .collectorsItemsMargin, .notSubjectToVAT, .frenchFranchise, .frenchCreditNoteWithoutVAT,
    ]

    /// Whether the code is one of ``allKnown``.
    public var isKnown: Bool { VATExemptionReasonCode.allKnown.contains(self) }
}

extension VATExemptionReasonCode: Hashable {}

extension VATExemptionReasonCode: Codable {}

extension VATExemptionReasonCode: CustomStringConvertible {
    /// The code.
    public var description: String { rawValue }
}

extension VATExemptionReasonCode: ExpressibleByStringLiteral {
    /// Wraps a literal code: `"VATEX-EU-AE"`.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }
}
