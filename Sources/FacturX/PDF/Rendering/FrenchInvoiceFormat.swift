// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel

/// French presentation of invoice values: `1 234,56 €`, `20 %`, `01/09/2026`.
///
/// Thousands are grouped with a no-break space (U+00A0, which WinAnsi has), decimals follow a comma.
enum FrenchInvoiceFormat {
    /// `amount` rounded to the currency's minor units, grouped, with the currency symbol
    /// (`€`, `$`, `£`) or code after it: `1 234,56 €`, `-12,00 €`, `10,00 CHF`.
    static func amount(_ amount: Amount, currency: CurrencyCode) -> String {
        let rounded = amount.decimal.rounded(scale: currency.minorUnits)
        return number(rounded.padded(toScale: currency.minorUnits)) + "\u{A0}" + symbol(of: currency)
    }

    /// A unit price with at least two decimals and as many more as it has: `1 234,5678 €`.
    static func unitPrice(_ amount: Amount, currency: CurrencyCode) -> String {
        number(amount.decimal.normalized.padded(toScale: 2)) + "\u{A0}" + symbol(of: currency)
    }

    /// A quantity without trailing zeros: `2`, `1,5`, `1 000`.
    static func quantity(_ quantity: Quantity) -> String {
        number(quantity.decimal.normalized)
    }

    /// A percentage: `20 %`, `5,5 %`.
    static func percentage(_ percentage: Percentage) -> String {
        number(percentage.decimal.normalized) + "\u{A0}%"
    }

    /// A date as `dd/mm/yyyy`.
    static func date(_ date: CalendarDate) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(date.day))/\(two(date.month))/\(date.year)"
    }

    /// The symbol of the commonest currencies, else the ISO code.
    static func symbol(of currency: CurrencyCode) -> String {
        switch currency.rawValue {
        case "EUR": return "€"
        case "USD": return "$"
        case "GBP": return "£"
        default: return currency.rawValue
        }
    }

    /// A decimal in French notation with its own scale.
    static func number(_ value: ExactDecimal) -> String {
        let plain = value.description
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? plain.dropFirst() : Substring(plain)
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        let integer = Array(parts[0])
        var grouped = ""
        for (index, digit) in integer.enumerated() {
            if index > 0, (integer.count - index) % 3 == 0 { grouped.append("\u{A0}") }
            grouped.append(digit)
        }
        if parts.count > 1 { grouped += "," + parts[1] }
        return (negative ? "-" : "") + grouped
    }

    /// A short French label for common UN/ECE unit codes, else the code itself.
    static func unit(_ code: UnitCode) -> String {
        let labels: [String: String] = [
            "C62": "unité", "H87": "pièce", "EA": "unité", "XPP": "pièce", "SET": "lot", "LS": "forfait",
            "SEC": "s", "MIN": "min", "HUR": "h", "DAY": "jour", "WEE": "semaine", "MON": "mois", "ANN": "an",
            "GRM": "g", "KGM": "kg", "TNE": "t", "LTR": "l", "MTR": "m", "KMT": "km", "MTK": "m²", "MTQ": "m³",
            "KWH": "kWh",
        ]
        return labels[code.rawValue] ?? code.rawValue
    }

    /// The French name of a payment means code.
    static func paymentMeans(_ code: PaymentMeansCode) -> String {
        switch code.rawValue {
        case "10": return "Espèces"
        case "20": return "Chèque"
        case "30", "58": return "Virement"
        case "31": return "Virement"
        case "42": return "Paiement sur compte bancaire"
        case "48": return "Carte bancaire"
        case "49", "59": return "Prélèvement"
        case "57": return "Accord permanent"
        case "97": return "Compensation"
        default: return "Code \(code.rawValue)"
        }
    }
}
