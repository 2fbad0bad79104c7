// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension Invoice {
    /// The seller's tax representative party (BG-11): who accounts for VAT on the seller's behalf.
    public struct TaxRepresentative: Sendable {
        /// Seller tax representative name (BT-62).
        public var name: String
        /// Seller tax representative VAT identifier (BT-63).
        public var vatIdentifier: String
        /// Seller tax representative postal address (BG-12).
        public var postalAddress: PostalAddress

        /// Creates a tax representative.
        public init(name: String, vatIdentifier: String, postalAddress: PostalAddress) {
            self.name = name
            self.vatIdentifier = vatIdentifier
            self.postalAddress = postalAddress
        }
    }
}

extension Invoice.TaxRepresentative: Hashable {}

extension Invoice.TaxRepresentative: Codable {}
