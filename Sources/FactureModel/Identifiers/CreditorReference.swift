// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An ISO 11649 structured creditor reference, "RF reference" (BT-83 remittance information
/// when the payment means carry a structured reference).
///
/// `RF`, two check digits, then the creditor's own reference of 1 to 21 letters and digits;
/// the whole passes ISO 7064 MOD 97-10 like an IBAN. Creating one removes spaces and hyphens
/// and upper-cases letters:
///
/// ```swift
/// let reference = try CreditorReference("RF18 5390 0754 7034")
/// print(reference)            // RF18539007547034
/// print(reference.reference)  // 539007547034
///
/// let generated = try CreditorReference(generatingFor: "539007547034")
/// print(generated.formatted)  // RF18 5390 0754 7034
/// ```
public struct CreditorReference: Sendable, Hashable {
    /// The reference in electronic format, e.g. `RF18539007547034`.
    public let rawValue: String

    /// Validates and normalises a creditor reference.
    ///
    /// ```swift
    /// let reference = try CreditorReference("rf18 5390 0754 7034")  // RF18539007547034
    /// ```
    ///
    /// - Parameter text: The reference in electronic or paper format (groups of four).
    /// - Throws: ``FactureModelError`` with code ``FactureModelError/Code/invalidCharacters`` for
    ///   anything but letters and digits, ``FactureModelError/Code/invalidFormat`` unless it
    ///   starts with `RF` and two digits, ``FactureModelError/Code/invalidLength`` outside 5 to 25
    ///   characters, and ``FactureModelError/Code/invalidCheckDigit`` when the check digits do
    ///   not match.
    public init(_ text: String) throws(FactureModelError) {
        let normalized = IdentifierText.normalize(text, removing: [.spaces, .hyphens], uppercase: true)
        try IdentifierText.withBytes(normalized) { (bytes) throws(FactureModelError) in
            try CreditorReference.validate(bytes, normalized)
        }
        self.rawValue = normalized
    }

    /// Builds the creditor reference for the creditor's own reference, computing the check
    /// digits.
    ///
    /// ```swift
    /// let reference = try CreditorReference(generatingFor: "539007547034")  // RF18539007547034
    /// ```
    ///
    /// - Parameter reference: 1 to 21 letters and digits, optionally with spaces or hyphens.
    /// - Throws: ``FactureModelError`` with code ``FactureModelError/Code/invalidCharacters`` for
    ///   anything but letters and digits and ``FactureModelError/Code/invalidLength`` outside 1
    ///   to 21 characters.
    public init(generatingFor reference: String) throws(FactureModelError) {
        let normalized = IdentifierText.normalize(reference, removing: [.spaces, .hyphens], uppercase: true)
        let checkDigits = try IdentifierText.withBytes(normalized) { (bytes) throws(FactureModelError) -> Int in
            if let bad = IdentifierText.firstIndex(
                in: bytes,
                0..<bytes.count,
                notMatching: IdentifierText.isUppercaseAlphanumeric
            ) {
                throw FactureModelError(
                    code: .invalidCharacters,
                    message: """
                        a creditor reference must contain only letters and digits, \
                        \(IdentifierText.found(in: normalized, atUTF8Offset: bad))
                        """
                )
            }
            guard (1...21).contains(bytes.count) else {
                throw FactureModelError(
                    code: .invalidLength,
                    message:
                        "the creditor's part of a creditor reference must have 1 to 21 characters, got \(bytes.count)"
                )
            }
            return 98 - Checksums.mod97(Checksums.mod97(0, bytes, 0..<bytes.count), "RF00")
        }
        self.rawValue = "RF\(checkDigits < 10 ? "0" : "")\(checkDigits)\(normalized)"
    }

    static func validate(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) throws(FactureModelError) {
        if let bad = IdentifierText.firstIndex(
            in: bytes,
            0..<bytes.count,
            notMatching: IdentifierText.isUppercaseAlphanumeric
        ) {
            throw FactureModelError(
                code: .invalidCharacters,
                message: """
                    creditor reference must contain only letters and digits, \
                    \(IdentifierText.found(in: text, atUTF8Offset: bad))
                    """
            )
        }
        guard bytes.count >= 2 && bytes[0] == UInt8(ascii: "R") && bytes[1] == UInt8(ascii: "F") else {
            throw FactureModelError(
                code: .invalidFormat,
                message: "creditor reference must start with RF, got '\(text)'"
            )
        }
        guard (5...25).contains(bytes.count) else {
            throw FactureModelError(
                code: .invalidLength,
                message: "creditor reference must have 5 to 25 characters, got \(bytes.count)"
            )
        }
        if let bad = IdentifierText.firstIndex(in: bytes, 2..<4, notMatching: IdentifierText.isDigit) {
            throw FactureModelError(
                code: .invalidFormat,
                message:
                    "creditor reference must have check digits after RF, \(IdentifierText.found(in: text, atUTF8Offset: bad))"
            )
        }
        let checkDigits = IdentifierText.number(bytes, 2..<4)
        guard checkDigits >= 2 && checkDigits <= 98 else {
            throw FactureModelError(
                code: .invalidCheckDigit,
                message:
                    "creditor reference check digits must be between 02 and 98, got \(Substring(text.utf8.dropFirst(2).prefix(2)))"
            )
        }
        let remainder = Checksums.mod97(Checksums.mod97(0, bytes, 4..<bytes.count), bytes, 0..<4)
        guard remainder == 1 else {
            throw FactureModelError(
                code: .invalidCheckDigit,
                message: "check digit mismatch: creditor reference \(text) fails the mod 97 check"
            )
        }
    }

    /// The two check digits after `RF`, e.g. `18`.
    public var checkDigits: String {
        String(Substring(rawValue.utf8.dropFirst(2).prefix(2)))
    }

    /// The creditor's own reference after the check digits, e.g. `539007547034`.
    public var reference: String {
        String(Substring(rawValue.utf8.dropFirst(4)))
    }

    /// The paper format: groups of four characters, e.g. `RF18 5390 0754 7034`.
    public var formatted: String {
        IdentifierText.grouped(rawValue, by: 4)
    }
}

extension CreditorReference: ValidatedText {}
