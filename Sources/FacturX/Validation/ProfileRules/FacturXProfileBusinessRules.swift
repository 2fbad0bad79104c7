// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

internal import FactureModel

/// The business rules of the Factur-X 1.09 profile Schematron that differ from the CEN artefact's or that the
/// CEN artefact lacks (Factur-X rules such as `BR-FX-EN-04`, Peppol's `PEPPOL-EN16931-R008`), with the XPath
/// semantics of the official tests (general comparisons over string values, absent values).
enum FacturXProfileBusinessRules {
    /// MINIMUM.
    static let minimum: [BusinessRule] =
        presence(basicWL: false) + [sellerAndBuyer("ram:SellerTradeParty"), sellerAndBuyer("ram:BuyerTradeParty")]
        + FacturXVATBreakdownRules.minimum
    /// BASIC WL.
    static let basicWL: [BusinessRule] =
        presence(basicWL: true) + headerRules
        + [sellerAndBuyer("ram:SellerTradeParty"), sellerAndBuyer("ram:BuyerTradeParty"), precedingInvoiceID]
        + FacturXVATBreakdownRules.basicWL
    /// BASIC.
    static let basic: [BusinessRule] =
        presence(basicWL: true) + headerRules + lineRules
        + [
            sellerAndBuyer("ram:SellerTradeParty"), sellerAndBuyer("ram:BuyerTradeParty"), precedingInvoiceID,
            emptyElements, deliveryDate, FacturXExtendedRules.groupChildren,
        ] + FacturXVATBreakdownRules.basic
    /// EN 16931.
    static let en16931: [BusinessRule] =
        presence(basicWL: true) + headerRules + lineRules
        + [
            sellerAndBuyer("ram:SellerTradeParty"), sellerAndBuyer("ram:BuyerTradeParty"), precedingInvoiceID,
            emptyElements, deliveryDate, supportingDocumentID, FacturXExtendedRules.groupChildren,
        ] + FacturXVATBreakdownRules.en16931
    /// EXTENDED.
    static let extended: [BusinessRule] =
        presence(basicWL: true) + headerRules.filter { $0.id != "BR-CO-11" && $0.id != "BR-CO-12" } + lineRules
        + [
            sellerAndBuyer("ram:SellerTradeParty"), sellerAndBuyer("ram:BuyerTradeParty"), precedingInvoiceID,
            emptyElements, supportingDocumentID,
        ] + FacturXExtendedRules.all + FacturXVATBreakdownRules.extended

    // MARK: - Helpers

    /// The official text of a rule of the profile Schematron.
    static func text(_ id: String) -> String? {
        FacturXProfileRuleText.messages[id]
    }

    /// `/rsm:CrossIndustryInvoice`.
    static func invoice(_ document: RuleDocument) -> [RuleNode] {
        document.root.qualifiedName == "rsm:CrossIndustryInvoice" ? [document.root] : []
    }

    /// XPath `path != ''` over a node set: a selected node has a non-empty string value.
    static func nonEmpty(_ node: RuleNode, _ path: String) -> Bool {
        node.contains(path) { !$0.stringValue.isEmpty }
    }

    /// A rule checked on `/rsm:CrossIndustryInvoice`.
    static func onInvoice(_ id: String, _ test: @escaping @Sendable (RuleNode, RuleDocument) -> Bool) -> BusinessRule {
        BusinessRule(id, message: text(id), context: invoice, test: test)
    }

    /// A rule checked on `//first/path`.
    static func on(
        _ id: String,
        _ first: String,
        _ path: String? = nil,
        _ severity: RuleViolation.Severity = .fatal,
        test: @escaping @Sendable (RuleNode, RuleDocument) -> Bool
    ) -> BusinessRule {
        BusinessRule(
            id,
            severity,
            message: text(id),
            context: { document in path.map { document.all(first, $0) } ?? document.all(first) },
            test: test
        )
    }

    // MARK: - Rules

