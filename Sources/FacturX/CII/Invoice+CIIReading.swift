// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

package import FactureModel

extension Invoice {
    /// Reads an invoice from a parsed UN/CEFACT Cross Industry Invoice (Factur-X / ZUGFeRD 2.x
    /// CII D16B, or CII D22B as EXTENDED-CTC-FR uses it).
    ///
    /// Every business term the model holds is read where the EN 16931 CII binding puts it; a
    /// missing optional term is `nil`, and missing mandatory terms are reported later by
    /// validation, except those without which the model cannot be built.
    ///
    /// - Throws: ``/FacturX/FacturXError`` with code `unsupportedDocument` when the root is not
    ///   `rsm:CrossIndustryInvoice`, `invalidValue` for an unreadable date, amount or code
    ///   (`location` names the element), `missingElement` when the model cannot be built.
    package init(ciiDocument document: XMLDocument) throws(FacturXError) {
        self = try CIIReader.invoice(from: document)
    }
}

/// Reads the model from a CII tree.
enum CIIReader {
    static func invoice(from document: XMLDocument) throws(FacturXError) -> Invoice {
        let rootElement = document.root
        guard rootElement.namespace == CIINamespace.rsm, rootElement.name == "CrossIndustryInvoice" else {
            throw FacturXError(
                code: .unsupportedDocument,
                message: "the root element is \(rootElement.name) in namespace \(rootElement.namespace ?? "none"), "
                    + "not rsm:CrossIndustryInvoice",
                location: "/" + rootElement.name
            )
        }
        let root = CIINode(rootElement, path: "/rsm:CrossIndustryInvoice")
        let context = root.child("ExchangedDocumentContext", CIINamespace.rsm)
        guard let header = root.child("ExchangedDocument", CIINamespace.rsm) else {
            throw missing("rsm:ExchangedDocument", in: root.path, term: "BT-1")
        }
        guard let transaction = root.child("SupplyChainTradeTransaction", CIINamespace.rsm) else {
            throw missing("rsm:SupplyChainTradeTransaction", in: root.path, term: "BG-4")
        }
        let agreement = transaction.child("ApplicableHeaderTradeAgreement")
        let delivery = transaction.child("ApplicableHeaderTradeDelivery")
        let settlement = transaction.child("ApplicableHeaderTradeSettlement")

        // BT-1, BT-2, BT-3
        let number = header.string("ID") ?? ""
        guard let issueDateNode = header.child("IssueDateTime") else {
            throw missing("ram:IssueDateTime", in: header.path, term: "BT-2")
        }
        guard let issueDate = try issueDateNode.dateValue() else {
            throw missing("udt:DateTimeString", in: issueDateNode.path, term: "BT-2")
        }
        // BG-4, BG-7
        guard let sellerNode = agreement?.child("SellerTradeParty") else {
            throw missing("ram:SellerTradeParty", in: agreement?.path ?? transaction.path, term: "BG-4")
        }
        guard let buyerNode = agreement?.child("BuyerTradeParty") else {
            throw missing("ram:BuyerTradeParty", in: agreement?.path ?? transaction.path, term: "BG-7")
        }
        var invoice = Invoice(
            number: number,
            issueDate: issueDate,
            seller: try seller(sellerNode),
            buyer: try buyer(buyerNode)
        )
        if let typeCode = header.string("TypeCode") {
            invoice.typeCode = DocumentTypeCode(typeCode)
        }
        // BG-1
        invoice.notes = header.children("IncludedNote").compactMap { note in
            guard
                let text = note.children("Content").compactMap({
                    $0.element.text.trimmedCII().isEmpty ? nil : $0.element.text
                }).joinedOrNil("\n")
            else { return nil }
            return Invoice.Note(text, subjectCode: note.string("SubjectCode").map(TextSubjectCode.init(rawValue:)))
        }
        // BG-2
        invoice.processControl = Invoice.ProcessControl(
            businessProcessType: context?.child("BusinessProcessSpecifiedDocumentContextParameter")?.string("ID"),
            specificationIdentifier: context?.child("GuidelineSpecifiedDocumentContextParameter")?.string("ID") ?? ""
        )

        if let agreement { try readAgreement(agreement, into: &invoice) }
        if let delivery { try readDelivery(delivery, into: &invoice) }
        if let settlement { try readSettlement(settlement, into: &invoice) }

        // BG-25
        var lines: [Invoice.Line] = []
        for node in transaction.children("IncludedSupplyChainTradeLineItem") {
            lines.append(try line(node))
        }
        invoice.lines = lines
        return invoice
    }

