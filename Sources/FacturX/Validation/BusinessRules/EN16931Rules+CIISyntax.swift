// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension EN16931Rules {
    /// The CII syntax-binding rules of the CEN artefacts: CII-SR (structure) and CII-DT (data types).
    static let ciiSyntax: [BusinessRule] = EN16931CIISyntax.rules
}
