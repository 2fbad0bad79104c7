// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

package import FactureModel

extension Invoice {
    /// The invoice as a UBL 2.1 document tree, following the EN 16931 UBL syntax binding.
    ///
    /// The root is a `CreditNote` when ``/FactureModel/Invoice/typeCode`` is a credit note code
    /// (``DocumentTypeCode/isCreditNote``: 81, 83, 261, 262, 296, 308, 381, 396 …) and an
    /// `Invoice` otherwise. Elements follow the sequences of the UBL 2.1 XSD; every amount
    /// carries `currencyID`.
    package func ublDocument() -> XMLDocument {
        XMLDocument(root: UBLWriter(invoice: self).root())
    }
}

/// Builds the UBL tree of an invoice.
private struct UBLWriter {
    let invoice: Invoice
    let isCreditNote: Bool

    init(invoice: Invoice) {
        self.invoice = invoice
        self.isCreditNote = invoice.typeCode.isCreditNote
    }

    private var currency: String { invoice.currency.rawValue }

    // MARK: Element helpers

    static func leaf(_ name: String, _ text: String, attributes: [(String, String?)] = []) -> XMLElement {
        XMLElement(
            namespace: UBLNamespace.cbc,
            name: name,
            prefix: "cbc",
            text: text,
            attributes: attributes.compactMap { name, value in value.map { XMLAttribute(name: name, value: $0) } }
        )
    }

    static func cac(_ name: String, _ children: [XMLElement?]) -> XMLElement {
        XMLElement(
            namespace: UBLNamespace.cac,
            name: name,
            prefix: "cac",
            content: children.compactMap { $0.map(XMLElement.Content.element) }
        )
    }

    static func cbc(_ name: String, _ text: String?, attributes: [(String, String?)] = []) -> XMLElement? {
        text.map { leaf(name, $0, attributes: attributes) }
    }

    static func identifier(_ name: String, _ identifier: Identifier?) -> XMLElement? {
        identifier.map { leaf(name, $0.value, attributes: [("schemeID", $0.schemeID)]) }
    }

    func amount(_ name: String, _ amount: Amount?, currency: String? = nil) -> XMLElement? {
        amount.map { UBLWriter.leaf(name, $0.description, attributes: [("currencyID", currency ?? self.currency)]) }
    }

    static func date(_ name: String, _ date: CalendarDate?) -> XMLElement? {
        date.map { leaf(name, $0.iso8601String) }
    }

    static func percent(_ name: String, _ percentage: Percentage?) -> XMLElement? {
        percentage.map { leaf(name, $0.description) }
    }

    static func taxScheme(_ id: String) -> XMLElement {
        cac("TaxScheme", [cbc("ID", id)])
    }

    // MARK: Document

    func root() -> XMLElement {
        let rootNamespace = isCreditNote ? UBLNamespace.creditNote : UBLNamespace.invoice
        var root = XMLElement(namespace: rootNamespace, name: isCreditNote ? "CreditNote" : "Invoice")
        for child in header() { root.append(child) }
        let lineName = isCreditNote ? "CreditNoteLine" : "InvoiceLine"
        for line in invoice.lines { root.append(self.line(line, elementName: lineName)) }
        return root
    }

