// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A TrueType font program cut down to the glyphs a document draws, for embedding as `/FontFile2`.
///
/// Glyph ids stay as in the original font: the glyphs that are not kept are emptied (their `loca`
/// entries have length 0 and their horizontal metrics are zero), so `maxp`, `hhea` and `hmtx` keep
/// their sizes and no glyph id has to be renumbered, including in composite glyphs. The program
/// holds only the tables a PDF TrueType font needs: `head`, `hhea`, `maxp`, `hmtx`, `loca`,
/// `glyf`, a new `cmap` with one (3, 1) format 4 subtable for the characters drawn, `cvt `,
/// `fpgm`, `prep` and `OS/2` when the font has them, and a `post` table of version 3 (no glyph
/// names).
struct TrueTypeSubset: Sendable, Hashable {
    /// The name for `/BaseFont` and `/FontName`: a six-letter tag derived from the kept glyphs,
    /// `+`, and the font's name, such as `KQXWRB+DejaVuSans`; the font's plain name when the
    /// program is the whole font.
    let postScriptName: String
    /// The font program.
    let data: [UInt8]
    /// The glyph ids kept, ascending (`.notdef`, the glyphs of the characters drawn and the
    /// components of composite glyphs); empty when the program is the whole font.
    let glyphs: [Int]

    /// The whole of `font`, untagged: the fallback when a font cannot be subset.
    static func whole(_ font: TrueTypeFont) -> TrueTypeSubset {
        TrueTypeSubset(postScriptName: font.postScriptName, data: font.data, glyphs: [])
    }
}

extension TrueTypeFont {
    /// The font cut down to the glyphs of the WinAnsi `codes`, with `.notdef` and every component
    /// of a composite glyph, recursively.
    ///
    /// The same font and codes give the same bytes.
    ///
    /// - Throws: ``TrueTypeError`` when a table the subset needs is missing or malformed.
    func subset(codes: Set<UInt8>) throws(TrueTypeError) -> TrueTypeSubset {
        let reader = TrueTypeReader(data: data)
        let tables = try reader.tableRecords()
        func table(_ tag: String) throws(TrueTypeError) -> TrueTypeTableRecord {
            guard let record = tables[tag] else { throw TrueTypeError(message: "no '\(tag)' table") }
            return record
        }
        let head = try table("head")
        let hhea = try table("hhea")
        let hmtx = try table("hmtx")
        let glyphTable = try TrueTypeGlyphTable(reader: reader, tables: tables)

        // The glyphs to keep: .notdef, the glyph of each code, and components, recursively.
        var kept: Set<Int> = []
        var pending = [0] + codes.sorted().map { winAnsiGlyphs[Int($0)] }
        while let glyph = pending.popLast() {
            guard glyph >= 0, glyph < glyphTable.glyphCount, kept.insert(glyph).inserted else { continue }
            pending += try glyphTable.components(of: glyph).filter { !kept.contains($0) }
        }
        let glyphs = kept.sorted()

        // glyf with the kept outlines (each padded to 4 bytes) and the others empty; then loca.
        var glyf: [UInt8] = []
        var offsets: [Int] = []
        offsets.reserveCapacity(glyphTable.glyphCount + 1)
        for glyph in 0..<glyphTable.glyphCount {
            offsets.append(glyf.count)
            guard kept.contains(glyph) else { continue }
            glyf += try glyphTable.outline(of: glyph)
            while glyf.count % 4 != 0 { glyf.append(0) }
        }
        offsets.append(glyf.count)
        let shortLoca = glyf.count <= 0x1FFFE
        var loca = TrueTypeWriter()
        for offset in offsets {
            if shortLoca { loca.uint16(offset / 2) } else { loca.uint32(offset) }
        }

        // hmtx with the metrics of glyphs not kept set to zero.
        var metrics = Array(data[hmtx.range])
        let metricCount = try reader.uint16(hhea.offset + 34)
        for glyph in 0..<glyphTable.glyphCount where !kept.contains(glyph) {
            // A full metric (advance and side bearing) or, past numberOfHMetrics, a side bearing.
            let start = glyph < metricCount ? 4 * glyph : 4 * metricCount + 2 * (glyph - metricCount)
            let end = start + (glyph < metricCount ? 4 : 2)
            guard end <= metrics.count else { break }
            metrics.replaceSubrange(start..<end, with: repeatElement(0, count: end - start))
        }

        var headBytes = Array(data[head.range])
        guard headBytes.count >= 54 else { throw TrueTypeError(message: "truncated 'head' table") }
        headBytes.replaceSubrange(8..<12, with: [0, 0, 0, 0])  // checkSumAdjustment, set below
        headBytes.replaceSubrange(50..<52, with: [0, shortLoca ? 0 : 1])  // indexToLocFormat

        var output: [String: [UInt8]] = [
            "head": headBytes, "hhea": Array(data[hhea.range]), "maxp": Array(data[glyphTable.maxp.range]),
            "hmtx": metrics, "loca": loca.bytes, "glyf": glyf, "cmap": cmap(codes: codes),
        ]
        for tag in ["cvt ", "fpgm", "prep", "OS/2"] {
            if let record = tables[tag] { output[tag] = Array(data[record.range]) }
        }
        if let post = tables["post"], post.length >= 32 {
            output["post"] = [0, 3, 0, 0] + data[post.offset + 4..<post.offset + 32]
        }
        let tag = Self.subsetTag(name: postScriptName, glyphs: glyphs)
        return TrueTypeSubset(
            postScriptName: "\(tag)+\(postScriptName)",
            data: Self.fontFile(tables: output),
            glyphs: glyphs
        )
    }

