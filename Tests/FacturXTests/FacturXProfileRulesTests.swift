// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

/// The Factur-X 1.09 profile Schematron rules (``FacturXProfileRules``) against the verdicts the official
/// artefacts gave on the samples (`EXPECTED.json`) and on variations of them checked with the official XSLT.
@Suite struct FacturXProfileRulesTests {
    /// The failed identifiers (fatal and warning) of the profile rules on a document.
    static func failedIDs(_ data: Data, file: String) throws -> Set<String> {
        let document = try XMLDocument(parsing: [UInt8](data))
        let report = try RuleEngine.validate(document, ruleSets: [.facturXProfile], file: file)
        return Set(report.violations.map(\.ruleID))
    }

    @Test("Every XML sample gets exactly the failed identifiers of its official profile Schematron")
    func samplesAgree() throws {
        let expected =
            try JSONSerialization.jsonObject(
                with: SharedFixtures.data("conformance/samples/EXPECTED.json")
            ) as? [String: [String: Any]] ?? [:]
        var checked = 0
        var diffs: [String] = []
        for (path, entry) in expected.sorted(by: { $0.key < $1.key }) where entry["kind"] as? String == "xml" {
            let verdicts = entry["schematron"] as? [String: [String: Any]] ?? [:]
            guard let (artefact, verdict) = verdicts.first(where: { $0.key.hasPrefix("facturx-") }) else { continue }
            let profileName = String(artefact.dropFirst("facturx-".count))
            let data = try SharedFixtures.data("conformance/samples/" + path)
            let document = try XMLDocument(parsing: [UInt8](data))
            let report = try RuleEngine.validate(document, ruleSets: [.facturXProfile], file: path)
            let profile = report.guidelineID.flatMap(FacturXProfile.init(guidelineID:))
            #expect(profile?.name == profileName, "\(path): profile \(profile?.name ?? "none")")
            #expect(entry["profile"] as? String == profileName, "\(path)")
            let want = Set((verdict["fatal"] as? [String] ?? []) + (verdict["warning"] as? [String] ?? []))
            let got = Set(report.violations.map(\.ruleID))
            let wantWarnings = Set(verdict["warning"] as? [String] ?? [])
            let gotWarnings = Set(report.violations.filter { $0.severity == .warning }.map(\.ruleID))
            checked += 1
            if got != want {
                diffs.append(
                    "\(path): missing \(want.subtracting(got).sorted()), extra \(got.subtracting(want).sorted())"
                )
            } else if gotWarnings != wantWarnings {
                diffs.append("\(path): warnings \(gotWarnings.sorted()), expected \(wantWarnings.sorted())")
            }
        }
        print("Factur-X profile samples: \(checked - diffs.count)/\(checked) agree")
        for diff in diffs { print("  " + diff) }
        #expect(checked >= 26)
        #expect(diffs.isEmpty, "\(diffs.joined(separator: "\n"))")
    }

    /// The official profile Schematron (compiled XSLT) of each profile, under `conformance/facturx-1.09/`.
    static let artefacts: [(profile: FacturXProfile, path: String)] = [
        (.minimum, "minimum/Factur-X_1.09_MINIMUM.xsl"),
        (.basicWL, "basicwl/FACTUR-X_BASIC-WL.xslt"),
        (.basic, "basic/Factur-X_1.09_BASIC.xsl"),
        (.en16931, "en16931/FACTUR-X_EN16931.xslt"),
        (.extended, "extended/Factur-X_EXTENDED.xslt"),
    ]

    /// The identifier under which the official artefact's oracle reports a failed assertion, from its text:
    /// `[ID]-…` gives `ID`, `Value of 'x' is not allowed.` gives `CODE:x`, and `Element 'x' …`,
    /// `Element variant 'x' …` or `Attribute 'x' …` give `STRUCT:x`.
    static func reportedID(_ text: String) -> String? {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("["), let end = text.firstIndex(of: "]") {
            return String(text[text.index(after: text.startIndex)..<end])
        }
        let quoted = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard quoted.count == 3 else { return nil }
        let name = String(quoted[1])
        switch quoted[0] {
        case "Value of ": return "CODE:" + name
        case "Element ", "Element variant ", "Attribute ": return "STRUCT:" + name
        default: return nil
        }
    }

