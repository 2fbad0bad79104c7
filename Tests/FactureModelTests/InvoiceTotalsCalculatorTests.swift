// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

// MARK: - Helpers

/// Calls `body` with every element of `items`, in the style of swift-collections'
/// `Combinatorics.swift`; nested calls enumerate a small domain exhaustively. The label names the
/// dimension for the reader.
private func withEvery<S: Sequence>(_ label: String, in items: S, _ body: (S.Element) throws -> Void) rethrows {
    for item in items {
        try body(item)
    }
}

/// An amount from a count of hundredths (cents), exact.
private func cents(_ value: Int) -> Amount {
    Amount(ExactDecimal(significand: Int128(value), scale: 2))
}

/// An exact decimal from an integer count of 10^-scale.
private func fixed(_ value: Int, scale: Int) -> ExactDecimal {
    ExactDecimal(significand: Int128(value), scale: scale)
}

private func amount(_ text: String) -> Amount {
    Amount(text) ?? .zero
}

private func percent(_ text: String) -> Percentage {
    Percentage(text) ?? .zero
}

private let issueDate = CalendarDate("2026-09-01")

/// A line with the given quantity, price, VAT and allowances; its stated net amount is zero until
/// ``Invoice/withComputedTotals(using:)`` fills it in.
private func line(
    _ id: String,
    quantity: Quantity,
    price: Amount,
    baseQuantity: Quantity? = nil,
    category: VATCategoryCode,
    rate: Percentage?,
    netAmount: Amount = .zero,
    allowances: [Invoice.Line.Allowance] = [],
    charges: [Invoice.Line.Charge] = []
) -> Invoice.Line {
    Invoice.Line(
        id: id,
        quantity: quantity,
        unitCode: .one,
        netAmount: netAmount,
        allowances: allowances,
        charges: charges,
        price: Invoice.Line.PriceDetails(netPrice: price, baseQuantity: baseQuantity),
        vat: Invoice.Line.VATInformation(categoryCode: category, rate: rate),
        item: Invoice.Line.Item(name: "Article \(id)")
    )
}

private func invoice(
    lines: [Invoice.Line],
    allowances: [Invoice.Allowance] = [],
    charges: [Invoice.Charge] = [],
    totals: Invoice.Totals = Invoice.Totals(),
    vatBreakdown: [Invoice.VATBreakdown] = []
) -> Invoice {
    var invoice = Invoice(
        number: "T-2026-001",
        issueDate: issueDate ?? CalendarDate(daysSinceUnixEpoch: 0)!,
        seller: Invoice.Seller(name: "Atelier Dupont"),
        buyer: Invoice.Buyer(name: "Client SA")
    )
    invoice.lines = lines
    invoice.allowances = allowances
    invoice.charges = charges
    invoice.totals = totals
    invoice.vatBreakdown = vatBreakdown
    return invoice
}

private let cenCII = InvoiceTotalsCalculator()
private let cenUBL = InvoiceTotalsCalculator(configuration: .init(ruleSet: .cenUBL))
private let exact = InvoiceTotalsCalculator(configuration: .init(ruleSet: .exact))
private let allCalculators = [cenCII, cenUBL, exact]

/// The rule ids and terms of a check, for comparing with an expected list.
private func rulesAndTerms(_ discrepancies: [TotalsDiscrepancy]) -> [String] {
    discrepancies.map { "\($0.ruleID) \($0.businessTerm)" }.sorted()
}

// MARK: - Independent reference, in integers

/// The reference arithmetic the tests compare the calculator with: plain `Int`s counting
/// hundredths or ten-thousandths, nothing from FactureModel's arithmetic.
enum TotalsReference {
    /// `numerator / denominator` (denominator > 0) rounded to an integer under `rule`.
    static func divide(_ numerator: Int, by denominator: Int, rule: ExactDecimal.RoundingRule) -> Int {
        precondition(denominator > 0)
        let negative = numerator < 0
        let magnitude = negative ? -numerator : numerator
        var quotient = magnitude / denominator
        let twiceRemainder = 2 * (magnitude % denominator)
        switch rule {
        case .halfUp:
            // Toward positive infinity on a tie: up for positives, toward zero for negatives.
            if twiceRemainder > denominator || (twiceRemainder == denominator && !negative) { quotient += 1 }
        default:
            if twiceRemainder >= denominator { quotient += 1 }
        }
        return negative ? -quotient : quotient
    }

    /// A VAT category as the reference sees it.
    struct Category: CustomStringConvertible {
        let code: String
        var carriesNoVAT: Bool { ["Z", "E", "AE", "K", "G", "O"].contains(code) }
        var description: String { code }
    }
}

// MARK: - Suite

@Suite struct InvoiceTotalsCalculatorTests {
    // Domains of the exhaustive tests.

    /// Unit prices in ten-thousandths: 3–4 decimals, halves of a cent after multiplication, and
    /// negative prices for credit lines.
    static let prices = [1_0000, 19_9950, 0_0050, 12_3456, 0_3333, 99_9999, 2_1050, -4_9950]
    /// Quantities in hundredths, negative for returns.
    static let quantities = [100, 300, 7, 50, 225, -200]
    /// VAT rates in hundredths of a percent: 0, 2.1, 5.5, 10, 20, 8.5.
    static let rates = [0, 210, 550, 1000, 2000, 850]
    static let categories = ["S", "Z", "E", "AE", "K", "G", "O"].map(TotalsReference.Category.init)

