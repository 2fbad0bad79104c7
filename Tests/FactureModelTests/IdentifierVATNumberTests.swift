// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import Foundation
import Testing

@Suite struct IdentifierVATNumberTests {
    /// Published examples (python-stdnum's documentation and the member states' own), with
    /// whether this release verifies their check digits.
    static let knownValid: [(text: String, normalized: String, verified: Bool)] = [
        ("ATU13585627", "ATU13585627", true),
        ("BE 428 759 497", "BE0428759497", true),
        ("BE0428759497", "BE0428759497", true),
        ("BG175074752", "BG175074752", true),
        ("BG7523169263", "BG7523169263", false),
        ("CY-10259033P", "CY10259033P", true),
        ("CZ25123891", "CZ25123891", true),
        ("CZ640903926", "CZ640903926", true),
        ("CZ7103192745", "CZ7103192745", false),
        ("DE136695976", "DE136695976", true),
        ("DK 13 58 56 28", "DK13585628", true),
        ("EE100594102", "EE100594102", true),
        ("EL 094259216", "EL094259216", true),
        ("EL94259216", "EL094259216", true),
        ("ESB64717838", "ESB64717838", true),
        ("ES54362315K", "ES54362315K", true),
        ("ESX-5253868-R", "ESX5253868R", true),
        ("ESM1234567L", "ESM1234567L", true),
        ("FI 20774740", "FI20774740", true),
        ("FR 40 303 265 045", "FR40303265045", true),
        ("fr40303265045", "FR40303265045", true),
        ("FRK7399859412", "FRK7399859412", true),
        ("FR4Z123456782", "FR4Z123456782", true),
        ("FR34000123456", "FR34000123456", true),  // Monaco
        ("HR33392005961", "HR33392005961", true),
        ("HU-12892312", "HU12892312", true),
        ("IE6433435F", "IE6433435F", true),
        ("IE6433435OA", "IE6433435OA", true),
        ("IE8D79739I", "IE8D79739I", true),
        ("IT 00743110157", "IT00743110157", true),
        ("LT119511515", "LT119511515", true),
        ("LT100001919017", "LT100001919017", true),
        ("LT100004801610", "LT100004801610", true),
        ("LU 150 274 42", "LU15027442", true),
        ("LV40003521600", "LV40003521600", true),
        ("LV16117519997", "LV16117519997", false),
        ("MT 1167-9112", "MT11679112", true),
        ("NL004495445B01", "NL004495445B01", true),
        ("NL4495445B01", "NL004495445B01", true),
        ("NL123456789B13", "NL123456789B13", true),  // MOD 97-10 style (since 2020)
        ("PL 8567346215", "PL8567346215", true),
        ("PT 501 964 843", "PT501964843", true),
        ("RO 185 472 90", "RO18547290", true),
        ("RO1630615123457", "RO1630615123457", false),
        ("SE 123456789701", "SE123456789701", true),
        ("SI 5022 3054", "SI50223054", true),
        ("SK 202 274 96 19", "SK2022749619", true),
        ("XI 980 7806 84", "XI980780684", true),
        ("XIGD001", "XIGD001", false),
    ]

    @Test("Published VAT numbers of every member state are accepted", arguments: knownValid)
    func acceptsKnownNumbers(text: String, normalized: String, verified: Bool) throws {
        let vat = try VATNumber(text)
        #expect(vat.rawValue == normalized)
        #expect(vat.hasVerifiedCheckDigits == verified)
        #expect(vat.countryCode == String(normalized.prefix(2)))
        #expect(vat.nationalNumber == String(normalized.dropFirst(2)))
    }

