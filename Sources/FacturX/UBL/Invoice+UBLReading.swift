// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

package import FactureModel

extension Invoice {
    /// Reads an invoice from a parsed UBL 2.1 `Invoice` or `CreditNote` document, following the
    /// EN 16931 UBL syntax binding.
    ///
    /// Codes outside the EN 16931 code lists are kept verbatim; rule checking is the validator's
    /// business. Terms the model requires (BT-1, BT-2, BT-3, BT-5, the seller's and buyer's names,
    /// the totals, each line's quantity, net amount, price, VAT category and item name) must be
    /// present.
    /// - Throws: ``/FacturX/FacturXError`` with code ``/FacturX/FacturXError/Code/unsupportedDocument`` when the root
    ///   is neither a UBL `Invoice` nor a `CreditNote`, ``/FacturX/FacturXError/Code/missingElement`` when a
    ///   required term is missing and ``/FacturX/FacturXError/Code/invalidValue`` when a date, amount,
    ///   country, currency or attachment cannot be read; `location` is the element's path.
    package init(ublDocument document: XMLDocument) throws(FacturXError) {
        let root = document.root
        let isCreditNote: Bool
        switch (root.namespace, root.name) {
        case (UBLNamespace.invoice?, "Invoice"): isCreditNote = false
        case (UBLNamespace.creditNote?, "CreditNote"): isCreditNote = true
        default:
            throw FacturXError(
                code: .unsupportedDocument,
                message:
                    "the root element {\(root.namespace ?? "")}\(root.name) is not a UBL 2.1 Invoice or CreditNote",
                location: "/" + root.name
            )
        }
        self = try UBLReader(root: UBLNode(root, path: "/" + root.name), isCreditNote: isCreditNote).invoice()
    }
}

/// Reads the EN 16931 terms out of a UBL document tree.
private struct UBLReader {
    let root: UBLNode
    let isCreditNote: Bool

