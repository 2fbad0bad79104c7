// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import Foundation
import Testing

@Suite struct IdentifierIBANTests {
    @Test(
        "Published IBANs are accepted in electronic and paper format",
        arguments: [
            "FR1420041010050500013M02606",
            "FR14 2004 1010 0505 0001 3M02 606",
            "fr14 2004 1010 0505 0001 3m02 606",
            "FR7630006000011234567890189",
            "DE89370400440532013000",
            "DE89 3704 0044 0532 0130 00",
            "GB82WEST12345698765432",
            "GB82 WEST 1234 5698 7654 32",
            "BE68539007547034",
            "NL91ABNA0417164300",
            "CH9300762011623852957",
            "ES9121000418450200051332",
            "IT60X0542811101000000123456",
            "MC5811222000010123456789030",
            "NO9386011117947",
            "GR1601101250000000012300695",
            "PL61109010140000071219812874",
            "SE4550000000058398257466",
            "LC55HEMM000100010012001200023015",
            "BR1800360305000010009795493C1",
            "SC18SSCB11010000000000001497USD",
            "RU0304452522540817810538091310419",
        ]
    )
    func acceptsPublishedIBANs(text: String) throws {
        let iban = try IBAN(text)
        #expect(!iban.rawValue.contains(" "))
        #expect(iban.rawValue == iban.rawValue.uppercased())
        #expect(iban.rawValue.count == IBAN.length(forCountryCode: iban.countryCode))
    }

    @Test(
        "Each kind of mistake has its code and a message that names it",
        arguments: [
            (
                "FR142004101005050001M02606", FactureModelError.Code.invalidLength,
                "IBAN for FR must have 27 characters, got 26"
            ),
            ("DE8937040044053201300", .invalidLength, "IBAN for DE must have 22 characters, got 21"),
            (
                "DE88370400440532013000", .invalidCheckDigit,
                "check digit mismatch: IBAN DE88370400440532013000 fails the mod 97 check"
            ),
            (
                "FR8420041010050500013M02607", .invalidCheckDigit,
                "check digit mismatch: IBAN FR8420041010050500013M02607 has RIB key 07, expected 06"
            ),
            ("DE00370400440532000052", .invalidCheckDigit, "IBAN check digits must be between 02 and 98, got 00"),
            ("DE01370400440532000034", .invalidCheckDigit, "IBAN check digits must be between 02 and 98, got 01"),
            ("DE99370400440532000016", .invalidCheckDigit, "IBAN check digits must be between 02 and 98, got 99"),
            ("XX89370400440532013000", .invalidCountry, "'XX' is not a country in the IBAN registry"),
            ("US89370400440532013000", .invalidCountry, "'US' is not a country in the IBAN registry"),
            (
                "DEAB370400440532013000", .invalidFormat,
                "IBAN must have check digits after the country code, found 'A' at position 3"
            ),
            (
                "1289370400440532013000", .invalidFormat,
                "IBAN must start with a two-letter country code, got '1289370400440532013000'"
            ),
            ("DE8937040044053201300A", .invalidFormat, "IBAN for DE must have a digit at position 22, found 'A'"),
            ("GB82W3ST12345698765432", .invalidFormat, "IBAN for GB must have a letter at position 6, found '3'"),
            (
                "DE89/370400440532013000", .invalidCharacters,
                "IBAN must contain only letters and digits, found '/' at position 5"
            ),
            ("", .invalidFormat, "IBAN must start with a two-letter country code, got ''"),
        ]
    )
    func rejects(text: String, code: FactureModelError.Code, message: String) {
        #expect {
            try IBAN(text)
        } throws: { error in
            let error = error as? FactureModelError
            return error?.code == code && error?.message == message
        }
    }

    @Test("An IBAN exposes its parts and paper format")
    func parts() throws {
        let iban = try IBAN("fr1420041010050500013m02606")
        #expect(iban.rawValue == "FR1420041010050500013M02606")
        #expect(iban.description == "FR1420041010050500013M02606")
        #expect(iban.countryCode == "FR")
        #expect(iban.checkDigits == "14")
        #expect(iban.bban == "20041010050500013M02606")
        #expect(iban.formatted == "FR14 2004 1010 0505 0001 3M02 606")
        #expect(try IBAN("DE89370400440532013000").formatted == "DE89 3704 0044 0532 0130 00")
    }

    @Test("The registry has all 89 countries with their lengths")
    func registryLengths() {
        for (country, length) in IdentifierIBANRegistry.lengths {
            #expect(IBAN.length(forCountryCode: country) == length, "\(country)")
        }
        #expect(IBAN.length(forCountryCode: "US") == nil)
        #expect(IBAN.length(forCountryCode: "FRA") == nil)
    }

    @Test("Generated IBANs of every registry country are accepted")
    func acceptsGeneratedIBANs() {
        var random = IdentifierSplitMix64(seed: 0x4942_414E)
        for (country, layout) in IdentifierIBANRegistry.structures {
            for _ in 0..<50 {
                let valid = IdentifierSamples.iban(country: country, layout: layout, &random)
                #expect(
                    IdentifierCorruptions.code { () throws(FactureModelError) in try IBAN(valid) } == nil,
                    "\(valid)"
                )
            }
        }
    }

    @Test("Mod 97 catches every digit substitution and adjacent digit transposition of 2,000 generated IBANs")
    func catchesEverySubstitutionAndTransposition() {
        var random = IdentifierSplitMix64(seed: 0x4D4F_4439)
        var escaped: [String] = []
        var checked = 0
        for _ in 0..<2_000 {
            let valid = IdentifierSamples.iban(&random)
            let corruptions =
                IdentifierCorruptions.digitSubstitutions(valid).map(\.text)
                + IdentifierCorruptions.adjacentDigitTranspositions(valid).map(\.text)
            for corrupted in corruptions {
                checked += 1
                if IdentifierCorruptions.code({ () throws(FactureModelError) in try IBAN(corrupted) })
                    != .invalidCheckDigit
                {
                    escaped.append(corrupted)
                }
            }
        }
        #expect(checked > 300_000)
        #expect(escaped.isEmpty, "undetected: \(escaped.prefix(10))")
    }

    @Test("Codable writes the electronic format and validates when decoding")
    func codable() throws {
        let data = try JSONEncoder().encode(try IBAN("DE89 3704 0044 0532 0130 00"))
        #expect(String(decoding: data, as: UTF8.self) == #""DE89370400440532013000""#)
        #expect(try JSONDecoder().decode(IBAN.self, from: data).rawValue == "DE89370400440532013000")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(IBAN.self, from: Data(#""DE88370400440532013000""#.utf8))
        }
    }

    @Test("hasValidCheckDigits makes the ISO 13616 checks only, not the national ones")
    func checkDigitsOnly() {
        #expect(IBAN.hasValidCheckDigits("FR14 2004 1010 0505 0001 3M02 606"))
        // MOD 97-10 holds but the French RIB key does not: the full check refuses it.
        #expect(IBAN.hasValidCheckDigits("FR20 1254 2547 2569 8542 5874 698"))
        #expect((try? IBAN("FR20 1254 2547 2569 8542 5874 698")) == nil)
        #expect(!IBAN.hasValidCheckDigits("FR15 2004 1010 0505 0001 3M02 606"))  // check digits changed
        #expect(!IBAN.hasValidCheckDigits("FR1420041010050500013M0260"))  // one character short
        #expect(!IBAN.hasValidCheckDigits("XX1420041010050500013M02606"))  // not a registry country
        #expect(!IBAN.hasValidCheckDigits("FR14_2004"))
    }
}
