// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An exact base-10 number: an integer significand scaled by a power of ten.
///
/// Money, quantities and rates never go through binary floating point in FactureKit.
/// `ExactDecimal` keeps every digit it is given, adds and subtracts exactly, and multiplies
/// exactly as long as the result has at most 38 significant digits; past that it drops
/// fractional digits, rounding half away from zero, which no invoice amount ever reaches.
///
/// The value is `significand × 10^-scale`. Two values are equal when they denote the same
/// number, whatever their scales: `1.5 == 1.50`. ``description`` keeps the scale, so
/// `"1.50"` parses and prints back as `"1.50"`.
///
/// ```swift
/// let price = try ExactDecimal("19.99")
/// let total = (price * 3).rounded(scale: 2)   // 59.97
/// ```
public struct ExactDecimal: Sendable {
    /// The integer whose digits the number is made of.
    public let significand: Int128
    /// How many of the significand's digits are fractional (0…``maximumScale``).
    public let scale: Int

    /// The largest scale a value can have; finer results are rounded to it.
    public static let maximumScale = 30

    /// The largest number of integer digits ``init(parsing:)`` accepts (a thousand trillion).
    public static let maximumIntegerDigits = 15

    /// The largest significand magnitude a value holds: 10^38 − 1. Results beyond it saturate.
    public static let greatestSignificandMagnitude: Int128 = 99_999_999_999_999_999_999_999_999_999_999_999_999

    /// Creates a value from its significand and scale, reducing the scale past ``maximumScale``.
    ///
    /// A significand beyond ±``greatestSignificandMagnitude`` saturates there (see
    /// ``isSaturated``), so that no arithmetic on any input can trap.
    /// - Parameters:
    ///   - significand: the digits as an integer.
    ///   - scale: how many of them are fractional; negative scales are multiplied out.
    public init(significand: Int128, scale: Int) {
        var significand = significand
        var scale = scale
        if scale < 0 {
            let exponent = min(-scale, 38)
            let (scaled, overflow) = significand.multipliedReportingOverflow(by: ExactDecimal.powerOfTen(exponent))
            significand = overflow || (-scale > 38 && significand != 0) ? ExactDecimal.saturated(significand) : scaled
            scale = 0
        } else if scale > ExactDecimal.maximumScale {
            significand = ExactDecimal.divide(
                significand.magnitude,
                byPowerOfTen: scale - ExactDecimal.maximumScale,
                negative: significand < 0,
                rule: .halfAwayFromZero
            )
            scale = ExactDecimal.maximumScale
        }
        if significand > ExactDecimal.greatestSignificandMagnitude
            || significand < -ExactDecimal.greatestSignificandMagnitude
        {
            significand = ExactDecimal.saturated(significand)
            scale = 0
        }
        self.significand = significand
        self.scale = scale
    }

    /// ±(10^38 − 1) with the sign of `value`.
    private static func saturated(_ value: Int128) -> Int128 {
        value < 0 ? -greatestSignificandMagnitude : greatestSignificandMagnitude
    }

    /// Whether arithmetic overflowed into this value: its magnitude is 10^38 − 1 whole units,
    /// far beyond any amount an invoice can carry. Totals built on it are meaningless.
    public var isSaturated: Bool {
        scale == 0 && significand.magnitude == ExactDecimal.greatestSignificandMagnitude.magnitude
    }

    /// Creates a whole number.
    public init(_ integer: Int) {
        self.init(significand: Int128(integer), scale: 0)
    }

    /// Zero, with scale 0.
    public static let zero = ExactDecimal(significand: 0, scale: 0)

    /// Whether the value is zero.
    public var isZero: Bool { significand == 0 }

    /// Whether the value is below zero.
    public var isNegative: Bool { significand < 0 }

    /// The same number with trailing fractional zeros removed (`1.500` → `1.5`).
    public var normalized: ExactDecimal {
        var significand = significand
        var scale = scale
        while scale > 0, significand % 10 == 0 {
            significand /= 10
            scale -= 1
        }
        return ExactDecimal(significand: significand, scale: scale)
    }

