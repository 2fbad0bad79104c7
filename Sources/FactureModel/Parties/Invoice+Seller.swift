// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension Invoice {
    /// The seller (BG-4): who supplies the goods or services and issues the invoice.
    ///
    /// For a French seller, ``legalRegistrationIdentifier`` is the SIREN (scheme `0002`) and
    /// ``identifiers`` typically holds the SIRET (scheme `0009`).
    public struct Seller: Sendable {
        /// Seller name (BT-27): the legal name.
        public var name: String
        /// Seller trading name (BT-28).
        public var tradingName: String?
        /// Seller identifiers (BT-29), each with its scheme identifier (BT-29-1).
        public var identifiers: [Identifier]
        /// Seller legal registration identifier (BT-30) with its scheme identifier (BT-30-1).
        public var legalRegistrationIdentifier: Identifier?
        /// Seller VAT identifier (BT-31), with its country prefix (`FR…`).
        public var vatIdentifier: String?
        /// Seller tax registration identifier (BT-32): a local tax id other than the VAT number
        /// (CII scheme `FC`).
        public var taxRegistrationIdentifier: String?
        /// Seller additional legal information (BT-33), such as the legal form and share capital.
        public var additionalLegalInformation: String?
        /// Seller electronic address (BT-34) with its scheme (BT-34-1).
        public var electronicAddress: ElectronicAddress?
        /// Seller postal address (BG-5). Mandatory in EN 16931; optional here because the
        /// Factur-X MINIMUM profile may carry only a country.
        public var postalAddress: PostalAddress?
        /// Seller contact (BG-6).
        public var contact: Contact?

        /// Creates a seller; only the name is required.
        public init(
            name: String,
            tradingName: String? = nil,
            identifiers: [Identifier] = [],
            legalRegistrationIdentifier: Identifier? = nil,
            vatIdentifier: String? = nil,
            taxRegistrationIdentifier: String? = nil,
            additionalLegalInformation: String? = nil,
            electronicAddress: ElectronicAddress? = nil,
            postalAddress: PostalAddress? = nil,
            contact: Contact? = nil
        ) {
            self.name = name
            self.tradingName = tradingName
            self.identifiers = identifiers
            self.legalRegistrationIdentifier = legalRegistrationIdentifier
            self.vatIdentifier = vatIdentifier
            self.taxRegistrationIdentifier = taxRegistrationIdentifier
            self.additionalLegalInformation = additionalLegalInformation
            self.electronicAddress = electronicAddress
            self.postalAddress = postalAddress
            self.contact = contact
        }

        /// The SIREN as the invoice states it, unchecked: the legal registration identifier
        /// (BT-30) when its scheme is `0002`, or when it has no scheme and is nine ASCII digits.
        public var siren: String? {
            Invoice.sirenValue(of: legalRegistrationIdentifier)
        }

        /// The SIRET as the invoice states it, unchecked: the first seller identifier (BT-29), or
        /// else the legal registration identifier (BT-30), whose scheme is `0009`.
        public var siret: String? {
            (identifiers + [legalRegistrationIdentifier].compactMap { $0 })
                .first { $0.schemeID == Identifier.siretSchemeID }?.value
        }
    }
}

extension Invoice.Seller: Hashable {}

extension Invoice.Seller: Codable {}

extension Invoice {
    /// The value of `identifier` if it reads as a SIREN: scheme `0002`, or no scheme and nine
    /// ASCII digits.
    static func sirenValue(of identifier: Identifier?) -> String? {
        guard let identifier else { return nil }
        switch identifier.schemeID {
        case Identifier.sirenSchemeID?:
            return identifier.value
        case nil:
            let digits = identifier.value.utf8
            let isSIRENShaped =
                digits.count == 9 && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            return isSIRENShaped ? identifier.value : nil
        default:
            return nil
        }
    }
}
