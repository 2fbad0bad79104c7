// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension Invoice {
    /// One entry of the VAT breakdown (BG-23): the taxable base and VAT of one category and rate.
    ///
    /// The taxable amount is the sum of the line net amounts of that category and rate, minus
    /// the document allowances and plus the document charges of the same category and rate
    /// (BR-CO-17 and the BR-S-8 family); the tax amount is the taxable amount times the rate,
    /// rounded to two decimals.
    public struct VATBreakdown: Sendable {
        /// VAT category taxable amount (BT-116).
        public var taxableAmount: Amount
        /// VAT category tax amount (BT-117).
        public var taxAmount: Amount
        /// VAT category code (BT-118).
        public var categoryCode: VATCategoryCode
        /// VAT category rate (BT-119); absent for category `O` (outside scope).
        public var rate: Percentage?
        /// VAT exemption reason text (BT-120).
        public var exemptionReason: String?
        /// VAT exemption reason code (BT-121).
        public var exemptionReasonCode: VATExemptionReasonCode?

        /// Creates a VAT breakdown entry.
        public init(
            taxableAmount: Amount,
            taxAmount: Amount,
            categoryCode: VATCategoryCode,
            rate: Percentage? = nil,
            exemptionReason: String? = nil,
            exemptionReasonCode: VATExemptionReasonCode? = nil
        ) {
            self.taxableAmount = taxableAmount
            self.taxAmount = taxAmount
            self.categoryCode = categoryCode
            self.rate = rate
            self.exemptionReason = exemptionReason
            self.exemptionReasonCode = exemptionReasonCode
        }
    }
}

extension Invoice.VATBreakdown: Hashable {}

extension Invoice.VATBreakdown: Codable {}
