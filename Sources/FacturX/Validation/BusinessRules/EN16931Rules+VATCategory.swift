// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

internal import FactureModel

/// One VAT category family of rules (BR-S, BR-Z, BR-E, BR-AE, BR-IC, BR-G, BR-O, BR-AF, BR-AG):
/// the category code and the points where the artefacts word the family's rules differently.
struct VATFamily: Sendable {
    /// What BR-x-05, -06 and -07 require of the category's rate.
    enum RateRule: Sendable {
        /// `rate > 0` (standard rate).
        case positive
        /// `rate = 0`.
        case zero
        /// `rate >= 0` (IGIC, IPSI).
        case nonNegative
        /// No rate at all (not subject to VAT).
        case absent
    }

    /// Which VAT identifiers BR-x-02, -03 and -04 require.
    enum PartyRule: Sendable {
        /// The seller's VAT identifier or the tax representative's.
        case seller
        /// As `.seller`, and the buyer's VAT identifier or legal registration (reverse charge).
        case sellerAndBuyerOrLegal
        /// As `.seller`, and the buyer's VAT identifier (intra-community supply).
        case sellerAndBuyer
        /// The seller's (VAT scheme only) or the tax representative's VAT identifier (export).
        case sellerVATScheme
        /// No VAT identifier for seller, tax representative or buyer (not subject to VAT).
        case none
    }

    /// The rule prefix, such as `BR-AE`.
    let prefix: String
    /// The VAT category code, such as `AE`.
    let code: String
    /// The rate rule of -05 … -07 (UBL).
    let rate: RateRule
    /// The rate rule of -05 … -07 in CII, where it differs (BR-AF requires a positive rate there).
    let ciiRate: RateRule
    /// The party rule of -02 … -04.
    let parties: PartyRule
    /// Whether the category has a rate, so -08 groups by rate and -09 checks the computed tax.
    let isRated: Bool
    /// Whether -10 requires an exemption reason (else forbids it).
    let requiresExemptionReason: Bool

    static let all: [VATFamily] = [
        VATFamily(
            prefix: "BR-S",
            code: "S",
            rate: .positive,
            ciiRate: .positive,
            parties: .seller,
            isRated: true,
            requiresExemptionReason: false
        ),
        VATFamily(
            prefix: "BR-Z",
            code: "Z",
            rate: .zero,
            ciiRate: .zero,
            parties: .seller,
            isRated: false,
            requiresExemptionReason: false
        ),
        VATFamily(
            prefix: "BR-E",
            code: "E",
            rate: .zero,
            ciiRate: .zero,
            parties: .seller,
            isRated: false,
            requiresExemptionReason: true
        ),
        VATFamily(
            prefix: "BR-AE",
            code: "AE",
            rate: .zero,
            ciiRate: .zero,
            parties: .sellerAndBuyerOrLegal,
            isRated: false,
            requiresExemptionReason: true
        ),
        VATFamily(
            prefix: "BR-IC",
            code: "K",
            rate: .zero,
            ciiRate: .zero,
            parties: .sellerAndBuyer,
            isRated: false,
            requiresExemptionReason: true
        ),
        VATFamily(
            prefix: "BR-G",
            code: "G",
            rate: .zero,
            ciiRate: .zero,
            parties: .sellerVATScheme,
            isRated: false,
            requiresExemptionReason: true
        ),
        VATFamily(
            prefix: "BR-O",
            code: "O",
            rate: .absent,
            ciiRate: .absent,
            parties: .none,
            isRated: false,
            requiresExemptionReason: true
        ),
        VATFamily(
            prefix: "BR-AF",
            code: "L",
            rate: .nonNegative,
            ciiRate: .positive,
            parties: .seller,
            isRated: true,
            requiresExemptionReason: false
        ),
        VATFamily(
            prefix: "BR-AG",
            code: "M",
            rate: .nonNegative,
            ciiRate: .nonNegative,
            parties: .seller,
            isRated: true,
            requiresExemptionReason: false
        ),
    ]

    /// The rule identifier with this two-digit number.
    func id(_ number: Int) -> String {
        number < 10 ? "\(prefix)-0\(number)" : "\(prefix)-\(number)"
    }

