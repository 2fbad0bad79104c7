// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Benchmark
import FactureModel
import FactureOCR
import Foundation

/// A corpus file of ../shared/ocr-corpus (beside the checkout, as in CI).
func corpusFile(_ relativePath: String) -> URL {
    URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/ocr-corpus/dev/" + relativePath)
}

func corpusBytes(_ relativePath: String) -> [UInt8] {
    (try? [UInt8](Data(contentsOf: corpusFile(relativePath)))) ?? []
}

/// Runs the `tesseract` command on an image, as a user of the engine would, with OpenMP limited
/// to one thread (the fair comparison: FactureKit runs with the same limit).
func tesseractCommand(_ image: URL) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/tesseract")
    process.arguments = [image.path, "-", "-l", "fra+eng"]
    var environment = ProcessInfo.processInfo.environment
    environment["OMP_THREAD_LIMIT"] = "1"
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}

/// Recognizes images concurrently on a recognizer (its engines bound the parallelism).
func recognizeAll(_ images: [PageImage], with recognizer: TesseractTextRecognizer) async -> Int {
    await withTaskGroup(of: Int.self) { group in
        for (index, image) in images.enumerated() {
            group.addTask { (try? await recognizer.recognize(image, pageNumber: index + 1))?.words.count ?? 0 }
        }
        var words = 0
        for await count in group { words += count }
        return words
    }
}

let benchmarks: @Sendable () -> Void = {
    if !TesseractTextRecognizer.isOpenMPLimited {
        print("⚠️ FactureOCR benchmarks: run with OMP_THREAD_LIMIT=1 in the environment (see README)")
    }
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident],
        maxDuration: .seconds(20),
        maxIterations: 5
    )
    let scanName = "docs/dev-002.jpg"
    let scan = corpusBytes(scanName)
    let scanImage = try? PageImage(encoded: scan)
    let oneEngine = try? TesseractTextRecognizer(engineCount: 1)
    let twoEngines = try? TesseractTextRecognizer(engineCount: 2)
    let batch = ["docs/dev-002.jpg", "docs/dev-009.png", "docs/dev-010.jpg", "docs/dev-016.jpg"].compactMap {
        try? PageImage(encoded: corpusBytes($0))
    }

    Benchmark("Recognize one scanned page (FactureKit, decode + Tesseract)") { benchmark in
        for _ in benchmark.scaledIterations {
            guard let oneEngine, let image = try? PageImage(encoded: scan) else { continue }
            blackHole(try? await oneEngine.recognize(image, pageNumber: 1))
        }
    }

    Benchmark("Recognize one scanned page (baseline: tesseract command, OMP_THREAD_LIMIT=1)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(tesseractCommand(corpusFile(scanName)))
        }
    }

    Benchmark("Recognize 8 pages, 1 engine (FactureKit)") { benchmark in
        for _ in benchmark.scaledIterations {
            guard let oneEngine else { continue }
            blackHole(await recognizeAll(batch + batch, with: oneEngine))
        }
    }

    Benchmark("Recognize 8 pages, 2 engines on 2 cores (FactureKit)") { benchmark in
        for _ in benchmark.scaledIterations {
            guard let twoEngines else { continue }
            blackHole(await recognizeAll(batch + batch, with: twoEngines))
        }
    }

    let textPDF = corpusBytes("docs/dev-003.pdf")
    guard let recognizer = oneEngine ?? twoEngines else { return }
    let reader = InvoiceDocumentReader(recognizer: recognizer)
    Benchmark(
        "Fields of a text PDF (FactureKit: text layer + extraction)",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(3), maxIterations: 1_000)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? await reader.read(textPDF))
        }
    }

    // Memory: 500 text-PDF pages read one after the other must not grow the process.
    let textPDFs = (1...60).compactMap { number -> [UInt8]? in
        let name = String(format: "docs/dev-%03d.pdf", number)
        let bytes = corpusBytes(name)
        guard let pages = try? PDFTextLayer.pages(ofPDF: bytes), PDFTextLayer.hasText(pages) else { return nil }
        return bytes
    }
    Benchmark(
        "500 text PDFs read in a batch (FactureKit, peak memory)",
        configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(60), maxIterations: 2)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            var read = 0
            for index in 0..<500 where !textPDFs.isEmpty {
                if (try? await reader.read(textPDFs[index % textPDFs.count])) != nil { read += 1 }
            }
            blackHole(read)
        }
    }
    _ = scanImage
}
