// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

// Per-country formats and check digits of EU VAT numbers. The algorithms are those the member
// states publish (and python-stdnum implements); each is written here from its definition.

extension VATNumber {
    /// A country's accepted shapes and how to describe them in a message.
    struct Format: Sendable {
        /// Patterns for the national number: `#` a digit, `n` a digit other than 0, `a` a
        /// letter, `x` a letter or digit, `w` a letter A–W, `k` a French key character (a digit
        /// or a letter other than I and O); anything else stands for itself.
        let patterns: [StaticString]
        /// The shape in words, e.g. "9 digits, the first not 0".
        let shape: String
    }

    /// What a country's check says about a number of the right shape.
    enum Outcome {
        case verified
        case unverified
        case invalid(FactureModelError.Code, String)
    }

    /// The prefixes VIES accepts, with their formats.
    static let formats: [String: Format] = [
        "AT": Format(patterns: ["U########"], shape: "'U' and 8 digits"),
        "BE": Format(patterns: ["0#########", "1#########"], shape: "10 digits starting with 0 or 1"),
        "BG": Format(patterns: ["#########", "##########"], shape: "9 or 10 digits"),
        "CY": Format(patterns: ["########a"], shape: "8 digits and a letter"),
        "CZ": Format(patterns: ["########", "#########", "##########"], shape: "8, 9 or 10 digits"),
        "DE": Format(patterns: ["n########"], shape: "9 digits, the first not 0"),
        "DK": Format(patterns: ["n#######"], shape: "8 digits, the first not 0"),
        "EE": Format(patterns: ["#########"], shape: "9 digits"),
        "EL": Format(patterns: ["#########"], shape: "9 digits"),
        "ES": Format(patterns: ["x#######x"], shape: "a letter or digit, 7 digits and a letter or digit"),
        "FI": Format(patterns: ["########"], shape: "8 digits"),
        "FR": Format(
            patterns: ["kk#########"],
            shape: "a 2-character key (digits, or letters other than I and O) and a 9-digit SIREN"
        ),
        "HR": Format(patterns: ["###########"], shape: "11 digits"),
        "HU": Format(patterns: ["########"], shape: "8 digits"),
        "IE": Format(
            patterns: ["#######w", "#######ww", "#a#####w", "#+#####w", "#*#####w"],
            shape: "7 digits and 1 or 2 letters, or a digit, a letter (or + or *), 5 digits and a letter"
        ),
        "IT": Format(patterns: ["###########"], shape: "11 digits"),
        "LT": Format(patterns: ["#######1#", "##########1#"], shape: "9 or 12 digits, the second-last being 1"),
        "LU": Format(patterns: ["########"], shape: "8 digits"),
        "LV": Format(patterns: ["###########"], shape: "11 digits"),
        "MT": Format(patterns: ["n#######"], shape: "8 digits, the first not 0"),
        "NL": Format(patterns: ["#########B##"], shape: "9 digits, 'B' and 2 digits"),
        "PL": Format(patterns: ["##########"], shape: "10 digits"),
        "PT": Format(patterns: ["n########"], shape: "9 digits, the first not 0"),
        "RO": Format(
            patterns: [
                "n#", "n##", "n###", "n####", "n#####", "n######", "n#######", "n########", "n#########",
                "n############",
            ],
            shape: "2 to 10 digits or 13 digits, the first not 0"
        ),
        "SE": Format(patterns: ["##########01"], shape: "12 digits ending in 01"),
        "SI": Format(patterns: ["n#######"], shape: "8 digits, the first not 0"),
        "SK": Format(patterns: ["##########"], shape: "10 digits"),
        "XI": Format(
            patterns: ["#########", "############", "GD###", "HA###", "GD8888#####", "HA8888#####"],
            shape: "9 or 12 digits, or GD or HA and 3 digits"
        ),
    ]

    /// Whether two upper-case ASCII letters are a prefix that ``VATNumber`` accepts.
    static func isPrefix(_ first: UInt8, _ second: UInt8) -> Bool {
        let prefix = String(unsafeUninitializedCapacity: 2) { output in
            output[0] = first
            output[1] = second
            return 2
        }
        return formats[prefix] != nil
    }

