// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

/// The code-list rules (BR-CL) and the CII syntax-binding rules (CII-SR, CII-DT) on official
/// examples edited to break (or just not break) them. Each case's expected verdicts are those of
/// the official CEN artefacts (release 1.3.16) on the same edited document.
@Suite struct EN16931SyntaxRulesTests {
    /// A text replacement in an example: the first occurrence, or every one.
    struct Edit: Sendable {
        /// The text replaced.
        var old: String
        /// Its replacement.
        var new: String
        /// Whether every occurrence is replaced.
        var everywhere = false

        init(_ old: String, _ new: String, everywhere: Bool = false) {
            self.old = old
            self.new = new
            self.everywhere = everywhere
        }
    }

    /// An official example, edited, and the BR-CL, CII-SR and CII-DT rules the artefacts report on it.
    struct SyntaxCase: Sendable, CustomTestStringConvertible {
        /// The official example edited.
        enum Base: Sendable {
            case cii, ubl

            /// Its path below `shared`.
            var path: String {
                switch self {
                case .cii: "conformance/samples/cen-en16931/cii/CII_example1.xml"
                case .ubl: "conformance/samples/cen-en16931/ubl/ubl-tc434-example1.xml"
                }
            }
        }

        /// What the edits do.
        var name: String
        /// The example edited.
        var base: Base
        /// The edits, in order.
        var edits: [Edit]
        /// The BR-CL, CII-SR and CII-DT rules the artefacts report, with their flag.
        var expected: [String: RuleViolation.Severity]

        init(_ name: String, _ base: Base, edits: [Edit], expected: [String: RuleViolation.Severity]) {
            self.name = name
            self.base = base
            self.edits = edits
            self.expected = expected
        }

        var testDescription: String { name }

        /// The edited document.
        func document() throws -> [UInt8] {
            var text = String(decoding: try SharedFixtures.data(base.path), as: UTF8.self)
            for edit in edits {
                let range = try #require(text.range(of: edit.old), "\(edit.old) not in \(base.path)")
                if edit.everywhere {
                    text = text.replacingOccurrences(of: edit.old, with: edit.new)
                } else {
                    text.replaceSubrange(range, with: edit.new)
                }
            }
            return Array(text.utf8)
        }
    }

    /// Whether a rule identifier belongs to the families under test.
    private static func isSyntaxOrCodeList(_ id: String) -> Bool {
        id.hasPrefix("BR-CL-") || id.hasPrefix("CII-SR-") || id.hasPrefix("CII-DT-")
    }

