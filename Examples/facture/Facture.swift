// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `facture` command-line tool: FactureKit's main jobs for scripts and people.
@main
struct Facture: AsyncParsableCommand {
    /// Restarts the process with `OMP_THREAD_LIMIT=1` unless it already has a value: Tesseract's
    /// OpenMP build otherwise spreads each page over every core, several times slower when pages
    /// are read in parallel, and OpenMP reads the variable only when the library loads.
    static func main() async {
        if getenv("OMP_THREAD_LIMIT") == nil {
            setenv("OMP_THREAD_LIMIT", "1", 1)
            execv("/proc/self/exe", CommandLine.unsafeArgv)
            // No /proc (not Linux): carry on; the limit then applies to child processes only.
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "facture",
        abstract: "French electronic invoicing: Factur-X, validation, archive, banking, Chorus Pro, platforms.",
        version: FactureVersion.current,
        subcommands: [
            DemoCommand.self,
            ExtractCommand.self,
            ConvertCommand.self,
            RenderCommand.self,
            ValidateCommand.self,
            IDCommand.self,
            SealCommand.self,
            VerifyCommand.self,
            ArchiveCommand.self,
            BankCommand.self,
            ChorusCommand.self,
            PlatformCommand.self,
            SimulatorCommand.self,
        ]
    )
}

/// The tool's version, printed by `facture --version`.
enum FactureVersion {
    static let current = "0.1.0"
}
