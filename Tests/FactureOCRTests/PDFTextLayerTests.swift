// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureOCR
import FactureTestSupport
import Foundation
import Testing

/// The text layer of the corpus PDFs, read with poppler, and the grouping of words into lines.
@Suite struct PDFTextLayerTests {
    /// One document of the corpus manifest.
    struct Document: Decodable {
        var stem: String
        var variant: String
        var input: String
    }

    struct Manifest: Decodable {
        var documents: [Document]
    }

    static func documents(variant: String, suffix: String) throws -> [Document] {
        let data = try SharedFixtures.data("ocr-corpus/dev/manifest.json")
        return try JSONDecoder().decode(Manifest.self, from: data).documents.filter {
            $0.variant == variant && $0.input.hasSuffix(suffix)
        }
    }

    /// The invoice number the truth file records for a document.
    static func invoiceNumber(_ stem: String) throws -> String {
        let data = try SharedFixtures.data("ocr-corpus/dev/truth/\(stem).json")
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return try #require(object?["invoice_number"] as? String)
    }

    @Test func textPDFsGiveTheirWordsOnLines() throws {
        let documents = try Self.documents(variant: "text_pdf", suffix: ".pdf")
        #expect(documents.count == 30)
        for document in documents {
            let bytes = try SharedFixtures.data("ocr-corpus/dev/" + document.input)
            let pages = try PDFTextLayer.pages(ofPDF: bytes)
            #expect(!pages.isEmpty)
            #expect(PDFTextLayer.hasText(pages), "\(document.stem) has a text layer")
            let page = try #require(pages.first)
            #expect(page.origin == .textLayer)
            // A4 or US Letter, in points.
            #expect((590...620).contains(page.width), "\(document.stem): width \(page.width)")
            #expect(page.words.allSatisfy { $0.confidence == 1 && $0.box.maxX <= page.width + 1 })
            let number = try Self.invoiceNumber(document.stem)
            let text = pages.map(\.text).joined(separator: "\n")
            #expect(text.contains(number), "\(document.stem): \(number) in the text layer")
            // Lines go top to bottom.
            let tops = page.lines.map(\.box.y)
            #expect(tops == tops.sorted(), "\(document.stem): lines in reading order")
        }
    }

    @Test func scannedPDFsHaveNoTextLayer() throws {
        let documents = try Self.documents(variant: "scan", suffix: ".pdf")
        #expect(!documents.isEmpty)
        for document in documents {
            let pages = try PDFTextLayer.pages(ofPDF: try SharedFixtures.data("ocr-corpus/dev/" + document.input))
            #expect(!pages.isEmpty)
            #expect(!PDFTextLayer.hasText(pages), "\(document.stem) is a scan")
        }
    }

    @Test func groupsWordsIntoLines() {
        func word(_ text: String, _ x: Double, _ y: Double, height: Double = 10) -> TextWord {
            TextWord(text: text, box: TextBox(x: x, y: y, width: Double(text.count) * 5, height: height))
        }
        // A label and its value a point lower, then two table rows 12 points apart.
        let words = [
            word("1.965,58", 400, 101), word("Total", 50, 100), word("TTC", 80, 100),
            word("Pommes", 50, 130), word("12,00", 400, 130),
            word("Poires", 50, 142), word("8,00", 400, 142.5),
        ]
        let page = TextPage(number: 1, width: 595, height: 842, words: words, origin: .recognition)
        #expect(page.lines.map(\.text) == ["Total TTC 1.965,58", "Pommes 12,00", "Poires 8,00"])
        #expect(page.lines[0].segments().map(\.text) == ["Total TTC", "1.965,58"])
        #expect(page.text == "Total TTC 1.965,58\nPommes 12,00\nPoires 8,00")
    }

    @Test func rejectsWhatIsNoPDF() throws {
        #expect(throws: FactureOCRError(code: .unreadableDocument, message: "")) {
            try PDFTextLayer.pages(ofPDF: Array("not a pdf".utf8))
        }
        #expect(throws: FactureOCRError(code: .unreadableDocument, message: "")) {
            try PDFTextLayer.pages(ofPDF: Array("%PDF-1.7\n garbage".utf8))
        }
    }
}
