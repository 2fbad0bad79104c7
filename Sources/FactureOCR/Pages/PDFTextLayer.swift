// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFacturePoppler
import FacturX

/// The text layer of a PDF, read with poppler: the words of each page with their boxes, in points
/// from the top left of the page's crop box.
///
/// The cheapest way to the text of a PDF made by software (an invoice printed to PDF): exact text,
/// no recognition. A scanned PDF has no text layer (or an OCR layer of unknown quality), which
/// ``hasText(_:minimumWords:)`` helps to tell.
///
/// ```swift
/// let pages = try PDFTextLayer.pages(ofPDF: bytes)
/// for line in pages[0].lines { print(line.text) }
/// ```
public enum PDFTextLayer {
    /// The words of every page.
    ///
    /// - Throws: ``FactureOCRError`` with code `unreadableDocument` (no `%PDF-` header, a PDF too
    ///   damaged to open), `encryptedDocument` (a user password is needed) or `internalError`.
    public static func pages(ofPDF bytes: some Collection<UInt8>) throws(FactureOCRError) -> [TextPage] {
        let document = try PopplerTextDocument(bytes: Array(bytes))
        var pages: [TextPage] = []
        for index in 0..<document.pageCount {
            pages.append(try document.page(index))
        }
        return pages
    }

    /// Whether pages carry a usable text layer: enough words with letters or digits that an
    /// invoice can be read from them (a scan has none, a scan with a stamp only a handful).
    public static func hasText(_ pages: [TextPage], minimumWords: Int = 20) -> Bool {
        let words = pages.reduce(0) { total, page in
            total + page.words.count { word in word.text.unicodeScalars.contains { $0.properties.isAlphabetic } }
        }
        return words >= minimumWords
    }
}

/// An opened PDF, for its text; one instance per thread.
private struct PopplerTextDocument: ~Copyable {
    private let handle: OpaquePointer

    init(bytes: [UInt8]) throws(FactureOCRError) {
        guard FacturXPDF.looksLikePDF(bytes) else {
            throw FactureOCRError(code: .unreadableDocument, message: "The input is not a PDF: it has no %PDF- header")
        }
        var status = CFP_OK
        let opened = bytes.withUnsafeBufferPointer { cfp_document_load($0.baseAddress, $0.count, &status) }
        guard let opened else { throw FactureOCRError(poppler: status, doing: "open the PDF", page: nil) }
        handle = opened
    }

    deinit {
        cfp_document_free(handle)
    }

    var pageCount: Int { Int(cfp_document_page_count(handle)) }

    func page(_ index: Int) throws(FactureOCRError) -> TextPage {
        var words: UnsafeMutablePointer<cfp_word>?
        var count = 0
        var width = 0.0
        var height = 0.0
        let status = cfp_document_page_words(handle, Int32(index), &words, &count, &width, &height)
        guard status == CFP_OK else { throw FactureOCRError(poppler: status, doing: "read the text", page: index + 1) }
        defer { cfp_words_free(words, count) }
        var result: [TextWord] = []
        result.reserveCapacity(count)
        if let words {
            for word in UnsafeBufferPointer(start: words, count: count) {
                guard let text = word.text else { continue }
                let string = String(cString: text).trimmingSpaces
                guard !string.isEmpty else { continue }
                result.append(
                    TextWord(text: string, box: TextBox(x: word.x, y: word.y, width: word.width, height: word.height))
                )
            }
        }
        return TextPage(number: index + 1, width: width, height: height, words: result, origin: .textLayer)
    }
}

extension String {
    /// Without surrounding spaces (including no-break spaces).
    fileprivate var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
