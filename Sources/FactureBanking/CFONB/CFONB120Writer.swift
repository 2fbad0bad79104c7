// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel

/// Writes account statements as CFONB 120: a `01` record, a `04` per movement followed by its
/// `05` complements, and a `07` when the statement has a closing balance.
///
/// Amounts carry their sign in the last character (overpunch) with the number of decimals of
/// the statement (at least 2, more when an amount needs it). Text is padded with spaces and cut
/// to its zone; with ``Options/uppercasesText`` (default) it is upper-cased and accents removed,
/// as the CFONB character set asks. A movement's `05` records are its ``BankMovement/details``
/// when it has any; otherwise they are made from ``BankMovement/counterparty`` (`NPY` on a credit,
/// `NBE` on a debit), ``BankMovement/remittance`` (`LCC`) and ``BankMovement/endToEndID``
/// (`RCN`). Reading the output with ``CFONB120Reader`` gives the same statements, except for
/// IBANs of accounts (CFONB carries bank, desk and account numbers instead).
public struct CFONB120Writer: Sendable {
    /// How records end.
    public enum LineEnding: Hashable, Sendable {
        /// `CR LF`, as banks send.
        case crlf
        /// `LF`.
        case lf
        /// None: records follow each other, 120 characters each.
        case none
    }

    /// Writing options.
    public struct Options: Hashable, Sendable {
        /// How records end (`CRLF` by default).
        public var lineEnding: LineEnding
        /// Whether text is upper-cased and stripped of accents (default `true`).
        public var uppercasesText: Bool

        /// Options.
        public init(lineEnding: LineEnding = .crlf, uppercasesText: Bool = true) {
            self.lineEnding = lineEnding
            self.uppercasesText = uppercasesText
        }
    }

    /// The options.
    public var options: Options

    /// A writer.
    public init(options: Options = .init()) {
        self.options = options
    }

    /// The statements as CFONB 120 bytes.
    /// - Throws: ``FactureBankingError`` `malformedRecord` when an amount does not fit its 14 characters.
    public func write(_ statements: [BankStatement]) throws(FactureBankingError) -> [UInt8] {
        var output: [UInt8] = []
        for statement in statements { try append(statement, to: &output) }
        return output
    }

    /// Appends one statement's records to `output`.
    /// - Throws: ``FactureBankingError`` `malformedRecord` when an amount does not fit its 14 characters.
    public func append(_ statement: BankStatement, to output: inout [UInt8]) throws(FactureBankingError) {
        var decimals = 2
        var amounts = [statement.openingBalance] + statement.movements.map(\.amount)
        if let closing = statement.closingBalance { amounts.append(closing) }
        for amount in amounts { decimals = max(decimals, amount.decimal.significantFractionDigits) }
        decimals = min(decimals, 9)

        var record = balanceRecord(
            "01",
            account: statement.account,
            decimals: decimals,
            date: statement.openingDate
        )
        try record.amount(statement.openingBalance, decimals: decimals)
        finish(record, to: &output)
        for movement in statement.movements {
            var header = CFONBRecordText(code: "04")
            fillHeader(&header, account: movement.account, decimals: decimals)
            header.put(movement.operationCode, at: 33, width: 2, uppercased: false)
            header.date(movement.bookingDate, at: 35)
            var line = header
            if let valueDate = movement.valueDate { line.date(valueDate, at: 43) }
            line.put(movement.label, at: 49, width: 31, uppercased: options.uppercasesText)
            try line.amount(movement.amount, decimals: decimals)
            line.put(movement.reference, at: 105, width: 16, uppercased: false)
            finish(line, to: &output)
            header.setCode("05")
            for detail in complements(of: movement) {
                var complement = header
                complement.put(detail.qualifier, at: 46, width: 3, uppercased: false)
                complement.put(detail.text, at: 49, width: 70, uppercased: options.uppercasesText)
                finish(complement, to: &output)
            }
        }
        if let closing = statement.closingBalance {
            var record = balanceRecord(
                "07",
                account: statement.account,
                decimals: decimals,
                date: statement.closingDate ?? statement.movements.last?.bookingDate ?? statement.openingDate
            )
            try record.amount(closing, decimals: decimals)
            finish(record, to: &output)
        }
    }

    private func balanceRecord(
        _ code: String,
        account: BankAccountReference,
        decimals: Int,
        date: CalendarDate
    ) -> CFONBRecordText {
        var record = CFONBRecordText(code: code)
        fillHeader(&record, account: account, decimals: decimals)
        record.date(date, at: 35)
        return record
    }

