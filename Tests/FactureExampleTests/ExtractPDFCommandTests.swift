// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureTestSupport
import Foundation
import Testing

@Suite("facture extract on Factur-X, ZUGFeRD and plain PDFs")
struct ExtractPDFCommandTests {
    @Test("extract --json reads a Factur-X PDF through its embedded XML (source facturx)")
    func facturX() throws {
        let pdf = try SharedFixtures.url("conformance/samples/fnfe-facturx-1.0/Facture_FR_EN16931.pdf").path
        let output = try FactureExecutable.run(["extract", "--json", pdf])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        // The values of the embedded factur-x.xml (BT-1, BT-112, BT-115, BT-5).
        #expect(object["source"] as? String == "facturx")
        #expect(object["invoice_number"] as? String == "FA-2017-0010")
        #expect(object["total_ttc"] as? String == "671.15")
        #expect(object["amount_due"] as? String == "470.15")
        #expect(object["currency"] as? String == "EUR")
        #expect((object["lines"] as? [Any])?.count == 3)
    }

    @Test("extract detects a PDF by its header, not its name, and reads a ZUGFeRD 2 PDF")
    func zugferd2ByMagic() throws {
        let source = try SharedFixtures.url("conformance/samples/zugferd-2.0-intarsys/zugferd_2p0_BASIC_Einfach.pdf")
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("extract-pdf-\(UUID().uuidString).xml")
        try FileManager.default.copyItem(at: source, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let output = try FactureExecutable.run(["extract", "--json", copy.path])
        #expect(output.status == 0, "\(output.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(object["source"] as? String == "facturx")
    }

    @Test("extract names ZUGFeRD 1 as unreadable, exit 1, and reads a PDF without XML from its text layer")
    func refusalsAndTextLayer() throws {
        let zugferd1 = try SharedFixtures.url("conformance/samples/edge-cases/ZUGFeRD_1p0_COMFORT_Einfach.pdf").path
        let first = try FactureExecutable.run(["extract", "--json", zugferd1])
        #expect(first.status == 1)
        #expect(first.stderr.contains("ZUGFeRD 1"), "\(first.stderr)")
        let plain = try SharedFixtures.url("conformance/samples/edge-cases/RE-E-974-Hetzner_2016-01-19_R0005532486.pdf")
        let second = try FactureExecutable.run(["extract", "--json", plain.path])
        #expect(second.status == 0, "\(second.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
        #expect(object["source"] as? String == "text")
        // A German invoice: its IBAN passes mod 97 wherever it is printed.
        #expect(object["iban"] as? String == "DE92760700120750007700")
        #expect(object["issue_date"] as? String == "2016-01-19")
    }
}
