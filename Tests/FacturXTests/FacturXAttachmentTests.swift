// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

/// Attaching a Factur-X XML to PDFs as an incremental update, checked with qpdf, pdfdetach,
/// poppler and (when installed) the `factur-x` Python package.
@Suite struct FacturXAttachmentTests {
    /// Factur-X and ZUGFeRD samples whose XML gets replaced.
    static let samples = [
        "fnfe-facturx-1.0/Facture_FR_BASIC.pdf",
        "fnfe-facturx-1.0/Facture_UE_MINIMUM.pdf",
        "ferd-zugferd-2.2/EN16931_Einfach.pdf",
        "zugferd-2.0-intarsys/zugferd_2p0_EXTENDED_Warenrechnung.pdf",
        "fr-ctc/akretion_invoice_EN16931.pdf",
        "edge-cases/python-factur-x.pdf",
    ]

    /// A PDF without any attachment.
    static let plainSample = "edge-cases/RE-E-974-Hetzner_2016-01-19_R0005532486.pdf"

    /// A Factur-X CII sample of `fr-ctc`.
    static func invoiceXML(_ name: String = "akretion_factur-x-en16931.xml") throws -> [UInt8] {
        [UInt8](try SharedFixtures.data("conformance/samples/fr-ctc/" + name))
    }

    // MARK: Outside checks

    /// The outcome of a command.
    struct Run {
        var status: Int32
        var output: Data
        var error: String
    }

    /// The executable `name` on the `PATH` (then the usual directories), if any.
    static func tool(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories =
            path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        for directory in directories where !directory.isEmpty {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Runs a command to its end.
    static func run(_ executable: URL, _ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: data, error: String(decoding: errorData, as: UTF8.self))
    }

    /// A fresh directory under the temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("facturx-attach-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every outside check of one output: prefix, qpdf --check, pdfdetach, poppler, factur-x.
    static func verify(
        _ attached: AttachedFacturXPDF,
        original: [UInt8],
        xml: [UInt8],
        level: String,
        otherAttachments: [String] = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(attached.pdf.starts(with: original), "the original bytes are a prefix", sourceLocation: sourceLocation)
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("out.pdf")
        try Data(attached.pdf).write(to: file)

        if let qpdf = tool("qpdf") {
            let check = try run(qpdf, ["--check", file.path])
            #expect(
                check.status == 0,
                "qpdf --check: \(String(decoding: check.output, as: UTF8.self)) \(check.error)",
                sourceLocation: sourceLocation
            )
        } else {
            print("⚠️ FacturXAttachmentTests: qpdf CLI not installed, qpdf --check SKIPPED")
        }

        if let pdfdetach = tool("pdfdetach") {
            let list = String(decoding: try run(pdfdetach, ["-list", file.path]).output, as: UTF8.self)
            let names = list.split(separator: "\n").dropFirst().map {
                String($0.drop { $0 != ":" }.dropFirst().drop { $0 == " " })
            }
            #expect(names.filter { $0 == "factur-x.xml" }.count == 1, "\(list)", sourceLocation: sourceLocation)
            for other in otherAttachments {
                #expect(names.contains(other), "\(other) kept: \(list)", sourceLocation: sourceLocation)
            }
            let saved = directory.appendingPathComponent("saved.xml")
            let save = try run(pdfdetach, ["-savefile", "factur-x.xml", "-o", saved.path, file.path])
            #expect(save.status == 0, "\(save.error)", sourceLocation: sourceLocation)
            #expect(
                [UInt8](try Data(contentsOf: saved)) == xml,
                "pdfdetach gives our XML",
                sourceLocation: sourceLocation
            )
        } else {
            print("⚠️ FacturXAttachmentTests: pdfdetach not installed, pdfdetach checks SKIPPED")
        }

