// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The camt.053 (bank-to-customer statement) versions ``Camt053Reader`` reads.
public enum Camt053Version: String, Sendable, Hashable, CaseIterable {
    /// camt.053.001.02 (the 2009 message, still the most common in SEPA banks).
    case v02 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"
    /// camt.053.001.08 (the 2019 message).
    case v08 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"

    /// The XML namespace of the version's `Document` element.
    public var namespace: String { rawValue }
}

/// Bounds on what ``Camt053Reader`` accepts from an untrusted file.
public struct Camt053ReadingLimits: Sendable, Hashable {
    /// The largest input, in bytes.
    public var maximumBytes: Int
    /// The deepest element nesting (camt.053 needs about 15).
    public var maximumDepth: Int
    /// The longest text of one element, in bytes.
    public var maximumTextBytes: Int

    /// Limits; the defaults accept any real statement (up to 16 GiB) and refuse pathological nesting.
    public init(maximumBytes: Int = 1 << 34, maximumDepth: Int = 64, maximumTextBytes: Int = 1 << 16) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
        self.maximumTextBytes = maximumTextBytes
    }
}

/// What ``Camt053Reader`` reports while it streams through a file, in file order.
public enum Camt053Event: Sendable, Hashable {
    /// A statement (`Stmt`) begins: account, balances and dates, with no movements yet
    /// (they follow as ``movement(_:)`` events until ``endOfStatement``).
    case statement(BankStatement)
    /// One entry (`Ntry`) of the current statement.
    case movement(BankMovement)
    /// The current statement ends.
    case endOfStatement
}

/// A streaming reader of camt.053 bank statements (versions 001.02 and 001.08).
///
/// The file goes through libxml2's pull parser (`xmlTextReader`) in constant memory whatever
/// its size: each `Ntry` becomes one ``BankMovement`` handed to the caller and forgotten.
/// The configuration is the secure one of FactureKit's XML readers: no network, no DTD loading,
/// no entity substitution; any `<!DOCTYPE` (so any entity declaration) is refused before
/// libxml2 sees it; size, depth and text length are bounded.
///
/// Mapping: one ``BankStatement`` per `Stmt` (account `IBAN` and `Ccy`, `OPBD` (or `PRCD`) and
/// `CLBD` balances signed by `CdtDbtInd`), one ``BankMovement`` per `Ntry` (ordinal = 1-based
/// `Ntry` order in the file, amount signed by `CdtDbtInd`, `BookgDt`/`ValDt`, bank transaction code
/// `Domn/Fmly/SubFmly` as `PMNT/RCDT/ESCT` or else the proprietary code, `AcctSvcrRef`,
/// `AddtlNtryInf` as label). From the transaction details: `EndToEndId`, `Ustrd` lines as
/// remittance, the `Strd/CdtrRefInf/Ref` creditor reference, and the debtor (for a credit) or
/// creditor (for a debit) as counterparty. Each `TxDtls` is also kept as ``MovementDetail``s with
/// the CFONB qualifiers (`NPY`/`NBE` name, `RCN` end-to-end id, `LCC` remittance line, `REF`
/// creditor reference), so a batch (several `TxDtls` in one `Ntry`) keeps every transaction.
///
/// ```swift
/// let statements = try await Camt053Reader().statements(contentsOfFile: "/path/camt053.xml")
/// try Camt053Reader().read(contentsOfFile: path) { event in
///     if case .movement(let movement) = event { print(movement.ordinal, movement.amount) }
/// }
/// ```
public struct Camt053Reader: Sendable {
    /// The bounds applied to every file.
    public var limits: Camt053ReadingLimits

    /// A reader.
    public init(limits: Camt053ReadingLimits = .init()) {
        self.limits = limits
    }

    /// Streams a camt.053 document held in memory to `handler`, event by event.
    ///
    /// - Returns: The version of the document.
    /// - Throws: ``FactureBankingError`` with code `unsupportedFormat` (not camt.053.001.02/.08, or a
    ///   DOCTYPE), `malformedRecord` (not well-formed, a required element missing or unreadable, a
    ///   limit exceeded; `record` is the line), or whatever `handler` throws.
    @discardableResult
    public func read(
        _ bytes: some Collection<UInt8>,
        _ handler: (Camt053Event) throws(FactureBankingError) -> Void
    ) throws(FactureBankingError) -> Camt053Version {
        let outcome: Result<Camt053Version, FactureBankingError>
        if let inPlace = bytes.withContiguousStorageIfAvailable({ buffer in
            run(.memory(UnsafeRawBufferPointer(buffer)), handler)
        }) {
            outcome = inPlace
        } else {
            outcome = Array(bytes).withUnsafeBytes { run(.memory($0), handler) }
        }
        return try outcome.get()
    }

