// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

/// Reads, writes and re-reads every UBL sample under `shared/conformance/samples`.
@Suite("UBL samples")
struct UBLSampleTests {
    /// Every sample whose root is a UBL 2.1 Invoice or CreditNote, as a path below `shared`.
    static let samples = InvoiceSamples.paths(matching: \.isUBL)

    @Test("the corpus holds the expected UBL samples")
    func corpus() {
        #expect(UBLSampleTests.samples.count >= 21)  // 19 CEN + 2 French CTC when written
        #expect(
            UBLSampleTests.samples.contains { $0.hasSuffix("FT_G2G_TD01_con_Allegato_Bonifico_e_Split_Payment.xml") }
        )
        #expect(UBLSampleTests.samples.contains { $0.hasSuffix("ubl-tc434-creditnote1.xml") })
    }

    @Test("read → model → UBL → model gives an equal model", arguments: UBLSampleTests.samples)
    func roundTrip(sample: String) throws {
        let bytes = Array(try SharedFixtures.data(sample))
        let invoice = try Invoice(ublEncoded: bytes)
        let written = invoice.serializeAsUBL()
        let again = try Invoice(ublEncoded: written)
        if again != invoice {
            Issue.record("\(sample) differs after a round trip:\n\(try UBLSampleTests.difference(invoice, again))")
        }
        let rootName = try XMLDocument(parsing: bytes).root.name
        #expect(try XMLDocument(parsing: written).root.name == rootName)
    }

    @Test("the Italian sample's 3.3 MB attachment is decoded and written back identically")
    func italianAttachment() throws {
        let sample = "conformance/samples/cen-en16931/ubl/FT_G2G_TD01_con_Allegato_Bonifico_e_Split_Payment.xml"
        let invoice = try Invoice(ublEncoded: Array(try SharedFixtures.data(sample)))
        let attachments = invoice.supportingDocuments.compactMap(\.attachment)
        let attachment = try #require(attachments.first)
        #expect(attachment.content.count > 2_000_000)
        #expect(attachment.mimeCode == "application/pdf")
        #expect(Array(attachment.content.prefix(5)) == Array("%PDF-".utf8))
        let again = try Invoice(ublEncoded: invoice.serializeAsUBL())
        #expect(again.supportingDocuments.compactMap(\.attachment) == attachments)
    }

    @Test("hand-checked values of guide-example2.xml")
    func handChecked() throws {
        let invoice = try Invoice(
            ublEncoded: Array(try SharedFixtures.data("conformance/samples/cen-en16931/ubl/guide-example2.xml"))
        )
        #expect(invoice.number == "TOSL108")
        #expect(invoice.issueDate == (try CalendarDate(parsingISO8601: "2013-06-30")))
        #expect(invoice.dueDate == (try CalendarDate(parsingISO8601: "2013-07-20")))
        #expect(invoice.vatPointDate == (try CalendarDate(parsingISO8601: "2013-06-30")))
        #expect(invoice.typeCode == .commercialInvoice)
        #expect(invoice.currency.rawValue == "NOK")
        #expect(invoice.processControl.specificationIdentifier == "urn:cen.eu:en16931:2017")
        #expect(invoice.processControl.businessProcessType == "Invoicing on purchase order")
        #expect(invoice.buyerAccountingReference == "Project cost code 123")
        #expect(invoice.invoicingPeriod?.startDate == (try CalendarDate(parsingISO8601: "2013-06-01")))
        #expect(invoice.seller.name == "Salescompany ltd.")
        #expect(invoice.seller.vatIdentifier == "NO123456789MVA")
        #expect(invoice.seller.legalRegistrationIdentifier == Identifier("123456789", schemeID: "0082"))
        #expect(invoice.buyer.name == "The Buyercompany")
        #expect(invoice.buyer.contact?.email == "john@buyercompany.no")
        #expect(
            invoice.payee
                == Invoice.Payee(
                    name: "Ebeneser Scrooge AS",
                    identifier: Identifier("2298740918237", schemeID: "0088"),
                    legalRegistrationIdentifier: Identifier("989823401", schemeID: "0082")
                )
        )
        #expect(invoice.sellerTaxRepresentative?.vatIdentifier == "NO967611265MVA")
        #expect(invoice.delivery?.locationIdentifier == Identifier("6754238987643", schemeID: "0088"))
        #expect(invoice.delivery?.deliverToAddress?.city == "DeliveryCity")
        #expect(invoice.paymentInstructions?.meansCode == .creditTransfer)
        #expect(invoice.paymentInstructions?.remittanceInformation == "0003434323213231")
        #expect(
            invoice.paymentInstructions?.creditTransfers == [
                Invoice.PaymentInstructions.CreditTransfer(
                    accountIdentifier: "NO9386011117947",
                    serviceProviderIdentifier: "DNBANOKK"
                )
            ]
        )
        #expect(invoice.totals.sumOfLineNetAmounts == (try Amount(parsing: "1436.50")))
        #expect(invoice.totals.totalWithoutVAT == (try Amount(parsing: "1436.50")))
        #expect(invoice.totals.totalVAT == (try Amount(parsing: "365.28")))
        #expect(invoice.totals.totalWithVAT == (try Amount(parsing: "1801.78")))
        #expect(invoice.totals.paidAmount == (try Amount(parsing: "1000.00")))
        #expect(invoice.totals.amountDue == (try Amount(parsing: "801.78")))
        #expect(
            invoice.vatBreakdown.map(\.taxAmount) == [
                try Amount(parsing: "365.13"), try Amount(parsing: "0.15"), .zero,
            ]
        )
        #expect(invoice.lines.count == 5)
        let line = try #require(invoice.lines.first)
        #expect(line.id == "1")
        #expect(line.quantity == (try Quantity(parsing: "2")))
        #expect(line.unitCode == .each)
        #expect(line.netAmount == (try Amount(parsing: "1273.00")))
        #expect(line.item.name == "Laptop computer")
        #expect(line.item.sellerIdentifier == "JB007")
        #expect(line.item.standardIdentifier == Identifier("1234567890128", schemeID: "0088"))
        #expect(line.vat.categoryCode == .standardRate)
        #expect(line.vat.rate == Percentage(25))
    }

    @Test("a CreditNote sample keeps its root and type code through a round trip")
    func creditNoteKeepsRoot() throws {
        let bytes = Array(try SharedFixtures.data("conformance/samples/cen-en16931/ubl/ubl-tc434-creditnote1.xml"))
        let invoice = try Invoice(ublEncoded: bytes)
        #expect(invoice.typeCode == .creditNote)
        let written = invoice.serializeAsUBL()
        let document = try XMLDocument(parsing: written)
        #expect(document.root.name == "CreditNote")
        #expect(document.root.namespace == UBLNamespace.creditNote)
        #expect(document.root.children(UBLNamespace.cac, "CreditNoteLine").count == invoice.lines.count)
        #expect(try Invoice(ublEncoded: written) == invoice)
    }

    /// The compiled UBL 2.1 Invoice and CreditNote schemas.
    static let schemas: (invoice: XMLSchemaValidator, creditNote: XMLSchemaValidator)? = {
        guard let directory = try? SharedFixtures.url("conformance/ubl-2.1"),
            let invoice = try? XMLSchemaValidator(
                schemaFile: directory.appendingPathComponent("maindoc/UBL-Invoice-2.1.xsd"),
                directory: directory
            ),
            let creditNote = try? XMLSchemaValidator(
                schemaFile: directory.appendingPathComponent("maindoc/UBL-CreditNote-2.1.xsd"),
                directory: directory
            )
        else { return nil }
        return (invoice, creditNote)
    }()

    @Test(
        "what the writer produces is valid against the UBL 2.1 XSD",
        arguments: UBLSampleTests.samples + ["built:380", "built:381", "built:262", "built:389"]
    )
    func schemaValid(sample: String) throws {
        let invoice: Invoice
        if sample.hasPrefix("built:") {
            invoice = try UBLTreeTests.fullInvoice(typeCode: DocumentTypeCode(rawValue: String(sample.dropFirst(6))))
        } else {
            invoice = try Invoice(ublEncoded: Array(try SharedFixtures.data(sample)))
        }
        let schemas = try #require(UBLSampleTests.schemas)
        let validator = invoice.typeCode.isCreditNote ? schemas.creditNote : schemas.invoice
        let violations = try validator.validate(invoice.serializeAsUBL())
        #expect(violations == [], "\(sample): \(violations.prefix(3))")
    }

    @Test("the schema check is not vacuous: a misordered header is reported")
    func schemaCheckCatchesMisorder() throws {
        var document = try UBLTreeTests.fullInvoice(typeCode: .commercialInvoice).ublDocument()
        document.root.content.swapAt(2, 3)  // cbc:ID after cbc:IssueDate
        let schemas = try #require(UBLSampleTests.schemas)
        #expect(try schemas.invoice.validate(document.serialized()).isEmpty == false)
    }

    /// The lines of the two invoices' JSON encodings that differ.
    static func difference(_ lhs: Invoice, _ rhs: Invoice) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let left = String(decoding: try encoder.encode(lhs), as: UTF8.self).split(separator: "\n")
        let right = String(decoding: try encoder.encode(rhs), as: UTF8.self).split(separator: "\n")
        var lines: [String] = []
        for change in right.difference(from: left) {
            switch change {
            case .remove(let offset, let element, _): lines.append("- [\(offset)] \(element.prefix(200))")
            case .insert(let offset, let element, _): lines.append("+ [\(offset)] \(element.prefix(200))")
            }
            if lines.count > 30 { break }
        }
        return lines.joined(separator: "\n")
    }
}
