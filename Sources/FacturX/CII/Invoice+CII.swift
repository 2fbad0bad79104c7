// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureModel

extension Invoice {
    /// Reads a UN/CEFACT Cross Industry Invoice: the XML of a Factur-X / ZUGFeRD 2.x invoice
    /// (CII D16B, any profile), a pure CII EN 16931 or XRechnung CII invoice, or an
    /// EXTENDED-CTC-FR invoice (CII D22B), according to the EN 16931 CII syntax binding.
    ///
    /// Every business term the model holds is read, from the business process (BT-23) and the
    /// specification identifier (BT-24, kept verbatim in
    /// ``/FactureModel/Invoice/ProcessControl/specificationIdentifier``) to the lines (BG-25). Dates are
    /// format 102 (`YYYYMMDD`), amounts, quantities and percentages keep their written scale,
    /// and codes outside the EN 16931 code lists are kept verbatim. Terms a profile leaves out
    /// are `nil` or empty; validation, not reading, reports missing mandatory terms.
    ///
    /// ```swift
    /// let invoice = try Invoice(ciiEncoded: bytes)
    /// print(invoice.number, invoice.totals.amountDue)
    /// ```
    ///
    /// Use ``/FacturX/CIIInvoiceDocument`` to get the detected ``/FacturX/FacturXProfile`` as well.
    ///
    /// - Parameter bytes: The XML document (UTF-8, or the encoding it declares).
    /// - Throws: ``/FacturX/FacturXError`` with code
    ///   - `malformedXML`, `forbiddenDeclaration`, `inputTooLarge` or `nestingTooDeep` when the
    ///     bytes cannot be parsed safely;
    ///   - `unsupportedDocument` when the root is not `rsm:CrossIndustryInvoice`;
    ///   - `invalidValue` when a date, amount, quantity, percentage, currency, country or base64
    ///     attachment cannot be read (`location` is the element's path, such as
    ///     `/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/…/ram:GrandTotalAmount`,
    ///     and `underlyingError` the model's error);
    ///   - `missingElement` when the model cannot be built: no `rsm:ExchangedDocument`, no issue
    ///     date (BT-2), no seller or buyer party (BG-4, BG-7), no monetary summation or one of
    ///     BT-109, BT-112, BT-115, a VAT breakdown without BT-116, an allowance or charge
    ///     without its amount, a postal address without its country code, a tax representative
    ///     (BG-11) without address or VAT identifier.
    public init(ciiEncoded bytes: some Collection<UInt8>) throws(FacturXError) {
        let document = try XMLDocument(parsing: bytes)
        try self.init(ciiDocument: document)
    }
}

/// A CII invoice as read: the invoice and the Factur-X profile its specification identifier
/// (BT-24) names.
///
/// ```swift
/// let document = try CIIInvoiceDocument(ciiEncoded: bytes)
/// if document.profile == .minimum { … }
/// ```
public struct CIIInvoiceDocument: Sendable, Hashable {
    /// The invoice.
    public var invoice: Invoice
    /// The profile named by BT-24 (``/FacturX/FacturXProfile/init(guidelineID:)``), or `nil` when BT-24
    /// names no Factur-X profile (a ZUGFeRD 1.0 identifier, a private CIUS).
    public var profile: FacturXProfile?

    /// Creates a document from an invoice, the profile taken from its BT-24.
    public init(invoice: Invoice) {
        self.invoice = invoice
        self.profile = FacturXProfile(guidelineID: invoice.processControl.specificationIdentifier)
    }

    /// Reads a CII invoice and detects its profile; see ``/FactureModel/Invoice/init(ciiEncoded:)``.
    ///
    /// - Throws: ``/FacturX/FacturXError``, as ``/FactureModel/Invoice/init(ciiEncoded:)``.
    public init(ciiEncoded bytes: some Collection<UInt8>) throws(FacturXError) {
        self.init(invoice: try Invoice(ciiEncoded: bytes))
    }
}

extension Invoice {
    /// Writes the invoice as the CII XML of a Factur-X `profile` (CII D16B as Factur-X 1.0.x uses
    /// it), or CII D22B for ``/FacturX/FacturXProfile/extendedCTCFR``.
    ///
    /// Elements follow the sequences of the profile's XSD, and only what the profile's XSD allows
    /// is written: use ``reduced(to:)`` first to know what a smaller profile leaves out. Amounts,
    /// quantities and percentages are written with their own scale; the only `currencyID`
    /// attributes are on `ram:TaxTotalAmount` (BT-110 in the invoice currency BT-5, BT-111 in
    /// the VAT accounting currency BT-6). Dates are format 102. BT-24 is the invoice's own
    /// specification identifier when it names `profile` (a ZUGFeRD 2.x or XRechnung identifier
    /// is kept), otherwise `profile.guidelineID`. The output is indented (two spaces) where an
    /// element holds only elements; text is written exactly.
    ///
    /// ```swift
    /// let xml = invoice.serializeAsCII(profile: .en16931)
    /// let again = try Invoice(ciiEncoded: xml)
    /// ```
    ///
    /// Reading the output gives back an equal invoice when the profile carries everything the
    /// invoice holds, except in the corner cases CII cannot express: a VAT point date (BT-7,
    /// BT-8) travels in the VAT breakdowns and needs at least one; an item price discount
    /// (BT-147) travels inside the gross price, so without a gross price (BT-148) the gross price
    /// net + discount is written and read back; party identifiers without scheme (`ram:ID`) come
    /// back before those with one (`ram:GlobalID`).
    ///
    /// Factur-X EXTENDED sub-line groups travel at ``/FacturX/FacturXProfile/extended`` and
    /// ``/FacturX/FacturXProfile/extendedCTCFR``: parent line ids, sub-line types, line item
    /// sellers, line VAT amounts, and `GROUP` lines without quantity, net price or VAT category
    /// (``/FactureModel/Invoice/Line/unstatedTerms``). Poorer profiles drop the sub-line terms
    /// (``reduced(to:)`` reports them) and get the model's placeholder values for the unstated
    /// terms, which their schema requires.
    ///
    /// - Parameter profile: The Factur-X profile to write.
    /// - Returns: The UTF-8 bytes of the XML document.
    public func serializeAsCII(profile: FacturXProfile) -> [UInt8] {
        ciiDocument(profile: profile).serialized(prettyPrinted: true)
    }
}