    /// BR-01 … BR-11: the mandatory header terms (BR-10 and BR-11 from BASIC WL on).
    static func presence(basicWL: Bool) -> [BusinessRule] {
        var rules = [
            onInvoice("BR-01") { invoice, _ in
                nonEmpty(invoice, "rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID")
            },
            onInvoice("BR-02") { invoice, _ in nonEmpty(invoice, "rsm:ExchangedDocument/ram:ID") },
            onInvoice("BR-03") { invoice, _ in
                invoice.contains("rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString") {
                    $0.attribute("format") == "102" && !$0.stringValue.isEmpty
                }
            },
            onInvoice("BR-04") { invoice, _ in nonEmpty(invoice, "rsm:ExchangedDocument/ram:TypeCode") },
            onInvoice("BR-05") { invoice, _ in
                nonEmpty(
                    invoice,
                    "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode"
                )
            },
            onInvoice("BR-06") { invoice, _ in
                nonEmpty(
                    invoice,
                    "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:Name"
                )
            },
            onInvoice("BR-07") { invoice, _ in
                nonEmpty(
                    invoice,
                    "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty/ram:Name"
                )
            },
            onInvoice("BR-08") { _, document in !document.all("ram:SellerTradeParty", "ram:PostalTradeAddress").isEmpty
            },
            onInvoice("BR-09") { _, document in
                document.all("ram:SellerTradeParty", "ram:PostalTradeAddress/ram:CountryID").contains {
                    !$0.stringValue.isEmpty
                }
            },
        ]
        if basicWL {
            rules += [
                onInvoice("BR-10") { _, document in
                    !document.all("ram:BuyerTradeParty", "ram:PostalTradeAddress").isEmpty
                },
                onInvoice("BR-11") { _, document in
                    document.all("ram:BuyerTradeParty", "ram:PostalTradeAddress/ram:CountryID").contains {
                        !$0.stringValue.isEmpty
                    }
                },
            ]
        }
        return rules
    }

    /// `count(party) = 1` under the header agreement (the element's structure check, in a rule pattern).
    static func sellerAndBuyer(_ party: String) -> BusinessRule {
        BusinessRule(
            "STRUCT:" + party,
            message: "Element '\(party)' must occur exactly 1 times.",
            context: { document in
                invoice(document).flatMap {
                    $0.select("rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement")
                }
            },
            test: { agreement, _ in agreement.children(party).count == 1 }
        )
    }

    /// BR-55 and `count(ram:IssuerAssignedID) = 1` on the preceding invoice references.
    static let precedingInvoiceID: BusinessRule = BusinessRule(
        "BR-55",
        message: text("BR-55"),
        context: precedingInvoices,
        test: { reference, _ in nonEmpty(reference, "ram:IssuerAssignedID") }
    )

    /// The header's preceding invoice references.
    @Sendable static func precedingInvoices(_ document: RuleDocument) -> [RuleNode] {
        invoice(document).flatMap {
            $0.select(
                "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument"
            )
        }
    }

    /// The preceding invoice reference's identifier count.
    static let precedingInvoiceIDCount = BusinessRule(
        "STRUCT:ram:IssuerAssignedID",
        message: "Element 'ram:IssuerAssignedID' must occur exactly 1 times.",
        context: precedingInvoices,
        test: { reference, _ in reference.children("ram:IssuerAssignedID").count == 1 }
    )

    /// BR-52.
    static let supportingDocumentID = on("BR-52", "ram:AdditionalReferencedDocument") { document, _ in
        nonEmpty(document, "ram:IssuerAssignedID")
    }

