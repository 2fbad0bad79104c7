// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

internal import FactureModel

/// The rules `EXTENDED-CTC-FR-UBL` states differently from the CEN UBL artefact, written natively,
/// the CEN rules it drops or replaces, and how it checks the CEN rules it keeps.
enum ExtendedCTCFRUBL {
    private typealias Number = ExtendedCTCFRUBLNumber
    private typealias Context = @Sendable (RuleDocument) -> [RuleNode]

    /// The CEN UBL rules the artefact drops or restates differently (replaced by native rules below).
    static let replacedCENRules: Set<String> = [
        "BR-CO-10", "BR-CO-11", "BR-CO-12", "BR-CO-13", "BR-CO-15", "BR-CO-17", "BR-CO-04",
        "BR-E-01", "BR-G-01", "BR-IC-01", "BR-AF-01", "BR-O-01", "BR-S-01", "BR-Z-01",
        "BR-O-02", "BR-O-03", "BR-O-04", "BR-O-11", "BR-O-12", "BR-O-13", "BR-O-14",
        "BR-22", "BR-23", "BR-24", "BR-26", "BR-27", "BR-28", "BR-54", "BR-55",
        "BR-AE-08", "BR-E-08", "BR-G-08", "BR-IC-08", "BR-AF-08", "BR-AG-08", "BR-O-08", "BR-S-08", "BR-Z-08",
        "BR-S-09", "BR-S-10", "BR-Z-10",
        "UBL-CR-018", "UBL-CR-026", "UBL-CR-047", "UBL-CR-096", "UBL-CR-099", "UBL-CR-194", "UBL-CR-195",
        "UBL-CR-258", "UBL-CR-259", "UBL-CR-269", "UBL-CR-270", "UBL-CR-271", "UBL-CR-272", "UBL-CR-273",
        "UBL-CR-274", "UBL-CR-288", "UBL-CR-410", "UBL-CR-439", "UBL-CR-480", "UBL-CR-481", "UBL-CR-490",
        "UBL-CR-523", "UBL-CR-524", "UBL-CR-525", "UBL-CR-528", "UBL-CR-529", "UBL-CR-530", "UBL-CR-531",
        "UBL-CR-550", "UBL-CR-561", "UBL-CR-563", "UBL-CR-600", "UBL-CR-601", "UBL-CR-609", "UBL-CR-611",
        "UBL-CR-619", "UBL-CR-633", "UBL-CR-634", "UBL-CR-645", "UBL-CR-662", "UBL-CR-669", "UBL-CR-670",
        "UBL-SR-04", "UBL-SR-06", "UBL-SR-07", "UBL-SR-16", "UBL-SR-20", "UBL-SR-34", "UBL-SR-37", "UBL-SR-48",
        "UBL-SR-52",
        "BR-CL-10", "BR-CL-20", "BR-CL-24",
    ]

    /// The rules written for the artefact.
    static let nativeRules: [BusinessRule] =
        totalsRules + categoryPresenceRules + lineRules + categoryBalanceRules + syntaxRules + codeListRules
        + sublineRules

    // MARK: - Helpers

    /// A rule with its official text from ``ExtendedCTCFRUBLText/messages``.
    private static func rule(
        _ id: String,
        _ severity: RuleViolation.Severity = .fatal,
        context: @escaping Context,
        test: @escaping @Sendable (RuleNode, RuleDocument) -> Bool
    ) -> BusinessRule {
        BusinessRule(id, severity, message: ExtendedCTCFRUBLText.messages[id], context: context, test: test)
    }

    /// `$invoiceID`: the string values of `(/ubl:Invoice | /cn:CreditNote)/cbc:ID`.
    static func invoiceIDs(_ document: RuleDocument) -> Set<String> {
        let root = document.root
        guard root.qualifiedName == "ubl:Invoice" || root.qualifiedName == "cn:CreditNote" else { return [] }
        return Set(root.children("cbc:ID").map(\.stringValue))
    }

    /// `cac:BillingReference[cac:InvoiceDocumentReference/cbc:ID = $invoiceID]`: the line's references
    /// to its own invoice, which carry the sub-line data (parent line, sub-line type).
    private static func ownReferences(_ line: RuleNode, _ ids: Set<String>) -> [RuleNode] {
        line.children("cac:BillingReference").filter { reference in
            reference.contains("cac:InvoiceDocumentReference/cbc:ID") { ids.contains($0.stringValue) }
        }
    }

