// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureQPDF

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What an incremental update needs to know about an existing PDF, read with qpdf and copied
/// into plain values (no qpdf handle survives the read).
struct PDFUpdateSource: Sendable {
    /// A reference to an indirect object.
    struct Reference: Sendable, Hashable {
        /// The object number.
        var number: Int
        /// The generation number.
        var generation: Int

        /// The reference in PDF syntax, such as `12 0 R`.
        var syntax: String { "\(number) \(generation) R" }
    }

    /// An entry of a name tree or an array: its value in PDF syntax and what it points to.
    struct Entry: Sendable {
        /// The raw bytes of the name-tree key (empty for array items).
        var key: [UInt8]
        /// The key decoded as a PDF text string.
        var keyText: String
        /// The value, written in PDF syntax (`12 0 R` for an indirect object).
        var value: String
        /// The object the value refers to, when it is indirect.
        var reference: Reference?
        /// The `/UF` (or `/F`) of the file specification the value is, if it is one.
        var fileName: String?
        /// The `/AFRelationship` name of that file specification (without the slash), if any.
        var relationship: String? = nil
    }

    /// An item of the catalog's `/OutputIntents`.
    struct OutputIntent: Sendable {
        /// `/S`, without the slash (`GTS_PDFA1` for PDF/A).
        var subtype: String?
        /// `/OutputConditionIdentifier`, decoded.
        var conditionIdentifier: String?
        /// The `/N` of the `/DestOutputProfile` stream, when it is a stream.
        var profileComponents: Int?
        /// Whether `/DestOutputProfile` is a stream.
        var hasProfile: Bool
    }

    /// The kind of the last cross-reference section.
    enum CrossReferenceKind: Sendable {
        /// A classic `xref` table with a `trailer` dictionary.
        case table
        /// A cross-reference stream (PDF 1.5).
        case stream
    }

    /// The catalog's object.
    var root: Reference
    /// The catalog's entries, each value in PDF syntax, in the catalog's order.
    var catalog: [(key: String, value: String)]
    /// The trailer's `/Info` value in PDF syntax, if any.
    var infoValue: String?
    /// The Info dictionary's text entries (`Title`, `Producer`, `CreationDate`, …), decoded.
    var info: [String: String]
    /// The first element of the trailer's `/ID`, raw bytes.
    var firstID: [UInt8]?
    /// The trailer's `/Size`: the first free object number.
    var size: Int
    /// Where the last cross-reference section starts (the last `startxref` value).
    var lastCrossReferenceOffset: Int
    /// Whether that section is a table or a stream.
    var crossReferenceKind: CrossReferenceKind
    /// The entries of the catalog's `/Names` dictionary other than `/EmbeddedFiles`.
    var otherNames: [(key: String, value: String)]
    /// The leaves of the EmbeddedFiles name tree, in tree order.
    var embeddedFiles: [Entry]
    /// The items of the catalog's `/AF` array.
    var associatedFiles: [Entry]
    /// The catalog's XMP metadata, decoded, if any.
    var xmp: [UInt8]?
    /// The Info dictionary's entries, each value in PDF syntax, in order.
    var infoEntries: [(key: String, value: String)] = []
    /// The Info dictionary's object, when it is an indirect object.
    var infoReference: Reference? = nil
    /// The catalog's `/OutputIntents` items.
    var outputIntents: [OutputIntent] = []
}