    // MARK: Agreement

    private static func readAgreement(_ agreement: CIINode, into invoice: inout Invoice) throws(FacturXError) {
        invoice.buyerReference = agreement.string("BuyerReference")  // BT-10
        if let representative = agreement.child("SellerTaxRepresentativeTradeParty") {
            invoice.sellerTaxRepresentative = try taxRepresentative(representative)  // BG-11
        }
        // BT-14
        invoice.salesOrderReference = agreement.child("SellerOrderReferencedDocument")?.string("IssuerAssignedID")
        // BT-13
        invoice.purchaseOrderReference = agreement.child("BuyerOrderReferencedDocument")?.string("IssuerAssignedID")
        invoice.contractReference = agreement.child("ContractReferencedDocument")?.string("IssuerAssignedID")  // BT-12
        invoice.projectReference = agreement.child("SpecifiedProcuringProject")?.string("ID")  // BT-11
        var documents: [Invoice.SupportingDocument] = []
        for document in agreement.children("AdditionalReferencedDocument") {
            let reference = document.string("IssuerAssignedID")
            switch document.string("TypeCode") {
            case "50":  // BT-17
                if invoice.tenderOrLotReference == nil { invoice.tenderOrLotReference = reference }
            case "130":  // BT-18
                if invoice.invoicedObjectIdentifier == nil, let reference {
                    invoice.invoicedObjectIdentifier = Identifier(
                        reference,
                        schemeID: document.string("ReferenceTypeCode")
                    )
                }
            default:  // BG-24 (916 and anything else)
                var supporting = Invoice.SupportingDocument(reference: reference ?? "")
                supporting.description = document.freeText("Name")
                supporting.externalLocation = document.string("URIID")
                if let binary = document.child("AttachmentBinaryObject") {
                    do {
                        supporting.attachment = try Invoice.BinaryObject(
                            base64Encoded: binary.element.text,
                            mimeCode: binary.attribute("mimeCode") ?? "",
                            filename: binary.attribute("filename") ?? ""
                        )
                    } catch {
                        throw FacturXError(
                            code: .invalidValue,
                            message: "the attachment is not valid base64",
                            location: binary.path,
                            underlyingError: error
                        )
                    }
                }
                documents.append(supporting)
            }
        }
        invoice.supportingDocuments = documents
    }

    // MARK: Delivery

    private static func readDelivery(_ node: CIINode, into invoice: inout Invoice) throws(FacturXError) {
        var delivery = invoice.delivery ?? Invoice.Delivery()
        if let shipTo = node.child("ShipToTradeParty") {
            delivery.deliverToName = shipTo.string("Name")  // BT-70
            delivery.locationIdentifier = partyIdentifiers(shipTo).first  // BT-71
            delivery.deliverToAddress = try address(shipTo.child("PostalTradeAddress"))  // BG-15
        }
        // BT-72
        delivery.actualDeliveryDate = try node.child("ActualDeliverySupplyChainEvent")?.date("OccurrenceDateTime")
        invoice.delivery = delivery == Invoice.Delivery() ? nil : delivery
        // BT-16
        invoice.despatchAdviceReference = node.child("DespatchAdviceReferencedDocument")?.string("IssuerAssignedID")
        // BT-15
        invoice.receivingAdviceReference = node.child("ReceivingAdviceReferencedDocument")?.string("IssuerAssignedID")
    }

