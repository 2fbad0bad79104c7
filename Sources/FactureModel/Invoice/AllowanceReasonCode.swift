// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Why an allowance is granted (BT-98 document level, BT-140 line level), from UNCL 5189.
///
/// ```swift
/// let reason: AllowanceReasonCode = .discount   // 95
/// ```
///
/// Any code reads and writes back, known or not, so an invoice with a code this release does not
/// list still round-trips; ``isKnown`` says whether the code is one this release names.
public struct AllowanceReasonCode: RawRepresentable, Sendable {
    /// The code, e.g. `95`.
    public let rawValue: String

    /// Wraps any code, known or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps any code, known or not.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// `41`: bonus for works ahead of schedule.
    public static let bonusForWorksAheadOfSchedule = AllowanceReasonCode(rawValue: "41")
    /// `42`: other bonus.
    public static let otherBonus = AllowanceReasonCode(rawValue: "42")
    /// `60`: manufacturer's consumer discount.
    public static let manufacturersConsumerDiscount = AllowanceReasonCode(rawValue: "60")
    /// `62`: due to military status.
    public static let dueToMilitaryStatus = AllowanceReasonCode(rawValue: "62")
    /// `63`: due to work accident.
    public static let dueToWorkAccident = AllowanceReasonCode(rawValue: "63")
    /// `64`: special agreement.
    public static let specialAgreement = AllowanceReasonCode(rawValue: "64")
    /// `65`: production error discount.
    public static let productionErrorDiscount = AllowanceReasonCode(rawValue: "65")
    /// `66`: new outlet discount.
    public static let newOutletDiscount = AllowanceReasonCode(rawValue: "66")
    /// `67`: sample discount.
    public static let sampleDiscount = AllowanceReasonCode(rawValue: "67")
    /// `68`: end-of-range discount.
    public static let endOfRangeDiscount = AllowanceReasonCode(rawValue: "68")
    /// `70`: Incoterm discount.
    public static let incotermDiscount = AllowanceReasonCode(rawValue: "70")
    /// `71`: point of sales threshold allowance.
    public static let pointOfSalesThresholdAllowance = AllowanceReasonCode(rawValue: "71")
    /// `88`: material surcharge or deduction.
    public static let materialSurchargeOrDeduction = AllowanceReasonCode(rawValue: "88")
    /// `95`: discount.
    public static let discount = AllowanceReasonCode(rawValue: "95")
    /// `100`: special rebate.
    public static let specialRebate = AllowanceReasonCode(rawValue: "100")
    /// `102`: fixed long term.
    public static let fixedLongTerm = AllowanceReasonCode(rawValue: "102")
    /// `103`: temporary.
    public static let temporary = AllowanceReasonCode(rawValue: "103")
    /// `104`: standard.
    public static let standard = AllowanceReasonCode(rawValue: "104")
    /// `105`: yearly turnover.
    public static let yearlyTurnover = AllowanceReasonCode(rawValue: "105")

    /// The codes this release names.
    public static let allKnown: [AllowanceReasonCode] = [
        .bonusForWorksAheadOfSchedule, .otherBonus, .manufacturersConsumerDiscount, .dueToMilitaryStatus,
        .dueToWorkAccident, .specialAgreement, .productionErrorDiscount, .newOutletDiscount, .sampleDiscount,
        .endOfRangeDiscount, .incotermDiscount, .pointOfSalesThresholdAllowance, .materialSurchargeOrDeduction,
        .discount, .specialRebate, .fixedLongTerm, .temporary, .standard, .yearlyTurnover,
    ]

    /// Whether the code is one of ``allKnown``.
    public var isKnown: Bool { AllowanceReasonCode.allKnown.contains(self) }
}

extension AllowanceReasonCode: Hashable {}

extension AllowanceReasonCode: Codable {}

extension AllowanceReasonCode: CustomStringConvertible {
    /// The code.
    public var description: String { rawValue }
}

extension AllowanceReasonCode: ExpressibleByStringLiteral {
    /// Wraps a literal code: `"95"`.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }
}
