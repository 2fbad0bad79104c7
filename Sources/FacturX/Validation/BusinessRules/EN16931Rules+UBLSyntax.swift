// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension EN16931Rules {
    /// The UBL syntax-binding rules of the CEN artefacts: UBL-SR, UBL-DT and UBL-CR.
    static let ublSyntax: [BusinessRule] = []
}