    /// Whether an own reference gives the sub-line type `status` (`…/cbc:DocumentStatusCode = 'DETAIL'`, …).
    private static func hasStatus(_ references: [RuleNode], _ status: String) -> Bool {
        references.contains { reference in
            reference.contains("cac:InvoiceDocumentReference/cbc:DocumentStatusCode") { $0.stringValue == status }
        }
    }

    /// The line predicate of the model rules: `not(cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID
    /// = $invoiceID) or (cac:BillingReference[…]/cac:InvoiceDocumentReference/cbc:DocumentStatusCode = 'DETAIL')`,
    /// a line counted in the totals (no sub-line type, or `DETAIL`).
    static func isCounted(_ line: RuleNode, _ ids: Set<String>) -> Bool {
        let own = ownReferences(line, ids)
        return own.isEmpty || hasStatus(own, "DETAIL")
    }

    /// The lines counted in the totals (``isCounted(_:_:)``), `//cac:InvoiceLine | //cac:CreditNoteLine`.
    private static func countedLines(_ document: RuleDocument) -> [RuleNode] {
        document.memoized("EXTENDED-CTC-FR-UBL counted lines") {
            let ids = invoiceIDs(document)
            return RuleBinding.ublLines(document).filter { isCounted($0, ids) }
        }
    }

    /// `cbc:ChargeIndicator = false()` (or `true()`) allowances and charges among `nodes`.
    private static func allowanceCharges(_ nodes: [RuleNode], charge: Bool) -> [RuleNode] {
        RuleBinding.ublAllowanceCharges(nodes, charge)
    }

    // MARK: - Document totals (BR-FREXT-CO-10 … 15) and BR-CO-25

    /// The terms the totals rules share, on one `cac:LegalMonetaryTotal`.
    private struct Totals {
        let lineAmounts: [RuleNode]
        let lineSum: Number
        let allowances: [RuleNode]
        let charges: [RuleNode]
        let allowanceSum: Number?
        let chargeSum: Number?

        init(_ total: RuleNode, _ document: RuleDocument) {
            lineAmounts = countedLines(document).flatMap { $0.children("cbc:LineExtensionAmount") }
            lineSum = Number.sum(lineAmounts).roundedCents
            let siblings = total.parent?.children("cac:AllowanceCharge") ?? []
            allowances = allowanceCharges(siblings, charge: false)
            charges = allowanceCharges(siblings, charge: true)
            allowanceSum = Number.sum(allowances.flatMap { $0.children("cbc:Amount") }).roundedCents.castToDecimal
            chargeSum = Number.sum(charges.flatMap { $0.children("cbc:Amount") }).roundedCents.castToDecimal
        }

        var elementCount: Int { lineAmounts.count + allowances.count + charges.count }
    }

    private static func decimal(_ node: RuleNode, _ path: String) -> Number? {
        node.decimal(path).map(Number.decimal)
    }

