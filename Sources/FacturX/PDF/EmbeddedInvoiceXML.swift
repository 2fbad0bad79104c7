// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The family of hybrid PDF invoice an attachment belongs to.
///
/// Factur-X 1.0 and ZUGFeRD 2.x are the same standard (CII D16B in a PDF/A-3) under a French and
/// a German name; ZUGFeRD 1.0 is its predecessor, with another XML format
/// (`CrossIndustryDocument`); XRechnung is the German CIUS of EN 16931, sometimes carried in a
/// ZUGFeRD-style PDF.
public enum EmbeddedInvoiceFlavour: String, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    /// Factur-X 1.0: attachment `factur-x.xml`, XMP namespace
    /// `urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#`.
    case facturX = "factur-x"
    /// ZUGFeRD 2.0: attachment `zugferd-invoice.xml`, XMP namespace
    /// `urn:zugferd:pdfa:CrossIndustryDocument:invoice:2p0#`. From 2.1 on, ZUGFeRD PDFs use the
    /// Factur-X attachment name and namespace, and read as ``facturX``.
    case zugferd2 = "zugferd-2"
    /// ZUGFeRD 1.0: attachment `ZUGFeRD-invoice.xml`, XMP namespace
    /// `urn:ferd:pdfa:CrossIndustryDocument:invoice:1p0#`, root element `CrossIndustryDocument`.
    case zugferd1 = "zugferd-1"
    /// XRechnung in a hybrid PDF: attachment `xrechnung.xml` (CII or UBL).
    case xrechnung

    /// A display name: `Factur-X`, `ZUGFeRD 2`, `ZUGFeRD 1`, `XRechnung`.
    public var description: String {
        switch self {
        case .facturX: "Factur-X"
        case .zugferd2: "ZUGFeRD 2"
        case .zugferd1: "ZUGFeRD 1"
        case .xrechnung: "XRechnung"
        }
    }

    /// Whether ``/FacturX/InvoiceXMLDocument`` can read this flavour's XML into the model:
    /// every flavour but ZUGFeRD 1.0, whose `CrossIndustryDocument` format predates EN 16931.
    public var isReadableIntoModel: Bool {
        self != .zugferd1
    }

    /// The XMP extension schema namespace of the flavour, when it has its own.
    public var xmpNamespace: String? {
        switch self {
        case .facturX: "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"
        case .zugferd2: "urn:zugferd:pdfa:CrossIndustryDocument:invoice:2p0#"
        case .zugferd1: "urn:ferd:pdfa:CrossIndustryDocument:invoice:1p0#"
        case .xrechnung: nil
        }
    }

    /// The flavour an XMP namespace declares, or `nil` for another namespace.
    public init?(xmpNamespace: String) {
        guard let flavour = Self.allCases.first(where: { $0.xmpNamespace == xmpNamespace }) else { return nil }
        self = flavour
    }

    /// The flavour an attachment's file name announces, or `nil` for another name.
    ///
    /// `ZUGFeRD-invoice.xml` (ZUGFeRD 1.0) and `zugferd-invoice.xml` (ZUGFeRD 2.0) differ only by
    /// case, so that name is compared exactly, other case variants counting as ZUGFeRD 2;
    /// `factur-x.xml` and `xrechnung.xml` are compared ignoring case.
    public init?(attachmentName: String) {
        switch attachmentName.lowercased() {
        case "factur-x.xml": self = .facturX
        case "xrechnung.xml": self = .xrechnung
        case "zugferd-invoice.xml": self = attachmentName == "ZUGFeRD-invoice.xml" ? .zugferd1 : .zugferd2
        default: return nil
        }
    }
}

