// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

/// Factur-X EXTENDED sub-line groups (a `GROUP` line and its `DETAIL` sub-lines) and multi-vendor
/// lines, read from and written to CII.
@Suite("EXTENDED sub-line groups")
struct SubLineTests {
    /// The official multi-vendor EXTENDED sample with two GROUP lines and five DETAIL sub-lines.
    static let groupSample =
        "conformance/samples/fr-ctc/UC11_F202600022_EXTENDED_FX_CII_BT-X-589Only_on_GROUP_Line.xml"

    static func readGroupSample() throws -> Invoice {
        try Invoice(ciiEncoded: SharedFixtures.data(groupSample))
    }

    @Test("the reader keeps parent line ids, sub-line types and line sellers")
    func readsSubLines() throws {
        let invoice = try Self.readGroupSample()
        #expect(invoice.lines.map(\.id) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(invoice.lines.map(\.parentLineID) == [nil, "1", "1", "1", nil, "5", "5"])
        #expect(
            invoice.lines.map(\.statusReasonCode)
                == ["GROUP", "DETAIL", "DETAIL", "DETAIL", "GROUP", "DETAIL", "DETAIL"]
        )
        #expect(invoice.lines.allSatisfy { $0.statusCode == nil })

        let group = invoice.lines[0]
        #expect(group.unstatedTerms == [.quantity, .netPrice, .vatCategory])
        #expect(group.vatAmount == Amount("5.00") && group.amountWithVAT == Amount("95.95"))
        #expect(group.netAmount == Amount("90.95"))
        #expect(group.vat.pointDateCode == .paidToDate)
        #expect(group.objectIdentifier == Identifier("S1", schemeID: "AVV"))
        #expect(group.additionalObjectIdentifiers == [Identifier("F202600022", schemeID: "AFL")])
        let seller = try #require(group.itemSeller)
        #expect(seller.name == "LE VENDEUR")
        #expect(seller.identifiers == [Identifier("587451236587", schemeID: "0088")])
        #expect(seller.legalRegistrationIdentifier == Identifier("100000009", schemeID: "0002"))
        #expect(seller.vatIdentifier == "FR88100000009")
        #expect(seller.postalAddress?.country.rawValue == "FR")