        // poppler, through the extraction API.
        let opened = try FacturXPDF(pdfEncoded: attached.pdf)
        #expect(opened.attachmentNames.filter { $0 == "factur-x.xml" }.count == 1, sourceLocation: sourceLocation)
        #expect(opened.invoices.first?.xml == xml, sourceLocation: sourceLocation)
        let facts = opened.xmp.first { $0.flavour == .facturX }
        #expect(facts?.conformanceLevel == level, sourceLocation: sourceLocation)
        #expect(facts?.documentFileName == "factur-x.xml", sourceLocation: sourceLocation)
        #expect(facts?.documentType == "INVOICE", sourceLocation: sourceLocation)
        #expect(facts?.version == "1.0", sourceLocation: sourceLocation)
        // The XMP as poppler reads it (pdfinfo -meta), independently of our qpdf reader.
        let packet: String
        if let pdfinfo = tool("pdfinfo") {
            packet = String(decoding: try run(pdfinfo, ["-meta", file.path]).output, as: UTF8.self)
        } else {
            print("⚠️ FacturXAttachmentTests: pdfinfo not installed, XMP read with our own reader")
            let reader = try QPDFDocumentReader(bytes: attached.pdf)
            let bytes = reader.xmpMetadata()
            packet = String(decoding: try #require(bytes, sourceLocation: sourceLocation), as: UTF8.self)
        }
        #expect(
            FacturXXMP.identification(in: Array(packet.utf8)) == PDFAIdentification(part: 3, conformance: "B"),
            sourceLocation: sourceLocation
        )
        let schemaCount =
            packet.components(separatedBy: "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</")
            .count - 1
        #expect(schemaCount == 1, "exactly one fx extension schema", sourceLocation: sourceLocation)
        #expect(packet.contains("<pdfaSchema:prefix>fx</pdfaSchema:prefix>"), sourceLocation: sourceLocation)

