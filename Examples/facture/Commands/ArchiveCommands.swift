// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import FactureArchive
import FactureSeal
import FactureStoreSQLite
import Foundation

/// `facture archive put|get|audit|proof|export|import --store DIR`: the digital safe on the
/// embedded default store (SQLite journal and blob files in one directory).
///
/// The store's sealing identity and local time-stamping authority live in `DIR/identity`
/// (generated on first use) unless `--identity` points elsewhere; checkpoints are sealed B-T with
/// that authority, or with `--tsa URL`. Every command that writes seals a checkpoint before it
/// returns, so what it did is covered by a signed tree head.
struct ArchiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "The tamper-evident digital safe: deposit, read, audit, prove, export, import.",
        subcommands: [
            ArchivePutCommand.self, ArchiveGetCommand.self, ArchiveAuditCommand.self, ArchiveProofCommand.self,
            ArchiveExportCommand.self, ArchiveImportCommand.self,
        ]
    )
}

/// The options every archive command shares.
struct ArchiveStoreOptions: ParsableArguments {
    @Option(name: .long, help: "The archive directory (journal.sqlite, blobs/, identity/). Created if missing.")
    var store = ".facture/archive"

    @Option(name: .long, help: "Directory of the sealing identity and local TSA. Default: STORE/identity.")
    var identity: String?

    @Option(name: .long, help: "Time-stamp checkpoints with this RFC 3161 HTTP authority instead of the local one.")
    var tsa: String?

    @Option(name: .long, help: "Who acts, as the journal records it.")
    var actor = "facture"

    var identityDirectory: SealIdentityDirectory { SealIdentityDirectory(path: identity ?? store + "/identity") }

    /// The safe over the store, with its checkpoint signer.
    func openSafe() async throws -> DigitalSafe {
        let storage = try SQLiteArchiveStorage(directory: store)
        let directory = identityDirectory
        let authority: any TimestampAuthority
        if let tsa {
            guard let url = URL(string: tsa), url.scheme == "http" || url.scheme == "https" else {
                throw ValidationError("--tsa takes an http or https URL, not '\(tsa)'")
            }
            authority = HTTPTimestampAuthority(url: url)
        } else {
            authority = try directory.timestampAuthority()
        }
        return try await DigitalSafe.open(
            journal: storage.journal,
            blobs: storage.blobs,
            signer: CheckpointSigner(identity: try directory.sealingIdentity(), timestampAuthority: authority)
        )
    }

    /// Trusts the identity directory's certificates (sealing and time-stamping).
    func sealVerifier() throws -> SealVerifier {
        let anchors = try identityDirectory.trustedCertificates()
        return SealVerifier(trustAnchors: anchors, timestampTrustAnchors: anchors, requiresTimestamp: tsa == nil)
    }
}

/// `facture archive put FILE... [--meta KEY=VALUE]... [--id ID]`: deposits files, prints their identifiers.
struct ArchivePutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "put",
        abstract: "Deposit files (their exact bytes); prints one document identifier per file."
    )

    @OptionGroup var options: ArchiveStoreOptions

    @Argument(help: "The files to deposit.")
    var files: [String]

    @Option(name: .long, help: "Metadata kept with each deposit, KEY=VALUE (repeatable).")
    var meta: [String] = []

    @Option(name: .long, help: "The document identifier (one file only). Default: a new UUID.")
    var id: String?

    @Flag(name: .long, help: "Print [{file, document, blob, bytes, retain_until}].")
    var json = false

    func validate() throws {
        if id != nil && files.count != 1 { throw ValidationError("--id names one document: give one file") }
        if files.isEmpty { throw ValidationError("give at least one file") }
        for pair in meta where !pair.contains("=") { throw ValidationError("--meta takes KEY=VALUE, not '\(pair)'") }
    }

    func run() async throws {
        var metadata: [String: String] = [:]
        for pair in meta {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            metadata[String(parts[0])] = String(parts[1])
        }
        let safe = try await options.openSafe()
        var deposited: [[String: String]] = []
        for file in files {
            var fileMetadata = metadata
            if fileMetadata["filename"] == nil {
                fileMetadata["filename"] = URL(fileURLWithPath: file).lastPathComponent
            }
            let document = try await safe.deposit(
                try SealIdentityDirectory.read(file),
                metadata: fileMetadata,
                actor: options.actor,
                id: try id.map { try DocumentID($0) }
            )
            deposited.append([
                "file": file, "document": document.id.rawValue, "blob": document.blob.hex,
                "bytes": String(document.byteCount), "retain_until": document.retainUntil.description,
            ])
            // Written straight to the descriptor: a line printed is a deposit acknowledged, even if
            // the process dies right after.
            if !json { FileHandle.standardOutput.write(Data("\(document.id)\t\(file)\n".utf8)) }
        }
        try await safe.checkpoint()
        if json { try printJSON(deposited) }
    }
}

