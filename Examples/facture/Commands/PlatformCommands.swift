// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import FactureHTTP
import FactureModel
import FacturePlatform
import FactureTestSupport
import Foundation

/// `facture pa submit|search|lookup`: a certified platform (PA) through the AFNOR XP Z12-013 API, on any base
/// URL (a `facture simulator`) or an in-process simulator (`--simulator`).
///
/// Authentication comes from the environment: `FACTURE_PA_TOKEN` (a bearer token), or
/// `FACTURE_PA_CLIENT_ID` and `FACTURE_PA_CLIENT_SECRET` with `--token-url` (OAuth2 client credentials); with
/// `--simulator` or a simulator's URL, the simulator's token is the default.
struct PlatformCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pa",
        abstract: "A certified platform (XP Z12-013): submit invoices safely, search flows, look up the directory.",
        subcommands: [PlatformSubmitCommand.self, PlatformSearchCommand.self, PlatformLookupCommand.self]
    )
}

/// Where the platform is and how we authenticate.
struct PlatformConnectionOptions: ParsableArguments {
    @Option(name: .long, help: "The platform's root URL; the Flow and Directory services are under it.")
    var baseURL: String?

    @Option(name: .long, help: "The Flow Service root. Default: BASE-URL/flow-service.")
    var flowURL: String?

    @Option(name: .long, help: "The Directory Service root. Default: BASE-URL/directory-service.")
    var directoryURL: String?

    @Option(name: .long, help: "The OAuth2 token endpoint, with FACTURE_PA_CLIENT_ID and FACTURE_PA_CLIENT_SECRET.")
    var tokenURL: String?

    @Flag(name: .long, help: "Run against an in-process XP Z12-013 simulator (its state ends with the command).")
    var simulator = false

    /// Runs `body` with the root URL of the chosen platform, starting the simulator first if asked.
    func withRoot<Result: Sendable>(_ body: (URL) async throws -> Result) async throws -> Result {
        if simulator {
            return try await withPlatformSimulator { _, root in try await body(root) }
        }
        guard let baseURL, let root = URL(string: baseURL), root.scheme == "http" || root.scheme == "https" else {
            throw ValidationError("give --base-url URL (or --simulator)")
        }
        return try await body(root)
    }

    /// The configuration of one service (`flow-service` or `directory-service`) under `root`.
    func configuration(root: URL, service: String, explicit: String?) throws -> PlatformAPIConfiguration {
        guard let url = URL(string: explicit ?? root.absoluteString + "/" + service) else {
            throw ValidationError("'\(explicit ?? "")' is not a URL")
        }
        let variables = ProcessInfo.processInfo.environment
        let isLoopback = simulator || ["127.0.0.1", "localhost", "::1"].contains(root.host ?? "")
        let authentication: PlatformAPIConfiguration.Authentication
        if let token = variables["FACTURE_PA_TOKEN"], !token.isEmpty {
            authentication = .staticToken(Secret(token))
        } else if let tokenURL, let endpoint = URL(string: tokenURL),
            let clientID = variables["FACTURE_PA_CLIENT_ID"], let secret = variables["FACTURE_PA_CLIENT_SECRET"]
        {
            authentication = .oauth2ClientCredentials(
                tokenURL: endpoint,
                clientID: clientID,
                clientSecret: Secret(secret)
            )
        } else if isLoopback {
            authentication = .staticToken(Secret(PlatformSimulator.staticToken))
        } else {
            throw MissingCredential(variable: "FACTURE_PA_TOKEN (or FACTURE_PA_CLIENT_ID/SECRET with --token-url)")
        }
        return PlatformAPIConfiguration(baseURL: url, authentication: authentication)
    }
}

