// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import Testing

// Deterministic generators of valid identifiers for the identifier tests, with reference
// check-digit implementations written independently of the library's byte-level ones.

/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, seeded, reproducible generator. Its output
/// does not depend on the standard library's `random(in:using:)` algorithms, which may change.
struct IdentifierSplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { self.state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (modulo bias is irrelevant here).
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    mutating func digit() -> Character { Character(String(below(10))) }

    mutating func digits(_ count: Int) -> String { String((0..<count).map { _ in digit() }) }

    mutating func letter() -> Character { Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(below(26)))) }

    mutating func alphanumeric() -> Character { below(36) < 10 ? digit() : letter() }

    mutating func element<T>(of array: [T]) -> T { array[below(array.count)] }
}

/// Reference check-digit arithmetic over plain Swift values.
enum IdentifierReference {
    static func digitValues(_ text: String) -> [Int] { text.map { Int(String($0))! } }

    /// Whether the Luhn sum of `digits` ends in 0.
    static func luhnIsValid(_ digits: String) -> Bool {
        var sum = 0
        for (offset, value) in digitValues(digits).reversed().enumerated() {
            let weighted = offset % 2 == 1 ? value * 2 : value
            sum += weighted > 9 ? weighted - 9 : weighted
        }
        return sum % 10 == 0
    }

    /// The digit that makes `digits` + digit pass Luhn.
    static func luhnCheckDigit(_ digits: String) -> Character {
        for candidate in 0...9 where luhnIsValid(digits + String(candidate)) {
            return Character(String(candidate))
        }
        fatalError("unreachable: one of ten digits always completes a Luhn number")
    }

    /// ISO 7064 MOD 97-10 remainder of text read with A = 10 … Z = 35.
    static func mod97(_ text: String) -> Int {
        var remainder = 0
        for character in text {
            if let value = character.wholeNumberValue {
                remainder = (remainder * 10 + value) % 97
            } else {
                let value = Int(character.asciiValue! - 55)
                remainder = (remainder * 100 + value) % 97
            }
        }
        return remainder
    }

    /// Two check digits for an IBAN with this country and BBAN.
    static func ibanCheckDigits(country: String, bban: String) -> String {
        let value = 98 - mod97(bban + country + "00")
        return value < 10 ? "0\(value)" : "\(value)"
    }

    /// The RIB key of a French bank code + branch code + account number (21 characters).
    static func ribKey(_ bankBranchAccount: String) -> String {
        let digits = bankBranchAccount.map { character -> String in
            if let value = character.wholeNumberValue { return String(value) }
            let letter = Int(character.asciiValue! - 65)
            return String(letter < 9 ? letter + 1 : letter < 18 ? letter - 8 : letter - 16)
        }.joined()
        let key = 97 - mod97(digits + "00")
        return key < 10 ? "0\(key)" : "\(key)"
    }

    /// The numeric key of a French VAT number for a SIREN.
    static func frenchVATKey(_ siren: String) -> String {
        let key = (12 + 3 * (Int(siren)! % 97)) % 97
        return key < 10 ? "0\(key)" : "\(key)"
    }
}

