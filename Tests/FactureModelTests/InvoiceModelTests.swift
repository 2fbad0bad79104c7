// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import Foundation
import Testing

private func day(_ text: String) throws -> CalendarDate {
    try CalendarDate(parsingISO8601: text)
}

private func amount(_ text: String) throws -> Amount {
    try Amount(parsing: text)
}

private func percent(_ text: String) throws -> Percentage {
    try Percentage(parsing: text)
}

private func quantity(_ text: String) throws -> Quantity {
    try Quantity(parsing: text)
}

/// A JSON encoder whose output is stable, so that two encodings can be compared byte for byte.
private func stableEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return encoder
}

/// Every byte value, then some text, so that base64 padding of 0, 1 and 2 is exercised across
/// the attachments.
private let binaryContent: [UInt8] = Array(0...255) + Array("Relevé d'heures — septembre 2026\n".utf8)

/// An invoice with every business term of the model set, several lines with allowances, charges,
/// attributes and classifications, and attachments with binary content.
private func makeFullInvoice() throws -> Invoice {
    let sellerAddress = PostalAddress(
        line1: "12 rue des Artisans",
        line2: "Bâtiment B",
        line3: "2e étage",
        city: "Lyon",
        postCode: "69002",
        countrySubdivision: "Auvergne-Rhône-Alpes",
        country: .france
    )
    let buyerAddress = PostalAddress(
        line1: "1 avenue du Client",
        line2: "Service comptabilité",
        line3: "BP 42",
        city: "Paris",
        postCode: "75008",
        countrySubdivision: "Île-de-France",
        country: .france
    )
    var lines: [Invoice.Line] = [
        Invoice.Line(
            id: "1",
            note: "Intervention sur site",
            objectIdentifier: Identifier("OBJ-77", schemeID: "AAA"),
            quantity: try quantity("12.5"),
            unitCode: .hour,
            netAmount: try amount("712.50"),
            orderLineReference: "PO-1-L1",
            buyerAccountingReference: "6226",
            period: Invoice.Period(startDate: try day("2026-08-01"), endDate: try day("2026-08-31")),
            allowances: [
                Invoice.Line.Allowance(
                    amount: try amount("75.00"),
                    baseAmount: try amount("750.00"),
                    percentage: try percent("10"),
                    reason: "Remise fidélité",
                    reasonCode: .discount
                ),
                Invoice.Line.Allowance(
                    amount: try amount("12.50"),
                    baseAmount: try amount("750.00"),
                    percentage: try percent("1.6667"),
                    reason: "Geste commercial",
                    reasonCode: "66"
                ),
            ],
            charges: [
                Invoice.Line.Charge(
                    amount: try amount("50.00"),
                    baseAmount: try amount("750.00"),
                    percentage: try percent("6.6667"),
                    reason: "Déplacement",
                    reasonCode: .otherServices
                )
            ],
            price: Invoice.Line.PriceDetails(
                netPrice: try amount("60.00"),
                discount: try amount("5.00"),
                grossPrice: try amount("65.00"),
                baseQuantity: try quantity("1"),
                baseQuantityUnitCode: .hour
            ),
            vat: Invoice.Line.VATInformation(categoryCode: .standardRate, rate: try percent("20")),
            item: Invoice.Line.Item(
                name: "Conseil",
                description: "Conseil en organisation",
                sellerIdentifier: "SRV-CONSEIL",
                buyerIdentifier: "ACH-778",
                standardIdentifier: Identifier("03012345678900", schemeID: Identifier.gtinSchemeID),
                classifications: [
                    .init("79411000", schemeID: "STI", schemeVersion: "2008"),
                    .init("7020Z", schemeID: "ZZZ", schemeVersion: "NAF rév. 2"),
                ],
                countryOfOrigin: .france,
                attributes: [
                    .init(name: "Niveau", value: "Senior"),
                    .init(name: "Langue", value: "Français"),
                ]
            )
        ),
        Invoice.Line(
            id: "2",
            note: "Fournitures",
            objectIdentifier: Identifier("LOT-2026-09"),
            quantity: try quantity("3"),
            unitCode: .piece,
            netAmount: try amount("29.97"),
            orderLineReference: "PO-1-L2",
            buyerAccountingReference: "6064",
            period: Invoice.Period(startDate: try day("2026-08-15")),
            allowances: [
                Invoice.Line.Allowance(amount: try amount("0.03"), reason: "Arrondi", reasonCode: .specialAgreement)
            ],
            charges: [
                Invoice.Line.Charge(
                    amount: try amount("0.00"),
                    baseAmount: try amount("30.00"),
                    percentage: try percent("0"),
                    reason: "Emballage offert",
                    reasonCode: .packing
                )
            ],
            price: Invoice.Line.PriceDetails(
                netPrice: try amount("10.000"),
                discount: try amount("0.500"),
                grossPrice: try amount("10.500"),
                baseQuantity: try quantity("1"),
                baseQuantityUnitCode: .piece
            ),
            vat: Invoice.Line.VATInformation(categoryCode: .standardRate, rate: try percent("5.5")),
            item: Invoice.Line.Item(
                name: "Classeur A4",
                description: "Classeur à levier, dos 80 mm",
                sellerIdentifier: "CL-A4-80",
                buyerIdentifier: "FOURN-12",
                standardIdentifier: Identifier("3760001234567", schemeID: Identifier.gtinSchemeID),
                classifications: [.init("30199000", schemeID: "STI")],
                countryOfOrigin: .germany,
                attributes: [.init(name: "Couleur", value: "Bleu")]
            )
        ),
        Invoice.Line(
            id: "3",
            note: "Débours",
            objectIdentifier: Identifier("DEB-1", schemeID: "AAB"),
            quantity: try quantity("1"),
            unitCode: "XYZ",
            netAmount: try amount("100.00"),
            orderLineReference: "PO-1-L3",
            buyerAccountingReference: "6251",
            period: Invoice.Period(endDate: try day("2026-08-31")),
            allowances: [Invoice.Line.Allowance(amount: try amount("0"), reason: "Aucune")],
            charges: [Invoice.Line.Charge(amount: try amount("0"), reason: "Aucun")],
            price: Invoice.Line.PriceDetails(
                netPrice: try amount("100.00"),
                discount: try amount("0"),
                grossPrice: try amount("100.00"),
                baseQuantity: try quantity("1"),
                baseQuantityUnitCode: "XYZ"
            ),
            vat: Invoice.Line.VATInformation(categoryCode: .outsideScope, rate: try percent("0")),
            item: Invoice.Line.Item(
                name: "Frais de péage",
                description: "Refacturés au réel",
                sellerIdentifier: "DEB",
                buyerIdentifier: "DEB-ACH",
                standardIdentifier: Identifier("0000", schemeID: "0088"),
                classifications: [.init("X", schemeID: "ZZZ", schemeVersion: "1")],
                countryOfOrigin: try CountryCode("ZZ"),
                attributes: [.init(name: "Nature", value: "Débours")]
            )
        ),
    ]
    // Factur-X EXTENDED terms: line 3 is a sub-line of line 1, sold by another seller.
    lines[2].parentLineID = "1"
    lines[2].statusCode = "1"
    lines[2].statusReasonCode = "DETAIL"
    lines[2].itemSeller = Invoice.Seller(
        name: "Autoroutes du Sud SA",
        tradingName: "ASF",
        identifiers: [.siret("57201052400017")],
        legalRegistrationIdentifier: .siren("572010524"),
        vatIdentifier: "FR53572010524",
        taxRegistrationIdentifier: "FC-9",
        additionalLegalInformation: "SA",
        electronicAddress: ElectronicAddress("572010524", scheme: .frenchCTC),
        postalAddress: sellerAddress,
        contact: Contact(name: "Service client", telephone: "+33 4 11 11 11 11", email: "client@asf.example")
    )
    lines[2].additionalObjectIdentifiers = [Identifier("F-2026-0042", schemeID: "AFL")]
    lines[2].vatAmount = try amount("0.00")
    lines[2].amountWithVAT = try amount("100.00")
    lines[2].unstatedTerms = [.vatCategory]
    lines[2].vat.exemptionReason = "Débours"
    lines[2].vat.exemptionReasonCode = "VATEX-EU-O"
    lines[2].vat.pointDateCode = .paidToDate
    return Invoice(
        number: "F-2026-0042",
        issueDate: try day("2026-09-01"),
        typeCode: .commercialInvoice,
        currency: .euro,
        vatAccountingCurrency: .usDollar,
        vatPointDate: try day("2026-08-31"),
        vatPointDateCode: .invoiceIssueDate,
        dueDate: try day("2026-10-01"),
        buyerReference: "SERVICE-ACHATS",
        projectReference: "PRJ-9",
        contractReference: "CT-2024-7",
        purchaseOrderReference: "PO-1",
        salesOrderReference: "SO-88",
        receivingAdviceReference: "REC-5",
        despatchAdviceReference: "BL-31",
        tenderOrLotReference: "LOT-3",
        invoicedObjectIdentifier: Identifier("COMPTEUR-123", schemeID: "AVC"),
        buyerAccountingReference: "401CLIENT",
        paymentTerms: "30 jours fin de mois",
        notes: [
            Invoice.Note("Merci de votre confiance."),
            Invoice.Note("Indemnité forfaitaire pour frais de recouvrement : 40 €", subjectCode: .recoveryFee),
            Invoice.Note(
                "Pénalités de retard : trois fois le taux d'intérêt légal",
                subjectCode: .latePaymentPenalties
            ),
            Invoice.Note("Pas d'escompte pour paiement anticipé", subjectCode: .discountTerms),
            Invoice.Note("Note au sujet inconnu", subjectCode: "ZZZ"),
        ],
        processControl: Invoice.ProcessControl(
            businessProcessType: "M1",
            specificationIdentifier: Invoice.ProcessControl.facturXExtended
        ),
        precedingInvoices: [
            Invoice.PrecedingInvoiceReference(number: "F-2026-0007", issueDate: try day("2026-03-01")),
            Invoice.PrecedingInvoiceReference(number: "ACOMPTE-3"),
        ],
        seller: Invoice.Seller(
            name: "Atelier Dupont SARL",
            tradingName: "Atelier Dupont",
            identifiers: [.siret("73282932000074"), Identifier("4000001123452", schemeID: "0088")],
            legalRegistrationIdentifier: .siren("732829320"),
            vatIdentifier: "FR44732829320",
            taxRegistrationIdentifier: "FC-123",
            additionalLegalInformation: "SARL au capital de 10 000 €, RCS Lyon 732 829 320",
            electronicAddress: ElectronicAddress("732829320", scheme: .frenchCTC),
            postalAddress: sellerAddress,
            contact: Contact(name: "Marie Dupont", telephone: "+33 4 00 00 00 00", email: "marie@dupont.example")
        ),
        buyer: Invoice.Buyer(
            name: "Client SA",
            tradingName: "Client",
            identifier: .siret("55208131766522"),
            legalRegistrationIdentifier: .siren("552081317"),
            vatIdentifier: "FR03552081317",
            electronicAddress: ElectronicAddress("552081317_COMPTA", scheme: "0225"),
            postalAddress: buyerAddress,
            contact: Contact(name: "Service comptable", telephone: "+33 1 00 00 00 00", email: "compta@client.example")
        ),
        payee: Invoice.Payee(
            name: "Factor SA",
            identifier: Identifier("FACTOR-1", schemeID: "0088"),
            legalRegistrationIdentifier: .siren("443061841")
        ),
        sellerTaxRepresentative: Invoice.TaxRepresentative(
            name: "Représentant fiscal SAS",
            vatIdentifier: "FR12345678901",
            postalAddress: PostalAddress(
                line1: "3 quai du Port",
                line2: "Hall A",
                line3: "Porte 2",
                city: "Marseille",
                postCode: "13002",
                countrySubdivision: "PACA",
                country: .france
            )
        ),
        delivery: Invoice.Delivery(
            deliverToName: "Entrepôt Client",
            locationIdentifier: Identifier("3012345000010", schemeID: Identifier.glnSchemeID),
            actualDeliveryDate: try day("2026-08-28"),
            invoicingPeriod: Invoice.Period(startDate: try day("2026-08-01"), endDate: try day("2026-08-31")),
            deliverToAddress: PostalAddress(
                line1: "Zone industrielle",
                line2: "Quai 4",
                line3: "Accès poids lourds",
                city: "Gennevilliers",
                postCode: "92230",
                countrySubdivision: "Hauts-de-Seine",
                country: .france
            )
        ),
        paymentInstructions: Invoice.PaymentInstructions(
            meansCode: .sepaCreditTransfer,
            meansText: "Virement SEPA",
            remittanceInformation: "F-2026-0042",
            creditTransfers: [
                .init(
                    accountIdentifier: "FR7630006000011234567890189",
                    accountName: "Atelier Dupont",
                    serviceProviderIdentifier: "AGRIFRPPXXX"
                ),
                .init(
                    accountIdentifier: "LOCAL-ACCOUNT-2",
                    accountName: "Compte 2",
                    serviceProviderIdentifier: "BNPAFRPP"
                ),
            ],
            paymentCard: .init(primaryAccountNumber: "1234", holderName: "M. Client"),
            directDebit: .init(
                mandateReference: "MANDAT-1",
                creditorIdentifier: "FR72ZZZ123456",
                debitedAccountIdentifier: "FR7612345987650123456789014"
            )
        ),
        allowances: [
            Invoice.Allowance(
                amount: try amount("10.00"),
                baseAmount: try amount("100.00"),
                percentage: try percent("10"),
                vatCategoryCode: .standardRate,
                vatRate: try percent("20"),
                reason: "Remise de volume",
                reasonCode: .yearlyTurnover
            ),
            Invoice.Allowance(
                amount: try amount("1.00"),
                baseAmount: try amount("29.97"),
                percentage: try percent("3.3367"),
                vatCategoryCode: "B",
                vatRate: try percent("5.5"),
                reason: "Code inconnu",
                reasonCode: "999"
            ),
        ],
        charges: [
            Invoice.Charge(
                amount: try amount("15.00"),
                baseAmount: try amount("712.50"),
                percentage: try percent("2.1053"),
                vatCategoryCode: .standardRate,
                vatRate: try percent("20"),
                reason: "Frais de port",
                reasonCode: .freightService
            )
        ],
        totals: Invoice.Totals(
            sumOfLineNetAmounts: try amount("842.47"),
            sumOfAllowances: try amount("11.00"),
            sumOfCharges: try amount("15.00"),
            totalWithoutVAT: try amount("846.47"),
            totalVAT: try amount("145.95"),
            totalVATInAccountingCurrency: try amount("170.12"),
            totalWithVAT: try amount("992.42"),
            paidAmount: try amount("100.00"),
            roundingAmount: try amount("-0.42"),
            amountDue: try amount("892.00")
        ),
        vatBreakdown: [
            Invoice.VATBreakdown(
                taxableAmount: try amount("717.50"),
                taxAmount: try amount("143.50"),
                categoryCode: .standardRate,
                rate: try percent("20.00"),
                exemptionReason: "Sans objet",
                exemptionReasonCode: "VATEX-XX-UNKNOWN"
            ),
            Invoice.VATBreakdown(
                taxableAmount: try amount("28.97"),
                taxAmount: try amount("1.59"),
                categoryCode: .standardRate,
                rate: try percent("5.5"),
                exemptionReason: "Taux réduit",
                exemptionReasonCode: .notSubjectToVAT
            ),
            Invoice.VATBreakdown(
                taxableAmount: try amount("100.00"),
                taxAmount: try amount("0.00"),
                categoryCode: .outsideScope,
                rate: try percent("0"),
                exemptionReason: "Débours",
                exemptionReasonCode: .article79C
            ),
        ],
        supportingDocuments: [
            Invoice.SupportingDocument(
                reference: "RELEVE-09",
                description: "Relevé d'heures",
                externalLocation: "https://example.com/releve-09.pdf",
                attachment: Invoice.BinaryObject(
                    content: binaryContent,
                    mimeCode: Invoice.BinaryObject.pdfMIMECode,
                    filename: "releve-09.pdf"
                )
            ),
            Invoice.SupportingDocument(
                reference: "PHOTO-1",
                description: "Photo du chantier",
                externalLocation: "https://example.com/photo-1.png",
                attachment: Invoice.BinaryObject(
                    content: Array(binaryContent.prefix(257)),
                    mimeCode: Invoice.BinaryObject.pngMIMECode,
                    filename: "photo-1.png"
                )
            ),
            Invoice.SupportingDocument(
                reference: "CSV-1",
                description: "Détail",
                externalLocation: "https://example.com/detail.csv",
                attachment: Invoice.BinaryObject(
                    content: Array(binaryContent.prefix(258)),
                    mimeCode: Invoice.BinaryObject.csvMIMECode,
                    filename: "detail.csv"
                )
            ),
        ],
        lines: lines
    )
}

