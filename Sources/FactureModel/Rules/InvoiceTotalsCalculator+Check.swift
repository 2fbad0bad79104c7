// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension InvoiceTotalsCalculator {
    /// Compares the totals, VAT breakdown and line amounts an invoice states with the rules of
    /// EN 16931, and returns every amount that breaks one.
    ///
    /// Under the default ``Configuration/RuleSet/cenCII`` the verdict is the EN 16931 CII
    /// Schematron's (release 1.3.16) for the rules listed below: the same relations, rounding and
    /// tolerances, so an invoice passes here when it passes there (the one corner where they can
    /// part, floating-point sums of amounts that break BR-DEC, is described at
    /// ``Configuration/RuleSet/cenCII``).
    ///
    /// | Rule | Term | Relation (CII) | Tolerance |
    /// |---|---|---|---|
    /// | BR-CO-10 | BT-106 | = round(Σ BT-131) | exact |
    /// | BR-CO-11 | BT-107 | = round(Σ BT-92), or both absent | exact |
    /// | BR-CO-12 | BT-108 | = round(Σ BT-99), or both absent | exact |
    /// | BR-CO-13 | BT-109 | = round(BT-106 − BT-107 + BT-108) | exact |
    /// | BR-CO-14 | BT-110 | = round(Σ BT-117), when BT-110 is present | exact |
    /// | BR-CO-15 | BT-112 | = round(BT-109 + BT-110), or = BT-109 | exact |
    /// | BR-CO-16 | BT-115 | = BT-112 − BT-113 + BT-114 | exact |
    /// | BR-CO-17 | BT-117 | \|BT-117\| vs round(\|BT-116\| × BT-119 ÷ 100); round(BT-117) = 0 at a rate that rounds to 0 | ≤ 1.00 |
    /// | BR-S-08, BR-AF-08, BR-AG-08 | BT-116 | = round(Σ BT-131) + round(Σ BT-99) − round(Σ BT-92) of the category and rate | exact |
    /// | BR-S-09 | BT-117 | \|BT-117\| vs round(\|BT-116\| × BT-119 ÷ 100) | < 1.00 |
    /// | BR-Z-08, BR-E-08, BR-AE-08, BR-IC-08, BR-G-08 | BT-116 | as BR-S-08, of the category | < 1.00 |
    /// | BR-O-08 | BT-116 | as BR-S-08, of the category | exact |
    /// | BR-Z-09, BR-E-09, BR-AE-09, BR-IC-09, BR-G-09, BR-O-09 | BT-117 | = 0 | exact |
    /// | BR-S-01, BR-Z-01, BR-E-01, BR-AE-01, BR-IC-01, BR-G-01, BR-O-01 | BG-23 | a breakdown per category used | — |
    /// | BR-DEC-01 … BR-DEC-28 | amounts | at most two decimals | — |
    ///
    /// `round` is XPath's: to cents (or units for BR-CO-17's zero case), halves toward positive
    /// infinity. See ``Configuration/RuleSet`` for the UBL differences and for ``Configuration/RuleSet/exact``.
    ///
    /// With ``Configuration/checksLineAmounts`` on (the default), the line checks of PEPPOL BIS
    /// Billing 3.0 are added, which EN 16931's artefacts do not make: PEPPOL-EN16931-R120 (BT-131 =
    /// quantity × net price ÷ base quantity + round(Σ BT-141) − round(Σ BT-136), within
    /// ``Configuration/lineAmountTolerance``), PEPPOL-EN16931-R040 (an allowance or charge with a
    /// base and a percentage = base × percentage ÷ 100, same tolerance) and PEPPOL-EN16931-R121
    /// (a base quantity is above zero).
    ///
    /// - Parameter invoice: the invoice whose stated amounts to check.
    /// - Returns: the discrepancies, document totals first, then the VAT breakdown, the lines and
    ///   the decimal rules; empty when the invoice is consistent.
    public func check(_ invoice: Invoice) -> [TotalsDiscrepancy] {
        let computed = computeTotals(of: invoice)
        let ruleSet = configuration.ruleSet
        var found: [TotalsDiscrepancy] = []
        if ruleSet.isExact {
            found += exactDocumentDiscrepancies(invoice, computed: computed)
            found += exactBreakdownDiscrepancies(invoice, computed: computed)
        } else {
            found += cenDocumentDiscrepancies(invoice, computed: computed, ubl: ruleSet.isUBL)
            found += cenBreakdownDiscrepancies(invoice, computed: computed, ubl: ruleSet.isUBL)
            found += cenPresenceDiscrepancies(invoice, computed: computed, ubl: ruleSet.isUBL)
        }
        if configuration.checksLineAmounts {
            found += lineDiscrepancies(invoice, computed: computed)
        }
        found += decimalDiscrepancies(invoice, numericVATTotal: !ruleSet.isUBL && !ruleSet.isExact)
        return found
    }
}

// MARK: - CEN rule sets: relations between stated amounts