    // MARK: Settlement

    private static func readSettlement(_ node: CIINode, into invoice: inout Invoice) throws(FacturXError) {
        if let code = node.string("InvoiceCurrencyCode") {  // BT-5
            invoice.currency = try currency(code, at: node.path + "/ram:InvoiceCurrencyCode")
        }
        if let code = node.string("TaxCurrencyCode") {  // BT-6
            invoice.vatAccountingCurrency = try currency(code, at: node.path + "/ram:TaxCurrencyCode")
        }
        // BG-10
        if let payeeNode = node.child("PayeeTradeParty") {
            invoice.payee = Invoice.Payee(
                name: payeeNode.string("Name") ?? "",
                identifier: partyIdentifiers(payeeNode).first,
                legalRegistrationIdentifier: payeeNode.child("SpecifiedLegalOrganization")?.identifier("ID")
            )
        }
        // BG-16
        invoice.paymentInstructions = paymentInstructions(node)
        // BG-23, BT-7, BT-8
        var breakdown: [Invoice.VATBreakdown] = []
        for tax in node.children("ApplicableTradeTax") {
            var entry = Invoice.VATBreakdown(
                taxableAmount: try tax.requiredDecimal("BasisAmount", term: "BT-116"),
                taxAmount: try tax.decimal("CalculatedAmount") ?? .zero,
                categoryCode: VATCategoryCode(rawValue: tax.string("CategoryCode") ?? "")
            )
            entry.rate = try tax.decimal("RateApplicablePercent")
            entry.exemptionReason = tax.freeText("ExemptionReason")
            entry.exemptionReasonCode = tax.string("ExemptionReasonCode").map(VATExemptionReasonCode.init(rawValue:))
            breakdown.append(entry)
            if invoice.vatPointDate == nil { invoice.vatPointDate = try tax.date("TaxPointDate") }
            if invoice.vatPointDateCode == nil, let code = tax.string("DueDateTypeCode") {
                invoice.vatPointDateCode = VATPointDateCode(ciiCode: code) ?? VATPointDateCode(rawValue: code)
            }
        }
        invoice.vatBreakdown = breakdown
        // BG-14
        if let periodNode = node.child("BillingSpecifiedPeriod"), let period = try period(periodNode) {
            invoice.invoicingPeriod = period
        }
        // BG-20, BG-21
        for charge in node.children("SpecifiedTradeAllowanceCharge") {
            let isCharge = charge.child("ChargeIndicator")?.child("Indicator", CIINamespace.udt)?.trimmedText == "true"
            let amount: Amount = try charge.requiredDecimal("ActualAmount", term: isCharge ? "BT-99" : "BT-92")
            let tax = charge.child("CategoryTradeTax")
            let category = VATCategoryCode(rawValue: tax?.string("CategoryCode") ?? "")
            let rate: Percentage? = try tax?.decimal("RateApplicablePercent")
            if isCharge {
                var entry = Invoice.Charge(amount: amount, vatCategoryCode: category)
                entry.baseAmount = try charge.decimal("BasisAmount")
                entry.percentage = try charge.decimal("CalculationPercent")
                entry.vatRate = rate
                entry.reason = charge.freeText("Reason")
                entry.reasonCode = charge.string("ReasonCode").map(ChargeReasonCode.init(rawValue:))
                invoice.charges.append(entry)
            } else {
                var entry = Invoice.Allowance(amount: amount, vatCategoryCode: category)
                entry.baseAmount = try charge.decimal("BasisAmount")
                entry.percentage = try charge.decimal("CalculationPercent")
                entry.vatRate = rate
                entry.reason = charge.freeText("Reason")
                entry.reasonCode = charge.string("ReasonCode").map(AllowanceReasonCode.init(rawValue:))
                invoice.allowances.append(entry)
            }
        }
        // BT-20, BT-9 (BT-89 is read with the payment instructions)
        let terms = node.children("SpecifiedTradePaymentTerms")
        invoice.paymentTerms = terms.compactMap { $0.freeText("Description") }.joinedOrNil("\n")
        for term in terms where invoice.dueDate == nil {
            invoice.dueDate = try term.date("DueDateDateTime")
        }
        // BG-22
        if let sums = node.child("SpecifiedTradeSettlementHeaderMonetarySummation") {
            try readTotals(sums, into: &invoice)
        } else {
            throw missing("ram:SpecifiedTradeSettlementHeaderMonetarySummation", in: node.path, term: "BG-22")
        }
        // BG-3
        var preceding: [Invoice.PrecedingInvoiceReference] = []
        for reference in node.children("InvoiceReferencedDocument") {
            guard let number = reference.string("IssuerAssignedID") else { continue }
            preceding.append(
                Invoice.PrecedingInvoiceReference(
                    number: number,
                    issueDate: try reference.date("FormattedIssueDateTime")
                )
            )
        }
        invoice.precedingInvoices = preceding
        // BT-19
        invoice.buyerAccountingReference = node.child("ReceivableSpecifiedTradeAccountingAccount")?.string("ID")
    }

