// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureTesseract
import FactureTestSupport
import Foundation
import Synchronization
import Testing

@testable import FactureOCR

/// Multi-page TIFF files, and the reader taking pages one at a time instead of all at once.
@Suite struct MultipageAndStreamingTests {
    /// A multi-page TIFF of corpus images, in the order given, written with leptonica.
    static func multipageTIFF(_ files: [String]) throws -> [UInt8] {
        var pixa = pixaCreate(Int32(files.count))
        defer { pixaDestroy(&pixa) }
        for file in files {
            let bytes = [UInt8](try SharedFixtures.data("ocr-corpus/dev/docs/" + file))
            let pix = try #require(bytes.withUnsafeBufferPointer { pixReadMem($0.baseAddress, $0.count) })
            #expect(pixaAddPix(pixa, pix, Int32(L_INSERT)) == 0)
        }
        var data: UnsafeMutablePointer<UInt8>?
        var size = 0
        #expect(pixaWriteMemMultipageTiff(&data, &size, pixa) == 0)
        defer { lept_free(data) }
        let written = try #require(data)
        return Array(UnsafeBufferPointer(start: written, count: size))
    }

    /// The sizes of corpus images decoded one by one.
    static func sizes(_ files: [String]) throws -> [[Int]] {
        try files.map { file in
            let image = try PageImage(encoded: try SharedFixtures.data("ocr-corpus/dev/docs/" + file))
            return [image.width, image.height]
        }
    }

    @Test func decodesEveryPageOfATIFFInOrder() throws {
        let files = ["dev-009.png", "dev-002.jpg", "dev-010.jpg"]
        let tiff = try Self.multipageTIFF(files)
        #expect(try PageImage.pageCount(ofEncoded: tiff) == 3)
        let pages = try (0..<3).map { try PageImage(encoded: tiff, page: $0) }
        #expect(pages.map { [$0.width, $0.height] } == (try Self.sizes(files)))
        // The first page, as before, for callers of the one-page decoder.
        #expect(try PageImage(encoded: tiff) == pages[0])
        #expect(throws: FactureOCRError.self) { try PageImage(encoded: tiff, page: 3) }
        // A PNG or JPEG has one page.
        let png = try SharedFixtures.data("ocr-corpus/dev/docs/dev-009.png")
        #expect(try PageImage.pageCount(ofEncoded: png) == 1)
        #expect(throws: FactureOCRError.self) { try PageImage(encoded: png, page: 1) }
    }

    @Test func refusesADamagedDirectoryChain() throws {
        var tiff = try Self.multipageTIFF(["dev-009.png", "dev-002.jpg"])
        // The first directory's offset pointed past the end of the file.
        let past = UInt32(tiff.count + 100)
        let offset: [UInt8] =
            tiff[0] == 0x49
            ? [UInt8(past & 0xFF), UInt8(past >> 8 & 0xFF), UInt8(past >> 16 & 0xFF), UInt8(past >> 24)]
            : [UInt8(past >> 24), UInt8(past >> 16 & 0xFF), UInt8(past >> 8 & 0xFF), UInt8(past & 0xFF)]
        tiff.replaceSubrange(4..<8, with: offset)
        #expect(throws: FactureOCRError.self) { try PageImage.pageCount(ofEncoded: tiff) }
        #expect(throws: FactureOCRError.self) { try PageImage(encoded: tiff, page: 0) }
    }

    @Test func readsEveryPageOfATIFFWithTesseract() async throws {
        let tiff = try Self.multipageTIFF(["dev-009.png", "dev-002.jpg"])
        let reader = InvoiceDocumentReader(recognizer: try TesseractTextRecognizer(engineCount: 2))
        let pages = try await reader.pages(of: tiff)
        #expect(pages.map(\.number) == [1, 2])
        for (page, stem) in zip(pages, ["dev-009", "dev-002"]) {
            let truth =
                try JSONSerialization.jsonObject(
                    with: try SharedFixtures.data("ocr-corpus/dev/truth/\(stem).json")
                ) as? [String: Any]
            let number = try #require(truth?["invoice_number"] as? String)
            let compact = page.text.replacingOccurrences(of: " ", with: "")
            #expect(compact.contains(number), "page \(page.number) should be \(stem):\n\(page.text)")
        }
    }

    /// Counts pages asked for and recognized, and the most out (asked for, not yet recognized) at once.
    final class Ledger: Sendable {
        private let state = Mutex((asked: 0, recognized: 0, mostOut: 0, mostRecognizing: 0, recognizing: 0))

        func ask() {
            state.withLock {
                $0.asked += 1
                $0.mostOut = max($0.mostOut, $0.asked - $0.recognized)
            }
        }

        func start() {
            state.withLock {
                $0.recognizing += 1
                $0.mostRecognizing = max($0.mostRecognizing, $0.recognizing)
            }
        }

        func finish() {
            state.withLock {
                $0.recognizing -= 1
                $0.recognized += 1
            }
        }

        var mostOut: Int { state.withLock { $0.mostOut } }
        var mostRecognizing: Int { state.withLock { $0.mostRecognizing } }
        var asked: Int { state.withLock { $0.asked } }
    }

    /// A recognizer that reads an image's width as its page: early pages take longest, so they
    /// finish out of order.
    struct WidthRecognizer: TextRecognizer {
        let ledger: Ledger

        func recognize(_ image: PageImage, pageNumber: Int) async throws(FactureOCRError) -> TextPage {
            ledger.start()
            try? await Task.sleep(for: .milliseconds(max(1, 40 - 4 * image.width)))
            ledger.finish()
            return TextPage(
                number: pageNumber,
                width: Double(image.width),
                height: Double(image.height),
                words: [],
                origin: .recognition
            )
        }
    }

    @Test(arguments: [1, 3])
    func asksForAPageOnlyWhenOneIsDone(inFlight: Int) async throws {
        let ledger = Ledger()
        let recognizer = WidthRecognizer(ledger: ledger)
        let pages = try await InvoiceDocumentReader.recognizePages(count: 12, inFlight: inFlight) {
            (index) throws(FactureOCRError) in
            ledger.ask()
            return PageImage(width: index + 1, height: 1, pixels: Array(repeating: 255, count: index + 1))
        } recognize: { image, number throws(FactureOCRError) in
            try await recognizer.recognize(image, pageNumber: number)
        }
        #expect(ledger.asked == 12)
        #expect(ledger.mostOut == inFlight)
        // In page order, each page recognized from its own image.
        #expect(pages.map(\.number) == Array(1...12))
        #expect(pages.map { Int($0.width) } == Array(1...12))
    }

    @Test func readsATIFFPageByPageThroughAnyRecognizer() async throws {
        let files = ["dev-009.png", "dev-002.jpg", "dev-010.jpg", "dev-002.jpg", "dev-009.png"]
        let tiff = try Self.multipageTIFF(files)
        let ledger = Ledger()
        var reader = InvoiceDocumentReader(recognizer: WidthRecognizer(ledger: ledger), preprocessor: nil)
        reader.pagesInFlight = 2
        let pages = try await reader.pages(of: tiff)
        #expect(pages.map(\.number) == Array(1...5))
        #expect(pages.map { [Int($0.width), Int($0.height)] } == (try Self.sizes(files)))
        #expect(ledger.mostRecognizing <= 2)
    }
}
