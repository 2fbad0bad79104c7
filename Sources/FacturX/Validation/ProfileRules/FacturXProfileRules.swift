// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The Factur-X 1.09 profile Schematron rules (FNFE-MPE/FeRD), in native Swift, per profile (CII only).
///
/// Each profile's Schematron checks three things, all reproduced here:
/// - its structure (the children each element must or may carry, required attributes), reported as
///   `STRUCT:` followed by the element or attribute the official message quotes;
/// - its code lists (``FacturXCodeLists``), reported as `CODE:` followed by the element or attribute;
/// - business rules: EN 16931 rules restated for the profile (`BR-*`, `BR-CO-*`, …) and Factur-X ones
///   (`BR-FX-*`, `PEPPOL-EN16931-R008`, …), reported under their official identifiers.
///
/// The rules a profile states exactly as the CEN artefact does are taken from ``EN16931Rules``.
enum FacturXProfileRules {
    /// The rules of a profile; empty for a profile without its own Schematron (EXTENDED-CTC-FR).
    static func rules(for profile: FacturXProfile) -> [BusinessRule] {
        switch profile {
        case .minimum: minimumRules
        case .basicWL: basicWLRules
        case .basic: basicRules
        case .en16931: en16931Rules
        case .extended: extendedRules
        default: []
        }
    }

    private static let minimumRules = assemble(
        FacturXStructureTables.minimum,
        cen: cenRulesOfMinimum,
        recontexted: recontextedOfMinimum,
        own: FacturXProfileBusinessRules.minimum
    )
    private static let basicWLRules = assemble(
        FacturXStructureTables.basicWL,
        cen: cenRulesOfBasicWL,
        recontexted: recontextedOfBasicWL,
        own: FacturXProfileBusinessRules.basicWL
    )
    private static let basicRules = assemble(
        FacturXStructureTables.basic,
        cen: cenRulesOfBasic,
        recontexted: recontextedOfBasic,
        own: FacturXProfileBusinessRules.basic
    )
    private static let en16931Rules = assemble(
        FacturXStructureTables.en16931,
        cen: cenRulesOfEn16931,
        recontexted: recontextedOfEn16931,
        own: FacturXProfileBusinessRules.en16931
    )
    private static let extendedRules = assemble(
        FacturXStructureTables.extended,
        cen: cenRulesOfExtended,
        recontexted: recontextedOfExtended,
        own: FacturXProfileBusinessRules.extended
    )

    /// A profile's rules: its structure and code-list checks, the CEN rules it restates unchanged, its own rules.
    private static func assemble(
        _ table: String,
        cen: Set<String>,
        recontexted list: [(id: String, context: VATContext)],
        own: [BusinessRule]
    ) -> [BusinessRule] {
        structureRules(FacturXStructure(table: table))
            + EN16931Rules.cii.filter { cen.contains($0.id) }.map(withProfileSeverity) + recontexted(list) + own
    }

    /// The rules CEN flags as warnings and the profile Schematron states without a flag (fatal).
    static let fatalInProfiles: Set<String> = ["CII-SR-465", "CII-SR-466"]

    /// A CEN rule with the profile's severity.
    private static func withProfileSeverity(_ rule: BusinessRule) -> BusinessRule {
        guard fatalInProfiles.contains(rule.id), rule.severity != .fatal else { return rule }
        return rule.withSeverity(.fatal)
    }

    /// One rule per identifier the structure checks report: the document is checked once, and each rule
    /// reports the elements failing its identifier's checks.
    static func structureRules(_ structure: FacturXStructure) -> [BusinessRule] {
        let memoKey = RuleMemoKey()
        let batch = RuleBatch { document in
            document.memoized(memoKey) { structure.failures(in: document) }
        }
        return structure.identifiers.enumerated().map { position, identifier in
            BusinessRule(identifier.id, .fatal, message: identifier.message, in: batch, at: position) { _, _ in false }
        }
    }
    /// The EN 16931 rules the MINIMUM Schematron states exactly as CEN does (same context, test and flag).
    static let cenRulesOfMinimum: Set<String> = [
        "BR-13", "BR-14", "BR-15", "BR-CO-09", "BR-CO-26", "BR-DEC-12", "BR-DEC-13", "BR-DEC-14", "BR-DEC-18",
        "CII-SR-463", "CII-SR-465", "CII-SR-466",
    ]

    /// The EN 16931 rules the BASICWL Schematron states exactly as CEN does (same context, test and flag).
    static let cenRulesOfBasicWL: Set<String> = [
        "BR-12", "BR-13", "BR-14", "BR-15", "BR-18", "BR-19", "BR-20", "BR-29", "BR-31", "BR-32", "BR-33", "BR-36",
        "BR-37", "BR-38", "BR-49", "BR-50", "BR-51", "BR-53", "BR-61", "BR-62", "BR-63", "BR-CO-05", "BR-CO-06",
        "BR-CO-09", "BR-CO-13", "BR-CO-14", "BR-CO-16", "BR-CO-19", "BR-CO-21", "BR-CO-22", "BR-CO-26", "BR-DEC-01",
        "BR-DEC-02", "BR-DEC-05", "BR-DEC-06", "BR-DEC-09", "BR-DEC-10", "BR-DEC-11", "BR-DEC-12", "BR-DEC-13",
        "BR-DEC-14", "BR-DEC-15", "BR-DEC-16", "BR-DEC-17", "BR-DEC-18", "BR-S-09", "BR-S-10", "BR-Z-09", "BR-Z-10",
        "CII-SR-463", "CII-SR-465", "CII-SR-466",
    ]

