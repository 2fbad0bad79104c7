// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureBanking
import FactureModel
import FactureTestSupport
import Foundation
import Testing

@Suite("pain.001 payment run reader")
struct PaymentRunReaderTests {
    static let samples = ["banking/sample/pain001_v03.xml", "banking/sample/pain001_v09.xml"]

    static func runs(_ path: String) throws -> [PaymentRun] {
        try PaymentRunReader().paymentRuns(Array(SharedFixtures.data(path)))
    }

    @Test(
        "the dev samples give 27 runs and 123 transfers whose amounts add up to the group control sum",
        arguments: samples
    )
    func counts(path: String) throws {
        let runs = try Self.runs(path)
        #expect(runs.count == 27)
        #expect(runs.flatMap(\.transfers).count == 123)
        #expect(runs.map(\.transfers.count).prefix(3) == [4, 8, 5])
        #expect(runs.first?.id == "PMT20250303-0011")
        #expect(runs.last?.id == "PMT20250322-0014")
        let total = runs.flatMap(\.transfers).reduce(Amount.zero) { $0 + $1.amount }
        #expect(total == Amount("205737.61"))
        #expect(Set(runs.flatMap(\.transfers).map(\.endToEndID)).count == 123)
    }

    @Test("transfers carry the file's end-to-end id, creditor, IBAN, amount and remittance", arguments: samples)
    func concreteTransfers(path: String) throws {
        let transfers = try Self.runs(path).flatMap(\.transfers)
        let first = try #require(transfers.first)
        #expect(first.endToEndID == "JFD-E2E-00000016")
        #expect(first.creditorName == "Ets Le Roux")
        #expect(first.creditorIBAN?.rawValue == "FR7617515096331245225594695")
        #expect(first.amount == Amount("2596.50"))
        #expect(first.remittance == ["008717 008739 008749"])
        #expect(first.creditorReference == nil)

        let structured = try #require(transfers.first { $0.endToEndID == "JFD-E2E-00000035" })
        #expect(structured.creditorName == "Ets Paris")
        #expect(structured.amount == Amount("144.00"))
        #expect(structured.creditorReference == "RF812770520250943")
        #expect(structured.remittance.isEmpty)

        // Accents come through as UTF-8, `&amp;` as `&`.
        let accented = try #require(transfers.first { $0.endToEndID == "JFD-E2E-00000036" })
        #expect(accented.creditorName == "Maçonnerie Moulin et Associés")
        let ampersand = try #require(transfers.first { $0.endToEndID == "JFD-E2E-00000041" })
        #expect(ampersand.creditorName == "Agence Adam & Fils")
        #expect(ampersand.remittance == ["INV88876"])
        #expect(transfers.filter { $0.creditorReference != nil }.count == 16)
        #expect(transfers.allSatisfy { $0.creditorIBAN != nil })
    }

    @Test("v03 and v09 give the same runs; the file reader agrees with the in-memory one")
    func versionsAgree() throws {
        let v03 = try Self.runs(Self.samples[0])
        let v09 = try Self.runs(Self.samples[1])
        #expect(v03 == v09)
        let fromFile = try PaymentRunReader().paymentRuns(contentsOfFile: SharedFixtures.url(Self.samples[1]).path)
        #expect(fromFile == v09)
    }

    static func order() throws -> SEPAPaymentOrder {
        SEPAPaymentOrder(
            messageID: "RT-MSG-1",
            paymentInformationID: "RT-RUN-1",
            creationTime: try SEPADateTime(
                date: CalendarDate(year: 2025, month: 4, day: 1),
                hour: 8,
                minute: 30,
                second: 0
            ),
            debtorName: "Jefacture Démo SAS",
            debtorIBAN: "FR7616958145939889166817855",
            debtorBIC: "QNTOFRP1",
            requestedExecutionDate: try CalendarDate(year: 2025, month: 4, day: 2),
            transfers: [
                SEPACreditTransfer(
                    creditorName: "Maçonnerie Moulin & Associés",
                    creditorIBAN: "FR76 1010 7088 5234 4189 8068 639",
                    creditorBIC: "BREDFRPP",
                    amount: try Amount(parsing: "4076.15"),
                    endToEndID: "S0000060",
                    remittance: .unstructured("F8051 F8065")
                ),
                SEPACreditTransfer(
                    creditorName: "Ets Paris",
                    creditorIBAN: "FR7618206265199876575396236",
                    amount: try Amount(parsing: "0.5"),
                    endToEndID: "S0000061",
                    remittance: .creditorReference("RF812770520250943")
                ),
                SEPACreditTransfer(
                    creditorName: "Fromagerie Guillaume SA",
                    creditorIBAN: "FR7630004439125436270608237",
                    amount: try Amount(parsing: "1461.13"),
                    endToEndID: "S0000062"
                ),
            ]
        )
    }

    @Test("what SEPACreditTransferWriter writes reads back as the same run", arguments: Pain001Version.allCases)
    func roundTrip(version: Pain001Version) throws {
        let order = try Self.order()
        let bytes = try SEPACreditTransferWriter(version: version).write(order)
        let runs = try PaymentRunReader().paymentRuns(bytes)
        let expected = PaymentRun(
            id: "RT-RUN-1",
            transfers: [
                PaymentRunTransfer(
                    endToEndID: "S0000060",
                    creditorName: "Maconnerie Moulin + Associes",
                    creditorIBAN: try IBAN("FR7610107088523441898068639"),
                    amount: try Amount(parsing: "4076.15"),
                    remittance: ["F8051 F8065"]
                ),
                PaymentRunTransfer(
                    endToEndID: "S0000061",
                    creditorName: "Ets Paris",
                    creditorIBAN: try IBAN("FR7618206265199876575396236"),
                    amount: try Amount(parsing: "0.50"),
                    creditorReference: "RF812770520250943"
                ),
                PaymentRunTransfer(
                    endToEndID: "S0000062",
                    creditorName: "Fromagerie Guillaume SA",
                    creditorIBAN: try IBAN("FR7630004439125436270608237"),
                    amount: try Amount(parsing: "1461.13")
                ),
            ]
        )
        #expect(runs == [expected])
    }