extension InvoiceTotalsCalculator {
    /// BR-CO-10 to BR-CO-16 on stated amounts.
    func cenDocumentDiscrepancies(_ invoice: Invoice, computed: InvoiceTotals, ubl: Bool) -> [TotalsDiscrepancy] {
        let totals = invoice.totals
        var found: [TotalsDiscrepancy] = []

        let sumOfLines = xpathCents(invoice.lines.map(\.netAmount).sum())
        if totals.sumOfLineNetAmounts != sumOfLines {
            found.append(
                TotalsDiscrepancy(
                    ruleID: "BR-CO-10",
                    businessTerm: "BT-106",
                    stated: totals.sumOfLineNetAmounts,
                    expected: sumOfLines,
                    computed: computed.sumOfLineNetAmounts,
                    message: "sum of line net amounts (BT-106) is \(text(totals.sumOfLineNetAmounts)); "
                        + "the line net amounts (BT-131) add up to \(sumOfLines)"
                )
            )
        }

        let sumOfAllowances = xpathCents(invoice.allowances.map(\.amount).sum())
        if !(invoice.allowances.isEmpty && totals.sumOfAllowances == nil), totals.sumOfAllowances != sumOfAllowances {
            found.append(
                TotalsDiscrepancy(
                    ruleID: "BR-CO-11",
                    businessTerm: "BT-107",
                    stated: totals.sumOfAllowances,
                    expected: sumOfAllowances,
                    computed: computed.sumOfAllowances,
                    message: "sum of allowances (BT-107) is \(text(totals.sumOfAllowances)); "
                        + "the document allowances (BT-92) add up to \(sumOfAllowances)"
                )
            )
        }

        let sumOfCharges = xpathCents(invoice.charges.map(\.amount).sum())
        if !(invoice.charges.isEmpty && totals.sumOfCharges == nil), totals.sumOfCharges != sumOfCharges {
            found.append(
                TotalsDiscrepancy(
                    ruleID: "BR-CO-12",
                    businessTerm: "BT-108",
                    stated: totals.sumOfCharges,
                    expected: sumOfCharges,
                    computed: computed.sumOfCharges,
                    message: "sum of charges (BT-108) is \(text(totals.sumOfCharges)); "
                        + "the document charges (BT-99) add up to \(sumOfCharges)"
                )
            )
        }

        // BR-CO-13: absent BT-107 and BT-108 count as zero; an absent BT-106 breaks the rule.
        var totalWithoutVAT: Amount?
        if let sumOfLineNetAmounts = totals.sumOfLineNetAmounts {
            if ubl, totals.sumOfAllowances == nil, totals.sumOfCharges == nil {
                totalWithoutVAT = sumOfLineNetAmounts
            } else {
                totalWithoutVAT = xpathCents(
                    sumOfLineNetAmounts - (totals.sumOfAllowances ?? .zero) + (totals.sumOfCharges ?? .zero)
                )
            }
        }
        if totals.totalWithoutVAT != totalWithoutVAT {
            found.append(
                TotalsDiscrepancy(
                    ruleID: "BR-CO-13",
                    businessTerm: "BT-109",
                    stated: totals.totalWithoutVAT,
                    expected: totalWithoutVAT,
                    computed: computed.totalWithoutVAT,
                    message: "total without VAT (BT-109) is \(totals.totalWithoutVAT); BT-106 − BT-107 + BT-108 is "
                        + (totalWithoutVAT.map { "\($0)" } ?? "undefined, BT-106 being absent")
                )
            )
        }

        if let totalVAT = totals.totalVAT, !(ubl && invoice.vatBreakdown.isEmpty) {
            let sumOfTaxAmounts = xpathCents(invoice.vatBreakdown.map(\.taxAmount).sum())
            if totalVAT != sumOfTaxAmounts {
                found.append(
                    TotalsDiscrepancy(
                        ruleID: "BR-CO-14",
                        businessTerm: "BT-110",
                        stated: totalVAT,
                        expected: sumOfTaxAmounts,
                        computed: computed.totalVAT,
                        message: "total VAT (BT-110) is \(totalVAT); the VAT category tax amounts (BT-117) add up to "
                            + "\(sumOfTaxAmounts)"
                    )
                )
            }
        }

        let totalWithVAT = xpathCents(totals.totalWithoutVAT + (totals.totalVAT ?? .zero))
        let withVATHolds =
            (totals.totalVAT != nil && totals.totalWithVAT == totalWithVAT)
            || (!ubl && totals.totalWithVAT == totals.totalWithoutVAT)
        if !withVATHolds {
            found.append(
                TotalsDiscrepancy(
                    ruleID: "BR-CO-15",
                    businessTerm: "BT-112",
                    stated: totals.totalWithVAT,
                    expected: totalWithVAT,
                    computed: computed.totalWithVAT,
                    message: "total with VAT (BT-112) is \(totals.totalWithVAT); BT-109 + BT-110 is \(totalWithVAT)"
                        + (totals.totalVAT == nil ? " and the total VAT (BT-110) is absent" : "")
                )
            )
        }

        let paid = totals.paidAmount ?? .zero
        let rounding = totals.roundingAmount ?? .zero
        let amountDue = totals.totalWithVAT - paid + rounding
        let dueHolds: Bool
        if ubl {
            switch (totals.paidAmount, totals.roundingAmount) {
            case (nil, nil): dueHolds = totals.amountDue == totals.totalWithVAT
            case (.some, nil): dueHolds = totals.amountDue == xpathCents(totals.totalWithVAT - paid)
            case (nil, .some): dueHolds = xpathCents(totals.amountDue - rounding) == totals.totalWithVAT
            case (.some, .some):
                dueHolds = xpathCents(totals.amountDue - rounding) == xpathCents(totals.totalWithVAT - paid)
            }
        } else {
            dueHolds = totals.amountDue == amountDue
        }
        if !dueHolds {
            found.append(
                TotalsDiscrepancy(
                    ruleID: "BR-CO-16",
                    businessTerm: "BT-115",
                    stated: totals.amountDue,
                    expected: amountDue,
                    computed: computed.amountDue,
                    message: "amount due (BT-115) is \(totals.amountDue); BT-112 − BT-113 + BT-114 is \(amountDue)"
                )
            )
        }
        return found
    }

