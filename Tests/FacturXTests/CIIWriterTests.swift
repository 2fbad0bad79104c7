// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import Testing

@testable import FacturX

/// An invoice that sets every business term the model has, built in code.
func fullInvoice() throws -> Invoice {
    func amount(_ text: String) throws -> Amount { try Amount(parsing: text) }
    func date(_ text: String) throws -> CalendarDate { try CalendarDate(parsingISO8601: text) }
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
        issueDate: try date("2026-09-01"),
        typeCode: .commercialInvoice,
        currency: .euro,
        vatAccountingCurrency: .usDollar,
        vatPointDate: try date("2026-09-02"),
        dueDate: try date("2026-10-01"),
        buyerReference: "SERVICE-42",
        projectReference: "PRJ-1",
        contractReference: "CT-1",
        purchaseOrderReference: "PO-1",
        salesOrderReference: "SO-1",
        receivingAdviceReference: "RA-1",
        despatchAdviceReference: "DA-1",
        tenderOrLotReference: "LOT-1",
        invoicedObjectIdentifier: Identifier("OBJ-1", schemeID: "AAA"),
        buyerAccountingReference: "ACC-1",
        paymentTerms: "30 jours fin de mois",
        notes: [
            .init("Pénalités de retard : 3 fois le taux légal", subjectCode: TextSubjectCode(rawValue: "PMD")),
            .init("Sans sujet"),
        ],
        processControl: .init(
            businessProcessType: "S1",
            specificationIdentifier: Invoice.ProcessControl.facturXExtended
        ),
        precedingInvoices: [.init(number: "F-2026-0001", issueDate: try date("2026-08-01"))],
        seller: .init(
            name: "Atelier Dupont SARL",
            tradingName: "Atelier Dupont",
            identifiers: [Identifier("INT-7"), Identifier("12345678200077", schemeID: "0009")],
            legalRegistrationIdentifier: .siren("123456782"),
            vatIdentifier: "FR11123456782",
            taxRegistrationIdentifier: "TAX-LOCAL-1",
            additionalLegalInformation: "SARL au capital de 10 000 €",
            electronicAddress: ElectronicAddress("123456782", scheme: .siren),
            postalAddress: address,
            contact: Contact(name: "Jeanne Dupont", telephone: "+33 1 02 03 04 05", email: "jeanne@dupont.fr")
        ),
        buyer: .init(
            name: "Client SA",
            tradingName: "Client",
            identifier: Identifier("3654789851", schemeID: "0088"),
            legalRegistrationIdentifier: .siren("987654321"),
            vatIdentifier: "FR22987654321",
            electronicAddress: ElectronicAddress("client@example.com", scheme: .email),
            postalAddress: PostalAddress(city: "Lyon", postCode: "69001", country: .france),
            contact: Contact(name: "Achats")
        ),
        payee: .init(
            name: "Factor SA",
            identifier: Identifier("PAYEE-1", schemeID: "0088"),
            legalRegistrationIdentifier: .siren("111222333")
        ),
        sellerTaxRepresentative: .init(
            name: "Rep SAS",
            vatIdentifier: "FR33111222333",
            postalAddress: PostalAddress(country: .belgium)
        ),
        delivery: .init(
            deliverToName: "Entrepôt",
            locationIdentifier: Identifier("LOC-1", schemeID: "0088"),
            actualDeliveryDate: try date("2026-08-30"),
            invoicingPeriod: .init(startDate: try date("2026-08-01"), endDate: try date("2026-08-31")),
            deliverToAddress: PostalAddress(line1: "Quai 3", city: "Marseille", postCode: "13002", country: .france)
        ),
        paymentInstructions: .init(
            meansCode: PaymentMeansCode(rawValue: "58"),
            meansText: "Virement SEPA",
            remittanceInformation: "F-2026-0042",
            creditTransfers: [
                .init(
                    accountIdentifier: "FR7630006000011234567890189",
                    accountName: "Atelier Dupont",
                    serviceProviderIdentifier: "AGRIFRPP"
                ),
                .init(accountIdentifier: "12345678", accountName: "Compte local"),
            ],
            paymentCard: .init(primaryAccountNumber: "1234", holderName: "J DUPONT"),
            directDebit: .init(
                mandateReference: "MANDATE-1",
                creditorIdentifier: "FR12ZZZ123456",
                debitedAccountIdentifier: "FR7612345"
            )
        ),
        allowances: [
            .init(
                amount: try amount("10.00"),
                baseAmount: try amount("100.00"),
                percentage: Percentage(10),
                vatCategoryCode: .standardRate,
                vatRate: Percentage(20),
                reason: "Remise fidélité",
                reasonCode: AllowanceReasonCode(rawValue: "95")
            )
        ],
        charges: [
            .init(
                amount: try amount("5.00"),
                vatCategoryCode: .standardRate,
                vatRate: Percentage(20),
                reason: "Port",
                reasonCode: ChargeReasonCode(rawValue: "FC")
            )
        ],
        totals: .init(
            sumOfLineNetAmounts: try amount("100.00"),
            sumOfAllowances: try amount("10.00"),
            sumOfCharges: try amount("5.00"),
            totalWithoutVAT: try amount("95.00"),
            totalVAT: try amount("19.00"),
            totalVATInAccountingCurrency: try amount("20.50"),
            totalWithVAT: try amount("114.00"),
            paidAmount: try amount("14.00"),
            roundingAmount: try amount("0.00"),
            amountDue: try amount("100.00")
        ),
        vatBreakdown: [
            .init(
                taxableAmount: try amount("95.00"),
                taxAmount: try amount("19.00"),
                categoryCode: .standardRate,
                rate: try Percentage(parsing: "20.00")
            ),
            .init(
                taxableAmount: .zero,
                taxAmount: .zero,
                categoryCode: VATCategoryCode(rawValue: "E"),
                rate: Percentage(0),
                exemptionReason: "Exonération",
                exemptionReasonCode: VATExemptionReasonCode(rawValue: "VATEX-EU-132")
            ),
        ],
        supportingDocuments: [
            .init(reference: "DOC-1", description: "Bon de livraison", externalLocation: "https://example.com/bl.pdf"),
            .init(
                reference: "DOC-2",
                attachment: .init(content: Array("a,b\n1,2\n".utf8), mimeCode: "text/csv", filename: "detail.csv")
            ),
        ],
        lines: [
            .init(
                id: "1",
                note: "Note de ligne",
                objectIdentifier: Identifier("LOBJ-1", schemeID: "AAB"),
                quantity: try Quantity(parsing: "2.500"),
                unitCode: .hour,
                netAmount: try amount("100.00"),
                orderLineReference: "PO-1-L1",
                buyerAccountingReference: "LACC-1",
                period: .init(startDate: try date("2026-08-01"), endDate: try date("2026-08-15")),
                allowances: [
                    .init(
                        amount: try amount("2.00"),
                        reason: "Remise ligne",
                        reasonCode: AllowanceReasonCode(rawValue: "95")
                    )
                ],
                charges: [
                    .init(
                        amount: try amount("2.00"),
                        baseAmount: try amount("100.00"),
                        percentage: Percentage(2),
                        reason: "Frais"
                    )
                ],
                price: .init(
                    netPrice: try amount("40.0000"),
                    discount: try amount("5.0000"),
                    grossPrice: try amount("45.0000"),
                    baseQuantity: try Quantity(parsing: "1"),
                    baseQuantityUnitCode: .hour
                ),
                vat: .init(categoryCode: .standardRate, rate: Percentage(20)),
                item: .init(
                    name: "Conseil",
                    description: "Conseil en organisation",
                    sellerIdentifier: "ART-1",
                    buyerIdentifier: "B-ART-1",
                    standardIdentifier: Identifier("3012345678901", schemeID: "0160"),
                    classifications: [.init("73110000", schemeID: "STI", schemeVersion: "2008")],
                    countryOfOrigin: .france,
                    attributes: [.init(name: "Niveau", value: "Senior")]
                )
            )
        ]
    )
    invoice.vatPointDateCode = .paidToDate  // BT-7 and BT-8 both set to test both (EN 16931 wants one)
    return invoice
}