    private func header() -> [XMLElement] {
        var children: [XMLElement?] = [
            UBLWriter.cbc("CustomizationID", invoice.processControl.specificationIdentifier),
            UBLWriter.cbc("ProfileID", invoice.processControl.businessProcessType),
            UBLWriter.cbc("ID", invoice.number),
            UBLWriter.date("IssueDate", invoice.issueDate),
        ]
        if isCreditNote {
            children.append(UBLWriter.date("TaxPointDate", invoice.vatPointDate))
            children.append(UBLWriter.cbc("CreditNoteTypeCode", invoice.typeCode.rawValue))
            children += notes()
        } else {
            children.append(UBLWriter.date("DueDate", invoice.dueDate))
            children.append(UBLWriter.cbc("InvoiceTypeCode", invoice.typeCode.rawValue))
            children += notes()
            children.append(UBLWriter.date("TaxPointDate", invoice.vatPointDate))
        }
        children += [
            UBLWriter.cbc("DocumentCurrencyCode", currency),
            UBLWriter.cbc("TaxCurrencyCode", invoice.vatAccountingCurrency?.rawValue),
            UBLWriter.cbc("AccountingCost", invoice.buyerAccountingReference),
            UBLWriter.cbc("BuyerReference", invoice.buyerReference),
            invoicePeriod(),
            orderReference(),
        ]
        children += invoice.precedingInvoices.map { reference in
            UBLWriter.cac(
                "BillingReference",
                [
                    UBLWriter.cac(
                        "InvoiceDocumentReference",
                        [UBLWriter.cbc("ID", reference.number), UBLWriter.date("IssueDate", reference.issueDate)]
                    )
                ]
            )
        }
        children += [
            documentReference("DespatchDocumentReference", invoice.despatchAdviceReference),
            documentReference("ReceiptDocumentReference", invoice.receivingAdviceReference),
        ]
        // The two roots order the originator and contract references differently.
        if isCreditNote {
            children.append(documentReference("ContractDocumentReference", invoice.contractReference))
            children += additionalDocumentReferences()
            children.append(documentReference("OriginatorDocumentReference", invoice.tenderOrLotReference))
        } else {
            children.append(documentReference("OriginatorDocumentReference", invoice.tenderOrLotReference))
            children.append(documentReference("ContractDocumentReference", invoice.contractReference))
            children += additionalDocumentReferences()
            children.append(
                invoice.projectReference.map { UBLWriter.cac("ProjectReference", [UBLWriter.cbc("ID", $0)]) }
            )
        }
        children += [
            UBLWriter.cac("AccountingSupplierParty", [sellerParty()]),
            UBLWriter.cac("AccountingCustomerParty", [buyerParty()]),
            invoice.payee.map(payeeParty),
            invoice.sellerTaxRepresentative.map(taxRepresentativeParty),
            delivery(),
        ]
        children += paymentMeans()
        children.append(paymentTerms())
        children += invoice.allowances.map { allowance in
            documentAllowanceCharge(
                isCharge: false,
                reasonCode: allowance.reasonCode?.rawValue,
                reason: allowance.reason,
                percentage: allowance.percentage,
                amount: allowance.amount,
                baseAmount: allowance.baseAmount,
                category: allowance.vatCategoryCode,
                rate: allowance.vatRate
            )
        }
        children += invoice.charges.map { charge in
            documentAllowanceCharge(
                isCharge: true,
                reasonCode: charge.reasonCode?.rawValue,
                reason: charge.reason,
                percentage: charge.percentage,
                amount: charge.amount,
                baseAmount: charge.baseAmount,
                category: charge.vatCategoryCode,
                rate: charge.vatRate
            )
        }
        children += taxTotals()
        children.append(legalMonetaryTotal())
        return children.compactMap { $0 }
    }

    /// BG-1: `#SUBJECT#text` when the note has a subject code (BT-21).
    private func notes() -> [XMLElement?] {
        invoice.notes.map { note in
            UBLWriter.cbc("Note", note.subjectCode.map { "#\($0.rawValue)#\(note.text)" } ?? note.text)
        }
    }

    private func invoicePeriod() -> XMLElement? {
        let period = invoice.invoicingPeriod
        guard period != nil || invoice.vatPointDateCode != nil else { return nil }
        return UBLWriter.cac(
            "InvoicePeriod",
            [
                UBLWriter.date("StartDate", period?.startDate),
                UBLWriter.date("EndDate", period?.endDate),
                UBLWriter.cbc("DescriptionCode", invoice.vatPointDateCode?.rawValue),
            ]
        )
    }

