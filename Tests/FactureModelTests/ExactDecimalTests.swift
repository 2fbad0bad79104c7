// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import Foundation
import Testing

/// Rounds `numerator / denominator` (denominator > 0) to an integer with plain integer arithmetic,
/// as an independent reference for `ExactDecimal.rounded`.
private func referenceRound(_ numerator: Int, _ denominator: Int, _ rule: ExactDecimal.RoundingRule) -> Int {
    let floor = numerator >= 0 ? numerator / denominator : -((-numerator + denominator - 1) / denominator)
    let remainder = numerator - floor * denominator  // 0 ≤ remainder < denominator
    if remainder == 0 { return floor }
    let ceiling = floor + 1
    switch rule {
    case .down: return floor
    case .up: return ceiling
    case .towardZero: return numerator >= 0 ? floor : ceiling
    case .awayFromZero: return numerator >= 0 ? ceiling : floor
    case .halfUp:
        return 2 * remainder >= denominator ? ceiling : floor
    case .halfAwayFromZero:
        if 2 * remainder == denominator { return numerator >= 0 ? ceiling : floor }
        return 2 * remainder > denominator ? ceiling : floor
    case .halfEven:
        if 2 * remainder == denominator { return floor % 2 == 0 ? floor : ceiling }
        return 2 * remainder > denominator ? ceiling : floor
    }
}

@Suite("ExactDecimal")
struct ExactDecimalTests {
    @Test("parses and prints plain decimal notation without losing the scale")
    func parsesAndPrints() throws {
        let cases: [(String, String)] = [
            ("0", "0"), ("12.50", "12.50"), ("-0.05", "-0.05"), ("+3", "3"), (".5", "0.5"), ("7.", "7"),
            ("000123.4500", "123.4500"), ("-1234567890.123456789", "-1234567890.123456789"),
            ("999999999999999.99", "999999999999999.99"),
        ]
        for (input, printed) in cases {
            #expect(try ExactDecimal(parsing: input).description == printed, "\(input)")
        }
    }

    @Test("refuses exponents, grouping, spaces, commas and oversized numbers with invalidDecimal")
    func refusesBadText() {
        for input in [
            "", "-", ".", "1e5", "1,5", "1 000", "1.2.3", "--1", "12a", "1000000000000000",
            "0." + String(repeating: "1", count: 31), "NaN", "∞",
            "999999999999999.999999999999999999999999999999",
        ] {
            #expect(throws: FactureModelError.self, "\(input)") { try ExactDecimal(parsing: input) }
            do {
                _ = try ExactDecimal(parsing: input)
            } catch {
                #expect(error.code == .invalidDecimal)
            }
        }
    }

    @Test("equal numbers are equal and hash alike whatever their scale")
    func equalityIgnoresScale() throws {
        let a = try ExactDecimal(parsing: "1.5")
        let b = try ExactDecimal(parsing: "1.500")
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(Set([a, b]).count == 1)
        #expect(try ExactDecimal(parsing: "-0.00") == .zero)
        #expect(try ExactDecimal(parsing: "2.01") > ExactDecimal(parsing: "2.009"))
        #expect(try ExactDecimal(parsing: "-2.01") < ExactDecimal(parsing: "-2.009"))
    }

    @Test("rounding agrees with an integer reference for every rule over ±3000 thousandths to every scale")
    func roundingMatchesReference() {
        for rule in ExactDecimal.RoundingRule.allCases {
            for significand in -3000...3000 {
                let value = ExactDecimal(significand: Int128(significand), scale: 3)
                for (targetScale, denominator) in [(2, 10), (1, 100), (0, 1000)] {
                    let expected = referenceRound(significand, denominator, rule)
                    let rounded = value.rounded(scale: targetScale, rule: rule)
                    #expect(rounded.scale == targetScale)
                    #expect(rounded.significand == Int128(expected), "\(value) \(rule) → \(rounded)")
                }
            }
        }
    }

    @Test("rounding to more digits pads with zeros and keeps the value")
    func roundingPads() throws {
        let value = try ExactDecimal(parsing: "1.5")
        #expect(value.rounded(scale: 3).description == "1.500")
        #expect(value.rounded(scale: 3) == value)
    }

