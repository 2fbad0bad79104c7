// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Foundation
import Testing

@Suite struct IDCheckCommandTests {
    @Test("The facture executable is built next to the tests")
    func executableExists() {
        #expect(
            FileManager.default.isExecutableFile(atPath: FactureExecutable.url.path),
            "no executable at \(FactureExecutable.url.path)"
        )
    }

    @Test("Valid values print one valid line each and exit 0")
    func validValues() throws {
        let output = try FactureExecutable.run([
            "id", "check",
            "732 829 320",
            "73282932000074",
            "FR40303265045",
            "FR14 2004 1010 0505 0001 3M02 606",
            "BNPAFRPPXXX",
            "RF18539007547034",
        ])
        #expect(output.status == 0, "stderr: \(output.stderr)")
        #expect(
            output.stdout == """
                732 829 320\tSIREN\tvalid
                73282932000074\tSIRET\tvalid
                FR40303265045\tVAT\tvalid
                FR14 2004 1010 0505 0001 3M02 606\tIBAN\tvalid
                BNPAFRPPXXX\tBIC\tvalid
                RF18539007547034\tRF\tvalid

                """
        )
    }

    @Test("Invalid and unknown values print the reason and exit 1")
    func invalidValues() throws {
        let output = try FactureExecutable.run([
            "id", "check", "732829320", "732829321", "DE88370400440532013000", "hello",
        ])
        #expect(output.status == 1)
        #expect(
            output.stdout == """
                732829320\tSIREN\tvalid
                732829321\tSIREN\tinvalid\tcheck digit mismatch: SIREN 732829321 fails the Luhn check
                DE88370400440532013000\tIBAN\tinvalid\tcheck digit mismatch: IBAN DE88370400440532013000 fails the mod 97 check
                hello\tunknown\tinvalid\tnot a SIREN, SIRET, EU VAT number, IBAN, BIC or RF creditor reference

                """
        )
    }

    @Test("--json prints an array of objects with input, kind, normalized, valid and reason")
    func json() throws {
        let output = try FactureExecutable.run(["id", "check", "--json", "fr 40 303 265 045", "FR41303265045", "hello"])
        #expect(output.status == 1)
        let parsed = try #require(
            try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]]
        )
        try #require(parsed.count == 3)
        #expect(parsed[0]["input"] as? String == "fr 40 303 265 045")
        #expect(parsed[0]["kind"] as? String == "VAT")
        #expect(parsed[0]["normalized"] as? String == "FR40303265045")
        #expect(parsed[0]["valid"] as? Bool == true)
        #expect(parsed[0]["reason"] is NSNull)
        #expect(parsed[1]["valid"] as? Bool == false)
        #expect(
            parsed[1]["reason"] as? String
                == "check digit mismatch: VAT number FR41303265045 has key 41, expected 40 for SIREN 303265045"
        )
        #expect(parsed[2]["kind"] is NSNull)
        #expect(parsed[2]["normalized"] as? String == "HELLO")
    }

    @Test("--json exits 0 when every value is valid")
    func jsonAllValid() throws {
        let output = try FactureExecutable.run(["id", "check", "--json", "DE89370400440532013000"])
        #expect(output.status == 0)
        #expect(output.stdout.contains(#""normalized" : "DE89370400440532013000""#))
    }

    @Test("No value is a usage error")
    func noValues() throws {
        let output = try FactureExecutable.run(["id", "check"])
        #expect(output.status == 64)
        #expect(output.stderr.contains("Give at least one value to check."))
    }
}
