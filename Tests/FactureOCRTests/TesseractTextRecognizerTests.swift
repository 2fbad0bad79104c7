// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureOCR
import FactureTestSupport
import Foundation
import Testing

/// Tesseract through ``TesseractTextRecognizer``, on corpus scans, and image decoding with leptonica.
@Suite struct TesseractTextRecognizerTests {
    /// The truth's invoice number, the total with VAT and the recognized text of a corpus image.
    static func recognized(
        _ stem: String,
        _ file: String,
        with recognizer: TesseractTextRecognizer
    ) async throws -> (number: String, text: String, page: TextPage) {
        let truth =
            try JSONSerialization.jsonObject(
                with: try SharedFixtures.data("ocr-corpus/dev/truth/\(stem).json")
            ) as? [String: Any]
        let number = try #require(truth?["invoice_number"] as? String)
        let image = try PageImage(encoded: try SharedFixtures.data("ocr-corpus/dev/docs/" + file))
        let page = try await recognizer.recognize(image, pageNumber: 1)
        return (number, page.text, page)
    }

    @Test func readsAScanAndAFax() async throws {
        let recognizer = try TesseractTextRecognizer(engineCount: 2)
        // Recognized concurrently, on two engines.
        async let scan = Self.recognized("dev-002", "dev-002.jpg", with: recognizer)
        async let fax = Self.recognized("dev-009", "dev-009.png", with: recognizer)
        for result in try await [scan, fax] {
            #expect(result.page.origin == .recognition)
            #expect(result.page.words.count > 50)
            #expect(result.page.words.allSatisfy { (0...1).contains($0.confidence) })
            #expect(result.page.words.allSatisfy { $0.box.maxX <= result.page.width + 1 })
            let compact = result.text.replacingOccurrences(of: " ", with: "")
            #expect(compact.contains(result.number), "\(result.number) read in:\n\(result.text)")
        }
    }

    @Test func decodesImagesAndRefusesOthers() throws {
        let jpeg = try PageImage(encoded: try SharedFixtures.data("ocr-corpus/dev/docs/dev-002.jpg"))
        #expect(jpeg.width > 1_000 && jpeg.height > 1_000)
        #expect(jpeg.pixels.count == jpeg.width * jpeg.height)
        let png = try PageImage(encoded: try SharedFixtures.data("ocr-corpus/dev/docs/dev-009.png"))
        #expect(png.pixels.count == png.width * png.height)
        #expect(throws: FactureOCRError(code: .unsupportedFormat, message: "")) {
            try PageImage(encoded: Array("%PDF-1.7".utf8))
        }
        // A PNG header announcing 100,000 × 100,000 pixels is refused before decoding.
        var bomb: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        bomb += Array("IHDR".utf8) + [0x00, 0x01, 0x86, 0xA0, 0x00, 0x01, 0x86, 0xA0, 8, 0, 0, 0, 0]
        #expect(throws: FactureOCRError(code: .unreadableDocument, message: "")) { try PageImage(encoded: bomb) }
        // A truncated JPEG.
        let truncated = Array(try SharedFixtures.data("ocr-corpus/dev/docs/dev-002.jpg").prefix(200))
        #expect(throws: FactureOCRError.self) { try PageImage(encoded: truncated) }
    }

    @Test func refusesMissingLanguages() {
        #expect(throws: FactureOCRError(code: .recognitionFailed, message: "")) {
            try TesseractTextRecognizer(languages: "xyz")
        }
    }
}
