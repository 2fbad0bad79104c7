// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A unit of measure (BT-130 invoiced quantity unit, BT-150 base quantity unit), from UN/ECE
/// Recommendation 20, and Recommendation 21 codes prefixed with `X`.
///
/// The recommendations list thousands of codes; the constants are the common ones on invoices.
///
/// ```swift
/// let unit: UnitCode = .hour     // HUR
/// ```
///
/// Any code reads and writes back, known or not, so an invoice with a code this release does not
/// list still round-trips; ``isKnown`` says whether the code is one this release names.
public struct UnitCode: RawRepresentable, Sendable {
    /// The code, e.g. `C62`.
    public let rawValue: String

    /// Wraps any code, known or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps any code, known or not.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// `C62`: one (a unit without dimension).
    public static let one = UnitCode(rawValue: "C62")
    /// `H87`: piece.
    public static let piece = UnitCode(rawValue: "H87")
    /// `EA`: each.
    public static let each = UnitCode(rawValue: "EA")
    /// `XPP`: piece, as a Recommendation 21 package type.
    public static let packagePiece = UnitCode(rawValue: "XPP")
    /// `SET`: set.
    public static let set = UnitCode(rawValue: "SET")
    /// `LS`: lump sum.
    public static let lumpSum = UnitCode(rawValue: "LS")
    /// `SEC`: second.
    public static let second = UnitCode(rawValue: "SEC")
    /// `MIN`: minute.
    public static let minute = UnitCode(rawValue: "MIN")
    /// `HUR`: hour.
    public static let hour = UnitCode(rawValue: "HUR")
    /// `DAY`: day.
    public static let day = UnitCode(rawValue: "DAY")
    /// `WEE`: week.
    public static let week = UnitCode(rawValue: "WEE")
    /// `MON`: month.
    public static let month = UnitCode(rawValue: "MON")
    /// `ANN`: year.
    public static let year = UnitCode(rawValue: "ANN")
    /// `GRM`: gram.
    public static let gram = UnitCode(rawValue: "GRM")
    /// `KGM`: kilogram.
    public static let kilogram = UnitCode(rawValue: "KGM")
    /// `TNE`: tonne (metric ton).
    public static let tonne = UnitCode(rawValue: "TNE")
    /// `LTR`: litre.
    public static let litre = UnitCode(rawValue: "LTR")
    /// `MTR`: metre.
    public static let metre = UnitCode(rawValue: "MTR")
    /// `KMT`: kilometre.
    public static let kilometre = UnitCode(rawValue: "KMT")
    /// `MTK`: square metre.
    public static let squareMetre = UnitCode(rawValue: "MTK")
    /// `MTQ`: cubic metre.
    public static let cubicMetre = UnitCode(rawValue: "MTQ")
    /// `KWH`: kilowatt hour.
    public static let kilowattHour = UnitCode(rawValue: "KWH")

    /// The codes this release names.
    public static let allKnown: [UnitCode] = [
        .one, .piece, .each, .packagePiece, .set, .lumpSum, .second, .minute, .hour, .day, .week, .month, .year,
        .gram, .kilogram, .tonne, .litre, .metre, .kilometre, .squareMetre, .cubicMetre, .kilowattHour,
    ]

    /// Whether the code is one of ``allKnown``.
    public var isKnown: Bool { UnitCode.allKnown.contains(self) }
}

extension UnitCode: Hashable {}

extension UnitCode: Codable {}

extension UnitCode: CustomStringConvertible {
    /// The code.
    public var description: String { rawValue }
}

extension UnitCode: ExpressibleByStringLiteral {
    /// Wraps a literal code: `"C62"`.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }
}
