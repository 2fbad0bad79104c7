// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import FactureModel
import Foundation

/// `facture id …`: French and European identifiers.
struct IDCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "id",
        abstract: "Check SIREN, SIRET, VAT numbers, IBAN, BIC and RF creditor references.",
        subcommands: [CheckCommand.self]
    )
}

extension IDCommand {
    /// `facture id check VALUE...`: detects each value's kind and validates it.
    struct CheckCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Detect and validate identifiers.",
            discussion: """
                Prints one line per value, VALUE<TAB>KIND<TAB>valid or \
                VALUE<TAB>KIND<TAB>invalid<TAB>REASON, where KIND is SIREN, SIRET, VAT, IBAN, \
                BIC, RF or unknown. With --json, prints a JSON array of objects with the keys \
                input, kind (null when unknown), normalized, valid and reason (null when valid). \
                Exits with status 1 when any value is invalid.
                """
        )

        @Flag(name: .long, help: "Print a JSON array instead of tab-separated lines.")
        var json = false

        @Argument(help: "The identifiers to check; quote values that contain spaces.")
        var values: [String] = []

        func validate() throws {
            guard !values.isEmpty else {
                throw ValidationError("Give at least one value to check.")
            }
        }

        func run() async throws {
            let results = values.map(IdentifierChecker.check)
            if json {
                print(try Self.json(results))
            } else {
                for result in results { print(Self.line(result)) }
            }
            if results.contains(where: { !$0.isValid }) {
                throw ExitCode(1)
            }
        }

        /// `VALUE<TAB>KIND<TAB>valid` or `VALUE<TAB>KIND<TAB>invalid<TAB>REASON`.
        static func line(_ result: IdentifierCheckResult) -> String {
            var fields = [result.input, result.kind?.name ?? "unknown", result.isValid ? "valid" : "invalid"]
            if let reason = result.reason { fields.append(reason) }
            return fields.joined(separator: "\t")
        }

        static func json(_ results: [IdentifierCheckResult]) throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(results.map(Output.init))
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// One result as JSON, with explicit nulls.
    private struct Output: Encodable {
        let result: IdentifierCheckResult

        enum CodingKeys: String, CodingKey {
            case input, kind, normalized, valid, reason
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(result.input, forKey: .input)
            try container.encode(result.kind?.name, forKey: .kind)
            try container.encode(result.normalized, forKey: .normalized)
            try container.encode(result.isValid, forKey: .valid)
            try container.encode(result.reason, forKey: .reason)
        }
    }
}
