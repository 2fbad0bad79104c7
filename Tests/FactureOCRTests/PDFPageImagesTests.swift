// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureOCR
import FactureTestSupport
import Foundation
import Testing

/// Page images of PDFs: embedded scans taken out as stored, other pages rendered by poppler.
@Suite struct PDFPageImagesTests {
    // MARK: - Corpus

    /// A corpus document of the dev split.
    struct CorpusDocument: Sendable, CustomStringConvertible {
        /// The document's name, such as `dev-004`.
        var stem: String
        /// `text_pdf`, `scan`, `fax` or `photo`.
        var variant: String
        /// The input file below `ocr-corpus/dev`.
        var input: String
        /// The number of pages.
        var pages: Int
        /// The scan's resolution, for scanned variants.
        var dpi: Int?

        var description: String { "\(stem) (\(variant))" }
    }

    /// The dev documents whose input is a PDF.
    static func corpusPDFs() throws -> [CorpusDocument] {
        let manifest =
            try JSONSerialization.jsonObject(with: SharedFixtures.data("ocr-corpus/dev/manifest.json"))
            as? [String: Any]
        let documents = try #require(manifest?["documents"] as? [[String: Any]])
        return documents.compactMap { document in
            guard let stem = document["stem"] as? String, let variant = document["variant"] as? String,
                let input = document["input"] as? String, input.hasSuffix(".pdf")
            else { return nil }
            let degradation = document["degradation"] as? [String: Any]
            return CorpusDocument(
                stem: stem,
                variant: variant,
                input: input,
                pages: document["pages"] as? Int ?? 1,
                dpi: degradation?["dpi"] as? Int
            )
        }
    }

    /// The `/Width` and `/Height` of every image XObject of a PDF whose objects are not compressed.
    static func declaredImageSizes(_ pdf: [UInt8]) -> [[Int]] {
        let text = String(decoding: pdf, as: UTF8.self)
        var sizes: [[Int]] = []
        for dictionary in text.split(separator: "obj").dropFirst() where dictionary.contains("/Subtype /Image") {
            func value(_ key: String) -> Int? {
                guard let range = dictionary.range(of: key + " ") else { return nil }
                return Int(dictionary[range.upperBound...].prefix { $0.isNumber })
            }
            if let width = value("/Width"), let height = value("/Height") { sizes.append([width, height]) }
        }
        return sizes
    }

