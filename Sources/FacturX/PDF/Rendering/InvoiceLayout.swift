// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel

/// The A4 layout of an invoice: header with seller and document data, buyer and delivery, line
/// table (header repeated on every page), VAT breakdown and totals, payment and legal mentions.
struct InvoiceLayout {
    /// The invoice drawn.
    let invoice: Invoice
    /// Where it is drawn.
    let composer: InvoicePageComposer

    /// Default late-payment penalties mention (article L441-10 of the French commercial code).
    static let defaultPenaltiesMention =
        "Pénalités de retard : taux d'intérêt appliqué par la Banque centrale européenne à son opération de "
        + "refinancement la plus récente, majoré de 10 points (article L441-10 du Code de commerce)."
    /// Default recovery indemnity mention (article D441-5 of the French commercial code).
    static let defaultRecoveryMention =
        "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40\u{A0}€ "
        + "(articles L441-10 et D441-5 du Code de commerce)."
    /// Default early-payment discount mention.
    static let defaultDiscountMention = "Escompte pour paiement anticipé : néant."

    // Table columns: right edges of the numeric columns, left of description and unit.
    private static let quantityRight = 318.0
    private static let unitLeft = 324.0
    private static let priceRight = 430.0
    private static let rateRight = 472.0
    private static let totalRight = InvoicePageComposer.right
    private static let descriptionWidth = 270.0 - InvoicePageComposer.left
    private static let tableSize = 8.5
    private static let rowLeading = 11.0

    /// The document title: `Facture`, `Avoir`, `Facture rectificative`, `Facture d'acompte`, `Autofacture`.
    static func title(of invoice: Invoice) -> String {
        if invoice.typeCode.isCreditNote { return "Avoir" }
        switch invoice.typeCode {
        case .correctedInvoice: return "Facture rectificative"
        case .prepaymentInvoice: return "Facture d'acompte"
        case .selfBilledInvoice: return "Autofacture"
        default: return "Facture"
        }
    }

    /// Draws the whole invoice.
    func draw() {
        drawHeader()
        drawParties()
        drawReferences()
        drawLines()
        // Keep the totals with the payment terms and mentions, so the totals land on the last page.
        let scratch = InvoicePageComposer(regular: composer.regular, bold: composer.bold)
        let trial = InvoiceLayout(invoice: invoice, composer: scratch)
        trial.drawTotals()
        trial.drawPaymentAndMentions()
        if scratch.pages.count == 1 { composer.ensureSpace(InvoicePageComposer.top - scratch.y) }
        drawTotals()
        drawPaymentAndMentions()
    }

    // MARK: - Helpers

    private func money(_ amount: Amount) -> String {
        FrenchInvoiceFormat.amount(amount, currency: invoice.currency)
    }

    /// Draws `lines` (text, style, size) in a column from the current `y`; returns the lowest point.
    private func column(_ lines: [(String, InvoiceFontStyle, Double)], x: Double, width: Double) -> Double {
        var y = composer.y
        for (text, style, size) in lines {
            for line in composer.wrap(text, width: width, style: style, size: size) {
                y -= size * 1.3
                composer.text(line, x: x, baseline: y + size * 0.3, style: style, size: size)
            }
        }
        return y
    }

    private static func addressLines(_ address: PostalAddress?) -> [String] {
        guard let address else { return [] }
        var lines = [address.line1, address.line2, address.line3].compactMap { $0 }
        let city = [address.postCode, address.city].compactMap { $0 }.joined(separator: " ")
        if !city.isEmpty { lines.append(city) }
        if let subdivision = address.countrySubdivision { lines.append(subdivision) }
        if address.country != .france { lines.append(address.country.rawValue) }
        return lines
    }

    private static func contactLines(_ contact: Contact?) -> [String] {
        guard let contact else { return [] }
        return [
            contact.name.map { "Contact : \($0)" },
            contact.telephone.map { "Tél. : \($0)" },
            contact.email.map { "Courriel : \($0)" },
        ]
        .compactMap { $0 }
    }

    // MARK: - Header

