// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

/// Invoice XML extraction from hybrid PDFs, on every sample PDF, against the facts recorded in
/// `samples/EXPECTED.json` and against `pdfdetach` (poppler-utils) for the bytes.
@Suite struct PDFExtractionTests {
    /// One sample PDF and its recorded facts.
    struct Sample: CustomStringConvertible {
        var key: String
        var url: URL
        var entry: [String: Any]
        var description: String { key }

        var embedded: [String] { entry["embedded"] as? [String] ?? [] }
        var syntax: String? { entry["syntax"] as? String }
        var guideline: String? { entry["guideline"] as? String }
        var profile: String? { entry["profile"] as? String }
        var xmpLevel: String? { entry["xmp_level"] as? String }

        /// The flavour the recorded facts imply: the ZUGFeRD 1 syntax, else the newest attachment name.
        var flavour: EmbeddedInvoiceFlavour? {
            if syntax == "ZUGFeRD1" { return .zugferd1 }
            let flavours = embedded.compactMap(EmbeddedInvoiceFlavour.init(attachmentName:))
            return flavours.first { $0 != .zugferd1 } ?? flavours.first
        }
    }

    /// Samples whose BT-24 `FacturXProfile(guidelineID:)` does not map to the recorded profile.
    /// `urn:cen.eu:en16931:2017:compliant:factur-x.eu:1p0:extended` is the early colon form of the
    /// EXTENDED identifier, which `FacturXProfile` knows only for BASIC.
    static let knownProfileGaps: Set<String> = ["edge-cases/MustangRE-20171118_506_ZUGFeRD1and2.pdf"]

