// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The metrics of a TrueType font that a simple PDF font dictionary needs, read from the font's
/// own tables (`head`, `hhea`, `hmtx`, `cmap` format 4, `OS/2`, `post`), with the whole file kept
/// so that ``subset(codes:)`` can cut the `/FontFile2` program down to the glyphs a document draws.
struct TrueTypeFont: Sendable {
    /// The PostScript-like name used as `/BaseFont`, such as `DejaVuSans-Bold`.
    let postScriptName: String
    /// The complete font file.
    let data: [UInt8]
    /// Font units per em (`head`).
    let unitsPerEm: Int
    /// The font bounding box in 1000-unit glyph space: xMin, yMin, xMax, yMax.
    let boundingBox: [Int]
    /// Ascent in 1000-unit glyph space.
    let ascent: Int
    /// Descent (negative) in 1000-unit glyph space.
    let descent: Int
    /// Capital height in 1000-unit glyph space.
    let capHeight: Int
    /// Italic angle in degrees (`post`).
    let italicAngle: Double
    /// Dominant vertical stem width, estimated from the weight class.
    let stemV: Int
    /// The advance width of each WinAnsi code 0–255, in 1000-unit glyph space.
    let winAnsiWidths: [Int]
    /// The glyph id of each WinAnsi code 0–255 in the (3, 1) `cmap`; 0 (`.notdef`) for codes the
    /// encoding or the font lacks.
    let winAnsiGlyphs: [Int]

    /// Reads the font file `fileName` in `directory`.
    ///
    /// - Throws: ``FacturXError`` with code `fontUnavailable` when the file is missing, unreadable
    ///   or not a TrueType font with the tables above.
    init(directory: String, fileName: String) throws(FacturXError) {
        let path = directory.hasSuffix("/") ? directory + fileName : directory + "/" + fileName
        guard let bytes = Self.readFile(path) else {
            throw FacturXError(
                code: .fontUnavailable,
                message: "cannot read the font \(fileName) in \(directory) (install fonts-dejavu-core or pass a "
                    + "font directory)",
                location: path
            )
        }
        do {
            try self.init(data: bytes, postScriptName: String(fileName.split(separator: ".").first ?? "Font"))
        } catch {
            throw FacturXError(code: .fontUnavailable, message: "\(fileName) is not a usable TrueType font: \(error)")
        }
    }

    /// Parses the tables of `data`.
    init(data: [UInt8], postScriptName: String) throws(TrueTypeError) {
        let reader = TrueTypeReader(data: data)
        let tables = try reader.tableDirectory()
        func table(_ tag: String) throws(TrueTypeError) -> Int {
            guard let offset = tables[tag] else { throw TrueTypeError(message: "no '\(tag)' table") }
            return offset
        }
        let head = try table("head")
        let hhea = try table("hhea")
        let hmtx = try table("hmtx")
        let cmap = try table("cmap")
        let post = try table("post")

        let unitsPerEm = try reader.uint16(head + 18)
        guard unitsPerEm > 0 else { throw TrueTypeError(message: "unitsPerEm is zero") }
        func scaled(_ value: Int) -> Int { Int((Double(value) * 1000 / Double(unitsPerEm)).rounded()) }

        self.postScriptName = postScriptName
        self.data = data
        self.unitsPerEm = unitsPerEm
        self.boundingBox = try [36, 38, 40, 42].map { (field: Int) throws(TrueTypeError) -> Int in
            scaled(try reader.int16(head + field))
        }
        var ascent = scaled(try reader.int16(hhea + 4))
        var descent = scaled(try reader.int16(hhea + 6))
        var capHeight = ascent
        var weight = 400
        if let os2 = tables["OS/2"] {
            let version = try reader.uint16(os2)
            weight = try reader.uint16(os2 + 4)
            ascent = scaled(try reader.int16(os2 + 68))
            descent = scaled(try reader.int16(os2 + 70))
            if version >= 2 { capHeight = scaled(try reader.int16(os2 + 88)) }
        }
        self.ascent = ascent
        self.descent = descent
        self.capHeight = capHeight
        self.stemV = 10 + 220 * max(0, weight - 50) / 900
        let fixed = try reader.uint32(post + 4)
        self.italicAngle = Double(Int32(bitPattern: fixed)) / 65536

        let metricCount = try reader.uint16(hhea + 34)
        guard metricCount > 0 else { throw TrueTypeError(message: "no horizontal metrics") }
        let glyphs = try reader.unicodeGlyphMap(cmapOffset: cmap)
        var widths = [Int](repeating: 0, count: 256)
        var glyphIDs = [Int](repeating: 0, count: 256)
        for code in 32...255 {
            guard let scalar = WinAnsiEncoding.unicode(forCode: UInt8(code)) else { continue }
            let glyph = glyphs(scalar) ?? 0
            glyphIDs[code] = glyph
            let index = min(glyph, metricCount - 1)
            widths[code] = scaled(try reader.uint16(hmtx + 4 * index))
        }
        self.winAnsiWidths = widths
        self.winAnsiGlyphs = glyphIDs
    }

    /// The width of WinAnsi-encoded `codes` at `size` points.
    func width(of codes: [UInt8], size: Double) -> Double {
        Double(codes.reduce(0) { $0 + winAnsiWidths[Int($1)] }) * size / 1000
    }