    static func document(_ transfer: String, namespace: String = Pain001Version.v03.namespace) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="\(namespace)">
        <CstmrCdtTrfInitn><PmtInf><PmtInfId>RUN</PmtInfId>
        <CdtTrfTxInf><PmtId><EndToEndId>E2E-1</EndToEndId></PmtId>
        \(transfer)
        </CdtTrfTxInf></PmtInf></CstmrCdtTrfInitn></Document>
        """
    }

    @Test("a DOCTYPE with entities is refused before any entity is expanded")
    func doctypeRefused() throws {
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE Document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn>&b;</CstmrCdtTrfInitn></Document>
            """
        let error = #expect(throws: FactureBankingError.self) { try PaymentRunReader().paymentRuns(Array(laughs.utf8)) }
        #expect(error?.code == .unsupportedFormat)
        #expect(error?.record == 2)
        let external = """
            <?xml version="1.0"?><!DOCTYPE Document SYSTEM "http://example.invalid/pain.dtd"><Document/>
            """
        #expect(throws: FactureBankingError(code: .unsupportedFormat, message: "")) {
            try PaymentRunReader().paymentRuns(Array(external.utf8))
        }
    }

    @Test("another message, version or root element is unsupportedFormat")
    func wrongRoot() throws {
        for namespace in [
            "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02", "urn:iso:std:iso:20022:tech:xsd:pain.001.001.02",
            "urn:iso:std:iso:20022:tech:xsd:pain.008.001.02",
        ] {
            let error = #expect(throws: FactureBankingError.self) {
                try PaymentRunReader().paymentRuns(Array(Self.document("", namespace: namespace).utf8))
            }
            #expect(error?.code == .unsupportedFormat)
            #expect(error?.message.contains(namespace) == true)
        }
        let wrongName = "<Doc xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>"
        #expect(throws: FactureBankingError(code: .unsupportedFormat, message: "")) {
            try PaymentRunReader().paymentRuns(Array(wrongName.utf8))
        }
        let camt = try SharedFixtures.data("banking/sample/camt053_v02.xml")
        #expect(throws: FactureBankingError(code: .unsupportedFormat, message: "")) {
            try PaymentRunReader().paymentRuns(Array(camt))
        }
    }

    @Test("an unreadable amount or IBAN is malformedRecord naming the element and its line")
    func badValues() throws {
        let iban = "<CdtrAcct><Id><IBAN>FR7610107088523441898068638</IBAN></Id></CdtrAcct>"
        for (transfer, element) in [
            ("<Amt><InstdAmt Ccy=\"EUR\">12,50</InstdAmt></Amt>", "InstdAmt"),
            ("<Amt><InstdAmt Ccy=\"EUR\">-3.00</InstdAmt></Amt>", "InstdAmt"),
            ("<Amt><InstdAmt Ccy=\"EUR\">1.00</InstdAmt></Amt>" + iban, "IBAN"),
        ] {
            let error = #expect(throws: FactureBankingError.self) {
                try PaymentRunReader().paymentRuns(Array(Self.document(transfer).utf8))
            }
            #expect(error?.code == .malformedRecord)
            #expect(error?.message.contains(element) == true, "\(error?.message ?? "")")
            #expect(error?.record == 5)
        }
        let noAmount = #expect(throws: FactureBankingError.self) {
            try PaymentRunReader().paymentRuns(Array(Self.document("<Cdtr><Nm>X</Nm></Cdtr>").utf8))
        }
        #expect(noAmount?.code == .malformedRecord)
        #expect(noAmount?.message.contains("InstdAmt") == true)
    }

    @Test("malformed XML, nesting beyond the limit and a missing file are refused")
    func otherRefusals() throws {
        let broken = Self.document("<Amt><InstdAmt Ccy=\"EUR\">1.00</Amt>")
        let error = #expect(throws: FactureBankingError.self) { try PaymentRunReader().paymentRuns(Array(broken.utf8)) }
        #expect(error?.code == .malformedRecord)
        #expect(error?.record == 5)
        let deep =
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\">"
            + String(repeating: "<a>", count: 100) + String(repeating: "</a>", count: 100) + "</Document>"
        #expect(throws: FactureBankingError(code: .malformedRecord, message: "")) {
            try PaymentRunReader(limits: .init(maximumDepth: 32)).paymentRuns(Array(deep.utf8))
        }
        let large = Self.document("<Amt><InstdAmt Ccy=\"EUR\">1.00</InstdAmt></Amt>")
        #expect(throws: FactureBankingError(code: .malformedRecord, message: "")) {
            try PaymentRunReader(limits: .init(maximumBytes: 64)).paymentRuns(Array(large.utf8))
        }
        #expect(throws: FactureBankingError(code: .ioFailure, message: "")) {
            try PaymentRunReader().paymentRuns(contentsOfFile: "/nonexistent/pain.xml")
        }
    }
}
