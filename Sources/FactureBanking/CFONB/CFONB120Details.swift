// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureModel

extension BankMovement {
    /// Adds a CFONB `05` complement: kept verbatim in ``details``, and mapped into the model when
    /// its qualifier is known.
    ///
    /// - `NPY`/`IPY` (payer name/identifier) set ``counterparty`` on a credit, `NBE`/`IBE`
    ///   (beneficiary) on a debit; an identifier that is an IBAN becomes its ``Counterparty/iban``.
    /// - `LIB`, `LCC`, `LC2`, `LCS` append to ``remittance``; the first ISO 11649 `RF…` reference
    ///   found there becomes ``creditorReference``.
    /// - `RCN` sets ``endToEndID`` (its first 35 characters).
    /// - Others (`NPO`/`IPO`, `NBU`/`IBU` ultimate parties, `REF`, `MMO`, `CBE`, `RUM`, `CPY`,
    ///   unknown qualifiers) stay in ``details`` only; see ``cfonbDetail(_:)``,
    ///   ``originalAmount``, ``mandateReference``.
    public mutating func apply(_ detail: MovementDetail) {
        details.append(detail)
        let credit = !amount.decimal.isNegative
        switch detail.qualifier {
        case "NPY" where credit, "NBE" where !credit:
            if counterparty == nil {
                counterparty = Counterparty(name: detail.text)
            } else if counterparty?.name.isEmpty == true {
                counterparty?.name = detail.text
            }
        case "IPY" where credit, "IBE" where !credit:
            if let iban = try? IBAN(detail.text.filter { $0 != " " }) {
                if counterparty == nil { counterparty = Counterparty(name: "") }
                if counterparty?.iban == nil { counterparty?.iban = iban }
            }
        case "LIB", "LCC", "LC2", "LCS":
            remittance.append(detail.text)
            if creditorReference == nil { creditorReference = CFONBCreditorReferenceFinder.find(in: detail.text) }
        case "RCN":
            let identifier = String(detail.text.prefix(35)).cfonbTrimmingTrailingSpaces()
            if endToEndID == nil && !identifier.isEmpty { endToEndID = identifier }
        default:
            break
        }
    }

    /// The text of the first CFONB `05` detail with this qualifier (such as `REF`, `RUM`, `NPO`).
    public func cfonbDetail(_ qualifier: String) -> String? {
        details.first { $0.qualifier == qualifier }?.text
    }

    /// The mandate reference (CFONB `RUM`, unique mandate reference of a SEPA direct debit: its
    /// first 35 characters; the sequence type, such as `RCUR`, may follow).
    public var mandateReference: String? {
        cfonbDetail("RUM").map { String($0.prefix(35)).cfonbTrimmingTrailingSpaces() }
    }

    /// The original amount and currency (CFONB `MMO`: currency, number of decimals, 14-digit amount).
    public var originalAmount: (amount: Amount, currency: String)? {
        guard let text = cfonbDetail("MMO") else { return nil }
        let bytes = Array(text.utf8)
        guard bytes.count >= 18, bytes[3] >= 0x30, bytes[3] <= 0x39 else { return nil }
        var value: Int128 = 0
        for byte in bytes[4..<18] {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int128(byte - 0x30)
        }
        let currency = String(decoding: bytes[0..<3], as: UTF8.self)
        return (Amount(ExactDecimal(significand: value, scale: Int(bytes[3] - 0x30))), currency)
    }
}

/// Finds ISO 11649 structured creditor references (`RF` + 2 check digits + 1–21 characters) in text.
enum CFONBCreditorReferenceFinder {
    /// The first valid `RF…` reference among the words of `text`, normalised.
    static func find(in text: String) -> String? {
        var previous: UInt8 = 0
        var found = false
        for byte in text.utf8 {
            if byte | 0x20 == 0x66 && previous | 0x20 == 0x72 {
                found = true
                break
            }
            previous = byte
        }
        guard found else { return nil }
        for word in text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            guard word.count >= 5, word.count <= 25, word.uppercased().hasPrefix("RF") else { continue }
            if let reference = try? CreditorReference(String(word)) { return reference.rawValue }
        }
        return nil
    }
}

extension String {
    func cfonbTrimmingTrailingSpaces() -> String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
