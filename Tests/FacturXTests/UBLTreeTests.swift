// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import Testing

@testable import FacturX

/// UBL reading and writing on trees built in code, without the XML parser.
@Suite("UBL tree mapping")
struct UBLTreeTests {
    static let cbc = UBLNamespace.cbc
    static let cac = UBLNamespace.cac

    @Test("an invoice using every EN 16931 term survives model → UBL tree → model")
    func fullInvoiceRoundTrip() throws {
        let invoice = try UBLTreeTests.fullInvoice(typeCode: .commercialInvoice)
        let tree = invoice.ublDocument()
        #expect(tree.root.name == "Invoice")
        #expect(tree.root.namespace == UBLNamespace.invoice)
        let back = try Invoice(ublDocument: tree)
        #expect(back == invoice)
    }

    @Test("a credit note uses the CreditNote root, CreditNoteLine and CreditedQuantity, and round-trips")
    func creditNoteRoundTrip() throws {
        let invoice = try UBLTreeTests.fullInvoice(typeCode: .creditNote)
        let tree = invoice.ublDocument()
        #expect(tree.root.name == "CreditNote")
        #expect(tree.root.namespace == UBLNamespace.creditNote)
        #expect(tree.root.child(UBLTreeTests.cbc, "CreditNoteTypeCode")?.text == "381")
        #expect(tree.root.child(UBLTreeTests.cbc, "DueDate") == nil)
        let line = try #require(tree.root.child(UBLTreeTests.cac, "CreditNoteLine"))
        #expect(line.child(UBLTreeTests.cbc, "CreditedQuantity")?.attribute("unitCode") == "HUR")
        #expect(tree.root.child(UBLTreeTests.cac, "InvoiceLine") == nil)
        #expect(tree.root.child(UBLTreeTests.cac, "ProjectReference") == nil)
        let back = try Invoice(ublDocument: tree)
        #expect(back == invoice)
    }

    @Test("a credit note without payment means keeps its due date")
    func creditNoteDueDateWithoutPaymentMeans() throws {
        var invoice = try UBLTreeTests.fullInvoice(typeCode: .selfBilledCreditNote)
        invoice.paymentInstructions = nil
        let back = try Invoice(ublDocument: invoice.ublDocument())
        #expect(back.dueDate == invoice.dueDate)
        #expect(back == invoice)
    }

    @Test("every amount carries currencyID, the VAT accounting total its own currency")
    func currencyOnEveryAmount() throws {
        let tree = try UBLTreeTests.fullInvoice(typeCode: .commercialInvoice).ublDocument()
        var amounts: [XMLElement] = []
        func collect(_ element: XMLElement) {
            if element.name.hasSuffix("Amount") { amounts.append(element) }
            element.children.forEach(collect)
        }
        collect(tree.root)
        #expect(amounts.count > 20)
        for amount in amounts {
            #expect(amount.attribute("currencyID") != nil, "\(amount.name) has no currencyID")
        }
        let taxTotals = tree.root.children(UBLTreeTests.cac, "TaxTotal")
        #expect(taxTotals.map { $0.child(UBLTreeTests.cbc, "TaxAmount")?.attribute("currencyID") } == ["EUR", "USD"])
    }

    @Test("the header follows the UBL 2.1 Invoice sequence")
    func headerOrder() throws {
        let tree = try UBLTreeTests.fullInvoice(typeCode: .commercialInvoice).ublDocument()
        let names = tree.root.children.map(\.name)
        let expected = [
            "CustomizationID", "ProfileID", "ID", "IssueDate", "DueDate", "InvoiceTypeCode", "Note", "TaxPointDate",
            "DocumentCurrencyCode", "TaxCurrencyCode", "AccountingCost", "BuyerReference", "InvoicePeriod",
            "OrderReference", "BillingReference", "DespatchDocumentReference", "ReceiptDocumentReference",
            "OriginatorDocumentReference", "ContractDocumentReference", "AdditionalDocumentReference",
            "ProjectReference", "AccountingSupplierParty", "AccountingCustomerParty", "PayeeParty",
            "TaxRepresentativeParty", "Delivery", "PaymentMeans", "PaymentTerms", "AllowanceCharge", "TaxTotal",
            "LegalMonetaryTotal", "InvoiceLine",
        ]
        var deduplicated: [String] = []
        for name in names where deduplicated.last != name { deduplicated.append(name) }
        #expect(deduplicated == expected)
    }

