// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

/// Replays `FuzzTesting/FailCases/` with the fuzz target's invariants (see
/// `FuzzTesting/Sources/FacturXFuzz/main.swift`), plus inputs that exercise the same corners.
@Suite("XMLDocument(parsing:) on fuzzing regressions")
struct XMLParsingFuzzRegressionTests {
    static let failCases: [URL] = {
        let folder = SharedFixtures.packageRoot.appendingPathComponent("FuzzTesting/FailCases")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0 != "README.md" && !$0.hasPrefix(".") }.sorted().map {
            folder.appendingPathComponent($0)
        }
    }()

    /// Inputs written by hand for the corners the fuzz invariants cover.
    static let corners: [String] = [
        "<a b='&#38;amp;' c='&amp;&#38;&lt;'>&#38;amp;</a>",
        "<a>]]&gt;<![CDATA[]]]]><![CDATA[>]]></a>",
        "<a xmlns='urn:x'><b xmlns=''>t</b></a>",
        "<p:a xmlns:p='urn:1'><p:b xmlns:p='urn:2' p:c='1'/></p:a>",
        "<a xml:lang='fr' xmlns:xml='http://www.w3.org/XML/1998/namespace'/>",
        "<a b='\t\n\r x'>&#9;&#10;&#13;</a>",
        "<a>\r\n</a>",
        "\u{FEFF}<a/>",
        "<a><b/>  <!-- c -->  <c/></a>",
        "<a>x<!-- c -->y<?pi z?>w</a>",
        "<a xmlns='urn:a&amp;b' xmlns:p='urn:&#38;p' p:x='1'/>",
    ]

    static func checkInvariants(_ bytes: [UInt8]) throws {
        guard let document = try? XMLDocument(parsing: bytes) else { return }
        for pretty in [false, true] {
            let again = try XMLDocument(parsing: document.serialized(prettyPrinted: pretty))
            #expect(again.root.withoutLinesOrPrefixes() == document.root.withoutLinesOrPrefixes())
        }
        // The DOM parse used for XSD validation accepts what the tree parser accepts.
        let validationParse: Result<Void, FacturXError> = bytes.withUnsafeBytes { buffer in
            Result { () throws(FacturXError) in _ = try LibXML2ValidationDocument(parsing: buffer, limits: .init()) }
        }
        try validationParse.get()
    }

    @Test("replays every saved fuzzing failure", arguments: failCases)
    func replaysFailCase(_ file: URL) throws {
        try Self.checkInvariants(Array(try Data(contentsOf: file)))
    }

    @Test("keeps the fuzz invariants on hand-written corner cases", arguments: corners)
    func keepsInvariants(_ xml: String) throws {
        #expect(throws: Never.self) { try XMLDocument(parsing: Array(xml.utf8)) }
        try Self.checkInvariants(Array(xml.utf8))
    }
}

extension XMLElement {
    /// The tree without line numbers and prefixes (the writer may rename prefixes).
    func withoutLinesOrPrefixes() -> XMLElement {
        var copy = self
        copy.line = 0
        copy.prefix = nil
        copy.attributes = attributes.map { attribute in
            var attribute = attribute
            attribute.prefix = nil
            return attribute
        }
        copy.content = content.map {
            switch $0 {
            case .element(let child): .element(child.withoutLinesOrPrefixes())
            case .text(let text): .text(text)
            }
        }
        return copy
    }
}
