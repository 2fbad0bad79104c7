// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An error raised by `FactureModel`: bad text for a number, an identifier or a code.
///
/// Errors compare by ``code`` alone, so tests and callers can match on the kind of failure:
///
/// ```swift
/// do {
///     _ = try SIREN("732829321")
/// } catch FactureModelError.Code.invalidCheckDigit {
///     // …
/// }
/// ```
public struct FactureModelError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of failure.
    public var code: Code
    /// What went wrong, in words that name the offending input.
    public var message: String
    /// Where in the input the problem is, when known (a field name, a path, a character offset).
    public var location: String?
    /// The source file that raised the error.
    public var file: String
    /// The source line that raised the error.
    public var line: Int

    /// Creates an error.
    public init(
        code: Code,
        message: String,
        location: String? = nil,
        file: String = #fileID,
        line: Int = #line
    ) {
        self.code = code
        self.message = message
        self.location = location
        self.file = file
        self.line = line
    }

    /// Errors are equal when their codes are.
    public static func == (lhs: FactureModelError, rhs: FactureModelError) -> Bool {
        lhs.code == rhs.code
    }

    /// Hashes the code only, consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
    }

    /// `message`, prefixed by the location when there is one.
    public var description: String {
        if let location { return "\(location): \(message)" }
        return message
    }
}

extension FactureModelError {
    /// The kinds of ``FactureModelError``. New codes may be added in minor releases.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case invalidDecimal
            case invalidCharacters
            case invalidLength
            case invalidCheckDigit
            case invalidCountry
            case invalidFormat
            case invalidCode
            case unsupportedCurrency
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// A number's text is not plain decimal notation, or has too many digits.
        public static let invalidDecimal = Code(.invalidDecimal)
        /// An identifier holds characters its scheme does not allow.
        public static let invalidCharacters = Code(.invalidCharacters)
        /// An identifier has the wrong number of characters.
        public static let invalidLength = Code(.invalidLength)
        /// An identifier's check digits do not match the rest of it.
        public static let invalidCheckDigit = Code(.invalidCheckDigit)
        /// A country code is unknown or not allowed here.
        public static let invalidCountry = Code(.invalidCountry)
        /// The text does not have the shape its scheme requires.
        public static let invalidFormat = Code(.invalidFormat)
        /// A code is not in its code list.
        public static let invalidCode = Code(.invalidCode)
        /// A currency code is not ISO 4217.
        public static let unsupportedCurrency = Code(.unsupportedCurrency)

        /// The code's name, such as `invalidCheckDigit`.
        public var description: String { base.rawValue }

        /// Lets `catch FactureModelError.Code.invalidLength` match an error of that code.
        public static func ~= (code: Code, error: any Error) -> Bool {
            (error as? FactureModelError)?.code == code
        }
    }
}
