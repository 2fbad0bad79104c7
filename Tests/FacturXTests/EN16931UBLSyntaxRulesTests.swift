// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

/// The UBL syntax-binding rules (UBL-SR, UBL-DT, UBL-CR) on official UBL examples edited to break
/// one rule. Every expected verdict was checked against the CEN artefact
/// (`EN16931-UBL-validation.xslt`, release 1.3.16) run by Saxon on the same edited file.
@Suite struct EN16931UBLSyntaxRulesTests {
    private static let folder = "conformance/samples/cen-en16931/ubl/"

    /// One edit of an official example and the UBL-* verdicts the artefact gives on the result.
    struct Case: CustomTestStringConvertible, Sendable {
        /// What the edit does.
        var name: String
        /// Whether the edited example is the credit note (else the invoice).
        var creditNote = false
        /// Texts replaced at their first occurrence, and what replaces them.
        var edits: [(String, String)]
        /// The UBL syntax rules failed: identifier and severity.
        var expected: [String: RuleViolation.Severity]

        /// The name shown for the test case.
        var testDescription: String { name }
    }

    private static let beforeSupplier = "<cac:AccountingSupplierParty>"

    private static func reference(_ content: String) -> (String, String) {
        (
            beforeSupplier,
            "<cac:AdditionalDocumentReference>\(content)</cac:AdditionalDocumentReference>" + beforeSupplier
        )
    }

    private static func payee(_ content: String) -> (String, String) {
        ("<cac:PaymentMeans>", "<cac:PayeeParty>\(content)</cac:PayeeParty><cac:PaymentMeans>")
    }

