// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An error raised by `FactureSeal` when a seal or time-stamp cannot be made or read.
///
/// A seal that can be read but does not verify is not an error: verification returns a report
/// with the reasons. Errors compare by ``code`` alone:
///
/// ```swift
/// do {
///     _ = try sealer.seal(bytes)
/// } catch FactureSealError.Code.invalidKey {
///     // the configured key cannot sign
/// }
/// ```
public struct FactureSealError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public var code: Code
    /// What went wrong, naming the offending input.
    public var message: String

    /// Creates an error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// Errors are equal when their codes are.
    public static func == (lhs: FactureSealError, rhs: FactureSealError) -> Bool {
        lhs.code == rhs.code
    }

    /// Hashes the code only, consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
    }

    /// `code: message`.
    public var description: String { "\(code): \(message)" }
}

extension FactureSealError {
    /// The kinds of ``FactureSealError``. New codes may be added in minor releases.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidKey
            case invalidCertificate
            case malformedSeal
            case malformedTimestamp
            case timestampAuthorityFailed
            case internalError
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// A private key that cannot be read or cannot sign with the requested algorithm.
        public static let invalidKey = Code(.invalidKey)
        /// A certificate that cannot be read, or that does not belong to the key.
        public static let invalidCertificate = Code(.invalidCertificate)
        /// Bytes that are no CMS signed-data seal.
        public static let malformedSeal = Code(.malformedSeal)
        /// Bytes that are no RFC 3161 time-stamp request, response or token.
        public static let malformedTimestamp = Code(.malformedTimestamp)
        /// The time-stamping authority refused, or could not be reached.
        public static let timestampAuthorityFailed = Code(.timestampAuthorityFailed)
        /// OpenSSL failed in a way that is not the input's fault (out of memory).
        public static let internalError = Code(.internalError)

        /// The code's name, such as `invalidKey`.
        public var description: String { base.rawValue }

        /// Lets `catch FactureSealError.Code.invalidKey` match an error of that code.
        public static func ~= (code: Code, error: any Error) -> Bool {
            (error as? FactureSealError)?.code == code
        }
    }
}