    /// BR-CO-17 and the -08 and -09 rules of each stated VAT breakdown entry.
    func cenBreakdownDiscrepancies(_ invoice: Invoice, computed: InvoiceTotals, ubl: Bool) -> [TotalsDiscrepancy] {
        var found: [TotalsDiscrepancy] = []
        for (index, entry) in invoice.vatBreakdown.enumerated() {
            let location = TotalsDiscrepancy.Location(
                vatBreakdownIndex: index,
                vatCategory: entry.categoryCode,
                vatRate: entry.rate
            )
            let computedEntry = computed.vatBreakdown.first {
                VATGroupKey(category: $0.categoryCode, rate: $0.rate)
                    == VATGroupKey(category: entry.categoryCode, rate: entry.rate)
            }

            // BR-CO-17, every category.
            let taxAmount = entry.taxAmount
            if let rate = entry.rate, !rate.decimal.rounded(scale: 0, rule: .halfUp).isZero {
                let magnitude = xpathCents(entry.taxableAmount.magnitude.applying(rate))
                let tolerance = TotalsDiscrepancy.Tolerance(amount: 1, isInclusive: !ubl)
                if !tolerance.accepts(taxAmount.magnitude - magnitude) {
                    found.append(
                        TotalsDiscrepancy(
                            ruleID: "BR-CO-17",
                            businessTerm: "BT-117",
                            location: location,
                            stated: taxAmount,
                            expected: entry.taxableAmount.isNegative ? -magnitude : magnitude,
                            computed: computedEntry?.taxAmount,
                            tolerance: tolerance,
                            message: "VAT category tax amount (BT-117) is \(taxAmount); taxable amount × rate is "
                                + "\(magnitude) in magnitude, and the rule accepts a difference \(tolerance)"
                        )
                    )
                }
            } else if !taxAmount.decimal.rounded(scale: 0, rule: .halfUp).isZero {
                found.append(
                    TotalsDiscrepancy(
                        ruleID: "BR-CO-17",
                        businessTerm: "BT-117",
                        location: location,
                        stated: taxAmount,
                        expected: .zero,
                        computed: computedEntry?.taxAmount,
                        tolerance: TotalsDiscrepancy.Tolerance(
                            amount: Amount(ExactDecimal(significand: 5, scale: 1)),
                            isInclusive: false
                        ),
                        message:
                            "VAT category tax amount (BT-117) is \(taxAmount) at a rate that is absent or rounds to 0 %; "
                            + "it must round to 0"
                    )
                )
            }

            guard let family = entry.categoryCode.ruleFamily else { continue }
            found += cenTaxableDiscrepancies(
                invoice,
                entry: entry,
                family: family,
                location: location,
                computedEntry: computedEntry,
                ubl: ubl
            )
            found += cenTaxDiscrepancies(
                entry: entry,
                family: family,
                location: location,
                computedEntry: computedEntry,
                ubl: ubl
            )
        }
        return found
    }

