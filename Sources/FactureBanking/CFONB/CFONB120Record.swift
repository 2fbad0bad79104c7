// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureModel

/// One 120-character record of a CFONB 120 account statement ("relevé de compte"), every zone decoded.
///
/// Layout (1-based columns), as the CFONB standard defines it:
///
/// | columns | `01`/`07` (balances) | `04` (movement) | `05` (complement) |
/// | --- | --- | --- | --- |
/// | 1–2 | record code | record code | record code |
/// | 3–7 | bank code | bank code | bank code |
/// | 8–11 | reserved | internal operation code | internal operation code |
/// | 12–16 | desk code | desk code | desk code |
/// | 17–19 | currency | currency | currency |
/// | 20 | number of decimals | number of decimals | number of decimals |
/// | 21 | reserved | reserved | reserved |
/// | 22–32 | account number | account number | account number |
/// | 33–34 | reserved | interbank operation code | interbank operation code |
/// | 35–40 | balance date DDMMYY | booking date DDMMYY | booking date DDMMYY |
/// | 41–42 | reserved | reason for rejection | reserved (41–45) |
/// | 43–48 | reserved | value date DDMMYY | 46–48 qualifier |
/// | 49–79 | reserved | label | 49–118 text |
/// | 80–81 | reserved | reserved | |
/// | 82–88 | reserved | entry number | |
/// | 89 | reserved | exemption code | |
/// | 90 | reserved | unavailability index | |
/// | 91–104 | balance, signed overpunch | amount, signed overpunch | |
/// | 105–120 | reserved | reference | 119–120 reserved |
///
/// The amount's last character carries its sign and last digit: `{` and `A`–`I` are +0…+9,
/// `}` and `J`–`R` are −0…−9. The number of decimals (column 20) scales it.
public struct CFONB120Record: Hashable, Sendable {
    /// The kind of a record, from its code (columns 1–2).
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// `01`: the previous (opening) balance.
        case previousBalance = "01"
        /// `04`: a movement.
        case movement = "04"
        /// `05`: a complement of the movement before it.
        case complement = "05"
        /// `07`: the new (closing) balance.
        case newBalance = "07"
    }

    /// A reserved zone that is not blank, kept as found (some banks fill them).
    public struct ReservedZone: Hashable, Sendable {
        /// The 1-based first column of the zone.
        public var column: Int
        /// The zone's text, as found.
        public var text: String

        /// A reserved zone's content.
        public init(column: Int, text: String) {
            self.column = column
            self.text = text
        }
    }

    /// The record kind (columns 1–2).
    public var kind: Kind
    /// The bank code (columns 3–7).
    public var bankCode: String
    /// The bank's internal operation code (columns 8–11, `04`/`05`; empty on balances).
    public var internalOperationCode: String
    /// The desk (guichet) code (columns 12–16).
    public var deskCode: String
    /// The currency code (columns 17–19).
    public var currency: String
    /// The number of decimals of the amount (column 20).
    public var decimals: Int
    /// The account number (columns 22–32).
    public var accountNumber: String
    /// The interbank operation code (columns 33–34, `04`/`05`; empty on balances).
    public var interbankOperationCode: String
    /// The balance date (`01`/`07`) or booking date (`04`/`05`), columns 35–40; `nil` on a
    /// `05` whose date zone is blank.
    public var date: CalendarDate?
    /// The reason for rejection (columns 41–42, `04`).
    public var rejectionReason: String
    /// The value date (columns 43–48, `04`), `nil` when blank or zero.
    public var valueDate: CalendarDate?
    /// The label (columns 49–79, `04`), trailing spaces removed.
    public var label: String
    /// The entry number (columns 82–88, `04`).
    public var entryNumber: String
    /// The exemption code (column 89, `04`).
    public var exemptionCode: String
    /// The unavailability index (column 90, `04`).
    public var unavailabilityIndex: String
    /// The signed amount (columns 91–104; `01`, `04`, `07`), `nil` on a `05`.
    public var amount: Amount?
    /// The reference (columns 105–120, `04`), trailing spaces removed.
    public var reference: String
    /// The complement's 3-character qualifier (columns 46–48, `05`), as found.
    public var qualifier: String
    /// The complement's text (columns 49–118, `05`), trailing spaces removed.
    public var text: String
    /// The reserved zones that are not blank.
    public var reservedZones: [ReservedZone]

    /// A record with every zone given (blank by default).
    public init(
        kind: Kind,
        bankCode: String = "",
        internalOperationCode: String = "",
        deskCode: String = "",
        currency: String = "",
        decimals: Int = 2,
        accountNumber: String = "",
        interbankOperationCode: String = "",
        date: CalendarDate? = nil,
        rejectionReason: String = "",
        valueDate: CalendarDate? = nil,
        label: String = "",
        entryNumber: String = "",
        exemptionCode: String = "",
        unavailabilityIndex: String = "",
        amount: Amount? = nil,
        reference: String = "",
        qualifier: String = "",
        text: String = "",
        reservedZones: [ReservedZone] = []
    ) {
        self.kind = kind
        self.bankCode = bankCode
        self.internalOperationCode = internalOperationCode
        self.deskCode = deskCode
        self.currency = currency
        self.decimals = decimals
        self.accountNumber = accountNumber
        self.interbankOperationCode = interbankOperationCode
        self.date = date
        self.rejectionReason = rejectionReason
        self.valueDate = valueDate
        self.label = label
        self.entryNumber = entryNumber
        self.exemptionCode = exemptionCode
        self.unavailabilityIndex = unavailabilityIndex
        self.amount = amount
        self.reference = reference
        self.qualifier = qualifier
        self.text = text
        self.reservedZones = reservedZones
    }

    /// Decodes one record from its 120 bytes.
    ///
    /// - Parameters:
    ///   - bytes: exactly 120 bytes (Latin-1).
    ///   - number: the 1-based record number, for error messages.
    /// - Throws: ``FactureBankingError`` `malformedRecord` naming the record and column,
    ///   `unsupportedFormat` for a CFONB 240 record code.
    public init(bytes: [UInt8], number: Int = 1) throws(FactureBankingError) {
        guard bytes.count == CFONB120.recordLength else {
            throw FactureBankingError(
                code: .malformedRecord,
                message: "a CFONB 120 record has 120 characters, this one \(bytes.count)",
                record: number,
                column: min(bytes.count, CFONB120.recordLength) + 1
            )
        }
        let decoded = bytes.withUnsafeBufferPointer { buffer -> Result<CFONB120Record, FactureBankingError> in
            guard let base = buffer.baseAddress else {
                return .failure(FactureBankingError(code: .malformedRecord, message: "empty record", record: number))
            }
            do throws(FactureBankingError) {
                return .success(try CFONB120Record(CFONBRecordBytes(base: base, number: number)))
            } catch {
                return .failure(error)
            }
        }
        self = try decoded.get()
    }

    /// Decodes a record from the bytes the stream parser found. With `essentialOnly`, the zones
    /// the statement model does not use are left empty (the same checks apply): the fast path.
    init(_ record: CFONBRecordBytes, essentialOnly: Bool = false) throws(FactureBankingError) {
        let kind = try record.kind()
        let full = !essentialOnly
        self.kind = kind
        decimals = try record.digit(20)
        let header = full || kind != .complement
        bankCode = header ? record.text(3, 5) : ""
        deskCode = header ? record.text(12, 5) : ""
        currency = header ? record.text(17, 3) : ""
        accountNumber = header ? record.text(22, 11) : ""
        var zones: [ReservedZone] = []
        if full { record.reserved(21, 1, into: &zones) }
        label = ""
        rejectionReason = ""
        valueDate = nil
        entryNumber = ""
        exemptionCode = ""
        unavailabilityIndex = ""
        reference = ""
        qualifier = ""
        text = ""
        internalOperationCode = ""
        interbankOperationCode = ""
        switch kind {
        case .previousBalance, .newBalance:
            if full {
                record.reserved(8, 4, into: &zones)
                record.reserved(33, 2, into: &zones)
                record.reserved(41, 50, into: &zones)
                record.reserved(105, 16, into: &zones)
            }
            date = try record.date(35)
            amount = try record.amount(decimals: decimals)
        case .movement:
            interbankOperationCode = record.text(33, 2)
            date = try record.date(35)
            valueDate = try record.optionalDate(43)
            label = record.text(49, 31)
            amount = try record.amount(decimals: decimals)
            reference = record.text(105, 16)
            if full {
                internalOperationCode = record.text(8, 4)
                rejectionReason = record.text(41, 2)
                record.reserved(80, 2, into: &zones)
                entryNumber = record.text(82, 7)
                exemptionCode = record.text(89, 1)
                unavailabilityIndex = record.text(90, 1)
            }
        case .complement:
            date = try record.optionalDate(35)
            qualifier = record.text(46, 3, trimming: false)
            text = record.text(49, 70)
            amount = nil
            if full {
                internalOperationCode = record.text(8, 4)
                interbankOperationCode = record.text(33, 2)
                record.reserved(41, 5, into: &zones)
                record.reserved(119, 2, into: &zones)
            }
        }
        reservedZones = zones
    }
}

