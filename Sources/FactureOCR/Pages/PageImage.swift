// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureTesseract

/// An image of a page: 8-bit grey pixels, row by row from the top left, with its resolution.
///
/// What a ``TextRecognizer`` reads. Decode a PNG, JPEG or TIFF file with ``init(encoded:)``
/// (leptonica), or fill one from any source (a PDF page rendered by poppler, a camera frame).
public struct PageImage: Sendable, Hashable {
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// `width × height` grey levels, 0 black to 255 white, rows top to bottom.
    public var pixels: [UInt8]
    /// Pixels per inch, `nil` when the source does not say (a recognizer then assumes 300).
    public var resolution: Int?

    /// Creates an image from its pixels.
    ///
    /// - Precondition: `pixels.count == width * height`, both positive.
    public init(width: Int, height: Int, pixels: [UInt8], resolution: Int? = nil) {
        precondition(width > 0 && height > 0 && pixels.count == width * height, "pixels must be width × height")
        self.width = width
        self.height = height
        self.pixels = pixels
        self.resolution = resolution
    }

    /// The largest image decoded, in pixels (about 16,000 × 16,000): a page scanned at 1,200 dpi
    /// is far below it, a decompression bomb far above.
    public static let maximumPixelCount = 256_000_000

    /// Decodes a PNG, JPEG or TIFF file, converted to grey; the first page of a multi-page TIFF.
    ///
    /// - Throws: ``FactureOCRError`` with code `unsupportedFormat` for bytes of another format and
    ///   `unreadableDocument` for a damaged or oversized image.
    public init(encoded bytes: some Collection<UInt8>) throws(FactureOCRError) {
        try self.init(encoded: bytes, page: 0)
    }

    /// The number of pages of an encoded image: the pages of a multi-page TIFF (a fax, a scanner's
    /// batch), 1 for a PNG or JPEG. Only the file's structure is read, no pixels.
    ///
    /// - Throws: ``FactureOCRError`` with code `unsupportedFormat` for bytes of another format and
    ///   `unreadableDocument` for a TIFF whose page directories cannot be read.
    public static func pageCount(ofEncoded bytes: some Collection<UInt8>) throws(FactureOCRError) -> Int {
        let data = Array(bytes)
        guard let format = ImageFormat(sniffing: data) else {
            throw FactureOCRError(code: .unsupportedFormat, message: "The input is no PNG, JPEG or TIFF image")
        }
        guard format == .tiff else { return 1 }
        guard let count = TIFFDirectories.count(in: data), count > 0 else {
            throw FactureOCRError(code: .unreadableDocument, message: "The TIFF image's page directories are damaged")
        }
        return count
    }

    /// Decodes one page of a PNG, JPEG or TIFF file, converted to grey: `page` counts from 0 and
    /// is below ``pageCount(ofEncoded:)`` (only 0 for a PNG or JPEG).
    ///
    /// Each page's size is read from the file before its pixels are decoded, and a page over
    /// ``maximumPixelCount`` pixels is refused (a decompression bomb).
    ///
    /// - Throws: ``FactureOCRError`` with code `unsupportedFormat` for bytes of another format and
    ///   `unreadableDocument` for a damaged or oversized image or a page the file does not have.
    public init(encoded bytes: some Collection<UInt8>, page: Int) throws(FactureOCRError) {
        let data = Array(bytes)
        guard let format = ImageFormat(sniffing: data) else {
            throw FactureOCRError(code: .unsupportedFormat, message: "The input is no PNG, JPEG or TIFF image")
        }
        let pageCount = format == .tiff ? TIFFDirectories.count(in: data) : 1
        guard let pageCount else {
            throw FactureOCRError(code: .unreadableDocument, message: "The TIFF image's page directories are damaged")
        }
        guard (0..<pageCount).contains(page), let directory = Int32(exactly: page) else {
            throw FactureOCRError(
                code: .unreadableDocument,
                message: "The \(format) image has no page \(page + 1)",
                location: "page \(page + 1)"
            )
        }
        LeptonicaMessages.silence()
        guard let header = format.dimensions(in: data, page: directory), header.width > 0, header.height > 0,
            header.width.multipliedReportingOverflow(by: header.height).partialValue <= Self.maximumPixelCount,
            !header.width.multipliedReportingOverflow(by: header.height).overflow
        else {
            throw FactureOCRError(
                code: .unreadableDocument,
                message: "The \(format) image has no readable size, or more than \(Self.maximumPixelCount) pixels",
                location: format == .tiff ? "page \(page + 1)" : nil
            )
        }
        var decoded = data.withUnsafeBufferPointer { buffer in
            format == .tiff
                ? pixReadMemTiff(buffer.baseAddress, buffer.count, directory)
                : pixReadMem(buffer.baseAddress, buffer.count)
        }
        defer { pixDestroy(&decoded) }
        guard let decodedImage = decoded else {
            throw FactureOCRError(code: .unreadableDocument, message: "The \(format) image cannot be decoded")
        }
        var converted = pixConvertTo8(decodedImage, 0)
        defer { pixDestroy(&converted) }
        guard let grey = converted else {
            throw FactureOCRError(code: .unreadableDocument, message: "The \(format) image cannot be made grey")
        }
        var raster: UnsafeMutablePointer<UInt8>?
        var count = 0
        let width = Int(pixGetWidth(grey))
        let height = Int(pixGetHeight(grey))
        guard pixGetRasterData(grey, &raster, &count) == 0, let raster, count == width * height else {
            throw FactureOCRError(code: .internalError, message: "leptonica could not hand over the pixels")
        }
        defer { lept_free(raster) }
        let resolution = Int(pixGetXRes(grey))
        self.init(
            width: width,
            height: height,
            pixels: Array(UnsafeBufferPointer(start: raster, count: count)),
            resolution: resolution > 0 ? resolution : nil
        )
    }
}