    /// Whether a rate satisfies a rate rule (XPath general comparison over the rate elements).
    ///
    /// The zero rule is `xs:decimal(cbc:Percent) = 0` in UBL and `ram:RateApplicablePercent = 0`
    /// (an untyped comparison, where `-0.00` is not zero for Saxon) in CII.
    static func satisfies(_ rule: RateRule, _ node: RuleNode, _ ratePath: String, isUBL: Bool = false) -> Bool {
        switch rule {
        case .positive: node.some(ratePath) { $0 > .zero }
        case .nonNegative: node.some(ratePath) { $0 >= .zero }
        case .zero:
            isUBL
                ? node.decimal(ratePath) == .zero
                : node.select(ratePath).contains { XPath.untypedEqualsZero($0.stringValue) }
        case .absent: !node.exists(ratePath)
        }
    }
}

extension EN16931Rules {
    static func vatCategoryRules(_ binding: RuleBinding) -> [BusinessRule] {
        VATFamily.all.flatMap { binding.isUBL ? ublVATRules($0) : ciiVATRules($0) }
    }

    // MARK: - UBL

    /// `[normalize-space(cbc:ID) = code]`.
    private static func ublIsCategory(_ category: RuleNode, _ code: String) -> Bool {
        category.normalized("cbc:ID") == code
    }

    /// `exists(path[V]/cbc:CompanyID)` from the document.
    private static func ublHasVATCompanyID(
        _ document: RuleDocument,
        _ party: String,
        _ tail: String,
        vatOnly: Bool
    ) -> Bool {
        document.all(party).flatMap { $0.select(tail) }.contains { scheme in
            (!vatOnly || RuleBinding.ublIsVAT(scheme)) && scheme.exists("cbc:CompanyID")
        }
    }

    private static func ublParties(_ rule: VATFamily.PartyRule, _ document: RuleDocument) -> Bool {
        let anySupplier = ublHasVATCompanyID(
            document,
            "cac:AccountingSupplierParty",
            "cac:Party/cac:PartyTaxScheme",
            vatOnly: false
        )
        let vatSupplier = ublHasVATCompanyID(
            document,
            "cac:AccountingSupplierParty",
            "cac:Party/cac:PartyTaxScheme",
            vatOnly: true
        )
        let representative = ublHasVATCompanyID(
            document,
            "cac:TaxRepresentativeParty",
            "cac:PartyTaxScheme",
            vatOnly: true
        )
        let customer = ublHasVATCompanyID(
            document,
            "cac:AccountingCustomerParty",
            "cac:Party/cac:PartyTaxScheme",
            vatOnly: true
        )
        switch rule {
        case .seller:
            return anySupplier || representative
        case .sellerAndBuyerOrLegal:
            let legal = !document.all("cac:AccountingCustomerParty", "cac:Party/cac:PartyLegalEntity/cbc:CompanyID")
                .isEmpty
            return (anySupplier || representative) && (customer || legal)
        case .sellerAndBuyer:
            return (vatSupplier || representative) && customer
        case .sellerVATScheme:
            return vatSupplier || representative
        case .none:
            return !vatSupplier && !representative && !customer
        }
    }

    /// The UBL allowance/charge tax categories of one kind anywhere in the document.
    private static func ublAllowanceCategories(_ document: RuleDocument, charge: Bool) -> [RuleNode] {
        RuleBinding.ublAllowanceCharges(document.all("cac:AllowanceCharge"), charge).flatMap {
            $0.children("cac:TaxCategory")
        }
    }

