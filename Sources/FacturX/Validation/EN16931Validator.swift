// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Checks an invoice document against the EN 16931 business rules (BR-*, BR-CO-*, BR-DEC-* and
/// the VAT category families), natively, with the verdicts of the CEN validation artefacts.
///
/// The rules run over the XML tree, not over the semantic model, so an invoice that misses
/// mandatory elements is still checked and every missing element reported, as the official
/// Schematron does. CII (Factur-X, ZUGFeRD) and UBL Invoice and CreditNote are recognised from the
/// root element.
///
/// ```swift
/// let report = try EN16931Validator().validate(bytes, file: "invoice.xml")
/// if !report.isValid { print(report.failedRuleIDs) }
/// ```
///
/// The French rules (BR-FR) and the Factur-X profile rules are not part of this validator;
/// ``InvoiceValidator`` runs them all.
public struct EN16931Validator: Sendable {
    /// Creates a validator.
    public init() {}

    /// Parses `bytes` securely and checks the invoice.
    ///
    /// - Parameters:
    ///   - bytes: the XML document.
    ///   - file: a name for the input, copied into the report.
    /// - Returns: the report; violations are data.
    /// - Throws: ``/FacturX/FacturXError`` when validation cannot run: the bytes are not well-formed XML
    ///   (or break the parser's safety limits), or the root is not a CII or UBL invoice
    ///   (`unsupportedDocument`).
    public func validate(_ bytes: some Collection<UInt8>, file: String? = nil) throws(FacturXError) -> ValidationReport
    {
        try RuleEngine.validate(parsing: bytes, ruleSets: [.en16931], file: file)
    }

    /// Checks an already parsed document.
    package func validate(_ document: XMLDocument, file: String? = nil) throws(FacturXError) -> ValidationReport {
        try RuleEngine.validate(document, ruleSets: [.en16931], file: file)
    }

    /// The identifiers of the rules this validator implements for a syntax, sorted.
    public static func implementedRuleIDs(for syntax: InvoiceSyntax) -> [String] {
        EN16931Rules.ruleIDs(isUBL: syntax.isUBL).sorted()
    }
}