    private var lineName: String { isCreditNote ? "CreditNoteLine" : "InvoiceLine" }
    private var quantityName: String { isCreditNote ? "CreditedQuantity" : "InvoicedQuantity" }
    private var typeCodeName: String { isCreditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode" }

    func invoice() throws(FacturXError) -> Invoice {
        let number = try root.requiredCBC("ID", term: "BT-1").value
        let issueDate = try root.requiredCBC("IssueDate", term: "BT-2").date()
        let typeCode = DocumentTypeCode(rawValue: try root.requiredCBC(typeCodeName, term: "BT-3").value)
        let currency = try root.requiredCBC("DocumentCurrencyCode", term: "BT-5").currency()
        let supplier = try root.requiredCAC("AccountingSupplierParty", term: "BG-4")
            .requiredCAC("Party", term: "BG-4")
        let customer = try root.requiredCAC("AccountingCustomerParty", term: "BG-7")
            .requiredCAC("Party", term: "BG-7")

        var invoice = Invoice(
            number: number,
            issueDate: issueDate,
            typeCode: typeCode,
            currency: currency,
            seller: try seller(supplier),
            buyer: try buyer(customer)
        )
        invoice.vatAccountingCurrency = try root.cbc("TaxCurrencyCode")?.currency()
        invoice.vatPointDate = try root.optionalDate("TaxPointDate")
        invoice.buyerReference = root.string("BuyerReference")
        invoice.buyerAccountingReference = root.string("AccountingCost")
        invoice.processControl = Invoice.ProcessControl(
            businessProcessType: root.string("ProfileID"),
            specificationIdentifier: root.string("CustomizationID") ?? ""
        )
        invoice.notes = root.cbcs("Note").compactMap { node in
            UBLNode.trimmed(node.element.text).isEmpty ? nil : UBLReader.note(node.element.text)
        }

        // BT-9: cbc:DueDate in an Invoice, the payment means' due date in a CreditNote.
        if let dueDate = root.cbc("DueDate") {
            invoice.dueDate = try dueDate.date()
        } else {
            for means in root.cacs("PaymentMeans") {
                if let date = try means.optionalDate("PaymentDueDate") {
                    invoice.dueDate = date
                    break
                }
            }
            if invoice.dueDate == nil {
                invoice.dueDate = try root.cac("PaymentTerms")?.optionalDate("PaymentDueDate")
            }
        }

        // Document references (BT-11 to BT-18, BG-3, BG-24).
        if let order = root.cac("OrderReference") {
            let id = order.string("ID")
            let salesOrder = order.string("SalesOrderID")
            invoice.salesOrderReference = salesOrder
            invoice.purchaseOrderReference =
                (id == UBLNamespace.notApplicable && salesOrder != nil) ? nil : id
        }
        invoice.contractReference = root.string("ContractDocumentReference", "ID")
        invoice.receivingAdviceReference = root.string("ReceiptDocumentReference", "ID")
        invoice.despatchAdviceReference = root.string("DespatchDocumentReference", "ID")
        invoice.tenderOrLotReference = root.string("OriginatorDocumentReference", "ID")
        invoice.projectReference = root.string("ProjectReference", "ID")
        for reference in root.cacs("BillingReference") {
            guard let document = reference.cac("InvoiceDocumentReference"), let id = document.string("ID") else {
                continue
            }
            invoice.precedingInvoices.append(
                Invoice.PrecedingInvoiceReference(number: id, issueDate: try document.optionalDate("IssueDate"))
            )
        }
        for reference in root.cacs("AdditionalDocumentReference") {
            let typeCode = reference.string("DocumentTypeCode")
            if typeCode == UBLNamespace.invoicedObjectTypeCode, invoice.invoicedObjectIdentifier == nil,
                let id = reference.cbc("ID")
            {
                invoice.invoicedObjectIdentifier = id.identifier
            } else if isCreditNote, typeCode == UBLNamespace.projectReferenceTypeCode,
                invoice.projectReference == nil
            {
                invoice.projectReference = reference.string("ID")
            } else {
                invoice.supportingDocuments.append(try supportingDocument(reference))
            }
        }

        invoice.payee = try root.cac("PayeeParty").map(payee)
        invoice.sellerTaxRepresentative = try root.cac("TaxRepresentativeParty").map(taxRepresentative)

        // BG-13, BG-14 and BT-8.
        var delivery = try root.cac("Delivery").map(delivery) ?? Invoice.Delivery()
        if let period = root.cac("InvoicePeriod") {
            delivery.invoicingPeriod = try UBLReader.period(period)
            invoice.vatPointDateCode = period.string("DescriptionCode").map(VATPointDateCode.init(rawValue:))
        }
        invoice.delivery = delivery == Invoice.Delivery() ? nil : delivery

        invoice.paymentInstructions = try paymentInstructions(supplier: supplier)
        invoice.paymentTerms = root.cac("PaymentTerms")?.freeText("Note")

        for allowanceCharge in root.cacs("AllowanceCharge") {
            let isCharge = try allowanceCharge.requiredCBC("ChargeIndicator", term: "BG-20/BG-21").boolean()
            let amount = try allowanceCharge.requiredCBC("Amount", term: isCharge ? "BT-99" : "BT-92").amount()
            let baseAmount = try allowanceCharge.optionalAmount("BaseAmount")
            let percentage = try allowanceCharge.optionalPercentage("MultiplierFactorNumeric")
            let category = try allowanceCharge.requiredCAC("TaxCategory", term: isCharge ? "BT-102" : "BT-95")
            let categoryCode = VATCategoryCode(rawValue: try category.requiredCBC("ID", term: "BT-95").value)
            let rate = try category.optionalPercentage("Percent")
            let reason = allowanceCharge.freeText("AllowanceChargeReason")
            let reasonCode = allowanceCharge.string("AllowanceChargeReasonCode")
            if isCharge {
                invoice.charges.append(
                    Invoice.Charge(
                        amount: amount,
                        baseAmount: baseAmount,
                        percentage: percentage,
                        vatCategoryCode: categoryCode,
                        vatRate: rate,
                        reason: reason,
                        reasonCode: reasonCode.map(ChargeReasonCode.init(rawValue:))
                    )
                )
            } else {
                invoice.allowances.append(
                    Invoice.Allowance(
                        amount: amount,
                        baseAmount: baseAmount,
                        percentage: percentage,
                        vatCategoryCode: categoryCode,
                        vatRate: rate,
                        reason: reason,
                        reasonCode: reasonCode.map(AllowanceReasonCode.init(rawValue:))
                    )
                )
            }
        }

        try readTaxTotals(into: &invoice)
        invoice.totals = try totals(vat: invoice.totals)
        invoice.lines = try root.cacs(lineName).map(line)
        return invoice
    }

    // MARK: Notes

    /// Splits the `#SUBJECT#text` convention the EN 16931 UBL binding uses for BT-21.
    static func note(_ text: String) -> Invoice.Note {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 3, scalars[0] == "#" else { return Invoice.Note(text) }
        guard let close = scalars[1...].firstIndex(of: "#"), close > 1 else { return Invoice.Note(text) }
        let subject = String(String.UnicodeScalarView(scalars[1..<close]))
        guard subject.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) }) else {
            return Invoice.Note(text)
        }
        let body = String(String.UnicodeScalarView(scalars[(close + 1)...]))
        return Invoice.Note(body, subjectCode: TextSubjectCode(rawValue: subject))
    }

    // MARK: Parties

    private func seller(_ party: UBLNode) throws(FacturXError) -> Invoice.Seller {
        let legalEntity = try party.requiredCAC("PartyLegalEntity", term: "BT-27")
        let name = try legalEntity.requiredCBC("RegistrationName", term: "BT-27").value
        var seller = Invoice.Seller(name: name)
        seller.tradingName = party.string("PartyName", "Name")
        seller.identifiers = party.cacs("PartyIdentification").compactMap { (identification) -> Identifier? in
            guard let id = identification.cbc("ID"), id.attribute("schemeID") != UBLNamespace.sepaScheme else {
                return nil
            }
            return id.identifier
        }
        seller.legalRegistrationIdentifier = legalEntity.cbc("CompanyID")?.identifier
        seller.additionalLegalInformation = legalEntity.freeText("CompanyLegalForm")
        seller.vatIdentifier = UBLReader.taxSchemeCompanyID(of: party, vat: true)
        seller.taxRegistrationIdentifier = UBLReader.taxSchemeCompanyID(of: party, vat: false)
        seller.electronicAddress = party.cbc("EndpointID").map(UBLReader.electronicAddress)
        seller.postalAddress = try party.cac("PostalAddress").map(UBLReader.address)
        seller.contact = party.cac("Contact").map(UBLReader.contact)
        return seller
    }

    private func buyer(_ party: UBLNode) throws(FacturXError) -> Invoice.Buyer {
        let legalEntity = try party.requiredCAC("PartyLegalEntity", term: "BT-44")
        let name = try legalEntity.requiredCBC("RegistrationName", term: "BT-44").value
        var buyer = Invoice.Buyer(name: name)
        buyer.tradingName = party.string("PartyName", "Name")
        buyer.identifier = party.cacs("PartyIdentification").first?.cbc("ID")?.identifier
        buyer.legalRegistrationIdentifier = legalEntity.cbc("CompanyID")?.identifier
        buyer.vatIdentifier = UBLReader.taxSchemeCompanyID(of: party, vat: true)
        buyer.electronicAddress = party.cbc("EndpointID").map(UBLReader.electronicAddress)
        buyer.postalAddress = try party.cac("PostalAddress").map(UBLReader.address)
        buyer.contact = party.cac("Contact").map(UBLReader.contact)
        return buyer
    }

    private func payee(_ payeeParty: UBLNode) throws(FacturXError) -> Invoice.Payee {
        let name = try payeeParty.requiredCAC("PartyName", term: "BT-59").requiredCBC("Name", term: "BT-59").value
        let identifier = payeeParty.cacs("PartyIdentification").compactMap { (identification) -> Identifier? in
            guard let id = identification.cbc("ID"), id.attribute("schemeID") != UBLNamespace.sepaScheme else {
                return nil
            }
            return id.identifier
        }.first
        return Invoice.Payee(
            name: name,
            identifier: identifier,
            legalRegistrationIdentifier: payeeParty.cac("PartyLegalEntity")?.cbc("CompanyID")?.identifier
        )
    }

    private func taxRepresentative(_ party: UBLNode) throws(FacturXError) -> Invoice.TaxRepresentative {
        let name = try party.requiredCAC("PartyName", term: "BT-62").requiredCBC("Name", term: "BT-62").value
        let address = try UBLReader.address(try party.requiredCAC("PostalAddress", term: "BG-12"))
        guard let vatIdentifier = UBLReader.taxSchemeCompanyID(of: party, vat: true) else {
            throw FacturXError(
                code: .missingElement,
                message: "the seller tax representative has no VAT identifier (BT-63)",
                location: party.path + "/cac:PartyTaxScheme/cbc:CompanyID"
            )
        }
        return Invoice.TaxRepresentative(name: name, vatIdentifier: vatIdentifier, postalAddress: address)
    }

    /// The `cbc:CompanyID` of the first `cac:PartyTaxScheme` whose scheme is VAT (BT-31, BT-48,
    /// BT-63) or, with `vat: false`, is not (BT-32).
    private static func taxSchemeCompanyID(of party: UBLNode, vat: Bool) -> String? {
        for scheme in party.cacs("PartyTaxScheme") {
            let schemeID = scheme.string("TaxScheme", "ID")?.uppercased()
            if (schemeID == UBLNamespace.vatScheme) == vat, let id = scheme.string("CompanyID") {
                return id
            }
        }
        return nil
    }

    private static func electronicAddress(_ node: UBLNode) -> ElectronicAddress {
        ElectronicAddress(node.value, scheme: ElectronicAddressScheme(rawValue: node.attribute("schemeID") ?? ""))
    }

    static func address(_ node: UBLNode) throws(FacturXError) -> PostalAddress {
        let country = try node.requiredCAC("Country", term: "BT-40").requiredCBC("IdentificationCode", term: "BT-40")
        return PostalAddress(
            line1: node.string("StreetName"),
            line2: node.string("AdditionalStreetName"),
            line3: node.cacs("AddressLine").first?.string("Line"),
            city: node.string("CityName"),
            postCode: node.string("PostalZone"),
            countrySubdivision: node.string("CountrySubentity"),
            country: try country.country()
        )
    }

    private static func contact(_ node: UBLNode) -> Contact {
        Contact(name: node.string("Name"), telephone: node.string("Telephone"), email: node.string("ElectronicMail"))
    }

    // MARK: Delivery, periods

    private func delivery(_ node: UBLNode) throws(FacturXError) -> Invoice.Delivery {
        let location = node.cac("DeliveryLocation")
        return Invoice.Delivery(
            deliverToName: node.cac("DeliveryParty")?.string("PartyName", "Name"),
            locationIdentifier: location?.cbc("ID")?.identifier,
            actualDeliveryDate: try node.optionalDate("ActualDeliveryDate"),
            deliverToAddress: try location?.cac("Address").map(UBLReader.address)
        )
    }

    /// A period, or `nil` when it has neither a start nor an end date.
    static func period(_ node: UBLNode) throws(FacturXError) -> Invoice.Period? {
        let period = Invoice.Period(
            startDate: try node.optionalDate("StartDate"),
            endDate: try node.optionalDate("EndDate")
        )
        return period.startDate == nil && period.endDate == nil ? nil : period
    }

    // MARK: Payment

    private func paymentInstructions(supplier: UBLNode) throws(FacturXError) -> Invoice.PaymentInstructions? {
        let allMeans = root.cacs("PaymentMeans")
        // BT-90 sits in the payee's party identification when there is a payee, else the seller's.
        var creditorIdentifier: String?
        for party in [root.cac("PayeeParty"), supplier].compactMap({ $0 }) where creditorIdentifier == nil {
            creditorIdentifier =
                party.cacs("PartyIdentification").compactMap { $0.cbc("ID") }
                .first { $0.attribute("schemeID") == UBLNamespace.sepaScheme }?.value
        }
        guard let first = allMeans.first else {
            return nil
        }
        let code = try first.requiredCBC("PaymentMeansCode", term: "BT-81")
        var instructions = Invoice.PaymentInstructions(
            meansCode: PaymentMeansCode(rawValue: code.value),
            meansText: code.element.attribute("name").flatMap { UBLNode.trimmed($0).isEmpty ? nil : $0 },
            remittanceInformation: first.string("PaymentID")
        )
        for means in allMeans {
            if let account = means.cac("PayeeFinancialAccount"), let id = account.string("ID") {
                instructions.creditTransfers.append(
                    Invoice.PaymentInstructions.CreditTransfer(
                        accountIdentifier: id,
                        accountName: account.freeText("Name"),
                        serviceProviderIdentifier: account.string("FinancialInstitutionBranch", "ID")
                    )
                )
            }
            if instructions.paymentCard == nil, let card = means.cac("CardAccount"),
                let number = card.string("PrimaryAccountNumberID")
            {
                instructions.paymentCard = Invoice.PaymentInstructions.PaymentCard(
                    primaryAccountNumber: number,
                    holderName: card.freeText("HolderName")
                )
            }
            if instructions.directDebit == nil, let mandate = means.cac("PaymentMandate") {
                instructions.directDebit = Invoice.PaymentInstructions.DirectDebit(
                    mandateReference: mandate.string("ID"),
                    debitedAccountIdentifier: mandate.string("PayerFinancialAccount", "ID")
                )
            }
        }
        if let creditorIdentifier {
            var directDebit = instructions.directDebit ?? Invoice.PaymentInstructions.DirectDebit()
            directDebit.creditorIdentifier = creditorIdentifier
            instructions.directDebit = directDebit
        }
        return instructions
    }

    // MARK: Totals

    private func readTaxTotals(into invoice: inout Invoice) throws(FacturXError) {
        var vatTotalSeen = false
        for taxTotal in root.cacs("TaxTotal") {
            let taxAmount = try taxTotal.requiredCBC("TaxAmount", term: "BT-110")
            let currency = taxAmount.attribute("currencyID")
            // BT-111 is the total in the VAT accounting currency (BT-6), or a second total
            // without breakdown.
            let isAccountingCurrency =
                (invoice.vatAccountingCurrency != nil && currency == invoice.vatAccountingCurrency?.rawValue
                    && currency != invoice.currency.rawValue)
                || (vatTotalSeen && taxTotal.cac("TaxSubtotal") == nil)
            if isAccountingCurrency {
                invoice.totals.totalVATInAccountingCurrency = try taxAmount.amount()
                continue
            }
            if !vatTotalSeen {
                invoice.totals.totalVAT = try taxAmount.amount()
                vatTotalSeen = true
            }
            for subtotal in taxTotal.cacs("TaxSubtotal") {
                let category = try subtotal.requiredCAC("TaxCategory", term: "BT-118")
                invoice.vatBreakdown.append(
                    Invoice.VATBreakdown(
                        taxableAmount: try subtotal.requiredCBC("TaxableAmount", term: "BT-116").amount(),
                        taxAmount: try subtotal.requiredCBC("TaxAmount", term: "BT-117").amount(),
                        categoryCode: VATCategoryCode(rawValue: try category.requiredCBC("ID", term: "BT-118").value),
                        rate: try category.optionalPercentage("Percent"),
                        exemptionReason: category.freeText("TaxExemptionReason"),
                        exemptionReasonCode: category.string("TaxExemptionReasonCode")
                            .map(VATExemptionReasonCode.init(rawValue:))
                    )
                )
            }
        }
    }

    private func totals(vat: Invoice.Totals) throws(FacturXError) -> Invoice.Totals {
        let monetary = try root.requiredCAC("LegalMonetaryTotal", term: "BG-22")
        var totals = vat
        totals.sumOfLineNetAmounts = try monetary.optionalAmount("LineExtensionAmount")
        totals.sumOfAllowances = try monetary.optionalAmount("AllowanceTotalAmount")
        totals.sumOfCharges = try monetary.optionalAmount("ChargeTotalAmount")
        totals.totalWithoutVAT = try monetary.requiredCBC("TaxExclusiveAmount", term: "BT-109").amount()
        totals.totalWithVAT = try monetary.requiredCBC("TaxInclusiveAmount", term: "BT-112").amount()
        totals.paidAmount = try monetary.optionalAmount("PrepaidAmount")
        totals.roundingAmount = try monetary.optionalAmount("PayableRoundingAmount")
        totals.amountDue = try monetary.requiredCBC("PayableAmount", term: "BT-115").amount()
        return totals
    }

    // MARK: Supporting documents

    private func supportingDocument(_ node: UBLNode) throws(FacturXError) -> Invoice.SupportingDocument {
        var document = Invoice.SupportingDocument(
            reference: try node.requiredCBC("ID", term: "BT-122").value,
            description: node.freeText("DocumentDescription")
        )
        guard let attachment = node.cac("Attachment") else { return document }
        document.externalLocation = attachment.string("ExternalReference", "URI")
        if let object = attachment.cbc("EmbeddedDocumentBinaryObject") {
            let mimeCode = object.attribute("mimeCode") ?? ""
            let filename = object.attribute("filename") ?? ""
            do {
                document.attachment = try Invoice.BinaryObject(
                    base64Encoded: object.element.text,
                    mimeCode: mimeCode,
                    filename: filename
                )
            } catch {
                throw FacturXError(
                    code: .invalidValue,
                    message: error.message,
                    location: object.path,
                    underlyingError: error
                )
            }
        }
        return document
    }

    // MARK: Lines

    private func line(_ node: UBLNode) throws(FacturXError) -> Invoice.Line {
        let quantityNode = try node.requiredCBC(quantityName, term: "BT-129")
        let itemNode = try node.requiredCAC("Item", term: "BG-31")
        let priceNode = try node.requiredCAC("Price", term: "BG-29")
        let taxCategory = try itemNode.requiredCAC("ClassifiedTaxCategory", term: "BG-30")

        var price = Invoice.Line.PriceDetails(
            netPrice: try priceNode.requiredCBC("PriceAmount", term: "BT-146").amount()
        )
        if let base = priceNode.cbc("BaseQuantity") {
            price.baseQuantity = try base.quantity()
            price.baseQuantityUnitCode = base.attribute("unitCode").map(UnitCode.init(rawValue:))
        }
        if let discount = priceNode.cacs("AllowanceCharge").first {
            price.grossPrice = try discount.optionalAmount("BaseAmount")
            let amount = try discount.optionalAmount("Amount")
            // cbc:Amount is mandatory, so a gross price (BT-148) without discount (BT-147) is
            // written with a zero discount: read that back as no discount.
            price.discount = (amount?.isZero == true && price.grossPrice != nil) ? nil : amount
        }

        var line = Invoice.Line(
            id: try node.requiredCBC("ID", term: "BT-126").value,
            note: node.freeText("Note"),
            quantity: try quantityNode.quantity(),
            unitCode: UnitCode(rawValue: try quantityNode.requiredAttribute("unitCode", term: "BT-130")),
            netAmount: try node.requiredCBC("LineExtensionAmount", term: "BT-131").amount(),
            price: price,
            vat: Invoice.Line.VATInformation(
                categoryCode: VATCategoryCode(rawValue: try taxCategory.requiredCBC("ID", term: "BT-151").value),
                rate: try taxCategory.optionalPercentage("Percent")
            ),
            item: try item(itemNode)
        )
        line.orderLineReference = node.string("OrderLineReference", "LineID")
        line.buyerAccountingReference = node.string("AccountingCost")
        line.period = try node.cac("InvoicePeriod").flatMap(UBLReader.period)
        // BT-128 is the line document reference of type 130; some senders leave the type out.
        let references = node.cacs("DocumentReference")
        let objectReference =
            references.first { $0.string("DocumentTypeCode") == UBLNamespace.invoicedObjectTypeCode }
            ?? references.first { $0.cbc("DocumentTypeCode") == nil }
        line.objectIdentifier = objectReference?.cbc("ID")?.identifier

        for allowanceCharge in node.cacs("AllowanceCharge") {
            let isCharge = try allowanceCharge.requiredCBC("ChargeIndicator", term: "BG-27/BG-28").boolean()
            let amount = try allowanceCharge.requiredCBC("Amount", term: isCharge ? "BT-141" : "BT-136").amount()
            let baseAmount = try allowanceCharge.optionalAmount("BaseAmount")
            let percentage = try allowanceCharge.optionalPercentage("MultiplierFactorNumeric")
            let reason = allowanceCharge.freeText("AllowanceChargeReason")
            let reasonCode = allowanceCharge.string("AllowanceChargeReasonCode")
            if isCharge {
                line.charges.append(
                    Invoice.Line.Charge(
                        amount: amount,
                        baseAmount: baseAmount,
                        percentage: percentage,
                        reason: reason,
                        reasonCode: reasonCode.map(ChargeReasonCode.init(rawValue:))
                    )
                )
            } else {
                line.allowances.append(
                    Invoice.Line.Allowance(
                        amount: amount,
                        baseAmount: baseAmount,
                        percentage: percentage,
                        reason: reason,
                        reasonCode: reasonCode.map(AllowanceReasonCode.init(rawValue:))
                    )
                )
            }
        }
        return line
    }

    private func item(_ node: UBLNode) throws(FacturXError) -> Invoice.Line.Item {
        var item = Invoice.Line.Item(name: try node.requiredCBC("Name", term: "BT-153").element.text)
        item.description = node.freeText("Description")
        item.sellerIdentifier = node.string("SellersItemIdentification", "ID")
        item.buyerIdentifier = node.string("BuyersItemIdentification", "ID")
        item.standardIdentifier = node.cac("StandardItemIdentification")?.cbc("ID")?.identifier
        item.countryOfOrigin = try node.cac("OriginCountry")?.cbc("IdentificationCode")?.country()
        item.classifications = node.cacs("CommodityClassification").compactMap { classification in
            guard let code = classification.cbc("ItemClassificationCode") else { return nil }
            return Invoice.Line.Item.Classification(
                code.value,
                schemeID: code.attribute("listID"),
                schemeVersion: code.attribute("listVersionID")
            )
        }
        item.attributes = node.cacs("AdditionalItemProperty").map { property in
            Invoice.Line.Item.Attribute(name: property.freeText("Name") ?? "", value: property.freeText("Value") ?? "")
        }
        return item
    }
}
