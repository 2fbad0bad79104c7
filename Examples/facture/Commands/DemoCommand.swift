// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser

/// `facture demo`: the main job end to end on the embedded samples.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run the main job end to end on the embedded sample and print what it did."
    )

    func run() async throws {
        print("demo")
    }
}
