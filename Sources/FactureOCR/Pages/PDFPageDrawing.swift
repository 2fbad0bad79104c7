// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An affine transformation of PDF user space, `[a b c d e f]` as the `cm` operator takes it
/// (row vectors: `x' = a·x + c·y + e`, `y' = b·x + d·y + f`).
struct PDFMatrix: Sendable, Hashable {
    /// Horizontal scale (with `d`, the diagonal).
    var a: Double
    /// Vertical shear: how much `y'` grows with `x`.
    var b: Double
    /// Horizontal shear: how much `x'` grows with `y`.
    var c: Double
    /// Vertical scale.
    var d: Double
    /// Horizontal translation.
    var e: Double
    /// Vertical translation.
    var f: Double

    /// The identity.
    static let identity = PDFMatrix(a: 1, b: 0, c: 0, d: 1, e: 0, f: 0)

    /// `self` applied first, then `other` (what `cm` does: the new CTM is `self × CTM`).
    func concatenating(_ other: PDFMatrix) -> PDFMatrix {
        PDFMatrix(
            a: a * other.a + b * other.c,
            b: a * other.b + b * other.d,
            c: c * other.a + d * other.c,
            d: c * other.b + d * other.d,
            e: e * other.a + f * other.c + other.e,
            f: e * other.b + f * other.d + other.f
        )
    }
}

/// What a page's content stream paints, as far as telling a scanned page goes: whether it draws
/// one XObject, where, and nothing visible over it.
///
/// A small tokenizer of content streams (PDF 32000-1 §7.8.2): operands are numbers, names, strings,
/// arrays and dictionaries; only the operators that place or paint matter here (`q`, `Q`, `cm`,
/// `Do`, `BI`, `Tr`, the text-showing and path-painting operators). Whatever is painted before the
/// XObject is hidden by it when it covers the page; whatever is painted after would be lost, so
/// such pages are not taken for scans.
enum PDFPageDrawing {
    /// The one XObject a content stream draws, and the transformation in force when it does.
    struct Placement: Sendable, Hashable {
        /// The XObject's resource name, with its slash (such as `/Im0`), `#xx` escapes resolved.
        var name: String
        /// The current transformation matrix at the `Do` operator: it maps the unit square onto
        /// the page, in default user space.
        var matrix: PDFMatrix
    }

    /// How deep `q` may nest (PDF readers allow 28 or more; deeper content is not a plain scan).
    static let maximumNesting = 64

    /// The XObject a content stream draws, when it draws exactly one and paints nothing visible
    /// after it (no visible text, path painting, shading or inline image); `nil` otherwise.
    static func singleXObject(in content: [UInt8]) -> Placement? {
        var tokenizer = Tokenizer(bytes: content)
        var operands: [Operand] = []
        var state = GraphicsState()
        var saved: [GraphicsState] = []
        var placement: Placement?
        while let token = tokenizer.next() {
            guard case .keyword(let keyword) = token else {
                if case .operand(let operand) = token {
                    operands.append(operand)
                    // A well-formed operator takes at most a handful of operands (TJ arrays
                    // are flattened); a runaway list means the stream is not content.
                    if operands.count > 4_096 { return nil }
                }
                continue
            }
            defer { operands.removeAll(keepingCapacity: true) }
            switch keyword {
            case "q":
                guard saved.count < maximumNesting else { return nil }
                saved.append(state)
            case "Q":
                if let last = saved.popLast() { state = last }
            case "cm":
                let numbers = operands.suffix(6).compactMap(\.number)
                guard numbers.count == 6 else { return nil }
                let matrix = PDFMatrix(
                    a: numbers[0],
                    b: numbers[1],
                    c: numbers[2],
                    d: numbers[3],
                    e: numbers[4],
                    f: numbers[5]
                )
                state.matrix = matrix.concatenating(state.matrix)
            case "Tr":
                guard let mode = operands.last?.number else { return nil }
                state.textRenderingMode = Int(mode)
            case "Do":
                guard placement == nil, case .name(let name)? = operands.last else { return nil }
                placement = Placement(name: name, matrix: state.matrix)
            case "BI":
                // Inline images hold binary data the tokenizer does not skip; no scan uses them
                // beside a page image.
                return nil
            case "Tj", "TJ", "'", "\"":
                // Text rendering modes 3 (invisible) and 7 (clip only) paint nothing: the OCR
                // layer of a searchable scan.
                if placement != nil, state.textRenderingMode != 3, state.textRenderingMode != 7 { return nil }
            case "f", "F", "f*", "S", "s", "B", "B*", "b", "b*", "sh":
                if placement != nil { return nil }
            default:
                break
            }
        }
        return placement
    }