    /// BR-S-08 and siblings for one stated VAT breakdown entry.
    func cenTaxableDiscrepancies(
        _ invoice: Invoice,
        entry: Invoice.VATBreakdown,
        family: String,
        location: TotalsDiscrepancy.Location,
        computedEntry: Invoice.VATBreakdown?,
        ubl: Bool
    ) -> [TotalsDiscrepancy] {
        let category = entry.categoryCode
        let taxable = entry.taxableAmount
        let perRate = !category.carriesNoVAT
        let expected: Amount
        let tolerance: TotalsDiscrepancy.Tolerance
        var holds: Bool
        if perRate {
            // `every $rate in …RateApplicablePercent`: vacuously true without a rate.
            guard let rate = entry.rate else { return [] }
            let items = StatedItems(invoice, category: category, rate: rate.decimal)
            if ubl {
                expected = items.lines + items.charges - items.allowances
                tolerance = TotalsDiscrepancy.Tolerance(amount: 1, isInclusive: false)
                holds = tolerance.accepts(taxable - expected)
                if category == .standardRate, items.isEmpty { holds = false }
            } else {
                expected = xpathCents(items.lines) + xpathCents(items.charges) - xpathCents(items.allowances)
                tolerance = .none
                holds = taxable == expected
            }
        } else {
            let items = StatedItems(invoice, category: category, rate: nil)
            if ubl {
                expected = items.lines + items.charges - items.allowances
                tolerance = .none
            } else {
                expected = xpathCents(items.lines) + xpathCents(items.charges) - xpathCents(items.allowances)
                tolerance =
                    category == .outsideScope ? .none : TotalsDiscrepancy.Tolerance(amount: 1, isInclusive: false)
            }
            holds = tolerance.accepts(taxable - expected)
        }
        guard !holds else { return [] }
        return [
            TotalsDiscrepancy(
                ruleID: "\(family)-08",
                businessTerm: "BT-116",
                location: location,
                stated: taxable,
                expected: expected,
                computed: computedEntry?.taxableAmount,
                tolerance: tolerance,
                message:
                    "VAT category taxable amount (BT-116) is \(taxable); the line net amounts, charges and allowances "
                    + "of the category\(perRate ? " and rate" : "") come to \(expected)"
                    + (tolerance.amount.isZero ? "" : " (accepted difference \(tolerance))")
            )
        ]
    }

    /// BR-S-09 and siblings for one stated VAT breakdown entry.
    func cenTaxDiscrepancies(
        entry: Invoice.VATBreakdown,
        family: String,
        location: TotalsDiscrepancy.Location,
        computedEntry: Invoice.VATBreakdown?,
        ubl: Bool
    ) -> [TotalsDiscrepancy] {
        let category = entry.categoryCode
        let taxAmount = entry.taxAmount
        if category.carriesNoVAT {
            guard !taxAmount.isZero else { return [] }
            return [
                TotalsDiscrepancy(
                    ruleID: "\(family)-09",
                    businessTerm: "BT-117",
                    location: location,
                    stated: taxAmount,
                    expected: .zero,
                    computed: computedEntry?.taxAmount,
                    message: "VAT category tax amount (BT-117) is \(taxAmount); category \(category) carries no VAT"
                )
            ]
        }
        // BR-S-09 in both bindings; BR-AF-09 and BR-AG-09 only in UBL (`true()` in CII).
        guard category == .standardRate || (ubl && (category == .canaryIslandsIGIC || category == .ceutaMelillaIPSI))
        else { return [] }
        let tolerance = TotalsDiscrepancy.Tolerance(amount: 1, isInclusive: false)
        var expected: Amount?
        if let rate = entry.rate {
            let magnitude = xpathCents(entry.taxableAmount.magnitude.applying(rate))
            if tolerance.accepts(taxAmount.magnitude - magnitude) { return [] }
            expected = entry.taxableAmount.isNegative ? -magnitude : magnitude
        }
        return [
            TotalsDiscrepancy(
                ruleID: "\(family)-09",
                businessTerm: "BT-117",
                location: location,
                stated: taxAmount,
                expected: expected,
                computed: computedEntry?.taxAmount,
                tolerance: tolerance,
                message: "VAT category tax amount (BT-117) is \(taxAmount); "
                    + (expected.map { "taxable amount × rate is \($0), accepted difference \(tolerance)" }
                        ?? "the VAT category rate (BT-119) is absent")
            )
        ]
    }

    /// BR-S-01, BR-Z-01, BR-E-01, BR-AE-01, BR-IC-01, BR-G-01 and BR-O-01: a VAT breakdown entry
    /// for each category the invoice uses, as each binding tests it.
    func cenPresenceDiscrepancies(_ invoice: Invoice, computed: InvoiceTotals, ubl: Bool) -> [TotalsDiscrepancy] {
        var found: [TotalsDiscrepancy] = []
        let categories: [VATCategoryCode] = [
            .standardRate, .zeroRated, .exempt, .reverseCharge, .intraCommunitySupply, .export, .outsideScope,
        ]
        for category in categories {
            let lines = invoice.lines.count { $0.vat.categoryCode == category }
            let adjustments =
                invoice.allowances.count { $0.vatCategoryCode == category }
                + invoice.charges.count { $0.vatCategoryCode == category }
            let breakdowns = invoice.vatBreakdown.count { $0.categoryCode == category }
            let holds: Bool
            switch (ubl, category) {
            case (false, .standardRate):
                holds = (lines + breakdowns >= 2 || lines == 0) && (adjustments + breakdowns >= 2 || adjustments == 0)
            case (false, .outsideScope):
                holds = breakdowns == 0 || (breakdowns == 1 && lines + adjustments > 0)
            case (false, _):
                holds = (breakdowns == 0 && lines + adjustments == 0) || (breakdowns == 1 && lines + adjustments > 0)
            case (true, .standardRate):
                holds = (lines + adjustments > 0) == (breakdowns > 0)
            case (true, _):
                holds = lines + adjustments + breakdowns == 0 || breakdowns == 1
            }
            guard !holds, let family = category.ruleFamily else { continue }
            let computedTaxable = computed.vatBreakdown.filter { $0.categoryCode == category }.map(\.taxableAmount)
            found.append(
                TotalsDiscrepancy(
                    ruleID: "\(family)-01",
                    businessTerm: "BG-23",
                    location: TotalsDiscrepancy.Location(vatCategory: category),
                    stated: nil,
                    expected: nil,
                    computed: computedTaxable.isEmpty ? nil : computedTaxable.sum(),
                    message: "\(breakdowns) VAT breakdown entr\(breakdowns == 1 ? "y" : "ies") of category \(category) "
                        + "for \(lines) line(s) and \(adjustments) document allowance(s) or charge(s) of that category"
                )
            )
        }
        return found
    }
}

