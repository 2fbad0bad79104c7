// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Benchmark
import FacturX
import FactureModel
import Foundation

/// The folder of the shared conformance samples: `FACTURE_SHARED_CONFORMANCE`, else the first
/// `shared/conformance` found walking up from the current directory.
func conformanceFolder() -> URL {
    if let path = ProcessInfo.processInfo.environment["FACTURE_SHARED_CONFORMANCE"] {
        return URL(fileURLWithPath: path)
    }
    var directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    for _ in 0..<6 {
        let candidate = directory.appendingPathComponent("shared/conformance")
        if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("samples").path) {
            return candidate
        }
        directory.deleteLastPathComponent()
    }
    fatalError("set FACTURE_SHARED_CONFORMANCE to the shared conformance folder")
}

/// A sample file's bytes.
func sample(_ path: String) -> [UInt8] {
    let url = conformanceFolder().appendingPathComponent("samples/" + path)
    guard let data = try? Data(contentsOf: url) else { fatalError("cannot read \(url.path)") }
    return [UInt8](data)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(3),
        maxIterations: 2_000
    )
    // A 1.1 MB ZUGFeRD 2.2 PDF (its XML gets replaced) and a Factur-X EN 16931 CII invoice.
    let pdf = sample("ferd-zugferd-2.2/EN16931_Elektron.pdf")
    let xml = sample("fr-ctc/akretion_factur-x-en16931.xml")
    let attacher = FacturXAttacher(modificationDate: "D:20261125000000Z")
    guard let facturX = try? attacher.attach(xml: xml, profile: .en16931, to: pdf).pdf else {
        fatalError("the benchmark attach must succeed")
    }
    precondition((try? FacturXPDF(pdfEncoded: facturX).invoices.first?.xml) == xml)
    if let folder = ProcessInfo.processInfo.environment["FACTURE_BENCHMARK_WRITE_PDF"] {
        // The output, for the Python baseline's extraction (Baselines/facturx_python_timing.py).
        try? Data(facturX).write(to: URL(fileURLWithPath: folder).appendingPathComponent("bench-facturx.pdf"))
    }

    // A 20-line French EN 16931 invoice: the sample's first line repeated, totals recomputed.
    guard var sampleInvoice = try? InvoiceXMLDocument(xmlEncoded: xml).invoice, let line = sampleInvoice.lines.first
    else {
        fatalError("the benchmark invoice must read")
    }
    sampleInvoice.lines = (1...20).map { number in
        var copy = line
        copy.id = String(number)
        return copy
    }
    let invoice = sampleInvoice.withComputedTotals()
    let renderer = InvoicePDFRenderer(creationDate: "D:20261125000000Z", modificationDate: "D:20261125000000Z")
    /// Renders the invoice and attaches its CII: a complete Factur-X PDF.
    @Sendable func produceFacturX() throws -> [UInt8] {
        let rendered = try renderer.render(invoice)
        let cii = invoice.serializeAsCII(profile: .en16931)
        return try attacher.attach(xml: cii, profile: .en16931, to: rendered.pdf).pdf
    }
    guard let produced = try? produceFacturX(),
        (try? FacturXPDF(pdfEncoded: produced).invoiceXML().profile) == .en16931
    else {
        fatalError("the benchmark Factur-X PDF must render and read back")
    }
    if let folder = ProcessInfo.processInfo.environment["FACTURE_BENCHMARK_WRITE_PDF"] {
        // The rendered PDF without XML and the CII, for the Python baseline's attach of the same XML.
        try? Data(renderer.render(invoice).pdf).write(
            to: URL(fileURLWithPath: folder).appendingPathComponent("bench-rendered-20.pdf")
        )
        try? Data(invoice.serializeAsCII(profile: .en16931)).write(
            to: URL(fileURLWithPath: folder).appendingPathComponent("bench-rendered-20.xml")
        )
    }

    Benchmark("Produce a 20-line Factur-X PDF: render A4 + attach CII (FactureKit)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? produceFacturX())
        }
    }

    Benchmark("Attach a CII XML to a 1.1 MB PDF (FactureKit)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? attacher.attach(xml: xml, profile: .en16931, to: pdf))
        }
    }

    Benchmark("Extract the XML of a 1.1 MB Factur-X PDF (FactureKit)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? FacturXPDF(pdfEncoded: facturX).invoiceXML())
        }
    }
}