    /// Σ line net amounts + Σ document charges − Σ document allowances of a category (and rate).
    private static func ublCategoryBase(
        _ root: RuleNode,
        lines: String,
        code: String,
        rate: ExactDecimal?
    ) -> ExactDecimal {
        func matches(_ categories: [RuleNode]) -> Bool {
            categories.contains { ublIsCategory($0, code) }
                && (rate.map { rate in categories.contains { $0.decimal("cbc:Percent") == rate } } ?? true)
        }
        let lineSum = root.children(lines).filter { matches($0.select("cac:Item/cac:ClassifiedTaxCategory")) }
            .reduce(ExactDecimal.zero) { $0 + $1.sum("cbc:LineExtensionAmount") }
        let groups = root.children("cac:AllowanceCharge").filter { matches($0.children("cac:TaxCategory")) }
        let charges = RuleBinding.ublAllowanceCharges(groups, true).reduce(ExactDecimal.zero) {
            $0 + $1.sum("cbc:Amount")
        }
        let allowances = RuleBinding.ublAllowanceCharges(groups, false).reduce(ExactDecimal.zero) {
            $0 + $1.sum("cbc:Amount")
        }
        return lineSum + charges - allowances
    }

    private static func ublVATRules(_ family: VATFamily) -> [BusinessRule] {
        let code = family.code
        let isVATCategory: @Sendable (RuleNode) -> Bool = { ublIsCategory($0, code) && RuleBinding.ublIsVAT($0) }
        let breakdownCategories: @Sendable (RuleDocument) -> [RuleNode] = { document in
            document.root.select("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory").filter(isVATCategory)
        }
        var rules: [BusinessRule] = []

        // -01: a VAT breakdown for the category when it is used, and only then.
        rules.append(
            .root(family.id(1)) { root, document in
                let subtotalCategories = root.select("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory")
                switch family.prefix {
                case "BR-S", "BR-AF", "BR-AG":
                    let vatOnly = family.prefix != "BR-S"
                    let used =
                        document.all("cac:AllowanceCharge", "cac:TaxCategory")
                        .filter { ublIsCategory($0, code) && (!vatOnly || RuleBinding.ublIsVAT($0)) }.count
                        + document.all("cac:ClassifiedTaxCategory")
                        .filter { ublIsCategory($0, code) && (!vatOnly || RuleBinding.ublIsVAT($0)) }.count
                    let strict = subtotalCategories.filter {
                        ublIsCategory($0, code) && (!vatOnly || RuleBinding.ublIsVAT($0))
                    }
                    let loose: [RuleNode]
                    switch family.prefix {
                    case "BR-AF":
                        loose = subtotalCategories.filter { $0.children("cbc:ID").contains { $0.stringValue == code } }
                    case "BR-AG":
                        loose = subtotalCategories.filter {
                            RuleBinding.ublIsVAT($0) && $0.children("cbc:ID").contains { $0.stringValue == code }
                        }
                    default: loose = strict
                    }
                    return (used > 0 && !loose.isEmpty) || (used == 0 && strict.isEmpty)
                default:
                    let anyCategory = document.all("cac:TaxCategory").contains(where: isVATCategory)
                    let anyClassified = document.all("cac:ClassifiedTaxCategory").contains(where: isVATCategory)
                    let count = subtotalCategories.filter(isVATCategory).count
                    return ((anyCategory || anyClassified) && count == 1) || (!anyCategory && !anyClassified)
                }
            }
        )
        // -02 … -04: the VAT identifiers the category requires, for lines, allowances and charges.
        let negationIsVATOnly = family.prefix != "BR-S"
        rules.append(
            .root(family.id(2)) { _, document in
                let classified = document.all("cac:ClassifiedTaxCategory")
                let used = classified.contains(where: isVATCategory)
                let usedLoosely = classified.contains {
                    ublIsCategory($0, code) && (negationIsVATOnly ? RuleBinding.ublIsVAT($0) : true)
                }
                return (used && ublParties(family.parties, document)) || !usedLoosely
            }
        )
        for (number, charge) in [(3, false), (4, true)] {
            rules.append(
                .root(family.id(number)) { root, document in
                    let categories =
                        family.prefix == "BR-O"
                        ? RuleBinding.ublAllowanceCharges(root.children("cac:AllowanceCharge"), charge).flatMap {
                            $0.children("cac:TaxCategory")
                        }
                        : ublAllowanceCategories(document, charge: charge)
                    let positive = categories.contains {
                        family.prefix == "BR-G" ? ublIsCategory($0, code) : isVATCategory($0)
                    }
                    let negative: Bool
                    if family.prefix == "BR-AF" && charge {
                        negative = categories.contains {
                            RuleBinding.ublIsVAT($0) && $0.children("cbc:ID").contains { $0.stringValue == code }
                        }
                    } else {
                        negative = categories.contains(where: isVATCategory)
                    }
                    return (positive && ublParties(family.parties, document)) || !negative
                }
            )
        }
        // -05 … -07: the rate of the category on lines, allowances and charges.
        let ratePath = "cbc:Percent"
        rules.append(
            BusinessRule(
                family.id(5),
                context: { document in
                    RuleBinding.ublLines(document).flatMap { $0.select("cac:Item/cac:ClassifiedTaxCategory") }.filter(
                        isVATCategory
                    )
                }
            ) { node, _ in VATFamily.satisfies(family.rate, node, ratePath, isUBL: true) }
        )
        for (number, charge) in [(6, false), (7, true)] {
            rules.append(
                BusinessRule(
                    family.id(number),
                    context: { document in
                        ublAllowanceCategories(document, charge: charge).filter(isVATCategory)
                    }
                ) { node, _ in VATFamily.satisfies(family.rate, node, ratePath, isUBL: true) }
            )
        }
        // -08: the taxable amount of the category's breakdown.
        rules.append(
            BusinessRule(family.id(8), context: breakdownCategories) { node, document in
                let root = document.root
                let taxable = node.decimal("../cbc:TaxableAmount")
                let hasInvoiceLines = document.exists("cac:InvoiceLine")
                let hasCreditLines = document.exists("cac:CreditNoteLine")
                guard family.isRated else {
                    guard let taxable else { return false }
                    return
                        (hasInvoiceLines
                        && taxable == ublCategoryBase(root, lines: "cac:InvoiceLine", code: code, rate: nil))
                        || (hasCreditLines
                            && taxable == ublCategoryBase(root, lines: "cac:CreditNoteLine", code: code, rate: nil))
                }
                guard let rate = node.decimal("cbc:Percent") else { return true }
                func within(_ lines: String) -> Bool {
                    guard let taxable else { return false }
                    let base = ublCategoryBase(root, lines: lines, code: code, rate: rate)
                    return XPath.within(taxable, base, .oneUnitExclusive)
                }
                if family.prefix == "BR-S" {
                    let allowanceUsesRate = document.all("cac:AllowanceCharge").contains { group in
                        let categories = group.children("cac:TaxCategory")
                        return categories.contains { ublIsCategory($0, code) }
                            && categories.contains { $0.decimal("cbc:Percent") == rate }
                    }
                    func lineUsesRate(_ name: String) -> Bool {
                        document.all(name).contains { line in
                            let categories = line.select("cac:Item/cac:ClassifiedTaxCategory")
                            return categories.contains { ublIsCategory($0, code) }
                                && categories.contains { $0.decimal("cbc:Percent") == rate }
                        }
                    }
                    return ((lineUsesRate("cac:InvoiceLine") || allowanceUsesRate) && within("cac:InvoiceLine"))
                        || ((lineUsesRate("cac:CreditNoteLine") || allowanceUsesRate) && within("cac:CreditNoteLine"))
                }
                return (hasInvoiceLines && within("cac:InvoiceLine"))
                    || (hasCreditLines && within("cac:CreditNoteLine"))
            }
        )
        // -09: the tax amount of the category's breakdown.
        rules.append(
            BusinessRule(family.id(9), context: breakdownCategories) { node, _ in
                guard family.isRated else { return node.decimal("../cbc:TaxAmount") == .zero }
                guard let tax = node.decimal("../cbc:TaxAmount"), let taxable = node.decimal("../cbc:TaxableAmount"),
                    let rate = node.decimal("cbc:Percent"), let fraction = rate.divided(by: 100, scale: 30)
                else { return false }
                let expected = XPath.roundCents(taxable.magnitude * fraction)
                return XPath.within(tax.magnitude, expected, .oneUnitExclusive)
            }
        )
        // -10: the exemption reason.
        rules.append(
            BusinessRule(family.id(10), context: breakdownCategories) { node, _ in
                let hasReason = node.exists("cbc:TaxExemptionReason") || node.exists("cbc:TaxExemptionReasonCode")
                return family.requiresExemptionReason ? hasReason : !hasReason
            }
        )
        // Family-specific rules.
        if family.prefix == "BR-IC" {
            rules.append(
                .root("BR-IC-11") { root, _ in
                    guard root.select("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory").contains(where: isVATCategory)
                    else {
                        return true
                    }
                    return (root.string("cac:Delivery/cbc:ActualDeliveryDate") ?? "").count > 1
                        || !root.select("cac:InvoicePeriod/*").isEmpty
                }
            )
            rules.append(
                .root("BR-IC-12") { root, _ in
                    guard root.select("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory").contains(where: isVATCategory)
                    else {
                        return true
                    }
                    return
                        (root.string("cac:Delivery/cac:DeliveryLocation/cac:Address/cac:Country/cbc:IdentificationCode")
                        ?? "")
                        .count > 1
                }
            )
        }
        if family.prefix == "BR-O" {
            let otherVAT: @Sendable (RuleNode) -> Bool = { $0.normalized("cbc:ID") != "O" && RuleBinding.ublIsVAT($0) }
            let sources: [(String, @Sendable (RuleDocument) -> [RuleNode])] = [
                ("BR-O-11", { $0.root.select("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory") }),
                ("BR-O-12", { $0.all("cac:ClassifiedTaxCategory") }),
                ("BR-O-13", { ublAllowanceCategories($0, charge: false) }),
                ("BR-O-14", { ublAllowanceCategories($0, charge: true) }),
            ]
            for (id, source) in sources {
                rules.append(
                    .root(id) { root, document in
                        let hasO = root.select("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory").contains(
                            where: isVATCategory
                        )
                        return !hasO || !source(document).contains(where: otherVAT)
                    }
                )
            }
        }
        return rules
    }

