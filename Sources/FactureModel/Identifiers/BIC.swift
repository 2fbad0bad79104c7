// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A Business Identifier Code (ISO 9362, "SWIFT code"; BT-86 payment service provider
/// identifier).
///
/// Eight or eleven characters: a four-letter bank code, the ISO 3166 country code of the
/// bank, a two-character location code and, optionally, a three-character branch code.
/// Creating a `BIC` removes spaces and hyphens and upper-cases letters:
///
/// ```swift
/// let bic = try BIC("bnpa fr pp xxx")
/// print(bic)              // BNPAFRPPXXX
/// print(bic.bankCode)     // BNPA
/// print(bic.countryCode)  // FR
/// print(bic.branchCode)   // Optional("XXX")
/// ```
public struct BIC: Sendable, Hashable {
    /// The eight or eleven characters, upper case, e.g. `DEUTDEFF500`.
    public let rawValue: String

    /// Validates and normalises a BIC.
    ///
    /// ```swift
    /// let bic = try BIC("DEUTDEFF")
    /// ```
    ///
    /// - Parameter text: Eight or eleven letters and digits, optionally with spaces.
    /// - Throws: ``FactureModelError`` with code ``FactureModelError/Code/invalidCharacters`` for
    ///   anything but letters and digits, ``FactureModelError/Code/invalidLength`` unless there
    ///   are 8 or 11 characters, ``FactureModelError/Code/invalidFormat`` when the bank or
    ///   country code is not letters, and ``FactureModelError/Code/invalidCountry`` when the
    ///   country code is not an ISO 3166 country.
    public init(_ text: String) throws(FactureModelError) {
        let normalized = IdentifierText.normalize(text, removing: [.spaces, .hyphens], uppercase: true)
        try IdentifierText.withBytes(normalized) { (bytes) throws(FactureModelError) in
            try BIC.validate(bytes, normalized)
        }
        self.rawValue = normalized
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
                    "BIC must contain only letters and digits, \(IdentifierText.found(in: text, atUTF8Offset: bad))"
            )
        }
        guard bytes.count == 8 || bytes.count == 11 else {
            throw FactureModelError(
                code: .invalidLength,
                message: "BIC must have 8 or 11 characters, got \(bytes.count)"
            )
        }
        if let bad = IdentifierText.firstIndex(in: bytes, 0..<4, notMatching: IdentifierText.isUppercaseLetter) {
            throw FactureModelError(
                code: .invalidFormat,
                message:
                    "BIC must start with a 4-letter bank code, \(IdentifierText.found(in: text, atUTF8Offset: bad))"
            )
        }
        if let bad = IdentifierText.firstIndex(in: bytes, 4..<6, notMatching: IdentifierText.isUppercaseLetter) {
            throw FactureModelError(
                code: .invalidFormat,
                message: """
                    BIC must have a 2-letter country code at positions 5–6, \
                    \(IdentifierText.found(in: text, atUTF8Offset: bad))
                    """
            )
        }
        // SWIFT also assigns BICs in XK (Kosovo), a user-assigned ISO 3166 code.
        let isKosovo = bytes[4] == UInt8(ascii: "X") && bytes[5] == UInt8(ascii: "K")
        guard ISO3166.isAssigned(bytes[4], bytes[5]) || isKosovo else {
            throw FactureModelError(
                code: .invalidCountry,
                message: "BIC country code '\(Substring(text.utf8.dropFirst(4).prefix(2)))' is not an ISO 3166 country"
            )
        }
    }

    /// The institution (bank) code, the first four letters, e.g. `DEUT`.
    public var bankCode: String {
        String(Substring(rawValue.utf8.prefix(4)))
    }

    /// The ISO 3166 country code of the institution, e.g. `DE`.
    public var countryCode: String {
        String(Substring(rawValue.utf8.dropFirst(4).prefix(2)))
    }

    /// The location code, two letters or digits, e.g. `FF`.
    public var locationCode: String {
        String(Substring(rawValue.utf8.dropFirst(6).prefix(2)))
    }

    /// The branch code of an eleven-character BIC (`XXX` for the head office), or `nil` for
    /// an eight-character one.
    public var branchCode: String? {
        let utf8 = rawValue.utf8
        guard utf8.count == 11 else { return nil }
        return String(Substring(utf8.suffix(3)))
    }
}

extension BIC: ValidatedText {}
