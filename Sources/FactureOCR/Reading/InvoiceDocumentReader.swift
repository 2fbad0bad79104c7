// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FacturX
public import FactureModel

/// Reads any invoice file into its fields, by the cheapest path that works: the XML of a
/// Factur-X/ZUGFeRD/XRechnung PDF, a CII or UBL file, the text layer of a PDF, and only then
/// text recognition of the page images (scans, faxes, phone photos).
///
/// ```swift
/// let reader = InvoiceDocumentReader(recognizer: try TesseractTextRecognizer())
/// let fields = try await reader.read(bytes)
/// print(fields.source, fields.totalTTC ?? "-")
/// ```
public struct InvoiceDocumentReader: Sendable {
    /// The recognizer for page images.
    public var recognizer: any TextRecognizer
    /// The field extractor for text layers and recognized pages.
    public var extractor: InvoiceFieldExtractor
    /// Prepares each page image before recognition (skew, photo perspective, binarisation where it
    /// helps); `nil` to recognize the images as they are. Orientation is not detected on every
    /// page (it costs about half a second): a page that reads poorly upright is prepared again
    /// with orientation detection and read again, and the better reading kept.
    public var preprocessor: PageImagePreprocessor?
    /// How many page images are in hand at once (decoded, being prepared or recognized), at least 1:
    /// by default one more than the recognizer's engines, so that an engine set free finds the next
    /// page ready. Pages are decoded or rendered only when one of these places is free, so a
    /// 500-page scan holds a few pages of pixels at a time, never the whole document.
    public var pagesInFlight: Int

    /// Creates a reader.
    public init(
        recognizer: any TextRecognizer,
        extractor: InvoiceFieldExtractor = InvoiceFieldExtractor(),
        preprocessor: PageImagePreprocessor? = PageImagePreprocessor()
    ) {
        self.recognizer = recognizer
        self.extractor = extractor
        self.preprocessor = preprocessor
        let engines = (recognizer as? TesseractTextRecognizer)?.engineCount ?? System.activeProcessorCount
        self.pagesInFlight = max(1, engines) + 1
    }

    /// The fields of one invoice file.
    ///
    /// - Throws: ``FactureOCRError`` with code `unsupportedFormat` for bytes that are no PDF, XML or
    ///   image, `unreadableDocument` for a damaged file or invoice XML that cannot be read (the
    ///   message says why), `encryptedDocument`, `recognitionFailed`.
    public func read(_ bytes: [UInt8]) async throws(FactureOCRError) -> ExtractedInvoice {
        switch DocumentKind(sniffing: bytes) {
        case .pdf:
            return try await readPDF(bytes)
        case .xml:
            return try Self.structured(bytes, source: .xml, what: "The XML")
        case .image:
            return try await recognize(try imagePages(bytes))
        case nil:
            throw FactureOCRError(code: .unsupportedFormat, message: "The file is no PDF, XML, PNG, JPEG or TIFF")
        }
    }

    /// The words of a PDF or image file as the reader sees them: the PDF's text layer, else the
    /// recognized page images (what ``read(_:)`` extracts the fields of, for inspection).
    ///
    /// - Throws: ``FactureOCRError`` as ``read(_:)``; `unsupportedFormat` for XML, which has no pages.
    public func pages(of bytes: [UInt8]) async throws(FactureOCRError) -> [TextPage] {
        switch DocumentKind(sniffing: bytes) {
        case .pdf:
            let pages = try PDFTextLayer.pages(ofPDF: bytes)
            if PDFTextLayer.hasText(pages) { return pages }
            return try await recognizePages(try PDFPageSource.pdf(bytes))
        case .image:
            return try await recognizePages(try imagePages(bytes))
        case .xml, nil:
            throw FactureOCRError(code: .unsupportedFormat, message: "Only PDF and image files have pages to read")
        }
    }

    private func readPDF(_ bytes: [UInt8]) async throws(FactureOCRError) -> ExtractedInvoice {
        let pdf: FacturXPDF
        do {
            pdf = try FacturXPDF(pdfEncoded: bytes)
        } catch {
            throw FactureOCRError(error)
        }
        if let embedded = pdf.invoices.first {
            guard embedded.flavour.isReadableIntoModel else {
                throw FactureOCRError(
                    code: .unreadableDocument,
                    message: "The PDF's \(embedded.fileName) is \(embedded.flavour) XML (CrossIndustryDocument), "
                        + "which predates EN 16931 and cannot be read; only Factur-X, ZUGFeRD 2 and XRechnung are"
                )
            }
            return try Self.structured(embedded.xml, source: .facturX, what: "The PDF's \(embedded.fileName)")
        }
        let pages = try PDFTextLayer.pages(ofPDF: bytes)
        if PDFTextLayer.hasText(pages) {
            return extractor.extract(from: pages, source: .text)
        }
        return try await recognize(try PDFPageSource.pdf(bytes))
    }

    /// Recognizes the pages (concurrently, as the recognizer allows) and extracts the fields.
    private func recognize(_ source: some PageImageSource) async throws(FactureOCRError) -> ExtractedInvoice {
        extractor.extract(from: try await recognizePages(source), source: .ocr)
    }