/// The invoice facts a hybrid PDF declares in its XMP metadata (the PDF/A extension schema of
/// Factur-X, ZUGFeRD 2 or ZUGFeRD 1).
public struct EmbeddedInvoiceXMP: Sendable, Hashable {
    /// The flavour the schema's namespace declares.
    public var flavour: EmbeddedInvoiceFlavour
    /// `ConformanceLevel`: the profile as the XMP names it (`MINIMUM`, `BASIC WL`, `BASIC`,
    /// `EN 16931`, `EXTENDED`, `XRECHNUNG`; `BASIC`, `COMFORT`, `EXTENDED` for ZUGFeRD 1).
    public var conformanceLevel: String?
    /// `DocumentFileName`: the attachment that holds the invoice XML.
    public var documentFileName: String?
    /// `DocumentType`: `INVOICE` (or `ORDER` and others in later versions of the schema).
    public var documentType: String?
    /// `Version`: the version of the XML schema the attachment follows, such as `1.0`.
    public var version: String?

    /// Creates the facts.
    public init(
        flavour: EmbeddedInvoiceFlavour,
        conformanceLevel: String? = nil,
        documentFileName: String? = nil,
        documentType: String? = nil,
        version: String? = nil
    ) {
        self.flavour = flavour
        self.conformanceLevel = conformanceLevel
        self.documentFileName = documentFileName
        self.documentType = documentType
        self.version = version
    }

    /// Whether these facts describe the attachment `name`: the XMP names it, or names no file.
    public func describes(attachmentName name: String) -> Bool {
        guard let documentFileName else { return true }
        return documentFileName.lowercased() == name.lowercased()
    }
}

/// An invoice XML found in a hybrid PDF: its bytes and what the PDF says about it.
///
/// ```swift
/// let embedded = try FacturXPDF.extractInvoiceXML(fromPDF: bytes)
/// print(embedded.fileName, embedded.flavour, embedded.profile?.name ?? "-")
/// let document = try InvoiceXMLDocument(xmlEncoded: embedded.xml)
/// ```
public struct EmbeddedInvoiceXML: Sendable, Hashable {
    /// The attachment's bytes, exactly as embedded (after stream decoding).
    public var xml: [UInt8]
    /// The attachment's file name, such as `factur-x.xml`: the file specification's `/UF`, else
    /// `/F`, else its name-tree key, decoded exactly (UTF-16 names included).
    public var fileName: String
    /// The attachment's position among the PDF's embedded files (``/FacturX/FacturXPDF/attachmentNames``),
    /// from 0.
    public var attachmentIndex: Int
    /// The flavour, from the file name, confirmed or overridden by the XMP namespace and the XML
    /// root element.
    public var flavour: EmbeddedInvoiceFlavour
    /// The XMP facts, when the PDF's XMP declares an invoice schema describing this attachment.
    public var xmp: EmbeddedInvoiceXMP?
    /// The specification identifier the XML declares (BT-24 in CII and UBL, the guideline of
    /// ZUGFeRD 1), or `nil` when the XML is not well-formed or has none.
    public var guidelineID: String?

    /// Creates a record.
    public init(
        xml: [UInt8],
        fileName: String,
        attachmentIndex: Int,
        flavour: EmbeddedInvoiceFlavour,
        xmp: EmbeddedInvoiceXMP? = nil,
        guidelineID: String? = nil
    ) {
        self.xml = xml
        self.fileName = fileName
        self.attachmentIndex = attachmentIndex
        self.flavour = flavour
        self.xmp = xmp
        self.guidelineID = guidelineID
    }

    /// The Factur-X profile of ``guidelineID`` (see ``/FacturX/FacturXProfile/init(guidelineID:)``),
    /// `nil` for ZUGFeRD 1 or an unknown identifier.
    public var profile: FacturXProfile? {
        guidelineID.flatMap(FacturXProfile.init(guidelineID:))
    }

    /// The XMP `ConformanceLevel`, when declared.
    public var conformanceLevel: String? { xmp?.conformanceLevel }

    /// The XMP `DocumentType`, when declared.
    public var documentType: String? { xmp?.documentType }
}