    private func orderReference() -> XMLElement? {
        guard invoice.purchaseOrderReference != nil || invoice.salesOrderReference != nil else { return nil }
        return UBLWriter.cac(
            "OrderReference",
            [
                UBLWriter.cbc("ID", invoice.purchaseOrderReference ?? UBLNamespace.notApplicable),
                UBLWriter.cbc("SalesOrderID", invoice.salesOrderReference),
            ]
        )
    }

    private func documentReference(_ name: String, _ id: String?) -> XMLElement? {
        id.map { UBLWriter.cac(name, [UBLWriter.cbc("ID", $0)]) }
    }

    private func additionalDocumentReferences() -> [XMLElement?] {
        var references: [XMLElement?] = invoice.supportingDocuments.map { document in
            var attachment: XMLElement?
            if document.attachment != nil || document.externalLocation != nil {
                attachment = UBLWriter.cac(
                    "Attachment",
                    [
                        document.attachment.map { object in
                            UBLWriter.leaf(
                                "EmbeddedDocumentBinaryObject",
                                object.base64EncodedContent,
                                attributes: [("mimeCode", object.mimeCode), ("filename", object.filename)]
                            )
                        },
                        document.externalLocation.map {
                            UBLWriter.cac("ExternalReference", [UBLWriter.cbc("URI", $0)])
                        },
                    ]
                )
            }
            return UBLWriter.cac(
                "AdditionalDocumentReference",
                [
                    UBLWriter.cbc("ID", document.reference),
                    UBLWriter.cbc("DocumentDescription", document.description),
                    attachment,
                ]
            )
        }
        if let object = invoice.invoicedObjectIdentifier {
            references.append(
                UBLWriter.cac(
                    "AdditionalDocumentReference",
                    [
                        UBLWriter.identifier("ID", object),
                        UBLWriter.cbc("DocumentTypeCode", UBLNamespace.invoicedObjectTypeCode),
                    ]
                )
            )
        }
        if isCreditNote, let project = invoice.projectReference {
            references.append(
                UBLWriter.cac(
                    "AdditionalDocumentReference",
                    [
                        UBLWriter.cbc("ID", project),
                        UBLWriter.cbc("DocumentTypeCode", UBLNamespace.projectReferenceTypeCode),
                    ]
                )
            )
        }
        return references
    }

    // MARK: Parties

    static func address(_ name: String, _ address: PostalAddress?) -> XMLElement? {
        address.map { address in
            cac(
                name,
                [
                    cbc("StreetName", address.line1),
                    cbc("AdditionalStreetName", address.line2),
                    cbc("CityName", address.city),
                    cbc("PostalZone", address.postCode),
                    cbc("CountrySubentity", address.countrySubdivision),
                    address.line3.map { cac("AddressLine", [cbc("Line", $0)]) },
                    cac("Country", [cbc("IdentificationCode", address.country.rawValue)]),
                ]
            )
        }
    }

    static func contact(_ contact: Contact?) -> XMLElement? {
        contact.map { contact in
            cac(
                "Contact",
                [
                    cbc("Name", contact.name),
                    cbc("Telephone", contact.telephone),
                    cbc("ElectronicMail", contact.email),
                ]
            )
        }
    }

    static func endpoint(_ address: ElectronicAddress?) -> XMLElement? {
        address.map { leaf("EndpointID", $0.value, attributes: [("schemeID", $0.scheme.rawValue)]) }
    }

    static func partyTaxScheme(_ companyID: String?, scheme: String) -> XMLElement? {
        companyID.map { cac("PartyTaxScheme", [cbc("CompanyID", $0), taxScheme(scheme)]) }
    }

    static func partyIdentification(_ identifier: Identifier?) -> XMLElement? {
        identifier.map { cac("PartyIdentification", [UBLWriter.identifier("ID", $0)]) }
    }

    /// BT-90 goes with the payee when there is one, else with the seller.
    private var creditorIdentification: XMLElement? {
        UBLWriter.partyIdentification(
            invoice.paymentInstructions?.directDebit?.creditorIdentifier.map {
                Identifier($0, schemeID: UBLNamespace.sepaScheme)
            }
        )
    }