    /// The pages of an image file: one, or every page of a multi-page TIFF, decoded when asked for.
    private func imagePages(_ bytes: [UInt8]) throws(FactureOCRError) -> EncodedImagePages {
        EncodedImagePages(bytes: bytes, pageCount: try PageImage.pageCount(ofEncoded: bytes))
    }

    /// Recognizes the pages in page order, at most ``pagesInFlight`` images in hand at once.
    private func recognizePages(_ source: some PageImageSource) async throws(FactureOCRError) -> [TextPage] {
        let recognizer = recognizer
        let preprocessor = preprocessor
        return try await Self.recognizePages(count: source.pageCount, inFlight: pagesInFlight) {
            (index) throws(FactureOCRError) in
            try source.image(ofPage: index)
        } recognize: { image, number throws(FactureOCRError) in
            try await Self.recognize(image, number: number, with: recognizer, preprocessor: preprocessor)
        }
    }

    /// Streams `count` pages through `recognize`: page `index` (from 0) is asked of `image` only
    /// when fewer than `inFlight` pages are out (asked for and not yet recognized), so at most
    /// `inFlight` images are alive at once; the recognized pages come back in page order.
    static func recognizePages(
        count: Int,
        inFlight: Int,
        image: (Int) throws(FactureOCRError) -> PageImage,
        recognize: @escaping @Sendable (PageImage, Int) async throws(FactureOCRError) -> TextPage
    ) async throws(FactureOCRError) -> [TextPage] {
        var pages = [TextPage?](repeating: nil, count: max(0, count))
        do {
            try await withThrowingTaskGroup(of: (Int, TextPage).self) { group in
                var next = 0
                var out = 0
                while next < count || out > 0 {
                    if next < count, out < max(1, inFlight) {
                        let page = try image(next)
                        next += 1
                        out += 1
                        group.addTask { [next] in (next - 1, try await recognize(page, next)) }
                        continue
                    }
                    guard let (index, page) = try await group.next() else { break }
                    out -= 1
                    pages[index] = page
                }
            }
        } catch let error as FactureOCRError {
            throw error
        } catch {
            throw FactureOCRError(code: .internalError, message: "Recognition stopped: \(error)")
        }
        return pages.compactMap(\.self)
    }

    /// One page: prepared without orientation detection and read; if it reads poorly, prepared with
    /// orientation detection (a page upside down or sideways) and read again, the better kept.
    private static func recognize(
        _ image: PageImage,
        number: Int,
        with recognizer: any TextRecognizer,
        preprocessor: PageImagePreprocessor?
    ) async throws(FactureOCRError) -> TextPage {
        guard let preprocessor else { return try await recognizer.recognize(image, pageNumber: number) }
        var upright = preprocessor
        upright.options.correctsOrientation = false
        let first = try await recognizer.recognize(try upright.prepare(image).image, pageNumber: number)
        guard preprocessor.options.correctsOrientation, readsPoorly(first) else { return first }
        let turned = try preprocessor.prepare(image)
        guard turned.orientationCorrection != 0 else { return first }
        let second = try await recognizer.recognize(turned.image, pageNumber: number)
        return confidentWords(second) > confidentWords(first) ? second : first
    }

    /// Whether a recognized page holds too few confident words for an invoice page read the right way up.
    static func readsPoorly(_ page: TextPage) -> Bool {
        confidentWords(page) < 40
    }

    private static func confidentWords(_ page: TextPage) -> Int {
        page.words.count { $0.confidence >= 0.7 && $0.text.count >= 3 }
    }

    /// The fields of structured invoice XML (CII or UBL).
    private static func structured(
        _ xml: [UInt8],
        source: ExtractedInvoice.Source,
        what: String
    ) throws(FactureOCRError) -> ExtractedInvoice {
        do {
            let document = try InvoiceXMLDocument(xmlEncoded: xml)
            return ExtractedInvoice(invoice: document.invoice, source: source)
        } catch {
            throw FactureOCRError(code: .unreadableDocument, message: "\(what) cannot be read: \(error)")
        }
    }
}

/// What a file is, told by its first bytes.
enum DocumentKind {
    case pdf, xml, image

    init?(sniffing bytes: [UInt8]) {
        if FacturXPDF.looksLikePDF(bytes) {
            self = .pdf
        } else if ImageFormat(sniffing: bytes) != nil {
            self = .image
        } else {
            // XML: a declaration or an element after an optional byte-order mark and white space.
            var rest = bytes[...]
            if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
            guard let first = rest.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first == UInt8(ascii: "<")
            else { return nil }
            self = .xml
        }
    }
}

extension FactureOCRError {
    /// The same failure, from reading a PDF with `FacturX`.
    init(_ error: FacturXError) {
        switch error.code {
        case .encryptedPDF:
            self.init(code: .encryptedDocument, message: error.message, location: error.location)
        case .internalError:
            self.init(code: .internalError, message: error.message, location: error.location)
        default:
            self.init(code: .unreadableDocument, message: error.message, location: error.location)
        }
    }
}
