// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if PostgreSQL
import Foundation
import PostgresNIO
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A private PostgreSQL server for one run of the suite: `initdb` in a temporary directory, then
/// `pg_ctl start` on a free loopback port with its socket in that directory and trust
/// authentication. As root (CI) the server runs as the `postgres` user, since `initdb` refuses root.
///
/// The binaries come from the `postgresql` package (`scripts/install-dependencies.sh --tests`):
/// `/usr/lib/postgresql/*/bin`, newest first, then `PATH`.
final class TestPostgresServer: Sendable {
    /// What runs the binaries: where they are and as whom.
    struct Binaries: Sendable {
        var directory: String
        /// `runuser -u postgres --` as root, nothing otherwise.
        var prefix: [String]
        /// The owner of the server's files: postgres's uid and gid as root, nil otherwise.
        var owner: (uid: uid_t, gid: gid_t)?
    }

    let root: String
    let port: Int
    private let binaries: Binaries

    /// Found binaries, or why the suite cannot run a server (said loudly once).
    static let lookup: Result<Binaries, Unavailable> = {
        let result = findBinaries()
        if case .failure(let reason) = result {
            let line = String(repeating: "!", count: 100)
            print("\(line)\nSKIPPING FactureStorePostgresTests: \(reason.description)\n\(line)")
        }
        return result
    }()

    /// Why no server can run here.
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    /// Why a server did not start.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The server the running suite shares (set by ``Scope``).
    @TaskLocal static var current: TestPostgresServer?

    private init(root: String, port: Int, binaries: Binaries) {
        self.root = root
        self.port = port
        self.binaries = binaries
    }

    /// Client settings for the server: TCP on 127.0.0.1, user `postgres`, no password, no TLS.
    var configuration: PostgresClient.Configuration {
        var configuration = PostgresClient.Configuration(
            host: "127.0.0.1",
            port: port,
            username: "postgres",
            password: nil,
            database: "postgres",
            tls: .disable
        )
        // Tests run in parallel, each with its clients: keep well under max_connections.
        configuration.options.maximumConnections = 8
        return configuration
    }

    /// A logger for the clients' background work that reports errors only: closing a client
    /// while it connects is no news.
    static var quietLogger: Logger {
        var logger = Logger(label: "FactureStorePostgresTests")
        logger.logLevel = .error
        return logger
    }

    /// Runs `body` with a new client of the server, running for the call's duration.
    func withClient<Value: Sendable>(
        _ body: @Sendable (PostgresClient) async throws -> Value
    ) async throws -> Value {
        let client = PostgresClient(configuration: configuration, backgroundLogger: Self.quietLogger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            return try await body(client)
        }
    }

    /// Initialises and starts a server; a port taken between choosing and binding is tried again.
    static func start() throws -> TestPostgresServer {
        let binaries = try lookup.get()
        var template = Array("/tmp/facture-pg-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw Failure(description: "mkdtemp: \(String(cString: strerror(errno)))")
        }
        let root = String(cString: made)
        do {
            if let owner = binaries.owner, chown(root, owner.uid, owner.gid) != 0 {
                throw Failure(description: "chown \(root): \(String(cString: strerror(errno)))")
            }
            try run(
                binaries,
                "initdb",
                ["-D", root + "/data", "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"],
                in: root
            )
            var lastError: (any Error)?
            for _ in 0..<5 {
                let port = try freePort()
                let options = [
                    "-p \(port)", "-k \(root)", "-c listen_addresses=127.0.0.1", "-c max_connections=200",
                    // A throwaway server: durability is not what these tests check.
                    "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
                ]
                do {
                    try run(
                        binaries,
                        "pg_ctl",
                        [
                            "-D", root + "/data", "-l", root + "/server.log", "-w", "-t", "60", "-o",
                            options.joined(separator: " "), "start",
                        ],
                        in: root
                    )
                    return TestPostgresServer(root: root, port: port, binaries: binaries)
                } catch {
                    lastError = error
                }
            }
            throw lastError ?? Failure(description: "the server did not start")
        } catch {
            try? FileManager.default.removeItem(atPath: root)
            throw error
        }
    }