    /// The cases, with the verdicts of the official artefacts.
    static let cases: [SyntaxCase] = [
        SyntaxCase(
            "clean",
            .cii,
            edits: [],
            expected: [:]
        ),
        SyntaxCase(
            "excluded element",
            .cii,
            edits: [
                Edit(
                    "<ram:ID>12115118</ram:ID>",
                    "<ram:ID>12115118</ram:ID><ram:Name>X</ram:Name><ram:CopyIndicator><udt:Indicator>false</udt:Indicator></ram:CopyIndicator>"
                )
            ],
            expected: ["CII-SR-013": .warning, "CII-SR-016": .warning]
        ),
        SyntaxCase(
            "bad date",
            .cii,
            edits: [
                Edit(">20150109<", ">20151309<")
            ],
            expected: ["CII-DT-097": .fatal]
        ),
        SyntaxCase(
            "date with other digits",
            .cii,
            edits: [
                Edit(">20150109<", "> \u{662}\u{660}\u{661}\u{665}0109\n<")
            ],
            expected: [:]
        ),
        SyntaxCase(
            "duplicate documents",
            .cii,
            edits: [
                Edit(
                    "</ram:ApplicableHeaderTradeAgreement>",
                    "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>A</ram:IssuerAssignedID><ram:TypeCode>50</ram:TypeCode></ram:AdditionalReferencedDocument><ram:AdditionalReferencedDocument><ram:IssuerAssignedID>A</ram:IssuerAssignedID><ram:TypeCode>50</ram:TypeCode></ram:AdditionalReferencedDocument><ram:AdditionalReferencedDocument><ram:IssuerAssignedID>A</ram:IssuerAssignedID><ram:TypeCode>130</ram:TypeCode><ram:ReferenceTypeCode>XX1</ram:ReferenceTypeCode></ram:AdditionalReferencedDocument><ram:AdditionalReferencedDocument><ram:IssuerAssignedID>A</ram:IssuerAssignedID><ram:TypeCode>130</ram:TypeCode></ram:AdditionalReferencedDocument></ram:ApplicableHeaderTradeAgreement>"
                )
            ],
            expected: ["BR-CL-07": .fatal, "CII-SR-457": .warning, "CII-SR-458": .warning]
        ),
        SyntaxCase(
            "line documents",
            .cii,
            edits: [
                Edit(
                    "<ram:RateApplicablePercent>6</ram:RateApplicablePercent>\n                </ram:ApplicableTradeTax>",
                    "<ram:RateApplicablePercent>6</ram:RateApplicablePercent>\n                </ram:ApplicableTradeTax><ram:AdditionalReferencedDocument><ram:IssuerAssignedID>A</ram:IssuerAssignedID><ram:TypeCode> 130 </ram:TypeCode></ram:AdditionalReferencedDocument><ram:AdditionalReferencedDocument><ram:IssuerAssignedID>A</ram:IssuerAssignedID><ram:TypeCode>130</ram:TypeCode></ram:AdditionalReferencedDocument>"
                )
            ],
            expected: ["CII-DT-018": .fatal, "CII-SR-474": .warning]
        ),
        SyntaxCase(
            "due date codes",
            .cii,
            edits: [
                Edit(
                    "<ram:BasisAmount>183.23</ram:BasisAmount>",
                    "<ram:BasisAmount>183.23</ram:BasisAmount><ram:DueDateTypeCode>5</ram:DueDateTypeCode>"
                ),
                Edit(
                    "<ram:BasisAmount>46.37</ram:BasisAmount>",
                    "<ram:BasisAmount>46.37</ram:BasisAmount><ram:DueDateTypeCode>29</ram:DueDateTypeCode>"
                ),
            ],
            expected: ["CII-SR-462": .fatal]
        ),
        SyntaxCase(
            "credit transfer without account",
            .cii,
            edits: [
                Edit("<ram:IBANID>NL57 RABO 0107307510</ram:IBANID>", "<ram:AccountName>X</ram:AccountName>")
            ],
            expected: ["CII-SR-470": .fatal]
        ),
        SyntaxCase(
            "formats",
            .cii,
            edits: [
                Edit(
                    "<ram:RateApplicablePercent>6</ram:RateApplicablePercent>\n                </ram:ApplicableTradeTax>",
                    "<ram:RateApplicablePercent format=\"x\">6</ram:RateApplicablePercent>\n                </ram:ApplicableTradeTax><ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>1</udt:Indicator></ram:ChargeIndicator><ram:CalculationPercent format=\"x\">10</ram:CalculationPercent><ram:ActualAmount>1</ram:ActualAmount><ram:ReasonCode>XYZ</ram:ReasonCode></ram:SpecifiedTradeAllowanceCharge>"
                )
            ],
            expected: ["BR-CL-20": .fatal, "CII-DT-059": .warning, "CII-SR-186": .warning]
        ),
        SyntaxCase(
            "quantity units",
            .cii,
            edits: [
                Edit(" unitCode=\"H87\"", "", everywhere: true),
                Edit(
                    "<ram:ChargeAmount>9.95</ram:ChargeAmount>",
                    "<ram:ChargeAmount>9.95</ram:ChargeAmount><ram:BasisQuantity unitCode=\"H87\">1</ram:BasisQuantity>"
                ),
            ],
            expected: ["CII-DT-033": .fatal]
        ),
        SyntaxCase(
            "identifier schemes",
            .cii,
            edits: [
                Edit(
                    "<ram:Name>PATAT FRITES 10MM 10KG</ram:Name>",
                    "<ram:GlobalID schemeID=\"9999\">1</ram:GlobalID><ram:Name>PATAT FRITES 10MM 10KG</ram:Name><ram:DesignatedProductClassification><ram:ClassCode listID=\"Q1\">1</ram:ClassCode></ram:DesignatedProductClassification><ram:OriginTradeCountry><ram:ID>XX</ram:ID></ram:OriginTradeCountry>"
                ),
                Edit(
                    "<ram:Name>KAAS 50PL. JONG BEL. 1KG</ram:Name>",
                    "<ram:Name>KAAS 50PL. JONG BEL. 1KG</ram:Name><ram:OriginTradeCountry><ram:ID schemeID=\"0088\">XX</ram:ID></ram:OriginTradeCountry>"
                ),
                Edit(
                    "<ram:Name>De Koksmaat</ram:Name>",
                    "<ram:GlobalID schemeID=\"9999\">1</ram:GlobalID><ram:Name>De Koksmaat</ram:Name>"
                ),
                Edit(
                    "<ram:ID schemeID=\"VA\">",
                    "<ram:ID schemeID=\"FC\">X</ram:ID></ram:SpecifiedTaxRegistration><ram:SpecifiedTaxRegistration><ram:ID schemeID=\"VA\">"
                ),
                Edit(
                    "</ram:SellerTradeParty>",
                    "<ram:URIUniversalCommunication><ram:URIID schemeID=\"XX\">a@b</ram:URIID></ram:URIUniversalCommunication></ram:SellerTradeParty>"
                ),
                Edit(
                    "<ram:ApplicableHeaderTradeDelivery/>",
                    "<ram:ApplicableHeaderTradeDelivery><ram:ShipToTradeParty><ram:GlobalID schemeID=\"9999\">1</ram:GlobalID><ram:Name>X</ram:Name></ram:ShipToTradeParty></ram:ApplicableHeaderTradeDelivery>"
                ),
            ],
            expected: [
                "BR-CL-10": .fatal, "BR-CL-13": .fatal, "BR-CL-15": .fatal, "BR-CL-21": .fatal, "BR-CL-25": .fatal,
                "BR-CL-26": .fatal,
            ]
        ),
        SyntaxCase(
            "codes",
            .cii,
            edits: [
                Edit("<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode listID=\"x\">38</ram:TypeCode>"),
                Edit(
                    "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>",
                    "<ram:InvoiceCurrencyCode> eur </ram:InvoiceCurrencyCode>"
                ),
                Edit(
                    "<ram:CategoryCode>S</ram:CategoryCode>\n                <ram:RateApplicablePercent>21",
                    "<ram:CategoryCode>E</ram:CategoryCode><ram:ExemptionReasonCode>vatex-eu-79-c</ram:ExemptionReasonCode>\n                <ram:RateApplicablePercent>21"
                ),
                Edit("<ram:CountryID>NL</ram:CountryID>", "<ram:CountryID>N L</ram:CountryID>"),
                Edit("currencyID=\"EUR\"", "currencyID=\"EURO\""),
            ],
            expected: ["BR-CL-01": .fatal, "BR-CL-03": .fatal, "BR-CL-04": .fatal, "BR-CL-14": .fatal]
        ),
        SyntaxCase(
            "attachment",
            .cii,
            edits: [
                Edit(
                    "</ram:ApplicableHeaderTradeAgreement>",
                    "<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>A</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode><ram:AttachmentBinaryObject mimeCode=\"image/gif\" filename=\"a.gif\">AA==</ram:AttachmentBinaryObject></ram:AdditionalReferencedDocument></ram:ApplicableHeaderTradeAgreement>"
                )
            ],
            expected: ["BR-CL-24": .fatal]
        ),
        SyntaxCase(
            "ubl clean",
            .ubl,
            edits: [],
            expected: [:]
        ),
        SyntaxCase(
            "ubl codes",
            .ubl,
            edits: [
                Edit("<cbc:InvoiceTypeCode>380", "<cbc:InvoiceTypeCode>381"),
                Edit("25-04-'85##Delivery terms", "25-04-'85#QQQ#Delivery terms"),
                Edit("<cbc:ID>10202</cbc:ID>", "<cbc:ID schemeID=\"SEPA\">10202</cbc:ID>"),
                Edit("<cbc:PriceAmount currencyID=\"EUR\">9.95", "<cbc:PriceAmount>9.95"),
            ],
            expected: ["BR-CL-01": .fatal, "BR-CL-03": .fatal, "BR-CL-08": .fatal, "BR-CL-10": .fatal]
        ),
        SyntaxCase(
            "ubl accepted codes",
            .ubl,
            edits: [
                Edit("25-04-'85##Delivery terms", "25-04-'85#A A#Delivery terms"),
                Edit(
                    "<cac:PartyTaxScheme>",
                    "<cac:PartyIdentification><cbc:ID schemeID=\"SEPA\">X</cbc:ID></cac:PartyIdentification><cac:PartyTaxScheme>"
                ),
            ],
            expected: [:]
        ),
        SyntaxCase(
            "exemption",
            .cii,
            edits: [
                Edit(
                    "<ram:CategoryCode>S</ram:CategoryCode>\n                <ram:RateApplicablePercent>21",
                    "<ram:CategoryCode>E</ram:CategoryCode><ram:ExemptionReasonCode>VATEX-EU-79</ram:ExemptionReasonCode>\n                <ram:RateApplicablePercent>21"
                )
            ],
            expected: ["BR-CL-22": .fatal]
        ),
    ]

