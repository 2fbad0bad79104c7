// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FacturX
import FactureHTTP
import FactureModel
import FacturePlatform
import FactureTestSupport
import Foundation
import Testing

@Suite("Flow Service client over loopback HTTP", .timeLimit(.minutes(1)))
struct FlowServiceClientTests {
    @Test("health check answers; a CII flow is submitted, searched, and downloaded as all four docTypes")
    func submitSearchGet() async throws {
        try await withPlatformSimulator { simulator, root in
            let client = try PlatformTestSupport.flowClient(root: root)
            try await client.checkHealth()

            let invoice = try #require(try PlatformTestSupport.invoices(1, prefix: "FLOW").first)
            let submission = try await client.submit(
                file: invoice.xml,
                info: FlowInfo(flowSyntax: .cii, trackingID: "track-flow-1", processingRule: .b2b, flowProfile: .basic)
            )
            #expect(submission.trackingID == "track-flow-1")
            #expect(submission.attempts == 1)
            #expect(!submission.wasRecovered)
            #expect(simulator.receivedCount(trackingID: "track-flow-1") == 1)
            #expect(simulator.receivedCount(invoiceNumber: invoice.number) == 1)

            let found = try await client.search(FlowSearchFilters(trackingID: "track-flow-1"))
            #expect(found.results.map(\.flowID) == [submission.flowID])
            #expect(found.results.first?.flowDirection == .outgoing)
            #expect(found.results.first?.processingRuleSource == "Input")

            // Each read moves the flow: Pending → Ok, then the lifecycle 200 → 202 → 203.
            let first = try await client.flow(id: submission.flowID)
            #expect(first.acknowledgement?.status == .ok)
            #expect(first.trackingID == "track-flow-1")
            #expect(first.flowSyntax == .cii)

            let original = try await client.document(flowID: submission.flowID, type: .original)
            #expect(original.bytes == invoice.xml)
            #expect(original.contentType == "application/xml")
            #expect(original.fileName == "track-flow-1.xml")
            let converted = try await client.document(flowID: submission.flowID, type: .converted)
            #expect(try Invoice(ciiEncoded: converted.bytes).number == invoice.number)
            let readable = try await client.document(flowID: submission.flowID, type: .readableView)
            #expect(String(decoding: readable.bytes, as: UTF8.self).contains(invoice.number))
            let metadata = try await client.document(flowID: submission.flowID, type: .metadata)
            #expect(String(decoding: metadata.bytes, as: UTF8.self).contains(submission.flowID))
            #expect(simulator.flows.first { $0.flowID == submission.flowID }?.lifecycleStatus == 203)

            // The platform published the lifecycle as incoming CDAR flows: read them back, and check them
            // against the CDAR D22B schema.
            let validator = try PlatformTestSupport.cdarValidator()
            let lifecycle = try await client.lifecycleMessages(updatedAfter: Date(timeIntervalSince1970: 0))
            var statuses: [LifecycleStatus] = []
            for received in lifecycle {
                let cdar = try await client.document(flowID: try #require(received.flow.flowID), type: .original)
                #expect(try validator.validate(cdar.bytes).isEmpty)
                #expect(received.message.invoice.number == invoice.number)
                #expect(received.message.event.issuerRole == .approvedPlatform)
                statuses.append(received.message.event.status)
            }
            let paged = try await client.searchAll(
                FlowSearchFilters(flowType: [.customerInvoiceLifecycle], flowDirection: [.incoming]),
                pageSize: 2
            )
            #expect(paged.map(\.flowID) == lifecycle.map(\.flow.flowID))
            #expect(statuses == [.submitted, .received, .madeAvailable])
        }
    }

    @Test("a Factur-X PDF is submitted as application/pdf and its CII is the converted file")
    func facturX() async throws {
        try await withPlatformSimulator { simulator, root in
            let client = try PlatformTestSupport.flowClient(root: root)
            let pdf = try PlatformTestSupport.facturXPDF()
            let submission = try await client.submit(
                file: pdf,
                info: FlowInfo(flowSyntax: .facturX, name: "facture.pdf")
            )
            #expect(UUID(uuidString: submission.trackingID) != nil)
            let original = try await client.document(flowID: submission.flowID, type: .original)
            #expect(original.contentType == "application/pdf")
            #expect(original.bytes == pdf)
            let converted = try await client.document(flowID: submission.flowID, type: .converted)
            let embedded = try FacturXPDF(pdfEncoded: pdf).invoiceXML().xml
            #expect(converted.bytes == embedded)
            #expect(simulator.flows.first?.ackStatus == "Ok")
        }
    }

    @Test(
        "the platform's checks: a file of the wrong type is refused with its error body, a bad invoice is acknowledged Error"
    )
    func validation() async throws {
        try await withPlatformSimulator { simulator, root in
            let client = try PlatformTestSupport.flowClient(root: root)
            let invoice = try #require(try PlatformTestSupport.invoices(1, prefix: "BAD").first)
            let refused = await #expect(throws: FacturePlatformError.self) {
                try await client.submit(file: invoice.xml, info: FlowInfo(flowSyntax: .facturX))
            }
            #expect(refused?.code == .unprocessable)
            #expect(refused?.status == 422)
            #expect(refused?.platformErrorCode == "UNPROCESSABLE_ENTITY")
            #expect(refused?.platformMessage?.contains("FlowTypeError") == true)

            let junk = try await client.submit(
                file: Array("<Invoice>not CII</Invoice>".utf8),
                info: FlowInfo(flowSyntax: .cii)
            )
            let flow = try await client.flow(id: junk.flowID)
            #expect(flow.acknowledgement?.status == .error)
            #expect(flow.acknowledgement?.details?.first?.reasonCode == "InvalidSchema")

            // The same invoice under another tracking id is a duplicate for the platform.
            _ = try await client.submit(file: invoice.xml, info: FlowInfo(flowSyntax: .cii, trackingID: "dup-1"))
            let second = try await client.submit(
                file: invoice.xml,
                info: FlowInfo(flowSyntax: .cii, trackingID: "dup-2")
            )
            let duplicate = try await client.flow(id: second.flowID)
            #expect(duplicate.acknowledgement?.details?.first?.reasonCode == "AlreadyExistingFlow")
            #expect(simulator.receivedCount(invoiceNumber: invoice.number) == 2)

            await #expect(throws: PlatformTestSupport.error(.invalidInput)) {
                try await client.submit(file: [], info: FlowInfo(flowSyntax: .cii))
            }
            await #expect(throws: PlatformTestSupport.error(.invalidInput)) {
                try await client.submit(
                    file: invoice.xml,
                    info: FlowInfo(flowSyntax: .cii, trackingID: String(repeating: "x", count: 37))
                )
            }
            await #expect(throws: PlatformTestSupport.error(.invalidInput)) {
                try await client.search(FlowSearchFilters())
            }
            let missing = await #expect(throws: FacturePlatformError.self) {
                try await client.flow(id: "no-such-flow")
            }
            #expect(missing?.code == .notFound)
            #expect(missing?.platformErrorCode == "MISSING_RESOURCE")
        }
    }

    @Test("searching by updatedAfter pages through every flow exactly once")
    func pagination() async throws {
        try await withPlatformSimulator { simulator, root in
            let client = try PlatformTestSupport.flowClient(root: root)
            var ids: Set<String> = []
            for invoice in try PlatformTestSupport.invoices(7, prefix: "PAGE") {
                ids.insert(try await client.submit(file: invoice.xml, info: FlowInfo(flowSyntax: .cii)).flowID)
            }
            let start = Date(timeIntervalSince1970: 0)
            let all = try await client.searchAll(
                FlowSearchFilters(updatedAfter: start, flowDirection: [.outgoing]),
                pageSize: 3
            )
            #expect(all.count == 7)
            #expect(Set(all.compactMap(\.flowID)) == ids)
            let page = try await client.search(FlowSearchFilters(updatedAfter: start), limit: 3)
            #expect(page.results.count == 3)
            let later = try #require(page.results.last?.updatedAt)
            let rest = try await client.search(FlowSearchFilters(updatedAfter: later), limit: 100)
            #expect(rest.results.count == 4)
            #expect(rest.results.allSatisfy { ($0.updatedAt ?? .distantPast) > later })
            #expect(simulator.flows.count == 7)
        }
    }

    @Test("authentication: OAuth2 client credentials work, a wrong token is refused as unauthorized")
    func authentication() async throws {
        try await withPlatformSimulator { _, root in
            let oauth = try PlatformTestSupport.flowClient(
                root: root,
                authentication: .oauth2ClientCredentials(
                    tokenURL: root.appendingPathComponent("oauth/token"),
                    clientID: PlatformSimulator.clientID,
                    clientSecret: Secret(PlatformSimulator.clientSecret)
                )
            )
            let page = try await oauth.search(FlowSearchFilters(ackStatus: .ok))
            #expect(page.results.isEmpty)

            let wrong = try PlatformTestSupport.flowClient(root: root, authentication: .staticToken(Secret("wrong")))
            await #expect(throws: PlatformTestSupport.error(.unauthorized)) {
                try await wrong.checkHealth()
            }
            let refused = await #expect(throws: FacturePlatformError.self) {
                try await wrong.search(FlowSearchFilters(ackStatus: .ok))
            }
            #expect(refused?.code == .unauthorized)
            #expect(refused?.platformErrorCode == "INVALID_TOKEN")
        }
    }
}
