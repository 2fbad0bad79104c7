// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A secret string — a client secret, a password, an access token — that never prints itself.
///
/// `description`, `debugDescription`, string interpolation and `dump` all give `<redacted>`, so a secret that
/// ends up in a log message, an error or a crash report by mistake shows nothing. The value is read only by
/// asking for it with ``revealed``, at the one place it is sent.
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let value: String

    /// Wraps `value`.
    public init(_ value: String) { self.value = value }

    /// The secret itself, for the one place it must go on the wire.
    public var revealed: String { value }

    /// Whether the secret is the empty string.
    public var isEmpty: Bool { value.isEmpty }

    /// `<redacted>`.
    public var description: String { "<redacted>" }

    /// `Secret(<redacted>)`.
    public var debugDescription: String { "Secret(<redacted>)" }

    /// A mirror without children, so `dump` and reflection show nothing of the value.
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
