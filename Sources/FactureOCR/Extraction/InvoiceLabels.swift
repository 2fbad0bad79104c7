// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The labels French and English invoices print before their fields, lower case without accents
/// (text is folded the same way before searching), most specific first within each list.
enum InvoiceLabels {
    /// Before the invoice (or credit note) number.
    static let invoiceNumber = [
        "numero de facture", "n° de facture", "no de facture", "facture n°", "facture no", "facture numero",
        "facture #", "ref. facture", "ref facture", "reference facture", "invoice number", "invoice no.", "invoice no",
        "invoice #", "invoice n°", "n° facture", "no facture", "numero facture",
    ]
    /// Before a credit note's own number.
    static let creditNoteNumber = [
        "numero d'avoir", "n° d'avoir", "avoir n°", "avoir no", "avoir numero", "n° avoir", "credit note number",
        "credit note no.", "credit note no", "credit note #", "ref. avoir", "reference avoir",
    ]
    /// Document titles followed by the number (`FACTURE F2025-4473`, `INVOICE 12`).
    static let titles = ["facture", "invoice", "avoir", "credit note", "note d'avoir", "tax invoice"]
    /// Before the issue date.
    static let issueDate = [
        "date de facturation", "date de facture", "date facture", "date d'emission", "date d'émission",
        "date de l'avoir", "date avoir", "invoice date", "issue date", "date of issue", "issued on", "date :", "date",
        "emise le", "du", "le",
    ]
    /// Before the due date.
    static let dueDate = [
        "date d'echeance", "date limite de paiement", "date limite de reglement", "echeance", "a regler avant le",
        "a regler avant", "payable avant le", "payable le", "a payer avant le", "due date", "payment due", "due on",
        "due by", "pay by", "due",
    ]
    /// Dates that are neither (delivery, service, order): ignored.
    static let otherDate = [
        "livre le", "livraison", "date de livraison", "date de prestation", "periode", "service date",
        "delivery date", "delivered", "date de commande", "order date", "valable",
    ]
    /// Due "on receipt": no due date.
    static let onReceipt = ["a reception", "des reception", "upon receipt", "on receipt", "a la reception"]
    /// Before the total without VAT.
    static let totalHT = [
        "total hors taxes", "total hors taxe", "total h.t.", "total h.t", "total ht", "montant h.t.", "montant ht",
        "net total", "total net", "montant hors taxes", "sous-total ht",
        "sous total ht", "total net ht", "sous-total", "sous total", "total excl. vat", "total excl vat",
        "total excluding vat", "total before vat", "net amount", "subtotal", "sub-total", "total (excl", "totalht",
    ]
    /// Before the total VAT.
    static let totalTVA = [
        "total tva", "montant tva", "montant de la tva", "total vat", "vat amount", "vat total", "tva", "vat",
    ]
    /// Before the total with VAT.
    static let totalTTC = [
        "total t.t.c.", "total ttc", "montant t.t.c.", "montant ttc", "total t.t.c", "total toutes taxes comprises",
        "invoice total",
        "total incl. vat", "total incl vat", "total including vat", "total amount", "grand total", "totalttc", "total",
    ]
    /// Before the amount due.
    static let amountDue = [
        "net a payer", "reste a payer", "reste du", "montant du", "solde a payer", "total a payer", "a payer",
        "total due", "amount due", "balance due", "amount payable", "residual", "remaining balance",
    ]
    /// Before a deposit already paid.
    static let deposit = [
        "acompte", "deja regle", "deja paye", "avance recue", "deposit", "already paid", "prepayment",
    ]
    /// Before the purchase order reference.
    static let purchaseOrder = [
        "bon de commande", "votre commande n°", "votre commande", "commande n°", "n° de commande", "no de commande",
        "ref. commande", "ref, commande", "reference commande", "order ref", "purchase order", "po number", "po no",
        "p.o.", "order no",
        "order number",
        "your order",
    ]
    /// Before the buyer's name and address.
    static let buyerBlock = [
        "adresse de facturation", "facture a", "facturer a", "factured to", "client :", "client:", "destinataire",
        "invoice to", "bill to", "billed to", "customer :", "acheteur", "buyer", "sold to", "a l'attention de",
    ]
    /// Labels of a delivery address block: neither the supplier's name nor the buyer's label.
    static let deliveryBlock = [
        "adresse de livraison", "lieu de livraison", "livrer a", "delivery address", "ship to", "deliver to",
        "shipping address",
    ]
    /// Words that put an identifier on a line with the buyer's.
    static let buyerMarkers = ["client", "customer", "acheteur", "buyer", "destinataire"]
    /// A VAT exemption or franchise: no VAT breakdown.
    static let vatExemption = [
        "293 b", "tva non applicable", "vat not applicable", "exoneration de tva", "autoliquidation",
    ]
    /// A credit note.
    static let creditNote = ["avoir", "credit note", "note de credit", "facture d'avoir"]
    /// Table headers: the description column.
    static let descriptionColumn = [
        "description", "designation", "article", "libelle", "item", "prestation", "produit", "details", "detail",
    ]
    /// Table headers: the quantity column.
    static let quantityColumn = ["qte", "quantite", "qty", "quantity", "units", "qt", "nb"]
    /// Table headers: the unit price column.
    static let unitPriceColumn = [
        "p.u", "pu ht", "pu", "prix unitaire", "prix unit", "unit price", "rate", "price", "prix", "unit.",
    ]
    /// Table headers: the VAT rate column.
    static let rateColumn = ["tva", "vat", "taux"]
    /// Table headers: the line total column.
    static let amountColumn = ["montant", "amount", "total", "prix total", "net"]
}

extension String {
    /// Lower case, French accents removed, `’` as `'`, runs of spaces as one: the form labels are searched in.
    var foldedForLabels: String {
        var result = ""
        var lastWasSpace = false
        for character in lowercased().foldingFrenchAccents {
            let mapped: Character = character == "’" ? "'" : (character == "\u{00A0}" ? " " : character)
            if mapped == " " {
                if !lastWasSpace { result.append(mapped) }
                lastWasSpace = true
            } else {
                result.append(mapped)
                lastWasSpace = false
            }
        }
        return result
    }
}
