// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureBanking
import FactureModel
import FactureTestSupport
import Foundation
import Testing

@Suite("camt.053 reader")
struct CamtReaderTests {
    /// One movement of `sample/truth.json`.
    struct TruthMovement: Decodable {
        var movement: Int
        var amount: String
        var date: String
    }

    struct Truth: Decodable {
        var movements: [TruthMovement]
    }

    static let samples = ["banking/sample/camt053_v02.xml", "banking/sample/camt053_v08.xml"]

    static func statements(_ path: String) throws -> [BankStatement] {
        try Camt053Reader().statements(Array(SharedFixtures.data(path)))
    }

    @Test("the dev sample gives the 300 movements of truth.json, ordinals 1…300, balanced", arguments: samples)
    func movementsMatchTruth(path: String) throws {
        let truth = try JSONDecoder().decode(Truth.self, from: SharedFixtures.data("banking/sample/truth.json"))
        let statements = try Self.statements(path)
        let movements = statements.flatMap(\.movements)
        #expect(statements.count == 20)
        #expect(movements.count == 300)
        #expect(movements.map(\.ordinal) == Array(1...300))
        #expect(truth.movements.count == 300)
        for (movement, expected) in zip(movements, truth.movements) {
            #expect(movement.ordinal == expected.movement)
            #expect(movement.amount == Amount(expected.amount), "movement \(movement.ordinal)")
            #expect(movement.bookingDate.iso8601String == expected.date, "movement \(movement.ordinal)")
        }
        for statement in statements {
            #expect(statement.isBalanced == true)
            #expect(statement.account.currency == "EUR")
            #expect(statement.account.iban?.rawValue == "FR7616958145939889166817855")
        }
    }

    @Test("statement header and concrete movements read as the file has them", arguments: samples)
    func concreteValues(path: String) throws {
        let statements = try Self.statements(path)
        let first = try #require(statements.first)
        #expect(first.openingDate == CalendarDate("2025-03-02"))
        #expect(first.openingBalance == Amount("105631.71"))
        #expect(first.closingDate == CalendarDate("2025-03-03"))
        #expect(first.closingBalance == Amount("96610.13"))
        #expect(first.movements.count == 7)

        let movements = statements.flatMap(\.movements)
        let received = movements[0]
        #expect(received.amount == Amount("2904.79"))
        #expect(received.operationCode == "05")
        #expect(received.valueDate == CalendarDate("2025-03-03"))
        #expect(received.reference == "M000000001")
        #expect(received.label == "VIR SEPA RECU /DE ATELIER BONNET")
        #expect(received.endToEndID == "59711552009")
        #expect(received.remittance == ["REGLT FA2025-00117 FA2025-00118 AV2025-00119"])
        #expect(received.counterparty?.name == "Atelier Bonnet")
        #expect(received.counterparty?.iban?.rawValue == "FR7630066304968377486305865")
        #expect(received.counterparty?.bic == "CMCIFRPP")
        #expect(received.details.contains(MovementDetail(qualifier: "NPY", text: "Atelier Bonnet")))

        // A batch-booked supplier payment run: one debit, eight transfers kept as details.
        let batch = movements[1]
        #expect(batch.amount == Amount("-15257.47"))
        #expect(batch.operationCode == "06")
        #expect(batch.valueDate == CalendarDate("2025-03-02"))
        #expect(batch.counterparty == nil)
        #expect(batch.endToEndID == nil)
        #expect(batch.remittance.prefix(3) == ["F8051 F8065", "008777", "2025/4738"])
        #expect(batch.details.filter { $0.qualifier == "RCN" }.count == 8)
        #expect(batch.details.contains(MovementDetail(qualifier: "NBE", text: "Maçonnerie Moulin et Associés")))
        #expect(batch.details.contains(MovementDetail(qualifier: "RCN", text: "JFD-E2E-00000036")))

        let structured = movements[31]
        #expect(structured.reference == "M000000032")
        #expect(structured.creditorReference == "RF73202500032")
        #expect(structured.counterparty?.name == "Atelier Bonnet")
    }

    @Test("each movement has the operation code the CFONB statement gives the same movement", arguments: samples)
    func operationCodesAgreeWithCFONB(path: String) throws {
        let camt = try Self.statements(path).flatMap(\.movements)
        let cfonb = try CFONB120Reader().statements(in: Array(SharedFixtures.data("banking/sample/statement.cfonb")))
            .flatMap(\.movements)
        #expect(camt.count == cfonb.count)
        #expect(camt.map(\.operationCode) == cfonb.map(\.operationCode))
    }