    @Test("Every assertion of each official profile Schematron is implemented, with its flag")
    func everyAssertionImplemented() throws {
        let svrl = "http://purl.oclc.org/dsdl/svrl"
        let xsl = "http://www.w3.org/1999/XSL/Transform"
        for (profile, path) in Self.artefacts {
            let data = try SharedFixtures.data("conformance/facturx-1.09/" + path)
            let stylesheet = try XMLDocument(parsing: [UInt8](data))
            var official: Set<String> = []
            func collect(_ element: XMLElement) {
                if element.namespace == svrl, element.name == "failed-assert" {
                    let text = element.child(svrl, "text")?.text ?? ""
                    let id = Self.reportedID(text) ?? "UNKNOWN:" + text
                    // The flag is a literal attribute or an `xsl:attribute` child.
                    let flag =
                        element.attribute("flag")
                        ?? element.children(xsl, "attribute").first { $0.attribute("name") == "flag" }?.text
                    official.insert(
                        id + "=" + (flag?.trimmingCharacters(in: .whitespaces) == "warning" ? "warning" : "fatal")
                    )
                }
                for child in element.children { collect(child) }
            }
            collect(stylesheet.root)
            let ours = Set(FacturXProfileRules.rules(for: profile).map { "\($0.id)=\($0.severity)" })
            #expect(official.count > 90, "\(profile)")
            #expect(official.subtracting(ours).isEmpty, "\(profile): missing \(official.subtracting(ours).sorted())")
            #expect(ours.subtracting(official).isEmpty, "\(profile): extra \(ours.subtracting(official).sorted())")
        }
        #expect(FacturXProfileRules.rules(for: .extendedCTCFR).isEmpty)
    }

    /// A variation of a sample: text replaced (first occurrence), and the failed identifiers the official
    /// profile Schematron reports on the result (checked with Saxon on the official XSLT).
    struct Variation: Sendable, CustomStringConvertible {
        /// The profile (`EXPECTED.json` name).
        var profile: String
        /// What the variation does.
        var name: String
        /// The text replaced.
        var replace: String
        /// Its replacement.
        var with: String
        /// The failed identifiers according to the official XSLT.
        var expected: Set<String>
        /// `profile/name`.
        var description: String { profile + "/" + name }
    }

    /// A type code outside every profile's list.
    static let typeCode = ("<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode>999</ram:TypeCode>")
    /// A second invoice number.
    static let invoiceID = ("<ram:ID>F20260023</ram:ID>", "<ram:ID>F20260023</ram:ID><ram:ID>F20260024</ram:ID>")
    /// A header note (BG-1): outside MINIMUM, whose Schematron only reports it (no failure).
    static let note = (
        "<ram:ID>F20260023</ram:ID>",
        "<ram:ID>F20260023</ram:ID><ram:IncludedNote><ram:Content>x</ram:Content></ram:IncludedNote>"
    )
    /// No buyer name.
    static let buyerName = ("<ram:Name>LE CLIENT</ram:Name>", "")
    /// An invoice currency outside the list.
    static let currency = (
        "<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>",
        "<ram:InvoiceCurrencyCode>EURO</ram:InvoiceCurrencyCode>"
    )
    /// A line total (BT-106) off by one.
    static let lineTotal = (
        "<ram:LineTotalAmount>95.00</ram:LineTotalAmount>",
        "<ram:LineTotalAmount>96.00</ram:LineTotalAmount>"
    )
    /// An empty buyer reference.
    static let buyerReference = (
        "<ram:BuyerReference>SERVEXEC</ram:BuyerReference>",
        "<ram:BuyerReference></ram:BuyerReference>"
    )

