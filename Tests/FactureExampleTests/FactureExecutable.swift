// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Foundation

/// Runs the built `facture` executable, found next to the test bundle as
/// swift-argument-parser's example tests do.
enum FactureExecutable {
    /// The directory holding the build products (`.build/debug` and friends).
    static var productsDirectory: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        #endif
        let bundleURL = Bundle.main.bundleURL
        return bundleURL.lastPathComponent.hasSuffix("xctest") ? bundleURL.deletingLastPathComponent() : bundleURL
    }

    static var url: URL { productsDirectory.appendingPathComponent("facture") }

    /// Runs `facture` with `arguments`; returns its standard output, standard error and
    /// exit status.
    static func run(_ arguments: [String]) throws -> (stdout: String, stderr: String, status: Int32) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // The outputs are small (well under a pipe's buffer), so reading one after the other
        // cannot block the child.
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        let errorData = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self),
            process.terminationStatus
        )
    }
}
