// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension InvoiceTotalsCalculator {
    /// How an ``InvoiceTotalsCalculator`` rounds and how strictly it checks.
    ///
    /// ```swift
    /// var configuration = InvoiceTotalsCalculator.Configuration()
    /// configuration.ruleSet = .exact
    /// let calculator = InvoiceTotalsCalculator(configuration: configuration)
    /// ```
    public struct Configuration: Sendable {
        /// How computed document amounts are rounded to cents: line net amounts (BT-131),
        /// allowance and charge amounts computed from a percentage (BT-92, BT-99, BT-136, BT-141)
        /// and VAT category tax amounts (BT-117). Half away from zero by default, which is
        /// commercial rounding and what EN 16931 asks for.
        public var roundingRule: ExactDecimal.RoundingRule
        /// Which rules ``InvoiceTotalsCalculator/check(_:)`` applies, and with which tolerances.
        /// ``RuleSet/cenCII`` by default, the official artefact for Factur-X.
        public var ruleSet: RuleSet
        /// Whether ``InvoiceTotalsCalculator/check(_:)`` also checks line amounts: each line net
        /// amount (BT-131) against quantity × price ÷ base quantity + charges − allowances
        /// (PEPPOL-EN16931-R120), each allowance or charge with a base and a percentage against
        /// base × percentage ÷ 100 (PEPPOL-EN16931-R040), and base quantities (BT-149) above zero
        /// (PEPPOL-EN16931-R121).
        ///
        /// The CEN artefacts check none of this; PEPPOL BIS Billing 3.0 does. On by default; turn
        /// it off for a verdict identical to the CEN Schematron's.
        public var checksLineAmounts: Bool
        /// The largest difference the line checks accept under the CEN rule sets: 0.02, as
        /// PEPPOL's `u:slack` does, by default. ``RuleSet/exact`` accepts none.
        public var lineAmountTolerance: Amount

        /// Creates a configuration.
        /// - Parameters:
        ///   - roundingRule: how computed document amounts are rounded to cents.
        ///   - ruleSet: which rules `check` applies.
        ///   - checksLineAmounts: whether `check` also checks line amounts.
        ///   - lineAmountTolerance: the tolerance of the line checks under the CEN rule sets.
        public init(
            roundingRule: ExactDecimal.RoundingRule = .halfAwayFromZero,
            ruleSet: RuleSet = .cenCII,
            checksLineAmounts: Bool = true,
            lineAmountTolerance: Amount = Amount(ExactDecimal(significand: 2, scale: 2))
        ) {
            self.roundingRule = roundingRule
            self.ruleSet = ruleSet
            self.checksLineAmounts = checksLineAmounts
            self.lineAmountTolerance = lineAmountTolerance
        }
    }
}

extension InvoiceTotalsCalculator.Configuration {
    /// The rules ``InvoiceTotalsCalculator/check(_:)`` applies to an invoice's stated totals.
    ///
    /// The two CEN rule sets reproduce the EN 16931 validation artefacts, release 1.3.16, rule for
    /// rule: the same relations between stated amounts, the same rounding (XPath `round`, halves
    /// toward positive infinity) and the same tolerances, which differ between the CII and UBL
    /// bindings. ``exact`` instead compares every stated amount with the calculator's own result.
    public struct RuleSet: Sendable {
        private enum Base: String, Hashable, Sendable {
            case cenCII
            case cenUBL
            case exact
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// The EN 16931 CII Schematron (`EN16931-CII-validation`, 1.3.16), which Factur-X and
        /// ZUGFeRD documents are validated with.
        ///
        /// Each rule relates stated amounts, as the Schematron does: BR-CO-10 to BR-CO-16 compare a
        /// total with the rounded sum of the stated terms it is made of, exactly (BR-CO-15 also
        /// accepts BT-112 = BT-109); BR-CO-17 accepts a tax amount within 1.00 (inclusive) of the
        /// taxable amount × rate rounded to cents; BR-S-08, BR-O-08, BR-AF-08 and BR-AG-08 are
        /// exact; BR-Z-08, BR-E-08, BR-AE-08, BR-IC-08 and BR-G-08 accept a difference below 1.00;
        /// BR-S-09 accepts a difference below 1.00; the other -09 rules require exactly zero.
        ///
        /// Where the verdicts can still differ: the Schematron adds some amounts with XPath
        /// `sum()`, which reads untyped text as binary floating point (BR-CO-10, BR-CO-11,
        /// BR-CO-12, BR-CO-14; BR-S-09 multiplies by the rate in floating point too); here every
        /// sum is exact. The results agree for amounts with at most two decimals, as BR-DEC
        /// requires; they may differ by a cent on a half-cent sum of amounts that break it. The
        /// Schematron also evaluates BR-CO-14 only, and BR-CO-15's first branch only, when BT-110
        /// carries `currencyID` equal to BT-5, which a CII writer must therefore emit.
        public static let cenCII = RuleSet(.cenCII)

        /// The EN 16931 UBL Schematron (`EN16931-UBL-validation`, 1.3.16).
        ///
        /// As ``cenCII`` except: BR-CO-15 has no BT-112 = BT-109 escape; BR-CO-17, BR-S-08,
        /// BR-AF-08 and BR-AG-08 accept a difference below 1.00 (strictly); BR-AF-09 and BR-AG-09
        /// are checked like BR-S-09; BR-Z-08, BR-E-08, BR-AE-08, BR-IC-08, BR-G-08 and BR-O-08 are
        /// exact on unrounded sums; BR-S-08 also fails when no line or document allowance or
        /// charge has the breakdown's category and rate.
        public static let cenUBL = RuleSet(.cenUBL)

        /// Every stated amount must equal the one the calculator computes, to the cent.
        ///
        /// Each discrepancy names the one term that differs: a wrong BT-106 is reported once
        /// (BR-CO-10), not again through BR-CO-13 as the Schematron does. Stricter than the
        /// official artefacts: a VAT amount computed line by line, which BR-CO-17's tolerance lets
        /// through, is reported.
        ///
        /// Rule ids name the rule each term belongs to: BR-CO-10 to BR-CO-16 for BT-106 to BT-115,
        /// the category's -08 rule for BT-116, BR-CO-17 (or the category's -09 rule when it carries
        /// no VAT) for BT-117, the category's -01 rule for a missing or repeated breakdown, and
        /// PEPPOL-EN16931-R120 and R040 for line and allowance amounts. A category EN 16931 does
        /// not list has no taxable-amount rule: only its tax amount is compared.
        public static let exact = RuleSet(.exact)

        var isUBL: Bool { base == .cenUBL }
        var isExact: Bool { base == .exact }
    }
}

extension InvoiceTotalsCalculator.Configuration: Hashable {}

extension InvoiceTotalsCalculator.Configuration.RuleSet: Hashable {}

extension InvoiceTotalsCalculator.Configuration.RuleSet: CustomStringConvertible {
    /// `cenCII`, `cenUBL` or `exact`.
    public var description: String { base.rawValue }
}
