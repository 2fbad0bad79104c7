// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if PostgreSQL
import FactureArchive
import PostgresNIO

/// A checked PostgreSQL schema name, quoted for SQL text. Names are `[a-z_][a-z0-9_]*`, at most
/// 63 bytes (PostgreSQL's identifier limit), so quoting cannot be escaped and the name folds to itself.
struct PostgresSchemaName: Sendable {
    let name: String

    init(_ name: String) throws(FactureArchiveError) {
        let bytes = Array(name.utf8)
        let valid =
            (1...63).contains(bytes.count)
            && bytes.enumerated().allSatisfy { index, byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "_"): true
                case UInt8(ascii: "0")...UInt8(ascii: "9"): index > 0
                default: false
                }
            }
        guard valid, !name.hasPrefix("pg_") else {
            throw FactureArchiveError(
                code: .storageFailure,
                message:
                    "'\(name)' is no schema name for the archive (1 to 63 of a-z 0-9 _, not starting with a digit or pg_)"
            )
        }
        self.name = name
    }

    /// `"schema"."table"`.
    func table(_ table: String) -> String { "\"\(name)\".\"\(table)\"" }

    /// Creates the schema unless it exists, then runs `statements`, in one transaction serialised
    /// (per schema) against other `prepare()` calls, so two processes preparing at once do not race
    /// on the catalog.
    func prepare(
        _ statements: [String],
        client: PostgresClient,
        logger: Logger
    ) async throws(FactureArchiveError) {
        let name = name
        try await mapErrors("prepare schema \(name)") {
            try await client.withTransaction(logger: logger) { connection in
                try await connection.query(
                    "SELECT pg_advisory_xact_lock(\(Self.lockNamespace), hashtext(\(name)))",
                    logger: logger
                )
                // Checked first: CREATE SCHEMA IF NOT EXISTS needs the CREATE privilege on the
                // database even when the schema exists (a schema made beforehand by an administrator).
                let rows = try await connection.query(
                    "SELECT 1 FROM pg_namespace WHERE nspname = \(name)",
                    logger: logger
                ).collect()
                if rows.isEmpty {
                    try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \"\(name)\""), logger: logger)
                }
                for statement in statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
            }
        }
    }

    /// The first key of the advisory locks FactureKit takes (`FKA1`), the second being per schema.
    static let lockNamespace: Int32 = 0x464B_4131
}

/// Runs `work`, turning whatever it throws into a ``FactureArchiveError``: an archive error (one
/// thrown by the work itself, also from inside a transaction) stays as it is, anything else is a
/// `storageFailure` naming `action` and PostgreSQL's reason.
@discardableResult
func mapErrors<Value>(
    _ action: @autoclosure () -> String,
    _ work: () async throws -> sending Value
) async throws(FactureArchiveError) -> sending Value {
    do {
        return try await work()
    } catch {
        throw archiveError(error, action())
    }
}

/// The archive error for `error`, raised while doing `action`.
func archiveError(_ error: any Error, _ action: String) -> FactureArchiveError {
    switch error {
    case let error as FactureArchiveError:
        return error
    case let error as PostgresTransactionError:
        if let closure = error.closureError as? FactureArchiveError {
            // The transaction was rolled back (or its connection dropped, which also rolls it back).
            return closure
        }
        var parts: [String] = []
        if let begin = error.beginError { parts.append("begin: " + reason(begin)) }
        if let closure = error.closureError { parts.append(reason(closure)) }
        if let rollback = error.rollbackError { parts.append("rollback: " + reason(rollback)) }
        if let commit = error.commitError { parts.append("commit (outcome unknown): " + reason(commit)) }
        return FactureArchiveError(
            code: .storageFailure,
            message: "could not \(action): \(parts.isEmpty ? "transaction failed" : parts.joined(separator: "; "))"
        )
    default:
        return FactureArchiveError(code: .storageFailure, message: "could not \(action): \(reason(error))")
    }
}

/// A reason that names PostgreSQL's error without the query's bound values or the connection's
/// credentials: `PSQLError`'s own description hides everything, its debug description shows binds.
private func reason(_ error: any Error) -> String {
    switch error {
    case let error as PSQLError:
        var text = error.code.description
        if let server = error.serverInfo {
            if let message = server[.message] { text += ": " + message }
            if let state = server[.sqlState] { text += " (SQLSTATE \(state))" }
        } else if let underlying = error.underlying {
            text += ": " + String(describing: underlying)
        }
        return text
    case let error as PostgresDecodingError:
        return "column \(error.columnName) is not \(error.targetType): \(error.code)"
    case let error as FactureArchiveError:
        return error.description
    default:
        // Pool and channel errors (circuit breaker tripped, connection reset): no credentials in them.
        return String(describing: error)
    }
}

extension ByteBuffer {
    /// The readable bytes.
    var bytes: [UInt8] { Array(readableBytesView) }
}

extension Int64 {
    /// `value` as a BIGINT, saturating at `Int64.max` (a range bound past every stored sequence).
    init(saturating value: UInt64) { self = value > UInt64(Int64.max) ? .max : Int64(value) }
}

/// A blob address from 32 stored bytes, `nil` for another length.
func blobDigest(stored bytes: [UInt8]) -> BlobDigest? {
    guard bytes.count == 32 else { return nil }
    let digits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = []
    hex.reserveCapacity(64)
    for byte in bytes {
        hex.append(digits[Int(byte >> 4)])
        hex.append(digits[Int(byte & 0x0F)])
    }
    return try? BlobDigest(hex: String(decoding: hex, as: UTF8.self))
}
#endif