    /// The outline bytes of `glyph` in the `glyf` table; empty for a glyph without outline, such as
    /// the space.
    func outline(ofGlyph glyph: Int) throws(TrueTypeError) -> ArraySlice<UInt8> {
        let reader = TrueTypeReader(data: data)
        return try TrueTypeGlyphTable(reader: reader, tables: try reader.tableRecords()).outline(of: glyph)
    }

    /// The glyph ids a composite `glyph` is made of; empty for a simple or empty glyph.
    func components(ofGlyph glyph: Int) throws(TrueTypeError) -> [Int] {
        let reader = TrueTypeReader(data: data)
        return try TrueTypeGlyphTable(reader: reader, tables: try reader.tableRecords()).components(of: glyph)
    }

    /// A `cmap` table with one (3, 1) format 4 subtable mapping the characters of `codes` to their
    /// glyphs, one segment per run of consecutive characters with consecutive glyphs.
    private func cmap(codes: Set<UInt8>) -> [UInt8] {
        var pairs: [(character: Int, glyph: Int)] = []
        for code in codes.sorted() {
            let glyph = winAnsiGlyphs[Int(code)]
            guard glyph != 0, let scalar = WinAnsiEncoding.unicode(forCode: code), scalar.value < 0xFFFF else {
                continue
            }
            pairs.append((Int(scalar.value), glyph))
        }
        pairs.sort { $0.character < $1.character }
        var segments: [(start: Int, end: Int, delta: Int)] = []
        for pair in pairs {
            let delta = (pair.glyph - pair.character) & 0xFFFF
            if let last = segments.last, last.end + 1 == pair.character, last.delta == delta {
                segments[segments.count - 1].end = pair.character
            } else {
                segments.append((pair.character, pair.character, delta))
            }
        }
        segments.append((0xFFFF, 0xFFFF, 1))
        let count = segments.count
        var power = 1
        var selector = 0
        while power * 2 <= count {
            power *= 2
            selector += 1
        }
        var writer = TrueTypeWriter()
        writer.uint16(0)  // version
        writer.uint16(1)  // one subtable
        writer.uint16(3)  // Windows
        writer.uint16(1)  // Unicode BMP
        writer.uint32(12)
        writer.uint16(4)  // format
        writer.uint16(16 + 8 * count)
        writer.uint16(0)  // language
        writer.uint16(2 * count)
        writer.uint16(2 * power)
        writer.uint16(selector)
        writer.uint16(2 * count - 2 * power)
        for segment in segments { writer.uint16(segment.end) }
        writer.uint16(0)  // reservedPad
        for segment in segments { writer.uint16(segment.start) }
        for segment in segments { writer.uint16(segment.delta) }
        for _ in segments { writer.uint16(0) }  // idRangeOffset
        return writer.bytes
    }

