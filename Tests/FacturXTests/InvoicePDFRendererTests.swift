// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

/// Rendering invoices as A4 PDFs with our own writer, checked with qpdf and poppler-utils.
@Suite struct InvoicePDFRendererTests {
    /// A fixed date so that two renderings are byte-identical.
    static let date = "D:20260901120000Z"

    // MARK: Outside tools

    /// The executable `name` in the usual directories or the `PATH`, if any.
    static func tool(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        for directory in directories where !directory.isEmpty {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Runs `name` with `arguments`; returns the exit status and standard output, or `nil` (with
    /// a loud message) when the tool is not installed.
    static func run(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String)? {
        guard let executable = tool(name) else {
            print("⚠️ InvoicePDFRendererTests: \(name) not installed, check SKIPPED")
            return nil
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Writes `pdf` to a fresh temporary file (and a copy into `FACTURE_RENDER_DUMP_DIR` when set,
    /// to look at the pages).
    static func write(_ pdf: [UInt8]) throws -> URL {
        if let directory = ProcessInfo.processInfo.environment["FACTURE_RENDER_DUMP_DIR"] {
            let copy = URL(fileURLWithPath: directory).appendingPathComponent("render-\(pdf.count).pdf")
            try Data(pdf).write(to: copy)
        }
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("facturekit-render-\(UUID().uuidString).pdf")
        try Data(pdf).write(to: url)
        return url
    }

    /// The text of the PDF as `pdftotext -layout` gives it, no-break spaces made plain; `nil` when
    /// pdftotext is absent.
    static func text(of file: URL) throws -> String? {
        guard let result = try run("pdftotext", ["-layout", "-enc", "UTF-8", file.path, "-"]) else { return nil }
        #expect(result.status == 0)
        return result.output.replacingOccurrences(of: "\u{A0}", with: " ")
    }

    /// `qpdf --check` passes and both fonts are embedded as subsets.
    static func checkStructure(_ file: URL) throws {
        if let check = try run("qpdf", ["--check", file.path]) {
            #expect(check.status == 0, "qpdf --check: \(check.output)")
        }
        if let fonts = try run("pdffonts", [file.path]) {
            #expect(fonts.status == 0)
            let rows = fonts.output.split(separator: "\n").filter { $0.contains("DejaVuSans") }
            #expect(rows.contains { isEmbeddedSubset($0, named: "DejaVuSans") })
            #expect(rows.contains { isEmbeddedSubset($0, named: "DejaVuSans-Bold") })
            #expect(!rows.contains { $0.contains(" no ") && $0.contains("TrueType") && !$0.contains(" yes ") })
        }
    }

    /// Whether a `pdffonts` row is the TrueType font `name` with a subset tag (`ABCDEF+name`),
    /// embedded (`emb yes`) and reported as a subset (`sub yes`).
    static func isEmbeddedSubset(_ row: Substring, named name: String) -> Bool {
        let fields = row.split(separator: " ")
        guard fields.count >= 5, let fontName = fields.first, fontName.count == name.count + 7 else { return false }
        let tag = fontName.prefix(6)
        return tag.allSatisfy { ("A"..."Z").contains($0) } && fontName.dropFirst(6) == "+" + name
            && fields[1] == "TrueType" && fields[3] == "yes" && fields[4] == "yes"
    }

    /// The decoded data of stream object `number`, as `qpdf --filtered-stream-data` gives it;
    /// `nil` when qpdf is absent.
    static func streamData(_ number: Int, in file: URL) throws -> [UInt8]? {
        guard let executable = tool("qpdf") else {
            print("⚠️ InvoicePDFRendererTests: qpdf not installed, check SKIPPED")
            return nil
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--show-object=\(number)", "--filtered-stream-data", file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "qpdf cannot decode object \(number)")
        return [UInt8](data)
    }

    /// The dictionary of object `number` in a PDF written by our writer (objects are not
    /// compressed, and each starts with `N 0 obj` on its own line).
    static func dictionary(of number: Int, in pdf: String) -> Substring? {
        guard let start = pdf.range(of: "\n\(number) 0 obj\n") else { return nil }
        let rest = pdf[start.upperBound...]
        let end = rest.range(of: "\nendobj")?.lowerBound ?? rest.endIndex
        let body = rest[..<end]
        return body.range(of: "\nstream\n").map { body[..<$0.lowerBound] } ?? body
    }

    /// The object numbers that follow `key` as indirect references (`key N 0 R`) in `pdf`.
    static func references(after key: String, in pdf: String) -> [Int] {
        pdf.components(separatedBy: key + " ").dropFirst().compactMap { part in
            let fields = part.split(separator: " ", maxSplits: 3)
            guard fields.count >= 3, fields[1] == "0", fields[2].hasPrefix("R") else { return nil }
            return Int(fields[0])
        }
    }

    /// The page count `pdfinfo` reports.
    static func pageCount(_ file: URL) throws -> Int? {
        guard let info = try run("pdfinfo", [file.path]) else { return nil }
        let line = info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        return line.flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
    }

    // MARK: Invoices

    /// A French B2B invoice with every mention.
    static func frenchInvoice(lines count: Int = 3, typeCode: DocumentTypeCode = .commercialInvoice) throws -> Invoice {
        var invoice = Invoice(
            number: "F-2026-0042",
            issueDate: try CalendarDate(parsingISO8601: "2026-09-01"),
            typeCode: typeCode,
            dueDate: try CalendarDate(parsingISO8601: "2026-10-01"),
            buyerReference: "SERVICE-ACHATS",
            purchaseOrderReference: "BC-7781",
            paymentTerms: "Paiement à 30 jours",
            notes: [
                .init("Pénalités de retard : trois fois le taux d'intérêt légal.", subjectCode: .latePaymentPenalties),
                .init("Merci de votre confiance — « à bientôt » !", subjectCode: .generalInformation),
            ],
            seller: .init(
                name: "Atelier Dupont & Fils",
                legalRegistrationIdentifier: .siren("732829320"),
                vatIdentifier: "FR44732829320",
                additionalLegalInformation: "SARL au capital de 10 000 €",
                postalAddress: .init(line1: "12 rue de l'Œuvre", city: "Lyon", postCode: "69002", country: .france)
            ),
            buyer: .init(
                name: "Client Société Anonyme",
                legalRegistrationIdentifier: .siren("552100554"),
                vatIdentifier: "FR89552100554",
                postalAddress: .init(line1: "1 avenue des Champs", city: "Paris", postCode: "75008", country: .france)
            ),
            delivery: .init(actualDeliveryDate: try CalendarDate(parsingISO8601: "2026-08-28")),
            paymentInstructions: .init(
                meansCode: .sepaCreditTransfer,
                creditTransfers: [
                    .init(accountIdentifier: "FR7630006000011234567890189", serviceProviderIdentifier: "AGRIFRPPXXX")
                ]
            )
        )
        invoice.operationCategory = .services
        for index in 1...count {
            invoice.lines.append(
                .init(
                    id: "\(index)",
                    quantity: 2,
                    unitCode: .hour,
                    netAmount: try Amount(parsing: "617.28"),
                    price: .init(netPrice: try Amount(parsing: "308.64")),
                    vat: .init(categoryCode: .standardRate, rate: Percentage(20)),
                    item: .init(name: "Prestation de conseil numéro \(index) œuvre")
                )
            )
        }
        let net = try Amount(parsing: "617.28") * Quantity(ExactDecimal(count))
        let vat = net.applying(Percentage(20)).roundedToCents()
        invoice.vatBreakdown = [
            .init(taxableAmount: net, taxAmount: vat, categoryCode: .standardRate, rate: Percentage(20))
        ]
        invoice.totals = .init(
            sumOfLineNetAmounts: net,
            totalWithoutVAT: net,
            totalVAT: vat,
            totalWithVAT: net + vat,
            paidAmount: try Amount(parsing: "100"),
            amountDue: net + vat - 100
        )
        return invoice
    }

    // MARK: Tests

    @Test func rendersEveryMandatoryMention() throws {
        let invoice = try Self.frenchInvoice()
        let rendered = try InvoicePDFRenderer(creationDate: Self.date).render(invoice)
        #expect(rendered.pdf.starts(with: Array("%PDF-1.7".utf8)))
        #expect(rendered.unencodableCharacters.isEmpty)
        #expect(rendered.pageCount == 1)
        let file = try Self.write(rendered.pdf)
        defer { try? FileManager.default.removeItem(at: file) }
        try Self.checkStructure(file)
        guard let text = try Self.text(of: file) else { return }
        for expected in [
            "FACTURE", "F-2026-0042", "SIREN : 732829320", "FR44732829320", "SIREN : 552100554", "FR89552100554",
            "FR7630006000011234567890189", "AGRIFRPPXXX", "01/09/2026", "01/10/2026", "28/08/2026",
            "Prestation de services", "1 851,84 €", "370,37 €", "2 222,21 €", "100,00 €", "2 122,21 €",
            "617,28 €", "308,64 €", "20 %", "40 €", "trois fois le taux", "SERVICE-ACHATS", "BC-7781",
            "« à bientôt »", "Œuvre", "œuvre", "Page 1 / 1", "Escompte",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }

    @Test func creditNoteSaysAvoir() throws {
        let invoice = try Self.frenchInvoice(typeCode: .creditNote)
        let rendered = try InvoicePDFRenderer(creationDate: Self.date).render(invoice)
        let file = try Self.write(rendered.pdf)
        defer { try? FileManager.default.removeItem(at: file) }
        try Self.checkStructure(file)
        guard let text = try Self.text(of: file) else { return }
        #expect(text.contains("AVOIR"))
        #expect(text.contains("Avoir n° F-2026-0042"))
    }

    @Test func longInvoiceSpansPagesWithEveryLine() throws {
        let invoice = try Self.frenchInvoice(lines: 200)
        let rendered = try InvoicePDFRenderer(creationDate: Self.date).render(invoice)
        #expect(rendered.pageCount > 1)
        let file = try Self.write(rendered.pdf)
        defer { try? FileManager.default.removeItem(at: file) }
        try Self.checkStructure(file)
        if let pages = try Self.pageCount(file) { #expect(pages == rendered.pageCount) }
        guard let text = try Self.text(of: file) else { return }
        for index in 1...200 {
            #expect(text.contains("Prestation de conseil numéro \(index) œuvre"), "line \(index) missing")
        }
        #expect(text.contains("Page \(rendered.pageCount) / \(rendered.pageCount)"))
        // The table header is repeated on every page, the totals come once at the end.
        #expect(text.components(separatedBy: "Désignation").count - 1 == rendered.pageCount)
        let pages = text.components(separatedBy: "\u{0C}").filter { !$0.isEmpty }
        #expect(pages.last?.contains("Net à payer") == true)
        #expect(pages.dropLast().allSatisfy { !$0.contains("Net à payer") })
    }

    @Test func wrapsLongDescriptions() throws {
        var invoice = try Self.frenchInvoice(lines: 1)
        let words = (1...60).map { "mot\($0)" }
        invoice.lines[0].item.description = words.joined(separator: " ")
        let rendered = try InvoicePDFRenderer(creationDate: Self.date).render(invoice)
        let file = try Self.write(rendered.pdf)
        defer { try? FileManager.default.removeItem(at: file) }
        guard let text = try Self.text(of: file) else { return }
        for word in words { #expect(text.contains(word + " ") || text.contains(word + "\n"), "\(word) missing") }
        let wrapped = text.split(separator: "\n").filter { $0.contains("mot") }
        #expect(wrapped.count >= 3, "the description should wrap in the designation column")
        #expect(wrapped.allSatisfy { !$0.contains("617,28") || $0.contains("mot1 ") })
    }

    @Test func rendersAMinimalInvoice() throws {
        let invoice = Invoice(
            number: "M-1",
            issueDate: try CalendarDate(parsingISO8601: "2026-01-02"),
            currency: try CurrencyCode("USD"),
            seller: .init(name: "Seller"),
            buyer: .init(name: "Buyer")
        )
        let rendered = try InvoicePDFRenderer(creationDate: Self.date).render(invoice)
        #expect(rendered.pageCount == 1)
        let file = try Self.write(rendered.pdf)
        defer { try? FileManager.default.removeItem(at: file) }
        try Self.checkStructure(file)
        guard let text = try Self.text(of: file) else { return }
        for expected in ["M-1", "02/01/2026", "0,00 $", "Devise : USD", "non précisée", "40 €", "Page 1 / 1"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }

    @Test func reportsCharactersOutsideWinAnsi() throws {
        var invoice = try Self.frenchInvoice()
        invoice.lines[0].item.name = "Café ☕ and Ω"
        let rendered = try InvoicePDFRenderer(creationDate: Self.date).render(invoice)
        #expect(rendered.unencodableCharacters == ["☕", "Ω"])
        let file = try Self.write(rendered.pdf)
        defer { try? FileManager.default.removeItem(at: file) }
        guard let text = try Self.text(of: file) else { return }
        #expect(text.contains("Café ? and ?"))
    }

    @Test func outputIsReproducible() throws {
        let invoice = try Self.frenchInvoice()
        let renderer = InvoicePDFRenderer(creationDate: Self.date)
        let first = try renderer.render(invoice).pdf
        #expect(first == (try renderer.render(invoice).pdf))
        let trailer = String(decoding: first.suffix(400), as: UTF8.self)
        #expect(trailer.contains("/ID [<"))
        let text = String(decoding: first, as: UTF8.self)
        #expect(text.contains("/Producer (FactureKit)"))
        #expect(text.contains("/CreationDate (\(Self.date))"))
        #expect(text.contains("/ModDate (\(Self.date))"))
    }

    @Test func missingFontsThrowFontUnavailable() throws {
        let invoice = try Self.frenchInvoice()
        let error = #expect(throws: FacturXError.self) {
            try InvoicePDFRenderer(fontDirectory: "/nonexistent/fonts").render(invoice)
        }
        #expect(error?.code == .fontUnavailable)
    }

    @Test func fontMetricsComeFromTheTables() throws {
        let font = try TrueTypeFont(directory: InvoicePDFRenderer.defaultFontDirectory, fileName: "DejaVuSans.ttf")
        #expect(font.unitsPerEm == 2048)
        #expect(font.winAnsiWidths[Int(UInt8(ascii: " "))] == 318)
        #expect(font.winAnsiWidths[0x80] > 0)  // €
        #expect(font.winAnsiWidths[0x9C] > 0)  // œ
        #expect(font.italicAngle == 0)
        #expect(font.ascent > 700 && font.descent < 0 && font.capHeight > 600)
    }

    @Test func frenchNumberFormats() throws {
        #expect(FrenchInvoiceFormat.amount(try Amount(parsing: "1234.5"), currency: .euro) == "1\u{A0}234,50\u{A0}€")
        #expect(
            FrenchInvoiceFormat.amount(try Amount(parsing: "-1234567.005"), currency: .euro)
                == "-1\u{A0}234\u{A0}567,01\u{A0}€"
        )
        #expect(FrenchInvoiceFormat.amount(try Amount(parsing: "12"), currency: .swissFranc) == "12,00\u{A0}CHF")
        #expect(FrenchInvoiceFormat.unitPrice(try Amount(parsing: "0.12345"), currency: .euro) == "0,12345\u{A0}€")
        #expect(FrenchInvoiceFormat.quantity(try Quantity(parsing: "1.500")) == "1,5")
        #expect(FrenchInvoiceFormat.percentage(try Percentage(parsing: "5.50")) == "5,5\u{A0}%")
    }

    @Test func rendersTheAkretionSample() throws {
        let xml = [UInt8](try SharedFixtures.data("conformance/samples/fr-ctc/akretion_factur-x-en16931.xml"))
        let invoice = try Invoice(ciiEncoded: xml)
        let rendered = try InvoicePDFRenderer(creationDate: Self.date).render(invoice)
        let file = try Self.write(rendered.pdf)
        defer { try? FileManager.default.removeItem(at: file) }
        try Self.checkStructure(file)
        guard let text = try Self.text(of: file) else { return }
        #expect(text.contains(invoice.number))
        #expect(text.contains(invoice.seller.name))
        let pages = text.components(separatedBy: "\u{0C}").filter { !$0.isEmpty }
        #expect(pages.count == rendered.pageCount)
        #expect(pages.last?.contains("Net à payer") == true, "the totals belong on the last page")
        #expect(
            text.contains(
                FrenchInvoiceFormat.amount(invoice.totals.amountDue, currency: invoice.currency)
                    .replacingOccurrences(of: "\u{A0}", with: " ")
            )
        )
    }

    // MARK: Size: subset fonts and compressed streams

    @Test func typicalInvoiceIsSmall() throws {
        let renderer = InvoicePDFRenderer(creationDate: Self.date)
        let rendered = try renderer.render(try Self.frenchInvoice())
        #expect(rendered.pageCount == 1)
        #expect(rendered.pdf.count < 150_000, "a one-page invoice weighs \(rendered.pdf.count) bytes")
        let long = try renderer.render(try Self.frenchInvoice(lines: 200))
        #expect(long.pageCount > 1)
        #expect(long.pdf.count < 150_000, "a \(long.pageCount)-page invoice weighs \(long.pdf.count) bytes")
    }

    @Test func everyPageContentStreamIsFlateDecoded() throws {
        let rendered = try InvoicePDFRenderer(creationDate: Self.date).render(try Self.frenchInvoice(lines: 200))
        let pdf = String(decoding: rendered.pdf, as: UTF8.self)
        let contents = Self.references(after: "/Contents", in: pdf)
        #expect(contents.count == rendered.pageCount)
        let file = try Self.write(rendered.pdf)
        defer { try? FileManager.default.removeItem(at: file) }
        for number in contents {
            let dictionary = Self.dictionary(of: number, in: pdf) ?? ""
            #expect(dictionary.contains("/Filter /FlateDecode"), "content stream \(number): \(dictionary)")
            guard let data = try Self.streamData(number, in: file) else { return }
            let operators = String(decoding: data, as: UTF8.self)
            #expect(operators.contains(" Tf ") && operators.contains(" Tj ET"), "content stream \(number) decoded")
        }
    }

    @Test func embeddedFontProgramsAreSubsetsThatStillDrawTheText() throws {
        let invoice = try Self.frenchInvoice()
        let rendered = try InvoicePDFRenderer(creationDate: Self.date).render(invoice)
        let file = try Self.write(rendered.pdf)
        defer { try? FileManager.default.removeItem(at: file) }
        if let fonts = try Self.run("pdffonts", [file.path]) {
            let rows = fonts.output.split(separator: "\n").filter { $0.contains("DejaVuSans") }
            #expect(rows.count == 2)
            #expect(
                rows.allSatisfy {
                    Self.isEmbeddedSubset($0, named: "DejaVuSans")
                        || Self.isEmbeddedSubset($0, named: "DejaVuSans-Bold")
                }
            )
        }
        let pdf = String(decoding: rendered.pdf, as: UTF8.self)
        let descriptors = Self.references(after: "/FontDescriptor", in: pdf)
        #expect(descriptors.count == 2)
        let samples = [
            "DejaVuSans": "Prestation de conseil numéro 1 œuvre 617,28 € « à bientôt » Œuvre",
            "DejaVuSans-Bold": "FACTURE N° F-2026-0042 Désignation",
        ]
        for descriptor in descriptors {
            let dictionary = Self.dictionary(of: descriptor, in: String(pdf)) ?? ""
            let name =
                dictionary.components(separatedBy: "/FontName /").dropFirst().first?
                .split(separator: " ").first.map(String.init) ?? ""
            let baseName = String(name.drop { $0 != "+" }.dropFirst())
            #expect(name.count == baseName.count + 7, "subset tag in \(name)")
            let sample = try #require(samples[baseName], "unexpected font \(name)")
            let program = try #require(Self.references(after: "/FontFile2", in: String(dictionary)).first)
            let programDictionary = Self.dictionary(of: program, in: pdf) ?? ""
            #expect(programDictionary.contains("/Filter /FlateDecode"))
            guard let data = try Self.streamData(program, in: file) else { return }
            #expect(programDictionary.contains("/Length1 \(data.count)"))
            #expect(data.count < 100_000, "\(name) program of \(data.count) bytes is not a subset")
            let font = try TrueTypeFont(data: data, postScriptName: name)
            try Self.expectOutlines(of: sample, in: font)
        }
    }

    @Test func subsetKeepsTheUsedGlyphsAndComponentsAndIsAValidFont() throws {
        let font = try TrueTypeFont(directory: InvoicePDFRenderer.defaultFontDirectory, fileName: "DejaVuSans.ttf")
        let sample = "Éléments œuvre Œ € « » 0123 ,:() ça"
        let codes = Set(WinAnsiEncoding.codesIgnoringErrors(sample))
        let subset = try font.subset(codes: codes)
        #expect(subset.data.count < font.data.count / 10)
        #expect(subset.glyphs.first == 0, ".notdef is kept")
        // Deterministic, tagged with six capitals derived from the glyph set.
        #expect(try font.subset(codes: codes) == subset)
        let tag = subset.postScriptName.prefix(6)
        #expect(tag.allSatisfy { ("A"..."Z").contains($0) } && subset.postScriptName.dropFirst(6) == "+DejaVuSans")
        #expect(try font.subset(codes: codes.union([UInt8(ascii: "Z")])).postScriptName != subset.postScriptName)

        let reparsed = try TrueTypeFont(data: subset.data, postScriptName: subset.postScriptName)
        #expect(reparsed.unitsPerEm == font.unitsPerEm)
        try Self.expectOutlines(of: sample, in: reparsed)
        for code in codes {
            #expect(reparsed.winAnsiGlyphs[Int(code)] == font.winAnsiGlyphs[Int(code)], "glyph ids are stable")
            #expect(reparsed.winAnsiWidths[Int(code)] == font.winAnsiWidths[Int(code)])
        }
        // A character not drawn has no outline left.
        let unused = font.winAnsiGlyphs[Int(UInt8(ascii: "Z"))]
        #expect(try !font.outline(ofGlyph: unused).isEmpty)
        #expect(try reparsed.outline(ofGlyph: unused).isEmpty)

        // The checksums: each table's, and the whole file's through head.checkSumAdjustment.
        let reader = TrueTypeReader(data: subset.data)
        let records = try reader.tableRecords()
        #expect(Set(records.keys).isSuperset(of: ["head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap", "post"]))
        #expect(records["name"] == nil && records["GSUB"] == nil && records["kern"] == nil)
        for index in 0..<(try reader.uint16(4)) {
            let entry = 12 + 16 * index
            let tag = String(decoding: subset.data[entry..<entry + 4], as: UTF8.self)
            let record = try #require(records[tag])
            var bytes = Array(subset.data[record.range])
            if tag == "head" { bytes.replaceSubrange(8..<12, with: [0, 0, 0, 0]) }
            #expect(TrueTypeFont.checksum(bytes) == (try reader.uint32(entry + 4)), "checksum of \(tag)")
        }
        #expect(TrueTypeFont.checksum(subset.data) == 0xB1B0_AFBA)
    }

    /// Each non-space character of `text` maps in `font` to a glyph other than `.notdef` with an
    /// outline, and so does every component of a composite glyph.
    static func expectOutlines(of text: String, in font: TrueTypeFont) throws {
        for code in Set(WinAnsiEncoding.codesIgnoringErrors(text)) where code != 0x20 && code != 0xA0 {
            let glyph = font.winAnsiGlyphs[Int(code)]
            #expect(glyph != 0, "code \(code) maps to .notdef in \(font.postScriptName)")
            #expect(try !font.outline(ofGlyph: glyph).isEmpty, "code \(code) has no outline in \(font.postScriptName)")
            var pending = try font.components(ofGlyph: glyph)
            while let component = pending.popLast() {
                #expect(try !font.outline(ofGlyph: component).isEmpty, "component \(component) of code \(code)")
                pending += try font.components(ofGlyph: component)
            }
        }
    }
}
