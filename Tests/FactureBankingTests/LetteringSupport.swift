// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureBanking
import FactureModel
import Foundation

/// Test-side helpers for lettering: pair F1 against a truth file, and the predicted-matches JSON.
enum LetteringSupport {
    /// (movement ordinal, invoice id) pairs of a `lettering-truth/1` file.
    static func truthPairs(_ data: Data) throws -> Set<Pair> {
        struct Truth: Decodable {
            struct Match: Decodable {
                var movement: Int
                var invoice: String
            }
            var matches: [Match]
        }
        let truth = try JSONDecoder().decode(Truth.self, from: data)
        return Set(truth.matches.map { Pair(movement: $0.movement, invoice: $0.invoice) })
    }

    /// A (movement, invoice) pair.
    struct Pair: Hashable {
        var movement: Int
        var invoice: String
    }

    /// Pair precision, recall and F1.
    static func f1(predicted: Set<Pair>, truth: Set<Pair>) -> (precision: Double, recall: Double, f1: Double) {
        let hits = Double(predicted.intersection(truth).count)
        let precision = predicted.isEmpty ? 1 : hits / Double(predicted.count)
        let recall = truth.isEmpty ? 1 : hits / Double(truth.count)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return (precision, recall, f1)
    }

    /// The predicted-matches JSON the shared scorer reads.
    static func predictedJSON(_ matches: [LetteringMatch]) -> String {
        let rows = matches.map {
            "{\"movement\":\($0.movementOrdinal),\"invoice\":\"\($0.invoiceID)\",\"amount\":\"\($0.allocated)\","
                + "\"score\":\($0.score),\"reason\":\"\($0.reason)\"}"
        }
        return "{\"matches\":[\n" + rows.joined(separator: ",\n") + "\n]}\n"
    }
}
