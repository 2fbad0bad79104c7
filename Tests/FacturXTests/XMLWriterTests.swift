// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Testing

@testable import FacturX

@Suite("XMLDocument.serialized(prettyPrinted:)")
struct XMLWriterTests {
    func written(_ root: XMLElement, pretty: Bool = false) -> String {
        String(decoding: XMLDocument(root: root).serialized(prettyPrinted: pretty), as: UTF8.self)
    }

    func reparsed(_ root: XMLElement) throws -> XMLElement {
        try XMLDocument(parsing: XMLDocument(root: root).serialized()).root.withoutLines()
    }

    @Test("declares every namespace on the root with the prefixes the tree uses")
    func declaresNamespaces() throws {
        var root = XMLElement(namespace: "urn:rsm", name: "Invoice", prefix: "rsm")
        var party = XMLElement(namespace: "urn:ram", name: "Party", prefix: "ram")
        party.append(
            XMLElement(
                namespace: "urn:udt",
                name: "Date",
                prefix: "udt",
                text: "20260131",
                attributes: [XMLAttribute(name: "format", value: "102")]
            )
        )
        root.append(party)
        #expect(
            written(root) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <rsm:Invoice xmlns:rsm="urn:rsm" xmlns:ram="urn:ram" xmlns:udt="urn:udt">\
                <ram:Party><udt:Date format="102">20260131</udt:Date></ram:Party></rsm:Invoice>
                """
        )
        #expect(try reparsed(root) == root)
    }

    @Test("puts unprefixed namespaced elements in the default namespace")
    func usesDefaultNamespace() throws {
        var root = XMLElement(namespace: "urn:ubl:Invoice", name: "Invoice")
        root.append(XMLElement(namespace: "urn:cbc", name: "ID", prefix: "cbc", text: "F-1"))
        root.append(XMLElement(namespace: "urn:ubl:Invoice", name: "Note", text: "n"))
        #expect(
            written(root) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <Invoice xmlns="urn:ubl:Invoice" xmlns:cbc="urn:cbc"><cbc:ID>F-1</cbc:ID><Note>n</Note></Invoice>
                """
        )
        #expect(try reparsed(root) == root)
    }

    @Test("generates prefixes when the default namespace cannot be used or a prefix is taken")
    func generatesPrefixes() throws {
        var root = XMLElement(namespace: "urn:a", name: "Root")
        root.append(XMLElement(namespace: nil, name: "Plain", prefix: "ghost", text: "1"))
        root.append(XMLElement(namespace: "urn:b", name: "Clash", prefix: "x"))
        root.append(
            XMLElement(
                namespace: "urn:c",
                name: "Clash",
                prefix: "x",
                attributes: [XMLAttribute(namespace: "urn:d", name: "at", value: "v")]
            )
        )
        let text = written(root)
        #expect(
            text == """
                <?xml version="1.0" encoding="UTF-8"?>
                <ns1:Root xmlns:ns1="urn:a" xmlns:x="urn:b" xmlns:ns2="urn:c" xmlns:ns3="urn:d">\
                <Plain>1</Plain><x:Clash/><ns2:Clash ns3:at="v"/></ns1:Root>
                """
        )
        let back = try XMLDocument(parsing: Array(text.utf8)).root
        #expect(back.namespace == "urn:a")
        #expect(back.child(nil, "Plain")?.text == "1")
        #expect(back.children("urn:b", "Clash").count == 1)
        #expect(back.child("urn:c", "Clash")?.attributes.first?.namespace == "urn:d")
    }

    @Test("never declares the xml namespace")
    func keepsXMLNamespace() throws {
        let root = XMLElement(
            namespace: "urn:a",
            name: "Note",
            prefix: "a",
            text: "bonjour",
            attributes: [
                XMLAttribute(
                    namespace: "http://www.w3.org/XML/1998/namespace",
                    name: "lang",
                    prefix: "xml",
                    value: "fr"
                )
            ]
        )
        #expect(written(root).hasSuffix("<a:Note xmlns:a=\"urn:a\" xml:lang=\"fr\">bonjour</a:Note>"))
        #expect(try reparsed(root) == root)
    }

    @Test("skips hand-built xmlns attributes, since it writes the declarations itself")
    func skipsDeclarationAttributes() throws {
        let root = XMLElement(
            namespace: "urn:a",
            name: "R",
            prefix: "a",
            attributes: [
                XMLAttribute(namespace: "http://www.w3.org/2000/xmlns/", name: "a", prefix: "xmlns", value: "urn:a"),
                XMLAttribute(name: "k", value: "v"),
            ]
        )
        #expect(written(root).hasSuffix("<a:R xmlns:a=\"urn:a\" k=\"v\"/>"))
    }

    @Test("escapes markup, quotes, carriage returns and attribute whitespace so they survive a parse")
    func escapes() throws {
        let tricky = "a & b < c > d \"q\" 's' ]]> \r\n\tend €𝄞"
        let root = XMLElement(
            namespace: nil,
            name: "T",
            text: tricky,
            attributes: [XMLAttribute(name: "v", value: tricky)]
        )
        let text = written(root)
        #expect(text.contains("<T v=\"a &amp; b &lt; c &gt; d &quot;q&quot; 's' ]]&gt; &#xD;&#xA;&#x9;end €𝄞\">"))
        #expect(text.contains(">a &amp; b &lt; c &gt; d \"q\" 's' ]]&gt; &#xD;\n\tend €𝄞</T>"))
        let back = try reparsed(root)
        #expect(back.text == tricky)
        #expect(back.attribute("v") == tricky)
    }

    @Test("replaces characters XML 1.0 cannot carry, so the output always parses")
    func replacesForbiddenCharacters() throws {
        let root = XMLElement(
            namespace: nil,
            name: "T",
            text: "a\u{0}b\u{1B}c\u{FFFE}d\u{FFFF}e\u{7F}",
            attributes: [XMLAttribute(name: "v", value: "\u{8}")]
        )
        let back = try reparsed(root)
        #expect(back.text == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{7F}")
        #expect(back.attribute("v") == "\u{FFFD}")
    }

    @Test("pretty-prints element-only content and leaves text content exact")
    func prettyPrints() throws {
        var root = XMLElement(namespace: "urn:a", name: "R", prefix: "a")
        var line = XMLElement(namespace: "urn:a", name: "Line", prefix: "a")
        line.append(XMLElement(namespace: "urn:a", name: "ID", prefix: "a", text: " 1 "))
        line.append(XMLElement(namespace: "urn:a", name: "Empty", prefix: "a"))
        root.append(line)
        var mixed = XMLElement(namespace: "urn:a", name: "Mixed", prefix: "a", text: "x")
        mixed.append(XMLElement(namespace: "urn:a", name: "B", prefix: "a", text: "y"))
        root.append(mixed)
        #expect(
            written(root, pretty: true) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <a:R xmlns:a="urn:a">
                  <a:Line>
                    <a:ID> 1 </a:ID>
                    <a:Empty/>
                  </a:Line>
                  <a:Mixed>x<a:B>y</a:B></a:Mixed>
                </a:R>

                """
        )
        let back = try XMLDocument(parsing: XMLDocument(root: root).serialized(prettyPrinted: true)).root.withoutLines()
        #expect(back == root)
    }
}
