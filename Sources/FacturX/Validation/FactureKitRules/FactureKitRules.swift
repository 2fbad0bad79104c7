// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// FactureKit's own rules (`FK-…`), where the official artefacts are blind, per syntax.
enum FactureKitRules {
    /// The rules for CII.
    static let cii: [BusinessRule] = []
    /// The rules for UBL Invoice and CreditNote.
    static let ubl: [BusinessRule] = []

    /// The rules for a syntax.
    static func rules(isUBL: Bool) -> [BusinessRule] {
        isUBL ? ubl : cii
    }
}
