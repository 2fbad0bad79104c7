// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Testing

@testable import FacturX

@Suite("XMLElement navigation")
struct XMLElementTests {
    @Test("finds children by namespace and local name, never by prefix")
    func navigation() {
        let ram = "urn:ram"
        var root = XMLElement(namespace: "urn:rsm", name: "Root", prefix: "rsm")
        root.append(XMLElement(namespace: ram, name: "ID", prefix: "x", text: "F-1"))
        root.append(XMLElement(namespace: "urn:other", name: "ID", prefix: "ram", text: "wrong"))
        root.append(XMLElement(namespace: ram, name: "Note", text: "a"))
        root.append(
            XMLElement(namespace: ram, name: "Note", text: "b", attributes: [XMLAttribute(name: "lang", value: "fr")])
        )
        #expect(root.child(ram, "ID")?.text == "F-1")
        #expect(root.children(ram, "Note").map(\.text) == ["a", "b"])
        #expect(root.children(ram, "Note").last?.attribute("lang") == "fr")
        #expect(root.child(ram, "Missing") == nil)
        #expect(root.children.count == 4)
    }
}
