// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An error raised by `FactureArchive`. Errors compare by ``code`` alone:
///
/// ```swift
/// do {
///     _ = try await store.get(digest)
/// } catch FactureArchiveError.Code.integrityViolation {
///     // the stored bytes no longer hash to their address: report, never repair silently
/// }
/// ```
public struct FactureArchiveError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public var code: Code
    /// What went wrong, naming the blob or file.
    public var message: String

    /// Creates an error.
    public init(code: Code, message: String) {
        self.code = code
        self.message = message
    }

    /// Errors are equal when their codes are.
    public static func == (lhs: FactureArchiveError, rhs: FactureArchiveError) -> Bool {
        lhs.code == rhs.code
    }

    /// Hashes the code only, consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
    }

    /// `code: message`.
    public var description: String { "\(code): \(message)" }
}

extension FactureArchiveError {
    /// The kinds of ``FactureArchiveError``. New codes may be added in minor releases.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case notFound
            case integrityViolation
            case storageFailure
            case invalidAddress
            case refused
            case alreadyExists
            case sealingFailure
            case invalidArchive
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// No blob or entry at that address.
        public static let notFound = Code(.notFound)
        /// Stored bytes that no longer hash to their address (tampering or media failure).
        public static let integrityViolation = Code(.integrityViolation)
        /// The storage failed (a file could not be written, synced or read); the message has the system's reason.
        public static let storageFailure = Code(.storageFailure)
        /// A text that is no SHA-256 address (64 hexadecimal digits).
        public static let invalidAddress = Code(.invalidAddress)

        /// The request breaks the archive's rules: destroying a document under retention or legal
        /// hold, shortening a retention, touching a destroyed document.
        public static let refused = Code(.refused)
        /// A document with that identifier is already archived.
        public static let alreadyExists = Code(.alreadyExists)
        /// A checkpoint could not be sealed or time-stamped; the message has the reason.
        public static let sealingFailure = Code(.sealingFailure)
        /// An export or evidence bundle that cannot be read (wrong format, missing file).
        public static let invalidArchive = Code(.invalidArchive)

        /// The code's name, such as `notFound`.
        public var description: String { base.rawValue }

        /// Lets `catch FactureArchiveError.Code.notFound` match an error of that code.
        public static func ~= (code: Code, error: any Error) -> Bool {
            (error as? FactureArchiveError)?.code == code
        }
    }
}
