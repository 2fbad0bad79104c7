// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a complete PDF file from scratch: numbered objects, streams with their `/Length`, a
/// classic cross-reference table and a trailer with `/Root`, `/Info` and `/ID`.
///
/// Streams are written as given by ``writeStream(_:dictionary:data:)`` or compressed with
/// `/FlateDecode` by ``writeCompressedStream(_:dictionary:data:)``. Object numbers are handed out
/// by ``reserve()`` so that objects can refer to each other before they are written; every
/// reserved number must be written before ``finish(root:info:)``.
struct PDFObjectWriter {
    /// The bytes written so far.
    private(set) var output: [UInt8]
    /// The byte offset of each written object, by object number.
    private var offsets: [Int: Int] = [:]
    /// The next free object number.
    private var nextNumber = 1

    /// Starts a PDF of the given version with the binary-marker comment line.
    init(version: String = "1.7") {
        output = Array("%PDF-\(version)\n".utf8) + [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
    }

    /// A fresh object number, to be written later with ``write(_:_:)`` or ``writeStream(_:dictionary:data:)``.
    mutating func reserve() -> Int {
        defer { nextNumber += 1 }
        return nextNumber
    }

    /// Writes object `number` with `body` (any PDF object syntax, such as a dictionary).
    mutating func write(_ number: Int, _ body: String) {
        offsets[number] = output.count
        output.append(contentsOf: "\(number) 0 obj\n\(body)\nendobj\n".utf8)
    }

    /// Writes object `number` as a stream: `dictionary` holds the entries other than `/Length`
    /// (without the `<< >>`), which this method adds.
    mutating func writeStream(_ number: Int, dictionary: String, data: [UInt8]) {
        offsets[number] = output.count
        let entries = dictionary.isEmpty ? "/Length \(data.count)" : "\(dictionary) /Length \(data.count)"
        output.append(contentsOf: "\(number) 0 obj\n<< \(entries) >>\nstream\n".utf8)
        output.append(contentsOf: data)
        output.append(contentsOf: "\nendstream\nendobj\n".utf8)
    }

    /// Writes object `number` as a stream compressed with `/FlateDecode`; `dictionary` holds the
    /// entries other than `/Length` and `/Filter`. The data is written as given, without a filter,
    /// when zlib fails.
    mutating func writeCompressedStream(_ number: Int, dictionary: String, data: [UInt8]) {
        guard let compressed = Deflate.zlibCompressed(data) else {
            writeStream(number, dictionary: dictionary, data: data)
            return
        }
        let entries = dictionary.isEmpty ? "/Filter /FlateDecode" : "\(dictionary) /Filter /FlateDecode"
        writeStream(number, dictionary: entries, data: compressed)
    }

    /// Writes the cross-reference table and the trailer, and returns the whole file.
    ///
    /// The two `/ID` entries are equal, 16 bytes derived from the content written so far, so the
    /// same input gives the same file.
    mutating func finish(root: Int, info: Int?) -> [UInt8] {
        let identifier = PDFSyntax.hexString(PDFSyntax.identifier(of: output, salt: "FactureKit"))
        let crossReferenceOffset = output.count
        let size = nextNumber
        var table = "xref\n0 \(size)\n0000000000 65535 f \n"
        for number in 1..<size {
            let offset = offsets[number] ?? 0
            let digits = String(offset)
            let padded = String(repeating: "0", count: max(0, 10 - digits.count)) + digits
            table += offsets[number] == nil ? "0000000000 65535 f \n" : "\(padded) 00000 n \n"
        }
        var trailer = "/Size \(size) /Root \(root) 0 R"
        if let info { trailer += " /Info \(info) 0 R" }
        trailer += " /ID [\(identifier) \(identifier)]"
        table += "trailer\n<< \(trailer) >>\nstartxref\n\(crossReferenceOffset)\n%%EOF\n"
        output.append(contentsOf: table.utf8)
        return output
    }
}

/// Number and string syntax for content streams.
enum PDFContentSyntax {
    /// The current UTC time as a PDF date, `D:YYYYMMDDHHmmSSZ`.
    static func currentDate() -> String {
        var now = time(nil)
        var parts = tm()
        guard gmtime_r(&now, &parts) != nil else { return "D:19700101000000Z" }
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "D:\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))"
            + "\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))Z"
    }

    /// A number with at most two decimals and no exponent, such as `12.5` or `-3`.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return "\(sign)\(whole)" }
        let fractionText = fraction < 10 ? "0\(fraction)" : (fraction % 10 == 0 ? "\(fraction / 10)" : "\(fraction)")
        return "\(sign)\(whole).\(fractionText)"
    }

    /// A literal string of single-byte codes, with `(`, `)`, `\` escaped and bytes outside
    /// printable ASCII written as octal escapes, so the content stream stays ASCII.
    static func literal(_ codes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = [UInt8(ascii: "(")]
        for code in codes {
            switch code {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
                result.append(UInt8(ascii: "\\"))
                result.append(code)
            case 0x20..<0x7F:
                result.append(code)
            default:
                result.append(UInt8(ascii: "\\"))
                result.append(UInt8(ascii: "0") + (code >> 6))
                result.append(UInt8(ascii: "0") + ((code >> 3) & 7))
                result.append(UInt8(ascii: "0") + (code & 7))
            }
        }
        result.append(UInt8(ascii: ")"))
        return result
    }
}
