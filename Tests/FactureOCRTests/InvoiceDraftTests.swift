// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FacturX
import FactureModel
import FactureOCR
import FactureTestSupport
import Foundation
import Testing

/// Drafts in the model, and their Factur-X, from fields read off the corpus text PDFs.
@Suite struct InvoiceDraftTests {
    @Test func draftsTheTextPDFsAsFacturX() throws {
        let manifest = try JSONDecoder().decode(
            PDFTextLayerTests.Manifest.self,
            from: try SharedFixtures.data("ocr-corpus/dev/manifest.json")
        )
        var profiles: [FacturXProfile: Int] = [:]
        for document in manifest.documents where document.variant == "text_pdf" {
            let pages = try PDFTextLayer.pages(ofPDF: try SharedFixtures.data("ocr-corpus/dev/" + document.input))
            let fields = InvoiceFieldExtractor().extract(from: pages, source: .text)
            let draft = InvoiceDraft(fields)
            let invoice = try #require(draft.invoice, "\(document.stem): \(draft.missingFields)")
            profiles[draft.profile, default: 0] += 1
            // What the draft holds is what was read.
            #expect(invoice.number == fields.invoiceNumber)
            #expect(invoice.totals.totalWithVAT.decimal.magnitude == ExactDecimal(fields.totalTTC ?? "")?.magnitude)
            #expect(invoice.typeCode == (fields.documentType == "credit_note" ? .creditNote : .commercialInvoice))
            // Its Factur-X reads back into the same invoice number and totals.
            let xml = try #require(draft.facturXML)
            let reread = try InvoiceXMLDocument(xmlEncoded: xml).invoice
            #expect(reread.number == invoice.number)
            #expect(reread.totals.amountDue == invoice.totals.amountDue)
            // The report is the official verdict; the calculation rules hold on what was read.
            let report = try #require(draft.report)
            let calculation = report.violations.filter { ["BR-CO-13", "BR-CO-15", "BR-CO-16"].contains($0.ruleID) }
            #expect(calculation.isEmpty, "\(document.stem): \(calculation.map(\.ruleID))")
            if draft.profile == .en16931 {
                #expect(invoice.lines.count == fields.lines.count)
                let lineRules = report.violations.filter { ["BR-CO-10", "BR-CO-14"].contains($0.ruleID) }
                #expect(lineRules.isEmpty, "\(document.stem): \(lineRules.map(\.ruleID))")
            }
        }
        // Both profiles occur: complete tables as EN 16931, the rest as BASIC WL.
        #expect(profiles[.en16931, default: 0] > 15, "\(profiles)")
    }

    @Test func refusesToDraftWithoutTheEssentials() {
        var fields = ExtractedInvoice(source: .ocr)
        fields.invoiceNumber = "F-1"
        fields.totalHT = "100.00"
        let draft = InvoiceDraft(fields)
        #expect(draft.invoice == nil)
        #expect(draft.missingFields == ["issue_date", "total_ttc"])
        #expect(draft.facturXML == nil)
    }
}
