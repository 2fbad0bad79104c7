// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel

/// The invoice `facture demo` runs on when no `--data` folder is given: a French B2B sale with
/// three VAT rates, a line discount, a document-level charge and allowance, and the mentions the
/// 2026 reform asks for. Companies and accounts are fictional; their check digits are valid.
enum DemoSample {
    /// Builds the sample with its totals left at zero, as an invoice arrives before calculation.
    static func invoice() throws -> Invoice {
        let france = try CountryCode("FR")
        var invoice = Invoice(
            number: "F-2026-0042",
            issueDate: try CalendarDate(year: 2026, month: 11, day: 24),
            dueDate: try CalendarDate(year: 2026, month: 12, day: 24),
            buyerReference: "SERVICE-ACHATS",
            purchaseOrderReference: "BC-7781",
            paymentTerms: "Paiement à 30 jours",
            notes: [
                Invoice.Note("Indemnité forfaitaire pour frais de recouvrement : 40 €", subjectCode: .init("PMT")),
                Invoice.Note("Pénalités de retard : trois fois le taux d'intérêt légal", subjectCode: .init("PMD")),
                Invoice.Note("Pas d'escompte pour paiement anticipé", subjectCode: .init("AAB")),
            ],
            seller: Invoice.Seller(
                name: "Atelier Lumière SARL",
                identifiers: [.siret("84215367800011")],
                legalRegistrationIdentifier: .siren("842153678"),
                vatIdentifier: "FR16842153678",
                electronicAddress: ElectronicAddress("842153678", scheme: .siren),
                postalAddress: PostalAddress(
                    line1: "12 rue des Artisans",
                    city: "Lyon",
                    postCode: "69002",
                    country: france
                )
            ),
            buyer: Invoice.Buyer(
                name: "Boulangerie des Halles SAS",
                identifier: .siret("51937820200021"),
                legalRegistrationIdentifier: .siren("519378202"),
                vatIdentifier: "FR47519378202",
                electronicAddress: ElectronicAddress("519378202", scheme: .siren),
                postalAddress: PostalAddress(
                    line1: "3 place du Marché",
                    city: "Paris",
                    postCode: "75001",
                    country: france
                )
            ),
            paymentInstructions: Invoice.PaymentInstructions(
                meansCode: .init("58"),
                remittanceInformation: "F-2026-0042",
                creditTransfers: [
                    Invoice.PaymentInstructions.CreditTransfer(
                        accountIdentifier: "FR7630004000031234567890143",
                        accountName: "Atelier Lumière SARL",
                        serviceProviderIdentifier: "BNPAFRPPXXX"
                    )
                ]
            ),
            allowances: [
                Invoice.Allowance(
                    amount: try Amount(parsing: "25.00"),
                    vatCategoryCode: .standardRate,
                    vatRate: Percentage(20),
                    reason: "Remise fidélité"
                )
            ],
            charges: [
                Invoice.Charge(
                    amount: try Amount(parsing: "18.50"),
                    vatCategoryCode: .standardRate,
                    vatRate: Percentage(20),
                    reason: "Frais de livraison"
                )
            ],
            lines: [
                try line(
                    "1",
                    "Suspension laiton 3 feux",
                    quantity: "2",
                    price: "289.90",
                    rate: "20",
                    discount: "28.99"
                ),
                try line("2", "Ampoule LED E27 filament", quantity: "24", price: "6.4583", rate: "20"),
                try line(
                    "3",
                    "Pose et raccordement (heures)",
                    quantity: "3.5",
                    price: "52.00",
                    rate: "10",
                    unit: "HUR"
                ),
                try line("4", "Guide d'entretien imprimé", quantity: "1", price: "12.32", rate: "5.5"),
            ]
        )
        invoice.operationCategory = .mixed
        return invoice
    }

    private static func line(
        _ id: String,
        _ name: String,
        quantity: String,
        price: String,
        rate: String,
        unit: String = "C62",
        discount: String? = nil
    ) throws -> Invoice.Line {
        let quantity = try Quantity(parsing: quantity)
        let price = try Amount(parsing: price)
        var allowances: [Invoice.Line.Allowance] = []
        if let discount {
            allowances.append(Invoice.Line.Allowance(amount: try Amount(parsing: discount), reason: "Remise 5 %"))
        }
        return Invoice.Line(
            id: id,
            quantity: quantity,
            unitCode: UnitCode(unit),
            netAmount: .zero,
            allowances: allowances,
            price: Invoice.Line.PriceDetails(netPrice: price),
            vat: Invoice.Line.VATInformation(categoryCode: .standardRate, rate: try Percentage(parsing: rate)),
            item: Invoice.Line.Item(name: name)
        )
    }
}
