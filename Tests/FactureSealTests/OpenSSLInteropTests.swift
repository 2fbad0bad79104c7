// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureSeal
import Foundation
import Testing

@Suite("Interoperability with the openssl command", .enabled(if: openSSLCommandAvailable))
struct OpenSSLInteropTests {
    let invoice = Array("Facture FA-2026-0042\nTotal TTC 1234,56 EUR\n\u{0}\u{FF}".utf8)

    @Test(
        "openssl cms -verify -cades accepts our B-B and B-T seals over the exact bytes",
        arguments: [
            SealingKeyAlgorithm.ecdsaP256, .rsa2048,
        ]
    )
    func opensslVerifiesOurSeal(algorithm: SealingKeyAlgorithm) async throws {
        let pki = try SealTestPKI(signerKey: algorithm)
        defer { pki.remove() }
        let sealer = Sealer(identity: pki.signer)
        try pki.write(invoice, to: "invoice.bin")
        try pki.write(pki.root.certificate.serializeAsPEM(), to: "ca.pem")
        try pki.write(try sealer.seal(invoice).derEncoded, to: "basic.p7s")
        try pki.write(try await sealer.seal(invoice, timestampAuthority: pki.authority).derEncoded, to: "stamped.p7s")
        for file in ["basic.p7s", "stamped.p7s"] {
            let run = try runOpenSSL(
                [
                    "cms", "-verify", "-binary", "-cades", "-content", "invoice.bin", "-inform", "DER", "-in", file,
                    "-CAfile", "ca.pem", "-out", "/dev/null",
                ],
                in: pki.directory
            )
            #expect(run.status == 0, "\(file): \(run.output)")
            #expect(run.output.contains("Verification successful"))
        }
        // And refuses it over other bytes, so the check above means something.
        try pki.write(invoice.dropLast() + [0x00], to: "other.bin")
        let refused = try runOpenSSL(
            [
                "cms", "-verify", "-binary", "-content", "other.bin", "-inform", "DER", "-in", "basic.p7s",
                "-CAfile", "ca.pem", "-out", "/dev/null",
            ],
            in: pki.directory
        )
        #expect(refused.status != 0)
    }

    @Test("openssl ts -verify accepts the token of our B-T seal over the signature value")
    func opensslVerifiesOurToken() async throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        let seal = try await Sealer(identity: pki.signer).seal(invoice, timestampAuthority: pki.authority)
        try pki.write(try #require(seal.timestamp).derEncoded, to: "token.tst")
        try pki.write(seal.signatureValue, to: "signature.bin")
        try pki.write(pki.root.certificate.serializeAsPEM(), to: "ca.pem")
        let run = try runOpenSSL(
            ["ts", "-verify", "-data", "signature.bin", "-in", "token.tst", "-token_in", "-CAfile", "ca.pem"],
            in: pki.directory
        )
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("Verification: OK"))
        let wrong = try runOpenSSL(
            ["ts", "-verify", "-data", "ca.pem", "-in", "token.tst", "-token_in", "-CAfile", "ca.pem"],
            in: pki.directory
        )
        #expect(wrong.status != 0)
    }

    @Test("our local authority answers an openssl ts -query, and openssl ts -verify accepts the reply")
    func localAuthorityAnswersOpenSSL() throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        try pki.write(invoice, to: "invoice.bin")
        try pki.write(pki.root.certificate.serializeAsPEM(), to: "ca.pem")
        let query = try runOpenSSL(
            ["ts", "-query", "-data", "invoice.bin", "-sha256", "-cert", "-out", "request.tsq"],
            in: pki.directory
        )
        try #require(query.status == 0, "\(query.output)")
        try pki.write(try pki.authority.respond(toDER: pki.read("request.tsq")), to: "reply.tsr")
        let run = try runOpenSSL(
            ["ts", "-verify", "-queryfile", "request.tsq", "-in", "reply.tsr", "-CAfile", "ca.pem"],
            in: pki.directory
        )
        #expect(run.status == 0, "\(run.output)")
    }

    @Test("we verify a seal made by openssl cms -sign -cades, and name the missing attribute without -cades")
    func weVerifyOpenSSLSeal() throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        try pki.write(invoice, to: "invoice.bin")
        let files = try pki.write(pki.signer, as: "signer")
        for cades in [true, false] {
            let run = try runOpenSSL(
                ["cms", "-sign", "-binary", "-in", "invoice.bin", "-signer", files.certificate, "-inkey", files.key]
                    + ["-md", "sha256", "-outform", "DER", "-out", "openssl.p7s"] + (cades ? ["-cades"] : []),
                in: pki.directory
            )
            try #require(run.status == 0, "\(run.output)")
            let report = try pki.verifier.verify(sealDER: pki.read("openssl.p7s"), content: invoice)
            if cades {
                #expect(report.isValid, "\(report.failures)")
                #expect(report.signer == pki.signer.certificate)
            } else {
                #expect(report.failures.map(\.reason) == [.signingCertificateMissing])
            }
            var tampered = invoice
            tampered[3] ^= 0x20
            #expect(
                try pki.verifier.verify(sealDER: pki.read("openssl.p7s"), content: tampered).contains(
                    .contentDigestMismatch
                )
            )
        }
    }

    @Test("we verify a token made by openssl ts -reply, and refuse it over other data")
    func weVerifyOpenSSLToken() throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        try pki.write(invoice, to: "invoice.bin")
        let files = try pki.write(pki.authority.identity, as: "tsa")
        try pki.write("01\n", to: "serial")
        try pki.write(
            """
            [ tsa ]
            default_tsa = tsa_config1
            [ tsa_config1 ]
            serial = \(pki.directory.path)/serial
            signer_digest = sha256
            default_policy = 1.2.3.4.1
            digests = sha256
            ess_cert_id_alg = sha256
            accuracy = secs:1
            """,
            to: "tsa.cnf"
        )
        let query = try runOpenSSL(
            ["ts", "-query", "-data", "invoice.bin", "-sha256", "-cert", "-out", "request.tsq"],
            in: pki.directory
        )
        try #require(query.status == 0, "\(query.output)")
        let reply = try runOpenSSL(
            [
                "ts", "-reply", "-config", "tsa.cnf", "-queryfile", "request.tsq", "-signer", files.certificate,
                "-inkey", files.key, "-token_out", "-out", "token.tst",
            ],
            in: pki.directory
        )
        try #require(reply.status == 0, "\(reply.output)")
        let token = try pki.read("token.tst")
        let imprint = try TimestampToken(derEncoded: token).imprint
        let report = pki.verifier.verifyToken(token, imprint: imprint)
        #expect(report.isValid, "\(report.failures)")
        #expect(report.token?.policy == "1.2.3.4.1")
        #expect(report.authority == pki.authority.identity.certificate)
        let other = TimestampRequest(hashing: Array("other".utf8))
        #expect(
            pki.verifier.verifyToken(token, imprint: other.imprint).failures.map(\.reason) == [
                .timestampImprintMismatch
            ]
        )
        #expect(imprint == TimestampRequest(hashing: invoice).imprint)
    }
}
