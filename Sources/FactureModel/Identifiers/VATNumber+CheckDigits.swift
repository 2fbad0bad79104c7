// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

// Check digits of EU VAT numbers, one function per member state. Each receives a national
// number that already fits one of its country's patterns (see `VATNumber.formats`).

extension VATNumber {
    /// Runs the country's check on a national number of the right shape.
    static func check(_ body: UnsafeBufferPointer<UInt8>, country: String, text: String) -> Outcome {
        let checker = CheckContext(body: body, text: text)
        switch country {
        case "AT": return checker.austria()
        case "BE": return checker.belgium()
        case "BG": return checker.bulgaria()
        case "CY": return checker.cyprus()
        case "CZ": return checker.czechia()
        case "DE": return checker.germany()
        case "DK": return checker.denmark()
        case "EE": return checker.weighted(Weights.estonia, modulus: 10, algorithm: "weighted mod 10")
        case "EL": return checker.greece()
        case "ES": return checker.spain()
        case "FI": return checker.weighted(Weights.finland, modulus: 11, algorithm: "weighted mod 11")
        case "FR": return checker.france()
        case "HR": return checker.croatia()
        case "HU": return checker.weighted(Weights.hungary, modulus: 10, algorithm: "weighted mod 10")
        case "IE": return checker.ireland()
        case "IT": return checker.italy()
        case "LT": return checker.lithuania()
        case "LU": return checker.luxembourg()
        case "LV": return checker.latvia()
        case "MT": return checker.weighted(Weights.malta, modulus: 37, algorithm: "weighted mod 37")
        case "NL": return checker.netherlands()
        case "PL": return checker.weighted(Weights.poland, modulus: 11, algorithm: "weighted mod 11")
        case "PT": return checker.portugal()
        case "RO": return checker.romania()
        case "SE": return checker.sweden()
        case "SI": return checker.slovenia()
        case "SK": return checker.slovakia()
        case "XI": return checker.northernIreland()
        default: return .unverified
        }
    }

