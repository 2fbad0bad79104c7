// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureModel

/// Renders an ``/FactureModel/Invoice`` as a readable A4 PDF carrying the mentions French law
/// requires on an invoice.
///
/// The PDF is written by FactureKit itself: DejaVu Sans and DejaVu Sans Bold are embedded as
/// simple TrueType fonts in WinAnsi encoding, subset to the glyphs the invoice draws (named with a
/// tag such as `KQXWRB+DejaVuSans`), and the page contents and font programs are compressed with
/// `/FlateDecode`, so a one-page invoice weighs a few tens of kilobytes. A character WinAnsi cannot encode is drawn as `?` and listed in
/// ``RenderedInvoicePDF/unencodableCharacters``.
///
/// ```swift
/// let rendered = try InvoicePDFRenderer(creationDate: "D:20260901120000Z").render(invoice)
/// try write(rendered.pdf, to: "facture.pdf")
/// ```
///
/// The result is a plain PDF, not PDF/A; attach the CII XML with ``/FacturX/FacturXAttacher``.
public struct InvoicePDFRenderer: Sendable {
    /// Where the fonts are read from by default, as Debian's fonts-dejavu-core installs them.
    public static let defaultFontDirectory = "/usr/share/fonts/truetype/dejavu"

    /// The directory holding `DejaVuSans.ttf` and `DejaVuSans-Bold.ttf`.
    public var fontDirectory: String
    /// The `/CreationDate` of the document information, as a PDF date (`D:20260901120000Z`);
    /// `nil` for the current time. Fix it for reproducible output.
    public var creationDate: String?
    /// The `/ModDate`; `nil` for the creation date.
    public var modificationDate: String?

    /// Creates a renderer.
    ///
    /// - Parameters:
    ///   - fontDirectory: The directory of the DejaVu fonts; `nil` for ``defaultFontDirectory``.
    ///   - creationDate: A fixed PDF creation date, or `nil` for now.
    ///   - modificationDate: A fixed PDF modification date, or `nil` for the creation date.
    public init(fontDirectory: String? = nil, creationDate: String? = nil, modificationDate: String? = nil) {
        self.fontDirectory = fontDirectory ?? Self.defaultFontDirectory
        self.creationDate = creationDate
        self.modificationDate = modificationDate
    }

    /// Renders `invoice`.
    ///
    /// - Throws: ``FacturXError`` with code `fontUnavailable` when a font cannot be read.
    public func render(_ invoice: Invoice) throws(FacturXError) -> RenderedInvoicePDF {
        let regular = try TrueTypeFont(directory: fontDirectory, fileName: "DejaVuSans.ttf")
        let bold = try TrueTypeFont(directory: fontDirectory, fileName: "DejaVuSans-Bold.ttf")
        let composer = InvoicePageComposer(regular: regular, bold: bold)
        InvoiceLayout(invoice: invoice, composer: composer).draw()

        let pageCount = composer.pages.count
        for index in 0..<pageCount {
            let footer = "Page \(index + 1) / \(pageCount)"
            let x = InvoicePageComposer.right - composer.width(footer, style: .regular, size: 8)
            composer.append(composer.textOperators(footer, x: x, y: 30, style: .regular, size: 8), toPage: index)
            let reference = "\(InvoiceLayout.title(of: invoice)) n° \(invoice.number)"
            composer.append(
                composer.textOperators(reference, x: InvoicePageComposer.left, y: 30, style: .regular, size: 8),
                toPage: index
            )
        }

        let fonts = [(regular, InvoiceFontStyle.regular), (bold, .bold)].map { font, style in
            // A font whose glyph tables cannot be subset is embedded whole, as before subsetting.
            (font: font, program: (try? font.subset(codes: composer.usedCodes[style] ?? [])) ?? .whole(font))
        }
        let date = creationDate ?? PDFContentSyntax.currentDate()
        let pdf = Self.assemble(
            pages: composer.pages,
            fonts: fonts,
            info: [
                "/Title \(PDFSyntax.textString("\(InvoiceLayout.title(of: invoice)) \(invoice.number)"))",
                "/Author \(PDFSyntax.textString(invoice.seller.name))",
                "/Producer (FactureKit)", "/Creator (FactureKit)",
                "/CreationDate \(PDFSyntax.textString(date))",
                "/ModDate \(PDFSyntax.textString(modificationDate ?? date))",
            ]
        )
        return RenderedInvoicePDF(
            pdf: pdf,
            pageCount: pageCount,
            unencodableCharacters: composer.unencodableCharacters
        )
    }

