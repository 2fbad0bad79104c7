// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureLibXML2
import FactureTestSupport
import Foundation
import Testing

@Suite("libxml2 through CFactureLibXML2")
struct LibXML2SmokeTests {
    @Test("parses an official Factur-X CII sample and finds its invoice number by XPath")
    func parsesSampleAndEvaluatesXPath() throws {
        let bytes = try SharedFixtures.data("conformance/samples/fr-ctc/akretion_factur-x-en16931.xml")
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBytes { raw in
            xmlReadMemory(raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, nil, options)
        }
        let parsed = try #require(document, "libxml2 refused an official sample")
        defer { xmlFreeDoc(parsed) }

        let context = try #require(xmlXPathNewContext(parsed))
        defer { xmlXPathFreeContext(context) }
        xmlXPathRegisterNs(context, "rsm", "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100")
        xmlXPathRegisterNs(
            context,
            "ram",
            "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
        )
        let result = try #require(
            xmlXPathEvalExpression("string(/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID)", context)
        )
        defer { xmlXPathFreeObject(result) }
        let number = String(cString: result.pointee.stringval)
        #expect(!number.isEmpty)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<ram:ID>\(number)</ram:ID>"))
    }

    @Test("refuses malformed XML with an error instead of a document")
    func refusesMalformedXML() {
        let bytes = Array("<a><b></a>".utf8)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                xmlReadMemory($0.baseAddress, Int32($0.count), nil, nil, options)
            }
        }
        #expect(document == nil)
        xmlResetLastError()
    }
}
