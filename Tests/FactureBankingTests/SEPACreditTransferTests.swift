// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FacturX
import FactureBanking
import FactureModel
import FactureTestSupport
import Foundation
import Testing

@Suite("SEPA credit transfer writer (pain.001)")
struct SEPACreditTransferTests {
    static func order() throws -> SEPAPaymentOrder {
        SEPAPaymentOrder(
            messageID: "JFD-PAIN-42",
            creationTime: try SEPADateTime(
                date: CalendarDate(year: 2025, month: 3, day: 3),
                hour: 9,
                minute: 0,
                second: 0
            ),
            debtorName: "Jefacture Démo SAS",
            debtorIBAN: "FR76 1695 8145 9398 8916 6817 855",
            debtorBIC: "QNTOFRP1",
            requestedExecutionDate: try CalendarDate(year: 2025, month: 3, day: 4),
            batchBooking: true,
            transfers: [
                SEPACreditTransfer(
                    creditorName: "Maçonnerie Moulin & Associés",
                    creditorIBAN: "FR7610107088523441898068639",
                    creditorBIC: "BREDFRPP",
                    amount: try Amount(parsing: "4076.15"),
                    endToEndID: "JFD-E2E-00000036",
                    instructionID: "INS00000036",
                    remittance: .unstructured("F8051 F8065 – échéance 2/2")
                ),
                SEPACreditTransfer(
                    creditorName: "Ets Le Roux",
                    creditorIBAN: "FR7617515096331245225594695",
                    creditorBIC: "CEPAFRPP751",
                    amount: try Amount(parsing: "984"),
                    endToEndID: "JFD-E2E-00000037",
                    instructionID: "INS00000037",
                    remittance: .creditorReference("RF73202500032")
                ),
                SEPACreditTransfer(
                    creditorName: "Fromagerie Guillaume SA",
                    creditorIBAN: "FR7630004439125436270608237",
                    amount: try Amount(parsing: "0.5"),
                    endToEndID: "JFD-E2E-00000038",
                    remittance: .unstructured("FAC-2025-7091")
                ),
            ]
        )
    }

    static func validator(_ version: Pain001Version) throws -> XMLSchemaValidator {
        let name = version == .v03 ? "pain.001.001.03.xsd" : "pain.001.001.09.xsd"
        return try XMLSchemaValidator(
            schemaFile: SharedFixtures.url("banking/xsd/\(name)"),
            directory: SharedFixtures.url("banking/xsd")
        )
    }

    /// Every element name used in a document, with its parent: `Parent/Child`.
    static func structure(_ element: XMLElement, parent: String = "", into set: inout Set<String>) {
        set.insert(parent + "/" + element.name)
        for child in element.children { structure(child, parent: element.name, into: &set) }
    }

    @Test(
        "the output is XSD-valid, with one PmtInf and computed count and control sum",
        arguments: Pain001Version.allCases
    )
    func valid(version: Pain001Version) throws {
        let bytes = try SEPACreditTransferWriter(version: version).write(Self.order())
        let violations = try Self.validator(version).validate(bytes)
        #expect(violations.isEmpty, "\(violations)")

        let document = try XMLDocument(parsing: bytes)
        let ns = version.namespace
        let initiation = try #require(document.root.child(ns, "CstmrCdtTrfInitn"))
        let header = try #require(initiation.child(ns, "GrpHdr"))
        #expect(header.child(ns, "NbOfTxs")?.text == "3")
        #expect(header.child(ns, "CtrlSum")?.text == "5060.65")
        #expect(header.child(ns, "CreDtTm")?.text == "2025-03-03T09:00:00")
        let blocks = initiation.children(ns, "PmtInf")
        #expect(blocks.count == 1)
        let block = try #require(blocks.first)
        #expect(block.child(ns, "NbOfTxs")?.text == "3")
        #expect(block.child(ns, "CtrlSum")?.text == "5060.65")
        #expect(block.child(ns, "BtchBookg")?.text == "true")
        #expect(block.child(ns, "Dbtr")?.child(ns, "Nm")?.text == "Jefacture Demo SAS")
        #expect(block.child(ns, "DbtrAcct")?.child(ns, "Id")?.child(ns, "IBAN")?.text == "FR7616958145939889166817855")
        let transfers = block.children(ns, "CdtTrfTxInf")
        #expect(transfers.count == 3)
        #expect(transfers.first?.child(ns, "Cdtr")?.child(ns, "Nm")?.text == "Maconnerie Moulin + Associes")
        #expect(transfers.first?.child(ns, "RmtInf")?.child(ns, "Ustrd")?.text == "F8051 F8065 - echeance 2/2")
        #expect(transfers.map { $0.child(ns, "Amt")?.child(ns, "InstdAmt")?.text } == ["4076.15", "984.00", "0.50"])
        let reference = transfers[1].child(ns, "RmtInf")?.child(ns, "Strd")?.child(ns, "CdtrRefInf")
        #expect(reference?.child(ns, "Ref")?.text == "RF73202500032")
        #expect(reference?.child(ns, "Tp")?.child(ns, "CdOrPrtry")?.child(ns, "Cd")?.text == "SCOR")
        #expect(reference?.child(ns, "Tp")?.child(ns, "Issr")?.text == "ISO")
    }