    /// The edits, each checked with Saxon against the official artefact.
    static let cases: [Case] = [
        Case(
            name: "UUID on the invoice",
            edits: [("<cbc:IssueDate>", "<cbc:UUID>u</cbc:UUID><cbc:IssueDate>")],
            expected: ["UBL-CR-005": .warning]
        ),
        Case(
            name: "Extensions, with an amount of three decimals in a foreign namespace",
            edits: [
                (
                    "<cbc:CustomizationID>",
                    """
                    <ext:UBLExtensions xmlns:ext="urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2">\
                    <ext:UBLExtension><ext:ExtensionContent><x:Foo xmlns:x="urn:x"><x:BarAmount>1.234</x:BarAmount></x:Foo>\
                    </ext:ExtensionContent></ext:UBLExtension></ext:UBLExtensions><cbc:CustomizationID>
                    """
                )
            ],
            expected: ["UBL-CR-001": .warning, "UBL-DT-01": .fatal]
        ),
        Case(
            name: "UBLVersionID other than 2.1",
            edits: [("<cbc:CustomizationID>", "<cbc:UBLVersionID>2.0</cbc:UBLVersionID><cbc:CustomizationID>")],
            expected: ["UBL-CR-002": .warning]
        ),
        Case(
            name: "UBLVersionID 2.1",
            edits: [("<cbc:CustomizationID>", "<cbc:UBLVersionID>2.1</cbc:UBLVersionID><cbc:CustomizationID>")],
            expected: [:]
        ),
        Case(
            name: "Payment due date in an invoice",
            edits: [
                (
                    "<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>",
                    "<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cbc:PaymentDueDate>2015-01-09</cbc:PaymentDueDate>"
                )
            ],
            expected: ["UBL-CR-412": .warning]
        ),
        Case(
            name: "Payment due date and UUID in a credit note",
            creditNote: true,
            edits: [
                (
                    "<cbc:PaymentMeansCode>1</cbc:PaymentMeansCode>",
                    "<cbc:PaymentMeansCode>1</cbc:PaymentMeansCode><cbc:PaymentDueDate>2015-01-09</cbc:PaymentDueDate>"
                ), ("<cbc:IssueDate>", "<cbc:UUID>u</cbc:UUID><cbc:IssueDate>"),
            ],
            expected: ["UBL-CR-005": .warning]
        ),
        Case(
            name: "Two notes on a line",
            edits: [("<cbc:ID>1</cbc:ID>", "<cbc:ID>1</cbc:ID><cbc:Note>a</cbc:Note><cbc:Note>b</cbc:Note>")],
            expected: ["UBL-SR-34": .fatal]
        ),
        Case(
            name: "An amount with three decimals",
            edits: [
                (
                    "<cbc:PayableAmount currencyID=\"EUR\">250.33<",
                    "<cbc:PayableAmount currencyID=\"EUR\">250.330<"
                )
            ],
            expected: ["UBL-DT-01": .fatal]
        ),
        Case(
            name: "Amounts with three decimals in a price discount are not checked",
            edits: [
                (
                    "<cbc:PriceAmount currencyID=\"EUR\">9.95</cbc:PriceAmount>",
                    """
                    <cbc:PriceAmount currencyID="EUR">9.95</cbc:PriceAmount><cac:AllowanceCharge>\
                    <cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:Amount currencyID="EUR">1.005</cbc:Amount>\
                    <cbc:BaseAmount currencyID="EUR">10.955</cbc:BaseAmount></cac:AllowanceCharge>
                    """
                )
            ],
            expected: [:]
        ),
        Case(
            name: "name and listName attributes on the type code",
            edits: [("<cbc:InvoiceTypeCode>", "<cbc:InvoiceTypeCode name=\"x\" listName=\"y\">")],
            expected: ["UBL-DT-17": .warning, "UBL-DT-18": .warning]
        ),
        Case(
            name: "A name attribute on a payment means code is allowed",
            edits: [("<cbc:PaymentMeansCode>30<", "<cbc:PaymentMeansCode name=\"Credit transfer\">30<")],
            expected: [:]
        ),
        Case(
            name: "Two different payment means codes",
            edits: [
                (
                    "<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>\n        <cac:PayeeFinancialAccount>\n            <cbc:ID>NL03",
                    "<cbc:PaymentMeansCode>31</cbc:PaymentMeansCode>\n        <cac:PayeeFinancialAccount>\n            <cbc:ID>NL03"
                )
            ],
            expected: ["UBL-SR-47": .fatal]
        ),
        Case(
            name: "Supporting document with a type code other than 130",
            edits: [reference("<cbc:ID>d</cbc:ID><cbc:DocumentTypeCode>916</cbc:DocumentTypeCode>")],
            expected: ["UBL-SR-43": .fatal]
        ),
        Case(
            name: "Supporting document with neither type code nor scheme",
            edits: [reference("<cbc:ID>d</cbc:ID>")],
            expected: [:]
        ),
        Case(
            name: "Scheme on a reference of type 50 in an invoice",
            edits: [reference("<cbc:ID schemeID=\"AAA\">d</cbc:ID><cbc:DocumentTypeCode>50</cbc:DocumentTypeCode>")],
            expected: ["UBL-SR-43": .fatal, "UBL-CR-665": .warning]
        ),
        Case(
            name: "Scheme on a reference of type 50 in a credit note",
            creditNote: true,
            edits: [reference("<cbc:ID schemeID=\"AAA\">d</cbc:ID><cbc:DocumentTypeCode>50</cbc:DocumentTypeCode>")],
            expected: ["UBL-CR-665": .warning]
        ),
        Case(
            name: "Invoiced object with a description",
            edits: [
                reference(
                    "<cbc:ID schemeID=\"AAA\">d</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode>"
                        + "<cbc:DocumentDescription>x</cbc:DocumentDescription>"
                )
            ],
            expected: ["UBL-CR-673": .fatal]
        ),
        Case(
            name: "Binary object without a file name",
            edits: [
                reference(
                    "<cbc:ID>d</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode=\"text/csv\">AA=="
                        + "</cbc:EmbeddedDocumentBinaryObject></cac:Attachment>"
                )
            ],
            expected: ["UBL-DT-07": .fatal]
        ),
        Case(
            name: "Payee with one SEPA and one other identifier",
            edits: [
                payee(
                    "<cac:PartyIdentification><cbc:ID>1</cbc:ID></cac:PartyIdentification><cac:PartyIdentification>"
                        + "<cbc:ID schemeID=\"SEPA\">2</cbc:ID></cac:PartyIdentification>"
                        + "<cac:PartyName><cbc:Name>P</cbc:Name></cac:PartyName>"
                )
            ],
            expected: [:]
        ),
        Case(
            name: "Payee with two identifiers, one without scheme",
            edits: [
                payee(
                    "<cac:PartyIdentification><cbc:ID>1</cbc:ID></cac:PartyIdentification><cac:PartyIdentification>"
                        + "<cbc:ID schemeID=\"x\">2</cbc:ID></cac:PartyIdentification>"
                        + "<cac:PartyName><cbc:Name>P</cbc:Name></cac:PartyName>"
                )
            ],
            expected: ["UBL-SR-20": .fatal]
        ),
        Case(
            name: "Payee without a name",
            edits: [payee("<cac:PartyIdentification><cbc:ID>1</cbc:ID></cac:PartyIdentification>")],
            expected: ["UBL-SR-19": .fatal, "UBL-SR-20": .fatal, "UBL-SR-21": .fatal]
        ),
    ]

