// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureHTTP
import FactureModel
import FacturePlatform
import FactureTestSupport
import Foundation
import Testing

@Suite("Flow submissions under injected faults, end to end over loopback HTTP", .timeLimit(.minutes(3)))
struct PlatformFaultTests {
    static let scenarios: [(String, SimulatedFaults)] = [
        ("latency", SimulatedFaults(latency: .milliseconds(20), seed: 11)),
        ("500 before acting", SimulatedFaults(serverErrorRate: 0.3, seed: 12)),
        ("500 after commit", SimulatedFaults(serverErrorAfterCommitRate: 0.3, seed: 13)),
        ("429", SimulatedFaults(throttleRate: 0.3, seed: 14)),
        ("connection dropped after commit", SimulatedFaults(dropAfterCommitRate: 0.3, seed: 15)),
        (
            "mix",
            SimulatedFaults(
                latency: .milliseconds(5),
                serverErrorRate: 0.1,
                serverErrorAfterCommitRate: 0.1,
                throttleRate: 0.1,
                dropAfterCommitRate: 0.1,
                seed: 16
            )
        ),
    ]

    @Test(
        "20 invoices: each received at most once (exactly once when the submission succeeded), every flow ends known",
        arguments: 0..<6
    )
    func submitUnderFaults(scenario: Int) async throws {
        let (name, faults) = Self.scenarios[scenario]
        try await withPlatformSimulator(faults: faults) { simulator, root in
            let client = try PlatformTestSupport.flowClient(root: root)
            let invoices = try PlatformTestSupport.invoices(20, prefix: "FAULT\(scenario)")
            var submitted: [(number: String, submission: FlowServiceClient.Submission)] = []
            var uncertain: [String] = []
            for (index, invoice) in invoices.enumerated() {
                let trackingID = "fault-\(scenario)-\(index)"
                do {
                    let submission = try await client.submit(
                        file: invoice.xml,
                        info: FlowInfo(flowSyntax: .cii, trackingID: trackingID)
                    )
                    #expect(submission.trackingID == trackingID)
                    submitted.append((invoice.number, submission))
                } catch FacturePlatformError.Code.submissionUncertain {
                    uncertain.append(invoice.number)
                }
            }
            // Nothing was received twice, by tracking id or by invoice number.
            for (index, invoice) in invoices.enumerated() {
                #expect(simulator.receivedCount(trackingID: "fault-\(scenario)-\(index)") <= 1, "\(name)")
                #expect(simulator.receivedCount(invoiceNumber: invoice.number) <= 1, "\(name): \(invoice.number)")
            }
            // A submission the client reports was received exactly once, under the id the client returned.
            for (number, submission) in submitted {
                #expect(simulator.receivedCount(invoiceNumber: number) == 1, "\(name): \(number)")
                let held = simulator.flows.first { $0.trackingID == submission.trackingID }
                #expect(held?.flowID == submission.flowID, "\(name): \(number)")
            }
            #expect(submitted.count + uncertain.count == 20)
            if faults.serverErrorAfterCommitRate > 0 || faults.dropAfterCommitRate > 0 {
                // The faults hit after the platform recorded the flow: the client found it instead of resending.
                #expect(submitted.contains { $0.submission.wasRecovered }, "\(name)")
            }
            #expect(submitted.count >= 18, "\(name): only \(submitted.count) of 20 submitted")

            // Every flow, read until the platform has finished, ends in a known final status.
            for (number, submission) in submitted {
                var flow = try await client.flow(id: submission.flowID)
                for _ in 0..<3 where flow.acknowledgement?.status.isFinal != true {
                    flow = try await client.flow(id: submission.flowID)
                }
                #expect(flow.acknowledgement?.status == .ok, "\(name): \(number)")
            }
            for flow in simulator.flows where flow.direction == "Out" {
                #expect(PlatformSimulator.knownAckStatuses.contains(flow.ackStatus))
                #expect(flow.ackStatus == "Ok", "\(name): \(flow.invoiceNumber ?? "?") is \(flow.ackStatus)")
                #expect([200, 202, 203].contains(flow.lifecycleStatus ?? 0))
            }
            let injected = simulator.injector.injected.values.reduce(0, +)
            if faults != SimulatedFaults(latency: faults.latency, seed: faults.seed) {
                #expect(injected > 0, "\(name): no fault was injected")
            }
        }
    }
}
