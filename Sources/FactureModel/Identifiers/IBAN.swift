// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An International Bank Account Number (ISO 13616; BT-84 payment account identifier).
///
/// Creating an `IBAN` removes spaces, hyphens and dots, upper-cases letters, then checks the
/// country against the SWIFT IBAN registry, the length and BBAN layout for that country, and
/// the ISO 7064 MOD 97-10 check digits. French and Monegasque IBANs also have their RIB key
/// (the last two digits of the BBAN) checked.
///
/// ```swift
/// let iban = try IBAN("fr14 2004 1010 0505 0001 3m02 606")
/// print(iban)              // FR1420041010050500013M02606
/// print(iban.formatted)    // FR14 2004 1010 0505 0001 3M02 606
/// print(iban.countryCode)  // FR
/// print(iban.bban)         // 20041010050500013M02606
/// ```
public struct IBAN: Sendable, Hashable {
    /// The IBAN in electronic format: no separators, upper case, e.g. `DE89370400440532013000`.
    public let rawValue: String

    /// Validates and normalises an IBAN.
    ///
    /// ```swift
    /// let iban = try IBAN("GB82 WEST 1234 5698 7654 32")
    /// ```
    ///
    /// - Parameter text: The IBAN in electronic or paper format (groups of four).
    /// - Throws: ``FactureModelError`` with code ``FactureModelError/Code/invalidCharacters`` for
    ///   anything but letters and digits, ``FactureModelError/Code/invalidFormat`` when the text
    ///   does not start with two letters and two digits or a BBAN character has the wrong class,
    ///   ``FactureModelError/Code/invalidCountry`` for a country outside the IBAN registry,
    ///   ``FactureModelError/Code/invalidLength`` for the wrong length for the country, and
    ///   ``FactureModelError/Code/invalidCheckDigit`` when the check digits are 00, 01 or 99
    ///   (which ISO 13616 never issues) or do not match, or the French RIB key does not match.
    public init(_ text: String) throws(FactureModelError) {
        let normalized = IdentifierText.normalize(text, removing: [.spaces, .hyphens, .dots], uppercase: true)
        try IdentifierText.withBytes(normalized) { (bytes) throws(FactureModelError) in
            try IBAN.validate(bytes, normalized)
        }
        self.rawValue = normalized
    }

    /// The IBAN length the registry gives a country, or `nil` if the country does not use IBANs.
    ///
    /// ```swift
    /// IBAN.length(forCountryCode: "FR")  // 27
    /// ```
    ///
    /// - Parameter countryCode: An ISO 3166 alpha-2 code in upper case.
    /// - Returns: The number of characters of the electronic format.
    public static func length(forCountryCode countryCode: String) -> Int? {
        let utf8 = countryCode.utf8
        guard utf8.count == 2 else { return nil }
        return registry[key(utf8[utf8.startIndex], utf8[utf8.index(after: utf8.startIndex)])]?.length
    }

    /// Whether `text` passes the checks ISO 13616 makes of every IBAN: letters and digits only,
    /// a registry country, that country's length, and check digits from 02 to 98 that satisfy
    /// MOD 97-10. Unlike ``init(_:)``, it does not check the country's BBAN layout nor national
    /// check digits such as the French RIB key.
    ///
    /// ```swift
    /// IBAN.hasValidCheckDigits("FR76 3000 6000 0112 3456 7890 189")  // true
    /// ```
    public static func hasValidCheckDigits(_ text: String) -> Bool {
        let normalized = IdentifierText.normalize(text, removing: [.spaces, .hyphens, .dots], uppercase: true)
        return IdentifierText.withBytes(normalized) { bytes in
            guard
                IdentifierText.firstIndex(
                    in: bytes,
                    0..<bytes.count,
                    notMatching: IdentifierText.isUppercaseAlphanumeric
                )
                    == nil,
                bytes.count >= 4, IdentifierText.allDigits(bytes, 2..<4),
                registry[key(bytes[0], bytes[1])]?.length == bytes.count
            else { return false }
            return checkDigitsHold(bytes)
        }
    }

    /// Whether the check digits of a well-formed IBAN are from 02 to 98 and the BBAN, then the
    /// country code and check digits, read as one number, is 1 modulo 97.
    private static func checkDigitsHold(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let checkDigits = IdentifierText.number(bytes, 2..<4)
        return checkDigits >= 2 && checkDigits <= 98
            && Checksums.mod97(Checksums.mod97(0, bytes, 4..<bytes.count), bytes, 0..<4) == 1
    }