/// IBAN structures from the SWIFT registry, as test data: country, BBAN layout.
enum IdentifierIBANRegistry {
    static let structures: [(country: String, bban: String)] = {
        let table = """
            AD 4n4n12c AE 3n16n AL 8n16c AT 5n11n AZ 4a20c BA 3n3n8n2n BE 3n7n2n BG 4a4n2n8c BH 4a14c \
            BI 5n5n11n2n BR 8n5n10n1a1c BY 4c4n16c CH 5n12c CR 4n14n CY 3n5n16c CZ 4n16n DE 8n10n \
            DJ 5n5n11n2n DK 4n9n1n DO 4c20n EE 2n14n EG 4n4n17n ES 4n4n1n1n10n FI 3n11n FK 2a12n \
            FO 4n9n1n FR 5n5n11c2n GB 4a6n8n GE 2a16n GI 4a15c GL 4n9n1n GR 3n4n16c GT 4c20c HN 4a20n \
            HR 7n10n HU 3n4n1n15n1n IE 4a6n8n IL 3n3n13n IQ 4a3n12n IS 4n2n6n10n IT 1a5n5n12c JO 4a4n18c \
            KW 4a22c KZ 3n13c LB 4n20c LC 4a24c LI 5n12c LT 5n11n LU 3n13c LV 4a13c LY 3n3n15n \
            MC 5n5n11c2n MD 2c18c ME 3n13n2n MK 3n10c2n MN 4n12n MR 5n5n11n2n MT 4a5n18c \
            MU 4a2n2n12n3n3a NI 4a20n NL 4a10n NO 4n6n1n OM 3n16c PK 4a16c PL 8n16n PS 4a21c \
            PT 4n4n11n2n QA 4a21c RO 4a16c RS 3n13n2n RU 9n5n15c SA 2n18c SC 4a2n2n16n3a SD 2n12n \
            SE 3n16n1n SI 5n8n2n SK 4n6n10n SM 1a5n5n12c SO 4n3n12n ST 4n4n11n2n SV 4a20n TL 3n14n2n \
            TN 2n3n13n2n TR 5n1n16c UA 6n19c VA 3n15n VG 4a16n XK 4n10n2n YE 4a4n18c
            """
        let words = table.split(separator: " ").map(String.init)
        return stride(from: 0, to: words.count, by: 2).map { (words[$0], words[$0 + 1]) }
    }()

    /// The IBAN lengths, written out separately from the structures above.
    static let lengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27,
        "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28,
        "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
        "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
        "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
        "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28,
        "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22,
        "RU": 33, "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25,
        "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
    ]
}

/// Valid identifiers generated from a seed.
enum IdentifierSamples {
    static func siren(_ random: inout IdentifierSplitMix64) -> String {
        let body = random.digits(8)
        return body + String(IdentifierReference.luhnCheckDigit(body))
    }

    /// A SIRET that is not a La Poste establishment (its SIREN is valid and the whole passes
    /// Luhn).
    static func siret(_ random: inout IdentifierSplitMix64) -> String {
        while true {
            let siren = siren(&random)
            guard siren != "356000000" else { continue }
            let body = siren + random.digits(4)
            return body + String(IdentifierReference.luhnCheckDigit(body))
        }
    }

    /// A La Poste establishment SIRET other than the head office: digit sum a multiple of 5.
    static func laPosteSIRET(_ random: inout IdentifierSplitMix64) -> String {
        while true {
            let candidate = "356000000" + random.digits(5)
            let sum = IdentifierReference.digitValues(candidate).reduce(0, +)
            if sum % 5 == 0 && candidate != "35600000000048" { return candidate }
        }
    }

    /// A French VAT number with a numeric key.
    static func frenchVAT(_ random: inout IdentifierSplitMix64) -> String {
        let siren = siren(&random)
        return "FR" + IdentifierReference.frenchVATKey(siren) + siren
    }

    /// A French VAT number with a new-style key (at least one letter, never I or O), found by
    /// trying random keys against the published rule: with the key characters' indexes in
    /// 0–9 A–H J–N P–Z, check = a × 24 + b − 10 (digit first) or a × 34 + b − 100 (letter
    /// first), and (SIREN + 1 + check ÷ 11) mod 11 = check mod 11.
    static func frenchVATWithAlphanumericKey(_ random: inout IdentifierSplitMix64) -> String {
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
        let siren = siren(&random)
        let value = Int(siren)!
        while true {
            let first = random.below(alphabet.count)
            let second = random.below(alphabet.count)
            guard first >= 10 || second >= 10 else { continue }
            let check = first < 10 ? first * 24 + second - 10 : first * 34 + second - 100
            if (value + 1 + check / 11) % 11 == check % 11 {
                return "FR" + String(alphabet[first]) + String(alphabet[second]) + siren
            }
        }
    }

    /// A BBAN following a registry layout such as `5n5n11c2n`.
    static func bban(_ layout: String, _ random: inout IdentifierSplitMix64) -> String {
        var result = ""
        var count = 0
        for character in layout {
            if let value = character.wholeNumberValue {
                count = count * 10 + value
                continue
            }
            for _ in 0..<count {
                switch character {
                case "n": result.append(random.digit())
                case "a": result.append(random.letter())
                default: result.append(random.below(4) == 0 ? random.letter() : random.digit())
                }
            }
            count = 0
        }
        return result
    }

