// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The SEPA (EPC) basic Latin character set and the transliteration into it.
///
/// Allowed: `a-z A-Z 0-9 / - ? : ( ) . , ' +` and space. Accented Latin letters lose their
/// accent (`é` → `e`, `Ç` → `C`), ligatures are spelt out (`œ` → `oe`, `ß` → `ss`), `&` becomes `+`,
/// other punctuation its nearest allowed sign, anything else `.`.
public enum SEPAText {
    /// Whether a character is in the SEPA character set.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "/", "-", "?", ":", "(", ")", ".", ",", "'", "+", " ": true
        default: false
        }
    }

    /// The text in the SEPA character set, runs of spaces collapsed and the ends trimmed.
    public static func transliterated(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            let replacement: String
            if isAllowed(scalar) {
                replacement = String(scalar)
            } else if let mapped = mapping[scalar] {
                replacement = mapped
            } else if scalar.properties.generalCategory == .nonspacingMark {
                replacement = ""
            } else if scalar.properties.isWhitespace {
                replacement = " "
            } else {
                replacement = "."
            }
            for character in replacement.unicodeScalars {
                if character == " ", result.unicodeScalars.last == " " || result.isEmpty { continue }
                result.unicodeScalars.append(character)
            }
        }
        while result.last == " " { result.removeLast() }
        return result
    }

    /// XML-escaped text (`&`, `<`, `>`, `"`).
    static func escaped(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" }) else { return text }
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    private static let mapping: [Unicode.Scalar: String] = {
        var table: [Unicode.Scalar: String] = [:]
        let groups: [(String, String)] = [
            ("ÀÁÂÃÄÅĀĂĄ", "A"), ("àáâãäåāăą", "a"), ("ÇĆĈĊČ", "C"), ("çćĉċč", "c"), ("ĎĐ", "D"), ("ďđ", "d"),
            ("ÈÉÊËĒĔĖĘĚ", "E"), ("èéêëēĕėęě", "e"), ("ĜĞĠĢ", "G"), ("ĝğġģ", "g"), ("ĤĦ", "H"), ("ĥħ", "h"),
            ("ÌÍÎÏĨĪĬĮİ", "I"), ("ìíîïĩīĭįı", "i"), ("Ĵ", "J"), ("ĵ", "j"), ("Ķ", "K"), ("ķ", "k"),
            ("ĹĻĽĿŁ", "L"), ("ĺļľŀł", "l"), ("ÑŃŅŇ", "N"), ("ñńņň", "n"), ("ÒÓÔÕÖØŌŎŐ", "O"),
            ("òóôõöøōŏő", "o"), ("ŔŖŘ", "R"), ("ŕŗř", "r"), ("ŚŜŞŠȘ", "S"), ("śŝşšș", "s"), ("ŢŤŦȚ", "T"),
            ("ţťŧț", "t"), ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ùúûüũūŭůűų", "u"), ("Ŵ", "W"), ("ŵ", "w"), ("ÝŸŶ", "Y"),
            ("ýÿŷ", "y"), ("ŹŻŽ", "Z"), ("źżž", "z"),
            ("&", "+"), ("\"«»“”„", "'"), ("‘’‚`´", "'"), ("_–—", "-"), (";", ","), ("[{<", "("), ("]}>", ")"),
            ("!", "."), ("=", "-"), ("\\|", "/"),
        ]
        for (letters, replacement) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = replacement }
        }
        let words: [(Unicode.Scalar, String)] = [
            ("Æ", "AE"), ("æ", "ae"), ("Œ", "OE"), ("œ", "oe"), ("ß", "ss"), ("Þ", "TH"), ("þ", "th"),
            ("€", "EUR"), ("@", "(at)"), ("#", "No"), ("%", "pct"), ("°", "o"),
        ]
        for (scalar, replacement) in words { table[scalar] = replacement }
        return table
    }()
}
