// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureTestSupport
import Foundation
import Testing

@Suite("facture validate, convert and extract on the official samples")
struct FacturXCommandTests {
    private static let valid = "conformance/samples/fr-ctc/akretion_factur-x-en16931.xml"
    private static let creditNote = "conformance/samples/cen-en16931/ubl/ubl-tc434-creditnote1.xml"
    private static let validUBL = "conformance/samples/fr-ctc/akretion_ubl-21-en16931.xml"
    private static let brCO26 = "conformance/samples/edge-cases/valid_with_VAT_O.xml"

    @Test("validate exits 0 for files every official artefact accepts and prints the contract's JSON")
    func validateValid() throws {
        let schemas = try SharedFixtures.url("conformance").path
        let files = [try SharedFixtures.url(Self.valid).path, try SharedFixtures.url(Self.validUBL).path]
        let output = try FactureExecutable.run(["validate", "--json", "--schemas", schemas] + files)
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        let objects = try output.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(objects.count == 2)
        #expect(objects.first?["profile"] as? String == "en16931")
        for object in objects {
            #expect(object["valid"] as? Bool == true)
            #expect((object["errors"] as? [Any])?.isEmpty == true)
        }
    }

    @Test("validate --strict adds FactureKit's own rules: the sample's made-up SIREN fails its check digit")
    func validateStrict() throws {
        let file = try SharedFixtures.url(Self.valid).path
        #expect(try FactureExecutable.run(["validate", file]).status == 0)
        let output = try FactureExecutable.run(["validate", "--json", "--strict", file])
        #expect(output.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let rules = Set((object["errors"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } ?? [])
        #expect(rules.contains("FK-SIREN-01"))
        #expect(rules.allSatisfy { $0.hasPrefix("FK-") })
    }

    @Test("validate exits 1 and names the official rules the artefacts fail (BR-CO-26, BR-FR-…)")
    func validateInvalid() throws {
        let output = try FactureExecutable.run(["validate", "--json", try SharedFixtures.url(Self.brCO26).path])
        #expect(output.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let errors = Set((object["errors"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } ?? [])
        let warnings = Set((object["warnings"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } ?? [])
        // The union of the three artefacts' verdicts recorded in EXPECTED.json for this sample.
        #expect(
            errors == [
                "BR-CO-26", "BR-FR-05_BT-22_AAB", "BR-FR-05_BT-22_PMD", "BR-FR-05_BT-22_PMT", "BR-FR-08_BT-23",
                "BR-FR-10_BT-30", "BR-FR-12_BT-49", "BR-FR-13_BT-34",
            ]
        )
        #expect(warnings == ["BR-FX-EN-04", "PEPPOL-EN16931-R008"])
    }

    @Test("validate reports a schema violation as rule XSD when given the schemas")
    func validateXSD() throws {
        var text = try String(decoding: SharedFixtures.data(Self.valid), as: UTF8.self)
        text = text.replacingOccurrences(
            of: "<ram:TypeCode>380</ram:TypeCode>",
            with: "<ram:TypeCode>380</ram:TypeCode><ram:Bogus/>"
        )
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("xsd-\(UUID().uuidString).xml")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let output = try FactureExecutable.run([
            "validate", "--schemas", try SharedFixtures.url("conformance").path, file.path,
        ])
        #expect(output.status == 1)
        #expect(output.stdout.contains("[XSD]"))
    }

