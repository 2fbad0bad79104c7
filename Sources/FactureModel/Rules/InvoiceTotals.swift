// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The amounts of an invoice as EN 16931 computes them from its lines, allowances and charges.
///
/// ``InvoiceTotalsCalculator/computeTotals(of:)`` returns one; every amount has exactly two
/// decimals. The formulas, with the business terms of EN 16931:
///
/// - ``lines``: each line net amount (BT-131) = quantity (BT-129) × net price (BT-146) ÷ base
///   quantity (BT-149), rounded to cents, + line charges (BT-141) − line allowances (BT-136);
/// - ``sumOfLineNetAmounts`` (BT-106) = Σ BT-131 (BR-CO-10);
/// - ``sumOfAllowances`` (BT-107) = Σ document allowances BT-92 (BR-CO-11);
/// - ``sumOfCharges`` (BT-108) = Σ document charges BT-99 (BR-CO-12);
/// - ``totalWithoutVAT`` (BT-109) = BT-106 − BT-107 + BT-108 (BR-CO-13);
/// - ``vatBreakdown`` (BG-23), one entry per VAT category and rate: taxable amount (BT-116) =
///   Σ BT-131 + Σ BT-99 − Σ BT-92 of that category and rate (BR-S-08 and siblings), tax amount
///   (BT-117) = BT-116 × rate (BT-119) ÷ 100 rounded to cents (BR-CO-17), zero for the categories
///   that carry no VAT (`Z`, `E`, `AE`, `K`, `G`, `O`; BR-Z-09 and siblings);
/// - ``totalVAT`` (BT-110) = Σ BT-117 (BR-CO-14);
/// - ``totalWithVAT`` (BT-112) = BT-109 + BT-110 (BR-CO-15);
/// - ``amountDue`` (BT-115) = BT-112 − paid amount (BT-113) + rounding amount (BT-114)
///   (BR-CO-16), with BT-113 and BT-114 taken from the invoice.
public struct InvoiceTotals: Sendable {
    /// The computed amounts of each invoice line, in the order of `Invoice.lines`.
    public var lines: [Line]
    /// The document level allowances (BG-20) as computed (BT-92), in the order of
    /// `Invoice.allowances`.
    public var allowances: [AllowanceCharge]
    /// The document level charges (BG-21) as computed (BT-99), in the order of `Invoice.charges`.
    public var charges: [AllowanceCharge]
    /// Sum of invoice line net amounts (BT-106) = Σ BT-131.
    public var sumOfLineNetAmounts: Amount
    /// Sum of allowances on document level (BT-107) = Σ BT-92; zero when there are none.
    public var sumOfAllowances: Amount
    /// Sum of charges on document level (BT-108) = Σ BT-99; zero when there are none.
    public var sumOfCharges: Amount
    /// Invoice total amount without VAT (BT-109) = BT-106 − BT-107 + BT-108.
    public var totalWithoutVAT: Amount
    /// Invoice total VAT amount (BT-110) = Σ BT-117.
    public var totalVAT: Amount
    /// Invoice total amount with VAT (BT-112) = BT-109 + BT-110.
    public var totalWithVAT: Amount
    /// Paid amount (BT-113), as the invoice states it (zero when absent).
    public var paidAmount: Amount
    /// Rounding amount (BT-114), as the invoice states it (zero when absent).
    public var roundingAmount: Amount
    /// Amount due for payment (BT-115) = BT-112 − BT-113 + BT-114.
    public var amountDue: Amount
    /// The VAT breakdown (BG-23): one entry per VAT category (and rate, for the categories taxed at
    /// a rate), in the order the categories first appear on the lines, then on the document
    /// allowances, then on the document charges. Exemption reasons (BT-120, BT-121) are left empty.
    public var vatBreakdown: [Invoice.VATBreakdown]

    /// Creates computed totals; ``InvoiceTotalsCalculator`` is the usual source.
    public init(
        lines: [Line],
        allowances: [AllowanceCharge],
        charges: [AllowanceCharge],
        sumOfLineNetAmounts: Amount,
        sumOfAllowances: Amount,
        sumOfCharges: Amount,
        totalWithoutVAT: Amount,
        totalVAT: Amount,
        totalWithVAT: Amount,
        paidAmount: Amount,
        roundingAmount: Amount,
        amountDue: Amount,
        vatBreakdown: [Invoice.VATBreakdown]
    ) {
        self.lines = lines
        self.allowances = allowances
        self.charges = charges
        self.sumOfLineNetAmounts = sumOfLineNetAmounts
        self.sumOfAllowances = sumOfAllowances
        self.sumOfCharges = sumOfCharges
        self.totalWithoutVAT = totalWithoutVAT
        self.totalVAT = totalVAT
        self.totalWithVAT = totalWithVAT
        self.paidAmount = paidAmount
        self.roundingAmount = roundingAmount
        self.amountDue = amountDue
        self.vatBreakdown = vatBreakdown
    }
}

extension InvoiceTotals: Hashable {}

extension InvoiceTotals: Codable {}
