// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Foundation
import Testing

@Suite struct ArchiveCommandTests {
    /// A fresh working directory, removed after the test.
    private static func withDirectory(_ body: (URL) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("facture-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try body(directory)
    }

    private static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test("put, get, proof --check, export, import: the bytes come back and every audit is clean")
    func lifecycle() throws {
        try Self.withDirectory { directory in
            let store = directory.appendingPathComponent("store").path
            let invoice = directory.appendingPathComponent("FA-2026-0042.xml")
            let content = Data("<Invoice>FA-2026-0042, 1 200,00 EUR</Invoice>\n".utf8)
            try content.write(to: invoice)

            let put = try FactureExecutable.run([
                "archive", "put", invoice.path, "--store", store, "--meta", "supplier=ACME SAS", "--json",
            ])
            #expect(put.status == 0, "stderr: \(put.stderr)")
            let deposited = try Self.json(put.stdout) as? [[String: String]]
            let id = try #require(deposited?.first?["document"])
            #expect(deposited?.first?["bytes"] == String(content.count))

            let copy = directory.appendingPathComponent("copy.xml").path
            let get = try FactureExecutable.run(["archive", "get", id, "--store", store, "-o", copy])
            #expect(get.status == 0, "stderr: \(get.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == content)

            let bundle = directory.appendingPathComponent("proof.json").path
            let proof = try FactureExecutable.run(["archive", "proof", id, "--store", store, "--content", "-o", bundle])
            #expect(proof.status == 0, "stderr: \(proof.stderr)")
            let checked = try FactureExecutable.run(["archive", "proof", "--check", bundle, "--store", store])
            #expect(checked.status == 0, "stdout: \(checked.stdout) stderr: \(checked.stderr)")
            #expect(checked.stdout.hasPrefix("valid: \(id)"))

            let export = directory.appendingPathComponent("export").path
            let exported = try FactureExecutable.run(["archive", "export", export, "--store", store])
            #expect(exported.status == 0, "stderr: \(exported.stderr)")
            let other = directory.appendingPathComponent("other").path
            let identity = store + "/identity"
            let imported = try FactureExecutable.run([
                "archive", "import", export, "--store", other, "--identity", identity,
            ])
            #expect(imported.status == 0, "stdout: \(imported.stdout) stderr: \(imported.stderr)")
            let audit = try FactureExecutable.run([
                "archive", "audit", "--store", other, "--identity", identity, "--json",
            ])
            #expect(audit.status == 0, "stdout: \(audit.stdout) stderr: \(audit.stderr)")
            let report = try Self.json(audit.stdout) as? [String: Any]
            #expect(report?["clean"] as? Bool == true)
            #expect(report?["documents"] as? Int == 1)
            let copied = try FactureExecutable.run(["archive", "get", id, "--store", other, "--identity", identity])
            #expect(copied.stdout == String(decoding: content, as: UTF8.self))
        }
    }

    @Test("one flipped byte in a stored document: audit exits 1 and names the blob")
    func tamperedBlob() throws {
        try Self.withDirectory { directory in
            let store = directory.appendingPathComponent("store").path
            let invoice = directory.appendingPathComponent("invoice.pdf")
            try Data("%PDF-1.7 facture 17".utf8).write(to: invoice)
            let put = try FactureExecutable.run(["archive", "put", invoice.path, "--store", store, "--json"])
            #expect(put.status == 0, "stderr: \(put.stderr)")
            let blob = try #require((try Self.json(put.stdout) as? [[String: String]])?.first?["blob"])
            #expect(try FactureExecutable.run(["archive", "audit", "--store", store]).status == 0)

            let path = "\(store)/blobs/\(blob.prefix(2))/\(blob.dropFirst(2))"
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
            var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            bytes[bytes.startIndex + 5] ^= 0x01
            try bytes.write(to: URL(fileURLWithPath: path))
            let audit = try FactureExecutable.run(["archive", "audit", "--store", store, "--json"])
            #expect(audit.status == 1)
            let report = try Self.json(audit.stdout) as? [String: Any]
            let problems = report?["problems"] as? [[String: Any]] ?? []
            #expect(problems.contains { $0["kind"] as? String == "blobCorrupt" && $0["blob"] as? String == blob })
        }
    }
}
