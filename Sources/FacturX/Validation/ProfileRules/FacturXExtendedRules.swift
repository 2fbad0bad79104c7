// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

internal import FactureModel

/// The rules only the EXTENDED profile Schematron states (`BR-FXEXT-*`, `BR-CO-25`), with the XPath semantics
/// of the official tests.
enum FacturXExtendedRules {
    /// Every EXTENDED-only rule, and `BR-FXEXT-12` (also in BASIC and EN 16931).
    static let all: [BusinessRule] = lineRules + summationRules + otherRules + [groupChildren]

    private typealias Rules = FacturXProfileBusinessRules

    // MARK: - Line helpers

    /// The first line status code of a line, in document order among the line's own, its document's and its
    /// settlement's (`(a | b | c)[1]`).
    static func firstStatus(_ item: RuleNode) -> RuleNode? {
        for child in item.children {
            switch child.qualifiedName {
            case "ram:LineStatusReasonCode": return child
            case "ram:AssociatedDocumentLineDocument", "ram:SpecifiedLineTradeSettlement":
                if let code = child.children("ram:LineStatusReasonCode").first { return code }
            default: continue
            }
        }
        return nil
    }

    /// `//ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument[not(status) or status = 'DETAIL']`.
    @Sendable static func detailDocuments(_ document: RuleDocument) -> [RuleNode] {
        document.all("ram:IncludedSupplyChainTradeLineItem", "ram:AssociatedDocumentLineDocument").filter { line in
            let codes = line.children("ram:LineStatusReasonCode")
            return codes.isEmpty || codes.contains { $0.stringValue == "DETAIL" }
        }
    }

    /// Whether a line item's status is `code` (general comparison).
    static func status(_ item: RuleNode, is code: String) -> Bool {
        item.contains("ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode") { $0.stringValue == code }
    }

    /// The line rules (detail lines' quantities, amounts, prices and VAT, parent and group lines).
    static let lineRules: [BusinessRule] = [
        BusinessRule("BR-FXEXT-BR-22", message: Rules.text("BR-FXEXT-BR-22"), context: detailDocuments) { line, _ in
            line.exists("../ram:SpecifiedLineTradeDelivery/ram:BilledQuantity")
        },
        BusinessRule("BR-FXEXT-BR-23", message: Rules.text("BR-FXEXT-BR-23"), context: detailDocuments) { line, _ in
            line.contains("../ram:SpecifiedLineTradeDelivery/ram:BilledQuantity") { $0.attribute("unitCode") != nil }
        },
        BusinessRule("BR-FXEXT-BR-24", message: Rules.text("BR-FXEXT-BR-24"), context: detailDocuments) { line, _ in
            line.exists(
                "../ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"
            )
        },
        BusinessRule("BR-FXEXT-BR-26", message: Rules.text("BR-FXEXT-BR-26"), context: detailDocuments) { line, _ in
            line.exists("../ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount")
        },
        BusinessRule("BR-FXEXT-CO-04", message: Rules.text("BR-FXEXT-CO-04"), context: detailDocuments) { line, _ in
            let taxes = line.select("../ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax")
            return taxes.contains { tax in tax.containsChild("ram:TypeCode") { $0.stringValue == "VAT" } }
                && taxes.contains { tax in
                    tax.string("ram:TypeCode")?.uppercased() == "VAT" && tax.exists("ram:CategoryCode")
                }
        },
        BusinessRule(
            "BR-FXEXT-11",
            message: Rules.text("BR-FXEXT-11"),
            context: { document in
                document.all("ram:IncludedSupplyChainTradeLineItem").filter {
                    !$0.normalized("ram:AssociatedDocumentLineDocument/ram:ParentLineID").isEmpty
                }
            },
            test: { item, document in
                let parent = item.normalized("ram:AssociatedDocumentLineDocument/ram:ParentLineID")
                return document.all(
                    "ram:IncludedSupplyChainTradeLineItem",
                    "ram:AssociatedDocumentLineDocument/ram:LineID"
                )
                .contains { XPath.normalizeSpace($0.stringValue) == parent }
            }
        ),
        Rules.on("BR-FXEXT-06", "ram:IncludedSupplyChainTradeLineItem") { item, _ in
            let noStatus = XPath.normalizeSpace(firstStatus(item)?.stringValue ?? "").isEmpty
            guard noStatus else { return true }
            if !item.normalized("ram:AssociatedDocumentLineDocument/ram:ParentLineID").isEmpty { return false }
            let lineID = item.normalized("ram:AssociatedDocumentLineDocument/ram:LineID")
            let siblings = item.parent?.children("ram:IncludedSupplyChainTradeLineItem") ?? []
            return !siblings.contains { other in
                other != item && other.normalized("ram:AssociatedDocumentLineDocument/ram:ParentLineID") == lineID
            }
        },
        BusinessRule(
            "BR-FXEXT-08",
            message: Rules.text("BR-FXEXT-08"),
            context: { $0.all("ram:IncludedSupplyChainTradeLineItem") },
            holdsOnDocument: { document in
                let items = document.all("ram:IncludedSupplyChainTradeLineItem")
                let amountPath =
                    "ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"
                func number(_ item: RuleNode) -> Double {
                    Double(item.normalized(amountPath)) ?? .nan
                }
                return items.filter { status($0, is: "GROUP") && !$0.normalized(amountPath).isEmpty }.allSatisfy {
                    group in
                    let lineID = group.normalized("ram:AssociatedDocumentLineDocument/ram:LineID")
                    var total = 0.0
                    for child in items
                    where child.normalized("ram:AssociatedDocumentLineDocument/ram:ParentLineID") == lineID
                        && (status(child, is: "DETAIL") || status(child, is: "GROUP"))
                    {
                        total += number(child)
                    }
                    return number(group) == total
                }
            }
        ),
    ]

