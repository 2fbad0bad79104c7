// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureModel

/// The status of an invoice in Chorus Pro (`statutFacture`, `statut`), kept as Chorus Pro wrote it so that a
/// status this version does not know survives a round trip.
///
/// ``lifecycleStatus`` maps it to the reform's lifecycle status (XP Z12-012 codes 200…213):
///
/// | Chorus Pro | Lifecycle status |
/// |---|---|
/// | `DEPOSEE` | 200 submitted (Déposée) |
/// | `EN_COURS_ACHEMINEMENT` | 201 issued (Émise) |
/// | `MISE_A_DISPOSITION` | 203 made available (Mise à disposition) |
/// | `MISE_A_DISPOSITION_COMPTABLE`, `PRISE_EN_COMPTE_DESTINATAIRE` | 204 in hand (Prise en charge) |
/// | `A_VALIDER_1`, `A_VALIDER_2` | 204 in hand |
/// | `SERVICE_FAIT`, `MANDATEE`, `COMPTABILISEE`, `VALIDEE_1`, `VALIDEE_2` | 205 approved (Approuvée) |
/// | `SUSPENDUE` | 208 suspended (Suspendue) |
/// | `COMPLETEE` | 209 completed (Complétée) |
/// | `REJETEE`, `REFUSEE_1`, `REFUSEE_2` | 210 refused (Refusée) |
/// | `MISE_EN_PAIEMENT` | 211 payment sent (Paiement transmis) |
/// | `A_RECYCLER`, `ANNULEE`, `AFFACTUREE`, anything else | `nil` (no lifecycle equivalent) |
///
/// `A_RECYCLER` (the routing data must be corrected with `recycler`) is not mapped to 213 rejected: the invoice is
/// not refused, it waits for the supplier. A `nil` mapping means "look at ``rawValue``".
public struct ChorusProInvoiceStatus: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The status as Chorus Pro writes it (`MISE_A_DISPOSITION`).
    public var rawValue: String

    /// A status.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Reads the bare string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Writes the bare string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The raw value.
    public var description: String { rawValue }

    /// Deposited (`DEPOSEE`).
    public static let deposited = ChorusProInvoiceStatus(rawValue: "DEPOSEE")
    /// Being routed (`EN_COURS_ACHEMINEMENT`).
    public static let inTransit = ChorusProInvoiceStatus(rawValue: "EN_COURS_ACHEMINEMENT")
    /// Made available to the recipient (`MISE_A_DISPOSITION`).
    public static let madeAvailable = ChorusProInvoiceStatus(rawValue: "MISE_A_DISPOSITION")
    /// Made available to the accountant (`MISE_A_DISPOSITION_COMPTABLE`).
    public static let madeAvailableToAccountant = ChorusProInvoiceStatus(rawValue: "MISE_A_DISPOSITION_COMPTABLE")
    /// Taken into account by the recipient (`PRISE_EN_COMPTE_DESTINATAIRE`).
    public static let takenIntoAccount = ChorusProInvoiceStatus(rawValue: "PRISE_EN_COMPTE_DESTINATAIRE")
    /// Service declared done (`SERVICE_FAIT`).
    public static let serviceDone = ChorusProInvoiceStatus(rawValue: "SERVICE_FAIT")
    /// Payment ordered (`MANDATEE`).
    public static let mandated = ChorusProInvoiceStatus(rawValue: "MANDATEE")
    /// Booked (`COMPTABILISEE`).
    public static let booked = ChorusProInvoiceStatus(rawValue: "COMPTABILISEE")
    /// Payment sent (`MISE_EN_PAIEMENT`).
    public static let paymentSent = ChorusProInvoiceStatus(rawValue: "MISE_EN_PAIEMENT")
    /// Suspended, waiting for the supplier to complete it (`SUSPENDUE`).
    public static let suspended = ChorusProInvoiceStatus(rawValue: "SUSPENDUE")
    /// Completed by the supplier after a suspension (`COMPLETEE`).
    public static let completed = ChorusProInvoiceStatus(rawValue: "COMPLETEE")
    /// Refused by the recipient (`REJETEE`).
    public static let refused = ChorusProInvoiceStatus(rawValue: "REJETEE")
    /// Routing data to correct with `recycler` (`A_RECYCLER`).
    public static let toRecycle = ChorusProInvoiceStatus(rawValue: "A_RECYCLER")
    /// Cancelled (`ANNULEE`).
    public static let cancelled = ChorusProInvoiceStatus(rawValue: "ANNULEE")

    /// The lifecycle status this Chorus Pro status corresponds to (see the table above), or `nil` when there is
    /// none or the status is unknown.
    public var lifecycleStatus: LifecycleStatus? {
        switch rawValue {
        case "DEPOSEE": .submitted
        case "EN_COURS_ACHEMINEMENT": .issued
        case "MISE_A_DISPOSITION": .madeAvailable
        case "MISE_A_DISPOSITION_COMPTABLE", "PRISE_EN_COMPTE_DESTINATAIRE", "A_VALIDER_1", "A_VALIDER_2": .inHand
        case "SERVICE_FAIT", "MANDATEE", "COMPTABILISEE", "VALIDEE_1", "VALIDEE_2": .approved
        case "SUSPENDUE": .suspended
        case "COMPLETEE": .completed
        case "REJETEE", "REFUSEE_1", "REFUSEE_2": .refused
        case "MISE_EN_PAIEMENT": .paymentSent
        default: nil
        }
    }
}

