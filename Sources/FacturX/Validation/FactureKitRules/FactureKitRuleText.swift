// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The texts of FactureKit's own rules (``FactureKitRules``), keyed by rule identifier.
enum FactureKitRuleText {
    /// FK-DATE-01.
    static let date = """
        A date shall name a day that exists in the Gregorian calendar: YYYYMMDD for format 102 (CII), \
        YYYY-MM-DD with an optional time zone (UBL), with a month 01 to 12 and a day the month has \
        (no 31 April, no 29 February outside leap years).
        """
    /// FK-VAT-01.
    static let vat = """
        A VAT identifier (BT-31, BT-48, BT-63) with an EU VAT prefix shall have the format and the check digits \
        of its country (for FR: a valid SIREN and the key (12 + 3 × (SIREN mod 97)) mod 97).
        """
    /// FK-SIREN-01.
    static let siren = """
        An identifier with scheme 0002 (SIREN) shall be nine digits whose last digit is the Luhn check digit.
        """
    /// FK-SIRET-01.
    static let siret = """
        An identifier with scheme 0009 (SIRET) shall be fourteen digits passing the Luhn check (La Poste \
        establishments of SIREN 356000000: digits adding up to a multiple of 5) and starting with a valid SIREN.
        """
    /// FK-IBAN-01.
    static let ibanCheckDigits = """
        A payment account identifier that looks like an IBAN (BT-84, BT-91) shall have only letters and digits, \
        the length of its country's IBAN, and ISO 7064 MOD 97-10 check digits that hold.
        """
    /// FK-IBAN-02.
    static let ibanNationalChecks = """
        An IBAN (BT-84, BT-91) should have its country's account number layout and national check digits \
        (the RIB key of a French or Monegasque IBAN).
        """
    /// FK-BIC-01.
    static let bic = """
        A payment service provider identifier (BT-86) should be a BIC: 8 or 11 letters and digits, a four-letter \
        bank code and an ISO 3166 country code.
        """
}
