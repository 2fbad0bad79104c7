// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureTestSupport
import Foundation
import Testing

@Suite("facture bank")
struct BankCommandTests {
    /// A fresh working directory, removed after the test.
    private static func withDirectory(_ body: (URL) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("facture-bank-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try body(directory)
    }

    private static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private static func sample(_ name: String) throws -> String {
        try SharedFixtures.url("banking/sample/\(name)").path
    }

    /// The movements of `bank parse --json`, all statements together.
    private static func parsedMovements(_ file: String) throws -> (format: String?, movements: [[String: Any]]) {
        let output = try FactureExecutable.run(["bank", "parse", try sample(file), "--json"])
        #expect(output.status == 0, "stderr: \(output.stderr)")
        let document = try object(output.stdout)
        let statements = try #require(document["statements"] as? [[String: Any]])
        return (document["format"] as? String, statements.flatMap { $0["movements"] as? [[String: Any]] ?? [] })
    }

    @Test("parse --json reads the CFONB 120 and camt.053 samples as the same 300 movements")
    func parseBothFormats() throws {
        let cfonb = try Self.parsedMovements("statement.cfonb")
        let camt = try Self.parsedMovements("camt053_v02.xml")
        #expect(cfonb.format == "cfonb120")
        #expect(camt.format == "camt.053.001.02")
        #expect(cfonb.movements.count == 300)
        #expect(camt.movements.count == 300)
        #expect(cfonb.movements.map { $0["movement"] as? Int } == Array(1...300))
        let cfonbAmounts = cfonb.movements.map { $0["amount"] as? String ?? "?" }
        #expect(cfonbAmounts == camt.movements.map { $0["amount"] as? String ?? "?" })
        #expect(cfonbAmounts.first == "2904.79")
        #expect(cfonbAmounts.allSatisfy { $0.range(of: #"^-?[0-9]+\.[0-9]{2}$"#, options: .regularExpression) != nil })
        let first = try #require(cfonb.movements.first)
        #expect(first["booking_date"] as? String == "2025-03-03")
        #expect(first["operation_code"] as? String == "05")
        #expect((first["key"] as? String)?.isEmpty == false)
        let details = first["details"] as? [[String: String]]
        #expect(details?.contains { $0["qualifier"] == "NPY" && $0["text"] == "ATELIER BONNET" } == true)
        #expect(camt.movements[1]["amount"] as? String == "-15257.47")
    }

    @Test("letter --json with our payment runs reaches pair F1 ≥ 0.98 against truth.json; --state makes it idempotent")
    func letterSample() throws {
        try Self.withDirectory { directory in
            let state = directory.appendingPathComponent("state.json").path
            let arguments = [
                "bank", "letter", "--statement", try Self.sample("statement.cfonb"),
                "--ledger", try Self.sample("invoices.json"), "--payments", try Self.sample("pain001_v03.xml"),
                "--state", state, "--json",
            ]
            let first = try FactureExecutable.run(arguments)
            #expect(first.status == 0, "stderr: \(first.stderr)")
            let output = try Self.object(first.stdout)
            let matches = try #require(output["matches"] as? [[String: Any]])
            for match in matches {
                #expect(match["movement"] is Int && match["invoice"] is String)
                let amount = match["amount"] as? String ?? ""
                #expect(amount.range(of: #"^-?[0-9]+\.[0-9]{2}$"#, options: .regularExpression) != nil)
            }
            let predicted = Self.pairs(matches)
            let f1 = try Self.f1(predicted)
            print("facture bank letter: F1 \(f1)")
            #expect(f1 >= 0.98)
            let summary = output["summary"] as? [String: Any]
            #expect(summary?["movements"] as? Int == 300)
            #expect(summary?["lettered"] as? Int == Set(predicted.map(\.movement)).count)
            #expect(FileManager.default.fileExists(atPath: state))

            let second = try FactureExecutable.run(arguments)
            #expect(second.status == 0, "stderr: \(second.stderr)")
            let again = try Self.object(second.stdout)
            #expect((again["matches"] as? [Any])?.isEmpty == true)
            #expect((again["proposed"] as? [Any])?.isEmpty == true)
            #expect((again["summary"] as? [String: Any])?["lettered"] as? Int == 0)
        }
    }

    @Test("without --payments, letter reads the pain.001 files beside the statement; --no-discover-payments does not")
    func letterDiscoversPaymentRuns() throws {
        let arguments = [
            "bank", "letter", "--statement", try Self.sample("statement.cfonb"),
            "--ledger", try Self.sample("invoices.json"), "--json",
        ]
        let discovered = try FactureExecutable.run(arguments)
        #expect(discovered.status == 0, "stderr: \(discovered.stderr)")
        #expect(discovered.stderr.contains("pain001_v03.xml"))
        let withRuns = try Self.f1(
            Self.pairs(try #require(Self.object(discovered.stdout)["matches"] as? [[String: Any]]))
        )
        #expect(withRuns >= 0.98)

        let alone = try FactureExecutable.run(arguments + ["--no-discover-payments"])
        #expect(alone.status == 0, "stderr: \(alone.stderr)")
        #expect(!alone.stderr.contains("pain001"))
        let withoutRuns = try Self.f1(
            Self.pairs(try #require(Self.object(alone.stdout)["matches"] as? [[String: Any]]))
        )
        // The batch-booked debits (one debit for a whole run) are lettered only with the runs.
        #expect(withoutRuns < withRuns)
    }

    /// A (movement ordinal, invoice id) pair.
    struct Pair: Hashable {
        var movement: Int
        var invoice: String
    }

    /// The pairs of a `matches` array.
    static func pairs(_ matches: [[String: Any]]) -> Set<Pair> {
        Set(
            matches.compactMap { match -> Pair? in
                guard let movement = match["movement"] as? Int, let invoice = match["invoice"] as? String else {
                    return nil
                }
                return Pair(movement: movement, invoice: invoice)
            }
        )
    }

    /// Pair F1 of `predicted` against the sample's truth.json.
    static func f1(_ predicted: Set<Pair>) throws -> Double {
        let truthDocument = try #require(
            try JSONSerialization.jsonObject(with: SharedFixtures.data("banking/sample/truth.json")) as? [String: Any]
        )
        let truth = pairs(truthDocument["matches"] as? [[String: Any]] ?? [])
        let hits = Double(predicted.intersection(truth).count)
        let precision = predicted.isEmpty ? 0 : hits / Double(predicted.count)
        let recall = truth.isEmpty ? 0 : hits / Double(truth.count)
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// The open supplier invoices of the sample ledger with something left to pay, and their residual total.
    private static func openSupplierInvoices() throws -> (count: Int, total: Decimal) {
        let ledger = try #require(
            try JSONSerialization.jsonObject(with: SharedFixtures.data("banking/sample/invoices.json"))
                as? [String: Any]
        )
        var count = 0
        var total = Decimal.zero
        for item in ledger["invoices"] as? [[String: Any]] ?? [] {
            guard item["kind"] as? String == "supplier", item["type"] as? String == "invoice",
                let residual = Decimal(string: item["amount_residual"] as? String ?? ""), residual > 0
            else { continue }
            count += 1
            total += residual
        }
        return (count, total)
    }

    /// The text of the first `<name>` element in `xml`.
    private static func element(_ name: String, in xml: String) -> String? {
        guard let open = xml.range(of: "<\(name)>"),
            let close = xml.range(of: "</\(name)>", range: open.upperBound..<xml.endIndex)
        else { return nil }
        return String(xml[open.upperBound..<close.lowerBound])
    }

    @Test("pay --select all writes one batch whose control sum is the selected residuals", arguments: ["03", "09"])
    func payAll(version: String) throws {
        try Self.withDirectory { directory in
            let pain = directory.appendingPathComponent("pain.xml").path
            let output = try FactureExecutable.run([
                "bank", "pay", "--ledger", try Self.sample("invoices.json"), "--select", "all", "-o", pain,
                "--version", version, "--execution-date", "2025-03-10", "--message-id", "TEST-PAY-1",
            ])
            #expect(output.status == 0, "stderr: \(output.stderr)")
            let expected = try Self.openSupplierInvoices()
            #expect(expected.count > 0)
            let xml = try String(contentsOfFile: pain, encoding: .utf8)
            #expect(xml.contains("urn:iso:std:iso:20022:tech:xsd:pain.001.001.\(version)"))
            #expect(Self.element("NbOfTxs", in: xml) == String(expected.count))
            #expect(Self.element("CtrlSum", in: xml).flatMap { Decimal(string: $0) } == expected.total)
            #expect(Self.element("BtchBookg", in: xml) == "true")
            #expect(Self.element("MsgId", in: xml) == "TEST-PAY-1")
            #expect(xml.contains("<IBAN>FR7616958145939889166817855</IBAN>"))
            #expect(output.stdout.contains("\(expected.count) transfer(s), total \(expected.total)"))
            // Only the renamed file is left: no temporary beside it.
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["pain.xml"])
        }
    }

    static let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint", "/opt/homebrew/bin/xmllint"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(
        "pay writes a pain.001.001.03 that is valid against the ISO 20022 schema (skipped without xmllint)",
        .enabled(if: xmllint != nil, "xmllint is not installed: the schema check is SKIPPED")
    )
    func paySchemaValid() throws {
        let xmllint = try #require(Self.xmllint)
        try Self.withDirectory { directory in
            let pain = directory.appendingPathComponent("pain.xml").path
            let output = try FactureExecutable.run([
                "bank", "pay", "--ledger", try Self.sample("invoices.json"), "--select", "all", "-o", pain,
            ])
            #expect(output.status == 0, "stderr: \(output.stderr)")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: xmllint)
            process.arguments = [
                "--noout", "--nonet", "--schema", try SharedFixtures.url("banking/xsd/pain.001.001.03.xsd").path, pain,
            ]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "xmllint: \(message)")
        }
    }

    @Test("pay refuses an unknown id or a customer item, naming it, and writes nothing")
    func payRefusals() throws {
        try Self.withDirectory { directory in
            let pain = directory.appendingPathComponent("pain.xml").path
            for (selection, named) in [("S9999999", "S9999999"), ("C0000001", "C0000001")] {
                let output = try FactureExecutable.run([
                    "bank", "pay", "--ledger", try Self.sample("invoices.json"), "--select", "all",
                    "--select", selection, "-o", pain,
                ])
                #expect(output.status != 0)
                #expect(output.stderr.contains(named), "stderr: \(output.stderr)")
                #expect(!FileManager.default.fileExists(atPath: pain))
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        }
    }

    static let smallLedger = #"""
        {"company": {"name": "Jefacture Démo SAS", "accounts": [{"iban": "FR7616958145939889166817855", "bic": "QNTOFRP1"}]},
         "partners": [
          {"id": "SU1", "name": "Ets Paris", "kind": "supplier", "iban": "FR7618206265199876575396236"},
          {"id": "SU2", "name": "Sans Banque SARL", "kind": "supplier"},
          {"id": "CU1", "name": "Atelier Bonnet", "kind": "customer", "iban": "FR7630066304968377486305865"}],
         "invoices": [
          {"id": "S1", "number": "F-1", "kind": "supplier", "type": "invoice", "partner": "SU1",
           "amount_total": "100.00", "amount_residual": "100.00", "due_date": "2025-03-10"},
          {"id": "S2", "number": "F-2", "kind": "supplier", "type": "invoice", "partner": "SU1",
           "amount_total": "250.00", "amount_residual": "40.50", "due_date": "2025-03-31",
           "creditor_reference": "RF812770520250943"},
          {"id": "S3", "number": "F-3", "kind": "supplier", "type": "invoice", "partner": "SU2",
           "amount_total": "10.00", "amount_residual": "10.00", "due_date": "2025-04-30"},
          {"id": "S4", "number": "F-4", "kind": "supplier", "type": "invoice", "partner": "SU1",
           "amount_total": "10.00", "amount_residual": "0.00", "due_date": "2025-03-01"},
          {"id": "C1", "number": "FA-1", "kind": "customer", "type": "invoice", "partner": "CU1",
           "amount_total": "10.00", "amount_residual": "10.00", "due_date": "2025-03-01"}]}
        """#

    @Test("pay --select due: pays the open supplier invoices due by that day; a supplier without IBAN is refused")
    func payDueAndMissingIBAN() throws {
        try Self.withDirectory { directory in
            let ledger = directory.appendingPathComponent("ledger.json")
            try Self.smallLedger.write(to: ledger, atomically: true, encoding: .utf8)
            let pain = directory.appendingPathComponent("pain.xml").path
            let due = try FactureExecutable.run([
                "bank", "pay", "--ledger", ledger.path, "--select", "due:2025-03-31", "--select", "S1", "-o", pain,
            ])
            #expect(due.status == 0, "stderr: \(due.stderr)")
            #expect(due.stdout.hasPrefix("2 transfer(s), total 140.50 EUR"), "stdout: \(due.stdout)")
            let xml = try String(contentsOfFile: pain, encoding: .utf8)
            #expect(xml.contains("<EndToEndId>S1</EndToEndId>") && xml.contains("<EndToEndId>S2</EndToEndId>"))
            #expect(xml.contains("<Ustrd>F-1</Ustrd>"))
            #expect(xml.contains("<Ref>RF812770520250943</Ref>"))
            try FileManager.default.removeItem(atPath: pain)

            let noIBAN = try FactureExecutable.run([
                "bank", "pay", "--ledger", ledger.path, "--select", "all", "-o", pain,
            ])
            #expect(noIBAN.status != 0)
            #expect(noIBAN.stderr.contains("SU2") && noIBAN.stderr.contains("IBAN"), "stderr: \(noIBAN.stderr)")
            #expect(!FileManager.default.fileExists(atPath: pain))
        }
    }

    @Test("a malformed statement exits non-zero with its record number on stderr")
    func malformedStatement() throws {
        try Self.withDirectory { directory in
            var lines = try String(contentsOfFile: try Self.sample("statement.cfonb"), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // Record 2 is a 04 movement: a letter in its amount (columns 91-104).
            var record = Array(lines[1])
            record[95] = "X"
            lines[1] = String(record)
            let broken = directory.appendingPathComponent("broken.cfonb")
            try lines.joined(separator: "\n").write(to: broken, atomically: true, encoding: .utf8)
            for command in [
                ["parse", broken.path],
                ["letter", "--statement", broken.path, "--ledger", try Self.sample("invoices.json")],
            ] {
                let output = try FactureExecutable.run(["bank"] + command)
                #expect(output.status != 0)
                #expect(output.stderr.contains("record 2"), "stderr: \(output.stderr)")
                #expect(output.stderr.contains("broken.cfonb"), "stderr: \(output.stderr)")
            }
        }
    }
}
