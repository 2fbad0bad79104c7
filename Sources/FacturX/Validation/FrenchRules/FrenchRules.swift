// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The French e-invoicing rules (BR-FR, Flux 2), in native Swift, per syntax.
enum FrenchRules {
    /// The rules for CII (also the `factur-x.xml` of a Factur-X PDF).
    static let cii: [BusinessRule] = []
    /// The rules for UBL Invoice and CreditNote.
    static let ubl: [BusinessRule] = []

    /// The rules for a syntax.
    static func rules(isUBL: Bool) -> [BusinessRule] {
        isUBL ? ubl : cii
    }
}
