// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFacturePoppler

/// An open PDF document: a poppler handle owned by one value and freed when that value ends.
///
/// The type is non-copyable, so the handle has exactly one owner and is released
/// deterministically at the end of the scope that opened it; it is never shared across threads
/// (poppler handles are not thread-safe). Public API copies what it needs into `Sendable` values.
struct PopplerDocument: ~Copyable {
    /// The `%PDF-` header every PDF starts with (readers tolerate up to 1024 bytes of junk before it).
    static let magic: [UInt8] = Array("%PDF-".utf8)

    /// How far into the input the header may start.
    static let headerWindow = 1024

    private let handle: OpaquePointer

    /// Opens a PDF from bytes.
    ///
    /// - Throws: `malformedPDF` for empty input, bytes without a `%PDF-` header or a PDF poppler
    ///   cannot open; `encryptedPDF` when a user password is needed; `inputTooLarge` above 2 GiB;
    ///   `internalError` when memory runs out.
    init(bytes: some Collection<UInt8>) throws(FacturXError) {
        let bytes = Array(bytes)
        guard !bytes.isEmpty else {
            throw FacturXError(code: .malformedPDF, message: "The input is empty, not a PDF")
        }
        guard bytes.count <= Int(Int32.max) else {
            throw FacturXError(code: .inputTooLarge, message: "The PDF is larger than 2 GiB")
        }
        guard Self.headerOffset(in: bytes) != nil else {
            throw FacturXError(code: .malformedPDF, message: "The input is not a PDF: it has no %PDF- header")
        }
        var status = CFP_OK
        let opened = bytes.withUnsafeBufferPointer { buffer in
            cfp_document_load(buffer.baseAddress, buffer.count, &status)
        }
        guard let opened else {
            throw Self.error(status, doing: "open the PDF")
        }
        handle = opened
    }

    deinit {
        cfp_document_free(handle)
    }

    /// Where the `%PDF-` header starts within the first ``headerWindow`` bytes, if it does.
    static func headerOffset(in bytes: [UInt8]) -> Int? {
        let limit = min(bytes.count, headerWindow + magic.count) - magic.count
        guard limit >= 0 else { return nil }
        for offset in 0...limit where bytes[offset..<offset + magic.count].elementsEqual(magic) {
            return offset
        }
        return nil
    }

    /// The number of pages.
    var pageCount: Int {
        Int(cfp_document_page_count(handle))
    }

    /// The PDF version as `major.minor`, such as `1.7`.
    var pdfVersion: String {
        let version = Int(cfp_document_pdf_version(handle))
        return "\(version / 10).\(version % 10)"
    }

    /// The document's XMP metadata packet, or `nil` when the PDF has none.
    func xmpMetadata() throws(FacturXError) -> String? {
        var pointer: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = cfp_document_metadata(handle, &pointer, &length)
        defer { cfp_free(pointer) }
        guard status == CFP_OK else { throw Self.error(status, doing: "read the XMP metadata") }
        guard let pointer, length > 0 else { return nil }
        let bytes = UnsafeRawBufferPointer(start: pointer, count: length)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The number of embedded files (attachments of the EmbeddedFiles name tree).
    var embeddedFileCount: Int {
        Int(cfp_document_embedded_file_count(handle))
    }

    /// The name of embedded file `index`, as the file specification gives it.
    func embeddedFileName(_ index: Int) throws(FacturXError) -> String {
        var pointer: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = cfp_document_embedded_file_name(handle, Int32(index), &pointer, &length)
        defer { cfp_free(pointer) }
        guard status == CFP_OK, let pointer else {
            throw Self.error(status, doing: "read the name of embedded file \(index)")
        }
        return Self.decodeTextString(Array(UnsafeRawBufferPointer(start: pointer, count: length)))
    }

    /// Decodes a PDF text string (ISO 32000 §7.9.2.2): UTF-16BE after a `FE FF` mark, UTF-8 after
    /// an `EF BB BF` mark (PDF 2.0), PDFDocEncoding otherwise. poppler-cpp hands file names over
    /// as the raw bytes of the file specification's `/UF` or `/F` string.
    static func decodeTextString(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xFE, 0xFF]) {
            var units: [UInt16] = []
            var index = 2
            while index + 1 < bytes.count {
                units.append(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
                index += 2
            }
            return String(decoding: units, as: UTF16.self)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return String(decoding: bytes.dropFirst(3), as: UTF8.self)
        }
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let code: UInt32 =
                if (0x80...0x9E).contains(byte) {
                    pdfDocEncodingHigh[Int(byte - 0x80)]
                } else if byte == 0xA0 {
                    0x20AC
                } else {
                    UInt32(byte)
                }
            scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// PDFDocEncoding's code points for bytes 0x80 to 0x9E, where it departs from Latin-1.
    private static let pdfDocEncodingHigh: [UInt32] = [
        0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044, 0x2039, 0x203A, 0x2212, 0x2030, 0x201E, 0x201C,
        0x201D, 0x2018, 0x2019, 0x201A, 0x2122, 0xFB01, 0xFB02, 0x0141, 0x0152, 0x0160, 0x0178, 0x017D, 0x0131, 0x0142,
        0x0153, 0x0161, 0x017E,
    ]

    /// The bytes of embedded file `index`, decoded from its stream.
    func embeddedFileData(_ index: Int) throws(FacturXError) -> [UInt8] {
        var pointer: UnsafeMutablePointer<UInt8>?
        var length = 0
        let status = cfp_document_embedded_file_data(handle, Int32(index), &pointer, &length)
        defer { cfp_free(pointer) }
        guard status == CFP_OK, let pointer else {
            throw Self.error(status, doing: "read embedded file \(index)")
        }
        return Array(UnsafeBufferPointer(start: pointer, count: length))
    }

    /// The typed error for a failed shim call.
    private static func error(_ status: cfp_status, doing what: String) -> FacturXError {
        switch status {
        case CFP_ERROR_LOCKED:
            FacturXError(code: .encryptedPDF, message: "Cannot \(what): the PDF is encrypted with a password")
        case CFP_ERROR_MEMORY:
            FacturXError(code: .internalError, message: "Cannot \(what): out of memory")
        default:
            FacturXError(code: .malformedPDF, message: "Cannot \(what): the PDF is damaged or not a PDF")
        }
    }
}
