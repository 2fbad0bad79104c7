// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel

/// The identifiers a French invoice prints, recognised by their check digits rather than by
/// their place on the page: SIREN and SIRET (Luhn), the French VAT number (its key), IBAN
/// (ISO 13616 mod 97) and BIC (shape).
enum PrintedIdentifier {
    /// Whether digits pass the Luhn check (SIREN, SIRET), or are a SIRET of La Poste (SIREN
    /// 356000000), whose establishments are numbered with a digit sum divisible by 5 instead.
    static func passesLuhn(_ digits: String) -> Bool {
        let values = digits.compactMap(\.wholeNumberValue)
        guard values.count == digits.count, !values.isEmpty else { return false }
        if values.count == 14, digits.hasPrefix("356000000") {
            return values.reduce(0, +) % 5 == 0
        }
        var sum = 0
        for (offset, value) in values.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = value * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += value
            }
        }
        return sum % 10 == 0
    }

    /// The French VAT number of a SIREN: `FR`, the key `(12 + 3 × (SIREN mod 97)) mod 97`, the SIREN.
    static func frenchVAT(ofSIREN siren: String) -> String? {
        guard siren.count == 9, let number = Int(siren) else { return nil }
        let key = (12 + 3 * (number % 97)) % 97
        return "FR" + (key < 10 ? "0" : "") + String(key) + siren
    }

    /// Whether a French VAT number's key matches its SIREN.
    static func isValidFrenchVAT(_ vat: String) -> Bool {
        guard vat.count == 13, vat.hasPrefix("FR") else { return false }
        return frenchVAT(ofSIREN: String(vat.suffix(9))) == vat
    }

    /// Whether an IBAN has its country's length (ISO 13616 registry; 15–34 for a country it does
    /// not list) and passes the mod-97 check.
    static func isValidIBAN(_ iban: String) -> Bool {
        let characters = Array(iban)
        let expected = IBAN.length(forCountryCode: String(characters.prefix(2)).uppercased())
        guard expected.map({ $0 == characters.count }) ?? (15...34).contains(characters.count),
            characters.prefix(2).allSatisfy(\.isLetter),
            characters[2].isNumber, characters[3].isNumber,
            characters.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return false }
        let rearranged = characters[4...] + characters[..<4]
        var remainder = 0
        for character in rearranged {
            let value: Int
            if let digit = character.wholeNumberValue {
                value = digit
                remainder = (remainder * 10 + value) % 97
            } else if let ascii = character.uppercased().unicodeScalars.first?.value {
                value = Int(ascii) - 55
                remainder = (remainder * 100 + value) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }

    /// Whether text has the shape of a BIC: 4 letters (bank), 2 letters (country), 2 letters or
    /// digits (location), optionally 3 letters or digits (branch).
    static func isBIC(_ text: String) -> Bool {
        let characters = Array(text)
        guard characters.count == 8 || characters.count == 11,
            characters.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }),
            characters[0..<6].allSatisfy(\.isLetter)
        else { return false }
        return true
    }

    /// The runs of digits in text once spaces, dots and dashes between digits are removed, with
    /// their offsets: `766 971 097 00098` → `76697109700098`.
    static func digitRuns(in text: String) -> [(digits: String, range: Range<Int>)] {
        let characters = Array(text)
        var runs: [(String, Range<Int>)] = []
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigit, index == 0 || !characters[index - 1].isLetterOrDigit else {
                index += 1
                continue
            }
            let start = index
            var digits = ""
            while index < characters.count {
                if characters[index].isASCIIDigit {
                    digits.append(characters[index])
                    index += 1
                } else if [" ", ".", "-", "\u{00A0}"].contains(characters[index]), index + 1 < characters.count,
                    characters[index + 1].isASCIIDigit
                {
                    index += 1
                } else {
                    break
                }
            }
            if index < characters.count, characters[index].isLetter { continue }
            runs.append((digits, start..<index))
        }
        return runs
    }

    /// French VAT numbers in text (`FR 68 766971097`, `FR68766971097`), keys checked.
    static func frenchVATs(in text: String) -> [String] {
        let compact = text.uppercased().filter { !$0.isWhitespace && $0 != "." && $0 != "-" }
        let characters = Array(compact)
        var found: [String] = []
        var index = 0
        // Recognition reads `0` as `O` now and then: in the eleven digits, look-alikes count as digits
        // when the key then checks.
        let lookalikes: [Character: Character] = ["O": "0", "D": "0", "I": "1", "L": "1", "S": "5", "B": "8", "Z": "2"]
        while index + 13 <= characters.count {
            if characters[index] == "F", characters[index + 1] == "R",
                characters[(index + 2)..<(index + 13)].allSatisfy({ $0.isASCIIDigit || lookalikes[$0] != nil }),
                characters[(index + 2)..<(index + 13)].count(where: { !$0.isASCIIDigit }) <= 2
            {
                let candidate = "FR" + String(characters[(index + 2)..<(index + 13)].map { lookalikes[$0] ?? $0 })
                if isValidFrenchVAT(candidate), !found.contains(candidate) { found.append(candidate) }
                index += 13
            } else {
                index += 1
            }
        }
        return found
    }

    /// An IBAN misread by text recognition (`O` for `0`, `I` or `l` for `1`, `S` for `5`, `B` for `8`,
    /// `Z` for `2`): the reading of the characters after the country code that passes mod 97, trying
    /// at most three such replacements. The check digits make a wrong repair unlikely (1 in 97).
    static func repairedIBAN(_ characters: [Character]) -> (iban: String, end: Int)? {
        let lookalikes: [Character: Character] = [
            "O": "0", "D": "0", "I": "1", "L": "1", "S": "5", "B": "8", "Z": "2", "G": "6",
        ]
        var compact: [Character] = []
        var ends: [Int] = []
        for (offset, character) in characters.enumerated() {
            if character.isASCII, character.isLetter || character.isNumber {
                compact.append(Character(character.uppercased()))
                ends.append(offset + 1)
            } else if character != " " {
                break
            }
            if compact.count == 34 { break }
        }
        guard compact.count >= 15 else { return nil }
        for length in stride(from: compact.count, through: 15, by: -1) {
            let candidate = Array(compact.prefix(length))
            let suspects = candidate.indices.dropFirst(2).filter { lookalikes[candidate[$0]] != nil }
            guard suspects.count <= 3 else { continue }
            // Every subset of the suspects replaced.
            for mask in 1..<(1 << suspects.count) {
                var repaired = candidate
                for (bit, position) in suspects.enumerated() where mask & (1 << bit) != 0 {
                    if let digit = lookalikes[repaired[position]] { repaired[position] = digit }
                }
                let text = String(repaired)
                if isValidIBAN(text) { return (text, ends[length - 1]) }
            }
        }
        return nil
    }

    /// IBANs in text, checked, spaces removed: the longest valid run of letters and digits (spaces
    /// allowed) starting with a country code.
    static func ibans(in text: String) -> [String] {
        let characters = Array(text.uppercased())
        var found: [String] = []
        var index = 0
        while index + 4 <= characters.count {
            guard characters[index].isLetter, characters[index + 1].isLetter, characters[index + 2].isASCIIDigit,
                characters[index + 3].isASCIIDigit, index == 0 || !characters[index - 1].isLetterOrDigit
            else {
                index += 1
                continue
            }
            var compact = ""
            var cursor = index
            var best: (iban: String, end: Int)?
            while cursor < characters.count, compact.count < 34 {
                let character = characters[cursor]
                if character.isASCII, character.isLetter || character.isNumber {
                    compact.append(character)
                    if compact.count >= 15, isValidIBAN(compact) { best = (compact, cursor + 1) }
                } else if character != " " {
                    break
                }
                cursor += 1
            }
            if best == nil, let repaired = repairedIBAN(Array(characters[index...].prefix(40))) {
                best = repaired
                best?.end += index
            }
            if let best {
                found.append(best.iban)
                index = best.end
            } else {
                index += 1
            }
        }
        return found
    }
}
