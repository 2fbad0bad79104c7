// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

/// What we write must keep the verdict of what we read: the same EN 16931 rules fail (or none),
/// and the output is XSD-valid wherever the source was.
@Suite("Written invoices keep their source's verdict")
struct RoundTripVerdictTests {
    /// Every XML sample that is a CII or UBL invoice, as paths below `shared`.
    static let samples = InvoiceSamples.paths()

    /// Samples whose EXTENDED sub-line groups the model cannot carry yet.
    static let modelDropsSubLines: Set<String> = [
        "conformance/samples/fr-ctc/UC10_F202600004_EXTENDED_FX_CII_Commentee.xml",
        "conformance/samples/fr-ctc/UC11_F202600022_EXTENDED_FX_CII_BT-X-589Only_on_GROUP_Line.xml",
    ]

    @Test("there are CII and UBL samples to check")
    func samplesFound() {
        #expect(Self.samples.count >= 45, "found \(Self.samples.count)")
    }

    @Test(
        "written in its own syntax and profile, a sample fails exactly the rules its source fails",
        arguments: samples
    )
    func sameVerdict(relativePath: String) throws {
        let source = try [UInt8](SharedFixtures.data(relativePath))
        let schemas = try SharedFixtures.url("conformance")
        let validator = InvoiceValidator(schemaDirectory: schemas)
        let document = try InvoiceXMLDocument(xmlEncoded: source)
        let written: [UInt8]
        if document.syntax.isUBL {
            written = document.invoice.serializeAsUBL()
        } else {
            written = document.invoice.serializeAsCII(profile: document.profile ?? .en16931)
        }
        let before = try validator.validate(source, file: relativePath)
        let after = try validator.validate(written, file: relativePath + " (written)")
        let rulesBefore = Set(before.failedRuleIDs.filter { $0 != "XSD" })
        let rulesAfter = Set(after.failedRuleIDs.filter { $0 != "XSD" })
        if Self.modelDropsSubLines.contains(relativePath) {
            // EXTENDED multi-seller GROUP sub-lines (ParentLineID …) have no place in the model yet,
            // so the rules those sub-lines break in the source cannot fire on what we write.
            withKnownIssue("the model does not carry EXTENDED sub-line groups") {
                #expect(rulesBefore == rulesAfter)
            }
        } else {
            #expect(
                rulesBefore == rulesAfter,
                "rules: source \(rulesBefore.sorted()) vs written \(rulesAfter.sorted())"
            )
        }
        if !before.failedRuleIDs.contains("XSD") {
            let schemaErrors = after.violations.filter { $0.ruleID == "XSD" }.prefix(3).map(\.message)
            #expect(schemaErrors.isEmpty, "written output is not XSD-valid: \(schemaErrors)")
        }
    }
}