    /// A document level allowance or charge of the exhaustive tests, in the line's VAT category.
    enum DocumentAdjustment: CaseIterable, CustomStringConvertible {
        case none
        case absoluteAllowance
        case percentageAllowance
        case absoluteCharge
        case percentageCharge

        var description: String {
            switch self {
            case .none: "none"
            case .absoluteAllowance: "allowance 1.23"
            case .percentageAllowance: "allowance 3 %"
            case .absoluteCharge: "charge 4.56"
            case .percentageCharge: "charge 2.5 %"
            }
        }

        func allowances(_ code: VATCategoryCode, _ rate: Percentage?) -> [Invoice.Allowance] {
            switch self {
            case .absoluteAllowance: [Invoice.Allowance(amount: cents(123), vatCategoryCode: code, vatRate: rate)]
            case .percentageAllowance:
                [Invoice.Allowance(amount: .zero, percentage: Percentage(3), vatCategoryCode: code, vatRate: rate)]
            default: []
            }
        }

        func charges(_ code: VATCategoryCode, _ rate: Percentage?) -> [Invoice.Charge] {
            switch self {
            case .absoluteCharge: [Invoice.Charge(amount: cents(456), vatCategoryCode: code, vatRate: rate)]
            case .percentageCharge:
                [Invoice.Charge(amount: .zero, percentage: percent("2.5"), vatCategoryCode: code, vatRate: rate)]
            default: []
            }
        }

        /// The reference allowance and charge, in cents, on a base in cents.
        func reference(base: Int, rule: ExactDecimal.RoundingRule) -> (allowance: Int, charge: Int) {
            switch self {
            case .none: (0, 0)
            case .absoluteAllowance: (123, 0)
            case .percentageAllowance: (TotalsReference.divide(base * 300, by: 10_000, rule: rule), 0)
            case .absoluteCharge: (0, 456)
            case .percentageCharge: (0, TotalsReference.divide(base * 250, by: 10_000, rule: rule))
            }
        }
    }

    /// The line rate of the exhaustive tests: none for `O`, which has no rate (BR-O-05).
    static func lineRate(_ category: TotalsReference.Category, _ rate: Int) -> Percentage? {
        category.code == "O" ? nil : Percentage(fixed(rate, scale: 2))
    }

