// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import Foundation
import Testing

@Suite struct IdentifierBICTests {
    @Test(
        "Real BICs are accepted and split into their parts",
        arguments: [
            ("DEUTDEFF", "DEUT", "DE", "FF", String?.none),
            ("DEUTDEFF500", "DEUT", "DE", "FF", "500"),
            ("bnpa fr pp xxx", "BNPA", "FR", "PP", "XXX"),
            ("NEDSZAJJXXX", "NEDS", "ZA", "JJ", "XXX"),
            ("AGRIFRPP882", "AGRI", "FR", "PP", "882"),
            ("PSSTFRPPSCE", "PSST", "FR", "PP", "SCE"),
            ("RZTIAT22263", "RZTI", "AT", "22", "263"),
        ]
    )
    func acceptsRealBICs(text: String, bank: String, country: String, location: String, branch: String?) throws {
        let bic = try BIC(text)
        #expect(bic.bankCode == bank)
        #expect(bic.countryCode == country)
        #expect(bic.locationCode == location)
        #expect(bic.branchCode == branch)
        #expect(bic.description == bank + country + location + (branch ?? ""))
    }

    @Test(
        "Each kind of mistake has its code and a message that names it",
        arguments: [
            ("DEUTDEFF5", FactureModelError.Code.invalidLength, "BIC must have 8 or 11 characters, got 9"),
            ("DEUTDE", .invalidLength, "BIC must have 8 or 11 characters, got 6"),
            ("DEU1DEFF", .invalidFormat, "BIC must start with a 4-letter bank code, found '1' at position 4"),
            (
                "DEUTD3FF", .invalidFormat,
                "BIC must have a 2-letter country code at positions 5–6, found '3' at position 6"
            ),
            ("DEUTQQFF", .invalidCountry, "BIC country code 'QQ' is not an ISO 3166 country"),
            ("DEUTDEF_", .invalidCharacters, "BIC must contain only letters and digits, found '_' at position 8"),
        ]
    )
    func rejects(text: String, code: FactureModelError.Code, message: String) {
        #expect {
            try BIC(text)
        } throws: { error in
            let error = error as? FactureModelError
            return error?.code == code && error?.message == message
        }
    }

    @Test("Kosovo's XK is accepted as SWIFT does")
    func kosovo() throws {
        #expect(try BIC("RBKOXKPR").countryCode == "XK")
    }

    @Test("Codable writes the code and validates when decoding")
    func codable() throws {
        let data = try JSONEncoder().encode(try BIC("deut de ff"))
        #expect(String(decoding: data, as: UTF8.self) == #""DEUTDEFF""#)
        #expect(try JSONDecoder().decode(BIC.self, from: data).rawValue == "DEUTDEFF")
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(BIC.self, from: Data(#""DEUTQQFF""#.utf8))
        }
    }
}
