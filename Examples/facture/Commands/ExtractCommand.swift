// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import FacturX
import FactureModel
import FactureOCR
import Foundation

/// `facture extract FILE... [--json] [--out DIR]`: any invoice file to its fields.
///
/// This release reads CII and UBL XML (source `xml`) and the XML embedded in Factur-X, ZUGFeRD 2
/// and XRechnung PDFs (source `facturx`); PDFs without invoice XML and scans arrive with the OCR
/// module and are refused with a message until then.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read the fields of invoice files (CII or UBL XML, Factur-X or ZUGFeRD PDFs in this release)."
    )

    @Argument(help: "Invoice files.")
    var files: [String]

    @Flag(name: .long, help: "Print one JSON object per document, with the contract's keys.")
    var json = false

    @Option(name: .long, help: "Write STEM.json for each input into this folder.")
    var out: String?

    func run() async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var failures = 0
        for file in files {
            let url = URL(fileURLWithPath: file)
            let fields: ExtractedInvoice
            do {
                fields = try Self.extract(url)
            } catch {
                failures += 1
                FileHandle.standardError.write(Data("\(file): \(error)\n".utf8))
                continue
            }
            let data = try encoder.encode(fields)
            if let out {
                let folder = URL(fileURLWithPath: out, isDirectory: true)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let stem = url.deletingPathExtension().lastPathComponent
                try data.write(to: folder.appendingPathComponent(stem + ".json"), options: .atomic)
            }
            if json {
                print(String(decoding: data, as: UTF8.self))
            } else if out == nil {
                print(Self.summary(of: fields, file: file))
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// Reads one file's fields: a PDF (recognised by its `%PDF-` header, whatever its name) through
    /// its embedded invoice XML, anything else as CII or UBL XML.
    static func extract(_ url: URL) throws -> ExtractedInvoice {
        let bytes = try [UInt8](Data(contentsOf: url))
        if FacturXPDF.looksLikePDF(bytes) {
            return try extractPDF(bytes)
        }
        let document = try InvoiceXMLDocument(xmlEncoded: bytes)
        return ExtractedInvoice(invoice: document.invoice, source: .xml)
    }

    /// Reads a Factur-X, ZUGFeRD 2 or XRechnung PDF through its embedded XML (source `facturx`).
    static func extractPDF(_ bytes: [UInt8]) throws -> ExtractedInvoice {
        let pdf = try FacturXPDF(pdfEncoded: bytes)
        guard let embedded = pdf.invoices.first else {
            // No invoice XML: the text layer, when the PDF has one.
            let pages = try PDFTextLayer.pages(ofPDF: bytes)
            guard PDFTextLayer.hasText(pages) else {
                throw ValidationError(
                    "the PDF carries no invoice XML and no text layer; reading scanned PDFs (OCR) is not available "
                        + "yet (issue 5)"
                )
            }
            return InvoiceFieldExtractor().extract(from: pages, source: .text)
        }
        guard embedded.flavour.isReadableIntoModel else {
            throw ValidationError(
                "the PDF's \(embedded.fileName) is \(embedded.flavour) XML (CrossIndustryDocument), "
                    + "which predates EN 16931 and cannot be read; only Factur-X, ZUGFeRD 2 and XRechnung are"
            )
        }
        return try readEmbedded(embedded)
    }

    /// Reads embedded XML into the model, naming the attachment when it cannot be read.
    static func readEmbedded(_ embedded: EmbeddedInvoiceXML) throws -> ExtractedInvoice {
        let document: InvoiceXMLDocument
        do {
            document = try InvoiceXMLDocument(xmlEncoded: embedded.xml)
        } catch {
            throw ValidationError("the PDF's \(embedded.fileName) (\(embedded.flavour)): \(error)")
        }
        return ExtractedInvoice(invoice: document.invoice, source: .facturX)
    }

    /// One readable line per document.
    static func summary(of fields: ExtractedInvoice, file: String) -> String {
        [
            file, fields.documentType ?? "-", fields.invoiceNumber ?? "-", fields.issueDate ?? "-",
            fields.supplierName ?? "-", fields.totalTTC.map { "\($0) \(fields.currency ?? "")" } ?? "-",
        ].joined(separator: "\t")
    }
}
