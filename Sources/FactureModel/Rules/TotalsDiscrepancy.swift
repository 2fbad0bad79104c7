// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A stated amount of an invoice that breaks an EN 16931 calculation rule.
///
/// ``InvoiceTotalsCalculator/check(_:)`` returns one per broken rule and place:
///
/// ```swift
/// for discrepancy in InvoiceTotalsCalculator().check(invoice) {
///     print(discrepancy.ruleID, discrepancy.businessTerm, discrepancy.stated, discrepancy.expected)
///     // BR-CO-10 BT-106 Optional(100.00) Optional(100.01)
/// }
/// ```
///
/// Under the CEN rule sets, ``expected`` is what the rule requires given the *other stated*
/// amounts, exactly as the Schematron evaluates it, so one wrong amount can break several rules;
/// ``computed`` is what the calculator derives from the lines, and tells which amount is the
/// wrong one. Under ``InvoiceTotalsCalculator/Configuration/RuleSet/exact`` the two agree.
public struct TotalsDiscrepancy: Sendable {
    /// The identifier of the broken rule: `BR-CO-10`, `BR-S-08`, `BR-DEC-23`, or
    /// `PEPPOL-EN16931-R120` for the line checks EN 16931's own artefacts do not make.
    public var ruleID: String
    /// The business term the rule constrains, such as `BT-106`, or `BG-23` when a VAT breakdown
    /// is missing or repeated.
    public var businessTerm: String
    /// Where the term is: the document, a line, an allowance or charge, a VAT breakdown entry.
    public var location: Location
    /// The amount the invoice states; `nil` when it is absent (or is not an amount, such as a base
    /// quantity).
    public var stated: Amount?
    /// The amount the rule requires, within ``tolerance``; `nil` when the rule cannot say (its
    /// operands are missing, or it is about presence rather than value).
    public var expected: Amount?
    /// The amount the calculator computes for the same term from the invoice's lines, allowances
    /// and charges, when it computes one.
    public var computed: Amount?
    /// The difference between ``stated`` and ``expected`` the rule accepts.
    public var tolerance: Tolerance
    /// What is wrong, in words.
    public var message: String

    /// Creates a discrepancy.
    public init(
        ruleID: String,
        businessTerm: String,
        location: Location = .document,
        stated: Amount?,
        expected: Amount?,
        computed: Amount?,
        tolerance: Tolerance = .none,
        message: String
    ) {
        self.ruleID = ruleID
        self.businessTerm = businessTerm
        self.location = location
        self.stated = stated
        self.expected = expected
        self.computed = computed
        self.tolerance = tolerance
        self.message = message
    }
}

extension TotalsDiscrepancy: Hashable {}

extension TotalsDiscrepancy: Codable {}

extension TotalsDiscrepancy: CustomStringConvertible {
    /// `[rule] location: message`, such as `[BR-CO-10] document: …`.
    public var description: String {
        "[\(ruleID)] \(location): \(message)"
    }
}