    /// BR-FXEXT-12 (BASIC, EN 16931, EXTENDED): every GROUP child of a GROUP line with an amount has an amount.
    static let groupChildren = BusinessRule(
        "BR-FXEXT-12",
        message: Rules.text("BR-FXEXT-12"),
        context: { document in
            document.all("ram:IncludedSupplyChainTradeLineItem").filter { item in
                status(item, is: "GROUP")
                    && item.exists(
                        "ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"
                    )
            }
        },
        test: { item, document in
            // `for $lineID in …/ram:LineID`: no identifier gives an empty sequence, which fails.
            guard let lineID = item.first("ram:AssociatedDocumentLineDocument/ram:LineID")?.stringValue else {
                return false
            }
            let children = FacturXVATBreakdownRules.transaction(document, "ram:IncludedSupplyChainTradeLineItem")
                .filter { child in
                    child.contains("ram:AssociatedDocumentLineDocument/ram:ParentLineID") { $0.stringValue == lineID }
                        && status(child, is: "GROUP")
                }
            let amounts = children.reduce(0) {
                $0
                    + $1.select(
                        "ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"
                    ).count
            }
            return children.count == amounts
        }
    )

    // MARK: - Totals

    /// `abs(value) le 0.01 * count`.
    static func withinCents(_ value: ExactDecimal, count: Int) -> Bool {
        value.magnitude <= ExactDecimal(significand: Int128(count), scale: 2)
    }

    /// The header allowances (`"false"`) or charges (`"true"`) below `settlement` (`../`), by string value.
    static func groups(_ settlement: RuleNode?, _ indicator: String) -> [RuleNode] {
        (settlement?.children("ram:SpecifiedTradeAllowanceCharge") ?? []).filter { group in
            group.contains("ram:ChargeIndicator/udt:Indicator") { $0.stringValue == indicator }
        }
    }

    /// Σ detail lines' amounts of the transaction above a summation (`../..`), rounded to cents, and their count.
    static func detailLines(_ summation: RuleNode) -> (amount: ExactDecimal, count: Int, all: Int) {
        let items = summation.parent?.parent?.children("ram:IncludedSupplyChainTradeLineItem") ?? []
        let details = items.filter(FacturXVATBreakdownRules.isDetail)
        let amount = details.reduce(ExactDecimal.zero) {
            $0
                + $1.sum(
                    "ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"
                )
        }
        return (XPath.roundCents(amount), details.count, items.count)
    }

    /// Σ header allowance amounts and Σ header charge + logistics amounts, each rounded as the artefact does.
    static func documentLevel(_ document: RuleDocument) -> (allowances: ExactDecimal, charges: ExactDecimal) {
        let allowances = Rules.documentAllowances(document, "false").reduce(ExactDecimal.zero) {
            $0 + $1.sum("ram:ActualAmount")
        }
        let charges = Rules.documentAllowances(document, "true").reduce(ExactDecimal.zero) {
            $0 + $1.sum("ram:ActualAmount")
        }
        let logistics = FacturXVATBreakdownRules.transaction(
            document,
            "ram:ApplicableHeaderTradeSettlement/ram:SpecifiedLogisticsServiceCharge"
        ).reduce(ExactDecimal.zero) { $0 + $1.sum("ram:AppliedAmount") }
        return (XPath.roundCents(allowances), XPath.roundCents(charges) + XPath.roundCents(logistics))
    }

