// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

@Suite struct BusinessRuleValidatorTests {
    private static let ciiHeader = """
        <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" \
        xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" \
        xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
        """

    private static func ubl(_ body: String) -> [UInt8] {
        Array(
            """
            <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" \
            xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" \
            xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">\(body)</Invoice>
            """.utf8
        )
    }

    @Test("A complete official UBL example is valid and names its syntax and specification")
    func completeExampleIsValid() throws {
        let bytes = try SharedFixtures.data("conformance/samples/cen-en16931/ubl/ubl-tc434-example1.xml")
        let report = try EN16931Validator().validate([UInt8](bytes), file: "ubl-tc434-example1.xml")
        #expect(report.syntax == .ublInvoice)
        #expect(report.guidelineID == "urn:cen.eu:en16931:2017")
        #expect(report.file == "ubl-tc434-example1.xml")
        #expect(report.isValid, "\(report.violations)")
    }

    @Test("A missing line identifier is reported on that line, with a 1-based index")
    func locationHasIndex() throws {
        let xml =
            Self.ciiHeader + """
                <rsm:SupplyChainTradeTransaction>
                <ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument></ram:IncludedSupplyChainTradeLineItem>
                <ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:LineID> </ram:LineID></ram:AssociatedDocumentLineDocument></ram:IncludedSupplyChainTradeLineItem>
                </rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>
                """
        let report = try EN16931Validator().validate(Array(xml.utf8))
        let violations = report.violations.filter { $0.ruleID == "BR-21" }
        #expect(violations.count == 1)
        #expect(
            violations.first?.location
                == "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem[2]"
        )
        #expect(violations.first?.severity == .fatal)
        #expect(violations.first?.message.contains("Invoice line identifier (BT-126)") == true)
        #expect(!report.isValid)
        #expect(report.failedRuleIDs.contains("BR-02"))
    }

    @Test("BR-CO-10 rounds the sum of line amounts half up, like XPath round()")
    func roundingIsHalfUp() throws {
        let validator = EN16931Validator()
        func fires(total: String, lines: [String]) throws -> Bool {
            let body =
                "<cac:LegalMonetaryTotal><cbc:LineExtensionAmount>\(total)</cbc:LineExtensionAmount></cac:LegalMonetaryTotal>"
                + lines.map {
                    "<cac:InvoiceLine><cbc:LineExtensionAmount>\($0)</cbc:LineExtensionAmount></cac:InvoiceLine>"
                }
                .joined()
            return try validator.validate(Self.ubl(body)).failedRuleIDs.contains("BR-CO-10")
        }
        #expect(try !fires(total: "0.01", lines: ["0.005"]))
        #expect(try !fires(total: "0.00", lines: ["-0.005"]))
        #expect(try fires(total: "-0.01", lines: ["-0.005"]))
        #expect(try !fires(total: "100", lines: ["40.004", "60.000"]))
        #expect(try fires(total: "100.01", lines: ["40.004", "60.000"]))
    }

    @Test("A UBL allowance/charge saying both false and true is checked as an allowance only, as Schematron does")
    func allowanceChargeWithBothIndicators() throws {
        // The CEN artefact's patterns list the allowance rules first, and Schematron checks a node
        // against the first matching rule only: the verdict below was obtained from the official
        // EN16931-UBL-validation.xslt (Saxon) on the same edit.
        var text = try String(
            decoding: SharedFixtures.data("conformance/samples/cen-en16931/ubl/guide-example2.xml"),
            as: UTF8.self
        )
        let allowance = "<cbc:ChargeIndicator>false</cbc:ChargeIndicator>"
        let range = try #require(text.range(of: allowance))
        text.replaceSubrange(range, with: allowance + "<cbc:ChargeIndicator>true</cbc:ChargeIndicator>")
        let report = try EN16931Validator().validate(Array(text.utf8))
        #expect(Set(report.violations.map(\.ruleID)) == ["BR-CO-12", "BR-S-08"])
    }

    @Test("A warning does not make the report invalid")
    func warningsKeepReportValid() throws {
        let report = ValidationReport(
            syntax: .cii,
            violations: [RuleViolation(ruleID: "BR-51", severity: .warning, message: "m", location: "/x")]
        )
        #expect(report.isValid)
    }

    @Test("A report survives a JSON round trip")
    func reportIsCodable() throws {
        let report = try EN16931Validator().validate(Self.ubl("<cbc:ID>1</cbc:ID>"), file: "a.xml")
        let data = try JSONEncoder().encode(report)
        let decoded = try JSONDecoder().decode(ValidationReport.self, from: data)
        #expect(decoded == report)
        #expect(String(decoding: data, as: UTF8.self).contains("\"ublInvoice\""))
    }

    @Test("Validation throws only when it cannot run")
    func throwsWhenItCannotRun() throws {
        let unsupported = #expect(throws: FacturXError.self) {
            try EN16931Validator().validate(Array("<root/>".utf8))
        }
        #expect(unsupported?.code == .unsupportedDocument)
        let malformed = #expect(throws: FacturXError.self) {
            try EN16931Validator().validate(Array("<Invoice".utf8))
        }
        #expect(malformed?.code == .malformedXML)
    }

    @Test("Every assertion of the CEN artefacts (1.3.16) is implemented, for both syntaxes")
    func ruleCoverage() throws {
        for (syntax, file) in [
            (InvoiceSyntax.cii, "conformance/en16931/cii/EN16931-CII-validation-preprocessed.sch"),
            (InvoiceSyntax.ublCreditNote, "conformance/en16931/ubl/EN16931-UBL-validation-preprocessed.sch"),
        ] {
            let schematron = try XMLDocument(parsing: [UInt8](SharedFixtures.data(file)))
            var official = Set<String>()
            func collect(_ element: XMLElement) {
                if element.name == "assert", let id = element.attribute("id") { official.insert(id) }
                element.children.forEach(collect)
            }
            collect(schematron.root)
            let implemented = Set(EN16931Validator.implementedRuleIDs(for: syntax))
            #expect(official.count > 700)
            #expect(
                official.subtracting(implemented).isEmpty,
                "\(syntax): not implemented \(official.subtracting(implemented).sorted())"
            )
            #expect(
                implemented.subtracting(official).isEmpty,
                "\(syntax): not in the artefact \(implemented.subtracting(official).sorted())"
            )
        }
    }

    /// Opt-in: validates every XML file in `FACTURE_RULES_CROSSCHECK_DIR` and writes the failed rule
    /// ids to `ours.json` there, for comparison with the official XSLT run by an XSLT 2 processor
    /// (used to cross-check generated mutants of the samples; not part of the regular suite).
    @Test(
        "Failed rule ids of a folder of invoices are written for an external cross-check",
        .enabled(if: ProcessInfo.processInfo.environment["FACTURE_RULES_CROSSCHECK_DIR"] != nil)
    )
    func crossCheckDump() throws {
        let folder = try #require(ProcessInfo.processInfo.environment["FACTURE_RULES_CROSSCHECK_DIR"])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".xml") }.sorted()
        var result: [String: [String]] = [:]
        for file in files {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(file))
            guard let report = try? EN16931Validator().validate([UInt8](bytes)) else { continue }
            result[file] = report.failedRuleIDs
        }
        let data = try JSONEncoder().encode(result)
        try data.write(to: URL(fileURLWithPath: folder).appendingPathComponent("ours.json"))
    }
}