    private func fillHeader(_ record: inout CFONBRecordText, account: BankAccountReference, decimals: Int) {
        record.put(account.bankCode, at: 3, width: 5, uppercased: false)
        record.put(account.deskCode, at: 12, width: 5, uppercased: false)
        record.put(account.currency, at: 17, width: 3, uppercased: false)
        record.bytes[19] = 0x30 + UInt8(decimals)
        record.put(account.accountNumber, at: 22, width: 11, uppercased: false)
    }

    private func complements(of movement: BankMovement) -> [MovementDetail] {
        if !movement.details.isEmpty { return movement.details }
        var details: [MovementDetail] = []
        if let counterparty = movement.counterparty, !counterparty.name.isEmpty {
            let qualifier = movement.amount.decimal.isNegative ? "NBE" : "NPY"
            details.append(MovementDetail(qualifier: qualifier, text: counterparty.name))
        }
        for line in movement.remittance { details.append(MovementDetail(qualifier: "LCC", text: line)) }
        if let endToEndID = movement.endToEndID { details.append(MovementDetail(qualifier: "RCN", text: endToEndID)) }
        return details
    }

    private func finish(_ record: CFONBRecordText, to output: inout [UInt8]) {
        output.append(contentsOf: record.bytes)
        switch options.lineEnding {
        case .crlf: output.append(contentsOf: [0x0D, 0x0A])
        case .lf: output.append(0x0A)
        case .none: break
        }
    }
}

/// A record being written: 120 bytes, spaces by default.
struct CFONBRecordText {
    var bytes: [UInt8]

    init(code: String) {
        bytes = [UInt8](repeating: 0x20, count: CFONB120.recordLength)
        setCode(code)
    }

    mutating func setCode(_ code: String) {
        let utf8 = Array(code.utf8)
        bytes[0] = utf8[0]
        bytes[1] = utf8[1]
    }

    /// Writes text at a 1-based column, cut to `width`, as Latin-1 (other characters become `?`).
    mutating func put(_ text: String, at column: Int, width: Int, uppercased: Bool) {
        var offset = 0
        for scalar in text.unicodeScalars {
            guard offset < width else { break }
            bytes[column - 1 + offset] = Self.byte(for: scalar, uppercased: uppercased)
            offset += 1
        }
    }

    mutating func date(_ date: CalendarDate, at column: Int) {
        let values = [date.day, date.month, date.year % 100]
        for (index, value) in values.enumerated() {
            bytes[column - 1 + 2 * index] = 0x30 + UInt8(value / 10)
            bytes[column + 2 * index] = 0x30 + UInt8(value % 10)
        }
    }

    /// Writes the amount in columns 91–104: 13 digits then the overpunch sign character.
    mutating func amount(_ amount: Amount, decimals: Int) throws(FactureBankingError) {
        let scaled = amount.decimal.padded(toScale: decimals).rounded(scale: decimals)
        var magnitude = scaled.significand.magnitude
        guard magnitude < 100_000_000_000_000 else {
            throw FactureBankingError(
                code: .malformedRecord,
                message: "amount \(amount) does not fit the 14 characters of a CFONB 120 amount",
                column: 91
            )
        }
        let unit = UInt8(magnitude % 10)
        magnitude /= 10
        bytes[103] =
            scaled.significand < 0
            ? (unit == 0 ? 0x7D : 0x49 + unit)
            : (unit == 0 ? 0x7B : 0x40 + unit)
        for index in stride(from: 102, through: 90, by: -1) {
            bytes[index] = 0x30 + UInt8(magnitude % 10)
            magnitude /= 10
        }
    }

    static func byte(for scalar: Unicode.Scalar, uppercased: Bool) -> UInt8 {
        var value = scalar.value
        if uppercased {
            if let folded = accentFolding[value] { value = folded }
            if value >= 0x61 && value <= 0x7A { value -= 0x20 }
            if value >= 0x80 { return 0x3F }
        }
        return value < 0x100 ? UInt8(value) : 0x3F
    }

    /// Latin-1 letters with accents and their base letter (upper case).
    static let accentFolding: [UInt32: UInt32] = {
        var table: [UInt32: UInt32] = [:]
        let groups: [(String, Character)] = [
            ("àáâãäåÀÁÂÃÄÅ", "A"), ("çÇ", "C"), ("èéêëÈÉÊË", "E"), ("ìíîïÌÍÎÏ", "I"), ("ñÑ", "N"),
            ("òóôõöøÒÓÔÕÖØ", "O"), ("ùúûüÙÚÛÜ", "U"), ("ýÿÝ", "Y"),
        ]
        for (letters, base) in groups {
            for scalar in letters.unicodeScalars {
                table[scalar.value] = base.unicodeScalars.first.map(\.value) ?? 0x3F
            }
        }
        return table
    }()
}
