// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A Factur-X profile: how much of EN 16931 a CII document carries, named by its
/// specification identifier (BT-24, `ram:GuidelineSpecifiedDocumentContextParameter/ram:ID`).
///
/// Profiles are ordered by richness, MINIMUM < BASIC WL < BASIC < EN 16931 < EXTENDED <
/// EXTENDED-CTC-FR; ``includes(_:)`` tells whether one profile can carry everything another can.
///
/// ```swift
/// let profile = FacturXProfile(guidelineID: "urn:cen.eu:en16931:2017")   // .en16931
/// profile?.includes(.basic)                                              // true
/// ```
public struct FacturXProfile: Sendable, Hashable {
    private enum Level: Int, Hashable, Sendable, CaseIterable {
        case minimum = 0
        case basicWL
        case basic
        case en16931
        case extended
        case extendedCTCFR
    }

    private let level: Level

    private init(_ level: Level) { self.level = level }

    /// MINIMUM: header data only (buyer reference, parties, totals), no lines. Not an EN 16931
    /// invoice; in France accepted only inside a Factur-X PDF as a complement.
    public static let minimum = FacturXProfile(.minimum)
    /// BASIC WL ("without lines"): header, VAT breakdown, allowances and charges, payment data.
    public static let basicWL = FacturXProfile(.basicWL)
    /// BASIC: BASIC WL plus simple invoice lines (a subset of EN 16931).
    public static let basic = FacturXProfile(.basic)
    /// EN 16931 (COMFORT): the complete EN 16931 semantic model.
    public static let en16931 = FacturXProfile(.en16931)
    /// EXTENDED: EN 16931 plus Factur-X extensions (conformant, not compliant, to EN 16931).
    public static let extended = FacturXProfile(.extended)
    /// EXTENDED-CTC-FR: the French e-invoicing reform profile, CII D22B (pure XML, no PDF).
    public static let extendedCTCFR = FacturXProfile(.extendedCTCFR)

    /// Every profile, from the poorest to the richest.
    public static let allProfiles: [FacturXProfile] = Level.allCases.map(FacturXProfile.init)

    /// The canonical specification identifier written in BT-24 for this profile.
    public var guidelineID: String {
        switch level {
        case .minimum: "urn:factur-x.eu:1p0:minimum"
        case .basicWL: "urn:factur-x.eu:1p0:basicwl"
        case .basic: "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic"
        case .en16931: "urn:cen.eu:en16931:2017"
        case .extended: "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended"
        case .extendedCTCFR: "urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr"
        }
    }

    /// A short, stable, lowercase name (`minimum`, `basicwl`, `basic`, `en16931`, `extended`,
    /// `extended-ctc-fr`), used by `Codable`.
    public var name: String {
        switch level {
        case .minimum: "minimum"
        case .basicWL: "basicwl"
        case .basic: "basic"
        case .en16931: "en16931"
        case .extended: "extended"
        case .extendedCTCFR: "extended-ctc-fr"
        }
    }

    /// Whether documents of this profile are EN 16931 invoices (MINIMUM and BASIC WL are not).
    public var isEN16931Compliant: Bool {
        level.rawValue >= Level.basic.rawValue
    }

    /// Whether the profile carries invoice lines (BG-25); MINIMUM and BASIC WL do not.
    public var carriesLines: Bool {
        level.rawValue >= Level.basic.rawValue
    }

    /// Whether this profile can carry everything `other` can (it is `other` or richer).
    public func includes(_ other: FacturXProfile) -> Bool {
        level.rawValue >= other.level.rawValue
    }

    /// The path of the profile's XSD inside a conformance-style schema directory: the Factur-X
    /// 1.09 XSDs for MINIMUM to EXTENDED, UN/CEFACT CII D22B (uncoupled) for EXTENDED-CTC-FR.
    public var xsdRelativePath: String {
        switch level {
        case .minimum: "facturx-1.09/minimum/Factur-X_MINIMUM.xsd"
        case .basicWL: "facturx-1.09/basicwl/Factur-X_BASICWL.xsd"
        case .basic: "facturx-1.09/basic/Factur-X_BASIC.xsd"
        case .en16931: "facturx-1.09/en16931/Factur-X_EN16931.xsd"
        case .extended: "facturx-1.09/extended/Factur-X_EXTENDED.xsd"
        case .extendedCTCFR: "cii-d22b/CrossIndustryInvoice_100pD22B.xsd"
        }
    }