/// The processing state of a deposited flux (`etatCourantDepotFlux` of `consulterCR`).
public struct ChorusProFluxState: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The state as Chorus Pro writes it (`IN_INTEGRE`).
    public var rawValue: String

    /// A state.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Reads the bare string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Writes the bare string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The raw value.
    public var description: String { rawValue }

    /// Received, not yet looked at (`IN_DEPOSE`).
    public static let deposited = ChorusProFluxState(rawValue: "IN_DEPOSE")
    /// Waiting for processing (`IN_EN_ATTENTE_TRAITEMENT`).
    public static let waiting = ChorusProFluxState(rawValue: "IN_EN_ATTENTE_TRAITEMENT")
    /// Being processed (`IN_EN_COURS_TRAITEMENT`).
    public static let processing = ChorusProFluxState(rawValue: "IN_EN_COURS_TRAITEMENT")
    /// Integrated: its invoices exist in Chorus Pro (`IN_INTEGRE`).
    public static let integrated = ChorusProFluxState(rawValue: "IN_INTEGRE")
    /// Partly integrated: some invoices were rejected (`IN_INTEGRE_PARTIEL`).
    public static let partiallyIntegrated = ChorusProFluxState(rawValue: "IN_INTEGRE_PARTIEL")
    /// Rejected (`IN_REJETE`); `consulterCRDetaille` lists why.
    public static let rejected = ChorusProFluxState(rawValue: "IN_REJETE")
    /// Stuck on an incident at Chorus Pro (`IN_INCIDENTE`).
    public static let incident = ChorusProFluxState(rawValue: "IN_INCIDENTE")

    /// Whether processing is over (integrated, partly integrated or rejected).
    public var isFinal: Bool { self == .integrated || self == .partiallyIntegrated || self == .rejected }
}

/// The syntax of a deposited flux (`syntaxeFlux`), as `recupererFormatFlux` lists them.
public struct ChorusProFluxSyntax: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The syntax code (`IN_DP_E2_CII_FACTURX`).
    public var rawValue: String

    /// A syntax.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Reads the bare string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Writes the bare string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The raw value.
    public var description: String { rawValue }

    /// A Factur-X PDF/A-3 with its CII XML (`IN_DP_E2_CII_FACTURX`).
    public static let facturX = ChorusProFluxSyntax(rawValue: "IN_DP_E2_CII_FACTURX")
    /// A CII D16B XML invoice (`IN_DP_E1_CII_16B`).
    public static let cii16B = ChorusProFluxSyntax(rawValue: "IN_DP_E1_CII_16B")
    /// A UBL 2.1 XML invoice (`IN_DP_E1_UBL_INVOICE`).
    public static let ublInvoice = ChorusProFluxSyntax(rawValue: "IN_DP_E1_UBL_INVOICE")
}
