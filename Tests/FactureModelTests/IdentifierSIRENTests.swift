// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import Foundation
import Testing

@Suite struct IdentifierSIRENTests {
    @Test(
        "Real SIRENs are accepted, with spaces, dots and French no-break spaces removed",
        arguments: [
            ("732829320", "732829320"),
            ("732 829 320", "732829320"),
            ("732.829.320", "732829320"),
            ("732\u{00A0}829\u{202F}320", "732829320"),
            ("303265045", "303265045"),
            ("356000000", "356000000"),
            ("552100554", "552100554"),
        ]
    )
    func acceptsRealNumbers(text: String, normalized: String) throws {
        let siren = try SIREN(text)
        #expect(siren.rawValue == normalized)
        #expect(siren.description == normalized)
    }

    @Test(
        "Each kind of mistake has its code and a message that names it",
        arguments: [
            (
                "732829321", FactureModelError.Code.invalidCheckDigit,
                "check digit mismatch: SIREN 732829321 fails the Luhn check"
            ),
            ("73282932", .invalidLength, "SIREN must have 9 digits, got 8"),
            ("7328293200", .invalidLength, "SIREN must have 9 digits, got 10"),
            ("", .invalidLength, "SIREN must have 9 digits, got 0"),
            ("732A29320", .invalidCharacters, "SIREN must contain only digits, found 'A' at position 4"),
            ("732-829-320", .invalidCharacters, "SIREN must contain only digits, found '-' at position 4"),
            ("73282932é", .invalidCharacters, "SIREN must contain only digits, found 'é' at position 9"),
        ]
    )
    func rejects(text: String, code: FactureModelError.Code, message: String) {
        #expect {
            try SIREN(text)
        } throws: { error in
            let error = error as? FactureModelError
            return error?.code == code && error?.message == message
        }
    }

    @Test("Errors can be caught by code")
    func catchesByCode() {
        do {
            _ = try SIREN("732829321")
            Issue.record("expected an error")
        } catch FactureModelError.Code.invalidCheckDigit {
            // expected
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("Every single-digit substitution of 2,000 generated SIRENs is caught by the Luhn check")
    func catchesEverySubstitution() throws {
        var random = IdentifierSplitMix64(seed: 0x5152_454E)
        var escaped: [String] = []
        var checked = 0
        for _ in 0..<2_000 {
            let valid = IdentifierSamples.siren(&random)
            try #require(
                IdentifierCorruptions.code { () throws(FactureModelError) in try SIREN(valid) } == nil,
                "\(valid)"
            )
            for (_, corrupted) in IdentifierCorruptions.digitSubstitutions(valid) {
                checked += 1
                if IdentifierCorruptions.code({ () throws(FactureModelError) in try SIREN(corrupted) })
                    != .invalidCheckDigit
                {
                    escaped.append(corrupted)
                }
            }
        }
        #expect(checked == 2_000 * 9 * 9)
        #expect(escaped.isEmpty, "undetected: \(escaped.prefix(10))")
    }

    @Test("Every adjacent transposition is caught except 09 ↔ 90, Luhn's known blind spot")
    func catchesTranspositionsExceptZeroNine() throws {
        var random = IdentifierSplitMix64(seed: 0x5452_414E)
        var escaped: [String] = []
        var blindSpots = 0
        for _ in 0..<2_000 {
            let valid = IdentifierSamples.siren(&random)
            for (pair, corrupted) in IdentifierCorruptions.adjacentDigitTranspositions(valid) {
                let code = IdentifierCorruptions.code { () throws(FactureModelError) in try SIREN(corrupted) }
                if pair == "09" || pair == "90" {
                    // Doubling maps 0 → 0 and 9 → 9, so swapping them keeps the sum.
                    #expect(code == nil, "\(valid) → \(corrupted)")
                    blindSpots += 1
                } else if code != .invalidCheckDigit {
                    escaped.append("\(valid) → \(corrupted)")
                }
            }
        }
        #expect(blindSpots > 0)
        #expect(escaped.isEmpty, "undetected: \(escaped.prefix(10))")
    }

    @Test("A SIREN formats in groups of three and gives the French VAT number")
    func formatsAndBuildsVATNumber() throws {
        let siren = try SIREN("303265045")
        #expect(siren.formatted == "303 265 045")
        #expect(siren.vatNumber.rawValue == "FR40303265045")
        #expect(try SIREN("732829320").vatNumber.rawValue == "FR44732829320")
    }

    @Test("Codable writes the digits and validates when decoding")
    func codable() throws {
        let data = try JSONEncoder().encode([try SIREN("732 829 320")])
        #expect(String(decoding: data, as: UTF8.self) == #"["732829320"]"#)
        #expect(try JSONDecoder().decode([SIREN].self, from: data) == [try SIREN("732829320")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([SIREN].self, from: Data(#"["732829321"]"#.utf8))
        }
    }
}
