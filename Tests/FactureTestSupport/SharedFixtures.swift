// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import Foundation

/// Finds the official artefacts and corpora in `../shared`, beside the package checkout.
///
/// The repository never copies them: tests read them in place, so a missing `../shared` is a
/// broken checkout, reported by `SharedFixtures.root()` throwing.
public enum SharedFixtures {
    /// Why a fixture could not be found.
    public struct Missing: Error, CustomStringConvertible {
        /// What was looked for and where.
        public var description: String
    }

    /// The package root: three levels up from this file (`Tests/FactureTestSupport/…`).
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The `shared` folder: `FACTURE_SHARED` if set, else `../shared` beside the package root.
    public static func root() throws -> URL {
        if let override = ProcessInfo.processInfo.environment["FACTURE_SHARED"] {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        let candidate = packageRoot.deletingLastPathComponent().appendingPathComponent("shared", isDirectory: true)
        guard FileManager.default.fileExists(atPath: candidate.path) else {
            throw Missing(description: "no shared fixtures at \(candidate.path); set FACTURE_SHARED")
        }
        return candidate
    }

    /// A file or folder below `shared`, e.g. `url("conformance/samples/fr-ctc/akretion_factur-x-en16931.xml")`.
    public static func url(_ relativePath: String) throws -> URL {
        let url = try root().appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw Missing(description: "missing shared fixture \(relativePath) at \(url.path)")
        }
        return url
    }

    /// The bytes of a file below `shared`.
    public static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url(relativePath))
    }

    /// The files below a folder of `shared` whose names end with one of `extensions`, sorted.
    public static func files(in relativeFolder: String, withExtensions extensions: Set<String>) throws -> [URL] {
        let folder = try url(relativeFolder)
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        var found: [URL] = []
        for case let file as URL in enumerator where extensions.contains(file.pathExtension.lowercased()) {
            found.append(file)
        }
        return found.sorted { $0.path < $1.path }
    }
}