/// The image formats ``PageImage/init(encoded:)`` reads, told by their first bytes.
enum ImageFormat: String, Sendable, CustomStringConvertible {
    case png = "PNG"
    case jpeg = "JPEG"
    case tiff = "TIFF"

    init?(sniffing bytes: [UInt8]) {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .png
        } else if bytes.starts(with: [0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else if bytes.starts(with: [0x49, 0x49, 0x2A, 0x00]) || bytes.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) {
            self = .tiff
        } else {
            return nil
        }
    }

    var description: String { rawValue }

    /// The size the header declares for page `page` (from 0; only TIFF files have more than one),
    /// read before decoding to refuse decompression bombs.
    func dimensions(in bytes: [UInt8], page: Int32 = 0) -> (width: Int, height: Int)? {
        func bigEndian(_ offset: Int, _ count: Int) -> Int? {
            guard offset + count <= bytes.count else { return nil }
            return bytes[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
        }
        switch self {
        case .png:
            guard let width = bigEndian(16, 4), let height = bigEndian(20, 4) else { return nil }
            return (width, height)
        case .jpeg:
            // The first start-of-frame marker (SOF0…SOF15 but DHT, JPG and DAC) gives the size.
            var offset = 2
            while offset + 4 <= bytes.count {
                guard bytes[offset] == 0xFF else { return nil }
                let marker = bytes[offset + 1]
                if marker == 0xFF {
                    offset += 1
                    continue
                }
                guard let length = bigEndian(offset + 2, 2), length >= 2 else { return nil }
                if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                    guard let height = bigEndian(offset + 5, 2), let width = bigEndian(offset + 7, 2) else {
                        return nil
                    }
                    return (width, height)
                }
                offset += 2 + length
            }
            return nil
        case .tiff:
            var width: Int32 = 0
            var height: Int32 = 0
            var bitsPerSample: Int32 = 0
            var samplesPerPixel: Int32 = 0
            var resolution: Int32 = 0
            var colormap: Int32 = 0
            var compression: Int32 = 0
            let status = bytes.withUnsafeBufferPointer {
                readHeaderMemTiff(
                    $0.baseAddress,
                    $0.count,
                    page,
                    &width,
                    &height,
                    &bitsPerSample,
                    &samplesPerPixel,
                    &resolution,
                    &colormap,
                    &compression
                )
            }
            guard status == 0 else { return nil }
            return (Int(width), Int(height))
        }
    }
}

/// The page directories (IFDs) of a classic TIFF file (TIFF 6.0 §2), walked without decoding.
enum TIFFDirectories {
    /// The most pages counted: far beyond any invoice or fax batch, and a bound on a crafted chain.
    static let maximumCount = 100_000

    /// The number of directories in the chain from the header, or `nil` for a chain that leaves
    /// the file, loops, or is longer than ``maximumCount``.
    static func count(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 8 else { return nil }
        let littleEndian = bytes[0] == 0x49
        func unsigned(_ offset: Int, _ size: Int) -> Int? {
            guard offset >= 0, offset + size <= bytes.count else { return nil }
            let field = bytes[offset..<offset + size]
            return (littleEndian ? field.reversed() : Array(field)).reduce(0) { $0 << 8 | Int($1) }
        }
        guard var offset = unsigned(4, 4) else { return nil }
        var visited: Set<Int> = []
        while offset != 0 {
            guard visited.count < maximumCount, visited.insert(offset).inserted,
                let entries = unsigned(offset, 2),
                let next = unsigned(offset + 2 + entries * 12, 4)
            else { return nil }
            offset = next
        }
        return visited.count
    }
}

/// Leptonica prints warnings on stderr unless told not to; a library must stay quiet.
enum LeptonicaMessages {
    static func silence() {
        _ = setMsgSeverity(cfacture_leptonicaSeverityNone())
    }
}
