// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureQPDF

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A PDF opened with qpdf for what a hybrid invoice reader needs: the page count, the version, the
/// catalog's XMP metadata and the embedded files.
///
/// qpdf parses the cross-reference data and then loads objects only when asked, so reading an
/// invoice touches the catalog, the EmbeddedFiles name tree, the `/AF` array and the attachment
/// streams, not the page content. Names come back exactly: qpdf decodes PDF text strings
/// (UTF-16BE or UTF-8 with a byte order mark, PDFDocEncoding otherwise) whole.
///
/// The type is non-copyable: the qpdf handle and the copy of the input it reads from have one
/// owner and are released when that owner ends (qpdf handles are not thread-safe and never leave
/// the value). Callers copy what they need into `Sendable` values.
struct QPDFDocumentReader: ~Copyable {
    /// An embedded file: what its file specification says, and where its bytes are.
    struct EmbeddedFile: Sendable, Hashable {
        /// Where the file was found.
        enum Source: Sendable, Hashable {
            /// A leaf of the catalog's `/Names /EmbeddedFiles` name tree.
            case nameTree
            /// Only an item of the catalog's `/AF` (associated files) array.
            case associatedFiles
        }

        /// The file name: `/UF`, else `/F`, else the name-tree key, decoded as a PDF text string.
        var name: String
        /// The MIME type the embedded stream's `/Subtype` gives (such as `text/xml`), if any.
        var mimeType: String?
        /// The file specification's `/AFRelationship` (such as `Alternative`, no slash), if any.
        var relationship: String?
        /// Where the file was found.
        var source: Source
        /// The qpdf handle of the embedded stream (`/EF /F`, else `/EF /UF`); `nil` when the file
        /// specification embeds nothing. Meaningful only to the reader that listed the file.
        fileprivate var stream: qpdf_oh?

        /// Whether the file specification embeds a stream.
        var hasData: Bool { stream != nil }
    }

    /// The `%PDF-` header every PDF starts with (readers tolerate up to 1024 bytes of junk before it).
    static let magic: [UInt8] = Array("%PDF-".utf8)

    /// How far into the input the header may start.
    static let headerWindow = 1024

    /// How deep a name tree may nest before the rest is ignored (real trees have 2 or 3 levels).
    static let maximumTreeDepth = 32

    private let handle: OpaquePointer
    /// The input, copied: qpdf reads from it for the handle's whole life.
    /// The copy of the input qpdf reads from, owned with the handle.
    private let buffer: UnsafeMutablePointer<CChar>?

    /// Where the `%PDF-` header starts within the first ``headerWindow`` bytes, if it does.
    static func headerOffset(in bytes: some Collection<UInt8>) -> Int? {
        let window = Array(bytes.prefix(headerWindow + magic.count))
        guard window.count >= magic.count else { return nil }
        return (0...(window.count - magic.count)).first { window[$0..<$0 + magic.count].elementsEqual(magic) }
    }

    /// Opens a PDF from bytes.
    ///
    /// A PDF encrypted with an empty user password (an owner password only) opens and reads
    /// decrypted, as in PDF viewers.
    ///
    /// - Throws: `malformedPDF` for empty input, bytes without a `%PDF-` header, a PDF qpdf
    ///   cannot open or one without a catalog; `encryptedPDF` when a user password is needed;
    ///   `inputTooLarge` above 2 GiB; `internalError` when qpdf cannot start.
    init(bytes: some Collection<UInt8>) throws(FacturXError) {
        let count = bytes.count
        guard count > 0 else {
            throw FacturXError(code: .malformedPDF, message: "The input is empty, not a PDF")
        }
        guard count <= Int(Int32.max) else {
            throw FacturXError(code: .inputTooLarge, message: "The PDF is larger than 2 GiB")
        }
        guard Self.headerOffset(in: bytes) != nil else {
            throw FacturXError(code: .malformedPDF, message: "The input is not a PDF: it has no %PDF- header")
        }
        let bytes = Array(bytes)
        let (handle, buffer) = try QPDFOpening.open(bytes)
        guard qpdf_oh_is_dictionary(handle, qpdf_get_root(handle)) != 0 else {
            cfacture_qpdf_close(handle, buffer)
            throw FacturXError(code: .malformedPDF, message: "The PDF has no catalog dictionary (/Root)")
        }
        self.handle = handle
        self.buffer = buffer
    }

