// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureBanking
import FactureModel
import Foundation
import Testing

@Suite("CFONB 120 writer")
struct CFONBWriterTests {
    @Test(
        "reading what we write gives the same statements",
        arguments: [
            "sample/statement.cfonb", "public_samples/oca_cfonb_classic.cfo",
            "public_samples/oca_cfonb_no_carriage_return.cfo", "public_samples/pennylane_example.txt",
            "public_samples/silarhi_complex-test.txt", "public_samples/silarhi_test-unused-parts.txt",
        ]
    )
    func roundTrip(path: String) throws {
        let statements = try CFONB120Reader().statements(in: try cfonbFixture(path))
        for lineEnding in [CFONB120Writer.LineEnding.crlf, .lf, .none] {
            let writer = CFONB120Writer(options: .init(lineEnding: lineEnding, uppercasesText: false))
            let bytes = try writer.write(statements)
            #expect(try CFONB120Reader().statements(in: bytes) == statements)
        }
    }

    @Test("records are 120 characters with CRLF, amounts overpunched, labels upper-cased")
    func format() throws {
        let account = BankAccountReference(
            bankCode: "30003",
            deskCode: "01234",
            accountNumber: "01234567890",
            currency: "EUR"
        )
        let date = try CalendarDate(year: 2024, month: 1, day: 13)
        let statement = BankStatement(
            account: account,
            openingDate: date,
            openingBalance: try Amount(parsing: "100.00"),
            closingDate: date,
            closingBalance: try Amount(parsing: "89.70"),
            movements: [
                BankMovement(
                    ordinal: 1,
                    account: account,
                    operationCode: "B1",
                    bookingDate: date,
                    amount: try Amount(parsing: "-10.30"),
                    label: "Prlv Société",
                    counterparty: Counterparty(name: "Société"),
                    endToEndID: "E2E-1",
                    remittance: ["facture F1"]
                )
            ]
        )
        let bytes = try CFONB120Writer().write([statement])
        let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.count == 7)
        #expect(lines.last == "")
        #expect(lines.dropLast().allSatisfy { $0.count == 120 })
        #expect(lines[0].hasPrefix("0130003    01234EUR2 01234567890  130124"))
        #expect(lines[0].dropFirst(90).prefix(14) == "0000000001000{")
        #expect(lines[1].dropFirst(90).prefix(14) == "0000000000103}")
        #expect(lines[1].dropFirst(48).prefix(31) == "PRLV SOCIETE                   ")
        #expect(lines[2].dropFirst(45).hasPrefix("NBESOCIETE"))
        #expect(lines[3].dropFirst(45).hasPrefix("LCCFACTURE F1"))
        #expect(lines[4].dropFirst(45).hasPrefix("RCNE2E-1"))
        #expect(lines[5].hasPrefix("0730003"))
        #expect(lines[5].dropFirst(90).prefix(14) == "0000000000897{")
        let read = try CFONB120Reader().statements(in: bytes)
        #expect(read.first?.movements.first?.counterparty?.name == "SOCIETE")
        #expect(read.first?.movements.first?.endToEndID == "E2E-1")
        #expect(read.first?.isBalanced == true)
    }

    @Test("an amount too large for 14 characters is refused")
    func tooLarge() throws {
        let account = BankAccountReference(currency: "EUR")
        let statement = BankStatement(
            account: account,
            openingDate: try CalendarDate(year: 2024, month: 1, day: 1),
            openingBalance: try Amount(parsing: "12345678901234.00")
        )
        #expect(throws: FactureBankingError(code: .malformedRecord, message: "")) {
            _ = try CFONB120Writer().write([statement])
        }
    }
}