    @Test("counterparties, remittance and references are there wherever the file has them", arguments: samples)
    func presence(path: String) throws {
        let movements = try Self.statements(path).flatMap(\.movements)
        // Counted in the files: 255 entries name their payer/payee in every TxDtls (the 8 batches
        // name several), 244 carry Ustrd, 255 one TxDtls with an EndToEndId, 20 an RF reference.
        #expect(movements.filter { $0.counterparty != nil }.count == 255)
        #expect(movements.filter { !$0.remittance.isEmpty }.count == 244)
        #expect(movements.filter { $0.endToEndID != nil }.count == 255)
        #expect(movements.filter { $0.creditorReference?.hasPrefix("RF") == true }.count == 20)
        #expect(movements.allSatisfy { !$0.label.isEmpty && $0.reference.hasPrefix("M") })
    }

    @Test("v02 and v08 give the same statements; the file reader streams the same events as the in-memory one")
    func versionsAgree() async throws {
        let v02 = try Self.statements(Self.samples[0])
        let v08 = try Self.statements(Self.samples[1])
        #expect(v02 == v08)
        let fromFile = try await Camt053Reader().statements(
            contentsOfFile: SharedFixtures.url(Self.samples[1]).path
        )
        #expect(fromFile == v08)
        var events = 0
        var statementEnds = 0
        let version = try Camt053Reader().read(contentsOfFile: SharedFixtures.url(Self.samples[0]).path) { event in
            events += 1
            if case .endOfStatement = event { statementEnds += 1 }
        }
        #expect(version == .v02)
        #expect(events == 300 + 2 * 20)
        #expect(statementEnds == 20)
    }

    static let header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
        <BkToCstmrStmt><GrpHdr><MsgId>M</MsgId><CreDtTm>2025-03-22T18:00:00</CreDtTm></GrpHdr>
        <Stmt><Id>S</Id><CreDtTm>2025-03-04T06:00:00</CreDtTm>
        <Acct><Id><IBAN>FR7616958145939889166817855</IBAN></Id><Ccy>EUR</Ccy></Acct>
        <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>
        <Dt><Dt>2025-03-02</Dt></Dt></Bal>

        """

    @Test("a DOCTYPE with entities is refused before any entity is expanded")
    func doctypeRefused() throws {
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE Document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>&b;</BkToCstmrStmt></Document>
            """
        let error = #expect(throws: FactureBankingError.self) { try Camt053Reader().statements(Array(laughs.utf8)) }
        #expect(error?.code == .unsupportedFormat)
        #expect(error?.record == 2)
        let external = """
            <?xml version="1.0"?><!DOCTYPE Document SYSTEM "http://example.invalid/camt.dtd"><Document/>
            """
        #expect(throws: FactureBankingError(code: .unsupportedFormat, message: "")) {
            try Camt053Reader().statements(Array(external.utf8))
        }
    }

    @Test("malformed XML is a malformedRecord error with its line")
    func malformed() throws {
        let broken = Self.header + "<Ntry><Amt Ccy=\"EUR\">1.00</Amt>\n</Stmt></BkToCstmrStmt></Document>\n"
        let error = #expect(throws: FactureBankingError.self) { try Camt053Reader().statements(Array(broken.utf8)) }
        #expect(error?.code == .malformedRecord)
        #expect(error?.record == 9)
    }

    @Test("a missing required element is a malformedRecord error naming the entry's line")
    func missingBookingDate() throws {
        let entry = """
            <Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
            <ValDt><Dt>2025-03-03</Dt></ValDt></Ntry></Stmt></BkToCstmrStmt></Document>
            """
        let error = #expect(throws: FactureBankingError.self) {
            try Camt053Reader().statements(Array((Self.header + entry).utf8))
        }
        #expect(error?.code == .malformedRecord)
        #expect(error?.record == 8)
        #expect(error?.message.contains("BookgDt") == true)
    }

    @Test("a statement without entries still gives its signed balances; debit balances are negative")
    func emptyStatement() throws {
        let text = Self.header + "</Stmt></BkToCstmrStmt></Document>"
        let statements = try Camt053Reader().statements(Array(text.utf8))
        #expect(statements.count == 1)
        #expect(statements.first?.openingBalance == Amount("-10.00"))
        #expect(statements.first?.closingBalance == nil)
    }

    @Test("other ISO 20022 messages and versions are unsupportedFormat")
    func otherVersions() throws {
        for namespace in [
            "urn:iso:std:iso:20022:tech:xsd:camt.053.001.04", "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03",
        ] {
            let text = "<Document xmlns=\"\(namespace)\"><BkToCstmrStmt/></Document>"
            #expect(throws: FactureBankingError(code: .unsupportedFormat, message: "")) {
                try Camt053Reader().statements(Array(text.utf8))
            }
        }
        #expect(throws: FactureBankingError(code: .ioFailure, message: "")) {
            try Camt053Reader().read(contentsOfFile: "/nonexistent/camt.xml") { _ in }
        }
    }

    @Test("nesting deeper than the limit is refused")
    func depthLimit() throws {
        let text =
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
            + String(repeating: "<a>", count: 100) + String(repeating: "</a>", count: 100) + "</Document>"
        #expect(throws: FactureBankingError(code: .malformedRecord, message: "")) {
            try Camt053Reader(limits: .init(maximumDepth: 32)).statements(Array(text.utf8))
        }
    }
}