    @Test(
        "Every combination of price, quantity, rate, category and document adjustment computes like the integer reference",
        arguments: [ExactDecimal.RoundingRule.halfAwayFromZero, .halfUp]
    )
    func exhaustiveSingleLine(rule: ExactDecimal.RoundingRule) {
        let calculator = InvoiceTotalsCalculator(configuration: .init(roundingRule: rule))
        var checked = 0
        withEvery("price", in: Self.prices) { price in
            withEvery("quantity", in: Self.quantities) { quantity in
                withEvery("rate", in: Self.rates) { rate in
                    withEvery("category", in: Self.categories) { category in
                        withEvery("adjustment", in: DocumentAdjustment.allCases) { adjustment in
                            checkSingleLine(
                                price: price,
                                quantity: quantity,
                                rate: rate,
                                category: category,
                                adjustment: adjustment,
                                calculator: calculator
                            )
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked == 8 * 6 * 6 * 7 * 5)
    }

    /// One case of ``exhaustiveSingleLine(rule:)``: the calculator against the integer reference.
    func checkSingleLine(
        price: Int,
        quantity: Int,
        rate: Int,
        category: TotalsReference.Category,
        adjustment: DocumentAdjustment,
        calculator: InvoiceTotalsCalculator
    ) {
        let rule = calculator.configuration.roundingRule
        let context = Comment(
            rawValue: "price \(price) quantity \(quantity) rate \(rate) \(category) \(adjustment) \(rule)"
        )
        let code = VATCategoryCode(category.code)
        let lineRate = Self.lineRate(category, rate)
        let subject = invoice(
            lines: [
                line(
                    "1",
                    quantity: Quantity(fixed(quantity, scale: 2)),
                    price: Amount(fixed(price, scale: 4)),
                    category: code,
                    rate: lineRate
                )
            ],
            allowances: adjustment.allowances(code, lineRate),
            charges: adjustment.charges(code, lineRate)
        )
        let totals = calculator.computeTotals(of: subject)

        // The reference, in cents: price (10^-4) × quantity (10^-2) is in 10^-6.
        let lineNet = TotalsReference.divide(price * quantity, by: 10_000, rule: rule)
        let (allowance, charge) = adjustment.reference(base: lineNet, rule: rule)
        let taxable = lineNet - allowance + charge
        let tax = category.carriesNoVAT ? 0 : TotalsReference.divide(taxable * rate, by: 10_000, rule: rule)

        #expect(totals.lines.map(\.netAmount) == [cents(lineNet)], context)
        #expect(totals.sumOfLineNetAmounts == cents(lineNet), context)
        #expect(totals.sumOfAllowances == cents(allowance), context)
        #expect(totals.sumOfCharges == cents(charge), context)
        #expect(totals.totalWithoutVAT == cents(taxable), context)
        #expect(totals.vatBreakdown.map(\.taxableAmount) == [cents(taxable)], context)
        #expect(totals.vatBreakdown.map(\.taxAmount) == [cents(tax)], context)
        #expect(totals.totalVAT == cents(tax), context)
        #expect(totals.totalWithVAT == cents(taxable + tax), context)
        #expect(totals.amountDue == cents(taxable + tax), context)
    }

    @Test("Every pair of lines with line allowances, charges and base quantities computes like the integer reference")
    func exhaustiveTwoLines() {
        var checked = 0
        withEvery("first price", in: [1_0000, 0_0050, 12_3456, 0_3333, -4_9950]) { firstPrice in
            withEvery("second price", in: [1_0000, 0_0050, 12_3456, 0_3333, -4_9950]) { secondPrice in
                withEvery("quantity", in: [100, 7, 225, -200]) { quantity in
                    withEvery("base quantity", in: [100, 300, 1200]) { baseQuantity in
                        withEvery("second rate", in: [550, 2000, 850]) { secondRate in
                            withEvery("line allowance percent", in: [0, 1000, 333]) { allowancePercent in
                                checkTwoLines(
                                    prices: (firstPrice, secondPrice),
                                    quantity: quantity,
                                    baseQuantity: baseQuantity,
                                    secondRate: secondRate,
                                    allowancePercent: allowancePercent
                                )
                                checked += 1
                            }
                        }
                    }
                }
            }
        }
        #expect(checked == 5 * 5 * 4 * 3 * 3 * 3)
    }

    /// One case of ``exhaustiveTwoLines()``: a 20 % line with a base quantity, a 1.05 charge and a
    /// percentage allowance; a second line returning the same quantity at another price and rate;
    /// a 10 % document charge on the 20 % lines.
    func checkTwoLines(
        prices: (Int, Int),
        quantity: Int,
        baseQuantity: Int,
        secondRate: Int,
        allowancePercent: Int
    ) {
        let context = Comment(
            rawValue: "prices \(prices) quantity \(quantity) base \(baseQuantity) rate \(secondRate) "
                + "allowance \(allowancePercent)"
        )
        let lineAllowances =
            allowancePercent == 0
            ? [] : [Invoice.Line.Allowance(amount: .zero, percentage: Percentage(fixed(allowancePercent, scale: 2)))]
        let first = line(
            "1",
            quantity: Quantity(fixed(quantity, scale: 2)),
            price: Amount(fixed(prices.0, scale: 4)),
            baseQuantity: Quantity(fixed(baseQuantity, scale: 2)),
            category: .standardRate,
            rate: Percentage(20),
            allowances: lineAllowances,
            charges: [Invoice.Line.Charge(amount: cents(105))]
        )
        let second = line(
            "2",
            quantity: Quantity(fixed(-quantity, scale: 2)),
            price: Amount(fixed(prices.1, scale: 4)),
            category: .standardRate,
            rate: Percentage(fixed(secondRate, scale: 2))
        )
        let documentCharge = Invoice.Charge(
            amount: .zero,
            percentage: Percentage(10),
            vatCategoryCode: .standardRate,
            vatRate: Percentage(20)
        )
        let totals = InvoiceTotalsCalculator().computeTotals(
            of: invoice(lines: [first, second], charges: [documentCharge])
        )

        // The reference: q × p ÷ b in cents = p (10^-4) × q (10^-2) ÷ (b (10^-2) × 100).
        func divide(_ numerator: Int, _ denominator: Int) -> Int {
            TotalsReference.divide(numerator, by: denominator, rule: .halfAwayFromZero)
        }
        let firstGross = divide(prices.0 * quantity, baseQuantity * 100)
        let firstNet = firstGross + 105 - divide(firstGross * allowancePercent, 10_000)
        let secondNet = divide(prices.1 * -quantity, 10_000)
        let sameRate = secondRate == 2000
        let lineNet20 = firstNet + (sameRate ? secondNet : 0)
        let charge = divide(lineNet20 * 1000, 10_000)
        let taxable20 = lineNet20 + charge
        let tax20 = divide(taxable20 * 2000, 10_000)
        let taxSecond = divide(secondNet * secondRate, 10_000)

        #expect(totals.lines.map(\.netAmount) == [cents(firstNet), cents(secondNet)], context)
        #expect(totals.charges.map(\.amount) == [cents(charge)], context)
        #expect(totals.totalWithoutVAT == cents(firstNet + secondNet + charge), context)
        if sameRate {
            #expect(totals.vatBreakdown.map(\.taxableAmount) == [cents(taxable20)], context)
            #expect(totals.vatBreakdown.map(\.taxAmount) == [cents(tax20)], context)
        } else {
            #expect(totals.vatBreakdown.map(\.taxableAmount) == [cents(taxable20), cents(secondNet)], context)
            #expect(totals.vatBreakdown.map(\.taxAmount) == [cents(tax20), cents(taxSecond)], context)
        }
        #expect(totals.totalVAT == cents(tax20 + (sameRate ? 0 : taxSecond)), context)
        #expect(totals.amountDue == totals.totalWithVAT, context)
    }

    @Test("Computed totals satisfy every BR-CO identity and pass every rule set")
    func computedTotalsAreConsistent() {
        withEvery("price", in: Self.prices) { price in
            withEvery("quantity", in: Self.quantities) { quantity in
                withEvery("category", in: Self.categories) { category in
                    withEvery("adjustment", in: DocumentAdjustment.allCases) { adjustment in
                        checkIdentities(price: price, quantity: quantity, category: category, adjustment: adjustment)
                    }
                }
            }
        }
    }

    /// One case of ``computedTotalsAreConsistent()``: a line of the category, a 20 % line, an
    /// adjustment, a prepayment and a rounding amount, completed, then checked.
    func checkIdentities(price: Int, quantity: Int, category: TotalsReference.Category, adjustment: DocumentAdjustment)
    {
        let context = Comment(rawValue: "price \(price) quantity \(quantity) \(category) \(adjustment)")
        let code = VATCategoryCode(category.code)
        let rate = Self.lineRate(category, category.carriesNoVAT ? 0 : 550)
        let subject = invoice(
            lines: [
                line(
                    "1",
                    quantity: Quantity(fixed(quantity, scale: 2)),
                    price: Amount(fixed(price, scale: 4)),
                    category: code,
                    rate: rate
                ),
                line("2", quantity: 3, price: amount("19.99"), category: .standardRate, rate: Percentage(20)),
            ],
            allowances: adjustment.allowances(code, rate),
            charges: adjustment.charges(code, rate),
            totals: Invoice.Totals(paidAmount: cents(1000), roundingAmount: cents(-1))
        ).withComputedTotals()
        let totals = subject.totals
        let sumOfLines = subject.lines.map(\.netAmount).sum()
        let allowances = totals.sumOfAllowances ?? .zero
        let charges = totals.sumOfCharges ?? .zero
        // BR-CO-10 to BR-CO-16, and BG-23 adding up to BT-109.
        #expect(totals.sumOfLineNetAmounts == sumOfLines, context)
        #expect(allowances == subject.allowances.map(\.amount).sum(), context)
        #expect(charges == subject.charges.map(\.amount).sum(), context)
        #expect(totals.totalWithoutVAT == sumOfLines - allowances + charges, context)
        #expect(totals.totalVAT == subject.vatBreakdown.map(\.taxAmount).sum(), context)
        #expect(totals.totalWithVAT == totals.totalWithoutVAT + (totals.totalVAT ?? .zero), context)
        #expect(totals.amountDue == totals.totalWithVAT - cents(1000) + cents(-1), context)
        #expect(subject.vatBreakdown.map(\.taxableAmount).sum() == totals.totalWithoutVAT, context)
        for calculator in allCalculators {
            #expect(calculator.check(subject) == [], context)
        }
    }
}

// MARK: - Checking

/// A consistent invoice: two standard-rate lines at 20 % and 5.5 % (one with a 10 % line
/// allowance), a zero-rated line, a document allowance and a percentage charge, a prepayment and
/// a rounding amount.
///
/// Computed: lines 59.97, 9.28, 120.00; BT-106 189.25, BT-107 5.00, BT-108 0.23, BT-109 184.48;
/// S 20 %: 54.97 → 10.99; S 5.5 %: 9.51 → 0.52; Z: 120.00 → 0; BT-110 11.51, BT-112 195.99,
/// BT-113 50.00, BT-114 0.01, BT-115 146.00.
private func consistentInvoice() -> Invoice {
    invoice(
        lines: [
            line("1", quantity: 3, price: amount("19.99"), category: .standardRate, rate: Percentage(20)),
            line(
                "2",
                quantity: Quantity(fixed(25, scale: 1)),
                price: amount("4.1234"),
                category: .standardRate,
                rate: percent("5.5"),
                allowances: [Invoice.Line.Allowance(amount: .zero, percentage: Percentage(10))]
            ),
            line("3", quantity: 1, price: amount("120"), category: .zeroRated, rate: Percentage(0)),
        ],
        allowances: [
            Invoice.Allowance(amount: amount("5.00"), vatCategoryCode: .standardRate, vatRate: Percentage(20))
        ],
        charges: [
            Invoice.Charge(
                amount: .zero,
                percentage: percent("2.5"),
                vatCategoryCode: .standardRate,
                vatRate: percent("5.5")
            )
        ],
        totals: Invoice.Totals(paidAmount: amount("50.00"), roundingAmount: amount("0.01"))
    ).withComputedTotals()
}

/// One stated amount changed, and what each rule set reports.
struct Tamper: Sendable, CustomTestStringConvertible {
    let name: String
    let apply: @Sendable (inout Invoice) -> Void
    /// `rule term` pairs, sorted, reported under the exact rule set.
    let exact: [String]
    /// Reported under the CEN CII and UBL rule sets.
    let cen: [String]

    var testDescription: String { name }

    static let ten = amount("10.00")

    static let all: [Tamper] = [
        Tamper(
            name: "BT-106",
            apply: { $0.totals.sumOfLineNetAmounts! += ten },
            exact: ["BR-CO-10 BT-106"],
            cen: ["BR-CO-10 BT-106", "BR-CO-13 BT-109"]
        ),
        Tamper(
            name: "BT-107",
            apply: { $0.totals.sumOfAllowances! += ten },
            exact: ["BR-CO-11 BT-107"],
            cen: ["BR-CO-11 BT-107", "BR-CO-13 BT-109"]
        ),
        Tamper(
            name: "BT-108",
            apply: { $0.totals.sumOfCharges! += ten },
            exact: ["BR-CO-12 BT-108"],
            cen: ["BR-CO-12 BT-108", "BR-CO-13 BT-109"]
        ),
        Tamper(
            name: "BT-109",
            apply: { $0.totals.totalWithoutVAT += ten },
            exact: ["BR-CO-13 BT-109"],
            cen: ["BR-CO-13 BT-109", "BR-CO-15 BT-112"]
        ),
        Tamper(
            name: "BT-110",
            apply: { $0.totals.totalVAT! += ten },
            exact: ["BR-CO-14 BT-110"],
            cen: ["BR-CO-14 BT-110", "BR-CO-15 BT-112"]
        ),
        Tamper(
            name: "BT-112",
            apply: { $0.totals.totalWithVAT += ten },
            exact: ["BR-CO-15 BT-112"],
            cen: ["BR-CO-15 BT-112", "BR-CO-16 BT-115"]
        ),
        // The paid and rounding amounts are inputs: changing one makes the amount due wrong.
        Tamper(
            name: "BT-113",
            apply: { $0.totals.paidAmount! += ten },
            exact: ["BR-CO-16 BT-115"],
            cen: ["BR-CO-16 BT-115"]
        ),
        Tamper(
            name: "BT-114",
            apply: { $0.totals.roundingAmount! += ten },
            exact: ["BR-CO-16 BT-115"],
            cen: ["BR-CO-16 BT-115"]
        ),
        Tamper(
            name: "BT-115",
            apply: { $0.totals.amountDue += ten },
            exact: ["BR-CO-16 BT-115"],
            cen: ["BR-CO-16 BT-115"]
        ),
        Tamper(
            name: "BT-116 of S 20 %",
            apply: { $0.vatBreakdown[0].taxableAmount += ten },
            exact: ["BR-S-08 BT-116"],
            cen: ["BR-CO-17 BT-117", "BR-S-08 BT-116", "BR-S-09 BT-117"]
        ),
        Tamper(
            name: "BT-117 of S 20 %",
            apply: { $0.vatBreakdown[0].taxAmount += ten },
            exact: ["BR-CO-17 BT-117"],
            cen: ["BR-CO-14 BT-110", "BR-CO-17 BT-117", "BR-S-09 BT-117"]
        ),
        Tamper(
            name: "BT-116 of Z",
            apply: { $0.vatBreakdown[2].taxableAmount += ten },
            exact: ["BR-Z-08 BT-116"],
            cen: ["BR-Z-08 BT-116"]
        ),
        Tamper(
            name: "BT-117 of Z",
            apply: { $0.vatBreakdown[2].taxAmount += ten },
            exact: ["BR-Z-09 BT-117"],
            cen: ["BR-CO-14 BT-110", "BR-CO-17 BT-117", "BR-Z-09 BT-117"]
        ),
        Tamper(
            name: "BT-131 of line 1",
            apply: { $0.lines[0].netAmount += ten },
            exact: ["PEPPOL-EN16931-R120 BT-131"],
            cen: ["BR-CO-10 BT-106", "BR-S-08 BT-116", "PEPPOL-EN16931-R120 BT-131"]
        ),
    ]
}

extension InvoiceTotalsCalculatorTests {
    @Test("A consistent invoice has no discrepancy under any rule set")
    func consistentInvoiceHasNoDiscrepancy() {
        let subject = consistentInvoice()
        #expect(subject.lines.map(\.netAmount) == [amount("59.97"), amount("9.28"), amount("120.00")])
        #expect(subject.charges.map(\.amount) == [amount("0.23")])
        #expect(subject.charges.first?.baseAmount == amount("9.28"))
        #expect(subject.totals.sumOfLineNetAmounts == amount("189.25"))
        #expect(subject.totals.totalWithoutVAT == amount("184.48"))
        #expect(subject.vatBreakdown.map(\.taxableAmount) == [amount("54.97"), amount("9.51"), amount("120.00")])
        #expect(subject.vatBreakdown.map(\.taxAmount) == [amount("10.99"), amount("0.52"), amount("0.00")])
        #expect(subject.totals.totalVAT == amount("11.51"))
        #expect(subject.totals.totalWithVAT == amount("195.99"))
        #expect(subject.totals.amountDue == amount("146.00"))
        for calculator in allCalculators {
            #expect(calculator.check(subject) == [], "\(calculator.configuration.ruleSet)")
        }
    }

    @Test(
        "Tampering with one stated amount reports exactly that term (exact) or the official rules' set (CEN)",
        arguments: Tamper.all
    )
    func tamperedAmountIsReported(tamper: Tamper) {
        var subject = consistentInvoice()
        tamper.apply(&subject)
        #expect(rulesAndTerms(exact.check(subject)) == tamper.exact)
        #expect(rulesAndTerms(cenCII.check(subject)) == tamper.cen)
        #expect(rulesAndTerms(cenUBL.check(subject)) == tamper.cen)
        let reported = exact.check(subject)
        #expect(reported.allSatisfy { $0.stated != $0.expected && $0.expected == $0.computed })
    }

    @Test("A tax amount one cent off breaks only BR-CO-14 under CII, within BR-CO-17's tolerance")
    func oneCentOffTaxAmount() {
        var subject = consistentInvoice()
        subject.vatBreakdown[0].taxAmount += cents(1)
        #expect(rulesAndTerms(cenCII.check(subject)) == ["BR-CO-14 BT-110"])
        #expect(rulesAndTerms(exact.check(subject)) == ["BR-CO-17 BT-117"])
    }

    @Test("A zero-rated taxable amount 0.99 off passes CII (tolerance below 1) but not UBL (exact)")
    func zeroRatedTaxableTolerance() {
        var subject = consistentInvoice()
        subject.vatBreakdown[2].taxableAmount += amount("0.99")
        #expect(cenCII.check(subject) == [])
        #expect(rulesAndTerms(cenUBL.check(subject)) == ["BR-Z-08 BT-116"])
        subject.vatBreakdown[2].taxableAmount += cents(1)
        #expect(rulesAndTerms(cenCII.check(subject)) == ["BR-Z-08 BT-116"])
    }

    /// The CEN unit test `cii/BR-CO-17.xml`: taxable −72.50 at 19 %, tax −13.775 → −13.78.
    @Test(
        "BR-CO-17 accepts a tax amount within 1.00 inclusive under CII, as the CEN unit tests say",
        arguments: [
            ("-13.78", true, true, true), ("-12.78", true, false, false), ("-14.78", true, false, false),
            ("-12.77", false, false, false), ("-14.79", false, false, false),
        ]
    )
    func brCO17Tolerance(tax: String, ciiAccepts: Bool, ublAccepts: Bool, brS09Accepts: Bool) {
        var subject = invoice(
            lines: [line("1", quantity: -1, price: amount("72.50"), category: .standardRate, rate: percent("19.00"))]
        ).withComputedTotals()
        #expect(subject.vatBreakdown.first?.taxAmount == amount("-13.78"))
        subject.vatBreakdown[0].taxAmount = amount(tax)
        subject.totals.totalVAT = amount(tax)
        subject.totals.totalWithVAT = subject.totals.totalWithoutVAT + amount(tax)
        subject.totals.amountDue = subject.totals.totalWithVAT
        let cii = cenCII.check(subject).map(\.ruleID)
        let ubl = cenUBL.check(subject).map(\.ruleID)
        #expect(cii.contains("BR-CO-17") == !ciiAccepts)
        #expect(ubl.contains("BR-CO-17") == !ublAccepts)
        #expect(cii.contains("BR-S-09") == !brS09Accepts)
        #expect(Set(cii).subtracting(["BR-CO-17", "BR-S-09"]).isEmpty)
    }

    @Test("BR-CO-15 accepts BT-112 = BT-109 under CII only")
    func brCO15Escape() {
        var subject = consistentInvoice()
        subject.totals.totalWithVAT = subject.totals.totalWithoutVAT
        subject.totals.amountDue = subject.totals.totalWithVAT - amount("50.00") + amount("0.01")
        #expect(cenCII.check(subject) == [])
        #expect(rulesAndTerms(cenUBL.check(subject)) == ["BR-CO-15 BT-112"])
        #expect(rulesAndTerms(exact.check(subject)) == ["BR-CO-15 BT-112", "BR-CO-16 BT-115"])
    }

    @Test("Rules round with XPath's round, halves toward positive infinity")
    func xpathRounding() {
        var subject = invoice(
            lines: [
                line(
                    "1",
                    quantity: 1,
                    price: .zero,
                    category: .standardRate,
                    rate: Percentage(20),
                    netAmount: amount("-0.125")
                ),
                line("2", quantity: 1, price: .zero, category: .standardRate, rate: Percentage(20), netAmount: .zero),
            ],
            totals: Invoice.Totals(sumOfLineNetAmounts: amount("-0.12"))
        )
        let noLineChecks = InvoiceTotalsCalculator(configuration: .init(checksLineAmounts: false))
        #expect(!noLineChecks.check(subject).contains { $0.ruleID == "BR-CO-10" })
        #expect(noLineChecks.check(subject).contains { $0.ruleID == "BR-DEC-23" && $0.location.lineIndex == 0 })
        subject.totals.sumOfLineNetAmounts = amount("-0.13")
        let discrepancy = noLineChecks.check(subject).first { $0.ruleID == "BR-CO-10" }
        #expect(discrepancy?.expected == amount("-0.12"))
    }

    @Test("Line net amounts are checked with PEPPOL's 0.02 tolerance, or not at all when line checks are off")
    func lineNetTolerance() {
        var subject = invoice(lines: [
            line("1", quantity: 3, price: amount("19.99"), category: .standardRate, rate: Percentage(20))
        ])
        .withComputedTotals()
        subject.lines[0].netAmount = amount("59.99")
        #expect(!cenCII.check(subject).contains { $0.ruleID == "PEPPOL-EN16931-R120" })
        #expect(exact.check(subject).contains { $0.ruleID == "PEPPOL-EN16931-R120" })
        subject.lines[0].netAmount = amount("60.00")
        let reported = cenCII.check(subject).first { $0.ruleID == "PEPPOL-EN16931-R120" }
        #expect(reported?.expected == amount("59.97"))
        #expect(reported?.location == TotalsDiscrepancy.Location(lineIndex: 0, lineID: "1"))
        let quiet = InvoiceTotalsCalculator(configuration: .init(checksLineAmounts: false))
        #expect(!quiet.check(subject).contains { $0.ruleID.hasPrefix("PEPPOL") })
    }

    @Test("An allowance with a base and a percentage must equal base × percentage ÷ 100 within 0.02")
    func allowancePercentage() {
        var subject = consistentInvoice()
        subject.lines[1].allowances[0].amount += cents(3)
        let reported = cenCII.check(subject).filter { $0.ruleID == "PEPPOL-EN16931-R040" }
        #expect(reported.map(\.businessTerm) == ["BT-136"])
        #expect(reported.first?.location == TotalsDiscrepancy.Location(lineIndex: 1, lineID: "2", allowanceIndex: 0))
    }

    @Test("A line with a zero base quantity keeps its stated net amount and is reported, without trapping")
    func zeroBaseQuantity() {
        let subject = invoice(
            lines: [
                line(
                    "1",
                    quantity: 2,
                    price: amount("10"),
                    baseQuantity: 0,
                    category: .standardRate,
                    rate: Percentage(20),
                    netAmount: amount("12.34"),
                    allowances: [Invoice.Line.Allowance(amount: amount("1.00"), percentage: Percentage(10))]
                )
            ]
        )
        let totals = cenCII.computeTotals(of: subject)
        #expect(totals.lines.first?.isPriced == false)
        #expect(totals.lines.first?.netAmount == amount("12.34"))
        #expect(totals.lines.first?.allowances.first?.amount == amount("1.00"))
        #expect(totals.totalWithVAT == amount("14.81"))
        // PEPPOL counts a zero base quantity as 1 for R120, so the stated net amount breaks it too.
        #expect(
            rulesAndTerms(cenCII.check(subject.withComputedTotals()))
                == ["PEPPOL-EN16931-R120 BT-131", "PEPPOL-EN16931-R121 BT-149"]
        )
        #expect(rulesAndTerms(exact.check(subject.withComputedTotals())) == ["PEPPOL-EN16931-R121 BT-149"])
    }

    @Test("A VAT breakdown missing for a category, or repeated, is reported")
    func missingBreakdown() {
        var subject = consistentInvoice()
        subject.vatBreakdown.remove(at: 2)  // the Z entry
        #expect(cenCII.check(subject).map(\.ruleID).contains("BR-Z-01"))
        #expect(exact.check(subject).map(\.ruleID).contains("BR-Z-01"))
        var repeated = consistentInvoice()
        repeated.vatBreakdown.append(repeated.vatBreakdown[2])
        #expect(cenCII.check(repeated).map(\.ruleID).contains("BR-Z-01"))
        #expect(rulesAndTerms(exact.check(repeated)) == ["BR-Z-01 BG-23"])
    }

    @Test("An empty standard-rate breakdown without lines breaks BR-S-08 under UBL only")
    func emptyStandardRateBreakdown() {
        var subject = consistentInvoice()
        subject.vatBreakdown.append(
            Invoice.VATBreakdown(
                taxableAmount: .zero,
                taxAmount: .zero,
                categoryCode: .standardRate,
                rate: Percentage(10)
            )
        )
        #expect(cenCII.check(subject) == [])
        #expect(rulesAndTerms(cenUBL.check(subject)) == ["BR-S-08 BT-116"])
        #expect(exact.check(subject) == [])
    }

    @Test("Amounts with more than two decimals break the BR-DEC rules")
    func decimals() {
        var subject = consistentInvoice()
        subject.totals.amountDue = amount("146.000")
        #expect(rulesAndTerms(cenCII.check(subject)) == ["BR-DEC-18 BT-115"])
        subject = consistentInvoice()
        subject.totals.totalVAT = amount("11.510")
        // CII tests BT-110 by value, UBL by its text.
        #expect(cenCII.check(subject) == [])
        #expect(rulesAndTerms(cenUBL.check(subject)) == ["BR-DEC-13 BT-110"])
    }
}

// MARK: - Official examples and scale

extension InvoiceTotalsCalculatorTests {
    /// `samples/cen-en16931/cii/CII-BR-CO-10-RoundingIssue.xml`, read by eye: two flight tickets
    /// and their cancellations, whose line net amounts add up to zero only in exact arithmetic.
    @Test("The CEN rounding-issue example is consistent under every rule set")
    func cenRoundingExample() {
        let subject = invoice(
            lines: [
                line(
                    "1",
                    quantity: 1,
                    price: amount("720.81"),
                    category: .standardRate,
                    rate: percent("19.00"),
                    netAmount: amount("720.81")
                ),
                line(
                    "1",
                    quantity: 1,
                    price: amount("0.01"),
                    category: .zeroRated,
                    rate: Percentage(0),
                    netAmount: amount("0.01")
                ),
                line(
                    "2",
                    quantity: -1,
                    price: amount("720.81"),
                    category: .standardRate,
                    rate: percent("19.00"),
                    netAmount: amount("-720.81")
                ),
                line(
                    "2",
                    quantity: -1,
                    price: amount("0.01"),
                    category: .zeroRated,
                    rate: Percentage(0),
                    netAmount: amount("-0.01")
                ),
            ],
            totals: Invoice.Totals(
                sumOfLineNetAmounts: amount("0.00"),
                sumOfAllowances: amount("0"),
                sumOfCharges: amount("0"),
                totalWithoutVAT: amount("0.00"),
                totalVAT: amount("0.00"),
                totalWithVAT: amount("0.00"),
                paidAmount: amount("0"),
                amountDue: amount("0.00")
            ),
            vatBreakdown: [
                Invoice.VATBreakdown(
                    taxableAmount: amount("0.00"),
                    taxAmount: amount("0.00"),
                    categoryCode: .zeroRated,
                    rate: Percentage(0)
                ),
                Invoice.VATBreakdown(
                    taxableAmount: amount("0.00"),
                    taxAmount: amount("0.00"),
                    categoryCode: .standardRate,
                    rate: percent("19.00")
                ),
            ]
        )
        for calculator in allCalculators {
            #expect(calculator.check(subject) == [], "\(calculator.configuration.ruleSet)")
        }
        let totals = cenCII.computeTotals(of: subject)
        #expect(totals.amountDue == .zero)
        #expect(totals.vatBreakdown.map(\.categoryCode) == [.standardRate, .zeroRated])
    }

    @Test("A 200-line invoice computes like the integer reference and checks clean")
    func twoHundredLines() {
        let rates = [2000, 550, 1000, 0]
        var lines: [Invoice.Line] = []
        var netByRate = [Int](repeating: 0, count: rates.count)
        for index in 0..<200 {
            let price = 1_2345 * (index + 1)  // ten-thousandths
            let quantity = (index % 7 + 1) * 50  // hundredths
            let slot = index % rates.count
            let code: VATCategoryCode = rates[slot] == 0 ? .zeroRated : .standardRate
            let allowancePercent = index % 5 == 0 ? 500 : 0  // hundredths of a percent
            lines.append(
                line(
                    "\(index + 1)",
                    quantity: Quantity(fixed(quantity, scale: 2)),
                    price: Amount(fixed(price, scale: 4)),
                    category: code,
                    rate: Percentage(fixed(rates[slot], scale: 2)),
                    allowances: allowancePercent == 0
                        ? []
                        : [
                            Invoice.Line.Allowance(
                                amount: .zero,
                                percentage: Percentage(fixed(allowancePercent, scale: 2))
                            )
                        ]
                )
            )
            let gross = TotalsReference.divide(price * quantity, by: 10_000, rule: .halfAwayFromZero)
            netByRate[slot] +=
                gross - TotalsReference.divide(gross * allowancePercent, by: 10_000, rule: .halfAwayFromZero)
        }
        let subject = invoice(lines: lines).withComputedTotals()
        let taxes = zip(netByRate, rates).map { TotalsReference.divide($0 * $1, by: 10_000, rule: .halfAwayFromZero) }
        #expect(subject.vatBreakdown.map(\.taxableAmount) == netByRate.map(cents))
        #expect(subject.vatBreakdown.map(\.taxAmount) == taxes.map(cents))
        #expect(subject.totals.totalWithoutVAT == cents(netByRate.reduce(0, +)))
        #expect(subject.totals.amountDue == cents(netByRate.reduce(0, +) + taxes.reduce(0, +)))
        for calculator in allCalculators {
            #expect(calculator.check(subject) == [])
        }
    }

    @Test("Completing an invoice keeps exemption reasons, stated inputs and absent optional totals")
    func withComputedTotalsKeepsStatedTerms() {
        let subject = invoice(
            lines: [line("1", quantity: 2, price: amount("50"), category: .exempt, rate: Percentage(0))],
            totals: Invoice.Totals(totalVATInAccountingCurrency: amount("1.00"), paidAmount: amount("10.00")),
            vatBreakdown: [
                Invoice.VATBreakdown(
                    taxableAmount: .zero,
                    taxAmount: .zero,
                    categoryCode: .exempt,
                    rate: Percentage(0),
                    exemptionReason: "Article 261 du CGI"
                )
            ]
        ).withComputedTotals()
        #expect(subject.vatBreakdown.first?.exemptionReason == "Article 261 du CGI")
        #expect(subject.vatBreakdown.first?.taxableAmount == amount("100.00"))
        #expect(subject.totals.sumOfAllowances == nil)
        #expect(subject.totals.sumOfCharges == nil)
        #expect(subject.totals.totalVATInAccountingCurrency == amount("1.00"))
        #expect(subject.totals.amountDue == amount("90.00"))
    }

    @Test("Computed totals and discrepancies survive a JSON round trip")
    func codableRoundTrip() throws {
        var subject = consistentInvoice()
        let totals = cenCII.computeTotals(of: subject)
        let decodedTotals = try JSONDecoder().decode(InvoiceTotals.self, from: JSONEncoder().encode(totals))
        #expect(decodedTotals == totals)
        subject.totals.amountDue += cents(1)
        let discrepancies = cenCII.check(subject)
        let decoded = try JSONDecoder().decode([TotalsDiscrepancy].self, from: JSONEncoder().encode(discrepancies))
        #expect(decoded == discrepancies)
        #expect(
            discrepancies.map(\.description) == [
                "[BR-CO-16] document: amount due (BT-115) is 146.01; BT-112 − BT-113 + BT-114 is 146.00"
            ]
        )
    }

    @Test("Locations describe themselves for people")
    func locationDescriptions() {
        typealias Location = TotalsDiscrepancy.Location
        #expect(Location.document.description == "document")
        #expect(Location(lineIndex: 2, lineID: "3", allowanceIndex: 0).description == "line 2 (id 3), allowance 0")
        #expect(Location(chargeIndex: 1).description == "charge 1")
        #expect(
            Location(vatBreakdownIndex: 0, vatCategory: .standardRate, vatRate: Percentage(20)).description
                == "VAT breakdown 0 (S 20)"
        )
    }
}
