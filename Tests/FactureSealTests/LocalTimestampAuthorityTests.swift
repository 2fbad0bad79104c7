// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureSeal
import Foundation
import Testing

@Suite("LocalTimestampAuthority")
struct LocalTimestampAuthorityTests {
    @Test("tokens count serial numbers up, echo the nonce and state the policy, accuracy and time")
    func tokenFields() async throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        let authority = LocalTimestampAuthority(
            identity: pki.authority.identity,
            acceptedPolicies: ["1.2.250.1.1"],
            accuracySeconds: 2,
            firstSerialNumber: 0x0102
        )
        let first = TimestampRequest(hashing: Array("one".utf8))
        let second = TimestampRequest(hashing: Array("two".utf8), policy: "1.2.250.1.1")
        let before = Date().addingTimeInterval(-2)
        let a = try await authority.timestamp(first).token(for: first)
        let b = try await authority.timestamp(second).token(for: second)
        #expect(a.serialNumber == [0x01, 0x02])
        #expect(b.serialNumber == [0x01, 0x03])
        #expect(a.nonce == first.nonce)
        #expect(a.policy == LocalTimestampAuthority.defaultPolicy)
        #expect(b.policy == "1.2.250.1.1")
        #expect(a.accuracy == 2)
        #expect(a.hashAlgorithm == "2.16.840.1.101.3.4.2.1")
        #expect(a.time >= before && a.time <= Date().addingTimeInterval(2))
        #expect(pki.verifier.verifyToken(a.derEncoded, imprint: first.imprint).isValid)
    }

    @Test("a request that is no DER gets a rejection response, not a crash")
    func garbageRequest() async throws {
        let authority = try LocalTimestampAuthority.generate()
        let response = try TimestampResponse(derEncoded: authority.respond(toDER: Array("not a request".utf8)))
        #expect(!response.isGranted)
        #expect(response.token == nil)
        #expect(response.failures == ["badDataFormat"])
    }
}
