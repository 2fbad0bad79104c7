// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension Invoice {
    /// A document level allowance (BG-20): an amount taken off the invoice total, with its VAT
    /// category.
    ///
    /// When a percentage is given, `amount` is `baseAmount × percentage / 100`; the model keeps
    /// what the invoice says and leaves checking to the rules.
    public struct Allowance: Sendable {
        /// Document level allowance amount (BT-92), without VAT.
        public var amount: Amount
        /// Document level allowance base amount (BT-93).
        public var baseAmount: Amount?
        /// Document level allowance percentage (BT-94).
        public var percentage: Percentage?
        /// Document level allowance VAT category code (BT-95).
        public var vatCategoryCode: VATCategoryCode
        /// Document level allowance VAT rate (BT-96).
        public var vatRate: Percentage?
        /// Document level allowance reason (BT-97).
        public var reason: String?
        /// Document level allowance reason code (BT-98).
        public var reasonCode: AllowanceReasonCode?

        /// Creates a document level allowance.
        public init(
            amount: Amount,
            baseAmount: Amount? = nil,
            percentage: Percentage? = nil,
            vatCategoryCode: VATCategoryCode,
            vatRate: Percentage? = nil,
            reason: String? = nil,
            reasonCode: AllowanceReasonCode? = nil
        ) {
            self.amount = amount
            self.baseAmount = baseAmount
            self.percentage = percentage
            self.vatCategoryCode = vatCategoryCode
            self.vatRate = vatRate
            self.reason = reason
            self.reasonCode = reasonCode
        }
    }

    /// A document level charge (BG-21): an amount added to the invoice total, with its VAT
    /// category.
    ///
    /// When a percentage is given, `amount` is `baseAmount × percentage / 100`; the model keeps
    /// what the invoice says and leaves checking to the rules.
    public struct Charge: Sendable {
        /// Document level charge amount (BT-99), without VAT.
        public var amount: Amount
        /// Document level charge base amount (BT-100).
        public var baseAmount: Amount?
        /// Document level charge percentage (BT-101).
        public var percentage: Percentage?
        /// Document level charge VAT category code (BT-102).
        public var vatCategoryCode: VATCategoryCode
        /// Document level charge VAT rate (BT-103).
        public var vatRate: Percentage?
        /// Document level charge reason (BT-104).
        public var reason: String?
        /// Document level charge reason code (BT-105).
        public var reasonCode: ChargeReasonCode?

        /// Creates a document level charge.
        public init(
            amount: Amount,
            baseAmount: Amount? = nil,
            percentage: Percentage? = nil,
            vatCategoryCode: VATCategoryCode,
            vatRate: Percentage? = nil,
            reason: String? = nil,
            reasonCode: ChargeReasonCode? = nil
        ) {
            self.amount = amount
            self.baseAmount = baseAmount
            self.percentage = percentage
            self.vatCategoryCode = vatCategoryCode
            self.vatRate = vatRate
            self.reason = reason
            self.reasonCode = reasonCode
        }
    }
}

extension Invoice.Allowance: Hashable {}

extension Invoice.Allowance: Codable {}

extension Invoice.Charge: Hashable {}

extension Invoice.Charge: Codable {}