    deinit {
        cfacture_qpdf_close(handle, buffer)
    }

    /// The number of pages, or 0 when the page tree is too damaged to count.
    var pageCount: Int {
        let count = Int(qpdf_get_num_pages(handle))
        guard count >= 0 else {
            clearError()
            return 0
        }
        return count
    }

    /// The PDF version the header declares, such as `1.7`.
    var pdfVersion: String {
        guard let version = qpdf_get_pdf_version(handle) else { return "" }
        return String(cString: version)
    }

    /// The catalog's XMP metadata packet (`/Metadata`), decoded from its stream; `nil` when the
    /// PDF has none or it cannot be decoded.
    func xmpMetadata() -> [UInt8]? {
        let metadata = qpdf_oh_get_key(handle, qpdf_get_root(handle), "/Metadata")
        guard qpdf_oh_is_stream(handle, metadata) != 0 else {
            clearError()
            return nil
        }
        return try? decodedStream(metadata)
    }

    /// The embedded files: the leaves of the `/Names /EmbeddedFiles` name tree in tree order,
    /// then the items of the catalog's `/AF` array that neither the tree nor an earlier item
    /// holds (the same file specification object or the same embedded stream).
    ///
    /// Cycles in `/Kids` and trees deeper than ``maximumTreeDepth`` are cut; name-tree entries
    /// whose key is not a string are skipped.
    func embeddedFiles() -> [EmbeddedFile] {
        let root = qpdf_get_root(handle)
        var files: [EmbeddedFile] = []
        var seen: Set<Int> = []
        let names = qpdf_oh_get_key(handle, root, "/Names")
        if qpdf_oh_is_dictionary(handle, names) != 0 {
            var visited: Set<Int> = []
            collectLeaves(
                of: qpdf_oh_get_key(handle, names, "/EmbeddedFiles"),
                into: &files,
                seen: &seen,
                visited: &visited,
                depth: 0
            )
        }
        let associated = qpdf_oh_get_key(handle, root, "/AF")
        if qpdf_oh_is_array(handle, associated) != 0 {
            for index in 0..<max(0, qpdf_oh_get_array_n_items(handle, associated)) {
                let specification = qpdf_oh_get_array_item(handle, associated, index)
                guard qpdf_oh_is_dictionary(handle, specification) != 0,
                    let file = file(specification: specification, key: nil, source: .associatedFiles, seen: &seen)
                else { continue }
                files.append(file)
            }
        }
        clearError()
        return files
    }

    /// The bytes of an embedded file, with its stream's generic filters (Flate, LZW, ASCII85,
    /// ASCIIHex, RunLength) undone.
    ///
    /// - Throws: `malformedPDF` when the file specification embeds no stream, or its stream is
    ///   damaged: qpdf cannot read or decode it, or warns while doing so (a torn stream).
    func data(of file: EmbeddedFile) throws(FacturXError) -> [UInt8] {
        guard let stream = file.stream else {
            throw FacturXError(code: .malformedPDF, message: "The attachment \(file.name) embeds no file stream")
        }
        do {
            return try decodedStream(stream)
        } catch {
            throw FacturXError(
                code: .malformedPDF,
                message: "Cannot decode the attachment \(file.name): its stream is damaged or uses an unknown filter"
            )
        }
    }

    // MARK: - Walking