    private static let totalsRules: [BusinessRule] = {
        let totals: Context = { $0.all("cac:LegalMonetaryTotal") }
        return [
            rule(
                "BR-CO-25",
                context: { document in
                    document.root.qualifiedName == "ubl:Invoice"
                        ? document.root.select("cac:LegalMonetaryTotal/cbc:PayableAmount") : []
                }
            ) { node, document in
                let amount = Number.untypedDouble(node.stringValue)
                let hasTerms = document.exists("cbc:DueDate") || !document.all("cac:PaymentTerms", "cbc:Note").isEmpty
                return (amount > 0 && hasTerms) || amount <= 0
            },
            rule("BR-FREXT-CO-10", context: totals) { node, document in
                let terms = Totals(node, document)
                guard let stated = decimal(node, "cbc:LineExtensionAmount") else { return false }
                let result = (stated - terms.lineSum).magnitude.roundedCents
                return result <= Number.cents(terms.lineAmounts.count)
            },
            rule("BR-FREXT-CO-11", context: totals) { node, document in
                let terms = Totals(node, document)
                if let stated = decimal(node, "cbc:AllowanceTotalAmount"), let sum = terms.allowanceSum,
                    (stated - sum).magnitude <= Number.cents(terms.allowances.count)
                {
                    return true
                }
                return !node.exists("cbc:AllowanceTotalAmount") && terms.allowances.isEmpty
            },
            rule("BR-FREXT-CO-12", context: totals) { node, document in
                let terms = Totals(node, document)
                if let stated = decimal(node, "cbc:ChargeTotalAmount"), let sum = terms.chargeSum,
                    (stated - sum).magnitude <= Number.cents(terms.charges.count)
                {
                    return true
                }
                return !node.exists("cbc:ChargeTotalAmount") && terms.charges.isEmpty
            },
            rule("BR-FREXT-CO-13", context: totals) { node, document in
                let terms = Totals(node, document)
                guard let exclusive = decimal(node, "cbc:TaxExclusiveAmount"), let allowances = terms.allowanceSum,
                    let charges = terms.chargeSum
                else { return false }
                let result = (exclusive - terms.lineSum + allowances - charges).magnitude.roundedCents
                return result <= Number.cents(terms.elementCount)
            },
            rule("BR-FREXT-CO-15", context: totals) { node, document in
                let root = document.root
                let currencies: Set<String> =
                    root.qualifiedName == "ubl:Invoice" || root.qualifiedName == "cn:CreditNote"
                    ? Set(root.children("cbc:DocumentCurrencyCode").map(\.stringValue)) : []
                let taxAmounts = (node.parent?.select("cac:TaxTotal/cbc:TaxAmount") ?? []).filter { amount in
                    amount.attribute("currencyID").map(currencies.contains) ?? false
                }
                guard let taxAmount = taxAmounts.first else { return true }
                let terms = Totals(node, document)
                guard let tax = XPath.decimal(taxAmount.stringValue),
                    let inclusive = decimal(node, "cbc:TaxInclusiveAmount"),
                    let exclusive = decimal(node, "cbc:TaxExclusiveAmount")
                else { return false }
                return (inclusive - .decimal(tax) - exclusive).magnitude <= Number.cents(terms.elementCount)
            },
        ]
    }()

    // MARK: - VAT category presence (BR-FREXT-x-01)

    private static let categoryPresenceRules: [BusinessRule] = [
        ("S", "S"), ("Z", "Z"), ("E", "E"), ("AE", "AE"), ("IC", "K"), ("G", "G"), ("O", "O"), ("AF", "L"),
        ("AG", "M"),
    ].map { name, code in
        rule("BR-FREXT-\(name)-01", context: { [$0.root] }) { root, document in
            let isCode: (RuleNode) -> Bool = { $0.normalized("cbc:ID") == code }
            let documentLevel = root.select("cac:AllowanceCharge/cac:TaxCategory").filter(isCode).count
            let ids = invoiceIDs(document)
            let lines = (root.children("cac:InvoiceLine") + root.children("cac:CreditNoteLine")).filter {
                isCounted($0, ids)
            }
            let lineLevel = lines.flatMap { $0.select("cac:Item/cac:ClassifiedTaxCategory") }.filter(isCode).count
            let breakdowns = root.select("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory").filter(isCode).count
            return documentLevel + lineLevel + breakdowns == 0
                || (breakdowns >= 1 && (documentLevel > 0 || lineLevel > 0))
        }
    }

    // MARK: - Lines (BR-FREXT-22 … 26, BR-FREXT-CO-04), item attributes, preceding invoices

    private static let lineRules: [BusinessRule] = {
        let lines: Context = { RuleBinding.ublLines($0) }
        func lineRule(_ id: String, _ holds: @escaping @Sendable (RuleNode) -> Bool) -> BusinessRule {
            rule(id, context: lines) { node, document in
                !isCounted(node, invoiceIDs(document)) || holds(node)
            }
        }
        return [
            lineRule("BR-FREXT-22") { $0.exists("cbc:InvoicedQuantity") || $0.exists("cbc:CreditedQuantity") },
            lineRule("BR-FREXT-23") { line in
                (line.children("cbc:InvoicedQuantity") + line.children("cbc:CreditedQuantity")).contains {
                    $0.attribute("unitCode") != nil
                }
            },
            lineRule("BR-FREXT-24") { $0.exists("cbc:LineExtensionAmount") },
            lineRule("BR-FREXT-26") { $0.exists("cac:Price/cbc:PriceAmount") },
            lineRule("BR-FREXT-CO-04") { line in
                line.select("cac:Item/cac:ClassifiedTaxCategory").contains {
                    RuleBinding.ublIsVAT($0) && $0.exists("cbc:ID")
                }
            },
            rule("BR-FREXT-54-1", context: { $0.all("cac:AdditionalItemProperty") }) { node, _ in
                node.exists("cbc:Name") || node.exists("cbc:NameCode")
            },
            rule("BR-FREXT-54-2", context: { $0.all("cac:AdditionalItemProperty") }) { node, _ in
                let hasValue = node.exists("cbc:Value")
                let quantities = node.children("cbc:ValueQuantity")
                return (hasValue && quantities.isEmpty)
                    || (!hasValue && quantities.contains { !($0.attribute("unitCode") ?? "").isEmpty })
            },
            rule("BR-55", context: { $0.root.children("cac:BillingReference") }) { node, _ in
                node.exists("cac:InvoiceDocumentReference/cbc:ID")
            },
        ]
    }()

