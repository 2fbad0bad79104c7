// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import FacturX
import FactureModel
import FactureOCR
import Foundation
import Synchronization

/// `facture extract FILE... [--json] [--out DIR]`: the fields of invoice files, whatever they are.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract:
            "Read the fields of invoice files: Factur-X/ZUGFeRD PDFs, CII or UBL XML, text PDFs, scans and photos.",
        discussion: """
            Each file is read by the cheapest path that works: the XML embedded in a Factur-X PDF (source \
            "facturx"), a CII or UBL file ("xml"), the text layer of a PDF ("text"), else text recognition of \
            its page images ("ocr", Tesseract with French and English). Files are read concurrently, one per \
            core; a progress bar shows on a terminal.
            """
    )

    @Argument(help: "Invoice files (PDF, XML, PNG, JPEG, TIFF).")
    var files: [String]

    @Flag(name: .long, help: "Print one JSON object per document, with the contract's keys.")
    var json = false

    @Option(name: .long, help: "Write STEM.json for each input into this folder.")
    var out: String?

    @Option(name: .long, help: "The dossier's own SIREN: the party it identifies is the buyer of a purchase invoice.")
    var siren: String?

    @Flag(
        name: .long,
        help: "Print the lines of text read from each PDF or image (text layer or OCR) instead of fields."
    )
    var text = false

    func run() async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let reader = InvoiceDocumentReader(
            recognizer: OnDemandRecognizer(),
            extractor: InvoiceFieldExtractor(ownSIREN: siren)
        )
        if text {
            for file in files {
                let pages = try await reader.pages(of: [UInt8](Data(contentsOf: URL(fileURLWithPath: file))))
                for page in pages {
                    print("== \(file) page \(page.number) (\(page.origin.rawValue))")
                    for line in page.lines { print(line.text) }
                }
            }
            return
        }
        let progress = ProgressBar(total: files.count, isShown: files.count > 1 && isatty(2) != 0)
        var failures = 0
        let results = Self.read(files, with: reader, concurrency: max(1, System.activeProcessorCount)) { file in
            progress.advance(file)
        }
        for try await (file, outcome) in results {
            switch outcome {
            case .failure(let error):
                failures += 1
                progress.clear()
                FileHandle.standardError.write(Data("\(file): \(error)\n".utf8))
            case .success(let fields):
                let data = try encoder.encode(fields)
                if let out {
                    let folder = URL(fileURLWithPath: out, isDirectory: true)
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                    let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
                    try data.write(to: folder.appendingPathComponent(stem + ".json"), options: .atomic)
                }
                if json {
                    progress.clear()
                    print(String(decoding: data, as: UTF8.self))
                } else if out == nil {
                    progress.clear()
                    print(Self.summary(of: fields, file: file))
                }
            }
        }
        progress.finish()
        if failures > 0 { throw ExitCode(1) }
    }

    /// Reads the files, at most `concurrency` at once, and yields the outcomes in the files' order.
    static func read(
        _ files: [String],
        with reader: InvoiceDocumentReader,
        concurrency: Int,
        done: @escaping @Sendable (String) -> Void
    ) -> AsyncThrowingStream<(String, Result<ExtractedInvoice, any Error>), any Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                await withTaskGroup(of: (Int, Result<ExtractedInvoice, any Error>).self) { group in
                    var next = 0
                    var pending: [Int: Result<ExtractedInvoice, any Error>] = [:]
                    var emitted = 0
                    func start(_ index: Int) {
                        let file = files[index]
                        group.addTask {
                            let outcome: Result<ExtractedInvoice, any Error>
                            do {
                                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
                                outcome = .success(try await reader.read(bytes))
                            } catch {
                                outcome = .failure(error)
                            }
                            done(file)
                            return (index, outcome)
                        }
                    }
                    while next < min(concurrency, files.count) {
                        start(next)
                        next += 1
                    }
                    for await (index, outcome) in group {
                        pending[index] = outcome
                        while let ready = pending.removeValue(forKey: emitted) {
                            continuation.yield((files[emitted], ready))
                            emitted += 1
                        }
                        if next < files.count {
                            start(next)
                            next += 1
                        }
                    }
                }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    static func summary(of fields: ExtractedInvoice, file: String) -> String {
        [
            file, fields.source.rawValue, fields.documentType ?? "-", fields.invoiceNumber ?? "-",
            fields.issueDate ?? "-", fields.supplierName ?? "-",
            fields.totalTTC.map { "\($0) \(fields.currency ?? "")" } ?? "-",
        ].joined(separator: "\t")
    }
}

/// Tesseract, started on the first page that needs it: reading XML and text PDFs loads no model.
final class OnDemandRecognizer: TextRecognizer {
    private let recognizer = Mutex<TesseractTextRecognizer?>(nil)

    func recognize(_ image: PageImage, pageNumber: Int) async throws(FactureOCRError) -> TextPage {
        let engine: TesseractTextRecognizer = try recognizer.withLock { (current) throws(FactureOCRError) in
            if let current { return current }
            let created = try TesseractTextRecognizer()
            current = created
            return created
        }
        return try await engine.recognize(image, pageNumber: pageNumber)
    }
}

/// A one-line progress bar on standard error, for batches on a terminal.
final class ProgressBar: Sendable {
    private let total: Int
    private let isShown: Bool
    private let done = Mutex(0)

    init(total: Int, isShown: Bool) {
        self.total = total
        self.isShown = isShown
    }

    /// One more file read.
    func advance(_ file: String) {
        guard isShown else { return }
        let count = done.withLock { value in
            value += 1
            return value
        }
        let width = 30
        let filled = total == 0 ? width : width * count / total
        let name = URL(fileURLWithPath: file).lastPathComponent
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[K[\(bar)] \(count)/\(total) \(name)".utf8))
    }

    /// Clears the bar before a line of output.
    func clear() {
        guard isShown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// Ends the bar.
    func finish() {
        clear()
    }
}
