// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Foundation
import Testing

@testable import FactureSeal

@Suite("The two B-B writers")
struct CMSWriterTests {
    @Test("OpenSSL's CMS writer (the fallback for other key types) and the direct DER writer give equivalent seals")
    func writersAgree() throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        let content = Array("the same invoice".utf8)
        let viaCMS = try CMSSignedData(signing: content, identity: pki.signer)
        let cmsSeal = try Seal(derEncoded: viaCMS.derEncoded())
        let directSeal = try Sealer(identity: pki.signer).seal(content)
        for seal in [cmsSeal, directSeal] {
            let report = try pki.verifier.verify(seal, content: content)
            #expect(report.isValid, "\(report.failures)")
            #expect(report.level == .basic)
        }
        // The same signing-certificate-v2 attribute and certificates, byte for byte.
        let direct = try CMSSignedData(derEncoded: directSeal.derEncoded)
        let viaCMSParsed = try CMSSignedData(derEncoded: cmsSeal.derEncoded)
        let essNID: Int32 = 1086  // NID_id_smime_aa_signingCertificateV2
        #expect(direct.signedSequenceAttribute(nid: essNID) != nil)
        #expect(direct.signedSequenceAttribute(nid: essNID) == viaCMSParsed.signedSequenceAttribute(nid: essNID))
        #expect(direct.certificates.map(\.derEncoded) == viaCMSParsed.certificates.map(\.derEncoded))
        #expect(direct.signatureValue == directSeal.signatureValue)
        #expect(direct.signingTime == directSeal.signingTime)
    }
}