    /// The header rules of BASIC WL and richer profiles.
    static let headerRules: [BusinessRule] = [
        precedingInvoiceIDCount,
        on("BR-47", "ram:ApplicableHeaderTradeSettlement", "ram:ApplicableTradeTax") { tax, _ in
            tax.exists("ram:CategoryCode")
        },
        on("BR-48", "ram:ApplicableHeaderTradeSettlement", "ram:ApplicableTradeTax") { tax, _ in
            tax.exists("ram:RateApplicablePercent") || tax.containsChild("ram:CategoryCode") { $0.stringValue == "O" }
        },
        on("BR-CO-03", "ram:ApplicableHeaderTradeSettlement", "ram:ApplicableTradeTax") { tax, _ in
            !(tax.exists("ram:TaxPointDate") && tax.exists("ram:DueDateTypeCode"))
        },
        on("BR-17", "ram:PayeeTradeParty") { payee, _ in
            func differs(_ path: String) -> Bool {
                let sellers = payee.select("../ram:SellerTradeParty/" + path).map(\.stringValue)
                return !payee.contains(path) { sellers.contains($0.stringValue) }
            }
            return payee.exists("ram:Name") && differs("ram:Name") && differs("ram:ID")
                && differs("ram:SpecifiedLegalOrganization/ram:ID")
        },
        on("BR-56", "ram:SellerTaxRepresentativeTradeParty") { party, _ in
            party.contains("ram:SpecifiedTaxRegistration/ram:ID") {
                $0.attribute("schemeID") == "VA" && !$0.stringValue.isEmpty
            }
        },
        on("CII-SR-464", "ram:SpecifiedTradeSettlementPaymentMeans") { _, _ in true },
        BusinessRule(
            "BR-CO-27",
            message: text("BR-CO-27"),
            context: { document in
                document.all("ram:SpecifiedTradeSettlementPaymentMeans").filter { means in
                    means.containsChild("ram:TypeCode") { ["30", "58"].contains(XPath.normalizeSpace($0.stringValue)) }
                }
            },
            test: { means, _ in
                let iban = means.exists("ram:PayeePartyCreditorFinancialAccount/ram:IBANID")
                let proprietary = means.exists("ram:PayeePartyCreditorFinancialAccount/ram:ProprietaryID")
                return (iban || proprietary) && !(iban && proprietary)
            }
        ),
        BusinessRule(
            "BR-57",
            message: text("BR-57"),
            context: { document in
                invoice(document).flatMap {
                    $0.select("rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery")
                }
            },
            test: { delivery, _ in
                !delivery.exists("ram:ShipToTradeParty/ram:PostalTradeAddress")
                    || nonEmpty(delivery, "ram:ShipToTradeParty/ram:PostalTradeAddress/ram:CountryID")
            }
        ),
        on("BR-CO-11", "ram:SpecifiedTradeSettlementHeaderMonetarySummation") { summation, document in
            let allowances = documentAllowances(document, "false")
            if allowances.isEmpty && !summation.exists("ram:AllowanceTotalAmount") { return true }
            let total = XPath.roundCents(allowances.reduce(.zero) { $0 + $1.sum("ram:ActualAmount") })
            return summation.someEquals("ram:AllowanceTotalAmount", total)
        },
        on("BR-CO-12", "ram:SpecifiedTradeSettlementHeaderMonetarySummation") { summation, document in
            let charges = documentAllowances(document, "true")
            if charges.isEmpty && !summation.exists("ram:ChargeTotalAmount") { return true }
            let settlement = invoice(document).flatMap {
                $0.select("rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement")
            }
            let logistics = settlement.reduce(ExactDecimal.zero) {
                $0 + $1.sum("ram:SpecifiedLogisticsServiceCharge/ram:AppliedAmount")
            }
            let expected = XPath.roundCents(
                XPath.roundCents(charges.reduce(.zero) { $0 + $1.sum("ram:ActualAmount") })
                    + XPath.roundCents(logistics)
            )
            let declared = settlement.flatMap {
                $0.select("ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:ChargeTotalAmount")
            }
            // `round(x * 100) div 100` over a single value; an absent or non-numeric total fails.
            guard declared.count == 1, let value = XPath.decimal(declared[0].stringValue) else { return false }
            return XPath.roundCents(value) == expected
        },
    ]

    /// The header allowances (`"false"`) or charges (`"true"`) of `/rsm:CrossIndustryInvoice`.
    static func documentAllowances(_ document: RuleDocument, _ indicator: String) -> [RuleNode] {
        invoice(document).flatMap {
            $0.select(
                "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge"
            )
        }.filter { charge in charge.contains("ram:ChargeIndicator/udt:Indicator") { $0.stringValue == indicator } }
    }

