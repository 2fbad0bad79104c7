// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// One broken business rule at one place in an invoice document.
public struct RuleViolation: Sendable {
    /// The rule's identifier as the official artefacts name it, such as `BR-CO-10`.
    public var ruleID: String
    /// Whether the rule rejects the invoice or only warns.
    public var severity: Severity
    /// What the rule requires, in the words of the official rule text.
    public var message: String
    /// An XPath-like path to the element the rule was checked on, with 1-based indices where an
    /// element has same-named siblings, such as
    /// `/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem[2]`.
    public var location: String
    /// The rule set the rule belongs to (schema violations count as ``BusinessRuleSet/en16931``'s
    /// syntax layer).
    public var ruleSet: BusinessRuleSet

    /// Creates a violation.
    public init(
        ruleID: String,
        severity: Severity,
        message: String,
        location: String,
        ruleSet: BusinessRuleSet = .en16931
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.location = location
        self.ruleSet = ruleSet
    }
}

extension RuleViolation: Hashable {}

extension RuleViolation: Codable {}

extension RuleViolation: CustomStringConvertible {
    /// `[BR-CO-10] fatal at /path: message`.
    public var description: String {
        "[\(ruleID)] \(severity) at \(location): \(message)"
    }
}

extension RuleViolation {
    /// How serious a broken rule is (Schematron `flag`).
    public struct Severity: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable, Hashable {
            case fatal
            case warning
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// The invoice is not compliant.
        public static let fatal = Severity(.fatal)
        /// The invoice is compliant, but something is likely wrong.
        public static let warning = Severity(.warning)

        /// `fatal` or `warning`.
        public var description: String { base.rawValue }

        /// The severity named by ``description``, or `nil`.
        public init?(name: String) {
            guard let base = Base(rawValue: name) else { return nil }
            self.base = base
        }
    }
}

extension RuleViolation.Severity: Codable {
    /// Decodes the severity from its name (`fatal`, `warning`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let severity = RuleViolation.Severity(name: name) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown severity '\(name)'")
        }
        self = severity
    }

    /// Encodes the severity as its name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