    /// The parts of the graphics state that matter here.
    private struct GraphicsState {
        var matrix = PDFMatrix.identity
        var textRenderingMode = 0
    }

    /// An operand of a content-stream operator.
    private enum Operand {
        case number(Double)
        case name(String)
        /// A string, array delimiter, dictionary delimiter, boolean or null.
        case other

        var number: Double? {
            if case .number(let value) = self { return value }
            return nil
        }
    }

    /// A lexical token of a content stream.
    private enum Token {
        case operand(Operand)
        case keyword(String)
    }

    /// Splits content-stream bytes into tokens (PDF 32000-1 §7.2).
    private struct Tokenizer {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        static func isWhitespace(_ byte: UInt8) -> Bool {
            byte == 0x00 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20
        }

        static func isDelimiter(_ byte: UInt8) -> Bool {
            // ( ) < > [ ] { } / %
            [0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x25].contains(byte)
        }

        mutating func next() -> Token? {
            while index < bytes.count {
                let byte = bytes[index]
                if Self.isWhitespace(byte) {
                    index += 1
                } else if byte == UInt8(ascii: "%") {
                    while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                } else {
                    break
                }
            }
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "("):
                skipLiteralString()
                return .operand(.other)
            case UInt8(ascii: "<"):
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<") {
                    index += 2
                } else {
                    while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
                    index += 1
                }
                return .operand(.other)
            case UInt8(ascii: ">"):
                index += bytes.count > index + 1 && bytes[index + 1] == UInt8(ascii: ">") ? 2 : 1
                return .operand(.other)
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ")"):
                index += 1
                return .operand(.other)
            case UInt8(ascii: "/"):
                index += 1
                return .operand(.name("/" + name()))
            default:
                let start = index
                while index < bytes.count, !Self.isWhitespace(bytes[index]), !Self.isDelimiter(bytes[index]) {
                    index += 1
                }
                let word = bytes[start..<index]
                if let first = word.first,
                    first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
                        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
                {
                    guard let value = Double(String(decoding: word, as: UTF8.self)), value.isFinite else {
                        return .operand(.other)
                    }
                    return .operand(.number(value))
                }
                let text = String(decoding: word, as: UTF8.self)
                if text == "true" || text == "false" || text == "null" { return .operand(.other) }
                return .keyword(text)
            }
        }

        /// Skips a literal string, balanced parentheses and backslash escapes included.
        mutating func skipLiteralString() {
            var depth = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == UInt8(ascii: "\\") {
                    index += 1
                } else if byte == UInt8(ascii: "(") {
                    depth += 1
                } else if byte == UInt8(ascii: ")") {
                    depth -= 1
                    if depth == 0 { return }
                }
            }
        }

        /// A name's characters after the slash, `#xx` escapes resolved.
        mutating func name() -> String {
            var decoded: [UInt8] = []
            while index < bytes.count, !Self.isWhitespace(bytes[index]), !Self.isDelimiter(bytes[index]) {
                let byte = bytes[index]
                if byte == UInt8(ascii: "#"), index + 2 < bytes.count,
                    let value = UInt8(String(decoding: bytes[index + 1...index + 2], as: UTF8.self), radix: 16)
                {
                    decoded.append(value)
                    index += 3
                } else {
                    decoded.append(byte)
                    index += 1
                }
            }
            return String(decoding: decoded, as: UTF8.self)
        }
    }
}
