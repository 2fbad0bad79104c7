// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A SIRET, the fourteen-digit number of one establishment of a French company: its
/// ``SIREN`` followed by a five-digit establishment number (NIC).
///
/// The whole number carries a Luhn check digit, and its first nine digits are a valid SIREN.
/// La Poste is the exception: its establishments share SIREN 356 000 000 and their SIRETs are
/// valid when the sum of all fourteen digits is a multiple of 5 (the head office,
/// 356 000 000 00048, passes Luhn as well):
///
/// ```swift
/// let siret = try SIRET("732 829 320 00074")
/// print(siret.siren)      // 732829320
/// print(siret.nic)        // 00074
/// print(siret.formatted)  // 732 829 320 00074
/// ```
public struct SIRET: Sendable, Hashable {
    /// The fourteen digits, without separators, e.g. `73282932000074`.
    public let rawValue: String

    /// Validates and normalises a SIRET.
    ///
    /// ```swift
    /// let laPoste = try SIRET("356 000 000 00048")
    /// ```
    ///
    /// - Parameter text: Fourteen digits, optionally grouped with spaces or dots.
    /// - Throws: ``FactureModelError`` with code ``FactureModelError/Code/invalidCharacters`` for
    ///   anything but digits, ``FactureModelError/Code/invalidLength`` unless there are fourteen
    ///   digits, and ``FactureModelError/Code/invalidCheckDigit`` when the SIRET's check (Luhn,
    ///   or La Poste's digit sum) or its SIREN's Luhn check fails.
    public init(_ text: String) throws(FactureModelError) {
        let normalized = IdentifierText.normalize(text, removing: [.spaces, .dots], uppercase: false)
        try IdentifierText.withBytes(normalized) { (bytes) throws(FactureModelError) in
            try SIRET.validate(bytes, normalized)
        }
        self.rawValue = normalized
    }

    static func validate(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) throws(FactureModelError) {
        try SIREN.validateDigits(bytes, text, name: "SIRET", count: 14)
        if isLaPosteEstablishment(bytes) {
            var sum = 0
            for byte in bytes { sum += IdentifierText.digit(byte) }
            guard sum % 5 == 0 else {
                throw FactureModelError(
                    code: .invalidCheckDigit,
                    message: """
                        check digit mismatch: La Poste SIRET \(text) fails its check \
                        (the digits must add up to a multiple of 5, they add up to \(sum))
                        """
                )
            }
        } else if Checksums.luhn(bytes, 0..<14) != 0 {
            throw FactureModelError(
                code: .invalidCheckDigit,
                message: "check digit mismatch: SIRET \(text) fails the Luhn check"
            )
        }
        guard Checksums.luhn(bytes, 0..<9) == 0 else {
            throw FactureModelError(
                code: .invalidCheckDigit,
                message: """
                    check digit mismatch: SIRET \(text) starts with SIREN \(Substring(text.utf8.prefix(9))), \
                    which fails the Luhn check
                    """
            )
        }
    }

    /// Whether the digits are a La Poste establishment other than its head office, the SIRETs
    /// checked by digit sum instead of Luhn.
    private static func isLaPosteEstablishment(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let laPosteSIREN: StaticString = "356000000"
        let headOfficeNIC: StaticString = "00048"
        let isLaPoste = laPosteSIREN.withUTF8Buffer { siren in
            siren.elementsEqual(UnsafeBufferPointer(rebasing: bytes[0..<9]))
        }
        guard isLaPoste else { return false }
        return !headOfficeNIC.withUTF8Buffer { nic in
            nic.elementsEqual(UnsafeBufferPointer(rebasing: bytes[9..<14]))
        }
    }

    /// The company's SIREN, the first nine digits.
    ///
    /// ```swift
    /// try SIRET("73282932000074").siren  // 732829320
    /// ```
    public var siren: SIREN {
        SIREN(unchecked: String(Substring(rawValue.utf8.prefix(9))))
    }

    /// The establishment number (NIC), the last five digits, e.g. `00074`.
    public var nic: String {
        String(Substring(rawValue.utf8.suffix(5)))
    }

    /// The SIRET grouped as SIREN digits in threes then the NIC, e.g. `732 829 320 00074`.
    public var formatted: String {
        "\(siren.formatted) \(nic)"
    }
}

extension SIRET: ValidatedText {}
