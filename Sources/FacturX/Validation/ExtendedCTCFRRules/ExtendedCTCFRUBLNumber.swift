// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

internal import FactureModel

/// A number as the `EXTENDED-CTC-FR-UBL` tolerance rules compute it: an `xs:decimal`, or an
/// `xs:double` where the artefact sums untyped amounts (`sum()` over untyped values yields a double).
///
/// The artefact mixes both: a decimal term meeting a double term makes the whole expression a
/// double, and `xs:decimal()` over a double keeps the double's exact binary value (100.1 becomes
/// 100.0999999999999943…). A difference of exactly one cent then passes or fails as the processor
/// decides, which this type reproduces.
enum ExtendedCTCFRUBLNumber {
    /// An `xs:decimal` (or `xs:integer`) value.
    case decimal(ExactDecimal)
    /// An `xs:double` value.
    case double(Double)

    /// `sum(nodes)` over untyped values: the integer 0 for no node, else a double.
    static func sum(_ nodes: [RuleNode]) -> ExtendedCTCFRUBLNumber {
        if nodes.isEmpty { return .decimal(.zero) }
        return .double(nodes.reduce(0.0) { $0 + untypedDouble($1.stringValue) })
    }

    /// An untyped value cast to `xs:double` (NaN when it is not a number).
    static func untypedDouble(_ text: String) -> Double {
        let trimmed = XPath.normalizeSpace(text)
        guard !trimmed.isEmpty,
            trimmed.utf8.allSatisfy({ byte in
                (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x2D || byte == 0x2B || byte == 0x45
                    || byte == 0x65
            })
        else { return .nan }
        return Double(trimmed) ?? .nan
    }

    /// The value as an `xs:double` (a decimal is converted to the nearest double).
    var doubleValue: Double {
        switch self {
        case .decimal(let value): Double(value.description) ?? .nan
        case .double(let value): value
        }
    }

    /// `round(value * 100) div 100`: halves toward positive infinity, in the value's own type.
    var roundedCents: ExtendedCTCFRUBLNumber {
        switch self {
        case .decimal(let value):
            return .decimal(XPath.roundCents(value))
        case .double(let value):
            let scaled = value * 100
            guard scaled.isFinite else { return .double(scaled) }
            let floor = scaled.rounded(.down)
            return .double((scaled - floor >= 0.5 ? floor + 1 : floor) / 100)
        }
    }

    /// `xs:decimal(value)`: a double keeps its exact binary value (to 30 fractional digits at
    /// most, far below any difference the rules compare). `nil` for NaN or infinity.
    var castToDecimal: ExtendedCTCFRUBLNumber? {
        switch self {
        case .decimal: return self
        case .double(let value):
            guard let exact = Self.exactDecimal(value) else { return nil }
            return .decimal(exact)
        }
    }

    /// `abs(value)`.
    var magnitude: ExtendedCTCFRUBLNumber {
        switch self {
        case .decimal(let value): .decimal(value.magnitude)
        case .double(let value): .double(Swift.abs(value))
        }
    }

    /// XPath `+` and `-`: decimal when both are decimals, else double.
    static func combine(
        _ lhs: ExtendedCTCFRUBLNumber,
        _ rhs: ExtendedCTCFRUBLNumber,
        subtracting: Bool
    ) -> ExtendedCTCFRUBLNumber {
        if case .decimal(let left) = lhs, case .decimal(let right) = rhs {
            return .decimal(subtracting ? left - right : left + right)
        }
        let left = lhs.doubleValue
        let right = rhs.doubleValue
        return .double(subtracting ? left - right : left + right)
    }

    /// XPath `+`.
    static func + (lhs: ExtendedCTCFRUBLNumber, rhs: ExtendedCTCFRUBLNumber) -> ExtendedCTCFRUBLNumber {
        combine(lhs, rhs, subtracting: false)
    }

    /// XPath `-`.
    static func - (lhs: ExtendedCTCFRUBLNumber, rhs: ExtendedCTCFRUBLNumber) -> ExtendedCTCFRUBLNumber {
        combine(lhs, rhs, subtracting: true)
    }

    /// XPath `le` (`<=`): exact between decimals, else between doubles (NaN compares false).
    static func <= (lhs: ExtendedCTCFRUBLNumber, rhs: ExtendedCTCFRUBLNumber) -> Bool {
        if case .decimal(let left) = lhs, case .decimal(let right) = rhs {
            return !(right < left)
        }
        return lhs.doubleValue <= rhs.doubleValue
    }

    /// `count * 0.01`: the tolerance of `count` elements, a decimal.
    static func cents(_ count: Int) -> ExtendedCTCFRUBLNumber {
        .decimal(ExactDecimal(significand: Int128(count), scale: 2))
    }

    /// The exact decimal expansion of a finite double, rounded to as many fractional digits (30 at
    /// most) as the decimal type holds.
    static func exactDecimal(_ value: Double) -> ExactDecimal? {
        guard value.isFinite else { return nil }
        if value == 0 { return .zero }
        let negative = value < 0
        let magnitude = Swift.abs(value)
        // magnitude = significand × 2^exponent, the significand an integer below 2^53.
        let exponent = Int(magnitude.exponent) - 52
        let significand = UInt128(magnitude.significandBitPattern | (magnitude.isNormal ? 1 << 52 : 0))
        if exponent >= 0 {
            guard exponent < 70 else { return nil }
            let integer = significand << UInt128(exponent)
            guard integer <= UInt128(Int128.max) else { return nil }
            return ExactDecimal(significand: negative ? -Int128(integer) : Int128(integer), scale: 0)
        }
        let shift = -exponent
        guard shift < 120 else { return .zero }
        let integerPart = significand >> UInt128(shift)
        var remainder = significand & ((1 << UInt128(shift)) - 1)
        var integerDigits = 0
        var probe = integerPart
        while probe > 0 {
            integerDigits += 1
            probe /= 10
        }
        let scale = max(0, min(ExactDecimal.maximumScale, 37 - integerDigits))
        var digits = integerPart
        for _ in 0..<scale {
            remainder *= 10
            digits = digits * 10 + (remainder >> UInt128(shift))
            remainder &= (1 << UInt128(shift)) - 1
        }
        // Round the last digit half up on the remainder.
        if remainder << 1 >= (1 << UInt128(shift)) { digits += 1 }
        let signed = Int128(digits)
        return ExactDecimal(significand: negative ? -signed : signed, scale: scale)
    }
}