/// The property paths (list indices written `[]`) that are `nil` or empty in every element of
/// `value` that has them, so a "fully populated" fixture is checked to set every property at least
/// once, including properties added later. Elements of a list may vary (one line without a period
/// end date, another with it), as real invoices do.
private func neverSetPaths(in value: Any) -> [String] {
    var set: Set<String> = []
    var unset: Set<String> = []
    func walk(_ value: Any, _ path: String) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            if let child = mirror.children.first { walk(child.value, path) } else { unset.insert(path) }
        case .collection:
            if mirror.children.isEmpty { unset.insert(path) } else { set.insert(path) }
            for child in mirror.children { walk(child.value, path + "[]") }
        case .struct:
            set.insert(path)
            // Leaf value types of the model (numbers, codes, dates) are not descended into.
            let isLeaf = value is any DecimalValue || value is CalendarDate || value is CurrencyCode
            if isLeaf || value is any RawRepresentable { return }
            for child in mirror.children { walk(child.value, path + "." + (child.label ?? "?")) }
        default:
            set.insert(path)
        }
    }
    walk(value, "invoice")
    return unset.subtracting(set).sorted()
}

@Suite("Invoice model")
struct InvoiceModelTests {
    @Test("the fully populated fixture sets every property of the model at least once")
    func fixtureIsFull() throws {
        let invoice = try makeFullInvoice()
        #expect(neverSetPaths(in: invoice) == [])
        // The walker itself notices a property that no element sets.
        var missing = invoice
        for index in missing.lines.indices { missing.lines[index].item.description = nil }
        missing.lines[0].item.classifications = []
        missing.totals.paidAmount = nil
        #expect(neverSetPaths(in: missing) == ["invoice.lines[].item.description", "invoice.totals.paidAmount"])
        missing.lines[1].item.classifications = []
        missing.lines[2].item.classifications = []
        #expect(neverSetPaths(in: missing).contains("invoice.lines[].item.classifications"))
    }