    /// The same number written with at least `minimumScale` fractional digits (`1.5` → `1.50`).
    ///
    /// A value with more fractional digits keeps them: use ``rounded(scale:rule:)`` to drop digits.
    public func padded(toScale minimumScale: Int) -> ExactDecimal {
        guard minimumScale > scale else { return self }
        let (scaled, overflow) = significand.multipliedReportingOverflow(
            by: ExactDecimal.powerOfTen(minimumScale - scale)
        )
        return overflow ? self : ExactDecimal(significand: scaled, scale: minimumScale)
    }

    /// The number of digits after the decimal point once trailing zeros are removed.
    public var significantFractionDigits: Int { normalized.scale }

    /// The absolute value.
    public var magnitude: ExactDecimal {
        ExactDecimal(significand: significand < 0 ? -significand : significand, scale: scale)
    }
}

// MARK: - Rounding

extension ExactDecimal {
    /// How to round a value to fewer fractional digits.
    public enum RoundingRule: Sendable, Hashable, CaseIterable {
        /// Commercial rounding: halves go away from zero (2.345 → 2.35, −2.345 → −2.35).
        ///
        /// This is the rounding EN 16931 asks of document-level amounts.
        case halfAwayFromZero
        /// Halves go toward positive infinity (−2.345 → −2.34), as XPath's `round()` does;
        /// the official Schematron artefacts compute with it.
        case halfUp
        /// Halves go to the even neighbour (banker's rounding).
        case halfEven
        /// Digits are dropped (truncation).
        case towardZero
        /// Any remainder moves the value away from zero.
        case awayFromZero
        /// Toward negative infinity.
        case down
        /// Toward positive infinity.
        case up
    }

    /// The value rounded to `scale` fractional digits; a value already that short is returned
    /// with exactly `scale` digits (`1.5` rounded to 2 is `1.50`).
    public func rounded(scale newScale: Int, rule: RoundingRule = .halfAwayFromZero) -> ExactDecimal {
        let target = max(0, min(newScale, ExactDecimal.maximumScale))
        if target >= scale {
            return padded(toScale: target)
        }
        let reduced = ExactDecimal.divide(
            significand.magnitude,
            byPowerOfTen: scale - target,
            negative: significand < 0,
            rule: rule
        )
        return ExactDecimal(significand: reduced, scale: target)
    }

    /// Divides a magnitude by 10^exponent and rounds the quotient under `rule`, restoring the sign.
    static func divide(
        _ magnitude: UInt128,
        byPowerOfTen exponent: Int,
        negative: Bool,
        rule: RoundingRule
    )
        -> Int128
    {
        if exponent > 38 {
            // Every representable magnitude is below 10^39: the quotient is 0 and the remainder
            // is below half the divisor, so only the directed rules can move away from zero.
            let movesAway: Bool
            switch rule {
            case .awayFromZero: movesAway = magnitude != 0
            case .up: movesAway = magnitude != 0 && !negative
            case .down: movesAway = magnitude != 0 && negative
            default: movesAway = false
            }
            return movesAway ? (negative ? -1 : 1) : 0
        }
        let divisor = UInt128(ExactDecimal.powerOfTen(exponent))
        let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: divisor)
        let roundsAway = roundsAwayFromZero(
            quotient: quotient,
            remainder: remainder,
            divisor: divisor,
            negative: negative,
            rule: rule
        )
        let result = Int128(quotient) + (roundsAway ? 1 : 0)
        return negative ? -result : result
    }

    /// Whether a truncated quotient's magnitude must grow by one under `rule`.
    static func roundsAwayFromZero(
        quotient: UInt128,
        remainder: UInt128,
        divisor: UInt128,
        negative: Bool,
        rule: RoundingRule
    ) -> Bool {
        guard remainder != 0 else { return false }
        let twice = remainder.multipliedReportingOverflow(by: 2)
        // A remainder at least half the divisor that overflows when doubled is above half.
        let comparison: Int
        if twice.overflow {
            comparison = 1
        } else if twice.partialValue > divisor {
            comparison = 1
        } else if twice.partialValue == divisor {
            comparison = 0
        } else {
            comparison = -1
        }
        switch rule {
        case .halfAwayFromZero:
            return comparison >= 0
        case .halfUp:
            return comparison > 0 || (comparison == 0 && !negative)
        case .halfEven:
            return comparison > 0 || (comparison == 0 && quotient % 2 == 1)
        case .towardZero:
            return false
        case .awayFromZero:
            return true
        case .down:
            return negative
        case .up:
            return !negative
        }
    }

    /// 10^exponent for 0…38.
    static func powerOfTen(_ exponent: Int) -> Int128 {
        precondition(exponent >= 0 && exponent <= 38, "power of ten out of range: \(exponent)")
        return powersOfTen[exponent]
    }

    private static let powersOfTen: [Int128] = {
        var values: [Int128] = [1]
        for _ in 1...38 { values.append(values.last! * 10) }
        return values
    }()
}

