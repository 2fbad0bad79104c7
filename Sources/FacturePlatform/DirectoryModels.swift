// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

// The Directory Service models (XP Z12-013 annex B, "Directory Service" 1.1.0), with the description's
// field names. Codes the description enumerates (`A`/`C` statuses, `P`/`S` facility types, `WK`/`DFH`
// platform types) are kept as strings so that a new value still reads.

/// A postal address (`addressRead`).
public struct DirectoryAddress: Sendable, Hashable, Codable {
    /// First address line.
    public var addressLine1: String?
    /// Second address line.
    public var addressLine2: String?
    /// Third address line.
    public var addressLine3: String?
    /// Postal code.
    public var postalCode: String?
    /// Country subdivision.
    public var countrySubdivision: String?
    /// City.
    public var locality: String?
    /// ISO 3166-1 alpha-2 country code.
    public var countryCode: String?
    /// Country name.
    public var countryName: String?

    /// An address.
    public init(
        addressLine1: String? = nil,
        addressLine2: String? = nil,
        addressLine3: String? = nil,
        postalCode: String? = nil,
        countrySubdivision: String? = nil,
        locality: String? = nil,
        countryCode: String? = nil,
        countryName: String? = nil
    ) {
        self.addressLine1 = addressLine1
        self.addressLine2 = addressLine2
        self.addressLine3 = addressLine3
        self.postalCode = postalCode
        self.countrySubdivision = countrySubdivision
        self.locality = locality
        self.countryCode = countryCode
        self.countryName = countryName
    }
}

/// A company, a legal unit identified by its SIREN (`legalUnitPayloadHistory`, `legalUnitPayloadIncluded`).
public struct DirectoryCompany: Sendable, Hashable, Codable {
    /// The SIREN (absent when the company is included in a facility, which carries it).
    public var siren: String?
    /// The business name.
    public var businessName: String?
    /// `Public` or `PrivateVatRegistered`.
    public var entityType: String?
    /// `A` (active) or `C` (ceased).
    public var administrativeStatus: String?
    /// The directory's instance id, when asked for.
    public var idInstance: Int?

    /// A company.
    public init(
        siren: String? = nil,
        businessName: String? = nil,
        entityType: String? = nil,
        administrativeStatus: String? = nil,
        idInstance: Int? = nil
    ) {
        self.siren = siren
        self.businessName = businessName
        self.entityType = entityType
        self.administrativeStatus = administrativeStatus
        self.idInstance = idInstance
    }

    /// Whether the company is active (`A`).
    public var isActive: Bool { administrativeStatus == "A" }
}

/// The public-sector (B2G) data of a facility (`facilityPayloadHistoryUleB2gAdditionalData`): what an
/// invoice to it must carry.
public struct DirectoryB2GData: Sendable, Hashable, Codable {
    /// `pm`.
    public var pm: Bool?
    /// `pmOnly`.
    public var pmOnly: Bool?
    /// Whether the facility manages payment status.
    public var managesPaymentStatus: Bool?
    /// Whether a legal commitment number is required.
    public var managesLegalCommitmentCode: Bool?
    /// Whether a legal commitment number or a service code is required.
    public var managesLegalCommitmentOrServiceCode: Bool?
    /// Whether a service code is required.
    public var serviceCodeStatus: Bool?

    /// B2G data.
    public init(
        pm: Bool? = nil,
        pmOnly: Bool? = nil,
        managesPaymentStatus: Bool? = nil,
        managesLegalCommitmentCode: Bool? = nil,
        managesLegalCommitmentOrServiceCode: Bool? = nil,
        serviceCodeStatus: Bool? = nil
    ) {
        self.pm = pm
        self.pmOnly = pmOnly
        self.managesPaymentStatus = managesPaymentStatus
        self.managesLegalCommitmentCode = managesLegalCommitmentCode
        self.managesLegalCommitmentOrServiceCode = managesLegalCommitmentOrServiceCode
        self.serviceCodeStatus = serviceCodeStatus
    }
}

