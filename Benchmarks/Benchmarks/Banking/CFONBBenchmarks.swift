// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Benchmark
import FactureBanking
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The CFONB 120 dev sample (20 balanced statements, 300 movements), `shared/banking/sample`.
private let cfonbSample: [UInt8] = {
    let root =
        ProcessInfo.processInfo.environment["FACTURE_SHARED"]
        ?? URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared").path
    return (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: root + "/banking/sample/statement.cfonb")))) ?? []
}()

/// Writes the dev sample `copies` times into a temporary file (statements repeated whole, so every
/// one stays balanced; movement ordinals keep counting) and returns its path and size.
private func cfonbLargeFile(copies: Int, name: String) -> (path: String, bytes: Int)? {
    guard !cfonbSample.isEmpty else { return nil }
    let path = cfonbTemporaryPath(name)
    guard let handle = fopen(path, "wb") else { return nil }
    defer { fclose(handle) }
    for _ in 0..<copies {
        _ = cfonbSample.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
    }
    return (path, copies * cfonbSample.count)
}

/// Where the generated file `name` goes (removed when the process exits).
private func cfonbTemporaryPath(_ name: String) -> String {
    NSTemporaryDirectory() + "facturekit-cfonb-\(name)-\(getpid()).cfonb"
}

/// ~100 MB: the dev sample (135 KB) 740 times, 222 000 movements in 14 800 statements.
private let cfonbBigFile = cfonbLargeFile(copies: 740, name: "100MB")

/// ~4 MB for python-cfonb, which runs at a few MB/s.
private let cfonbPythonFile = cfonbLargeFile(copies: 30, name: "4MB")

private let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
private let fileMegabytes = BenchmarkMetric.custom("file MB", polarity: .prefersSmaller, useScalingFactor: false)
private let movementsPerSecond = BenchmarkMetric.custom(
    "movements/s",
    polarity: .prefersLarger,
    useScalingFactor: false
)

/// Times `body` once and returns MB/s for `bytes`.
private func cfonbRate(bytes: Int, _ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try body()
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return Double(bytes) / 1_000_000 / max(seconds, 1e-9)
}

/// Reads the file with POSIX `read` in 1 MiB chunks and does nothing else (the I/O ceiling).
private func cfonbRawRead(_ path: String) -> Int {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return 0 }
    defer { close(descriptor) }
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
    defer { buffer.deallocate() }
    var total = 0
    var checksum: UInt8 = 0
    while true {
        let count = read(descriptor, buffer.baseAddress, buffer.count)
        if count <= 0 { break }
        total += count
        checksum &+= buffer[count - 1]
    }
    blackHole(checksum)
    return total
}

/// python-cfonb's `StatementReader().parse` on `path`: seconds, or `nil` when `import cfonb` fails.
private func pythonCFONBSeconds(_ path: String) -> Double? {
    let script = """
        import io, sys, time
        from cfonb.parser.statement import StatementReader
        data = open(sys.argv[1], encoding='latin-1').read()
        start = time.perf_counter()
        StatementReader().parse(io.StringIO(data))
        print(time.perf_counter() - start)
        """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return Double(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
}

/// CFONB 120 parsing of a ~100 MB statement file beside the raw read of the same file and
/// python-cfonb (published baseline, 2.75 MB/s announced) on a 4 MB file.
func cfonbBenchmarks() {
    atexit {
        unlink(cfonbTemporaryPath("100MB"))
        unlink(cfonbTemporaryPath("4MB"))
    }
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .peakMemoryResident, megabytesPerSecond, movementsPerSecond, fileMegabytes],
        warmupIterations: 0,
        maxDuration: .seconds(60),
        maxIterations: 3
    )

    Benchmark("CFONB 120 raw read of the 100 MB file, 1 MiB chunks (baseline)", configuration: configuration) {
        benchmark in
        guard let file = cfonbBigFile else { return }
        var total = 0
        let rate = cfonbRate(bytes: file.bytes) { total = cfonbRawRead(file.path) }
        blackHole(total)
        benchmark.measurement(megabytesPerSecond, Int(rate))
        benchmark.measurement(fileMegabytes, file.bytes / 1_000_000)
    }

    Benchmark("CFONB 120 parse 100 MB file, events, constant memory (FactureKit)", configuration: configuration) {
        benchmark in
        guard let file = cfonbBigFile else { return }
        var movements = 0
        let rate = try cfonbRate(bytes: file.bytes) {
            try CFONB120Reader().forEachEvent(atPath: file.path) { event in
                if case .movement = event { movements += 1 }
            }
        }
        benchmark.measurement(megabytesPerSecond, Int(rate))
        benchmark.measurement(movementsPerSecond, Int(rate * Double(movements) / Double(file.bytes) * 1_000_000))
        benchmark.measurement(fileMegabytes, file.bytes / 1_000_000)
    }

    Benchmark("CFONB 120 parse 100 MB file, one statement at a time (FactureKit)", configuration: configuration) {
        benchmark in
        guard let file = cfonbBigFile else { return }
        var statements = 0
        let rate = try cfonbRate(bytes: file.bytes) {
            try CFONB120Reader().forEachStatement(atPath: file.path) { _ in statements += 1 }
        }
        blackHole(statements)
        benchmark.measurement(megabytesPerSecond, Int(rate))
        benchmark.measurement(fileMegabytes, file.bytes / 1_000_000)
    }

    Benchmark(
        "python-cfonb 2.13 StatementReader.parse, 4 MB file (published baseline)",
        configuration: .init(
            metrics: [.wallClock, megabytesPerSecond, fileMegabytes],
            warmupIterations: 0,
            maxDuration: .seconds(120),
            maxIterations: 1
        )
    ) { benchmark in
        guard let file = cfonbPythonFile, let seconds = pythonCFONBSeconds(file.path) else { return }
        benchmark.measurement(megabytesPerSecond, Int(Double(file.bytes) / 1_000_000 / seconds))
        benchmark.measurement(fileMegabytes, file.bytes / 1_000_000)
    }

    Benchmark("CFONB 120 write 100 MB worth of statements (FactureKit)", configuration: configuration) { benchmark in
        guard let statements = try? CFONB120Reader().statements(in: cfonbSample) else { return }
        var written = 0
        let copies = 740
        let rate = try cfonbRate(bytes: cfonbSample.count * copies) {
            let writer = CFONB120Writer(options: .init(lineEnding: .lf))
            var output: [UInt8] = []
            for _ in 0..<copies {
                output.removeAll(keepingCapacity: true)
                for statement in statements { try writer.append(statement, to: &output) }
                written += output.count
            }
        }
        blackHole(written)
        benchmark.measurement(megabytesPerSecond, Int(rate))
    }
}
