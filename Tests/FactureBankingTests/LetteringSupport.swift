// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureBanking
import FactureModel
import Foundation

/// Test-side helpers for lettering: pair F1 against a truth file, and a small pain.001 reader for our
/// payment runs (only the fields lettering uses).
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

    /// The payment runs of a pain.001 document (`PmtInf` blocks), read by tag scanning.
    static func paymentRuns(pain text: String) -> [PaymentRun] {
        elements("PmtInf", in: Substring(text)).map { block in
            let id = elements("PmtInfId", in: block).first.map(String.init) ?? ""
            let transfers = elements("CdtTrfTxInf", in: block).map { transfer in
                let creditor = elements("Cdtr", in: transfer).first ?? ""
                let account = elements("CdtrAcct", in: transfer).first ?? ""
                return PaymentRunTransfer(
                    endToEndID: elements("EndToEndId", in: transfer).first.map(String.init) ?? "",
                    creditorName: unescape(elements("Nm", in: creditor).first.map(String.init) ?? ""),
                    creditorIBAN: elements("IBAN", in: account).first.flatMap { try? IBAN(String($0)) },
                    amount: elements("InstdAmt", in: transfer).first.flatMap { try? Amount(parsing: $0) } ?? .zero,
                    remittance: elements("Ustrd", in: transfer).map { unescape(String($0)) },
                    creditorReference: elements("Ref", in: transfer).first.map(String.init)
                )
            }
            return PaymentRun(id: id, transfers: transfers)
        }
    }

    private static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&apos;", with: "'")
    }

    /// The contents of every `<name ...>…</name>` element directly findable in `text` (not nested in itself).
    private static func elements(_ name: String, in text: Substring) -> [Substring] {
        var found: [Substring] = []
        var rest = text
        while let open = rest.range(of: "<\(name)") {
            let after = rest[open.upperBound...]
            guard let first = after.first, first == ">" || first == " " else {
                rest = after
                continue
            }
            guard let close = after.firstIndex(of: ">"), let end = after.range(of: "</\(name)>") else { break }
            found.append(after[after.index(after: close)..<end.lowerBound])
            rest = after[end.upperBound...]
        }
        return found
    }
}
