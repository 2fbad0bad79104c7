// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Bounds on what ``PaymentRunReader`` accepts from an untrusted file.
public struct Pain001ReadingLimits: Sendable, Hashable {
    /// The largest input, in bytes.
    public var maximumBytes: Int
    /// The deepest element nesting (pain.001 needs about 10).
    public var maximumDepth: Int
    /// The longest text of one element, in bytes.
    public var maximumTextBytes: Int

    /// Limits; the defaults accept any real payment order (up to 4 GiB) and refuse pathological nesting.
    public init(maximumBytes: Int = 1 << 32, maximumDepth: Int = 64, maximumTextBytes: Int = 1 << 16) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
        self.maximumTextBytes = maximumTextBytes
    }
}

/// A streaming reader of our own SEPA credit transfer initiations (pain.001.001.03 and .001.09),
/// giving the ``PaymentRun``s the ``LetteringEngine`` uses to letter batch-booked debits.
///
/// The file goes through libxml2's pull parser (`xmlTextReader`) with the secure configuration of
/// ``Camt053Reader``: no network, no DTD loading, no entity substitution; any `<!DOCTYPE` (so any
/// entity declaration) is refused before libxml2 sees it; size, depth and text length are bounded
/// by ``Pain001ReadingLimits``. Only the transfer being read is held apart from the runs built.
///
/// Mapping: one ``PaymentRun`` per `PmtInf` (``PaymentRun/id`` = `PmtInfId`), one
/// ``PaymentRunTransfer`` per `CdtTrfTxInf`: `PmtId/EndToEndId`, `Cdtr/Nm`, `CdtrAcct/Id/IBAN`,
/// `Amt/InstdAmt`, every `RmtInf/Ustrd` line as remittance, and the first `Strd/CdtrRefInf/Ref`
/// as creditor reference (further structured references are appended to the remittance lines).
///
/// ```swift
/// let runs = try PaymentRunReader().paymentRuns(contentsOfFile: "/path/pain001.xml")
/// let result = LetteringEngine().letter(movements, ledger: ledger, paymentRuns: runs)
/// ```
public struct PaymentRunReader: Sendable {
    /// The bounds applied to every file.
    public var limits: Pain001ReadingLimits

    /// A reader.
    public init(limits: Pain001ReadingLimits = .init()) {
        self.limits = limits
    }

    /// Reads the payment runs of a pain.001 document held in memory.
    ///
    /// - Returns: One run per `PmtInf`, in file order.
    /// - Throws: ``FactureBankingError`` with code `unsupportedFormat` (the root is not a pain.001.001.03
    ///   or .09 `Document`, or the file has a DOCTYPE) or `malformedRecord` (not well-formed, a required
    ///   element missing, an amount or IBAN that cannot be read, a limit exceeded; the message names the
    ///   element and `record` is the line).
    public func paymentRuns(_ bytes: some Collection<UInt8>) throws(FactureBankingError) -> [PaymentRun] {
        var runs: [PaymentRun] = []
        let outcome: Result<Pain001Version, FactureBankingError>
        if let inPlace = bytes.withContiguousStorageIfAvailable({ buffer in
            run(.memory(UnsafeRawBufferPointer(buffer))) { runs.append($0) }
        }) {
            outcome = inPlace
        } else {
            outcome = Array(bytes).withUnsafeBytes { buffer in run(.memory(buffer)) { runs.append($0) } }
        }
        _ = try outcome.get()
        return runs
    }

    /// Reads the payment runs of a pain.001 file, in chunks.
    ///
    /// - Returns: One run per `PmtInf`, in file order.
    /// - Throws: ``FactureBankingError`` with code `ioFailure` when the file cannot be opened or read,
    ///   otherwise as ``paymentRuns(_:)``.
    public func paymentRuns(contentsOfFile path: String) throws(FactureBankingError) -> [PaymentRun] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw FactureBankingError(code: .ioFailure, message: "cannot open \(path): \(CamtInput.systemReason())")
        }
        defer { close(descriptor) }
        var runs: [PaymentRun] = []
        _ = try run(.file(descriptor)) { runs.append($0) }.get()
        return runs
    }

    private func run(
        _ input: CamtInput.Storage,
        _ handler: (PaymentRun) -> Void
    ) -> Result<Pain001Version, FactureBankingError> {
        Result { () throws(FactureBankingError) in
            try Pain001Parser(limits: limits).parse(input, handler)
        }
    }
}