    private static func readTotals(_ sums: CIINode, into invoice: inout Invoice) throws(FacturXError) {
        var totals = Invoice.Totals()
        totals.sumOfLineNetAmounts = try sums.decimal("LineTotalAmount")  // BT-106
        totals.sumOfCharges = try sums.decimal("ChargeTotalAmount")  // BT-108
        totals.sumOfAllowances = try sums.decimal("AllowanceTotalAmount")  // BT-107
        totals.totalWithoutVAT = try sums.requiredDecimal("TaxBasisTotalAmount", term: "BT-109")
        // BT-110 in the invoice currency, BT-111 in the VAT accounting currency.
        for taxTotal in sums.children("TaxTotalAmount") {
            let amount = try taxTotal.decimalValue(Amount.self)
            let currencyID = taxTotal.attribute("currencyID")
            if let accounting = invoice.vatAccountingCurrency, accounting != invoice.currency,
                currencyID == accounting.rawValue
            {
                totals.totalVATInAccountingCurrency = amount
            } else if totals.totalVAT == nil {
                totals.totalVAT = amount
            } else if totals.totalVATInAccountingCurrency == nil {
                totals.totalVATInAccountingCurrency = amount
            }
        }
        totals.roundingAmount = try sums.decimal("RoundingAmount")  // BT-114
        totals.totalWithVAT = try sums.requiredDecimal("GrandTotalAmount", term: "BT-112")
        totals.paidAmount = try sums.decimal("TotalPrepaidAmount")  // BT-113
        totals.amountDue = try sums.requiredDecimal("DuePayableAmount", term: "BT-115")
        invoice.totals = totals
    }