    /// Stops the server (fast shutdown) and removes its directory.
    func stop() {
        try? Self.run(binaries, "pg_ctl", ["-D", root + "/data", "-m", "fast", "-w", "stop"], in: root)
        try? FileManager.default.removeItem(atPath: root)
    }

    // MARK: - Processes

    private static func findBinaries() -> Result<Binaries, Unavailable> {
        var directories: [String] = []
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        for version in versions.sorted(by: { (Int($0) ?? 0) > (Int($1) ?? 0) }) {
            directories.append("/usr/lib/postgresql/\(version)/bin")
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        directories += path.split(separator: ":").map(String.init)
        guard
            let directory = directories.first(where: { directory in
                ["initdb", "pg_ctl"].allSatisfy { FileManager.default.isExecutableFile(atPath: directory + "/" + $0) }
            })
        else {
            return .failure(
                Unavailable(
                    description: "no initdb and pg_ctl in /usr/lib/postgresql/*/bin or PATH "
                        + "(install them: scripts/install-dependencies.sh --tests)"
                )
            )
        }
        guard geteuid() == 0 else { return .success(Binaries(directory: directory, prefix: [], owner: nil)) }
        guard let user = getpwnam("postgres") else {
            return .failure(
                Unavailable(description: "running as root and there is no postgres user to run the server as")
            )
        }
        guard FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser") else {
            return .failure(
                Unavailable(
                    description: "running as root and there is no /usr/sbin/runuser to run the server as postgres"
                )
            )
        }
        return .success(
            Binaries(
                directory: directory,
                prefix: ["/usr/sbin/runuser", "-u", "postgres", "--"],
                owner: (user.pointee.pw_uid, user.pointee.pw_gid)
            )
        )
    }

    /// Runs a server binary, its output to a file of `directory`, and waits for it; a non-zero exit
    /// throws with that output. posix_spawn and waitpid, not Foundation's `Process`: `pg_ctl start`
    /// leaves the server running as its child, and `Process` would wait for that server too.
    private static func run(_ binaries: Binaries, _ tool: String, _ arguments: [String], in directory: String) throws {
        // env -C: started in the server's directory, which the postgres user can enter.
        let command =
            ["/usr/bin/env", "-C", directory] + binaries.prefix + [binaries.directory + "/" + tool] + arguments
        let outputPath = directory + "/\(tool).out"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, command[0], &actions, nil, &argv, environ)
        guard spawned == 0 else {
            throw Failure(description: "could not run \(command[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(description: "waitpid: \(String(cString: strerror(errno)))") }
        }
        // WIFEXITED and WEXITSTATUS, spelled out: the C macros are not imported.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
            let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            let log = (try? String(contentsOfFile: directory + "/server.log", encoding: .utf8)) ?? ""
            throw Failure(
                description:
                    "\(command.joined(separator: " ")) failed (wait status \(status)):\n\(text)\n\(log.suffix(2000))"
            )
        }
    }

    /// A loopback port nothing listens on now (the kernel's choice for port 0).
    private static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else { throw Failure(description: "bind: \(String(cString: strerror(errno)))") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard named == 0 else { throw Failure(description: "getsockname: \(String(cString: strerror(errno)))") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// The suite trait that starts one server around the whole suite and stops it afterwards.
    struct Scope: SuiteTrait, TestScoping {
        func provideScope(
            for test: Test,
            testCase: Test.Case?,
            performing function: @concurrent @Sendable () async throws -> Void
        ) async throws {
            // initdb and pg_ctl are waited for off the cooperative pool, which other suites share.
            let server = try await Self.offPool { try TestPostgresServer.start() }
            defer { server.stop() }
            try await TestPostgresServer.$current.withValue(server) { try await function() }
        }

        private static func offPool<Value: Sendable>(
            _ work: @escaping @Sendable () throws -> Value
        ) async throws -> Value {
            try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global().async { continuation.resume(with: Result(catching: work)) }
            }
        }
    }
}

extension Trait where Self == TestPostgresServer.Scope {
    /// One private PostgreSQL server for the suite, started before its tests and stopped after them.
    static var postgresServer: Self { Self() }
}
#endif