    /// Six uppercase letters derived from the font name and the kept glyphs (FNV-1a), so that the
    /// same subset always gets the same tag and different subsets almost always differ.
    static func subsetTag(name: String, glyphs: [Int]) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        for byte in name.utf8 { mix(byte) }
        for glyph in glyphs {
            mix(UInt8(truncatingIfNeeded: glyph >> 8))
            mix(UInt8(truncatingIfNeeded: glyph))
        }
        var tag = ""
        for _ in 0..<6 {
            tag.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: "A") + UInt8(hash % 26)))
            hash /= 26
        }
        return tag
    }

    /// A TrueType file of `tables`: the table directory (sorted by tag) with checksums, each table
    /// padded to 4 bytes, and `head.checkSumAdjustment` set for the whole file.
    private static func fontFile(tables: [String: [UInt8]]) -> [UInt8] {
        let tags = tables.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var power = 1
        var selector = 0
        while power * 2 <= tags.count {
            power *= 2
            selector += 1
        }
        var directory = TrueTypeWriter()
        directory.uint32(0x0001_0000)
        directory.uint16(tags.count)
        directory.uint16(16 * power)
        directory.uint16(selector)
        directory.uint16(16 * tags.count - 16 * power)
        var body: [UInt8] = []
        var headOffset: Int?
        let start = 12 + 16 * tags.count
        for tag in tags {
            var bytes = tables[tag] ?? []
            let length = bytes.count
            while bytes.count % 4 != 0 { bytes.append(0) }
            if tag == "head" { headOffset = start + body.count }
            directory.bytes += Array(tag.utf8)
            directory.uint32(Int(checksum(bytes)))
            directory.uint32(start + body.count)
            directory.uint32(length)
            body += bytes
        }
        var file = directory.bytes + body
        if let headOffset {
            let adjustment = 0xB1B0_AFBA &- checksum(file)
            file.replaceSubrange(
                headOffset + 8..<headOffset + 12,
                with: [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: adjustment >> $0) }
            )
        }
        return file
    }

    /// The TrueType checksum of `bytes`: the sum of its big-endian 32-bit words, zero-padded.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var sum: UInt32 = 0
        var index = 0
        while index < bytes.count {
            var word: UInt32 = 0
            for shift in 0..<4 {
                let byte = index + shift < bytes.count ? bytes[index + shift] : 0
                word |= UInt32(byte) << (24 - 8 * shift)
            }
            sum = sum &+ word
            index += 4
        }
        return sum
    }
}

/// Where a table lies in a TrueType file.
struct TrueTypeTableRecord: Sendable, Hashable {
    /// The byte offset of the table.
    let offset: Int
    /// The length of the table in bytes, without padding.
    let length: Int
    /// The bytes of the table.
    var range: Range<Int> { offset..<offset + length }
}

extension TrueTypeReader {
    /// The offset and length of each table, by tag, each checked to lie inside the file.
    func tableRecords() throws(TrueTypeError) -> [String: TrueTypeTableRecord] {
        let offsets = try tableDirectory()
        var records: [String: TrueTypeTableRecord] = [:]
        for index in 0..<(try uint16(4)) {
            let record = 12 + 16 * index
            let tag = String(decoding: data[record..<record + 4], as: UTF8.self)
            let length = Int(try uint32(record + 12))
            guard let offset = offsets[tag], offset <= data.count, length <= data.count - offset else {
                throw TrueTypeError(message: "table '\(tag)' lies outside the font")
            }
            records[tag] = TrueTypeTableRecord(offset: offset, length: length)
        }
        return records
    }
}

