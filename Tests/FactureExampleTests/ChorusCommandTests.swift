// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import Foundation
import Testing

@Suite("facture chorus, facture pa and facture simulator", .timeLimit(.minutes(2)))
struct ChorusCommandTests {
    /// A Factur-X PDF of a one-line invoice to the simulator's structure 1002 (SIRET 26073617600011, which
    /// requires a service code), made with `facture convert`.
    static func facturX(number: String, in folder: URL) throws -> String {
        let invoice = Invoice(
            number: number,
            issueDate: try CalendarDate(year: 2026, month: 11, day: 2),
            seller: Invoice.Seller(
                name: "Atelier Lumière SARL",
                identifiers: [.siret("84215367800011")],
                legalRegistrationIdentifier: .siren("842153678"),
                vatIdentifier: "FR16842153678",
                postalAddress: PostalAddress(city: "Lyon", postCode: "69002", country: try CountryCode("FR"))
            ),
            buyer: Invoice.Buyer(
                name: "Centre hospitalier",
                identifier: .siret("26073617600011"),
                legalRegistrationIdentifier: .siren("260736176"),
                postalAddress: PostalAddress(city: "Paris", postCode: "75013", country: try CountryCode("FR"))
            ),
            lines: [
                Invoice.Line(
                    id: "1",
                    quantity: Quantity(2),
                    unitCode: "C62",
                    netAmount: .zero,
                    price: Invoice.Line.PriceDetails(netPrice: try Amount(parsing: "50.00")),
                    vat: Invoice.Line.VATInformation(categoryCode: .standardRate, rate: Percentage(20)),
                    item: Invoice.Line.Item(name: "Fournitures")
                )
            ]
        ).withComputedTotals()
        let json = folder.appendingPathComponent("\(number).json")
        try JSONEncoder().encode(invoice).write(to: json)
        let pdf = folder.appendingPathComponent("\(number).pdf").path
        let converted = try FactureExecutable.run(["convert", json.path, "--to", "facturx", "-o", pdf])
        #expect(converted.status == 0, "stderr: \(converted.stderr)")
        return pdf
    }

    static func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "facture-chorus-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    @Test("submit refuses an invoice without the service code its buyer requires, deposits it with one")
    func submitChecksRequirements() throws {
        try Self.withFolder { folder in
            let pdf = try Self.facturX(number: "CH-1", in: folder)
            let refused = try FactureExecutable.run(["chorus", "submit", pdf, "--simulator"])
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("structureRequirementMissing"), "stderr: \(refused.stderr)")

            let accepted = try FactureExecutable.run(
                ["chorus", "submit", pdf, "--simulator", "--service-code", "SERV-RH", "--json"]
            )
            #expect(accepted.status == 0, "stderr: \(accepted.stderr)")
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(accepted.stdout.utf8)) as? [String: Any]
            )
            #expect(object["invoice_number"] as? String == "CH-1")
            #expect(object["structure"] as? String == "26073617600011")
            #expect((object["flux_number"] as? String)?.isEmpty == false)
            #expect(object["deposits_sent"] as? Int == 1)
        }
    }

    @Test("structure prints what a buyer requires and its services")
    func structure() throws {
        let output = try FactureExecutable.run(["chorus", "structure", "26073617600011", "--simulator"])
        #expect(output.status == 0, "stderr: \(output.stderr)")
        #expect(output.stdout.contains("service code required: yes"))
        #expect(output.stdout.contains("service SERV-ACHATS"))
        let unknown = try FactureExecutable.run(["chorus", "structure", "99999999999999", "--simulator"])
        #expect(unknown.status != 0)
    }

    @Test("credentials are required for PISTE itself and never taken from arguments")
    func credentialsFromEnvironment() throws {
        let output = try FactureExecutable.run(["chorus", "structure", "26073617600011", "--environment", "sandbox"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("FACTURE_PISTE_CLIENT_ID"))
    }

    @Test("facture simulator serves Chorus Pro at a base URL that submit and status use across commands")
    func standaloneSimulator() throws {
        let simulator = Process()
        simulator.executableURL = FactureExecutable.url
        simulator.arguments = ["simulator", "--port", "0"]
        let output = Pipe()
        simulator.standardOutput = output
        try simulator.run()
        defer {
            simulator.terminate()
            simulator.waitUntilExit()
        }
        // The first line names the Chorus Pro base URL.
        var text = ""
        let handle = output.fileHandleForReading
        while !text.contains("\n") {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        let baseURL = try #require(
            text.split(separator: " ").first { $0.hasPrefix("http://127.0.0.1:") && $0.hasSuffix("/cpro") }
        )
        try Self.withFolder { folder in
            let pdf = try Self.facturX(number: "CH-2", in: folder)
            let submitted = try FactureExecutable.run(
                ["chorus", "submit", pdf, "--base-url", String(baseURL), "--service-code", "SERV-ACHATS"]
            )
            #expect(submitted.status == 0, "stderr: \(submitted.stderr)")
            let status = try FactureExecutable.run(
                ["chorus", "status", "--invoice", "CH-2", "--base-url", String(baseURL)]
            )
            #expect(status.status == 0, "stderr: \(status.stderr)")
            #expect(status.stdout.contains("invoice CH-2"))
            #expect(status.stdout.contains("lifecycle 2"))

            // The same server is the XP Z12-013 platform: a flow submitted by one command is found by the next.
            let root = String(baseURL.dropLast("/cpro".count))
            let flow = try FactureExecutable.run(["pa", "submit", pdf, "--base-url", root])
            #expect(flow.status == 0, "stderr: \(flow.stderr)")
            #expect(flow.stdout.contains("acknowledgement Ok"))
            let search = try FactureExecutable.run(["pa", "search", "--base-url", root])
            #expect(search.status == 0, "stderr: \(search.stderr)")
            #expect(search.stdout.contains("Factur-X  Out  ack Ok"))
        }
    }

    @Test("pa lookup reads the directory by SIREN and by SIRET; an unknown one fails")
    func platformLookup() throws {
        let company = try FactureExecutable.run(["pa", "lookup", "732829320", "--simulator"])
        #expect(company.status == 0, "stderr: \(company.stderr)")
        #expect(company.stdout.contains("SIREN 732829320"))
        #expect(company.stdout.contains("SIRET 73282932000074"))
        let facility = try FactureExecutable.run(["pa", "lookup", "73282932000074", "--simulator"])
        #expect(facility.status == 0, "stderr: \(facility.stderr)")
        #expect(facility.stdout.contains("(SIREN 732829320)"))
        let unknown = try FactureExecutable.run(["pa", "lookup", "356000000", "--simulator"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("notFound"))
        let invalid = try FactureExecutable.run(["pa", "lookup", "123456789", "--simulator"])
        #expect(invalid.status != 0)
        #expect(invalid.stderr.contains("Luhn"))
    }

    @Test("pa submit without a base URL or simulator is a usage error; a platform needs a token")
    func platformNeedsConnection() throws {
        let noURL = try FactureExecutable.run(["pa", "search"])
        #expect(noURL.status != 0)
        #expect(noURL.stderr.contains("--base-url"))
        let noToken = try FactureExecutable.run(["pa", "search", "--base-url", "https://pa.example.test"])
        #expect(noToken.status != 0)
        #expect(noToken.stderr.contains("FACTURE_PA_TOKEN"))
    }
}
