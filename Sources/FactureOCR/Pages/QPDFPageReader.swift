// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureQPDF
import FacturX

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A rectangle of PDF user space, normalized (`minX ≤ maxX`, `minY ≤ maxY`).
struct PDFRect: Sendable, Hashable {
    /// Left edge.
    var minX: Double
    /// Bottom edge (PDF y grows upwards).
    var minY: Double
    /// Right edge.
    var maxX: Double
    /// Top edge.
    var maxY: Double

    /// Width, in points.
    var width: Double { maxX - minX }
    /// Height, in points.
    var height: Double { maxY - minY }
    /// Area, in square points.
    var area: Double { width * height }

    /// The common part of two rectangles, `nil` when they do not overlap.
    func intersection(_ other: PDFRect) -> PDFRect? {
        let result = PDFRect(
            minX: max(minX, other.minX),
            minY: max(minY, other.minY),
            maxX: min(maxX, other.maxX),
            maxY: min(maxY, other.maxY)
        )
        return result.width > 0 && result.height > 0 ? result : nil
    }
}

/// A PDF opened with qpdf to find the pages that are one scanned image, and take that image out
/// as it is stored (PDF 32000-1 §8.9) rather than rendering the page.
///
/// qpdf loads objects only when asked: reading a scanned page touches the page dictionary, its
/// content stream, its resources and the image stream, nothing else. The type is non-copyable: the
/// qpdf handle and the copy of the input it reads from have one owner and are released with it
/// (qpdf handles are not thread-safe and never leave the value).
struct QPDFPageReader: ~Copyable {
    /// The page area and orientation, as a viewer displays the page.
    struct Geometry: Sendable, Hashable {
        /// The crop box (within the media box), in points.
        var box: PDFRect
        /// `/Rotate`: 0, 90, 180 or 270 degrees clockwise.
        var rotation: Int
    }

    /// A page's image, taken out of the PDF.
    struct EmbeddedImage: Sendable, Hashable {
        /// The image, upright as the page is displayed, with the resolution it is drawn at.
        var image: PageImage
        /// Whether it was stored as a JPEG (`/DCTDecode`), else as filtered samples.
        var isJPEG: Bool
    }

    /// How far up the page tree an inheritable attribute is looked for (real trees have 2 to 4
    /// levels; the bound cuts cycles).
    static let maximumTreeDepth = 32

    /// How much of the page the image must cover, and how much of the image must be on the page.
    static let minimumCoverage = 0.9

    /// How far the horizontal and vertical resolutions may differ (a fax at 204 × 98 dpi stored
    /// as is would look squashed: such pages are rendered with square pixels instead).
    static let resolutionTolerance = 0.03

    private let handle: OpaquePointer
    /// The input, copied: qpdf reads from it for the handle's whole life.
    /// The copy of the input qpdf reads from, owned with the handle.
    private let buffer: UnsafeMutablePointer<CChar>?

    /// Opens a PDF from bytes.
    ///
    /// A PDF encrypted with an empty user password (an owner password only) opens and reads
    /// decrypted, as in PDF viewers.
    ///
    /// - Throws: `unreadableDocument` for input without a `%PDF-` header in its first 1,024
    ///   bytes or that qpdf cannot open, `encryptedDocument` when a user password is needed,
    ///   `internalError` when qpdf cannot start.
    init(bytes: [UInt8]) throws(FactureOCRError) {
        guard FacturXPDF.looksLikePDF(bytes) else {
            throw FactureOCRError(code: .unreadableDocument, message: "The input is not a PDF: it has no %PDF- header")
        }
        guard bytes.count <= Int(Int32.max) else {
            throw FactureOCRError(code: .unreadableDocument, message: "The PDF is larger than 2 GiB")
        }
        let handle: OpaquePointer
        let buffer: UnsafeMutablePointer<CChar>?
        do {
            (handle, buffer) = try QPDFOpening.open(bytes)
        } catch {
            throw FactureOCRError(error)
        }
        guard qpdf_oh_is_dictionary(handle, qpdf_get_root(handle)) != 0 else {
            cfacture_qpdf_close(handle, buffer)
            throw FactureOCRError(code: .unreadableDocument, message: "The PDF has no catalog dictionary (/Root)")
        }
        self.handle = handle
        self.buffer = buffer
    }