// MARK: - Arithmetic

extension ExactDecimal {
    /// Brings two values to a common scale for adding or comparing, dropping digits of the finer
    /// one only when the coarser cannot be scaled up without overflow.
    private static func aligned(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> (Int128, Int128, Int) {
        if lhs.scale == rhs.scale { return (lhs.significand, rhs.significand, lhs.scale) }
        let (coarse, fine, swapped) = lhs.scale < rhs.scale ? (lhs, rhs, false) : (rhs, lhs, true)
        let difference = fine.scale - coarse.scale
        if difference <= 38 {
            let (scaled, overflow) = coarse.significand.multipliedReportingOverflow(by: powerOfTen(difference))
            if !overflow {
                return swapped ? (fine.significand, scaled, fine.scale) : (scaled, fine.significand, fine.scale)
            }
        }
        let reduced = fine.rounded(scale: coarse.scale).significand
        return swapped ? (reduced, coarse.significand, coarse.scale) : (coarse.significand, reduced, coarse.scale)
    }

    /// The exact sum (saturating past 38 digits, see ``isSaturated``).
    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        let (a, b, scale) = aligned(lhs, rhs)
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow
            ? ExactDecimal(significand: saturated(a), scale: 0) : ExactDecimal(significand: sum, scale: scale)
    }

