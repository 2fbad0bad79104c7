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
    /// Prepares each page image before recognition (orientation, skew, perspective); `nil` to
    /// recognize the images as they are.
    public var preparation: (@Sendable (PageImage) throws(FactureOCRError) -> PageImage)?

    /// Creates a reader.
    public init(
        recognizer: any TextRecognizer,
        extractor: InvoiceFieldExtractor = InvoiceFieldExtractor(),
        preparation: (@Sendable (PageImage) throws(FactureOCRError) -> PageImage)? = nil
    ) {
        self.recognizer = recognizer
        self.extractor = extractor
        self.preparation = preparation
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
        let preparation = preparation
        let pages: [TextPage]
        do {
            pages = try await withThrowingTaskGroup(of: TextPage.self) { group in
                for (index, image) in images.enumerated() {
                    group.addTask {
                        let prepared = try preparation?(image) ?? image
                        return try await recognizer.recognize(prepared, pageNumber: index + 1)
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