    /// The allowance, charge and logistics counts below the summation's settlement.
    static func chargeCounts(_ summation: RuleNode) -> (allowances: Int, charges: Int) {
        let settlement = summation.parent
        let logistics = settlement?.children("ram:SpecifiedLogisticsServiceCharge").count ?? 0
        return (groups(settlement, "false").count, groups(settlement, "true").count + logistics)
    }

    /// The document totals, each within 0.01 per summed amount.
    static let summationRules: [BusinessRule] = [
        Rules.on("BR-FXEXT-CO-10", "ram:SpecifiedTradeSettlementHeaderMonetarySummation") { summation, _ in
            guard let total = summation.decimal("ram:LineTotalAmount") else { return false }
            let lines = detailLines(summation)
            return withinCents(total - lines.amount, count: lines.all)
        },
        Rules.on("BR-FXEXT-CO-11", "ram:SpecifiedTradeSettlementHeaderMonetarySummation") { summation, document in
            if Rules.documentAllowances(document, "false").isEmpty && !summation.exists("ram:AllowanceTotalAmount") {
                return true
            }
            guard let total = summation.decimal("ram:AllowanceTotalAmount") else { return false }
            return withinCents(total - documentLevel(document).allowances, count: chargeCounts(summation).allowances)
        },
        Rules.on("BR-FXEXT-CO-12", "ram:SpecifiedTradeSettlementHeaderMonetarySummation") { summation, document in
            if Rules.documentAllowances(document, "true").isEmpty && !summation.exists("ram:ChargeTotalAmount") {
                return true
            }
            guard let total = summation.decimal("ram:ChargeTotalAmount") else { return false }
            return withinCents(total - documentLevel(document).charges, count: chargeCounts(summation).charges)
        },
        Rules.on("BR-FXEXT-CO-13", "ram:SpecifiedTradeSettlementHeaderMonetarySummation") { summation, document in
            guard let basis = summation.decimal("ram:TaxBasisTotalAmount") else { return false }
            let lines = detailLines(summation)
            let level = documentLevel(document)
            let counts = chargeCounts(summation)
            return withinCents(
                basis - lines.amount + level.allowances - level.charges,
                count: lines.count + counts.allowances + counts.charges
            )
        },
        Rules.on("BR-FXEXT-CO-15", "ram:SpecifiedTradeSettlementHeaderMonetarySummation") { summation, _ in
            guard let currency = summation.parent?.children("ram:InvoiceCurrencyCode").first?.stringValue,
                let basis = summation.decimal("ram:TaxBasisTotalAmount")
            else { return false }
            let taxes = summation.children("ram:TaxTotalAmount").filter { $0.attribute("currencyID") == currency }
            guard let taxNode = taxes.first, let tax = XPath.decimal(taxNode.stringValue),
                let grand = summation.decimal("ram:GrandTotalAmount")
            else { return false }
            let counts = chargeCounts(summation)
            let lines = detailLines(summation)
            let within = withinCents(grand - tax - basis, count: lines.count + counts.allowances + counts.charges)
            return (within && taxes.count == 1) || (basis == grand && taxes.count != 1)
        },
        Rules.on("BR-FXEXT-CO-16", "ram:SpecifiedTradeSettlementHeaderMonetarySummation") { summation, _ in
            guard let due = summation.decimal("ram:DuePayableAmount") else { return false }
            let expected =
                summation.sum("ram:GrandTotalAmount") - summation.sum("ram:TotalPrepaidAmount")
                + summation.sum("ram:RoundingAmount")
                + summation.sum("../ram:SpecifiedFinancialAdjustment/ram:ActualAmount")
            return due == expected
        },
    ]

    // MARK: - Other rules

    /// `matches(., '^\s*YYYYMMDDHHMM\s*$')` with the artefact's month, day, hour and minute ranges: twelve
    /// digits, no seconds (whatever the rule's text says).
    static func isDateTime205(_ text: String) -> Bool {
        let digits = Array(XPath.normalizeSpace(text).utf8)
        guard digits.count == 12, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        let month = number(4..<6)
        let day = number(6..<8)
        let hour = number(8..<10)
        let minute = number(10..<12)
        return (1...12).contains(month) && (1...31).contains(day) && hour <= 23 && minute <= 59
    }

