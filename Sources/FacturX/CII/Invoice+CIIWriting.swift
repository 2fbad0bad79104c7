// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

package import FactureModel

extension Invoice {
    /// The invoice as a CII tree for `profile`: elements in the order of the profile's XSD
    /// sequences, and only those the profile's XSD allows.
    ///
    /// BT-24 is the invoice's own specification identifier when it names `profile` (so a
    /// ZUGFeRD or XRechnung identifier is kept), otherwise the profile's ``/FacturX/FacturXProfile/guidelineID``.
    package func ciiDocument(profile: FacturXProfile) -> XMLDocument {
        var removed: [String] = []
        return ciiDocument(profile: profile, removed: &removed)
    }

    /// As ``ciiDocument(profile:)``, reporting the paths of the elements the profile cannot carry.
    package func ciiDocument(profile: FacturXProfile, removed: inout [String]) -> XMLDocument {
        let full = CIIWriter(invoice: self, profile: profile).root()
        return XMLDocument(root: CIISchema.schema(for: profile).conform(full, removed: &removed))
    }
}

/// Builds the complete CII tree (everything the model holds); ``CIISchema`` then fits it to a profile.
struct CIIWriter {
    let invoice: Invoice
    let profile: FacturXProfile

    typealias B = CIIBuild

    func root() -> XMLElement {
        let specification =
            FacturXProfile(guidelineID: invoice.processControl.specificationIdentifier) == profile
            ? invoice.processControl.specificationIdentifier : profile.guidelineID
        let context = rsm(
            "ExchangedDocumentContext",
            [
                B.group(
                    "BusinessProcessSpecifiedDocumentContextParameter",
                    [B.text("ID", invoice.processControl.businessProcessType)]
                ),  // BT-23
                B.group("GuidelineSpecifiedDocumentContextParameter", [B.text("ID", specification)]),  // BT-24
            ]
        )
        let header = rsm(
            "ExchangedDocument",
            [
                B.text("ID", invoice.number),  // BT-1
                B.text("TypeCode", invoice.typeCode.rawValue),  // BT-3
                B.date("IssueDateTime", invoice.issueDate),  // BT-2
            ] as [XMLElement?]
                + invoice.notes.map { note -> XMLElement? in  // BG-1
                    B.group(
                        "IncludedNote",
                        [B.text("Content", note.text), B.text("SubjectCode", note.subjectCode?.rawValue)]
                    )
                }
        )
        let transaction = rsm(
            "SupplyChainTradeTransaction",
            invoice.lines.map { line($0) } + [agreement(), delivery(), settlement()]
        )
        var root = XMLElement(namespace: CIINamespace.rsm, name: "CrossIndustryInvoice", prefix: "rsm")
        root.append(context)
        root.append(header)
        root.append(transaction)
        return root
    }

    private func rsm(_ name: String, _ children: [XMLElement?]) -> XMLElement {
        XMLElement(
            namespace: CIINamespace.rsm,
            name: name,
            prefix: "rsm",
            content: children.compactMap { $0 }.map { .element($0) }
        )
    }

    // MARK: Agreement

    private func agreement() -> XMLElement? {
        var children: [XMLElement?] = [
            B.text("BuyerReference", invoice.buyerReference),  // BT-10
            seller(invoice.seller),
            buyer(invoice.buyer),
            invoice.sellerTaxRepresentative.flatMap(taxRepresentative),
            // BT-14
            B.group("SellerOrderReferencedDocument", [B.text("IssuerAssignedID", invoice.salesOrderReference)]),
            // BT-13
            B.group("BuyerOrderReferencedDocument", [B.text("IssuerAssignedID", invoice.purchaseOrderReference)]),
            B.group("ContractReferencedDocument", [B.text("IssuerAssignedID", invoice.contractReference)]),  // BT-12
        ]
        for document in invoice.supportingDocuments {  // BG-24
            children.append(
                B.group(
                    "AdditionalReferencedDocument",
                    [
                        B.text("IssuerAssignedID", document.reference),
                        B.text("URIID", document.externalLocation),
                        B.text("TypeCode", "916"),
                        B.text("Name", document.description),
                        document.attachment.flatMap { attachment in
                            B.text(
                                "AttachmentBinaryObject",
                                attachment.base64EncodedContent,
                                attributes: [("mimeCode", attachment.mimeCode), ("filename", attachment.filename)]
                            )
                        },
                    ]
                )
            )
        }
        if let tender = invoice.tenderOrLotReference {  // BT-17
            children.append(
                B.group("AdditionalReferencedDocument", [B.text("IssuerAssignedID", tender), B.text("TypeCode", "50")])
            )
        }
        if let object = invoice.invoicedObjectIdentifier {  // BT-18
            children.append(
                B.group(
                    "AdditionalReferencedDocument",
                    [
                        B.text("IssuerAssignedID", object.value), B.text("TypeCode", "130"),
                        B.text("ReferenceTypeCode", object.schemeID),
                    ]
                )
            )
        }
        if let project = invoice.projectReference {  // BT-11
            children.append(
                B.group("SpecifiedProcuringProject", [B.text("ID", project), B.text("Name", "Project reference")])
            )
        }
        return B.group("ApplicableHeaderTradeAgreement", children, always: true)
    }

