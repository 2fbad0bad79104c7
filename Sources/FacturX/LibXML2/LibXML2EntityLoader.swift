// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureLibXML2
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The external entity loader FacturX installs in libxml2: local schema files only, no network.
///
/// libxml2 fetches every external resource (an `xs:import`/`xs:include` schema, a DTD, an
/// external entity) through one loader, which in 2.9 is **process-global**
/// (`xmlSetExternalEntityLoader`). Its default follows `http://` and `ftp://` URLs when a parser
/// lacks `XML_PARSE_NONET`, which libxml2's XSD compiler does. So FacturX installs this loader
/// once (idempotently, on first use) and decides per call:
///
/// - Inside a FacturX operation (``withAllowedDirectory(_:_:)``, bound as a task-local, so it
///   follows the calling thread or task and concurrent operations do not mix): only regular
///   files whose real path (symlinks and `..` resolved) lies under that operation's directory
///   are served; anything else — network URLs, other files, relative paths — is refused and
///   recorded, so the operation fails with a clear error instead of a silent skip.
/// - Outside FacturX (another library in the process using libxml2): network URLs (`http:`,
///   `https:`, `ftp:`, any other `scheme://` but `file://`) are refused; local paths go to the
///   loader that was installed before ours, so we do not break unrelated code.
enum LibXML2EntityLoader {
    /// What one FacturX operation may load, and what it was refused.
    final class Scope: Sendable {
        /// The real path of the directory files may be loaded from, without a trailing slash.
        let directory: String
        /// URLs or paths refused during the operation.
        let refused = Mutex<[String]>([])

        init(directory: String) {
            self.directory = directory
        }
    }

    @TaskLocal private static var currentScope: Scope?

    private static let previousLoader: xmlExternalEntityLoader? = {
        LibXML2Runtime.initialize()
        let previous = xmlGetExternalEntityLoader()
        xmlSetExternalEntityLoader { url, identifier, context in
            LibXML2EntityLoader.load(url, identifier, context)
        }
        return previous
    }()

    /// Installs the loader once; cheap after the first call.
    static func install() {
        _ = previousLoader
    }

    /// Runs `body` with external loads restricted to files under `scope.directory`.
    static func withScope<Result, Failure: Error>(
        _ scope: Scope,
        _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        install()
        let outcome: Swift.Result<Result, Failure> = $currentScope.withValue(scope) {
            do throws(Failure) {
                return .success(try body())
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    private static func load(
        _ url: UnsafePointer<CChar>?,
        _ identifier: UnsafePointer<CChar>?,
        _ context: xmlParserCtxtPtr?
    ) -> xmlParserInputPtr? {
        guard let url else { return nil }
        let requested = String(cString: url)
        if let scope = currentScope {
            guard let context, let path = localPath(requested), let real = realPath(path),
                real.hasPrefix(scope.directory + "/"), isRegularFile(real)
            else {
                scope.refused.withLock { $0.append(requested) }
                return nil
            }
            return real.withCString { xmlNewInputFromFile(context, $0) }
        }
        guard localPath(requested) != nil else { return nil }
        return previousLoader?(url, identifier, context)
    }

    /// The file-system path a URL names, or `nil` for a network (or any non-`file`) URL.
    static func localPath(_ url: String) -> String? {
        let lowered = url.lowercased()
        if lowered.hasPrefix("file://") {
            var path = String(url.dropFirst("file://".count))
            if path.lowercased().hasPrefix("localhost/") { path = String(path.dropFirst("localhost".count)) }
            guard path.hasPrefix("/") else { return nil }
            return percentDecoded(path)
        }
        if lowered.hasPrefix("file:") {
            let path = String(url.dropFirst("file:".count))
            return path.hasPrefix("/") ? percentDecoded(path) : nil
        }
        // Any other scheme (http:, https:, ftp:, …) is refused; so is anything relative.
        guard url.hasPrefix("/") else { return nil }
        return url
    }

    private static func percentDecoded(_ path: String) -> String? {
        guard path.contains("%") else { return path }
        var bytes: [UInt8] = []
        var iterator = path.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        guard !bytes.contains(0) else { return nil }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The canonical absolute path (symlinks and `..` resolved), or `nil` when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        return (status.st_mode & S_IFMT) == S_IFREG
    }

    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        return (status.st_mode & S_IFMT) == S_IFDIR
    }
}
