// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import FactureChorusPro
import FactureHTTP
import FactureModel
import FactureTestSupport
import Foundation

/// `facture chorus submit|status|structure`: Chorus Pro through PISTE, on the sandbox, production, any base
/// URL (a `facture simulator`), or an in-process simulator (`--simulator`).
///
/// Credentials come from the environment, never from arguments (which other users see in `ps`):
/// `FACTURE_PISTE_CLIENT_ID`, `FACTURE_PISTE_CLIENT_SECRET`, `FACTURE_CHORUS_LOGIN`,
/// `FACTURE_CHORUS_PASSWORD`; with `--simulator` or a simulator's URL, the simulator's test credentials
/// are the default.
struct ChorusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chorus",
        abstract: "Chorus Pro (PISTE): submit Factur-X invoices safely, follow their status, read structures.",
        subcommands: [ChorusSubmitCommand.self, ChorusStatusCommand.self, ChorusStructureCommand.self]
    )
}

/// Where Chorus Pro is and who we are.
struct ChorusConnectionOptions: ParsableArguments {
    @Option(name: .long, help: "sandbox or production (PISTE's own URLs). Ignored with --base-url or --simulator.")
    var environment = "sandbox"

    @Option(name: .long, help: "The Chorus Pro API base, ending in /cpro (a simulator: http://127.0.0.1:PORT/cpro).")
    var baseURL: String?

    @Option(name: .long, help: "The OAuth2 token endpoint. Default: BASE-URL's host + /api/oauth/token.")
    var tokenURL: String?

    @Flag(name: .long, help: "Run against an in-process Chorus Pro simulator (its state ends with the command).")
    var simulator = false

    /// Runs `body` with a client for the chosen Chorus Pro, starting the simulator first if asked.
    func withClient<Result: Sendable>(_ body: (ChorusProClient) async throws -> Result) async throws -> Result {
        if simulator {
            return try await withChorusProSimulator { _, endpoints in
                try await body(
                    ChorusProClient(
                        configuration: try configuration(
                            .custom(apiBaseURL: endpoints.apiBaseURL, tokenURL: endpoints.tokenURL)
                        )
                    )
                )
            }
        }
        return try await body(ChorusProClient(configuration: try configuration(try chosenEnvironment())))
    }

    private func chosenEnvironment() throws -> ChorusProClient.Configuration.Environment {
        if let baseURL {
            guard let api = URL(string: baseURL), let scheme = api.scheme, let host = api.host,
                scheme == "http" || scheme == "https"
            else { throw ValidationError("--base-url takes an http or https URL, not '\(baseURL)'") }
            let port = api.port.map { ":\($0)" } ?? ""
            let token = tokenURL ?? "\(scheme)://\(host)\(port)/api/oauth/token"
            guard let tokenEndpoint = URL(string: token) else { throw ValidationError("--token-url '\(token)'") }
            return .custom(apiBaseURL: api, tokenURL: tokenEndpoint)
        }
        switch environment {
        case "sandbox": return .sandbox
        case "production": return .production
        default: throw ValidationError("--environment is sandbox or production, not '\(environment)'")
        }
    }

    private func configuration(
        _ environment: ChorusProClient.Configuration.Environment
    ) throws -> ChorusProClient.Configuration {
        let variables = ProcessInfo.processInfo.environment
        let isLoopback = ["127.0.0.1", "localhost", "::1"].contains(environment.apiBaseURL.host ?? "")
        let fallback = simulator || isLoopback ? ChorusProSimulator.Credentials.default : nil
        func value(_ name: String, _ simulated: String?) throws -> String {
            // The in-process simulator knows only its own credentials, whatever the environment holds.
            if simulator, let simulated { return simulated }
            if let given = variables[name], !given.isEmpty { return given }
            if let simulated { return simulated }
            throw MissingCredential(variable: name)
        }
        return ChorusProClient.Configuration(
            environment: environment,
            clientID: try value("FACTURE_PISTE_CLIENT_ID", fallback?.clientID),
            clientSecret: Secret(try value("FACTURE_PISTE_CLIENT_SECRET", fallback?.clientSecret)),
            login: try value("FACTURE_CHORUS_LOGIN", fallback?.login),
            password: Secret(try value("FACTURE_CHORUS_PASSWORD", fallback?.password)),
            depositRecovery: simulator || isLoopback
                ? .init(searchAttempts: 3, searchInterval: .milliseconds(200)) : .init()
        )
    }
}