// MARK: - Exact rule set: stated amounts against computed ones

extension InvoiceTotalsCalculator {
    /// BT-106 to BT-115 against the computed totals.
    func exactDocumentDiscrepancies(_ invoice: Invoice, computed: InvoiceTotals) -> [TotalsDiscrepancy] {
        let totals = invoice.totals
        var found: [TotalsDiscrepancy] = []
        func compare(_ stated: Amount?, _ value: Amount, rule: String, term: String, name: String, optional: Bool) {
            if stated == nil, optional { return }
            guard stated != value else { return }
            found.append(
                TotalsDiscrepancy(
                    ruleID: rule,
                    businessTerm: term,
                    stated: stated,
                    expected: value,
                    computed: value,
                    message: "\(name) (\(term)) is \(text(stated)); computed from the lines it is \(value)"
                )
            )
        }
        compare(
            totals.sumOfLineNetAmounts,
            computed.sumOfLineNetAmounts,
            rule: "BR-CO-10",
            term: "BT-106",
            name: "sum of line net amounts",
            optional: false
        )
        compare(
            totals.sumOfAllowances,
            computed.sumOfAllowances,
            rule: "BR-CO-11",
            term: "BT-107",
            name: "sum of allowances",
            optional: invoice.allowances.isEmpty
        )
        compare(
            totals.sumOfCharges,
            computed.sumOfCharges,
            rule: "BR-CO-12",
            term: "BT-108",
            name: "sum of charges",
            optional: invoice.charges.isEmpty
        )
        compare(
            totals.totalWithoutVAT,
            computed.totalWithoutVAT,
            rule: "BR-CO-13",
            term: "BT-109",
            name: "total without VAT",
            optional: false
        )
        compare(
            totals.totalVAT,
            computed.totalVAT,
            rule: "BR-CO-14",
            term: "BT-110",
            name: "total VAT",
            optional: computed.totalVAT.isZero
        )
        compare(
            totals.totalWithVAT,
            computed.totalWithVAT,
            rule: "BR-CO-15",
            term: "BT-112",
            name: "total with VAT",
            optional: false
        )
        compare(
            totals.amountDue,
            computed.amountDue,
            rule: "BR-CO-16",
            term: "BT-115",
            name: "amount due",
            optional: false
        )
        return found
    }

