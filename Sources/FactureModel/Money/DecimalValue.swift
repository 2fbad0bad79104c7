// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A value type that is an ``ExactDecimal`` with a meaning: ``Amount``, ``Quantity``, ``Percentage``.
///
/// Conforming types get exact addition and subtraction among themselves, ordering, parsing,
/// printing and rounding. They do not mix: an amount plus a quantity does not compile.
public protocol DecimalValue: Sendable, Hashable, Comparable, CustomStringConvertible, LosslessStringConvertible,
    ExpressibleByIntegerLiteral, Codable
{
    /// The number.
    var decimal: ExactDecimal { get }
    /// Wraps a number.
    init(_ decimal: ExactDecimal)
}

extension DecimalValue {
    /// Zero.
    public static var zero: Self { Self(.zero) }

    /// Parses plain decimal notation such as `"1234.50"`.
    /// - Throws: ``FactureModelError`` with code ``FactureModelError/Code/invalidDecimal``.
    public init(parsing text: some StringProtocol) throws(FactureModelError) {
        self.init(try ExactDecimal(parsing: text))
    }

    /// Parses plain decimal notation, or returns `nil`.
    public init?(_ description: String) {
        guard let decimal = ExactDecimal(description) else { return nil }
        self.init(decimal)
    }

    /// A whole number from a literal.
    public init(integerLiteral value: Int) {
        self.init(ExactDecimal(value))
    }

    /// The number in plain notation with its own scale, e.g. `"12.50"`.
    public var description: String { decimal.description }

    /// Whether the value is zero.
    public var isZero: Bool { decimal.isZero }

    /// Whether the value is below zero.
    public var isNegative: Bool { decimal.isNegative }

    /// The value rounded to `scale` fractional digits.
    public func rounded(scale: Int, rule: ExactDecimal.RoundingRule = .halfAwayFromZero) -> Self {
        Self(decimal.rounded(scale: scale, rule: rule))
    }

    /// The absolute value.
    public var magnitude: Self { Self(decimal.magnitude) }

    /// The exact sum.
    public static func + (lhs: Self, rhs: Self) -> Self { Self(lhs.decimal + rhs.decimal) }

    /// The exact difference.
    public static func - (lhs: Self, rhs: Self) -> Self { Self(lhs.decimal - rhs.decimal) }

    /// The negation.
    public static prefix func - (value: Self) -> Self { Self(-value.decimal) }

    /// Adds in place.
    public static func += (lhs: inout Self, rhs: Self) { lhs = lhs + rhs }

    /// Subtracts in place.
    public static func -= (lhs: inout Self, rhs: Self) { lhs = lhs - rhs }

    /// Numeric order.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.decimal < rhs.decimal }

    /// Decodes from a JSON string such as `"12.50"`.
    public init(from decoder: any Decoder) throws {
        self.init(try ExactDecimal(from: decoder))
    }

    /// Encodes as a string keeping the scale.
    public func encode(to encoder: any Encoder) throws {
        try decimal.encode(to: encoder)
    }
}

extension Sequence where Element: DecimalValue {
    /// The exact sum of the elements (zero when empty).
    public func sum() -> Element {
        reduce(Element.zero, +)
    }
}
