// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureModel

/// What a CFONB 120 stream reports, in file order: constant memory whatever the statement size.
public enum CFONB120Event: Sendable {
    /// A `01` record opened a statement.
    case statementOpened(account: BankAccountReference, date: CalendarDate, balance: Amount)
    /// A `04` record and its `05` complements, complete.
    case movement(BankMovement)
    /// The statement ended: by its `07` record (date and balance given), or without one (both `nil`)
    /// when the next `01` or the end of the file came first.
    case statementClosed(date: CalendarDate?, balance: Amount?)
}

/// Options of the CFONB 120 reader.
public struct CFONB120ReadingOptions: Hashable, Sendable {
    /// Whether a statement whose opening balance plus movements differs from its closing balance
    /// throws `unbalancedStatement` (default). Lenient readers set it to `false` and may check
    /// ``BankStatement/isBalanced`` themselves; every published sample balances.
    public var checksBalances: Bool

    /// Options; balances checked by default.
    public init(checksBalances: Bool = true) {
        self.checksBalances = checksBalances
    }
}

/// An incremental CFONB 120 parser: give it bytes in chunks of any size, it reports events.
///
/// Tolerant of what real files do: records with CRLF, LF or no line break at all (split every
/// 120 characters), blank lines, a trailing end-of-file character (0x1A), lowercase and Latin-1
/// text, filled reserved zones, a `05` whose header differs from its `04`, a `07` whose header
/// differs from its `01`, a statement without `07`. Records are numbered from 1 in file order,
/// blank lines not counted.
///
/// ```swift
/// var parser = CFONB120StreamParser()
/// try parser.consume(chunk) { event in … }
/// try parser.finish { event in … }
/// ```
public struct CFONB120StreamParser: Sendable {
    private var splitter = CFONBRecordSplitter()
    private var builder: CFONBEventBuilder

    /// A parser.
    public init(options: CFONB120ReadingOptions = .init()) {
        builder = CFONBEventBuilder(checksBalances: options.checksBalances)
    }

    /// Parses the next chunk of the file; events whose records are complete go to `body`.
    public mutating func consume(
        _ chunk: UnsafeRawBufferPointer,
        _ body: (CFONB120Event) throws(FactureBankingError) -> Void
    ) throws(FactureBankingError) {
        var builder = self.builder
        defer { self.builder = builder }
        try splitter.consume(chunk) { (record: CFONBRecordBytes) throws(FactureBankingError) in
            try builder.accept(CFONB120Record(record, essentialOnly: true), number: record.number, body)
        }
    }

    /// Parses the next chunk of the file.
    public mutating func consume(
        _ chunk: [UInt8],
        _ body: (CFONB120Event) throws(FactureBankingError) -> Void
    ) throws(FactureBankingError) {
        let result = chunk.withUnsafeBytes { bytes -> FactureBankingError? in
            do throws(FactureBankingError) {
                try consume(bytes, body)
                return nil
            } catch {
                return error
            }
        }
        if let result { throw result }
    }

    /// Ends the file: reports the last movement and closes the last statement.
    public mutating func finish(
        _ body: (CFONB120Event) throws(FactureBankingError) -> Void
    )
        throws(FactureBankingError)
    {
        try splitter.finish()
        try builder.finish(body)
    }
}

/// Splits bytes into 120-byte records: line breaks of any kind or none, blank lines skipped.
struct CFONBRecordSplitter: Sendable {
    private var carry: [UInt8] = []
    private var recordNumber = 0

    init() {
        carry.reserveCapacity(CFONB120.recordLength)
    }

    /// Splits a chunk into records (raw bytes), for the event parser and the record reader.
    mutating func consume(
        _ chunk: UnsafeRawBufferPointer,
        _ handle: (CFONBRecordBytes) throws(FactureBankingError) -> Void
    ) throws(FactureBankingError) {
        guard let raw = chunk.baseAddress else { return }
        let bytes = raw.assumingMemoryBound(to: UInt8.self)
        let count = chunk.count
        let length = CFONB120.recordLength
        var index = 0
        while index < count {
            let byte = bytes[index]
            if carry.isEmpty {
                if byte == 0x0A || byte == 0x0D || byte == 0x1A {
                    index += 1
                    continue
                }
                if count - index >= length {
                    var scan = index
                    let end = index + length
                    while scan < end && bytes[scan] != 0x0A && bytes[scan] != 0x0D { scan += 1 }
                    if scan == end {
                        try emit(bytes + index, handle)
                        index = end
                    } else {
                        try shortLine(UnsafeBufferPointer(start: bytes + index, count: scan - index))
                        index = scan
                    }
                    continue
                }
            }
            if byte == 0x0A || byte == 0x0D {
                try flushCarry()
                index += 1
                continue
            }
            carry.append(byte)
            index += 1
            if carry.count == length {
                let number = recordNumber + 1
                let failure = carry.withUnsafeBufferPointer { buffer -> FactureBankingError? in
                    guard let base = buffer.baseAddress else { return nil }
                    do throws(FactureBankingError) {
                        try handle(CFONBRecordBytes(base: base, number: number))
                        return nil
                    } catch {
                        return error
                    }
                }
                recordNumber = number
                carry.removeAll(keepingCapacity: true)
                if let failure { throw failure }
            }
        }
    }

