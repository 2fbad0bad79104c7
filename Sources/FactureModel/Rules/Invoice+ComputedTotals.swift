// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension Invoice {
    /// A copy of the invoice whose computed amounts are filled in from an
    /// ``InvoiceTotalsCalculator``: line net amounts (BT-131), allowance and charge amounts that
    /// have a percentage (with the base amount used), the document totals (BT-106 to BT-110,
    /// BT-112, BT-115) and the VAT breakdown (BG-23).
    ///
    /// ```swift
    /// var invoice = Invoice(number: "F-1", issueDate: date, seller: seller, buyer: buyer)
    /// invoice.lines = lines                      // net amounts may be left at zero
    /// let complete = invoice.withComputedTotals()
    /// assert(InvoiceTotalsCalculator().check(complete).isEmpty)
    /// ```
    ///
    /// What stays as stated: the paid amount (BT-113), the rounding amount (BT-114), the total VAT
    /// in accounting currency (BT-111), and everything outside the amounts. BT-107 and BT-108 are
    /// left absent when the invoice has no document allowances (or charges) and did not state
    /// them. A VAT breakdown entry keeps the exemption reason and code (BT-120, BT-121) of the
    /// stated entry of the same category and rate.
    ///
    /// - Parameter calculator: the calculator to use; the default rounds half away from zero.
    /// - Returns: the completed invoice, which passes ``InvoiceTotalsCalculator/check(_:)`` unless a
    ///   line cannot be priced or a stated input (BT-113, BT-114) breaks a decimal rule.
    public func withComputedTotals(using calculator: InvoiceTotalsCalculator = InvoiceTotalsCalculator()) -> Invoice {
        let computed = calculator.computeTotals(of: self)
        var invoice = self

        for (index, line) in computed.lines.enumerated() where invoice.lines.indices.contains(index) {
            invoice.lines[index].netAmount = line.netAmount
            for (position, allowance) in line.allowances.enumerated()
            where allowance.isComputedFromPercentage && invoice.lines[index].allowances.indices.contains(position) {
                invoice.lines[index].allowances[position].amount = allowance.amount
                invoice.lines[index].allowances[position].baseAmount = allowance.baseAmount
            }
            for (position, charge) in line.charges.enumerated()
            where charge.isComputedFromPercentage && invoice.lines[index].charges.indices.contains(position) {
                invoice.lines[index].charges[position].amount = charge.amount
                invoice.lines[index].charges[position].baseAmount = charge.baseAmount
            }
        }
        for (index, allowance) in computed.allowances.enumerated()
        where allowance.isComputedFromPercentage && invoice.allowances.indices.contains(index) {
            invoice.allowances[index].amount = allowance.amount
            invoice.allowances[index].baseAmount = allowance.baseAmount
        }
        for (index, charge) in computed.charges.enumerated()
        where charge.isComputedFromPercentage && invoice.charges.indices.contains(index) {
            invoice.charges[index].amount = charge.amount
            invoice.charges[index].baseAmount = charge.baseAmount
        }

        invoice.totals.sumOfLineNetAmounts = computed.sumOfLineNetAmounts
        if !(invoice.allowances.isEmpty && invoice.totals.sumOfAllowances == nil) {
            invoice.totals.sumOfAllowances = computed.sumOfAllowances
        }
        if !(invoice.charges.isEmpty && invoice.totals.sumOfCharges == nil) {
            invoice.totals.sumOfCharges = computed.sumOfCharges
        }
        invoice.totals.totalWithoutVAT = computed.totalWithoutVAT
        invoice.totals.totalVAT = computed.totalVAT
        invoice.totals.totalWithVAT = computed.totalWithVAT
        invoice.totals.amountDue = computed.amountDue

        invoice.vatBreakdown = computed.vatBreakdown.map { entry in
            var entry = entry
            let key = VATGroupKey(category: entry.categoryCode, rate: entry.rate)
            if let stated = vatBreakdown.first(where: { VATGroupKey(category: $0.categoryCode, rate: $0.rate) == key })
            {
                entry.exemptionReason = stated.exemptionReason
                entry.exemptionReasonCode = stated.exemptionReasonCode
            }
            return entry
        }
        return invoice
    }
}