/// `facture archive get ID [-o FILE]`: a document's bytes (the read is journalled).
struct ArchiveGetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "get",
        abstract: "Write a document's bytes (checked against their SHA-256) to a file or standard output."
    )

    @OptionGroup var options: ArchiveStoreOptions

    @Argument(help: "The document identifier.")
    var document: String

    @Option(name: .shortAndLong, help: "Where to write the bytes. Default: standard output.")
    var output: String?

    func run() async throws {
        let safe = try await options.openSafe()
        let content = try await safe.content(of: try DocumentID(document), actor: options.actor)
        try await safe.checkpoint()
        if let output {
            try Data(content).write(to: URL(fileURLWithPath: output), options: .atomic)
        } else {
            FileHandle.standardOutput.write(Data(content))
        }
    }
}

/// `facture archive audit [--json]`: checks every entry, checkpoint and blob; exit 1 when not clean.
struct ArchiveAuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract:
            "Check the whole archive: entries, hash chain, checkpoints and their seals, blobs. Exit 1 if not clean."
    )

    @OptionGroup var options: ArchiveStoreOptions

    @Flag(name: .long, help: "Print {clean, entries, checkpoints, documents, blobs, uncovered, root, problems}.")
    var json = false

    func run() async throws {
        let storage = try SQLiteArchiveStorage(directory: options.store)
        let report = try await ArchiveAuditor(
            journal: storage.journal,
            blobs: storage.blobs,
            sealVerifier: try options.sealVerifier()
        )
        .run()
        if json {
            try printJSON(AuditOutput(report))
        } else {
            print(
                "\(report.isClean ? "clean" : "NOT CLEAN"): \(report.entryCount) entries, \(report.checkpointCount) checkpoints, "
                    + "\(report.documentCount) documents, \(report.blobCount) blobs, root \(report.rootHash)"
            )
            for problem in report.problems { print("  \(problem.kind.isError ? "error" : "warning"): \(problem)") }
        }
        if !report.isClean { throw ExitCode(1) }
    }

    private struct AuditOutput: Encodable {
        struct Problem: Encodable {
            var kind: String
            var error: Bool
            var sequence: UInt64?
            var blob: String?
            var message: String
        }
        var clean: Bool
        var entries: UInt64
        var checkpoints: Int
        var documents: Int
        var blobs: Int
        var uncovered: UInt64
        var root: String
        var problems: [Problem]

        init(_ report: ArchiveAuditReport) {
            clean = report.isClean
            entries = report.entryCount
            checkpoints = report.checkpointCount
            documents = report.documentCount
            blobs = report.blobCount
            uncovered = report.uncoveredEntryCount
            root = report.rootHash.description
            problems = report.problems.map {
                Problem(
                    kind: $0.kind.rawValue,
                    error: $0.kind.isError,
                    sequence: $0.sequence,
                    blob: $0.blob?.hex,
                    message: $0.message
                )
            }
        }
    }
}

