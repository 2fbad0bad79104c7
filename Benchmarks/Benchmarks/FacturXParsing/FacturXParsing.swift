// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Benchmark
import CBenchmarkLibXML2
import FacturX
import FactureModel
import Foundation

/// An EN 16931 CII invoice with `lineCount` lines, written by FactureKit itself, with the French
/// mentions of the 2026 reform (so the BR-FR rules are exercised, not short-circuited).
func ciiInvoice(lineCount: Int) -> [UInt8] {
    let france = (try? CountryCode("FR"))!
    var lines: [Invoice.Line] = []
    for index in 0..<lineCount {
        lines.append(
            Invoice.Line(
                id: String(index + 1),
                quantity: Quantity(ExactDecimal(significand: Int128(1 + index % 7), scale: 0)),
                unitCode: "C62",
                netAmount: .zero,
                price: Invoice.Line.PriceDetails(
                    netPrice: Amount(ExactDecimal(significand: Int128(1_250 + index % 900), scale: 2))
                ),
                vat: Invoice.Line.VATInformation(
                    categoryCode: .standardRate,
                    rate: index % 2 == 0 ? Percentage(20) : Percentage(10)
                ),
                item: Invoice.Line.Item(name: "Article \(index + 1)")
            )
        )
    }
    var invoice = Invoice(
        number: "BENCH-\(lineCount)",
        issueDate: (try? CalendarDate(year: 2026, month: 11, day: 24))!,
        notes: [
            Invoice.Note("Indemnité forfaitaire pour frais de recouvrement : 40 €", subjectCode: .init("PMT")),
            Invoice.Note("Pénalités de retard : trois fois le taux d'intérêt légal", subjectCode: .init("PMD")),
            Invoice.Note("Pas d'escompte pour paiement anticipé", subjectCode: .init("AAB")),
        ],
        processControl: Invoice.ProcessControl(specificationIdentifier: FacturXProfile.en16931.guidelineID),
        seller: Invoice.Seller(
            name: "Vendeur SARL",
            identifiers: [.siret("73282932000074")],
            legalRegistrationIdentifier: .siren("732829320"),
            vatIdentifier: "FR44732829320",
            electronicAddress: ElectronicAddress("732829320", scheme: .siren),
            postalAddress: PostalAddress(city: "Lyon", postCode: "69002", country: france)
        ),
        buyer: Invoice.Buyer(
            name: "Acheteur SA",
            legalRegistrationIdentifier: .siren("542107651"),
            electronicAddress: ElectronicAddress("542107651", scheme: .siren),
            postalAddress: PostalAddress(city: "Paris", postCode: "75001", country: france)
        ),
        paymentInstructions: Invoice.PaymentInstructions(
            meansCode: "58",
            creditTransfers: [
                Invoice.PaymentInstructions.CreditTransfer(accountIdentifier: "FR7630004000031234567890143")
            ]
        ),
        lines: lines
    )
    invoice.operationCategory = .goods
    invoice.delivery = Invoice.Delivery(actualDeliveryDate: (try? CalendarDate(year: 2026, month: 11, day: 20))!)
    return invoice.withComputedTotals().serializeAsCII(profile: .en16931)
}

/// Parses with libxml2 and frees the tree: the floor any XML-based validator stands on.
func rawLibXML2Parse(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { chars in
            let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
            guard let document = xmlReadMemory(chars.baseAddress, Int32(chars.count), nil, nil, options) else {
                return false
            }
            xmlFreeDoc(document)
            return true
        }
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(3),
        maxIterations: 5_000
    )
    let validator = EN16931Validator()
    let official = InvoiceValidator()
    let dumpFolder = ProcessInfo.processInfo.environment["FACTURE_BENCHMARK_WRITE_INVOICES"]

    for lineCount in [20, 4_000] {
        let bytes = ciiInvoice(lineCount: lineCount)
        let report = try? official.validate(bytes)
        precondition(report?.violations.isEmpty == true, "the benchmark invoice must pass every official rule set")
        if let dumpFolder {
            // The same bytes, for the official-XSLT baseline (Baselines/official_xslt_timing.py).
            let file = URL(fileURLWithPath: dumpFolder).appendingPathComponent("bench-\(lineCount).xml")
            try? Data(bytes).write(to: file)
        }

        Benchmark("Parse + EN 16931 rules, \(lineCount)-line CII (FactureKit)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? validator.validate(bytes))
            }
        }

        Benchmark(
            "Parse + EN 16931, Factur-X profile and BR-FR rules, \(lineCount)-line CII (FactureKit)"
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? official.validate(bytes))
            }
        }

        Benchmark("Parse into the model, \(lineCount)-line CII (FactureKit)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(try? Invoice(ciiEncoded: bytes))
            }
        }

        Benchmark("Parse only, \(lineCount)-line CII (baseline: raw libxml2 xmlReadMemory)") { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(rawLibXML2Parse(bytes))
            }
        }
    }
}
