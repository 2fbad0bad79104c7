// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import Foundation
import Testing

@Suite("ExtractedInvoice: the extract --json contract")
struct ExtractedInvoiceTests {
    private func invoice(typeCode: DocumentTypeCode = .commercialInvoice, sign: String = "") throws -> Invoice {
        var invoice = Invoice(
            number: "AV-7",
            issueDate: try CalendarDate(year: 2026, month: 3, day: 5),
            typeCode: typeCode,
            purchaseOrderReference: "PO 12",
            seller: Invoice.Seller(
                name: "Vendeur SARL",
                identifiers: [.siret("73282932000074")],
                vatIdentifier: "FR 44 732 829 320"
            ),
            buyer: Invoice.Buyer(name: "Acheteur SA", vatIdentifier: "FR03552081317"),
            paymentInstructions: Invoice.PaymentInstructions(
                meansCode: "58",
                creditTransfers: [
                    .init(
                        accountIdentifier: "FR14 2004 1010 0505 0001 3M02 606",
                        serviceProviderIdentifier: "PSSTFRPPXXX"
                    )
                ]
            ),
            lines: [
                Invoice.Line(
                    id: "1",
                    quantity: try Quantity(parsing: sign + "5.0000"),
                    unitCode: "C62",
                    netAmount: .zero,
                    price: .init(netPrice: try Amount(parsing: "4.55")),
                    vat: .init(categoryCode: .standardRate, rate: try Percentage(parsing: "5.5")),
                    item: .init(name: "Nougat 250g")
                )
            ]
        )
        invoice = invoice.withComputedTotals()
        return invoice
    }

    @Test("every contract key is written, absent ones as null, amounts with two decimals")
    func jsonShape() throws {
        let fields = ExtractedInvoice(invoice: try invoice(), source: .xml)
        let data = try JSONEncoder().encode(fields)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ExtractedInvoice.fieldKeys + ["confidence", "source"] {
            #expect(object.keys.contains(key), "missing key \(key)")
        }
        #expect(object["due_date"] is NSNull)
        #expect(object["source"] as? String == "xml")
        #expect(fields.supplierSIREN == "732829320")
        #expect(fields.supplierSIRET == "73282932000074")
        #expect(fields.supplierVAT == "FR44732829320")
        #expect(fields.buyerSIREN == "552081317")
        #expect(fields.iban == "FR1420041010050500013M02606")
        #expect(fields.issueDate == "2026-03-05")
        #expect(fields.totalHT == "22.75")
        #expect(fields.totalTVA == "1.25")
        #expect(fields.totalTTC == "24.00")
        #expect(fields.vatBreakdown == [.init(rate: "5.50", base: "22.75", amount: "1.25")])
        #expect(
            fields.lines == [
                .init(description: "Nougat 250g", quantity: "5", unitPrice: "4.55", lineTotal: "22.75", vatRate: "5.50")
            ]
        )
        #expect(fields.documentType == "invoice")
        #expect(fields.confidence["total_ttc"] == 1)
        #expect(try JSONDecoder().decode(ExtractedInvoice.self, from: data) == fields)
    }

    @Test("a 381 credit note and a negative 380 invoice are both credit notes, amounts keep their sign")
    func creditNotes() throws {
        #expect(
            ExtractedInvoice(invoice: try invoice(typeCode: .creditNote), source: .xml).documentType == "credit_note"
        )
        let negative = ExtractedInvoice(invoice: try invoice(sign: "-"), source: .facturX)
        #expect(negative.documentType == "credit_note")
        #expect(negative.totalTTC == "-24.00")
        #expect(negative.lines.first?.quantity == "-5")
    }
}