    /// The line rules of BASIC and richer profiles.
    static let lineRules: [BusinessRule] = [
        on("BR-21", "ram:IncludedSupplyChainTradeLineItem") { line, _ in
            nonEmpty(line, "ram:AssociatedDocumentLineDocument/ram:LineID")
        },
        on("BR-25", "ram:IncludedSupplyChainTradeLineItem") { line, _ in
            nonEmpty(line, "ram:SpecifiedTradeProduct/ram:Name")
        },
        on("BR-64", "ram:IncludedSupplyChainTradeLineItem") { line, _ in
            line.contains("ram:SpecifiedTradeProduct/ram:GlobalID") { ($0.attribute("schemeID") ?? "") != "" }
                || !line.exists("ram:SpecifiedTradeProduct/ram:GlobalID")
        },
        on("BR-65", "ram:IncludedSupplyChainTradeLineItem") { line, _ in
            line.contains("ram:SpecifiedTradeProduct/ram:DesignatedProductClassification/ram:ClassCode") {
                ($0.attribute("listID") ?? "") != ""
            } || !line.exists("ram:SpecifiedTradeProduct/ram:DesignatedProductClassification")
        },
        on("BR-CO-18", "rsm:SupplyChainTradeTransaction", "ram:ApplicableHeaderTradeSettlement") { settlement, _ in
            settlement.exists("ram:ApplicableTradeTax")
        },
    ]

    /// PEPPOL-EN16931-R008: no element without children and without text (a warning).
    static let emptyElements = BusinessRule(
        "PEPPOL-EN16931-R008",
        .warning,
        message: "Document MUST not contain empty elements. (still status warning)",
        context: { document in
            // Every element, in document order: the tree's numbering.
            (0..<document.tree.count).lazy.map { RuleNode(tree: document.tree, index: $0) }.filter { node in
                // `normalize-space(.)` of a leaf is empty when its text is only XML whitespace.
                node.children.isEmpty
                    && node.stringValue.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            }
        },
        test: { _, _ in false }
    )

    /// BR-FX-EN-04: a German invoice other than a down payment (386) gives a delivery date, an invoicing period
    /// or every line's period, and some delivery information (a warning).
    static let deliveryDate = BusinessRule(
        "BR-FX-EN-04",
        .warning,
        message: "An invoice that is not a down payment invoice (code 386) must contain either BT-72 \"Actual "
            + "delivery date\", BG-14 \"Invoicing period\" or BG-26 \"Invoice line period\" in each invoice item to "
            + "indicate the delivery/service date. If BT-72 is not used, at least the country of delivery (BT-80) "
            + "must be specified for technical reasons.",
        context: { document in
            invoice(document).filter { root in
                root.contains("rsm:ExchangedDocument/ram:TypeCode") { $0.stringValue != "386" }
            }.flatMap { $0.children("rsm:SupplyChainTradeTransaction") }.filter { transaction in
                func german(_ path: String) -> Bool {
                    transaction.contains(path + "/ram:PostalTradeAddress/ram:CountryID") {
                        XPath.upperNormalized($0.stringValue) == "DE"
                    }
                }
                let seller = german("ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty")
                let invoicer = german("ram:ApplicableHeaderTradeSettlement/ram:InvoicerTradeParty")
                let buyer = german("ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty")
                let invoicee = german("ram:ApplicableHeaderTradeSettlement/ram:InvoiceeTradeParty")
                return (seller || invoicer) && (buyer || invoicee)
            }
        },
        test: { transaction, _ in
            let delivered = transaction.exists(
                "ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime"
            )
            let period =
                delivered || transaction.exists("ram:ApplicableHeaderTradeSettlement/ram:BillingSpecifiedPeriod")
                || transaction.children("ram:IncludedSupplyChainTradeLineItem").allSatisfy {
                    $0.exists("ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod")
                }
            return period
                && (delivered || transaction.children("ram:ApplicableHeaderTradeDelivery").contains { $0.hasText(".") })
        }
    )
}