    /// Streams a camt.053 file to `handler`, event by event, reading it in chunks.
    ///
    /// - Returns: The version of the document.
    /// - Throws: ``FactureBankingError`` with code `ioFailure` when the file cannot be opened or read,
    ///   otherwise as ``read(_:_:)``.
    @discardableResult
    public func read(
        contentsOfFile path: String,
        _ handler: (Camt053Event) throws(FactureBankingError) -> Void
    ) throws(FactureBankingError) -> Camt053Version {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw FactureBankingError(code: .ioFailure, message: "cannot open \(path): \(CamtInput.systemReason())")
        }
        defer { close(descriptor) }
        return try run(.file(descriptor), handler).get()
    }

    /// Reads every statement of a camt.053 document held in memory, with its movements.
    ///
    /// Keeps all movements in memory; use ``read(_:_:)`` to stream a large file.
    public func statements(_ bytes: some Collection<UInt8>) throws(FactureBankingError) -> [BankStatement] {
        var collector = CamtStatementCollector()
        try read(bytes) { event in collector.add(event) }
        return collector.statements
    }

    /// Reads every statement of a camt.053 file, with its movements, off the caller's executor.
    ///
    /// Keeps all movements in memory; use ``read(contentsOfFile:_:)`` to stream a large file.
    @concurrent
    public func statements(contentsOfFile path: String) async throws(FactureBankingError) -> [BankStatement] {
        var collector = CamtStatementCollector()
        try read(contentsOfFile: path) { event in collector.add(event) }
        return collector.statements
    }

    /// Walks a document with the same secure libxml2 reader configuration but builds nothing:
    /// the cost of the XML parse alone, against which the reader's own cost is measured.
    ///
    /// - Returns: The number of nodes libxml2 reported.
    /// - Throws: As ``read(_:_:)``, except that the content is not checked to be camt.053.
    public func walkWithoutModel(_ bytes: some Collection<UInt8>) throws(FactureBankingError) -> Int {
        let outcome: Result<Int, FactureBankingError>
        if let inPlace = bytes.withContiguousStorageIfAvailable({ buffer in
            Result { () throws(FactureBankingError) in
                try Camt053Parser.walk(.memory(UnsafeRawBufferPointer(buffer)), limits: limits)
            }
        }) {
            outcome = inPlace
        } else {
            outcome = Array(bytes).withUnsafeBytes { buffer in
                Result { () throws(FactureBankingError) in try Camt053Parser.walk(.memory(buffer), limits: limits) }
            }
        }
        return try outcome.get()
    }

    /// Walks a file with the same secure libxml2 reader configuration but builds nothing: the
    /// baseline of ``read(contentsOfFile:_:)``.
    ///
    /// - Returns: The number of nodes libxml2 reported.
    /// - Throws: As ``read(contentsOfFile:_:)``, except that the content is not checked to be camt.053.
    public func walkWithoutModel(contentsOfFile path: String) throws(FactureBankingError) -> Int {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw FactureBankingError(code: .ioFailure, message: "cannot open \(path): \(CamtInput.systemReason())")
        }
        defer { close(descriptor) }
        return try Camt053Parser.walk(.file(descriptor), limits: limits)
    }

    private func run(
        _ input: CamtInput.Storage,
        _ handler: (Camt053Event) throws(FactureBankingError) -> Void
    ) -> Result<Camt053Version, FactureBankingError> {
        Result { () throws(FactureBankingError) in
            try Camt053Parser(limits: limits).parse(input, handler)
        }
    }
}

/// Gathers streamed events into whole statements.
private struct CamtStatementCollector {
    var statements: [BankStatement] = []

    mutating func add(_ event: Camt053Event) {
        switch event {
        case .statement(let statement): statements.append(statement)
        case .movement(let movement):
            if !statements.isEmpty { statements[statements.count - 1].movements.append(movement) }
        case .endOfStatement: break
        }
    }
}