    // MARK: - CII

    private static let ciiAgreement = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement"

    /// `ram:ApplicableTradeTax[ram:CategoryCode = code]` (a general comparison of strings).
    private static func ciiHasCategory(_ tax: RuleNode, _ code: String) -> Bool {
        tax.containsChild("ram:CategoryCode") { $0.stringValue == code }
    }

    /// Tax registrations `ram:SpecifiedTaxRegistration/ram:ID` of the parties reached by `parties`, with a scheme.
    private static func ciiRegistrations(_ parties: [RuleNode], schemes: Set<String>) -> Bool {
        parties.flatMap { $0.select("ram:SpecifiedTaxRegistration/ram:ID") }.contains {
            $0.attribute("schemeID").map(schemes.contains) ?? false
        }
    }

    /// The `schemeID` of a VAT registration, `VA`, and with the tax-number scheme `FC`.
    private static let vatSchemes: Set<String> = ["VA"]
    private static let vatOrTaxSchemes: Set<String> = ["VA", "FC"]

    private static func ciiParties(_ rule: VATFamily.PartyRule, _ document: RuleDocument) -> Bool {
        let root = document.root
        switch rule {
        case .seller:
            return ciiRegistrations(root.select(ciiAgreement + "/ram:SellerTradeParty"), schemes: vatOrTaxSchemes)
                || ciiRegistrations(
                    root.select(ciiAgreement + "/ram:SellerTaxRepresentativeTradeParty"),
                    schemes: vatSchemes
                )
        case .sellerAndBuyerOrLegal:
            let seller =
                ciiRegistrations(document.all("ram:SellerTradeParty"), schemes: vatOrTaxSchemes)
                || ciiRegistrations(document.all("ram:SellerTaxRepresentativeTradeParty"), schemes: vatSchemes)
            let buyers = document.all("ram:BuyerTradeParty")
            return seller
                && (ciiRegistrations(buyers, schemes: vatSchemes)
                    || buyers.contains { $0.exists("ram:SpecifiedLegalOrganization/ram:ID") })
        case .sellerAndBuyer:
            return
                (ciiRegistrations(document.all("ram:SellerTradeParty"), schemes: vatSchemes)
                || ciiRegistrations(document.all("ram:SellerTaxRepresentativeTradeParty"), schemes: vatSchemes))
                && ciiRegistrations(document.all("ram:BuyerTradeParty"), schemes: vatSchemes)
        case .sellerVATScheme:
            return ciiRegistrations(document.all("ram:SellerTradeParty"), schemes: vatSchemes)
                || ciiRegistrations(document.all("ram:SellerTaxRepresentativeTradeParty"), schemes: vatSchemes)
        case .none:
            return !ciiRegistrations(root.select(ciiAgreement + "/ram:SellerTradeParty"), schemes: vatSchemes)
                && !ciiRegistrations(
                    root.select(ciiAgreement + "/ram:SellerTaxRepresentativeTradeParty"),
                    schemes: vatSchemes
                )
                && !ciiRegistrations(document.all("ram:BuyerTradeParty"), schemes: vatSchemes)
        }
    }

