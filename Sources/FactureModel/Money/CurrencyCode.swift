// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An ISO 4217 alphabetic currency code (BT-5 invoice currency, BT-6 VAT accounting currency).
///
/// Any three upper-case letters are accepted, so that a code added to ISO 4217 after this
/// release still reads; ``isKnown`` says whether the code is in the list this release carries.
public struct CurrencyCode: ValidatedText {
    /// The three letters, e.g. `EUR`.
    public let rawValue: String

    /// Validates the shape: three letters A–Z.
    /// - Throws: ``FactureModelError`` with code ``FactureModelError/Code/unsupportedCurrency``.
    public init(_ code: String) throws(FactureModelError) {
        guard code.utf8.count == 3, code.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") })
        else {
            throw FactureModelError(
                code: .unsupportedCurrency,
                message: "'\(code)' is not an ISO 4217 code (three upper-case letters)"
            )
        }
        self.rawValue = code
    }

    private init(unchecked code: String) {
        self.rawValue = code
    }

    /// The euro.
    public static let euro = CurrencyCode(unchecked: "EUR")
    /// The US dollar.
    public static let usDollar = CurrencyCode(unchecked: "USD")
    /// The pound sterling.
    public static let poundSterling = CurrencyCode(unchecked: "GBP")
    /// The Swiss franc.
    public static let swissFranc = CurrencyCode(unchecked: "CHF")

    /// Whether ISO 4217 (as this release carries it) lists the code.
    public var isKnown: Bool { CurrencyCode.minorUnitsByCode[rawValue] != nil }

    /// Digits after the decimal point of the currency's minor unit (2 for EUR, 0 for JPY, 3 for
    /// KWD); 2 for codes this release does not know.
    public var minorUnits: Int { CurrencyCode.minorUnitsByCode[rawValue] ?? 2 }

    /// ISO 4217 active codes with their minor units (2 unless listed otherwise).
    private static let minorUnitsByCode: [String: Int] = {
        let twoDigits = """
            AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD \
            CAD CDF CHF CNY COP CRC CUP CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ \
            GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL \
            MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR \
            PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT \
            TOP TRY TTD TWD TZS UAH USD UYU UZS VES WST XCD XCG YER ZAR ZMW ZWG
            """
        var table: [String: Int] = [:]
        for code in twoDigits.split(separator: " ") { table[String(code)] = 2 }
        for code in [
            "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
            "VUV", "XAF", "XOF", "XPF",
        ] {
            table[code] = 0
        }
        for code in ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"] { table[code] = 3 }
        table["CLF"] = 4
        table["UYW"] = 4
        return table
    }()
}
