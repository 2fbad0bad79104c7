// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An error raised by `FactureBanking`. Errors compare by ``code`` alone.
public struct FactureBankingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public var code: Code
    /// What went wrong and where: the record (line) number and column for a statement file.
    public var message: String
    /// The 1-based record (line) number in the file, when the error is about one.
    public var record: Int?
    /// The 1-based column in that record, when known.
    public var column: Int?

    /// Creates an error.
    public init(code: Code, message: String, record: Int? = nil, column: Int? = nil) {
        self.code = code
        self.message = message
        self.record = record
        self.column = column
    }

    /// Errors are equal when their codes are.
    public static func == (lhs: FactureBankingError, rhs: FactureBankingError) -> Bool { lhs.code == rhs.code }

    /// Hashes the code only, consistent with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// `code: message (record R, column C)`.
    public var description: String {
        var text = "\(code): \(message)"
        if let record { text += column.map { " (record \(record), column \($0))" } ?? " (record \(record))" }
        return text
    }

    /// The kinds of ``FactureBankingError``. New codes may be added in minor releases.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// A record or element that cannot be read (wrong length, bad digits, unknown record type…).
        public static let malformedRecord = Code("malformedRecord")
        /// Records out of order (a movement before its statement's opening, a detail without its movement…).
        public static let unexpectedRecord = Code("unexpectedRecord")
        /// Opening balance plus movements differs from the closing balance.
        public static let unbalancedStatement = Code("unbalancedStatement")
        /// A document that is not of the expected format or version.
        public static let unsupportedFormat = Code("unsupportedFormat")
        /// A payment order that cannot be written (missing IBAN, non-positive amount, …).
        public static let invalidPayment = Code("invalidPayment")
        /// Reading or writing a file failed; the message has the system's reason.
        public static let ioFailure = Code("ioFailure")

        /// The code's name.
        public var description: String { name }

        /// Lets `catch FactureBankingError.Code.malformedRecord` match an error of that code.
        public static func ~= (code: Code, error: any Error) -> Bool {
            (error as? FactureBankingError)?.code == code
        }
    }
}