    private static func source(creditNote: Bool) throws -> String {
        let file = creditNote ? "ubl-tc434-creditnote1.xml" : "ubl-tc434-example1.xml"
        return try #require(String(data: SharedFixtures.data(folder + file), encoding: .utf8))
    }

    /// The UBL syntax rules a document fails, with their severity.
    private static func syntaxVerdicts(_ xml: String) throws -> [String: RuleViolation.Severity] {
        let report = try EN16931Validator().validate(Array(xml.utf8), file: "edited.xml")
        var verdicts: [String: RuleViolation.Severity] = [:]
        for violation in report.violations where violation.ruleID.hasPrefix("UBL-") {
            verdicts[violation.ruleID] = violation.severity
        }
        return verdicts
    }

    @Test("The official examples break no UBL syntax rule", arguments: [false, true])
    func cleanExamples(creditNote: Bool) throws {
        #expect(try Self.syntaxVerdicts(Self.source(creditNote: creditNote)).isEmpty)
    }

    @Test("An edited example fails exactly the UBL syntax rules the artefact reports", arguments: cases)
    func editedExample(_ testCase: Case) throws {
        let source = try Self.source(creditNote: testCase.creditNote)
        var edited = source
        for (original, replacement) in testCase.edits {
            let range = try #require(edited.range(of: original))
            edited.replaceSubrange(range, with: replacement)
        }
        #expect(try Self.syntaxVerdicts(edited) == testCase.expected)
    }

    @Test("A violation carries the official text and the root location")
    func violationDetails() throws {
        let source = try Self.source(creditNote: false)
        let edited = source.replacingOccurrences(of: "<cbc:IssueDate>", with: "<cbc:UUID>u</cbc:UUID><cbc:IssueDate>")
        let report = try EN16931Validator().validate(Array(edited.utf8), file: "edited.xml")
        let violation = try #require(report.violations.first { $0.ruleID == "UBL-CR-005" })
        #expect(violation.message == "A UBL invoice should not include the UUID")
        #expect(violation.location == "/ubl:Invoice")
        #expect(violation.severity == .warning)
    }

    @Test("Every UBL syntax assert of the artefact is implemented once")
    func ruleCounts() {
        let ids = EN16931Rules.ublSyntax.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.filter { $0.hasPrefix("UBL-SR-") }.count == 54)
        #expect(ids.filter { $0.hasPrefix("UBL-DT-") }.count == 24)
        #expect(ids.filter { $0.hasPrefix("UBL-CR-") }.count == 678)
    }
}
