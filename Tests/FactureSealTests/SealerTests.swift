// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureSeal
import Foundation
import Testing

@Suite("Sealer and SealVerifier")
struct SealerTests {
    let invoice = Array("%PDF-1.7 an invoice, byte for byte\r\n\u{0}\u{1}\u{2}".utf8)

    @Test(
        "a B-B seal over the exact bytes verifies with its signer, signing time and level",
        arguments: [
            SealingKeyAlgorithm.ecdsaP256, .rsa2048, .rsa3072,
        ]
    )
    func basicSealVerifies(algorithm: SealingKeyAlgorithm) throws {
        let pki = try SealTestPKI(signerKey: algorithm)
        defer { pki.remove() }
        let seal = try Sealer(identity: pki.signer).seal(invoice)
        #expect(seal.level == .basic)
        #expect(seal.timestamp == nil)
        let signingTime = try #require(seal.signingTime)
        #expect(abs(signingTime.timeIntervalSinceNow) < 300)
        let report = try pki.verifier.verify(seal, content: invoice)
        #expect(report.isValid, "\(report.failures)")
        #expect(report.level == .basic)
        #expect(report.signer == pki.signer.certificate)
        // The seal is detached: the invoice bytes are not inside.
        #expect(!seal.derEncoded.contains(invoice))
    }

    @Test("a B-T seal carries a token over its signature value and verifies at the token's time")
    func timestampedSealVerifies() async throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        let seal = try await Sealer(identity: pki.signer).seal(invoice, timestampAuthority: pki.authority)
        #expect(seal.level == .timestamped)
        let token = try #require(seal.timestamp)
        #expect(token.policy == LocalTimestampAuthority.defaultPolicy)
        #expect(token.accuracy == 1)
        #expect(token.certificates.contains(pki.authority.identity.certificate))
        let report = try pki.verifier.verify(seal, content: invoice)
        #expect(report.isValid, "\(report.failures)")
        #expect(report.level == .timestamped)
        #expect(report.validationTime == token.time)
        #expect(report.timestamp?.authority == pki.authority.identity.certificate)
        // Reading the DER back gives the same seal.
        #expect(try Seal(derEncoded: seal.derEncoded) == seal)
    }

    @Test("a seal read back from DER keeps its level and signature value")
    func sealRoundTrips() async throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        let seal = try Sealer(identity: pki.signer).seal(invoice)
        let read = try Seal(derEncoded: seal.derEncoded)
        #expect(read.signatureValue == seal.signatureValue)
        #expect(read.level == .basic)
        #expect(seal.serializeAsPEM().hasPrefix("-----BEGIN CMS-----\n"))
    }

    @Test("a verifier that requires a time-stamp refuses a B-B seal")
    func requiredTimestamp() throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        let seal = try Sealer(identity: pki.signer).seal(invoice)
        let verifier = SealVerifier(trustAnchors: [pki.root.certificate], requiresTimestamp: true)
        let report = try verifier.verify(seal, content: invoice)
        #expect(report.failures.map(\.reason) == [.timestampMissing])
    }

    @Test("an identity reads back from its PEM key and certificates and refuses a foreign key")
    func identityFromPEM() throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        let keyPEM = try pki.signer.serializePrivateKeyAsPEM()
        let certificates = pki.signer.certificate.serializeAsPEM() + pki.root.certificate.serializeAsPEM()
        let identity = try SealingIdentity(privateKey: Array(keyPEM.utf8), certificate: Array(certificates.utf8))
        #expect(identity.certificate == pki.signer.certificate)
        #expect(identity.chain == [pki.root.certificate])
        #expect(!identity.description.contains("PRIVATE"))
        let fromDER = try SealCertificate(derEncoded: pki.signer.certificate.derEncoded)
        #expect(fromDER.subject.contains("CN=Seal"))
        #expect(throws: FactureSealError(code: .invalidCertificate, message: "")) {
            _ = try SealingIdentity(
                privateKey: Array(try pki.root.serializePrivateKeyAsPEM().utf8),
                certificate: Array(pki.signer.certificate.serializeAsPEM().utf8)
            )
        }
        #expect(throws: FactureSealError(code: .invalidKey, message: "")) {
            _ = try SealingIdentity(privateKey: Array("not a key".utf8), certificate: pki.signer.certificate.derEncoded)
        }
    }

    @Test("bytes that are no seal are an error, not a report")
    func malformedSeal() throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        #expect(throws: FactureSealError(code: .malformedSeal, message: "")) {
            _ = try pki.verifier.verify(sealDER: Array("garbage".utf8), content: invoice)
        }
    }
}
