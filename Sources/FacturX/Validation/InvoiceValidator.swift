// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Synchronization

#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// Validates invoice XML the way a French platform does: the XSD of the document's syntax and
/// profile (when a schema directory is given), then the business rule sets: EN 16931, the
/// Factur-X profile rules and the French rules (BR-FR), each violation tagged with its set.
///
/// Violations are data in the ``ValidationReport``; schema violations carry the rule id `XSD`.
/// The validator compiles each XSD once and keeps it, so one validator serves many documents,
/// from any number of tasks.
///
/// ```swift
/// let validator = InvoiceValidator(schemaDirectory: URL(fileURLWithPath: "conformance"))
/// let report = try validator.validate(bytes, file: "invoice.xml")
/// for violation in report.violations { print(violation) }
/// ```
public struct InvoiceValidator: Sendable {
    /// Where the XSDs live, laid out as the official distribution: `facturx-1.09/<profile>/`,
    /// `cii-d16b/uncefact/…`, `cii-d22b/…`, `ubl-2.1/maindoc/…`; `nil` skips schema validation.
    public var schemaDirectory: URL?
    /// The business rule sets to run; by default the official ones (``BusinessRuleSet/official``),
    /// so that a report is valid exactly when the official artefacts accept the invoice. Add
    /// ``BusinessRuleSet/factureKit`` for the checks they are blind to.
    public var ruleSets: Set<BusinessRuleSet>

    private let schemas = SchemaCache()

    /// Creates a validator.
    /// - Parameters:
    ///   - schemaDirectory: the schema folder, or `nil` to run the business rules only.
    ///   - ruleSets: the business rule sets to run.
    public init(schemaDirectory: URL? = nil, ruleSets: Set<BusinessRuleSet> = Set(BusinessRuleSet.official)) {
        self.schemaDirectory = schemaDirectory
        self.ruleSets = ruleSets
    }

    /// Validates one document.
    ///
    /// - Parameters:
    ///   - bytes: the XML.
    ///   - file: a name for the report.
    ///   - profile: the Factur-X profile whose XSD a CII document is checked against; by default
    ///     the one its specification identifier (BT-24) names, else EN 16931 (CII D16B).
    /// - Returns: the report: XSD violations first, then rule violations.
    /// - Throws: ``/FacturX/FacturXError`` only when validation cannot run: the XML is malformed or
    ///   hostile, the root is no invoice, or the schema cannot be loaded (`schemaUnavailable`).
    public func validate(
        _ bytes: some Collection<UInt8>,
        file: String? = nil,
        profile: FacturXProfile? = nil
    ) throws(FacturXError) -> ValidationReport {
        var report = try RuleEngine.validate(parsing: bytes, ruleSets: ruleSets, file: file)
        guard let schemaDirectory else { return report }
        let relativePath = Self.schemaPath(
            for: report.syntax,
            profile: profile ?? report.guidelineID.flatMap(FacturXProfile.init(guidelineID:))
        )
        let validator = try schemas.validator(relativePath: relativePath, directory: schemaDirectory)
        let schemaViolations = try validator.validate(bytes).map { violation in
            RuleViolation(
                ruleID: "XSD",
                severity: .fatal,
                message: violation.message,
                location: violation.path ?? "line \(violation.line)" + (violation.column.map { ":\($0)" } ?? "")
            )
        }
        report.violations = schemaViolations + report.violations
        return report
    }

    /// The schema file, relative to the schema directory, for a syntax and profile.
    public static func schemaPath(for syntax: InvoiceSyntax, profile: FacturXProfile?) -> String {
        if syntax == .ublInvoice { return "ubl-2.1/maindoc/UBL-Invoice-2.1.xsd" }
        if syntax == .ublCreditNote { return "ubl-2.1/maindoc/UBL-CreditNote-2.1.xsd" }
        return profile?.xsdRelativePath ?? "cii-d16b/uncefact/data/standard/CrossIndustryInvoice_100pD16B.xsd"
    }
}

/// Compiled schemas by path, compiled once each.
private final class SchemaCache: Sendable {
    private let compiled = Mutex<[String: XMLSchemaValidator]>([:])

    func validator(relativePath: String, directory: URL) throws(FacturXError) -> XMLSchemaValidator {
        let file = directory.appendingPathComponent(relativePath)
        if let known = compiled.withLock({ $0[file.path] }) { return known }
        // Compiled outside the lock: a rare duplicate compilation beats serialising every caller.
        let validator = try XMLSchemaValidator(schemaFile: file, directory: directory)
        compiled.withLock { $0[file.path] = validator }
        return validator
    }
}