    // MARK: - VAT breakdown balance (BR-FREXT-x-08, -08ini, -08rev, BR-FREXT-S-09)

    /// One VAT category as the breakdown rules name and code it.
    private struct Category: Sendable {
        let name: String
        let code: String
        /// Whether lines and allowances must also have the breakdown's rate (all but `O`).
        let matchesRate: Bool
    }

    /// `abs(BT-116 - Σ BT-131 + Σ BT-92 - Σ BT-99) le 0.01 * (elements)` for one breakdown, over the
    /// lines and document allowances/charges of its category (and rate), with the same exemption
    /// reason and code when `sameReasons`.
    private static func balances(
        _ category: RuleNode,
        _ spec: Category,
        sameReasons: Bool,
        _ document: RuleDocument
    ) -> Bool {
        let rate = category.decimal("cbc:Percent")
        let reasonText = category.normalized("cbc:TaxExemptionReason")
        let reasonCode = category.normalized("cbc:TaxExemptionReasonCode")
        let matches: (RuleNode) -> Bool = { other in
            guard other.normalized("cbc:ID") == spec.code else { return false }
            if spec.matchesRate {
                guard let rate, other.decimal("cbc:Percent") == rate else { return false }
            }
            if sameReasons {
                return other.normalized("cbc:TaxExemptionReasonCode") == reasonCode
                    && other.normalized("cbc:TaxExemptionReason") == reasonText
            }
            return true
        }
        let lineAmounts = countedLines(document).filter { line in
            line.select("cac:Item/cac:ClassifiedTaxCategory").contains(where: matches)
        }.flatMap { $0.children("cbc:LineExtensionAmount") }
        let root = category.parent?.parent?.parent
        let groups = (root?.children("cac:AllowanceCharge") ?? []).filter { group in
            group.children("cac:TaxCategory").contains(where: matches)
        }
        let allowanceAmounts = allowanceCharges(groups, charge: false).flatMap { $0.children("cbc:Amount") }
        let chargeAmounts = allowanceCharges(groups, charge: true).flatMap { $0.children("cbc:Amount") }
        let count = lineAmounts.count + groups.flatMap { $0.children("cbc:Amount") }.count
        guard let basis = category.parent?.decimal("cbc:TaxableAmount"),
            let allowances = Number.sum(allowanceAmounts).roundedCents.castToDecimal,
            let charges = Number.sum(chargeAmounts).roundedCents.castToDecimal
        else { return false }
        let lines = Number.sum(lineAmounts).roundedCents
        return (Number.decimal(basis) - lines + allowances - charges).magnitude <= Number.cents(count)
    }

    private static let categoryBalanceRules: [BusinessRule] = {
        let categories = [
            Category(name: "AE", code: "AE", matchesRate: true), Category(name: "E", code: "E", matchesRate: true),
            Category(name: "G", code: "G", matchesRate: true), Category(name: "IC", code: "K", matchesRate: true),
            Category(name: "AF", code: "L", matchesRate: true), Category(name: "AG", code: "M", matchesRate: true),
            Category(name: "O", code: "O", matchesRate: false), Category(name: "S", code: "S", matchesRate: true),
            Category(name: "Z", code: "Z", matchesRate: true),
        ]
        var rules: [BusinessRule] = []
        for spec in categories {
            let context: Context = { document in
                document.root.select("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory").filter {
                    $0.normalized("cbc:ID") == spec.code && RuleBinding.ublIsVAT($0)
                }
            }
            let prefix = "BR-FREXT-\(spec.name)-08"
            rules += [
                rule(prefix, context: context) { node, document in
                    balances(node, spec, sameReasons: true, document)
                        || balances(node, spec, sameReasons: false, document)
                },
                rule(prefix + "ini", .warning, context: context) { node, document in
                    balances(node, spec, sameReasons: false, document)
                },
                rule(prefix + "rev", .warning, context: context) { node, document in
                    balances(node, spec, sameReasons: true, document)
                },
            ]
            if spec.name == "S" {
                rules.append(
                    rule("BR-FREXT-S-09", context: context) { node, document in
                        vatAmountIsConsistent(node, spec, document)
                    }
                )
            }
        }
        return rules
    }()