    /// The exact difference (saturating past 38 digits, see ``isSaturated``).
    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        let (a, b, scale) = aligned(lhs, rhs)
        let (difference, overflow) = a.subtractingReportingOverflow(b)
        return overflow
            ? ExactDecimal(significand: saturated(a), scale: 0) : ExactDecimal(significand: difference, scale: scale)
    }

    /// The negated value.
    public static prefix func - (value: ExactDecimal) -> ExactDecimal {
        ExactDecimal(significand: -value.significand, scale: value.scale)
    }

    /// Adds in place.
    public static func += (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs + rhs }

    /// Subtracts in place.
    public static func -= (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs - rhs }

    /// The product, exact up to 38 significant digits; beyond that the finest fractional digits
    /// are rounded half away from zero, and a product with more than 38 integer digits saturates
    /// (see ``isSaturated``).
    public static func * (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        let negative = (lhs.significand < 0) != (rhs.significand < 0)
        let product = lhs.significand.magnitude.multipliedFullWidth(by: rhs.significand.magnitude)
        var scale = lhs.scale + rhs.scale
        if product.high == 0, product.low <= UInt128(Int128.max) {
            let value = Int128(product.low)
            return ExactDecimal(significand: negative ? -value : value, scale: scale)
        }
        // Too wide: drop the fewest fractional digits that make the quotient fit in 127 bits.
        for drop in 1...38 where drop <= scale {
            let divisor = UInt128(powerOfTen(drop))
            guard product.high < divisor / 2 else { continue }
            let (quotient, remainder) = divisor.dividingFullWidth(product)
            guard quotient <= UInt128(Int128.max) - 1 else { continue }
            scale -= drop
            let away = roundsAwayFromZero(
                quotient: quotient,
                remainder: remainder,
                divisor: divisor,
                negative: negative,
                rule: .halfAwayFromZero
            )
            let value = Int128(quotient) + (away ? 1 : 0)
            return ExactDecimal(significand: negative ? -value : value, scale: scale)
        }
        return ExactDecimal(
            significand: negative ? -greatestSignificandMagnitude : greatestSignificandMagnitude,
            scale: 0
        )
    }

    /// Multiplies in place.
    public static func *= (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs * rhs }

    /// The quotient rounded to `scale` fractional digits, or `nil` when `divisor` is zero.
    ///
    /// - Parameters:
    ///   - divisor: the number to divide by.
    ///   - scale: fractional digits of the result.
    ///   - rule: how the last digit is rounded.
    public func divided(
        by divisor: ExactDecimal,
        scale: Int,
        rule: RoundingRule = .halfAwayFromZero
    )
        -> ExactDecimal?
    {
        guard !divisor.isZero else { return nil }
        let target = max(0, min(scale, ExactDecimal.maximumScale))
        // self / divisor = (s1 / s2) × 10^(e2 - e1); we want q × 10^-target.
        // q = s1 × 10^(target + e2 - e1) / s2.
        let shift = target + divisor.scale - self.scale
        let negative = (significand < 0) != (divisor.significand < 0)
        var numerator = significand.magnitude
        var denominator = divisor.significand.magnitude
        if shift >= 0 {
            guard shift <= 38 else { return nil }
            let factor = UInt128(ExactDecimal.powerOfTen(shift))
            let wide = numerator.multipliedFullWidth(by: factor)
            guard wide.high < denominator else { return nil }
            let (quotient, remainder) = denominator.dividingFullWidth(wide)
            guard quotient <= UInt128(Int128.max) - 1 else { return nil }
            let away = ExactDecimal.roundsAwayFromZero(
                quotient: quotient,
                remainder: remainder,
                divisor: denominator,
                negative: negative,
                rule: rule
            )
            let value = Int128(quotient) + (away ? 1 : 0)
            return ExactDecimal(significand: negative ? -value : value, scale: target)
        } else {
            guard -shift <= 38 else { return ExactDecimal(significand: 0, scale: target) }
            let (wideDenominator, overflow) = denominator.multipliedReportingOverflow(
                by: UInt128(ExactDecimal.powerOfTen(-shift))
            )
            if overflow {
                return ExactDecimal.zero.rounded(scale: target)
            }
            denominator = wideDenominator
            let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
            numerator = quotient
            let away = ExactDecimal.roundsAwayFromZero(
                quotient: quotient,
                remainder: remainder,
                divisor: denominator,
                negative: negative,
                rule: rule
            )
            let value = Int128(numerator) + (away ? 1 : 0)
            return ExactDecimal(significand: negative ? -value : value, scale: target)
        }
    }
}

// MARK: - Equatable, Hashable, Comparable

extension ExactDecimal: Equatable {
    /// Numeric equality: `1.5 == 1.50`.
    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let (a, b, _) = aligned(lhs, rhs)
        return a == b
    }
}

extension ExactDecimal: Hashable {
    /// Hashes the normalized value, so that equal numbers hash alike.
    public func hash(into hasher: inout Hasher) {
        let normal = normalized
        hasher.combine(normal.significand)
        hasher.combine(normal.scale)
    }
}

extension ExactDecimal: Comparable {
    /// Numeric order.
    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let (a, b, _) = aligned(lhs, rhs)
        return a < b
    }
}

// MARK: - Text