    private func drawHeader() {
        let seller = invoice.seller
        var left: [(String, InvoiceFontStyle, Double)] = [(seller.name, .bold, 12)]
        if let trading = seller.tradingName { left.append((trading, .regular, 9)) }
        left += Self.addressLines(seller.postalAddress).map { ($0, .regular, 9) }
        if let siren = seller.siren { left.append(("SIREN : \(siren)", .regular, 9)) }
        if let siret = seller.siret { left.append(("SIRET : \(siret)", .regular, 9)) }
        if seller.siren == nil, let legal = seller.legalRegistrationIdentifier {
            left.append(("Immatriculation : \(legal.value)", .regular, 9))
        }
        if let vat = seller.vatIdentifier { left.append(("N° TVA intracommunautaire : \(vat)", .regular, 9)) }
        if let tax = seller.taxRegistrationIdentifier { left.append(("N° fiscal : \(tax)", .regular, 9)) }
        if let legal = seller.additionalLegalInformation { left.append((legal, .regular, 8)) }
        left += Self.contactLines(seller.contact).map { ($0, .regular, 8) }

        var right: [(String, InvoiceFontStyle, Double)] = [
            (Self.title(of: invoice).uppercased(), .bold, 18),
            ("N° \(invoice.number)", .bold, 11),
            ("Date d'émission : \(FrenchInvoiceFormat.date(invoice.issueDate))", .regular, 9),
        ]
        if let due = invoice.dueDate {
            right.append(("Date d'échéance : \(FrenchInvoiceFormat.date(due))", .regular, 9))
        }
        if let delivered = invoice.delivery?.actualDeliveryDate {
            right.append(("Date de livraison : \(FrenchInvoiceFormat.date(delivered))", .regular, 9))
        }
        if let period = invoice.invoicingPeriod {
            let start = period.startDate.map { "du \(FrenchInvoiceFormat.date($0))" }
            let end = period.endDate.map { "au \(FrenchInvoiceFormat.date($0))" }
            right.append(("Période : " + [start, end].compactMap { $0 }.joined(separator: " "), .regular, 9))
        }
        if let vatPoint = invoice.vatPointDate {
            right.append(("Date d'exigibilité de la TVA : \(FrenchInvoiceFormat.date(vatPoint))", .regular, 9))
        }
        let category = invoice.operationCategory?.frenchLabel ?? "non précisée"
        right.append(("Catégorie de l'opération : \(category)", .regular, 9))
        if invoice.vatOnDebits { right.append(("Option pour le paiement de la TVA d'après les débits", .regular, 9)) }
        if invoice.currency != .euro { right.append(("Devise : \(invoice.currency.rawValue)", .regular, 9)) }

        let middle = 330.0
        let leftBottom = column(left, x: InvoicePageComposer.left, width: middle - InvoicePageComposer.left - 10)
        let rightBottom = column(right, x: middle, width: InvoicePageComposer.right - middle)
        composer.y = min(leftBottom, rightBottom) - 14
    }

    private func drawParties() {
        let buyer = invoice.buyer
        var client: [(String, InvoiceFontStyle, Double)] = [("Client", .bold, 8), (buyer.name, .bold, 10)]
        if let trading = buyer.tradingName { client.append((trading, .regular, 9)) }
        client += Self.addressLines(buyer.postalAddress).map { ($0, .regular, 9) }
        if let siren = buyer.siren { client.append(("SIREN : \(siren)", .regular, 9)) }
        if let siret = buyer.siret { client.append(("SIRET : \(siret)", .regular, 9)) }
        if buyer.siren == nil, buyer.siret == nil, let legal = buyer.legalRegistrationIdentifier {
            client.append(("Immatriculation : \(legal.value)", .regular, 9))
        }
        if let vat = buyer.vatIdentifier { client.append(("N° TVA intracommunautaire : \(vat)", .regular, 9)) }
        client += Self.contactLines(buyer.contact).map { ($0, .regular, 8) }

        var delivery: [(String, InvoiceFontStyle, Double)] = []
        if let info = invoice.delivery, info.deliverToName != nil || info.deliverToAddress != nil {
            delivery.append(("Livraison", .bold, 8))
            if let name = info.deliverToName { delivery.append((name, .bold, 10)) }
            delivery += Self.addressLines(info.deliverToAddress).map { ($0, .regular, 9) }
        }
        let top = composer.y
        composer.rule(at: top + 4)
        let leftBottom = column(client, x: InvoicePageComposer.left, width: 270)
        let rightBottom = column(delivery, x: 330, width: InvoicePageComposer.right - 330)
        composer.y = min(leftBottom, rightBottom) - 10
    }

