// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Pages whose images are decoded or rendered one at a time, when the reader is ready for them.
protocol PageImageSource: ~Copyable {
    /// The number of pages.
    var pageCount: Int { get }
    /// The image of page `index`, from 0.
    func image(ofPage index: Int) throws(FactureOCRError) -> PageImage
}

/// The pages of a PNG, JPEG or (multi-page) TIFF file, each decoded when asked for.
struct EncodedImagePages: PageImageSource {
    /// The encoded file.
    var bytes: [UInt8]
    /// Its number of pages, from ``PageImage/pageCount(ofEncoded:)``.
    var pageCount: Int

    func image(ofPage index: Int) throws(FactureOCRError) -> PageImage {
        try PageImage(encoded: bytes, page: index)
    }
}

/// The pages of a PDF without a text layer: the embedded scans, else the pages rendered.
struct PDFPageSource: PageImageSource {
    /// The opened PDF.
    let document: PDFPageImages.Document

    /// Opens a PDF for its page images.
    static func pdf(_ bytes: [UInt8]) throws(FactureOCRError) -> PDFPageSource {
        PDFPageSource(document: try PDFPageImages.Document(pdf: bytes))
    }

    var pageCount: Int { document.pageCount }

    func image(ofPage index: Int) throws(FactureOCRError) -> PageImage {
        try document.image(ofPage: index)
    }
}
