// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureLibXML2

/// Process-wide libxml2 set-up and the per-call diagnostics capture every libxml2 call goes through.
///
/// Concurrency model (libxml2 2.9.14):
/// - `xmlInitParser()` runs once, lazily, through a Swift `static let` (thread-safe `swift_once`).
/// - Diagnostics: libxml2 2.9 keeps the structured and generic error handlers **per thread**
///   (`__xmlStructuredError()` and friends in `globals.c`). ``withDiagnostics(_:)`` installs a
///   collector on the current thread, runs a synchronous body (no suspension point, so the body
///   stays on that thread) and restores the previous handlers. A parser additionally routes its
///   own errors through its context's `sax->serror`, which is per parse. Concurrent parses on
///   other threads never see each other's handlers, and nothing is printed to stderr.
/// - The external entity loader is process-global in 2.9; see `LibXML2EntityLoader`.
enum LibXML2Runtime {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Initialises libxml2 once; cheap after the first call.
    static func initialize() {
        _ = initialized
    }

    /// Runs `body` with every libxml2 diagnostic raised on this thread collected in `collector`.
    static func withDiagnostics<Result, Failure: Error>(
        _ collector: LibXML2Diagnostics,
        _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        initialize()
        let previous = cfacture_captureErrors(
            { context, error in
                guard let context, let error else { return }
                Unmanaged<LibXML2Diagnostics>.fromOpaque(context).takeUnretainedValue().record(error)
            },
            Unmanaged.passUnretained(collector).toOpaque()
        )
        defer { cfacture_restoreErrorHandlers(previous) }
        return try withExtendedLifetime(collector) { () throws(Failure) -> Result in try body() }
    }
}

/// libxml2 diagnostics collected during one operation, as plain values.
final class LibXML2Diagnostics {
    /// One libxml2 diagnostic.
    struct Diagnostic: Sendable, Hashable {
        /// `XML_ERR_WARNING` (1), `XML_ERR_ERROR` (2) or `XML_ERR_FATAL` (3).
        var level: Int
        /// The `xmlParserErrors` / schema error code.
        var code: Int
        /// The `xmlErrorDomain`.
        var domain: Int
        /// The message, without its trailing newline.
        var message: String
        /// The 1-based line, 0 when unknown.
        var line: Int
        /// The 1-based column, 0 when unknown.
        var column: Int
        /// The file or URL the diagnostic is about, if any.
        var file: String?

        var isError: Bool { level >= Int(XML_ERR_ERROR.rawValue) }

        /// `line:column`, `line`, or `nil`.
        var location: String? {
            guard line > 0 else { return nil }
            return column > 0 ? "\(line):\(column)" : "\(line)"
        }
    }

    /// Keep at most this many diagnostics (a broken document can raise one per byte).
    let capacity: Int
    private(set) var diagnostics: [Diagnostic] = []
    /// How many diagnostics were dropped once ``capacity`` was reached.
    private(set) var droppedCount = 0

    init(capacity: Int = 1000) {
        self.capacity = capacity
    }

    var firstError: Diagnostic? { diagnostics.first(where: \.isError) }

    func record(_ error: UnsafePointer<xmlError>) {
        guard diagnostics.count < capacity else {
            droppedCount += 1
            return
        }
        let raw = error.pointee
        var message = raw.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        while let last = message.last, last.isNewline || last == " " { message.removeLast() }
        diagnostics.append(
            Diagnostic(
                level: Int(raw.level.rawValue),
                code: Int(raw.code),
                domain: Int(raw.domain),
                message: message,
                line: Int(raw.line),
                column: Int(raw.int2),
                file: raw.file.map { String(cString: $0) }
            )
        )
    }
}