    private func sellerParty() -> XMLElement {
        let seller = invoice.seller
        var children: [XMLElement?] = [UBLWriter.endpoint(seller.electronicAddress)]
        children += seller.identifiers.map(UBLWriter.partyIdentification)
        if invoice.payee == nil { children.append(creditorIdentification) }
        children += [
            seller.tradingName.map { UBLWriter.cac("PartyName", [UBLWriter.cbc("Name", $0)]) },
            UBLWriter.address("PostalAddress", seller.postalAddress),
            UBLWriter.partyTaxScheme(seller.vatIdentifier, scheme: UBLNamespace.vatScheme),
            UBLWriter.partyTaxScheme(seller.taxRegistrationIdentifier, scheme: UBLNamespace.localTaxScheme),
            UBLWriter.cac(
                "PartyLegalEntity",
                [
                    UBLWriter.cbc("RegistrationName", seller.name),
                    UBLWriter.identifier("CompanyID", seller.legalRegistrationIdentifier),
                    UBLWriter.cbc("CompanyLegalForm", seller.additionalLegalInformation),
                ]
            ),
            UBLWriter.contact(seller.contact),
        ]
        return UBLWriter.cac("Party", children)
    }

    private func buyerParty() -> XMLElement {
        let buyer = invoice.buyer
        return UBLWriter.cac(
            "Party",
            [
                UBLWriter.endpoint(buyer.electronicAddress),
                UBLWriter.partyIdentification(buyer.identifier),
                buyer.tradingName.map { UBLWriter.cac("PartyName", [UBLWriter.cbc("Name", $0)]) },
                UBLWriter.address("PostalAddress", buyer.postalAddress),
                UBLWriter.partyTaxScheme(buyer.vatIdentifier, scheme: UBLNamespace.vatScheme),
                UBLWriter.cac(
                    "PartyLegalEntity",
                    [
                        UBLWriter.cbc("RegistrationName", buyer.name),
                        UBLWriter.identifier("CompanyID", buyer.legalRegistrationIdentifier),
                    ]
                ),
                UBLWriter.contact(buyer.contact),
            ]
        )
    }

    private func payeeParty(_ payee: Invoice.Payee) -> XMLElement {
        UBLWriter.cac(
            "PayeeParty",
            [
                UBLWriter.partyIdentification(payee.identifier),
                creditorIdentification,
                UBLWriter.cac("PartyName", [UBLWriter.cbc("Name", payee.name)]),
                payee.legalRegistrationIdentifier.map {
                    UBLWriter.cac("PartyLegalEntity", [UBLWriter.identifier("CompanyID", $0)])
                },
            ]
        )
    }

    private func taxRepresentativeParty(_ representative: Invoice.TaxRepresentative) -> XMLElement {
        UBLWriter.cac(
            "TaxRepresentativeParty",
            [
                UBLWriter.cac("PartyName", [UBLWriter.cbc("Name", representative.name)]),
                UBLWriter.address("PostalAddress", representative.postalAddress),
                UBLWriter.partyTaxScheme(representative.vatIdentifier, scheme: UBLNamespace.vatScheme),
            ]
        )
    }

    private func delivery() -> XMLElement? {
        guard let delivery = invoice.delivery else { return nil }
        let hasLocation = delivery.locationIdentifier != nil || delivery.deliverToAddress != nil
        let element = UBLWriter.cac(
            "Delivery",
            [
                UBLWriter.date("ActualDeliveryDate", delivery.actualDeliveryDate),
                hasLocation
                    ? UBLWriter.cac(
                        "DeliveryLocation",
                        [
                            UBLWriter.identifier("ID", delivery.locationIdentifier),
                            UBLWriter.address("Address", delivery.deliverToAddress),
                        ]
                    ) : nil,
                delivery.deliverToName.map {
                    UBLWriter.cac("DeliveryParty", [UBLWriter.cac("PartyName", [UBLWriter.cbc("Name", $0)])])
                },
            ]
        )
        return element.children.isEmpty ? nil : element
    }