    @Test("addition, subtraction and multiplication are exact over a small domain")
    func arithmeticIsExact() {
        for a in stride(from: -250, through: 250, by: 7) {
            for b in stride(from: -250, through: 250, by: 11) {
                let x = ExactDecimal(significand: Int128(a), scale: 2)
                let y = ExactDecimal(significand: Int128(b), scale: 3)
                #expect((x + y) == ExactDecimal(significand: Int128(a * 10 + b), scale: 3))
                #expect((x - y) == ExactDecimal(significand: Int128(a * 10 - b), scale: 3))
                #expect((x * y) == ExactDecimal(significand: Int128(a * b), scale: 5))
            }
        }
    }

    @Test("a product too wide for 38 digits drops only far fractional digits, rounding half away from zero")
    func wideProductRounds() throws {
        let big = try ExactDecimal(parsing: "999999999999999.999999999999999999")
        let product = big * big
        // (10^15 - 10^-18)^2 = 10^30 - 2·10^-3 + 10^-36: 30 integer digits leave room for 8 decimals.
        let expected = ExactDecimal(significand: 99_999_999_999_999_999_999_999_999_999_999_800_000, scale: 8)
        #expect(product == expected)
        #expect(product.scale == 8)
        #expect(-big * big == -expected)
    }

    @Test("arithmetic past 38 digits saturates instead of trapping, and says so")
    func saturation() throws {
        let big = try ExactDecimal(parsing: "999999999999999")
        let cube = big * big * big
        #expect(cube.isSaturated)
        #expect(cube > big * big)
        #expect((-cube).isSaturated && -cube < .zero)
        #expect((cube + cube).isSaturated)
        #expect((-cube - cube).isSaturated && (-cube - cube) < .zero)
        #expect(!(big * big).isSaturated)
        #expect(ExactDecimal(significand: .max, scale: 0).isSaturated)
        #expect(ExactDecimal(significand: 5, scale: -40).isSaturated)
        #expect(ExactDecimal(significand: 5, scale: -3) == 5000)
    }

    @Test("division rounds to the requested scale and refuses zero")
    func division() throws {
        let ten = ExactDecimal(10)
        #expect(ten.divided(by: 3, scale: 4) == (try ExactDecimal(parsing: "3.3333")))
        #expect(ten.divided(by: -3, scale: 2, rule: .up) == (try ExactDecimal(parsing: "-3.33")))
        #expect(ten.divided(by: 6, scale: 0) == 2)
        #expect(ExactDecimal(1).divided(by: 8, scale: 2, rule: .halfEven) == (try ExactDecimal(parsing: "0.12")))
        #expect(ten.divided(by: .zero, scale: 2) == nil)
        let price = try ExactDecimal(parsing: "12.3456")
        #expect(
            price.divided(by: try ExactDecimal(parsing: "0.001"), scale: 2) == (try ExactDecimal(parsing: "12345.60"))
        )
    }

    @Test("amounts, quantities and percentages compute invoice figures exactly")
    func typedValues() throws {
        let price = try Amount(parsing: "19.99")
        let quantity = try Quantity(parsing: "3")
        #expect((price * quantity).description == "59.97")
        let vat = (price * quantity).applying(Percentage(20))
        #expect(vat.roundedToCents().description == "11.99")
        #expect(try Amount(parsing: "0.125").roundedToCents().description == "0.13")
        #expect(try Amount(parsing: "-0.125").roundedToCents().description == "-0.13")
        #expect([Amount(1), Amount(2), try Amount(parsing: "0.50")].sum() == (try Amount(parsing: "3.5")))
        #expect(try Amount(parsing: "1.230").hasAtMostFractionDigits(2))
        #expect(!(try Amount(parsing: "1.235").hasAtMostFractionDigits(2)))
    }

    @Test("JSON keeps every digit as a string")
    func codable() throws {
        let value = try Amount(parsing: "1234567890.0000000001")
        let encoded = try JSONEncoder().encode([value])
        #expect(String(decoding: encoded, as: UTF8.self) == "[\"1234567890.0000000001\"]")
        #expect(try JSONDecoder().decode([Amount].self, from: encoded) == [value])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Amount].self, from: Data("[\"1e3\"]".utf8)) }
    }

    @Test("currency codes are three capital letters and know their minor units")
    func currency() throws {
        #expect(try CurrencyCode("EUR") == .euro)
        #expect(try CurrencyCode("JPY").minorUnits == 0)
        #expect(try CurrencyCode("KWD").minorUnits == 3)
        #expect(try !CurrencyCode("ZZZ").isKnown)
        for bad in ["eur", "EU", "EURO", "E1R"] {
            #expect(throws: FactureModelError.self) { try CurrencyCode(bad) }
        }
    }
}
