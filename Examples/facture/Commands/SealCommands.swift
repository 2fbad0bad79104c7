// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import FactureSeal
import Foundation

/// `facture seal FILE [--key K --cert C [--chain CH]] [--tsa URL | --local-tsa] [--identity DIR] [-o OUT]`:
/// a detached CAdES seal over the file's exact bytes, B-B, or B-T with a time-stamp.
///
/// Without `--key`, the seal is made with the identity kept in `--identity DIR` (generated on
/// first use: a self-signed ECDSA P-256 sealing certificate and a local time-stamping authority),
/// so `facture verify` with the same directory trusts it.
struct SealCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seal",
        abstract: "Seal a file with a detached CAdES signature (B-B, or B-T with --tsa/--local-tsa)."
    )

    @Argument(help: "The file to seal; its bytes are sealed exactly as they are.")
    var file: String

    @Option(name: .long, help: "Private key (PEM or DER). Needs --cert.")
    var key: String?

    @Option(name: .long, help: "The key's certificate (PEM or DER; further PEM certificates form the chain).")
    var cert: String?

    @Option(name: .long, help: "Intermediate certificates (PEM) to include.")
    var chain: String?

    @Option(name: .long, help: "Time-stamp with this RFC 3161 HTTP authority (level B-T).")
    var tsa: String?

    @Flag(name: .customLong("local-tsa"), help: "Time-stamp with the identity directory's local authority (B-T).")
    var localTSA = false

    @Option(name: .long, help: "Directory of the generated identity used without --key.")
    var identity = SealIdentityDirectory.defaultPath

    @Option(name: .shortAndLong, help: "Where to write the seal (DER). Default: FILE.p7s.")
    var output: String?

    func validate() throws {
        if (key == nil) != (cert == nil) { throw ValidationError("--key and --cert go together") }
        if tsa != nil && localTSA { throw ValidationError("give --tsa URL or --local-tsa, not both") }
    }

    func run() async throws {
        let content = try SealIdentityDirectory.read(file)
        let directory = SealIdentityDirectory(path: identity)
        let signer: SealingIdentity
        if let key, let cert {
            signer = try SealingIdentity(
                privateKey: SealIdentityDirectory.read(key),
                certificate: SealIdentityDirectory.read(cert),
                chain: try chain.map(SealIdentityDirectory.read)
            )
        } else {
            signer = try directory.sealingIdentity()
        }
        let sealer = Sealer(identity: signer)
        let seal: Seal
        if let tsa {
            guard let url = URL(string: tsa), url.scheme == "http" || url.scheme == "https" else {
                throw ValidationError("--tsa takes an http or https URL, not '\(tsa)'")
            }
            seal = try await sealer.seal(content, timestampAuthority: HTTPTimestampAuthority(url: url))
        } else if localTSA {
            seal = try await sealer.seal(content, timestampAuthority: directory.timestampAuthority())
        } else {
            seal = try sealer.seal(content)
        }
        let destination = output ?? file + ".p7s"
        try Data(seal.derEncoded).write(to: URL(fileURLWithPath: destination), options: .atomic)
        var line = "\(file): sealed \(seal.level) by \(signer.certificate.subject) -> \(destination)"
        if let time = seal.timestamp?.time { line += " (time-stamp \(time.ISO8601Format()))" }
        print(line)
    }
}

/// `facture verify FILE --seal SEAL [--trust CA.pem] [--tsa-trust CA.pem] [--require-timestamp] [--json]`.
///
/// Exit status 0 only when the seal is valid over the file's bytes. Without `--trust`, the
/// certificates of `--identity DIR` are trusted (what `facture seal` without `--key` uses).
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Verify a detached CAdES seal over a file: signature, digest, certificates, time-stamp."
    )

    @Argument(help: "The sealed file.")
    var file: String

    @Option(name: .long, help: "The seal (DER, as facture seal writes it).")
    var seal: String

    @Option(name: .long, help: "Trusted certificates for signers (PEM bundle). Default: the identity directory's.")
    var trust: String?

    @Option(name: .customLong("tsa-trust"), help: "Trusted certificates for time-stamping authorities (PEM).")
    var tsaTrust: String?

    @Option(name: .long, help: "Directory of the generated identity, trusted without --trust.")
    var identity = SealIdentityDirectory.defaultPath

    @Flag(name: .customLong("require-timestamp"), help: "Refuse seals without a time-stamp (B-B).")
    var requireTimestamp = false

    @Flag(
        name: .long,
        help: "Print {file, seal, valid, level, signer, signing_time, timestamp_time, timestamp_authority, failures}."
    )
    var json = false

    func run() async throws {
        let directory = SealIdentityDirectory(path: identity)
        let anchors = try trust.map(SealIdentityDirectory.certificates) ?? directory.trustedCertificates()
        let tsaAnchors = try tsaTrust.map(SealIdentityDirectory.certificates)
        let verifier = SealVerifier(
            trustAnchors: anchors,
            timestampTrustAnchors: tsaAnchors ?? anchors,
            requiresTimestamp: requireTimestamp
        )
        let content = try SealIdentityDirectory.read(file)
        let sealBytes = try SealIdentityDirectory.read(seal)
        let result: VerifyResult
        do {
            result = VerifyResult(
                file: file,
                seal: seal,
                report: try verifier.verify(sealDER: sealBytes, content: content)
            )
        } catch {
            result = VerifyResult(file: file, seal: seal, unreadable: error)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            print(String(decoding: try encoder.encode(result), as: UTF8.self))
        } else {
            print(result.text, terminator: "")
        }
        if !result.valid { throw ExitCode(1) }
    }
}

