// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFacturePoppler

/// The image of each page of a PDF, for a ``TextRecognizer``: the scan itself when the page is
/// one scanned image, else the page rendered by poppler.
///
/// A scanned PDF stores each page as one image drawn over the whole page. Taking that image out
/// (read with qpdf) is faster than rendering the page and gives the recognizer the scanner's own
/// pixels at the scanner's resolution, with no resampling. Any other page — text, vector
/// drawings, several images, an image drawn over part of the page, an encoding not handled here
/// (CCITT fax, JBIG2, JPEG 2000, CMYK) — is rendered in grey at `renderResolution` dots per inch.
/// Either way the image is upright as a viewer displays the page (`/Rotate` applied).
///
/// ```swift
/// let recognizer = try TesseractTextRecognizer()
/// for (index, image) in try PDFPageImages.images(ofPDF: bytes).enumerated() {
///     let page = try await recognizer.recognize(image, pageNumber: index + 1)
///     print(page.text)
/// }
/// ```
public enum PDFPageImages {
    /// How a page's image was obtained.
    public enum Origin: Sendable, Hashable {
        /// The page's scanned image, stored as a JPEG (`/DCTDecode`) and decoded by leptonica.
        case embeddedJPEG
        /// The page's scanned image, stored as samples (Flate, LZW, RunLength or no filter) and
        /// converted to grey.
        case embeddedPixels
        /// The page rendered by poppler at the requested resolution.
        case rendered
    }

    /// One image per page, the embedded scan when the page is one, else the page rendered by poppler.
    ///
    /// Every page's pixels are held at once (a 500-page scan at 300 dpi holds about 4 GB): for a
    /// long document, take the pages one at a time from a ``Document``.
    ///
    /// - Parameters:
    ///   - bytes: the PDF.
    ///   - renderResolution: dots per inch for the pages that are rendered (positive); embedded
    ///     scans keep their own resolution, given in ``PageImage/resolution``.
    /// - Throws: ``FactureOCRError`` with code `unreadableDocument` (not a PDF, a PDF too damaged
    ///   to open or render, a page image or rendered page over ``PageImage/maximumPixelCount``
    ///   pixels), `encryptedDocument` (a user password is needed) or `internalError`.
    public static func images(
        ofPDF bytes: some Collection<UInt8>,
        renderResolution: Int = 300
    ) throws(FactureOCRError) -> [PageImage] {
        try pages(ofPDF: bytes, renderResolution: renderResolution).map(\.image)
    }

    /// The same, with how each page's image was obtained (for tests, benchmarks, logs).
    ///
    /// - Throws: as ``images(ofPDF:renderResolution:)``.
    public static func pages(
        ofPDF bytes: some Collection<UInt8>,
        renderResolution: Int = 300
    ) throws(FactureOCRError) -> [(image: PageImage, origin: Origin)] {
        let document = try Document(pdf: bytes, renderResolution: renderResolution)
        var pages: [(image: PageImage, origin: Origin)] = []
        pages.reserveCapacity(document.pageCount)
        for index in 0..<document.pageCount {
            pages.append(try document.page(index))
        }
        return pages
    }

    /// A PDF opened to take its page images out one at a time, so that a long document never has
    /// more than the pages in hand decoded.
    ///
    /// Opening reads the page tree with qpdf; each page's scan is taken out (or the page rendered
    /// by poppler, opened on the first page that needs it) only when asked for. A document holds C
    /// handles that are not thread-safe: use it from one task at a time (it is not `Sendable`),
    /// and hand the ``PageImage`` values, which are, to other tasks.
    ///
    /// ```swift
    /// let document = try PDFPageImages.Document(pdf: bytes)
    /// for index in 0..<document.pageCount {
    ///     let page = try await recognizer.recognize(try document.image(ofPage: index), pageNumber: index + 1)
    ///     print(page.text)
    /// }
    /// ```
    public final class Document {
        /// The number of pages.
        public let pageCount: Int
        /// Dots per inch for the pages that are rendered.
        public let renderResolution: Int
        private let data: [UInt8]
        private let reader: QPDFPageReader
        /// Whether qpdf walked the page tree; when it could not, every page is rendered by poppler.
        private let qpdfReadsPages: Bool
        private var renderer: PopplerPageRenderer?