    @Test("The artefacts' BR-CL, CII-SR and CII-DT verdicts on edited examples", arguments: cases)
    func verdicts(_ testCase: SyntaxCase) throws {
        let report = try EN16931Validator().validate(try testCase.document(), file: testCase.name)
        let fired = report.violations.filter { Self.isSyntaxOrCodeList($0.ruleID) }
        var found: [String: RuleViolation.Severity] = [:]
        for violation in fired { found[violation.ruleID] = violation.severity }
        #expect(found == testCase.expected, "\(fired.map { "\($0.ruleID) at \($0.location)" })")
        // Each case breaks each rule once.
        #expect(fired.count == testCase.expected.count)
    }

    @Test("A violation carries the official text, flag and the context element's location")
    func violationDetails() throws {
        let bytes = try SyntaxCase(
            "excluded element",
            .cii,
            edits: [Edit("<ram:ID>12115118</ram:ID>", "<ram:ID>12115118</ram:ID><ram:Name>X</ram:Name>")],
            expected: [:]
        ).document()
        let report = try EN16931Validator().validate(bytes)
        let violation = try #require(report.violations.first { $0.ruleID == "CII-SR-013" })
        #expect(violation.severity == .warning)
        #expect(violation.message == "Name should not be present")
        #expect(violation.location == "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument")
    }