    @Test(
        "the writer uses the same elements, in the same places, as the generator's sample",
        arguments: [
            (Pain001Version.v03, "banking/sample/pain001_v03.xml"),
            (Pain001Version.v09, "banking/sample/pain001_v09.xml"),
        ]
    )
    func sameStructureAsSample(version: Pain001Version, sample: String) throws {
        var ours = Set<String>()
        Self.structure(
            try XMLDocument(parsing: SEPACreditTransferWriter(version: version).write(Self.order())).root,
            into: &ours
        )
        var theirs = Set<String>()
        Self.structure(try XMLDocument(parsing: SharedFixtures.data(sample)).root, into: &theirs)
        #expect(
            ours == theirs,
            "only ours: \(ours.subtracting(theirs)), only the sample's: \(theirs.subtracting(ours))"
        )
        // The sample itself is valid against the schema we validate ours with.
        #expect(try Self.validator(version).validate(SharedFixtures.data(sample)).isEmpty)
    }

    @Test("a debtor without BIC is written NOTPROVIDED and stays valid", arguments: Pain001Version.allCases)
    func noDebtorBIC(version: Pain001Version) throws {
        var order = try Self.order()
        order.debtorBIC = nil
        let bytes = try SEPACreditTransferWriter(version: version).write(order)
        #expect(try Self.validator(version).validate(bytes).isEmpty)
        #expect(String(decoding: bytes, as: UTF8.self).contains("<Othr><Id>NOTPROVIDED</Id></Othr>"))
    }

    static func failure(_ change: (inout SEPAPaymentOrder) throws -> Void) throws -> FactureBankingError? {
        var order = try order()
        try change(&order)
        return #expect(throws: FactureBankingError.self) { try SEPACreditTransferWriter().write(order) }
    }

    @Test("invalid IBAN, zero or sub-cent amount, duplicate end-to-end id, long remittance are invalidPayment")
    func invalidPayments() throws {
        let badIBAN = try Self.failure { $0.transfers[1].creditorIBAN = "FR7617515096331245225594696" }
        #expect(badIBAN?.code == .invalidPayment)
        #expect(badIBAN?.message.contains("transfer 2 (JFD-E2E-00000037): creditor IBAN") == true)

        let zero = try Self.failure { $0.transfers[2].amount = .zero }
        #expect(zero?.code == .invalidPayment)
        #expect(zero?.message.contains("transfer 3") == true)
        #expect(zero?.message.contains("not positive") == true)

        let negative = try Self.failure { $0.transfers[0].amount = try Amount(parsing: "-1.00") }
        #expect(negative?.code == .invalidPayment)

        let subCent = try Self.failure { $0.transfers[0].amount = try Amount(parsing: "1.005") }
        #expect(subCent?.code == .invalidPayment)
        #expect(subCent?.message.contains("2 decimals") == true)

        let duplicate = try Self.failure { $0.transfers[2].endToEndID = "JFD-E2E-00000036" }
        #expect(duplicate?.code == .invalidPayment)
        #expect(duplicate?.message.contains("already used by transfer 1") == true)

        let long = try Self.failure {
            $0.transfers[0].remittance = .unstructured(String(repeating: "FA2025-0001 ", count: 12))
        }
        #expect(long?.code == .invalidPayment)
        #expect(long?.message.contains("more than 140") == true)

        let longID = try Self.failure { $0.transfers[0].endToEndID = String(repeating: "E", count: 36) }
        #expect(longID?.message.contains("end-to-end id") == true)

        let charset = try Self.failure { $0.transfers[0].endToEndID = "E2E_é" }
        #expect(charset?.code == .invalidPayment)

        let badReference = try Self.failure { $0.transfers[1].remittance = .creditorReference("RF00202500032") }
        #expect(badReference?.message.contains("ISO 11649") == true)

        let badBIC = try Self.failure { $0.transfers[0].creditorBIC = "BRED" }
        #expect(badBIC?.message.contains("creditor BIC") == true)

        let empty = try Self.failure { $0.transfers = [] }
        #expect(empty?.code == .invalidPayment)
    }

    @Test("transliteration keeps SEPA characters and replaces the rest")
    func transliteration() {
        #expect(
            SEPAText.transliterated("Société Générale & Fils — Œuvre «n°1»") == "Societe Generale + Fils - OEuvre 'no1'"
        )
        #expect(SEPAText.transliterated("  a\u{0301}   b\t_c  ") == "a b -c")
        #expect(SEPAText.transliterated("Straße 1/2 (Köln)?") == "Strasse 1/2 (Koln)?")
        #expect(SEPAText.transliterated("日本").allSatisfy { $0 == "." })
    }
}