/// The outlines of a TrueType font: `glyf` indexed by `loca`, with the glyph count of `maxp`.
struct TrueTypeGlyphTable {
    /// The font file.
    let reader: TrueTypeReader
    /// The `maxp` table.
    let maxp: TrueTypeTableRecord
    /// The `glyf` table.
    let glyf: TrueTypeTableRecord
    /// The number of glyphs.
    let glyphCount: Int
    /// The start of each glyph in `glyf`, and the end of the last one.
    let offsets: [Int]

    /// Reads `loca` in the format `head` gives, checking that it is ascending and inside `glyf`.
    init(reader: TrueTypeReader, tables: [String: TrueTypeTableRecord]) throws(TrueTypeError) {
        guard let head = tables["head"], let maxp = tables["maxp"], let loca = tables["loca"],
            let glyf = tables["glyf"]
        else { throw TrueTypeError(message: "no 'head', 'maxp', 'loca' or 'glyf' table") }
        let glyphCount = try reader.uint16(maxp.offset + 4)
        let long = try reader.int16(head.offset + 50) == 1
        guard loca.length >= (glyphCount + 1) * (long ? 4 : 2) else { throw TrueTypeError(message: "short 'loca'") }
        var offsets: [Int] = []
        offsets.reserveCapacity(glyphCount + 1)
        for glyph in 0...glyphCount {
            let offset =
                long
                ? Int(try reader.uint32(loca.offset + 4 * glyph)) : 2 * (try reader.uint16(loca.offset + 2 * glyph))
            guard offset <= glyf.length, offset >= (offsets.last ?? 0) else {
                throw TrueTypeError(message: "'loca' entry \(glyph) is out of order or outside 'glyf'")
            }
            offsets.append(offset)
        }
        self.reader = reader
        self.maxp = maxp
        self.glyf = glyf
        self.glyphCount = glyphCount
        self.offsets = offsets
    }

    /// The outline bytes of `glyph`.
    func outline(of glyph: Int) throws(TrueTypeError) -> ArraySlice<UInt8> {
        guard glyph >= 0, glyph < glyphCount else { throw TrueTypeError(message: "no glyph \(glyph)") }
        return reader.data[glyf.offset + offsets[glyph]..<glyf.offset + offsets[glyph + 1]]
    }

    /// The glyph ids a composite `glyph` refers to; empty for simple and empty glyphs.
    func components(of glyph: Int) throws(TrueTypeError) -> [Int] {
        let outline = try outline(of: glyph)
        guard outline.count >= 10, try reader.int16(outline.startIndex) < 0 else { return [] }
        var components: [Int] = []
        var position = outline.startIndex + 10
        while true {
            guard position + 4 <= outline.endIndex else { throw TrueTypeError(message: "truncated glyph \(glyph)") }
            let flags = try reader.uint16(position)
            components.append(try reader.uint16(position + 2))
            position += 4 + (flags & 0x0001 != 0 ? 4 : 2)  // ARG_1_AND_2_ARE_WORDS
            if flags & 0x0008 != 0 {  // WE_HAVE_A_SCALE
                position += 2
            } else if flags & 0x0040 != 0 {  // WE_HAVE_AN_X_AND_Y_SCALE
                position += 4
            } else if flags & 0x0080 != 0 {  // WE_HAVE_A_TWO_BY_TWO
                position += 8
            }
            if flags & 0x0020 == 0 { break }  // MORE_COMPONENTS
        }
        return components
    }
}

/// Big-endian writes for building TrueType tables.
struct TrueTypeWriter {
    /// The bytes written so far.
    var bytes: [UInt8] = []

    /// Appends the low 16 bits of `value`.
    mutating func uint16(_ value: Int) {
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
        bytes.append(UInt8(truncatingIfNeeded: value))
    }

    /// Appends the low 32 bits of `value`.
    mutating func uint32(_ value: Int) {
        uint16(value >> 16)
        uint16(value)
    }
}