    // MARK: Payment

    private func paymentMeans() -> [XMLElement?] {
        guard let instructions = invoice.paymentInstructions else { return [] }
        let transfers: [Invoice.PaymentInstructions.CreditTransfer?] =
            instructions.creditTransfers.isEmpty ? [nil] : instructions.creditTransfers
        return transfers.enumerated().map { index, transfer in
            let isFirst = index == 0
            let card = isFirst ? instructions.paymentCard : nil
            let debit = isFirst ? instructions.directDebit : nil
            let hasMandate = debit?.mandateReference != nil || debit?.debitedAccountIdentifier != nil
            return UBLWriter.cac(
                "PaymentMeans",
                [
                    UBLWriter.cbc(
                        "PaymentMeansCode",
                        instructions.meansCode.rawValue,
                        attributes: [("name", instructions.meansText)]
                    ),
                    isCreditNote && isFirst ? UBLWriter.date("PaymentDueDate", invoice.dueDate) : nil,
                    UBLWriter.cbc("PaymentID", isFirst ? instructions.remittanceInformation : nil),
                    card.map { card in
                        UBLWriter.cac(
                            "CardAccount",
                            [
                                UBLWriter.cbc("PrimaryAccountNumberID", card.primaryAccountNumber),
                                // Mandatory in UBL, absent from EN 16931.
                                UBLWriter.cbc("NetworkID", UBLNamespace.notApplicable),
                                UBLWriter.cbc("HolderName", card.holderName),
                            ]
                        )
                    },
                    transfer.map { transfer in
                        UBLWriter.cac(
                            "PayeeFinancialAccount",
                            [
                                UBLWriter.cbc("ID", transfer.accountIdentifier),
                                UBLWriter.cbc("Name", transfer.accountName),
                                transfer.serviceProviderIdentifier.map {
                                    UBLWriter.cac("FinancialInstitutionBranch", [UBLWriter.cbc("ID", $0)])
                                },
                            ]
                        )
                    },
                    hasMandate
                        ? UBLWriter.cac(
                            "PaymentMandate",
                            [
                                UBLWriter.cbc("ID", debit?.mandateReference),
                                debit?.debitedAccountIdentifier.map {
                                    UBLWriter.cac("PayerFinancialAccount", [UBLWriter.cbc("ID", $0)])
                                },
                            ]
                        ) : nil,
                ]
            )
        }
    }

    private func paymentTerms() -> XMLElement? {
        // A credit note without payment means keeps its due date (BT-9) in the payment terms.
        let dueDateInTerms = isCreditNote && invoice.paymentInstructions == nil ? invoice.dueDate : nil
        guard invoice.paymentTerms != nil || dueDateInTerms != nil else { return nil }
        return UBLWriter.cac(
            "PaymentTerms",
            [UBLWriter.cbc("Note", invoice.paymentTerms), UBLWriter.date("PaymentDueDate", dueDateInTerms)]
        )
    }

    // MARK: Allowances, charges, totals

    private func documentAllowanceCharge(
        isCharge: Bool,
        reasonCode: String?,
        reason: String?,
        percentage: Percentage?,
        amount: Amount,
        baseAmount: Amount?,
        category: VATCategoryCode,
        rate: Percentage?
    ) -> XMLElement {
        UBLWriter.cac(
            "AllowanceCharge",
            [
                UBLWriter.cbc("ChargeIndicator", isCharge ? "true" : "false"),
                UBLWriter.cbc("AllowanceChargeReasonCode", reasonCode),
                UBLWriter.cbc("AllowanceChargeReason", reason),
                UBLWriter.percent("MultiplierFactorNumeric", percentage),
                self.amount("Amount", amount),
                self.amount("BaseAmount", baseAmount),
                UBLWriter.cac(
                    "TaxCategory",
                    [
                        UBLWriter.cbc("ID", category.rawValue),
                        UBLWriter.percent("Percent", rate),
                        UBLWriter.taxScheme(UBLNamespace.vatScheme),
                    ]
                ),
            ]
        )
    }

