// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser

/// The `facture` command-line tool: FactureKit's main jobs for scripts and people.
@main
struct Facture: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facture",
        abstract: "French electronic invoicing: Factur-X, validation, identifiers, archive, banking.",
        version: FactureVersion.current,
        subcommands: [
            DemoCommand.self,
            ExtractCommand.self,
            ConvertCommand.self,
            RenderCommand.self,
            ValidateCommand.self,
            IDCommand.self,
        ]
    )
}

/// The tool's version, printed by `facture --version`.
enum FactureVersion {
    static let current = "0.1.0"
}
