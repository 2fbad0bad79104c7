// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// What ``IdentifierChecker/check(_:)`` found out about one piece of text.
///
/// ```swift
/// let result = IdentifierChecker.check("732 829 321")
/// // result.kind == .siren, result.isValid == false,
/// // result.reason == "check digit mismatch: SIREN 732829321 fails the Luhn check"
/// ```
public struct IdentifierCheckResult: Sendable, Hashable {
    /// The text as given.
    public let input: String
    /// The kind of identifier the text looks like, or `nil` when it looks like none of them.
    public let kind: IdentifierKind?
    /// The identifier in its canonical form when valid (e.g. `FR1420041010050500013M02606`);
    /// otherwise the input without spaces, hyphens and dots, upper-cased.
    public let normalized: String
    /// Whether the text is a valid identifier of ``kind``.
    public let isValid: Bool
    /// Why the text is not valid, or `nil` when it is.
    public let reason: String?

    init(input: String, kind: IdentifierKind?, normalized: String, isValid: Bool, reason: String?) {
        self.input = input
        self.kind = kind
        self.normalized = normalized
        self.isValid = isValid
        self.reason = reason
    }
}
