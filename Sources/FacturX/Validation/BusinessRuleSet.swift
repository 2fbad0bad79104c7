// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A family of business rules, as one official artefact publishes them.
///
/// A French platform checks an invoice against several artefacts in turn; each violation in a
/// ``ValidationReport`` names the set its rule belongs to, so a caller can tell a CEN verdict
/// from a French one even where two artefacts share a rule identifier.
///
/// ```swift
/// let validator = InvoiceValidator(ruleSets: [.en16931, .frenchCTC])
/// ```
public struct BusinessRuleSet: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A short, stable name: `en16931`, `facturx-profile`, `br-fr`, `facturekit`.
    public let name: String

    private init(_ name: String) {
        self.name = name
    }

    /// The EN 16931 rules as the CEN validation artefacts (release 1.3.16) state them: BR, BR-CO,
    /// BR-DEC, the VAT category families, the code lists (BR-CL) and the syntax-binding rules
    /// (CII-SR, CII-DT; UBL-SR, UBL-DT, UBL-CR).
    ///
    /// As the official validation applies them: not to MINIMUM and BASIC WL invoices, which are
    /// not EN 16931 invoices; and to an EXTENDED-CTC-FR invoice as the EXTENDED-CTC-FR artefacts
    /// (FNFE-MPE France_RFE 1.4.0) restate them, which replace the CEN ones for that profile.
    public static let en16931 = BusinessRuleSet("en16931")

    /// The Factur-X 1.09 Schematron (FNFE-MPE and FeRD) of the profile a CII document declares in
    /// its specification identifier (BT-24): the elements and code lists that profile allows and
    /// the EN 16931 rules as the profile restates them. Not applied to UBL, nor to a CII document
    /// whose profile is unknown or is XRechnung (no Factur-X profile, no profile Schematron).
    public static let facturXProfile = BusinessRuleSet("facturx-profile")

    /// The French e-invoicing rules (BR-FR, "Flux 2" of the 2026 reform), for CII and UBL.
    public static let frenchCTC = BusinessRuleSet("br-fr")

    /// FactureKit's own checks where the official artefacts are blind (a 31 February issue date,
    /// a VAT identifier or SIREN whose check digits are wrong, an IBAN failing mod 97): rule
    /// identifiers `FK-…`, never a change to an official verdict.
    public static let factureKit = BusinessRuleSet("facturekit")

    /// The rule sets of the official artefacts, in the order a French platform applies them: what
    /// decides whether an invoice is compliant.
    public static let official: [BusinessRuleSet] = [.en16931, .facturXProfile, .frenchCTC]

    /// Every rule set: the official ones, then FactureKit's own.
    public static let all: [BusinessRuleSet] = official + [.factureKit]

    /// The rule set with this ``name``, or `nil`.
    public init?(name: String) {
        guard let known = Self.all.first(where: { $0.name == name }) else { return nil }
        self = known
    }

    /// The ``name``.
    public var description: String { name }

    /// Decodes a rule set from its name.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let ruleSet = BusinessRuleSet(name: name) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown rule set '\(name)'")
        }
        self = ruleSet
    }

    /// Encodes the rule set as its name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
