// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The French e-invoicing rules (BR-FR, Flux 2), in native Swift, per syntax.
///
/// Each rule carries the identifier, flag and text of the FNFE-MPE artefact it reproduces
/// (`BR-FR-Flux2-Schematron-CII` and `-UBL`, V1.4.0, "fatal" variant): the identifiers differ
/// between the two syntaxes, as in the artefacts.
enum FrenchRules {
    /// The rules for CII (also the `factur-x.xml` of a Factur-X PDF).
    static let cii: [BusinessRule] = ciiRules
    /// The rules for UBL Invoice and CreditNote.
    static let ubl: [BusinessRule] = ublRules

    /// The rules for a syntax.
    static func rules(isUBL: Bool) -> [BusinessRule] {
        isUBL ? ubl : cii
    }
}
