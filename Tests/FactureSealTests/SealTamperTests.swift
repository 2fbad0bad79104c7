// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureSeal
import Foundation
import Testing

@Suite("SealVerifier on tampered seals")
struct SealTamperTests {
    let invoice = Array("<rsm:CrossIndustryInvoice>FA-2026-0042 1234.56 EUR</rsm:CrossIndustryInvoice>".utf8)

    @Test("one flipped content byte anywhere gives contentDigestMismatch and nothing else", arguments: [0, 17, 73])
    func flippedContentByte(index: Int) async throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        let seal = try await Sealer(identity: pki.signer).seal(invoice, timestampAuthority: pki.authority)
        var tampered = invoice
        tampered[index] ^= 0x01
        let report = try pki.verifier.verify(seal, content: tampered)
        #expect(report.failures.map(\.reason) == [.contentDigestMismatch])
    }

    @Test("a flipped byte in the signature value gives signatureInvalid, and breaks the time-stamp's imprint")
    func flippedSignatureByte() async throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        let seal = try await Sealer(identity: pki.signer).seal(invoice, timestampAuthority: pki.authority)
        var der = seal.derEncoded
        let start = try #require(firstRange(of: seal.signatureValue, in: der))
        der[start + seal.signatureValue.count - 1] ^= 0x01
        let report = try pki.verifier.verify(sealDER: der, content: invoice)
        #expect(report.contains(.signatureInvalid))
        #expect(report.contains(.timestampImprintMismatch))
        #expect(!report.contains(.contentDigestMismatch))
    }

    @Test("a wrong trust anchor gives certificateChainUntrusted")
    func wrongTrustAnchor() throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        let stranger = try SealingIdentity.generate(.init(commonName: "Other Root", usage: .certificateAuthority))
        let seal = try Sealer(identity: pki.signer).seal(invoice)
        let report = try SealVerifier(trustAnchors: [stranger.certificate]).verify(seal, content: invoice)
        #expect(report.failures.map(\.reason) == [.certificateChainUntrusted])
    }

    @Test("a certificate expired at the time-stamp's time gives certificateNotValidAtTime")
    func expiredAtStampTime() async throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        let expired = try SealingIdentity.generate(
            .init(commonName: "Expired Seal", notValidBefore: Date(timeIntervalSinceNow: -10 * 86400), validity: 86400),
            issuedBy: pki.root
        )
        let seal = try await Sealer(identity: expired).seal(invoice, timestampAuthority: pki.authority)
        let report = try pki.verifier.verify(seal, content: invoice)
        #expect(report.failures.map(\.reason) == [.certificateNotValidAtTime])
        // The same seal without time-stamp, checked when the certificate was valid, verifies:
        // what matters is the certificate's validity at the proven time.
        let basic = try Sealer(identity: expired).seal(invoice)
        let thenVerifier = SealVerifier(
            trustAnchors: [pki.root.certificate],
            validationTime: Date(timeIntervalSinceNow: -9.5 * 86400)
        )
        let then = try thenVerifier.verify(basic, content: invoice)
        #expect(then.isValid, "\(then.failures)")
    }

    @Test("a token over other bytes gives timestampImprintMismatch")
    func tokenOverOtherBytes() async throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        let sealer = Sealer(identity: pki.signer)
        let other = try await sealer.seal(Array("another invoice".utf8), timestampAuthority: pki.authority)
        let basic = try sealer.seal(invoice)
        let spliced = try Sealer.addingTimestampToken(try #require(other.timestamp), to: basic)
        let report = try pki.verifier.verify(spliced, content: invoice)
        #expect(report.failures.map(\.reason) == [.timestampImprintMismatch])
    }

    @Test("a time-stamping certificate with a non-critical extended key usage is refused")
    func nonCriticalTimestampingUsage() async throws {
        try #require(openSSLCommandAvailable)
        let pki = try SealTestPKI()
        defer { pki.remove() }
        // OpenSSL's TSA refuses to sign with such a certificate, so the token is re-signed with
        // `openssl cms`: the TSTInfo of a good token, signed by each certificate.
        let request = TimestampRequest(hashing: invoice)
        let good = try await pki.authority.timestamp(request).token(for: request)
        try pki.write(good.derEncoded, to: "good.tst")
        let extracted = try runOpenSSL(
            ["cms", "-verify", "-noverify", "-inform", "DER", "-in", "good.tst", "-out", "tstinfo.der"],
            in: pki.directory
        )
        try #require(extracted.status == 0, "\(extracted.output)")
        for usage in [SealingIdentity.Usage.timeStamping, .nonCriticalTimeStamping] {
            let tsa = try SealingIdentity.generate(
                .init(commonName: "Re-signing TSA", usage: usage),
                issuedBy: pki.root
            )
            let files = try pki.write(tsa, as: "resigning")
            let signed = try runOpenSSL(
                [
                    "cms", "-sign", "-nodetach", "-binary", "-econtent_type", "1.2.840.113549.1.9.16.1.4",
                    "-in", "tstinfo.der", "-signer", files.certificate, "-inkey", files.key, "-md", "sha256",
                    "-cades", "-nosmimecap", "-outform", "DER", "-out", "resigned.tst",
                ],
                in: pki.directory
            )
            try #require(signed.status == 0, "\(signed.output)")
            let report = pki.verifier.verifyToken(try pki.read("resigned.tst"), imprint: request.imprint)
            if usage == .timeStamping {
                #expect(report.isValid, "\(report.failures)")
            } else {
                #expect(report.failures.map(\.reason) == [.timestampAuthorityNotForTimestamping])
            }
        }
    }

    @Test("a response checked against another request gives timestampNonceMismatch and imprint mismatch")
    func staleResponse() async throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        let first = TimestampRequest(hashing: invoice)
        let second = TimestampRequest(hashing: invoice)
        let response = try await pki.authority.timestamp(first)
        #expect(pki.verifier.verify(response, for: first).isValid)
        let report = pki.verifier.verify(response, for: second)
        #expect(report.failures.map(\.reason) == [.timestampNonceMismatch])
        #expect(throws: FactureSealError(code: .timestampAuthorityFailed, message: "")) {
            _ = try response.token(for: second)
        }
        let unrelated = TimestampRequest(hashing: Array("other".utf8))
        #expect(pki.verifier.verify(response, for: unrelated).contains(.timestampImprintMismatch))
    }

    @Test("a policy the verifier does not accept gives timestampPolicyNotAccepted; an untrusted TSA its reason")
    func policyAndTSATrust() async throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        let seal = try await Sealer(identity: pki.signer).seal(invoice, timestampAuthority: pki.authority)
        let strict = SealVerifier(trustAnchors: [pki.root.certificate], acceptedTimestampPolicies: ["1.2.250.1.1"])
        #expect(try strict.verify(seal, content: invoice).failures.map(\.reason) == [.timestampPolicyNotAccepted])
        let stranger = try SealingIdentity.generate(.init(commonName: "Other Root", usage: .certificateAuthority))
        let otherTSA = SealVerifier(trustAnchors: [pki.root.certificate], timestampTrustAnchors: [stranger.certificate])
        #expect(try otherTSA.verify(seal, content: invoice).failures.map(\.reason) == [.timestampChainUntrusted])
    }

    @Test("a request for a policy the authority does not accept is refused with unacceptedPolicy")
    func refusedPolicy() async throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        let request = TimestampRequest(hashing: invoice, policy: "1.2.250.1.1")
        let response = try await pki.authority.timestamp(request)
        #expect(!response.isGranted)
        #expect(response.failures == ["unacceptedPolicy"])
        #expect(pki.verifier.verify(response, for: request).failures.map(\.reason) == [.timestampNotGranted])
    }
}

/// The first index where `needle` occurs in `haystack`.
func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    return (0...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
}
