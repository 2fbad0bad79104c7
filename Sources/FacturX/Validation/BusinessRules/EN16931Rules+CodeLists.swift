// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension EN16931Rules {
    /// The code-list rules (BR-CL) of the CEN artefacts for a syntax.
    static func codeListRules(_ b: RuleBinding) -> [BusinessRule] {
        []
    }
}
