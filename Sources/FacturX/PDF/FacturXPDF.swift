// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A hybrid PDF invoice (Factur-X, ZUGFeRD 1 or 2, XRechnung) opened for its embedded XML.
///
/// Opening reads what the PDF says about its invoice and copies out the candidate attachments,
/// then releases the PDF: the value holds no PDF handle and is `Sendable`.
///
/// ```swift
/// let pdf = try FacturXPDF(pdfEncoded: bytes)
/// let embedded = try pdf.invoiceXML()        // the newest flavour when there are several
/// let document = try InvoiceXMLDocument(xmlEncoded: embedded.xml)
/// ```
public struct FacturXPDF: Sendable, Hashable {
    /// The number of pages.
    public var pageCount: Int
    /// The PDF version, such as `1.7`.
    public var pdfVersion: String
    /// The names of every embedded file, invoice or not: the EmbeddedFiles name tree's files in
    /// tree order, then the files only the catalog's `/AF` array lists. Each is the file
    /// specification's `/UF`, else `/F`, else its name-tree key, decoded exactly (UTF-16 included).
    public var attachmentNames: [String]
    /// The invoice schemas the XMP metadata declares (usually one).
    public var xmp: [EmbeddedInvoiceXMP]
    /// Every invoice XML attachment, the preferred one first: a ZUGFeRD 1 attachment comes after
    /// the newer flavours, and the attachment the XMP names comes before the others.
    public var invoices: [EmbeddedInvoiceXML]

    /// Opens a PDF and collects its invoice XML attachments.
    ///
    /// An attachment is an invoice candidate when its name is one the standards fix
    /// (`factur-x.xml`, `zugferd-invoice.xml`, `ZUGFeRD-invoice.xml`, `xrechnung.xml`, compared
    /// without case) or the one the XMP `DocumentFileName` names. A PDF without one opens
    /// normally, with no ``invoices``.
    ///
    /// The PDF is read with qpdf, which loads only the objects asked for: the catalog, its XMP
    /// metadata, the EmbeddedFiles name tree, the `/AF` array and the candidate attachments'
    /// streams.
    ///
    /// - Throws: ``/FacturX/FacturXError`` with code `malformedPDF` (empty input, no `%PDF-`
    ///   header, a PDF too damaged to open, an invoice attachment that cannot be decoded),
    ///   `encryptedPDF` (a user password is needed), `inputTooLarge` (over 2 GiB) or
    ///   `internalError` (qpdf cannot start).
    public init(pdfEncoded bytes: some Collection<UInt8>) throws(FacturXError) {
        let document = try QPDFDocumentReader(bytes: bytes)
        pageCount = document.pageCount
        pdfVersion = document.pdfVersion
        xmp = document.xmpMetadata().map { Self.invoiceSchemas(inXMP: String(decoding: $0, as: UTF8.self)) } ?? []
        let files = document.embeddedFiles()
        var found: [(invoice: EmbeddedInvoiceXML, namedByXMP: Bool)] = []
        for (index, file) in files.enumerated() {
            let name = file.name
            let namedByXMP = xmp.contains { $0.documentFileName?.lowercased() == name.lowercased() }
            guard EmbeddedInvoiceFlavour(attachmentName: name) != nil || namedByXMP else { continue }
            let data = try document.data(of: file)
            let root = try? XMLDocument(parsing: data).root
            found.append((Self.classify(data, root: root, name: name, index: index, xmp: xmp), namedByXMP))
        }
        attachmentNames = files.map(\.name)
        invoices = found.enumerated()
            .sorted { lhs, rhs in
                let rank = { (entry: (invoice: EmbeddedInvoiceXML, namedByXMP: Bool)) in
                    (entry.invoice.flavour == .zugferd1 ? 2 : 0) + (entry.namedByXMP ? 0 : 1)
                }
                return (rank(lhs.element), lhs.offset) < (rank(rhs.element), rhs.offset)
            }
            .map(\.element.invoice)
    }

    /// The preferred invoice XML (the first of ``invoices``).
    ///
    /// - Throws: ``/FacturX/FacturXError`` with code `noEmbeddedInvoice` when the PDF has none.
    public func invoiceXML() throws(FacturXError) -> EmbeddedInvoiceXML {
        guard let first = invoices.first else {
            let listed =
                attachmentNames.isEmpty ? "no attachments" : "attachments: " + attachmentNames.joined(separator: ", ")
            throw FacturXError(
                code: .noEmbeddedInvoice,
                message: "The PDF carries no Factur-X, ZUGFeRD or XRechnung invoice XML (\(listed))"
            )
        }
        return first
    }

    /// Extracts the preferred invoice XML of a hybrid PDF: `FacturXPDF(pdfEncoded:)` then
    /// ``invoiceXML()``.
    ///
    /// - Throws: ``/FacturX/FacturXError`` with code `malformedPDF`, `encryptedPDF`,
    ///   `inputTooLarge`, `internalError` or `noEmbeddedInvoice`.
    public static func extractInvoiceXML(
        fromPDF bytes: some Collection<UInt8>
    ) throws(FacturXError)
        -> EmbeddedInvoiceXML
    {
        try FacturXPDF(pdfEncoded: bytes).invoiceXML()
    }