extension PDFUpdateSource {
    /// Reads a PDF with qpdf.
    ///
    /// - Throws: `malformedPDF` for bytes qpdf cannot open or without a last `startxref`,
    ///   `encryptedPDF` for an encrypted PDF (even with an empty user password: an update would
    ///   have to encrypt its objects too), `inputTooLarge` above 2 GiB.
    init(reading bytes: [UInt8]) throws(FacturXError) {
        guard bytes.count <= Int(Int32.max) else {
            throw FacturXError(code: .inputTooLarge, message: "The PDF is larger than 2 GiB")
        }
        let magic = Array("%PDF-".utf8)
        let window = bytes.prefix(1024 + magic.count)
        guard window.indices.contains(where: { window[$0...].starts(with: magic) }) else {
            throw FacturXError(code: .malformedPDF, message: "The input is not a PDF: it has no %PDF- header")
        }
        guard let (offset, kind) = Self.lastCrossReference(in: bytes) else {
            throw FacturXError(
                code: .malformedPDF,
                message: "The PDF has no usable startxref: its last cross-reference section cannot be found"
            )
        }
        var reader = try QPDFReader(bytes: bytes)
        self = try reader.read(lastCrossReferenceOffset: offset, kind: kind)
    }

    /// The last `startxref` offset and the kind of section it points to, if both are sound.
    static func lastCrossReference(in bytes: [UInt8]) -> (Int, CrossReferenceKind)? {
        let keyword = Array("startxref".utf8)
        let windowStart = max(0, bytes.count - 4096)
        var found: Int?
        var index = bytes.count - keyword.count
        while index >= windowStart {
            if bytes[index..<index + keyword.count].elementsEqual(keyword) {
                found = index + keyword.count
                break
            }
            index -= 1
        }
        guard var position = found else { return nil }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
        while position < bytes.count, isSpace(bytes[position]) { position += 1 }
        var offset = 0
        var digits = 0
        while position < bytes.count, (0x30...0x39).contains(bytes[position]), digits < 12 {
            offset = offset * 10 + Int(bytes[position] - 0x30)
            position += 1
            digits += 1
        }
        guard digits > 0, offset < bytes.count else { return nil }
        var start = offset
        while start < bytes.count, isSpace(bytes[start]) { start += 1 }
        if bytes[start...].starts(with: Array("xref".utf8)) { return (offset, .table) }
        if start < bytes.count, (0x30...0x39).contains(bytes[start]) { return (offset, .stream) }
        return nil
    }
}

/// A qpdf handle over a copy of the input, freed with the value.
private struct QPDFReader: ~Copyable {
    private let handle: OpaquePointer
    /// The copy of the input qpdf reads from, owned with the handle.
    private let buffer: UnsafeMutablePointer<CChar>?

    init(bytes: [UInt8]) throws(FacturXError) {
        let (handle, buffer) = try QPDFOpening.open(bytes)
        guard qpdf_is_encrypted(handle) == 0 else {
            cfacture_qpdf_close(handle, buffer)
            throw FacturXError(
                code: .encryptedPDF,
                message: "The PDF is encrypted: an incremental update would have to encrypt its objects too"
            )
        }
        self.handle = handle
        self.buffer = buffer
    }

    deinit {
        cfacture_qpdf_close(handle, buffer)
    }

