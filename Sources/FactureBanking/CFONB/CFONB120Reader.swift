// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads CFONB 120 account statements ("relevés de compte") from bytes or a file.
///
/// Three levels, all streaming over a file in fixed-size chunks (constant memory):
/// - ``forEachEvent(atPath:_:)``: statement opened / movement / statement closed, constant
///   memory even for a statement of millions of movements;
/// - ``forEachStatement(atPath:_:)``: one ``BankStatement`` at a time;
/// - ``statements(atPath:)``: all of them.
///
/// Several accounts and statements per file; each movement's ``BankMovement/ordinal`` is the
/// 1-based count of `04` records in the whole file. Errors are ``FactureBankingError``:
/// `malformedRecord` and `unexpectedRecord` name the record number and column,
/// `unbalancedStatement` the `07` record (see ``CFONB120ReadingOptions/checksBalances``),
/// `unsupportedFormat` a CFONB 240 file, `ioFailure` a file that cannot be read.
public struct CFONB120Reader: Sendable {
    /// The options.
    public var options: CFONB120ReadingOptions
    /// The size of the chunks read from a file (1 MiB by default).
    public var chunkSize: Int

    /// A reader.
    public init(options: CFONB120ReadingOptions = .init(), chunkSize: Int = 1 << 20) {
        self.options = options
        self.chunkSize = max(chunkSize, 1)
    }

    // MARK: Events

    /// Reports the events of an in-memory file.
    public func forEachEvent(
        in bytes: [UInt8],
        _ body: (CFONB120Event) throws(FactureBankingError) -> Void
    ) throws(FactureBankingError) {
        var parser = CFONB120StreamParser(options: options)
        try parser.consume(bytes, body)
        try parser.finish(body)
    }

    /// Reports the events of a file, read in chunks of ``chunkSize`` bytes.
    public func forEachEvent(
        atPath path: String,
        _ body: (CFONB120Event) throws(FactureBankingError) -> Void
    ) throws(FactureBankingError) {
        var parser = CFONB120StreamParser(options: options)
        try Self.readChunks(atPath: path, chunkSize: chunkSize) { chunk throws(FactureBankingError) in
            try parser.consume(chunk, body)
        }
        try parser.finish(body)
    }

    // MARK: Statements

    /// Reports each statement of an in-memory file once complete.
    public func forEachStatement(
        in bytes: [UInt8],
        _ body: (BankStatement) throws(FactureBankingError) -> Void
    ) throws(FactureBankingError) {
        var collector = CFONBStatementCollector()
        try forEachEvent(in: bytes) { event throws(FactureBankingError) in
            if let statement = collector.accept(event) { try body(statement) }
        }
    }

    /// Reports each statement of a file once complete; memory holds one statement.
    public func forEachStatement(
        atPath path: String,
        _ body: (BankStatement) throws(FactureBankingError) -> Void
    ) throws(FactureBankingError) {
        var collector = CFONBStatementCollector()
        try forEachEvent(atPath: path) { event throws(FactureBankingError) in
            if let statement = collector.accept(event) { try body(statement) }
        }
    }

    /// The statements of an in-memory file.
    public func statements(in bytes: [UInt8]) throws(FactureBankingError) -> [BankStatement] {
        var statements: [BankStatement] = []
        try forEachStatement(in: bytes) { statements.append($0) }
        return statements
    }

    /// The statements of a file.
    public func statements(atPath path: String) throws(FactureBankingError) -> [BankStatement] {
        var statements: [BankStatement] = []
        try forEachStatement(atPath: path) { statements.append($0) }
        return statements
    }

    /// The statements of a file, read off the caller's executor (the reading is blocking file I/O).
    ///
    /// Keeps all movements in memory; use ``forEachStatement(atPath:_:)`` to hold one statement at a time.
    @concurrent
    public func statements(contentsOfFile path: String) async throws(FactureBankingError) -> [BankStatement] {
        try statements(atPath: path)
    }

    // MARK: Records

    /// Reports every record of an in-memory file, decoded, with its 1-based number; no statement
    /// logic (order, balances) is applied.
    public func forEachRecord(
        in bytes: [UInt8],
        _ body: (CFONB120Record, Int) throws(FactureBankingError) -> Void
    ) throws(FactureBankingError) {
        var splitter = CFONBRecordSplitter()
        let failure = bytes.withUnsafeBytes { raw -> FactureBankingError? in
            do throws(FactureBankingError) {
                try splitter.consume(raw) { (record: CFONBRecordBytes) throws(FactureBankingError) in
                    try body(CFONB120Record(record), record.number)
                }
                try splitter.finish()
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    // MARK: File input

    /// Calls `body` with successive chunks of the file (POSIX `read` on a descriptor).
    static func readChunks(
        atPath path: String,
        chunkSize: Int,
        _ body: (UnsafeRawBufferPointer) throws(FactureBankingError) -> Void
    ) throws(FactureBankingError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw FactureBankingError(code: .ioFailure, message: "cannot open \(path): \(systemError())")
        }
        defer { close(descriptor) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, chunkSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw FactureBankingError(code: .ioFailure, message: "cannot read \(path): \(systemError())")
            }
            if count == 0 { return }
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    private static func systemError() -> String {
        guard let text = strerror(errno) else { return "errno \(errno)" }
        return String(cString: text)
    }
}

/// Assembles statements from events.
struct CFONBStatementCollector {
    private var current: BankStatement?

    mutating func accept(_ event: CFONB120Event) -> BankStatement? {
        switch event {
        case .statementOpened(let account, let date, let balance):
            current = BankStatement(account: account, openingDate: date, openingBalance: balance)
        case .movement(let movement):
            current?.movements.append(movement)
        case .statementClosed(let date, let balance):
            guard var statement = current else { return nil }
            statement.closingDate = date
            statement.closingBalance = balance
            current = nil
            return statement
        }
        return nil
    }
}
