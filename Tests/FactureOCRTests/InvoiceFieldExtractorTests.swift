// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import FactureOCR
import FactureTestSupport
import Foundation
import Testing

/// Field extraction from the text layer of the corpus text PDFs, against their ground truth.
@Suite struct InvoiceFieldExtractorTests {
    /// The fields compared here, with the contract's JSON key.
    static let fields: [(key: String, value: @Sendable (ExtractedInvoice) -> String?)] = [
        ("supplier_siren", \.supplierSIREN), ("supplier_siret", \.supplierSIRET), ("supplier_vat", \.supplierVAT),
        ("invoice_number", \.invoiceNumber), ("issue_date", \.issueDate), ("due_date", \.dueDate),
        ("currency", \.currency), ("total_ht", \.totalHT), ("total_tva", \.totalTVA), ("total_ttc", \.totalTTC),
        ("amount_due", \.amountDue), ("iban", \.iban), ("po_reference", \.poReference),
        ("document_type", \.documentType),
    ]

    @Test func readsTheTextPDFsOfTheCorpus() throws {
        let manifest = try JSONDecoder().decode(
            PDFTextLayerTests.Manifest.self,
            from: try SharedFixtures.data("ocr-corpus/dev/manifest.json")
        )
        let documents = manifest.documents.filter { $0.variant == "text_pdf" }
        var right = 0
        var total = 0
        var misses: [String] = []
        for document in documents {
            let pages = try PDFTextLayer.pages(ofPDF: try SharedFixtures.data("ocr-corpus/dev/" + document.input))
            let fields = InvoiceFieldExtractor().extract(from: pages, source: .text)
            let truth =
                try JSONSerialization.jsonObject(
                    with: try SharedFixtures.data("ocr-corpus/dev/truth/\(document.stem).json")
                ) as? [String: Any]
            for field in Self.fields {
                total += 1
                let expected = truth?[field.key] as? String
                if Self.normalized(field.value(fields)) == Self.normalized(expected) {
                    right += 1
                } else {
                    misses.append(
                        "\(document.stem) \(field.key): \(field.value(fields) ?? "nil") ≠ \(expected ?? "nil")"
                    )
                }
                // Every field carries a confidence.
                #expect(fields.confidence[field.key] != nil, "\(document.stem) \(field.key) has a confidence")
            }
            #expect(fields.source == .text)
        }
        let accuracy = Double(right) / Double(total)
        // A regression guard at the level reached (the scorer's full measure is in the closing notes).
        #expect(accuracy >= 0.99, "accuracy \(accuracy); misses:\n\(misses.joined(separator: "\n"))")
    }

    static func normalized(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value.uppercased().filter { !$0.isWhitespace && $0 != "." && $0 != "-" }
    }

