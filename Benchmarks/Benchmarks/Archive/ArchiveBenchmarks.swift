// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Benchmark
import FactureArchive
import FactureSeal
import FactureStoreSQLite
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A 30 KB invoice-sized document; `index` makes each one distinct.
func document(_ index: Int) -> [UInt8] {
    var bytes = [UInt8](repeating: 0x20, count: 30_000)
    withUnsafeBytes(of: index.bigEndian) { for (offset, byte) in $0.enumerated() { bytes[offset] = byte } }
    return bytes
}

let sealingIdentity: SealingIdentity = {
    // Only fails when OpenSSL itself is broken.
    // swiftlint:disable:next force_try
    try! SealingIdentity.generate(.init(commonName: "Benchmark archive"))
}()

func temporaryDirectory(_ name: String) -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The disk's own limit for durable writes: each 30 KB file written, fsynced, and its directory
/// fsynced, one after the other — what a deposit cannot beat without sharing syncs.
func fsyncLimit(seconds: Double = 3) -> Double {
    let directory = temporaryDirectory("fsync-limit")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let bytes = document(0)
    let clock = ContinuousClock()
    let start = clock.now
    var count = 0
    let directoryDescriptor = open(directory, O_RDONLY | O_DIRECTORY)
    defer { close(directoryDescriptor) }
    while clock.now - start < .seconds(seconds) {
        let descriptor = open("\(directory)/\(count)", O_WRONLY | O_CREAT | O_EXCL, 0o600)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        fsync(descriptor)
        close(descriptor)
        fsync(directoryDescriptor)
        count += 1
    }
    return Double(count) / seconds
}

let perSecond = BenchmarkMetric.custom("documents/s", polarity: .prefersLarger, useScalingFactor: false)
let limitPerSecond = BenchmarkMetric.custom("limit: file+fsync/s", polarity: .prefersLarger, useScalingFactor: false)
let milliseconds = BenchmarkMetric.custom("ms", polarity: .prefersSmaller, useScalingFactor: false)
let limitMilliseconds = BenchmarkMetric.custom(
    "limit: SHA-256 only, ms",
    polarity: .prefersSmaller,
    useScalingFactor: false
)
let bytesMetric = BenchmarkMetric.custom("bytes", polarity: .prefersSmaller, useScalingFactor: false)
let microseconds = BenchmarkMetric.custom("µs each", polarity: .prefersSmaller, useScalingFactor: false)

func elapsedMilliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

/// A journal of `count` deposit entries (plus checkpoints every 10,000), appended in batches.
func filledJournal(_ journal: some ArchiveJournal, count: Int) async throws {
    let time = JournalTime(millisecondsSince1970: 1_795_000_000_000)
    var tree = MerkleTree()
    var next = 0
    while next < count {
        let drafts = (next..<min(next + 10_000, count)).map { index in
            JournalDraft(
                recordedAt: time,
                actor: "intake",
                event: .deposit(
                    DocumentID.random(),
                    blob: BlobDigest(of: withUnsafeBytes(of: index) { Array($0) }),
                    byteCount: 30_000,
                    metadata: ["invoice": "FA-\(index)", "supplier": "ACME SAS"],
                    retainUntil: time.adding(years: 10)
                )
            )
        }
        for entry in try await journal.append(drafts) { tree.append(leafHash: entry.leafHash) }
        next += drafts.count
        let root = try tree.rootHash()
        try await journal.addCheckpoint(
            JournalCheckpoint(treeSize: UInt64(tree.size), rootHash: root, issuedAt: time, seal: [])
        )
    }
}