    /// Ends the record stream: a partial record left is an error unless blank.
    mutating func finish() throws(FactureBankingError) {
        try flushCarry()
    }

    private mutating func flushCarry() throws(FactureBankingError) {
        guard !carry.isEmpty else { return }
        let line = carry
        carry.removeAll(keepingCapacity: true)
        try line.withUnsafeBufferPointer { buffer throws(FactureBankingError) in try shortLine(buffer) }
    }

    private mutating func emit(
        _ base: UnsafePointer<UInt8>,
        _ handle: (CFONBRecordBytes) throws(FactureBankingError) -> Void
    ) throws(FactureBankingError) {
        // A record of spaces only is a blank line padded to 120.
        if base[0] == 0x20 && base[1] == 0x20 {
            var blank = true
            for offset in 2..<CFONB120.recordLength where base[offset] != 0x20 {
                blank = false
                break
            }
            if blank { return }
        }
        recordNumber += 1
        try handle(CFONBRecordBytes(base: base, number: recordNumber))
    }

    /// A line shorter than 120 characters: ignored when blank, an error otherwise.
    private mutating func shortLine(_ line: UnsafeBufferPointer<UInt8>) throws(FactureBankingError) {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x1A }) { return }
        recordNumber += 1
        throw FactureBankingError(
            code: .malformedRecord,
            message: "record has \(line.count) characters, a CFONB 120 record has 120",
            record: recordNumber,
            column: line.count + 1
        )
    }
}

/// Turns records into events: statement boundaries, movements with their complements, balances.
struct CFONBEventBuilder: Sendable {
    let checksBalances: Bool
    private var ordinal = 0
    private var open: OpenStatement?
    private var pending: BankMovement?

    struct OpenStatement: Sendable {
        var openingBalance: ExactDecimal
        var total: ExactDecimal
        var record: Int
    }

    init(checksBalances: Bool) {
        self.checksBalances = checksBalances
    }

    mutating func accept(
        _ record: CFONB120Record,
        number: Int,
        _ body: (CFONB120Event) throws(FactureBankingError) -> Void
    ) throws(FactureBankingError) {
        switch record.kind {
        case .previousBalance:
            try flush(body)
            if open != nil {
                open = nil
                try body(.statementClosed(date: nil, balance: nil))
            }
            let balance = record.amount ?? .zero
            guard let date = record.date else { return }
            open = OpenStatement(openingBalance: balance.decimal, total: balance.decimal, record: number)
            try body(
                .statementOpened(
                    account: BankAccountReference(
                        bankCode: record.bankCode,
                        deskCode: record.deskCode,
                        accountNumber: record.accountNumber,
                        currency: record.currency
                    ),
                    date: date,
                    balance: balance
                )
            )
        case .movement:
            guard open != nil else {
                throw FactureBankingError(
                    code: .unexpectedRecord,
                    message: "a movement (04) before any opening balance (01)",
                    record: number,
                    column: 1
                )
            }
            try flush(body)
            ordinal += 1
            let amount = record.amount ?? .zero
            open?.total += amount.decimal
            guard let date = record.date else { return }
            pending = BankMovement(
                ordinal: ordinal,
                account: BankAccountReference(
                    bankCode: record.bankCode,
                    deskCode: record.deskCode,
                    accountNumber: record.accountNumber,
                    currency: record.currency
                ),
                operationCode: record.interbankOperationCode,
                bookingDate: date,
                valueDate: record.valueDate,
                amount: amount,
                label: record.label,
                reference: record.reference
            )
        case .complement:
            guard pending != nil else {
                throw FactureBankingError(
                    code: .unexpectedRecord,
                    message: "a complement (05) without a movement (04) before it",
                    record: number,
                    column: 1
                )
            }
            pending?.apply(MovementDetail(qualifier: record.qualifier, text: record.text))
        case .newBalance:
            guard let statement = open else {
                throw FactureBankingError(
                    code: .unexpectedRecord,
                    message: "a closing balance (07) without an opening balance (01)",
                    record: number,
                    column: 1
                )
            }
            try flush(body)
            let balance = record.amount ?? .zero
            if checksBalances && statement.total != balance.decimal {
                throw FactureBankingError(
                    code: .unbalancedStatement,
                    message:
                        "opening balance \(statement.openingBalance) (record \(statement.record)) plus movements "
                        + "gives \(statement.total), the closing balance says \(balance.decimal)",
                    record: number,
                    column: 91
                )
            }
            open = nil
            try body(.statementClosed(date: record.date, balance: balance))
        }
    }

    mutating func finish(_ body: (CFONB120Event) throws(FactureBankingError) -> Void) throws(FactureBankingError) {
        try flush(body)
        if open != nil {
            open = nil
            try body(.statementClosed(date: nil, balance: nil))
        }
    }

    private mutating func flush(
        _ body: (CFONB120Event) throws(FactureBankingError) -> Void
    )
        throws(FactureBankingError)
    {
        if let movement = pending.take() { try body(.movement(movement)) }
    }
}