    /// `//ram:SpecifiedTradeAllowanceCharge[ram:ChargeIndicator/udt:Indicator = true()/false()]/ram:CategoryTradeTax`.
    private static func ciiAllowanceTaxes(_ document: RuleDocument, charge: Bool) -> [RuleNode] {
        document.all("ram:SpecifiedTradeAllowanceCharge").filter { RuleBinding.ciiIndicatorIs($0, charge) }
            .flatMap { $0.children("ram:CategoryTradeTax") }
    }

    /// How many taxes of each category code the header breakdowns, the lines and the allowances and
    /// charges carry (a tax counts once for each distinct code it names), what every `BR-x-01` reads.
    struct CIICategoryCounts {
        /// `//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax`, by code.
        var header: [String: Int] = [:]
        /// `//ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax`, by code.
        var lines: [String: Int] = [:]
        /// `//ram:CategoryTradeTax`, by code.
        var allowances: [String: Int] = [:]
    }

    /// The key of ``ciiCategoryCounts(_:)`` among a document's memoized values.
    private static let categoryCountsKey = RuleMemoKey()

    /// The category counts of a document, counted once.
    private static func ciiCategoryCounts(_ document: RuleDocument) -> CIICategoryCounts {
        document.memoized(categoryCountsKey) {
            func count(_ taxes: [RuleNode]) -> [String: Int] {
                var counts: [String: Int] = [:]
                for tax in taxes {
                    for code in Set(tax.children("ram:CategoryCode").map(\.stringValue)) {
                        counts[code, default: 0] += 1
                    }
                }
                return counts
            }
            return CIICategoryCounts(
                header: count(document.all("ram:ApplicableHeaderTradeSettlement", "ram:ApplicableTradeTax")),
                lines: count(document.all("ram:SpecifiedLineTradeSettlement", "ram:ApplicableTradeTax")),
                allowances: count(document.all("ram:CategoryTradeTax"))
            )
        }
    }