    /// BR-FREXT-S-09: `abs(BT-117 - round(BT-116 * BT-119 div 100 * 100) div 100) le 0.01 * (elements)`,
    /// the elements counted as BR-FREXT-S-08 counts them (same rate and exemption reasons).
    private static func vatAmountIsConsistent(_ category: RuleNode, _ spec: Category, _ document: RuleDocument) -> Bool
    {
        guard let rate = category.decimal("cbc:Percent") else { return false }
        let reasonText = category.normalized("cbc:TaxExemptionReason")
        let reasonCode = category.normalized("cbc:TaxExemptionReasonCode")
        let matches: (RuleNode) -> Bool = { other in
            other.normalized("cbc:ID") == spec.code && other.decimal("cbc:Percent") == rate
                && other.normalized("cbc:TaxExemptionReasonCode") == reasonCode
                && other.normalized("cbc:TaxExemptionReason") == reasonText
        }
        let lineCount = countedLines(document).filter { line in
            line.select("cac:Item/cac:ClassifiedTaxCategory").contains(where: matches)
        }.flatMap { $0.children("cbc:LineExtensionAmount") }.count
        let root = category.parent?.parent?.parent
        let groupCount = (root?.children("cac:AllowanceCharge") ?? []).filter { group in
            group.children("cac:TaxCategory").contains(where: matches)
        }.flatMap { $0.children("cbc:Amount") }.count
        guard let basis = category.parent?.decimal("cbc:TaxableAmount"),
            let tax = category.parent?.decimal("cbc:TaxAmount")
        else { return false }
        let expected = XPath.round(basis * rate) * ExactDecimal(significand: 1, scale: 2)
        return (tax - expected).magnitude <= ExactDecimal(significand: Int128(lineCount + groupCount), scale: 2)
    }

    // MARK: - Syntax (UBL-FREXT-CR, CII-FREXT-CR-490, UBL-FREXT-SR-48, UBL-SR-06/07)

    /// `not(terms) or (not(terms/*[not(self::cbc:ID or self::cac:DeliveryLocation)])
    /// and not(terms/cac:DeliveryLocation/*[not(self::cbc:Name)]))`.
    private static func deliveryTermsAreIncoterms(_ terms: [RuleNode]) -> Bool {
        terms.allSatisfy { term in
            term.children.allSatisfy { child in
                switch child.qualifiedName {
                case "cbc:ID": true
                case "cac:DeliveryLocation": child.children.allSatisfy { $0.qualifiedName == "cbc:Name" }
                default: false
                }
            }
        }
    }

    private static let syntaxRules: [BusinessRule] = {
        let root: Context = { [$0.root] }
        let references: Context = { $0.root.children("cac:BillingReference") }
        return [
            rule("UBL-FREXT-CR-410", .warning, context: root) { node, _ in
                deliveryTermsAreIncoterms(node.children("cac:DeliveryTerms"))
            },
            rule("CII-FREXT-CR-490", .warning, context: root) { node, _ in
                let allowed: Set<String> = ["SourceCurrencyCode", "TargetCurrencyCode", "CalculationRate", "Date"]
                return node.children("cac:TaxExchangeRate").allSatisfy { rate in
                    rate.children.allSatisfy { allowed.contains($0.name) }
                }
            },
            rule("UBL-FREXT-CR-645", .warning, context: root) { node, _ in
                let lines = node.children("cac:InvoiceLine") + node.children("cac:CreditNoteLine")
                return deliveryTermsAreIncoterms(lines.flatMap { $0.children("cac:DeliveryTerms") })
            },
            rule("UBL-FREXT-SR-48", context: { RuleBinding.ublLines($0) }) { line, document in
                // Here a line is counted when it has no preceding-invoice reference at all, or a DETAIL one.
                let ids = invoiceIDs(document)
                let counted =
                    !line.exists("cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID")
                    || hasStatus(ownReferences(line, ids), "DETAIL")
                let categories = line.select("cac:Item/cac:ClassifiedTaxCategory").count
                return counted ? categories == 1 : categories <= 1
            },
            rule("UBL-SR-06", context: references) { node, _ in
                node.children("cac:InvoiceDocumentReference").count <= 1
            },
            rule("UBL-SR-07", context: references) { node, _ in
                node.exists("cac:InvoiceDocumentReference/cbc:ID")
            },
        ]
    }()