    /// An IBAN for a registry country, with a valid RIB key for FR and MC.
    static func iban(country: String, layout: String, _ random: inout IdentifierSplitMix64) -> String {
        var bban = bban(layout, &random)
        if country == "FR" || country == "MC" {
            bban = String(bban.prefix(21)) + IdentifierReference.ribKey(String(bban.prefix(21)))
        }
        return country + IdentifierReference.ibanCheckDigits(country: country, bban: bban) + bban
    }

    static func iban(_ random: inout IdentifierSplitMix64) -> String {
        let (country, layout) = random.element(of: IdentifierIBANRegistry.structures)
        return iban(country: country, layout: layout, &random)
    }

    /// A creditor reference around a random 1–21 character reference (digits only when
    /// `numeric`).
    static func creditorReferenceBody(_ random: inout IdentifierSplitMix64, numeric: Bool) -> String {
        let count = 1 + random.below(21)
        return String((0..<count).map { _ in numeric ? random.digit() : random.alphanumeric() })
    }

    static func creditorReference(_ body: String) -> String {
        let value = 98 - IdentifierReference.mod97(body + "RF00")
        return "RF" + (value < 10 ? "0\(value)" : "\(value)") + body
    }
}

/// Error-detection helpers shared by the identifier suites.
enum IdentifierCorruptions {
    /// Every text obtained by replacing one digit of `text` (ASCII) by another digit.
    static func digitSubstitutions(_ text: String) -> [(position: Int, text: String)] {
        let bytes = Array(text.utf8)
        var result: [(Int, String)] = []
        result.reserveCapacity(bytes.count * 9)
        var copy = bytes
        for index in bytes.indices where (0x30...0x39).contains(bytes[index]) {
            for replacement in UInt8(0x30)...UInt8(0x39) where replacement != bytes[index] {
                copy[index] = replacement
                result.append((index, String(decoding: copy, as: UTF8.self)))
            }
            copy[index] = bytes[index]
        }
        return result
    }

    /// Every text obtained by swapping two adjacent, different digits of `text` (ASCII).
    static func adjacentDigitTranspositions(_ text: String) -> [(pair: String, text: String)] {
        let bytes = Array(text.utf8)
        var result: [(String, String)] = []
        for index in 0..<(bytes.count - 1) {
            let (first, second) = (bytes[index], bytes[index + 1])
            guard (0x30...0x39).contains(first), (0x30...0x39).contains(second), first != second else { continue }
            var copy = bytes
            copy.swapAt(index, index + 1)
            result.append((String(decoding: [first, second], as: UTF8.self), String(decoding: copy, as: UTF8.self)))
        }
        return result
    }

    /// The code a validation throws, or `nil` when the text is accepted.
    static func code<T>(_ make: () throws(FactureModelError) -> T) -> FactureModelError.Code? {
        do {
            _ = try make()
            return nil
        } catch {
            return error.code
        }
    }
}

@Suite struct IdentifierGeneratorTests {
    @Test("SplitMix64 reproduces the published sequence for seed 0")
    func splitMixMatchesReference() {
        var random = IdentifierSplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test("The same seed generates the same identifiers")
    func generationIsDeterministic() {
        var first = IdentifierSplitMix64(seed: 42)
        var second = IdentifierSplitMix64(seed: 42)
        let a = (0..<20).map { _ in IdentifierSamples.iban(&first) }
        let b = (0..<20).map { _ in IdentifierSamples.iban(&second) }
        #expect(a == b)
    }

    @Test("The reference Luhn agrees with a published SIREN")
    func referenceLuhn() {
        #expect(IdentifierReference.luhnIsValid("732829320"))
        #expect(!IdentifierReference.luhnIsValid("732829321"))
        #expect(IdentifierReference.luhnCheckDigit("73282932") == "0")
    }

    @Test("The fixture's IBAN lengths match its layouts")
    func fixtureIsConsistent() {
        #expect(IdentifierIBANRegistry.structures.count == 89)
        for (country, layout) in IdentifierIBANRegistry.structures {
            var random = IdentifierSplitMix64(seed: 1)
            let length = 4 + IdentifierSamples.bban(layout, &random).count
            #expect(IdentifierIBANRegistry.lengths[country] == length, "\(country)")
        }
    }
}
