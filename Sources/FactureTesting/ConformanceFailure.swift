// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A conformance check that an implementation failed: which check and what it saw.
public struct ConformanceFailure: Error, Sendable, CustomStringConvertible {
    /// The check's name, such as `append chains entries`.
    public var check: String
    /// What was expected and what happened.
    public var message: String

    /// A failure.
    public init(check: String, message: String) {
        self.check = check
        self.message = message
    }

    /// `check: message`.
    public var description: String { "\(check): \(message)" }
}

/// Throws a ``ConformanceFailure`` unless `condition` holds.
func require(
    _ condition: Bool,
    _ check: String,
    _ message: @autoclosure () -> String
) throws {
    guard condition else { throw ConformanceFailure(check: check, message: message()) }
}