    private static func paymentInstructions(_ node: CIINode) -> Invoice.PaymentInstructions? {
        let means = node.children("SpecifiedTradeSettlementPaymentMeans")
        let mandate = node.children("SpecifiedTradePaymentTerms").lazy.compactMap { $0.string("DirectDebitMandateID") }
            .first
        let creditorID = node.string("CreditorReferenceID")
        let remittance = node.string("PaymentReference")
        guard !means.isEmpty || mandate != nil || creditorID != nil || remittance != nil else { return nil }
        var instructions = Invoice.PaymentInstructions(
            meansCode: PaymentMeansCode(rawValue: means.first?.string("TypeCode") ?? "")
        )
        instructions.meansText = means.first?.freeText("Information")  // BT-82
        instructions.remittanceInformation = remittance  // BT-83
        for entry in means {
            // BG-17
            for account in entry.children("PayeePartyCreditorFinancialAccount") {
                guard let id = account.string("IBANID") ?? account.string("ProprietaryID") else { continue }
                instructions.creditTransfers.append(
                    Invoice.PaymentInstructions.CreditTransfer(
                        accountIdentifier: id,
                        accountName: account.freeText("AccountName"),
                        serviceProviderIdentifier: entry.child("PayeeSpecifiedCreditorFinancialInstitution")?.string(
                            "BICID"
                        )
                    )
                )
            }
            // BG-18
            if instructions.paymentCard == nil, let card = entry.child("ApplicableTradeSettlementFinancialCard"),
                let pan = card.string("ID")
            {
                instructions.paymentCard = Invoice.PaymentInstructions.PaymentCard(
                    primaryAccountNumber: pan,
                    holderName: card.freeText("CardholderName")
                )
            }
        }
        // BG-19
        let debited = means.lazy.compactMap { $0.child("PayerPartyDebtorFinancialAccount")?.string("IBANID") }.first
        if mandate != nil || creditorID != nil || debited != nil {
            instructions.directDebit = Invoice.PaymentInstructions.DirectDebit(
                mandateReference: mandate,
                creditorIdentifier: creditorID,
                debitedAccountIdentifier: debited
            )
        }
        return instructions
    }

    // MARK: Parties

    /// `ram:ID` (no scheme) and `ram:GlobalID` (with `schemeID`), in document order.
    private static func partyIdentifiers(_ party: CIINode) -> [Identifier] {
        var result: [Identifier] = []
        for child in party.element.children where child.namespace == CIINamespace.ram {
            guard child.name == "ID" || child.name == "GlobalID" else { continue }
            let node = CIINode(child, path: party.path + "/ram:" + child.name)
            if let identifier = node.identifierValue { result.append(identifier) }
        }
        return result
    }

    private static func taxRegistrations(_ party: CIINode) -> (vat: String?, local: String?) {
        var vat: String?
        var local: String?
        for registration in party.children("SpecifiedTaxRegistration") {
            guard let id = registration.child("ID") else { continue }
            let text = id.trimmedText
            guard !text.isEmpty else { continue }
            switch id.attribute("schemeID") {
            case "FC": if local == nil { local = text }
            default: if vat == nil { vat = text }
            }
        }
        return (vat, local)
    }

    private static func seller(_ node: CIINode) throws(FacturXError) -> Invoice.Seller {
        var seller = Invoice.Seller(name: node.string("Name") ?? "")  // BT-27
        seller.identifiers = partyIdentifiers(node)  // BT-29
        let legal = node.child("SpecifiedLegalOrganization")
        seller.legalRegistrationIdentifier = legal?.identifier("ID")  // BT-30
        seller.tradingName = legal?.string("TradingBusinessName")  // BT-28
        seller.additionalLegalInformation = node.freeText("Description")  // BT-33
        let (vat, local) = taxRegistrations(node)
        seller.vatIdentifier = vat  // BT-31
        seller.taxRegistrationIdentifier = local  // BT-32
        seller.electronicAddress = electronicAddress(node)  // BT-34
        seller.postalAddress = try address(node.child("PostalTradeAddress"))  // BG-5
        seller.contact = contact(node)  // BG-6
        return seller
    }

    private static func buyer(_ node: CIINode) throws(FacturXError) -> Invoice.Buyer {
        var buyer = Invoice.Buyer(name: node.string("Name") ?? "")  // BT-44
        buyer.identifier = partyIdentifiers(node).first  // BT-46
        let legal = node.child("SpecifiedLegalOrganization")
        buyer.legalRegistrationIdentifier = legal?.identifier("ID")  // BT-47
        buyer.tradingName = legal?.string("TradingBusinessName")  // BT-45
        buyer.vatIdentifier = taxRegistrations(node).vat  // BT-48
        buyer.electronicAddress = electronicAddress(node)  // BT-49
        buyer.postalAddress = try address(node.child("PostalTradeAddress"))  // BG-8
        buyer.contact = contact(node)  // BG-9
        return buyer
    }