    @Test("a root that is neither Invoice nor CreditNote is an unsupported document")
    func wrongRoot() {
        let document = XMLDocument(
            root: XMLElement(
                namespace: "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
                name: "CrossIndustryInvoice"
            )
        )
        #expect(throws: FacturXError.self) { try Invoice(ublDocument: document) }
        do {
            _ = try Invoice(ublDocument: document)
        } catch {
            #expect(error.code == .unsupportedDocument)
        }
    }

    @Test("an unreadable amount is an invalid value located by its path")
    func badAmount() throws {
        var tree = try UBLTreeTests.fullInvoice(typeCode: .commercialInvoice).ublDocument()
        tree.root = UBLTreeTests.replacingText(in: tree.root, element: "PayableAmount", with: "12,50")
        do {
            _ = try Invoice(ublDocument: tree)
            Issue.record("no error thrown")
        } catch {
            #expect(error.code == .invalidValue)
            #expect(error.location == "/Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount")
        }
    }

    @Test("a bad date is an invalid value; a missing invoice number is a missing element")
    func badDateAndMissingNumber() throws {
        var tree = try UBLTreeTests.fullInvoice(typeCode: .commercialInvoice).ublDocument()
        tree.root = UBLTreeTests.replacingText(in: tree.root, element: "IssueDate", with: "24/11/2026")
        #expect(throws: FacturXError.invalidValueSample) { try Invoice(ublDocument: tree) }

        var missing = try UBLTreeTests.fullInvoice(typeCode: .commercialInvoice).ublDocument()
        missing.root.content.removeAll {
            if case .element(let element) = $0 { element.name == "ID" } else { false }
        }
        do {
            _ = try Invoice(ublDocument: missing)
            Issue.record("no error thrown")
        } catch {
            #expect(error.code == .missingElement)
            #expect(error.location == "/Invoice/cbc:ID")
        }
    }

    @Test("unknown codes are kept verbatim")
    func unknownCodes() throws {
        var invoice = try UBLTreeTests.fullInvoice(typeCode: DocumentTypeCode(rawValue: "999"))
        invoice.lines[0].vat.categoryCode = VATCategoryCode(rawValue: "XX")
        invoice.lines[0].unitCode = UnitCode(rawValue: "ZZ9")
        invoice.notes.append(Invoice.Note("hello", subjectCode: TextSubjectCode(rawValue: "ADN")))
        let back = try Invoice(ublDocument: invoice.ublDocument())
        #expect(back.typeCode.rawValue == "999")
        #expect(back.lines[0].vat.categoryCode.rawValue == "XX")
        #expect(back.lines[0].unitCode.rawValue == "ZZ9")
        #expect(back.notes.last == Invoice.Note("hello", subjectCode: "ADN"))
        #expect(back == invoice)
    }

