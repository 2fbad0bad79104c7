// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureModel

/// The XML syntaxes an EN 16931 invoice comes in.
public struct InvoiceSyntax: Sendable, Hashable, CustomStringConvertible {
    private enum Base: String, Sendable, Hashable {
        case cii
        case ublInvoice
        case ublCreditNote
    }

    private let base: Base

    private init(_ base: Base) { self.base = base }

    /// UN/CEFACT Cross Industry Invoice (D16B as Factur-X and ZUGFeRD use it, and D22B).
    public static let cii = InvoiceSyntax(.cii)
    /// OASIS UBL 2.1 `Invoice`.
    public static let ublInvoice = InvoiceSyntax(.ublInvoice)
    /// OASIS UBL 2.1 `CreditNote`.
    public static let ublCreditNote = InvoiceSyntax(.ublCreditNote)

    /// Whether the syntax is one of UBL's two roots.
    public var isUBL: Bool { base != .cii }

    /// A stable name: `cii`, `ublInvoice` or `ublCreditNote`, used by `Codable`.
    public var name: String { base.rawValue }

    /// The syntax a ``name`` names, or `nil`.
    public init?(name: String) {
        guard let base = Base(rawValue: name) else { return nil }
        self.base = base
    }

    /// For people: `CII`, `UBL Invoice` or `UBL CreditNote`.
    public var description: String {
        switch base {
        case .cii: "CII"
        case .ublInvoice: "UBL Invoice"
        case .ublCreditNote: "UBL CreditNote"
        }
    }
}

extension InvoiceSyntax {
    /// The syntax whose root element this is, or `nil` for any other root.
    package init?(root: XMLElement) {
        self.init(namespace: root.namespace, name: root.name)
    }

    /// The syntax a root element with this namespace and local name has, `nil` when none.
    package init?(namespace: String?, name: String) {
        switch (namespace, name) {
        case (CIINamespace.rsm, "CrossIndustryInvoice"): self = .cii
        case (UBLNamespace.invoice, "Invoice"): self = .ublInvoice
        case (UBLNamespace.creditNote, "CreditNote"): self = .ublCreditNote
        default: return nil
        }
    }

    /// The error for a document whose root names no invoice syntax.
    package static func unsupportedRoot(_ root: XMLElement) -> FacturXError {
        unsupportedRoot(namespace: root.namespace, name: root.name)
    }

    /// The error for a root element with this namespace and local name, which names no invoice syntax.
    package static func unsupportedRoot(namespace: String?, name: String) -> FacturXError {
        FacturXError(
            code: .unsupportedDocument,
            message:
                "root element {\(namespace ?? "")}\(name) is neither a CII invoice nor a UBL Invoice or CreditNote",
            location: "/" + name
        )
    }
}

extension InvoiceSyntax: Codable {
    /// Decodes the syntax from its ``name``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let syntax = InvoiceSyntax(name: name) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown syntax '\(name)'")
        }
        self = syntax
    }

    /// Encodes the syntax as its ``name``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}

/// An invoice read from XML whose syntax is found from its root element: CII, UBL Invoice or
/// UBL CreditNote.
///
/// ```swift
/// let document = try InvoiceXMLDocument(xmlEncoded: bytes)
/// print(document.syntax, document.profile?.description ?? "no Factur-X profile")
/// let ubl = document.invoice.serializeAsUBL()
/// ```
public struct InvoiceXMLDocument: Sendable, Hashable {
    /// The invoice.
    public var invoice: Invoice
    /// The syntax it was written in.
    public var syntax: InvoiceSyntax
    /// The Factur-X profile its specification identifier (BT-24) names, if any.
    public var profile: FacturXProfile? {
        FacturXProfile(guidelineID: invoice.processControl.specificationIdentifier)
    }

    /// Parses XML securely (no network, no DTD, size and depth limits) and reads the invoice in
    /// the syntax its root element names.
    /// - Throws: ``/FacturX/FacturXError`` with ``/FacturX/FacturXError/Code/unsupportedDocument`` when the root is
    ///   neither CII nor UBL, or any code the parser and readers raise.
    public init(xmlEncoded bytes: some Collection<UInt8>) throws(FacturXError) {
        let document = try XMLDocument(parsing: bytes)
        guard let syntax = InvoiceSyntax(root: document.root) else {
            throw InvoiceSyntax.unsupportedRoot(document.root)
        }
        self.invoice = syntax.isUBL ? try Invoice(ublDocument: document) : try Invoice(ciiDocument: document)
        self.syntax = syntax
    }
}