    /// Copies everything the update needs.
    mutating func read(
        lastCrossReferenceOffset: Int,
        kind: PDFUpdateSource.CrossReferenceKind
    ) throws(FacturXError) -> PDFUpdateSource {
        let trailer = qpdf_get_trailer(handle)
        let root = qpdf_get_root(handle)
        guard qpdf_oh_is_dictionary(handle, root) != 0, qpdf_oh_is_indirect(handle, root) != 0 else {
            throw FacturXError(code: .malformedPDF, message: "The PDF has no catalog dictionary (/Root)")
        }
        let rootReference = reference(root)!
        var catalog: [(key: String, value: String)] = []
        for key in keys(root) {
            catalog.append((key, unparse(qpdf_oh_get_key(handle, root, key))))
        }
        var infoValue: String?
        var info: [String: String] = [:]
        var infoEntries: [(key: String, value: String)] = []
        var infoReference: PDFUpdateSource.Reference?
        if qpdf_oh_has_key(handle, trailer, "/Info") != 0 {
            let object = qpdf_oh_get_key(handle, trailer, "/Info")
            if qpdf_oh_is_dictionary(handle, object) != 0 {
                infoValue = unparse(object)
                infoReference = reference(object)
                for key in keys(object) {
                    let value = qpdf_oh_get_key(handle, object, key)
                    infoEntries.append((key, unparse(value)))
                    if qpdf_oh_is_string(handle, value) != 0 {
                        info[String(key.dropFirst())] = text(value)
                    }
                }
            }
        }
        var firstID: [UInt8]?
        let id = qpdf_oh_get_key(handle, trailer, "/ID")
        if qpdf_oh_is_array(handle, id) != 0, qpdf_oh_get_array_n_items(handle, id) >= 1 {
            let first = qpdf_oh_get_array_item(handle, id, 0)
            if qpdf_oh_is_string(handle, first) != 0 { firstID = binary(first) }
        }
        let sizeObject = qpdf_oh_get_key(handle, trailer, "/Size")
        var size = qpdf_oh_is_integer(handle, sizeObject) != 0 ? Int(qpdf_oh_get_int_value(handle, sizeObject)) : 0
        // A /Size below an object in use would make the new objects collide with it.
        size = max(size, rootReference.number + 1)

        var otherNames: [(key: String, value: String)] = []
        var embeddedFiles: [PDFUpdateSource.Entry] = []
        let names = qpdf_oh_get_key(handle, root, "/Names")
        if qpdf_oh_is_dictionary(handle, names) != 0 {
            for key in keys(names) where key != "/EmbeddedFiles" {
                otherNames.append((key, unparse(qpdf_oh_get_key(handle, names, key))))
            }
            var visited: Set<Int> = []
            collectLeaves(
                qpdf_oh_get_key(handle, names, "/EmbeddedFiles"),
                into: &embeddedFiles,
                visited: &visited,
                depth: 0
            )
        }
        var associatedFiles: [PDFUpdateSource.Entry] = []
        let af = qpdf_oh_get_key(handle, root, "/AF")
        if qpdf_oh_is_array(handle, af) != 0 {
            for index in 0..<max(0, qpdf_oh_get_array_n_items(handle, af)) {
                associatedFiles.append(entry(key: nil, value: qpdf_oh_get_array_item(handle, af, index)))
            }
        }
        var outputIntents: [PDFUpdateSource.OutputIntent] = []
        let intents = qpdf_oh_get_key(handle, root, "/OutputIntents")
        if qpdf_oh_is_array(handle, intents) != 0 {
            for index in 0..<max(0, qpdf_oh_get_array_n_items(handle, intents)) {
                let intent = qpdf_oh_get_array_item(handle, intents, index)
                guard qpdf_oh_is_dictionary(handle, intent) != 0 else { continue }
                let profile = qpdf_oh_get_key(handle, intent, "/DestOutputProfile")
                let isStream = qpdf_oh_is_stream(handle, profile) != 0
                var components: Int?
                if isStream {
                    let count = qpdf_oh_get_key(handle, qpdf_oh_get_dict(handle, profile), "/N")
                    if qpdf_oh_is_integer(handle, count) != 0 { components = Int(qpdf_oh_get_int_value(handle, count)) }
                }
                let condition = qpdf_oh_get_key(handle, intent, "/OutputConditionIdentifier")
                outputIntents.append(
                    PDFUpdateSource.OutputIntent(
                        subtype: name(qpdf_oh_get_key(handle, intent, "/S")),
                        conditionIdentifier: qpdf_oh_is_string(handle, condition) != 0 ? text(condition) : nil,
                        profileComponents: components,
                        hasProfile: isStream
                    )
                )
            }
        }
        var xmp: [UInt8]?
        let metadata = qpdf_oh_get_key(handle, root, "/Metadata")
        if qpdf_oh_is_stream(handle, metadata) != 0 {
            var pointer: UnsafeMutablePointer<UInt8>?
            var length = 0
            var filtered: QPDF_BOOL = QPDF_FALSE
            let status = qpdf_oh_get_stream_data(handle, metadata, qpdf_dl_generalized, &filtered, &pointer, &length)
            if status & QPDF_ERRORS == 0, filtered != 0, let pointer {
                xmp = Array(UnsafeBufferPointer(start: pointer, count: length))
            }
            free(pointer)
        }
        if qpdf_has_error(handle) != 0 {
            _ = qpdf_get_error(handle)
            throw FacturXError(code: .malformedPDF, message: "qpdf cannot read the PDF's catalog: the PDF is damaged")
        }
        return PDFUpdateSource(
            root: rootReference,
            catalog: catalog,
            infoValue: infoValue,
            info: info,
            firstID: firstID,
            size: size,
            lastCrossReferenceOffset: lastCrossReferenceOffset,
            crossReferenceKind: kind,
            otherNames: otherNames,
            embeddedFiles: embeddedFiles,
            associatedFiles: associatedFiles,
            xmp: xmp,
            infoEntries: infoEntries,
            infoReference: infoReference,
            outputIntents: outputIntents
        )
    }

