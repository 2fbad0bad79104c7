// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Testing

@testable import FactureOCR

/// Numbers, dates and identifiers as invoices print them.
@Suite struct PrintedValueTests {
    @Test(arguments: [
        ("1.965,58 €", "1965.58", true),
        ("1 965,58", "1965.58", false),
        ("150,712.17", "150712.17", false),
        ("-297,80", "-297.80", false),
        ("£116,411.44", "116411.44", true),
        ("EUR 12.00", "12.00", true),
        ("27 695,75 €", "27695.75", true),
    ])
    func readsAmounts(_ text: String, _ value: String, _ hasCurrency: Bool) throws {
        let number = try #require(PrintedNumber.all(in: text).first)
        #expect(number.value.twoDecimals == value)
        #expect(number.isAmount)
        #expect(number.hasCurrency == hasCurrency)
    }

    @Test func readsRatesQuantitiesAndSkipsReferences() {
        let numbers = PrintedNumber.all(in: "Farine T65 (sac 25 kg) - réf. K4826  147,5 m2  22,67  5,5 %  566,75")
        #expect(numbers.map(\.value.plain) == ["25", "147.5", "22.67", "5.5", "566.75"])
        #expect(numbers.map(\.isPercentage) == [false, false, false, true, false])
        // Two amounts side by side stay two amounts.
        #expect(PrintedNumber.all(in: "3 811,10   762,22").map(\.value.twoDecimals) == ["3811.10", "762.22"])
        // Even with a single space: no group follows the decimals (a VAT row `20 % base amount`).
        #expect(
            PrintedNumber.all(in: "20 % 3 811,10 762,22").map(\.value.twoDecimals) == ["20.00", "3811.10", "762.22"]
        )
        #expect(PrintedNumber.all(in: "1,234.56 789.00").map(\.value.twoDecimals) == ["1234.56", "789.00"])
    }

    @Test(arguments: [
        ("Date facture : 18/11/25", "2025-11-18"),
        ("DATE D'ÉMISSION 14-11-2025", "2025-11-14"),
        ("Issue date 2025-01-31", "2025-01-31"),
        ("Lyon, le 5 janvier 2025", "2025-01-05"),
        ("le 1er mars 2026", "2026-03-01"),
        ("30.01.2026", "2026-01-30"),
        ("18 nov. 2025", "2025-11-18"),
        ("January 5, 2025", "2025-01-05"),
    ])
    func readsDates(_ text: String, _ iso: String) {
        #expect(PrintedDate.all(in: text).map(\.iso) == [iso])
    }

    @Test func refusesImpossibleDates() {
        #expect(PrintedDate.all(in: "31/02/2026 et 2026-13-01").isEmpty)
        #expect(PrintedDate.all(in: "29/02/2024").map(\.iso) == ["2024-02-29"])
    }

    @Test func checksIdentifiers() {
        #expect(PrintedIdentifier.passesLuhn("73282932000074"))
        #expect(!PrintedIdentifier.passesLuhn("73282932000075"))
        #expect(PrintedIdentifier.passesLuhn("732829320"))
        #expect(PrintedIdentifier.frenchVAT(ofSIREN: "732829320") == "FR44732829320")
        #expect(PrintedIdentifier.frenchVATs(in: "N° TVA intracom. : FR 44 732 829 320") == ["FR44732829320"])
        #expect(PrintedIdentifier.frenchVATs(in: "TVA FR45732829320").isEmpty)
        #expect(
            PrintedIdentifier.ibans(in: "IBAN FR76 3000 4000 0312 3456 7890 143 BIC BNPAFRPP") == [
                "FR7630004000031234567890143"
            ]
        )
        #expect(PrintedIdentifier.ibans(in: "IBAN FR76 3000 4000 0312 3456 7890 144").isEmpty)
        #expect(PrintedIdentifier.isBIC("BNPAFRPPXXX"))
        #expect(!PrintedIdentifier.isBIC("BNPAFR"))
        #expect(PrintedIdentifier.digitRuns(in: "SIRET 766 971 097 00098").map(\.digits) == ["76697109700098"])
    }
}