    /// Appends the leaves of a name-tree node, depth first.
    private func collectLeaves(
        of node: qpdf_oh,
        into files: inout [EmbeddedFile],
        seen: inout Set<Int>,
        visited: inout Set<Int>,
        depth: Int
    ) {
        guard depth < Self.maximumTreeDepth, qpdf_oh_is_dictionary(handle, node) != 0 else { return }
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
                let value = qpdf_oh_get_array_item(handle, pairs, Int32(index + 1))
                if qpdf_oh_is_string(handle, key) != 0,
                    let file = file(specification: value, key: key, source: .nameTree, seen: &seen)
                {
                    files.append(file)
                }
                index += 2
            }
        }
        let kids = qpdf_oh_get_key(handle, node, "/Kids")
        if qpdf_oh_is_array(handle, kids) != 0 {
            for index in 0..<max(0, qpdf_oh_get_array_n_items(handle, kids)) {
                collectLeaves(
                    of: qpdf_oh_get_array_item(handle, kids, index),
                    into: &files,
                    seen: &seen,
                    visited: &visited,
                    depth: depth + 1
                )
            }
        }
    }

    /// The file a file specification describes, or `nil` when it has no name at all, or when it
    /// comes from `/AF` and `seen` already holds its object or its stream. Name-tree files are
    /// all kept (two keys may share a file specification, as PDF readers list them), and added
    /// to `seen`.
    ///
    /// A file specification may be a bare string (a file name, nothing embedded).
    private func file(
        specification: qpdf_oh,
        key: qpdf_oh?,
        source: EmbeddedFile.Source,
        seen: inout Set<Int>
    ) -> EmbeddedFile? {
        var name: String?
        var stream: qpdf_oh?
        var mimeType: String?
        var relationship: String?
        if qpdf_oh_is_dictionary(handle, specification) != 0 {
            for entry in ["/UF", "/F"] {
                let candidate = qpdf_oh_get_key(handle, specification, entry)
                if qpdf_oh_is_string(handle, candidate) != 0 {
                    name = text(candidate)
                    break
                }
            }
            relationship = self.name(qpdf_oh_get_key(handle, specification, "/AFRelationship"))
            let embedded = qpdf_oh_get_key(handle, specification, "/EF")
            if qpdf_oh_is_dictionary(handle, embedded) != 0 {
                for entry in ["/F", "/UF"] {
                    let candidate = qpdf_oh_get_key(handle, embedded, entry)
                    if qpdf_oh_is_stream(handle, candidate) != 0 {
                        stream = candidate
                        break
                    }
                }
            }
            if let stream {
                mimeType = self.name(qpdf_oh_get_key(handle, qpdf_oh_get_dict(handle, stream), "/Subtype"))
            }
        } else if qpdf_oh_is_string(handle, specification) != 0 {
            name = text(specification)
        } else {
            return nil
        }
        if name == nil, let key { name = text(key) }
        guard let name else { return nil }
        var identities: [Int] = []
        for object in [specification, stream].compactMap(\.self) {
            let id = Int(qpdf_oh_get_object_id(handle, object))
            if id != 0 { identities.append(id) }
        }
        if source == .associatedFiles, identities.contains(where: seen.contains) { return nil }
        seen.formUnion(identities)
        return EmbeddedFile(
            name: name,
            mimeType: mimeType,
            relationship: relationship,
            source: source,
            stream: stream
        )
    }

    // MARK: - Objects

    /// A stream's data with its generic filters undone.
    ///
    /// Fails when qpdf reports an error, cannot apply every filter, or warns while reading (qpdf
    /// warns rather than fails on a truncated Flate stream or a wrong `/Length`).
    private func decodedStream(_ stream: qpdf_oh) throws(DecodeFailure) -> [UInt8] {
        drainWarnings()
        var pointer: UnsafeMutablePointer<UInt8>?
        var length = 0
        var filtered: QPDF_BOOL = QPDF_FALSE
        let status = qpdf_oh_get_stream_data(handle, stream, qpdf_dl_generalized, &filtered, &pointer, &length)
        defer { free(pointer) }
        let warned = qpdf_more_warnings(handle) != 0
        drainWarnings()
        guard status & QPDF_ERRORS == 0, filtered != 0, !warned else {
            clearError()
            throw DecodeFailure()
        }
        guard let pointer else { return [] }
        return Array(UnsafeBufferPointer(start: pointer, count: length))
    }

    /// A stream that could not be decoded.
    private struct DecodeFailure: Error {}

    /// A name object's text without the slash, or `nil` for another object.
    private func name(_ object: qpdf_oh) -> String? {
        guard qpdf_oh_is_name(handle, object) != 0, let text = qpdf_oh_get_name(handle, object) else { return nil }
        return String(String(cString: text).dropFirst())
    }

    /// A string object decoded as a PDF text string (qpdf undoes UTF-16BE, UTF-8 and
    /// PDFDocEncoding), whole even when it holds zero bytes.
    private func text(_ string: qpdf_oh) -> String {
        var length = 0
        guard let pointer = qpdf_oh_get_binary_utf8_value(handle, string, &length) else { return "" }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
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
