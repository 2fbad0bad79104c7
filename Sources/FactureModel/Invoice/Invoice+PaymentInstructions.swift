// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension Invoice {
    /// Payment instructions (BG-16): how the buyer is expected to pay.
    public struct PaymentInstructions: Sendable {
        /// Payment means type code (BT-81).
        public var meansCode: PaymentMeansCode
        /// Payment means text (BT-82).
        public var meansText: String?
        /// Remittance information (BT-83): the reference the buyer should quote with the payment.
        public var remittanceInformation: String?
        /// Credit transfers (BG-17): the accounts the buyer may pay into.
        public var creditTransfers: [CreditTransfer]
        /// Payment card information (BG-18).
        public var paymentCard: PaymentCard?
        /// Direct debit (BG-19).
        public var directDebit: DirectDebit?

        /// Creates payment instructions.
        public init(
            meansCode: PaymentMeansCode,
            meansText: String? = nil,
            remittanceInformation: String? = nil,
            creditTransfers: [CreditTransfer] = [],
            paymentCard: PaymentCard? = nil,
            directDebit: DirectDebit? = nil
        ) {
            self.meansCode = meansCode
            self.meansText = meansText
            self.remittanceInformation = remittanceInformation
            self.creditTransfers = creditTransfers
            self.paymentCard = paymentCard
            self.directDebit = directDebit
        }
    }
}

extension Invoice.PaymentInstructions: Hashable {}

extension Invoice.PaymentInstructions: Codable {}

extension Invoice.PaymentInstructions {
    /// A credit transfer account (BG-17).
    public struct CreditTransfer: Sendable {
        /// Payment account identifier (BT-84): an IBAN for SEPA payments, else a proprietary account id.
        public var accountIdentifier: String
        /// Payment account name (BT-85).
        public var accountName: String?
        /// Payment service provider identifier (BT-86): the BIC.
        public var serviceProviderIdentifier: String?

        /// Creates a credit transfer account.
        public init(accountIdentifier: String, accountName: String? = nil, serviceProviderIdentifier: String? = nil) {
            self.accountIdentifier = accountIdentifier
            self.accountName = accountName
            self.serviceProviderIdentifier = serviceProviderIdentifier
        }
    }

    /// Payment card information (BG-18).
    public struct PaymentCard: Sendable {
        /// Payment card primary account number (BT-87): EN 16931 allows only the last digits, never
        /// the full number.
        public var primaryAccountNumber: String
        /// Payment card holder name (BT-88).
        public var holderName: String?

        /// Creates payment card information.
        public init(primaryAccountNumber: String, holderName: String? = nil) {
            self.primaryAccountNumber = primaryAccountNumber
            self.holderName = holderName
        }
    }

    /// Direct debit (BG-19).
    public struct DirectDebit: Sendable {
        /// Mandate reference identifier (BT-89).
        public var mandateReference: String?
        /// Bank assigned creditor identifier (BT-90): the SEPA creditor identifier.
        public var creditorIdentifier: String?
        /// Debited account identifier (BT-91): the buyer's IBAN.
        public var debitedAccountIdentifier: String?

        /// Creates direct debit information.
        public init(
            mandateReference: String? = nil,
            creditorIdentifier: String? = nil,
            debitedAccountIdentifier: String? = nil
        ) {
            self.mandateReference = mandateReference
            self.creditorIdentifier = creditorIdentifier
            self.debitedAccountIdentifier = debitedAccountIdentifier
        }
    }
}

extension Invoice.PaymentInstructions.CreditTransfer: Hashable {}

extension Invoice.PaymentInstructions.CreditTransfer: Codable {}

extension Invoice.PaymentInstructions.PaymentCard: Hashable {}

extension Invoice.PaymentInstructions.PaymentCard: Codable {}

extension Invoice.PaymentInstructions.DirectDebit: Hashable {}

extension Invoice.PaymentInstructions.DirectDebit: Codable {}