    /// Whether bytes look like a PDF: a `%PDF-` header within their first 1024 bytes, as PDF
    /// readers accept. Cheap: nothing is parsed.
    public static func looksLikePDF(_ bytes: some Collection<UInt8>) -> Bool {
        QPDFDocumentReader.headerOffset(in: bytes) != nil
    }
}

// MARK: - Classification

extension FacturXPDF {
    private static let rdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

    /// The invoice schemas an XMP packet declares, one per namespace, in document order.
    ///
    /// Properties may be written as attributes of `rdf:Description` or as its child elements,
    /// under any prefix: the namespace URI decides. A packet that is not well-formed XML
    /// declares nothing.
    static func invoiceSchemas(inXMP packet: String) -> [EmbeddedInvoiceXMP] {
        guard let document = try? XMLDocument(parsing: Array(packet.utf8)) else { return [] }
        var schemas: [EmbeddedInvoiceXMP] = []
        func set(_ namespace: String?, _ property: String, _ value: String) {
            guard let namespace, let flavour = EmbeddedInvoiceFlavour(xmpNamespace: namespace) else { return }
            let index: Int
            if let existing = schemas.firstIndex(where: { $0.flavour == flavour }) {
                index = existing
            } else {
                schemas.append(EmbeddedInvoiceXMP(flavour: flavour))
                index = schemas.count - 1
            }
            let value = value.trimmingXMLWhitespace()
            switch property {
            case "ConformanceLevel": schemas[index].conformanceLevel = value
            case "DocumentFileName": schemas[index].documentFileName = value
            case "DocumentType": schemas[index].documentType = value
            case "Version": schemas[index].version = value
            default: break
            }
        }
        func visit(_ element: XMLElement) {
            if element.name == "Description", element.namespace == rdfNamespace {
                for attribute in element.attributes { set(attribute.namespace, attribute.name, attribute.value) }
                for child in element.children where child.children.isEmpty {
                    set(child.namespace, child.name, child.text)
                }
            }
            for child in element.children { visit(child) }
        }
        visit(document.root)
        return schemas
    }

    /// The flavour and guideline of one candidate attachment.
    ///
    /// The file name gives the flavour; the XMP namespace, when the XMP describes this
    /// attachment, confirms or overrides it (except for `xrechnung.xml`, whose PDFs borrow the
    /// Factur-X schema); the XML root has the last word between ZUGFeRD 1 (`CrossIndustryDocument`)
    /// and the CII D16B flavours (`CrossIndustryInvoice`).
    static func classify(
        _ data: [UInt8],
        root: XMLElement?,
        name: String,
        index: Int,
        xmp: [EmbeddedInvoiceXMP]
    ) -> EmbeddedInvoiceXML {
        let described =
            xmp.first { $0.documentFileName?.lowercased() == name.lowercased() }
            ?? xmp.first { $0.documentFileName == nil }
        let isZUGFeRD1Root = root?.name == "CrossIndustryDocument"
        var flavour =
            EmbeddedInvoiceFlavour(attachmentName: name) ?? described?.flavour
            ?? (isZUGFeRD1Root ? .zugferd1 : .facturX)
        if flavour != .xrechnung, let declared = described?.flavour {
            flavour = declared
        }
        if isZUGFeRD1Root {
            flavour = .zugferd1
        } else if root != nil, flavour == .zugferd1 {
            flavour = .zugferd2
        }
        return EmbeddedInvoiceXML(
            xml: data,
            fileName: name,
            attachmentIndex: index,
            flavour: flavour,
            xmp: described,
            guidelineID: root.flatMap(guidelineID(of:))
        )
    }

    /// The specification identifier an invoice declares: BT-24 in CII
    /// (`ExchangedDocumentContext/GuidelineSpecifiedDocumentContextParameter/ID`) and UBL
    /// (`CustomizationID`), the guideline of a ZUGFeRD 1 `CrossIndustryDocument`.
    static func guidelineID(of root: XMLElement) -> String? {
        func child(_ element: XMLElement?, _ name: String) -> XMLElement? {
            element?.children.first { $0.name == name }
        }
        let id: XMLElement?
        switch root.name {
        case "CrossIndustryInvoice":
            id = child(
                child(child(root, "ExchangedDocumentContext"), "GuidelineSpecifiedDocumentContextParameter"),
                "ID"
            )
        case "CrossIndustryDocument":
            id = child(
                child(child(root, "SpecifiedExchangedDocumentContext"), "GuidelineSpecifiedDocumentContextParameter"),
                "ID"
            )
        case "Invoice", "CreditNote":
            id = child(root, "CustomizationID")
        default:
            id = nil
        }
        return id.map { $0.text.trimmingXMLWhitespace() }
    }
}

extension String {
    /// The string without leading and trailing XML whitespace (space, tab, CR, LF).
    fileprivate func trimmingXMLWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\r\n" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