    /// The leaves of a name tree, depth first; cycles and absurd depths are cut.
    private func collectLeaves(
        _ node: qpdf_oh,
        into entries: inout [PDFUpdateSource.Entry],
        visited: inout Set<Int>,
        depth: Int
    ) {
        guard depth < 32, qpdf_oh_is_dictionary(handle, node) != 0 else { return }
        let id = Int(qpdf_oh_get_object_id(handle, node))
        if id != 0 {
            guard visited.insert(id).inserted else { return }
        }
        let pairs = qpdf_oh_get_key(handle, node, "/Names")
        if qpdf_oh_is_array(handle, pairs) != 0 {
            let count = Int(qpdf_oh_get_array_n_items(handle, pairs))
            var index = 0
            while index + 1 < count {
                let key = qpdf_oh_get_array_item(handle, pairs, Int32(index))
                if qpdf_oh_is_string(handle, key) != 0 {
                    entries.append(
                        entry(key: key, value: qpdf_oh_get_array_item(handle, pairs, Int32(index + 1)))
                    )
                }
                index += 2
            }
        }
        let kids = qpdf_oh_get_key(handle, node, "/Kids")
        if qpdf_oh_is_array(handle, kids) != 0 {
            for index in 0..<max(0, qpdf_oh_get_array_n_items(handle, kids)) {
                collectLeaves(
                    qpdf_oh_get_array_item(handle, kids, index),
                    into: &entries,
                    visited: &visited,
                    depth: depth + 1
                )
            }
        }
    }

    /// A name-tree leaf (`key` is the tree's string key) or an array item (`key` is `nil`).
    private func entry(key: qpdf_oh?, value: qpdf_oh) -> PDFUpdateSource.Entry {
        var keyBytes: [UInt8] = []
        var keyText = ""
        if let key {
            keyBytes = binary(key)
            keyText = text(key)
        }
        var fileName: String?
        var relationship: String?
        if qpdf_oh_is_dictionary(handle, value) != 0 {
            for name in ["/UF", "/F"] {
                let candidate = qpdf_oh_get_key(handle, value, name)
                if qpdf_oh_is_string(handle, candidate) != 0 {
                    fileName = text(candidate)
                    break
                }
            }
            relationship = name(qpdf_oh_get_key(handle, value, "/AFRelationship"))
        }
        return PDFUpdateSource.Entry(
            key: keyBytes,
            keyText: keyText,
            value: unparse(value),
            reference: reference(value),
            fileName: fileName,
            relationship: relationship
        )
    }

    /// A name object's text without the slash, or `nil` for another object.
    private func name(_ object: qpdf_oh) -> String? {
        guard qpdf_oh_is_name(handle, object) != 0, let text = qpdf_oh_get_name(handle, object) else { return nil }
        return String(String(cString: text).dropFirst())
    }

