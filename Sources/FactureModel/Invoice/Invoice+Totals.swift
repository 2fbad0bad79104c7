// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension Invoice {
    /// Document totals (BG-22), as the invoice states them.
    ///
    /// EN 16931 defines them as (BR-CO-10 to BR-CO-16):
    /// - ``sumOfLineNetAmounts`` = Σ line net amounts (BT-131);
    /// - ``totalWithoutVAT`` = sum of line net amounts − allowances + charges;
    /// - ``totalWithVAT`` = total without VAT + total VAT;
    /// - ``amountDue`` = total with VAT − paid amount + rounding amount.
    ///
    /// The model stores the stated figures; a totals calculator computes them and the rules
    /// compare. All amounts have at most two decimals on a valid invoice.
    public struct Totals: Sendable {
        /// Sum of invoice line net amount (BT-106). Mandatory in EN 16931; optional here because
        /// the Factur-X MINIMUM profile leaves it out.
        public var sumOfLineNetAmounts: Amount?
        /// Sum of allowances on document level (BT-107).
        public var sumOfAllowances: Amount?
        /// Sum of charges on document level (BT-108).
        public var sumOfCharges: Amount?
        /// Invoice total amount without VAT (BT-109).
        public var totalWithoutVAT: Amount
        /// Invoice total VAT amount (BT-110), in the invoice currency.
        public var totalVAT: Amount?
        /// Invoice total VAT amount in accounting currency (BT-111), in the VAT accounting
        /// currency (BT-6).
        public var totalVATInAccountingCurrency: Amount?
        /// Invoice total amount with VAT (BT-112).
        public var totalWithVAT: Amount
        /// Paid amount (BT-113): what has already been paid, such as a prepayment.
        public var paidAmount: Amount?
        /// Rounding amount (BT-114): added to the total to round the amount due.
        public var roundingAmount: Amount?
        /// Amount due for payment (BT-115).
        public var amountDue: Amount

        /// Creates document totals; the mandatory ones default to zero until computed.
        public init(
            sumOfLineNetAmounts: Amount? = nil,
            sumOfAllowances: Amount? = nil,
            sumOfCharges: Amount? = nil,
            totalWithoutVAT: Amount = .zero,
            totalVAT: Amount? = nil,
            totalVATInAccountingCurrency: Amount? = nil,
            totalWithVAT: Amount = .zero,
            paidAmount: Amount? = nil,
            roundingAmount: Amount? = nil,
            amountDue: Amount = .zero
        ) {
            self.sumOfLineNetAmounts = sumOfLineNetAmounts
            self.sumOfAllowances = sumOfAllowances
            self.sumOfCharges = sumOfCharges
            self.totalWithoutVAT = totalWithoutVAT
            self.totalVAT = totalVAT
            self.totalVATInAccountingCurrency = totalVATInAccountingCurrency
            self.totalWithVAT = totalWithVAT
            self.paidAmount = paidAmount
            self.roundingAmount = roundingAmount
            self.amountDue = amountDue
        }
    }
}

extension Invoice.Totals: Hashable {}

extension Invoice.Totals: Codable {}
