// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

/// ``ExtendedCTCFRRules/ubl`` against the official `EXTENDED-CTC-FR-UBL.xslt` (FNFE-MPE France_RFE
/// 1.4.0): the same rules, the same verdicts on every UBL invoice of the CEN unit tests (table made
/// with Saxon, ``ExtendedCTCFRUBLVerdicts``), and on edits of the akretion EXTENDED-CTC-FR sample,
/// each expected verdict checked with Saxon on the same edited file.
@Suite struct ExtendedCTCFRUBLRulesTests {
    private static let artefact = "conformance/fr-ctc/ubl/EXTENDED-CTC-FR-UBL.xslt"
    private static let sample = "conformance/samples/fr-ctc/akretion_ubl-21-extended-ctc-fr.xml"

    /// The fatal and warning identifiers the rules fail on a document.
    static func verdict(_ document: XMLDocument) throws -> (fatal: Set<String>, warning: Set<String>) {
        let violations = try RuleEngine.violations(of: ExtendedCTCFRRules.ubl, in: document)
        return (
            Set(violations.filter { $0.severity == .fatal }.map(\.ruleID)),
            Set(violations.filter { $0.severity == .warning }.map(\.ruleID))
        )
    }

    @Test("The rules are the artefact's, with its flags")
    func coverage() throws {
        let text = try String(decoding: SharedFixtures.data(Self.artefact), as: UTF8.self)
        let pattern =
            #/<xsl:attribute name="id">([^<]+)</xsl:attribute>\s*<xsl:attribute name="flag">([^<]+)</xsl:attribute>/#
        var official = Set<String>()
        for match in text.matches(of: pattern) {
            official.insert(
                "\(match.1.trimmingCharacters(in: .whitespaces)) \(match.2.trimmingCharacters(in: .whitespaces))"
            )
        }
        let ours = Set(
            ExtendedCTCFRRules.ubl.map { "\($0.id) \($0.severity == .fatal ? "fatal" : "warning")" }
        )
        #expect(official.count == 953)
        #expect(official.subtracting(ours).sorted() == [])
        #expect(ours.subtracting(official).sorted() == [])
        #expect(ExtendedCTCFRRules.ubl.count == official.count)
    }