    @Test("notes split the #SUBJECT# prefix and leave other text alone")
    func noteSubjects() throws {
        var invoice = try UBLTreeTests.fullInvoice(typeCode: .commercialInvoice)
        invoice.notes = [
            Invoice.Note("#not a subject"),
            Invoice.Note("plain"),
            Invoice.Note("Indemnité de 40 €", subjectCode: .recoveryFee),
        ]
        let tree = invoice.ublDocument()
        #expect(
            tree.root.children(UBLTreeTests.cbc, "Note").map(\.text) == [
                "#not a subject", "plain", "#PMT#Indemnité de 40 €",
            ]
        )
        #expect(try Invoice(ublDocument: tree).notes == invoice.notes)
    }

    // MARK: Helpers

    static func replacingText(in element: XMLElement, element name: String, with text: String) -> XMLElement {
        var copy = element
        if copy.name == name {
            copy.content = [.text(text)]
            return copy
        }
        copy.content = copy.content.map { content in
            if case .element(let child) = content {
                .element(replacingText(in: child, element: name, with: text))
            } else {
                content
            }
        }
        return copy
    }

    /// An invoice with every term of the model filled in.
    static func fullInvoice(typeCode: DocumentTypeCode) throws -> Invoice {
        let address = PostalAddress(
            line1: "1 rue de la Paix",
            line2: "Bâtiment B",
            line3: "3e étage",
            city: "Paris",
            postCode: "75002",
            countrySubdivision: "Île-de-France",
            country: .france
        )
        var invoice = Invoice(
            number: "F-2026-0042",
            issueDate: try CalendarDate(parsingISO8601: "2026-09-01"),
            typeCode: typeCode,
            currency: .euro,
            vatAccountingCurrency: .usDollar,
            vatPointDate: try CalendarDate(parsingISO8601: "2026-08-31"),
            vatPointDateCode: .invoiceIssueDate,
            dueDate: try CalendarDate(parsingISO8601: "2026-10-01"),
            buyerReference: "SERVICE-42",
            projectReference: "PRJ-7",
            contractReference: "CT-2026",
            purchaseOrderReference: "PO-1",
            salesOrderReference: "SO-1",
            receivingAdviceReference: "RA-1",
            despatchAdviceReference: "DA-1",
            tenderOrLotReference: "LOT-3",
            invoicedObjectIdentifier: Identifier("OBJ-1", schemeID: "AHK"),
            buyerAccountingReference: "607000",
            paymentTerms: "30 jours fin de mois",
            notes: [Invoice.Note("Merci"), Invoice.Note("40 €", subjectCode: .recoveryFee)],
            processControl: Invoice.ProcessControl(
                businessProcessType: "S1",
                specificationIdentifier: Invoice.ProcessControl.en16931
            ),
            precedingInvoices: [
                Invoice.PrecedingInvoiceReference(
                    number: "F-2026-0001",
                    issueDate: try CalendarDate(parsingISO8601: "2026-01-15")
                ),
                Invoice.PrecedingInvoiceReference(number: "F-2026-0002"),
            ],
            seller: Invoice.Seller(
                name: "Atelier Dupont SARL",
                tradingName: "Atelier Dupont",
                identifiers: [Identifier("73282932000074", schemeID: "0009"), Identifier("SELLER-1")],
                legalRegistrationIdentifier: Identifier("732829320", schemeID: "0002"),
                vatIdentifier: "FR44732829320",
                taxRegistrationIdentifier: "TAX-REG-1",
                additionalLegalInformation: "SARL au capital de 10 000 €",
                electronicAddress: ElectronicAddress("732829320", scheme: .siren),
                postalAddress: address,
                contact: Contact(name: "Jeanne", telephone: "+33 1 23 45 67 89", email: "jeanne@example.fr")
            ),
            buyer: Invoice.Buyer(
                name: "Client SA",
                tradingName: "Client",
                identifier: Identifier("BUYER-9", schemeID: "0088"),
                legalRegistrationIdentifier: Identifier("552100554", schemeID: "0002"),
                vatIdentifier: "FR40552100554",
                electronicAddress: ElectronicAddress("client@example.fr", scheme: .email),
                postalAddress: PostalAddress(city: "Lyon", country: .france),
                contact: Contact(email: "compta@client.fr")
            ),
            payee: Invoice.Payee(
                name: "Factor SA",
                identifier: Identifier("PAYEE-1"),
                legalRegistrationIdentifier: Identifier("444444444", schemeID: "0002")
            ),
            sellerTaxRepresentative: Invoice.TaxRepresentative(
                name: "Rep SARL",
                vatIdentifier: "FR11999999998",
                postalAddress: PostalAddress(line1: "2 quai", city: "Nice", country: .france)
            ),
            delivery: Invoice.Delivery(
                deliverToName: "Entrepôt",
                locationIdentifier: Identifier("3012345678901", schemeID: "0088"),
                actualDeliveryDate: try CalendarDate(parsingISO8601: "2026-08-30"),
                invoicingPeriod: Invoice.Period(
                    startDate: try CalendarDate(parsingISO8601: "2026-08-01"),
                    endDate: try CalendarDate(parsingISO8601: "2026-08-31")
                ),
                deliverToAddress: PostalAddress(
                    line1: "Zone industrielle",
                    city: "Lille",
                    postCode: "59000",
                    country: .france
                )
            ),
            paymentInstructions: Invoice.PaymentInstructions(
                meansCode: .sepaCreditTransfer,
                meansText: "Virement SEPA",
                remittanceInformation: "F-2026-0042",
                creditTransfers: [
                    Invoice.PaymentInstructions.CreditTransfer(
                        accountIdentifier: "FR7630006000011234567890189",
                        accountName: "Atelier Dupont",
                        serviceProviderIdentifier: "AGRIFRPP"
                    ),
                    Invoice.PaymentInstructions.CreditTransfer(accountIdentifier: "FR7612345000011234567890123"),
                ],
                paymentCard: Invoice.PaymentInstructions.PaymentCard(
                    primaryAccountNumber: "1234",
                    holderName: "J. Client"
                ),
                directDebit: Invoice.PaymentInstructions.DirectDebit(
                    mandateReference: "MANDATE-1",
                    creditorIdentifier: "FR12ZZZ123456",
                    debitedAccountIdentifier: "FR7699999000011234567890123"
                )
            ),
            allowances: [
                Invoice.Allowance(
                    amount: try Amount(parsing: "10.00"),
                    baseAmount: try Amount(parsing: "100.00"),
                    percentage: Percentage(10),
                    vatCategoryCode: .standardRate,
                    vatRate: Percentage(20),
                    reason: "Remise",
                    reasonCode: .discount
                )
            ],
            charges: [
                Invoice.Charge(
                    amount: try Amount(parsing: "5.00"),
                    vatCategoryCode: .standardRate,
                    vatRate: Percentage(20),
                    reason: "Port",
                    reasonCode: ChargeReasonCode(rawValue: "FC")
                )
            ],
            totals: Invoice.Totals(
                sumOfLineNetAmounts: try Amount(parsing: "240.00"),
                sumOfAllowances: try Amount(parsing: "10.00"),
                sumOfCharges: try Amount(parsing: "5.00"),
                totalWithoutVAT: try Amount(parsing: "235.00"),
                totalVAT: try Amount(parsing: "47.00"),
                totalVATInAccountingCurrency: try Amount(parsing: "51.70"),
                totalWithVAT: try Amount(parsing: "282.00"),
                paidAmount: try Amount(parsing: "100.00"),
                roundingAmount: try Amount(parsing: "0.01"),
                amountDue: try Amount(parsing: "182.01")
            ),
            vatBreakdown: [
                Invoice.VATBreakdown(
                    taxableAmount: try Amount(parsing: "235.00"),
                    taxAmount: try Amount(parsing: "47.00"),
                    categoryCode: .standardRate,
                    rate: Percentage(20)
                ),
                Invoice.VATBreakdown(
                    taxableAmount: .zero,
                    taxAmount: .zero,
                    categoryCode: .exempt,
                    rate: .zero,
                    exemptionReason: "Exonération art. 261",
                    exemptionReasonCode: VATExemptionReasonCode(rawValue: "VATEX-EU-132")
                ),
            ],
            supportingDocuments: [
                Invoice.SupportingDocument(
                    reference: "TS-1",
                    description: "Timesheet",
                    externalLocation: "https://example.fr/ts1.pdf",
                    attachment: Invoice.BinaryObject(
                        content: Array("%PDF-1.7 …".utf8),
                        mimeCode: "application/pdf",
                        filename: "ts1.pdf"
                    )
                ),
                Invoice.SupportingDocument(reference: "BL-9"),
            ]
        )
        invoice.lines = [
            Invoice.Line(
                id: "1",
                note: "Line note",
                objectIdentifier: Identifier("LINE-OBJ", schemeID: "ABZ"),
                quantity: try Quantity(parsing: "2.5"),
                unitCode: .hour,
                netAmount: try Amount(parsing: "240.00"),
                orderLineReference: "PO-1-3",
                buyerAccountingReference: "6226",
                period: Invoice.Period(startDate: try CalendarDate(parsingISO8601: "2026-08-01")),
                allowances: [
                    Invoice.Line.Allowance(
                        amount: try Amount(parsing: "10.00"),
                        baseAmount: try Amount(parsing: "250.00"),
                        percentage: Percentage(4),
                        reason: "Fidélité",
                        reasonCode: .discount
                    )
                ],
                charges: [Invoice.Line.Charge(amount: try Amount(parsing: "0.00"), reason: "Emballage")],
                price: Invoice.Line.PriceDetails(
                    netPrice: try Amount(parsing: "100.00"),
                    discount: try Amount(parsing: "5.00"),
                    grossPrice: try Amount(parsing: "105.00"),
                    baseQuantity: try Quantity(parsing: "1"),
                    baseQuantityUnitCode: .hour
                ),
                vat: Invoice.Line.VATInformation(categoryCode: .standardRate, rate: Percentage(20)),
                item: Invoice.Line.Item(
                    name: "Conseil",
                    description: "Conseil en organisation",
                    sellerIdentifier: "SKU-1",
                    buyerIdentifier: "REF-CLIENT-1",
                    standardIdentifier: Identifier("03012345678901", schemeID: "0160"),
                    classifications: [Invoice.Line.Item.Classification("72221", schemeID: "STI", schemeVersion: "2.0")],
                    countryOfOrigin: .germany,
                    attributes: [Invoice.Line.Item.Attribute(name: "Niveau", value: "Senior")]
                )
            ),
            Invoice.Line(
                id: "2",
                quantity: 1,
                unitCode: .one,
                netAmount: .zero,
                price: Invoice.Line.PriceDetails(netPrice: .zero, grossPrice: try Amount(parsing: "0.00")),
                vat: Invoice.Line.VATInformation(categoryCode: .exempt, rate: .zero),
                item: Invoice.Line.Item(name: "Gratuit")
            ),
        ]
        return invoice
    }
}

