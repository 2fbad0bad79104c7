// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension Invoice {
    /// The payee (BG-10): who receives the payment when it is not the seller, such as a factor.
    public struct Payee: Sendable {
        /// Payee name (BT-59).
        public var name: String
        /// Payee identifier (BT-60) with its scheme identifier (BT-60-1).
        public var identifier: Identifier?
        /// Payee legal registration identifier (BT-61) with its scheme identifier (BT-61-1).
        public var legalRegistrationIdentifier: Identifier?

        /// Creates a payee.
        public init(name: String, identifier: Identifier? = nil, legalRegistrationIdentifier: Identifier? = nil) {
            self.name = name
            self.identifier = identifier
            self.legalRegistrationIdentifier = legalRegistrationIdentifier
        }
    }
}

extension Invoice.Payee: Hashable {}

extension Invoice.Payee: Codable {}