    deinit {
        cfacture_qpdf_close(handle, buffer)
    }

    /// The number of pages, or `nil` when the page tree is too damaged for qpdf to count.
    var pageCount: Int? {
        let count = Int(qpdf_get_num_pages(handle))
        guard count >= 0 else {
            clearError()
            return nil
        }
        return count
    }

    /// The crop box and rotation of page `index` (from 0), inherited attributes included; `nil`
    /// when the page has no usable media box.
    func geometry(ofPage index: Int) -> Geometry? {
        defer { clearError() }
        let page = qpdf_get_page_n(handle, index)
        guard qpdf_oh_is_dictionary(handle, page) != 0 else { return nil }
        return geometry(of: page)
    }

    /// The image page `index` (from 0) is made of, or `nil` when the page is not one image
    /// qpdf can hand over: such a page is rendered instead.
    ///
    /// A page is taken for a scan when its content draws exactly one image XObject, upright,
    /// over at least 90 % of the crop box, with nothing visible painted after it, and the image
    /// has no soft mask or colour-key mask. A `/DCTDecode` image is decoded by leptonica from the
    /// stored JPEG; other images are decoded by qpdf (Flate, LZW, RunLength, ASCII filters and
    /// PNG/TIFF predictors) and converted here from DeviceGray, DeviceRGB, CalGray, CalRGB,
    /// ICCBased with 1 or 3 components, or an Indexed palette over those, at 1, 2, 4 or 8 bits,
    /// honouring `/Decode` inversion and `/ImageMask`. CCITT fax, JBIG2 and JPEG 2000 images,
    /// 16-bit samples, CMYK, other colour spaces and other `/Decode` arrays give `nil`.
    ///
    /// - Throws: `unreadableDocument` when the image declares more than
    ///   ``PageImage/maximumPixelCount`` pixels (checked before anything is decoded).
    func embeddedImage(ofPage index: Int) throws(FactureOCRError) -> EmbeddedImage? {
        defer {
            drainWarnings()
            clearError()
        }
        drainWarnings()
        let page = qpdf_get_page_n(handle, index)
        guard qpdf_oh_is_dictionary(handle, page) != 0, let geometry = geometry(of: page) else { return nil }
        let resources = inherited(page, "/Resources")
        let xobjects = qpdf_oh_get_key(handle, resources, "/XObject")
        guard qpdf_oh_is_dictionary(handle, resources) != 0, qpdf_oh_is_dictionary(handle, xobjects) != 0,
            let content = pageContent(page), let placement = PDFPageDrawing.singleXObject(in: content)
        else { return nil }
        let image = qpdf_oh_get_key(handle, xobjects, placement.name)
        guard qpdf_oh_is_stream(handle, image) != 0 else { return nil }
        let dictionary = qpdf_oh_get_dict(handle, image)
        guard name(qpdf_oh_get_key(handle, dictionary, "/Subtype")) == "/Image",
            let drawn = Self.drawnRect(placement.matrix, covering: geometry.box)
        else { return nil }
        guard let width = integer(qpdf_oh_get_key(handle, dictionary, "/Width")),
            let height = integer(qpdf_oh_get_key(handle, dictionary, "/Height")), width > 0, height > 0
        else { return nil }
        try Self.checkSize(width: width, height: height, page: index)
        guard Self.resolution(width: width, height: height, drawn: drawn) != nil, !hasValue(dictionary, "/SMask"),
            !hasValue(dictionary, "/Mask"),
            let filters = filters(of: dictionary)
        else { return nil }
        let imageMask = qpdf_oh_get_key(handle, dictionary, "/ImageMask")
        let isMask = qpdf_oh_is_bool(handle, imageMask) != 0 && qpdf_oh_get_bool_value(handle, imageMask) != 0
        var decoded: PageImage
        let isJPEG = filters == ["/DCTDecode"] && !isMask
        if isJPEG {
            guard let jpeg = try jpegImage(image, dictionary: dictionary, resources: resources, page: index) else {
                return nil
            }
            decoded = jpeg
        } else {
            guard let samples = samples(of: dictionary, width: width, height: height, isMask: isMask, resources),
                let pixels = decodedStream(image, { samples.grey($0) }) ?? nil
            else { return nil }
            decoded = PageImage(width: width, height: height, pixels: pixels)
        }
        // A JPEG's own size decides (it may differ from what the dictionary declares).
        guard let resolution = Self.resolution(width: decoded.width, height: decoded.height, drawn: drawn) else {
            return nil
        }
        decoded.resolution = resolution
        return EmbeddedImage(image: decoded.rotated(clockwise: geometry.rotation), isJPEG: isJPEG)
    }