/// `facture archive proof ID -o BUNDLE [--content]` writes a document's evidence bundle;
/// `facture archive proof --check BUNDLE` verifies one offline (exit 1 when invalid).
struct ArchiveProofCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "proof",
        abstract: "Write a document's evidence bundle (entries, inclusion proofs, sealed checkpoint), or check one."
    )

    @OptionGroup var options: ArchiveStoreOptions

    @Argument(help: "The document identifier (to write a bundle).")
    var document: String?

    @Option(name: .shortAndLong, help: "Where to write the bundle (JSON). Default: standard output.")
    var output: String?

    @Flag(name: .long, help: "Include the document's bytes in the bundle.")
    var content = false

    @Option(name: .long, help: "Verify this bundle offline instead (trusting --trust or the identity directory).")
    var check: String?

    @Option(name: .long, help: "Trusted certificates (PEM) for --check. Default: the identity directory's.")
    var trust: String?

    func validate() throws {
        if (document == nil) == (check == nil) {
            throw ValidationError("give a document identifier, or --check BUNDLE")
        }
    }

    func run() async throws {
        if let check {
            let anchors =
                try trust.map(SealIdentityDirectory.certificates) ?? options.identityDirectory.trustedCertificates()
            let verifier = EvidenceVerifier(sealVerifier: SealVerifier(trustAnchors: anchors))
            let result = verifier.verify(try EvidenceBundle(json: SealIdentityDirectory.read(check)))
            if result.isValid {
                let state = result.state
                print(
                    "valid: \(result.document?.rawValue ?? "?") deposited \(state?.depositedAt.description ?? "?"), "
                        + "\(state?.sequences.count ?? 0) entries in the checkpoint of \(result.checkpoint?.treeSize ?? 0)"
                )
            } else {
                print("INVALID: \(result.document?.rawValue ?? check)")
                for failure in result.failures { print("  \(failure)") }
                throw ExitCode(1)
            }
            return
        }
        let safe = try await options.openSafe()
        let bundle = try await safe.evidence(
            for: try DocumentID(document ?? ""),
            includingContent: content,
            actor: options.actor
        )
        let bytes = Data(bundle.jsonEncoded())
        if let output {
            try bytes.write(to: URL(fileURLWithPath: output), options: .atomic)
        } else {
            FileHandle.standardOutput.write(bytes)
        }
    }
}

/// `facture archive export DIR`: the whole archive into a new directory, verifiable and re-importable.
struct ArchiveExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the whole archive (journal, checkpoints, kept documents) into a new directory."
    )

    @OptionGroup var options: ArchiveStoreOptions

    @Argument(help: "The directory to create.")
    var destination: String

    func run() async throws {
        let safe = try await options.openSafe()
        let manifest = try await safe.export(to: destination, actor: options.actor)
        print(
            "exported \(manifest.entryCount) entries, \(manifest.checkpointCount) checkpoints, "
                + "\(manifest.blobCount) blobs to \(destination) (root \(manifest.rootHash))"
        )
    }
}

/// `facture archive import SOURCE --store DIR`: an export into an empty store, verified first.
struct ArchiveImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an export into an empty store after verifying all of it (chain, checkpoints, seals, blobs)."
    )

    @OptionGroup var options: ArchiveStoreOptions

    @Argument(help: "The export directory.")
    var source: String

    @Option(
        name: .long,
        help: "Trusted certificates (PEM) for the export's checkpoint seals. Default: the identity directory's."
    )
    var trust: String?

    func run() async throws {
        let anchors =
            try trust.map(SealIdentityDirectory.certificates) ?? options.identityDirectory.trustedCertificates()
        let storage = try SQLiteArchiveStorage(directory: options.store)
        let report = try await DigitalSafe.importArchive(
            from: source,
            journal: storage.journal,
            blobs: storage.blobs,
            sealVerifier: anchors.isEmpty ? nil : SealVerifier(trustAnchors: anchors)
        )
        print(
            "\(report.isClean ? "imported" : "imported, NOT CLEAN"): \(report.entryCount) entries, "
                + "\(report.documentCount) documents, root \(report.rootHash)"
        )
        if !report.isClean { throw ExitCode(1) }
    }
}

/// Prints `value` as sorted JSON.
private func printJSON(_ value: some Encodable) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
