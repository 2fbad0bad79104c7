// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser

/// `facture id …`: French and European identifiers.
struct IDCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "id",
        abstract: "Check SIREN, SIRET, VAT numbers, IBAN, BIC and RF creditor references.",
        subcommands: []
    )
}
