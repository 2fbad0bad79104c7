// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import FactureOCR
import FactureTestSupport
import Foundation
import Testing

/// Field extraction from the text layer of the corpus text PDFs, against their ground truth.
@Suite struct InvoiceFieldExtractorTests {
    /// The fields compared here, with the contract's JSON key.
    static let fields: [(key: String, value: @Sendable (ExtractedInvoice) -> String?)] = [
        ("supplier_siren", \.supplierSIREN), ("supplier_siret", \.supplierSIRET), ("supplier_vat", \.supplierVAT),
        ("invoice_number", \.invoiceNumber), ("issue_date", \.issueDate), ("due_date", \.dueDate),
        ("currency", \.currency), ("total_ht", \.totalHT), ("total_tva", \.totalTVA), ("total_ttc", \.totalTTC),
        ("amount_due", \.amountDue), ("iban", \.iban), ("po_reference", \.poReference),
        ("document_type", \.documentType),
    ]

    @Test func readsTheTextPDFsOfTheCorpus() throws {
        let manifest = try JSONDecoder().decode(
            PDFTextLayerTests.Manifest.self,
            from: try SharedFixtures.data("ocr-corpus/dev/manifest.json")
        )
        let documents = manifest.documents.filter { $0.variant == "text_pdf" }
        var right = 0
        var total = 0
        var misses: [String] = []
        for document in documents {
            let pages = try PDFTextLayer.pages(ofPDF: try SharedFixtures.data("ocr-corpus/dev/" + document.input))
            let fields = InvoiceFieldExtractor().extract(from: pages, source: .text)
            let truth =
                try JSONSerialization.jsonObject(
                    with: try SharedFixtures.data("ocr-corpus/dev/truth/\(document.stem).json")
                ) as? [String: Any]
            for field in Self.fields {
                total += 1
                let expected = truth?[field.key] as? String
                if Self.normalized(field.value(fields)) == Self.normalized(expected) {
                    right += 1
                } else {
                    misses.append(
                        "\(document.stem) \(field.key): \(field.value(fields) ?? "nil") ≠ \(expected ?? "nil")"
                    )
                }
                // Every field carries a confidence.
                #expect(fields.confidence[field.key] != nil, "\(document.stem) \(field.key) has a confidence")
            }
            #expect(fields.source == .text)
        }
        let accuracy = Double(right) / Double(total)
        // A regression guard at the level reached (the scorer's full measure is in the closing notes).
        #expect(accuracy >= 0.96, "accuracy \(accuracy); misses:\n\(misses.joined(separator: "\n"))")
    }

    static func normalized(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value.uppercased().filter { !$0.isWhitespace && $0 != "." && $0 != "-" }
    }

    @Test func keepsTheBuyerApartFromTheSupplier() {
        func word(_ text: String, _ x: Double, _ y: Double) -> TextWord {
            TextWord(text: text, box: TextBox(x: x, y: y, width: Double(text.count) * 5, height: 9))
        }
        // The supplier's SIRET twice (header and legal footer), the client's SIREN once.
        let words = [
            word("Dupont", 40, 40), word("SARL", 80, 40),
            word("SIRET", 40, 60), word("732", 80, 60), word("829", 100, 60), word("320", 120, 60),
            word("00074", 140, 60),
            word("Facture", 40, 100), word("n°", 90, 100), word("F-2026-001", 110, 100),
            word("SIREN", 300, 120), word("client", 335, 120), word(":", 370, 120), word("542107651", 380, 120),
            word("Total", 300, 200), word("HT", 330, 200), word("100,00", 420, 200),
            word("TVA", 300, 212), word("20", 330, 212), word("%", 345, 212), word("20,00", 420, 212),
            word("Total", 300, 224), word("TTC", 330, 224), word("120,00", 420, 224),
            word("Dupont", 40, 300), word("SARL", 80, 300), word("-", 110, 300), word("SIRET", 120, 300),
            word("73282932000074", 160, 300),
        ]
        let page = TextPage(number: 1, width: 595, height: 842, words: words, origin: .textLayer)
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .text)
        #expect(fields.supplierSIRET == "73282932000074")
        #expect(fields.supplierSIREN == "732829320")
        #expect(fields.buyerSIREN == "542107651")
        #expect(fields.invoiceNumber == "F-2026-001")
        #expect(fields.totalHT == "100.00")
        #expect(fields.totalTVA == "20.00")
        #expect(fields.totalTTC == "120.00")
        #expect(fields.supplierName == "Dupont SARL")
        // With the dossier's own SIREN given as the supplier's, the roles swap.
        let own = InvoiceFieldExtractor(ownSIREN: "732829320").extract(from: [page], source: .text)
        #expect(own.supplierSIREN == "542107651")
    }
}