@Suite("CII writer")
struct CIIWriterTests {
    @Test("an invoice with every business term reads back equal from EXTENDED and EXTENDED-CTC-FR")
    func fullRoundTrip() throws {
        let invoice = try fullInvoice()
        let extended = try Invoice(ciiEncoded: invoice.serializeAsCII(profile: .extended))
        #expect(extended == invoice, "\(dumpDifference(invoice, extended))")
        #expect(invoice.reduced(to: .extended).dropped.isEmpty)

        var ctc = try Invoice(ciiEncoded: invoice.serializeAsCII(profile: .extendedCTCFR))
        #expect(ctc.processControl.specificationIdentifier == FacturXProfile.extendedCTCFR.guidelineID)
        ctc.processControl.specificationIdentifier = invoice.processControl.specificationIdentifier
        #expect(ctc == invoice, "\(dumpDifference(invoice, ctc))")
    }

    @Test("EN 16931 carries every business term the model has")
    func en16931RoundTrip() throws {
        var invoice = try fullInvoice()
        invoice.processControl.specificationIdentifier = Invoice.ProcessControl.en16931
        let (reduced, dropped) = invoice.reduced(to: .en16931)
        #expect(dropped.isEmpty, "\(dropped)")
        let again = try Invoice(ciiEncoded: invoice.serializeAsCII(profile: .en16931))
        #expect(again == invoice, "\(dumpDifference(invoice, again))")
        #expect(reduced == invoice)
    }