    // MARK: - Code lists (BR-FREXT-CL-10, -20, -24, -27)

    /// The MIME codes of BR-FREXT-CL-24, compared as they are (no normalisation).
    private static let mimeCodes: Set<String> = [
        "application/pdf", "image/png", "image/jpeg", "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.spreadsheet", "application/xml", "text/xml",
    ]

    /// The reason codes of the charges (`cbc:ChargeIndicator = true()`), less those of groups the
    /// allowance rule (`= false()`, first in the pattern) already took.
    @Sendable private static func chargeReasonCodes(_ document: RuleDocument) -> [RuleNode] {
        document.all("cac:AllowanceCharge").filter {
            RuleBinding.ublIndicatorIs($0, true) && !RuleBinding.ublIndicatorIs($0, false)
        }.flatMap { $0.children("cbc:AllowanceChargeReasonCode") }
    }

    private static let codeListRules: [BusinessRule] = {
        typealias Text = ExtendedCTCFRUBLText
        return [
            rule(
                "BR-FREXT-CL-10",
                context: { document in
                    document.all("cac:PartyIdentification", "cbc:ID").filter { $0.attribute("schemeID") != nil }
                }
            ) { node, _ in
                let scheme = node.attribute("schemeID")
                if Text.identifierSchemes.accepts(scheme) { return true }
                return XPath.normalizeSpace(scheme ?? "") == "SEPA"
                    && (node.hasAncestor(named: "cac:AccountingSupplierParty")
                        || node.hasAncestor(named: "cac:PayeeParty"))
            },
            rule(
                "BR-FREXT-CL-20",
                context: { document in
                    chargeReasonCodes(document).filter { code in
                        code.attribute("listID").map { $0 == "7161" } ?? true
                    }
                }
            ) { node, _ in Text.chargeReasons.accepts(node.stringValue) },
            rule(
                "BR-FREXT-CL-20-TAX",
                context: { document in chargeReasonCodes(document).filter { $0.attribute("listID") == "5153" } }
            ) { node, _ in Text.taxChargeReasons.accepts(node.stringValue) },
            rule(
                "BR-FREXT-CL-20-LISTID",
                context: { document in
                    chargeReasonCodes(document).filter { code in
                        guard let list = code.attribute("listID") else { return false }
                        return list != "7161" && list != "5153"
                    }
                }
            ) { node, _ in
                // As stated, the test reads the code itself, not its listID.
                let value = XPath.normalizeSpace(node.stringValue)
                return value == "7161" || value == "5153"
            },
            rule(
                "BR-FREXT-CL-24",
                context: { document in
                    document.all("cbc:EmbeddedDocumentBinaryObject").filter { $0.attribute("mimeCode") != nil }
                }
            ) { node, _ in mimeCodes.contains(node.attribute("mimeCode") ?? "") },
            rule("BR-FREXT-CL-27", context: { $0.all("cac:DeliveryTerms", "cbc:ID") }) { node, _ in
                // The official list starts with two spaces: an empty code is accepted.
                let value = XPath.normalizeSpace(node.stringValue)
                return value.isEmpty || Text.incoterms.accepts(value)
            },
        ]
    }()

    // MARK: - Sub-lines (BR-FREXT-04 … 12)

    /// The lines that are siblings of `line` (`../cac:InvoiceLine | ../cac:CreditNoteLine`).
    private static func siblingLines(_ line: RuleNode) -> [RuleNode] {
        guard let parent = line.parent else { return [] }
        return parent.children("cac:InvoiceLine") + parent.children("cac:CreditNoteLine")
    }