    private static func taxRepresentative(_ node: CIINode) throws(FacturXError) -> Invoice.TaxRepresentative {
        guard let address = try address(node.child("PostalTradeAddress")) else {
            throw missing("ram:PostalTradeAddress", in: node.path, term: "BG-12")
        }
        guard let vat = taxRegistrations(node).vat else {
            throw missing("ram:SpecifiedTaxRegistration", in: node.path, term: "BT-63")
        }
        return Invoice.TaxRepresentative(name: node.string("Name") ?? "", vatIdentifier: vat, postalAddress: address)
    }

    private static func electronicAddress(_ party: CIINode) -> ElectronicAddress? {
        guard let uri = party.child("URIUniversalCommunication")?.child("URIID") else { return nil }
        let value = uri.trimmedText
        guard !value.isEmpty else { return nil }
        return ElectronicAddress(value, scheme: ElectronicAddressScheme(rawValue: uri.attribute("schemeID") ?? ""))
    }

    private static func contact(_ party: CIINode) -> Contact? {
        guard let node = party.child("DefinedTradeContact") else { return nil }
        let contact = Contact(
            name: node.string("PersonName") ?? node.string("DepartmentName"),
            telephone: node.child("TelephoneUniversalCommunication")?.string("CompleteNumber"),
            email: node.child("EmailURIUniversalCommunication")?.string("URIID")
        )
        return contact == Contact() ? nil : contact
    }

    private static func address(_ node: CIINode?) throws(FacturXError) -> PostalAddress? {
        guard let node else { return nil }
        let line1 = node.string("LineOne")
        let line2 = node.string("LineTwo")
        let line3 = node.string("LineThree")
        let city = node.string("CityName")
        let postCode = node.string("PostcodeCode")
        let subdivision = node.string("CountrySubDivisionName")
        guard let countryText = node.string("CountryID") else {
            if [line1, line2, line3, city, postCode, subdivision].allSatisfy({ $0 == nil }) { return nil }
            throw missing("ram:CountryID", in: node.path, term: "country code of a postal address")
        }
        guard let country = CountryCode(rawValue: countryText) else {
            throw FacturXError(
                code: .invalidValue,
                message: "'\(countryText)' is not an ISO 3166-1 alpha-2 country code",
                location: node.path + "/ram:CountryID"
            )
        }
        return PostalAddress(
            line1: line1,
            line2: line2,
            line3: line3,
            city: city,
            postCode: postCode,
            countrySubdivision: subdivision,
            country: country
        )
    }

    // MARK: Lines

