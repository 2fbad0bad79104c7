// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

@Suite("XMLDocument(parsing:) with libxml2")
struct XMLParsingTests {
    static let sampleFiles: [URL] =
        (try? SharedFixtures.files(in: "conformance/samples", withExtensions: ["xml"])) ?? []

    @Test("finds the shared samples")
    func samplesExist() {
        #expect(Self.sampleFiles.count >= 40)
    }

    @Test("parses every shared XML sample and round-trips it through the writer", arguments: sampleFiles)
    func roundTripsSample(_ file: URL) throws {
        let bytes = try Data(contentsOf: file)
        let document = try XMLDocument(parsing: bytes)
        #expect(!document.root.name.isEmpty)
        #expect(document.root.namespace != nil)
        for pretty in [false, true] {
            let written = document.serialized(prettyPrinted: pretty)
            let reparsed = try XMLDocument(parsing: written)
            let same = reparsed.root.withoutLines() == document.root.withoutLines()
            #expect(same, "round trip (pretty: \(pretty)) changed \(file.lastPathComponent)")
        }
    }

    @Test("keeps namespaces, prefixes, attributes, resolved references, CDATA and line numbers")
    func buildsTree() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- comment -->
            <r:Root xmlns:r="urn:r" xmlns="urn:d" xmlns:a="urn:a" a:kind="x &amp; y" plain='q"uote &#38; &lt;'>
              <Child id="1">A &amp; B &#x20AC; &lt;c&gt;</Child>
              <r:Data><![CDATA[<raw> & stuff]]>tail</r:Data>
              <Empty/>
              <Blank>  </Blank>
              <Mixed>x <b>y</b> z</Mixed>
            </r:Root>
            """
        let document = try XMLDocument(parsing: Array(xml.utf8))
        let root = document.root
        #expect(root.namespace == "urn:r")
        #expect(root.prefix == "r")
        #expect(root.name == "Root")
        #expect(root.line == 3)
        #expect(
            root.attributes == [
                XMLAttribute(namespace: "urn:a", name: "kind", prefix: "a", value: "x & y"),
                XMLAttribute(name: "plain", value: "q\"uote & <"),
            ]
        )
        #expect(root.children.count == 5)
        let child = try #require(root.child("urn:d", "Child"))
        #expect(child.prefix == nil)
        #expect(child.text == "A & B € <c>")
        #expect(child.attribute("id") == "1")
        #expect(child.line == 4)
        #expect(root.child("urn:r", "Data")?.text == "<raw> & stuff" + "tail")
        #expect(root.child("urn:r", "Data")?.content.count == 1)
        #expect(root.child("urn:d", "Empty")?.content == [])
        #expect(root.child("urn:d", "Blank")?.text == "  ")
        let mixed = try #require(root.child("urn:d", "Mixed"))
        #expect(mixed.content.count == 3)
        #expect(mixed.text == "x  z")
    }

    @Test("reads UTF-16 and ISO-8859-1 documents into the same strings")
    func decodesEncodings() throws {
        let latin1: [UInt8] =
            Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf".utf8) + [0xE9] + Array("</a>".utf8)
        #expect(try XMLDocument(parsing: latin1).root.text == "café")
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<a>café</a>".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try XMLDocument(parsing: utf16).root.text == "café")
    }

    @Test(
        "refuses malformed XML with malformedXML and a line:column location",
        arguments: [
            "<a><b></a>", "", "<a>", "<a></a><b></b>", "<x:a/>", "<a>&unknown;</a>", "not xml", "<a b='1' b='2'/>",
        ]
    )
    func refusesMalformed(_ xml: String) {
        let error = #expect(throws: FacturXError.self) { try XMLDocument(parsing: Array(xml.utf8)) }
        #expect(error?.code == .malformedXML)
    }

    @Test("reports where a document breaks")
    func reportsLocation() {
        let error = #expect(throws: FacturXError.self) {
            try XMLDocument(parsing: Array("<a>\n  <b>\n</a>".utf8))
        }
        #expect(error?.code == .malformedXML)
        #expect(error?.location == "3:5")
        #expect(error?.message.contains("mismatch") == true)
    }
}

extension XMLElement {
    /// The same tree with every `line` set to 0, for comparing a parse with a re-parse.
    func withoutLines() -> XMLElement {
        var copy = self
        copy.line = 0
        copy.content = content.map {
            switch $0 {
            case .element(let child): .element(child.withoutLines())
            case .text(let text): .text(text)
            }
        }
        return copy
    }
}
