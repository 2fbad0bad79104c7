// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Text normalisation shared by reference extraction and partner detection.
enum LetteringText {
    /// Upper-cases ASCII letters, folds common Latin accents, keeps `A-Z0-9`, reads `&` (and `+`, what SEPA
    /// transliteration makes of it) as the word `ET`, and turns everything else into one space.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) {
                current.append(contentsOf: folded)
            } else {
                flush()
                if scalar == "&" || scalar == "+" { words.append("ET") }
            }
        }
        flush()
        return words
    }

    /// The alphanumeric key of a reference: upper-cased letters and digits only, `nil` when empty.
    static func alnumKey(_ text: some StringProtocol) -> [UInt8] {
        var key: [UInt8] = []
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) { key.append(contentsOf: folded) }
        }
        return key
    }

    /// Folds letters that OCR and typing confuse with digits (`O`→0, `I`/`L`→1, `S`→5, `B`→8, `Z`→2), so that
    /// `FA2O25-OO1I7` and `FA2025-00117` share a key.
    static func ocrFolded(_ key: [UInt8]) -> String {
        var out = key
        for index in out.indices {
            switch out[index] {
            case UInt8(ascii: "O"): out[index] = UInt8(ascii: "0")
            case UInt8(ascii: "I"), UInt8(ascii: "L"): out[index] = UInt8(ascii: "1")
            case UInt8(ascii: "S"): out[index] = UInt8(ascii: "5")
            case UInt8(ascii: "B"): out[index] = UInt8(ascii: "8")
            case UInt8(ascii: "Z"): out[index] = UInt8(ascii: "2")
            default: break
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The trailing digit run of a key without its leading zeros (`FA2025-00088` → `88`), `nil` when the key
    /// does not end with digits.
    static func sequenceNumber(_ key: [UInt8]) -> String? {
        var end = key.count
        while end > 0, isDigit(key[end - 1]) { end -= 1 }
        var digits = key[end...].drop { $0 == UInt8(ascii: "0") }
        if digits.isEmpty { return nil }
        if digits.count > 12 { digits = digits.suffix(12) }
        return String(decoding: digits, as: UTF8.self)
    }

    /// The last run of ASCII digits of a text (`FA2024-00066` → `00066`, `2025/4533` → `4533`).
    static func lastDigitRun(_ text: String) -> [UInt8] {
        let bytes = Array(text.utf8)
        var end = bytes.count
        while end > 0, !isDigit(bytes[end - 1]) { end -= 1 }
        var start = end
        while start > 0, isDigit(bytes[start - 1]) { start -= 1 }
        return Array(bytes[start..<end])
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// Whether a key looks like a document reference: at least 3 characters, at least one digit.
    static func looksLikeReference(_ key: [UInt8]) -> Bool {
        key.count >= 3 && key.contains(where: isDigit)
    }

    /// Legal forms and filler words left out of names (`SA Fromagerie` = `Fromagerie SA`).
    static let nameStopWords: Set<String> = [
        "SA", "SAS", "SASU", "SARL", "EURL", "SCI", "SNC", "SCOP", "SELARL", "EI", "GIE", "SCP", "L", "D",
    ]

    /// The name key of a partner: its words without legal forms, joined by one space.
    static func nameKey(_ name: String) -> String {
        words(name).filter { !nameStopWords.contains($0) }.joined(separator: " ")
    }

    /// Levenshtein distance bounded by `limit` (returns `limit + 1` when above).
    static func distance(_ lhs: [UInt8], _ rhs: [UInt8], limit: Int) -> Int {
        if abs(lhs.count - rhs.count) > limit { return limit + 1 }
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for i in 1...max(lhs.count, 1) where !lhs.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(rhs.count, 1) where !rhs.isEmpty {
                let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[rhs.count]
    }

    private static func fold(_ scalar: Unicode.Scalar) -> [UInt8]? {
        let value = scalar.value
        switch value {
        case 0x30...0x39, 0x41...0x5A: return [UInt8(value)]
        case 0x61...0x7A: return [UInt8(value - 32)]
        case 0xC0...0xC5, 0xE0...0xE5: return [UInt8(ascii: "A")]
        case 0xC6, 0xE6: return [UInt8(ascii: "A"), UInt8(ascii: "E")]
        case 0xC7, 0xE7: return [UInt8(ascii: "C")]
        case 0xC8...0xCB, 0xE8...0xEB: return [UInt8(ascii: "E")]
        case 0xCC...0xCF, 0xEC...0xEF: return [UInt8(ascii: "I")]
        case 0xD1, 0xF1: return [UInt8(ascii: "N")]
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: return [UInt8(ascii: "O")]
        case 0xD9...0xDC, 0xF9...0xFC: return [UInt8(ascii: "U")]
        case 0xDD, 0xFD, 0xFF, 0x178: return [UInt8(ascii: "Y")]
        case 0x152, 0x153: return [UInt8(ascii: "O"), UInt8(ascii: "E")]
        default: return nil
        }
    }
}