    @Test("orders elements as the XSD sequences demand")
    func elementOrder() throws {
        let root = try fullInvoice().ciiDocument(profile: .en16931).root
        #expect(
            root.children.map(\.name) == [
                "ExchangedDocumentContext", "ExchangedDocument", "SupplyChainTradeTransaction",
            ]
        )
        let transaction = try #require(root.children.last)
        #expect(
            transaction.children.map(\.name) == [
                "IncludedSupplyChainTradeLineItem", "ApplicableHeaderTradeAgreement", "ApplicableHeaderTradeDelivery",
                "ApplicableHeaderTradeSettlement",
            ]
        )
        let ram = CIINamespace.ram
        let settlement = try #require(transaction.child(ram, "ApplicableHeaderTradeSettlement"))
        let names = settlement.children.map(\.name)
        let expected = [
            "CreditorReferenceID", "PaymentReference", "TaxCurrencyCode", "InvoiceCurrencyCode", "PayeeTradeParty",
            "SpecifiedTradeSettlementPaymentMeans", "SpecifiedTradeSettlementPaymentMeans", "ApplicableTradeTax",
            "ApplicableTradeTax",
            "BillingSpecifiedPeriod", "SpecifiedTradeAllowanceCharge", "SpecifiedTradeAllowanceCharge",
            "SpecifiedTradePaymentTerms",
            "SpecifiedTradeSettlementHeaderMonetarySummation", "InvoiceReferencedDocument",
            "ReceivableSpecifiedTradeAccountingAccount",
        ]
        #expect(names == expected)
        let tax = try #require(settlement.child(ram, "ApplicableTradeTax"))
        #expect(
            tax.children.map(\.name) == [
                "CalculatedAmount", "TypeCode", "BasisAmount", "CategoryCode", "TaxPointDate", "DueDateTypeCode",
                "RateApplicablePercent",
            ]
        )
        let seller = try #require(
            transaction.child(ram, "ApplicableHeaderTradeAgreement")?.child(ram, "SellerTradeParty")
        )
        #expect(
            seller.children.map(\.name) == [
                "ID", "GlobalID", "Name", "Description", "SpecifiedLegalOrganization", "DefinedTradeContact",
                "PostalTradeAddress",
                "URIUniversalCommunication", "SpecifiedTaxRegistration", "SpecifiedTaxRegistration",
            ]
        )
    }

    @Test("puts currencyID on the VAT totals only: BT-110 in BT-5, BT-111 in BT-6, amounts with their own scale")
    func currencyAndScale() throws {
        let ram = CIINamespace.ram
        let root = try fullInvoice().ciiDocument(profile: .en16931).root
        let sums = try #require(
            root.child(CIINamespace.rsm, "SupplyChainTradeTransaction")?.child(ram, "ApplicableHeaderTradeSettlement")?
                .child(ram, "SpecifiedTradeSettlementHeaderMonetarySummation")
        )
        let taxTotals = sums.children(ram, "TaxTotalAmount")
        #expect(taxTotals.map(\.text) == ["19.00", "20.50"])
        #expect(taxTotals.map { $0.attribute("currencyID") } == ["EUR", "USD"])
        #expect(sums.child(ram, "GrandTotalAmount")?.attributes.isEmpty == true)
        #expect(sums.child(ram, "GrandTotalAmount")?.text == "114.00")
        let line = try #require(
            root.child(CIINamespace.rsm, "SupplyChainTradeTransaction")?.child(ram, "IncludedSupplyChainTradeLineItem")
        )
        #expect(line.child(ram, "SpecifiedLineTradeDelivery")?.child(ram, "BilledQuantity")?.text == "2.500")
        #expect(
            line.child(ram, "SpecifiedLineTradeAgreement")?.child(ram, "NetPriceProductTradePrice")?.child(
                ram,
                "ChargeAmount"
            )?.text == "40.0000"
        )
        let issue = root.child(CIINamespace.rsm, "ExchangedDocument")?.child(ram, "IssueDateTime")?.child(
            CIINamespace.udt,
            "DateTimeString"
        )
        #expect(issue?.text == "20260901")
        #expect(issue?.attribute("format") == "102")
    }

    @Test("writes BT-24 from the profile unless the invoice's own identifier names that profile")
    func specificationIdentifier() throws {
        var invoice = try fullInvoice()
        invoice.processControl.specificationIdentifier =
            "urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended"
        #expect(
            try Invoice(ciiEncoded: invoice.serializeAsCII(profile: .extended)).processControl.specificationIdentifier
                == "urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended"
        )
        #expect(
            try Invoice(ciiEncoded: invoice.serializeAsCII(profile: .basic)).processControl.specificationIdentifier
                == FacturXProfile.basic.guidelineID
        )
    }

    @Test("reduction reports, by business term, what BASIC, BASIC WL and MINIMUM cannot carry")
    func reductionReports() throws {
        let invoice = try fullInvoice()
        let (basic, droppedByBasic) = invoice.reduced(to: .basic)
        let basicIDs = Set(droppedByBasic.map(\.termIDs))
        #expect(basic.lines.count == 1)
        #expect(basic.lines.first?.item.description == nil)
        #expect(
            basicIDs.isSuperset(of: ["BT-154", "BT-155", "BT-156", "BT-158", "BT-159", "BG-32", "BT-132", "BT-128"])
        )
        #expect(basic.lines.first?.note == "Note de ligne")
        #expect(basic.supportingDocuments.isEmpty)

        let (basicWL, droppedByBasicWL) = invoice.reduced(to: .basicWL)
        #expect(basicWL.lines.isEmpty)
        #expect(droppedByBasicWL.contains { $0.termIDs == "BG-25" && $0.count == 1 })
        #expect(basicWL.notes == invoice.notes)

        let (minimum, droppedByMinimum) = invoice.reduced(to: .minimum)
        #expect(minimum.lines.isEmpty && minimum.notes.isEmpty && minimum.vatBreakdown.isEmpty)
        #expect(minimum.seller.vatIdentifier == "FR11123456782")
        #expect(minimum.seller.postalAddress == PostalAddress(country: .france))
        #expect(minimum.purchaseOrderReference == "PO-1")
        #expect(minimum.buyerReference == "SERVICE-42")
        let ids = Set(droppedByMinimum.map(\.termIDs))
        #expect(ids.isSuperset(of: ["BG-1", "BG-25", "BG-23", "BG-16", "BT-35", "BT-37", "BG-6"]))
        #expect(droppedByMinimum.allSatisfy { !$0.name.isEmpty })
        #expect(droppedByMinimum.first { $0.termIDs == "BG-1" }?.count == 2)
        #expect(String(describing: droppedByMinimum[0]).contains("("))
    }

    @Test("reports a VAT point date that has no VAT breakdown to travel in")
    func vatPointDateWithoutBreakdown() throws {
        var invoice = try fullInvoice()
        invoice.vatBreakdown = []
        let (reduced, dropped) = invoice.reduced(to: .extended)
        #expect(reduced.vatPointDate == nil)
        #expect(dropped.map(\.termIDs) == ["BT-7, BT-8"])
    }
}

