// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureModel

extension Invoice {
    /// Reads a UBL 2.1 `Invoice` or `CreditNote` (OASIS UBL 2.1, ISO/IEC 19845) according to the
    /// EN 16931 UBL syntax binding.
    ///
    /// Both roots are accepted: a `CreditNote` reads its `cbc:CreditNoteTypeCode` (BT-3),
    /// `cac:CreditNoteLine` and `cbc:CreditedQuantity` (BT-129). Every business term the model
    /// holds is read, from the specification identifier (BT-24, `cbc:CustomizationID`) and
    /// business process (BT-23, `cbc:ProfileID`) to the lines (BG-25); attached documents
    /// (BT-125, `cbc:EmbeddedDocumentBinaryObject`) are decoded from base64. Codes outside the
    /// EN 16931 code lists are kept verbatim, and note subjects (BT-21) are read from the
    /// `#SUBJECT#text` convention of `cbc:Note`.
    ///
    /// ```swift
    /// let invoice = try Invoice(ublEncoded: bytes)
    /// print(invoice.number, invoice.totals.amountDue)
    /// ```
    ///
    /// - Parameter bytes: The UTF-8 (or declared-encoding) bytes of the XML document.
    /// - Throws: ``/FacturX/FacturXError`` with code
    ///   - ``/FacturX/FacturXError/Code/malformedXML``, ``/FacturX/FacturXError/Code/forbiddenDeclaration``,
    ///     ``/FacturX/FacturXError/Code/inputTooLarge`` or ``/FacturX/FacturXError/Code/nestingTooDeep`` when the
    ///     bytes cannot be parsed safely;
    ///   - ``/FacturX/FacturXError/Code/unsupportedDocument`` when the root is not a UBL 2.1 `Invoice` or
    ///     `CreditNote`;
    ///   - ``/FacturX/FacturXError/Code/missingElement`` when a term the model requires is absent (BT-1,
    ///     BT-2, BT-3, BT-5, BT-27, BT-44, BT-109, BT-112, BT-115, or a line's BT-126, BT-129,
    ///     BT-130, BT-131, BT-146, BT-151, BT-153);
    ///   - ``/FacturX/FacturXError/Code/invalidValue`` when a date, amount, quantity, percentage, country,
    ///     currency or base64 attachment cannot be read.
    ///
    ///   The error's `location` is the path of the offending element, such as
    ///   `/Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount`.
    public init(ublEncoded bytes: some Collection<UInt8>) throws(FacturXError) {
        let document = try XMLDocument(parsing: bytes)
        try self.init(ublDocument: document)
    }

    /// Writes the invoice as UBL 2.1 XML according to the EN 16931 UBL syntax binding.
    ///
    /// The root is a `CreditNote` when the type code (BT-3) is a credit note code
    /// (``DocumentTypeCode/isCreditNote``, such as 381, 261, 262 or 396) and an `Invoice`
    /// otherwise. The specification identifier (BT-24) becomes `cbc:CustomizationID` and the
    /// business process type (BT-23) `cbc:ProfileID`; elements follow the UBL 2.1 XSD sequences,
    /// and every amount carries `currencyID` (the invoice currency, BT-5, except the VAT total in
    /// accounting currency, BT-111, which carries BT-6). Note subjects (BT-21) are written as
    /// `#SUBJECT#text`.
    ///
    /// ```swift
    /// let xml = invoice.serializeAsUBL()
    /// let again = try Invoice(ublEncoded: xml)
    /// ```
    ///
    /// Reading the output gives back an equal invoice, except in the corner cases the UBL
    /// binding cannot express (a credit note's due date without payment means is kept in
    /// `cac:PaymentTerms/cbc:PaymentDueDate`; an explicit zero price discount next to a gross
    /// price reads back as no discount).
    ///
    /// - Returns: The UTF-8 bytes of the XML document, with an XML declaration.
    public func serializeAsUBL() -> [UInt8] {
        ublDocument().serialized()
    }
}