    @Test("a fully populated invoice survives a JSON round trip unchanged, byte for byte")
    func fullRoundTrip() throws {
        let invoice = try makeFullInvoice()
        let data = try stableEncoder().encode(invoice)
        let decoded = try JSONDecoder().decode(Invoice.self, from: data)
        #expect(decoded == invoice)
        // Equality of amounts ignores trailing zeros; the bytes also prove the scales survive.
        #expect(try stableEncoder().encode(decoded) == data)
        #expect(decoded.totals.roundingAmount?.description == "-0.42")
        #expect(decoded.lines[1].price.netPrice.description == "10.000")
        #expect(decoded.supportingDocuments[0].attachment?.content == binaryContent)
        #expect(decoded.supportingDocuments[1].attachment?.content.count == 257)
        #expect(decoded.supportingDocuments[2].attachment?.content.count == 258)
    }

    @Test("a changed field makes the decoded invoice differ")
    func equalityNoticesChanges() throws {
        let invoice = try makeFullInvoice()
        var changed = invoice
        changed.lines[2].item.attributes[0].value = "Autre"
        #expect(changed != invoice)
        var changedBytes = invoice
        changedBytes.supportingDocuments[0].attachment?.content[0] = 1
        #expect(changedBytes != invoice)
        let decoded = try JSONDecoder().decode(Invoice.self, from: stableEncoder().encode(changed))
        #expect(decoded == changed && decoded != invoice)
    }

