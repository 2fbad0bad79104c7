// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import FacturX
import FactureModel
import Foundation

/// `facture render INVOICE -o OUT.pdf`: a readable A4 invoice PDF from a FactureModel JSON invoice
/// or a CII/UBL XML invoice, with every mandatory French mention.
struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render an invoice (FactureModel JSON, CII or UBL XML) as an A4 PDF."
    )

    @Argument(help: "The invoice: FactureModel JSON, CII or UBL XML.")
    var file: String

    @Option(name: [.short, .customLong("output")], help: "Where to write the PDF.")
    var output: String

    @Option(name: .long, help: "Folder of the DejaVu Sans fonts (default: /usr/share/fonts/truetype/dejavu).")
    var fonts: String?

    func run() async throws {
        let invoice = try InvoiceFile.invoice(at: file)
        let rendered = try InvoicePDFRenderer(fontDirectory: fonts).render(invoice)
        try Data(rendered.pdf).write(to: URL(fileURLWithPath: output), options: .atomic)
        print("\(file) → \(output) (\(rendered.pageCount) page\(rendered.pageCount == 1 ? "" : "s"))")
        if !rendered.unencodableCharacters.isEmpty {
            let characters = String(rendered.unencodableCharacters)
            FileHandle.standardError.write(
                Data("note: drawn as '?' (not in the PDF font encoding): \(characters)\n".utf8)
            )
        }
    }
}

/// Reads an invoice file given on the command line: FactureModel JSON or CII/UBL XML, told apart
/// by content.
enum InvoiceFile {
    /// The invoice in `path`.
    static func invoice(at path: String) throws -> Invoice {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let firstByte = data.first { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }
        if firstByte == UInt8(ascii: "{") {
            do {
                return try JSONDecoder().decode(Invoice.self, from: data)
            } catch {
                throw ValidationError("\(path) is not a FactureModel invoice: \(error)")
            }
        }
        return try InvoiceXMLDocument(xmlEncoded: [UInt8](data)).invoice
    }
}