        try checkWithPythonFacturX(file, xml: xml, sourceLocation: sourceLocation)
    }

    /// The `factur-x` Python package, when importable, must extract the same XML.
    static func checkWithPythonFacturX(_ file: URL, xml: [UInt8], sourceLocation: SourceLocation) throws {
        guard let python = tool("python3") ?? tool("python") else {
            print("⚠️ FacturXAttachmentTests: python3 not found, factur-x check SKIPPED")
            return
        }
        let script = """
            import sys
            try:
                from facturx import get_facturx_xml_from_pdf
            except ImportError:
                sys.exit(77)
            name, xml = get_facturx_xml_from_pdf(open(sys.argv[1], 'rb'), check_xsd=False)
            sys.stdout.write(name + '\\n')
            sys.stdout.buffer.write(xml)
            """
        let result = try run(python, ["-c", script, file.path])
        if result.status == 77 {
            print("⚠️ FacturXAttachmentTests: Python package factur-x not installed, its check SKIPPED")
            return
        }
        #expect(result.status == 0, "factur-x: \(result.error)", sourceLocation: sourceLocation)
        let output = [UInt8](result.output)
        let newline = output.firstIndex(of: 0x0A) ?? output.endIndex
        #expect(String(decoding: output[..<newline], as: UTF8.self) == "factur-x.xml", sourceLocation: sourceLocation)
        #expect(
            Array(output.dropFirst(newline + 1)) == xml,
            "factur-x extracts our XML",
            sourceLocation: sourceLocation
        )
    }

    // MARK: Minimal PDFs

    /// A one-page PDF, with a classic table or a cross-reference stream, optionally with an
    /// attachment `notes.txt`.
    static func minimalPDF(crossReferenceStream: Bool, withAttachment: Bool) -> [UInt8] {
        var bytes = Array("%PDF-1.7\n%\u{E2}\u{E3}\n".utf8)
        var offsets: [Int] = []
        // U+0001 stands for the Latin-1 byte E9 (é), raw in a literal string.
        func object(_ body: String) {
            offsets.append(bytes.count)
            bytes += Array("\(offsets.count) 0 obj\n\(body)\nendobj\n".utf8).map { $0 == 0x01 ? 0xE9 : $0 }
        }
        let names = withAttachment ? " /Names << /EmbeddedFiles << /Names [(notes.txt) 6 0 R] >> >>" : ""
        object("<< /Type /Catalog /Pages 2 0 R\(names) /FactureKitNote (un caf\u{1} au lait) >>")
        object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>")
        object("<< /Length 11 >>\nstream\n0 0 m 1 1 l\nendstream")
        object("<< /Title (Minimal) /Producer (FactureKit tests) /CreationDate (D:20250102030405+01'00') >>")
        object("<< /Type /Filespec /F (notes.txt) /UF (notes.txt) /EF << /F 7 0 R >> >>")
        object("<< /Type /EmbeddedFile /Length 5 >>\nstream\nhello\nendstream")
        let start = bytes.count
        if crossReferenceStream {
            offsets.append(start)
            var data: [UInt8] = [0, 0, 0, 0, 0, 0xFF, 0xFF]
            for offset in offsets {
                data += [1, UInt8(offset >> 24 & 0xFF), UInt8(offset >> 16 & 0xFF), UInt8(offset >> 8 & 0xFF)]
                data += [UInt8(offset & 0xFF), 0, 0]
            }
            bytes += Array(
                ("\(offsets.count) 0 obj\n<< /Type /XRef /Size \(offsets.count + 1) /W [1 4 2] /Root 1 0 R /Info 5 0 R "
                    + "/Length \(data.count) >>\nstream\n").utf8
            )
            bytes += data
            bytes += Array("\nendstream\nendobj\n".utf8)
        } else {
            var table = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f\r\n"
            for offset in offsets {
                let digits = String(offset)
                table += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n\r\n"
            }
            table += "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R /Info 5 0 R >>\n"
            bytes += Array(table.utf8)
        }
        bytes += Array("startxref\n\(start)\n%%EOF\n".utf8)
        return bytes
    }

    // MARK: Tests

    @Test func attachesToAPlainPDFSample() throws {
        let original = [UInt8](try SharedFixtures.data("conformance/samples/" + Self.plainSample))
        let xml = try Self.invoiceXML()
        let attached = try FacturXAttacher(modificationDate: "D:20250101120000Z")
            .attach(xml: xml, profile: .en16931, to: original)
        #expect(!attached.replacedExistingInvoice)
        #expect(!attached.usesCrossReferenceStream)
        try Self.verify(attached, original: original, xml: xml, level: "EN 16931")
        let tail = String(decoding: attached.pdf[original.count...], as: UTF8.self)
        #expect(tail.contains("/AFRelationship /Alternative"))
        #expect(tail.contains("/Subtype /text#2Fxml"))
    }

    @Test(arguments: samples) func replacesTheXMLOfAFacturXSample(_ path: String) throws {
        let original = [UInt8](try SharedFixtures.data("conformance/samples/" + path))
        let xml = try Self.invoiceXML("akretion_factur-x-minimum.xml")
        let attached = try attachFacturX(xml: xml, profile: .minimum, to: original)
        try Self.verify(attached, original: original, xml: xml, level: "MINIMUM")
        #expect(String(decoding: attached.pdf[original.count...], as: UTF8.self).contains("/AFRelationship /Data"))
        if path.hasPrefix("fnfe") || path.contains("python-factur-x") {
            #expect(attached.replacedExistingInvoice)
            #expect(attached.inputPDFA == PDFAIdentification(part: 3, conformance: "B"))
            #expect(attached.isPDFA3Claimable)
        }
    }

    @Test func removesTheZUGFeRDInvoiceItSupersedes() throws {
        let original = [UInt8](
            try SharedFixtures.data("conformance/samples/zugferd-2.0-intarsys/zugferd_2p0_EXTENDED_Warenrechnung.pdf")
        )
        let xml = try Self.invoiceXML("akretion_factur-x-en16931.xml")
        let attacher = FacturXAttacher(modificationDate: "D:20261125100000Z")
        let attached = try attacher.attach(xml: xml, profile: .en16931, to: original)
        #expect(attached.removedInvoiceAttachments == ["zugferd-invoice.xml"])
        let opened = try FacturXPDF(pdfEncoded: attached.pdf)
        #expect(opened.attachmentNames == ["factur-x.xml"])
        #expect(opened.invoices.map(\.flavour) == [.facturX])
        #expect(opened.xmp.map(\.flavour) == [.facturX])
        #expect(try opened.invoiceXML().xml == xml)
        try Self.verify(attached, original: original, xml: xml, level: "EN 16931")

        var keeping = attacher
        keeping.removesOtherInvoiceFlavours = false
        let both = try keeping.attach(xml: xml, profile: .en16931, to: original)
        #expect(both.removedInvoiceAttachments.isEmpty)
        let reopened = try FacturXPDF(pdfEncoded: both.pdf)
        #expect(Set(reopened.attachmentNames) == ["factur-x.xml", "zugferd-invoice.xml"])
        // The XMP names the Factur-X file, so it is the preferred invoice.
        #expect(try reopened.invoiceXML().flavour == .facturX)
    }

    @Test func minimalPDFWithATable() throws {
        let original = Self.minimalPDF(crossReferenceStream: false, withAttachment: false)
        let xml = try Self.invoiceXML("akretion_factur-x-basic.xml")
        let attached = try attachFacturX(xml: xml, profile: .basic, to: original)
        #expect(attached.inputPDFA == nil)
        #expect(!attached.isPDFA3Claimable)
        try Self.verify(attached, original: original, xml: xml, level: "BASIC")
        let tail = String(decoding: attached.pdf[original.count...], as: UTF8.self)
        #expect(tail.contains("trailer"))
        // A raw Latin-1 byte of the old catalog is carried over, escaped (octal or hexadecimal).
        #expect(tail.contains("/FactureKitNote (un caf\\351 au lait)"))
        // The fresh XMP repeats the Info dictionary.
        #expect(tail.contains("<xmp:CreateDate>2025-01-02T03:04:05+01:00</xmp:CreateDate>"))
        #expect(tail.contains("<pdf:Producer>FactureKit tests</pdf:Producer>"))
    }

    @Test func minimalPDFWithACrossReferenceStreamKeepsOtherAttachments() throws {
        let original = Self.minimalPDF(crossReferenceStream: true, withAttachment: true)
        let xml = try Self.invoiceXML("akretion_factur-x-basicwl.xml")
        let attached = try attachFacturX(xml: xml, profile: .basicWL, to: original)
        #expect(attached.usesCrossReferenceStream)
        try Self.verify(attached, original: original, xml: xml, level: "BASIC WL", otherAttachments: ["notes.txt"])
        let tail = String(decoding: attached.pdf[original.count...], as: UTF8.self)
        #expect(tail.contains("/Type /XRef"))
        #expect(!tail.contains("trailer"))
    }

    /// A Factur-X sample rewritten by qpdf with object streams (so an xref stream, the catalog
    /// compressed) or linearized.
    @Test(arguments: [["--object-streams=generate"], ["--linearize"], ["--object-streams=generate", "--linearize"]])
    func samplesRewrittenByQPDF(_ options: [String]) throws {
        guard let qpdf = Self.tool("qpdf") else {
            print("⚠️ FacturXAttachmentTests: qpdf CLI not installed, qpdf-rewritten samples SKIPPED")
            return
        }
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = try SharedFixtures.url("conformance/samples/fnfe-facturx-1.0/Facture_FR_EN16931.pdf")
        let rewritten = directory.appendingPathComponent("rewritten.pdf")
        let result = try Self.run(qpdf, options + [input.path, rewritten.path])
        #expect(result.status == 0, "\(result.error)")
        let original = [UInt8](try Data(contentsOf: rewritten))
        let xml = try Self.invoiceXML("akretion_factur-x-extended.xml")
        let attached = try attachFacturX(xml: xml, profile: .extended, to: original)
        #expect(attached.usesCrossReferenceStream == options.contains("--object-streams=generate"))
        #expect(attached.replacedExistingInvoice)
        try Self.verify(attached, original: original, xml: xml, level: "EXTENDED")
    }

    @Test func attachingTwiceLeavesOneInvoice() throws {
        let original = Self.minimalPDF(crossReferenceStream: false, withAttachment: true)
        let first = try attachFacturX(xml: try Self.invoiceXML(), profile: .en16931, to: original)
        let xml = try Self.invoiceXML("akretion_factur-x-extended.xml")
        let second = try attachFacturX(xml: xml, profile: .extended, to: first.pdf)
        #expect(second.replacedExistingInvoice)
        #expect(second.inputPDFA == PDFAIdentification(part: 3, conformance: "B"))
        try Self.verify(second, original: first.pdf, xml: xml, level: "EXTENDED", otherAttachments: ["notes.txt"])
        #expect(second.pdf.starts(with: original))
        let catalog = String(decoding: second.pdf[first.pdf.count...], as: UTF8.self)
        let af = try #require(catalog.range(of: "/AF [").map { catalog[$0.upperBound...].prefix { $0 != "]" } })
        #expect(af.split(separator: " ").count == 3, "one reference in /AF: \(af)")
    }

    @Test func rejectsBadInput() throws {
        let xml = try Self.invoiceXML()
        #expect(throws: FacturXError(code: .malformedPDF, message: "")) {
            try attachFacturX(xml: xml, profile: .en16931, to: Array("not a PDF".utf8))
        }
        let pdf = Self.minimalPDF(crossReferenceStream: false, withAttachment: false)
        #expect(throws: FacturXError(code: .unsupportedDocument, message: "")) {
            try attachFacturX(xml: Array("<Invoice xmlns=\"urn:x\"/>".utf8), profile: .en16931, to: pdf)
        }
        #expect(throws: FacturXError(code: .malformedXML, message: "")) {
            try attachFacturX(xml: Array("<a>".utf8), profile: .en16931, to: pdf)
        }
    }

    @Test func rejectsAnEncryptedPDF() throws {
        guard let qpdf = Self.tool("qpdf") else {
            print("⚠️ FacturXAttachmentTests: qpdf CLI not installed, encrypted-PDF test SKIPPED")
            return
        }
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let plain = directory.appendingPathComponent("plain.pdf")
        try Data(Self.minimalPDF(crossReferenceStream: false, withAttachment: false)).write(to: plain)
        for (user, name) in [("", "empty.pdf"), ("secret", "locked.pdf")] {
            let target = directory.appendingPathComponent(name)
            let result = try Self.run(qpdf, ["--encrypt", user, "owner", "256", "--", plain.path, target.path])
            #expect(result.status == 0, "\(result.error)")
            let bytes = [UInt8](try Data(contentsOf: target))
            #expect(throws: FacturXError(code: .encryptedPDF, message: "")) {
                try attachFacturX(xml: try Self.invoiceXML(), profile: .en16931, to: bytes)
            }
        }
    }

    @Test func updatesAnXMPPacketWrittenWithAttributes() throws {
        let existing = """
            <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" pdfaid:part="2" pdfaid:conformance="U"
              xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#" fx:ConformanceLevel="BASIC"
              xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="Writer"/>
            <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
              xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"><pdfaExtension:schemas><rdf:Bag>
              <rdf:li rdf:parseType="Resource"><pdfaSchema:namespaceURI>urn:example:other#</pdfaSchema:namespaceURI></rdf:li>
              <rdf:li rdf:parseType="Resource"><pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI></rdf:li>
            </rdf:Bag></pdfaExtension:schemas></rdf:Description>
            </rdf:RDF></x:xmpmeta>
            <?xpacket end="w"?>
            """
        #expect(FacturXXMP.identification(in: Array(existing.utf8)) == PDFAIdentification(part: 2, conformance: "U"))
        let packet = FacturXXMP.packet(existing: Array(existing.utf8), info: [:], conformanceLevel: "EN 16931")
        let text = String(decoding: packet, as: UTF8.self)
        #expect(FacturXXMP.identification(in: packet) == PDFAIdentification(part: 3, conformance: "B"))
        #expect(
            text.contains("<xmp:CreatorTool>Writer</xmp:CreatorTool>") || text.contains("xmp:CreatorTool=\"Writer\"")
        )
        #expect(text.contains("urn:example:other#"))
        #expect(text.components(separatedBy: "invoice:1p0#</pdfaSchema:namespaceURI>").count == 2)
        #expect(!text.contains("BASIC"))
        #expect(text.contains("<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>"))
        // A packet that is not XML is replaced by a fresh one.
        let fresh = FacturXXMP.packet(existing: Array("garbage".utf8), info: ["Title": "T"], conformanceLevel: "BASIC")
        #expect(String(decoding: fresh, as: UTF8.self).contains(">T</rdf:li>"))
    }

    @Test func convertsPDFDates() {
        #expect(FacturXXMP.isoDate("D:20250102030405+01'00'") == "2025-01-02T03:04:05+01:00")
        #expect(FacturXXMP.isoDate("D:20250102030405Z") == "2025-01-02T03:04:05Z")
        #expect(FacturXXMP.isoDate("D:20250102") == "2025-01-02")
        #expect(FacturXXMP.isoDate("garbage") == nil)
        #expect(FacturXAttacher.currentPDFDate().count == 17)
    }
}
