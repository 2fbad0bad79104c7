// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

/// What we write must keep the verdict of what we read: the same fatal rules of every official
/// rule set fail (or none), and the output is XSD-valid wherever the source was.
///
/// Warnings may go: they flag elements EN 16931 says should not be there (CII-SR, UBL-CR) or
/// empty elements (PEPPOL-EN16931-R008), which the model does not carry and the writers do not
/// write.
@Suite("Written invoices keep their source's verdict")
struct RoundTripVerdictTests {
    /// Every XML sample that is a CII or UBL invoice, as paths below `shared`.
    static let samples = InvoiceSamples.paths()

    /// Fatal rules a source fails only because of how it spells something the model holds as a
    /// value, which the writer then spells canonically: the written file passes them.
    static let normalisedBySerialisation: [String: Set<String>] = [
        // Quantities written "100." (a legal xs:decimal with a trailing point): written "100".
        "conformance/samples/cen-en16931/cii/huf_example_cii.xml": ["BR-FR-DEC-02_BT-129", "BR-FR-DEC-02_BT-149"],
        // Line object identifiers (BT-128) without their TypeCode 130: the writer states it.
        "conformance/samples/cen-en16931/cii/XRechnung-O.xml": ["STRUCT:ram:TypeCode"],
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
        // A source whose BT-24 names no Factur-X profile gets none of the profile rules, while
        // what we write declares the profile we wrote.
        let sourceHasProfile = before.guidelineID.flatMap(FacturXProfile.init(guidelineID:)) != nil
        func fatalRules(_ report: ValidationReport) -> Set<String> {
            Set(
                report.violations.filter { violation in
                    violation.severity == .fatal && violation.ruleID != "XSD"
                        && (sourceHasProfile || violation.ruleSet != .facturXProfile)
                }.map(\.ruleID)
            )
        }
        let rulesBefore = fatalRules(before)
        let rulesAfter = fatalRules(after)
        let normalised = Self.normalisedBySerialisation[relativePath] ?? []
        #expect(normalised.isSubset(of: rulesBefore), "the source no longer fails \(normalised.sorted())")
        #expect(normalised.isDisjoint(with: rulesAfter), "the written file still fails \(normalised.sorted())")
        #expect(
            rulesBefore.subtracting(normalised) == rulesAfter,
            "fatal rules: source \(rulesBefore.sorted()) vs written \(rulesAfter.sorted())"
        )
        if !before.failedRuleIDs.contains("XSD") {
            let schemaErrors = after.violations.filter { $0.ruleID == "XSD" }.prefix(3).map(\.message)
            #expect(schemaErrors.isEmpty, "written output is not XSD-valid: \(schemaErrors)")
        }
    }
}
