// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Reads the words of a page image: the seam where an integrator plugs another OCR engine
/// (a cloud service, a platform framework) in place of ``TesseractTextRecognizer``.
///
/// An implementation is safe to call from many tasks at once and does its heavy work off the
/// cooperative thread pool (recognition takes about a second a page).
public protocol TextRecognizer: Sendable {
    /// The words of `image`, in points (1/72 inch at the image's resolution, 300 dpi when it does
    /// not say) from its top left, as a PDF text layer gives them, each with the engine's confidence.
    ///
    /// - Parameters:
    ///   - image: the page.
    ///   - pageNumber: the page's number in its document, from 1, for the result.
    /// - Throws: ``FactureOCRError`` with code `recognitionFailed` when the engine fails (an empty
    ///   page is no failure: it reads as no words).
    func recognize(_ image: PageImage, pageNumber: Int) async throws(FactureOCRError) -> TextPage
}
