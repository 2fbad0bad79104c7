// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Where the business terms and groups of EN 16931 sit in one syntax: what lets a rule be
/// written once for CII and UBL when the official artefacts state it the same way in both.
///
/// Groups are functions from the document to their elements (the official rule contexts); terms
/// are paths relative to their group. Rules that the artefacts state differently per syntax are
/// written per syntax (see `EN16931Rules`).
struct RuleBinding: Sendable {
    /// Whether this is the UBL binding (Invoice and CreditNote), else CII.
    let isUBL: Bool

    // MARK: Groups

    /// The document-level allowances (`false`) or charges (`true`), BG-20 and BG-21.
    let documentAllowanceCharges: @Sendable (RuleDocument, Bool) -> [RuleNode]
    /// The invoice-line allowances (`false`) or charges (`true`), BG-27 and BG-28.
    let lineAllowanceCharges: @Sendable (RuleDocument, Bool) -> [RuleNode]
    /// The invoice lines, BG-25.
    let lines: @Sendable (RuleDocument) -> [RuleNode]
    /// The VAT breakdowns, BG-23.
    let vatBreakdowns: @Sendable (RuleDocument) -> [RuleNode]
    /// The document totals, BG-22.
    let documentTotals: @Sendable (RuleDocument) -> [RuleNode]
    /// The payment instructions' payment means, BG-16.
    let paymentMeans: @Sendable (RuleDocument) -> [RuleNode]
    /// The additional supporting documents, BG-24.
    let supportingDocuments: @Sendable (RuleDocument) -> [RuleNode]
    /// The item attributes, BG-32.
    let itemAttributes: @Sendable (RuleDocument) -> [RuleNode]

    /// The VAT-scheme tax categories of an allowance or charge (BG-20/BG-21 VAT category).
    let allowanceVATCategories: @Sendable (RuleNode) -> [RuleNode]
    /// The VAT-scheme tax category of a VAT breakdown (BG-23), itself in CII.
    let breakdownVATCategories: @Sendable (RuleNode) -> [RuleNode]
    /// Whether a VAT category's code is `O`, as the artefacts compare it (normalised in UBL only).
    let isNotSubjectToVAT: @Sendable (RuleNode) -> Bool

    // MARK: Terms (relative to their group)

    /// BT-95/BT-102/BT-118 VAT category code, relative to a VAT category.
    let categoryCode: String
    /// BT-96/BT-103/BT-119 VAT category rate, relative to a VAT category.
    let categoryRate: String

    /// BT-92/BT-99/BT-136/BT-141 allowance or charge amount.
    let allowanceAmount: String
    /// BT-93/BT-100/BT-137/BT-142 base amount.
    let allowanceBaseAmount: String
    /// BT-97/BT-104/BT-139/BT-144 reason.
    let allowanceReason: String
    /// BT-98/BT-105/BT-140/BT-145 reason code.
    let allowanceReasonCode: String
    /// BT-126 line identifier.
    let lineID: String
    /// BT-131 line net amount.
    let lineNetAmount: String
    /// BT-153 item name.
    let itemName: String
    /// BT-146 item net price.
    let itemNetPrice: String
    /// BT-116 VAT category taxable amount.
    let breakdownTaxableAmount: String
    /// BT-117 VAT category tax amount.
    let breakdownTaxAmount: String
    /// BT-106 sum of line net amounts.
    let lineTotalAmount: String
    /// BT-107 sum of allowances.
    let allowanceTotalAmount: String
    /// BT-108 sum of charges.
    let chargeTotalAmount: String
    /// BT-109 total without VAT.
    let taxExclusiveAmount: String
    /// BT-112 total with VAT.
    let taxInclusiveAmount: String
    /// BT-113 paid amount.
    let prepaidAmount: String
    /// BT-114 rounding amount.
    let roundingAmount: String
    /// BT-115 amount due for payment.
    let payableAmount: String
    /// BT-81 payment means type code.
    let paymentMeansCode: String
    /// BT-122 supporting document reference.
    let supportingDocumentID: String
    /// BT-160 and BT-161, item attribute name and value.
    let itemAttributeNameAndValue: (String, String)
}