    static func samples() throws -> [Sample] {
        let folder = try SharedFixtures.url("conformance/samples")
        let expected = try #require(
            try JSONSerialization.jsonObject(with: SharedFixtures.data("conformance/samples/EXPECTED.json"))
                as? [String: [String: Any]]
        )
        return try SharedFixtures.files(in: "conformance/samples", withExtensions: ["pdf"]).map { url in
            let key = String(url.path.dropFirst(folder.path.count + 1))
            let entry = try #require(expected[key], "EXPECTED.json has no entry for \(key)")
            return Sample(key: key, url: url, entry: entry)
        }
    }

    /// The recorded profile as `FacturXProfile` names it: XRechnung CII reads as EN 16931, and
    /// ZUGFeRD 1 has no Factur-X profile.
    static func profileName(recorded: String?) -> String? {
        switch recorded {
        case "xrechnung": "en16931"
        case "zugferd1": nil
        default: recorded
        }
    }

    @Test("Every sample PDF gives the recorded flavour, guideline, profile and XMP conformance level")
    func everySample() throws {
        let samples = try Self.samples()
        #expect(samples.count == 48)
        var flavours: [EmbeddedInvoiceFlavour: Int] = [:]
        for sample in samples {
            let bytes = try [UInt8](Data(contentsOf: sample.url))
            let pdf = try FacturXPDF(pdfEncoded: bytes)
            #expect(pdf.pageCount > 0, "\(sample)")
            // Every name whole, UTF-16 ones included.
            #expect(pdf.attachmentNames.sorted() == sample.embedded.sorted(), "\(sample): \(pdf.attachmentNames)")
            guard let flavour = sample.flavour else {
                #expect(pdf.invoices.isEmpty, "\(sample)")
                #expect(throws: FacturXError.pdfCode(.noEmbeddedInvoice)) { try pdf.invoiceXML() }
                continue
            }
            let invoice = try FacturXPDF.extractInvoiceXML(fromPDF: bytes)
            flavours[invoice.flavour, default: 0] += 1
            #expect(invoice.flavour == flavour, "\(sample)")
            #expect(invoice == pdf.invoices.first, "\(sample)")
            #expect(sample.embedded.contains(invoice.fileName), "\(sample): \(invoice.fileName)")
            if sample.syntax == "CII" {
                #expect(invoice.guidelineID == sample.guideline, "\(sample)")
            } else if sample.syntax == nil {
                // The recorded extraction failed on malformed XML: no guideline can be read.
                #expect(invoice.guidelineID == nil, "\(sample)")
            }
            let expectedProfile = Self.profileName(recorded: sample.profile)
            if Self.knownProfileGaps.contains(sample.key) {
                #expect(invoice.profile == nil || invoice.profile?.name == expectedProfile, "\(sample)")
            } else {
                #expect(invoice.profile?.name == expectedProfile, "\(sample)")
            }
            if let level = sample.xmpLevel {
                #expect(invoice.conformanceLevel == level, "\(sample)")
                #expect(invoice.documentType == "INVOICE", "\(sample)")
            }
        }
        #expect(flavours[.facturX, default: 0] > 0)
        #expect(flavours[.zugferd2, default: 0] > 0)
        #expect(flavours[.zugferd1] == 1)
        #expect(flavours[.xrechnung] == 1)
    }

    @Test("A PDF with ZUGFeRD 1 and Factur-X XML prefers the newest and lists both")
    func zugferd1And2() throws {
        let bytes = try [UInt8](
            SharedFixtures.data("conformance/samples/edge-cases/MustangRE-20171118_506_ZUGFeRD1and2.pdf")
        )
        let pdf = try FacturXPDF(pdfEncoded: bytes)
        #expect(pdf.invoices.map(\.flavour) == [.facturX, .zugferd1])
        #expect(pdf.invoices.map(\.fileName) == ["factur-x.xml", "ZUGFeRD-invoice.xml"])
        #expect(pdf.xmp.map(\.flavour) == [.facturX])
        #expect(pdf.invoices.first?.xmp?.version == "1.0")
        #expect(pdf.invoices.last?.xmp == nil)
        #expect(pdf.invoices.last?.guidelineID?.hasPrefix("urn:ferd:CrossIndustryDocument:invoice:1p0") == true)
        let document = try InvoiceXMLDocument(xmlEncoded: try pdf.invoiceXML().xml)
        #expect(document.syntax == .cii)
    }

    @Test("ZUGFeRD 1 and XRechnung attachments with UTF-16 names are found by those names")
    func utf16NamedSamples() throws {
        let zugferd1 = try FacturXPDF(
            pdfEncoded: SharedFixtures.data("conformance/samples/edge-cases/ZUGFeRD_1p0_COMFORT_Einfach.pdf")
        )
        #expect(zugferd1.attachmentNames == ["ZUGFeRD-invoice.xml"])
        let first = try zugferd1.invoiceXML()
        #expect(first.flavour == .zugferd1)
        #expect(first.fileName == "ZUGFeRD-invoice.xml")
        #expect(first.xmp?.flavour == .zugferd1)
        #expect(first.conformanceLevel == "COMFORT")
        #expect(!first.flavour.isReadableIntoModel)
        let xrechnung = try FacturXPDF(
            pdfEncoded: SharedFixtures.data("conformance/samples/ferd-zugferd-2.2/XRECHNUNG_Einfach.pdf")
        )
        #expect(xrechnung.attachmentNames == ["xrechnung.xml"])
        let second = try xrechnung.invoiceXML()
        #expect(second.flavour == .xrechnung)
        #expect(second.fileName == "xrechnung.xml")
        #expect(second.xmp?.version == "2.1")
        #expect(try InvoiceXMLDocument(xmlEncoded: second.xml).syntax == .cii)
    }

    // MARK: - pdfdetach cross-check

    static let pdfdetach: String? = ["/usr/bin/pdfdetach", "/usr/local/bin/pdfdetach", "/opt/homebrew/bin/pdfdetach"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(
        "The extracted bytes equal what pdfdetach saves for the same attachment",
        .enabled(if: pdfdetach != nil, "pdfdetach (poppler-utils) is not installed: install poppler-utils to run")
    )
    func matchesPDFDetach() throws {
        let tool = try #require(Self.pdfdetach)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdfdetach-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var compared = 0
        for sample in try Self.samples() {
            let pdf = try FacturXPDF(pdfEncoded: Data(contentsOf: sample.url))
            for invoice in pdf.invoices {
                let output = folder.appendingPathComponent("\(compared).xml")
                let process = Process()
                process.executableURL = URL(fileURLWithPath: tool)
                process.arguments = ["-save", "\(invoice.attachmentIndex + 1)", "-o", output.path, sample.url.path]
                try process.run()
                process.waitUntilExit()
                #expect(process.terminationStatus == 0, "\(sample): pdfdetach failed")
                let saved = try [UInt8](Data(contentsOf: output))
                #expect(saved == invoice.xml, "\(sample): \(invoice.fileName) differs from pdfdetach's")
                compared += 1
            }
        }
        #expect(compared == 48)
    }

    // MARK: - Hostile input

    @Test("Empty input, random bytes and a bare header are refused as malformedPDF")
    func notPDFs() throws {
        #expect(throws: FacturXError.pdfCode(.malformedPDF)) { try FacturXPDF(pdfEncoded: [UInt8]()) }
        var generator = SystemRandomNumberGenerator()
        let random = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(throws: FacturXError.pdfCode(.malformedPDF)) { try FacturXPDF(pdfEncoded: random) }
        #expect(throws: FacturXError.pdfCode(.malformedPDF)) { try FacturXPDF(pdfEncoded: Array("%PDF-1.7\n".utf8)) }
        let junk = Array("%PDF-1.7\n".utf8) + random
        #expect(throws: FacturXError.pdfCode(.malformedPDF)) { try FacturXPDF.extractInvoiceXML(fromPDF: junk) }
        #expect(!FacturXPDF.looksLikePDF(Array("<?xml version=\"1.0\"?>".utf8)))
        #expect(FacturXPDF.looksLikePDF(Array("junk\n%PDF-1.4".utf8)))
    }

    /// A one-page PDF encrypted with the standard handler (RC4, revision 2) and a user password:
    /// the `/O` and `/U` entries match no password, so no reader can open it.
    static func lockedPDF() -> [UInt8] {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            "<< /Filter /Standard /V 1 /R 2 /O <\(String(repeating: "11", count: 32))> "
                + "/U <\(String(repeating: "22", count: 32))> /P -4 >>",
        ]
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            text += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n"
        }
        let id = "<00112233445566778899aabbccddeeff>"
        text += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Encrypt 4 0 R /ID [\(id) \(id)] >>\n"
        text += "startxref\n\(xref)\n%%EOF\n"
        return Array(text.utf8)
    }

    @Test("A PDF locked by a user password is encryptedPDF")
    func encrypted() {
        #expect(throws: FacturXError.pdfCode(.encryptedPDF)) { try FacturXPDF(pdfEncoded: Self.lockedPDF()) }
    }

    @Test("Truncated PDFs give a typed error or what survives, never a crash, and fast")
    func truncated() throws {
        let bytes = try [UInt8](SharedFixtures.data("conformance/samples/fnfe-facturx-1.0/Facture_FR_BASIC.pdf"))
        let clock = ContinuousClock()
        let start = clock.now
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 40)) {
            do throws(FacturXError) {
                let invoice = try FacturXPDF.extractInvoiceXML(fromPDF: bytes.prefix(length))
                // What qpdf recovers must be the whole attachment, not a torn one.
                let full = try FacturXPDF.extractInvoiceXML(fromPDF: bytes)
                #expect(invoice.xml == full.xml, "prefix of \(length) bytes")
            } catch {
                #expect(
                    [.malformedPDF, .noEmbeddedInvoice].contains(error.code),
                    "prefix of \(length) bytes: \(error.code)"
                )
            }
        }
        #expect(clock.now - start < .seconds(30))
    }

    @Test("A PDF without invoice XML is noEmbeddedInvoice, naming its attachments")
    func noInvoice() throws {
        let bytes = try SharedFixtures.data(
            "conformance/samples/edge-cases/RE-E-974-Hetzner_2016-01-19_R0005532486.pdf"
        )
        #expect(throws: FacturXError.pdfCode(.noEmbeddedInvoice)) { try FacturXPDF.extractInvoiceXML(fromPDF: bytes) }
        let pdf = try FacturXPDF(pdfEncoded: bytes)
        #expect(pdf.invoices.isEmpty)
        #expect(pdf.attachmentNames.isEmpty)
    }

    // MARK: - Hand-made PDFs

    /// A PDF written by hand: object `n` is `objects[n - 1]`, then a cross-reference table and a
    /// trailer holding `trailer` and `/Size`.
    static func handmadePDF(_ objects: [[UInt8]], trailer: String = "/Root 1 0 R") -> [UInt8] {
        var pdf = Array("%PDF-1.7\n%\u{E2}\u{E3}\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf += Array("\(index + 1) 0 obj\n".utf8) + object + Array("\nendobj\n".utf8)
        }
        var tail = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            tail += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n"
        }
        tail += "trailer\n<< /Size \(objects.count + 1) \(trailer) >>\nstartxref\n\(pdf.count)\n%%EOF\n"
        return pdf + Array(tail.utf8)
    }

    /// A dictionary object in PDF syntax.
    static func object(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// A stream object: `dictionary` holds every entry but `/Length`.
    static func stream(_ dictionary: String, _ data: [UInt8]) -> [UInt8] {
        Array("<< \(dictionary) /Length \(data.count) >>\nstream\n".utf8) + data + Array("\nendstream".utf8)
    }

    /// A PDF text string in UTF-16BE with a byte order mark, as a hexadecimal string.
    static func utf16(_ text: String) -> String {
        "<FEFF"
            + text.utf16.map { unit in
                let digits = String(unit, radix: 16, uppercase: true)
                return String(repeating: "0", count: 4 - digits.count) + digits
            }.joined() + ">"
    }

    static let minimalCII = Array(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"/>
        """.utf8
    )

    @Test("UTF-16 attachment names come back whole, from a name tree with /Kids, cycles and /AF")
    func utf16Names() throws {
        let hex = Array(Self.minimalCII.map { ($0 < 0x10 ? "0" : "") + String($0, radix: 16) }.joined().utf8) + [0x3E]
        let pdf = Self.handmadePDF([
            Self.object(
                "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 4 0 R >> /AF [6 0 R 9 0 R] >>"
            ),
            Self.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Self.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"),
            // The root's kid points back at the root, the leaf at the root again: cycles.
            Self.object("<< /Kids [5 0 R 4 0 R] >>"),
            Self.object("<< /Limits [(a) (b)] /Names [(a) 6 0 R (b) 7 0 R] /Kids [4 0 R] >>"),
            // The invoice's /UF is UTF-16 (poppler-cpp gave it as an empty string); /F differs.
            Self.object(
                "<< /Type /Filespec /F (invoice.xml) /UF \(Self.utf16("factur-x.xml")) /EF << /F 8 0 R >> "
                    + "/AFRelationship /Data >>"
            ),
            Self.object("<< /Type /Filespec /UF \(Self.utf16("Übersicht 日本 €.pdf")) /EF << /F 10 0 R >> >>"),
            Self.stream("/Type /EmbeddedFile /Subtype /text#2Fxml /Filter /ASCIIHexDecode", hex),
            Self.object("<< /Type /Filespec /F (notes.txt) /EF << /UF 11 0 R >> /AFRelationship /Supplement >>"),
            Self.stream("/Type /EmbeddedFile", Array("%PDF-1.4 not really".utf8)),
            Self.stream("/Type /EmbeddedFile /Subtype /text#2Fplain", Array("notes".utf8)),
        ])
        let opened = try FacturXPDF(pdfEncoded: pdf)
        #expect(opened.pageCount == 1)
        #expect(opened.pdfVersion == "1.7")
        #expect(opened.attachmentNames == ["factur-x.xml", "Übersicht 日本 €.pdf", "notes.txt"])
        let invoice = try opened.invoiceXML()
        #expect(opened.invoices.count == 1)
        #expect(invoice.fileName == "factur-x.xml")
        #expect(invoice.attachmentIndex == 0)
        #expect(invoice.flavour == .facturX)
        #expect(invoice.xml == Self.minimalCII)

        let reader = try QPDFDocumentReader(bytes: pdf)
        let files = reader.embeddedFiles()
        #expect(files.map(\.mimeType) == ["text/xml", nil, "text/plain"])
        #expect(files.map(\.relationship) == ["Data", nil, "Supplement"])
        #expect(files.map(\.source) == [.nameTree, .nameTree, .associatedFiles])
        #expect(try reader.data(of: files[2]) == Array("notes".utf8))
    }

    @Test("A name-tree key names a file specification without /UF or /F")
    func keyAsName() throws {
        let pdf = Self.handmadePDF([
            Self.object(
                "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(factur-x.xml) 4 0 R] >> >> >>"
            ),
            Self.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Self.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"),
            Self.object("<< /Type /Filespec /EF << /F 5 0 R >> >>"),
            Self.stream("/Type /EmbeddedFile", Self.minimalCII),
        ])
        let invoice = try FacturXPDF.extractInvoiceXML(fromPDF: pdf)
        #expect(invoice.fileName == "factur-x.xml")
        #expect(invoice.xml == Self.minimalCII)
    }

    @Test("Attachment names decode from UTF-8 with a byte order mark and from PDFDocEncoding")
    func nameEncodings() throws {
        let pdf = Self.handmadePDF([
            Self.object(
                "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(a) 4 0 R (b) 5 0 R] >> >> >>"
            ),
            Self.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Self.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"),
            // UTF-8 after EF BB BF (PDF 2.0): "Rechnung-é.xml".
            Self.object("<< /Type /Filespec /UF <EFBBBF526563686E756E672DC3A92E786D6C> /EF << /F 6 0 R >> >>"),
            // PDFDocEncoding: 0x80 is a bullet, 0xA0 the euro sign, 0xE9 é.
            Self.object("<< /Type /Filespec /F <80A0E9> /EF << /F 6 0 R >> >>"),
            Self.stream("/Type /EmbeddedFile", Array("x".utf8)),
        ])
        #expect(try FacturXPDF(pdfEncoded: pdf).attachmentNames == ["Rechnung-é.xml", "•€é"])
    }

    @Test("A torn Flate stream in an invoice attachment is malformedPDF, never part of the XML")
    func tornStream() throws {
        let xml = Self.minimalCII + Array(repeating: UInt8(ascii: " "), count: 4000) + Array("<!-- end -->".utf8)
        let compressed = try #require(Deflate.zlibCompressed(xml))
        func pdf(_ data: [UInt8]) -> [UInt8] {
            Self.handmadePDF([
                Self.object(
                    "<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(factur-x.xml) 4 0 R] >> >> >>"
                ),
                Self.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                Self.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"),
                Self.object("<< /Type /Filespec /F (factur-x.xml) /EF << /F 5 0 R >> >>"),
                Self.stream("/Type /EmbeddedFile /Filter /FlateDecode", data),
            ])
        }
        #expect(try FacturXPDF.extractInvoiceXML(fromPDF: pdf(compressed)).xml == xml)
        #expect(throws: FacturXError.pdfCode(.malformedPDF)) {
            try FacturXPDF.extractInvoiceXML(fromPDF: pdf(Array(compressed.prefix(compressed.count / 2))))
        }
    }

    @Test("A sample cut inside its invoice attachment's stream is malformedPDF")
    func truncatedInsideAttachment() throws {
        let bytes = try [UInt8](SharedFixtures.data("conformance/samples/fnfe-facturx-1.0/Facture_FR_BASIC.pdf"))
        let marker = Array("/EmbeddedFile".utf8)
        let start = try #require(bytes.indices.first { bytes[$0...].starts(with: marker) })
        for cut in [start + 100, start + 300, start + 600] {
            #expect(throws: FacturXError.pdfCode(.malformedPDF), "cut at \(cut)") {
                try FacturXPDF(pdfEncoded: bytes.prefix(cut))
            }
        }
    }

    static let qpdf: String? = ["/usr/bin/qpdf", "/usr/local/bin/qpdf", "/opt/homebrew/bin/qpdf"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(
        "A PDF encrypted with an owner password only opens, decrypted",
        .enabled(if: qpdf != nil, "qpdf (command line) is not installed")
    )
    func ownerPasswordOnly() throws {
        let tool = try #require(Self.qpdf)
        let source = try SharedFixtures.url("conformance/samples/fnfe-facturx-1.0/Facture_FR_BASIC.pdf")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("owner-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--encrypt", "", "owner-secret", "256", "--", source.path, output.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let encrypted = try [UInt8](Data(contentsOf: output))
        #expect(encrypted.firstRange(of: Array("/Encrypt".utf8)) != nil)
        let expected = try FacturXPDF.extractInvoiceXML(fromPDF: Data(contentsOf: source))
        #expect(try FacturXPDF.extractInvoiceXML(fromPDF: encrypted) == expected)
    }

    // MARK: - Pieces

    @Test("Attachment names and XMP namespaces map to flavours")
    func flavourNames() {
        #expect(EmbeddedInvoiceFlavour(attachmentName: "factur-x.xml") == .facturX)
        #expect(EmbeddedInvoiceFlavour(attachmentName: "Factur-X.xml") == .facturX)
        #expect(EmbeddedInvoiceFlavour(attachmentName: "zugferd-invoice.xml") == .zugferd2)
        #expect(EmbeddedInvoiceFlavour(attachmentName: "ZUGFeRD-invoice.xml") == .zugferd1)
        #expect(EmbeddedInvoiceFlavour(attachmentName: "xrechnung.xml") == .xrechnung)
        #expect(EmbeddedInvoiceFlavour(attachmentName: "invoice.xml") == nil)
        #expect(EmbeddedInvoiceFlavour(xmpNamespace: "urn:ferd:pdfa:CrossIndustryDocument:invoice:1p0#") == .zugferd1)
        #expect(
            EmbeddedInvoiceFlavour(xmpNamespace: "urn:zugferd:pdfa:CrossIndustryDocument:invoice:2p0#") == .zugferd2
        )
        #expect(
            EmbeddedInvoiceFlavour(xmpNamespace: "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#") == .facturX
        )
    }

    @Test("XMP properties are read as attributes or elements, under any prefix")
    func xmpForms() {
        let packet = """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:zz="urn:zugferd:pdfa:CrossIndustryDocument:invoice:2p0#"
              zz:ConformanceLevel="EXTENDED" zz:DocumentFileName="zugferd-invoice.xml"/>
            <rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">
              <fx:DocumentType> INVOICE </fx:DocumentType><fx:Version>1.0</fx:Version>
            </rdf:Description></rdf:RDF></x:xmpmeta>
            <?xpacket end="w"?>
            """
        let schemas = FacturXPDF.invoiceSchemas(inXMP: packet)
        #expect(
            schemas == [
                EmbeddedInvoiceXMP(
                    flavour: .zugferd2,
                    conformanceLevel: "EXTENDED",
                    documentFileName: "zugferd-invoice.xml"
                ),
                EmbeddedInvoiceXMP(flavour: .facturX, documentType: "INVOICE", version: "1.0"),
            ]
        )
        #expect(FacturXPDF.invoiceSchemas(inXMP: "<not xml").isEmpty)
    }

}

extension FacturXError {
    /// An error value to match `#expect(throws:)` by code (errors compare by code).
    fileprivate static func pdfCode(_ code: Code) -> FacturXError {
        FacturXError(code: code, message: "")
    }
}
