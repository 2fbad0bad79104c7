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

    /// Creates a reader.
    public init(
        recognizer: any TextRecognizer,
        extractor: InvoiceFieldExtractor = InvoiceFieldExtractor(),
        preprocessor: PageImagePreprocessor? = PageImagePreprocessor()
    ) {
        self.recognizer = recognizer
        self.extractor = extractor
        self.preprocessor = preprocessor
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
            let image = try PageImage(encoded: bytes)
            return try await recognize([image])
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
            return try await recognizePages(try pdfImages(bytes))
        case .image:
            return try await recognizePages([try PageImage(encoded: bytes)])
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
        return try await recognize(try pdfImages(bytes))
    }

    /// Recognizes the images (concurrently, as the recognizer allows) and extracts the fields.
    private func recognize(_ images: [PageImage]) async throws(FactureOCRError) -> ExtractedInvoice {
        extractor.extract(from: try await recognizePages(images), source: .ocr)
    }

    /// Recognizes the images, concurrently as the recognizer allows, in page order.
    private func recognizePages(_ images: [PageImage]) async throws(FactureOCRError) -> [TextPage] {
        let recognizer = recognizer
        let preprocessor = preprocessor
        let pages: [TextPage]
        do {
            pages = try await withThrowingTaskGroup(of: TextPage.self) { group in
                for (index, image) in images.enumerated() {
                    group.addTask {
                        try await Self.recognize(image, number: index + 1, with: recognizer, preprocessor: preprocessor)
                    }
                }
                var pages: [TextPage] = []
                for try await page in group { pages.append(page) }
                return pages.sorted { $0.number < $1.number }
            }
        } catch let error as FactureOCRError {
            throw error
        } catch {
            throw FactureOCRError(code: .internalError, message: "Recognition stopped: \(error)")
        }
        return pages
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

    /// The page images of a PDF without a text layer: the embedded scans, else the pages rendered.
    private func pdfImages(_ bytes: [UInt8]) throws(FactureOCRError) -> [PageImage] {
        try PDFPageImages.images(ofPDF: bytes)
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