    @Test func keepsTheBuyerApartFromTheSupplier() {
        func word(_ text: String, _ x: Double, _ y: Double) -> TextWord {
            TextWord(text: text, box: TextBox(x: x, y: y, width: Double(text.count) * 5, height: 9))
        }
        // The supplier's SIRET twice (header and legal footer), the client's SIREN once.
        let words = [
            word("Dupont", 40, 40), word("SARL", 80, 40),
            word("SIRET", 40, 60), word("732", 80, 60), word("829", 100, 60), word("320", 120, 60),
            word("00074", 140, 60),
            word("Facture", 40, 100), word("n°", 90, 100), word("F-2026-001", 110, 100),
            word("SIREN", 300, 120), word("client", 335, 120), word(":", 370, 120), word("542107651", 380, 120),
            word("Total", 300, 200), word("HT", 330, 200), word("100,00", 420, 200),
            word("TVA", 300, 212), word("20", 330, 212), word("%", 345, 212), word("20,00", 420, 212),
            word("Total", 300, 224), word("TTC", 330, 224), word("120,00", 420, 224),
            word("Dupont", 40, 300), word("SARL", 80, 300), word("-", 110, 300), word("SIRET", 120, 300),
            word("73282932000074", 160, 300),
        ]
        let page = TextPage(number: 1, width: 595, height: 842, words: words, origin: .textLayer)
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .text)
        #expect(fields.supplierSIRET == "73282932000074")
        #expect(fields.supplierSIREN == "732829320")
        #expect(fields.buyerSIREN == "542107651")
        #expect(fields.invoiceNumber == "F-2026-001")
        #expect(fields.totalHT == "100.00")
        #expect(fields.totalTVA == "20.00")
        #expect(fields.totalTTC == "120.00")
        #expect(fields.supplierName == "Dupont SARL")
        // With the dossier's own SIREN given as the supplier's, the roles swap.
        let own = InvoiceFieldExtractor(ownSIREN: "732829320").extract(from: [page], source: .text)
        #expect(own.supplierSIREN == "542107651")
    }

    /// A page whose text pieces start at the given points: each piece's words follow one another
    /// with single spaces (5 points a character, height 9), as a text layer or recognizer gives them.
    static func page(_ pieces: [(x: Double, y: Double, text: String)]) -> TextPage {
        var words: [TextWord] = []
        for piece in pieces {
            var x = piece.x
            for word in piece.text.split(separator: " ") {
                let width = Double(word.count) * 5
                words.append(TextWord(text: String(word), box: TextBox(x: x, y: piece.y, width: width, height: 9)))
                x += width + 3
            }
        }
        return TextPage(number: 1, width: 595, height: 842, words: words, origin: .recognition)
    }

    @Test func readsTableRowsWithoutAHeaderAndRepairsMisreadNumbers() {
        // The header was lost; a quantity is glued to its price (`5 673,76`), a price lost its
        // decimal comma (`31450`), a quantity was not read, a credit-like sign is fine as printed.
        let page = Self.page([
            (40, 40, "Dupont SARL"),
            (40, 100, "Facture n° F-2026-002"),
            (40, 200, "001 Formation bureautique 5 673,76 20 % 3 368,80"),
            (40, 214, "002 Location nacelle 12 m 3 31450 20 % 943,50"),
            (40, 228, "003 Maintenance annuelle serveur 1 1 581,69 20 % 1 581,69"),
            (300, 260, "Total HT 5 893,99"),
            (300, 272, "TVA 20 % 1 178,80"),
            (300, 284, "Total TTC 7 072,79"),
        ])
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .ocr)
        #expect(
            fields.lines.map(\.description) == [
                "Formation bureautique", "Location nacelle 12 m", "Maintenance annuelle serveur",
            ]
        )
        #expect(fields.lines.map(\.quantity) == ["5", "3", "1"])
        #expect(fields.lines.map(\.unitPrice) == ["673.76", "314.50", "1581.69"])
        #expect(fields.lines.map(\.lineTotal) == ["3368.80", "943.50", "1581.69"])
        #expect(fields.lines.map(\.vatRate) == ["20.00", "20.00", "20.00"])
        // Repaired rows lower the confidence.
        #expect((fields.confidence["lines"] ?? 1) < 0.9)
    }

    @Test func repairsAMisreadLineAmountOnlyWhenTheTotalConfirmsIt() {
        func page(totalHT: String) -> TextPage {
            Self.page([
                (40, 40, "Dupont SARL"),
                (40, 180, "Description"), (250, 180, "Qté"), (300, 180, "Prix unitaire"), (400, 180, "Montant"),
                (40, 200, "Main d'oeuvre technicien"), (250, 200, "173,5"), (300, 200, "66,93"), (400, 200, "1 612,36"),
                (40, 214, "Câble électrique"), (250, 214, "5"), (300, 214, "132,52"), (400, 214, "662,60"),
                (300, 260, "Total HT \(totalHT)"),
                (300, 272, "TVA 20 % \(totalHT == "12 274,96" ? "2 454,99" : "454,99")"),
                (300, 284, "Total TTC \(totalHT == "12 274,96" ? "14 729,95" : "2 729,95")"),
            ])
        }
        // 173,5 × 66,93 = 11 612,36: the amount lost a digit, and the total says so.
        let confirmed = InvoiceFieldExtractor().extract(from: [page(totalHT: "12 274,96")], source: .ocr)
        #expect(confirmed.lines.map(\.lineTotal) == ["11612.36", "662.60"])
        #expect((confirmed.confidence["lines"] ?? 1) <= 0.7)
        // The total agrees with the amounts as read: they are kept.
        let asRead = InvoiceFieldExtractor().extract(from: [page(totalHT: "2 274,96")], source: .ocr)
        #expect(asRead.lines.map(\.lineTotal) == ["1612.36", "662.60"])
    }

    @Test func completesTheVATBreakdownAndTheTotals() {
        // A summary row unreadable (`2,1 % 62,64 dy`): the totals leave its base and VAT, which
        // 2,1 % explains; a TTC label lost: HT and TVA equal the breakdown's sums.
        let page = Self.page([
            (40, 40, "Dupont SARL"),
            (40, 300, "Taux Base Montant TVA"),
            (40, 312, "20 % 5 052,45 1 010,49"),
            (40, 324, "10 % 145 834,96 14 583,50"),
            (40, 336, "2,1 % 62,64 dy"),
            (300, 300, "Total HT 150 950,05"),
            (300, 348, "Total TVA 15 595,31"),
            (300, 360, "Montant T.T.C 166 5 45,36"),
        ])
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .ocr)
        #expect(fields.totalHT == "150950.05")
        #expect(fields.totalTVA == "15595.31")
        #expect(fields.totalTTC == "166545.36")
        #expect(
            Set(fields.vatBreakdown) == [
                .init(rate: "20.00", base: "5052.45", amount: "1010.49"),
                .init(rate: "10.00", base: "145834.96", amount: "14583.50"),
                .init(rate: "2.10", base: "62.64", amount: "1.32"),
            ]
        )
        #expect((fields.confidence["vat_breakdown"] ?? 1) < 0.95)
        #expect((fields.confidence["total_ttc"] ?? 1) < 0.95)
    }

    @Test func pairsBreakdownBasesWithVATPrintedApart() {
        // The summary's VAT column was not read; the totals block prints the VAT of each rate.
        let page = Self.page([
            (40, 40, "Dupont SARL"),
            (300, 200, "Total HT 10 598,04 €"),
            (300, 212, "TVA 20 % 1 273,84 €"),
            (300, 224, "TVA 5,5 % 232,59 €"),
            (300, 236, "Total TVA 1 506,43 €"),
            (300, 248, "Montant TTC 12 104,47 €"),
            (40, 300, "Taux Base HT"),
            (40, 312, "20 % 6 369,19"),
            (40, 324, "5,5 % 4 228,85"),
        ])
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .ocr)
        #expect(fields.totalTTC == "12104.47")
        #expect(
            Set(fields.vatBreakdown) == [
                .init(rate: "20.00", base: "6369.19", amount: "1273.84"),
                .init(rate: "5.50", base: "4228.85", amount: "232.59"),
            ]
        )
    }

    @Test func readsPartiesAndDatesOfCommonLayouts() {
        let page = Self.page([
            (40, 30, "Conseil Muller"), (300, 30, "INVOICE"),
            (40, 42, "SCOP"),
            (40, 54, "27 boulevard Jean Jaurès"),
            (40, 66, "31000 Toulouse"),
            (300, 80, "Invoice No. FA-2025-00988"),
            (300, 92, "Date of issue 14 June 2025"),
            (300, 104, "Due 30 June 2025"),
            (300, 116, "Customer no : C68080"),
            (300, 128, "N° client : C20459"),
            (40, 160, "Details"), (250, 160, "Units"), (300, 160, "Rate"), (350, 160, "VAT %"),
            (420, 160, "Net amount"),
            (40, 174, "Consulting services"), (250, 174, "2"), (300, 174, "450.51"), (350, 174, "20%"),
            (420, 174, "901.02"),
            (300, 220, "Total excl. VAT 901.02"),
            (300, 232, "VAT 20% 180.20"),
            (300, 244, "Invoice total 1,081.22"),
            (40, 300, "Invoice to pay by wire transfer to the following account"),
        ])
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .text)
        #expect(fields.supplierName == "Conseil Muller SCOP")
        #expect(fields.dueDate == "2025-06-30")
        #expect(fields.issueDate == "2025-06-14")
        #expect(fields.lines.map(\.lineTotal) == ["901.02"])
        #expect(fields.lines.first?.quantity == "2")
        // No buyer label: neither the customer number, nor a payment sentence, nor an address is a name.
        #expect(fields.buyerName == nil)
    }

    @Test func readsVATNumbersWrappedOrWithAMisreadKey() {
        // The supplier's SIRET makes it the supplier; its VAT number wraps onto the next line.
        let wrapped = Self.page([
            (40, 40, "Dupont SARL"),
            (40, 60, "SIRET 732 829 320 00074"),
            (40, 300, "Dupont SARL au capital de 5 000 € - SIRET 732 829 320 00074 - TVA : FR44"),
            (40, 312, "732 829 320"),
        ])
        let fields = InvoiceFieldExtractor().extract(from: [wrapped], source: .text)
        #expect(fields.supplierVAT == "FR44732829320")
        // The key misread (`FR4A`): computed from the SIREN, with less confidence; the buyer's VAT
        // number whose key was misread gives no buyer SIREN.
        let misread = Self.page([
            (40, 40, "Dupont SARL"),
            (40, 60, "SIRET 732 829 320 00074"),
            (40, 72, "TVA FR4A 732 829 320"),
            (300, 100, "Client"),
            (300, 112, "Martin SAS"),
            (300, 124, "TVA : FR99 542 107 651"),
        ])
        let read = InvoiceFieldExtractor().extract(from: [misread], source: .ocr)
        #expect(read.supplierVAT == "FR44732829320")
        #expect((read.confidence["supplier_vat"] ?? 1) < 0.9)
        #expect(read.buyerSIREN == nil)
        #expect(read.buyerName == "Martin SAS")
    }

    @Test func findsTheBuyerBlockPastANeighbourColumn() {
        // `Client` ends a line of the left column; a line of that column sits between it and the name.
        let page = Self.page([
            (40, 40, "Atelier Arnaud EI"),
            (40, 125, "Tél. 01 17 42 86 60"), (300, 125, "Client"),
            (40, 136, "admin@arnaud.fr"),
            (316, 141, "Transports de la Loire SAS"),
            (316, 153, "132 rue de Verdun"),
            (40, 200, "N° client : C42233"),
        ])
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .ocr)
        #expect(fields.buyerName == "Transports de la Loire SAS")
    }
}