    /// What the category base rules need of one line settlement, read once per document.
    struct CIILineSettlement {
        /// The `ram:ApplicableTradeTax/ram:CategoryCode` values.
        let codes: [String]
        /// The `xs:decimal(ram:RateApplicablePercent)` of each tax that has a decimal rate.
        let rates: [ExactDecimal]
        /// `sum(ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount)`.
        let amount: ExactDecimal
    }

    /// The key of ``ciiLineSettlements(_:)`` among a document's memoized values.
    private static let lineSettlementsKey = RuleMemoKey()

    /// The line settlements of the transaction, in document order, read once per document.
    static func ciiLineSettlements(_ document: RuleDocument) -> [CIILineSettlement] {
        document.memoized(lineSettlementsKey) {
            document.fromRoot(
                "rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement"
            ).map { settlement in
                let taxes = settlement.children("ram:ApplicableTradeTax")
                return CIILineSettlement(
                    codes: taxes.flatMap { $0.children("ram:CategoryCode").map(\.stringValue) },
                    rates: taxes.compactMap { $0.decimal("ram:RateApplicablePercent") },
                    amount: settlement.sum("ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount")
                )
            }
        }
    }

    /// round(Σ lines) + round(Σ charges) − round(Σ allowances) of a category (and rate), over the transaction.
    private static func ciiCategoryBase(_ document: RuleDocument, code: String, rate: ExactDecimal?) -> ExactDecimal {
        let root = document.root
        func matches(_ taxes: [RuleNode]) -> Bool {
            taxes.contains { ciiHasCategory($0, code) }
                && (rate.map { rate in taxes.contains { $0.decimal("ram:RateApplicablePercent") == rate } } ?? true)
        }
        let lines = ciiLineSettlements(document).reduce(ExactDecimal.zero) { total, line in
            let matching = line.codes.contains(code) && (rate.map { line.rates.contains($0) } ?? true)
            return matching ? total + line.amount : total
        }
        let groups = root.select(
            "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge"
        )
        .filter { matches($0.children("ram:CategoryTradeTax")) }
        func firstAmounts(_ charge: Bool) -> ExactDecimal {
            groups.filter { RuleBinding.ciiIndicatorIs($0, charge) }.reduce(ExactDecimal.zero) {
                $0 + ($1.children("ram:ActualAmount").first.flatMap { XPath.decimal($0.stringValue) } ?? .zero)
            }
        }
        return XPath.roundCents(lines) + XPath.roundCents(firstAmounts(true)) - XPath.roundCents(firstAmounts(false))
    }

