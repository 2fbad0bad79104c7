// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An EU VAT identification number (BT-31 seller VAT identifier, BT-48 buyer VAT identifier):
/// a two-letter member-state prefix and the national number.
///
/// Creating a `VATNumber` removes spaces, hyphens and dots, upper-cases letters, then checks
/// the number against its country's format and, where this release knows it, its country's
/// check-digit algorithm (``hasVerifiedCheckDigits``). Prefixes are those VIES uses: `EL` for
/// Greece and `XI` for Northern Ireland.
///
/// French numbers are `FR`, a two-character key and the company's ``SIREN``. The key is
/// numeric, (12 + 3 × (SIREN mod 97)) mod 97, or, for newer numbers, alphanumeric:
///
/// ```swift
/// let vat = try VATNumber("fr 40 303 265 045")
/// print(vat)                 // FR40303265045
/// print(vat.countryCode)     // FR
/// print(vat.siren)           // Optional(303265045)
///
/// let german = try VATNumber("DE 136 695 976")
/// print(german.hasVerifiedCheckDigits)  // true
/// ```
public struct VATNumber: Sendable, Hashable {
    /// The prefix and national number, without separators, e.g. `FR40303265045`.
    public let rawValue: String

    /// Whether the country's check-digit algorithm ran and passed.
    ///
    /// `false` when only the format could be checked: Bulgarian, Czech, Latvian, Slovak and
    /// Romanian numbers of private persons (whose birth-number checks this release does not
    /// implement) and Northern Irish government-department numbers, which have no check digits.
    public let hasVerifiedCheckDigits: Bool

    /// Validates and normalises a VAT number.
    ///
    /// Old formats are brought to the current one: a nine-digit Belgian number gains its
    /// leading 0, an eight-digit Greek one its leading 0, and a Dutch number's digits before
    /// `B` are padded to nine.
    ///
    /// ```swift
    /// let belgian = try VATNumber("BE 428 759 497")  // BE0428759497
    /// ```
    ///
    /// - Parameter text: The prefix and national number, optionally with spaces, hyphens or dots.
    /// - Throws: ``FactureModelError`` with code ``FactureModelError/Code/invalidFormat`` when
    ///   there is no two-letter prefix or a character is not where the country's format allows
    ///   it, ``FactureModelError/Code/invalidCountry`` when the prefix is not an EU VAT prefix,
    ///   ``FactureModelError/Code/invalidCharacters`` for characters no VAT number uses,
    ///   ``FactureModelError/Code/invalidLength`` for the wrong number of characters, and
    ///   ``FactureModelError/Code/invalidCheckDigit`` when the check digits do not match.
    public init(_ text: String) throws(FactureModelError) {
        let normalized = IdentifierText.normalize(text, removing: [.spaces, .hyphens, .dots], uppercase: true)
        let canonical = try IdentifierText.withBytes(normalized) { (bytes) throws(FactureModelError) -> String? in
            try VATNumber.checkPrefix(bytes, normalized)
            return VATNumber.canonicalBody(bytes)
        }
        let rawValue = canonical ?? normalized
        self.hasVerifiedCheckDigits = try IdentifierText.withBytes(rawValue) { (bytes) throws(FactureModelError) in
            try VATNumber.validate(bytes, rawValue)
        }
        self.rawValue = rawValue
    }

    /// The French VAT number of a company, with the numeric key computed from its SIREN.
    ///
    /// ```swift
    /// let vat = VATNumber(siren: try SIREN("303265045"))  // FR40303265045
    /// ```
    ///
    /// - Parameter siren: The company's SIREN.
    public init(siren: SIREN) {
        let remainder = IdentifierText.withBytes(siren.rawValue) { bytes in
            Checksums.mod97(0, bytes, 0..<bytes.count)
        }
        let key = (12 + 3 * remainder) % 97
        self.rawValue = "FR\(key < 10 ? "0" : "")\(key)\(siren.rawValue)"
        self.hasVerifiedCheckDigits = true
    }

    /// The member-state prefix, e.g. `FR`, `DE`, `EL` (Greece) or `XI` (Northern Ireland).
    public var countryCode: String {
        String(Substring(rawValue.utf8.prefix(2)))
    }

    /// The national number after the prefix, e.g. `40303265045` for `FR40303265045`.
    public var nationalNumber: String {
        String(Substring(rawValue.utf8.dropFirst(2)))
    }

    /// The SIREN inside a French VAT number, or `nil` for other countries and for the
    /// Monaco numbers that `FR` also covers (whose last nine digits start with `000`).
    ///
    /// ```swift
    /// try VATNumber("FR40303265045").siren  // 303265045
    /// ```
    public var siren: SIREN? {
        let utf8 = rawValue.utf8
        guard utf8.starts(with: "FR".utf8), !utf8.dropFirst(4).starts(with: "000".utf8) else { return nil }
        return SIREN(unchecked: String(Substring(utf8.suffix(9))))
    }
}

extension VATNumber: ValidatedText {}
