// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension TotalsDiscrepancy {
    /// How far a stated amount may be from the expected one before a rule breaks.
    ///
    /// The official artefacts accept, for instance, a VAT category tax amount within 1.00 of the
    /// taxable amount × rate (BR-CO-17, inclusive in CII, exclusive in UBL) and a line net amount
    /// within 0.02 (PEPPOL-EN16931-R120, inclusive).
    public struct Tolerance: Sendable {
        /// The largest accepted difference.
        public var amount: Amount
        /// Whether a difference of exactly ``amount`` is accepted.
        public var isInclusive: Bool

        /// Creates a tolerance.
        public init(amount: Amount, isInclusive: Bool) {
            self.amount = amount
            self.isInclusive = isInclusive
        }

        /// No difference accepted: the amounts must be equal.
        public static var none: Tolerance { Tolerance(amount: .zero, isInclusive: true) }

        /// Whether `difference` (its magnitude) is accepted.
        public func accepts(_ difference: Amount) -> Bool {
            isInclusive ? difference.magnitude <= amount : difference.magnitude < amount
        }
    }
}

extension TotalsDiscrepancy.Tolerance: Hashable {}

extension TotalsDiscrepancy.Tolerance: Codable {}

extension TotalsDiscrepancy.Tolerance: CustomStringConvertible {
    /// `exact`, `± 1.00` (inclusive) or `< 1.00` (exclusive).
    public var description: String {
        if amount.isZero { return "exact" }
        return isInclusive ? "± \(amount)" : "< \(amount)"
    }
}
