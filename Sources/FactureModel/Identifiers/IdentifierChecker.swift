// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Recognises and validates an identifier of unknown kind, such as a value typed into a form
/// or found on a scanned invoice.
///
/// The kind is guessed from the shape of the text once spaces, hyphens and dots are removed:
///
/// | Shape                                                   | Kind  |
/// |---------------------------------------------------------|-------|
/// | starts with `RF`                                        | ``IdentifierKind/creditorReference`` |
/// | 9 digits                                                | ``IdentifierKind/siren`` |
/// | 14 digits                                               | ``IdentifierKind/siret`` |
/// | 8 or 11 characters starting with 4 letters              | ``IdentifierKind/bic`` |
/// | EU VAT prefix (or `GR`, `GB`) and at most 15 characters | ``IdentifierKind/vatNumber`` |
/// | 2 letters and 2 digits otherwise                        | ``IdentifierKind/iban`` |
///
/// The text is then validated as that kind, exactly as the type's initializer would:
///
/// ```swift
/// let result = IdentifierChecker.check("FR40 303 265 045")
/// print(result.kind?.name ?? "unknown")  // VAT
/// print(result.isValid)                  // true
/// print(result.normalized)               // FR40303265045
/// ```
public enum IdentifierChecker {
    /// Detects the kind of identifier in `text` and validates it.
    ///
    /// ```swift
    /// IdentifierChecker.check("DEUTDEFF").kind  // .bic
    /// ```
    ///
    /// - Parameter text: The candidate identifier, with or without separators.
    /// - Returns: The kind detected (if any), the normalised text, and whether and why not it
    ///   is valid. Never throws: an unrecognised or invalid text is a result, not an error.
    public static func check(_ text: String) -> IdentifierCheckResult {
        let cleaned = IdentifierText.normalize(text, removing: [.spaces, .hyphens, .dots], uppercase: true)
        guard let kind = detect(cleaned) else {
            return IdentifierCheckResult(
                input: text,
                kind: nil,
                normalized: cleaned,
                isValid: false,
                reason: unknownReason(cleaned)
            )
        }
        do {
            let normalized: String
            switch kind {
            case .siren: normalized = try SIREN(text).rawValue
            case .siret: normalized = try SIRET(text).rawValue
            case .vatNumber: normalized = try VATNumber(text).rawValue
            case .iban: normalized = try IBAN(text).rawValue
            case .bic: normalized = try BIC(text).rawValue
            default:  // .creditorReference, the only other kind `detect` returns
                normalized = try CreditorReference(text).rawValue
            }
            return IdentifierCheckResult(input: text, kind: kind, normalized: normalized, isValid: true, reason: nil)
        } catch {
            return IdentifierCheckResult(
                input: text,
                kind: kind,
                normalized: cleaned,
                isValid: false,
                reason: error.message
            )
        }
    }

    /// The kind `cleaned` (separators removed, upper case) looks like.
    static func detect(_ cleaned: String) -> IdentifierKind? {
        IdentifierText.withBytes(cleaned) { bytes -> IdentifierKind? in
            let count = bytes.count
            guard count >= 2 else { return nil }
            if bytes[0] == UInt8(ascii: "R") && bytes[1] == UInt8(ascii: "F") { return .creditorReference }
            if IdentifierText.allDigits(bytes, 0..<count) {
                switch count {
                case 9: return .siren
                case 14: return .siret
                default: return nil
                }
            }
            let startsWithLetters = { (letters: Int) in
                count >= letters
                    && IdentifierText.firstIndex(
                        in: bytes,
                        0..<letters,
                        notMatching: IdentifierText.isUppercaseLetter
                    ) == nil
            }
            if (count == 8 || count == 11) && startsWithLetters(4) { return .bic }
            guard startsWithLetters(2) else { return nil }
            if count <= 15 && VATNumber.isPrefix(bytes[0], bytes[1]) { return .vatNumber }
            if count <= 15 && isNonEUVATPrefix(bytes[0], bytes[1]) { return .vatNumber }
            if count >= 4 && IdentifierText.allDigits(bytes, 2..<4) { return .iban }
            return nil
        }
    }

    /// Prefixes people write on VAT numbers that are not EU VAT prefixes: `GR` for Greece and
    /// `GB` for the United Kingdom; reported as invalid VAT numbers with a hint.
    private static func isNonEUVATPrefix(_ first: UInt8, _ second: UInt8) -> Bool {
        first == UInt8(ascii: "G") && (second == UInt8(ascii: "R") || second == UInt8(ascii: "B"))
    }

    private static func unknownReason(_ cleaned: String) -> String {
        if cleaned.isEmpty { return "empty input" }
        let digits = cleaned.utf8.allSatisfy(IdentifierText.isDigit)
        if digits {
            return "\(cleaned.utf8.count) digits: a SIREN has 9 digits and a SIRET 14"
        }
        return "not a SIREN, SIRET, EU VAT number, IBAN, BIC or RF creditor reference"
    }
}