    @Test("Every BR-CL, CII-SR and CII-DT assertion of the artefacts is implemented once")
    func allRulesImplemented() {
        let cii = EN16931Rules.cii.map(\.id).filter(Self.isSyntaxOrCodeList)
        let ubl = EN16931Rules.ubl.map(\.id).filter { $0.hasPrefix("BR-CL-") }
        #expect(cii.count == Set(cii).count)
        #expect(ubl.count == Set(ubl).count)
        #expect(cii.filter { $0.hasPrefix("CII-SR-") }.count == 482)
        #expect(cii.filter { $0.hasPrefix("CII-DT-") }.count == 101)
        #expect(cii.filter { $0.hasPrefix("BR-CL-") }.count == 23)
        #expect(ubl.count == 23)
    }

    @Test("A CII element goes to the first rule of the syntax pattern that matches it")
    func firstMatchingRuleOnly() throws {
        // The header's ram:TypeCode is matched by //ram:TypeCode before the rule written for it:
        // its listID (CII-DT-010) is never reported, its name attribute (CII-DT-008) is.
        let bytes = try SyntaxCase(
            "type code attributes",
            .cii,
            edits: [
                Edit("<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode listID=\"1001\" name=\"x\">380</ram:TypeCode>")
            ],
            expected: [:]
        ).document()
        let report = try EN16931Validator().validate(bytes)
        let ids = Set(report.violations.map(\.ruleID))
        #expect(ids.contains("CII-DT-008"))
        #expect(!ids.contains("CII-DT-010"))
    }
}
