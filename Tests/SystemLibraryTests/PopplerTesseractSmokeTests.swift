// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFacturePoppler
import CFactureTesseract
import FactureTestSupport
import Foundation
import Testing

/// Owns a poppler document for the length of a test.
private final class PopplerDocument {
    let handle: OpaquePointer

    init(bytes: Data) throws {
        var status = CFP_OK
        let handle = bytes.withUnsafeBytes { raw in
            cfp_document_load(raw.baseAddress?.assumingMemoryBound(to: UInt8.self), raw.count, &status)
        }
        guard let handle else { throw PopplerFailure(status: status) }
        self.handle = handle
    }

    deinit { cfp_document_free(handle) }

    struct PopplerFailure: Error { var status: cfp_status }
}

/// Where Debian's tesseract-ocr-eng/-fra put their trained data.
private let tessdataDirectory = "/usr/share/tesseract-ocr/5/tessdata"

@Suite("poppler through CFacturePoppler, tesseract through CFactureTesseract")
struct PopplerTesseractSmokeTests {
    @Test("finds the factur-x.xml attachment of an official FNFE sample and reads its text layer")
    func extractsEmbeddedFacturX() throws {
        let document = try PopplerDocument(
            bytes: SharedFixtures.data("conformance/samples/fnfe-facturx-1.0/Facture_FR_EN16931.pdf")
        )
        #expect(cfp_document_page_count(document.handle) >= 1)
        let count = cfp_document_embedded_file_count(document.handle)
        var names: [String] = []
        var xml = ""
        for index in 0..<count {
            var name: UnsafeMutablePointer<CChar>?
            var length = 0
            #expect(cfp_document_embedded_file_name(document.handle, index, &name, &length) == CFP_OK)
            let fileName = String(cString: try #require(name))
            cfp_free(name)
            names.append(fileName)
            if fileName == "factur-x.xml" {
                var data: UnsafeMutablePointer<UInt8>?
                var size = 0
                #expect(cfp_document_embedded_file_data(document.handle, index, &data, &size) == CFP_OK)
                xml = String(decoding: UnsafeBufferPointer(start: try #require(data), count: size), as: UTF8.self)
                cfp_free(data)
            }
        }
        #expect(names.contains("factur-x.xml"))
        #expect(xml.contains("CrossIndustryInvoice"))

        var text: UnsafeMutablePointer<CChar>?
        var length = 0
        #expect(cfp_document_page_text(document.handle, 0, &text, &length) == CFP_OK)
        let pageText = String(cString: try #require(text))
        cfp_free(text)
        #expect(pageText.localizedCaseInsensitiveContains("facture"))
    }

    @Test("refuses bytes that are not a PDF with a status, not a crash")
    func refusesGarbage() {
        #expect(throws: PopplerDocument.PopplerFailure.self) {
            try PopplerDocument(bytes: Data("not a pdf at all".utf8))
        }
        var status = CFP_OK
        let missing = cfp_document_load(nil, 0, &status)
        #expect(missing == nil)
        #expect(status != CFP_OK)
    }

    @Test(
        "tesseract reads the words of a page poppler rendered",
        .enabled(if: FileManager.default.fileExists(atPath: tessdataDirectory + "/fra.traineddata"))
    )
    func tesseractReadsRenderedPage() throws {
        let document = try PopplerDocument(
            bytes: SharedFixtures.data("conformance/samples/fnfe-facturx-1.0/Facture_FR_EN16931.pdf")
        )
        var pixels: UnsafeMutablePointer<UInt8>?
        var width: Int32 = 0
        var height: Int32 = 0
        #expect(cfp_document_render_page_gray(document.handle, 0, 150, &pixels, &width, &height) == CFP_OK)
        let image = try #require(pixels)
        defer { cfp_free(image) }
        #expect(width > 500 && height > 500)

        let api = try #require(TessBaseAPICreate())
        defer { TessBaseAPIDelete(api) }
        #expect(TessBaseAPIInit3(api, tessdataDirectory, "fra") == 0)
        defer { TessBaseAPIEnd(api) }
        TessBaseAPISetImage(api, image, width, height, 1, width)
        let recognised = try #require(TessBaseAPIGetUTF8Text(api))
        let words = String(cString: recognised)
        TessDeleteText(recognised)
        #expect(words.localizedCaseInsensitiveContains("facture"))
        #expect(String(cString: TessVersion()).hasPrefix("5."))
    }
}