    private func drawReferences() {
        var references: [String] = []
        if let value = invoice.buyerReference { references.append("Référence acheteur : \(value)") }
        if let value = invoice.purchaseOrderReference { references.append("Bon de commande : \(value)") }
        if let value = invoice.contractReference { references.append("Contrat : \(value)") }
        if let value = invoice.projectReference { references.append("Projet : \(value)") }
        if let value = invoice.salesOrderReference { references.append("Commande vendeur : \(value)") }
        if let value = invoice.despatchAdviceReference { references.append("Avis d'expédition : \(value)") }
        for preceding in invoice.precedingInvoices {
            let date = preceding.issueDate.map { " du \(FrenchInvoiceFormat.date($0))" } ?? ""
            references.append("Facture d'origine : \(preceding.number)\(date)")
        }
        guard !references.isEmpty else { return }
        composer.paragraph(references.joined(separator: " · "), size: 8.5)
        composer.y -= 6
    }

    // MARK: - Lines

    private func drawTableHeader(_ composer: InvoicePageComposer) {
        let height = 14.0
        composer.shade(
            x: InvoicePageComposer.left,
            top: composer.y,
            width: InvoicePageComposer.right - InvoicePageComposer.left,
            height: height
        )
        let baseline = composer.y - 10
        let size = Self.tableSize
        composer.text("Désignation", x: InvoicePageComposer.left + 2, baseline: baseline, style: .bold, size: size)
        composer.textRight("Qté", right: Self.quantityRight, baseline: baseline, style: .bold, size: size)
        composer.text("Unité", x: Self.unitLeft, baseline: baseline, style: .bold, size: size)
        composer.textRight("PU HT", right: Self.priceRight, baseline: baseline, style: .bold, size: size)
        composer.textRight("TVA", right: Self.rateRight, baseline: baseline, style: .bold, size: size)
        composer.textRight("Total HT", right: Self.totalRight - 2, baseline: baseline, style: .bold, size: size)
        composer.y -= height + 2
    }

    private func rate(_ vat: Invoice.Line.VATInformation) -> String {
        if let rate = vat.rate { return FrenchInvoiceFormat.percentage(rate) }
        return vat.categoryCode.rawValue
    }

    private func drawLines() {
        composer.ensureSpace(60)
        drawTableHeader(composer)
        composer.repeatedHeader = { composer in self.drawTableHeader(composer) }
        let size = Self.tableSize
        for line in invoice.lines {
            var description = composer.wrap(line.item.name, width: Self.descriptionWidth, size: size)
            if let detail = line.item.description {
                description += composer.wrap(detail, width: Self.descriptionWidth, size: size - 1)
            }
            for allowance in line.allowances {
                let text = "Remise \(allowance.reason ?? "") : \(money(-allowance.amount))"
                description += composer.wrap(text, width: Self.descriptionWidth, size: size - 1)
            }
            for charge in line.charges {
                let text = "Frais \(charge.reason ?? "") : \(money(charge.amount))"
                description += composer.wrap(text, width: Self.descriptionWidth, size: size - 1)
            }
            if let note = line.note { description += composer.wrap(note, width: Self.descriptionWidth, size: size - 1) }
            if let period = line.period {
                let start = period.startDate.map { "du \(FrenchInvoiceFormat.date($0))" }
                let end = period.endDate.map { "au \(FrenchInvoiceFormat.date($0))" }
                description.append("Période " + [start, end].compactMap { $0 }.joined(separator: " "))
            }
            let height = Double(description.count) * Self.rowLeading + 4
            composer.ensureSpace(height)
            var baseline = composer.y - Self.rowLeading + 2
            composer.textRight(
                FrenchInvoiceFormat.quantity(line.quantity),
                right: Self.quantityRight,
                baseline: baseline,
                size: size
            )
            composer.text(FrenchInvoiceFormat.unit(line.unitCode), x: Self.unitLeft, baseline: baseline, size: size)
            composer.textRight(
                FrenchInvoiceFormat.unitPrice(line.price.netPrice, currency: invoice.currency),
                right: Self.priceRight,
                baseline: baseline,
                size: size
            )
            composer.textRight(rate(line.vat), right: Self.rateRight, baseline: baseline, size: size)
            composer.textRight(money(line.netAmount), right: Self.totalRight - 2, baseline: baseline, size: size)
            for (index, text) in description.enumerated() {
                composer.text(
                    text,
                    x: InvoicePageComposer.left + 2,
                    baseline: baseline,
                    style: .regular,
                    size: index == 0 ? size : size - 1
                )
                baseline -= Self.rowLeading
            }
            composer.y -= height
            composer.rule(at: composer.y + 1, width: 0.2)
        }
        composer.repeatedHeader = nil
        composer.y -= 8
    }

