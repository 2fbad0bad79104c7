// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The EXTENDED-CTC-FR profile Schematron (FNFE-MPE France_RFE 1.4.0, `EXTENDED-CTC-FR-CII` and
/// `EXTENDED-CTC-FR-UBL`), in native Swift.
///
/// For an invoice of the EXTENDED-CTC-FR profile these artefacts replace the CEN EN 16931 artefacts:
/// they restate most CEN rules, relax those the French extended profile allows (several VAT rates per
/// category, sub-lines, more elements), and add the `BR-FREXT-*`, `BR-FXEXT-*` and `*-FREXT-*` rules.
/// Rules stated exactly as CEN states them are taken from ``EN16931Rules``.
enum ExtendedCTCFRRules {
    /// The rules for a syntax.
    static func rules(isUBL: Bool) -> [BusinessRule] {
        isUBL ? ubl : cii
    }
}