extension ExactDecimal: CustomStringConvertible, LosslessStringConvertible {
    /// Plain decimal notation with the value's own scale: `-1234.50`. No exponent, no grouping.
    public var description: String {
        let digits = String(significand.magnitude)
        var text: String
        if scale == 0 {
            text = digits
        } else if digits.count > scale {
            let split = digits.index(digits.endIndex, offsetBy: -scale)
            text = digits[..<split] + "." + digits[split...]
        } else {
            text = "0." + String(repeating: "0", count: scale - digits.count) + digits
        }
        if significand < 0 { text = "-" + text }
        return text
    }

    /// Parses plain decimal notation (`"-12.50"`, `"+3"`, `".5"`, `"7."`), returning `nil` for
    /// anything else. ``init(parsing:)`` says why a text is refused.
    public init?(_ description: String) {
        guard let value = try? ExactDecimal(parsing: description) else { return nil }
        self = value
    }

    /// Parses plain decimal notation, as XML Schema's `xs:decimal` writes it.
    ///
    /// Accepted: an optional sign, digits, an optional point and fractional digits, at least one
    /// digit in all. Refused: exponents, grouping, spaces, commas, more than
    /// ``maximumIntegerDigits`` integer digits (leading zeros aside), more than ``maximumScale``
    /// fractional digits, or more than 38 significant digits in all.
    /// - Throws: ``FactureModelError`` with code ``FactureModelError/Code/invalidDecimal``.
    public init(parsing text: some StringProtocol) throws(FactureModelError) {
        var negative = false
        var significand: Int128 = 0
        var integerDigits = 0
        var fractionDigits = 0
        var sawPoint = false
        var sawDigit = false
        var index = text.utf8.startIndex
        let utf8 = text.utf8
        if index < utf8.endIndex, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") {
            negative = utf8[index] == UInt8(ascii: "-")
            index = utf8.index(after: index)
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                if sawPoint {
                    fractionDigits += 1
                    guard fractionDigits <= ExactDecimal.maximumScale else {
                        throw FactureModelError(
                            code: .invalidDecimal,
                            message: "more than \(ExactDecimal.maximumScale) fractional digits in '\(text)'"
                        )
                    }
                } else if significand != 0 || byte != UInt8(ascii: "0") {
                    integerDigits += 1
                    guard integerDigits <= ExactDecimal.maximumIntegerDigits else {
                        throw FactureModelError(
                            code: .invalidDecimal,
                            message: "more than \(ExactDecimal.maximumIntegerDigits) integer digits in '\(text)'"
                        )
                    }
                }
                let (shifted, overflow) = significand.multipliedReportingOverflow(by: 10)
                let (next, carry) = shifted.addingReportingOverflow(Int128(byte - UInt8(ascii: "0")))
                guard !overflow, !carry else {
                    throw FactureModelError(
                        code: .invalidDecimal,
                        message: "more than 38 significant digits in '\(text)'"
                    )
                }
                significand = next
            case UInt8(ascii: "."):
                guard !sawPoint else {
                    throw FactureModelError(code: .invalidDecimal, message: "two decimal points in '\(text)'")
                }
                sawPoint = true
            default:
                throw FactureModelError(
                    code: .invalidDecimal,
                    message: "unexpected character '\(Character(Unicode.Scalar(byte)))' in '\(text)'"
                )
            }
            index = utf8.index(after: index)
        }
        guard sawDigit else {
            throw FactureModelError(code: .invalidDecimal, message: "no digits in '\(text)'")
        }
        self.init(significand: negative ? -significand : significand, scale: fractionDigits)
    }
}

extension ExactDecimal: ExpressibleByIntegerLiteral {
    /// Creates a whole number from a literal: `let three: ExactDecimal = 3`.
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}

extension ExactDecimal: Codable {
    /// Decodes from a JSON string such as `"12.50"` (numbers are refused: JSON numbers are often
    /// read as binary floating point along the way).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try ExactDecimal(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes as a string keeping the scale, such as `"12.50"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