    // MARK: - Totals

    private func drawTotals() {
        var adjustments: [String] = []
        for allowance in invoice.allowances {
            adjustments.append("Remise : \(allowance.reason ?? "remise") (\(money(-allowance.amount)))")
        }
        for charge in invoice.charges {
            adjustments.append("Frais : \(charge.reason ?? "frais") (\(money(charge.amount)))")
        }
        for text in adjustments { composer.paragraph(text, size: 8.5) }
        if !adjustments.isEmpty { composer.y -= 6 }

        let totals = invoice.totals
        var rows: [(String, String, InvoiceFontStyle)] = []
        if let lines = totals.sumOfLineNetAmounts, !adjustments.isEmpty {
            rows.append(("Total HT des lignes", money(lines), .regular))
        }
        if let allowances = totals.sumOfAllowances { rows.append(("Remises", money(-allowances), .regular)) }
        if let charges = totals.sumOfCharges { rows.append(("Frais", money(charges), .regular)) }
        rows.append(("Total HT", money(totals.totalWithoutVAT), .regular))
        rows.append(("Total TVA", money(totals.totalVAT ?? .zero), .regular))
        rows.append(("Total TTC", money(totals.totalWithVAT), .bold))
        if let paid = totals.paidAmount { rows.append(("Acompte versé", money(paid), .regular)) }
        if let rounding = totals.roundingAmount { rows.append(("Arrondi", money(rounding), .regular)) }
        rows.append(("Net à payer", money(totals.amountDue), .bold))

        let exemptions = invoice.vatBreakdown.compactMap { breakdown -> String? in
            let reason = breakdown.exemptionReason ?? breakdown.exemptionReasonCode?.rawValue
            return reason.map { "TVA \(breakdown.categoryCode.rawValue) : \($0)" }
        }
        let leading = 13.0
        let vatHeight = Double(invoice.vatBreakdown.count + 1) * leading + Double(exemptions.count) * leading
        composer.ensureSpace(max(vatHeight, Double(rows.count) * leading) + 10)

        let top = composer.y
        // VAT breakdown on the left.
        let vatLeft = InvoicePageComposer.left
        let baseRight = 200.0
        let taxRight = 290.0
        composer.shade(x: vatLeft, top: top, width: taxRight + 4 - vatLeft, height: leading)
        var baseline = top - leading + 3.5
        composer.text("Taux TVA", x: vatLeft + 2, baseline: baseline, style: .bold, size: 8.5)
        composer.textRight("Base HT", right: baseRight, baseline: baseline, style: .bold, size: 8.5)
        composer.textRight("Montant TVA", right: taxRight, baseline: baseline, style: .bold, size: 8.5)
        for breakdown in invoice.vatBreakdown {
            baseline -= leading
            let label =
                breakdown.rate.map { FrenchInvoiceFormat.percentage($0) + " (\(breakdown.categoryCode.rawValue))" }
                ?? breakdown.categoryCode.rawValue
            composer.text(label, x: vatLeft + 2, baseline: baseline, size: 8.5)
            composer.textRight(money(breakdown.taxableAmount), right: baseRight, baseline: baseline, size: 8.5)
            composer.textRight(money(breakdown.taxAmount), right: taxRight, baseline: baseline, size: 8.5)
        }
        for exemption in exemptions {
            baseline -= leading
            composer.text(exemption, x: vatLeft + 2, baseline: baseline, size: 7.5)
        }
        let vatBottom = baseline - 6

        // Totals on the right.
        let labelLeft = 340.0
        var totalBaseline = top - leading + 3.5
        for (label, value, style) in rows {
            if style == .bold {
                composer.shade(
                    x: labelLeft - 4,
                    top: totalBaseline + leading - 3.5,
                    width: InvoicePageComposer.right - labelLeft + 4,
                    height: leading
                )
            }
            composer.text(label, x: labelLeft, baseline: totalBaseline, style: style, size: 9)
            composer.textRight(value, right: Self.totalRight - 2, baseline: totalBaseline, style: style, size: 9)
            totalBaseline -= leading
        }
        composer.y = min(vatBottom, totalBaseline) - 10
    }

