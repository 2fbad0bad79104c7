// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel

/// A number as an invoice prints it (`1.965,58 €`, `1 965,58`, `1,965.58`, `-297,80`, `20 %`),
/// found in a piece of text with where it stands.
struct PrintedNumber: Sendable, Hashable {
    /// The value, exact.
    var value: ExactDecimal
    /// How many digits follow the decimal separator (0 when there is none).
    var fractionDigits: Int
    /// Whether a currency sign or code is attached (`€`, `EUR`, `£`, `$`).
    var hasCurrency: Bool
    /// Whether a `%` follows.
    var isPercentage: Bool
    /// Where the number starts and ends in the searched text (character offsets).
    var range: Range<Int>

    /// Whether it reads as an amount of money: two decimals, or a currency attached.
    var isAmount: Bool { fractionDigits == 2 || (hasCurrency && fractionDigits == 0) }

    /// Every number in `text`, left to right.
    ///
    /// Grouping separators (space, no-break space, `'`, and `.` or `,`) and the decimal separator
    /// are told apart by position (see `read`).
    static func all(in text: String) -> [PrintedNumber] {
        let characters = Array(text)
        var results: [PrintedNumber] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let startsNumber =
                character.isASCIIDigit
                || ((character == "-" || character == "−") && index + 1 < characters.count
                    && characters[index + 1].isASCIIDigit
                    && (index == 0 || !characters[index - 1].isLetterOrDigit))
            guard startsNumber, index == 0 || !characters[index - 1].isLetterOrDigit || character == "-" else {
                index += 1
                continue
            }
            if let found = read(characters, from: index) {
                results.append(found)
                index = found.range.upperBound
            } else {
                index += 1
            }
        }
        return results
    }

    /// Reads one number starting at `start` (a digit or a minus sign).
    private static func read(_ characters: [Character], from start: Int) -> PrintedNumber? {
        var index = start
        var negative = false
        if characters[index] == "-" || characters[index] == "−" {
            negative = true
            index += 1
        }
        // Digits and separators, as long as the separators sit between digits.
        var body: [Character] = []
        while index < characters.count {
            let character = characters[index]
            if character.isASCIIDigit {
                body.append(character)
                index += 1
            } else if [".", ",", "'", " ", "\u{00A0}", "\u{202F}"].contains(character), index + 1 < characters.count,
                characters[index + 1].isASCIIDigit, !body.isEmpty
            {
                // A space separates groups only before exactly three digits.
                if character == " " || character == "\u{00A0}" || character == "\u{202F}" {
                    let following = characters[(index + 1)...].prefix { $0.isASCIIDigit }.count
                    guard following == 3 else { break }
                    let previousDigits = body.reversed().prefix { $0.isASCIIDigit }.count
                    guard previousDigits <= 3 else { break }
                    // Nor after a decimal or grouping mark: `3 811,10 762,22` is two amounts.
                    guard !body.contains(where: { $0 == "," || $0 == "." }) else { break }
                }
                body.append(character)
                index += 1
            } else {
                break
            }
        }
        let digitsEnd = index
        guard !body.isEmpty, body.last?.isASCIIDigit == true else { return nil }
        // A number glued to letters (a reference such as B9856 or 3G2) is no number.
        if index < characters.count, characters[index].isLetter, !["€", "£", "$"].contains(characters[index]) {
            let suffix = String(characters[index...].prefix { $0.isLetter })
            if !["EUR", "GBP", "USD", "CHF", "h", "kg", "m", "u", "x"].contains(suffix) { return nil }
        }
        // The decimal separator: with both `,` and `.`, the last one; with one kind used once, that one
        // (`2,125` is a quantity more often than an amount without decimals); used several times, none.
        let separators = body.indices.filter { body[$0] == "," || body[$0] == "." }
        var decimalIndex: Int?
        if let last = separators.last {
            let kinds = Set(separators.map { body[$0] })
            let fraction = body.count - last - 1
            if kinds.count == 2 || separators.count == 1 || fraction != 3 { decimalIndex = last }
        }
        var integerDigits = ""
        var fractionDigits = ""
        for (position, character) in body.enumerated() where character.isASCIIDigit {
            if let decimalIndex, position > decimalIndex {
                fractionDigits.append(character)
            } else {
                integerDigits.append(character)
            }
        }
        guard let significand = Int128(integerDigits + fractionDigits), integerDigits.count + fractionDigits.count <= 30
        else { return nil }
        var end = digitsEnd
        // What follows: spaces then a currency or a percent sign.
        var hasCurrency = false
        var isPercentage = false
        var look = end
        while look < characters.count, characters[look] == " " || characters[look] == "\u{00A0}" { look += 1 }
        if look < characters.count {
            if characters[look] == "%" {
                isPercentage = true
                end = look + 1
            } else if ["€", "£", "$"].contains(characters[look]) {
                hasCurrency = true
                end = look + 1
            } else if look + 3 <= characters.count,
                ["EUR", "GBP", "USD", "CHF"].contains(String(characters[look..<look + 3]))
            {
                hasCurrency = true
                end = look + 3
            }
        }
        // Or a currency before: `€ 12,00`, `EUR 12.00`.
        var before = start - 1
        while before >= 0, characters[before] == " " || characters[before] == "\u{00A0}" { before -= 1 }
        if before >= 0, ["€", "£", "$"].contains(characters[before]) { hasCurrency = true }
        if before >= 2, ["EUR", "GBP", "USD", "CHF"].contains(String(characters[(before - 2)...before])) {
            hasCurrency = true
        }
        return PrintedNumber(
            value: ExactDecimal(significand: negative ? -significand : significand, scale: fractionDigits.count),
            fractionDigits: fractionDigits.count,
            hasCurrency: hasCurrency,
            isPercentage: isPercentage,
            range: start..<end
        )
    }
}

extension ExactDecimal {
    /// With exactly two decimals, as the extraction contract writes amounts and rates.
    var twoDecimals: String {
        rounded(scale: 2).padded(toScale: 2).description
    }

    /// Without trailing zeros, as the contract writes quantities (`171.5`, `5`).
    var plain: String {
        normalized.description
    }
}

extension Character {
    /// `0`–`9`.
    var isASCIIDigit: Bool { isASCII && isNumber }
    /// A letter or a digit.
    var isLetterOrDigit: Bool { isLetter || isNumber }
}
