// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import Testing

@Suite struct IdentifierCheckerTests {
    @Test(
        "Valid identifiers are recognised and normalised",
        arguments: [
            ("732 829 320", IdentifierKind.siren, "732829320"),
            ("73282932000074", .siret, "73282932000074"),
            ("356 000 000 00001", .siret, "35600000000001"),
            ("fr 40 303 265 045", .vatNumber, "FR40303265045"),
            ("FRK7399859412", .vatNumber, "FRK7399859412"),
            ("DE136695976", .vatNumber, "DE136695976"),
            ("ATU13585627", .vatNumber, "ATU13585627"),
            ("ESX5253868R", .vatNumber, "ESX5253868R"),
            ("NL004495445B01", .vatNumber, "NL004495445B01"),
            ("RO1630615123457", .vatNumber, "RO1630615123457"),
            ("FR14 2004 1010 0505 0001 3M02 606", .iban, "FR1420041010050500013M02606"),
            ("DE89370400440532013000", .iban, "DE89370400440532013000"),
            ("GB82WEST12345698765432", .iban, "GB82WEST12345698765432"),
            ("NO9386011117947", .iban, "NO9386011117947"),
            ("DEUTDEFF", .bic, "DEUTDEFF"),
            ("bnpafrppxxx", .bic, "BNPAFRPPXXX"),
            ("RF18 5390 0754 7034", .creditorReference, "RF18539007547034"),
        ]
    )
    func recognisesValid(input: String, kind: IdentifierKind, normalized: String) {
        let result = IdentifierChecker.check(input)
        #expect(result.input == input)
        #expect(result.kind == kind)
        #expect(result.isValid)
        #expect(result.reason == nil)
        #expect(result.normalized == normalized)
    }

    @Test(
        "Invalid identifiers keep their kind and the reason the type gives",
        arguments: [
            ("732829321", "SIREN", "check digit mismatch: SIREN 732829321 fails the Luhn check"),
            ("73282932000075", "SIRET", "check digit mismatch: SIRET 73282932000075 fails the Luhn check"),
            (
                "FR41303265045", "VAT",
                "check digit mismatch: VAT number FR41303265045 has key 41, expected 40 for SIREN 303265045"
            ),
            (
                "GB980780684", "VAT",
                "'GB' is not an EU VAT number prefix (use XI for Northern Ireland; other UK numbers are not EU VAT numbers)"
            ),
            ("GR094259216", "VAT", "'GR' is not an EU VAT number prefix (Greek VAT numbers use EL)"),
            ("FR1420041010050500013M0260", "IBAN", "IBAN for FR must have 27 characters, got 26"),
            (
                "DE88370400440532013000", "IBAN",
                "check digit mismatch: IBAN DE88370400440532013000 fails the mod 97 check"
            ),
            ("US89370400440532013000", "IBAN", "'US' is not a country in the IBAN registry"),
            ("DEUTQQFF", "BIC", "BIC country code 'QQ' is not an ISO 3166 country"),
            (
                "RF19539007547034", "RF",
                "check digit mismatch: creditor reference RF19539007547034 fails the mod 97 check"
            ),
        ]
    )
    func reportsInvalid(input: String, kindName: String, reason: String) {
        let result = IdentifierChecker.check(input)
        #expect(result.kind?.name == kindName)
        #expect(!result.isValid)
        #expect(result.reason == reason)
    }

    @Test(
        "Text that is no identifier has no kind and a reason",
        arguments: [
            ("", "empty input"),
            ("   ", "empty input"),
            ("12345", "5 digits: a SIREN has 9 digits and a SIRET 14"),
            ("1234567890", "10 digits: a SIREN has 9 digits and a SIRET 14"),
            ("hello", "not a SIREN, SIRET, EU VAT number, IBAN, BIC or RF creditor reference"),
            ("€100", "not a SIREN, SIRET, EU VAT number, IBAN, BIC or RF creditor reference"),
        ]
    )
    func reportsUnknown(input: String, reason: String) {
        let result = IdentifierChecker.check(input)
        #expect(result.kind == nil)
        #expect(!result.isValid)
        #expect(result.reason == reason)
    }

    @Test("Kinds have short names")
    func kindNames() {
        let kinds: [IdentifierKind] = [.siren, .siret, .vatNumber, .iban, .bic, .creditorReference]
        #expect(kinds.map(\.name) == ["SIREN", "SIRET", "VAT", "IBAN", "BIC", "RF"])
        #expect(kinds.map(\.description) == kinds.map(\.name))
        #expect(Set(kinds).count == 6)
    }

    @Test("The checker agrees with each type's initializer on generated values")
    func agreesWithTypes() {
        var random = IdentifierSplitMix64(seed: 0x4348_4B52)
        for _ in 0..<300 {
            let values = [
                IdentifierSamples.siren(&random),
                IdentifierSamples.siret(&random),
                IdentifierSamples.frenchVAT(&random),
                IdentifierSamples.frenchVATWithAlphanumericKey(&random),
                IdentifierSamples.iban(&random),
                IdentifierSamples.creditorReference(IdentifierSamples.creditorReferenceBody(&random, numeric: false)),
            ]
            for value in values {
                let result = IdentifierChecker.check(value)
                #expect(result.isValid, "\(value): \(result.reason ?? "")")
            }
        }
    }
}
