// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A value that is a validated piece of text: an identifier (``SIREN``, ``SIRET``,
/// ``VATNumber``, ``IBAN``, ``BIC``, ``CreditorReference``) or a code (``CountryCode``,
/// ``CurrencyCode``).
///
/// Such a value exists only once its text has passed validation. It prints as its normalised
/// text and encodes as a JSON string, which decoding validates again, so a stored document with a
/// corrupted identifier fails to decode instead of yielding an invalid value.
public protocol ValidatedText: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The normalised text, e.g. `732829320` for a SIREN given as `732 829 320`.
    var rawValue: String { get }

    /// Normalises and validates text.
    /// - Throws: ``FactureModelError`` saying what is wrong with the text.
    init(_ text: String) throws(FactureModelError)
}

extension ValidatedText {
    /// The normalised text.
    public var description: String { rawValue }

    /// Decodes from a JSON string, validating it.
    ///
    /// - Throws: `DecodingError.dataCorrupted` with the validation message.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes as the normalised text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