    @Test("a minimal invoice is built in a few lines and survives a JSON round trip")
    func minimalRoundTrip() throws {
        let invoice = Invoice(
            number: "F-1",
            issueDate: try day("2026-09-01"),
            seller: .init(name: "Vendeur"),
            buyer: .init(name: "Acheteur")
        )
        #expect(invoice.typeCode == .commercialInvoice)
        #expect(invoice.currency == .euro)
        #expect(invoice.processControl.specificationIdentifier == "urn:cen.eu:en16931:2017")
        #expect(invoice.totals.amountDue.isZero && invoice.totals.sumOfLineNetAmounts == nil)
        let data = try stableEncoder().encode(invoice)
        #expect(try JSONDecoder().decode(Invoice.self, from: data) == invoice)
        let json = String(decoding: data, as: UTF8.self)
        // Absent optional terms are left out rather than written as null.
        #expect(!json.contains("null"))
        #expect(!json.contains("payee"))
        #expect(json.contains(#""issueDate":"2026-09-01""#))
        #expect(json.contains(#""typeCode":"380""#))
    }

    @Test("attachments are written as standard base64 and read back from it")
    func attachmentBase64() throws {
        let vectors: [(String, String)] = [
            ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ]
        for (plain, encoded) in vectors {
            let object = Invoice.BinaryObject(content: Array(plain.utf8), mimeCode: "text/csv", filename: "a.csv")
            #expect(object.base64EncodedContent == encoded, "\(plain)")
            let decoded = try Invoice.BinaryObject(base64Encoded: encoded, mimeCode: "text/csv", filename: "a.csv")
            #expect(decoded.content == Array(plain.utf8), "\(encoded)")
        }
        // Every byte value, compared with Foundation's encoder as an independent reference.
        let all = Invoice.BinaryObject(content: binaryContent, mimeCode: "application/pdf", filename: "x.pdf")
        #expect(all.base64EncodedContent == Data(binaryContent).base64EncodedString())
        // Line breaks, as XML wraps base64, are ignored.
        let wrapped = try Invoice.BinaryObject(base64Encoded: "Zm9v\r\nYmFy\n", mimeCode: "text/csv", filename: "a")
        #expect(wrapped.content == Array("foobar".utf8))
        // The JSON carries the base64 text, not an array of numbers.
        let json = String(decoding: try JSONEncoder().encode(all), as: UTF8.self)
        #expect(json.contains(Data(binaryContent).base64EncodedString().replacingOccurrences(of: "/", with: "\\/")))
    }

