// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

internal import FactureModel

/// The checks behind FactureKit's own rules (``FactureKitRules``), on a value as the invoice
/// writes it: each returns `true` when the rule holds, and holds on values another rule is
/// responsible for (a missing prefix, a date of the wrong shape in CII).
enum FactureKitChecks {
    // MARK: - Dates

    /// FK-DATE-01 for CII: a format-102 value of eight digits (surrounding whitespace allowed, as
    /// CII-DT-097 allows it) names a day that exists. Other shapes hold: CII-DT-097 reports them.
    static func isRealFormat102Date(_ text: String) -> Bool {
        let value = XPath.normalizeSpace(text)
        guard value.utf8.count == 8, value.utf8.allSatisfy(isDigit) else { return true }
        return (try? CalendarDate(parsingFormat102: value)) != nil
    }

    /// FK-DATE-01 for UBL: the value is an `xs:date` that names a day that exists, `YYYY-MM-DD`
    /// optionally followed by a time zone (`Z`, `+hh:mm`, `-hh:mm`), surrounding whitespace allowed.
    static func isRealISODate(_ text: String) -> Bool {
        let value = XPath.normalizeSpace(text)
        let utf8 = Array(value.utf8)
        guard utf8.count >= 10, isValidTimeZone(utf8[10...]) else { return false }
        return (try? CalendarDate(parsingISO8601: String(decoding: utf8[0..<10], as: UTF8.self))) != nil
    }

    /// Whether the bytes after an `xs:date`'s day are nothing, `Z` or `±hh:mm` within ±14:00.
    private static func isValidTimeZone(_ bytes: ArraySlice<UInt8>) -> Bool {
        let zone = Array(bytes)
        if zone.isEmpty || zone == [UInt8(ascii: "Z")] { return true }
        guard zone.count == 6, zone[0] == UInt8(ascii: "+") || zone[0] == UInt8(ascii: "-"),
            zone[3] == UInt8(ascii: ":"), [zone[1], zone[2], zone[4], zone[5]].allSatisfy(isDigit)
        else { return false }
        let hours = Int(zone[1] - UInt8(ascii: "0")) * 10 + Int(zone[2] - UInt8(ascii: "0"))
        let minutes = Int(zone[4] - UInt8(ascii: "0")) * 10 + Int(zone[5] - UInt8(ascii: "0"))
        return minutes < 60 && (hours < 14 || (hours == 14 && minutes == 0))
    }

    // MARK: - French company numbers

    /// FK-SIREN-01: a SIREN (scheme 0002) is nine digits (spaces and dots allowed) passing Luhn.
    static func isValidSIREN(_ text: String) -> Bool {
        (try? SIREN(XPath.normalizeSpace(text))) != nil
    }

    /// FK-SIRET-01: a SIRET (scheme 0009) is fourteen digits passing Luhn (La Poste's
    /// establishments: a digit sum that is a multiple of 5) whose first nine are a valid SIREN.
    static func isValidSIRET(_ text: String) -> Bool {
        (try? SIRET(XPath.normalizeSpace(text))) != nil
    }

    // MARK: - VAT identifiers

    /// FK-VAT-01: a VAT identifier with an EU VAT prefix has the format and check digits of its
    /// country. Values without a two-letter prefix (BR-CO-09's concern) and prefixes outside the
    /// EU (`GB`, `CH`, `NO`…, which ``VATNumber`` does not know) hold.
    static func isValidVATIdentifier(_ text: String) -> Bool {
        let value = XPath.normalizeSpace(text)
        let utf8 = Array(value.utf8)
        guard utf8.count >= 2, isUppercaseLetter(utf8[0]), isUppercaseLetter(utf8[1]) else { return true }
        do {
            _ = try VATNumber(value)
            return true
        } catch {
            return error.code == .invalidCountry
        }
    }

    // MARK: - Bank identifiers

    /// The value without spaces, hyphens and dots, upper-cased: an IBAN's electronic format.
    static func compactIdentifier(_ text: String) -> String {
        let separators: Set<Character> = [" ", "\t", "\n", "\r", "\u{A0}", "-", "."]
        return String(text.filter { !separators.contains($0) }).uppercased()
    }

    /// Whether a payment account identifier looks like an IBAN: two letters naming a country of
    /// the IBAN registry, then two digits. FK-IBAN-01 and FK-IBAN-02 check only such values.
    static func looksLikeIBAN(_ text: String) -> Bool {
        let utf8 = Array(compactIdentifier(text).utf8)
        guard utf8.count >= 4, isUppercaseLetter(utf8[0]), isUppercaseLetter(utf8[1]), isDigit(utf8[2]),
            isDigit(utf8[3])
        else { return false }
        return IBAN.length(forCountryCode: String(decoding: utf8[0..<2], as: UTF8.self)) != nil
    }

    /// FK-IBAN-01: an IBAN has only letters and digits, the length the registry gives its
    /// country, and ISO 7064 MOD 97-10 check digits (02–98) that hold.
    static func passesIBANCheckDigits(_ text: String) -> Bool {
        IBAN.hasValidCheckDigits(compactIdentifier(text))
    }

    /// FK-IBAN-02: an IBAN whose check digits hold also has its country's BBAN layout and
    /// national check digits (the RIB key of French and Monegasque IBANs), as ``IBAN`` checks them.
    static func passesIBANNationalChecks(_ text: String) -> Bool {
        !passesIBANCheckDigits(text) || (try? IBAN(compactIdentifier(text))) != nil
    }

    /// FK-BIC-01: a BIC is 8 or 11 letters and digits, a four-letter bank code and an ISO 3166
    /// country code.
    static func isValidBIC(_ text: String) -> Bool {
        (try? BIC(XPath.normalizeSpace(text))) != nil
    }

    // MARK: - Characters

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isUppercaseLetter(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
    }
}
