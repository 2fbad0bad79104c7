// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Computes the totals and the VAT breakdown of an invoice as EN 16931 defines them, and checks
/// the ones an invoice states.
///
/// ```swift
/// let calculator = InvoiceTotalsCalculator()
/// let totals = calculator.computeTotals(of: invoice)
/// print(totals.amountDue)                          // BT-115
/// for discrepancy in calculator.check(invoice) {   // what the EN 16931 Schematron would reject
///     print(discrepancy)                           // [BR-CO-13] document: …
/// }
/// let complete = invoice.withComputedTotals()      // totals and VAT breakdown filled in
/// ```
///
/// ## Where amounts are rounded
///
/// Every computation is exact (``ExactDecimal``, no floating point). Amounts are rounded to two
/// decimals under ``Configuration/roundingRule`` at the points where EN 16931 gives a document
/// amount two decimals (BR-DEC-23 to BR-DEC-28, BR-DEC-01 to BR-DEC-06, BR-DEC-20):
///
/// 1. quantity × net price ÷ base quantity, once per line, before line allowances and charges are
///    added (the division is rounded once, never truncated first);
/// 2. each allowance or charge amount computed as base × percentage ÷ 100;
/// 3. each VAT category tax amount (BT-117) = taxable amount × rate ÷ 100.
///
/// Sums and differences of those amounts (BT-106 to BT-116) need no rounding: they are exact.
/// Stated amounts taken as inputs (an allowance without a percentage, BT-113, BT-114) are rounded
/// to two decimals too, which only changes an invoice that breaks the BR-DEC rules.
///
/// ## Incomplete lines
///
/// The model makes quantity and net price mandatory, so every line can be priced except one whose
/// base quantity (BT-149) is zero or negative: its net amount is then taken as stated (BT-131),
/// ``InvoiceTotals/Line/quantityTimesPrice`` is `nil`, and ``check(_:)`` reports the base quantity
/// (PEPPOL-EN16931-R121) when line checks are on. Nothing in the calculator traps on invoice
/// content.
public struct InvoiceTotalsCalculator: Sendable {
    /// How the calculator rounds and checks.
    public var configuration: Configuration

    /// Creates a calculator.
    /// - Parameter configuration: rounding and checking options; the defaults follow EN 16931 and
    ///   the CII Schematron.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Computes every amount EN 16931 derives from an invoice's lines, allowances and charges.
    ///
    /// The stated totals, VAT breakdown and line net amounts of `invoice` are ignored, except a
    /// line net amount (BT-131) for a line that cannot be priced; the paid amount (BT-113) and
    /// rounding amount (BT-114) are inputs and are copied. See ``InvoiceTotals`` for the formulas.
    ///
    /// - Parameter invoice: the invoice to compute.
    /// - Returns: the computed amounts, each with two decimals.
    public func computeTotals(of invoice: Invoice) -> InvoiceTotals {
        let lines = invoice.lines.map(computeLine)

        var groups = VATGroups()
        for (line, computed) in zip(invoice.lines, lines) {
            groups.add(
                computed.netAmount,
                to: VATGroupKey(category: line.vat.categoryCode, rate: line.vat.rate),
                category: line.vat.categoryCode,
                rate: line.vat.rate,
                as: .line
            )
        }
        let lineSums = groups.lineSums

        var allowances: [InvoiceTotals.AllowanceCharge] = []
        for allowance in invoice.allowances {
            let key = VATGroupKey(category: allowance.vatCategoryCode, rate: allowance.vatRate)
            let computed = allowanceCharge(
                stated: allowance.amount,
                base: allowance.baseAmount,
                percentage: allowance.percentage,
                defaultBase: lineSums[key]
            )
            allowances.append(computed)
            groups.add(
                computed.amount,
                to: key,
                category: allowance.vatCategoryCode,
                rate: allowance.vatRate,
                as: .allowance
            )
        }
        var charges: [InvoiceTotals.AllowanceCharge] = []
        for charge in invoice.charges {
            let key = VATGroupKey(category: charge.vatCategoryCode, rate: charge.vatRate)
            let computed = allowanceCharge(
                stated: charge.amount,
                base: charge.baseAmount,
                percentage: charge.percentage,
                defaultBase: lineSums[key]
            )
            charges.append(computed)
            groups.add(computed.amount, to: key, category: charge.vatCategoryCode, rate: charge.vatRate, as: .charge)
        }

        let vatBreakdown = groups.ordered.map(breakdown)
        let sumOfLineNetAmounts = cents(lines.map(\.netAmount).sum())
        let sumOfAllowances = cents(allowances.map(\.amount).sum())
        let sumOfCharges = cents(charges.map(\.amount).sum())
        let totalWithoutVAT = sumOfLineNetAmounts - sumOfAllowances + sumOfCharges
        let totalVAT = cents(vatBreakdown.map(\.taxAmount).sum())
        let totalWithVAT = totalWithoutVAT + totalVAT
        let paidAmount = cents(invoice.totals.paidAmount ?? .zero)
        let roundingAmount = cents(invoice.totals.roundingAmount ?? .zero)
        return InvoiceTotals(
            lines: lines,
            allowances: allowances,
            charges: charges,
            sumOfLineNetAmounts: sumOfLineNetAmounts,
            sumOfAllowances: sumOfAllowances,
            sumOfCharges: sumOfCharges,
            totalWithoutVAT: totalWithoutVAT,
            totalVAT: totalVAT,
            totalWithVAT: totalWithVAT,
            paidAmount: paidAmount,
            roundingAmount: roundingAmount,
            amountDue: totalWithVAT - paidAmount + roundingAmount,
            vatBreakdown: vatBreakdown
        )
    }