    @Test("convert CII → UBL → CII keeps the figures extract reads")
    func convertRoundTrip() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convert-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try SharedFixtures.url(Self.valid).path
        let ubl = folder.appendingPathComponent("x.ubl.xml").path
        let cii = folder.appendingPathComponent("x.cii.xml").path
        #expect(try FactureExecutable.run(["convert", source, "--to", "ubl", "-o", ubl]).status == 0)
        #expect(try FactureExecutable.run(["convert", ubl, "--to", "cii", "-o", cii]).status == 0)
        let original = try FactureExecutable.run(["extract", "--json", source]).stdout
        let back = try FactureExecutable.run(["extract", "--json", cii]).stdout
        let viaUBL = try FactureExecutable.run(["extract", "--json", ubl]).stdout
        #expect(!original.isEmpty)
        #expect(original == back)
        #expect(original == viaUBL)
        #expect(try FactureExecutable.run(["validate", cii]).status == 0)
        // The one gap between the syntaxes under BR-FR: CII's private seller and ship-to
        // identifiers (ram:ID) carry no scheme, which UBL's BR-FR-CO-10 requires.
        let ublReport = try FactureExecutable.run(["validate", "--json", ubl])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(ublReport.stdout.utf8)) as? [String: Any])
        let rules = Set((object["errors"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } ?? [])
        #expect(rules == ["BR-FR-CO-10_BT-29-1", "BR-FR-CO-10_BT-71-1"])
    }

    @Test("extract --json gives every contract key, with source xml, and --out writes STEM.json")
    func extractJSON() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("extract-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try FactureExecutable.run([
            "extract", "--json", "--out", folder.path, try SharedFixtures.url(Self.creditNote).path,
        ])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        for key in [
            "supplier_name", "supplier_siren", "supplier_siret", "supplier_vat", "buyer_name", "buyer_siren",
            "invoice_number", "issue_date", "due_date", "currency", "total_ht", "total_tva", "total_ttc",
            "amount_due", "vat_breakdown", "iban", "bic", "po_reference", "document_type", "lines", "confidence",
            "source",
        ] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        #expect(object["source"] as? String == "xml")
        #expect(object["document_type"] as? String == "credit_note")
        #expect(
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("ubl-tc434-creditnote1.json").path)
        )
    }

    @Test("convert --to facturx attaches a UBL invoice, as CII, to a plain PDF that extract then reads")
    func convertToFacturX() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try SharedFixtures.url("conformance/samples/edge-cases/RE-E-974-Hetzner_2016-01-19_R0005532486.pdf")
        let output = folder.appendingPathComponent("out.pdf").path
        let convert = try FactureExecutable.run([
            "convert", plain.path, "--to", "facturx", "--xml", try SharedFixtures.url(Self.validUBL).path, "-o", output,
        ])
        #expect(convert.status == 0, "\(convert.stdout)\(convert.stderr)")
        #expect(convert.stderr.contains("cannot be claimed PDF/A-3"))
        let original = try Data(contentsOf: plain)
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)).prefix(original.count) == original)
        let extract = try FactureExecutable.run(["extract", "--json", output])
        #expect(extract.status == 0, "\(extract.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(extract.stdout.utf8)) as? [String: Any])
        #expect(object["source"] as? String == "facturx")
        let ubl = try #require(
            try JSONSerialization.jsonObject(
                with: Data(
                    FactureExecutable.run(["extract", "--json", try SharedFixtures.url(Self.validUBL).path]).stdout.utf8
                )
            ) as? [String: Any]
        )
        #expect(object["invoice_number"] as? String == ubl["invoice_number"] as? String)
        #expect(object["total_ttc"] as? String == ubl["total_ttc"] as? String)
    }

    @Test("render draws an XML invoice as a PDF; convert --to facturx from XML renders it and embeds its CII")
    func renderAndConvertFromXML() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try SharedFixtures.url(Self.valid).path
        let rendered = folder.appendingPathComponent("rendered.pdf").path
        let render = try FactureExecutable.run(["render", source, "-o", rendered])
        #expect(render.status == 0, "\(render.stdout)\(render.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: rendered)).prefix(5) == Data("%PDF-".utf8))
        let facturX = folder.appendingPathComponent("facturx.pdf").path
        let convert = try FactureExecutable.run(["convert", source, "--to", "facturx", "-o", facturX])
        #expect(convert.status == 0, "\(convert.stdout)\(convert.stderr)")
        let fromPDF = try FactureExecutable.run(["extract", "--json", facturX])
        let fromXML = try FactureExecutable.run(["extract", "--json", source])
        let pdfObject = try #require(
            try JSONSerialization.jsonObject(with: Data(fromPDF.stdout.utf8)) as? [String: Any]
        )
        let xmlObject = try #require(
            try JSONSerialization.jsonObject(with: Data(fromXML.stdout.utf8)) as? [String: Any]
        )
        #expect(pdfObject["source"] as? String == "facturx")
        for key in ["invoice_number", "supplier_siren", "total_ht", "total_tva", "total_ttc", "amount_due"] {
            #expect(pdfObject[key] as? String == xmlObject[key] as? String, "\(key)")
        }
    }

    @Test("extract refuses a PDF without invoice XML and a non-invoice with exit 1, not a crash")
    func extractRefuses() throws {
        // A damaged PDF and a file that is no invoice at all.
        let pdf = FileManager.default.temporaryDirectory.appendingPathComponent("damaged-\(UUID().uuidString).pdf")
        try Data("%PDF-1.7\n1 0 obj << /Type /Catalog".utf8).write(to: pdf)
        defer { try? FileManager.default.removeItem(at: pdf) }
        let output = try FactureExecutable.run(["extract", pdf.path, "/etc/hostname"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("PDF"))
        #expect(output.stderr.contains("hostname"))
    }
}
