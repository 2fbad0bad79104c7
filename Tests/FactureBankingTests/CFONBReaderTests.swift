// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureBanking
import FactureModel
import FactureTestSupport
import Foundation
import Testing

/// Bytes of a file below `shared/banking`.
func cfonbFixture(_ path: String) throws -> [UInt8] {
    [UInt8](try SharedFixtures.data("banking/" + path))
}

func cfonbFixturePath(_ path: String) throws -> String {
    try SharedFixtures.url("banking/" + path).path
}

/// A 120-character record made of zones (column, text); everything else spaces.
func cfonbRecord(_ zones: [(Int, String)]) -> String {
    var bytes = [UInt8](repeating: 0x20, count: 120)
    for (column, text) in zones {
        for (offset, byte) in text.utf8.enumerated() { bytes[column - 1 + offset] = byte }
    }
    return String(decoding: bytes, as: UTF8.self)
}

let cfonbOpening = cfonbRecord([
    (1, "0130003"), (12, "01234EUR2"), (22, "01234567890"), (35, "120124"), (91, "0000000010000{"),
])
let cfonbMovement = cfonbRecord([
    (1, "0430003000501234EUR2"), (22, "0123456789018130124"), (43, "130124"), (49, "VIR TEST"),
    (91, "0000000000025{"),
])
let cfonbClosing = cfonbRecord([
    (1, "0730003"), (12, "01234EUR2"), (22, "01234567890"), (35, "130124"), (91, "0000000010025{"),
])

func cfonbError(_ text: String, options: CFONB120ReadingOptions = .init()) -> FactureBankingError? {
    do {
        _ = try CFONB120Reader(options: options).statements(in: Array(text.utf8))
        return nil
    } catch {
        return error
    }
}

@Suite("CFONB 120 reader")
struct CFONBReaderTests {
    struct TruthMovement: Decodable {
        var movement: Int
        var amount: String
        var code: String
        var date: String
    }

    struct Truth: Decodable {
        var movements: [TruthMovement]
    }

    @Test("the dev sample gives 20 balanced statements and 300 movements equal to truth")
    func devSample() throws {
        let statements = try CFONB120Reader().statements(atPath: try cfonbFixturePath("sample/statement.cfonb"))
        #expect(statements.count == 20)
        #expect(statements.allSatisfy { $0.isBalanced == true })
        let movements = statements.flatMap(\.movements)
        #expect(movements.map(\.ordinal) == Array(1...300))
        let truth = try JSONDecoder().decode(Truth.self, from: try SharedFixtures.data("banking/sample/truth.json"))
        #expect(truth.movements.count == 300)
        for expected in truth.movements {
            let movement = movements[expected.movement - 1]
            #expect(movement.amount == (try Amount(parsing: expected.amount)), "movement \(expected.movement)")
            #expect(movement.bookingDate.iso8601String == expected.date, "movement \(expected.movement)")
            #expect(movement.operationCode == expected.code, "movement \(expected.movement)")
        }
        let first = try #require(statements.first)
        #expect(first.account.bankCode == "16958")
        #expect(first.account.deskCode == "14593")
        #expect(first.account.accountNumber == "98891668178")
        #expect(first.openingBalance == (try Amount(parsing: "105631.71")))
        #expect(statements.last?.closingBalance == (try Amount(parsing: "34084.70")))
        let transfer = movements[0]
        #expect(transfer.label == "VIR SEPA RECU /DE ATELIER BONNE")
        #expect(transfer.counterparty?.name == "ATELIER BONNET")
        #expect(transfer.remittance == ["REGLT FA2025-00117 FA2025-00118 AV2025-00119"])
        #expect(transfer.endToEndID == "59711552009")
        #expect(transfer.details.map(\.qualifier) == ["NPY", "LCC", "RCN"])
        #expect(transfer.reference == "25030300000001")
        let international = movements[2]
        #expect(international.originalAmount?.amount == (try Amount(parsing: "832.16")))
        #expect(international.originalAmount?.currency == "EUR")
        #expect(movements.contains { $0.creditorReference == "RF3618770F202564642" })
        let debit = try #require(movements.first { $0.label.hasPrefix("PRLV SEPA URSSAF") })
        #expect(debit.counterparty?.name == "URSSAF ILE DE FRANCE")
        #expect(debit.mandateReference?.isEmpty == false)
        #expect(debit.amount.decimal.isNegative)
    }

