// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

@Suite("CII reader")
struct CIIReaderTests {
    static let akretionEN16931 = "conformance/samples/fr-ctc/akretion_factur-x-en16931.xml"

    static func sampleText(_ path: String = akretionEN16931) throws -> String {
        String(decoding: try SharedFixtures.data(path), as: UTF8.self)
    }

    @Test("reads the known values of the akretion EN 16931 Factur-X sample (checked by hand in the XML)")
    func knownValues() throws {
        let document = try CIIInvoiceDocument(ciiEncoded: Array(try Self.sampleText().utf8))
        let invoice = document.invoice
        #expect(document.profile == .en16931)
        #expect(invoice.processControl.specificationIdentifier == "urn:cen.eu:en16931:2017")
        #expect(invoice.processControl.businessProcessType == "S1")
        #expect(invoice.number == "F20260023")
        #expect(invoice.typeCode == .commercialInvoice)
        #expect(invoice.issueDate == (try CalendarDate(year: 2026, month: 1, day: 31)))
        #expect(invoice.dueDate == (try CalendarDate(year: 2026, month: 3, day: 2)))
        #expect(invoice.currency == .euro)
        #expect(invoice.buyerReference == "SERVEXEC")
        #expect(invoice.seller.name == "LE FOURNISSEUR")
        #expect(invoice.seller.vatIdentifier == "FR11123456782")
        #expect(invoice.seller.legalRegistrationIdentifier == Identifier("123456782", schemeID: "0002"))
        #expect(invoice.seller.postalAddress?.city == "PARIS")
        #expect(invoice.buyer.name == "LE CLIENT")
        #expect(invoice.notes.count == 6)
        #expect(invoice.notes.first?.subjectCode?.rawValue == "REG")
        #expect(
            invoice.precedingInvoices == [
                .init(number: "F20260003", issueDate: try CalendarDate(year: 2026, month: 1, day: 1))
            ]
        )
        // Totals, with their written scale.
        #expect(invoice.totals.sumOfLineNetAmounts?.description == "95.00")
        #expect(invoice.totals.sumOfCharges?.description == "14.00")
        #expect(invoice.totals.sumOfAllowances?.description == "9.00")
        #expect(invoice.totals.totalWithoutVAT.description == "100.00")
        #expect(invoice.totals.totalVAT?.description == "4.90")
        #expect(invoice.totals.totalWithVAT.description == "104.90")
        #expect(invoice.totals.amountDue.description == "104.90")
        #expect(invoice.totals.paidAmount?.isZero == true)
        // Payment (BG-16 to BG-19).
        let payment = try #require(invoice.paymentInstructions)
        #expect(payment.meansCode.rawValue == "30")
        #expect(payment.meansText == "Virement")
        #expect(payment.remittanceInformation == "F20260023BUYER")
        #expect(payment.creditTransfers.first?.accountIdentifier == "FR20 1254 2547 2569 8542 5874 698")
        #expect(payment.creditTransfers.first?.serviceProviderIdentifier == "BIC_MONCOMPTE")
        #expect(payment.paymentCard?.holderName == "MON NOM MA CARTE")
        #expect(payment.directDebit?.creditorIdentifier == "CREDID")
        #expect(payment.directDebit?.debitedAccountIdentifier == "FRDEBIT")
        #expect(invoice.payee?.name == "PAYEE NAME")
        // Lines.
        #expect(invoice.lines.count == 3)
        let first = try #require(invoice.lines.first)
        #expect(first.id == "1")
        #expect(first.note == "DONT 0,50 EUR de DEEE")
        #expect(first.quantity.description == "1.0000")
        #expect(first.unitCode.rawValue == "C62")
        #expect(first.netAmount.description == "60.00")
        #expect(first.price.netPrice.description == "60.0000")
        #expect(first.price.grossPrice?.description == "65.0000")
        #expect(first.orderLineReference == "1")
        #expect(first.item.name == "PRESTATION SUPPORT")
        #expect(first.item.standardIdentifier == Identifier("598785412598745", schemeID: "0160"))
        #expect(first.item.sellerIdentifier == "ART_1254")
        #expect(first.item.attributes == [.init(name: "CATEGORIE", value: "JOUR 8H-20H")])
        #expect(first.item.classifications == [.init("SKU2578", schemeID: "SK")])
        #expect(invoice.lines[1].item.countryOfOrigin == .france)
    }

    @Test("reads a MINIMUM sample: no lines, the header totals and the seller's VAT identifier")
    func minimumSample() throws {
        let document = try CIIInvoiceDocument(
            ciiEncoded: try SharedFixtures.data("conformance/samples/fr-ctc/akretion_factur-x-minimum.xml")
        )
        #expect(document.profile == .minimum)
        #expect(document.invoice.lines.isEmpty)
        #expect(document.invoice.seller.vatIdentifier != nil)
        #expect(document.invoice.totals.totalVAT != nil)
    }

    @Test("refuses a root other than rsm:CrossIndustryInvoice")
    func wrongRoot() throws {
        let ubl = #"<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>1</ID></Invoice>"#
        let error = try #require(throws: FacturXError.self) { try Invoice(ciiEncoded: Array(ubl.utf8)) }
        #expect(error.code == .unsupportedDocument)
        let wrongNamespace = #"<rsm:CrossIndustryInvoice xmlns:rsm="urn:example"/>"#
        #expect(throws: FacturXError.unsupportedDocumentError) { try Invoice(ciiEncoded: Array(wrongNamespace.utf8)) }
    }

    @Test("reports an unreadable amount as invalidValue, with the element's path and the model's error")
    func badAmount() throws {
        let text = try Self.sampleText().replacingOccurrences(
            of: "<ram:GrandTotalAmount>104.90</ram:GrandTotalAmount>",
            with: "<ram:GrandTotalAmount>104,90</ram:GrandTotalAmount>"
        )
        let error = try #require(throws: FacturXError.self) { try Invoice(ciiEncoded: Array(text.utf8)) }
        #expect(error.code == .invalidValue)
        #expect(
            error.location
                == "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"
                + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:GrandTotalAmount"
        )
        #expect(error.underlyingError is FactureModelError)
    }

    @Test("reports an unreadable line quantity with the line's position in the path")
    func badQuantity() throws {
        let text = try Self.sampleText().replacingOccurrences(
            of: #"<ram:BilledQuantity unitCode="C62">1.0000</ram:BilledQuantity>"#,
            with: #"<ram:BilledQuantity unitCode="C62">one</ram:BilledQuantity>"#
        )
        let error = try #require(throws: FacturXError.self) { try Invoice(ciiEncoded: Array(text.utf8)) }
        #expect(error.code == .invalidValue)
        #expect(
            error.location?.contains(
                "ram:IncludedSupplyChainTradeLineItem[1]/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity"
            ) == true
        )
    }

    @Test("reports a date that is not format 102 as invalidValue")
    func badDate() throws {
        let text = try Self.sampleText().replacingOccurrences(of: ">20260131<", with: ">2026-01-31<")
        let error = try #require(throws: FacturXError.self) { try Invoice(ciiEncoded: Array(text.utf8)) }
        #expect(error.code == .invalidValue)
        #expect(error.location?.hasSuffix("ram:IssueDateTime/udt:DateTimeString") == true)
        #expect(error.underlyingError != nil)
    }

    @Test("reports missingElement only when the model cannot be built")
    func missingElements() throws {
        // No monetary summation: BT-109, BT-112 and BT-115 have no value to hold.
        let noTotals = #"""
            <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
              xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
              xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
              <rsm:ExchangedDocument><ram:ID>1</ram:ID><ram:TypeCode>380</ram:TypeCode>
                <ram:IssueDateTime><udt:DateTimeString format="102">20260901</udt:DateTimeString></ram:IssueDateTime>
              </rsm:ExchangedDocument>
              <rsm:SupplyChainTradeTransaction>
                <ram:ApplicableHeaderTradeAgreement>
                  <ram:SellerTradeParty><ram:Name>S</ram:Name></ram:SellerTradeParty>
                  <ram:BuyerTradeParty><ram:Name>B</ram:Name></ram:BuyerTradeParty>
                </ram:ApplicableHeaderTradeAgreement>
                <ram:ApplicableHeaderTradeDelivery/>
                <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
                </ram:ApplicableHeaderTradeSettlement>
              </rsm:SupplyChainTradeTransaction>
            </rsm:CrossIndustryInvoice>
            """#
        let error = try #require(throws: FacturXError.self) { try Invoice(ciiEncoded: Array(noTotals.utf8)) }
        #expect(error.code == .missingElement)
        #expect(error.location?.hasSuffix("ram:ApplicableHeaderTradeSettlement") == true)
        // Without a seller name (BT-27) the invoice still reads; validation reports it.
        let noName = try Self.sampleText().replacingOccurrences(of: "<ram:Name>LE FOURNISSEUR</ram:Name>", with: "")
        #expect(try Invoice(ciiEncoded: Array(noName.utf8)).seller.name == "")
    }

    @Test("keeps unknown codes verbatim")
    func unknownCodes() throws {
        let text = try Self.sampleText()
            .replacingOccurrences(of: "<ram:TypeCode>380</ram:TypeCode>", with: "<ram:TypeCode>999</ram:TypeCode>")
            .replacingOccurrences(
                of: #"unitCode="C62">1.0000</ram:BilledQuantity>"#,
                with: #"unitCode="ZZZ9">1.0000</ram:BilledQuantity>"#
            )
        let invoice = try Invoice(ciiEncoded: Array(text.utf8))
        #expect(invoice.typeCode.rawValue == "999")
        #expect(invoice.lines.first?.unitCode.rawValue == "ZZZ9")
        let again = try Invoice(ciiEncoded: invoice.serializeAsCII(profile: .en16931))
        #expect(again.typeCode.rawValue == "999")
        #expect(again.lines.first?.unitCode.rawValue == "ZZZ9")
    }
}

extension FacturXError {
    /// An error value to match `#expect(throws:)` by code (errors compare by code).
    static let unsupportedDocumentError = FacturXError(code: .unsupportedDocument, message: "")
}