    // MARK: Delivery

    private func delivery() -> XMLElement? {
        let delivery = invoice.delivery
        var shipTo: XMLElement?
        if let delivery,
            delivery.deliverToName != nil || delivery.locationIdentifier != nil || delivery.deliverToAddress != nil
        {
            shipTo = B.group(
                "ShipToTradeParty",
                partyIdentifiers(delivery.locationIdentifier.map { [$0] } ?? []) + [
                    B.text("Name", delivery.deliverToName),  // BT-70
                    delivery.deliverToAddress.flatMap(address),  // BG-15
                ],
                always: true
            )
        }
        return B.group(
            "ApplicableHeaderTradeDelivery",
            [
                shipTo,
                // BT-72
                B.group("ActualDeliverySupplyChainEvent", [B.date("OccurrenceDateTime", delivery?.actualDeliveryDate)]),
                B.group(
                    "DespatchAdviceReferencedDocument",
                    [B.text("IssuerAssignedID", invoice.despatchAdviceReference)]
                ),  // BT-16
                B.group(
                    "ReceivingAdviceReferencedDocument",
                    [B.text("IssuerAssignedID", invoice.receivingAdviceReference)]
                ),  // BT-15
            ],
            always: true
        )
    }

    // MARK: Settlement

    private func settlement() -> XMLElement? {
        var children: [XMLElement?] = [
            B.text("CreditorReferenceID", invoice.paymentInstructions?.directDebit?.creditorIdentifier),  // BT-90
            B.text("PaymentReference", invoice.paymentInstructions?.remittanceInformation),  // BT-83
            B.text("TaxCurrencyCode", invoice.vatAccountingCurrency?.rawValue),  // BT-6
            B.text("InvoiceCurrencyCode", invoice.currency.rawValue),  // BT-5
        ]
        if let payee = invoice.payee {  // BG-10
            children.append(
                B.group(
                    "PayeeTradeParty",
                    partyIdentifiers(payee.identifier.map { [$0] } ?? []) + [
                        B.text("Name", payee.name),
                        B.group("SpecifiedLegalOrganization", [B.identifier("ID", payee.legalRegistrationIdentifier)]),
                    ],
                    always: true
                )
            )
        }
        children += paymentMeans()
        for (index, entry) in invoice.vatBreakdown.enumerated() {  // BG-23
            children.append(
                B.group(
                    "ApplicableTradeTax",
                    [
                        B.decimal("CalculatedAmount", entry.taxAmount),  // BT-117
                        B.text("TypeCode", "VAT"),
                        B.text("ExemptionReason", entry.exemptionReason),  // BT-120
                        B.decimal("BasisAmount", entry.taxableAmount),  // BT-116
                        B.text("CategoryCode", entry.categoryCode.rawValue),  // BT-118
                        B.text("ExemptionReasonCode", entry.exemptionReasonCode?.rawValue),  // BT-121
                        // BT-7 once per document (CII-SR-461), in the first breakdown.
                        B.date("TaxPointDate", index == 0 ? invoice.vatPointDate : nil, inner: "DateString"),
                        B.text("DueDateTypeCode", invoice.vatPointDateCode.map { $0.ciiCode ?? $0.rawValue }),  // BT-8
                        B.decimal("RateApplicablePercent", entry.rate),  // BT-119
                    ]
                )
            )
        }
        children.append(period("BillingSpecifiedPeriod", invoice.invoicingPeriod))  // BG-14
        for allowance in invoice.allowances {  // BG-20
            children.append(
                allowanceCharge(
                    isCharge: false,
                    amount: allowance.amount,
                    baseAmount: allowance.baseAmount,
                    percentage: allowance.percentage,
                    reasonCode: allowance.reasonCode?.rawValue,
                    reason: allowance.reason,
                    tax: categoryTax(allowance.vatCategoryCode, allowance.vatRate)
                )
            )
        }
        for charge in invoice.charges {  // BG-21
            children.append(
                allowanceCharge(
                    isCharge: true,
                    amount: charge.amount,
                    baseAmount: charge.baseAmount,
                    percentage: charge.percentage,
                    reasonCode: charge.reasonCode?.rawValue,
                    reason: charge.reason,
                    tax: categoryTax(charge.vatCategoryCode, charge.vatRate)
                )
            )
        }
        children.append(
            B.group(
                "SpecifiedTradePaymentTerms",
                [
                    B.text("Description", invoice.paymentTerms),  // BT-20
                    B.date("DueDateDateTime", invoice.dueDate),  // BT-9
                    // BT-89
                    B.text("DirectDebitMandateID", invoice.paymentInstructions?.directDebit?.mandateReference),
                ]
            )
        )
        children.append(totals())
        for preceding in invoice.precedingInvoices {  // BG-3
            children.append(
                B.group(
                    "InvoiceReferencedDocument",
                    [
                        B.text("IssuerAssignedID", preceding.number),  // BT-25
                        B.date("FormattedIssueDateTime", preceding.issueDate, namespace: CIINamespace.qdt),  // BT-26
                    ]
                )
            )
        }
        children.append(
            // BT-19
            B.group("ReceivableSpecifiedTradeAccountingAccount", [B.text("ID", invoice.buyerAccountingReference)])
        )
        return B.group("ApplicableHeaderTradeSettlement", children, always: true)
    }