    /// Weight tables, stored once so that checks do not allocate.
    private enum Weights {
        /// Cyprus: the values of digits in even positions.
        static let cyprusEvenPositions = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]
        static let denmark = [2, 7, 6, 5, 4, 3, 2, 1]
        static let estonia = [3, 7, 1, 3, 7, 1, 3, 7, 1]
        static let finland = [7, 9, 10, 5, 8, 4, 2, 1]
        static let hungary = [9, 7, 3, 1, 9, 7, 3, 1]
        static let latvia = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1]
        static let malta = [3, 4, 6, 7, 8, 9, 10, 1]
        static let poland = [6, 5, 7, 2, 3, 4, 5, 6, 7, -1]
        static let romania = [7, 5, 3, 2, 1, 7, 5, 3, 2]
        static let unitedKingdom = [8, 7, 6, 5, 4, 3, 2, 10, 1]
    }

    /// A national number and the whole number, for the checks and their messages.
    private struct CheckContext {
        let body: UnsafeBufferPointer<UInt8>
        let text: String

        var count: Int { body.count }

        func digit(_ index: Int) -> Int { IdentifierText.digit(body[index]) }

        func number(_ range: Range<Int>) -> Int { IdentifierText.number(body, range) }

        func mismatch(_ algorithm: String) -> Outcome {
            .invalid(.invalidCheckDigit, "check digit mismatch: VAT number \(text) fails the \(algorithm) check")
        }

        func format(_ problem: String) -> Outcome {
            .invalid(.invalidFormat, "VAT number \(text): \(problem)")
        }

        func expect(_ condition: Bool, _ algorithm: String) -> Outcome {
            condition ? .verified : mismatch(algorithm)
        }

        /// The weighted sum of all digits is a multiple of `modulus`.
        func weighted(_ weights: [Int], modulus: Int, algorithm: String) -> Outcome {
            expect(Checksums.weightedSum(body, 0..<count, weights) % modulus == 0, algorithm)
        }

        // MARK: Countries

        func austria() -> Outcome {
            // U + 7 digits + a digit that makes the Luhn sum of the 7 digits plus 4 end in 0.
            let expected = (16 - Checksums.luhn(body, 1..<8)) % 10
            return expect(digit(8) == expected, "Austrian UID (Luhn)")
        }

        func belgium() -> Outcome {
            guard number(0..<10) > 0 else { return format("the number cannot be all zeros") }
            return expect((number(0..<8) + number(8..<10)) % 97 == 0, "mod 97")
        }

        func bulgaria() -> Outcome {
            guard count == 9 else {
                // Ten digits: a person's EGN, a foreigner's PNF or another number, each with its
                // own check; this release checks the format only.
                return .unverified
            }
            var sum = 0
            for index in 0..<8 { sum += (index + 1) * digit(index) }
            var check = sum % 11
            if check == 10 {
                sum = 0
                for index in 0..<8 { sum += (index + 3) * digit(index) }
                check = sum % 11
            }
            return expect(digit(8) == check % 10, "weighted mod 11")
        }

        func cyprus() -> Outcome {
            guard number(0..<2) != 12 else { return format("Cypriot numbers cannot start with 12") }
            var sum = 0
            for index in 0..<8 {
                sum += index % 2 == 0 ? Weights.cyprusEvenPositions[digit(index)] : digit(index)
            }
            return expect(Int(body[8]) - Int(UInt8(ascii: "A")) == sum % 26, "check letter")
        }

        func czechia() -> Outcome {
            if count == 8 {
                guard body[0] != UInt8(ascii: "9") else { return format("8-digit numbers cannot start with 9") }
                var sum = 0
                for index in 0..<7 { sum += (8 - index) * digit(index) }
                let check = (11 - sum % 11) % 11
                return expect(digit(7) == (check == 0 ? 1 : check) % 10, "weighted mod 11")
            }
            if count == 9 && body[0] == UInt8(ascii: "6") {
                var sum = 0
                for index in 1..<8 { sum += (9 - index) * digit(index) }
                let check = (8 - (10 - sum % 11) % 11 + 10) % 10
                return expect(digit(8) == check, "weighted mod 11")
            }
            // A person's birth number (rodné číslo): format only.
            return .unverified
        }

        func germany() -> Outcome {
            expect(Checksums.mod11_10(body, 0..<9) == 1, "ISO 7064 MOD 11-10")
        }

        func denmark() -> Outcome {
            weighted(Weights.denmark, modulus: 11, algorithm: "weighted mod 11")
        }

        func greece() -> Outcome {
            var sum = 0
            for index in 0..<8 { sum = sum * 2 + digit(index) }
            return expect(digit(8) == sum * 2 % 11 % 10, "weighted mod 11")
        }

        func spain() -> Outcome {
            let dniLetters: StaticString = "TRWAGMYFPDXBNJZSQVHLCKE"
            let first = body[0]
            let last = body[8]
            func dniLetter(_ value: Int) -> UInt8 { dniLetters.withUTF8Buffer { $0[value % 23] } }

            if IdentifierText.isDigit(first) {
                // DNI: 8 digits and a letter.
                guard IdentifierText.isUppercaseLetter(last) else { return format("a DNI ends with a letter") }
                return expect(last == dniLetter(number(0..<8)), "DNI check letter")
            }
            switch first {
            case UInt8(ascii: "K"), UInt8(ascii: "L"), UInt8(ascii: "M"):
                return expect(last == dniLetter(number(1..<8)), "DNI check letter")
            case UInt8(ascii: "X"), UInt8(ascii: "Y"), UInt8(ascii: "Z"):
                // NIE: X, Y, Z stand for 0, 1, 2 in front of the 7 digits.
                let lead = Int(first - UInt8(ascii: "X"))
                return expect(last == dniLetter(lead * 10_000_000 + number(1..<8)), "NIE check letter")
            case UInt8(ascii: "A"), UInt8(ascii: "B"), UInt8(ascii: "C"), UInt8(ascii: "D"), UInt8(ascii: "E"),
                UInt8(ascii: "F"), UInt8(ascii: "G"), UInt8(ascii: "H"), UInt8(ascii: "J"), UInt8(ascii: "N"),
                UInt8(ascii: "P"), UInt8(ascii: "Q"), UInt8(ascii: "R"), UInt8(ascii: "S"), UInt8(ascii: "U"),
                UInt8(ascii: "V"), UInt8(ascii: "W"):
                // CIF: the Luhn check digit of the 7 digits, written as a digit or as J, A … I.
                let check = Checksums.luhnCheckDigit(body, 1..<8)
                let letter: StaticString = "JABCDEFGHI"
                let matches = last == UInt8(ascii: "0") + UInt8(check) || last == letter.withUTF8Buffer { $0[check] }
                return expect(matches, "CIF (Luhn)")
            default:
                return format("the first character must be a digit or one of A–H, J–N, P–S, U–W, X–Z")
            }
        }

        func france() -> Outcome {
            let siren = UnsafeBufferPointer(rebasing: body[2..<11])
            let isMonaco = body[2] == UInt8(ascii: "0") && body[3] == UInt8(ascii: "0") && body[4] == UInt8(ascii: "0")
            if !isMonaco && Checksums.luhn(siren, 0..<9) != 0 {
                return .invalid(
                    .invalidCheckDigit,
                    "check digit mismatch: VAT number \(text) contains SIREN \(nationalSIREN), which fails the Luhn check"
                )
            }
            let sirenValue = IdentifierText.number(siren, 0..<9)
            if IdentifierText.isDigit(body[0]) && IdentifierText.isDigit(body[1]) {
                let expected = (12 + 3 * (sirenValue % 97)) % 97
                let key = number(0..<2)
                guard key == expected else {
                    return .invalid(
                        .invalidCheckDigit,
                        """
                        check digit mismatch: VAT number \(text) has key \(key < 10 ? "0" : "")\(key), \
                        expected \(expected < 10 ? "0" : "")\(expected) for \(isMonaco ? "number" : "SIREN") \
                        \(nationalSIREN)
                        """
                    )
                }
                return .verified
            }
            // New-style key with a letter: both characters are read in the 34-character
            // alphabet 0–9, A–Z without I and O, and must satisfy a mod 11 relation with the SIREN.
            let first = Self.frenchKeyValue(body[0])
            let second = Self.frenchKeyValue(body[1])
            let check = IdentifierText.isDigit(body[0]) ? first * 24 + second - 10 : first * 34 + second - 100
            return expect((sirenValue + 1 + check / 11) % 11 == check % 11, "alphanumeric key")
        }

        private var nationalSIREN: Substring { Substring(text.utf8.suffix(9)) }

        /// A French key character's index in 0–9, A–H, J–N, P–Z.
        private static func frenchKeyValue(_ byte: UInt8) -> Int {
            if IdentifierText.isDigit(byte) { return IdentifierText.digit(byte) }
            var value = Int(byte - UInt8(ascii: "A")) + 10
            if byte > UInt8(ascii: "I") { value -= 1 }
            if byte > UInt8(ascii: "O") { value -= 1 }
            return value
        }

        func croatia() -> Outcome {
            expect(Checksums.mod11_10(body, 0..<11) == 1, "ISO 7064 MOD 11-10")
        }

        func ireland() -> Outcome {
            // Check letters use W, A, B, … V for 0 … 22.
            func value(_ letter: UInt8) -> Int {
                letter == UInt8(ascii: "W") ? 0 : Int(letter - UInt8(ascii: "A")) + 1
            }
            var sum = 0
            if IdentifierText.allDigits(body, 0..<7) {
                for index in 0..<7 { sum += (8 - index) * digit(index) }
                if count == 9 { sum += 9 * value(body[8]) }
            } else {
                // Old style: digit, letter or symbol, 5 digits, check letter; the first digit
                // moves after the five.
                guard count == 8 else { return format("old-style Irish numbers have 8 characters") }
                for index in 2..<7 { sum += (9 - index) * digit(index) }
                sum += 2 * digit(0)
            }
            return expect(value(body[7]) == sum % 23, "check letter")
        }

        func italy() -> Outcome {
            guard number(0..<7) != 0 else { return format("the first 7 digits cannot all be 0") }
            let office = number(7..<10)
            guard (1...100).contains(office) || office == 120 || office == 121 || office == 888 || office == 999 else {
                return format("\(office) is not a provincial office code (001–100, 120, 121, 888 or 999)")
            }
            return expect(Checksums.luhn(body, 0..<11) == 0, "Luhn")
        }

        func lithuania() -> Outcome {
            var sum = 0
            for index in 0..<(count - 1) { sum += (1 + index % 9) * digit(index) }
            var check = sum % 11
            if check == 10 {
                sum = 0
                for index in 0..<(count - 1) { sum += (1 + (index + 2) % 9) * digit(index) }
                check = sum % 11
            }
            return expect(digit(count - 1) == check % 10, "weighted mod 11")
        }

        func luxembourg() -> Outcome {
            expect(number(0..<6) % 89 == number(6..<8), "mod 89")
        }

        func latvia() -> Outcome {
            guard body[0] > UInt8(ascii: "3") else {
                // A person's code: format only.
                return .unverified
            }
            return expect(Checksums.weightedSum(body, 0..<11, Weights.latvia) % 11 == 3, "weighted mod 11")
        }

        func netherlands() -> Outcome {
            guard number(0..<9) > 0, number(10..<12) > 0 else {
                return format("neither the 9 digits nor the 2 after B can be all zeros")
            }
            // Older numbers reuse the BSN (11-test); numbers since 2020 pass MOD 97-10 over
            // "NL" and the whole number instead.
            var sum = 0
            for index in 0..<8 { sum += (9 - index) * digit(index) }
            sum -= digit(8)
            if sum % 11 == 0 { return .verified }
            let remainder = Checksums.mod97(Checksums.mod97(0, "NL"), body, 0..<12)
            return expect(remainder == 1, "11-test or MOD 97-10")
        }

        func portugal() -> Outcome {
            var sum = 0
            for index in 0..<8 { sum += (9 - index) * digit(index) }
            return expect(digit(8) == (11 - sum % 11) % 11 % 10, "weighted mod 11")
        }

        func romania() -> Outcome {
            guard count <= 10 else {
                // A person's CNP: format only.
                return .unverified
            }
            // The digits before the check digit are right-aligned under the weights.
            let offset = 9 - (count - 1)
            var sum = 0
            for index in 0..<(count - 1) { sum += Weights.romania[offset + index] * digit(index) }
            return expect(digit(count - 1) == 10 * sum % 11 % 10, "weighted mod 11")
        }

        func sweden() -> Outcome {
            expect(Checksums.luhn(body, 0..<10) == 0, "Luhn")
        }

        func slovenia() -> Outcome {
            var sum = 0
            for index in 0..<7 { sum += (8 - index) * digit(index) }
            var check = 11 - sum % 11
            if check == 10 { check = 0 }
            return expect(check < 10 && digit(7) == check, "weighted mod 11")
        }

        func slovakia() -> Outcome {
            if number(0..<10) % 11 == 0 { return .verified }
            // An old birth number (rodné číslo) whose first nine digits leave 10 ends in 0.
            if number(0..<9) % 11 == 10 && digit(9) == 0 { return .unverified }
            return mismatch("mod 11")
        }

        func northernIreland() -> Outcome {
            if count == 5 {
                // Government departments (GD000–GD499) and health authorities (HA500–HA999)
                // have no check digits.
                let value = number(2..<5)
                let isDepartment = body[0] == UInt8(ascii: "G")
                guard isDepartment ? value < 500 : value >= 500 else {
                    return format(isDepartment ? "GD numbers are below 500" : "HA numbers are 500 or above")
                }
                return .unverified
            }
            if IdentifierText.isUppercaseLetter(body[0]) {
                let value = number(6..<9)
                let isDepartment = body[0] == UInt8(ascii: "G")
                guard isDepartment ? value < 500 : value >= 500 else {
                    return format(isDepartment ? "GD numbers are below 500" : "HA numbers are 500 or above")
                }
                return expect(value % 97 == number(9..<11), "mod 97")
            }
            let sum = Checksums.weightedSum(body, 0..<9, Weights.unitedKingdom) % 97
            let valid = number(0..<3) >= 100 ? (sum == 0 || sum == 42 || sum == 55) : sum == 0
            return expect(valid, "weighted mod 97")
        }
    }
}