    private func lineAllowanceCharge(
        isCharge: Bool,
        reasonCode: String?,
        reason: String?,
        percentage: Percentage?,
        amount: Amount,
        baseAmount: Amount?
    ) -> XMLElement {
        UBLWriter.cac(
            "AllowanceCharge",
            [
                UBLWriter.cbc("ChargeIndicator", isCharge ? "true" : "false"),
                UBLWriter.cbc("AllowanceChargeReasonCode", reasonCode),
                UBLWriter.cbc("AllowanceChargeReason", reason),
                UBLWriter.percent("MultiplierFactorNumeric", percentage),
                self.amount("Amount", amount),
                self.amount("BaseAmount", baseAmount),
            ]
        )
    }

    private func taxTotals() -> [XMLElement?] {
        let totals = invoice.totals
        var result: [XMLElement?] = []
        if totals.totalVAT != nil || !invoice.vatBreakdown.isEmpty {
            // TaxAmount is mandatory in cac:TaxTotal: without BT-110, write the breakdown's sum.
            let total = totals.totalVAT ?? invoice.vatBreakdown.map(\.taxAmount).sum()
            var children: [XMLElement?] = [amount("TaxAmount", total)]
            children += invoice.vatBreakdown.map { breakdown in
                UBLWriter.cac(
                    "TaxSubtotal",
                    [
                        amount("TaxableAmount", breakdown.taxableAmount),
                        amount("TaxAmount", breakdown.taxAmount),
                        UBLWriter.cac(
                            "TaxCategory",
                            [
                                UBLWriter.cbc("ID", breakdown.categoryCode.rawValue),
                                UBLWriter.percent("Percent", breakdown.rate),
                                UBLWriter.cbc("TaxExemptionReasonCode", breakdown.exemptionReasonCode?.rawValue),
                                UBLWriter.cbc("TaxExemptionReason", breakdown.exemptionReason),
                                UBLWriter.taxScheme(UBLNamespace.vatScheme),
                            ]
                        ),
                    ]
                )
            }
            result.append(UBLWriter.cac("TaxTotal", children))
        }
        if let accounting = totals.totalVATInAccountingCurrency {
            let accountingCurrency = invoice.vatAccountingCurrency?.rawValue ?? currency
            result.append(UBLWriter.cac("TaxTotal", [amount("TaxAmount", accounting, currency: accountingCurrency)]))
        }
        return result
    }

    private func legalMonetaryTotal() -> XMLElement {
        let totals = invoice.totals
        return UBLWriter.cac(
            "LegalMonetaryTotal",
            [
                amount("LineExtensionAmount", totals.sumOfLineNetAmounts),
                amount("TaxExclusiveAmount", totals.totalWithoutVAT),
                amount("TaxInclusiveAmount", totals.totalWithVAT),
                amount("AllowanceTotalAmount", totals.sumOfAllowances),
                amount("ChargeTotalAmount", totals.sumOfCharges),
                amount("PrepaidAmount", totals.paidAmount),
                amount("PayableRoundingAmount", totals.roundingAmount),
                amount("PayableAmount", totals.amountDue),
            ]
        )
    }

    // MARK: Lines

