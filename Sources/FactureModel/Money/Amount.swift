// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A sum of money in the invoice's currency, exact to every digit.
///
/// Document-level amounts of EN 16931 carry at most two decimals (``roundedToCents()``); unit
/// prices and intermediate results may carry more. The currency is the document's
/// (BT-5, BT-6), not the amount's.
///
/// ```swift
/// let net: Amount = try Amount(parsing: "100.00")
/// let vat = net.applying(Percentage(20))       // 20.0000
/// let gross = net + vat.roundedToCents()        // 120.00
/// ```
public struct Amount: DecimalValue {
    /// The number.
    public let decimal: ExactDecimal

    /// Wraps a number.
    public init(_ decimal: ExactDecimal) {
        self.decimal = decimal
    }

    /// Rounded to two decimals, half away from zero, as EN 16931 rounds document amounts.
    public func roundedToCents() -> Amount {
        rounded(scale: 2)
    }

    /// Whether the amount has at most `digits` fractional digits once trailing zeros go
    /// (EN 16931 BR-DEC rules allow two on document amounts).
    public func hasAtMostFractionDigits(_ digits: Int) -> Bool {
        decimal.significantFractionDigits <= digits
    }

    /// `self × percentage / 100`, exact (no rounding).
    public func applying(_ percentage: Percentage) -> Amount {
        let product = decimal * percentage.decimal
        return Amount(ExactDecimal(significand: product.significand, scale: product.scale + 2))
    }

    /// Price × quantity, exact.
    public static func * (price: Amount, quantity: Quantity) -> Amount {
        Amount(price.decimal * quantity.decimal)
    }

    /// The amount divided by a quantity (a price per base quantity), rounded to `scale` digits;
    /// `nil` when the quantity is zero.
    public func divided(
        by quantity: Quantity,
        scale: Int,
        rule: ExactDecimal.RoundingRule = .halfAwayFromZero
    )
        -> Amount?
    {
        decimal.divided(by: quantity.decimal, scale: scale, rule: rule).map(Amount.init)
    }
}

/// A number of units: invoiced quantity (BT-129), base quantity (BT-149).
public struct Quantity: DecimalValue {
    /// The number.
    public let decimal: ExactDecimal

    /// Wraps a number.
    public init(_ decimal: ExactDecimal) {
        self.decimal = decimal
    }

    /// One unit.
    public static var one: Quantity { Quantity(ExactDecimal(1)) }
}

/// A percentage written as on the invoice: `20` means 20 % (VAT rates BT-152, allowance and
/// charge percentages BT-94, BT-101, BT-138, BT-143).
public struct Percentage: DecimalValue {
    /// The number of hundredths.
    public let decimal: ExactDecimal

    /// Wraps a number of hundredths.
    public init(_ decimal: ExactDecimal) {
        self.decimal = decimal
    }

    /// A whole percentage, `Percentage(20)` for 20 %.
    public init(_ whole: Int) {
        self.decimal = ExactDecimal(whole)
    }
}