/// The verdict in the command's JSON shape.
private struct VerifyResult: Encodable {
    struct Failure: Encodable {
        var reason: String
        var message: String
    }

    var file: String
    var seal: String
    var valid: Bool
    var level: String?
    var signer: String?
    var signingTime: Date?
    var timestampTime: Date?
    var timestampAuthority: String?
    var failures: [Failure]

    enum CodingKeys: String, CodingKey {
        case file, seal, valid, level, signer, failures
        case signingTime = "signing_time"
        case timestampTime = "timestamp_time"
        case timestampAuthority = "timestamp_authority"
    }

    init(file: String, seal: String, report: SealVerification) {
        self.file = file
        self.seal = seal
        self.valid = report.isValid
        self.level = report.level.description
        self.signer = report.signer?.subject
        self.signingTime = report.signingTime
        self.timestampTime = report.timestamp?.token?.time
        self.timestampAuthority = report.timestamp?.authority?.subject
        self.failures = report.failures.map { Failure(reason: $0.reason.description, message: $0.message) }
    }

    init(file: String, seal: String, unreadable error: FactureSealError) {
        self.file = file
        self.seal = seal
        self.valid = false
        self.failures = [Failure(reason: error.code.description, message: error.message)]
    }

    /// Explicit so that `nil` values are written as `null`, as the command-line contract says.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(seal, forKey: .seal)
        try container.encode(valid, forKey: .valid)
        try container.encode(level, forKey: .level)
        try container.encode(signer, forKey: .signer)
        try container.encode(signingTime, forKey: .signingTime)
        try container.encode(timestampTime, forKey: .timestampTime)
        try container.encode(timestampAuthority, forKey: .timestampAuthority)
        try container.encode(failures, forKey: .failures)
    }

    var text: String {
        var lines = ["\(file): \(valid ? "valid" : "INVALID") seal \(seal)" + (level.map { " (\($0))" } ?? "")]
        if let signer { lines.append("  signer: \(signer)") }
        if let timestampTime {
            lines.append(
                "  time-stamp: \(timestampTime.ISO8601Format())" + (timestampAuthority.map { " by \($0)" } ?? "")
            )
        }
        for failure in failures {
            lines.append("  [\(failure.reason)] \(failure.message)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The directory holding the generated sealing identity and local time-stamping authority:
/// `seal.key`, `seal.pem`, `tsa.key`, `tsa.pem`; created with mode 0700, keys 0600.
struct SealIdentityDirectory {
    static let defaultPath = ".facture/identity"

    var path: String

    /// The sealing identity, generated on first use.
    func sealingIdentity() throws -> SealingIdentity {
        try loadOrGenerate(stem: "seal") {
            try SealingIdentity.generate(.init(commonName: "FactureKit seal (generated)", usage: .sealing))
        }
    }

    /// The local time-stamping authority, generated on first use.
    func timestampAuthority() throws -> LocalTimestampAuthority {
        LocalTimestampAuthority(
            identity: try loadOrGenerate(stem: "tsa") {
                try SealingIdentity.generate(
                    .init(commonName: "FactureKit local time-stamping authority (generated)", usage: .timeStamping)
                )
            }
        )
    }

    /// The directory's certificates, trusted by `facture verify` without `--trust`.
    func trustedCertificates() throws -> [SealCertificate] {
        try ["seal.pem", "tsa.pem"].compactMap { name in
            let file = URL(fileURLWithPath: path).appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: file) else { return nil }
            return try SealCertificate(pemEncoded: String(decoding: Self.read(file), as: UTF8.self))
        }
    }

    private func loadOrGenerate(stem: String, generate: () throws -> SealingIdentity) throws -> SealingIdentity {
        let directory = URL(fileURLWithPath: path, isDirectory: true)
        let keyFile = directory.appendingPathComponent("\(stem).key")
        let certificateFile = directory.appendingPathComponent("\(stem).pem")
        let manager = FileManager.default
        if manager.fileExists(atPath: keyFile.path) {
            return try SealingIdentity(
                privateKey: Self.read(keyFile.path),
                certificate: Self.read(certificateFile.path)
            )
        }
        try manager.createDirectory(
            at: directory,
            withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700]
        )
        try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory.path)
        let identity = try generate()
        // The certificate first, the key last and by rename: the key file's presence means both
        // are complete, even when the process is killed half-way.
        try Data(identity.certificate.serializeAsPEM().utf8).write(to: certificateFile, options: .atomic)
        let key = Data(try identity.serializePrivateKeyAsPEM().utf8)
        let partialKey = keyFile.path + ".partial"
        try? manager.removeItem(atPath: partialKey)
        guard manager.createFile(atPath: partialKey, contents: key, attributes: [.posixPermissions: 0o600]) else {
            throw ValidationError("cannot write \(partialKey)")
        }
        guard rename(partialKey, keyFile.path) == 0 else { throw ValidationError("cannot write \(keyFile.path)") }
        return identity
    }

    static func read(_ path: String) throws -> [UInt8] {
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw ValidationError("cannot read \(path): \(error.localizedDescription)")
        }
    }

    static func certificates(_ path: String) throws -> [SealCertificate] {
        try SealCertificate.all(pemEncoded: String(decoding: read(path), as: UTF8.self))
    }
}