    // MARK: - Placement

    /// Where an image drawn with `matrix` lands, when it is upright (not flipped nor turned) and
    /// covers the page box (see ``minimumCoverage``); `nil` otherwise.
    static func drawnRect(_ matrix: PDFMatrix, covering box: PDFRect) -> PDFRect? {
        guard matrix.a > 0, matrix.d > 0, abs(matrix.b) <= matrix.a / 100, abs(matrix.c) <= matrix.d / 100 else {
            return nil
        }
        let drawn = PDFRect(minX: matrix.e, minY: matrix.f, maxX: matrix.e + matrix.a, maxY: matrix.f + matrix.d)
        guard let overlap = drawn.intersection(box), overlap.area >= minimumCoverage * box.area,
            overlap.area >= minimumCoverage * drawn.area
        else { return nil }
        return drawn
    }

    /// The resolution of an image of `width × height` pixels drawn over `drawn`, in pixels per
    /// inch, rounded; `nil` when the horizontal and vertical resolutions differ by more than
    /// ``resolutionTolerance``.
    static func resolution(width: Int, height: Int, drawn: PDFRect) -> Int? {
        let horizontal = Double(width) * 72 / drawn.width
        let vertical = Double(height) * 72 / drawn.height
        guard abs(horizontal - vertical) <= resolutionTolerance * max(horizontal, vertical) else { return nil }
        return max(1, Int(horizontal.rounded()))
    }

    /// Refuses images larger than ``PageImage/maximumPixelCount``.
    static func checkSize(width: Int, height: Int, page: Int) throws(FactureOCRError) {
        let (count, overflow) = width.multipliedReportingOverflow(by: height)
        guard !overflow, count <= PageImage.maximumPixelCount else {
            throw FactureOCRError(
                code: .unreadableDocument,
                message: "The page image is \(width) × \(height) pixels, more than \(PageImage.maximumPixelCount)",
                location: "page \(page + 1)"
            )
        }
    }

    // MARK: - Images

    /// A `/DCTDecode` image decoded from its JPEG bytes, `nil` when its colour space or `/Decode`
    /// is not handled or the JPEG does not decode (the page is then rendered).
    private func jpegImage(
        _ image: qpdf_oh,
        dictionary: qpdf_oh,
        resources: qpdf_oh,
        page: Int
    ) throws(FactureOCRError) -> PageImage? {
        guard let colors = colors(qpdf_oh_get_key(handle, dictionary, "/ColorSpace"), resources: resources, depth: 0),
            colors == .gray || colors == .rgb,
            let inverted = decodeInversion(dictionary, components: colors == .rgb ? 3 : 1)
        else { return nil }
        var raw: UnsafeMutablePointer<UInt8>?
        var length = 0
        let status = qpdf_oh_get_stream_data(handle, image, qpdf_dl_none, nil, &raw, &length)
        defer { free(raw) }
        guard status & QPDF_ERRORS == 0, let raw else { return nil }
        let jpeg = Array(UnsafeBufferPointer(start: raw, count: length))
        guard let size = ImageFormat.jpeg.dimensions(in: jpeg) else { return nil }
        try Self.checkSize(width: size.width, height: size.height, page: page)
        guard var decoded = try? PageImage(encoded: jpeg) else { return nil }
        if inverted {
            decoded.pixels = decoded.pixels.map { 255 - $0 }
        }
        return decoded
    }

