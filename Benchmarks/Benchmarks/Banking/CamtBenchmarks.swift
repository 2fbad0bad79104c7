// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Benchmark
import FactureBanking
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The camt.053.001.02 dev sample (20 statements, 300 entries), `shared/banking/sample`.
private let camtSample: [UInt8] = {
    let root =
        ProcessInfo.processInfo.environment["FACTURE_SHARED"]
        ?? URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared").path
    return (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: root + "/banking/sample/camt053_v02.xml")))) ?? []
}()

/// Where this process writes its large camt.053 file.
private func camtLargeFilePath() -> String {
    NSTemporaryDirectory() + "facturekit-camt-100MB-\(getpid()).xml"
}

/// Writes a camt.053 file of at least `megabytes` MB into a temporary file: the sample's first
/// statement header (account, balances), then the sample's 300 `Ntry` elements repeated, all in
/// that one `Stmt`. Returns its path, size and number of entries.
private func camtLargeFile(megabytes: Int) -> (path: String, bytes: Int, entries: Int)? {
    let text = String(decoding: camtSample, as: UTF8.self)
    guard let firstEntry = text.range(of: "<Ntry>") else { return nil }
    var entries: [Substring] = []
    var rest = text[firstEntry.lowerBound...]
    while let start = rest.range(of: "<Ntry>"),
        let end = rest.range(of: "</Ntry>", range: start.upperBound..<rest.endIndex)
    {
        entries.append(rest[start.lowerBound..<end.upperBound])
        rest = rest[end.upperBound...]
    }
    let block = Array(entries.joined(separator: "\n").utf8) + Array("\n".utf8)
    let head = Array(text[..<firstEntry.lowerBound].utf8)
    let tail = Array("</Stmt>\n</BkToCstmrStmt>\n</Document>\n".utf8)
    let path = camtLargeFilePath()
    guard let handle = fopen(path, "wb") else { return nil }
    // Removed when the benchmark process exits (each benchmark runs in its own process).
    atexit { unlink(camtLargeFilePath()) }
    defer { fclose(handle) }
    var written = head.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
    var count = 0
    while written < megabytes * 1_000_000 {
        written += block.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
        count += entries.count
    }
    written += tail.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, handle) }
    return (path, written, count)
}

/// ~100 MB: one statement of about 110 000 entries.
private let camtBigFile = camtLargeFile(megabytes: 100)

private let camtMegabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
private let camtEntriesPerSecond = BenchmarkMetric.custom(
    "entries/s",
    polarity: .prefersLarger,
    useScalingFactor: false
)
private let camtFileMegabytes = BenchmarkMetric.custom("file MB", polarity: .prefersSmaller, useScalingFactor: false)
private let camtPercentOfLibXML2 = BenchmarkMetric.custom(
    "% of libxml2 walk MB/s",
    polarity: .prefersLarger,
    useScalingFactor: false
)

/// Seconds `body` takes, once.
private func camtSeconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try body()
    let elapsed = clock.now - start
    return max(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, 1e-9)
}

/// The libxml2 walk's rate on the big file, measured once for the percentage.
private let camtBaselineRate: Double? = {
    guard let file = camtBigFile else { return nil }
    let seconds = camtSeconds { blackHole(try? Camt053Reader().walkWithoutModel(contentsOfFile: file.path)) }
    return Double(file.bytes) / 1_000_000 / seconds
}()

/// camt.053 streaming of a ~100 MB statement into the statement model, beside libxml2's own
/// `xmlTextReader` walk over the same file with the same secure configuration (no model).
func camtBenchmarks() {
    let configuration = Benchmark.Configuration(
        metrics: [
            .wallClock, .peakMemoryResident, camtMegabytesPerSecond, camtEntriesPerSecond, camtFileMegabytes,
            camtPercentOfLibXML2,
        ],
        warmupIterations: 0,
        maxDuration: .seconds(60),
        maxIterations: 3
    )

    Benchmark(
        "camt.053 libxml2 xmlTextReader walk of the 100 MB file, no model (baseline)",
        configuration: configuration
    ) {
        benchmark in
        guard let file = camtBigFile else { return }
        var nodes = 0
        let seconds = try camtSeconds { nodes = try Camt053Reader().walkWithoutModel(contentsOfFile: file.path) }
        blackHole(nodes)
        benchmark.measurement(camtMegabytesPerSecond, Int(Double(file.bytes) / 1_000_000 / seconds))
        benchmark.measurement(camtEntriesPerSecond, Int(Double(file.entries) / seconds))
        benchmark.measurement(camtFileMegabytes, file.bytes / 1_000_000)
    }

    Benchmark(
        "camt.053 read of the 100 MB file into BankMovements, streamed (FactureKit)",
        configuration: configuration
    ) {
        benchmark in
        guard let file = camtBigFile else { return }
        // The baseline's rate for the percentage, measured once before the timed part.
        let baseline = camtBaselineRate
        benchmark.startMeasurement()
        var movements = 0
        var withRemittance = 0
        let seconds = try camtSeconds {
            try Camt053Reader().read(contentsOfFile: file.path) { event in
                if case .movement(let movement) = event {
                    movements += 1
                    if !movement.remittance.isEmpty { withRemittance += 1 }
                }
            }
        }
        benchmark.stopMeasurement()
        blackHole(withRemittance)
        let rate = Double(file.bytes) / 1_000_000 / seconds
        benchmark.measurement(camtMegabytesPerSecond, Int(rate))
        benchmark.measurement(camtEntriesPerSecond, Int(Double(movements) / seconds))
        benchmark.measurement(camtFileMegabytes, file.bytes / 1_000_000)
        if let baseline { benchmark.measurement(camtPercentOfLibXML2, Int(100 * rate / baseline)) }
    }
}