/// `facture pa submit FILE...`: submits invoices as flows; after an ambiguous failure the flow is searched by its
/// tracking id before anything is sent again.
struct PlatformSubmitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Submit invoice files (Factur-X PDF, CII or UBL XML) as flows; prints each flow id."
    )

    @OptionGroup var connection: PlatformConnectionOptions

    @Option(name: .long, help: "facturx, cii or ubl. Default: facturx for a PDF, cii for XML.")
    var syntax: String?

    @Argument(help: "The invoice files.")
    var files: [String]

    func run() async throws {
        let failures = try await connection.withRoot { root in
            let client = try FlowServiceClient(
                configuration: try connection.configuration(
                    root: root,
                    service: "flow-service",
                    explicit: connection.flowURL
                )
            )
            var failures = 0
            for path in files {
                do {
                    guard let data = FileManager.default.contents(atPath: path) else {
                        throw ValidationError("cannot read \(path)")
                    }
                    let bytes = [UInt8](data)
                    let flowSyntax = try Self.syntax(syntax, for: bytes)
                    let info = FlowInfo(flowSyntax: flowSyntax, name: URL(fileURLWithPath: path).lastPathComponent)
                    let submission = try await client.submit(file: bytes, info: info)
                    let flow = try? await client.flow(id: submission.flowID)
                    let ack = flow?.acknowledgement?.status.rawValue ?? "unknown"
                    print(
                        "\(path): flow \(submission.flowID), tracking \(submission.trackingID), acknowledgement \(ack)"
                            + (submission.wasRecovered ? ", outcome recovered by search" : "")
                    )
                } catch {
                    failures += 1
                    FileHandle.standardError.write(Data("\(path): \(error)\n".utf8))
                }
            }
            return failures
        }
        if failures > 0 { throw ExitCode(1) }
    }

    static func syntax(_ name: String?, for bytes: [UInt8]) throws -> FlowSyntax {
        switch name?.lowercased() {
        case nil: return bytes.starts(with: Array("%PDF".utf8)) ? .facturX : .cii
        case "facturx", "factur-x": return .facturX
        case "cii": return .cii
        case "ubl": return .ubl
        default: throw ValidationError("--syntax is facturx, cii or ubl, not '\(name ?? "")'")
        }
    }
}

/// `facture pa search [--updated-after DATE] [--tracking-id ID]`: the flows updated since a moment.
struct PlatformSearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "List flows updated after a moment (ISO 8601), or by tracking id."
    )

    @OptionGroup var connection: PlatformConnectionOptions

    @Option(name: .long, help: "ISO 8601 date-time, such as 2026-11-01T00:00:00Z. Default: every flow.")
    var updatedAfter: String?

    @Option(name: .long, help: "The sender's tracking id.")
    var trackingId: String?

    func run() async throws {
        var since = Date(timeIntervalSince1970: 0)
        if let updatedAfter {
            guard let parsed = ISO8601DateFormatter().date(from: updatedAfter) else {
                throw ValidationError("--updated-after takes an ISO 8601 date-time, not '\(updatedAfter)'")
            }
            since = parsed
        }
        let filters = trackingId.map { FlowSearchFilters(trackingID: $0) } ?? FlowSearchFilters(updatedAfter: since)
        try await connection.withRoot { root in
            let client = try FlowServiceClient(
                configuration: try connection.configuration(
                    root: root,
                    service: "flow-service",
                    explicit: connection.flowURL
                )
            )
            let found = try await client.search(filters)
            print("\(found.results.count) flow(s)")
            for flow in found.results {
                let fields = [
                    flow.flowID ?? "?", flow.trackingID.map { "tracking \($0)" }, flow.flowSyntax?.rawValue,
                    flow.flowDirection?.rawValue, flow.acknowledgement.map { "ack \($0.status.rawValue)" },
                    flow.updatedAt.map { "updated \(ISO8601DateFormatter().string(from: $0))" },
                ]
                print("  " + fields.compactMap { $0 }.joined(separator: "  "))
            }
        }
    }
}

/// `facture pa lookup SIREN|SIRET`: a company or facility in the directory, with its routing codes.
struct PlatformLookupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Look up a SIREN (9 digits) or SIRET (14 digits) in the directory, with its routing codes."
    )

    @OptionGroup var connection: PlatformConnectionOptions

    @Argument(help: "A SIREN or a SIRET.")
    var identifier: String

    func run() async throws {
        let digits = identifier.filter { !$0.isWhitespace }
        try await connection.withRoot { root in
            let client = try DirectoryServiceClient(
                configuration: try connection.configuration(
                    root: root,
                    service: "directory-service",
                    explicit: connection.directoryURL
                )
            )
            if digits.count == 9 {
                let company = try await client.company(siren: try SIREN(digits))
                print("SIREN \(company.siren ?? digits): \(company.businessName ?? "")")
                for facility in try await client.facilities(ofSIREN: try SIREN(digits)).results {
                    print("  SIRET \(facility.siret ?? "?") \(facility.name ?? "")")
                }
                for line in try await client.directoryLines(ofSIREN: try SIREN(digits)).results {
                    print(
                        "  addressing \(line.addressingIdentifier ?? "?") via platform \(line.platform?.platformType ?? "?")"
                    )
                }
            } else {
                let siret = try SIRET(digits)
                let facility = try await client.facility(siret: siret)
                print("SIRET \(facility.siret ?? digits): \(facility.name ?? "") (SIREN \(facility.siren ?? "?"))")
                for code in try await client.routingCodes(ofSIRET: siret).results {
                    print("  routing code \(code.routingIdentifier ?? "?") \(code.routingCodeName ?? "")")
                }
            }
        }
    }
}
