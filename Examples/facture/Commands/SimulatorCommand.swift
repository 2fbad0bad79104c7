// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import FactureTestSupport
import Foundation
import HTTPTypes

/// `facture simulator [--port N]`: the Chorus Pro and certified-platform (XP Z12-013) simulators on one
/// loopback port, until interrupted, so that `facture chorus … --base-url` and `facture pa … --base-url` can
/// be tried, and scripted, without PISTE or a platform account.
struct SimulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulator",
        abstract: "Serve the Chorus Pro and XP Z12-013 simulators on 127.0.0.1 until interrupted."
    )

    @Option(name: .long, help: "The port (0: any free one).")
    var port = 8931

    func run() async throws {
        let chorus = ChorusProSimulator()
        let platform = PlatformSimulator()
        try await withLoopbackHTTPServer(
            port: port,
            handler: { request, body in
                let path = request.path ?? "/"
                if path.hasPrefix("/cpro/") || path.hasPrefix("/api/oauth/") {
                    return await chorus.handle(request, body)
                }
                return await platform.handle(request, body)
            }
        ) { server in
            let credentials = ChorusProSimulator.Credentials.default
            // Written unbuffered, so that a script reading the first lines sees them at once.
            FileHandle.standardOutput.write(
                Data(
                    """
                    Chorus Pro   --base-url \(server.baseURL)/cpro   (token \(server.baseURL)/api/oauth/token)
                                 PISTE client \(credentials.clientID), technical account \(credentials.login)
                    XP Z12-013   --base-url \(server.baseURL)   (flow \(server.baseURL)\(PlatformSimulator.flowServicePath), \
                    directory \(server.baseURL)\(PlatformSimulator.directoryServicePath))
                    Ctrl-C stops.

                    """.utf8
                )
            )
            while !Task.isCancelled { try await Task.sleep(for: .seconds(3600)) }
        }
    }
}