    /// The -08 … -10 context of a family: the breakdowns of the category (S and Z without the VAT
    /// type check).
    private static func ciiFamilyBreakdowns(_ family: VATFamily, _ document: RuleDocument) -> [RuleNode] {
        let code = family.code
        let typed = family.prefix == "BR-S" || family.prefix == "BR-Z"
        let taxes =
            typed
            ? document.all("ram:ApplicableHeaderTradeSettlement", "ram:ApplicableTradeTax")
            : document.fromRoot(
                "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax"
            )
        return taxes.filter { typed ? ciiHasCategory($0, code) : ciiHasCategory($0, code) && RuleBinding.ciiIsVAT($0) }
    }

    private static func ciiVATRules(_ family: VATFamily) -> [BusinessRule] {
        let code = family.code
        let isVATCategory: @Sendable (RuleNode) -> Bool = { ciiHasCategory($0, code) && RuleBinding.ciiIsVAT($0) }
        // The -08 … -10 context: the breakdown of the category (S and Z without the VAT type check).
        // The memo keys, made once rather than on every call.
        let breakdownsKey = RuleMemoKey()
        let lineTaxesKey = RuleMemoKey()
        let allowanceTaxesKey = RuleMemoKey()
        let chargeTaxesKey = RuleMemoKey()
        let breakdowns: @Sendable (RuleDocument) -> [RuleNode] = { document in
            document.memoized(breakdownsKey) { ciiFamilyBreakdowns(family, document) }
        }
        var rules: [BusinessRule] = []
        rules.append(
            .root(family.id(1)) { _, document in
                let counts = ciiCategoryCounts(document)
                let header = counts.header[code] ?? 0
                let lines = counts.lines[code] ?? 0
                let allowances = counts.allowances[code] ?? 0
                switch family.prefix {
                case "BR-S", "BR-AF", "BR-AG":
                    return (lines + header >= 2 || lines == 0) && (allowances + header >= 2 || allowances == 0)
                case "BR-O":
                    return header == 0 || (header == 1 && (lines > 0 || allowances > 0))
                default:
                    return (header == 0 && lines == 0 && allowances == 0)
                        || (header == 1 && (lines > 0 || allowances > 0))
                }
            }
        )
        let lineTaxes: @Sendable (RuleDocument) -> [RuleNode] = { document in
            document.memoized(lineTaxesKey) {
                document.fromRoot(
                    "rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax"
                ).filter(isVATCategory)
            }
        }
        let allowanceTaxes: @Sendable (RuleDocument) -> [RuleNode] = { document in
            document.memoized(allowanceTaxesKey) {
                ciiAllowanceTaxes(document, charge: false).filter(isVATCategory)
            }
        }
        let chargeTaxes: @Sendable (RuleDocument) -> [RuleNode] = { document in
            document.memoized(chargeTaxesKey) {
                ciiAllowanceTaxes(document, charge: true).filter(isVATCategory)
            }
        }
        for (number, context) in [(2, lineTaxes), (3, allowanceTaxes), (4, chargeTaxes)] {
            rules.append(
                BusinessRule(family.id(number), context: context) { document in
                    ciiParties(family.parties, document)
                }
            )
        }
        for (number, context) in [(5, lineTaxes), (6, allowanceTaxes), (7, chargeTaxes)] {
            rules.append(
                BusinessRule(family.id(number), context: context) { node, _ in
                    VATFamily.satisfies(family.ciiRate, node, "ram:RateApplicablePercent")
                }
            )
        }
        rules.append(
            BusinessRule(family.id(8), context: breakdowns) { tax, document in
                switch family.prefix {
                case "BR-AF", "BR-AG":
                    // The artefact reads the rate from the breakdown's parent, where there is none: always true.
                    return true
                case "BR-S":
                    guard let rate = tax.decimal("ram:RateApplicablePercent") else { return true }
                    let base = ciiCategoryBase(document, code: code, rate: rate)
                    return tax.someEquals("ram:BasisAmount", base)
                case "BR-O":
                    let base = ciiCategoryBase(document, code: code, rate: nil)
                    return tax.someEquals("ram:BasisAmount", base)
                default:
                    let base = ciiCategoryBase(document, code: code, rate: nil)
                    return tax.some("ram:BasisAmount") { $0 - 1 < base }
                        && tax.some("ram:BasisAmount") { $0 + 1 > base }
                }
            }
        )
        rules.append(
            BusinessRule(family.id(9), context: breakdowns) { tax, _ in
                switch family.prefix {
                case "BR-AF", "BR-AG":
                    return true
                case "BR-S":
                    guard let amount = tax.decimal("ram:CalculatedAmount"), let basis = tax.decimal("ram:BasisAmount"),
                        let rate = tax.decimal("ram:RateApplicablePercent")
                    else { return false }
                    guard let expected = XPath.round(basis.magnitude * rate).divided(by: 100, scale: 2) else {
                        return false
                    }
                    return XPath.within(amount.magnitude, expected, .oneUnitExclusive)
                default:
                    return tax.select("ram:CalculatedAmount").contains { XPath.untypedEqualsZero($0.stringValue) }
                }
            }
        )
        rules.append(
            BusinessRule(family.id(10), context: breakdowns) { tax, _ in
                let hasReason = tax.exists("ram:ExemptionReason") || tax.exists("ram:ExemptionReasonCode")
                return family.requiresExemptionReason ? hasReason : !hasReason
            }
        )
        if family.prefix == "BR-IC" {
            rules.append(
                BusinessRule("BR-IC-11", context: breakdowns) { tax, document in
                    document.root.exists(
                        "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString"
                    ) || tax.exists("../ram:BillingSpecifiedPeriod/ram:StartDateTime")
                        || tax.exists("../ram:BillingSpecifiedPeriod/ram:EndDateTime")
                }
            )
            rules.append(
                BusinessRule("BR-IC-12", context: breakdowns) { document in
                    document.root.exists(
                        "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:PostalTradeAddress/ram:CountryID"
                    )
                }
            )
        }
        if family.prefix == "BR-O" {
            let otherTrade: @Sendable (RuleDocument) -> Bool = { document in
                document.all("ram:ApplicableTradeTax").contains { tax in
                    tax.children("ram:CategoryCode").contains { $0.stringValue != "O" }
                }
            }
            let otherAllowance: @Sendable (RuleDocument) -> Bool = { document in
                document.all("ram:CategoryTradeTax").contains { tax in
                    tax.children("ram:CategoryCode").contains { $0.stringValue != "O" }
                }
            }
            rules.append(BusinessRule("BR-O-11", context: breakdowns) { document in !otherTrade(document) })
            rules.append(BusinessRule("BR-O-12", context: breakdowns) { document in !otherTrade(document) })
            rules.append(BusinessRule("BR-O-13", context: breakdowns) { document in !otherAllowance(document) })
            rules.append(BusinessRule("BR-O-14", context: breakdowns) { document in !otherAllowance(document) })
        }
        return rules
    }
}