    private func totals() -> XMLElement? {
        let totals = invoice.totals
        var accounting: XMLElement?
        if let vat = totals.totalVATInAccountingCurrency {  // BT-111
            accounting = B.decimal(
                "TaxTotalAmount",
                vat,
                attributes: [("currencyID", invoice.vatAccountingCurrency?.rawValue)]
            )
        }
        return B.group(
            "SpecifiedTradeSettlementHeaderMonetarySummation",
            [
                B.decimal("LineTotalAmount", totals.sumOfLineNetAmounts),  // BT-106
                B.decimal("ChargeTotalAmount", totals.sumOfCharges),  // BT-108
                B.decimal("AllowanceTotalAmount", totals.sumOfAllowances),  // BT-107
                B.decimal("TaxBasisTotalAmount", totals.totalWithoutVAT),  // BT-109
                // BT-110
                B.decimal("TaxTotalAmount", totals.totalVAT, attributes: [("currencyID", invoice.currency.rawValue)]),
                accounting,
                B.decimal("RoundingAmount", totals.roundingAmount),  // BT-114
                B.decimal("GrandTotalAmount", totals.totalWithVAT),  // BT-112
                B.decimal("TotalPrepaidAmount", totals.paidAmount),  // BT-113
                B.decimal("DuePayableAmount", totals.amountDue),  // BT-115
            ],
            always: true
        )
    }

    private func paymentMeans() -> [XMLElement?] {
        guard let instructions = invoice.paymentInstructions else { return [] }
        let card = instructions.paymentCard.flatMap { card in  // BG-18
            B.group(
                "ApplicableTradeSettlementFinancialCard",
                [B.text("ID", card.primaryAccountNumber), B.text("CardholderName", card.holderName)]
            )
        }
        let debtor = B.group(
            "PayerPartyDebtorFinancialAccount",
            [B.text("IBANID", instructions.directDebit?.debitedAccountIdentifier)]  // BT-91
        )
        let hasMeans =
            !instructions.meansCode.rawValue.isEmpty || instructions.meansText != nil
            || !instructions.creditTransfers.isEmpty
            || card != nil || debtor != nil
        guard hasMeans else { return [] }
        let transfers: [Invoice.PaymentInstructions.CreditTransfer?] =
            instructions.creditTransfers.isEmpty ? [nil] : instructions.creditTransfers
        return transfers.enumerated().map { index, transfer in
            var children: [XMLElement?] = [
                B.text("TypeCode", instructions.meansCode.rawValue),  // BT-81
                B.text("Information", instructions.meansText),  // BT-82
            ]
            if index == 0 {
                children.append(card)
                children.append(debtor)
            }
            if let transfer {  // BG-17
                let looksLikeIBAN = Self.looksLikeIBAN(transfer.accountIdentifier)
                children.append(
                    B.group(
                        "PayeePartyCreditorFinancialAccount",
                        [
                            B.text(looksLikeIBAN ? "IBANID" : "ProprietaryID", transfer.accountIdentifier),  // BT-84
                            B.text("AccountName", transfer.accountName),  // BT-85
                        ]
                    )
                )
                children.append(
                    B.group(
                        "PayeeSpecifiedCreditorFinancialInstitution",
                        [B.text("BICID", transfer.serviceProviderIdentifier)]  // BT-86
                    )
                )
            }
            return B.group("SpecifiedTradeSettlementPaymentMeans", children, always: true)
        }
    }