        let detail = invoice.lines[1]
        #expect(detail.unstatedTerms.isEmpty)
        #expect(detail.quantity == Quantity("1.0000") && detail.unitCode == "C62")
        #expect(detail.vat.categoryCode == .standardRate && detail.vat.rate == Percentage("5.50"))
        #expect(detail.vat.exemptionReason == "#F202600022#")
        #expect(detail.itemSeller?.name == "")
        #expect(detail.itemSeller?.legalRegistrationIdentifier == Identifier("100000009", schemeID: "0002"))
        #expect(detail.vatAmount == nil && detail.additionalObjectIdentifiers.isEmpty)
    }

    @Test(
        "written as EXTENDED or EXTENDED-CTC-FR and read again, the sub-lines are unchanged",
        arguments: [FacturXProfile.extended, .extendedCTCFR]
    )
    func roundTrip(profile: FacturXProfile) throws {
        let invoice = try Self.readGroupSample()
        let (reduced, dropped) = invoice.reduced(to: profile)
        #expect(dropped.isEmpty, "\(dropped)")
        let again = try Invoice(ciiEncoded: invoice.serializeAsCII(profile: profile))
        #expect(again.lines == invoice.lines)
        #expect(reduced.lines == invoice.lines)
        // The GROUP lines state no quantity, price or VAT category, and neither does the output.
        let xml = String(decoding: invoice.serializeAsCII(profile: profile), as: UTF8.self)
        #expect(xml.components(separatedBy: "<ram:BilledQuantity").count - 1 == 5)
        #expect(xml.components(separatedBy: "<ram:NetPriceProductTradePrice>").count - 1 == 5)
        #expect(xml.components(separatedBy: "<ram:ParentLineID>").count - 1 == 5)
        #expect(xml.contains("<ram:TaxTotalAmount currencyID=\"EUR\">12.20</ram:TaxTotalAmount>"))
        // The profile's schema accepts the GROUP lines without quantity, price or VAT category.
        let validator = InvoiceValidator(schemaDirectory: try SharedFixtures.url("conformance"))
        let report = try validator.validate(invoice.serializeAsCII(profile: profile), profile: profile)
        let schemaErrors = report.violations.filter { $0.ruleID == "XSD" }.map(\.message)
        #expect(schemaErrors.isEmpty, "\(schemaErrors)")
    }

    @Test("written as EN 16931, the sub-line terms are dropped and reported")
    func reducedToEN16931() throws {
        let invoice = try Self.readGroupSample()
        let (reduced, dropped) = invoice.reduced(to: .en16931)
        #expect(reduced.lines.count == 7)
        #expect(reduced.lines.allSatisfy { $0.parentLineID == nil && $0.statusReasonCode == nil })
        #expect(reduced.lines.allSatisfy { $0.itemSeller == nil && $0.additionalObjectIdentifiers.isEmpty })
        #expect(reduced.lines.allSatisfy { $0.vatAmount == nil && $0.amountWithVAT == nil })
        // The EN 16931 schema requires quantity, net price and VAT category: GROUP lines get the
        // placeholders, and line VAT texts and codes stay (the schema has a place for them).
        #expect(reduced.lines.allSatisfy { $0.unstatedTerms.isEmpty })
        #expect(reduced.lines.map(\.vat.exemptionReason) == invoice.lines.map(\.vat.exemptionReason))
        #expect(reduced.lines.map(\.vat.pointDateCode) == invoice.lines.map(\.vat.pointDateCode))
        // Terms EN 16931 carries stay.
        #expect(reduced.lines.map(\.netAmount) == invoice.lines.map(\.netAmount))
        #expect(reduced.lines.map(\.objectIdentifier) == invoice.lines.map(\.objectIdentifier))

        let line = "/CrossIndustryInvoice/SupplyChainTradeTransaction/IncludedSupplyChainTradeLineItem"
        func count(_ location: String) -> Int? {
            dropped.first { $0.location == line + location }?.count
        }
        #expect(count("/AssociatedDocumentLineDocument/ParentLineID") == 5)
        #expect(count("/AssociatedDocumentLineDocument/LineStatusReasonCode") == 7)
        #expect(count("/SpecifiedLineTradeAgreement/ItemSellerTradeParty") == 7)
        #expect(count("/SpecifiedLineTradeSettlement/AdditionalReferencedDocument") == 2)
        #expect(
            count("/SpecifiedLineTradeSettlement/SpecifiedTradeSettlementLineMonetarySummation/TaxTotalAmount") == 2
        )
        let parent = try #require(dropped.first { $0.location.hasSuffix("/ParentLineID") })
        #expect(parent.name.contains("EXT-FR-FE-162"))
        #expect(parent.termIDs.isEmpty)

        let xml = String(decoding: invoice.serializeAsCII(profile: .en16931), as: UTF8.self)
        for element in [
            "ParentLineID", "LineStatusReasonCode", "ItemSellerTradeParty", "GrandTotalAmount>95.95",
        ] {
            #expect(!xml.contains("<ram:\(element)"), "\(element)")
        }
        #expect(xml.components(separatedBy: "<ram:BilledQuantity").count - 1 == 7)
    }

    @Test("a line built in code carries sub-line terms through CII and JSON")
    func builtInCode() throws {
        let sample = try Self.readGroupSample()
        var invoice = sample
        var line = Invoice.Line(
            id: "9",
            quantity: 2,
            unitCode: "C62",
            netAmount: 10,
            price: .init(netPrice: 5),
            vat: .init(categoryCode: .standardRate, rate: 20, exemptionReason: "#X#"),
            item: .init(name: "Information"),
            parentLineID: "5",
            statusCode: "1",
            statusReasonCode: "INFORMATION",
            itemSeller: Invoice.Seller(name: "", legalRegistrationIdentifier: Identifier("111111118", schemeID: "0002"))
        )
        line.additionalObjectIdentifiers = [Identifier("A", schemeID: "AFL"), Identifier("B", schemeID: "AVV")]
        line.objectIdentifier = Identifier("O", schemeID: "AVV")
        invoice.lines.append(line)
        let again = try Invoice(ciiEncoded: invoice.serializeAsCII(profile: .extendedCTCFR))
        #expect(again.lines.last == line)
        let decoded = try JSONDecoder().decode(Invoice.Line.self, from: JSONEncoder().encode(line))
        #expect(decoded == line)
        // Unstated terms encode sorted; a line without the EXTENDED terms encodes as before.
        let group = sample.lines[0]
        let groupJSON = String(decoding: try JSONEncoder().encode(group), as: UTF8.self)
        #expect(groupJSON.contains(#""unstatedTerms":["netPrice","quantity","vatCategory"]"#))
        #expect(try JSONDecoder().decode(Invoice.Line.self, from: Data(groupJSON.utf8)) == group)
        // An EN 16931 line built as before still has none of them.
        #expect(sample.lines.isEmpty == false)
        let plain = Invoice.Line(
            id: "1",
            quantity: 1,
            unitCode: "C62",
            netAmount: 1,
            price: .init(netPrice: 1),
            vat: .init(categoryCode: .standardRate),
            item: .init(name: "x")
        )
        #expect(plain.parentLineID == nil && plain.unstatedTerms.isEmpty && plain.itemSeller == nil)
        let plainJSON = String(decoding: try JSONEncoder().encode(plain), as: UTF8.self)
        #expect(!plainJSON.contains("unstatedTerms") && !plainJSON.contains("additionalObjectIdentifiers"))
        #expect(try JSONDecoder().decode(Invoice.Line.self, from: Data(plainJSON.utf8)) == plain)
    }
}