let benchmarks: @Sendable () -> Void = {
    let once = Benchmark.Configuration(
        metrics: [.wallClock, perSecond, limitPerSecond, .peakMemoryResident],
        warmupIterations: 0,
        maxDuration: .seconds(120),
        maxIterations: 1
    )

    for writers in [1, 16] {
        Benchmark(
            "Ingest 30 KB documents, durable (files + SQLite, fsync), \(writers) writer(s), 3 s (FactureKit)",
            configuration: once
        ) { benchmark in
            let directory = temporaryDirectory("ingest")
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let storage = try SQLiteArchiveStorage(directory: directory)
            let safe = try await DigitalSafe.open(
                journal: storage.journal,
                blobs: storage.blobs,
                signer: CheckpointSigner(identity: sealingIdentity)
            )
            let clock = ContinuousClock()
            let start = clock.now
            let count = try await withThrowingTaskGroup(of: Int.self) { group in
                for writer in 0..<writers {
                    group.addTask {
                        var done = 0
                        while clock.now - start < .seconds(3) {
                            _ = try await safe.deposit(document(writer * 1_000_000 + done), actor: "benchmark")
                            done += 1
                        }
                        return done
                    }
                }
                return try await group.reduce(0, +)
            }
            let seconds = elapsedMilliseconds(clock.now - start) / 1000
            benchmark.measurement(perSecond, Int(Double(count) / seconds))
            benchmark.measurement(limitPerSecond, Int(fsyncLimit()))
        }
    }

    Benchmark("Ingest 30 KB documents, in memory (no durability), 3 s (FactureKit)", configuration: once) { benchmark in
        let safe = try await DigitalSafe.open(
            journal: InMemoryArchiveJournal(),
            blobs: InMemoryBlobStore(),
            signer: CheckpointSigner(identity: sealingIdentity)
        )
        let clock = ContinuousClock()
        let start = clock.now
        var count = 0
        while clock.now - start < .seconds(3) {
            _ = try await safe.deposit(document(count), actor: "benchmark")
            count += 1
        }
        benchmark.measurement(perSecond, Int(Double(count) / (elapsedMilliseconds(clock.now - start) / 1000)))
    }

    let audit = Benchmark.Configuration(
        metrics: [.wallClock, milliseconds, limitMilliseconds, .peakMemoryResident],
        warmupIterations: 0,
        maxDuration: .seconds(600),
        maxIterations: 1
    )

    for (name, sqlite) in [("in memory", false), ("SQLite", true)] {
        Benchmark("Audit 1e6 journal entries, \(name) (FactureKit)", configuration: audit) { benchmark in
            let directory = temporaryDirectory("audit")
            defer { try? FileManager.default.removeItem(atPath: directory) }
            let journal: any ArchiveJournal =
                sqlite ? try SQLiteArchiveStorage(directory: directory).journal : InMemoryArchiveJournal()
            try await filledJournal(journal, count: 1_000_000)
            let clock = ContinuousClock()
            let start = clock.now
            let report = try await ArchiveAuditor(journal: journal, blobs: InMemoryBlobStore(), sealVerifier: nil).run()
            benchmark.measurement(milliseconds, Int(elapsedMilliseconds(clock.now - start)))
            precondition(report.entryCount == 1_000_000)
            // The floor: hashing every entry's bytes once, nothing else.
            let records = try await journal.records(in: 0..<1_000_000)
            let hashStart = clock.now
            for record in records { blackHole(MerkleHash.leaf(record.encoded)) }
            benchmark.measurement(limitMilliseconds, Int(elapsedMilliseconds(clock.now - hashStart)))
        }
    }

    let proofs = Benchmark.Configuration(
        metrics: [.wallClock, microseconds, bytesMetric],
        warmupIterations: 0,
        maxDuration: .seconds(300),
        maxIterations: 1
    )

    Benchmark("Inclusion proof in a journal of 1e6 entries: time and size (FactureKit)", configuration: proofs) {
        benchmark in
        let journal = InMemoryArchiveJournal()
        try await filledJournal(journal, count: 1_000_000)
        let safe = try await DigitalSafe.open(
            journal: journal,
            blobs: InMemoryBlobStore(),
            signer: CheckpointSigner(identity: sealingIdentity)
        )
        let clock = ContinuousClock()
        let start = clock.now
        var size = 0
        for index in stride(from: UInt64(0), to: 1_000_000, by: 1_000) {
            let proof = try await safe.inclusionProof(for: index, treeSize: 1_000_000)
            size = max(size, proof.count * 32)
        }
        benchmark.measurement(microseconds, Int(elapsedMilliseconds(clock.now - start)))  // 1,000 proofs: ms = µs each
        benchmark.measurement(bytesMetric, size)
    }

    Benchmark(
        "Evidence bundle of one document in a journal of 1e6 entries: JSON size (FactureKit)",
        configuration: proofs
    ) {
        benchmark in
        let journal = InMemoryArchiveJournal()
        try await filledJournal(journal, count: 1_000_000)
        let safe = try await DigitalSafe.open(
            journal: journal,
            blobs: InMemoryBlobStore(),
            signer: CheckpointSigner(identity: sealingIdentity)
        )
        let id = try await safe.deposit(document(7), actor: "benchmark").id
        try await safe.placeLegalHold(on: id, hold: "audit", reason: "contrôle fiscal", actor: "dpo")
        let clock = ContinuousClock()
        let start = clock.now
        let bundle = try await safe.evidence(for: id)
        let json = bundle.jsonEncoded()
        let verified = EvidenceVerifier(sealVerifier: SealVerifier(trustAnchors: [sealingIdentity.certificate])).verify(
            try EvidenceBundle(json: json)
        )
        precondition(verified.isValid)
        benchmark.measurement(microseconds, Int(elapsedMilliseconds(clock.now - start) * 1000))
        benchmark.measurement(bytesMetric, json.count)
    }
}
