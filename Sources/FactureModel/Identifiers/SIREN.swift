// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A SIREN, the nine-digit number INSEE gives every French company (BT-30 legal registration
/// identifier with scheme 0002).
///
/// The last digit is a Luhn check digit. Creating a `SIREN` removes spaces, no-break spaces and
/// dots, then checks the length and the check digit:
///
/// ```swift
/// let siren = try SIREN("732 829 320")
/// print(siren)            // 732829320
/// print(siren.formatted)  // 732 829 320
/// print(siren.vatNumber)  // FR44732829320
/// ```
public struct SIREN: Sendable, Hashable {
    /// The nine digits, without separators, e.g. `732829320`.
    public let rawValue: String

    /// Validates and normalises a SIREN.
    ///
    /// ```swift
    /// let siren = try SIREN("732.829.320")  // 732829320
    /// ```
    ///
    /// - Parameter text: Nine digits, optionally grouped with spaces or dots.
    /// - Throws: ``FactureModelError`` with code ``FactureModelError/Code/invalidCharacters`` for
    ///   anything but digits, ``FactureModelError/Code/invalidLength`` unless there are nine
    ///   digits, and ``FactureModelError/Code/invalidCheckDigit`` when the Luhn check fails.
    public init(_ text: String) throws(FactureModelError) {
        let normalized = IdentifierText.normalize(text, removing: [.spaces, .dots], uppercase: false)
        try IdentifierText.withBytes(normalized) { (bytes) throws(FactureModelError) in
            try SIREN.validate(bytes, normalized)
        }
        self.rawValue = normalized
    }

    /// Wraps digits already known to be a valid SIREN.
    init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }

    static func validate(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) throws(FactureModelError) {
        try validateDigits(bytes, text, name: "SIREN", count: 9)
        guard Checksums.luhn(bytes, 0..<9) == 0 else {
            throw FactureModelError(
                code: .invalidCheckDigit,
                message: "check digit mismatch: SIREN \(text) fails the Luhn check"
            )
        }
    }

    /// Checks that `bytes` are `count` ASCII digits, with the messages SIREN and SIRET share.
    static func validateDigits(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ text: String,
        name: String,
        count: Int
    ) throws(FactureModelError) {
        if let bad = IdentifierText.firstIndex(in: bytes, 0..<bytes.count, notMatching: IdentifierText.isDigit) {
            throw FactureModelError(
                code: .invalidCharacters,
                message: "\(name) must contain only digits, \(IdentifierText.found(in: text, atUTF8Offset: bad))"
            )
        }
        guard bytes.count == count else {
            throw FactureModelError(
                code: .invalidLength,
                message: "\(name) must have \(count) digits, got \(bytes.count)"
            )
        }
    }

    /// The SIREN in the usual three groups of three digits, e.g. `732 829 320`.
    public var formatted: String {
        let utf8 = rawValue.utf8
        return "\(Substring(utf8.prefix(3))) \(Substring(utf8.dropFirst(3).prefix(3))) \(Substring(utf8.suffix(3)))"
    }

    /// The French intra-community VAT number built on this SIREN, with the numeric key
    /// (12 + 3 × (SIREN mod 97)) mod 97.
    ///
    /// ```swift
    /// try SIREN("303265045").vatNumber  // FR40303265045
    /// ```
    public var vatNumber: VATNumber {
        VATNumber(siren: self)
    }
}

extension SIREN: ValidatedText {}
