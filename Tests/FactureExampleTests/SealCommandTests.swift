// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Foundation
import Testing

@Suite struct SealCommandTests {
    /// A fresh directory holding an invoice file, removed after the test.
    private static func withInvoice(_ body: (URL, URL) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("facture-seal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let invoice = directory.appendingPathComponent("invoice.xml")
        try Data("<Invoice>FA-2026-0042, 1 200,00 EUR</Invoice>\n".utf8).write(to: invoice)
        try body(directory, invoice)
    }

    @Test("seal then verify --json: a B-T seal over the exact bytes, exit 0; one changed byte, exit 1")
    func sealsAndVerifies() throws {
        try Self.withInvoice { directory, invoice in
            let identity = directory.appendingPathComponent("identity").path
            let seal = directory.appendingPathComponent("invoice.xml.p7s").path
            let sealed = try FactureExecutable.run([
                "seal", invoice.path, "--local-tsa", "--identity", identity, "-o", seal,
            ])
            #expect(sealed.status == 0, "stderr: \(sealed.stderr)")
            #expect(FileManager.default.fileExists(atPath: seal))

            let verified = try FactureExecutable.run([
                "verify", invoice.path, "--seal", seal, "--identity", identity, "--json",
            ])
            #expect(verified.status == 0, "stdout: \(verified.stdout) stderr: \(verified.stderr)")
            let report = try JSONSerialization.jsonObject(with: Data(verified.stdout.utf8)) as? [String: Any]
            #expect(report?["valid"] as? Bool == true)
            #expect(report?["level"] as? String == "B-T")

            var bytes = try Data(contentsOf: invoice)
            bytes[bytes.startIndex + 10] ^= 0x01
            try bytes.write(to: invoice)
            let tampered = try FactureExecutable.run([
                "verify", invoice.path, "--seal", seal, "--identity", identity, "--json",
            ])
            #expect(tampered.status == 1, "stdout: \(tampered.stdout) stderr: \(tampered.stderr)")
            #expect(tampered.stdout.contains("contentDigestMismatch"))
        }
    }
}
