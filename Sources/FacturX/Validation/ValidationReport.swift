// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The outcome of running business rules over one invoice document: every rule it breaks.
///
/// Rule violations are data, not errors (a document with violations was still read and
/// checked). ``isValid`` is `true` when no violation is ``RuleViolation/Severity-swift.struct/fatal``.
///
/// ```swift
/// let report = try EN16931Validator().validate(bytes)
/// for violation in report.violations where violation.severity == .fatal {
///     print(violation.ruleID, violation.location, violation.message)
/// }
/// ```
public struct ValidationReport: Sendable {
    /// The name of the validated file or input, when the caller gave one.
    public var file: String?
    /// The syntax the document was recognised as.
    public var syntax: InvoiceSyntax
    /// The specification identifier the document declares (BT-24), if any.
    public var guidelineID: String?
    /// Every broken rule, in rule order then document order.
    public var violations: [RuleViolation]

    /// Creates a report.
    public init(
        file: String? = nil,
        syntax: InvoiceSyntax,
        guidelineID: String? = nil,
        violations: [RuleViolation] = []
    ) {
        self.file = file
        self.syntax = syntax
        self.guidelineID = guidelineID
        self.violations = violations
    }

    /// Whether no fatal rule is broken (warnings do not count).
    public var isValid: Bool {
        !violations.contains { $0.severity == .fatal }
    }

    /// The distinct identifiers of the broken rules, sorted.
    public var failedRuleIDs: [String] {
        Array(Set(violations.map(\.ruleID))).sorted()
    }
}

extension ValidationReport: Hashable {}

extension ValidationReport: Codable {}