    /// Checks that the text starts with an EU VAT prefix.
    static func checkPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) throws(FactureModelError) {
        guard bytes.count >= 2, IdentifierText.isUppercaseLetter(bytes[0]), IdentifierText.isUppercaseLetter(bytes[1])
        else {
            throw FactureModelError(
                code: .invalidFormat,
                message: "VAT number must start with a two-letter country prefix such as FR, got '\(text)'"
            )
        }
        let prefix = String(Substring(text.utf8.prefix(2)))
        guard formats[prefix] == nil else { return }
        let hint: String
        switch prefix {
        case "GR": hint = " (Greek VAT numbers use EL)"
        case "GB": hint = " (use XI for Northern Ireland; other UK numbers are not EU VAT numbers)"
        default: hint = ""
        }
        throw FactureModelError(
            code: .invalidCountry,
            message: "'\(prefix)' is not an EU VAT number prefix\(hint)"
        )
    }

    /// The number in its current format when an old one was given (Belgian 9 digits, Greek 8
    /// digits, Dutch digits before `B` fewer than 9), or `nil` when it is already current.
    static func canonicalBody(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let prefix = (bytes[0], bytes[1])
        let body = UnsafeBufferPointer(rebasing: bytes[2...])
        let padding: Int
        switch prefix {
        case (UInt8(ascii: "B"), UInt8(ascii: "E")) where body.count == 9 && IdentifierText.allDigits(body, 0..<9):
            padding = 1
        case (UInt8(ascii: "E"), UInt8(ascii: "L")) where body.count == 8 && IdentifierText.allDigits(body, 0..<8):
            padding = 1
        case (UInt8(ascii: "N"), UInt8(ascii: "L"))
        where body.count >= 4 && body.count < 12 && body[body.count - 3] == UInt8(ascii: "B")
            && IdentifierText.allDigits(body, 0..<body.count - 3):
            padding = 12 - body.count
        default:
            return nil
        }
        return String(unsafeUninitializedCapacity: bytes.count + padding) { output in
            output[0] = bytes[0]
            output[1] = bytes[1]
            for index in 0..<padding { output[2 + index] = UInt8(ascii: "0") }
            for index in 0..<body.count { output[2 + padding + index] = body[index] }
            return bytes.count + padding
        }
    }

    /// Checks the national number's shape and check digits; returns whether check digits ran.
    static func validate(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) throws(FactureModelError) -> Bool {
        let country = String(Substring(text.utf8.prefix(2)))
        guard let format = formats[country] else {
            throw FactureModelError(code: .invalidCountry, message: "'\(country)' is not an EU VAT number prefix")
        }
        let body = UnsafeBufferPointer(rebasing: bytes[2...])
        try checkShape(body, format: format, country: country, text: text)
        switch check(body, country: country, text: text) {
        case .verified:
            return true
        case .unverified:
            return false
        case .invalid(let code, let message):
            throw FactureModelError(code: code, message: message)
        }
    }

    private static func checkShape(
        _ body: UnsafeBufferPointer<UInt8>,
        format: Format,
        country: String,
        text: String
    ) throws(FactureModelError) {
        // Characters no VAT number of any country uses.
        for index in 0..<body.count {
            let byte = body[index]
            if !IdentifierText.isUppercaseAlphanumeric(byte) && byte != UInt8(ascii: "+") && byte != UInt8(ascii: "*") {
                throw FactureModelError(
                    code: .invalidCharacters,
                    message: """
                        VAT number for \(country) must be \(country) followed by \(format.shape); \
                        \(IdentifierText.found(in: text, atUTF8Offset: index + 2))
                        """
                )
            }
        }
        var sameLength: StaticString?
        for pattern in format.patterns where pattern.utf8CodeUnitCount == body.count {
            if sameLength == nil { sameLength = pattern }
            if firstMismatch(body, pattern) == nil { return }
        }
        guard let pattern = sameLength else {
            throw FactureModelError(
                code: .invalidLength,
                message: """
                    VAT number for \(country) must be \(country) followed by \(format.shape); \
                    got \(body.count) characters after \(country)
                    """
            )
        }
        let index = firstMismatch(body, pattern) ?? 0
        throw FactureModelError(
            code: .invalidFormat,
            message: """
                VAT number for \(country) must be \(country) followed by \(format.shape); \
                \(IdentifierText.found(in: text, atUTF8Offset: index + 2))
                """
        )
    }

    /// The first index where `body` does not fit `pattern` (of the same length), or `nil`.
    private static func firstMismatch(_ body: UnsafeBufferPointer<UInt8>, _ pattern: StaticString) -> Int? {
        pattern.withUTF8Buffer { pattern in
            for index in 0..<body.count {
                let byte = body[index]
                let fits: Bool
                switch pattern[index] {
                case UInt8(ascii: "#"): fits = IdentifierText.isDigit(byte)
                case UInt8(ascii: "n"): fits = IdentifierText.isDigit(byte) && byte != UInt8(ascii: "0")
                case UInt8(ascii: "a"): fits = IdentifierText.isUppercaseLetter(byte)
                case UInt8(ascii: "x"): fits = IdentifierText.isUppercaseAlphanumeric(byte)
                case UInt8(ascii: "w"): fits = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "W")
                case UInt8(ascii: "k"):
                    fits =
                        IdentifierText.isUppercaseAlphanumeric(byte) && byte != UInt8(ascii: "I")
                        && byte != UInt8(ascii: "O")
                case let literal: fits = byte == literal
                }
                if !fits { return index }
            }
            return nil
        }
    }
}