extension RuleBinding {
    /// The CII (D16B, Factur-X) binding.
    static let cii = RuleBinding(
        isUBL: false,
        documentAllowanceCharges: { document, charge in
            ciiAllowanceCharges(
                document.all("ram:ApplicableHeaderTradeSettlement", "ram:SpecifiedTradeAllowanceCharge"),
                charge
            )
        },
        lineAllowanceCharges: { document, charge in
            ciiAllowanceCharges(
                document.all("ram:SpecifiedLineTradeSettlement", "ram:SpecifiedTradeAllowanceCharge"),
                charge
            )
        },
        lines: { $0.all("ram:IncludedSupplyChainTradeLineItem") },
        vatBreakdowns: { ciiBreakdowns($0) },
        documentTotals: { $0.all("ram:SpecifiedTradeSettlementHeaderMonetarySummation") },
        paymentMeans: { $0.all("ram:SpecifiedTradeSettlementPaymentMeans") },
        supportingDocuments: { $0.all("ram:AdditionalReferencedDocument") },
        itemAttributes: { $0.all("ram:ApplicableProductCharacteristic") },
        allowanceVATCategories: { $0.children("ram:CategoryTradeTax").filter(ciiIsVAT) },
        breakdownVATCategories: { ciiIsVAT($0) ? [$0] : [] },
        isNotSubjectToVAT: { category in category.children("ram:CategoryCode").contains { $0.stringValue == "O" } },
        categoryCode: "ram:CategoryCode",
        categoryRate: "ram:RateApplicablePercent",
        allowanceAmount: "ram:ActualAmount",
        allowanceBaseAmount: "ram:BasisAmount",
        allowanceReason: "ram:Reason",
        allowanceReasonCode: "ram:ReasonCode",
        lineID: "ram:AssociatedDocumentLineDocument/ram:LineID",
        lineNetAmount:
            "ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount",
        itemName: "ram:SpecifiedTradeProduct/ram:Name",
        itemNetPrice: "ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount",
        breakdownTaxableAmount: "ram:BasisAmount",
        breakdownTaxAmount: "ram:CalculatedAmount",
        lineTotalAmount: "ram:LineTotalAmount",
        allowanceTotalAmount: "ram:AllowanceTotalAmount",
        chargeTotalAmount: "ram:ChargeTotalAmount",
        taxExclusiveAmount: "ram:TaxBasisTotalAmount",
        taxInclusiveAmount: "ram:GrandTotalAmount",
        prepaidAmount: "ram:TotalPrepaidAmount",
        roundingAmount: "ram:RoundingAmount",
        payableAmount: "ram:DuePayableAmount",
        paymentMeansCode: "ram:TypeCode",
        supportingDocumentID: "ram:IssuerAssignedID",
        itemAttributeNameAndValue: ("ram:Description", "ram:Value")
    )

    /// The UBL 2.1 binding, for both Invoice and CreditNote roots.
    static let ubl = RuleBinding(
        isUBL: true,
        documentAllowanceCharges: { document, charge in
            ublAllowanceCharges(document.root.children("cac:AllowanceCharge"), charge)
        },
        lineAllowanceCharges: { document, charge in
            ublAllowanceCharges(
                document.all("cac:InvoiceLine", "cac:AllowanceCharge")
                    + document.all("cac:CreditNoteLine", "cac:AllowanceCharge"),
                charge
            )
        },
        lines: { ublLines($0) },
        vatBreakdowns: { $0.all("cac:TaxTotal", "cac:TaxSubtotal") },
        documentTotals: { $0.all("cac:LegalMonetaryTotal") },
        paymentMeans: { $0.all("cac:PaymentMeans") },
        supportingDocuments: { $0.all("cac:AdditionalDocumentReference") },
        itemAttributes: { $0.all("cac:AdditionalItemProperty") },
        allowanceVATCategories: { $0.children("cac:TaxCategory").filter(ublIsVAT) },
        breakdownVATCategories: { $0.children("cac:TaxCategory").filter(ublIsVAT) },
        isNotSubjectToVAT: { $0.normalized("cbc:ID") == "O" },
        categoryCode: "cbc:ID",
        categoryRate: "cbc:Percent",
        allowanceAmount: "cbc:Amount",
        allowanceBaseAmount: "cbc:BaseAmount",
        allowanceReason: "cbc:AllowanceChargeReason",
        allowanceReasonCode: "cbc:AllowanceChargeReasonCode",
        lineID: "cbc:ID",
        lineNetAmount: "cbc:LineExtensionAmount",
        itemName: "cac:Item/cbc:Name",
        itemNetPrice: "cac:Price/cbc:PriceAmount",
        breakdownTaxableAmount: "cbc:TaxableAmount",
        breakdownTaxAmount: "cbc:TaxAmount",
        lineTotalAmount: "cbc:LineExtensionAmount",
        allowanceTotalAmount: "cbc:AllowanceTotalAmount",
        chargeTotalAmount: "cbc:ChargeTotalAmount",
        taxExclusiveAmount: "cbc:TaxExclusiveAmount",
        taxInclusiveAmount: "cbc:TaxInclusiveAmount",
        prepaidAmount: "cbc:PrepaidAmount",
        roundingAmount: "cbc:PayableRoundingAmount",
        payableAmount: "cbc:PayableAmount",
        paymentMeansCode: "cbc:PaymentMeansCode",
        supportingDocumentID: "cbc:ID",
        itemAttributeNameAndValue: ("cbc:Name", "cbc:Value")
    )

