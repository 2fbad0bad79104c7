// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension Invoice {
    /// The buyer (BG-7): who acquires the goods or services.
    ///
    /// The French reform makes the buyer's SIREN mandatory on B2B invoices; it is the legal
    /// registration identifier (BT-47) with scheme `0002`, which ``siren`` reads.
    public struct Buyer: Sendable {
        /// Buyer name (BT-44).
        public var name: String
        /// Buyer trading name (BT-45).
        public var tradingName: String?
        /// Buyer identifier (BT-46) with its scheme identifier (BT-46-1).
        public var identifier: Identifier?
        /// Buyer legal registration identifier (BT-47) with its scheme identifier (BT-47-1).
        public var legalRegistrationIdentifier: Identifier?
        /// Buyer VAT identifier (BT-48), with its country prefix.
        public var vatIdentifier: String?
        /// Buyer electronic address (BT-49) with its scheme (BT-49-1).
        public var electronicAddress: ElectronicAddress?
        /// Buyer postal address (BG-8). Mandatory in EN 16931; optional here because the Factur-X
        /// MINIMUM profile leaves it out.
        public var postalAddress: PostalAddress?
        /// Buyer contact (BG-9).
        public var contact: Contact?

        /// Creates a buyer; only the name is required.
        public init(
            name: String,
            tradingName: String? = nil,
            identifier: Identifier? = nil,
            legalRegistrationIdentifier: Identifier? = nil,
            vatIdentifier: String? = nil,
            electronicAddress: ElectronicAddress? = nil,
            postalAddress: PostalAddress? = nil,
            contact: Contact? = nil
        ) {
            self.name = name
            self.tradingName = tradingName
            self.identifier = identifier
            self.legalRegistrationIdentifier = legalRegistrationIdentifier
            self.vatIdentifier = vatIdentifier
            self.electronicAddress = electronicAddress
            self.postalAddress = postalAddress
            self.contact = contact
        }

        /// The buyer's SIREN as the invoice states it, unchecked: the legal registration
        /// identifier (BT-47) when its scheme is `0002`, or when it has no scheme and is nine
        /// ASCII digits.
        public var siren: String? {
            Invoice.sirenValue(of: legalRegistrationIdentifier)
        }

        /// The buyer's SIRET as the invoice states it, unchecked: the buyer identifier (BT-46),
        /// or else the legal registration identifier (BT-47), whose scheme is `0009`.
        public var siret: String? {
            [identifier, legalRegistrationIdentifier].compactMap { $0 }
                .first { $0.schemeID == Identifier.siretSchemeID }?.value
        }
    }
}

extension Invoice.Buyer: Hashable {}

extension Invoice.Buyer: Codable {}