    static func validate(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) throws(FactureModelError) {
        if let bad = IdentifierText.firstIndex(
            in: bytes,
            0..<bytes.count,
            notMatching: IdentifierText.isUppercaseAlphanumeric
        ) {
            throw FactureModelError(
                code: .invalidCharacters,
                message:
                    "IBAN must contain only letters and digits, \(IdentifierText.found(in: text, atUTF8Offset: bad))"
            )
        }
        guard bytes.count >= 2, IdentifierText.isUppercaseLetter(bytes[0]), IdentifierText.isUppercaseLetter(bytes[1])
        else {
            throw FactureModelError(
                code: .invalidFormat,
                message: "IBAN must start with a two-letter country code, got '\(text)'"
            )
        }
        let country = Substring(text.utf8.prefix(2))
        guard let structure = registry[key(bytes[0], bytes[1])] else {
            throw FactureModelError(
                code: .invalidCountry,
                message: "'\(country)' is not a country in the IBAN registry"
            )
        }
        if let bad = IdentifierText.firstIndex(in: bytes, 2..<min(4, bytes.count), notMatching: IdentifierText.isDigit)
        {
            throw FactureModelError(
                code: .invalidFormat,
                message: """
                    IBAN must have check digits after the country code, \
                    \(IdentifierText.found(in: text, atUTF8Offset: bad))
                    """
            )
        }
        guard bytes.count == structure.length else {
            throw FactureModelError(
                code: .invalidLength,
                message: "IBAN for \(country) must have \(structure.length) characters, got \(bytes.count)"
            )
        }
        var index = 4
        for segment in structure.segments {
            for _ in 0..<segment.count {
                let byte = bytes[index]
                if segment.kind == UInt8(ascii: "n") && !IdentifierText.isDigit(byte) {
                    throw FactureModelError(
                        code: .invalidFormat,
                        message:
                            "IBAN for \(country) must have a digit at position \(index + 1), found '\(Character(Unicode.Scalar(byte)))'"
                    )
                }
                if segment.kind == UInt8(ascii: "a") && !IdentifierText.isUppercaseLetter(byte) {
                    throw FactureModelError(
                        code: .invalidFormat,
                        message:
                            "IBAN for \(country) must have a letter at position \(index + 1), found '\(Character(Unicode.Scalar(byte)))'"
                    )
                }
                index += 1
            }
        }
        let checkDigits = IdentifierText.number(bytes, 2..<4)
        guard checkDigits >= 2 && checkDigits <= 98 else {
            throw FactureModelError(
                code: .invalidCheckDigit,
                message:
                    "IBAN check digits must be between 02 and 98, got \(Substring(text.utf8.dropFirst(2).prefix(2)))"
            )
        }
        guard checkDigitsHold(bytes) else {
            throw FactureModelError(
                code: .invalidCheckDigit,
                message: "check digit mismatch: IBAN \(text) fails the mod 97 check"
            )
        }
        if key(bytes[0], bytes[1]) == key(UInt8(ascii: "F"), UInt8(ascii: "R"))
            || key(bytes[0], bytes[1]) == key(UInt8(ascii: "M"), UInt8(ascii: "C"))
        {
            try checkRIBKey(bytes, text)
        }
    }

    /// Checks the French RIB key: bank code, branch code, account number (letters read as
    /// digits, A–I and J–R as 1–9, S–Z as 2–9) and key together are a multiple of 97.
    private static func checkRIBKey(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) throws(FactureModelError) {
        var remainder = 0
        for index in 4..<25 {
            let byte = bytes[index]
            let value: Int
            if IdentifierText.isDigit(byte) {
                value = IdentifierText.digit(byte)
            } else {
                let letter = Int(byte - UInt8(ascii: "A"))
                value = letter < 9 ? letter + 1 : letter < 18 ? letter - 8 : letter - 16
            }
            remainder = (remainder * 10 + value) % 97
        }
        let expected = 97 - remainder * 100 % 97
        let key = IdentifierText.number(bytes, 25..<27)
        guard key == expected else {
            throw FactureModelError(
                code: .invalidCheckDigit,
                message: """
                    check digit mismatch: IBAN \(text) has RIB key \(Substring(text.utf8.suffix(2))), \
                    expected \(expected < 10 ? "0" : "")\(expected)
                    """
            )
        }
    }

    /// The ISO 3166 country code, the first two letters, e.g. `FR`.
    public var countryCode: String {
        String(Substring(rawValue.utf8.prefix(2)))
    }

    /// The two check digits after the country code, e.g. `14` in `FR1420041…`.
    public var checkDigits: String {
        String(Substring(rawValue.utf8.dropFirst(2).prefix(2)))
    }

    /// The Basic Bank Account Number: everything after the check digits, e.g.
    /// `20041010050500013M02606`.
    public var bban: String {
        String(Substring(rawValue.utf8.dropFirst(4)))
    }

    /// The paper format: groups of four characters separated by spaces, e.g.
    /// `DE89 3704 0044 0532 0130 00`.
    public var formatted: String {
        IdentifierText.grouped(rawValue, by: 4)
    }
}

extension IBAN: ValidatedText {}