    /// CII: the VAT breakdowns the generic breakdown rules (BR-45 … BR-48, BR-CO-03, BR-CO-17,
    /// BR-DEC-19, BR-DEC-20) check.
    ///
    /// In the official Schematron these rules come last in their pattern, so a breakdown already
    /// matched by the category O, L (IGIC) or M (IPSI) rule is not checked by them (Schematron
    /// checks a node against the first matching rule of a pattern only).
    static func ciiBreakdowns(_ document: RuleDocument) -> [RuleNode] {
        document.all("ram:ApplicableHeaderTradeSettlement", "ram:ApplicableTradeTax").filter { tax in
            let inTransaction = tax.parent?.parent?.qualifiedName == "rsm:SupplyChainTradeTransaction"
            let shadowed =
                inTransaction && ciiIsVAT(tax)
                && tax.children("ram:CategoryCode").contains { ["O", "L", "M"].contains($0.stringValue) }
            return !shadowed
        }
    }

    /// CII: the allowance/charge groups among `candidates` whose `ram:ChargeIndicator/udt:Indicator`
    /// is the string `true` or `false` (the official contexts compare strings).
    static func ciiAllowanceCharges(_ candidates: [RuleNode], _ charge: Bool) -> [RuleNode] {
        let wanted = charge ? "true" : "false"
        return candidates.filter { group in
            group.contains("ram:ChargeIndicator/udt:Indicator") { $0.stringValue == wanted }
        }
    }

    /// CII: whether an allowance/charge's indicator, cast to `xs:boolean`, equals `charge`.
    static func ciiIndicatorIs(_ group: RuleNode, _ charge: Bool) -> Bool {
        group.contains("ram:ChargeIndicator/udt:Indicator") { XPath.boolean($0.stringValue) == charge }
    }

    /// UBL: the `cac:AllowanceCharge` among `candidates` whose `cbc:ChargeIndicator = true()/false()`.
    static func ublAllowanceCharges(_ candidates: [RuleNode], _ charge: Bool) -> [RuleNode] {
        candidates.filter { ublIndicatorIs($0, charge) }
    }

    /// UBL: `cbc:ChargeIndicator = true()` (or `false()`), the indicator cast to `xs:boolean`.
    static func ublIndicatorIs(_ group: RuleNode, _ charge: Bool) -> Bool {
        group.containsChild("cbc:ChargeIndicator") { XPath.boolean($0.stringValue) == charge }
    }

    /// UBL: every `cac:InvoiceLine` and `cac:CreditNoteLine`, in document order.
    static func ublLines(_ document: RuleDocument) -> [RuleNode] {
        let invoiceLines = document.all("cac:InvoiceLine")
        let creditLines = document.all("cac:CreditNoteLine")
        if creditLines.isEmpty { return invoiceLines }
        if invoiceLines.isEmpty { return creditLines }
        return invoiceLines + creditLines
    }

    /// UBL: `[cac:TaxScheme/normalize-space(upper-case(cbc:ID))='VAT']`.
    static func ublIsVAT(_ category: RuleNode) -> Bool {
        category.contains("cac:TaxScheme/cbc:ID") { XPath.upperNormalized($0.stringValue) == "VAT" }
    }

    /// CII: `[upper-case(ram:TypeCode) = 'VAT']`.
    static func ciiIsVAT(_ tax: RuleNode) -> Bool {
        tax.containsChild("ram:TypeCode") { code in
            let value = code.stringValue
            return value == "VAT" || value.uppercased() == "VAT"
        }
    }
}