    /// The sibling lines whose own reference names `line` as parent line (`BillingReferenceLine/cbc:ID`),
    /// and whose sub-line type is one of `statuses`.
    private static func children(
        of line: RuleNode,
        _ ids: Set<String>,
        statuses: [String]
    ) -> [RuleNode] {
        let lineIDs = Set(line.children("cbc:ID").map(\.stringValue))
        return siblingLines(line).filter { sibling in
            let own = ownReferences(sibling, ids)
            let namesParent = own.contains { reference in
                reference.contains("cac:BillingReferenceLine/cbc:ID") { lineIDs.contains($0.stringValue) }
            }
            return namesParent && statuses.contains { hasStatus(own, $0) }
        }
    }

    /// `cac:BillingReference/cac:InvoiceDocumentReference[cbc:ID = $invoiceID]/cbc:DocumentStatusCode = 'GROUP'
    /// and exists(cbc:LineExtensionAmount)`.
    private static func isGroupWithAmount(_ line: RuleNode, _ ids: Set<String>) -> Bool {
        let isGroup = line.select("cac:BillingReference/cac:InvoiceDocumentReference").contains { reference in
            reference.containsChild("cbc:ID") { ids.contains($0.stringValue) }
                && reference.containsChild("cbc:DocumentStatusCode") { $0.stringValue == "GROUP" }
        }
        return isGroup && line.exists("cbc:LineExtensionAmount")
    }

    private static let sublineRules: [BusinessRule] = {
        let lines: Context = { RuleBinding.ublLines($0) }
        return [
            rule(
                "BR-FREXT-04",
                context: { document in
                    document.all("cac:AdditionalItemProperty", "cbc:NameCode").filter { code in
                        guard let item = code.parent?.parent, item.qualifiedName == "cac:Item",
                            let line = item.parent
                        else { return false }
                        return line.qualifiedName == "cac:InvoiceLine" || line.qualifiedName == "cac:CreditNoteLine"
                    }
                }
            ) { node, _ in ExtendedCTCFRUBLText.itemAttributeCodes.accepts(node.stringValue) },
            rule("BR-FREXT-05", context: lines) { line, document in
                let own = ownReferences(line, invoiceIDs(document))
                guard own.contains(where: { $0.exists("cac:InvoiceDocumentReference/cbc:DocumentStatusCode") }) else {
                    return true
                }
                let code = line.normalized("cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentStatusCode")
                return ["DETAIL", "GROUP", "INFORMATION"].contains(code)
            },
            rule("BR-FREXT-06", context: lines) { line, document in
                let own = ownReferences(line, invoiceIDs(document))
                let hasParent = own.contains { $0.exists("cac:BillingReferenceLine/cbc:ID") }
                let hasType = own.contains { $0.exists("cac:InvoiceDocumentReference/cbc:DocumentStatusCode") }
                return !hasParent || hasType
            },
            rule("BR-FREXT-08", context: lines) { line, document in
                let ids = invoiceIDs(document)
                guard isGroupWithAmount(line, ids) else { return true }
                let amounts = children(of: line, ids, statuses: ["DETAIL", "GROUP"]).flatMap {
                    $0.children("cbc:LineExtensionAmount")
                }
                let expected = Number.sum(amounts).roundedCents.doubleValue
                return line.children("cbc:LineExtensionAmount").contains {
                    Number.untypedDouble($0.stringValue) == expected
                }
            },
            rule("BR-FREXT-11", context: lines) { line, document in
                let own = ownReferences(line, invoiceIDs(document))
                let parents = Set(own.flatMap { $0.select("cac:BillingReferenceLine/cbc:ID") }.map(\.stringValue))
                guard !parents.isEmpty else { return true }
                let lineIDs = line.children("cbc:ID").map(\.stringValue)
                return siblingLines(line).contains { sibling in
                    let siblingIDs = sibling.children("cbc:ID").map(\.stringValue)
                    return siblingIDs.contains(where: parents.contains)
                        && siblingIDs.contains { id in lineIDs.contains { $0 != id } }
                }
            },
            rule("BR-FREXT-12", context: lines) { line, document in
                let ids = invoiceIDs(document)
                guard isGroupWithAmount(line, ids) else { return true }
                let groups = children(of: line, ids, statuses: ["GROUP"])
                return groups.count == groups.flatMap { $0.children("cbc:LineExtensionAmount") }.count
            },
        ]
    }()
}
