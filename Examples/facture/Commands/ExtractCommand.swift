// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import FacturX
import FactureModel
import Foundation

/// `facture extract FILE... [--json] [--out DIR]`: any invoice file to its fields.
///
/// This release reads CII and UBL XML (source `xml`); Factur-X PDFs, text PDFs and scans arrive
/// with the PDF and OCR modules and are refused with a message until then.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read the fields of invoice files (CII or UBL XML in this release)."
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

    /// Reads one file's fields.
    static func extract(_ url: URL) throws -> ExtractedInvoice {
        let bytes = try [UInt8](Data(contentsOf: url))
        if bytes.starts(with: Array("%PDF".utf8)) {
            throw ValidationError("PDF input arrives with the Factur-X PDF and OCR modules; this release reads XML")
        }
        let document = try InvoiceXMLDocument(xmlEncoded: bytes)
        return ExtractedInvoice(invoice: document.invoice, source: .xml)
    }

    /// One readable line per document.
    static func summary(of fields: ExtractedInvoice, file: String) -> String {
        [
            file, fields.documentType ?? "-", fields.invoiceNumber ?? "-", fields.issueDate ?? "-",
            fields.supplierName ?? "-", fields.totalTTC.map { "\($0) \(fields.currency ?? "")" } ?? "-",
        ].joined(separator: "\t")
    }
}