    /// How the samples of a non-JPEG image become grey, `nil` when they cannot here.
    private func samples(
        of dictionary: qpdf_oh,
        width: Int,
        height: Int,
        isMask: Bool,
        _ resources: qpdf_oh
    ) -> PDFImageSamples? {
        if isMask {
            let bits = qpdf_oh_get_key(handle, dictionary, "/BitsPerComponent")
            guard qpdf_oh_is_null(handle, bits) != 0 || integer(bits) == 1,
                let inverted = decodeInversion(dictionary, components: 1)
            else { return nil }
            return PDFImageSamples(width: width, height: height, bitsPerComponent: 1, colors: .mask, inverted: inverted)
        }
        guard let bits = integer(qpdf_oh_get_key(handle, dictionary, "/BitsPerComponent")),
            [1, 2, 4, 8].contains(bits),
            let colors = colors(qpdf_oh_get_key(handle, dictionary, "/ColorSpace"), resources: resources, depth: 0)
        else { return nil }
        let inverted: Bool
        if case .palette(let greys) = colors {
            // Only the default /Decode [0 hival] (written out or not).
            let decode = qpdf_oh_get_key(handle, dictionary, "/Decode")
            if qpdf_oh_is_null(handle, decode) == 0 {
                guard numbers(decode) == [0, Double(greys.count - 1)] else { return nil }
            }
            inverted = false
        } else {
            guard let flag = decodeInversion(dictionary, components: colors == .rgb ? 3 : 1) else { return nil }
            inverted = flag
        }
        return PDFImageSamples(width: width, height: height, bitsPerComponent: bits, colors: colors, inverted: inverted)
    }

    /// Whether `/Decode` inverts every component (`[1 0 …]`): `false` when absent or `[0 1 …]`,
    /// `nil` for any other mapping.
    private func decodeInversion(_ dictionary: qpdf_oh, components: Int) -> Bool? {
        let decode = qpdf_oh_get_key(handle, dictionary, "/Decode")
        if qpdf_oh_is_null(handle, decode) != 0 { return false }
        guard let values = numbers(decode), values.count == 2 * components else { return nil }
        if values == Array(repeating: [0.0, 1.0], count: components).flatMap(\.self) { return false }
        if values == Array(repeating: [1.0, 0.0], count: components).flatMap(\.self) { return true }
        return nil
    }

    /// What an image's colour space means for grey conversion, `nil` when it is not handled.
    /// Named colour spaces are looked up in the page's `/Resources /ColorSpace`.
    private func colors(_ space: qpdf_oh, resources: qpdf_oh, depth: Int) -> PDFImageSamples.Colors? {
        guard depth < 3 else { return nil }
        if let spaceName = name(space) {
            switch spaceName {
            case "/DeviceGray", "/G", "/CalGray": return .gray
            case "/DeviceRGB", "/RGB", "/CalRGB": return .rgb
            case "/DeviceCMYK", "/CMYK", "/Pattern": return nil
            default:
                let named = qpdf_oh_get_key(handle, qpdf_oh_get_key(handle, resources, "/ColorSpace"), spaceName)
                guard qpdf_oh_is_null(handle, named) == 0 else { return nil }
                return colors(named, resources: resources, depth: depth + 1)
            }
        }
        guard qpdf_oh_is_array(handle, space) != 0, qpdf_oh_get_array_n_items(handle, space) >= 1,
            let family = name(qpdf_oh_get_array_item(handle, space, 0))
        else { return nil }
        switch family {
        case "/CalGray": return .gray
        case "/CalRGB": return .rgb
        case "/ICCBased":
            let profile = qpdf_oh_get_array_item(handle, space, 1)
            guard qpdf_oh_is_stream(handle, profile) != 0 else { return nil }
            switch integer(qpdf_oh_get_key(handle, qpdf_oh_get_dict(handle, profile), "/N")) {
            case 1: return .gray
            case 3: return .rgb
            default: return nil
            }
        case "/Indexed", "/I":
            guard qpdf_oh_get_array_n_items(handle, space) == 4,
                let base = colors(qpdf_oh_get_array_item(handle, space, 1), resources: resources, depth: depth + 1),
                base == .gray || base == .rgb,
                let highest = integer(qpdf_oh_get_array_item(handle, space, 2)), (0...255).contains(highest),
                let table = lookup(qpdf_oh_get_array_item(handle, space, 3))
            else { return nil }
            let components = base == .rgb ? 3 : 1
            guard table.count >= (highest + 1) * components else { return nil }
            let greys = (0...highest).map { entry in
                if components == 1 { return table[entry] }
                let red = Int(table[3 * entry])
                let green = Int(table[3 * entry + 1])
                let blue = Int(table[3 * entry + 2])
                return UInt8(truncatingIfNeeded: (77 * red + 128 * green + 51 * blue + 128) >> 8)
            }
            return .palette(greys)
        default:
            return nil
        }
    }

