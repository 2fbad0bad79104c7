// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import FacturX
import Foundation

/// `facture validate FILE... [--json] [--profile P] [--schemas DIR] [--strict]`: XSD, the EN 16931
/// rules, the Factur-X profile rules and the French rules (BR-FR); `--strict` adds FactureKit's own.
///
/// Exit status 0 only when every file is valid.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract:
            "Validate CII or UBL invoices: XSD (with --schemas), EN 16931, Factur-X profile and French (BR-FR) rules."
    )

    @Argument(help: "Invoice XML files.")
    var files: [String]

    @Flag(name: .long, help: "Print {file, valid, profile, errors:[{rule, message, location}]} per file.")
    var json = false

    @Option(name: .long, help: "Check CII against this profile's XSD instead of the one BT-24 names.")
    var profile: String?

    @Option(name: .long, help: "Folder of the official XSDs (facturx-1.09/, cii-d16b/, cii-d22b/, ubl-2.1/).")
    var schemas: String?

    @Flag(
        name: .long,
        help: "Also run FactureKit's own FK- rules (impossible dates, check digits of VAT numbers, SIREN, IBAN)."
    )
    var strict = false

    func run() async throws {
        let validator = InvoiceValidator(
            schemaDirectory: schemas.map { URL(fileURLWithPath: $0, isDirectory: true) },
            ruleSets: Set(strict ? BusinessRuleSet.all : BusinessRuleSet.official)
        )
        let profile = try profile.map(ConvertCommand.profile(named:))
        var allValid = true
        var results: [FileResult] = []
        for file in files {
            let result: FileResult
            do {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
                let report = try validator.validate(bytes, file: file, profile: profile)
                result = FileResult(report: report, file: file, profileOverride: profile)
            } catch let error as FacturXError {
                result = FileResult(file: file, failure: error.message, location: error.location)
            } catch {
                result = FileResult(
                    file: file,
                    failure: "cannot read the file: \(error.localizedDescription)",
                    location: nil
                )
            }
            allValid = allValid && result.valid
            results.append(result)
            if !json { print(result.text, terminator: "") }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for result in results {
                print(String(decoding: try encoder.encode(result), as: UTF8.self))
            }
        }
        if !allValid { throw ExitCode(1) }
    }
}

/// One file's verdict in the command's JSON shape.
private struct FileResult: Encodable {
    struct Error: Encodable {
        var rule: String
        var message: String
        var location: String?
    }

    var file: String
    var valid: Bool
    var profile: String?
    var errors: [Error]
    var warnings: [Error]

    init(report: ValidationReport, file: String, profileOverride: FacturXProfile?) {
        self.file = file
        self.valid = report.isValid
        self.profile =
            (profileOverride ?? report.guidelineID.flatMap(FacturXProfile.init(guidelineID:)))?.name
        self.errors = report.violations.filter { $0.severity == .fatal }.map {
            Error(rule: $0.ruleID, message: $0.message, location: $0.location)
        }
        self.warnings = report.violations.filter { $0.severity == .warning }.map {
            Error(rule: $0.ruleID, message: $0.message, location: $0.location)
        }
    }

    /// A file that could not be validated at all (unreadable, malformed, hostile, not an invoice).
    init(file: String, failure: String, location: String?) {
        self.file = file
        self.valid = false
        self.profile = nil
        self.errors = [Error(rule: "XML", message: failure, location: location)]
        self.warnings = []
    }

    var text: String {
        var lines = ["\(file): \(valid ? "valid" : "INVALID")" + (profile.map { " (\($0))" } ?? "")]
        for error in errors {
            lines.append("  [\(error.rule)] \(error.message)" + (error.location.map { " at \($0)" } ?? ""))
        }
        for warning in warnings {
            lines.append("  warning [\(warning.rule)] \(warning.message)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func encode(to encoder: any Encoder) throws {
        enum Keys: String, CodingKey { case file, valid, profile, errors, warnings }
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(file, forKey: .file)
        try container.encode(valid, forKey: .valid)
        try container.encode(profile, forKey: .profile)
        try container.encode(errors, forKey: .errors)
        try container.encode(warnings, forKey: .warnings)
    }
}
