// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Benchmark
import FactureModel
import Foundation

/// A 200-line invoice with three VAT rates, a line discount every fifth line and one document
/// allowance and charge: the shape of a large purchase invoice.
func makeInvoice(lineCount: Int) -> Invoice {
    let rates = [Percentage(20), Percentage(10), Percentage(ExactDecimal(significand: 55, scale: 1))]
    var lines: [Invoice.Line] = []
    for index in 0..<lineCount {
        let price = Amount(ExactDecimal(significand: Int128(1_999 + index * 37 % 5_000), scale: 4))
        let quantity = Quantity(ExactDecimal(significand: Int128(1 + index % 9), scale: 0))
        var allowances: [Invoice.Line.Allowance] = []
        if index % 5 == 0 {
            allowances.append(Invoice.Line.Allowance(amount: Amount(ExactDecimal(significand: 15, scale: 2))))
        }
        lines.append(
            Invoice.Line(
                id: String(index + 1),
                quantity: quantity,
                unitCode: "C62",
                netAmount: .zero,
                allowances: allowances,
                price: Invoice.Line.PriceDetails(netPrice: price),
                vat: Invoice.Line.VATInformation(categoryCode: .standardRate, rate: rates[index % 3]),
                item: Invoice.Line.Item(name: "Article \(index + 1)")
            )
        )
    }
    let issueDate = (try? CalendarDate(year: 2026, month: 11, day: 24))!
    return Invoice(
        number: "BENCH-1",
        issueDate: issueDate,
        seller: Invoice.Seller(name: "Vendeur"),
        buyer: Invoice.Buyer(name: "Acheteur"),
        allowances: [Invoice.Allowance(amount: 10, vatCategoryCode: .standardRate, vatRate: Percentage(20))],
        charges: [Invoice.Charge(amount: 5, vatCategoryCode: .standardRate, vatRate: Percentage(20))],
        lines: lines
    )
}

/// The baseline: the same EN 16931 formulas written the straightforward way with Foundation's
/// `Decimal` and `NSDecimalRound`, as an integrator might without FactureKit.
func foundationDecimalTotals(of invoice: Invoice) -> (net: Decimal, vat: Decimal, gross: Decimal) {
    func decimal(_ value: some DecimalValue) -> Decimal { Decimal(string: value.description)! }
    func round2(_ value: Decimal) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, 2, .plain)
        return output
    }
    var bases: [String: (rate: Decimal, base: Decimal)] = [:]
    var sumOfLines = Decimal()
    for line in invoice.lines {
        var net = round2(decimal(line.quantity) * decimal(line.price.netPrice))
        for allowance in line.allowances { net -= decimal(allowance.amount) }
        sumOfLines += net
        let rate = line.vat.rate.map(decimal) ?? 0
        let key = "\(line.vat.categoryCode.rawValue)|\(rate)"
        bases[key, default: (rate, 0)].base += net
    }
    var allowances = Decimal()
    for allowance in invoice.allowances {
        allowances += decimal(allowance.amount)
        let rate = allowance.vatRate.map(decimal) ?? 0
        bases["\(allowance.vatCategoryCode.rawValue)|\(rate)", default: (rate, 0)].base -= decimal(allowance.amount)
    }
    var charges = Decimal()
    for charge in invoice.charges {
        charges += decimal(charge.amount)
        let rate = charge.vatRate.map(decimal) ?? 0
        bases["\(charge.vatCategoryCode.rawValue)|\(rate)", default: (rate, 0)].base += decimal(charge.amount)
    }
    var vat = Decimal()
    for (_, entry) in bases { vat += round2(entry.base * entry.rate / 100) }
    let net = sumOfLines - allowances + charges
    return (net, vat, net + vat)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(3),
        maxIterations: 10_000
    )

    let invoice = makeInvoice(lineCount: 200)
    let calculator = InvoiceTotalsCalculator()

    Benchmark("Totals of a 200-line invoice (FactureKit)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(calculator.computeTotals(of: invoice))
        }
    }

    Benchmark("Totals of a 200-line invoice (baseline: Foundation.Decimal)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(foundationDecimalTotals(of: invoice))
        }
    }

    Benchmark("Check stated totals of a 200-line invoice (FactureKit)") { benchmark in
        let computed = invoice.withComputedTotals()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(calculator.check(computed))
        }
    }
}
