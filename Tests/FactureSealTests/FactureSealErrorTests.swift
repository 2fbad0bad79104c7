// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureSeal
import Testing

@Suite("FactureSealError")
struct FactureSealErrorTests {
    @Test("errors compare by code and match their code in a catch pattern")
    func comparesByCode() {
        let error = FactureSealError(code: .malformedSeal, message: "not a CMS structure")
        #expect(error == FactureSealError(code: .malformedSeal, message: "another message"))
        #expect(error != FactureSealError(code: .invalidKey, message: "not a CMS structure"))
        #expect(FactureSealError.Code.malformedSeal ~= error)
        #expect(!(FactureSealError.Code.invalidKey ~= error))
        #expect(error.description == "malformedSeal: not a CMS structure")
    }
}