        /// Opens a PDF.
        ///
        /// - Parameters:
        ///   - bytes: the PDF.
        ///   - renderResolution: dots per inch for the pages that are rendered (positive).
        /// - Throws: ``FactureOCRError`` with code `unreadableDocument` (not a PDF, a PDF too damaged
        ///   to open), `encryptedDocument` (a user password is needed) or `internalError`.
        public init(pdf bytes: some Collection<UInt8>, renderResolution: Int = 300) throws(FactureOCRError) {
            precondition(renderResolution > 0, "renderResolution must be positive")
            data = Array(bytes)
            self.renderResolution = renderResolution
            reader = try QPDFPageReader(bytes: data)
            if let count = reader.pageCount {
                pageCount = count
                qpdfReadsPages = true
            } else {
                // qpdf could not walk the page tree: poppler renders every page.
                let renderer = try PopplerPageRenderer(bytes: data)
                pageCount = renderer.pageCount
                qpdfReadsPages = false
                self.renderer = renderer
            }
        }

        /// The image of page `index` (from 0): the embedded scan when the page is one, else the
        /// page rendered in grey at ``renderResolution`` dots per inch.
        ///
        /// - Throws: ``FactureOCRError`` with code `unreadableDocument` (no such page, a page too
        ///   damaged to render, a page image or rendered page over ``PageImage/maximumPixelCount``
        ///   pixels) or `internalError`.
        public func image(ofPage index: Int) throws(FactureOCRError) -> PageImage {
            try page(index).image
        }

        /// The image of page `index` (from 0), with how it was obtained.
        ///
        /// - Throws: as ``image(ofPage:)``.
        public func page(_ index: Int) throws(FactureOCRError) -> (image: PageImage, origin: Origin) {
            guard (0..<pageCount).contains(index) else {
                throw FactureOCRError(
                    code: .unreadableDocument,
                    message: "The PDF has \(pageCount) pages",
                    location: "page \(index + 1)"
                )
            }
            var geometry: QPDFPageReader.Geometry?
            if qpdfReadsPages {
                if let embedded = try reader.embeddedImage(ofPage: index) {
                    return (embedded.image, embedded.isJPEG ? .embeddedJPEG : .embeddedPixels)
                }
                geometry = reader.geometry(ofPage: index)
            }
            // Not a scan: poppler renders the page, within the pixel limit.
            if let box = geometry?.box {
                let width = (box.width * Double(renderResolution) / 72).rounded(.up)
                let height = (box.height * Double(renderResolution) / 72).rounded(.up)
                guard width * height <= Double(PageImage.maximumPixelCount) else {
                    throw FactureOCRError(
                        code: .unreadableDocument,
                        message: "The page is \(Int(box.width)) × \(Int(box.height)) points: at \(renderResolution) "
                            + "dpi it would have more than \(PageImage.maximumPixelCount) pixels",
                        location: "page \(index + 1)"
                    )
                }
            }
            let renderer: PopplerPageRenderer
            if let opened = self.renderer {
                renderer = opened
            } else {
                renderer = try PopplerPageRenderer(bytes: data)
                self.renderer = renderer
            }
            return (try renderer.render(page: index, resolution: renderResolution), .rendered)
        }
    }
}

@available(*, unavailable)
extension PDFPageImages.Document: Sendable {}

/// A PDF opened with poppler to render pages in grey; used from one thread at a time.
private final class PopplerPageRenderer {
    private let handle: OpaquePointer

    /// Opens a PDF (poppler copies the bytes).
    init(bytes: [UInt8]) throws(FactureOCRError) {
        var status = CFP_OK
        let opened = bytes.withUnsafeBufferPointer { cfp_document_load($0.baseAddress, $0.count, &status) }
        guard let opened else { throw FactureOCRError(poppler: status, doing: "open the PDF", page: nil) }
        handle = opened
    }

    deinit {
        cfp_document_free(handle)
    }

    /// The number of pages poppler sees.
    var pageCount: Int { max(0, Int(cfp_document_page_count(handle))) }

    /// Page `page` (from 0) rendered in grey at `resolution` dots per inch, upright as displayed.
    func render(page: Int, resolution: Int) throws(FactureOCRError) -> PageImage {
        guard let index = Int32(exactly: page) else {
            throw FactureOCRError(code: .unreadableDocument, message: "No such page", location: "page \(page + 1)")
        }
        var pixels: UnsafeMutablePointer<UInt8>?
        var width: Int32 = 0
        var height: Int32 = 0
        let status = cfp_document_render_page_gray(handle, index, Double(resolution), &pixels, &width, &height)
        defer { cfp_free(pixels) }
        guard status == CFP_OK else { throw FactureOCRError(poppler: status, doing: "render the page", page: page + 1) }
        let count = Int(width) * Int(height)
        guard let pixels, width > 0, height > 0 else {
            throw FactureOCRError(
                code: .unreadableDocument,
                message: "poppler rendered an empty page",
                location: "page \(page + 1)"
            )
        }
        return PageImage(
            width: Int(width),
            height: Int(height),
            pixels: Array(UnsafeBufferPointer(start: pixels, count: count)),
            resolution: resolution
        )
    }
}
