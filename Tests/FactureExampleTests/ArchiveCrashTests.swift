// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureArchive
import FactureStoreSQLite
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite struct ArchiveCrashTests {
    @Test("SIGKILL during ingest, again and again: every acknowledged deposit is kept and the audit passes")
    func killDuringIngest() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "facture-crash-\(UUID().uuidString)"
        )
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("store").path
        var files: [String: Data] = [:]
        for index in 0..<400 {
            let file = directory.appendingPathComponent("invoice-\(index).xml")
            let content = Data("<Invoice><ID>FA-2026-\(index)</ID><Total>\(index * 7).50</Total></Invoice>\n".utf8)
            try content.write(to: file)
            files[file.path] = content
        }
        let paths = files.keys.sorted()

        var acknowledged: [String: String] = [:]  // document → file
        var killed = 0
        for round in 0..<10 {
            let process = Process()
            process.executableURL = FactureExecutable.url
            process.arguments = ["archive", "put", "--store", store] + paths
            process.environment = ProcessInfo.processInfo.environment.merging(["OMP_THREAD_LIMIT": "1"]) { $1 }
            let output = Pipe()
            let errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            // The first run is killed during start-up (identity generation, opening the store);
            // the others once a growing number of deposits were acknowledged, so each kill lands
            // mid-ingest however fast the disk is.
            var printed = Data()
            if round == 0 {
                try await Task.sleep(for: .milliseconds(30))
            } else {
                let target = round * 35
                while printed.count(where: { $0 == UInt8(ascii: "\n") }) < target {
                    let chunk = output.fileHandleForReading.availableData
                    if chunk.isEmpty { break }
                    printed.append(chunk)
                }
            }
            kill(process.processIdentifier, SIGKILL)
            printed.append(output.fileHandleForReading.readDataToEndOfFile())
            let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal {
                killed += 1
            } else {
                // A run that ends by itself must end well: a store left unusable by an earlier kill fails here.
                #expect(process.terminationStatus == 0, "run \(round): \(complaint)")
            }
            // Only complete lines are acknowledgements.
            for line in String(decoding: printed, as: UTF8.self).split(
                separator: "\n",
                omittingEmptySubsequences: false
            ).dropLast() {
                let fields = line.split(separator: "\t")
                if fields.count == 2 { acknowledged[String(fields[0])] = String(fields[1]) }
            }
        }
        #expect(killed >= 8, "only \(killed) of 10 runs were killed before they finished")
        #expect(!acknowledged.isEmpty)

        let storage = try SQLiteArchiveStorage(directory: store)
        for (id, file) in acknowledged {
            let records = try await storage.journal.records(for: DocumentID(id))
            let document = try ArchivedDocument(folding: try records.map { try $0.decoded() })
            #expect(Data(try await storage.blobs.get(document.blob)) == files[file], "\(id) lost")
        }
        let report = try await ArchiveAuditor(journal: storage.journal, blobs: storage.blobs, sealVerifier: nil).run()
        #expect(report.isClean, "\(report.problems.filter(\.kind.isError))")
        #expect(report.documentCount >= acknowledged.count)

        // The checkpoints' seals check too, through the command line.
        let audit = try FactureExecutable.run(["archive", "audit", "--store", store])
        #expect(audit.status == 0, "stdout: \(audit.stdout) stderr: \(audit.stderr)")
    }
}