/// Constants of the CFONB 120 format.
public enum CFONB120 {
    /// The length of a record, without its line break.
    public static let recordLength = 120
}

/// A view of 120 record bytes, with the decoders of its zones (1-based columns).
struct CFONBRecordBytes {
    let base: UnsafePointer<UInt8>
    let number: Int

    subscript(column: Int) -> UInt8 { base[column - 1] }

    func malformed(_ message: String, column: Int) -> FactureBankingError {
        FactureBankingError(code: .malformedRecord, message: message, record: number, column: column)
    }

    func kind() throws(FactureBankingError) -> CFONB120Record.Kind {
        switch (self[1], self[2]) {
        case (0x30, 0x31): return .previousBalance
        case (0x30, 0x34): return .movement
        case (0x30, 0x35): return .complement
        case (0x30, 0x37): return .newBalance
        case (0x33, 0x30...0x39):
            throw FactureBankingError(
                code: .unsupportedFormat,
                message: "record code \(text(1, 2)) is CFONB 240 (remittance/LCR), not a CFONB 120 statement",
                record: number,
                column: 1
            )
        default:
            throw malformed(
                "unknown record code \"\(text(1, 2, trimming: false))\" (expected 01, 04, 05 or 07)",
                column: 1
            )
        }
    }

    /// The zone's text as Latin-1, trailing spaces removed unless `trimming` is false.
    func text(_ column: Int, _ width: Int, trimming: Bool = true) -> String {
        var end = width
        if trimming { while end > 0 && base[column - 2 + end] == 0x20 { end -= 1 } }
        return cfonbLatin1String(base + (column - 1), count: end)
    }