    /// Whether BT-84 is written as `ram:IBANID`: identifiers that start with a letter, as IBANs
    /// do (and as the CII samples use `IBANID` even for placeholders). Others, such as purely
    /// numeric national account numbers, are written as `ram:ProprietaryID`.
    static func looksLikeIBAN(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return true }
        return (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z"))
            || (first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z"))
    }

    private func categoryTax(_ category: VATCategoryCode, _ rate: Percentage?) -> XMLElement? {
        B.group(
            "CategoryTradeTax",
            [
                B.text("TypeCode", "VAT"), B.text("CategoryCode", category.rawValue),
                B.decimal("RateApplicablePercent", rate),
            ]
        )
    }

    private func allowanceCharge(
        isCharge: Bool,
        amount: Amount,
        baseAmount: Amount?,
        percentage: Percentage?,
        reasonCode: String?,
        reason: String?,
        tax: XMLElement?
    ) -> XMLElement? {
        B.group(
            "SpecifiedTradeAllowanceCharge",
            [
                B.indicator("ChargeIndicator", isCharge),
                B.decimal("CalculationPercent", percentage),
                B.decimal("BasisAmount", baseAmount),
                B.decimal("ActualAmount", amount),
                B.text("ReasonCode", reasonCode),
                B.text("Reason", reason),
                tax,
            ]
        )
    }

    private func period(_ name: String, _ period: Invoice.Period?) -> XMLElement? {
        guard let period else { return nil }
        return B.group(name, [B.date("StartDateTime", period.startDate), B.date("EndDateTime", period.endDate)])
    }

    // MARK: Parties

    private func partyIdentifiers(_ identifiers: [Identifier]) -> [XMLElement?] {
        identifiers.filter { $0.schemeID == nil }.map { B.text("ID", $0.value) }
            + identifiers.filter { $0.schemeID != nil }.map { B.identifier("GlobalID", $0) }
    }

    private func seller(_ seller: Invoice.Seller) -> XMLElement? {
        party("SellerTradeParty", seller, alwaysNamed: true)
    }

    /// The seller (BG-4) or, under another element name, a line's item seller (Factur-X
    /// EXTENDED), whose empty name is left out unless `alwaysNamed`.
    private func party(_ element: String, _ seller: Invoice.Seller, alwaysNamed: Bool = false) -> XMLElement? {
        B.group(
            element,
            partyIdentifiers(seller.identifiers) + [  // BT-29
                alwaysNamed || !seller.name.isEmpty ? B.text("Name", seller.name) : nil,  // BT-27
                B.text("Description", seller.additionalLegalInformation),  // BT-33
                B.group(
                    "SpecifiedLegalOrganization",
                    [
                        B.identifier("ID", seller.legalRegistrationIdentifier),  // BT-30
                        B.text("TradingBusinessName", seller.tradingName),  // BT-28
                    ]
                ),
                seller.contact.flatMap(contact),  // BG-6
                seller.postalAddress.flatMap(address),  // BG-5
                electronicAddress(seller.electronicAddress),  // BT-34
                taxRegistration(seller.vatIdentifier, scheme: "VA"),  // BT-31
                taxRegistration(seller.taxRegistrationIdentifier, scheme: "FC"),  // BT-32
            ],
            always: true
        )
    }

    private func buyer(_ buyer: Invoice.Buyer) -> XMLElement? {
        B.group(
            "BuyerTradeParty",
            partyIdentifiers(buyer.identifier.map { [$0] } ?? []) + [  // BT-46
                B.text("Name", buyer.name),  // BT-44
                B.group(
                    "SpecifiedLegalOrganization",
                    [
                        B.identifier("ID", buyer.legalRegistrationIdentifier),  // BT-47
                        B.text("TradingBusinessName", buyer.tradingName),  // BT-45
                    ]
                ),
                buyer.contact.flatMap(contact),  // BG-9
                buyer.postalAddress.flatMap(address),  // BG-8
                electronicAddress(buyer.electronicAddress),  // BT-49
                taxRegistration(buyer.vatIdentifier, scheme: "VA"),  // BT-48
            ],
            always: true
        )
    }

    private func taxRepresentative(_ representative: Invoice.TaxRepresentative) -> XMLElement? {
        B.group(
            "SellerTaxRepresentativeTradeParty",
            [
                B.text("Name", representative.name),  // BT-62
                address(representative.postalAddress),  // BG-12
                taxRegistration(representative.vatIdentifier, scheme: "VA"),  // BT-63
            ]
        )
    }

    private func taxRegistration(_ id: String?, scheme: String) -> XMLElement? {
        B.group("SpecifiedTaxRegistration", [B.text("ID", id, attributes: [("schemeID", scheme)])])
    }

    private func electronicAddress(_ address: ElectronicAddress?) -> XMLElement? {
        guard let address else { return nil }
        return B.group(
            "URIUniversalCommunication",
            [B.text("URIID", address.value, attributes: [("schemeID", address.scheme.rawValue)])]
        )
    }

    private func contact(_ contact: Contact) -> XMLElement? {
        B.group(
            "DefinedTradeContact",
            [
                B.text("PersonName", contact.name),
                B.group("TelephoneUniversalCommunication", [B.text("CompleteNumber", contact.telephone)]),
                B.group("EmailURIUniversalCommunication", [B.text("URIID", contact.email)]),
            ]
        )
    }

    private func address(_ address: PostalAddress) -> XMLElement? {
        B.group(
            "PostalTradeAddress",
            [
                B.text("PostcodeCode", address.postCode),
                B.text("LineOne", address.line1),
                B.text("LineTwo", address.line2),
                B.text("LineThree", address.line3),
                B.text("CityName", address.city),
                B.text("CountryID", address.country.rawValue),
                B.text("CountrySubDivisionName", address.countrySubdivision),
            ]
        )
    }

    // MARK: Lines

    private func line(_ line: Invoice.Line) -> XMLElement? {
        let price = line.price
        let basis = B.decimal(
            "BasisQuantity",
            price.baseQuantity,
            attributes: [("unitCode", price.baseQuantityUnitCode?.rawValue)]
        )
        var gross: XMLElement?
        if price.grossPrice != nil || price.discount != nil {
            gross = B.group(
                "GrossPriceProductTradePrice",
                [
                    // BT-148
                    B.decimal("ChargeAmount", price.grossPrice ?? price.netPrice + (price.discount ?? .zero)),
                    basis,
                    price.discount.flatMap { discount in  // BT-147
                        B.group(
                            "AppliedTradeAllowanceCharge",
                            [B.indicator("ChargeIndicator", false), B.decimal("ActualAmount", discount)]
                        )
                    },
                ]
            )
        }
        let item = line.item
        // Only EXTENDED lets a line leave out its quantity, net price and VAT category; poorer
        // profiles get the model's placeholder values, which their schema requires.
        let unstated = profile.allowsUnstatedLineTerms ? line.unstatedTerms : []
        let statesCategory = !unstated.contains(.vatCategory)
        var settlement: [XMLElement?] = [
            B.group(
                "ApplicableTradeTax",
                [
                    statesCategory ? B.text("TypeCode", "VAT") : nil,
                    B.text("ExemptionReason", line.vat.exemptionReason),  // EXT-FR-FE-178
                    statesCategory ? B.text("CategoryCode", line.vat.categoryCode.rawValue) : nil,  // BT-151
                    B.text("ExemptionReasonCode", line.vat.exemptionReasonCode?.rawValue),
                    // EXT-FR-FE-180
                    B.text("DueDateTypeCode", line.vat.pointDateCode.map { $0.ciiCode ?? $0.rawValue }),
                    B.decimal("RateApplicablePercent", line.vat.rate),  // BT-152
                ]
            ),
            period("BillingSpecifiedPeriod", line.period),  // BG-26
        ]
        for allowance in line.allowances {  // BG-27
            settlement.append(
                allowanceCharge(
                    isCharge: false,
                    amount: allowance.amount,
                    baseAmount: allowance.baseAmount,
                    percentage: allowance.percentage,
                    reasonCode: allowance.reasonCode?.rawValue,
                    reason: allowance.reason,
                    tax: nil
                )
            )
        }
        for charge in line.charges {  // BG-28
            settlement.append(
                allowanceCharge(
                    isCharge: true,
                    amount: charge.amount,
                    baseAmount: charge.baseAmount,
                    percentage: charge.percentage,
                    reasonCode: charge.reasonCode?.rawValue,
                    reason: charge.reason,
                    tax: nil
                )
            )
        }
        settlement.append(
            B.group(
                "SpecifiedTradeSettlementLineMonetarySummation",
                [
                    B.decimal("LineTotalAmount", line.netAmount),  // BT-131
                    B.decimal(
                        "TaxTotalAmount",
                        line.vatAmount,
                        attributes: [("currencyID", invoice.currency.rawValue)]
                    ),  // EXT-FR-FE-181
                    B.decimal("GrandTotalAmount", line.amountWithVAT),  // EXT-FR-FE-184
                ]
            )
        )
        for object in [line.objectIdentifier].compactMap({ $0 }) + line.additionalObjectIdentifiers {  // BT-128
            settlement.append(
                B.group(
                    "AdditionalReferencedDocument",
                    [
                        B.text("IssuerAssignedID", object.value), B.text("TypeCode", "130"),
                        B.text("ReferenceTypeCode", object.schemeID),
                    ]
                )
            )
        }
        settlement.append(
            // BT-133
            B.group("ReceivableSpecifiedTradeAccountingAccount", [B.text("ID", line.buyerAccountingReference)])
        )
        return B.group(
            "IncludedSupplyChainTradeLineItem",
            [
                B.group(
                    "AssociatedDocumentLineDocument",
                    [
                        B.text("LineID", line.id),  // BT-126
                        B.text("ParentLineID", line.parentLineID),  // EXT-FR-FE-162
                        B.text("LineStatusCode", line.statusCode),
                        B.text("LineStatusReasonCode", line.statusReasonCode),  // EXT-FR-FE-163
                        B.group("IncludedNote", [B.text("Content", line.note)]),  // BT-127
                    ]
                ),
                B.group(
                    "SpecifiedTradeProduct",
                    ([
                        B.identifier("GlobalID", item.standardIdentifier),  // BT-157
                        B.text("SellerAssignedID", item.sellerIdentifier),  // BT-155
                        B.text("BuyerAssignedID", item.buyerIdentifier),  // BT-156
                        B.text("Name", item.name),  // BT-153
                        B.text("Description", item.description),  // BT-154
                    ] as [XMLElement?])
                        + item.attributes.map { attribute -> XMLElement? in  // BG-32
                            B.group(
                                "ApplicableProductCharacteristic",
                                [B.text("Description", attribute.name), B.text("Value", attribute.value)]
                            )
                        }
                        + item.classifications.map { classification -> XMLElement? in  // BT-158
                            B.group(
                                "DesignatedProductClassification",
                                [
                                    B.text(
                                        "ClassCode",
                                        classification.code,
                                        attributes: [
                                            ("listID", classification.schemeID),
                                            ("listVersionID", classification.schemeVersion),
                                        ]
                                    )
                                ]
                            )
                        }
                        + [B.group("OriginTradeCountry", [B.text("ID", item.countryOfOrigin?.rawValue)])],  // BT-159
                    always: true
                ),
                B.group(
                    "SpecifiedLineTradeAgreement",
                    [
                        B.group("BuyerOrderReferencedDocument", [B.text("LineID", line.orderLineReference)]),  // BT-132
                        gross,
                        unstated.contains(.netPrice)
                            ? nil
                            : B.group(
                                "NetPriceProductTradePrice",
                                [B.decimal("ChargeAmount", price.netPrice), basis]  // BT-146
                            ),
                        line.itemSeller.flatMap { party("ItemSellerTradeParty", $0) },  // EXT-FR-FE-164 to -177
                    ],
                    always: true
                ),
                B.group(
                    "SpecifiedLineTradeDelivery",
                    // BT-129
                    [
                        unstated.contains(.quantity)
                            ? nil
                            : B.decimal(
                                "BilledQuantity",
                                line.quantity,
                                attributes: [("unitCode", line.unitCode.rawValue)]
                            )
                    ],
                    always: !unstated.contains(.quantity)
                ),
                B.group("SpecifiedLineTradeSettlement", settlement, always: true),
            ]
        )
    }
}

extension FacturXProfile {
    /// Whether the profile's schema lets a line leave out its quantity, net price and VAT
    /// category (EXTENDED and EXTENDED-CTC-FR, for `GROUP` lines).
    fileprivate var allowsUnstatedLineTerms: Bool {
        self == .extended || self == .extendedCTCFR
    }
}