    private static func line(_ node: CIINode) throws(FacturXError) -> Invoice.Line {
        let document = node.child("AssociatedDocumentLineDocument")
        let product = node.child("SpecifiedTradeProduct")
        let agreement = node.child("SpecifiedLineTradeAgreement")
        let lineDelivery = node.child("SpecifiedLineTradeDelivery")
        let lineSettlement = node.child("SpecifiedLineTradeSettlement")

        // BG-29
        let netPriceNode = agreement?.child("NetPriceProductTradePrice")
        let grossPriceNode = agreement?.child("GrossPriceProductTradePrice")
        var price = Invoice.Line.PriceDetails(
            netPrice: try netPriceNode?.decimal("ChargeAmount") ?? .zero  // BT-146
        )
        price.grossPrice = try grossPriceNode?.decimal("ChargeAmount")  // BT-148
        if let discounts = grossPriceNode?.children("AppliedTradeAllowanceCharge") {
            for discount in discounts {
                let isCharge =
                    discount.child("ChargeIndicator")?.child("Indicator", CIINamespace.udt)?.trimmedText == "true"
                guard !isCharge, let amount: Amount = try discount.decimal("ActualAmount") else { continue }
                price.discount = (price.discount ?? .zero) + amount  // BT-147
            }
        }
        let basis = netPriceNode?.child("BasisQuantity") ?? grossPriceNode?.child("BasisQuantity")
        price.baseQuantity = try basis?.decimalValue(Quantity.self)  // BT-149
        price.baseQuantityUnitCode = basis?.attribute("unitCode").map(UnitCode.init(rawValue:))  // BT-150

        // BG-30
        let tax = lineSettlement?.child("ApplicableTradeTax")
        var vat = Invoice.Line.VATInformation(
            categoryCode: VATCategoryCode(rawValue: tax?.string("CategoryCode") ?? "")
        )
        vat.rate = try tax?.decimal("RateApplicablePercent")
        vat.exemptionReason = tax?.freeText("ExemptionReason")  // EXT-FR-FE-178
        vat.exemptionReasonCode = tax?.string("ExemptionReasonCode").map(VATExemptionReasonCode.init(rawValue:))
        vat.pointDateCode = tax?.string("DueDateTypeCode").map {  // EXT-FR-FE-180
            VATPointDateCode(ciiCode: $0) ?? VATPointDateCode(rawValue: $0)
        }

        let quantityNode = lineDelivery?.child("BilledQuantity")
        let summation = lineSettlement?.child("SpecifiedTradeSettlementLineMonetarySummation")
        var line = Invoice.Line(
            id: document?.string("LineID") ?? "",  // BT-126
            quantity: try quantityNode?.decimalValue(Quantity.self) ?? .zero,  // BT-129
            unitCode: UnitCode(rawValue: quantityNode?.attribute("unitCode") ?? ""),  // BT-130
            netAmount: try summation?.decimal("LineTotalAmount") ?? .zero,  // BT-131
            price: price,
            vat: vat,
            item: try item(product)
        )
        // Factur-X EXTENDED sub-lines
        line.parentLineID = document?.string("ParentLineID")  // EXT-FR-FE-162
        line.statusCode = document?.string("LineStatusCode")
        line.statusReasonCode = document?.string("LineStatusReasonCode")  // EXT-FR-FE-163
        if let party = agreement?.child("ItemSellerTradeParty") {
            line.itemSeller = try seller(party)  // EXT-FR-FE-164 to EXT-FR-FE-177
        }
        line.vatAmount = try summation?.decimal("TaxTotalAmount")  // EXT-FR-FE-181
        line.amountWithVAT = try summation?.decimal("GrandTotalAmount")  // EXT-FR-FE-184
        if quantityNode == nil { line.unstatedTerms.insert(.quantity) }
        if netPriceNode == nil { line.unstatedTerms.insert(.netPrice) }
        if tax?.child("CategoryCode") == nil { line.unstatedTerms.insert(.vatCategory) }
        // BT-127
        line.note = document?.children("IncludedNote").compactMap { $0.freeText("Content") }.joinedOrNil("\n")
        line.orderLineReference = agreement?.child("BuyerOrderReferencedDocument")?.string("LineID")  // BT-132
        if let settlement = lineSettlement {
            if let periodNode = settlement.child("BillingSpecifiedPeriod") {
                line.period = try period(periodNode)  // BG-26
            }
            for reference in settlement.children("AdditionalReferencedDocument")
            where reference.string("TypeCode") == "130" {
                guard let id = reference.string("IssuerAssignedID") else { continue }  // BT-128
                let identifier = Identifier(id, schemeID: reference.string("ReferenceTypeCode"))
                if line.objectIdentifier == nil {
                    line.objectIdentifier = identifier
                } else {
                    line.additionalObjectIdentifiers.append(identifier)  // Factur-X EXTENDED
                }
            }
            // BT-133
            line.buyerAccountingReference = settlement.child("ReceivableSpecifiedTradeAccountingAccount")?.string("ID")
            // BG-27, BG-28
            for charge in settlement.children("SpecifiedTradeAllowanceCharge") {
                let isCharge =
                    charge.child("ChargeIndicator")?.child("Indicator", CIINamespace.udt)?.trimmedText == "true"
                let amount: Amount = try charge.requiredDecimal("ActualAmount", term: isCharge ? "BT-141" : "BT-136")
                if isCharge {
                    var entry = Invoice.Line.Charge(amount: amount)
                    entry.baseAmount = try charge.decimal("BasisAmount")
                    entry.percentage = try charge.decimal("CalculationPercent")
                    entry.reason = charge.freeText("Reason")
                    entry.reasonCode = charge.string("ReasonCode").map(ChargeReasonCode.init(rawValue:))
                    line.charges.append(entry)
                } else {
                    var entry = Invoice.Line.Allowance(amount: amount)
                    entry.baseAmount = try charge.decimal("BasisAmount")
                    entry.percentage = try charge.decimal("CalculationPercent")
                    entry.reason = charge.freeText("Reason")
                    entry.reasonCode = charge.string("ReasonCode").map(AllowanceReasonCode.init(rawValue:))
                    line.allowances.append(entry)
                }
            }
        }
        return line
    }