    /// The variations of the akretion samples (`samples/fr-ctc/akretion_factur-x-<profile>.xml`, each passing
    /// its profile Schematron) and the official verdicts.
    static let variations: [Variation] = {
        var list: [Variation] = []
        func add(_ profile: String, _ name: String, _ change: (String, String), _ expected: Set<String>) {
            list.append(Variation(profile: profile, name: name, replace: change.0, with: change.1, expected: expected))
        }
        for profile in ["minimum", "basicwl", "basic", "en16931", "extended"] {
            // A code outside the profile's code list.
            add(profile, "bad type code", typeCode, ["CODE:ram:TypeCode"])
            // An element occurring more often than the profile allows.
            add(profile, "two invoice numbers", invoiceID, ["STRUCT:ram:ID"])
            // An element outside the profile: the Schematron only reports it (a successful report, not a failure).
            add(profile, "note outside the profile", note, [])
            // A restated EN 16931 rule (BR-07) and the structure check of the same element.
            add(profile, "no buyer name", buyerName, ["BR-07", "STRUCT:ram:Name"])
        }
        add("minimum", "bad currency", currency, ["CODE:ram:InvoiceCurrencyCode"])
        add("basicwl", "bad currency", currency, ["BR-CO-15", "CODE:ram:InvoiceCurrencyCode"])
        add("basic", "bad currency", currency, ["BR-CO-15", "CODE:ram:InvoiceCurrencyCode"])
        add("en16931", "bad currency", currency, ["BR-CO-15", "CODE:ram:InvoiceCurrencyCode"])
        add("extended", "bad currency", currency, ["BR-FXEXT-CO-15", "CODE:ram:InvoiceCurrencyCode"])
        add("basicwl", "line total", lineTotal, ["BR-CO-13"])
        add("basic", "line total", lineTotal, ["BR-CO-10", "BR-CO-13"])
        add("en16931", "line total", lineTotal, ["BR-CO-10", "BR-CO-13"])
        add("extended", "line total", lineTotal, ["BR-FXEXT-CO-10"])
        let subjectOnly = (
            "<ram:ID>F20260023</ram:ID>",
            "<ram:ID>F20260023</ram:ID><ram:IncludedNote><ram:SubjectCode>AAI</ram:SubjectCode></ram:IncludedNote>"
        )
        add("minimum", "note without content", subjectOnly, [])
        for profile in ["basicwl", "basic", "en16931"] {
            add(profile, "note without content", subjectOnly, ["STRUCT:ram:Content"])
        }
        add("extended", "note without content", subjectOnly, ["BR-FXEXT-01"])
        let issueDate = (
            "<udt:DateTimeString format=\"102\">20260131</udt:DateTimeString>",
            "<udt:DateTimeString format=\"205\">202601311260</udt:DateTimeString>"
        )
        for profile in ["minimum", "basicwl", "basic", "en16931"] {
            add(profile, "issue date format 205", issueDate, ["BR-03", "CODE:@format"])
        }
        add("extended", "issue date format 205", issueDate, ["BR-03", "BR-FXEXT-CII-DT-097a", "CODE:@format"])
        let logistics = (
            "<ram:SpecifiedTradeSettlementHeaderMonetarySummation>",
            "<ram:SpecifiedLogisticsServiceCharge><ram:Description>x</ram:Description>"
                + "<ram:AppliedAmount>10.00</ram:AppliedAmount><ram:AppliedTradeTax><ram:TypeCode>VAT</ram:TypeCode>"
                + "<ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>"
                + "</ram:AppliedTradeTax></ram:SpecifiedLogisticsServiceCharge>"
                + "<ram:SpecifiedTradeSettlementHeaderMonetarySummation>"
        )
        add("minimum", "logistics charge", logistics, [])
        for profile in ["basicwl", "basic", "en16931"] { add(profile, "logistics charge", logistics, ["BR-CO-12"]) }
        add(
            "extended",
            "logistics charge",
            logistics,
            ["BR-FXEXT-CO-12", "BR-FXEXT-CO-13", "BR-FXEXT-S-08ini", "BR-FXEXT-S-08rev", "BR-FXEXT-S08b"]
        )
        add("minimum", "empty buyer reference", buyerReference, [])
        add("basicwl", "empty buyer reference", buyerReference, [])
        add("basic", "empty buyer reference", buyerReference, ["PEPPOL-EN16931-R008"])
        add("en16931", "empty buyer reference", buyerReference, ["PEPPOL-EN16931-R008"])
        add("extended", "empty buyer reference", buyerReference, ["PEPPOL-EN16931-R008"])
        return list
    }()

    @Test("Variations of passing samples get the official verdicts", arguments: variations)
    func variationAgrees(_ variation: Variation) throws {
        let path = "conformance/samples/fr-ctc/akretion_factur-x-\(variation.profile).xml"
        let original = String(decoding: try SharedFixtures.data(path), as: UTF8.self)
        #expect(try Self.failedIDs(Data(original.utf8), file: path).isEmpty, "the sample passes")
        guard let range = original.range(of: variation.replace) else {
            Issue.record("\(variation): text not found")
            return
        }
        let changed = original.replacingCharacters(in: range, with: variation.with)
        #expect(try Self.failedIDs(Data(changed.utf8), file: path) == variation.expected)
    }

    /// The failed identifiers of one profile's rules on a document, whatever its BT-24.
    static func failedIDs(_ data: Data, profile: FacturXProfile) throws -> Set<String> {
        let document = try XMLDocument(parsing: [UInt8](data))
        let violations = try RuleEngine.violations(of: FacturXProfileRules.rules(for: profile), in: document)
        return Set(violations.map(\.ruleID))
    }

    /// A development aid, run only when `FX_PROFILE_DUMP_DIR` names a folder: writes every profile's failed
    /// identifiers on each XML file there to `FX_PROFILE_DUMP_OUT`, for comparison with the official XSLT,
    /// then each profile's rule identifiers with their severity (lines starting with `#rules`).
    @Test(
        "Dump the profile verdicts of a folder (development aid)",
        .enabled(if: ProcessInfo.processInfo.environment["FX_PROFILE_DUMP_DIR"] != nil)
    )
    func dumpFolder() throws {
        let environment = ProcessInfo.processInfo.environment
        let folder = try #require(environment["FX_PROFILE_DUMP_DIR"])
        let output = try #require(environment["FX_PROFILE_DUMP_OUT"], "FX_PROFILE_DUMP_OUT names the output file")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".xml") }.sorted()
        var lines: [String] = []
        for file in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
            for profile in FacturXProfile.allProfiles where profile != .extendedCTCFR {
                let ids = (try? Self.failedIDs(data, profile: profile)) ?? ["PARSE-ERROR"]
                lines.append([file, profile.name, ids.sorted().joined(separator: "|")].joined(separator: "\t"))
            }
        }
        for profile in FacturXProfile.allProfiles {
            let ids = Set(FacturXProfileRules.rules(for: profile).map { "\($0.id)=\($0.severity)" }).sorted()
            lines.append(["#rules", profile.name, ids.joined(separator: "|")].joined(separator: "\t"))
        }
        try lines.joined(separator: "\n").write(toFile: output, atomically: true, encoding: .utf8)
    }
}