    /// Writes the page contents (compressed), the fonts with their programs and the document
    /// structure as a PDF file.
    static func assemble(
        pages: [[UInt8]],
        fonts: [(font: TrueTypeFont, program: TrueTypeSubset)],
        info: [String]
    ) -> [UInt8] {
        var writer = PDFObjectWriter()
        let catalog = writer.reserve()
        let pageTree = writer.reserve()
        let infoNumber = writer.reserve()
        let fontNumbers = fonts.map { writeFont($0.font, program: $0.program, with: &writer) }
        let fontResources = fontNumbers.enumerated().map { "/F\($0.offset + 1) \($0.element) 0 R" }
        let resources = "<< /Font << \(fontResources.joined(separator: " ")) >> /ProcSet [/PDF /Text] >>"
        var pageNumbers: [Int] = []
        for content in pages {
            let page = writer.reserve()
            let stream = writer.reserve()
            writer.write(
                page,
                "<< /Type /Page /Parent \(pageTree) 0 R /MediaBox [0 0 \(PDFContentSyntax.number(InvoicePageComposer.pageWidth)) "
                    + "\(PDFContentSyntax.number(InvoicePageComposer.pageHeight))] /Resources \(resources) "
                    + "/Contents \(stream) 0 R >>"
            )
            writer.writeCompressedStream(stream, dictionary: "", data: content)
            pageNumbers.append(page)
        }
        let kids = pageNumbers.map { "\($0) 0 R" }.joined(separator: " ")
        writer.write(pageTree, "<< /Type /Pages /Kids [\(kids)] /Count \(pageNumbers.count) >>")
        writer.write(catalog, "<< /Type /Catalog /Pages \(pageTree) 0 R >>")
        writer.write(infoNumber, "<< \(info.joined(separator: " ")) >>")
        return writer.finish(root: catalog, info: infoNumber)
    }

    /// Writes a simple TrueType font with its descriptor and its compressed font `program` (a subset
    /// of `font`, whose name it carries); returns the font dictionary's object number.
    static func writeFont(_ font: TrueTypeFont, program: TrueTypeSubset, with writer: inout PDFObjectWriter) -> Int {
        let dictionary = writer.reserve()
        let descriptor = writer.reserve()
        let file = writer.reserve()
        let widths = font.winAnsiWidths[32...255].map(String.init).joined(separator: " ")
        writer.write(
            dictionary,
            "<< /Type /Font /Subtype /TrueType /BaseFont /\(program.postScriptName) /Encoding /WinAnsiEncoding "
                + "/FirstChar 32 /LastChar 255 /Widths [\(widths)] /FontDescriptor \(descriptor) 0 R >>"
        )
        let box = font.boundingBox.map(String.init).joined(separator: " ")
        writer.write(
            descriptor,
            "<< /Type /FontDescriptor /FontName /\(program.postScriptName) /Flags 32 /FontBBox [\(box)] "
                + "/ItalicAngle \(PDFContentSyntax.number(font.italicAngle)) /Ascent \(font.ascent) "
                + "/Descent \(font.descent) /CapHeight \(font.capHeight) /StemV \(font.stemV) "
                + "/FontFile2 \(file) 0 R >>"
        )
        writer.writeCompressedStream(file, dictionary: "/Length1 \(program.data.count)", data: program.data)
        return dictionary
    }
}

/// A rendered invoice PDF.
public struct RenderedInvoicePDF: Sendable, Hashable {
    /// The PDF file.
    public var pdf: [UInt8]
    /// The number of pages.
    public var pageCount: Int
    /// Characters of the invoice that WinAnsi cannot encode, drawn as `?`, in order of first
    /// appearance; empty when every character was drawn.
    public var unencodableCharacters: [Character]

    /// Creates a result.
    public init(pdf: [UInt8], pageCount: Int, unencodableCharacters: [Character]) {
        self.pdf = pdf
        self.pageCount = pageCount
        self.unencodableCharacters = unencodableCharacters
    }
}