    @Test("the in-memory reader and the file reader in tiny chunks agree")
    func chunking() throws {
        let path = try cfonbFixturePath("sample/statement.cfonb")
        let whole = try CFONB120Reader().statements(in: try cfonbFixture("sample/statement.cfonb"))
        let chunked = try CFONB120Reader(chunkSize: 7).statements(atPath: path)
        #expect(whole == chunked)
    }

    @Test("the asynchronous file reader gives the same statements")
    func asynchronousFile() async throws {
        let path = try cfonbFixturePath("sample/statement.cfonb")
        let whole = try CFONB120Reader().statements(in: try cfonbFixture("sample/statement.cfonb"))
        let read = try await CFONB120Reader().statements(contentsOfFile: path)
        #expect(read == whole)
        #expect(read.flatMap(\.movements).count == 300)
    }

    @Test("events report statements opened and closed around their movements")
    func events() throws {
        var opened = 0
        var closed = 0
        var movements = 0
        var balancedAtClose = true
        try CFONB120Reader().forEachEvent(atPath: try cfonbFixturePath("sample/statement.cfonb")) { event in
            switch event {
            case .statementOpened: opened += 1
            case .movement: movements += 1
            case .statementClosed(let date, let balance):
                closed += 1
                balancedAtClose = balancedAtClose && date != nil && balance != nil
            }
        }
        #expect(opened == 20 && closed == 20 && movements == 300 && balancedAtClose)
    }

    @Test("OCA classic sample: lowercase text, column 21 filled, a 05 with another header")
    func ocaClassic() throws {
        let statements = try CFONB120Reader().statements(in: try cfonbFixture("public_samples/oca_cfonb_classic.cfo"))
        #expect(statements.count == 1)
        let statement = try #require(statements.first)
        #expect(statement.openingBalance == (try Amount(parsing: "1017311.89")))
        #expect(statement.closingBalance == (try Amount(parsing: "1031585.79")))
        #expect(statement.movements.count == 13)
        #expect(statement.isBalanced == true)
        let first = try #require(statement.movements.first)
        #expect(first.label == "VIR INST MA JOLIE BOUTIQUE")
        #expect(first.amount == (try Amount(parsing: "1040.17")))
        #expect(first.remittance.first == "facture F230875")
        #expect(first.counterparty?.name == "MA JOLIE BOUTIQUE")
        let econymo = statement.movements[3]
        #expect(econymo.label == "VIR Econymo Software SARL")
        #expect(econymo.details.count == 4)
        var records: [CFONB120Record] = []
        try CFONB120Reader().forEachRecord(in: try cfonbFixture("public_samples/oca_cfonb_classic.cfo")) { record, _ in
            records.append(record)
        }
        #expect(records[1].reservedZones.contains(.init(column: 21, text: "E")))
        #expect(records[1].interbankOperationCode == "18")
        #expect(records[1].internalOperationCode == "0005")
    }

    @Test("OCA sample without line breaks reads like the one with them")
    func ocaNoLineBreaks() throws {
        let flat = try CFONB120Reader().statements(
            in: try cfonbFixture("public_samples/oca_cfonb_no_carriage_return.cfo")
        )
        let classic = try CFONB120Reader().statements(in: try cfonbFixture("public_samples/oca_cfonb_classic.cfo"))
        #expect(flat.count == 1)
        #expect(flat.first?.movements.count == classic.first?.movements.count)
        #expect(flat.first?.closingBalance == (try Amount(parsing: "1031585.79")))
    }

    @Test("Pennylane sample: blank lines, unknown qualifiers, a 07 with another bank code")
    func pennylane() throws {
        let statements = try CFONB120Reader().statements(in: try cfonbFixture("public_samples/pennylane_example.txt"))
        #expect(statements.count == 2)
        #expect(statements[0].openingBalance == (try Amount(parsing: "-190.40")))
        #expect(statements[0].closingBalance == (try Amount(parsing: "-241.21")))
        #expect(statements[1].closingBalance == (try Amount(parsing: "-163.72")))
        #expect(statements.map(\.movements.count) == [3, 3])
        let first = statements[0].movements[0]
        #expect(first.amount == (try Amount(parsing: "-32.21")))
        #expect(first.remittance == ["MENSUEAUHTR13133", "MENSUEAUHTR13DUP"])
        #expect(first.endToEndID == "OTHER REFERENCE")
        #expect(first.cfonbDetail("REF") == "REFERENCE")
        #expect(first.cfonbDetail("AAA") == "INTERNETA AAA")
        #expect(first.cfonbDetail("N Y") == "EXAMPLE WITH EMPTY SPACE")
        #expect(first.counterparty == nil)  // NPY names the payer; this is a debit
        #expect(statements[0].movements[1].reference == "REFERENCE")
        #expect(statements[0].movements[2].account.bankCode == "15489")
        #expect(statements[1].movements[0].amount == (try Amount(parsing: "97.49")))
    }

