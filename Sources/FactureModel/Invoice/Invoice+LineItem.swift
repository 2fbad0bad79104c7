// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension Invoice.Line {
    /// Item information (BG-31): what is invoiced.
    public struct Item: Sendable {
        /// Item name (BT-153).
        public var name: String
        /// Item description (BT-154).
        public var description: String?
        /// Item Sellers identifier (BT-155).
        public var sellerIdentifier: String?
        /// Item Buyers identifier (BT-156).
        public var buyerIdentifier: String?
        /// Item standard identifier (BT-157) with its scheme identifier (BT-157-1), such as a GTIN
        /// under scheme `0160`.
        public var standardIdentifier: Identifier?
        /// Item classification identifiers (BT-158).
        public var classifications: [Classification]
        /// Item country of origin (BT-159).
        public var countryOfOrigin: CountryCode?
        /// Item attributes (BG-32).
        public var attributes: [Attribute]

        /// Creates item information; only the name is required.
        public init(
            name: String,
            description: String? = nil,
            sellerIdentifier: String? = nil,
            buyerIdentifier: String? = nil,
            standardIdentifier: Identifier? = nil,
            classifications: [Classification] = [],
            countryOfOrigin: CountryCode? = nil,
            attributes: [Attribute] = []
        ) {
            self.name = name
            self.description = description
            self.sellerIdentifier = sellerIdentifier
            self.buyerIdentifier = buyerIdentifier
            self.standardIdentifier = standardIdentifier
            self.classifications = classifications
            self.countryOfOrigin = countryOfOrigin
            self.attributes = attributes
        }
    }
}

extension Invoice.Line.Item: Hashable {}

extension Invoice.Line.Item: Codable {}

extension Invoice.Line.Item {
    /// An item classification identifier (BT-158): the item's code in a classification such as
    /// CPV or the customs tariff.
    public struct Classification: Sendable {
        /// Item classification identifier (BT-158).
        public var code: String
        /// Scheme identifier (BT-158-1), from UNTDID 7143 (`STI` CPV, `HS` customs tariff …);
        /// mandatory in EN 16931.
        public var schemeID: String?
        /// Scheme version identifier (BT-158-2).
        public var schemeVersion: String?

        /// Creates a classification identifier.
        public init(_ code: String, schemeID: String? = nil, schemeVersion: String? = nil) {
            self.code = code
            self.schemeID = schemeID
            self.schemeVersion = schemeVersion
        }
    }

    /// An item attribute (BG-32): a named property of the item, such as its colour.
    public struct Attribute: Sendable {
        /// Item attribute name (BT-160).
        public var name: String
        /// Item attribute value (BT-161).
        public var value: String

        /// Creates an item attribute.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }
}

extension Invoice.Line.Item.Classification: Hashable {}

extension Invoice.Line.Item.Classification: Codable {}

extension Invoice.Line.Item.Attribute: Hashable {}

extension Invoice.Line.Item.Attribute: Codable {}