    /// Recognises a specification identifier (BT-24) and returns its profile, or `nil` when the
    /// identifier names no Factur-X profile.
    ///
    /// Besides the canonical Factur-X 1.0 identifiers, this accepts the ZUGFeRD 2.x identifiers
    /// (`urn:zugferd.de:2p0:…`), the 2017 form used by the first Factur-X examples
    /// (`urn:cen.eu:en16931:2017:compliant:factur-x.eu:1p0:basic`), XRechnung CIUS identifiers
    /// (`urn:cen.eu:en16931:2017#compliant#urn:xoev-de:kosit:standard:xrechnung_…` and
    /// `…#compliant#urn:xeinkauf.de:kosit:xrechnung_…`, mapped to ``en16931``: XRechnung CII has
    /// the EN 16931 structure). Other CIUS identifiers (such as Peppol BIS) and ZUGFeRD 1.0
    /// identifiers (`urn:ferd:…`) name no Factur-X profile and give `nil`, since writing them in
    /// a Factur-X document would fail its profile Schematron. Surrounding whitespace is ignored.
    public init?(guidelineID: String) {
        let id = guidelineID.trimmingWhitespace()
        if let level = Self.exactIDs[id] {
            self.init(level)
            return
        }
        let lower = id.lowercased()
        if lower.hasSuffix("extended-ctc-fr") && lower.hasPrefix("urn:cen.eu:en16931:2017") {
            self.init(.extendedCTCFR)
        } else if lower.hasPrefix("urn:cen.eu:en16931:2017#compliant#urn:xoev-de:kosit:standard:xrechnung")
            || lower.hasPrefix("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung")
        {
            self.init(.en16931)
        } else if lower.hasPrefix("urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended")
            || lower.hasPrefix("urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended")
        {
            self.init(.extended)
        } else {
            return nil
        }
    }

    private static let exactIDs: [String: Level] = [
        "urn:factur-x.eu:1p0:minimum": .minimum,
        "urn:zugferd.de:2p0:minimum": .minimum,
        "urn:factur-x.eu:1p0:basicwl": .basicWL,
        "urn:zugferd.de:2p0:basicwl": .basicWL,
        "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic": .basic,
        "urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:basic": .basic,
        "urn:cen.eu:en16931:2017:compliant:factur-x.eu:1p0:basic": .basic,
        "urn:cen.eu:en16931:2017": .en16931,
        "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:en16931": .en16931,
        "urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:en16931": .en16931,
        "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended": .extended,
        "urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended": .extended,
        "urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr": .extendedCTCFR,
        "urn:cen.eu:en16931:2017#conformant#urn:cpro.gouv.fr:1p0:extended-ctc-fr": .extendedCTCFR,
    ]
}

extension FacturXProfile: CustomStringConvertible {
    /// The profile's display name, as in Factur-X XMP metadata (`MINIMUM`, `BASIC WL`, `BASIC`,
    /// `EN 16931`, `EXTENDED`), or `EXTENDED-CTC-FR`.
    public var description: String {
        switch level {
        case .minimum: "MINIMUM"
        case .basicWL: "BASIC WL"
        case .basic: "BASIC"
        case .en16931: "EN 16931"
        case .extended: "EXTENDED"
        case .extendedCTCFR: "EXTENDED-CTC-FR"
        }
    }
}

extension FacturXProfile: Codable {
    /// Decodes a profile from its ``name`` (or, leniently, its guideline identifier).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        if let profile = FacturXProfile.allProfiles.first(where: { $0.name == text })
            ?? FacturXProfile(guidelineID: text)
        {
            self = profile
        } else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Unknown Factur-X profile \"\(text)\""
            )
        }
    }

    /// Encodes the profile as its ``name``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}

extension String {
    /// The string without leading and trailing ASCII whitespace (no Foundation).
    fileprivate func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }),
            let end = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[start...end])
    }
}
