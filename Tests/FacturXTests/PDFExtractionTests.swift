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
            #expect(pdf.attachmentNames.count == sample.embedded.count, "\(sample): \(pdf.attachmentNames)")
            for name in pdf.attachmentNames where !name.isEmpty {
                #expect(sample.embedded.contains(name), "\(sample): unexpected attachment \(name)")
            }
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

    @Test("ZUGFeRD 1 and XRechnung attachments whose UTF-16 names poppler cuts are found by content")
    func unnamedAttachments() throws {
        let zugferd1 = try FacturXPDF(
            pdfEncoded: SharedFixtures.data("conformance/samples/edge-cases/ZUGFeRD_1p0_COMFORT_Einfach.pdf")
        )
        let first = try zugferd1.invoiceXML()
        #expect(first.flavour == .zugferd1)
        #expect(first.fileName == "ZUGFeRD-invoice.xml")
        #expect(first.xmp?.flavour == .zugferd1)
        #expect(first.conformanceLevel == "COMFORT")
        #expect(!first.flavour.isReadableIntoModel)
        let xrechnung = try FacturXPDF(
            pdfEncoded: SharedFixtures.data("conformance/samples/ferd-zugferd-2.2/XRECHNUNG_Einfach.pdf")
        )
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
                // What poppler rebuilds must be the whole attachment, not a torn one.
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

    @Test("PDF text strings decode from UTF-16BE, UTF-8 and PDFDocEncoding")
    func textStrings() {
        #expect(PopplerDocument.decodeTextString([0xFE, 0xFF, 0x00, 0x78, 0x00, 0xE9]) == "xé")
        #expect(PopplerDocument.decodeTextString([0xEF, 0xBB, 0xBF, 0x78, 0xC3, 0xA9]) == "xé")
        #expect(PopplerDocument.decodeTextString([0x78, 0xE9, 0xA0, 0x80]) == "xé€•")
    }
}

extension FacturXError {
    /// An error value to match `#expect(throws:)` by code (errors compare by code).
    fileprivate static func pdfCode(_ code: Code) -> FacturXError {
        FacturXError(code: code, message: "")
    }
}
