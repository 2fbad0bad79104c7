// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import Foundation
import Testing

@Suite struct IdentifierCreditorReferenceTests {
    @Test(
        "Published RF references are accepted",
        arguments: [
            ("RF18539007547034", "539007547034"),
            ("RF18 5390 0754 7034", "539007547034"),
            ("rf18 5390 0754 7034", "539007547034"),
            ("RF712348231", "2348231"),
            ("RF45G72UUR", "G72UUR"),
        ]
    )
    func acceptsPublishedReferences(text: String, reference: String) throws {
        let value = try CreditorReference(text)
        #expect(value.reference == reference)
        #expect(value.rawValue == "RF" + value.checkDigits + reference)
    }

    @Test("The ISO 11649 example's check digits are computed")
    func generatesTheStandardExample() throws {
        let value = try CreditorReference(generatingFor: "5390 0754 7034")
        #expect(value.rawValue == "RF18539007547034")
        #expect(value.checkDigits == "18")
        #expect(value.formatted == "RF18 5390 0754 7034")
        #expect(try CreditorReference(generatingFor: "g72uur").rawValue == "RF45G72UUR")
    }

    @Test(
        "Each kind of mistake has its code and a message that names it",
        arguments: [
            (
                "RF19539007547034", FactureModelError.Code.invalidCheckDigit,
                "check digit mismatch: creditor reference RF19539007547034 fails the mod 97 check"
            ),
            ("RF1", .invalidLength, "creditor reference must have 5 to 25 characters, got 3"),
            (
                "RF18539007547034123456789", .invalidCheckDigit,
                "check digit mismatch: creditor reference RF18539007547034123456789 fails the mod 97 check"
            ),
            ("RF185390075470341234567890", .invalidLength, "creditor reference must have 5 to 25 characters, got 26"),
            ("XX18539007547034", .invalidFormat, "creditor reference must start with RF, got 'XX18539007547034'"),
            (
                "RFA8539007547034", .invalidFormat,
                "creditor reference must have check digits after RF, found 'A' at position 3"
            ),
            (
                "RF18 5390/0754", .invalidCharacters,
                "creditor reference must contain only letters and digits, found '/' at position 9"
            ),
        ]
    )
    func rejects(text: String, code: FactureModelError.Code, message: String) {
        #expect {
            try CreditorReference(text)
        } throws: { error in
            let error = error as? FactureModelError
            return error?.code == code && error?.message == message
        }
    }

    @Test(
        "Generating needs 1 to 21 letters and digits",
        arguments: [
            ("", FactureModelError.Code.invalidLength),
            ("1234567890123456789012", .invalidLength),
            ("12/34", .invalidCharacters),
        ]
    )
    func generatingRejects(reference: String, code: FactureModelError.Code) {
        #expect(
            IdentifierCorruptions.code { () throws(FactureModelError) in try CreditorReference(generatingFor: reference)
            } == code
        )
    }

    @Test("Generated references round-trip, and mod 97 catches every digit substitution and transposition")
    func generatedReferences() throws {
        var random = IdentifierSplitMix64(seed: 0x5246_3131)
        var escaped: [String] = []
        for index in 0..<3_000 {
            let body = IdentifierSamples.creditorReferenceBody(&random, numeric: index % 2 == 0)
            let generated = try CreditorReference(generatingFor: body)
            #expect(generated.rawValue == IdentifierSamples.creditorReference(body))
            #expect(try CreditorReference(generated.formatted) == generated)
            let corruptions =
                IdentifierCorruptions.digitSubstitutions(generated.rawValue).map(\.text)
                + IdentifierCorruptions.adjacentDigitTranspositions(generated.rawValue).map(\.text)
            for corrupted in corruptions
            where IdentifierCorruptions.code({ () throws(FactureModelError) in try CreditorReference(corrupted) })
                != .invalidCheckDigit
            {
                escaped.append(corrupted)
            }
        }
        #expect(escaped.isEmpty, "undetected: \(escaped.prefix(10))")
    }

    @Test("Codable writes the electronic format and validates when decoding")
    func codable() throws {
        let data = try JSONEncoder().encode(try CreditorReference("RF18 5390 0754 7034"))
        #expect(String(decoding: data, as: UTF8.self) == #""RF18539007547034""#)
        #expect(try JSONDecoder().decode(CreditorReference.self, from: data).rawValue == "RF18539007547034")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CreditorReference.self, from: Data(#""RF19539007547034""#.utf8))
        }
    }
}