    /// The other rules: charge reasons, product characteristics, notes, tax registrations, dates, payment terms.
    static let otherRules: [BusinessRule] = [
        BusinessRule(
            "BR-FXEXT-BR-38",
            message: Rules.text("BR-FXEXT-BR-38"),
            context: { document in
                document.all(
                    "ram:ApplicableHeaderTradeSettlement",
                    "ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator"
                )
                .filter { indicator in indicator.containsChild("udt:Indicator") { $0.stringValue == "true" } }
            },
            test: { indicator, _ in indicator.exists("../ram:Reason") || indicator.exists("../ram:ReasonCode") }
        ),
        BusinessRule(
            "BR-FXEXT-BR-44",
            message: Rules.text("BR-FXEXT-BR-44"),
            context: { document in
                document.all(
                    "ram:SpecifiedLineTradeSettlement",
                    "ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator"
                )
                .filter { indicator in indicator.containsChild("udt:Indicator") { $0.stringValue == "true" } }
            },
            test: { indicator, _ in indicator.exists("../ram:Reason") || indicator.exists("../ram:ReasonCode") }
        ),
        Rules.on("BR-FXEXT-BR-54-1", "ram:ApplicableProductCharacteristic") { characteristic, _ in
            characteristic.exists("ram:Description") || characteristic.exists("ram:TypeCode")
        },
        Rules.on("BR-FXEXT-BR-54-2", "ram:ApplicableProductCharacteristic") { characteristic, _ in
            let value = characteristic.exists("ram:Value")
            let measure = characteristic.exists("ram:ValueMeasure")
            let measureWithUnit = characteristic.containsChild("ram:ValueMeasure") {
                ($0.attribute("unitCode") ?? "") != ""
            }
            return (value && !measure) || (!value && measureWithUnit)
        },
        Rules.on("BR-FXEXT-04", "ram:ApplicableProductCharacteristic", "ram:TypeCode", .warning) { code, _ in
            let value = XPath.normalizeSpace(code.stringValue)
            return !value.contains(" ") && characteristicCodes.contains(value)
        },
        BusinessRule(
            "BR-FXEXT-02",
            message: Rules.text("BR-FXEXT-02"),
            context: { document in
                document.all("ram:AssociatedDocumentLineDocument", "ram:IncludedNote").filter {
                    $0.exists("ram:SubjectCode")
                }
            },
            test: { note, _ in note.exists("ram:ContentCode") || note.exists("ram:Content") }
        ),
        BusinessRule(
            "BR-FXEXT-01",
            message: Rules.text("BR-FXEXT-01"),
            context: { document in
                Rules.invoice(document).flatMap { $0.select("rsm:ExchangedDocument/ram:IncludedNote") }
                    .filter { $0.exists("ram:SubjectCode") }
            },
            test: { note, _ in note.exists("ram:ContentCode") || note.exists("ram:Content") }
        ),
        BusinessRule(
            "BR-FXEXT-03",
            message: Rules.text("BR-FXEXT-03"),
            context: { document in
                document.all("ram:SpecifiedTaxRegistration", "ram:ID").filter { id in
                    var ancestor = id.parent
                    while let node = ancestor {
                        if node.qualifiedName == "ram:SellerTradeParty" { return false }
                        ancestor = node.parent
                    }
                    return true
                }
            },
            test: { id, _ in id.attribute("schemeID") == "VA" }
        ),
        BusinessRule(
            "BR-FXEXT-CII-DT-097a",
            message: Rules.text("BR-FXEXT-CII-DT-097a"),
            context: { document in document.all("udt:DateTimeString").filter { $0.attribute("format") == "205" } },
            test: { date, _ in isDateTime205(date.stringValue) }
        ),
        Rules.onInvoice("BR-CO-25") { _, document in
            guard let due = document.all("ram:DuePayableAmount").first,
                let amount = Double(XPath.normalizeSpace(due.stringValue)), amount > 0
            else { return true }
            return !document.all("ram:SpecifiedTradePaymentTerms", "ram:DueDateDateTime").isEmpty
                || !document.all("ram:SpecifiedTradePaymentTerms", "ram:Description").isEmpty
        },
    ]

