// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import FactureOCR
import Testing

/// General extraction rules found on renderings the rules were not tuned on: line banding around
/// specks, the rate column, letterheads, flagged identifiers, VAT numbers checked by their key.
@Suite struct ExtractionGeneralisationTests {
    /// A word at a point, 5 points a character wide, of the given height.
    static func word(_ text: String, _ x: Double, _ y: Double, height: Double = 7.6) -> TextWord {
        TextWord(text: text, box: TextBox(x: x, y: y, width: Double(text.count) * 5, height: height))
    }

    @Test func keepsARowWholeWhenASpeckStartsItsBand() {
        // A fax row as recognition boxed it: a `:` speck 0.4 pt high comes first by its middle, the
        // first and last words are boxed taller than the middle ones.
        let words = [
            Self.word("Consulting", 40, 420), Self.word("1", 358, 420), Self.word("845.44", 525, 420),
            Self.word(":", 210, 441.4, height: 0.4),
            Self.word("Pallet", 40, 441.4, height: 11.5), Self.word("transport", 68, 446.4, height: 7.9),
            Self.word("Lyon", 107, 446.0, height: 8.6), Self.word("Marseille", 134, 445.7, height: 7.2),
            Self.word("1", 358, 446.0, height: 6.8), Self.word("120.95", 405, 445.7, height: 7.2),
            Self.word("20%", 456, 445.7, height: 7.2), Self.word("120.95", 526, 441.4, height: 11.5),
            Self.word("Travel", 40, 470), Self.word("fee", 75, 470), Self.word("8", 358, 470),
            Self.word("690.16", 525, 470),
        ]
        let page = TextPage(number: 1, width: 595, height: 842, words: words, origin: .recognition)
        #expect(
            page.lines.map(\.text) == [
                "Consulting 1 845.44", "Pallet transport Lyon Marseille : 1 120.95 20% 120.95", "Travel fee 8 690.16",
            ]
        )
        // Close lines of ordinary words stay apart.
        let close = TextPage(
            number: 1,
            width: 595,
            height: 842,
            words: [Self.word("Total", 300, 200), Self.word("HT", 330, 200), Self.word("TVA", 300, 209)],
            origin: .textLayer
        )
        #expect(close.lines.map(\.text) == ["Total HT", "TVA"])
    }

    @Test func takesTheRateColumnForARateOnlyAndAStrayPriceForThePrice() {
        // `Prix` lost from `Prix unit. HT`, `TVA %` read as `TVA%`: the price stands under `unit.`.
        let misread = InvoiceFieldExtractorTests.page([
            (40, 40, "Fluxeo Conseil SCOP"),
            (40, 180, "Article"), (250, 180, "Qté"), (290, 180, "U"), (310, 180, "unit. HT"), (380, 180, "TVA%"),
            (440, 180, "Montant HT"),
            (40, 200, "Cartouche toner noir"), (250, 200, "10"), (290, 200, "u"), (320, 200, "68,40"),
            (380, 200, "20%"), (440, 200, "684,00"),
        ])
        let fields = InvoiceFieldExtractor().extract(from: [misread], source: .ocr)
        #expect(fields.lines.map(\.unitPrice) == ["68.40"])
        #expect(fields.lines.map(\.vatRate) == ["20.00"])
        // No price header at all: the price falls nearest the rate column, yet is no rate.
        let noPrice = InvoiceFieldExtractorTests.page([
            (40, 40, "Fluxeo Conseil SCOP"),
            (40, 180, "Article"), (250, 180, "Qté"), (360, 180, "TVA"), (440, 180, "Montant"),
            (40, 200, "Cartouche toner noir"), (250, 200, "10"), (340, 200, "68,40"), (380, 200, "20%"),
            (440, 200, "684,00"),
        ])
        let stray = InvoiceFieldExtractor().extract(from: [noPrice], source: .ocr)
        #expect(stray.lines.map(\.unitPrice) == ["68.40"])
        #expect(stray.lines.map(\.vatRate) == ["20.00"])
    }

    @Test func readsTheSupplierFromAOneLineLetterheadAndNotADeliveryLabel() {
        let page = InvoiceFieldExtractorTests.page([
            (40, 30, "Au bon moulin SARL - 1242 chemin de l'olive - 84340 Malaucène - France"),
            (40, 44, "TVA : FR11999999998 - APE : 4778C"),
            (40, 90, "Facture FA-2017-0010"),
            (40, 110, "Adresse de livraison"),
            (40, 122, "Ma jolie boutique"),
            (300, 260, "Total HT 100,00"),
        ])
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .ocr)
        #expect(fields.supplierName == "Au bon moulin SARL")
        // A letterhead part with digits is no name, and a single part is left alone.
        let plain = InvoiceFieldExtractorTests.page([
            (40, 30, "Adresse de livraison"), (40, 44, "Dupont Frères"), (40, 58, "12 rue de la Paix"),
        ])
        #expect(InvoiceFieldExtractor().extract(from: [plain], source: .ocr).supplierName == "Dupont Frères")
    }

    @Test func reportsALabelledSIRETFailingLuhnAsPrintedButFlagged() {
        // The FNFE-MPE samples print SIRET 99999999800010: its SIREN passes Luhn, the SIRET does not.
        let page = InvoiceFieldExtractorTests.page([
            (40, 30, "Au bon moulin SARL"),
            (40, 44, "TVA : FR11999999998 - SIRET : 99999999800010 - APE : 4778C"),
            (40, 90, "Facture FA-2017-0010"),
        ])
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .text)
        #expect(fields.supplierSIREN == "999999998")
        #expect(fields.supplierSIRET == "99999999800010")
        #expect((fields.confidence["supplier_siret"] ?? 1) <= 0.3)
        // Fourteen digits of another SIREN under the label are not the supplier's SIRET.
        let other = InvoiceFieldExtractorTests.page([
            (40, 30, "Au bon moulin SARL"),
            (40, 44, "TVA : FR11999999998 - SIRET : 73282932000075"),
        ])
        #expect(InvoiceFieldExtractor().extract(from: [other], source: .text).supplierSIRET == nil)
        // A SIRET passing Luhn keeps its full confidence.
        let valid = InvoiceFieldExtractorTests.page([(40, 30, "Dupont SARL"), (40, 44, "SIRET 732 829 320 00074")])
        let validFields = InvoiceFieldExtractor().extract(from: [valid], source: .text)
        #expect(validFields.supplierSIRET == "73282932000074")
        #expect((validFields.confidence["supplier_siret"] ?? 0) > 0.9)
    }

    @Test func takesAVATNumberWhoseKeyConfirmsAMisreadSIREN() {
        // The key 93 is the one of SIREN 191596949 (from the SIRET); the SIREN in the VAT number
        // lost a digit to recognition (`191596049`), or gained one (`1915969449`).
        for printed in ["FR 93 191596049", "FR 93 1915969449"] {
            let page = InvoiceFieldExtractorTests.page([
                (40, 30, "Valmont Solutions SASU"),
                (40, 44, "SIRET 19159694900062"),
                (40, 58, "N° TVA \(printed)"),
            ])
            let fields = InvoiceFieldExtractor().extract(from: [page], source: .ocr)
            #expect(fields.supplierVAT == "FR93191596949", "\(printed)")
            #expect((fields.confidence["supplier_vat"] ?? 1) <= 0.7)
        }
        // Another key with a misread SIREN is not taken: nothing confirms it.
        let page = InvoiceFieldExtractorTests.page([
            (40, 30, "Valmont Solutions SASU"), (40, 44, "SIRET 19159694900062"), (40, 58, "N° TVA FR 12 191596049"),
        ])
        #expect(InvoiceFieldExtractor().extract(from: [page], source: .ocr).supplierVAT == nil)
    }

    /// A page with a table under `Désignation Qté P.U. HT TVA Montant HT` and the given rows
    /// (`description`, then the cells at the columns' places), and totals below.
    static func table(
        _ rows: [[String]],
        totalHT: String,
        breakdown: [String] = [],
        more: [(x: Double, y: Double, text: String)] = []
    ) -> TextPage {
        var pieces: [(x: Double, y: Double, text: String)] = [
            (40, 40, "Dupont SARL"),
            (40, 180, "Désignation"), (260, 180, "Qté"), (320, 180, "P.U. HT"), (390, 180, "TVA"),
            (440, 180, "Montant HT"),
        ]
        let columns: [Double] = [40, 260, 320, 390, 440]
        for (index, row) in rows.enumerated() {
            for (cell, x) in zip(row, columns) where !cell.isEmpty {
                pieces.append((x, 200 + Double(index) * 14, cell))
            }
        }
        pieces.append((300, 400, "Total HT \(totalHT)"))
        for (index, line) in breakdown.enumerated() { pieces.append((40, 420 + Double(index) * 12, line)) }
        return InvoiceFieldExtractorTests.page(pieces + more)
    }

    @Test func repairsAMisreadQuantityFromPriceAndAmountWhenItsDigitsAgree() {
        // `81` for 8 and `4173` for 173: amount ÷ price is exact and its digits are those read, one added.
        let page = Self.table(
            [
                ["Licence logiciel gestion", "81", "292,15", "20 %", "2 337,20"],
                ["Main d'oeuvre technicien", "4173", "47,21", "20 %", "8 167,33"],
            ],
            totalHT: "10 504,53"
        )
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .ocr)
        #expect(fields.lines.map(\.quantity) == ["8", "173"])
        #expect(fields.lines.map(\.unitPrice) == ["292.15", "47.21"])
    }

    @Test func restoresAPricesLostDecimalsBeforeAQuantitys() {
        // `50 × 356` = 178,00 read either as 50 × 3,56 or 0,50 × 356: prices print with cents.
        let page = Self.table([["Eau minérale (pack 6 x 1,5 L)", "50", "356", "5,5 %", "178,00"]], totalHT: "178,00")
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .ocr)
        #expect(fields.lines.map(\.quantity) == ["50"])
        #expect(fields.lines.map(\.unitPrice) == ["3.56"])
    }

    @Test func readsAnAmountWithoutItsDecimalSeparatorOnlyWhenQuantityTimesPriceConfirmsIt() {
        let page = Self.table(
            [
                ["Consulting services", "1", "450,51", "20%", "45051"],
                ["Monthly cloud hosting", "2", "163,18", "20%", "99999"],
            ],
            totalHT: "450,51"
        )
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .ocr)
        #expect(fields.lines.map(\.lineTotal) == ["450.51"])
    }

    @Test func takesANumberStandingApartAtTheDescriptionsEndForTheQuantity() {
        // The quantity printed left of where its (misread) header puts it, with the price's currency.
        let page = InvoiceFieldExtractorTests.page([
            (40, 40, "Rivalis SAS"),
            (40, 180, "Item"), (250, 180, "aty"), (300, 180, "Rate"), (380, 180, "Tax"), (440, 180, "Net amount"),
            (40, 200, "Monthly cloud hosting"), (220, 200, "4"), (240, 200, "EUR"), (300, 200, "198.68"),
            (380, 200, "20%"), (440, 200, "794.72"),
            (40, 214, "Développement web - sprint 5"), (300, 214, "100.00"), (380, 214, "20%"), (440, 214, "500.00"),
        ])
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .ocr)
        #expect(fields.lines.map(\.description) == ["Monthly cloud hosting", "Développement web - sprint 5"])
        #expect(fields.lines.map(\.quantity) == ["4", "5"])
    }

    @Test func readsADiscountColumnAsADiscountNotAVATRate() {
        // FNFE-MPE layout: `quantity  unit(s)  price  discount %  net amount`, no VAT column.
        let page = InvoiceFieldExtractorTests.page([
            (40, 40, "Au bon moulin SARL"),
            (40, 200, "Nougat de l'Abbaye 250g 20 Unité(s) 4,55 € 10% 81,90 €"),
            (40, 214, "Biscuits aux raisins 300g 15 Unité(s) 3,20 € 48,00 €"),
            (40, 228, "Huile d'olive à l'ancienne 25 Litre(s) 19,80 € 495,00 €"),
            (300, 260, "Total HT 624,90 €"),
            (40, 280, "TVA collectée (vente) 20,0% 81,90 € 16,38 €"),
            (40, 292, "TVA collectée (vente) 5,5% 543,00 € 29,87 €"),
            (300, 310, "Total TTC 671,15 €"),
        ])
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .ocr)
        #expect(fields.lines.map(\.quantity) == ["20", "15", "25"])
        #expect(fields.lines.map(\.unitPrice) == ["4.55", "3.20", "19.80"])
        #expect(fields.lines.map(\.lineTotal) == ["81.90", "48.00", "495.00"])
        // No rate printed on the rows: the breakdown's bases decide, 81,90 at 20 %, the rest at 5,5 %.
        #expect(fields.lines.map(\.vatRate) == ["20.00", "5.50", "5.50"])
    }

    @Test func replacesALineRateTheCompleteBreakdownDoesNotList() {
        // `3,57 %` is the price bleeding into the rate cell: the breakdown lists 20 % and 5,5 % only,
        // and the bases left by the rows with a rate give the row its rate.
        let page = Self.table(
            [
                ["Eau minérale", "50", "3,56", "5,5%", "178,00"],
                ["Eau minérale", "2", "3,57", "3,57%", "7,14"],
                ["Main d'oeuvre", "10", "50,00", "20%", "500,00"],
            ],
            totalHT: "685,14",
            breakdown: ["Taux Base HT Montant TVA", "20 % 500,00 100,00", "5,5 % 185,14 10,18", "Total TVA 110,18"]
        )
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .ocr)
        #expect(fields.lines.map(\.vatRate) == ["5.50", "5.50", "20.00"])
    }

    @Test func cleansReferencesAndPaperFormatsInDescriptions() {
        let page = Self.table(
            [
                ["Hébergement cloud - réf. KO795", "4", "113,96", "20 %", "455,84"],
                ["Ouvrages techniques - rét. B9856", "5", "48,93", "20 %", "244,65"],
                ["Impression flyers AS quadri", "1", "83,17", "20 %", "83,17"],
                ["Licence logiciel (12 mois)", "1", "10,00", "20 %", "10,00"],
            ],
            totalHT: "793,66",
            // Specks right of the last description, apart from it.
            more: [(200, 242, "à à")]
        )
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .ocr)
        #expect(
            fields.lines.map(\.description) == [
                "Hébergement cloud - réf. K0795", "Ouvrages techniques - réf. B9856", "Impression flyers A5 quadri",
                "Licence logiciel (12 mois)",
            ]
        )
    }

    @Test func joinsAnIBANPrintedInASidebarBesideATable() {
        // The sidebar's lines share bands with table rows and wrapped descriptions, one row holding
        // table text only.
        let page = InvoiceFieldExtractorTests.page([
            (40, 40, "Dupont SARL"),
            (40, 300, "IBAN"), (150, 300, "Formation bureautique"), (400, 300, "1"), (440, 300, "671,88"),
            (40, 312, "FR76 1558 9424"),
            (150, 324, "inter-entreprises - réf. R9931"),
            (40, 336, "0122 7499 8757"),
            (40, 348, "567"), (150, 348, "Repas d'affaires"), (400, 348, "2"), (440, 348, "41,92"),
        ])
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .ocr)
        #expect(fields.iban == "FR7615589424012274998757567")
    }

    @Test func givesTheBICTheCountryOfTheIBANWhenOneLetterDiffers() {
        func fields(bic: String) -> ExtractedInvoice {
            InvoiceFieldExtractor().extract(
                from: [
                    InvoiceFieldExtractorTests.page([
                        (40, 40, "Dupont SARL"), (40, 300, "IBAN : FR76 1780 6362 8476 0901 7824 481"),
                        (40, 312, "BIC/ SWIFT \(bic)"),
                    ])
                ],
                source: .ocr
            )
        }
        let misread = fields(bic: "BHEXERPP")
        #expect(misread.bic == "BHEXFRPP")
        #expect((misread.confidence["bic"] ?? 1) <= 0.6)
        // A bank abroad (two letters differ) keeps its country.
        #expect(fields(bic: "DEUTDEFF").bic == "DEUTDEFF")
        #expect(fields(bic: "BHEXFRPP").bic == "BHEXFRPP")
    }

    @Test func takesNoSIRENFromTheDigitsOfAHyphenatedReference() {
        // 2025-99098 joins into 202599098, which passes Luhn: an invoice number, not the buyer's SIREN.
        let page = InvoiceFieldExtractorTests.page([
            (40, 40, "Menuiserie Lemaître SARL"), (40, 54, "SIRET: 56619923800072"),
            (40, 100, "Avoir AV-2025-03614"), (40, 114, "C37473 FA-2025-99098"),
        ])
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .ocr)
        #expect(fields.supplierSIREN == "566199238")
        #expect(fields.buyerSIREN == nil)
    }

    @Test func keepsAnExemptionsZeroRateRowInTheBreakdownAndOutOfTheLines() {
        // An export invoice: the 0 % summary row reads like `quantity price amount` (530,75 × 0,00 = 0,00).
        let page = InvoiceFieldExtractorTests.page([
            (40, 40, "Au bon moulin SARL"),
            (40, 200, "Nougat de l'Abbaye 250g 50 Unité(s) 4,55 € 10% 204,75 €"),
            (40, 214, "Biscuits aux raisins 300g 40 Unité(s) 3,20 € 128,00 €"),
            (40, 228, "Huile d'olive à l'ancienne 10 Litre(s) 19,80 € 198,00 €"),
            (300, 260, "Total HT 530,75 €"),
            (40, 274, "TVA 0% export (vente) 530,75 € 0,00 €"),
            (300, 274, "Total taxes 0,00 €"),
            (300, 288, "Total TTC 530,75 €"),
        ])
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .text)
        #expect(fields.lines.count == 3)
        #expect(fields.vatBreakdown == [.init(rate: "0.00", base: "530.75", amount: "0.00")])
        #expect(fields.lines.map(\.vatRate) == ["0.00", "0.00", "0.00"])
        // A franchise prints no rate row: no breakdown.
        let franchise = InvoiceFieldExtractorTests.page([
            (40, 40, "Atelier Faure EI"),
            (40, 200, "Médicaments remboursables 1 58,53 € 58,53 €"),
            (300, 260, "Montant HT 58,53 €"), (300, 272, "TVA 0,00 €"), (300, 284, "Montant TTC 58,53 €"),
            (40, 300, "TVA non applicable, art. 293 B du CGI"),
        ])
        #expect(InvoiceFieldExtractor().extract(from: [franchise], source: .text).vatBreakdown.isEmpty)
    }

    @Test func takesTheSupplierNameFromTheSurerOfTwoReadings() {
        func supplier(header: (String, Double), footer: (String, Double)) -> String? {
            let page = InvoiceFieldExtractorTests.page([
                (40, 30, header.0), (40, 44, "41 avenue Voltaire"), (40, 58, "78000 Versailles"),
                (40, 100, "Facture FA-2026-001"),
                (300, 600, "Total HT 100,00 €"), (300, 612, "TVA 20 % 20,00 €"), (300, 624, "Total TTC 120,00 €"),
                (40, 700, "IBAN FR76 1780 6362 8476 0901 7824 481"), (40, 712, "Tél. 01 80 07 51 50"),
                (40, 800, "\(footer.0) au capital de 100 000 € - 41 avenue Voltaire, 78000 Versailles"),
            ])
            var words = page.words
            for index in words.indices {
                words[index].confidence =
                    words[index].box.y == 30 ? header.1 : (words[index].box.y == 800 ? footer.1 : 0.9)
            }
            let read = TextPage(number: 1, width: 595, height: 842, words: words, origin: .recognition)
            return InvoiceFieldExtractor().extract(from: [read], source: .ocr).supplierName
        }
        #expect(
            supplier(header: ("Bonnet & Poirier SNC", 0.95), footer: ("Bonnet & Poirier SD >", 0.6))
                == "Bonnet & Poirier SNC"
        )
        #expect(
            supplier(header: ("MACÇONNERIE BARBIER EURL", 0.5), footer: ("Maçonnerie Barbier EURL", 0.9))
                == "Maçonnerie Barbier EURL"
        )
    }

    @Test func readsTheResidualAndAGluedTotalLabel() {
        // The English FNFE-MPE sample: a deposit paid, then `Residual`; a scan glues `Total HT`.
        let page = InvoiceFieldExtractorTests.page([
            (40, 40, "Au bon moulin SARL"),
            (300, 200, "TotalHT 2,076.76 €"),
            (300, 212, "Tax Total 0.00 €"),
            (300, 224, "Total 2,076.76 €"),
            (40, 240, "SEPA Wire transfer 17/11/2017 623.00 €"), (300, 240, "Residual 1,453.76 €"),
        ])
        let fields = InvoiceFieldExtractor().extract(from: [page], source: .ocr)
        #expect(fields.totalHT == "2076.76")
        #expect(fields.amountDue == "1453.76")
    }
}