    @Test func scannedCorpusPDFsGiveTheirEmbeddedImages() throws {
        let scanned = try Self.corpusPDFs().filter { ["scan", "photo", "fax"].contains($0.variant) }
        #expect(scanned.count >= 10)
        for document in scanned {
            let pdf = [UInt8](try SharedFixtures.data("ocr-corpus/dev/" + document.input))
            let pages = try PDFPageImages.pages(ofPDF: pdf)
            #expect(pages.count == document.pages, "\(document)")
            #expect(pages.allSatisfy { $0.origin != .rendered }, "\(document): \(pages.map(\.origin))")
            let expected = Self.declaredImageSizes(pdf)
            #expect(
                pages.map { [$0.image.width, $0.image.height] }.sorted { $0.lexicographicallyPrecedes($1) }
                    == expected.sorted { $0.lexicographicallyPrecedes($1) },
                "\(document)"
            )
            for page in pages {
                #expect(page.image.pixels.count == page.image.width * page.image.height)
                if let dpi = document.dpi {
                    #expect(abs((page.image.resolution ?? 0) - dpi) <= 2, "\(document): \(page.image.resolution ?? 0)")
                }
                // A page of an invoice is mostly paper: light on average, with dark ink.
                let mean = page.image.pixels.reduce(0) { $0 + Int($1) } / page.image.pixels.count
                #expect(mean > 150, "\(document): mean grey \(mean)")
                #expect(page.image.pixels.contains { $0 < 64 }, "\(document)")
            }
            // JPEG scans and photos stay JPEG, fax PNGs are stored as Flate samples.
            let origin: PDFPageImages.Origin = document.variant == "fax" ? .embeddedPixels : .embeddedJPEG
            #expect(pages.allSatisfy { $0.origin == origin }, "\(document): \(pages.map(\.origin))")
        }
    }

    @Test func textPDFsAreRenderedAtTheRequestedResolution() throws {
        let text = try #require(try Self.corpusPDFs().first { $0.variant == "text_pdf" })
        let pdf = try SharedFixtures.data("ocr-corpus/dev/" + text.input)
        let pages = try PDFPageImages.pages(ofPDF: pdf)
        #expect(pages.count == text.pages)
        for page in pages {
            #expect(page.origin == .rendered)
            #expect(page.image.resolution == 300)
            // A4 is 595.28 × 841.89 points: 2480 × 3508 pixels at 300 dpi.
            #expect(abs(page.image.width - 2_480) <= 2 && abs(page.image.height - 3_508) <= 2)
        }
        let low = try PDFPageImages.images(ofPDF: pdf, renderResolution: 100)
        #expect(low.allSatisfy { abs($0.width - 827) <= 2 && abs($0.height - 1_169) <= 2 && $0.resolution == 100 })
    }

    @Test func aScannedPDFIsRecognizedEndToEnd() async throws {
        let document = try #require(try Self.corpusPDFs().first { $0.variant == "scan" && $0.pages == 1 })
        let truth =
            try JSONSerialization.jsonObject(
                with: try SharedFixtures.data("ocr-corpus/dev/truth/\(document.stem).json")
            ) as? [String: Any]
        let number = try #require(truth?["invoice_number"] as? String)
        let images = try PDFPageImages.images(ofPDF: try SharedFixtures.data("ocr-corpus/dev/" + document.input))
        let recognizer = try TesseractTextRecognizer(engineCount: 1)
        let page = try await recognizer.recognize(try #require(images.first), pageNumber: 1)
        let compact = page.text.replacingOccurrences(of: " ", with: "")
        #expect(compact.contains(number), "\(document): \(number) not in:\n\(page.text)")
    }

    // MARK: - Errors

    @Test func refusesWhatIsNotAReadablePDF() {
        let unreadable = FactureOCRError(code: .unreadableDocument, message: "")
        #expect(throws: unreadable) { try PDFPageImages.images(ofPDF: Array("Hello, world".utf8)) }
        #expect(throws: unreadable) { try PDFPageImages.images(ofPDF: [UInt8]()) }
        #expect(throws: unreadable) { try PDFPageImages.images(ofPDF: [0xFF, 0xD8, 0xFF, 0xE0, 0, 16]) }
        #expect(throws: unreadable) {
            try PDFPageImages.images(ofPDF: Array("%PDF-1.7\n".utf8) + Array(repeating: 0x41, count: 300))
        }
        #expect(throws: FactureOCRError(code: .encryptedDocument, message: "")) {
            try PDFPageImages.images(ofPDF: HandMadePDF.locked())
        }
    }

    @Test func refusesAbsurdImageSizesBeforeDecoding() {
        // 100,000 × 100,000 pixels declared over a few bytes of data.
        let bomb = HandMadePDF.page(
            image: HandMadePDF.Image(
                dictionary: "/Width 100000 /Height 100000 /BitsPerComponent 8 /ColorSpace /DeviceGray "
                    + "/Filter /FlateDecode",
                data: HandMadePDF.zlib([0, 0, 0, 0])
            )
        )
        #expect(throws: FactureOCRError(code: .unreadableDocument, message: "")) {
            try PDFPageImages.images(ofPDF: bomb)
        }
        // A page of 100,000 × 100,000 points rendered at 300 dpi.
        let poster = HandMadePDF.page(mediaBox: "[0 0 100000 100000]", content: "0 0 m 10 10 l S")
        #expect(throws: FactureOCRError(code: .unreadableDocument, message: "")) {
            try PDFPageImages.images(ofPDF: poster)
        }
    }

    // MARK: - Hand-made images

    /// The 4 × 2 grey samples of the hand-made images.
    static let greys: [UInt8] = [0, 50, 100, 150, 200, 250, 255, 10]

    @Test func flateGreyImageGivesItsExactPixels() throws {
        let pdf = HandMadePDF.page(
            image: HandMadePDF.Image(
                dictionary: "/Width 4 /Height 2 /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /FlateDecode",
                data: HandMadePDF.zlib(Self.greys)
            )
        )
        let pages = try PDFPageImages.pages(ofPDF: pdf)
        #expect(pages.map(\.origin) == [.embeddedPixels])
        let image = try #require(pages.first?.image)
        #expect(image.width == 4 && image.height == 2)
        #expect(image.pixels == Self.greys)
        // 4 pixels over 72 points (one inch).
        #expect(image.resolution == 4)
    }

    @Test func pngPredictorsAreUndone() throws {
        // Row 1 stored as is (filter 0), row 2 as the difference from row 1 (filter 2, "Up").
        let rows: [UInt8] = [0, 0, 50, 100, 150, 2, 200, 200, 155, 116]
        let pdf = HandMadePDF.page(
            image: HandMadePDF.Image(
                dictionary: "/Width 4 /Height 2 /BitsPerComponent 8 /ColorSpace /DeviceGray /Filter /FlateDecode "
                    + "/DecodeParms << /Predictor 12 /Colors 1 /Columns 4 >>",
                data: HandMadePDF.zlib(rows)
            )
        )
        #expect(try PDFPageImages.images(ofPDF: pdf).map(\.pixels) == [Self.greys])
    }

    @Test func oneBitImagesHonourDecodeAndImageMask() throws {
        // 10 × 2 one-bit samples: rows padded to 2 bytes.
        let bits: [UInt8] = [0b1011_0000, 0b0100_0000, 0b0000_1111, 0b1100_0000]
        let samples: [UInt8] = [1, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]
        func image(_ dictionary: String) throws -> PageImage {
            let pdf = HandMadePDF.page(
                mediaBox: "[0 0 72 14.4]",
                image: HandMadePDF.Image(dictionary: "/Width 10 /Height 2 " + dictionary, data: bits)
            )
            let pages = try PDFPageImages.pages(ofPDF: pdf)
            #expect(pages.map(\.origin) == [.embeddedPixels])
            return try #require(pages.first?.image)
        }
        let plain = try image("/BitsPerComponent 1 /ColorSpace /DeviceGray")
        #expect(plain.pixels == samples.map { $0 == 1 ? 255 : 0 })
        #expect(plain.width == 10 && plain.height == 2 && plain.resolution == 10)
        let inverted = try image("/BitsPerComponent 1 /ColorSpace /DeviceGray /Decode [1 0]")
        #expect(inverted.pixels == samples.map { $0 == 1 ? 0 : 255 })
        // A stencil mask paints black where the sample is 0; /Decode [1 0] where it is 1.
        #expect(try image("/ImageMask true").pixels == plain.pixels)
        #expect(try image("/ImageMask true /Decode [1 0]").pixels == inverted.pixels)
        // A two-entry palette: dark grey and red.
        let palette = try image("/BitsPerComponent 1 /ColorSpace [/Indexed /DeviceRGB 1 <404040FF0000>]")
        // Red is 0.3 × 255 in grey (leptonica's weights), as a red JPEG would be.
        #expect(palette.pixels == samples.map { $0 == 1 ? 77 : 64 })
    }

    @Test func rgbImagesBecomeGrey() throws {
        let rgb: [UInt8] = [
            255, 255, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30, 90, 90, 90, 200, 100, 50,
        ]
        let pdf = HandMadePDF.page(
            image: HandMadePDF.Image(
                dictionary: "/Width 4 /Height 2 /BitsPerComponent 8 /ColorSpace /DeviceRGB",
                data: rgb
            )
        )
        let image = try #require(try PDFPageImages.images(ofPDF: pdf).first)
        #expect(image.pixels == [255, 0, 77, 128, 51, 19, 90, 120])
    }

    @Test(arguments: [
        (90, 2, [200, 0, 250, 50, 255, 100, 10, 150] as [UInt8]),
        (180, 4, [10, 255, 250, 200, 150, 100, 50, 0] as [UInt8]),
        (270, 2, [150, 10, 100, 255, 50, 250, 0, 200] as [UInt8]),
        (-90, 2, [150, 10, 100, 255, 50, 250, 0, 200] as [UInt8]),
    ])
    func rotatedPagesGiveUprightImages(rotation: Int, width: Int, pixels: [UInt8]) throws {
        let pdf = HandMadePDF.page(
            rotate: rotation,
            image: HandMadePDF.Image(
                dictionary: "/Width 4 /Height 2 /BitsPerComponent 8 /ColorSpace /DeviceGray",
                data: Self.greys
            )
        )
        let image = try #require(try PDFPageImages.images(ofPDF: pdf).first)
        #expect(image.width == width && image.height == 8 / width)
        #expect(image.pixels == pixels)
    }

    @Test func pagesThatAreNotOneFullPageImageAreRendered() throws {
        let image = HandMadePDF.Image(
            dictionary: "/Width 4 /Height 2 /BitsPerComponent 8 /ColorSpace /DeviceGray",
            data: Self.greys
        )
        let contents = [
            // Over half the page only.
            "q 36 0 0 18 0 0 cm /Im0 Do Q",
            // Twice.
            "q 72 0 0 36 0 0 cm /Im0 Do Q q 72 0 0 36 0 0 cm /Im0 Do Q",
            // With a line drawn over it.
            "q 72 0 0 36 0 0 cm /Im0 Do Q 0 0 m 72 36 l S",
            // Turned upside down by the matrix.
            "q -72 0 0 -36 72 36 cm /Im0 Do Q",
        ]
        for content in contents {
            let pages = try PDFPageImages.pages(ofPDF: HandMadePDF.page(content: content, image: image))
            #expect(pages.map(\.origin) == [.rendered], "\(content)")
            // 72 × 36 points at 300 dpi.
            #expect(pages.first.map { [$0.image.width, $0.image.height] } == [300, 150], "\(content)")
        }
        // Pixels twice as tall as wide (a fax at 204 × 98 dpi): rendered with square pixels.
        let squashed = try PDFPageImages.pages(ofPDF: HandMadePDF.page(mediaBox: "[0 0 72 72]", image: image))
        #expect(squashed.map(\.origin) == [.rendered])
        #expect(squashed.first.map { [$0.image.width, $0.image.height] } == [300, 300])
        // Invisible text (an OCR layer) after the image keeps the page a scan.
        let searchable = "q 72 0 0 36 0 0 cm /Im0 Do Q BT 3 Tr /F1 12 Tf 0 0 Td (INV-1) Tj ET"
        #expect(
            try PDFPageImages.pages(ofPDF: HandMadePDF.page(content: searchable, image: image)).map(\.origin) == [
                .embeddedPixels
            ]
        )
    }

    @Test func aDocumentGivesItsPagesOneAtATime() throws {
        // Page 1 a scan (one image over the page), page 2 a drawing: taken out, then rendered.
        let objects: [[UInt8]] = [
            Array("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Array("<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>".utf8),
            Array(
                ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 36] /Resources << /XObject << /Im0 6 0 R >> >> "
                    + "/Contents 5 0 R >>").utf8
            ),
            Array("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 36 72] /Contents 7 0 R >>".utf8),
            HandMadePDF.stream("", Array("q 72 0 0 36 0 0 cm /Im0 Do Q".utf8)),
            HandMadePDF.stream(
                "/Type /XObject /Subtype /Image /Width 4 /Height 2 /BitsPerComponent 8 /ColorSpace /DeviceGray",
                Self.greys
            ),
            HandMadePDF.stream("", Array("0 0 m 36 72 l S".utf8)),
        ]
        let pdf = HandMadePDF.document(objects)
        let document = try PDFPageImages.Document(pdf: pdf, renderResolution: 100)
        #expect(document.pageCount == 2)
        // Asked for in any order, each page is what the whole-document call gives.
        let second = try document.page(1)
        let first = try document.page(0)
        #expect(first.origin == .embeddedPixels && first.image.pixels == Self.greys)
        #expect(second.origin == .rendered && [second.image.width, second.image.height] == [50, 100])
        let all = try PDFPageImages.pages(ofPDF: pdf, renderResolution: 100)
        #expect(all.map(\.image) == [first.image, second.image])
        #expect(try document.image(ofPage: 1) == second.image)
        #expect(throws: FactureOCRError.self) { try document.image(ofPage: 2) }
        #expect(throws: FactureOCRError.self) { try document.image(ofPage: -1) }
    }

    @Test func renderedPagesAreUprightToo() throws {
        // A page with a drawing only, turned a quarter: 72 × 36 points displayed 36 wide.
        let pdf = HandMadePDF.page(rotate: 90, content: "0 0 m 72 36 l S")
        let image = try #require(try PDFPageImages.pages(ofPDF: pdf).first)
        #expect(image.origin == .rendered)
        #expect(image.image.width == 150 && image.image.height == 300)
    }
}

