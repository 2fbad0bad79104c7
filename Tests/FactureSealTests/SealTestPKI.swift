// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureSeal
import Foundation
import Testing

/// A small PKI made for one test: a root CA, a sealing identity and a time-stamping authority it
/// issued, and a temporary directory to write them for the `openssl` command.
struct SealTestPKI {
    let root: SealingIdentity
    let signer: SealingIdentity
    let authority: LocalTimestampAuthority
    let directory: URL

    init(signerKey: SealingKeyAlgorithm = .ecdsaP256) throws {
        root = try SealingIdentity.generate(
            .init(
                commonName: "FactureKit Test Root",
                usage: .certificateAuthority,
                notValidBefore: Date(timeIntervalSinceNow: -30 * 86400)
            )
        )
        signer = try SealingIdentity.generate(
            .init(commonName: "Seal \(signerKey)", organization: "FactureKit Tests", keyAlgorithm: signerKey),
            issuedBy: root
        )
        let tsa = try SealingIdentity.generate(.init(commonName: "Test TSA", usage: .timeStamping), issuedBy: root)
        authority = LocalTimestampAuthority(identity: tsa)
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("facture-seal-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// The verifier trusting this PKI's root.
    var verifier: SealVerifier { SealVerifier(trustAnchors: [root.certificate]) }

    /// Writes `bytes` to `name` in the temporary directory and returns its path.
    @discardableResult
    func write(_ bytes: [UInt8], to name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Writes `text` to `name` and returns its path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        try write(Array(text.utf8), to: name)
    }

    /// Writes an identity's key and certificate as PEM; returns (key path, certificate path).
    func write(_ identity: SealingIdentity, as stem: String) throws -> (key: String, certificate: String) {
        (
            try write(identity.serializePrivateKeyAsPEM(), to: "\(stem).key"),
            try write(identity.certificate.serializeAsPEM(), to: "\(stem).pem")
        )
    }

    func read(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}

/// The result of running `openssl`.
struct OpenSSLRun {
    var status: Int32
    var output: String
}

/// Runs `openssl` with `arguments` in `directory`, collecting stdout and stderr.
func runOpenSSL(_ arguments: [String], in directory: URL) throws -> OpenSSLRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["openssl"] + arguments
    process.currentDirectoryURL = directory
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return OpenSSLRun(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
}

/// True when the `openssl` command can be run.
let openSSLCommandAvailable: Bool = {
    ["/usr/bin/openssl", "/usr/local/bin/openssl"].contains { FileManager.default.isExecutableFile(atPath: $0) }
}()
