// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension InvoiceTotals {
    /// The computed amounts of one invoice line (BG-25).
    public struct Line: Sendable {
        /// Quantity (BT-129) × net price (BT-146) ÷ base quantity (BT-149, 1 when absent), rounded
        /// to cents; `nil` when the line cannot be priced because its base quantity is zero or
        /// negative.
        public var quantityTimesPrice: Amount?
        /// The line allowances (BG-27) as computed (BT-136), in the order of the line's.
        public var allowances: [AllowanceCharge]
        /// The line charges (BG-28) as computed (BT-141), in the order of the line's.
        public var charges: [AllowanceCharge]
        /// Invoice line net amount (BT-131) = ``quantityTimesPrice`` + Σ BT-141 − Σ BT-136; the
        /// stated BT-131 (rounded to cents) when ``quantityTimesPrice`` is `nil`.
        public var netAmount: Amount

        /// Whether the net amount was computed from quantity and price rather than taken as stated.
        public var isPriced: Bool { quantityTimesPrice != nil }

        /// Creates computed line amounts.
        public init(
            quantityTimesPrice: Amount?,
            allowances: [AllowanceCharge],
            charges: [AllowanceCharge],
            netAmount: Amount
        ) {
            self.quantityTimesPrice = quantityTimesPrice
            self.allowances = allowances
            self.charges = charges
            self.netAmount = netAmount
        }
    }
}

extension InvoiceTotals.Line: Hashable {}

extension InvoiceTotals.Line: Codable {}
