// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A structure (a public buyer, an establishment) found by `rechercherStructure`.
public struct ChorusProStructureSummary: Sendable, Hashable, Decodable {
    /// Chorus Pro's id of the structure (`idStructureCPP`), the key of the other structure operations.
    public var structureID: Int
    /// Its identifier, a SIRET for French public buyers (`identifiantStructure`).
    public var identifier: String
    /// The identifier's type (`typeIdentifiantStructure`): `SIRET`, `UE_HORS_FRANCE`…
    public var identifierType: String?
    /// Its name (`designationStructure`).
    public var name: String?

    /// A summary.
    public init(structureID: Int, identifier: String, identifierType: String? = "SIRET", name: String? = nil) {
        self.structureID = structureID
        self.identifier = identifier
        self.identifierType = identifierType
        self.name = name
    }

    private enum CodingKeys: String, CodingKey {
        case structureID = "idStructureCPP", identifier = "identifiantStructure"
        case identifierType = "typeIdentifiantStructure", name = "designationStructure"
    }
}

/// What a structure requires on the invoices it receives (`parametres` of `consulterStructure`).
public struct ChorusProStructureRequirements: Sendable, Hashable, Decodable {
    /// A service code must be given (`codeServiceDoitEtreRenseigne`); FactureKit writes it as BT-10 BuyerReference.
    public var serviceCodeRequired: Bool
    /// A legal commitment number must be given (`numeroEJDoitEtreRenseigne`); FactureKit writes it as BT-13 (the
    /// purchase order reference, `BuyerOrderReferencedDocument`).
    public var commitmentNumberRequired: Bool
    /// A commitment number or a service code must be given (`gestionNumeroEJOuCodeService`).
    public var commitmentNumberOrServiceCodeRequired: Bool
    /// The structure reports payment (`gestionStatutMiseEnPaiement`).
    public var reportsPayment: Bool

    /// Requirements.
    public init(
        serviceCodeRequired: Bool = false,
        commitmentNumberRequired: Bool = false,
        commitmentNumberOrServiceCodeRequired: Bool = false,
        reportsPayment: Bool = false
    ) {
        self.serviceCodeRequired = serviceCodeRequired
        self.commitmentNumberRequired = commitmentNumberRequired
        self.commitmentNumberOrServiceCodeRequired = commitmentNumberOrServiceCodeRequired
        self.reportsPayment = reportsPayment
    }

    private enum CodingKeys: String, CodingKey {
        case serviceCodeRequired = "codeServiceDoitEtreRenseigne"
        case commitmentNumberRequired = "numeroEJDoitEtreRenseigne"
        case commitmentNumberOrServiceCodeRequired = "gestionNumeroEJOuCodeService"
        case reportsPayment = "gestionStatutMiseEnPaiement"
    }

    /// Reads the Chorus Pro JSON; a missing flag is `false`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        serviceCodeRequired = try container.decodeIfPresent(Bool.self, forKey: .serviceCodeRequired) ?? false
        commitmentNumberRequired = try container.decodeIfPresent(Bool.self, forKey: .commitmentNumberRequired) ?? false
        commitmentNumberOrServiceCodeRequired =
            try container.decodeIfPresent(Bool.self, forKey: .commitmentNumberOrServiceCodeRequired) ?? false
        reportsPayment = try container.decodeIfPresent(Bool.self, forKey: .reportsPayment) ?? false
    }
}

/// A structure in detail (`consulterStructure`, `POST /structures/v1/consulter`).
public struct ChorusProStructure: Sendable, Hashable, Decodable {
    /// Chorus Pro's id (`idStructureCPP`).
    public var structureID: Int
    /// Its identifier (`identifiantStructure`).
    public var identifier: String?
    /// Its legal name (`raisonSociale`).
    public var name: String?
    /// What it requires on invoices (`parametres`).
    public var requirements: ChorusProStructureRequirements

    /// A structure.
    public init(structureID: Int, identifier: String?, name: String?, requirements: ChorusProStructureRequirements) {
        self.structureID = structureID
        self.identifier = identifier
        self.name = name
        self.requirements = requirements
    }

    private enum CodingKeys: String, CodingKey {
        case structureID = "idStructureCPP", identifier = "identifiantStructure", name = "raisonSociale"
        case requirements = "parametres"
    }

    /// Reads the Chorus Pro JSON; missing `parametres` mean no requirement.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        structureID = try container.decode(Int.self, forKey: .structureID)
        identifier = try container.decodeIfPresent(String.self, forKey: .identifier)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        requirements =
            try container.decodeIfPresent(ChorusProStructureRequirements.self, forKey: .requirements)
            ?? ChorusProStructureRequirements()
    }
}

/// A service of a structure (`rechercherServicesStructure`, `POST /structures/v1/rechercher/services`).
public struct ChorusProService: Sendable, Hashable, Decodable {
    /// Chorus Pro's id of the service (`idService`).
    public var serviceID: Int
    /// Its code, the one put on invoices (`codeService`).
    public var code: String
    /// Its name (`libelleService`).
    public var name: String?
    /// Whether it accepts invoices (`estActif`).
    public var isActive: Bool

    /// A service.
    public init(serviceID: Int, code: String, name: String? = nil, isActive: Bool = true) {
        self.serviceID = serviceID
        self.code = code
        self.name = name
        self.isActive = isActive
    }

    private enum CodingKeys: String, CodingKey {
        case serviceID = "idService", code = "codeService", name = "libelleService", isActive = "estActif"
    }

    /// Reads the Chorus Pro JSON; a missing `estActif` is `true`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        serviceID = try container.decode(Int.self, forKey: .serviceID)
        code = try container.decode(String.self, forKey: .code)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        isActive = try container.decodeIfPresent(Bool.self, forKey: .isActive) ?? true
    }
}

/// A legal commitment (engagement juridique) of a structure (`rechercherEngagementJuridique`,
/// `POST /engagementsJuridiques/v1/rechercher`).
public struct ChorusProLegalCommitment: Sendable, Hashable, Decodable {
    /// The commitment number, the one put on invoices (`numeroEngagement`).
    public var number: String
    /// Chorus Pro's id of the structure it belongs to (`idStructure`).
    public var structureID: Int?
    /// Its label (`libelleEngagement`).
    public var label: String?
    /// Whether invoices may still refer to it (`estActif`).
    public var isActive: Bool

    /// A commitment.
    public init(number: String, structureID: Int? = nil, label: String? = nil, isActive: Bool = true) {
        self.number = number
        self.structureID = structureID
        self.label = label
        self.isActive = isActive
    }

    private enum CodingKeys: String, CodingKey {
        case number = "numeroEngagement", structureID = "idStructure", label = "libelleEngagement"
        case isActive = "estActif"
    }

    /// Reads the Chorus Pro JSON; a missing `estActif` is `true`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decode(String.self, forKey: .number)
        structureID = try container.decodeIfPresent(Int.self, forKey: .structureID)
        label = try container.decodeIfPresent(String.self, forKey: .label)
        isActive = try container.decodeIfPresent(Bool.self, forKey: .isActive) ?? true
    }
}
