// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension Invoice {
    /// An attached document (BT-125): bytes with their MIME code (BT-125-1) and filename (BT-125-2).
    ///
    /// It encodes with `content` as standard base64 (RFC 4648 §4, padded), which
    /// ``init(base64Encoded:mimeCode:filename:)`` and ``base64EncodedContent`` also offer, so that
    /// the CII and UBL writers put the same text in XML.
    public struct BinaryObject: Sendable {
        /// The document's bytes.
        public var content: [UInt8]
        /// Attached document MIME code (BT-125-1). EN 16931 allows `application/pdf`, `image/png`,
        /// `image/jpeg`, `text/csv`, `application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`
        /// and `application/vnd.oasis.opendocument.spreadsheet`; the rules check it.
        public var mimeCode: String
        /// Attached document filename (BT-125-2).
        public var filename: String

        /// Creates an attached document from its bytes.
        public init(content: [UInt8], mimeCode: String, filename: String) {
            self.content = content
            self.mimeCode = mimeCode
            self.filename = filename
        }

        /// Creates an attached document from base64 text, as XML carries it; ASCII white space in
        /// the text (line breaks) is ignored.
        /// - Throws: ``FactureModelError`` with code ``FactureModelError/Code/invalidFormat`` when the
        ///   text is not padded standard base64.
        public init(
            base64Encoded text: some StringProtocol,
            mimeCode: String,
            filename: String
        )
            throws(FactureModelError)
        {
            guard let bytes = Base64.decode(text) else {
                throw FactureModelError(
                    code: .invalidFormat,
                    message: "attachment '\(filename)' is not valid base64",
                    location: "BT-125"
                )
            }
            self.init(content: bytes, mimeCode: mimeCode, filename: filename)
        }

        /// The content as standard, padded base64 text without line breaks.
        public var base64EncodedContent: String {
            Base64.encode(content)
        }

        /// Common MIME code: a PDF document.
        public static let pdfMIMECode = "application/pdf"
        /// Common MIME code: a PNG image.
        public static let pngMIMECode = "image/png"
        /// Common MIME code: a JPEG image.
        public static let jpegMIMECode = "image/jpeg"
        /// Common MIME code: comma-separated values.
        public static let csvMIMECode = "text/csv"
    }
}

extension Invoice.BinaryObject: Hashable {}

extension Invoice.BinaryObject: Codable {
    private enum CodingKeys: String, CodingKey {
        case content
        case mimeCode
        case filename
    }

    /// Decodes `content` from base64 text, with `mimeCode` and `filename`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .content)
        guard let bytes = Base64.decode(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: .content,
                in: container,
                debugDescription: "attachment content is not valid base64"
            )
        }
        self.init(
            content: bytes,
            mimeCode: try container.decode(String.self, forKey: .mimeCode),
            filename: try container.decode(String.self, forKey: .filename)
        )
    }

    /// Encodes `content` as base64 text, with `mimeCode` and `filename`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(base64EncodedContent, forKey: .content)
        try container.encode(mimeCode, forKey: .mimeCode)
        try container.encode(filename, forKey: .filename)
    }
}

/// Standard base64 (RFC 4648 §4) without Foundation.
enum Base64 {
    private static let alphabet: [UInt8] = Array(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8
    )

    /// The value of each alphabet byte, 0xFF for bytes outside the alphabet.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(index) }
        return table
    }()

    /// Encodes bytes as padded base64 text.
    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index + 3 <= bytes.count {
            let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            output.append(alphabet[Int(chunk >> 18 & 0x3F)])
            output.append(alphabet[Int(chunk >> 12 & 0x3F)])
            output.append(alphabet[Int(chunk >> 6 & 0x3F)])
            output.append(alphabet[Int(chunk & 0x3F)])
            index += 3
        }
        let remaining = bytes.count - index
        if remaining == 1 {
            let chunk = UInt32(bytes[index]) << 16
            output.append(alphabet[Int(chunk >> 18 & 0x3F)])
            output.append(alphabet[Int(chunk >> 12 & 0x3F)])
            output.append(UInt8(ascii: "="))
            output.append(UInt8(ascii: "="))
        } else if remaining == 2 {
            let chunk = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8
            output.append(alphabet[Int(chunk >> 18 & 0x3F)])
            output.append(alphabet[Int(chunk >> 12 & 0x3F)])
            output.append(alphabet[Int(chunk >> 6 & 0x3F)])
            output.append(UInt8(ascii: "="))
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes padded base64 text, skipping ASCII white space; `nil` for anything else.
    static func decode(_ text: some StringProtocol) -> [UInt8]? {
        var symbols: [UInt8] = []
        symbols.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                continue
            default:
                symbols.append(byte)
            }
        }
        guard symbols.count % 4 == 0 else { return nil }
        var padding = 0
        if symbols.last == UInt8(ascii: "=") { padding += 1 }
        if padding == 1, symbols[symbols.count - 2] == UInt8(ascii: "=") { padding += 1 }
        var output: [UInt8] = []
        output.reserveCapacity(symbols.count / 4 * 3)
        var group: UInt32 = 0
        for (index, symbol) in symbols.enumerated() {
            let isPadding = index >= symbols.count - padding
            let value: UInt8
            if isPadding {
                value = 0
            } else {
                value = values[Int(symbol)]
                guard value != 0xFF else { return nil }
            }
            group = group << 6 | UInt32(value)
            if index % 4 == 3 {
                output.append(UInt8(truncatingIfNeeded: group >> 16))
                output.append(UInt8(truncatingIfNeeded: group >> 8))
                output.append(UInt8(truncatingIfNeeded: group))
                group = 0
            }
        }
        output.removeLast(padding)
        return output
    }
}