    // MARK: - Steps

    /// The amount rounded (or padded) to two decimals under the configured rule.
    func cents(_ amount: Amount) -> Amount {
        amount.rounded(scale: 2, rule: configuration.roundingRule)
    }

    /// Quantity × net price ÷ base quantity, rounded once to cents; `nil` when the base quantity is
    /// zero or negative, or the quotient does not fit.
    func quantityTimesPrice(of line: Invoice.Line) -> Amount? {
        let extended = line.price.netPrice * line.quantity
        guard let baseQuantity = line.price.baseQuantity else { return cents(extended) }
        guard baseQuantity.decimal > .zero else { return nil }
        return extended.divided(by: baseQuantity, scale: 2, rule: configuration.roundingRule)
    }

    /// BT-131 of one line, with its allowances and charges.
    func computeLine(_ line: Invoice.Line) -> InvoiceTotals.Line {
        let priced = quantityTimesPrice(of: line)
        let allowances = line.allowances.map {
            allowanceCharge(stated: $0.amount, base: $0.baseAmount, percentage: $0.percentage, defaultBase: priced)
        }
        let charges = line.charges.map {
            allowanceCharge(stated: $0.amount, base: $0.baseAmount, percentage: $0.percentage, defaultBase: priced)
        }
        let netAmount: Amount
        if let priced {
            netAmount = priced + charges.map(\.amount).sum() - allowances.map(\.amount).sum()
        } else {
            netAmount = cents(line.netAmount)
        }
        return InvoiceTotals.Line(
            quantityTimesPrice: priced,
            allowances: allowances,
            charges: charges,
            netAmount: cents(netAmount)
        )
    }

    /// base × percentage ÷ 100 rounded to cents when there is a percentage and a base, else the
    /// stated amount rounded to cents.
    func allowanceCharge(
        stated: Amount,
        base: Amount?,
        percentage: Percentage?,
        defaultBase: Amount?
    )
        -> InvoiceTotals.AllowanceCharge
    {
        if let percentage, let base = base ?? defaultBase {
            return InvoiceTotals.AllowanceCharge(
                amount: cents(base.applying(percentage)),
                baseAmount: base,
                isComputedFromPercentage: true
            )
        }
        return InvoiceTotals.AllowanceCharge(amount: cents(stated), baseAmount: base, isComputedFromPercentage: false)
    }

    /// One VAT breakdown entry from the sums of its group.
    func breakdown(_ group: VATGroups.Group) -> Invoice.VATBreakdown {
        let taxableAmount = cents(group.lines + group.charges - group.allowances)
        let rate: Percentage?
        let taxAmount: Amount
        if group.category == .outsideScope {
            rate = nil
            taxAmount = cents(.zero)
        } else if group.category.carriesNoVAT {
            // BR-Z-05, BR-E-05 and siblings: the rate of these categories is zero.
            rate = group.rate.flatMap { $0.isZero ? $0 : nil } ?? Percentage(0)
            taxAmount = cents(.zero)
        } else {
            rate = group.rate
            taxAmount = group.rate.map { cents(taxableAmount.applying($0)) } ?? cents(.zero)
        }
        return Invoice.VATBreakdown(
            taxableAmount: taxableAmount,
            taxAmount: taxAmount,
            categoryCode: group.category,
            rate: rate
        )
    }
}

/// Amounts gathered per VAT breakdown key, in order of first appearance.
struct VATGroups {
    enum Source {
        case line
        case allowance
        case charge
    }

    struct Group {
        let key: VATGroupKey
        let category: VATCategoryCode
        /// The rate as first written by a contributing line, allowance or charge.
        let rate: Percentage?
        var lines: Amount = .zero
        var allowances: Amount = .zero
        var charges: Amount = .zero
    }

    private(set) var ordered: [Group] = []
    private var indexByKey: [VATGroupKey: Int] = [:]

    mutating func add(
        _ amount: Amount,
        to key: VATGroupKey,
        category: VATCategoryCode,
        rate: Percentage?,
        as source: Source
    ) {
        let index: Int
        if let existing = indexByKey[key] {
            index = existing
        } else {
            index = ordered.count
            indexByKey[key] = index
            ordered.append(Group(key: key, category: category, rate: rate))
        }
        switch source {
        case .line: ordered[index].lines += amount
        case .allowance: ordered[index].allowances += amount
        case .charge: ordered[index].charges += amount
        }
    }

    /// Σ line net amounts per key.
    var lineSums: [VATGroupKey: Amount] {
        var sums: [VATGroupKey: Amount] = [:]
        for group in ordered { sums[group.key] = group.lines }
        return sums
    }
}