/// A facility (*établissement*) identified by its SIRET (`facilityPayloadHistory`).
public struct DirectoryFacility: Sendable, Hashable, Codable {
    /// The SIRET.
    public var siret: String?
    /// The SIREN of its company.
    public var siren: String?
    /// The facility's name.
    public var name: String?
    /// `P` (head office) or `S` (secondary).
    public var facilityType: String?
    /// `O` (public) or `P` (partially public) diffusion.
    public var diffusible: String?
    /// `A` (active) or `C` (closed).
    public var administrativeStatus: String?
    /// The address.
    public var address: DirectoryAddress?
    /// Public-sector data.
    public var b2gAdditionalData: DirectoryB2GData?
    /// The company, when included.
    public var legalUnit: DirectoryCompany?
    /// The directory's instance id, when asked for.
    public var idInstance: Int?

    /// A facility.
    public init(
        siret: String? = nil,
        siren: String? = nil,
        name: String? = nil,
        facilityType: String? = nil,
        diffusible: String? = nil,
        administrativeStatus: String? = nil,
        address: DirectoryAddress? = nil,
        b2gAdditionalData: DirectoryB2GData? = nil,
        legalUnit: DirectoryCompany? = nil,
        idInstance: Int? = nil
    ) {
        self.siret = siret
        self.siren = siren
        self.name = name
        self.facilityType = facilityType
        self.diffusible = diffusible
        self.administrativeStatus = administrativeStatus
        self.address = address
        self.b2gAdditionalData = b2gAdditionalData
        self.legalUnit = legalUnit
        self.idInstance = idInstance
    }
}

/// A routing code of a facility (`routingCodePayloadHistoryLegalUnitFacility`, and the routing code included
/// in a directory line, whose legal-commitment flag is named `managesLegalCommitment`).
public struct DirectoryRoutingCode: Sendable, Hashable, Codable {
    /// The routing identifier.
    public var routingIdentifier: String?
    /// The facility's SIRET.
    public var siret: String?
    /// The identifier's type (at most 4 characters).
    public var routingIdentifierType: String?
    /// The routing code's name.
    public var routingCodeName: String?
    /// Whether a legal commitment number is required.
    public var managesLegalCommitmentCode: Bool?
    /// `A` (active) or `C` (closed).
    public var administrativeStatus: String?
    /// The address.
    public var address: DirectoryAddress?
    /// The company, when included.
    public var legalUnit: DirectoryCompany?
    /// The facility, when included.
    public var facility: DirectoryFacility?
    /// The directory's instance id, when asked for.
    public var idInstance: Int?

    /// A routing code.
    public init(
        routingIdentifier: String? = nil,
        siret: String? = nil,
        routingIdentifierType: String? = nil,
        routingCodeName: String? = nil,
        managesLegalCommitmentCode: Bool? = nil,
        administrativeStatus: String? = nil,
        address: DirectoryAddress? = nil,
        legalUnit: DirectoryCompany? = nil,
        facility: DirectoryFacility? = nil,
        idInstance: Int? = nil
    ) {
        self.routingIdentifier = routingIdentifier
        self.siret = siret
        self.routingIdentifierType = routingIdentifierType
        self.routingCodeName = routingCodeName
        self.managesLegalCommitmentCode = managesLegalCommitmentCode
        self.administrativeStatus = administrativeStatus
        self.address = address
        self.legalUnit = legalUnit
        self.facility = facility
        self.idInstance = idInstance
    }

    enum CodingKeys: String, CodingKey {
        case routingIdentifier, siret, routingIdentifierType, routingCodeName, managesLegalCommitmentCode
        case managesLegalCommitment, administrativeStatus, address, legalUnit, facility, idInstance
    }

