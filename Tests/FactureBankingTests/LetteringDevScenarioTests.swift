// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureBanking
import FactureModel
import FactureTestSupport
import Foundation
import Testing

@Suite("Lettering on the dev scenario")
struct LetteringDevScenarioTests {
    /// The pair F1 reached on `banking/sample` with general rules; a regression below it fails.
    static let f1Floor = 0.99

    static func letterSample() throws -> (result: LetteringResult, movements: [BankMovement], ledger: Ledger) {
        let statements = try CFONB120Reader().statements(
            atPath: SharedFixtures.url("banking/sample/statement.cfonb").path
        )
        let movements = statements.flatMap(\.movements)
        let ledger = try LedgerJSONReader().read(SharedFixtures.data("banking/sample/invoices.json"))
        let runs = try PaymentRunReader().paymentRuns(SharedFixtures.data("banking/sample/pain001_v03.xml"))
        let result = LetteringEngine().letter(movements, ledger: ledger, paymentRuns: runs)
        return (result, movements, ledger)
    }

    @Test("applied matches reach the F1 floor against truth.json, without lettering unrelated movements")
    func devF1() throws {
        let (result, movements, _) = try Self.letterSample()
        #expect(movements.count == 300)
        let truth = try LetteringSupport.truthPairs(SharedFixtures.data("banking/sample/truth.json"))
        let predicted = Set(
            result.applied.map { LetteringSupport.Pair(movement: $0.movementOrdinal, invoice: $0.invoiceID) }
        )
        let score = LetteringSupport.f1(predicted: predicted, truth: truth)
        if let out = ProcessInfo.processInfo.environment["LETTERING_PREDICTED_OUT"] {
            try LetteringSupport.predictedJSON(result.applied).write(toFile: out, atomically: true, encoding: .utf8)
            let all = LetteringSupport.predictedJSON(result.applied + result.proposed)
            try all.write(toFile: out + ".all.json", atomically: true, encoding: .utf8)
        }
        print("dev lettering: precision \(score.precision) recall \(score.recall) F1 \(score.f1)")
        #expect(score.f1 >= Self.f1Floor)
    }

    @Test("the same movements read from camt.053 (.02 and .08) reach the same floor", arguments: ["02", "08"])
    func camtF1(version: String) throws {
        let bytes = [UInt8](try SharedFixtures.data("banking/sample/camt053_v\(version).xml"))
        let movements = try Camt053Reader().statements(bytes).flatMap(\.movements)
        let ledger = try LedgerJSONReader().read(SharedFixtures.data("banking/sample/invoices.json"))
        let result = LetteringEngine().letter(
            movements,
            ledger: ledger,
            paymentRuns: try PaymentRunReader().paymentRuns(SharedFixtures.data("banking/sample/pain001_v03.xml"))
        )
        let truth = try LetteringSupport.truthPairs(SharedFixtures.data("banking/sample/truth.json"))
        let predicted = Set(
            result.applied.map { LetteringSupport.Pair(movement: $0.movementOrdinal, invoice: $0.invoiceID) }
        )
        let score = LetteringSupport.f1(predicted: predicted, truth: truth)
        print("camt \(version) lettering: precision \(score.precision) recall \(score.recall) F1 \(score.f1)")
        #expect(score.f1 >= Self.f1Floor)
    }

    @Test("lettering the same statement twice letters nothing new")
    func idempotent() throws {
        let (first, movements, _) = try Self.letterSample()
        #expect(!first.applied.isEmpty)
        let second = LetteringEngine().letter(movements, ledger: first.ledger, state: first.state)
        #expect(second.applied.isEmpty)
    }
}