    /// The product characteristic codes BR-FXEXT-04 accepts.
    static let characteristicCodes: Set<String> = [
        "A", "AAA", "AAB", "AAC", "AAD", "AAF", "AAG", "AAH", "AAI", "AAJ", "AAK", "AAM", "AAN", "AAO", "AAP",
        "AAQ", "AAR", "AAS", "AAT", "AAU", "AAV", "AAW", "AAX", "AAY", "AAZ", "ABA", "ABB", "ABC", "ABD", "ABE",
        "ABF", "ABG", "ABH", "ABI", "ABJ", "ABK", "ABL", "ABM", "ABN", "ABO", "ABP", "ABS", "ABT", "ABX", "ABY",
        "ABZ", "ACA", "ACE", "ACG", "ACN", "ACP", "ACS", "ACV", "ACW", "ACX", "ADR", "ADS", "ADT", "ADU", "ADV",
        "ADW", "ADX", "ADY", "ADZ", "AEA", "AEB", "AEC", "AED", "AEE", "AEF", "AEG", "AEH", "AEI", "AEJ", "AEK",
        "AEL", "AEM", "AEN", "AEO", "AEP", "AEQ", "AER", "AES", "AET", "AEU", "AEV", "AEW", "AEX", "AEY", "AEZ",
        "AF", "AFA", "AFB", "AFC", "AFD", "AFE", "AFF", "AFG", "AFH", "AFI", "AFJ", "AFK", "AFL", "AFM", "AFN",
        "AFO", "AFP", "AFQ", "AFR", "AFS", "AFT", "AFU", "AFV", "AFW", "AFX", "B", "BL", "BMY", "BMZ", "BNA",
        "BNB", "BNC", "BND", "BNE", "BNF", "BNG", "BNH", "BNI", "BNJ", "BNK", "BNL", "BNM", "BNN", "BNO", "BNP",
        "BNQ", "BNR", "BNS", "BNT", "BNU", "BNV", "BNW", "BNX", "BNY", "BNZ", "BR", "BRA", "BRB", "BRC", "BRD",
        "BRE", "BRF", "BRG", "BRH", "BRI", "BRJ", "BRK", "BRL", "BRM", "BRN", "BRO", "BRP", "BRQ", "BRR", "BRS",
        "BRT", "BRU", "BRV", "BS", "BSW", "BSX", "BSY", "BSZ", "BTA", "BTB", "BTC", "BTD", "BTE", "BTF", "BTG",
        "BTH", "BTI", "BTJ", "BTK", "BTL", "BTM", "BW", "CHN", "CHO", "CM", "CT", "CV", "CZ", "D", "DI", "DL",
        "DN", "DP", "DR", "DS", "DW", "E", "EA", "F", "FI", "FL", "FN", "FV", "GG", "GW", "HF", "HM", "HT",
        "IB", "ID", "L", "LM", "LN", "LND", "M", "MO", "MW", "N", "OD", "PRS", "PTN", "RA", "RF", "RJ", "RMW",
        "RP", "RUN", "RY", "SQ", "T", "TC", "TH", "TN", "TT", "VGM", "VH", "VW", "WA", "WD", "WM", "WU", "XH",
        "XQ", "XZ", "YS", "ZAL", "ZAS", "ZB", "ZBI", "ZC", "ZCA", "ZCB", "ZCE", "ZCL", "ZCO", "ZCR", "ZCU",
        "ZFE", "ZFS", "ZGE", "ZH", "ZK", "ZMG", "ZMN", "ZMO", "ZN", "ZNA", "ZNB", "ZNI", "ZO", "ZP", "ZPB",
        "ZS", "ZSB", "ZSE", "ZSI", "ZSL", "ZSN", "ZTA", "ZTE", "ZTI", "ZV", "ZW", "ZWA", "ZZN", "ZZR", "ZZZ",
        "BEST_BEFORE_DATE", "COLOR_TEXT", "COMMISSION", "DEPOSIT_SYSTEM", "DEPOSIT_TYPE", "ENERGY_CLASS",
        "EXPIRATION_DATE", "FEE", "KIND_OF_ARTICLE", "MATERIAL", "METER_LOCATION", "METER_NUMBER",
        "ORGANIC_CONTROL_BODY", "PACKAGING_MATERIAL", "PACKAGING_TYPE", "PROMOTIONAL_VARIANT", "SEAL_NUMBER",
        "SIZE_CODE", "SIZE_TEXT", "TRADING_UNIT", "WASTE_CODE", "WASTE_FRACTION", "WEEE_NUMBER",
    ]
}