extension FacturXError {
    /// A value equal (by code) to any ``FacturXError/Code/invalidValue`` error.
    static let invalidValueSample = FacturXError(code: .invalidValue, message: "")
}

extension UBLTreeTests {
    @Test("xs:date time zones are accepted and ignored")
    func dateWithTimeZone() throws {
        var tree = try UBLTreeTests.fullInvoice(typeCode: .commercialInvoice).ublDocument()
        tree.root = UBLTreeTests.replacingText(in: tree.root, element: "IssueDate", with: "2026-09-01+02:00")
        tree.root = UBLTreeTests.replacingText(in: tree.root, element: "DueDate", with: "2026-10-01Z")
        let invoice = try Invoice(ublDocument: tree)
        #expect(invoice.issueDate == (try CalendarDate(parsingISO8601: "2026-09-01")))
        #expect(invoice.dueDate == (try CalendarDate(parsingISO8601: "2026-10-01")))
    }
}

extension UBLTreeTests {
    @Test("a second VAT total without breakdown is BT-111 even when BT-6 is missing")
    func accountingTotalWithoutCurrency() throws {
        var invoice = try UBLTreeTests.fullInvoice(typeCode: .commercialInvoice)
        invoice.vatAccountingCurrency = nil
        let back = try Invoice(ublDocument: invoice.ublDocument())
        #expect(back.totals.totalVATInAccountingCurrency == invoice.totals.totalVATInAccountingCurrency)
        #expect(back == invoice)
    }

    @Test("a tax representative without VAT identifier is a missing element")
    func taxRepresentativeWithoutVAT() throws {
        var document = try UBLTreeTests.fullInvoice(typeCode: .commercialInvoice).ublDocument()
        document.root.content = document.root.content.map { content in
            guard case .element(var element) = content, element.name == "TaxRepresentativeParty" else { return content }
            element.content.removeAll {
                if case .element(let child) = $0 { child.name == "PartyTaxScheme" } else { false }
            }
            return .element(element)
        }
        do {
            _ = try Invoice(ublDocument: document)
            Issue.record("no error thrown")
        } catch {
            #expect(error.code == .missingElement)
            #expect(error.location == "/Invoice/cac:TaxRepresentativeParty/cac:PartyTaxScheme/cbc:CompanyID")
        }
    }
}