    // MARK: - Payment and mentions

    private func drawPaymentAndMentions() {
        composer.ensureSpace(40)
        composer.paragraph("Conditions de paiement", style: .bold, size: 10)
        if let due = invoice.dueDate {
            composer.paragraph("Date d'échéance : \(FrenchInvoiceFormat.date(due))")
        }
        if let terms = invoice.paymentTerms { composer.paragraph(terms) }
        if let payment = invoice.paymentInstructions {
            var means = "Moyen de paiement : \(FrenchInvoiceFormat.paymentMeans(payment.meansCode))"
            if let text = payment.meansText { means += " (\(text))" }
            composer.paragraph(means)
            for transfer in payment.creditTransfers {
                var account = "IBAN : \(transfer.accountIdentifier)"
                if let bic = transfer.serviceProviderIdentifier { account += " · BIC : \(bic)" }
                if let name = transfer.accountName { account += " · Titulaire : \(name)" }
                composer.paragraph(account)
            }
            if let card = payment.paymentCard {
                composer.paragraph("Carte : \(card.primaryAccountNumber)" + (card.holderName.map { " (\($0))" } ?? ""))
            }
            if let debit = payment.directDebit {
                let parts = [
                    debit.mandateReference.map { "Mandat : \($0)" },
                    debit.creditorIdentifier.map { "ICS : \($0)" },
                    debit.debitedAccountIdentifier.map { "Compte débité : \($0)" },
                ]
                composer.paragraph(parts.compactMap { $0 }.joined(separator: " · "))
            }
            if let remittance = payment.remittanceInformation {
                composer.paragraph("Référence de paiement : \(remittance)")
            }
        }
        if let payee = invoice.payee { composer.paragraph("Bénéficiaire du paiement : \(payee.name)") }
        if let representative = invoice.sellerTaxRepresentative {
            composer.paragraph(
                "Représentant fiscal : \(representative.name), N° TVA \(representative.vatIdentifier)"
            )
        }
        let mentions: [(TextSubjectCode, String)] = [
            (.discountTerms, Self.defaultDiscountMention),
            (.latePaymentPenalties, Self.defaultPenaltiesMention),
            (.recoveryFee, Self.defaultRecoveryMention),
        ]
        for (subject, fallback) in mentions {
            let texts = invoice.notes(withSubject: subject).map(\.text)
            for text in texts.isEmpty ? [fallback] : texts { composer.paragraph(text, size: 8) }
        }

        let mentioned: [TextSubjectCode] = [.discountTerms, .latePaymentPenalties, .recoveryFee]
        let others = invoice.notes.filter { note in !mentioned.contains { $0 == note.subjectCode } }
        guard !others.isEmpty else { return }
        composer.y -= 6
        composer.ensureSpace(30)
        composer.paragraph("Notes", style: .bold, size: 10)
        for note in others { composer.paragraph(note.text, size: 8) }
    }
}
