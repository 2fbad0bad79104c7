// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FacturX
import FactureModel
import FacturePlatform
import FactureTestSupport
import Foundation
import Testing

@Suite("CDAR lifecycle status messages")
struct LifecycleStatusMessageTests {
    /// A message for `status`, with a reason, a text and an amount where the status takes them.
    static func message(_ status: LifecycleStatus) throws -> LifecycleStatusMessage {
        let platformPhase: Set<LifecycleStatus> = [.submitted, .issued, .received, .madeAvailable, .rejected]
        let role: LifecycleEvent.IssuerRole =
            platformPhase.contains(status) ? .approvedPlatform : (status == .collected ? .seller : .buyer)
        let amount: Amount? =
            [.partiallyApproved, .paymentSent, .collected].contains(status) ? try Amount(parsing: "1250.40") : nil
        return LifecycleStatusMessage(
            identifier: "CDV-\(status.rawValue)-0001",
            issuedAt: Date(timeIntervalSince1970: 1_790_000_123),
            sender: .init(role: .approvedPlatform, siren: try SIREN("443061841"), name: "PA Exemple"),
            recipients: [
                .init(role: .seller, siren: try SIREN("552100554")),
                .init(role: .statePlatform),
            ],
            invoice: .init(
                number: "F2026-\(status.rawValue)",
                issueDate: try CalendarDate(parsingISO8601: "2026-09-01"),
                sellerSIREN: try SIREN("552100554"),
                buyerSIREN: try SIREN("732829320")
            ),
            event: LifecycleEvent(
                status: status,
                date: try CalendarDate(parsingISO8601: "2026-09-15"),
                reason: status.applicableReasons.first,
                text: status.applicableReasons.isEmpty ? nil : "Motif détaillé & précis <n°\(status.rawValue)>",
                issuerRole: role,
                amount: amount
            ),
            issuerSIREN: role == .approvedPlatform
                ? nil : (role == .seller ? try SIREN("552100554") : try SIREN("732829320"))
        )
    }

    @Test("every status 200–213 builds a message valid against the CDAR D22B XSD and reads back equal")
    func roundTripAndSchema() throws {
        let validator = try PlatformTestSupport.cdarValidator()
        #expect(LifecycleStatus.allKnown.count == 14)
        for status in LifecycleStatus.allKnown {
            let message = try Self.message(status)
            let xml = try message.cdarEncoded()
            let violations = try validator.validate(xml)
            #expect(violations.isEmpty, "\(status): \(violations)")
            let read = try LifecycleStatusMessage(cdarEncoded: xml)
            #expect(read == message, "\(status)")
        }
    }

    @Test(
        "the phase follows the issuer: a platform status is type 305 without issuer id, a buyer status type 23 with it"
    )
    func phases() throws {
        let platform = String(decoding: try Self.message(.received).cdarEncoded(), as: UTF8.self)
        #expect(platform.contains("<ram:TypeCode>305</ram:TypeCode>"))
        #expect(platform.contains("<ram:ProcessConditionCode>202</ram:ProcessConditionCode>"))
        let buyer = String(decoding: try Self.message(.disputed).cdarEncoded(), as: UTF8.self)
        #expect(buyer.contains("<ram:TypeCode>23</ram:TypeCode>"))
        #expect(
            buyer.contains(
                "<ram:ReasonCode>\(LifecycleStatus.disputed.applicableReasons.first?.rawValue ?? "?")</ram:ReasonCode>"
            )
        )
        #expect(buyer.contains("<udt:DateTimeString format=\"204\">20260921141523"))
    }

    @Test("messages that cannot be built or read are typed errors")
    func errors() throws {
        var noRole = try Self.message(.approved)
        noRole.event.issuerRole = nil
        #expect(throws: PlatformTestSupport.error(.invalidInput)) { try noRole.cdarEncoded() }
        var noRecipient = try Self.message(.approved)
        noRecipient.recipients = []
        #expect(throws: PlatformTestSupport.error(.invalidInput)) { try noRecipient.cdarEncoded() }
        var noIssuerID = try Self.message(.approved)
        noIssuerID.issuerSIREN = nil
        #expect(throws: PlatformTestSupport.error(.invalidInput)) { try noIssuerID.cdarEncoded() }

        #expect(throws: PlatformTestSupport.error(.invalidMessage)) {
            try LifecycleStatusMessage(cdarEncoded: Array("<not-closed".utf8))
        }
        #expect(throws: PlatformTestSupport.error(.invalidMessage)) {
            try LifecycleStatusMessage(cdarEncoded: Array("<Invoice xmlns=\"urn:x\"/>".utf8))
        }
        let xml = String(decoding: try Self.message(.approved).cdarEncoded(), as: UTF8.self)
        let withoutStatus = xml.replacingOccurrences(
            of: "<ram:ProcessConditionCode>205</ram:ProcessConditionCode>",
            with: ""
        )
        #expect(throws: PlatformTestSupport.error(.invalidMessage)) {
            try LifecycleStatusMessage(cdarEncoded: Array(withoutStatus.utf8))
        }
        let badSIREN = xml.replacingOccurrences(of: ">552100554<", with: ">552100555<")
        #expect(throws: PlatformTestSupport.error(.invalidMessage)) {
            try LifecycleStatusMessage(cdarEncoded: Array(badSIREN.utf8))
        }
    }
}
