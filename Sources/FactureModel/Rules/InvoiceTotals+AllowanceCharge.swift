// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension InvoiceTotals {
    /// The computed amount of one allowance or charge, on a line (BG-27, BG-28) or on the document
    /// (BG-20, BG-21).
    ///
    /// When the allowance or charge has a percentage (BT-138, BT-143, BT-94, BT-101) and a base —
    /// its own base amount (BT-137, BT-142, BT-93, BT-100), or by default the line's
    /// ``InvoiceTotals/Line/quantityTimesPrice`` on a line and the sum of the line net amounts of
    /// its VAT category and rate on the document — the amount is base × percentage ÷ 100 rounded
    /// to cents. Otherwise it is the stated amount (BT-136, BT-141, BT-92, BT-99), rounded to cents.
    public struct AllowanceCharge: Sendable {
        /// The amount, with two decimals.
        public var amount: Amount
        /// The base amount the percentage applied to, or the stated base amount when the amount was
        /// not computed.
        public var baseAmount: Amount?
        /// Whether ``amount`` was computed as base × percentage ÷ 100 rather than taken as stated.
        public var isComputedFromPercentage: Bool

        /// Creates a computed allowance or charge amount.
        public init(amount: Amount, baseAmount: Amount?, isComputedFromPercentage: Bool) {
            self.amount = amount
            self.baseAmount = baseAmount
            self.isComputedFromPercentage = isComputedFromPercentage
        }
    }
}

extension InvoiceTotals.AllowanceCharge: Hashable {}

extension InvoiceTotals.AllowanceCharge: Codable {}
