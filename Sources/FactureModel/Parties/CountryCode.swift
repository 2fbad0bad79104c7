// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An ISO 3166-1 alpha-2 country code (BT-40, BT-55, BT-69, BT-80 addresses, BT-159 origin).
///
/// The shape is checked (two upper-case ASCII letters or digits, since the EN 16931 country list
/// adds `1A` for Kosovo); whether ISO 3166-1 assigns the code is told by ``isKnown``, so that a
/// code assigned after this release still reads.
///
/// ```swift
/// let france = CountryCode.france
/// let belgium = try CountryCode("BE")
/// ```
public struct CountryCode: Sendable {
    /// The two characters, e.g. `FR`.
    public let rawValue: String

    /// Validates the shape: two characters A–Z or 0–9.
    /// - Throws: ``FactureModelError`` with code ``FactureModelError/Code/invalidCountry``.
    public init(_ code: String) throws(FactureModelError) {
        guard CountryCode.hasValidShape(code) else {
            throw FactureModelError(
                code: .invalidCountry,
                message: "'\(code)' is not an ISO 3166-1 alpha-2 code (two upper-case letters)"
            )
        }
        self.rawValue = code
    }

    /// Wraps `rawValue` when it has the shape of an alpha-2 code, or returns `nil`.
    public init?(rawValue: String) {
        guard CountryCode.hasValidShape(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    private init(unchecked code: String) {
        self.rawValue = code
    }

    private static func hasValidShape(_ code: String) -> Bool {
        code.utf8.count == 2
            && code.utf8.allSatisfy { byte in
                let isLetter = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
                let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
                return isLetter || isDigit
            }
    }

    /// France.
    public static let france = CountryCode(unchecked: "FR")
    /// Belgium.
    public static let belgium = CountryCode(unchecked: "BE")
    /// Germany.
    public static let germany = CountryCode(unchecked: "DE")
    /// Luxembourg.
    public static let luxembourg = CountryCode(unchecked: "LU")
    /// Switzerland.
    public static let switzerland = CountryCode(unchecked: "CH")
    /// Italy.
    public static let italy = CountryCode(unchecked: "IT")
    /// Spain.
    public static let spain = CountryCode(unchecked: "ES")
    /// Monaco.
    public static let monaco = CountryCode(unchecked: "MC")
    /// The United Kingdom.
    public static let unitedKingdom = CountryCode(unchecked: "GB")
    /// The United States.
    public static let unitedStates = CountryCode(unchecked: "US")

    /// Whether ISO 3166-1 assigns the code, or the EN 16931 country list adds it (`1A` Kosovo,
    /// `XI` Northern Ireland).
    public var isKnown: Bool { ISO3166.isAssigned(rawValue) || rawValue == "1A" || rawValue == "XI" }
}

extension CountryCode: Hashable {}

extension CountryCode: ValidatedText {}