/// Small PDFs written by hand, with exactly the image objects a test needs.
enum HandMadePDF {
    /// An image XObject: its dictionary entries (without `/Type`, `/Subtype` and `/Length`) and data.
    struct Image {
        /// Dictionary entries, such as `/Width 4 /Height 2 …`.
        var dictionary: String
        /// The stream data, as stored (filtered).
        var data: [UInt8]
    }

    /// A one-page PDF; the image, if any, is resource `/Im0` and drawn over the whole page by default.
    static func page(
        mediaBox: String = "[0 0 72 36]",
        rotate: Int? = nil,
        content: String? = nil,
        image: Image? = nil
    ) -> [UInt8] {
        let box = mediaBox.dropFirst().dropLast().split(separator: " ")
        let drawn = content ?? "q \(box[2]) 0 0 \(box[3]) 0 0 cm /Im0 Do Q"
        let resources = image == nil ? "<< >>" : "<< /XObject << /Im0 5 0 R >> >>"
        var objects: [[UInt8]] = [
            Array("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Array("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Array(
                ("<< /Type /Page /Parent 2 0 R /MediaBox \(mediaBox) /Resources \(resources) /Contents 4 0 R"
                    + (rotate.map { " /Rotate \($0)" } ?? "") + " >>").utf8
            ),
            stream("", Array(drawn.utf8)),
        ]
        if let image { objects.append(stream("/Type /XObject /Subtype /Image " + image.dictionary, image.data)) }
        return document(objects)
    }

    /// A one-page PDF encrypted with the standard handler and a user password nobody knows.
    static func locked() -> [UInt8] {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            "<< /Filter /Standard /V 1 /R 2 /O <\(String(repeating: "11", count: 32))> "
                + "/U <\(String(repeating: "22", count: 32))> /P -4 >>",
        ]
        let id = "<00112233445566778899aabbccddeeff>"
        return document(objects.map { Array($0.utf8) }, trailer: "/Encrypt 4 0 R /ID [\(id) \(id)]")
    }

    /// A stream object.
    static func stream(_ dictionary: String, _ data: [UInt8]) -> [UInt8] {
        Array("<< \(dictionary) /Length \(data.count) >>\nstream\n".utf8) + data + Array("\nendstream".utf8)
    }

    /// Numbered objects from 1, with a cross-reference table and a trailer.
    static func document(_ objects: [[UInt8]], trailer: String = "") -> [UInt8] {
        var bytes = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(bytes.count)
            bytes += Array("\(index + 1) 0 obj\n".utf8) + object + Array("\nendobj\n".utf8)
        }
        let xref = bytes.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            table += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n"
        }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R \(trailer) >>\nstartxref\n\(xref)\n%%EOF\n"
        return bytes + Array(table.utf8)
    }

    /// `data` as a zlib stream of one stored (uncompressed) deflate block: what `/FlateDecode`
    /// reads, without a compressor.
    static func zlib(_ data: [UInt8]) -> [UInt8] {
        precondition(data.count < 65_536)
        let length = UInt16(data.count)
        var bytes: [UInt8] = [0x78, 0x01, 0x01]
        bytes += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
        bytes += data
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        let adler = b << 16 | a
        bytes += [UInt8(adler >> 24), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)]
        return bytes
    }
}