    @Test("The rules carry the artefact's texts")
    func messages() throws {
        let text = try String(decoding: SharedFixtures.data(Self.artefact), as: UTF8.self)
        let pattern =
            #/<xsl:attribute name="id">([^<]+)</xsl:attribute>\s*<xsl:attribute name="flag">(?s:.*?)<svrl:text>(?<text>(?s:.*?))</svrl:text>/#
        var official: [String: String] = [:]
        for match in text.matches(of: pattern) {
            let id = String(match.1)
            let words = String(match.text).replacing(#/<xsl:value-of[^>]*/>/#, with: "…").replacing(
                "<xsl:text/>",
                with: ""
            )
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
            official[id] = words.replacing(#/^\[[^\]]+\]\s*-\s*/#, with: "", maxReplacements: 1)
        }
        for rule in ExtendedCTCFRRules.ubl {
            #expect((rule.message ?? EN16931RuleText.message(for: rule.id)) == official[rule.id], "\(rule.id)")
        }
        #expect(ExtendedCTCFRUBL.nativeRules.count == 69)
    }

    @Test("Every UBL invoice of the CEN unit tests gets the artefact's verdict")
    func unitTestsAgree() throws {
        var expected: [String: (fatal: Set<String>, warning: Set<String>)] = [:]
        var failing = Set<String>()
        for line in ExtendedCTCFRUBLVerdicts.table.split(separator: "\n") {
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
        for testCase in try OfficialUnitTests.cases() {
            guard testCase.invoice.name == "Invoice" || testCase.invoice.name == "CreditNote" else { continue }
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
        #expect(disagreements == [])
    }

    @Test("The akretion EXTENDED-CTC-FR sample passes")
    func samplePasses() throws {
        let document = try XMLDocument(parsing: [UInt8](SharedFixtures.data(Self.sample)))
        let verdict = try Self.verdict(document)
        #expect(verdict.fatal == [])
        #expect(verdict.warning == [])
    }

    /// One edit of the akretion sample and the artefact's verdict on the result.
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

    @Test("Edits of the sample get the artefact's verdict", arguments: ExtendedCTCFRUBLRulesTests.cases)
    func edits(_ testCase: Case) throws {
        // The edits are written against the sample with the whitespace between tags removed.
        var text = try String(decoding: SharedFixtures.data(Self.sample), as: UTF8.self).replacing(
            #/>\s+</#,
            with: "><"
        )
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
            name: "BR-CO-25 fails without due date nor payment terms",
            edits: [
                (#"<cbc:DueDate>2026-07-16</cbc:DueDate>"#, #""#),
                (#"<cac:PaymentTerms><cbc:Note>30 jours net</cbc:Note></cac:PaymentTerms>"#, #""#),
            ],
            fatal: ["BR-CO-25"]
        ),
        Case(
            name: "BR-CO-25 holds with payment terms only",
            edits: [
                (#"<cbc:DueDate>2026-07-16</cbc:DueDate>"#, #""#)
            ]
        ),
        Case(
            name: "BR-FREXT-CO-10 fails beyond one cent a line",
            edits: [
                (
                    #"<cbc:LineExtensionAmount currencyID="EUR">273.00</cbc:LineExtensionAmount>"#,
                    #"<cbc:LineExtensionAmount currencyID="EUR">273.03</cbc:LineExtensionAmount>"#
                )
            ],
            fatal: ["BR-FREXT-CO-10"]
        ),
        Case(
            name: "BR-FREXT-CO-10 holds within one cent a line",
            edits: [
                (
                    #"<cbc:LineExtensionAmount currencyID="EUR">273.00</cbc:LineExtensionAmount>"#,
                    #"<cbc:LineExtensionAmount currencyID="EUR">273.02</cbc:LineExtensionAmount>"#
                )
            ]
        ),
        Case(
            name: "BR-FREXT-CO-11 fails beyond one cent an allowance",
            edits: [
                (
                    #"<cbc:AllowanceTotalAmount currencyID="EUR">5.50</cbc:AllowanceTotalAmount>"#,
                    #"<cbc:AllowanceTotalAmount currencyID="EUR">5.53</cbc:AllowanceTotalAmount>"#
                )
            ],
            fatal: ["BR-FREXT-CO-11"]
        ),
        Case(
            name: "BR-FREXT-CO-11 holds within one cent an allowance",
            edits: [
                (
                    #"<cbc:AllowanceTotalAmount currencyID="EUR">5.50</cbc:AllowanceTotalAmount>"#,
                    #"<cbc:AllowanceTotalAmount currencyID="EUR">5.52</cbc:AllowanceTotalAmount>"#
                )
            ]
        ),
        Case(
            name: "BR-FREXT-CO-12 fails beyond one cent a charge",
            edits: [
                (
                    #"<cbc:ChargeTotalAmount currencyID="EUR">5.50</cbc:ChargeTotalAmount>"#,
                    #"<cbc:ChargeTotalAmount currencyID="EUR">5.52</cbc:ChargeTotalAmount>"#
                )
            ],
            fatal: ["BR-FREXT-CO-12"]
        ),
        Case(
            name: "BR-FREXT-CO-12 holds within one cent a charge",
            edits: [
                (
                    #"<cbc:ChargeTotalAmount currencyID="EUR">5.50</cbc:ChargeTotalAmount>"#,
                    #"<cbc:ChargeTotalAmount currencyID="EUR">5.51</cbc:ChargeTotalAmount>"#
                )
            ]
        ),
        Case(
            name: "BR-FREXT-CO-13 and -15 fail beyond one cent an element",
            edits: [
                (
                    #"<cbc:TaxExclusiveAmount currencyID="EUR">273.00</cbc:TaxExclusiveAmount>"#,
                    #"<cbc:TaxExclusiveAmount currencyID="EUR">273.06</cbc:TaxExclusiveAmount>"#
                )
            ],
            fatal: ["BR-FREXT-CO-13", "BR-FREXT-CO-15"]
        ),
        Case(
            name: "BR-FREXT-CO-13 holds within one cent an element",
            edits: [
                (
                    #"<cbc:TaxExclusiveAmount currencyID="EUR">273.00</cbc:TaxExclusiveAmount>"#,
                    #"<cbc:TaxExclusiveAmount currencyID="EUR">273.04</cbc:TaxExclusiveAmount>"#
                )
            ]
        ),
        Case(
            name: "BR-FREXT-CO-15 fails beyond one cent an element",
            edits: [
                (
                    #"<cbc:TaxInclusiveAmount currencyID="EUR">308.03</cbc:TaxInclusiveAmount>"#,
                    #"<cbc:TaxInclusiveAmount currencyID="EUR">308.09</cbc:TaxInclusiveAmount>"#
                )
            ],
            fatal: ["BR-CO-16", "BR-FREXT-CO-15"]
        ),
        Case(
            name: "BR-FREXT-CO-15 holds without VAT total in the invoice currency",
            edits: [
                (
                    #"<cbc:TaxAmount currencyID="EUR">35.03</cbc:TaxAmount>"#,
                    #"<cbc:TaxAmount currencyID="USD">35.03</cbc:TaxAmount>"#
                ),
                (
                    #"<cbc:TaxInclusiveAmount currencyID="EUR">308.03</cbc:TaxInclusiveAmount>"#,
                    #"<cbc:TaxInclusiveAmount currencyID="EUR">308.09</cbc:TaxInclusiveAmount>"#
                ),
            ],
            fatal: ["BR-CO-16"]
        ),
        Case(
            name: "BR-FREXT-S-01 fails without S breakdown",
            edits: [
                (
                    #"<cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20.00</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>"#,
                    #"<cac:TaxCategory><cbc:ID>E</cbc:ID><cbc:Percent>20.00</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>E</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-E-09", "BR-E-10", "BR-FREXT-E-01", "BR-FREXT-E-08", "BR-FREXT-S-01"],
            warning: ["BR-FREXT-E-08ini", "BR-FREXT-E-08rev"]
        ),
        Case(
            name: "BR-FREXT-Z-01 fails for a document allowance of Z without breakdown",
            edits: [
                (
                    #"<cbc:AllowanceChargeReason>Consigne</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">3.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">138.00</cbc:BaseAmount><cac:TaxCategory><cbc:ID>S</cbc:ID>"#,
                    #"<cbc:AllowanceChargeReason>Consigne</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">3.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">138.00</cbc:BaseAmount><cac:TaxCategory><cbc:ID>Z</cbc:ID>"#
                )
            ],
            fatal: ["BR-FREXT-S-08", "BR-FREXT-Z-01", "BR-Z-06"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "BR-FREXT-E-01 fails for a document allowance of E without breakdown",
            edits: [
                (
                    #"<cbc:AllowanceChargeReason>Consigne</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">3.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">138.00</cbc:BaseAmount><cac:TaxCategory><cbc:ID>S</cbc:ID>"#,
                    #"<cbc:AllowanceChargeReason>Consigne</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">3.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">138.00</cbc:BaseAmount><cac:TaxCategory><cbc:ID>E</cbc:ID>"#
                )
            ],
            fatal: ["BR-E-06", "BR-FREXT-E-01", "BR-FREXT-S-08"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "BR-FREXT-AE-01 fails for a document allowance of AE without breakdown",
            edits: [
                (
                    #"<cbc:AllowanceChargeReason>Consigne</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">3.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">138.00</cbc:BaseAmount><cac:TaxCategory><cbc:ID>S</cbc:ID>"#,
                    #"<cbc:AllowanceChargeReason>Consigne</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">3.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">138.00</cbc:BaseAmount><cac:TaxCategory><cbc:ID>AE</cbc:ID>"#
                )
            ],
            fatal: ["BR-AE-01", "BR-AE-06", "BR-FREXT-AE-01", "BR-FREXT-S-08"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "BR-FREXT-IC-01 fails for a document allowance of K without breakdown",
            edits: [
                (
                    #"<cbc:AllowanceChargeReason>Consigne</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">3.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">138.00</cbc:BaseAmount><cac:TaxCategory><cbc:ID>S</cbc:ID>"#,
                    #"<cbc:AllowanceChargeReason>Consigne</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">3.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">138.00</cbc:BaseAmount><cac:TaxCategory><cbc:ID>K</cbc:ID>"#
                )
            ],
            fatal: ["BR-FREXT-IC-01", "BR-FREXT-S-08", "BR-IC-06"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "BR-FREXT-G-01 fails for a document allowance of G without breakdown",
            edits: [
                (
                    #"<cbc:AllowanceChargeReason>Consigne</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">3.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">138.00</cbc:BaseAmount><cac:TaxCategory><cbc:ID>S</cbc:ID>"#,
                    #"<cbc:AllowanceChargeReason>Consigne</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">3.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">138.00</cbc:BaseAmount><cac:TaxCategory><cbc:ID>G</cbc:ID>"#
                )
            ],
            fatal: ["BR-FREXT-G-01", "BR-FREXT-S-08", "BR-G-06"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "BR-FREXT-O-01 fails for a document allowance of O without breakdown",
            edits: [
                (
                    #"<cbc:AllowanceChargeReason>Consigne</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">3.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">138.00</cbc:BaseAmount><cac:TaxCategory><cbc:ID>S</cbc:ID>"#,
                    #"<cbc:AllowanceChargeReason>Consigne</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">3.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">138.00</cbc:BaseAmount><cac:TaxCategory><cbc:ID>O</cbc:ID>"#
                )
            ],
            fatal: ["BR-FREXT-O-01", "BR-FREXT-S-08", "BR-O-06"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "BR-FREXT-AF-01 fails for a document allowance of L without breakdown",
            edits: [
                (
                    #"<cbc:AllowanceChargeReason>Consigne</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">3.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">138.00</cbc:BaseAmount><cac:TaxCategory><cbc:ID>S</cbc:ID>"#,
                    #"<cbc:AllowanceChargeReason>Consigne</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">3.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">138.00</cbc:BaseAmount><cac:TaxCategory><cbc:ID>L</cbc:ID>"#
                )
            ],
            fatal: ["BR-FREXT-AF-01", "BR-FREXT-S-08"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "BR-FREXT-AG-01 fails for a document allowance of M without breakdown",
            edits: [
                (
                    #"<cbc:AllowanceChargeReason>Consigne</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">3.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">138.00</cbc:BaseAmount><cac:TaxCategory><cbc:ID>S</cbc:ID>"#,
                    #"<cbc:AllowanceChargeReason>Consigne</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">3.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">138.00</cbc:BaseAmount><cac:TaxCategory><cbc:ID>M</cbc:ID>"#
                )
            ],
            fatal: ["BR-AG-01", "BR-FREXT-AG-01", "BR-FREXT-S-08"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "BR-FREXT-S-08 fails beyond one cent",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.02</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-FREXT-S-08"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "BR-FREXT-S-08 holds within one cent",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.01</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ]
        ),
        Case(
            name: "BR-FREXT-Z-08 fails beyond one cent",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>Z</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.02</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>Z</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-FREXT-Z-08", "BR-Z-05", "BR-Z-09"],
            warning: ["BR-FREXT-Z-08ini", "BR-FREXT-Z-08rev"]
        ),
        Case(
            name: "BR-FREXT-Z-08 holds within one cent",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>Z</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.01</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>Z</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-Z-05", "BR-Z-09"]
        ),
        Case(
            name: "BR-FREXT-E-08 fails beyond one cent",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>E</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.02</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>E</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-E-05", "BR-E-09", "BR-E-10", "BR-FREXT-E-08"],
            warning: ["BR-FREXT-E-08ini", "BR-FREXT-E-08rev"]
        ),
        Case(
            name: "BR-FREXT-E-08 holds within one cent",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>E</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.01</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>E</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-E-05", "BR-E-09", "BR-E-10"]
        ),
        Case(
            name: "BR-FREXT-AE-08 fails beyond one cent",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>AE</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.02</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>AE</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-AE-05", "BR-AE-09", "BR-AE-10", "BR-FREXT-AE-08"],
            warning: ["BR-FREXT-AE-08ini", "BR-FREXT-AE-08rev"]
        ),
        Case(
            name: "BR-FREXT-AE-08 holds within one cent",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>AE</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.01</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>AE</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-AE-05", "BR-AE-09", "BR-AE-10"]
        ),
        Case(
            name: "BR-FREXT-IC-08 fails beyond one cent",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>K</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.02</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>K</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-FREXT-IC-08", "BR-IC-05", "BR-IC-09", "BR-IC-10"],
            warning: ["BR-FREXT-IC-08ini", "BR-FREXT-IC-08rev"]
        ),
        Case(
            name: "BR-FREXT-IC-08 holds within one cent",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>K</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.01</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>K</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-IC-05", "BR-IC-09", "BR-IC-10"]
        ),
        Case(
            name: "BR-FREXT-G-08 fails beyond one cent",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>G</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.02</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>G</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-FREXT-G-08", "BR-G-05", "BR-G-09", "BR-G-10"],
            warning: ["BR-FREXT-G-08ini", "BR-FREXT-G-08rev"]
        ),
        Case(
            name: "BR-FREXT-G-08 holds within one cent",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>G</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.01</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>G</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-G-05", "BR-G-09", "BR-G-10"]
        ),
        Case(
            name: "BR-FREXT-O-08 fails beyond one cent",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>O</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.02</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>O</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-FREXT-O-08", "BR-O-05", "BR-O-09", "BR-O-10"],
            warning: ["BR-FREXT-O-08ini", "BR-FREXT-O-08rev"]
        ),
        Case(
            name: "BR-FREXT-O-08 holds within one cent",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>O</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.01</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>O</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-O-05", "BR-O-09", "BR-O-10"]
        ),
        Case(
            name: "BR-FREXT-AF-08 fails beyond one cent",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>L</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.02</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>L</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-FREXT-AF-08"],
            warning: ["BR-FREXT-AF-08ini", "BR-FREXT-AF-08rev"]
        ),
        Case(
            name: "BR-FREXT-AF-08 holds within one cent",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>L</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.01</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>L</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ]
        ),
        Case(
            name: "BR-FREXT-AG-08 fails beyond one cent",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>M</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.02</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>M</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-FREXT-AG-08"],
            warning: ["BR-FREXT-AG-08ini", "BR-FREXT-AG-08rev"]
        ),
        Case(
            name: "BR-FREXT-AG-08 holds within one cent",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>M</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.01</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>M</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ]
        ),
        Case(
            name: "BR-FREXT-S-08rev fails with an exemption reason the lines lack",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:TaxExemptionReason>x</cbc:TaxExemptionReason><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            warning: ["BR-FREXT-S-08rev"]
        ),
        Case(
            name: "BR-FREXT-E-08rev fails with an exemption reason the lines lack",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>E</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>E</cbc:ID><cbc:TaxExemptionReason>x</cbc:TaxExemptionReason><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-E-05", "BR-E-09"],
            warning: ["BR-FREXT-E-08rev"]
        ),
        Case(
            name: "BR-FREXT-O-08rev fails with an exemption reason the lines lack",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>O</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>O</cbc:ID><cbc:TaxExemptionReason>x</cbc:TaxExemptionReason><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-O-05", "BR-O-09"],
            warning: ["BR-FREXT-O-08rev"]
        ),
        Case(
            name: "BR-FREXT-S-08 fails on one cent computed in double",
            edits: [
                (
                    #"<cbc:LineExtensionAmount currencyID="EUR">135.00</cbc:LineExtensionAmount>"#,
                    #"<cbc:LineExtensionAmount currencyID="EUR">100.10</cbc:LineExtensionAmount>"#
                ),
                (
                    #"<cbc:TaxableAmount currencyID="EUR">135.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:TaxableAmount currencyID="EUR">100.11</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                ),
            ],
            fatal: ["BR-FREXT-CO-10", "BR-FREXT-CO-13", "BR-FREXT-S-08", "BR-FREXT-S-09"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "BR-FREXT-S-08 holds on one cent computed in double",
            edits: [
                (
                    #"<cbc:LineExtensionAmount currencyID="EUR">135.00</cbc:LineExtensionAmount>"#,
                    #"<cbc:LineExtensionAmount currencyID="EUR">134.99</cbc:LineExtensionAmount>"#
                )
            ]
        ),
        Case(
            name: "BR-FREXT-S-09 fails beyond one cent an element",
            edits: [
                (
                    #"<cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount>"#,
                    #"<cbc:TaxAmount currencyID="EUR">7.45</cbc:TaxAmount>"#
                )
            ],
            fatal: ["BR-CO-14", "BR-FREXT-S-09"]
        ),
        Case(
            name: "BR-FREXT-S-09 holds within one cent an element",
            edits: [
                (
                    #"<cbc:TaxAmount currencyID="EUR">7.43</cbc:TaxAmount>"#,
                    #"<cbc:TaxAmount currencyID="EUR">7.44</cbc:TaxAmount>"#
                )
            ],
            fatal: ["BR-CO-14"]
        ),
        Case(
            name: "BR-FREXT-22 fails without quantity",
            edits: [
                (#"<cbc:InvoicedQuantity unitCode="C62">10</cbc:InvoicedQuantity>"#, #""#)
            ],
            fatal: ["BR-FREXT-22", "BR-FREXT-23"]
        ),
        Case(
            name: "BR-FREXT-22 holds on an INFORMATION sub-line",
            edits: [
                (#"<cbc:InvoicedQuantity unitCode="C62">10</cbc:InvoicedQuantity>"#, #""#),
                (
                    #"<cbc:LineExtensionAmount currencyID="EUR">135.00</cbc:LineExtensionAmount>"#,
                    #"<cbc:LineExtensionAmount currencyID="EUR">135.00</cbc:LineExtensionAmount><cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F124212</cbc:ID><cbc:DocumentStatusCode>INFORMATION</cbc:DocumentStatusCode></cac:InvoiceDocumentReference></cac:BillingReference>"#
                ),
            ],
            fatal: ["BR-FREXT-CO-10", "BR-FREXT-CO-13", "BR-FREXT-S-08"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "BR-FREXT-23 fails without unit",
            edits: [
                (
                    #"<cbc:InvoicedQuantity unitCode="C62">10</cbc:InvoicedQuantity>"#,
                    #"<cbc:InvoicedQuantity>10</cbc:InvoicedQuantity>"#
                )
            ],
            fatal: ["BR-FREXT-23"]
        ),
        Case(
            name: "BR-FREXT-24 fails without line net amount",
            edits: [
                (#"<cbc:LineExtensionAmount currencyID="EUR">135.00</cbc:LineExtensionAmount>"#, #""#)
            ],
            fatal: ["BR-FREXT-24", "BR-FREXT-CO-10", "BR-FREXT-CO-13", "BR-FREXT-S-08"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "BR-FREXT-24 holds on a GROUP sub-line",
            edits: [
                (
                    #"<cbc:LineExtensionAmount currencyID="EUR">135.00</cbc:LineExtensionAmount>"#,
                    #"<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F124212</cbc:ID><cbc:DocumentStatusCode>GROUP</cbc:DocumentStatusCode></cac:InvoiceDocumentReference></cac:BillingReference>"#
                )
            ],
            fatal: ["BR-FREXT-CO-10", "BR-FREXT-CO-13", "BR-FREXT-S-08"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "BR-FREXT-26 fails without price",
            edits: [
                (#"<cbc:PriceAmount currencyID="EUR">13.50</cbc:PriceAmount>"#, #""#)
            ],
            fatal: ["BR-FREXT-26"]
        ),
        Case(
            name: "BR-FREXT-CO-04 fails without VAT line category",
            edits: [
                (
                    #"15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>"#,
                    #"15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent><cac:TaxScheme><cbc:ID>GST</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>"#
                )
            ],
            fatal: ["BR-FREXT-CO-04"]
        ),
        Case(
            name: "UBL-FREXT-SR-48 fails without line VAT category",
            edits: [
                (
                    #"15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>"#,
                    #"15092000</cbc:ItemClassificationCode></cac:CommodityClassification>"#
                )
            ],
            fatal: ["BR-FREXT-CO-04", "BR-FREXT-S-08", "UBL-FREXT-SR-48"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "UBL-FREXT-SR-48 holds without line VAT category on a GROUP sub-line",
            edits: [
                (
                    #"15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>"#,
                    #"15092000</cbc:ItemClassificationCode></cac:CommodityClassification>"#
                ),
                (
                    #"<cbc:LineExtensionAmount currencyID="EUR">135.00</cbc:LineExtensionAmount>"#,
                    #"<cbc:LineExtensionAmount currencyID="EUR">135.00</cbc:LineExtensionAmount><cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F124212</cbc:ID><cbc:DocumentStatusCode>GROUP</cbc:DocumentStatusCode></cac:InvoiceDocumentReference></cac:BillingReference>"#
                ),
            ],
            fatal: ["BR-FREXT-08", "BR-FREXT-CO-10", "BR-FREXT-CO-13", "BR-FREXT-S-08"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "UBL-FREXT-SR-48 fails with two line VAT categories",
            edits: [
                (
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#,
                    #"<cbc:ItemClassificationCode listID="HS" listVersionID="NC8">15092000</cbc:ItemClassificationCode></cac:CommodityClassification><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.50</cbc:Percent>"#
                )
            ],
            fatal: ["UBL-FREXT-SR-48"]
        ),
        Case(
            name: "BR-FREXT-54-1 fails without attribute name",
            edits: [
                (#"<cbc:Name>Taille</cbc:Name>"#, #""#)
            ],
            fatal: ["BR-FREXT-54-1"]
        ),
        Case(
            name: "BR-FREXT-54-1 holds with an attribute code",
            edits: [
                (#"<cbc:Name>Taille</cbc:Name>"#, #"<cbc:NameCode>SIZE_TEXT</cbc:NameCode>"#)
            ]
        ),
        Case(
            name: "BR-FREXT-04 fails with an unknown attribute code",
            edits: [
                (#"<cbc:Name>Taille</cbc:Name>"#, #"<cbc:Name>Taille</cbc:Name><cbc:NameCode>XXXX</cbc:NameCode>"#)
            ],
            fatal: ["BR-FREXT-04"]
        ),
        Case(
            name: "BR-FREXT-54-2 fails with value and quantity",
            edits: [
                (
                    #"<cbc:Value>L</cbc:Value>"#,
                    #"<cbc:Value>L</cbc:Value><cbc:ValueQuantity unitCode="KGM">2</cbc:ValueQuantity>"#
                )
            ],
            fatal: ["BR-FREXT-54-2"]
        ),
        Case(
            name: "BR-FREXT-54-2 holds with a quantity and its unit",
            edits: [
                (#"<cbc:Value>L</cbc:Value>"#, #"<cbc:ValueQuantity unitCode="KGM">2</cbc:ValueQuantity>"#)
            ]
        ),
        Case(
            name: "BR-FREXT-54-2 fails with a quantity without unit",
            edits: [
                (#"<cbc:Value>L</cbc:Value>"#, #"<cbc:ValueQuantity>2</cbc:ValueQuantity>"#)
            ],
            fatal: ["BR-FREXT-54-2"]
        ),
        Case(
            name: "BR-55 and UBL-SR-07 fail on a document preceding invoice without number",
            edits: [
                (#"<cbc:ID>F124210</cbc:ID>"#, #"<cbc:IssueDate>2025-01-01</cbc:IssueDate>"#)
            ],
            fatal: ["BR-55", "UBL-SR-07"]
        ),
        Case(
            name: "BR-55 and UBL-SR-07 do not check a line preceding invoice",
            edits: [
                (#"<cbc:ID>F824739</cbc:ID>"#, #""#)
            ]
        ),
        Case(
            name: "UBL-SR-06 fails with two preceding invoices in one reference",
            edits: [
                (
                    #"<cbc:ID>F124210</cbc:ID></cac:InvoiceDocumentReference>"#,
                    #"<cbc:ID>F124210</cbc:ID></cac:InvoiceDocumentReference><cac:InvoiceDocumentReference><cbc:ID>F1</cbc:ID></cac:InvoiceDocumentReference>"#
                )
            ],
            fatal: ["UBL-SR-06"]
        ),
        Case(
            name: "UBL-FREXT-CR-410 and BR-FREXT-CL-27 fail on other delivery terms",
            edits: [
                (
                    #"<cac:PaymentMeans>"#,
                    #"<cac:DeliveryTerms><cbc:ID>XYZ</cbc:ID><cbc:SpecialTerms>x</cbc:SpecialTerms></cac:DeliveryTerms><cac:PaymentMeans>"#
                )
            ],
            fatal: ["BR-FREXT-CL-27"],
            warning: ["UBL-FREXT-CR-410"]
        ),
        Case(
            name: "UBL-FREXT-CR-410 holds on Incoterms with a location name",
            edits: [
                (
                    #"<cac:PaymentMeans>"#,
                    #"<cac:DeliveryTerms><cbc:ID>FOB</cbc:ID><cac:DeliveryLocation><cbc:Name>Marseille</cbc:Name></cac:DeliveryLocation></cac:DeliveryTerms><cac:PaymentMeans>"#
                )
            ]
        ),
        Case(
            name: "BR-FREXT-CL-27 accepts an empty code",
            edits: [
                (
                    #"<cac:PaymentMeans>"#,
                    #"<cac:DeliveryTerms><cbc:ID> </cbc:ID></cac:DeliveryTerms><cac:PaymentMeans>"#
                )
            ]
        ),
        Case(
            name: "UBL-FREXT-CR-645 fails on line delivery terms beyond Incoterms",
            edits: [
                (
                    #"<cac:Price><cbc:PriceAmount currencyID="EUR">13.50</cbc:PriceAmount>"#,
                    #"<cac:DeliveryTerms><cbc:ID>FOB</cbc:ID><cac:DeliveryLocation><cbc:ID>x</cbc:ID></cac:DeliveryLocation></cac:DeliveryTerms><cac:Price><cbc:PriceAmount currencyID="EUR">13.50</cbc:PriceAmount>"#
                )
            ],
            warning: ["UBL-FREXT-CR-645"]
        ),
        Case(
            name: "CII-FREXT-CR-490 fails on a tax exchange rate operator",
            edits: [
                (
                    #"<cac:TaxTotal>"#,
                    #"<cac:TaxExchangeRate><cbc:SourceCurrencyCode>EUR</cbc:SourceCurrencyCode><cbc:TargetCurrencyCode>USD</cbc:TargetCurrencyCode><cbc:MathematicOperatorCode>Multiply</cbc:MathematicOperatorCode></cac:TaxExchangeRate><cac:TaxTotal>"#
                )
            ],
            warning: ["CII-FREXT-CR-490"]
        ),
        Case(
            name: "CII-FREXT-CR-490 holds on currencies, rate and date",
            edits: [
                (
                    #"<cac:TaxTotal>"#,
                    #"<cac:TaxExchangeRate><cbc:SourceCurrencyCode>EUR</cbc:SourceCurrencyCode><cbc:TargetCurrencyCode>USD</cbc:TargetCurrencyCode><cbc:CalculationRate>1.1</cbc:CalculationRate><cbc:Date>2026-06-17</cbc:Date></cac:TaxExchangeRate><cac:TaxTotal>"#
                )
            ]
        ),
        Case(
            name: "BR-FREXT-CL-10 accepts BY",
            edits: [
                (#"<cbc:ID schemeID="0009">78787878400018</cbc:ID>"#, #"<cbc:ID schemeID="BY">78787878400018</cbc:ID>"#)
            ]
        ),
        Case(
            name: "BR-FREXT-CL-10 fails on an unknown scheme",
            edits: [
                (#"<cbc:ID schemeID="0009">78787878400018</cbc:ID>"#, #"<cbc:ID schemeID="XX">78787878400018</cbc:ID>"#)
            ],
            fatal: ["BR-FREXT-CL-10"]
        ),
        Case(
            name: "BR-FREXT-CL-20 fails on an unknown charge reason",
            edits: [
                (
                    #"<cbc:AllowanceChargeReason>Surtaxe carburant</cbc:AllowanceChargeReason>"#,
                    #"<cbc:AllowanceChargeReason>Surtaxe carburant</cbc:AllowanceChargeReason><cbc:AllowanceChargeReasonCode>QQQ</cbc:AllowanceChargeReasonCode>"#
                )
            ],
            fatal: ["BR-FREXT-CL-20"]
        ),
        Case(
            name: "BR-FREXT-CL-20-TAX accepts a 5153 tax code",
            edits: [
                (
                    #"<cbc:AllowanceChargeReason>Surtaxe carburant</cbc:AllowanceChargeReason>"#,
                    #"<cbc:AllowanceChargeReason>Surtaxe carburant</cbc:AllowanceChargeReason><cbc:AllowanceChargeReasonCode listID="5153">TAC</cbc:AllowanceChargeReasonCode>"#
                )
            ]
        ),
        Case(
            name: "BR-FREXT-CL-20-TAX fails on VAT",
            edits: [
                (
                    #"<cbc:AllowanceChargeReason>Surtaxe carburant</cbc:AllowanceChargeReason>"#,
                    #"<cbc:AllowanceChargeReason>Surtaxe carburant</cbc:AllowanceChargeReason><cbc:AllowanceChargeReasonCode listID="5153">VAT</cbc:AllowanceChargeReasonCode>"#
                )
            ],
            fatal: ["BR-FREXT-CL-20-TAX"]
        ),
        Case(
            name: "BR-FREXT-CL-20-LISTID fails on another list",
            edits: [
                (
                    #"<cbc:AllowanceChargeReason>Surtaxe carburant</cbc:AllowanceChargeReason>"#,
                    #"<cbc:AllowanceChargeReason>Surtaxe carburant</cbc:AllowanceChargeReason><cbc:AllowanceChargeReasonCode listID="X">FC</cbc:AllowanceChargeReasonCode>"#
                )
            ],
            fatal: ["BR-FREXT-CL-20-LISTID"]
        ),
        Case(
            name: "BR-FREXT-CL-24 accepts application/xml",
            edits: [
                (
                    #"<cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:AdditionalDocumentReference>"#,
                    #"<cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:AdditionalDocumentReference><cac:AdditionalDocumentReference><cbc:ID>A1</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode="application/xml" filename="a.xml">AA==</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>"#
                )
            ]
        ),
        Case(
            name: "BR-FREXT-CL-24 fails on image/gif",
            edits: [
                (
                    #"<cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:AdditionalDocumentReference>"#,
                    #"<cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:AdditionalDocumentReference><cac:AdditionalDocumentReference><cbc:ID>A1</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode="image/gif" filename="a.gif">AA==</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>"#
                )
            ],
            fatal: ["BR-FREXT-CL-24"]
        ),
        Case(
            name: "BR-FREXT-05 fails on an unknown sub-line type",
            edits: [
                (
                    #"<cbc:LineExtensionAmount currencyID="EUR">135.00</cbc:LineExtensionAmount>"#,
                    #"<cbc:LineExtensionAmount currencyID="EUR">135.00</cbc:LineExtensionAmount><cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F124212</cbc:ID><cbc:DocumentStatusCode>XXX</cbc:DocumentStatusCode></cac:InvoiceDocumentReference></cac:BillingReference>"#
                )
            ],
            fatal: ["BR-FREXT-05", "BR-FREXT-CO-10", "BR-FREXT-CO-13", "BR-FREXT-S-08"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "BR-FREXT-06 fails on a parent line without sub-line type",
            edits: [
                (
                    #"<cbc:LineExtensionAmount currencyID="EUR">138.00</cbc:LineExtensionAmount>"#,
                    #"<cbc:LineExtensionAmount currencyID="EUR">138.00</cbc:LineExtensionAmount><cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F124212</cbc:ID></cac:InvoiceDocumentReference><cac:BillingReferenceLine><cbc:ID>1</cbc:ID></cac:BillingReferenceLine></cac:BillingReference>"#
                )
            ],
            fatal: ["BR-FREXT-06", "BR-FREXT-CO-10", "BR-FREXT-CO-13", "BR-FREXT-S-08"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "BR-FREXT-11 fails on an unknown parent line",
            edits: [
                (
                    #"<cbc:LineExtensionAmount currencyID="EUR">138.00</cbc:LineExtensionAmount>"#,
                    #"<cbc:LineExtensionAmount currencyID="EUR">138.00</cbc:LineExtensionAmount><cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F124212</cbc:ID><cbc:DocumentStatusCode>DETAIL</cbc:DocumentStatusCode></cac:InvoiceDocumentReference><cac:BillingReferenceLine><cbc:ID>9</cbc:ID></cac:BillingReferenceLine></cac:BillingReference>"#
                )
            ],
            fatal: ["BR-FREXT-11"]
        ),
        Case(
            name: "BR-FREXT-11 fails on a line its own parent",
            edits: [
                (
                    #"<cbc:LineExtensionAmount currencyID="EUR">138.00</cbc:LineExtensionAmount>"#,
                    #"<cbc:LineExtensionAmount currencyID="EUR">138.00</cbc:LineExtensionAmount><cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F124212</cbc:ID><cbc:DocumentStatusCode>DETAIL</cbc:DocumentStatusCode></cac:InvoiceDocumentReference><cac:BillingReferenceLine><cbc:ID>2</cbc:ID></cac:BillingReferenceLine></cac:BillingReference>"#
                )
            ],
            fatal: ["BR-FREXT-11"]
        ),
        Case(
            name: "BR-FREXT-08 fails on a GROUP line not the sum of its sub-lines",
            edits: [
                (
                    #"<cbc:LineExtensionAmount currencyID="EUR">135.00</cbc:LineExtensionAmount>"#,
                    #"<cbc:LineExtensionAmount currencyID="EUR">135.00</cbc:LineExtensionAmount><cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F124212</cbc:ID><cbc:DocumentStatusCode>GROUP</cbc:DocumentStatusCode></cac:InvoiceDocumentReference></cac:BillingReference>"#
                ),
                (
                    #"<cbc:LineExtensionAmount currencyID="EUR">138.00</cbc:LineExtensionAmount>"#,
                    #"<cbc:LineExtensionAmount currencyID="EUR">138.00</cbc:LineExtensionAmount><cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F124212</cbc:ID><cbc:DocumentStatusCode>DETAIL</cbc:DocumentStatusCode></cac:InvoiceDocumentReference><cac:BillingReferenceLine><cbc:ID>1</cbc:ID></cac:BillingReferenceLine></cac:BillingReference>"#
                ),
            ],
            fatal: ["BR-FREXT-08", "BR-FREXT-CO-10", "BR-FREXT-CO-13", "BR-FREXT-S-08"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "BR-FREXT-08 holds on a GROUP line the sum of its sub-lines",
            edits: [
                (
                    #"<cbc:LineExtensionAmount currencyID="EUR">138.00</cbc:LineExtensionAmount>"#,
                    #"<cbc:LineExtensionAmount currencyID="EUR">138.00</cbc:LineExtensionAmount><cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F124212</cbc:ID><cbc:DocumentStatusCode>DETAIL</cbc:DocumentStatusCode></cac:InvoiceDocumentReference><cac:BillingReferenceLine><cbc:ID>1</cbc:ID></cac:BillingReferenceLine></cac:BillingReference>"#
                ),
                (
                    #"<cbc:LineExtensionAmount currencyID="EUR">135.00</cbc:LineExtensionAmount>"#,
                    #"<cbc:LineExtensionAmount currencyID="EUR">138.00</cbc:LineExtensionAmount><cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F124212</cbc:ID><cbc:DocumentStatusCode>GROUP</cbc:DocumentStatusCode></cac:InvoiceDocumentReference></cac:BillingReference>"#
                ),
            ],
            fatal: ["BR-FREXT-CO-10", "BR-FREXT-CO-13", "BR-FREXT-S-08"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "BR-FREXT-12 fails on a GROUP sub-line without amount",
            edits: [
                (
                    #"<cbc:LineExtensionAmount currencyID="EUR">135.00</cbc:LineExtensionAmount>"#,
                    #"<cbc:LineExtensionAmount currencyID="EUR">135.00</cbc:LineExtensionAmount><cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F124212</cbc:ID><cbc:DocumentStatusCode>GROUP</cbc:DocumentStatusCode></cac:InvoiceDocumentReference></cac:BillingReference>"#
                ),
                (
                    #"<cbc:LineExtensionAmount currencyID="EUR">138.00</cbc:LineExtensionAmount>"#,
                    #"<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F124212</cbc:ID><cbc:DocumentStatusCode>GROUP</cbc:DocumentStatusCode></cac:InvoiceDocumentReference><cac:BillingReferenceLine><cbc:ID>1</cbc:ID></cac:BillingReferenceLine></cac:BillingReference>"#
                ),
            ],
            fatal: ["BR-FREXT-08", "BR-FREXT-12", "BR-FREXT-CO-10", "BR-FREXT-CO-13", "BR-FREXT-S-08"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "An allowance whose indicators also say true is checked as an allowance only",
            edits: [
                (
                    #"<cbc:AllowanceChargeReason>Consigne</cbc:AllowanceChargeReason>"#,
                    #"<cbc:ChargeIndicator>true</cbc:ChargeIndicator>"#
                ),
                (
                    #"<cbc:AllowanceChargeReason>test</cbc:AllowanceChargeReason>"#,
                    #"<cbc:ChargeIndicator>true</cbc:ChargeIndicator>"#
                ),
            ],
            fatal: ["BR-33", "BR-42", "BR-CO-21", "BR-CO-23", "BR-FREXT-CO-12", "BR-FREXT-CO-13", "BR-FREXT-S-08"],
            warning: ["BR-FREXT-S-08ini", "BR-FREXT-S-08rev"]
        ),
        Case(
            name: "A sub-line referring to another invoice counts in the totals",
            edits: [
                (
                    #"<cbc:LineExtensionAmount currencyID="EUR">135.00</cbc:LineExtensionAmount>"#,
                    #"<cbc:LineExtensionAmount currencyID="EUR">135.00</cbc:LineExtensionAmount><cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F999</cbc:ID><cbc:DocumentStatusCode>GROUP</cbc:DocumentStatusCode></cac:InvoiceDocumentReference></cac:BillingReference>"#
                )
            ]
        ),
    ]
}