    /// Each computed VAT breakdown entry against the stated one of the same category and rate.
    func exactBreakdownDiscrepancies(_ invoice: Invoice, computed: InvoiceTotals) -> [TotalsDiscrepancy] {
        var found: [TotalsDiscrepancy] = []
        var matched = Set<Int>()
        for entry in computed.vatBreakdown {
            let key = VATGroupKey(category: entry.categoryCode, rate: entry.rate)
            let family = entry.categoryCode.ruleFamily
            let index = invoice.vatBreakdown.indices.first {
                !matched.contains($0)
                    && VATGroupKey(category: invoice.vatBreakdown[$0].categoryCode, rate: invoice.vatBreakdown[$0].rate)
                        == key
            }
            guard let index else {
                guard let family else { continue }
                // A missing rate of a category with several rates breaks its -08 rule; a missing
                // category its -01 rule.
                let perRate = !entry.categoryCode.carriesNoVAT
                found.append(
                    TotalsDiscrepancy(
                        ruleID: perRate ? "\(family)-08" : "\(family)-01",
                        businessTerm: perRate ? "BT-116" : "BG-23",
                        location: TotalsDiscrepancy.Location(vatCategory: entry.categoryCode, vatRate: entry.rate),
                        stated: nil,
                        expected: entry.taxableAmount,
                        computed: entry.taxableAmount,
                        message: "no VAT breakdown entry for category \(entry.categoryCode)"
                            + (entry.rate.map { " at \($0) %" } ?? "")
                            + "; its taxable amount is \(entry.taxableAmount)"
                    )
                )
                continue
            }
            matched.insert(index)
            let stated = invoice.vatBreakdown[index]
            let location = TotalsDiscrepancy.Location(
                vatBreakdownIndex: index,
                vatCategory: stated.categoryCode,
                vatRate: stated.rate
            )
            if let family, stated.taxableAmount != entry.taxableAmount {
                found.append(
                    TotalsDiscrepancy(
                        ruleID: "\(family)-08",
                        businessTerm: "BT-116",
                        location: location,
                        stated: stated.taxableAmount,
                        expected: entry.taxableAmount,
                        computed: entry.taxableAmount,
                        message: "VAT category taxable amount (BT-116) is \(stated.taxableAmount); computed from the "
                            + "lines, allowances and charges it is \(entry.taxableAmount)"
                    )
                )
            }
            if stated.taxAmount != entry.taxAmount {
                let rule = entry.categoryCode.carriesNoVAT ? family.map { "\($0)-09" } ?? "BR-CO-17" : "BR-CO-17"
                found.append(
                    TotalsDiscrepancy(
                        ruleID: rule,
                        businessTerm: "BT-117",
                        location: location,
                        stated: stated.taxAmount,
                        expected: entry.taxAmount,
                        computed: entry.taxAmount,
                        message:
                            "VAT category tax amount (BT-117) is \(stated.taxAmount); computed it is \(entry.taxAmount)"
                    )
                )
            }
        }
        // Stated entries nothing maps to: an extra rate (-08) or a repeated category (-01).
        for (index, stated) in invoice.vatBreakdown.enumerated() where !matched.contains(index) {
            guard let family = stated.categoryCode.ruleFamily else { continue }
            let location = TotalsDiscrepancy.Location(
                vatBreakdownIndex: index,
                vatCategory: stated.categoryCode,
                vatRate: stated.rate
            )
            if stated.categoryCode.carriesNoVAT {
                found.append(
                    TotalsDiscrepancy(
                        ruleID: "\(family)-01",
                        businessTerm: "BG-23",
                        location: location,
                        stated: nil,
                        expected: nil,
                        computed: nil,
                        message: "VAT breakdown entry of category \(stated.categoryCode) that no line, allowance or "
                            + "charge needs, or that repeats another"
                    )
                )
            } else {
                if !stated.taxableAmount.isZero {
                    found.append(
                        TotalsDiscrepancy(
                            ruleID: "\(family)-08",
                            businessTerm: "BT-116",
                            location: location,
                            stated: stated.taxableAmount,
                            expected: .zero,
                            computed: nil,
                            message: "VAT category taxable amount (BT-116) is \(stated.taxableAmount); no line, "
                                + "allowance or charge has this category and rate"
                        )
                    )
                }
                if !stated.taxAmount.isZero {
                    found.append(
                        TotalsDiscrepancy(
                            ruleID: "BR-CO-17",
                            businessTerm: "BT-117",
                            location: location,
                            stated: stated.taxAmount,
                            expected: .zero,
                            computed: nil,
                            message: "VAT category tax amount (BT-117) is \(stated.taxAmount); no line, allowance or "
                                + "charge has this category and rate"
                        )
                    )
                }
            }
        }
        return found
    }
}

// MARK: - Lines

