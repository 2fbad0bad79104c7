// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A postal address: the seller's (BG-5), the buyer's (BG-8), the tax representative's (BG-12)
/// or the deliver-to address (BG-15).
///
/// Each property's comment names the seller's term first, then the buyer's, the tax
/// representative's and the deliver-to address's.
public struct PostalAddress: Sendable {
    /// Address line 1 (BT-35, BT-50, BT-64, BT-75).
    public var line1: String?
    /// Address line 2 (BT-36, BT-51, BT-65, BT-76).
    public var line2: String?
    /// Address line 3 (BT-162, BT-163, BT-164, BT-165).
    public var line3: String?
    /// City (BT-37, BT-52, BT-66, BT-77).
    public var city: String?
    /// Post code (BT-38, BT-53, BT-67, BT-78).
    public var postCode: String?
    /// Country subdivision (BT-39, BT-54, BT-68, BT-79).
    public var countrySubdivision: String?
    /// Country code (BT-40, BT-55, BT-69, BT-80), mandatory in every address.
    public var country: CountryCode

    /// Creates an address; only the country is required.
    public init(
        line1: String? = nil,
        line2: String? = nil,
        line3: String? = nil,
        city: String? = nil,
        postCode: String? = nil,
        countrySubdivision: String? = nil,
        country: CountryCode
    ) {
        self.line1 = line1
        self.line2 = line2
        self.line3 = line3
        self.city = city
        self.postCode = postCode
        self.countrySubdivision = countrySubdivision
        self.country = country
    }
}

extension PostalAddress: Hashable {}

extension PostalAddress: Codable {}
