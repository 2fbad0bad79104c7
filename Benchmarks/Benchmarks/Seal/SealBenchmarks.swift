// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Benchmark
import FactureSeal
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `openssl speed -seconds 3 ecdsap256` run once in this process's run: ECDSA P-256 signs and
/// verifies per second on one core, the ceiling for a B-B seal (which adds CMS encoding, two
/// SHA-256 digests and the signed attributes around one signature).
let opensslSpeed: (sign: Double, verify: Double)? = {
    let output = runUnblocked(["openssl", "speed", "-seconds", "3", "ecdsap256"])
    // The summary line: " 256 bits ecdsa (nistp256)   0.0000s   0.0001s  51700.0  16900.0"
    for line in output.split(separator: "\n") where line.contains("ecdsa (nistp256)") {
        let numbers = line.split(separator: " ").compactMap { Double($0) }
        if numbers.count >= 3 { return (numbers[numbers.count - 2], numbers[numbers.count - 1]) }
    }
    return nil
}()

/// Runs a command found on PATH with an empty signal mask and returns its standard output.
///
/// Not `Process`: the benchmark's threads block SIGALRM, a child inherits the mask, and
/// `openssl speed` times its runs with `alarm()`, so it would never stop.
func runUnblocked(_ arguments: [String]) -> String {
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { return "" }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGALRM)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid = pid_t()
    let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ)
    close(pipeEnds[1])
    defer { close(pipeEnds[0]) }
    guard spawned == 0 else { return "" }
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = read(pipeEnds[0], &buffer, buffer.count)
        if count <= 0 { break }
        output += buffer[0..<count]
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return String(decoding: output, as: UTF8.self)
}

/// A 30 KB invoice-sized payload.
let payload: [UInt8] = (0..<30_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }

/// A 1 KB payload (a CII XML of a few lines), where the seal's own cost dominates hashing.
let smallPayload = Array(payload.prefix(1_000))

struct SealFixture {
    let root: SealingIdentity
    let sealer: Sealer
    let rsaSealer: Sealer
    let authority: LocalTimestampAuthority
    let verifier: SealVerifier
    let basic: Seal
    let timestamped: Seal

    init() async throws {
        root = try SealingIdentity.generate(.init(commonName: "Benchmark Root", usage: .certificateAuthority))
        sealer = Sealer(identity: try SealingIdentity.generate(.init(commonName: "Benchmark Seal"), issuedBy: root))
        rsaSealer = Sealer(
            identity: try SealingIdentity.generate(
                .init(commonName: "Benchmark RSA Seal", keyAlgorithm: .rsa2048),
                issuedBy: root
            )
        )
        authority = LocalTimestampAuthority(
            identity: try SealingIdentity.generate(
                .init(commonName: "Benchmark TSA", usage: .timeStamping),
                issuedBy: root
            )
        )
        verifier = SealVerifier(trustAnchors: [root.certificate])
        basic = try sealer.seal(payload)
        timestamped = try await sealer.seal(payload, timestampAuthority: authority)
    }
}

let perSecond = BenchmarkMetric.custom("per second (3 s loop)", polarity: .prefersLarger, useScalingFactor: false)
let percentOfOpenSSL = BenchmarkMetric.custom(
    "% of openssl speed sign/s",
    polarity: .prefersLarger,
    useScalingFactor: false
)
let opensslSign = BenchmarkMetric.custom("openssl sign/s", polarity: .prefersLarger, useScalingFactor: false)
let opensslVerify = BenchmarkMetric.custom("openssl verify/s", polarity: .prefersLarger, useScalingFactor: false)

/// Runs `body` for three seconds and returns how many times per second it ran.
func ratePerSecond(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    var count = 0
    while clock.now - start < .seconds(3) {
        try body()
        count += 1
    }
    let elapsed = clock.now - start
    return Double(count) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
}

let benchmarks: @Sendable () -> Void = {
    let once = Benchmark.Configuration(
        metrics: [.wallClock, perSecond, percentOfOpenSSL, opensslSign, opensslVerify],
        warmupIterations: 0,
        maxDuration: .seconds(30),
        maxIterations: 1
    )

    Benchmark("openssl speed -seconds 3 ecdsap256 (baseline, one core)", configuration: once) { benchmark in
        guard let speed = opensslSpeed else { return }
        benchmark.measurement(opensslSign, Int(speed.sign))
        benchmark.measurement(opensslVerify, Int(speed.verify))
    }

    for (name, bytes) in [("1 KB", smallPayload), ("30 KB", payload)] {
        Benchmark("Seal B-B, ECDSA P-256, \(name), seals/s over 3 s (FactureKit, one core)", configuration: once) {
            benchmark in
            let fixture = try await SealFixture()
            let rate = try ratePerSecond { blackHole(try fixture.sealer.seal(bytes)) }
            benchmark.measurement(perSecond, Int(rate))
            if let speed = opensslSpeed { benchmark.measurement(percentOfOpenSSL, Int(100 * rate / speed.sign)) }
        }
    }

    Benchmark("Verify B-B seal, 30 KB, verifications/s over 3 s (FactureKit)", configuration: once) { benchmark in
        let fixture = try await SealFixture()
        let rate = try ratePerSecond {
            blackHole(try fixture.verifier.verify(fixture.basic, content: payload).isValid)
        }
        benchmark.measurement(perSecond, Int(rate))
    }

    Benchmark("Verify B-T seal, 30 KB, verifications/s over 3 s (FactureKit)", configuration: once) { benchmark in
        let fixture = try await SealFixture()
        let rate = try ratePerSecond {
            blackHole(try fixture.verifier.verify(fixture.timestamped, content: payload).isValid)
        }
        benchmark.measurement(perSecond, Int(rate))
    }

    let perOperation = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal, .throughput],
        maxDuration: .seconds(3),
        maxIterations: 10_000
    )

    Benchmark("Seal B-B, ECDSA P-256, 30 KB (FactureKit)", configuration: perOperation) { benchmark in
        let fixture = try await SealFixture()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try fixture.sealer.seal(payload)) }
    }

    Benchmark("Seal B-B, RSA 2048, 30 KB (FactureKit)", configuration: perOperation) { benchmark in
        let fixture = try await SealFixture()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try fixture.rsaSealer.seal(payload)) }
    }

    Benchmark("Seal B-T, ECDSA P-256, local TSA in process, 30 KB (FactureKit)", configuration: perOperation) {
        benchmark in
        let fixture = try await SealFixture()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try await fixture.sealer.seal(payload, timestampAuthority: fixture.authority))
        }
    }

    Benchmark("Verify B-T seal, 30 KB (FactureKit)", configuration: perOperation) { benchmark in
        let fixture = try await SealFixture()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try fixture.verifier.verify(fixture.timestamped, content: payload).isValid)
        }
    }
}
