// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The namespaces of UBL 2.1 invoices and credit notes, and the fixed codes the EN 16931 UBL
/// binding uses.
enum UBLNamespace {
    /// The root namespace of a UBL 2.1 `Invoice`.
    static let invoice = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
    /// The root namespace of a UBL 2.1 `CreditNote`.
    static let creditNote = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
    /// Common aggregate components (`cac:`).
    static let cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    /// Common basic components (`cbc:`).
    static let cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"

    /// `cac:TaxScheme/cbc:ID` of a VAT registration or a VAT category.
    static let vatScheme = "VAT"
    /// `cac:TaxScheme/cbc:ID` written for the seller tax registration identifier (BT-32), as the
    /// French CTC UBL samples do; any scheme other than `VAT` is read as BT-32.
    static let localTaxScheme = "LOC"
    /// `@schemeID` of the bank assigned creditor identifier (BT-90) in `cac:PartyIdentification`.
    static let sepaScheme = "SEPA"
    /// `cbc:DocumentTypeCode` of the invoiced object identifier (BT-18, BT-128).
    static let invoicedObjectTypeCode = "130"
    /// `cbc:DocumentTypeCode` of the project reference (BT-11) in a credit note.
    static let projectReferenceTypeCode = "50"
    /// `cac:OrderReference/cbc:ID` written when only the sales order reference (BT-14) is known.
    static let notApplicable = "NA"
}
