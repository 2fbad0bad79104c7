// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import FactureModel
import Foundation

/// `facture demo`: the main job end to end on the embedded sample (or the invoices in `--data`).
///
/// The job: check every identifier an invoice carries, compute its totals and VAT breakdown as
/// EN 16931 specifies, report where its stated figures disagree, write and validate its Factur-X XML,
/// walk it through the reform's lifecycle, then send it as a Factur-X PDF through the Chorus Pro
/// simulator (on loopback, over real HTTP).
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the main job end to end on the embedded sample and print what it did."
    )

    @Option(name: .long, help: "A folder of invoices as FactureModel JSON (*.json) to run on instead of the sample.")
    var data: String?

    func run() async throws {
        var report = DemoReport()
        let invoices = try loadInvoices()
        for (name, invoice) in invoices {
            report.run(on: invoice, source: name)
        }
        print(report.text, terminator: "")
        for (_, invoice) in invoices {
            for line in await DemoChorusPro.send(invoice.withComputedTotals()) { print(line) }
            print()
        }
        if report.hasInvalidIdentifiers {
            throw ExitCode(1)
        }
    }

    /// The invoices to run on, with a name for each.
    private func loadInvoices() throws -> [(String, Invoice)] {
        guard let data else {
            return [("embedded sample", try DemoSample.invoice())]
        }
        let folder = URL(fileURLWithPath: data, isDirectory: true)
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension.lowercased() == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        guard !files.isEmpty else {
            throw ValidationError("no *.json invoice in \(data)")
        }
        let decoder = JSONDecoder()
        return try files.map { file in
            do {
                return (file.lastPathComponent, try decoder.decode(Invoice.self, from: Data(contentsOf: file)))
            } catch {
                throw ValidationError("\(file.path) is not a FactureModel invoice: \(error)")
            }
        }
    }
}