/// `facture chorus submit FILE... [--service-code C] [--commitment N]`: deposits Factur-X PDFs, checking the
/// buyer structure's requirements first and never depositing an invoice twice.
struct ChorusSubmitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Deposit Factur-X PDFs (IN_DP_E2_CII_FACTURX); prints the flux number and status of each."
    )

    @OptionGroup var connection: ChorusConnectionOptions

    @Option(name: .long, help: "The buyer's service code, written into the CII (BT-10) when given.")
    var serviceCode: String?

    @Option(name: .long, help: "The legal commitment number, written into the CII (BT-13) when given.")
    var commitment: String?

    @Flag(name: .long, help: "Print one JSON object per file.")
    var json = false

    @Argument(help: "Factur-X PDF files.")
    var files: [String]

    func run() async throws {
        let inputs = try files.map { path -> (String, [UInt8]) in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ValidationError("cannot read \(path)")
            }
            return (path, [UInt8](data))
        }
        let failures = try await connection.withClient { client in
            var failures = 0
            for (path, bytes) in inputs {
                do {
                    let submission = try await client.submit(
                        facturX: bytes,
                        fileName: URL(fileURLWithPath: path).lastPathComponent,
                        serviceCode: serviceCode,
                        commitmentNumber: commitment
                    )
                    var state = "unknown"
                    if let flux = submission.fluxNumber {
                        state = (try? await client.fluxReport(fluxNumber: flux).state.rawValue) ?? state
                    }
                    print(Self.line(path, submission, state: state, json: json))
                } catch {
                    failures += 1
                    FileHandle.standardError.write(Data("\(path): \(error)\n".utf8))
                }
            }
            return failures
        }
        if failures > 0 { throw ExitCode(1) }
    }

    static func line(_ path: String, _ submission: ChorusProSubmission, state: String, json: Bool) -> String {
        guard json else {
            return "\(path): invoice \(submission.invoiceNumber) → structure \(submission.structure.identifier), "
                + "flux \(submission.fluxNumber ?? "(found by search)"), \(state)"
                + (submission.recoveredBySearch ? ", outcome recovered by search" : "")
        }
        let object: [String: Any] = [
            "file": path, "invoice_number": submission.invoiceNumber, "structure": submission.structure.identifier,
            "flux_number": submission.fluxNumber ?? NSNull(), "flux_state": state,
            "recovered_by_search": submission.recoveredBySearch, "deposits_sent": submission.depositsSent,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

/// `facture chorus status (--flux N | --invoice NUMBER)`: a flux's state and errors, or an invoice's status
/// with its lifecycle status.
struct ChorusStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "A flux's state and rejection errors (--flux), or a supplier invoice's status (--invoice)."
    )

    @OptionGroup var connection: ChorusConnectionOptions

    @Option(name: .long, help: "The flux number (numeroFluxDepot).")
    var flux: String?

    @Option(name: .long, help: "The invoice number (BT-1).")
    var invoice: String?

    func validate() throws {
        guard (flux == nil) != (invoice == nil) else { throw ValidationError("give --flux or --invoice") }
    }

    func run() async throws {
        try await connection.withClient { client in
            if let flux {
                let report = try await client.detailedFluxReport(fluxNumber: flux)
                print("flux \(flux): \(report.state.rawValue)")
                for error in report.errors { print("  \(error.code ?? "-"): \(error.message)") }
                return
            }
            let found = try await client.searchSupplierInvoices(ChorusProSupplierInvoiceQuery(invoiceNumber: invoice))
            guard !found.invoices.isEmpty else {
                throw ValidationError("no invoice \(invoice ?? "") among the supplier's invoices")
            }
            for summary in found.invoices {
                let lifecycle = summary.status.lifecycleStatus.map { " (lifecycle \($0.rawValue))" } ?? ""
                print("invoice \(summary.invoiceNumber) [\(summary.invoiceID)]: \(summary.status.rawValue)\(lifecycle)")
            }
        }
    }
}

/// `facture chorus structure SIRET`: a public buyer's structure, what it requires and its services.
struct ChorusStructureCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "structure",
        abstract: "A buyer structure by SIRET: whether it requires a service code or commitment number, its services."
    )

    @OptionGroup var connection: ChorusConnectionOptions

    @Argument(help: "The structure's SIRET.")
    var siret: String

    func run() async throws {
        try await connection.withClient { client in
            guard let summary = try await client.searchStructures(siret: siret).first else {
                throw ValidationError("no Chorus Pro structure has SIRET \(siret)")
            }
            let structure = try await client.structure(structureID: summary.structureID)
            let requirements = structure.requirements
            print("\(siret): \(structure.name ?? summary.name ?? "") [\(summary.structureID)]")
            print("  service code required: \(requirements.serviceCodeRequired ? "yes" : "no")")
            print("  commitment number required: \(requirements.commitmentNumberRequired ? "yes" : "no")")
            if requirements.commitmentNumberOrServiceCodeRequired {
                print("  a service code or a commitment number required")
            }
            for service in try await client.services(structureID: summary.structureID) {
                let name = service.name.flatMap { $0 == service.code ? nil : " — \($0)" } ?? ""
                print("  service \(service.code)\(name)\(service.isActive ? "" : " (inactive)")")
            }
        }
    }
}

/// A credential the environment lacks; said without the usage text, since the command line was right.
struct MissingCredential: Error, CustomStringConvertible {
    /// The environment variable to set.
    var variable: String

    var description: String {
        "set \(variable) in the environment (PISTE application and Chorus Pro technical account credentials)"
    }
}