    /// The bytes of an Indexed colour space's lookup table: a string or a stream.
    private func lookup(_ table: qpdf_oh) -> [UInt8]? {
        if qpdf_oh_is_string(handle, table) != 0 {
            var length = 0
            guard let pointer = qpdf_oh_get_binary_string_value(handle, table, &length) else { return nil }
            return UnsafeRawBufferPointer(start: pointer, count: length).map(\.self)
        }
        guard qpdf_oh_is_stream(handle, table) != 0 else { return nil }
        return decodedStream(table) { Array($0) }
    }

    /// The image's filter names (`/FlateDecode`, …), empty when it has none; `nil` when `/Filter`
    /// is neither a name nor an array of names.
    private func filters(of dictionary: qpdf_oh) -> [String]? {
        let filter = qpdf_oh_get_key(handle, dictionary, "/Filter")
        if qpdf_oh_is_null(handle, filter) != 0 { return [] }
        if let single = name(filter) { return [single] }
        guard qpdf_oh_is_array(handle, filter) != 0 else { return nil }
        var names: [String] = []
        for index in 0..<max(0, qpdf_oh_get_array_n_items(handle, filter)) {
            guard let item = name(qpdf_oh_get_array_item(handle, filter, index)) else { return nil }
            names.append(item)
        }
        return names
    }

    // MARK: - Pages

    /// The crop box within the media box, and the rotation, of a page dictionary.
    private func geometry(of page: qpdf_oh) -> Geometry? {
        guard let media = rect(inherited(page, "/MediaBox")) else { return nil }
        var box = media
        if let crop = rect(inherited(page, "/CropBox")) {
            box = crop.intersection(media) ?? media
        }
        let rotate = integer(inherited(page, "/Rotate")) ?? 0
        let rotation = ((rotate % 360) + 360) % 360
        return Geometry(box: box, rotation: rotation % 90 == 0 ? rotation : 0)
    }

    /// A page attribute, from the page or the nearest `/Pages` node above it that has it
    /// (`/Resources`, `/MediaBox`, `/CropBox` and `/Rotate` are inheritable); a null handle when
    /// none has it.
    private func inherited(_ page: qpdf_oh, _ key: String) -> qpdf_oh {
        var node = page
        for _ in 0..<Self.maximumTreeDepth {
            let value = qpdf_oh_get_key(handle, node, key)
            if qpdf_oh_is_null(handle, value) == 0 { return value }
            node = qpdf_oh_get_key(handle, node, "/Parent")
            guard qpdf_oh_is_dictionary(handle, node) != 0 else { break }
        }
        return qpdf_oh_new_null(handle)
    }