    private func reference(_ object: qpdf_oh) -> PDFUpdateSource.Reference? {
        guard qpdf_oh_is_indirect(handle, object) != 0 else { return nil }
        return PDFUpdateSource.Reference(
            number: Int(qpdf_oh_get_object_id(handle, object)),
            generation: Int(qpdf_oh_get_generation(handle, object))
        )
    }

    private func keys(_ dictionary: qpdf_oh) -> [String] {
        var keys: [String] = []
        qpdf_oh_begin_dict_key_iter(handle, dictionary)
        while qpdf_oh_dict_more_keys(handle) != 0 {
            if let key = qpdf_oh_dict_next_key(handle) { keys.append(String(cString: key)) }
        }
        return keys
    }

    /// The object in PDF syntax (indirect objects as references), ASCII only.
    ///
    /// qpdf writes names with `#xx` escapes but keeps Latin-1 bytes raw in literal strings, the
    /// only place a byte above 0x7F can appear; those become octal escapes, which mean the same.
    private func unparse(_ object: qpdf_oh) -> String {
        guard let text = qpdf_oh_unparse(handle, object) else { return "null" }
        var result: [UInt8] = []
        for byte in UnsafeRawBufferPointer(start: text, count: strlen(text)) {
            if byte < 0x80 {
                result.append(byte)
            } else {
                result += [0x5C, 0x30 + (byte >> 6), 0x30 + ((byte >> 3) & 7), 0x30 + (byte & 7)]
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private func binary(_ string: qpdf_oh) -> [UInt8] {
        var length = 0
        guard let pointer = qpdf_oh_get_binary_string_value(handle, string, &length) else { return [] }
        return Array(UnsafeRawBufferPointer(start: pointer, count: length))
    }

    private func text(_ string: qpdf_oh) -> String {
        var length = 0
        guard let pointer = qpdf_oh_get_binary_utf8_value(handle, string, &length) else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
    }
}

// MARK: - Writing

/// Appends new object revisions to a PDF, then a cross-reference section and trailer.
struct PDFIncrementalWriter {
    /// The output: the original bytes, then what was appended.
    private(set) var output: [UInt8]
    /// Offsets of the objects written, by object number.
    private var offsets: [(reference: PDFUpdateSource.Reference, offset: Int)] = []
    /// The next free object number.
    private(set) var nextNumber: Int

    /// Starts an update after `original`.
    init(original: [UInt8], firstFreeNumber: Int) {
        output = original
        nextNumber = firstFreeNumber
        if let last = original.last, last != 0x0A, last != 0x0D { output.append(0x0A) }
    }

    /// Reserves a new object number.
    mutating func allocate() -> PDFUpdateSource.Reference {
        defer { nextNumber += 1 }
        return PDFUpdateSource.Reference(number: nextNumber, generation: 0)
    }

    /// Writes an object (a new one or a new revision of an existing one).
    mutating func write(_ reference: PDFUpdateSource.Reference, _ body: String) {
        offsets.append((reference, output.count))
        output += Array("\(reference.number) \(reference.generation) obj\n\(body)\nendobj\n".utf8)
    }

    /// Writes a stream object: `dictionary` holds every entry but `/Length`.
    mutating func writeStream(_ reference: PDFUpdateSource.Reference, dictionary: String, data: [UInt8]) {
        offsets.append((reference, output.count))
        output += Array(
            "\(reference.number) \(reference.generation) obj\n<< \(dictionary) /Length \(data.count) >>\nstream\n".utf8
        )
        output += data
        output += Array("\nendstream\nendobj\n".utf8)
    }

    /// Ends the update: a cross-reference section of `kind`, its trailer entries, `startxref`
    /// and `%%EOF`. `trailer` holds the entries other than `/Size`, `/Prev` (and the stream's own).
    mutating func finish(kind: PDFUpdateSource.CrossReferenceKind, previous: Int, trailer: String) {
        switch kind {
        case .table:
            let size = nextNumber
            let start = output.count
            var text = "xref\n"
            for (first, entries) in subsections() {
                text += "\(first) \(entries.count)\n"
                for entry in entries {
                    text += "\(Self.padded(entry.offset, 10)) \(Self.padded(entry.reference.generation, 5)) n\r\n"
                }
            }
            text += "trailer\n<< /Size \(size) \(trailer) /Prev \(previous) >>\nstartxref\n\(start)\n%%EOF\n"
            output += Array(text.utf8)
        case .stream:
            let own = allocate()
            let start = output.count
            offsets.append((own, start))
            var index: [String] = []
            var data: [UInt8] = []
            for (first, entries) in subsections() {
                index.append("\(first) \(entries.count)")
                for entry in entries {
                    data.append(1)
                    for shift in stride(from: 24, through: 0, by: -8) {
                        data.append(UInt8((entry.offset >> shift) & 0xFF))
                    }
                    data.append(UInt8((entry.reference.generation >> 8) & 0xFF))
                    data.append(UInt8(entry.reference.generation & 0xFF))
                }
            }
            let dictionary =
                "/Type /XRef /Size \(nextNumber) /W [1 4 2] /Index [\(index.joined(separator: " "))] \(trailer) /Prev \(previous)"
            output += Array("\(own.number) 0 obj\n<< \(dictionary) /Length \(data.count) >>\nstream\n".utf8)
            output += data
            output += Array("\nendstream\nendobj\nstartxref\n\(start)\n%%EOF\n".utf8)
        }
    }

    /// The written objects grouped into runs of consecutive numbers, ascending.
    private func subsections() -> [(Int, [(reference: PDFUpdateSource.Reference, offset: Int)])] {
        let sorted = offsets.sorted { $0.reference.number < $1.reference.number }
        var result: [(Int, [(reference: PDFUpdateSource.Reference, offset: Int)])] = []
        for entry in sorted {
            if let last = result.last, last.0 + last.1.count == entry.reference.number {
                result[result.count - 1].1.append(entry)
            } else {
                result.append((entry.reference.number, [entry]))
            }
        }
        return result
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

// MARK: - PDF syntax helpers

/// Small writers of PDF syntax.
enum PDFSyntax {
    /// A hexadecimal string, `<…>`.
    static func hexString(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var text: [UInt8] = [0x3C]
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        text.append(0x3E)
        return String(decoding: text, as: UTF8.self)
    }

    /// A string object with these bytes: a literal string when they are printable ASCII, else
    /// hexadecimal.
    static func string(_ bytes: [UInt8]) -> String {
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return hexString(bytes) }
        return textString(String(decoding: bytes, as: UTF8.self))
    }

    /// A text string: PDFDocEncoding-safe ASCII as a literal string, anything else as UTF-16BE
    /// with a byte order mark, in hexadecimal.
    static func textString(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
            var escaped = "("
            for character in text {
                if character == "(" || character == ")" || character == "\\" { escaped.append("\\") }
                escaped.append(character)
            }
            return escaped + ")"
        }
        var bytes: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 {
            bytes.append(UInt8(unit >> 8))
            bytes.append(UInt8(unit & 0xFF))
        }
        return hexString(bytes)
    }

    /// A 128-bit digest (two FNV-1a passes with different bases), for a fresh file identifier.
    /// Not cryptographic: the identifier only has to change with the content.
    static func identifier(of bytes: [UInt8], salt: String) -> [UInt8] {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in bytes + Array(salt.utf8) {
            first = (first ^ UInt64(byte)) &* 0x100_0000_01b3
            second = (second ^ UInt64(byte ^ 0x5A)) &* 0x100_0000_01b3
        }
        var result: [UInt8] = []
        for value in [first, second] {
            for shift in stride(from: 56, through: 0, by: -8) { result.append(UInt8((value >> UInt64(shift)) & 0xFF)) }
        }
        return result
    }
}