    /// Reads either form of the legal-commitment flag.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        routingIdentifier = try container.decodeIfPresent(String.self, forKey: .routingIdentifier)
        siret = try container.decodeIfPresent(String.self, forKey: .siret)
        routingIdentifierType = try container.decodeIfPresent(String.self, forKey: .routingIdentifierType)
        routingCodeName = try container.decodeIfPresent(String.self, forKey: .routingCodeName)
        managesLegalCommitmentCode =
            try container.decodeIfPresent(Bool.self, forKey: .managesLegalCommitmentCode)
            ?? container.decodeIfPresent(Bool.self, forKey: .managesLegalCommitment)
        administrativeStatus = try container.decodeIfPresent(String.self, forKey: .administrativeStatus)
        address = try container.decodeIfPresent(DirectoryAddress.self, forKey: .address)
        legalUnit = try container.decodeIfPresent(DirectoryCompany.self, forKey: .legalUnit)
        facility = try container.decodeIfPresent(DirectoryFacility.self, forKey: .facility)
        idInstance = try container.decodeIfPresent(Int.self, forKey: .idInstance)
    }

    /// Writes the `routingCodePayloadHistoryLegalUnitFacility` form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(routingIdentifier, forKey: .routingIdentifier)
        try container.encodeIfPresent(siret, forKey: .siret)
        try container.encodeIfPresent(routingIdentifierType, forKey: .routingIdentifierType)
        try container.encodeIfPresent(routingCodeName, forKey: .routingCodeName)
        try container.encodeIfPresent(managesLegalCommitmentCode, forKey: .managesLegalCommitmentCode)
        try container.encodeIfPresent(administrativeStatus, forKey: .administrativeStatus)
        try container.encodeIfPresent(address, forKey: .address)
        try container.encodeIfPresent(legalUnit, forKey: .legalUnit)
        try container.encodeIfPresent(facility, forKey: .facility)
        try container.encodeIfPresent(idInstance, forKey: .idInstance)
    }
}

/// The receiving platform of a directory line.
public struct DirectoryPlatform: Sendable, Hashable, Codable {
    /// `WK` (a certified platform) or `DFH` (the State's platform).
    public var platformType: String?
    /// `Enabled` or `Disabled`.
    public var platformStatus: String?

    /// A platform.
    public init(platformType: String? = nil, platformStatus: String? = nil) {
        self.platformType = platformType
        self.platformStatus = platformStatus
    }
}

/// A directory line: where invoices to an addressing identifier go
/// (`directoryLinePayloadHistoryLegalUnitFacilityRoutingCode`).
public struct DirectoryLine: Sendable, Hashable, Codable {
    /// The addressing identifier (SIREN, SIREN_SIRET, SIREN_SIRET_routing code, or with a suffix).
    public var addressingIdentifier: String?
    /// The SIREN.
    public var siren: String?
    /// The SIRET, for a facility-level line.
    public var siret: String?
    /// The addressing suffix.
    public var addressingSuffix: String?
    /// The routing code, for a routing-code-level line.
    public var routingCode: DirectoryRoutingCode?
    /// The receiving platform.
    public var platform: DirectoryPlatform?
    /// The company, when included.
    public var legalUnit: DirectoryCompany?
    /// The facility, when included.
    public var facility: DirectoryFacility?
    /// The directory's instance id, when asked for.
    public var idInstance: Int?

    /// A directory line.
    public init(
        addressingIdentifier: String? = nil,
        siren: String? = nil,
        siret: String? = nil,
        addressingSuffix: String? = nil,
        routingCode: DirectoryRoutingCode? = nil,
        platform: DirectoryPlatform? = nil,
        legalUnit: DirectoryCompany? = nil,
        facility: DirectoryFacility? = nil,
        idInstance: Int? = nil
    ) {
        self.addressingIdentifier = addressingIdentifier
        self.siren = siren
        self.siret = siret
        self.addressingSuffix = addressingSuffix
        self.routingCode = routingCode
        self.platform = platform
        self.legalUnit = legalUnit
        self.facility = facility
        self.idInstance = idInstance
    }
}

/// One page of a directory search (`…SearchPost200Response`): the total count and the results.
public struct DirectorySearchResult<Item: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    /// How many results match in all.
    public var totalNumberOfResults: Int?
    /// The results of this page.
    public var results: [Item]

    /// A page.
    public init(totalNumberOfResults: Int?, results: [Item]) {
        self.totalNumberOfResults = totalNumberOfResults
        self.results = results
    }

    enum CodingKeys: String, CodingKey { case totalNumberOfResults, results }

    /// Reads a page; a missing `results` is an empty page.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        totalNumberOfResults = try container.decodeIfPresent(Int.self, forKey: .totalNumberOfResults)
        results = try container.decodeIfPresent([Item].self, forKey: .results) ?? []
    }
}