extension InvoiceTotalsCalculator {
    /// PEPPOL-EN16931-R120, R040 and R121 (CEN rule sets, with their tolerance), or the line
    /// amounts against the computed ones (exact rule set).
    func lineDiscrepancies(_ invoice: Invoice, computed: InvoiceTotals) -> [TotalsDiscrepancy] {
        let exact = configuration.ruleSet.isExact
        let tolerance =
            exact
            ? TotalsDiscrepancy.Tolerance.none
            : TotalsDiscrepancy.Tolerance(amount: configuration.lineAmountTolerance, isInclusive: true)
        var found: [TotalsDiscrepancy] = []
        for (index, (line, computedLine)) in zip(invoice.lines, computed.lines).enumerated() {
            let location = TotalsDiscrepancy.Location(lineIndex: index, lineID: line.id)
            if let baseQuantity = line.price.baseQuantity, baseQuantity.decimal <= .zero {
                found.append(
                    TotalsDiscrepancy(
                        ruleID: "PEPPOL-EN16931-R121",
                        businessTerm: "BT-149",
                        location: location,
                        stated: nil,
                        expected: nil,
                        computed: nil,
                        message: "item price base quantity (BT-149) is \(baseQuantity); it must be above zero"
                    )
                )
            }

            // The net amount.
            let expected: Amount
            let holds: Bool
            if exact {
                expected = computedLine.netAmount
                holds = line.netAmount == expected
            } else {
                // R120 on stated amounts, a zero base quantity counting as 1. Compared without
                // dividing: |BT-131 × b − (q × p + (charges − allowances) × b)| ≤ tolerance × |b|.
                var baseQuantity = line.price.baseQuantity ?? .one
                if baseQuantity.isZero { baseQuantity = .one }
                let adjustments =
                    xpathCents(line.charges.map(\.amount).sum()) - xpathCents(line.allowances.map(\.amount).sum())
                let scaledExpected =
                    (line.price.netPrice * line.quantity).decimal + adjustments.decimal * baseQuantity.decimal
                let scaledDifference = line.netAmount.decimal * baseQuantity.decimal - scaledExpected
                holds = scaledDifference.magnitude <= tolerance.amount.decimal * baseQuantity.decimal.magnitude
                expected =
                    Amount(scaledExpected).divided(by: baseQuantity, scale: 2, rule: configuration.roundingRule)
                    ?? computedLine.netAmount
            }
            if !holds {
                found.append(
                    TotalsDiscrepancy(
                        ruleID: "PEPPOL-EN16931-R120",
                        businessTerm: "BT-131",
                        location: location,
                        stated: line.netAmount,
                        expected: expected,
                        computed: computedLine.netAmount,
                        tolerance: tolerance,
                        message: "line net amount (BT-131) is \(line.netAmount); quantity × net price ÷ base quantity "
                            + "+ charges − allowances is \(expected)"
                    )
                )
            }

            for (allowanceIndex, (allowance, computedAllowance)) in zip(line.allowances, computedLine.allowances)
                .enumerated()
            {
                var allowanceLocation = location
                allowanceLocation.allowanceIndex = allowanceIndex
                found += adjustmentDiscrepancies(
                    stated: allowance.amount,
                    base: allowance.baseAmount,
                    percentage: allowance.percentage,
                    computed: computedAllowance,
                    term: "BT-136",
                    name: "line allowance amount",
                    location: allowanceLocation,
                    tolerance: tolerance
                )
            }
            for (chargeIndex, (charge, computedCharge)) in zip(line.charges, computedLine.charges).enumerated() {
                var chargeLocation = location
                chargeLocation.chargeIndex = chargeIndex
                found += adjustmentDiscrepancies(
                    stated: charge.amount,
                    base: charge.baseAmount,
                    percentage: charge.percentage,
                    computed: computedCharge,
                    term: "BT-141",
                    name: "line charge amount",
                    location: chargeLocation,
                    tolerance: tolerance
                )
            }
        }
        for (index, (allowance, computedAllowance)) in zip(invoice.allowances, computed.allowances).enumerated() {
            found += adjustmentDiscrepancies(
                stated: allowance.amount,
                base: allowance.baseAmount,
                percentage: allowance.percentage,
                computed: computedAllowance,
                term: "BT-92",
                name: "document allowance amount",
                location: TotalsDiscrepancy.Location(allowanceIndex: index),
                tolerance: tolerance
            )
        }
        for (index, (charge, computedCharge)) in zip(invoice.charges, computed.charges).enumerated() {
            found += adjustmentDiscrepancies(
                stated: charge.amount,
                base: charge.baseAmount,
                percentage: charge.percentage,
                computed: computedCharge,
                term: "BT-99",
                name: "document charge amount",
                location: TotalsDiscrepancy.Location(chargeIndex: index),
                tolerance: tolerance
            )
        }
        return found
    }

    /// PEPPOL-EN16931-R040 for one allowance or charge.
    func adjustmentDiscrepancies(
        stated: Amount,
        base: Amount?,
        percentage: Percentage?,
        computed: InvoiceTotals.AllowanceCharge,
        term: String,
        name: String,
        location: TotalsDiscrepancy.Location,
        tolerance: TotalsDiscrepancy.Tolerance
    ) -> [TotalsDiscrepancy] {
        let expected: Amount
        if configuration.ruleSet.isExact {
            guard computed.isComputedFromPercentage else { return [] }
            expected = computed.amount
        } else {
            // R040 applies when both the base and the percentage are stated.
            guard let base, let percentage else { return [] }
            expected = base.applying(percentage)
        }
        guard !tolerance.accepts(stated - expected) else { return [] }
        return [
            TotalsDiscrepancy(
                ruleID: "PEPPOL-EN16931-R040",
                businessTerm: term,
                location: location,
                stated: stated,
                expected: expected,
                computed: computed.amount,
                tolerance: tolerance,
                message: "\(name) (\(term)) is \(stated); base amount × percentage ÷ 100 is \(expected)"
            )
        ]
    }
}

// MARK: - Decimals