    /// The whole file, or `nil` when it cannot be read.
    private static func readFile(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return ferror(file) == 0 && !bytes.isEmpty ? bytes : nil
    }
}

/// A TrueType file that cannot be parsed.
struct TrueTypeError: Error, CustomStringConvertible {
    /// What is wrong.
    let message: String
    /// The message.
    var description: String { message }
}

/// Big-endian reads in a TrueType file, bounds-checked.
struct TrueTypeReader {
    /// The file.
    let data: [UInt8]

    /// An unsigned 16-bit value at `offset`.
    func uint16(_ offset: Int) throws(TrueTypeError) -> Int {
        guard offset >= 0, offset + 2 <= data.count else { throw TrueTypeError(message: "truncated font") }
        return Int(data[offset]) << 8 | Int(data[offset + 1])
    }

    /// A signed 16-bit value at `offset`.
    func int16(_ offset: Int) throws(TrueTypeError) -> Int {
        Int(Int16(bitPattern: UInt16(try uint16(offset))))
    }

    /// An unsigned 32-bit value at `offset`.
    func uint32(_ offset: Int) throws(TrueTypeError) -> UInt32 {
        UInt32(try uint16(offset)) << 16 | UInt32(try uint16(offset + 2))
    }

    /// The offset of each table, by tag.
    func tableDirectory() throws(TrueTypeError) -> [String: Int] {
        let version = try uint32(0)
        guard version == 0x0001_0000 || version == 0x7472_7565 else {
            throw TrueTypeError(message: "not a TrueType font")
        }
        var tables: [String: Int] = [:]
        for index in 0..<(try uint16(4)) {
            let record = 12 + 16 * index
            _ = try uint16(record + 14)  // the whole record is inside the file
            let tag = String(decoding: data[record..<record + 4], as: UTF8.self)
            tables[tag] = Int(try uint32(record + 8))
        }
        return tables
    }

    /// The Unicode → glyph lookup of the (3, 1) format 4 `cmap` subtable.
    func unicodeGlyphMap(cmapOffset: Int) throws(TrueTypeError) -> (Unicode.Scalar) -> Int? {
        var subtable: Int?
        for index in 0..<(try uint16(cmapOffset + 2)) {
            let record = cmapOffset + 4 + 8 * index
            if try uint16(record) == 3, try uint16(record + 2) == 1 {
                subtable = cmapOffset + Int(try uint32(record + 4))
            }
        }
        guard let subtable, try uint16(subtable) == 4 else {
            throw TrueTypeError(message: "no (3,1) format 4 cmap subtable")
        }
        let segmentCount = try uint16(subtable + 6) / 2
        let ends = subtable + 14
        let starts = ends + 2 * segmentCount + 2
        let deltas = starts + 2 * segmentCount
        let rangeOffsets = deltas + 2 * segmentCount
        var map: [UInt32: Int] = [:]
        for code in WinAnsiEncoding.allScalars.map(\.value) {
            for segment in 0..<segmentCount {
                let end = try uint16(ends + 2 * segment)
                guard code <= end else { continue }
                let start = try uint16(starts + 2 * segment)
                guard code >= start else { break }
                let delta = try uint16(deltas + 2 * segment)
                let rangeOffsetPosition = rangeOffsets + 2 * segment
                let rangeOffset = try uint16(rangeOffsetPosition)
                if rangeOffset == 0 {
                    map[code] = (Int(code) + delta) & 0xFFFF
                } else {
                    let glyph = try uint16(rangeOffsetPosition + rangeOffset + 2 * (Int(code) - start))
                    map[code] = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF
                }
                break
            }
        }
        return { scalar in map[scalar.value] }
    }
}

/// The WinAnsi (Windows-1252) encoding that the simple fonts use.
enum WinAnsiEncoding {
    /// The Unicode scalars of codes 0x80–0x9F; 0 where the code is unassigned.
    private static let high: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
        0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0, 0x017E, 0x0178,
    ]

    /// The character of `code`, or `nil` for control and unassigned codes.
    static func unicode(forCode code: UInt8) -> Unicode.Scalar? {
        switch code {
        case 0x20..<0x7F, 0xA0...0xFF: return Unicode.Scalar(code)
        case 0x80...0x9F:
            let value = high[Int(code) - 0x80]
            return value == 0 ? nil : Unicode.Scalar(value)
        default: return nil
        }
    }

    /// Every character the encoding has.
    static let allScalars: [Unicode.Scalar] = (0...255).compactMap { unicode(forCode: UInt8($0)) }

    /// The code of each non-ASCII character of the encoding.
    private static let codes: [UInt32: UInt8] = {
        var codes: [UInt32: UInt8] = [:]
        for code in 0x80...0xFF {
            if let scalar = unicode(forCode: UInt8(code)) { codes[scalar.value] = UInt8(code) }
        }
        return codes
    }()

    /// The code of `scalar`, or `nil` when WinAnsi has no such character. Tabs, line breaks and
    /// the narrow no-break space map to spaces.
    static func code(for scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x20..<0x7F: return UInt8(scalar.value)
        case 0x09, 0x0A, 0x0D, 0x2009, 0x200A, 0x2007: return 0x20
        case 0x202F: return 0xA0
        default: return codes[scalar.value]
        }
    }
}
