// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import Foundation
import Testing

@Suite struct IdentifierSIRETTests {
    @Test(
        "Real SIRETs are accepted, including La Poste's",
        arguments: [
            "73282932000074",
            "732 829 320 00074",
            "55210055400013",
            "35600000000048",  // La Poste head office: passes Luhn
            "35600000000001",  // La Poste establishment: digit sum 20, fails Luhn
            "35600000000015",
        ]
    )
    func acceptsRealNumbers(text: String) throws {
        let siret = try SIRET(text)
        #expect(!siret.rawValue.contains(" "))
    }

    @Test(
        "Each kind of mistake has its code and a message that names it",
        arguments: [
            (
                "73282932000075", FactureModelError.Code.invalidCheckDigit,
                "check digit mismatch: SIRET 73282932000075 fails the Luhn check"
            ),
            (
                "10000000000008", .invalidCheckDigit,
                "check digit mismatch: SIRET 10000000000008 starts with SIREN 100000000, which fails the Luhn check"
            ),
            (
                "35600000000014", .invalidCheckDigit,
                """
                check digit mismatch: La Poste SIRET 35600000000014 fails its check \
                (the digits must add up to a multiple of 5, they add up to 19)
                """
            ),
            ("7328293200007", .invalidLength, "SIRET must have 14 digits, got 13"),
            ("7328293200007X", .invalidCharacters, "SIRET must contain only digits, found 'X' at position 14"),
        ]
    )
    func rejects(text: String, code: FactureModelError.Code, message: String) {
        #expect {
            try SIRET(text)
        } throws: { error in
            let error = error as? FactureModelError
            return error?.code == code && error?.message == message
        }
    }

    @Test("A SIRET splits into its SIREN and establishment number")
    func parts() throws {
        let siret = try SIRET("73282932000074")
        #expect(siret.siren == (try SIREN("732829320")))
        #expect(siret.nic == "00074")
        #expect(siret.formatted == "732 829 320 00074")
        #expect(try SIRET("35600000000048").siren.rawValue == "356000000")
    }

    @Test("Every single-digit substitution of 2,000 generated SIRETs is caught")
    func catchesEverySubstitution() {
        var random = IdentifierSplitMix64(seed: 0x5349_5245)
        var escaped: [String] = []
        for _ in 0..<2_000 {
            let valid = IdentifierSamples.siret(&random)
            #expect(IdentifierCorruptions.code { () throws(FactureModelError) in try SIRET(valid) } == nil, "\(valid)")
            for (_, corrupted) in IdentifierCorruptions.digitSubstitutions(valid) {
                // A substitution can turn the SIREN into La Poste's, whose SIRETs use another check.
                guard !corrupted.hasPrefix("356000000") else { continue }
                if IdentifierCorruptions.code({ () throws(FactureModelError) in try SIRET(corrupted) })
                    != .invalidCheckDigit
                {
                    escaped.append(corrupted)
                }
            }
        }
        #expect(escaped.isEmpty, "undetected: \(escaped.prefix(10))")
    }

    @Test("Every adjacent transposition of 2,000 generated SIRETs is caught except 09 ↔ 90")
    func catchesTranspositions() {
        var random = IdentifierSplitMix64(seed: 0x5452_5354)
        var escaped: [String] = []
        for _ in 0..<2_000 {
            let valid = IdentifierSamples.siret(&random)
            for (pair, corrupted) in IdentifierCorruptions.adjacentDigitTranspositions(valid)
            where pair != "09" && pair != "90" && !corrupted.hasPrefix("356000000") {
                if IdentifierCorruptions.code({ () throws(FactureModelError) in try SIRET(corrupted) })
                    != .invalidCheckDigit
                {
                    escaped.append(corrupted)
                }
            }
        }
        #expect(escaped.isEmpty, "undetected: \(escaped.prefix(10))")
    }

    @Test("La Poste SIRETs are checked by digit sum, which misses substitutions by ±5")
    func laPosteDigitSum() {
        var random = IdentifierSplitMix64(seed: 0x504F_5354)
        for _ in 0..<500 {
            let valid = IdentifierSamples.laPosteSIRET(&random)
            #expect(IdentifierCorruptions.code { () throws(FactureModelError) in try SIRET(valid) } == nil, "\(valid)")
            // Change one NIC digit: caught unless it moves by 5.
            for (position, corrupted) in IdentifierCorruptions.digitSubstitutions(valid) where position >= 9 {
                let before = Int(String(Array(valid)[position]))!
                let after = Int(String(Array(corrupted)[position]))!
                let code = IdentifierCorruptions.code { () throws(FactureModelError) in try SIRET(corrupted) }
                if corrupted == "35600000000048" {
                    #expect(code == nil)
                } else if abs(before - after) == 5 {
                    #expect(code == nil, "\(valid) → \(corrupted)")
                } else {
                    #expect(code == .invalidCheckDigit, "\(valid) → \(corrupted)")
                }
            }
        }
    }

    @Test("Codable writes the digits and validates when decoding")
    func codable() throws {
        let data = try JSONEncoder().encode(try SIRET("73282932000074"))
        #expect(String(decoding: data, as: UTF8.self) == #""73282932000074""#)
        #expect(try JSONDecoder().decode(SIRET.self, from: data).rawValue == "73282932000074")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SIRET.self, from: Data(#""73282932000075""#.utf8))
        }
    }
}