    @Test("silarhi samples: several statements, 04 bank codes differing, filled reserved zones")
    func silarhi() throws {
        let complex = try CFONB120Reader().statements(in: try cfonbFixture("public_samples/silarhi_complex-test.txt"))
        #expect(complex.count == 8)
        #expect(complex.flatMap(\.movements).count == 5)
        #expect(complex[0].openingBalance == (try Amount(parsing: "16695.65")))
        #expect(complex[0].movements.first?.label == "PRLV SEPA ONLINE SAS")
        #expect(complex[0].movements.first?.account.bankCode == "10556")
        #expect(complex[1].movements[1].amount == (try Amount(parsing: "-5000.00")))
        #expect(complex[7].openingBalance == (try Amount(parsing: "584353.02")))
        let unused = try CFONB120Reader().statements(
            in: try cfonbFixture("public_samples/silarhi_test-unused-parts.txt")
        )
        #expect(unused.count == 8)
        #expect(unused.allSatisfy { $0.movements.isEmpty && $0.isBalanced == true })
        #expect(unused[0].openingBalance == (try Amount(parsing: "18.62")))
        #expect(unused[7].closingBalance == (try Amount(parsing: "19875.72")))
        #expect(unused[1].account.accountNumber == "00012345701")
    }

    @Test("a CFONB 240 file is refused as unsupported")
    func cfonb240() throws {
        #expect(throws: FactureBankingError(code: .unsupportedFormat, message: "")) {
            _ = try CFONB120Reader().statements(
                in: try cfonbFixture("public_samples/silarhi_cfonb240-complex-test.txt")
            )
        }
    }

    @Test("a bad overpunch character names record and column 104")
    func badOverpunch() throws {
        var bad = Array(cfonbMovement)
        bad[103] = "X"
        let error = try #require(cfonbError([cfonbOpening, String(bad), cfonbClosing].joined(separator: "\n")))
        #expect(error.code == .malformedRecord)
        #expect(error.record == 2)
        #expect(error.column == 104)
    }

    @Test("a short record names its record and the column where it stops")
    func shortRecord() throws {
        let error = try #require(
            cfonbError([cfonbOpening, String(cfonbMovement.prefix(80)), cfonbClosing].joined(separator: "\r\n"))
        )
        #expect(error.code == .malformedRecord)
        #expect(error.record == 2)
        #expect(error.column == 81)
    }

    @Test("a movement before any opening balance is unexpected")
    func movementFirst() throws {
        let error = try #require(cfonbError([cfonbMovement, cfonbOpening, cfonbClosing].joined(separator: "\n")))
        #expect(error.code == .unexpectedRecord)
        #expect(error.record == 1)
        #expect(error.column == 1)
    }

    @Test("a non-digit date names the record and the date's column")
    func badDate() throws {
        var bad = Array(cfonbMovement)
        bad[36] = "X"
        let error = try #require(cfonbError([cfonbOpening, String(bad), cfonbClosing].joined(separator: "\n")))
        #expect(error.code == .malformedRecord)
        #expect(error.record == 2)
        #expect(error.column == 37)
        var impossible = Array(cfonbMovement)
        impossible.replaceSubrange(34..<40, with: "310224")
        let dateError = try #require(
            cfonbError([cfonbOpening, String(impossible), cfonbClosing].joined(separator: "\n"))
        )
        #expect(dateError.column == 35)
    }

    @Test("an unknown record code is malformed at column 1; a 05 without 04 is unexpected")
    func unknownCode() throws {
        let unknown = try #require(
            cfonbError([cfonbOpening, "09" + cfonbMovement.dropFirst(2)].joined(separator: "\n"))
        )
        #expect(unknown.code == .malformedRecord && unknown.record == 2 && unknown.column == 1)
        let orphan = try #require(
            cfonbError([cfonbOpening, "05" + cfonbMovement.dropFirst(2)].joined(separator: "\n"))
        )
        #expect(orphan.code == .unexpectedRecord && orphan.record == 2)
    }

    @Test("an unbalanced statement throws unless balances are not checked")
    func unbalanced() throws {
        let balanced = try CFONB120Reader().statements(
            in: Array([cfonbOpening, cfonbMovement, cfonbClosing].joined(separator: "\n").utf8)
        )
        #expect(balanced.first?.openingBalance == (try Amount(parsing: "1000.00")))
        #expect(balanced.first?.movements.first?.amount == (try Amount(parsing: "2.50")))
        #expect(balanced.first?.isBalanced == true)
        let closing = cfonbClosing.replacingOccurrences(of: "0000000010025{", with: "0000000010025A")
        let text = [cfonbOpening, cfonbMovement, closing].joined(separator: "\n")
        let error = try #require(cfonbError(text))
        #expect(error.code == .unbalancedStatement && error.record == 3)
        let lenient = try CFONB120Reader(options: .init(checksBalances: false)).statements(in: Array(text.utf8))
        #expect(lenient.first?.isBalanced == false)
        #expect(lenient.first?.closingBalance == (try Amount(parsing: "1002.51")))
    }

    @Test("a missing file is an I/O failure")
    func missingFile() {
        #expect(throws: FactureBankingError(code: .ioFailure, message: "")) {
            _ = try CFONB120Reader().statements(atPath: "/nonexistent/statement.cfonb")
        }
    }
}