    func isBlank(_ column: Int, _ width: Int) -> Bool {
        for offset in 0..<width where base[column - 1 + offset] != 0x20 { return false }
        return true
    }

    func reserved(_ column: Int, _ width: Int, into zones: inout [CFONB120Record.ReservedZone]) {
        if !isBlank(column, width) {
            zones.append(.init(column: column, text: text(column, width, trimming: false)))
        }
    }

    func digit(_ column: Int) throws(FactureBankingError) -> Int {
        let byte = self[column]
        guard byte >= 0x30 && byte <= 0x39 else {
            throw malformed("expected a digit, found \"\(text(column, 1, trimming: false))\"", column: column)
        }
        return Int(byte &- 0x30)
    }

    /// A DDMMYY date; two-digit years below 80 are 20YY, others 19YY.
    func date(_ column: Int) throws(FactureBankingError) -> CalendarDate {
        var values = (0, 0, 0)
        for pair in 0..<3 {
            let tens = try digit(column + 2 * pair)
            let units = try digit(column + 2 * pair + 1)
            let value = tens * 10 + units
            switch pair {
            case 0: values.0 = value
            case 1: values.1 = value
            default: values.2 = value
            }
        }
        let year = values.2 < 80 ? 2000 + values.2 : 1900 + values.2
        do {
            return try CalendarDate(year: year, month: values.1, day: values.0)
        } catch {
            throw malformed("\"\(text(column, 6, trimming: false))\" is not a DDMMYY date", column: column)
        }
    }

    /// A DDMMYY date, or `nil` when the zone is blank or all zeros.
    func optionalDate(_ column: Int) throws(FactureBankingError) -> CalendarDate? {
        var zeros = true
        var blank = true
        for offset in 0..<6 {
            let byte = base[column - 1 + offset]
            if byte != 0x30 { zeros = false }
            if byte != 0x20 { blank = false }
        }
        if zeros || blank { return nil }
        return try date(column)
    }

    /// The signed overpunch amount of columns 91–104, scaled by `decimals`.
    func amount(decimals: Int) throws(FactureBankingError) -> Amount {
        var magnitude: Int128 = 0
        for column in 91..<104 {
            let byte = self[column]
            if byte >= 0x30 && byte <= 0x39 {
                magnitude = magnitude &* 10 &+ Int128(byte &- 0x30)
            } else if byte == 0x20 {
                magnitude = magnitude &* 10
            } else {
                throw malformed(
                    "expected a digit in the amount, found \"\(text(column, 1, trimming: false))\"",
                    column: column
                )
            }
        }
        let last = self[104]
        let negative: Bool
        let unit: UInt8
        switch last {
        case 0x7B: (negative, unit) = (false, 0)  // {
        case 0x41...0x49: (negative, unit) = (false, last - 0x40)  // A–I
        case 0x7D: (negative, unit) = (true, 0)  // }
        case 0x4A...0x52: (negative, unit) = (true, last - 0x49)  // J–R
        case 0x30...0x39: (negative, unit) = (false, last - 0x30)  // unsigned digit, read as positive
        default:
            throw malformed(
                "\"\(text(104, 1, trimming: false))\" is not an overpunch sign ({, A–I, }, J–R)",
                column: 104
            )
        }
        magnitude = magnitude &* 10 &+ Int128(unit)
        return Amount(ExactDecimal(significand: negative ? -magnitude : magnitude, scale: decimals))
    }
}

/// Latin-1 bytes as a String, without a detour through an array when they are ASCII.
func cfonbLatin1String(_ start: UnsafePointer<UInt8>, count: Int) -> String {
    let buffer = UnsafeBufferPointer(start: start, count: count)
    var ascii = true
    for byte in buffer where byte >= 0x80 {
        ascii = false
        break
    }
    if ascii { return String(decoding: buffer, as: UTF8.self) }
    var scalars = String.UnicodeScalarView()
    for byte in buffer { scalars.append(Unicode.Scalar(byte)) }
    return String(scalars)
}