    @Test("refuses text that is not padded standard base64")
    func badBase64() throws {
        for text in ["Zg=", "Z===", "Zm9v!", "=Zm9", "Zg==Zg==", "Zm9vY", "Zm-v", "Zm_v", "AB=C"] {
            #expect(throws: FactureModelError.self, "\(text)") {
                try Invoice.BinaryObject(base64Encoded: text, mimeCode: "text/csv", filename: "a.csv")
            }
        }
        let badJSON = #"{"content":"Zg=","mimeCode":"text/csv","filename":"a.csv"}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Invoice.BinaryObject.self, from: Data(badJSON.utf8))
        }
    }

    @Test("malformed JSON gives a decoding error, not a crash")
    func malformedJSON() throws {
        let good = String(decoding: try stableEncoder().encode(try makeFullInvoice()), as: UTF8.self)
        let corruptions = [
            (#""issueDate":"2026-09-01""#, #""issueDate":"2026-02-30""#),
            (#""amountDue":"892.00""#, #""amountDue":"892,00""#),
            (#""amountDue":"892.00""#, #""amountDue":892"#),
            (#""currency":"EUR""#, #""currency":"euro""#),
            (#""country":"FR""#, #""country":"FRA""#),
            (#""number":"F-2026-0042""#, #""numero":"F-2026-0042""#),
        ]
        for (original, replacement) in corruptions {
            #expect(good.contains(original), "\(original)")
            let broken = good.replacingOccurrences(of: original, with: replacement)
            #expect(throws: DecodingError.self, "\(replacement)") {
                try JSONDecoder().decode(Invoice.self, from: Data(broken.utf8))
            }
        }
    }
}

@Suite("Invoice code lists")
struct InvoiceCodeListTests {
    /// Encodes and decodes `values` through JSON, and checks each comes back equal and as a string.
    private func roundTrip<Code: Codable & Hashable & RawRepresentable>(_ values: [Code]) throws
    where Code.RawValue == String {
        let data = try JSONEncoder().encode(values)
        #expect(try JSONDecoder().decode([Code].self, from: data) == values)
        let strings = try JSONDecoder().decode([String].self, from: data)
        #expect(strings == values.map(\.rawValue))
    }

    @Test("unknown codes of every code list round-trip through JSON and are not known")
    func unknownCodesRoundTrip() throws {
        try roundTrip([DocumentTypeCode("999"), .commercialInvoice])
        try roundTrip([VATCategoryCode("B"), .reverseCharge])
        try roundTrip([PaymentMeansCode("68"), .sepaDirectDebit])
        try roundTrip([UnitCode("XYZ"), .kilogram])
        try roundTrip([AllowanceReasonCode("1000"), .discount])
        try roundTrip([ChargeReasonCode("ZZZ9"), .freightService])
        try roundTrip([VATExemptionReasonCode("VATEX-FR-NEW"), .frenchFranchise])
        try roundTrip([TextSubjectCode("ACB"), .recoveryFee])
        try roundTrip([ElectronicAddressScheme("9999"), .frenchCTC])
        try roundTrip([VATPointDateCode("999"), .paidToDate])
        try roundTrip([OperationCategory(rawValue: "AUT"), .mixed])
        #expect(!DocumentTypeCode("999").isKnown && DocumentTypeCode.commercialInvoice.isKnown)
        #expect(!VATCategoryCode("B").isKnown && UnitCode("XYZ").description == "XYZ")
        #expect(!OperationCategory(rawValue: "AUT").isKnown)
    }

    @Test("the constants carry the official codes, each listed once")
    func constants() {
        #expect(DocumentTypeCode.commercialInvoice.rawValue == "380")
        #expect(DocumentTypeCode.creditNote.rawValue == "381")
        #expect(DocumentTypeCode.correctedInvoice.rawValue == "384")
        #expect(DocumentTypeCode.prepaymentInvoice.rawValue == "386")
        #expect(DocumentTypeCode.selfBilledInvoice.rawValue == "389")
        #expect(DocumentTypeCode.selfBilledCreditNote.rawValue == "261")
        #expect(DocumentTypeCode.factoredInvoice.rawValue == "393")
        #expect(DocumentTypeCode.finalConstructionInvoice.rawValue == "877")
        #expect(VATCategoryCode.allKnown.map(\.rawValue) == ["S", "Z", "E", "AE", "K", "G", "O", "L", "M"])
        #expect(
            Set(PaymentMeansCode.allKnown.map(\.rawValue))
                == ["1", "10", "20", "30", "31", "42", "48", "49", "57", "58", "59", "97", "ZZZ"]
        )
        #expect(UnitCode.one.rawValue == "C62" && UnitCode.packagePiece.rawValue == "XPP")
        #expect(ElectronicAddressScheme.frenchCTC.rawValue == "0225" && ElectronicAddressScheme.email.rawValue == "EM")
        #expect(TextSubjectCode.recoveryFee.rawValue == "PMT" && TextSubjectCode.latePaymentPenalties.rawValue == "PMD")
        #expect(TextSubjectCode.discountTerms.rawValue == "AAB")
        #expect(Set(DocumentTypeCode.allKnown).count == DocumentTypeCode.allKnown.count)
        #expect(Set(UnitCode.allKnown).count == UnitCode.allKnown.count)
        #expect(Set(AllowanceReasonCode.allKnown).count == AllowanceReasonCode.allKnown.count)
        #expect(Set(ChargeReasonCode.allKnown).count == ChargeReasonCode.allKnown.count)
        #expect(Set(VATExemptionReasonCode.allKnown).count == VATExemptionReasonCode.allKnown.count)
        #expect(Set(TextSubjectCode.allKnown).count == TextSubjectCode.allKnown.count)
        #expect(Set(ElectronicAddressScheme.allKnown).count == ElectronicAddressScheme.allKnown.count)
    }

    @Test("tells credit notes from invoices")
    func creditNotes() {
        for code in ["381", "261", "262", "396", "81", "83", "532"] {
            #expect(DocumentTypeCode(code).isCreditNote, "\(code)")
        }
        for code in ["380", "384", "386", "389", "393", "383", "875", "876", "877", "999"] {
            #expect(!DocumentTypeCode(code).isCreditNote, "\(code)")
        }
        #expect(DocumentTypeCode.selfBilledInvoice.isSelfBilled && DocumentTypeCode.selfBilledCreditNote.isSelfBilled)
        #expect(!DocumentTypeCode.commercialInvoice.isSelfBilled)
    }

    @Test("country codes are shape-checked and told known or not")
    func countryCodes() throws {
        #expect(try CountryCode("FR") == .france)
        #expect(try CountryCode("ZZ").isKnown == false)
        #expect(try CountryCode("1A").isKnown)
        #expect(CountryCode.france.isKnown && CountryCode.unitedKingdom.isKnown)
        for text in ["fr", "FRA", "F", "", "F1R", "É1", " FR"] {
            #expect(throws: FactureModelError.self, "\(text)") { try CountryCode(text) }
            do {
                _ = try CountryCode(text)
            } catch {
                #expect(error.code == .invalidCountry)
            }
            #expect(CountryCode(rawValue: text) == nil)
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CountryCode].self, from: Data(#"["fr"]"#.utf8))
        }
    }

    @Test("translates BT-8 codes to and from CII")
    func vatPointDateCodes() {
        #expect(VATPointDateCode(ciiCode: "5") == .invoiceIssueDate)
        #expect(VATPointDateCode(ciiCode: "29") == .deliveryDate)
        #expect(VATPointDateCode(ciiCode: "72") == .paidToDate)
        #expect(VATPointDateCode(ciiCode: "3") == nil)
        for code in VATPointDateCode.allKnown {
            #expect(code.ciiCode.flatMap(VATPointDateCode.init(ciiCode:)) == code)
        }
    }
}

@Suite("Invoice French mentions")
struct InvoiceFrenchMentionTests {
    private func invoice() throws -> Invoice {
        Invoice(number: "F-1", issueDate: try day("2026-09-01"), seller: .init(name: "V"), buyer: .init(name: "A"))
    }

    @Test("reads and writes the category of operation through the billing-framework code in BT-23")
    func operationCategory() throws {
        var invoice = try invoice()
        #expect(invoice.operationCategory == nil)
        invoice.operationCategory = .services
        #expect(invoice.processControl.businessProcessType == "S1")
        invoice.processControl.businessProcessType = "B4"
        #expect(invoice.operationCategory == .goods)
        invoice.operationCategory = .mixed
        #expect(invoice.processControl.businessProcessType == "M4")
        invoice.operationCategory = nil
        #expect(invoice.processControl.businessProcessType == nil)
        invoice.processControl.businessProcessType = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
        #expect(invoice.operationCategory == nil)
        invoice.operationCategory = nil
        #expect(invoice.processControl.businessProcessType == "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0")
        invoice.operationCategory = .goods
        #expect(invoice.processControl.businessProcessType == "B1")
        invoice.operationCategory = OperationCategory(rawValue: "AUT")
        #expect(invoice.processControl.businessProcessType == "B1")
        #expect(OperationCategory(billingFrameworkCode: "S7") == .services)
        for code in ["X1", "B", "B12", "b1", "BA", ""] {
            #expect(OperationCategory(billingFrameworkCode: code) == nil, "\(code)")
        }
    }

    @Test("reads and writes the VAT-on-debits option through BT-8")
    func vatOnDebits() throws {
        var invoice = try invoice()
        #expect(!invoice.vatOnDebits)
        invoice.vatOnDebits = true
        #expect(invoice.vatPointDateCode == .invoiceIssueDate)
        invoice.vatOnDebits = false
        #expect(invoice.vatPointDateCode == nil)
        invoice.vatPointDateCode = .paidToDate
        #expect(!invoice.vatOnDebits)
        invoice.vatOnDebits = false
        #expect(invoice.vatPointDateCode == .paidToDate)
        invoice.vatPointDateCode = VATPointDateCode(ciiCode: "5")
        #expect(invoice.vatOnDebits)
    }

    @Test("reads, replaces and removes the PMT, PMD and AAB notes")
    func mandatoryNotes() throws {
        var invoice = try invoice()
        invoice.notes = [
            .init("Bonjour"), .init("ancienne", subjectCode: .recoveryFee), .init("doublon", subjectCode: "PMT"),
        ]
        #expect(invoice.recoveryFeeNote == "ancienne")
        invoice.recoveryFeeNote = "Indemnité forfaitaire pour frais de recouvrement : 40 €"
        #expect(invoice.notes.map(\.text) == ["Bonjour", "Indemnité forfaitaire pour frais de recouvrement : 40 €"])
        invoice.latePaymentPenaltiesNote = "Taux BCE + 10 points"
        invoice.discountTermsNote = "Pas d'escompte"
        #expect(invoice.notes(withSubject: .latePaymentPenalties).map(\.text) == ["Taux BCE + 10 points"])
        #expect(invoice.discountTermsNote == "Pas d'escompte")
        #expect(invoice.notes.count == 4)
        invoice.recoveryFeeNote = nil
        #expect(invoice.recoveryFeeNote == nil && invoice.notes.count == 3)
        #expect(invoice.notes.first?.text == "Bonjour")
    }

    @Test("finds the SIREN and SIRET of seller and buyer without checking them")
    func sirenAccessors() throws {
        let full = try makeFullInvoice()
        #expect(full.buyer.siren == "552081317")
        #expect(full.buyer.siret == "55208131766522")
        #expect(full.seller.siren == "732829320")
        #expect(full.seller.siret == "73282932000074")
        var buyer = Invoice.Buyer(name: "A", legalRegistrationIdentifier: Identifier("123456789"))
        #expect(buyer.siren == "123456789")
        buyer.legalRegistrationIdentifier = Identifier("12345678A")
        #expect(buyer.siren == nil)
        buyer.legalRegistrationIdentifier = .siret("12345678900011")
        #expect(buyer.siren == nil && buyer.siret == "12345678900011")
        // A wrong SIREN is still read, for validation to report.
        buyer.legalRegistrationIdentifier = .siren("000")
        #expect(buyer.siren == "000")
    }

    @Test("reaches the invoicing period through the delivery information")
    func invoicingPeriod() throws {
        var invoice = try invoice()
        let period = Invoice.Period(startDate: try day("2026-08-01"), endDate: try day("2026-08-31"))
        invoice.invoicingPeriod = period
        #expect(invoice.delivery?.invoicingPeriod == period)
        invoice.invoicingPeriod = nil
        #expect(invoice.delivery == nil)
        invoice.delivery = Invoice.Delivery(deliverToName: "Entrepôt")
        invoice.invoicingPeriod = period
        invoice.invoicingPeriod = nil
        #expect(invoice.delivery == Invoice.Delivery(deliverToName: "Entrepôt"))
    }
}
