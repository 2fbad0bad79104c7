// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The verdicts of the official `EXTENDED-CTC-FR-CII.xslt` (FNFE-MPE France_RFE 1.4.0), run by Saxon-HE on every
/// CII invoice of the CEN unit tests (`conformance/en16931/unit-tests`): one line a test,
/// `file index | fatal identifiers | warning identifiers`, sorted; `ERROR` where the artefact stops with a dynamic
/// error (a cast of several values).
enum ExtendedCTCFRCIIVerdicts {
    /// The table.
    static let table = """
        cii/BR-CO-15-2.xml 1 | BR-01 BR-02 BR-03 BR-04 BR-06 BR-07 BR-08 BR-09 BR-10 BR-11 BR-12 BR-16 BR-CO-14 BR-CO-25 BR-FREXT-CO-10 BR-FREXT-CO-13 CII-DT-031 |
        cii/BR-CO-15-2.xml 2 | BR-01 BR-02 BR-03 BR-04 BR-06 BR-07 BR-08 BR-09 BR-10 BR-11 BR-12 BR-16 BR-CO-14 BR-CO-25 BR-FREXT-CO-10 BR-FREXT-CO-13 BR-FREXT-CO-15 CII-DT-031 |
        cii/BR-CO-15-2.xml 3 | BR-01 BR-02 BR-03 BR-04 BR-06 BR-07 BR-08 BR-09 BR-10 BR-11 BR-12 BR-16 BR-CO-25 BR-FREXT-CO-10 BR-FREXT-CO-13 BR-FREXT-CO-15 CII-DT-031 |
        cii/BR-CO-15-2.xml 4 | ERROR
        cii/BR-CO-17.xml 1 | BR-01 BR-02 BR-03 BR-04 BR-05 BR-06 BR-07 BR-08 BR-09 BR-10 BR-11 BR-16 BR-FREXT-S-01 BR-FXEXT-S-08 BR-FXEXT-S-09 | BR-FXEXT-S-08ini BR-FXEXT-S-08rev
        cii/BR-CO-17.xml 2 | BR-01 BR-02 BR-03 BR-04 BR-05 BR-06 BR-07 BR-08 BR-09 BR-10 BR-11 BR-16 BR-FREXT-S-01 BR-FXEXT-S-08 BR-FXEXT-S-09 | BR-FXEXT-S-08ini BR-FXEXT-S-08rev
        cii/BR-CO-17.xml 3 | BR-01 BR-02 BR-03 BR-04 BR-05 BR-06 BR-07 BR-08 BR-09 BR-10 BR-11 BR-16 BR-FREXT-S-01 BR-FXEXT-S-08 BR-FXEXT-S-09 | BR-FXEXT-S-08ini BR-FXEXT-S-08rev
        cii/BR-CO-17.xml 4 | BR-01 BR-02 BR-03 BR-04 BR-05 BR-06 BR-07 BR-08 BR-09 BR-10 BR-11 BR-16 BR-FREXT-S-01 BR-FXEXT-S-08 BR-FXEXT-S-09 | BR-FXEXT-S-08ini BR-FXEXT-S-08rev
        cii/BR-CO-17.xml 5 | BR-01 BR-02 BR-03 BR-04 BR-05 BR-06 BR-07 BR-08 BR-09 BR-10 BR-11 BR-16 BR-FREXT-S-01 BR-FXEXT-S-08 BR-FXEXT-S-09 | BR-FXEXT-S-08ini BR-FXEXT-S-08rev
        """
}