@Suite("CFONB 120 records")
struct CFONBRecordTests {
    @Test("a 04 record decodes every zone of the standard")
    func movementRecord() throws {
        let line = try cfonbFixture("sample/statement.cfonb").split(separator: 0x0A)[1]
        let record = try CFONB120Record(bytes: Array(line), number: 2)
        #expect(record.kind == .movement)
        #expect(record.bankCode == "16958")
        #expect(record.internalOperationCode == "0158")
        #expect(record.deskCode == "14593")
        #expect(record.currency == "EUR")
        #expect(record.decimals == 2)
        #expect(record.accountNumber == "98891668178")
        #expect(record.interbankOperationCode == "05")
        #expect(record.date == (try CalendarDate(year: 2025, month: 3, day: 3)))
        #expect(record.rejectionReason == "")
        #expect(record.valueDate == (try CalendarDate(year: 2025, month: 3, day: 3)))
        #expect(record.label == "VIR SEPA RECU /DE ATELIER BONNE")
        #expect(record.entryNumber == "0000001")
        #expect(record.exemptionCode == "0")
        #expect(record.unavailabilityIndex == "")
        #expect(record.amount == (try Amount(parsing: "2904.79")))
        #expect(record.reference == "25030300000001")
        #expect(record.reservedZones.isEmpty)
    }

    @Test("a 05 record keeps its qualifier verbatim; a 01 its filled reserved zones")
    func complementAndReserved() throws {
        var records: [CFONB120Record] = []
        try CFONB120Reader().forEachRecord(in: try cfonbFixture("public_samples/pennylane_example.txt")) { record, _ in
            records.append(record)
        }
        #expect(records.count == 24)
        #expect(records[0].reservedZones == [.init(column: 105, text: "150519160519    ")])
        #expect(records[12].kind == .complement)
        #expect(records[12].qualifier == "N Y")
        #expect(records[12].text == "EXAMPLE WITH EMPTY SPACE")
        #expect(records[11].qualifier == "   ")
        #expect(records[13].qualifier == "2'C")
    }

    @Test("each overpunch character gives its sign and last digit")
    func overpunch() throws {
        let positives = Array("{ABCDEFGHI")
        let negatives = Array("}JKLMNOPQR")
        for digit in 0..<10 {
            for (characters, sign) in [(positives, ""), (negatives, "-")] {
                var line = Array(cfonbOpening.utf8)
                line[103] = UInt8(ascii: characters[digit].unicodeScalars.first ?? "?")
                let record = try CFONB120Record(bytes: line)
                #expect(record.amount == (try Amount(parsing: "\(sign)1000.0\(digit)")))
            }
        }
    }
}