    @Test(
        "Each kind of mistake has its code and a message that names it",
        arguments: [
            (
                "FR41303265045", FactureModelError.Code.invalidCheckDigit,
                "check digit mismatch: VAT number FR41303265045 has key 41, expected 40 for SIREN 303265045"
            ),
            (
                "FR00303265045", .invalidCheckDigit,
                "check digit mismatch: VAT number FR00303265045 has key 00, expected 40 for SIREN 303265045"
            ),
            (
                "FR84323140391", .invalidCheckDigit,
                "check digit mismatch: VAT number FR84323140391 contains SIREN 323140391, which fails the Luhn check"
            ),
            (
                "FR40303265046", .invalidCheckDigit,
                "check digit mismatch: VAT number FR40303265046 contains SIREN 303265046, which fails the Luhn check"
            ),
            (
                "FRK7399859413", .invalidCheckDigit,
                "check digit mismatch: VAT number FRK7399859413 contains SIREN 399859413, which fails the Luhn check"
            ),
            (
                "FRK8399859412", .invalidCheckDigit,
                "check digit mismatch: VAT number FRK8399859412 fails the alphanumeric key check"
            ),
            (
                "FRIO334175221", .invalidFormat,
                """
                VAT number for FR must be FR followed by a 2-character key (digits, or letters other than I and O) \
                and a 9-digit SIREN; found 'I' at position 3
                """
            ),
            (
                "FR4030326504", .invalidLength,
                """
                VAT number for FR must be FR followed by a 2-character key (digits, or letters other than I and O) \
                and a 9-digit SIREN; got 10 characters after FR
                """
            ),
            (
                "DE136695977", .invalidCheckDigit,
                "check digit mismatch: VAT number DE136695977 fails the ISO 7064 MOD 11-10 check"
            ),
            (
                "DE13669597", .invalidLength,
                "VAT number for DE must be DE followed by 9 digits, the first not 0; got 8 characters after DE"
            ),
            (
                "DE036695976", .invalidFormat,
                "VAT number for DE must be DE followed by 9 digits, the first not 0; found '0' at position 3"
            ),
            (
                "DE13669597/", .invalidCharacters,
                "VAT number for DE must be DE followed by 9 digits, the first not 0; found '/' at position 11"
            ),
            (
                "ATX13585627", .invalidFormat,
                "VAT number for AT must be AT followed by 'U' and 8 digits; found 'X' at position 3"
            ),
            (
                "CZ25123890", .invalidCheckDigit,
                "check digit mismatch: VAT number CZ25123890 fails the weighted mod 11 check"
            ),
            (
                "IE6433435E", .invalidCheckDigit,
                "check digit mismatch: VAT number IE6433435E fails the check letter check"
            ),
            (
                "LT100001919018", .invalidCheckDigit,
                "check digit mismatch: VAT number LT100001919018 fails the weighted mod 11 check"
            ),
            (
                "ESB64717839", .invalidCheckDigit,
                "check digit mismatch: VAT number ESB64717839 fails the CIF (Luhn) check"
            ),
            (
                "IT00743110999", .invalidCheckDigit,
                "check digit mismatch: VAT number IT00743110999 fails the Luhn check"
            ),
            (
                "IT00743111157", .invalidFormat,
                "VAT number IT00743111157: 115 is not a provincial office code (001–100, 120, 121, 888 or 999)"
            ),
            ("US123456789", .invalidCountry, "'US' is not an EU VAT number prefix"),
            ("GR094259216", .invalidCountry, "'GR' is not an EU VAT number prefix (Greek VAT numbers use EL)"),
            (
                "GB980780684", .invalidCountry,
                "'GB' is not an EU VAT number prefix (use XI for Northern Ireland; other UK numbers are not EU VAT numbers)"
            ),
            (
                "40303265045", .invalidFormat,
                "VAT number must start with a two-letter country prefix such as FR, got '40303265045'"
            ),
            ("", .invalidFormat, "VAT number must start with a two-letter country prefix such as FR, got ''"),
        ]
    )
    func rejects(text: String, code: FactureModelError.Code, message: String) {
        #expect {
            try VATNumber(text)
        } throws: { error in
            let error = error as? FactureModelError
            return error?.code == code && error?.message == message
        }
    }

    @Test("A French VAT number exposes its SIREN, except Monaco's")
    func frenchParts() throws {
        let vat = try VATNumber("FR40303265045")
        #expect(vat.siren == (try SIREN("303265045")))
        #expect(try VATNumber("FR34000123456").siren == nil)
        #expect(try VATNumber("DE136695976").siren == nil)
        #expect(VATNumber(siren: try SIREN("303265045")) == vat)
        #expect(VATNumber(siren: try SIREN("303265045")).hasVerifiedCheckDigits)
    }

    @Test("The numeric key of 2,000 generated French VAT numbers catches every substitution and transposition")
    func frenchNumericKeyCatchesErrors() throws {
        var random = IdentifierSplitMix64(seed: 0x4652_5641)
        var escaped: [String] = []
        for _ in 0..<2_000 {
            let valid = IdentifierSamples.frenchVAT(&random)
            try #require(
                IdentifierCorruptions.code { () throws(FactureModelError) in try VATNumber(valid) } == nil,
                "\(valid)"
            )
            for (_, corrupted) in IdentifierCorruptions.digitSubstitutions(valid)
            where IdentifierCorruptions.code({ () throws(FactureModelError) in try VATNumber(corrupted) })
                != .invalidCheckDigit
            {
                escaped.append(corrupted)
            }
            // Within the key and within the SIREN; the key also catches the SIREN's 09 ↔ 90.
            for (_, corrupted) in IdentifierCorruptions.adjacentDigitTranspositions(valid)
            where corrupted.dropFirst(2).prefix(2) == valid.dropFirst(2).prefix(2)
                || corrupted.dropFirst(4) == valid.dropFirst(4)
            {
                if IdentifierCorruptions.code({ () throws(FactureModelError) in try VATNumber(corrupted) })
                    != .invalidCheckDigit
                {
                    escaped.append(corrupted)
                }
            }
        }
        #expect(escaped.isEmpty, "undetected: \(escaped.prefix(10))")
    }

    @Test("Generated French VAT numbers with alphanumeric keys are accepted, and one in eleven random keys is")
    func frenchAlphanumericKeys() {
        var random = IdentifierSplitMix64(seed: 0x4B45_5953)
        for _ in 0..<1_000 {
            let valid = IdentifierSamples.frenchVATWithAlphanumericKey(&random)
            #expect(
                IdentifierCorruptions.code { () throws(FactureModelError) in try VATNumber(valid) } == nil,
                "\(valid)"
            )
        }
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
        var accepted = 0
        var total = 0
        for first in alphabet {
            for second in alphabet where !(first.isNumber && second.isNumber) {
                total += 1
                if (try? VATNumber("FR\(first)\(second)303265045")) != nil { accepted += 1 }
            }
        }
        // (SIREN + 1 + ⌊check/11⌋) mod 11 = check mod 11 holds for about one check value in 11.
        #expect(abs(accepted * 11 - total) < total / 10, "\(accepted) of \(total)")
    }

    @Test("Codable writes the normalised number and validates when decoding")
    func codable() throws {
        let data = try JSONEncoder().encode(try VATNumber("BE 428 759 497"))
        #expect(String(decoding: data, as: UTF8.self) == #""BE0428759497""#)
        #expect(try JSONDecoder().decode(VATNumber.self, from: data).rawValue == "BE0428759497")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(VATNumber.self, from: Data(#""DE136695977""#.utf8))
        }
    }
}