    /// The EN 16931 rules the BASIC Schematron states exactly as CEN does (same context, test and flag).
    static let cenRulesOfBasic: Set<String> = [
        "BR-12", "BR-13", "BR-14", "BR-15", "BR-16", "BR-18", "BR-19", "BR-20", "BR-22", "BR-23", "BR-24", "BR-26",
        "BR-27", "BR-28", "BR-29", "BR-30", "BR-31", "BR-32", "BR-33", "BR-36", "BR-37", "BR-38", "BR-41", "BR-42",
        "BR-43", "BR-44", "BR-49", "BR-50", "BR-53", "BR-54", "BR-61", "BR-62", "BR-63", "BR-AE-01", "BR-AF-01",
        "BR-AG-01", "BR-B-01", "BR-B-02", "BR-CO-04", "BR-CO-05", "BR-CO-06", "BR-CO-07", "BR-CO-08", "BR-CO-09",
        "BR-CO-10", "BR-CO-13", "BR-CO-14", "BR-CO-16", "BR-CO-19", "BR-CO-20", "BR-CO-21", "BR-CO-22", "BR-CO-23",
        "BR-CO-24", "BR-CO-26", "BR-DEC-01", "BR-DEC-02", "BR-DEC-05", "BR-DEC-06", "BR-DEC-09", "BR-DEC-10",
        "BR-DEC-11", "BR-DEC-12", "BR-DEC-13", "BR-DEC-14", "BR-DEC-15", "BR-DEC-16", "BR-DEC-17", "BR-DEC-18",
        "BR-DEC-23", "BR-DEC-24", "BR-DEC-25", "BR-DEC-27", "BR-DEC-28", "BR-E-01", "BR-G-01", "BR-IC-01",
        "BR-O-01", "BR-S-01", "BR-S-09", "BR-S-10", "BR-Z-01", "BR-Z-09", "BR-Z-10", "CII-SR-463", "CII-SR-465",
        "CII-SR-466",
    ]

    /// The EN 16931 rules the EN16931 Schematron states exactly as CEN does (same context, test and flag).
    static let cenRulesOfEn16931: Set<String> = [
        "BR-12", "BR-13", "BR-14", "BR-15", "BR-16", "BR-18", "BR-19", "BR-20", "BR-22", "BR-23", "BR-24", "BR-26",
        "BR-27", "BR-28", "BR-29", "BR-30", "BR-31", "BR-32", "BR-33", "BR-36", "BR-37", "BR-38", "BR-41", "BR-42",
        "BR-43", "BR-44", "BR-49", "BR-50", "BR-51", "BR-53", "BR-54", "BR-61", "BR-62", "BR-63", "BR-AE-01",
        "BR-AF-01", "BR-AG-01", "BR-B-01", "BR-B-02", "BR-CO-04", "BR-CO-05", "BR-CO-06", "BR-CO-07", "BR-CO-08",
        "BR-CO-09", "BR-CO-10", "BR-CO-13", "BR-CO-14", "BR-CO-16", "BR-CO-19", "BR-CO-20", "BR-CO-21", "BR-CO-22",
        "BR-CO-23", "BR-CO-24", "BR-CO-26", "BR-DEC-01", "BR-DEC-02", "BR-DEC-05", "BR-DEC-06", "BR-DEC-09",
        "BR-DEC-10", "BR-DEC-11", "BR-DEC-12", "BR-DEC-13", "BR-DEC-14", "BR-DEC-15", "BR-DEC-16", "BR-DEC-17",
        "BR-DEC-18", "BR-DEC-23", "BR-DEC-24", "BR-DEC-25", "BR-DEC-27", "BR-DEC-28", "BR-E-01", "BR-G-01",
        "BR-IC-01", "BR-O-01", "BR-S-01", "BR-S-09", "BR-S-10", "BR-Z-01", "BR-Z-09", "BR-Z-10", "CII-SR-463",
        "CII-SR-465", "CII-SR-466",
    ]

    /// The EN 16931 rules the EXTENDED Schematron states exactly as CEN does (same context, test and flag).
    static let cenRulesOfExtended: Set<String> = [
        "BR-12", "BR-13", "BR-14", "BR-15", "BR-16", "BR-18", "BR-19", "BR-20", "BR-29", "BR-30", "BR-31", "BR-32",
        "BR-33", "BR-36", "BR-37", "BR-41", "BR-42", "BR-43", "BR-49", "BR-50", "BR-51", "BR-53", "BR-61", "BR-62",
        "BR-63", "BR-B-01", "BR-B-02", "BR-CO-05", "BR-CO-07", "BR-CO-09", "BR-CO-14", "BR-CO-19", "BR-CO-20",
        "BR-CO-21", "BR-CO-23", "BR-CO-26", "BR-DEC-01", "BR-DEC-02", "BR-DEC-05", "BR-DEC-06", "BR-DEC-09",
        "BR-DEC-10", "BR-DEC-11", "BR-DEC-12", "BR-DEC-13", "BR-DEC-14", "BR-DEC-15", "BR-DEC-16", "BR-DEC-17",
        "BR-DEC-18", "BR-DEC-23", "BR-DEC-24", "BR-DEC-25", "BR-DEC-27", "BR-DEC-28", "BR-Z-09", "CII-DT-097",
        "CII-SR-463", "CII-SR-465", "CII-SR-466",
    ]
}