    private static func item(_ product: CIINode?) throws(FacturXError) -> Invoice.Line.Item {
        var item = Invoice.Line.Item(name: product?.freeText("Name") ?? "")  // BT-153
        guard let product else { return item }
        item.description = product.freeText("Description")  // BT-154
        item.sellerIdentifier = product.string("SellerAssignedID")  // BT-155
        item.buyerIdentifier = product.string("BuyerAssignedID")  // BT-156
        item.standardIdentifier = product.identifier("GlobalID")  // BT-157
        item.classifications = product.children("DesignatedProductClassification").compactMap { node in  // BT-158
            guard let code = node.child("ClassCode"), !code.trimmedText.isEmpty else { return nil }
            return Invoice.Line.Item.Classification(
                code.trimmedText,
                schemeID: code.attribute("listID"),
                schemeVersion: code.attribute("listVersionID")
            )
        }
        if let origin = product.child("OriginTradeCountry")?.string("ID") {  // BT-159
            guard let country = CountryCode(rawValue: origin) else {
                throw FacturXError(
                    code: .invalidValue,
                    message: "'\(origin)' is not an ISO 3166-1 alpha-2 country code",
                    location: product.path + "/ram:OriginTradeCountry/ram:ID"
                )
            }
            item.countryOfOrigin = country
        }
        item.attributes = product.children("ApplicableProductCharacteristic").compactMap { node in  // BG-32
            guard let name = node.freeText("Description"), let value = node.freeText("Value") else { return nil }
            return Invoice.Line.Item.Attribute(name: name, value: value)
        }
        return item
    }

    private static func period(_ node: CIINode) throws(FacturXError) -> Invoice.Period? {
        let period = Invoice.Period(startDate: try node.date("StartDateTime"), endDate: try node.date("EndDateTime"))
        return period.startDate == nil && period.endDate == nil ? nil : period
    }

    // MARK: Helpers

    private static func currency(_ code: String, at location: String) throws(FacturXError) -> CurrencyCode {
        do {
            return try CurrencyCode(code)
        } catch {
            throw FacturXError(
                code: .invalidValue,
                message: "'\(code)' is not an ISO 4217 currency code",
                location: location,
                underlyingError: error
            )
        }
    }

    private static func missing(_ element: String, in path: String, term: String) -> FacturXError {
        FacturXError(code: .missingElement, message: "missing \(element) (\(term))", location: path)
    }
}

extension Array where Element == String {
    /// The strings joined by `separator`, or `nil` when there are none.
    func joinedOrNil(_ separator: String) -> String? {
        isEmpty ? nil : joined(separator: separator)
    }
}
