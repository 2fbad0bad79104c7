// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureModel

/// The XML syntaxes an EN 16931 invoice comes in.
public struct InvoiceSyntax: Sendable, Hashable, CustomStringConvertible {
    private enum Base: String, Sendable, Hashable {
        case cii = "CII"
        case ublInvoice = "UBL Invoice"
        case ublCreditNote = "UBL CreditNote"
    }

    private let base: Base

    private init(_ base: Base) { self.base = base }

    /// UN/CEFACT Cross Industry Invoice, as Factur-X and ZUGFeRD embed it.
    public static let cii = InvoiceSyntax(.cii)
    /// OASIS UBL 2.1 `Invoice`.
    public static let ublInvoice = InvoiceSyntax(.ublInvoice)
    /// OASIS UBL 2.1 `CreditNote`.
    public static let ublCreditNote = InvoiceSyntax(.ublCreditNote)

    /// Whether the syntax is one of UBL's two roots.
    public var isUBL: Bool { base != .cii }

    /// `CII`, `UBL Invoice` or `UBL CreditNote`.
    public var description: String { base.rawValue }
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
    /// - Throws: ``FacturXError`` with ``FacturXError/Code/unsupportedDocument`` when the root is
    ///   neither CII nor UBL, or any code the parser and readers raise.
    public init(xmlEncoded bytes: some Collection<UInt8>) throws(FacturXError) {
        let document = try XMLDocument(parsing: bytes)
        let root = document.root
        switch (root.namespace, root.name) {
        case (CIINamespace.rsm, "CrossIndustryInvoice"):
            self.invoice = try Invoice(ciiDocument: document)
            self.syntax = .cii
        case (UBLNamespace.invoice, "Invoice"):
            self.invoice = try Invoice(ublDocument: document)
            self.syntax = .ublInvoice
        case (UBLNamespace.creditNote, "CreditNote"):
            self.invoice = try Invoice(ublDocument: document)
            self.syntax = .ublCreditNote
        default:
            throw FacturXError(
                code: .unsupportedDocument,
                message: "root element {\(root.namespace ?? "")}\(root.name) is neither a CII invoice nor a UBL Invoice or CreditNote",
                location: "/" + root.name
            )
        }
    }
}
