// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

/// ``ExtendedCTCFRRules/cii`` against the official `EXTENDED-CTC-FR-CII.xslt` (FNFE-MPE France_RFE 1.4.0): the same
/// rules, the same verdicts on every CII invoice of the CEN unit tests (table made with Saxon,
/// ``ExtendedCTCFRCIIVerdicts``), on the French EXTENDED samples, and on edits of the UC10 sample, each expected
/// verdict checked with Saxon on the same edited file.
@Suite struct ExtendedCTCFRCIIRulesTests {
    private static let artefact = "conformance/fr-ctc/cii/EXTENDED-CTC-FR-CII.xslt"
    private static let sample = "conformance/samples/fr-ctc/UC10_F202600004_EXTENDED_FX_CII_Commentee.xml"

    /// The fatal and warning identifiers the rules fail on a document.
    static func verdict(_ document: XMLDocument) throws -> (fatal: Set<String>, warning: Set<String>) {
        let violations = try RuleEngine.violations(of: ExtendedCTCFRRules.cii, in: document)
        return (
            Set(violations.filter { $0.severity == .fatal }.map(\.ruleID)),
            Set(violations.filter { $0.severity == .warning }.map(\.ruleID))
        )
    }

    @Test("The rules are the artefact's, with its flags")
    func coverage() throws {
        let document = try XMLDocument(parsing: [UInt8](SharedFixtures.data(Self.artefact)))
        let xsl = "http://www.w3.org/1999/XSL/Transform"
        let svrl = "http://purl.oclc.org/dsdl/svrl"
        var official: [String] = []
        func visit(_ element: XMLElement) {
            if element.namespace == svrl, element.name == "failed-assert" {
                var values: [String: String] = [:]
                for attribute in element.children(xsl, "attribute") {
                    values[attribute.attribute("name") ?? ""] = attribute.text.trimmingCharacters(in: .whitespaces)
                }
                // Two assertions have no `id` (one no `flag` either): the identifier their text starts with, and
                // Schematron's default severity.
                var id = values["id"]
                if id == nil, let text = element.child(svrl, "text")?.text, let open = text.firstIndex(of: "["),
                    let close = text.firstIndex(of: "]")
                {
                    id = String(text[text.index(after: open)..<close])
                }
                official.append("\(id ?? "?") \(values["flag"] ?? "fatal")")
            }
            for child in element.children { visit(child) }
        }
        visit(document.root)
        let ours = ExtendedCTCFRRules.cii.map { "\($0.id) \($0.severity == .fatal ? "fatal" : "warning")" }
        #expect(official.count == 747)
        #expect(ours.count == official.count)
        #expect(Set(official).subtracting(ours).sorted() == [])
        #expect(Set(ours).subtracting(official).sorted() == [])
    }

    @Test("Every CII invoice of the CEN unit tests gets the artefact's verdict")
    func unitTestsAgree() throws {
        var expected: [String: (fatal: Set<String>, warning: Set<String>)] = [:]
        var failing = Set<String>()
        for line in ExtendedCTCFRCIIVerdicts.table.split(separator: "\n") {
            let parts = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if parts[1] == "ERROR" {
                failing.insert(parts[0])
                continue
            }
            let ids = { (text: String) in Set(text.split(separator: " ").map(String.init)) }
            expected[parts[0]] = (ids(parts[1]), ids(parts.count > 2 ? parts[2] : ""))
        }
        var checked = 0
        var disagreements: [String] = []
        for testCase in try OfficialUnitTests.cases() where testCase.invoice.name == "CrossIndustryInvoice" {
            let key = "\(testCase.file) \(testCase.index)"
            if failing.contains(key) { continue }
            guard let official = expected[key] else {
                disagreements.append("\(key): not in the table")
                continue
            }
            let ours = try Self.verdict(XMLDocument(root: testCase.invoice))
            checked += 1
            if ours.fatal != official.fatal || ours.warning != official.warning {
                disagreements.append(
                    """
                    \(key): fatal +\(ours.fatal.subtracting(official.fatal).sorted()) \
                    -\(official.fatal.subtracting(ours.fatal).sorted()), \
                    warning +\(ours.warning.subtracting(official.warning).sorted()) \
                    -\(official.warning.subtracting(ours.warning).sorted())
                    """
                )
            }
        }
        #expect(checked == expected.count)
        #expect(checked > 0)
        #expect(disagreements == [])
    }

    @Test(
        "The French EXTENDED CII samples pass",
        arguments: [
            "conformance/samples/fr-ctc/UC10_F202600004_EXTENDED_FX_CII_Commentee.xml",
            "conformance/samples/fr-ctc/UC11_F202600022_EXTENDED_FX_CII_BT-X-589Only_on_GROUP_Line.xml",
            "conformance/samples/fr-ctc/akretion_factur-x-extended.xml",
        ]
    )
    func samplesPass(_ path: String) throws {
        let verdict = try Self.verdict(XMLDocument(parsing: [UInt8](SharedFixtures.data(path))))
        #expect(verdict.fatal == [])
        #expect(verdict.warning == [])
    }

    /// One edit of the UC10 sample and the artefact's verdict on the result.
    struct Case: CustomTestStringConvertible, Sendable {
        /// What the edit does.
        var name: String
        /// Texts replaced at their first occurrence, and what replaces them.
        var edits: [(String, String)]
        /// The fatal identifiers the artefact reports.
        var fatal: [String] = []
        /// The warning identifiers the artefact reports.
        var warning: [String] = []

        /// The name shown for the test case.
        var testDescription: String { name }
    }

    @Test("Edits of the sample get the artefact's verdict", arguments: ExtendedCTCFRCIIRulesTests.cases)
    func edits(_ testCase: Case) throws {
        var text = try String(decoding: SharedFixtures.data(Self.sample), as: UTF8.self)
        for (old, new) in testCase.edits {
            let range = try #require(text.range(of: old), "\(old) not in the sample")
            text.replaceSubrange(range, with: new)
        }
        let verdict = try Self.verdict(XMLDocument(parsing: [UInt8](text.utf8)))
        #expect(verdict.fatal.sorted() == testCase.fatal)
        #expect(verdict.warning.sorted() == testCase.warning)
    }