    /// The concatenated, decoded content streams of a page; `nil` when qpdf cannot read them
    /// or warns while doing so.
    private func pageContent(_ page: qpdf_oh) -> [UInt8]? {
        var pointer: UnsafeMutablePointer<UInt8>?
        var length = 0
        let status = qpdf_oh_get_page_content_data(handle, page, &pointer, &length)
        defer { free(pointer) }
        guard status & QPDF_ERRORS == 0, qpdf_more_warnings(handle) == 0, let pointer else { return nil }
        return Array(UnsafeBufferPointer(start: pointer, count: length))
    }

    // MARK: - Objects

    /// Reads a stream with every filter qpdf can undo without loss undone (Flate, LZW, RunLength,
    /// ASCII85, ASCIIHex, with predictors) and passes the data to `body`; `nil` when a filter
    /// remains (DCT, CCITT fax, JBIG2, JPX), or qpdf fails or warns (a torn stream).
    private func decodedStream<Result>(_ stream: qpdf_oh, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        drainWarnings()
        var pointer: UnsafeMutablePointer<UInt8>?
        var length = 0
        var filtered: QPDF_BOOL = QPDF_FALSE
        let status = qpdf_oh_get_stream_data(handle, stream, qpdf_dl_specialized, &filtered, &pointer, &length)
        defer { free(pointer) }
        let warned = qpdf_more_warnings(handle) != 0
        drainWarnings()
        guard status & QPDF_ERRORS == 0, filtered != 0, !warned else {
            clearError()
            return nil
        }
        return body(UnsafeBufferPointer(start: pointer, count: pointer == nil ? 0 : length))
    }

    /// A rectangle from an array of four numbers, `nil` for anything else or an empty one.
    private func rect(_ array: qpdf_oh) -> PDFRect? {
        guard let values = numbers(array), values.count == 4 else { return nil }
        let rect = PDFRect(
            minX: min(values[0], values[2]),
            minY: min(values[1], values[3]),
            maxX: max(values[0], values[2]),
            maxY: max(values[1], values[3])
        )
        return rect.width > 0 && rect.height > 0 ? rect : nil
    }

    /// The items of an array of numbers, `nil` when it is not one.
    private func numbers(_ array: qpdf_oh) -> [Double]? {
        guard qpdf_oh_is_array(handle, array) != 0 else { return nil }
        let count = Int(qpdf_oh_get_array_n_items(handle, array))
        guard count <= 64 else { return nil }
        var values: [Double] = []
        for index in 0..<count {
            let item = qpdf_oh_get_array_item(handle, array, Int32(index))
            guard qpdf_oh_is_number(handle, item) != 0 else { return nil }
            let value = qpdf_oh_get_numeric_value(handle, item)
            guard value.isFinite else { return nil }
            values.append(value)
        }
        return values
    }

    /// An integer object's value, `nil` for another object or one beyond `Int32`.
    private func integer(_ object: qpdf_oh) -> Int? {
        guard qpdf_oh_is_integer(handle, object) != 0 else { return nil }
        let value = qpdf_oh_get_int_value(handle, object)
        guard value >= Int64(Int32.min), value <= Int64(Int32.max) else { return nil }
        return Int(value)
    }

    /// A name object's text with its slash, or `nil` for another object.
    private func name(_ object: qpdf_oh) -> String? {
        guard qpdf_oh_is_name(handle, object) != 0, let text = qpdf_oh_get_name(handle, object) else { return nil }
        return String(cString: text)
    }

    /// Whether a dictionary has `key` with a value other than null.
    private func hasValue(_ dictionary: qpdf_oh, _ key: String) -> Bool {
        qpdf_oh_is_null(handle, qpdf_oh_get_key(handle, dictionary, key)) == 0
    }

    /// Forgets the warnings qpdf has stored so far.
    private func drainWarnings() {
        while qpdf_more_warnings(handle) != 0 { _ = qpdf_next_warning(handle) }
    }

    /// Forgets a pending error, so the next check sees only new ones.
    private func clearError() {
        if qpdf_has_error(handle) != 0 { _ = qpdf_get_error(handle) }
    }
}