extension InvoiceTotalsCalculator {
    /// BR-DEC rules: at most two decimals, as written (the CII binding tests BT-110 and BT-111 by
    /// value, `numericVATTotal`).
    func decimalDiscrepancies(_ invoice: Invoice, numericVATTotal: Bool) -> [TotalsDiscrepancy] {
        var found: [TotalsDiscrepancy] = []
        func require(
            _ amount: Amount?,
            rule: String,
            term: String,
            at location: TotalsDiscrepancy.Location = .document,
            byValue: Bool = false
        ) {
            guard let amount else { return }
            let digits = byValue ? amount.decimal.significantFractionDigits : amount.decimal.scale
            guard digits > 2 else { return }
            found.append(
                TotalsDiscrepancy(
                    ruleID: rule,
                    businessTerm: term,
                    location: location,
                    stated: amount,
                    expected: amount.rounded(scale: 2, rule: configuration.roundingRule),
                    computed: nil,
                    message: "\(term) is \(amount), with \(digits) decimals; at most 2 are allowed"
                )
            )
        }
        let totals = invoice.totals
        require(totals.sumOfLineNetAmounts, rule: "BR-DEC-09", term: "BT-106")
        require(totals.sumOfAllowances, rule: "BR-DEC-10", term: "BT-107")
        require(totals.sumOfCharges, rule: "BR-DEC-11", term: "BT-108")
        require(totals.totalWithoutVAT, rule: "BR-DEC-12", term: "BT-109")
        require(totals.totalVAT, rule: "BR-DEC-13", term: "BT-110", byValue: numericVATTotal)
        require(totals.totalWithVAT, rule: "BR-DEC-14", term: "BT-112")
        require(totals.totalVATInAccountingCurrency, rule: "BR-DEC-15", term: "BT-111", byValue: numericVATTotal)
        require(totals.paidAmount, rule: "BR-DEC-16", term: "BT-113")
        require(totals.roundingAmount, rule: "BR-DEC-17", term: "BT-114")
        require(totals.amountDue, rule: "BR-DEC-18", term: "BT-115")
        for (index, entry) in invoice.vatBreakdown.enumerated() {
            let location = TotalsDiscrepancy.Location(
                vatBreakdownIndex: index,
                vatCategory: entry.categoryCode,
                vatRate: entry.rate
            )
            require(entry.taxableAmount, rule: "BR-DEC-19", term: "BT-116", at: location)
            require(entry.taxAmount, rule: "BR-DEC-20", term: "BT-117", at: location)
        }
        for (index, allowance) in invoice.allowances.enumerated() {
            let location = TotalsDiscrepancy.Location(allowanceIndex: index)
            require(allowance.amount, rule: "BR-DEC-01", term: "BT-92", at: location)
            require(allowance.baseAmount, rule: "BR-DEC-02", term: "BT-93", at: location)
        }
        for (index, charge) in invoice.charges.enumerated() {
            let location = TotalsDiscrepancy.Location(chargeIndex: index)
            require(charge.amount, rule: "BR-DEC-05", term: "BT-99", at: location)
            require(charge.baseAmount, rule: "BR-DEC-06", term: "BT-100", at: location)
        }
        for (lineIndex, line) in invoice.lines.enumerated() {
            let location = TotalsDiscrepancy.Location(lineIndex: lineIndex, lineID: line.id)
            require(line.netAmount, rule: "BR-DEC-23", term: "BT-131", at: location)
            for (index, allowance) in line.allowances.enumerated() {
                var allowanceLocation = location
                allowanceLocation.allowanceIndex = index
                require(allowance.amount, rule: "BR-DEC-24", term: "BT-136", at: allowanceLocation)
                require(allowance.baseAmount, rule: "BR-DEC-25", term: "BT-137", at: allowanceLocation)
            }
            for (index, charge) in line.charges.enumerated() {
                var chargeLocation = location
                chargeLocation.chargeIndex = index
                require(charge.amount, rule: "BR-DEC-27", term: "BT-141", at: chargeLocation)
                require(charge.baseAmount, rule: "BR-DEC-28", term: "BT-142", at: chargeLocation)
            }
        }
        return found
    }
}

// MARK: - Helpers

extension InvoiceTotalsCalculator {
    /// XPath's `round(x * 100) div 100` on a decimal: cents, halves toward positive infinity.
    func xpathCents(_ amount: Amount) -> Amount {
        amount.rounded(scale: 2, rule: .halfUp)
    }

    /// An optional amount in words.
    func text(_ amount: Amount?) -> String {
        amount.map { "\($0)" } ?? "absent"
    }
}

/// The stated amounts of one VAT category (and rate) that a breakdown rule adds up.
struct StatedItems {
    var lines: Amount = .zero
    var allowances: Amount = .zero
    var charges: Amount = .zero
    var isEmpty = true

    /// Gathers the stated line net amounts (BT-131) and document allowance (BT-92) and charge
    /// (BT-99) amounts of `category`, and of `rate` when given (compared numerically; an item
    /// without a rate never matches one).
    init(_ invoice: Invoice, category: VATCategoryCode, rate: ExactDecimal?) {
        func matches(_ itemCategory: VATCategoryCode, _ itemRate: Percentage?) -> Bool {
            guard itemCategory == category else { return false }
            guard let rate else { return true }
            return itemRate?.decimal == rate
        }
        for line in invoice.lines where matches(line.vat.categoryCode, line.vat.rate) {
            lines += line.netAmount
            isEmpty = false
        }
        for allowance in invoice.allowances where matches(allowance.vatCategoryCode, allowance.vatRate) {
            allowances += allowance.amount
            isEmpty = false
        }
        for charge in invoice.charges where matches(charge.vatCategoryCode, charge.vatRate) {
            charges += charge.amount
            isEmpty = false
        }
    }
}