    /// The edits, each verified with Saxon against the official artefact.
    static let cases: [Case] = [
        Case(
            name: "breakdown category AE",
            edits: [
                (
                    "<ram:CategoryCode>S</ram:CategoryCode>  <!-- BT-118",
                    "<ram:CategoryCode>AE</ram:CategoryCode>  <!-- BT-118"
                )
            ],
            fatal: ["BR-AE-09", "BR-FREXT-AE-01", "BR-FXEXT-AE-08"],
            warning: ["BR-FXEXT-AE-08ini", "BR-FXEXT-AE-08rev"]
        ),
        Case(
            name: "breakdown category L",
            edits: [
                (
                    "<ram:CategoryCode>S</ram:CategoryCode>  <!-- BT-118",
                    "<ram:CategoryCode>L</ram:CategoryCode>  <!-- BT-118"
                )
            ],
            fatal: ["BR-FREXT-AF-01", "BR-FXEXT-AF-08"],
            warning: ["BR-FXEXT-AF-08ini", "BR-FXEXT-AF-08rev"]
        ),
        Case(
            name: "breakdown category M",
            edits: [
                (
                    "<ram:CategoryCode>S</ram:CategoryCode>  <!-- BT-118",
                    "<ram:CategoryCode>M</ram:CategoryCode>  <!-- BT-118"
                )
            ],
            fatal: ["BR-FREXT-AG-01", "BR-FXEXT-AG-08"],
            warning: ["BR-FXEXT-AG-08ini", "BR-FXEXT-AG-08rev"]
        ),
        Case(
            name: "breakdown category E",
            edits: [
                (
                    "<ram:CategoryCode>S</ram:CategoryCode>  <!-- BT-118",
                    "<ram:CategoryCode>E</ram:CategoryCode>  <!-- BT-118"
                )
            ],
            fatal: ["BR-E-09", "BR-FREXT-E-01", "BR-FXEXT-E-08"],
            warning: ["BR-FXEXT-E-08ini", "BR-FXEXT-E-08rev"]
        ),
        Case(
            name: "breakdown category G",
            edits: [
                (
                    "<ram:CategoryCode>S</ram:CategoryCode>  <!-- BT-118",
                    "<ram:CategoryCode>G</ram:CategoryCode>  <!-- BT-118"
                )
            ],
            fatal: ["BR-FREXT-G-01", "BR-FXEXT-G-08", "BR-G-09"],
            warning: ["BR-FXEXT-G-08ini", "BR-FXEXT-G-08rev"]
        ),
        Case(
            name: "breakdown category K",
            edits: [
                (
                    "<ram:CategoryCode>S</ram:CategoryCode>  <!-- BT-118",
                    "<ram:CategoryCode>K</ram:CategoryCode>  <!-- BT-118"
                )
            ],
            fatal: ["BR-FREXT-IC-01", "BR-FXEXT-IC-08", "BR-IC-09"],
            warning: ["BR-FXEXT-IC-08ini", "BR-FXEXT-IC-08rev"]
        ),
        Case(
            name: "breakdown category O",
            edits: [
                (
                    "<ram:CategoryCode>S</ram:CategoryCode>  <!-- BT-118",
                    "<ram:CategoryCode>O</ram:CategoryCode>  <!-- BT-118"
                )
            ],
            fatal: ["BR-FREXT-O-01", "BR-FXEXT-O-08"],
            warning: ["BR-FXEXT-O-08ini", "BR-FXEXT-O-08rev"]
        ),
        Case(
            name: "breakdown category Z",
            edits: [
                (
                    "<ram:CategoryCode>S</ram:CategoryCode>  <!-- BT-118",
                    "<ram:CategoryCode>Z</ram:CategoryCode>  <!-- BT-118"
                )
            ],
            fatal: ["BR-FREXT-Z-01", "BR-FXEXT-Z-08", "BR-Z-09"],
            warning: ["BR-FXEXT-Z-08ini", "BR-FXEXT-Z-08rev"]
        ),
        Case(
            name: "breakdown category B",
            edits: [
                (
                    "<ram:CategoryCode>S</ram:CategoryCode>  <!-- BT-118",
                    "<ram:CategoryCode>B</ram:CategoryCode>  <!-- BT-118"
                )
            ],
            fatal: ["BR-B-01", "BR-B-02"]
        ),
        Case(
            name: "breakdown with AE and S codes",
            edits: [
                (
                    "<ram:BasisAmount>1000.00</ram:BasisAmount>",
                    "<ram:BasisAmount>1000.00</ram:BasisAmount><ram:CategoryCode>AE</ram:CategoryCode>"
                )
            ],
            fatal: ["BR-AE-09", "BR-FREXT-AE-01", "BR-FXEXT-AE-08"],
            warning: ["BR-FXEXT-AE-08ini", "BR-FXEXT-AE-08rev"]
        ),
        Case(
            name: "breakdown with S and Z codes",
            edits: [
                (
                    "<ram:BasisAmount>1000.00</ram:BasisAmount>",
                    "<ram:BasisAmount>1000.00</ram:BasisAmount><ram:CategoryCode>Z</ram:CategoryCode>"
                )
            ],
            fatal: ["BR-FREXT-Z-01", "BR-Z-09"]
        ),
        Case(
            name: "breakdown not VAT",
            edits: [
                ("<ram:TypeCode>VAT</ram:TypeCode>  <!-- BT-118-0", "<ram:TypeCode>GST</ram:TypeCode>  <!-- BT-118-0")
            ],
            fatal: ["BR-47", "BR-48", "CII-DT-037"]
        ),
        Case(
            name: "breakdown type vat lower case",
            edits: [
                ("<ram:TypeCode>VAT</ram:TypeCode>  <!-- BT-118-0", "<ram:TypeCode>vat</ram:TypeCode>  <!-- BT-118-0")
            ],
            fatal: ["CII-DT-037"]
        ),
        Case(
            name: "breakdown basis off by 0.01",
            edits: [("<ram:BasisAmount>1000.00</ram:BasisAmount>", "<ram:BasisAmount>1000.01</ram:BasisAmount>")]
        ),
        Case(
            name: "breakdown basis off by 0.02",
            edits: [("<ram:BasisAmount>1000.00</ram:BasisAmount>", "<ram:BasisAmount>1000.02</ram:BasisAmount>")]
        ),
        Case(
            name: "breakdown basis missing",
            edits: [("<ram:BasisAmount>1000.00</ram:BasisAmount>", "")],
            fatal: ["BR-FXEXT-S-08", "BR-FXEXT-S-09"],
            warning: ["BR-FXEXT-S-08ini", "BR-FXEXT-S-08rev"]
        ),
        Case(
            name: "breakdown VAT amount off",
            edits: [
                (
                    "<ram:CalculatedAmount>200.00</ram:CalculatedAmount>",
                    "<ram:CalculatedAmount>200.05</ram:CalculatedAmount>"
                )
            ],
            fatal: ["BR-CO-14", "BR-FXEXT-S-09"]
        ),
        Case(
            name: "breakdown VAT amount off by 0.01",
            edits: [
                (
                    "<ram:CalculatedAmount>200.00</ram:CalculatedAmount>",
                    "<ram:CalculatedAmount>200.01</ram:CalculatedAmount>"
                )
            ],
            fatal: ["BR-CO-14"]
        ),
        Case(
            name: "breakdown exemption reason changed",
            edits: [
                (
                    "<ram:ExemptionReason>#F202600004#</ram:ExemptionReason>  <!-- BT-120",
                    "<ram:ExemptionReason>autre</ram:ExemptionReason>  <!-- BT-120"
                )
            ],
            warning: ["BR-FXEXT-S-08rev"]
        ),
        Case(
            name: "breakdown exemption code added",
            edits: [
                (
                    "<ram:BasisAmount>1000.00</ram:BasisAmount>",
                    "<ram:BasisAmount>1000.00</ram:BasisAmount><ram:ExemptionReasonCode>VATEX-EU-79-C</ram:ExemptionReasonCode>"
                )
            ],
            warning: ["BR-FXEXT-S-08rev"]
        ),
        Case(
            name: "line category Z",
            edits: [
                (
                    "<ram:CategoryCode>S</ram:CategoryCode>  <!-- BT-151",
                    "<ram:CategoryCode>Z</ram:CategoryCode>  <!-- BT-151"
                )
            ],
            fatal: ["BR-FREXT-Z-01", "BR-FXEXT-S-08", "BR-Z-05"],
            warning: ["BR-FXEXT-S-08ini", "BR-FXEXT-S-08rev"]
        ),
        Case(
            name: "line category K",
            edits: [
                (
                    "<ram:CategoryCode>S</ram:CategoryCode>  <!-- BT-151",
                    "<ram:CategoryCode>K</ram:CategoryCode>  <!-- BT-151"
                )
            ],
            fatal: ["BR-FREXT-IC-01", "BR-FXEXT-S-08", "BR-IC-05"],
            warning: ["BR-FXEXT-S-08ini", "BR-FXEXT-S-08rev"]
        ),
        Case(
            name: "line category O",
            edits: [
                (
                    "<ram:CategoryCode>S</ram:CategoryCode>  <!-- BT-151",
                    "<ram:CategoryCode>O</ram:CategoryCode>  <!-- BT-151"
                )
            ],
            fatal: ["BR-FREXT-O-01", "BR-FXEXT-S-08", "BR-O-05"],
            warning: ["BR-FXEXT-S-08ini", "BR-FXEXT-S-08rev"]
        ),
        Case(
            name: "document charge",
            edits: [
                (
                    "<ram:SpecifiedTradePaymentTerms>",
                    "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>10.00</ram:ActualAmount><ram:Reason>Frais</ram:Reason><ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge><ram:SpecifiedTradePaymentTerms>"
                ),
                (
                    "<ram:ChargeTotalAmount>0.00</ram:ChargeTotalAmount>",
                    "<ram:ChargeTotalAmount>10.00</ram:ChargeTotalAmount>"
                ),
            ],
            fatal: ["BR-FREXT-CO-13"],
            warning: ["BR-FXEXT-S-08ini"]
        ),
        Case(
            name: "document charge without reason",
            edits: [
                (
                    "<ram:SpecifiedTradePaymentTerms>",
                    "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>10.00</ram:ActualAmount><ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge><ram:SpecifiedTradePaymentTerms>"
                ),
                (
                    "<ram:ChargeTotalAmount>0.00</ram:ChargeTotalAmount>",
                    "<ram:ChargeTotalAmount>10.00</ram:ChargeTotalAmount>"
                ),
            ],
            fatal: ["BR-FREXT-BR-38", "BR-FREXT-CO-13"],
            warning: ["BR-FXEXT-S-08ini"]
        ),
        Case(
            name: "document charge tax reason code",
            edits: [
                (
                    "<ram:SpecifiedTradePaymentTerms>",
                    "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>10.00</ram:ActualAmount><ram:ReasonCode listID=\"5153\">AAA</ram:ReasonCode><ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge><ram:SpecifiedTradePaymentTerms>"
                )
            ],
            fatal: ["BR-FREXT-CO-12", "BR-FREXT-CO-13"],
            warning: ["BR-FXEXT-S-08ini"]
        ),
        Case(
            name: "document charge tax reason VAT",
            edits: [
                (
                    "<ram:SpecifiedTradePaymentTerms>",
                    "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>10.00</ram:ActualAmount><ram:ReasonCode listID=\"5153\">VAT</ram:ReasonCode><ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge><ram:SpecifiedTradePaymentTerms>"
                )
            ],
            fatal: ["BR-FREXT-CL-20-TAX", "BR-FREXT-CO-12", "BR-FREXT-CO-13"],
            warning: ["BR-FXEXT-S-08ini"]
        ),
        Case(
            name: "document charge reason 7161",
            edits: [
                (
                    "<ram:SpecifiedTradePaymentTerms>",
                    "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>10.00</ram:ActualAmount><ram:ReasonCode>FC</ram:ReasonCode><ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge><ram:SpecifiedTradePaymentTerms>"
                )
            ],
            fatal: ["BR-FREXT-CO-12", "BR-FREXT-CO-13"],
            warning: ["BR-FXEXT-S-08ini"]
        ),
        Case(
            name: "document charge reason unknown",
            edits: [
                (
                    "<ram:SpecifiedTradePaymentTerms>",
                    "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>10.00</ram:ActualAmount><ram:ReasonCode listID=\"7161\">XX</ram:ReasonCode><ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge><ram:SpecifiedTradePaymentTerms>"
                )
            ],
            fatal: ["BR-FREXT-CL-20", "BR-FREXT-CO-12", "BR-FREXT-CO-13"],
            warning: ["BR-FXEXT-S-08ini"]
        ),
        Case(
            name: "document charge other listID",
            edits: [
                (
                    "<ram:SpecifiedTradePaymentTerms>",
                    "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>10.00</ram:ActualAmount><ram:ReasonCode listID=\"1234\">FC</ram:ReasonCode><ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge><ram:SpecifiedTradePaymentTerms>"
                )
            ],
            fatal: ["BR-FREXT-CL-20-LISTID", "BR-FREXT-CO-12", "BR-FREXT-CO-13"],
            warning: ["BR-FXEXT-S-08ini"]
        ),
        Case(
            name: "document charge listID value",
            edits: [
                (
                    "<ram:SpecifiedTradePaymentTerms>",
                    "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>10.00</ram:ActualAmount><ram:ReasonCode listID=\"1234\">5153</ram:ReasonCode><ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge><ram:SpecifiedTradePaymentTerms>"
                )
            ],
            fatal: ["BR-FREXT-CO-12", "BR-FREXT-CO-13"],
            warning: ["BR-FXEXT-S-08ini"]
        ),
        Case(
            name: "document allowance",
            edits: [
                (
                    "<ram:SpecifiedTradePaymentTerms>",
                    "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>10.00</ram:ActualAmount><ram:ReasonCode>95</ram:ReasonCode><ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge><ram:SpecifiedTradePaymentTerms>"
                )
            ],
            fatal: ["BR-FREXT-CO-11", "BR-FREXT-CO-13"],
            warning: ["BR-FXEXT-S-08ini"]
        ),
        Case(
            name: "document allowance counted",
            edits: [
                (
                    "<ram:SpecifiedTradePaymentTerms>",
                    "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>10.00</ram:ActualAmount><ram:ReasonCode>95</ram:ReasonCode><ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge><ram:SpecifiedTradePaymentTerms>"
                ),
                (
                    "<ram:AllowanceTotalAmount>0.00</ram:AllowanceTotalAmount>",
                    "<ram:AllowanceTotalAmount>10.00</ram:AllowanceTotalAmount>"
                ),
                (
                    "<ram:TaxBasisTotalAmount>5500.00</ram:TaxBasisTotalAmount>",
                    "<ram:TaxBasisTotalAmount>5490.00</ram:TaxBasisTotalAmount>"
                ), ("<ram:BasisAmount>1000.00</ram:BasisAmount>", "<ram:BasisAmount>990.00</ram:BasisAmount>"),
            ],
            fatal: ["BR-FREXT-CO-15", "BR-FXEXT-S-09"],
            warning: ["BR-FXEXT-S-08rev"]
        ),
        Case(
            name: "document charge category E",
            edits: [
                (
                    "<ram:SpecifiedTradePaymentTerms>",
                    "<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>10.00</ram:ActualAmount><ram:Reason>Frais</ram:Reason><ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>E</ram:CategoryCode><ram:RateApplicablePercent>0</ram:RateApplicablePercent></ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge><ram:SpecifiedTradePaymentTerms>"
                )
            ],
            fatal: ["BR-FREXT-CO-12", "BR-FREXT-CO-13", "BR-FREXT-E-01"]
        ),
        Case(
            name: "logistics charge",
            edits: [
                (
                    "<ram:SpecifiedTradePaymentTerms>",
                    "<ram:SpecifiedLogisticsServiceCharge><ram:Description>Port</ram:Description><ram:AppliedAmount>10.00</ram:AppliedAmount><ram:AppliedTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:AppliedTradeTax></ram:SpecifiedLogisticsServiceCharge><ram:SpecifiedTradePaymentTerms>"
                )
            ],
            fatal: ["BR-FREXT-CO-12", "BR-FREXT-CO-13"],
            warning: ["BR-FXEXT-S-08ini", "CII-SR-396"]
        ),
        Case(
            name: "logistics charge counted",
            edits: [
                (
                    "<ram:SpecifiedTradePaymentTerms>",
                    "<ram:SpecifiedLogisticsServiceCharge><ram:Description>Port</ram:Description><ram:AppliedAmount>10.00</ram:AppliedAmount><ram:AppliedTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:AppliedTradeTax></ram:SpecifiedLogisticsServiceCharge><ram:SpecifiedTradePaymentTerms>"
                ),
                (
                    "<ram:ChargeTotalAmount>0.00</ram:ChargeTotalAmount>",
                    "<ram:ChargeTotalAmount>10.00</ram:ChargeTotalAmount>"
                ),
                (
                    "<ram:TaxBasisTotalAmount>5500.00</ram:TaxBasisTotalAmount>",
                    "<ram:TaxBasisTotalAmount>5510.00</ram:TaxBasisTotalAmount>"
                ), ("<ram:BasisAmount>1000.00</ram:BasisAmount>", "<ram:BasisAmount>1010.00</ram:BasisAmount>"),
            ],
            fatal: ["BR-FREXT-CO-15", "BR-FXEXT-S-09"],
            warning: ["BR-FXEXT-S-08rev", "CII-SR-396"]
        ),
        Case(
            name: "line charge without reason",
            edits: [
                (
                    "</ram:ApplicableTradeTax>\n                    <ram:BillingSpecifiedPeriod>",
                    "</ram:ApplicableTradeTax><ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>true</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>1.00</ram:ActualAmount></ram:SpecifiedTradeAllowanceCharge>\n                    <ram:BillingSpecifiedPeriod>"
                )
            ],
            fatal: ["BR-FREXT-BR-44"]
        ),
        Case(
            name: "line total off",
            edits: [
                (
                    "<ram:LineTotalAmount>5500.00</ram:LineTotalAmount>",
                    "<ram:LineTotalAmount>5500.10</ram:LineTotalAmount>"
                )
            ],
            fatal: ["BR-FREXT-CO-10"]
        ),
        Case(
            name: "line total missing",
            edits: [("<ram:LineTotalAmount>5500.00</ram:LineTotalAmount>", "")],
            fatal: ["BR-12", "BR-FREXT-CO-10"]
        ),
        Case(
            name: "allowance total without allowances",
            edits: [
                (
                    "<ram:AllowanceTotalAmount>0.00</ram:AllowanceTotalAmount>",
                    "<ram:AllowanceTotalAmount>1.00</ram:AllowanceTotalAmount>"
                )
            ],
            fatal: ["BR-FREXT-CO-11"]
        ),
        Case(
            name: "charge total off",
            edits: [
                (
                    "<ram:ChargeTotalAmount>0.00</ram:ChargeTotalAmount>",
                    "<ram:ChargeTotalAmount>0.02</ram:ChargeTotalAmount>"
                )
            ],
            fatal: ["BR-FREXT-CO-12"]
        ),
        Case(
            name: "tax basis off",
            edits: [
                (
                    "<ram:TaxBasisTotalAmount>5500.00</ram:TaxBasisTotalAmount>",
                    "<ram:TaxBasisTotalAmount>5500.05</ram:TaxBasisTotalAmount>"
                )
            ],
            fatal: ["BR-FREXT-CO-13", "BR-FREXT-CO-15"]
        ),
        Case(
            name: "grand total off",
            edits: [
                (
                    "<ram:GrandTotalAmount>6150.00</ram:GrandTotalAmount>",
                    "<ram:GrandTotalAmount>6150.05</ram:GrandTotalAmount>"
                )
            ],
            fatal: ["BR-CO-16", "BR-FREXT-CO-15"]
        ),
        Case(
            name: "tax total in another currency",
            edits: [
                (
                    "<ram:TaxTotalAmount currencyID=\"EUR\">650.00</ram:TaxTotalAmount>",
                    "<ram:TaxTotalAmount currencyID=\"USD\">650.00</ram:TaxTotalAmount>"
                )
            ],
            fatal: ["BR-FREXT-CO-15"]
        ),
        Case(
            name: "no payment terms",
            edits: [
                ("<ram:Description>PAIEMENT 30 JOURS NET</ram:Description>", ""), ("<ram:DueDateDateTime>", "<ram:X>"),
                ("</ram:DueDateDateTime>", "</ram:X>"),
            ],
            fatal: ["BR-CO-25"]
        ),
        Case(
            name: "no payment terms, nothing due",
            edits: [
                ("<ram:Description>PAIEMENT 30 JOURS NET</ram:Description>", ""), ("<ram:DueDateDateTime>", "<ram:X>"),
                ("</ram:DueDateDateTime>", "</ram:X>"),
                (
                    "<ram:DuePayableAmount>6150.00</ram:DuePayableAmount>",
                    "<ram:DuePayableAmount>0.00</ram:DuePayableAmount>"
                ),
            ],
            fatal: ["BR-CO-16"]
        ),
        Case(
            name: "group line code unknown",
            edits: [
                (
                    "<ram:LineStatusReasonCode>GROUP</ram:LineStatusReasonCode>",
                    "<ram:LineStatusReasonCode>SUB</ram:LineStatusReasonCode>"
                )
            ],
            fatal: ["BR-FREXT-05"]
        ),
        Case(
            name: "detail line becomes information",
            edits: [
                (
                    "<ram:LineStatusReasonCode>DETAIL</ram:LineStatusReasonCode>",
                    "<ram:LineStatusReasonCode>INFORMATION</ram:LineStatusReasonCode>"
                )
            ],
            fatal: ["BR-FREXT-08", "BR-FREXT-CO-10", "BR-FREXT-CO-13", "BR-FXEXT-S-08"],
            warning: ["BR-FXEXT-S-08ini", "BR-FXEXT-S-08rev"]
        ),
        Case(
            name: "detail line without code",
            edits: [("<ram:LineStatusReasonCode>DETAIL</ram:LineStatusReasonCode>", "")],
            fatal: ["BR-FREXT-06", "BR-FREXT-08"]
        ),
        Case(
            name: "detail line empty code",
            edits: [
                (
                    "<ram:LineStatusReasonCode>DETAIL</ram:LineStatusReasonCode>",
                    "<ram:LineStatusReasonCode></ram:LineStatusReasonCode>"
                )
            ],
            fatal: ["BR-FREXT-05", "BR-FREXT-06", "BR-FREXT-08", "BR-FREXT-CO-10", "BR-FREXT-CO-13", "BR-FXEXT-S-08"],
            warning: ["BR-FXEXT-S-08ini", "BR-FXEXT-S-08rev"]
        ),
        Case(
            name: "parent line unknown",
            edits: [("<ram:ParentLineID>1</ram:ParentLineID>", "<ram:ParentLineID>9</ram:ParentLineID>")],
            fatal: ["BR-FREXT-08", "BR-FREXT-11"]
        ),
        Case(
            name: "parent line is itself",
            edits: [("<ram:ParentLineID>1</ram:ParentLineID>", "<ram:ParentLineID>2</ram:ParentLineID>")],
            fatal: ["BR-FREXT-08", "BR-FREXT-11"]
        ),
        Case(
            name: "detail line becomes group",
            edits: [
                (
                    "<ram:LineStatusReasonCode>DETAIL</ram:LineStatusReasonCode>",
                    "<ram:LineStatusReasonCode>GROUP</ram:LineStatusReasonCode>"
                )
            ],
            fatal: ["BR-FREXT-08", "BR-FREXT-CO-10", "BR-FREXT-CO-13", "BR-FXEXT-S-08"],
            warning: ["BR-FXEXT-S-08ini", "BR-FXEXT-S-08rev"]
        ),
        Case(
            name: "detail line without quantity",
            edits: [("<ram:BilledQuantity unitCode=\"DAY\">2.0000</ram:BilledQuantity>", "")],
            fatal: ["BR-FREXT-BR-22", "BR-FREXT-BR-23"]
        ),
        Case(
            name: "detail line quantity without unit",
            edits: [
                (
                    "<ram:BilledQuantity unitCode=\"DAY\">2.0000</ram:BilledQuantity>",
                    "<ram:BilledQuantity>2.0000</ram:BilledQuantity>"
                )
            ],
            fatal: ["BR-FREXT-BR-23"]
        ),
        Case(
            name: "detail line without net price",
            edits: [("<ram:ChargeAmount>300.0000</ram:ChargeAmount>", "")],
            fatal: ["BR-FREXT-BR-26"]
        ),
        Case(
            name: "detail line without category",
            edits: [("<ram:CategoryCode>S</ram:CategoryCode>  <!-- BT-151", "")],
            fatal: ["BR-FREXT-CO-04", "BR-FXEXT-S-08"],
            warning: ["BR-FXEXT-S-08ini", "BR-FXEXT-S-08rev"]
        ),
        Case(
            name: "item attribute with name and value",
            edits: [
                (
                    "<ram:Name>ABONNEMENT</ram:Name>",
                    "<ram:Name>ABONNEMENT</ram:Name><ram:ApplicableProductCharacteristic><ram:Description>Couleur</ram:Description><ram:Value>Bleu</ram:Value></ram:ApplicableProductCharacteristic>"
                )
            ]
        ),
        Case(
            name: "item attribute without name",
            edits: [
                (
                    "<ram:Name>ABONNEMENT</ram:Name>",
                    "<ram:Name>ABONNEMENT</ram:Name><ram:ApplicableProductCharacteristic><ram:Value>Bleu</ram:Value></ram:ApplicableProductCharacteristic>"
                )
            ],
            fatal: ["BR-FREXT-54-1", "CII-SR-069"]
        ),
        Case(
            name: "item attribute with code and measure",
            edits: [
                (
                    "<ram:Name>ABONNEMENT</ram:Name>",
                    "<ram:Name>ABONNEMENT</ram:Name><ram:ApplicableProductCharacteristic><ram:TypeCode>COLOR_TEXT</ram:TypeCode><ram:ValueMeasure unitCode=\"KGM\">2</ram:ValueMeasure></ram:ApplicableProductCharacteristic>"
                )
            ],
            fatal: ["CII-SR-069", "CII-SR-072"]
        ),
        Case(
            name: "item attribute unknown code",
            edits: [
                (
                    "<ram:Name>ABONNEMENT</ram:Name>",
                    "<ram:Name>ABONNEMENT</ram:Name><ram:ApplicableProductCharacteristic><ram:TypeCode>XYZ</ram:TypeCode><ram:Value>1</ram:Value></ram:ApplicableProductCharacteristic>"
                )
            ],
            fatal: ["CII-SR-069"],
            warning: ["BR-FXEXT-04"]
        ),
        Case(
            name: "item attribute value and measure",
            edits: [
                (
                    "<ram:Name>ABONNEMENT</ram:Name>",
                    "<ram:Name>ABONNEMENT</ram:Name><ram:ApplicableProductCharacteristic><ram:Description>P</ram:Description><ram:Value>1</ram:Value><ram:ValueMeasure unitCode=\"KGM\">2</ram:ValueMeasure></ram:ApplicableProductCharacteristic>"
                )
            ],
            fatal: ["BR-FREXT-54-2"]
        ),
        Case(
            name: "item attribute measure without unit",
            edits: [
                (
                    "<ram:Name>ABONNEMENT</ram:Name>",
                    "<ram:Name>ABONNEMENT</ram:Name><ram:ApplicableProductCharacteristic><ram:Description>P</ram:Description><ram:ValueMeasure unitCode=\"\">2</ram:ValueMeasure></ram:ApplicableProductCharacteristic>"
                )
            ],
            fatal: ["BR-FREXT-54-2", "CII-SR-072"]
        ),
        Case(
            name: "line delivery terms",
            edits: [
                ("</ram:SpecifiedLineTradeAgreement>", "</ram:SpecifiedLineTradeAgreement><ram:X/>"), ("<ram:X/>", ""),
                (
                    "<ram:ItemSellerTradeParty>",
                    "<ram:ApplicableTradeDeliveryTerms><ram:DeliveryTypeCode>EXW</ram:DeliveryTypeCode></ram:ApplicableTradeDeliveryTerms><ram:ItemSellerTradeParty>"
                ),
            ]
        ),
        Case(
            name: "line delivery terms with description",
            edits: [
                (
                    "<ram:ItemSellerTradeParty>",
                    "<ram:ApplicableTradeDeliveryTerms><ram:Description>x</ram:Description></ram:ApplicableTradeDeliveryTerms><ram:ItemSellerTradeParty>"
                )
            ],
            warning: ["CII-FREXT-SR-106"]
        ),
        Case(
            name: "header delivery terms unknown code",
            edits: [
                (
                    "</ram:ApplicableHeaderTradeAgreement>",
                    "<ram:ApplicableTradeDeliveryTerms><ram:DeliveryTypeCode>ZZ</ram:DeliveryTypeCode><ram:RelevantTradeLocation><ram:Name>Paris</ram:Name></ram:RelevantTradeLocation></ram:ApplicableTradeDeliveryTerms></ram:ApplicableHeaderTradeAgreement>"
                )
            ],
            fatal: ["BR-FREXT-CL-27"]
        ),
        Case(
            name: "header delivery terms location id",
            edits: [
                (
                    "</ram:ApplicableHeaderTradeAgreement>",
                    "<ram:ApplicableTradeDeliveryTerms><ram:DeliveryTypeCode>CIF</ram:DeliveryTypeCode><ram:RelevantTradeLocation><ram:ID>1</ram:ID></ram:RelevantTradeLocation></ram:ApplicableTradeDeliveryTerms></ram:ApplicableHeaderTradeAgreement>"
                )
            ],
            warning: ["CII-FREXT-SR-293"]
        ),
        Case(
            name: "two net prices",
            edits: [
                (
                    "<ram:ChargeAmount>300.0000</ram:ChargeAmount>",
                    "<ram:ChargeAmount>300.0000</ram:ChargeAmount><ram:ChargeAmount>300.0000</ram:ChargeAmount>"
                )
            ],
            fatal: ["CII-FREXT-SR-439", "CII-SR-441"]
        ),
        Case(
            name: "two line taxes",
            edits: [
                (
                    "<ram:CategoryCode>S</ram:CategoryCode>  <!-- BT-151",
                    "<ram:CategoryCode>S</ram:CategoryCode></ram:ApplicableTradeTax><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode>  <!-- BT-151"
                )
            ],
            fatal: ["BR-S-05"],
            warning: ["CII-SR-454"]
        ),
        Case(
            name: "currency exchange",
            edits: [
                (
                    "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>",
                    "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode><ram:TaxApplicableTradeCurrencyExchange><ram:SourceCurrencyCode>EUR</ram:SourceCurrencyCode><ram:TargetCurrencyCode>USD</ram:TargetCurrencyCode><ram:ConversionRate>1.1</ram:ConversionRate></ram:TaxApplicableTradeCurrencyExchange>"
                )
            ]
        ),
        Case(
            name: "currency exchange with extra element",
            edits: [
                (
                    "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>",
                    "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode><ram:TaxApplicableTradeCurrencyExchange><ram:SourceCurrencyCode>EUR</ram:SourceCurrencyCode><ram:MarketID>1</ram:MarketID></ram:TaxApplicableTradeCurrencyExchange>"
                )
            ],
            warning: ["CII-FREXT-SR-366"]
        ),
        Case(
            name: "referenced document issue date",
            edits: [
                (
                    "<ram:ReferenceTypeCode>AVV</ram:ReferenceTypeCode>",
                    "<ram:ReferenceTypeCode>AVV</ram:ReferenceTypeCode><ram:FormattedIssueDateTime><qdt:DateTimeString format=\"102\">20250101</qdt:DateTimeString></ram:FormattedIssueDateTime>"
                )
            ],
            fatal: ["CII-FREXTDT-027"]
        ),
        Case(
            name: "referenced document type code",
            edits: [
                (
                    "<ram:ReferenceTypeCode>AVV</ram:ReferenceTypeCode>",
                    "<ram:ReferenceTypeCode>XX</ram:ReferenceTypeCode>"
                )
            ]
        ),
        Case(
            name: "contract reference type code",
            edits: [
                (
                    "</ram:ApplicableHeaderTradeAgreement>",
                    "<ram:ContractReferencedDocument><ram:IssuerAssignedID>C1</ram:IssuerAssignedID><ram:ReferenceTypeCode>ZZZZ</ram:ReferenceTypeCode></ram:ContractReferencedDocument></ram:ApplicableHeaderTradeAgreement>"
                )
            ]
        ),
        Case(
            name: "attachment xml",
            edits: [
                (
                    "</ram:ApplicableHeaderTradeAgreement>",
                    "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>A1</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode><ram:AttachmentBinaryObject mimeCode=\"text/xml\" filename=\"a.xml\">QQ==</ram:AttachmentBinaryObject></ram:AdditionalReferencedDocument></ram:ApplicableHeaderTradeAgreement>"
                )
            ]
        ),
        Case(
            name: "attachment json",
            edits: [
                (
                    "</ram:ApplicableHeaderTradeAgreement>",
                    "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>A1</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode><ram:AttachmentBinaryObject mimeCode=\"application/json\" filename=\"a.json\">QQ==</ram:AttachmentBinaryObject></ram:AdditionalReferencedDocument></ram:ApplicableHeaderTradeAgreement>"
                )
            ],
            fatal: ["BR-FREXT-CL-24"]
        ),
        Case(
            name: "gross price allowance reason",
            edits: [
                (
                    "<ram:ActualAmount>50.0000</ram:ActualAmount>",
                    "<ram:ActualAmount>50.0000</ram:ActualAmount><ram:ReasonCode>95</ram:ReasonCode>"
                )
            ]
        ),
        Case(
            name: "gross price allowance reason unknown",
            edits: [
                (
                    "<ram:ActualAmount>50.0000</ram:ActualAmount>",
                    "<ram:ActualAmount>50.0000</ram:ActualAmount><ram:ReasonCode>1</ram:ReasonCode>"
                )
            ],
            fatal: ["BR-FREXT-CL-19-GP"]
        ),
        Case(
            name: "seller scheme BY",
            edits: [
                (
                    "<ram:GlobalID schemeID=\"0088\">587451236587</ram:GlobalID>  <!-- BT-29-0",
                    "<ram:GlobalID schemeID=\"BY\">587451236587</ram:GlobalID>  <!-- BT-29-0"
                )
            ]
        ),
        Case(
            name: "seller scheme unknown",
            edits: [
                (
                    "<ram:GlobalID schemeID=\"0088\">587451236587</ram:GlobalID>  <!-- BT-29-0",
                    "<ram:GlobalID schemeID=\"9999\">587451236587</ram:GlobalID>  <!-- BT-29-0"
                )
            ],
            fatal: ["BR-FREXT-CL-10"]
        ),
        Case(
            name: "IBAN and proprietary identifier",
            edits: [
                (
                    "<ram:IBANID>FR20 1254 2547 2569 8542 5874 698</ram:IBANID>",
                    "<ram:IBANID>FR20 1254 2547 2569 8542 5874 698</ram:IBANID><ram:ProprietaryID>123</ram:ProprietaryID>"
                )
            ],
            fatal: ["BR-CO-27"]
        ),
        Case(
            name: "credit transfer without account",
            edits: [("<ram:IBANID>FR20 1254 2547 2569 8542 5874 698</ram:IBANID>", "")],
            fatal: ["BR-50", "BR-61", "BR-CO-27"]
        ),
        Case(
            name: "payment means 58 with spaces",
            edits: [
                ("<ram:TypeCode>30</ram:TypeCode>", "<ram:TypeCode> 58 </ram:TypeCode>"),
                ("<ram:IBANID>FR20 1254 2547 2569 8542 5874 698</ram:IBANID>", ""),
            ],
            fatal: ["BR-CO-27"]
        ),
        Case(
            name: "breakdown not VAT without amounts",
            edits: [
                ("<ram:TypeCode>VAT</ram:TypeCode>  <!-- BT-118-0", "<ram:TypeCode>GST</ram:TypeCode>  <!-- BT-118-0"),
                ("<ram:BasisAmount>1000.00</ram:BasisAmount>", ""),
                ("<ram:CalculatedAmount>200.00</ram:CalculatedAmount>", ""),
            ],
            fatal: ["BR-45", "BR-46", "BR-47", "BR-48", "BR-CO-14", "CII-DT-037"]
        ),
        Case(
            name: "breakdown not VAT with three decimals",
            edits: [
                ("<ram:TypeCode>VAT</ram:TypeCode>  <!-- BT-118-0", "<ram:TypeCode>GST</ram:TypeCode>  <!-- BT-118-0"),
                ("<ram:BasisAmount>1000.00</ram:BasisAmount>", "<ram:BasisAmount>1000.001</ram:BasisAmount>"),
                (
                    "<ram:CalculatedAmount>200.00</ram:CalculatedAmount>",
                    "<ram:CalculatedAmount>200.001</ram:CalculatedAmount>"
                ),
            ],
            fatal: ["BR-47", "BR-48", "BR-DEC-19", "BR-DEC-20", "CII-DT-037"]
        ),
        Case(
            name: "VAT breakdown with three decimals",
            edits: [
                ("<ram:BasisAmount>1000.00</ram:BasisAmount>", "<ram:BasisAmount>1000.001</ram:BasisAmount>"),
                (
                    "<ram:CalculatedAmount>200.00</ram:CalculatedAmount>",
                    "<ram:CalculatedAmount>200.001</ram:CalculatedAmount>"
                ),
            ]
        ),
        Case(
            name: "breakdown not VAT with tax point date",
            edits: [
                ("<ram:TypeCode>VAT</ram:TypeCode>  <!-- BT-118-0", "<ram:TypeCode>GST</ram:TypeCode>  <!-- BT-118-0"),
                (
                    "<ram:BasisAmount>1000.00</ram:BasisAmount>",
                    "<ram:BasisAmount>1000.00</ram:BasisAmount><ram:TaxPointDate><udt:DateString format=\"102\">20250101</udt:DateString></ram:TaxPointDate>"
                ),
            ],
            fatal: ["BR-47", "BR-48", "BR-CO-03", "CII-DT-037"]
        ),
        Case(
            name: "VAT breakdown with tax point date",
            edits: [
                (
                    "<ram:BasisAmount>1000.00</ram:BasisAmount>",
                    "<ram:BasisAmount>1000.00</ram:BasisAmount><ram:TaxPointDate><udt:DateString format=\"102\">20250101</udt:DateString></ram:TaxPointDate>"
                )
            ]
        ),
        Case(
            name: "breakdown L not VAT",
            edits: [
                (
                    "<ram:CategoryCode>S</ram:CategoryCode>  <!-- BT-118",
                    "<ram:CategoryCode>L</ram:CategoryCode>  <!-- BT-118"
                ),
                ("<ram:TypeCode>VAT</ram:TypeCode>  <!-- BT-118-0", "<ram:TypeCode>GST</ram:TypeCode>  <!-- BT-118-0"),
                ("<ram:BasisAmount>1000.00</ram:BasisAmount>", ""),
            ],
            fatal: ["BR-45", "BR-47", "BR-48", "BR-FREXT-AF-01", "CII-DT-037"]
        ),
        Case(
            name: "group line under a group line",
            edits: [
                (
                    "<ram:LineStatusReasonCode>GROUP</ram:LineStatusReasonCode>",
                    "<ram:LineStatusReasonCode>GROUPX</ram:LineStatusReasonCode>"
                ),
                (
                    "<ram:LineStatusReasonCode>GROUP</ram:LineStatusReasonCode>",
                    "<ram:ParentLineID>1</ram:ParentLineID><ram:LineStatusReasonCode>GROUP</ram:LineStatusReasonCode>"
                ), ("GROUPX", "GROUP"),
            ],
            fatal: ["BR-FREXT-08"]
        ),
        Case(
            name: "no S breakdown",
            edits: [
                (
                    "<ram:CategoryCode>S</ram:CategoryCode>  <!-- BT-118",
                    "<ram:CategoryCode>E</ram:CategoryCode>  <!-- BT-118"
                ),
                (
                    "<ram:CategoryCode>S</ram:CategoryCode>  <!-- BT-118",
                    "<ram:CategoryCode>E</ram:CategoryCode>  <!-- BT-118"
                ),
            ],
            fatal: ["BR-E-09", "BR-FREXT-E-01", "BR-FREXT-S-01", "BR-FXEXT-E-08"],
            warning: ["BR-FXEXT-E-08ini", "BR-FXEXT-E-08rev"]
        ),
        Case(
            name: "group line without amount under a group line",
            edits: [
                (
                    "<ram:LineStatusReasonCode>GROUP</ram:LineStatusReasonCode>",
                    "<ram:LineStatusReasonCode>GROUPX</ram:LineStatusReasonCode>"
                ),
                (
                    "<ram:LineStatusReasonCode>GROUP</ram:LineStatusReasonCode>",
                    "<ram:ParentLineID>1</ram:ParentLineID><ram:LineStatusReasonCode>GROUP</ram:LineStatusReasonCode>"
                ), ("GROUPX", "GROUP"), ("<ram:LineTotalAmount>4500.00</ram:LineTotalAmount>", ""),
            ],
            fatal: ["BR-FREXT-12"]
        ),
        Case(
            name: "group line net amount off",
            edits: [
                (
                    "<ram:LineTotalAmount>1000.00</ram:LineTotalAmount>",
                    "<ram:LineTotalAmount>1000.01</ram:LineTotalAmount>"
                )
            ],
            fatal: ["BR-FREXT-08"]
        ),
        Case(
            name: "detail line without net amount",
            edits: [("<ram:LineTotalAmount>600.00</ram:LineTotalAmount>", "")],
            fatal: ["BR-FREXT-08", "BR-FREXT-BR-24", "BR-FREXT-CO-10", "BR-FREXT-CO-13", "BR-FXEXT-S-08"],
            warning: ["BR-FXEXT-S-08ini", "BR-FXEXT-S-08rev"]
        ),
        Case(
            name: "referenced document type code 751",
            edits: [("<ram:TypeCode>130</ram:TypeCode>", "<ram:TypeCode>751</ram:TypeCode>")],
            fatal: ["CII-EXT-DT-018", "CII-FREXT-DT-024"]
        ),
        Case(
            name: "supporting document with reference type code",
            edits: [
                (
                    "</ram:ApplicableHeaderTradeAgreement>",
                    "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>A1</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode><ram:ReferenceTypeCode>AAA</ram:ReferenceTypeCode></ram:AdditionalReferencedDocument></ram:ApplicableHeaderTradeAgreement>"
                )
            ],
            fatal: ["CII-FREXT-DT-024"]
        ),
    ]
}