    private func line(_ line: Invoice.Line, elementName: String) -> XMLElement {
        let allowanceCharges: [XMLElement?] =
            line.allowances.map {
                lineAllowanceCharge(
                    isCharge: false,
                    reasonCode: $0.reasonCode?.rawValue,
                    reason: $0.reason,
                    percentage: $0.percentage,
                    amount: $0.amount,
                    baseAmount: $0.baseAmount
                )
            }
            + line.charges.map {
                lineAllowanceCharge(
                    isCharge: true,
                    reasonCode: $0.reasonCode?.rawValue,
                    reason: $0.reason,
                    percentage: $0.percentage,
                    amount: $0.amount,
                    baseAmount: $0.baseAmount
                )
            }
        var children: [XMLElement?] = [
            UBLWriter.cbc("ID", line.id),
            UBLWriter.cbc("Note", line.note),
            UBLWriter.cbc(
                isCreditNote ? "CreditedQuantity" : "InvoicedQuantity",
                line.quantity.description,
                attributes: [("unitCode", line.unitCode.rawValue)]
            ),
            amount("LineExtensionAmount", line.netAmount),
            UBLWriter.cbc("AccountingCost", line.buyerAccountingReference),
            line.period.map { period in
                UBLWriter.cac(
                    "InvoicePeriod",
                    [UBLWriter.date("StartDate", period.startDate), UBLWriter.date("EndDate", period.endDate)]
                )
            },
            line.orderLineReference.map { UBLWriter.cac("OrderLineReference", [UBLWriter.cbc("LineID", $0)]) },
            line.objectIdentifier.map { object in
                UBLWriter.cac(
                    "DocumentReference",
                    [
                        UBLWriter.identifier("ID", object),
                        UBLWriter.cbc("DocumentTypeCode", UBLNamespace.invoicedObjectTypeCode),
                    ]
                )
            },
        ]
        children += allowanceCharges
        children.append(item(line))
        children.append(price(line.price))
        return UBLWriter.cac(elementName, children)
    }

    private func item(_ line: Invoice.Line) -> XMLElement {
        let item = line.item
        var children: [XMLElement?] = [
            UBLWriter.cbc("Description", item.description),
            UBLWriter.cbc("Name", item.name),
            item.buyerIdentifier.map { UBLWriter.cac("BuyersItemIdentification", [UBLWriter.cbc("ID", $0)]) },
            item.sellerIdentifier.map { UBLWriter.cac("SellersItemIdentification", [UBLWriter.cbc("ID", $0)]) },
            item.standardIdentifier.map {
                UBLWriter.cac("StandardItemIdentification", [UBLWriter.identifier("ID", $0)])
            },
            item.countryOfOrigin.map {
                UBLWriter.cac("OriginCountry", [UBLWriter.cbc("IdentificationCode", $0.rawValue)])
            },
        ]
        children += item.classifications.map { classification in
            UBLWriter.cac(
                "CommodityClassification",
                [
                    UBLWriter.cbc(
                        "ItemClassificationCode",
                        classification.code,
                        attributes: [
                            ("listID", classification.schemeID), ("listVersionID", classification.schemeVersion),
                        ]
                    )
                ]
            )
        }
        children.append(
            UBLWriter.cac(
                "ClassifiedTaxCategory",
                [
                    UBLWriter.cbc("ID", line.vat.categoryCode.rawValue),
                    UBLWriter.percent("Percent", line.vat.rate),
                    UBLWriter.taxScheme(UBLNamespace.vatScheme),
                ]
            )
        )
        children += item.attributes.map { attribute in
            UBLWriter.cac(
                "AdditionalItemProperty",
                [UBLWriter.cbc("Name", attribute.name), UBLWriter.cbc("Value", attribute.value)]
            )
        }
        return UBLWriter.cac("Item", children)
    }

    private func price(_ price: Invoice.Line.PriceDetails) -> XMLElement {
        var discount: XMLElement?
        if price.discount != nil || price.grossPrice != nil {
            discount = UBLWriter.cac(
                "AllowanceCharge",
                [
                    UBLWriter.cbc("ChargeIndicator", "false"),
                    // cbc:Amount is mandatory: a gross price without discount writes a zero discount.
                    amount("Amount", price.discount ?? Amount.zero),
                    amount("BaseAmount", price.grossPrice),
                ]
            )
        }
        return UBLWriter.cac(
            "Price",
            [
                amount("PriceAmount", price.netPrice),
                price.baseQuantity.map {
                    UBLWriter.leaf(
                        "BaseQuantity",
                        $0.description,
                        attributes: [("unitCode", price.baseQuantityUnitCode?.rawValue)]
                    )
                },
                discount,
            ]
        )
    }
}