@Suite("CII writer corner cases")
struct CIIWriterCornerCaseTests {
    @Test("a price discount without gross price is written with gross = net + discount (CII needs the gross price)")
    func discountWithoutGrossPrice() throws {
        var invoice = try fullInvoice()
        invoice.lines[0].price.grossPrice = nil
        let again = try Invoice(ciiEncoded: invoice.serializeAsCII(profile: .en16931))
        #expect(again.lines[0].price.discount == invoice.lines[0].price.discount)
        #expect(again.lines[0].price.grossPrice?.description == "45.0000")
    }

    @Test("a numeric account identifier is written as ram:ProprietaryID, an IBAN as ram:IBANID")
    func accountIdentifiers() throws {
        let ram = CIINamespace.ram
        let settlement = try #require(
            try fullInvoice().ciiDocument(profile: .en16931).root.child(
                CIINamespace.rsm,
                "SupplyChainTradeTransaction"
            )?
            .child(ram, "ApplicableHeaderTradeSettlement")
        )
        let accounts = settlement.children(ram, "SpecifiedTradeSettlementPaymentMeans")
            .compactMap { $0.child(ram, "PayeePartyCreditorFinancialAccount") }
        #expect(
            accounts.map { $0.children.map(\.name) } == [["IBANID", "AccountName"], ["AccountName", "ProprietaryID"]]
        )
    }
}
