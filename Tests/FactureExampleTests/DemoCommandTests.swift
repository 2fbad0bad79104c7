// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import Foundation
import Testing

@Suite("facture demo")
struct DemoCommandTests {
    @Test("the embedded sample's identifiers are valid, its totals are computed and it ends collected")
    func embeddedSample() throws {
        let output = try FactureExecutable.run(["demo"])
        #expect(output.status == 0, "stderr: \(output.stderr)")
        let text = output.stdout
        #expect(text.contains("invoice F-2026-0042 (embedded sample)"))
        #expect(!text.contains("INVALID"))
        #expect(text.components(separatedBy: "valid\n").count - 1 == 8)
        // Figures worked out by hand from the sample's lines (see DemoSample.swift).
        for expected in [
            "BT-106 sum of line net amounts          900.13 EUR",
            "BT-110 VAT                              158.74 EUR",
            "BT-112 total with VAT                  1052.37 EUR",
            "S 20 %     base     699.31   VAT    139.86",
            "S 5.5 %    base      12.32   VAT      0.68",
            "after calculation: consistent",
            "passes EN 16931, Factur-X EN 16931, BR-FR and FK rules, reads back with the same totals",
            "passes EN 16931, BR-FR and FK rules, reads back with the same totals",
            "212 Encaissée",
            "refused before deposit (structureRequirementMissing)",
            "with service code SERV-ACHATS written into the CII (BT-10): deposited as flux",
            "flux state: IN_INTEGRE",
            "invoice F-2026-0042: DEPOSEE → lifecycle 200 Déposée",
            "deposits received by the simulator: 1",
        ] {
            #expect(text.contains(expected), "missing «\(expected)» in:\n\(text)")
        }
    }

    @Test("--data runs on FactureModel JSON invoices and exits 1 when an identifier is invalid")
    func dataFolderWithInvalidIdentifier() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facture-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let invoice = Invoice(
            number: "T-1",
            issueDate: try CalendarDate(year: 2026, month: 1, day: 5),
            seller: Invoice.Seller(name: "Vendeur", legalRegistrationIdentifier: .siren("732829321")),
            buyer: Invoice.Buyer(name: "Acheteur"),
            lines: [
                Invoice.Line(
                    id: "1",
                    quantity: Quantity(2),
                    unitCode: "C62",
                    netAmount: .zero,
                    price: Invoice.Line.PriceDetails(netPrice: try Amount(parsing: "10.005")),
                    vat: Invoice.Line.VATInformation(categoryCode: .standardRate, rate: Percentage(20)),
                    item: Invoice.Line.Item(name: "Article")
                )
            ]
        )
        try JSONEncoder().encode(invoice).write(to: folder.appendingPathComponent("t1.json"))

        let output = try FactureExecutable.run(["demo", "--data", folder.path])
        #expect(output.status == 1)
        #expect(output.stdout.contains("invoice T-1 (t1.json)"))
        #expect(output.stdout.contains("seller SIREN  732829321"))
        #expect(output.stdout.contains("INVALID"))
        #expect(output.stdout.contains("BT-112 total with VAT                    24.01 EUR"))
    }

    @Test("--data refuses a folder without invoices with a message, not a crash")
    func emptyDataFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facture-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try FactureExecutable.run(["demo", "--data", folder.path])
        #expect(output.status != 0)
        #expect(output.stderr.contains("no *.json invoice"))
    }
}
