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

/// A scanned PDF of `pageCount` pages, each the same grey JPEG drawn over an A4 page (the image
/// stored once, every page pointing at it), written at run time: nothing generated is committed.
func scannedPDF(jpeg: [UInt8], pageCount: Int) -> [UInt8] {
    // The size from the JPEG's first start-of-frame marker.
    var offset = 2
    var size: (width: Int, height: Int, components: Int)?
    while size == nil, offset + 9 < jpeg.count, jpeg[offset] == 0xFF {
        let marker = jpeg[offset + 1]
        let length = Int(jpeg[offset + 2]) << 8 | Int(jpeg[offset + 3])
        if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
            let height = Int(jpeg[offset + 5]) << 8 | Int(jpeg[offset + 6])
            let width = Int(jpeg[offset + 7]) << 8 | Int(jpeg[offset + 8])
            size = (width, height, Int(jpeg[offset + 9]))
        }
        offset += 2 + length
    }
    guard let size, pageCount > 0 else { return [] }
    let space = size.components == 1 ? "/DeviceGray" : "/DeviceRGB"
    let content = Array("q 595 0 0 842 0 0 cm /Im0 Do Q".utf8)
    var objects: [[UInt8]] = [
        Array("<< /Type /Catalog /Pages 2 0 R >>".utf8),
        Array(
            ("<< /Type /Pages /Count \(pageCount) /Kids ["
                + (0..<pageCount).map { "\($0 + 5) 0 R" }.joined(separator: " ") + "] >>").utf8
        ),
        Array(
            ("<< /Type /XObject /Subtype /Image /Width \(size.width) /Height \(size.height) /ColorSpace \(space) "
                + "/BitsPerComponent 8 /Filter /DCTDecode /Length \(jpeg.count) >>\nstream\n").utf8
        ) + jpeg + Array("\nendstream".utf8),
        Array("<< /Length \(content.count) >>\nstream\n".utf8) + content + Array("\nendstream".utf8),
    ]
    let page = Array(
        ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 3 0 R >> >> "
            + "/Contents 4 0 R >>").utf8
    )
    objects += Array(repeating: page, count: pageCount)
    var pdf = Array("%PDF-1.4\n".utf8)
    var offsets: [Int] = []
    for (index, object) in objects.enumerated() {
        offsets.append(pdf.count)
        pdf += Array("\(index + 1) 0 obj\n".utf8) + object + Array("\nendobj\n".utf8)
    }
    let table = pdf.count
    pdf += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
    for offset in offsets { pdf += Array(String(format: "%010d 00000 n \n", offset).utf8) }
    pdf += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n".utf8)
    return pdf
}

/// Pages of the scanned-PDF batch benchmark: `FACTURE_BENCHMARK_SCAN_PAGES`, 40 by default (500
/// pages of OCR take about 7 minutes on 2 cores, too long for every run of the suite).
let scanBatchPages = ProcessInfo.processInfo.environment["FACTURE_BENCHMARK_SCAN_PAGES"].flatMap { Int($0) } ?? 40

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

    // The batch benchmarks run once, without warm-up: what they measure is the peak memory.
    let peakMemoryOnce = Benchmark.Configuration(
        metrics: [.wallClock, .peakMemoryResident],
        warmupIterations: 0,
        maxDuration: .seconds(1),
        maxIterations: 1
    )

    // Memory: a long scanned PDF is recognized page by page, never held whole (a 500-page scan at
    // 200 dpi is 1.9 GB of grey pixels). `FACTURE_BENCHMARK_SCAN_PAGES=500` for the full batch.
    let scannedBatch = scannedPDF(jpeg: scan, pageCount: max(1, scanBatchPages))
    let batchReader = InvoiceDocumentReader(recognizer: twoEngines ?? recognizer)
    Benchmark(
        "\(scanBatchPages)-page scanned PDF, fields by OCR on 2 engines (FactureKit, peak memory)",
        configuration: peakMemoryOnce
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? await batchReader.read(scannedBatch))
        }
    }
    let longScan = scannedPDF(jpeg: scan, pageCount: 500)
    Benchmark(
        "Page images of a 500-page scanned PDF, one at a time (FactureKit, peak memory)",
        configuration: peakMemoryOnce
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            guard let document = try? PDFPageImages.Document(pdf: longScan) else { continue }
            var pixels = 0
            for index in 0..<document.pageCount {
                pixels += (try? document.image(ofPage: index))?.pixels.count ?? 0
            }
            blackHole(pixels)
        }
    }
    Benchmark(
        "Page images of a 500-page scanned PDF, all at once (baseline: PDFPageImages.images, peak memory)",
        configuration: peakMemoryOnce
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole((try? PDFPageImages.images(ofPDF: longScan))?.count)
        }
    }
    _ = scanImage
}
