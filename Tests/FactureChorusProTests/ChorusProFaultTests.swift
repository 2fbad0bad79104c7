// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureChorusPro
import FactureHTTP
import FactureModel
import FactureTestSupport
import FactureTesting
import Foundation
import Testing

/// End to end over loopback HTTP: under each injected fault, 20 invoices are submitted; none may be deposited
/// twice, and every one must end in a known status.
@Suite("Chorus Pro deposits under injected faults", .timeLimit(.minutes(5)))
struct ChorusProFaultTests {
    struct Scenario: Sendable, CustomTestStringConvertible {
        var name: String
        var faults: SimulatedFaults
        var expected: [FaultDecision]
        var testDescription: String { name }
    }

    static let scenarios: [Scenario] = [
        Scenario(name: "latency", faults: SimulatedFaults(latency: .milliseconds(20), seed: 11), expected: []),
        Scenario(
            name: "500 before acting",
            faults: SimulatedFaults(serverErrorRate: 0.3, seed: 12),
            expected: [.serverError]
        ),
        Scenario(
            name: "500 after commit",
            faults: SimulatedFaults(serverErrorAfterCommitRate: 0.4, seed: 13),
            expected: [.serverErrorAfterCommit]
        ),
        Scenario(name: "429", faults: SimulatedFaults(throttleRate: 0.3, seed: 14), expected: [.throttle]),
        Scenario(
            name: "connection dropped after commit",
            faults: SimulatedFaults(dropAfterCommitRate: 0.4, seed: 15),
            expected: [.dropAfterCommit]
        ),
        Scenario(
            name: "mix",
            faults: SimulatedFaults(
                latency: .milliseconds(5),
                serverErrorRate: 0.1,
                serverErrorAfterCommitRate: 0.15,
                throttleRate: 0.1,
                dropAfterCommitRate: 0.15,
                seed: 16
            ),
            expected: [.serverError, .throttle]
        ),
    ]

    @Test("no invoice is deposited twice and every invoice ends in a known status", arguments: scenarios)
    func depositsUnderFaults(_ scenario: Scenario) async throws {
        try await submitAll(scenario, searchVisibilityDelay: 0)
    }

    @Test("dropped answers while Chorus Pro is slow to integrate: the recovery searches again before redepositing")
    func slowIntegration() async throws {
        let scenario = Scenario(
            name: "drop, slow integration",
            faults: SimulatedFaults(dropAfterCommitRate: 0.4, seed: 21),
            expected: [.dropAfterCommit]
        )
        // Invoices show in the second search; the client searches twice (ChorusProFixtures).
        try await submitAll(scenario, searchVisibilityDelay: 1)
    }

    private func submitAll(_ scenario: Scenario, searchVisibilityDelay: Int) async throws {
        let count = 20
        let open = ChorusProSimulator.defaultStructures[0].siret
        let needsService = ChorusProSimulator.defaultStructures[1].siret
        try await withChorusProSimulator(faults: scenario.faults, searchVisibilityDelay: searchVisibilityDelay) {
            simulator,
            endpoints in
            let client = ChorusProFixtures.client(endpoints, clock: FastForwardClock())
            let prefix = "FLT-\(scenario.faults.seed)-"
            var files: [(number: String, pdf: [UInt8], serviceCode: String?)] = []
            for index in 0..<count {
                let number = prefix + String(format: "%03d", index)
                let toHospital = index % 2 == 1
                let pdf = try ChorusProFixtures.facturX(number: number, buyerSIRET: toHospital ? needsService : open)
                files.append((number, pdf, toHospital ? "SERV-ACHATS" : nil))
            }
            var outcomes = await withTaskGroup(of: (String, Result<ChorusProSubmission, FactureChorusProError>).self) {
                group in
                for file in files {
                    group.addTask {
                        do {
                            let submission = try await client.submit(
                                facturX: file.pdf,
                                fileName: file.number + ".pdf",
                                serviceCode: file.serviceCode
                            )
                            return (file.number, .success(submission))
                        } catch let error as FactureChorusProError {
                            return (file.number, .failure(error))
                        } catch {
                            return (file.number, .failure(FactureChorusProError(code: .http, message: "\(error)")))
                        }
                    }
                }
                var all: [String: Result<ChorusProSubmission, FactureChorusProError>] = [:]
                for await (number, outcome) in group { all[number] = outcome }
                return all
            }

            // A submission whose outcome the client could not establish (every deposit and search failing in a
            // row, which the random faults sometimes draw) is submitted again, as an application would: the
            // client searches before depositing, so this never makes a second copy.
            var ambiguous = 0
            for file in files {
                for _ in 0..<3 {
                    guard case .failure(let error) = outcomes[file.number], error.code == .ambiguousOutcome else {
                        break
                    }
                    ambiguous += 1
                    do throws(FactureChorusProError) {
                        let submission = try await client.submit(
                            facturX: file.pdf,
                            fileName: file.number + ".pdf",
                            serviceCode: file.serviceCode
                        )
                        outcomes[file.number] = .success(submission)
                    } catch {
                        outcomes[file.number] = .failure(error)
                    }
                }
            }
            if ambiguous > 0 { print("\(scenario.name): \(ambiguous) ambiguous outcome(s) submitted again") }

            for expected in scenario.expected {
                #expect(simulator.faults.injected[expected, default: 0] > 0, "fault \(expected) never injected")
            }
            var recovered = 0
            for file in files {
                let deposits = simulator.depositCount(invoiceNumber: file.number)
                #expect(deposits <= 1, "invoice \(file.number) deposited \(deposits) times")
                let outcome = try #require(outcomes[file.number])
                switch outcome {
                case .success(let submission):
                    #expect(deposits == 1, "invoice \(file.number) submitted but deposited \(deposits) times")
                    if submission.recoveredBySearch { recovered += 1 }
                case .failure(let error):
                    // Only an outcome the client could not establish may fail; it must say so.
                    #expect(error.code == .ambiguousOutcome, "invoice \(file.number): \(error)")
                }
                // Consulted afterwards: found once, in a status the lifecycle knows.
                var found: [ChorusProInvoiceSummary] = []
                for _ in 0...searchVisibilityDelay where found.isEmpty {
                    found = try await client.searchSupplierInvoices(.init(invoiceNumber: file.number)).invoices
                }
                #expect(found.count == deposits)
                if let invoice = found.first {
                    let history = try await client.invoiceHistory(invoiceID: invoice.invoiceID)
                    #expect(history.currentStatus.lifecycleStatus != nil, "\(file.number): \(history.currentStatus)")
                }
            }
            let failures = outcomes.values.filter { if case .failure = $0 { true } else { false } }.count
            #expect(failures == 0, "\(failures) submissions ended without a known outcome")
            if scenario.expected.contains(.dropAfterCommit) || scenario.expected.contains(.serverErrorAfterCommit) {
                #expect(recovered > 0, "no deposit was recovered by search")
            }
        }
    }
}
