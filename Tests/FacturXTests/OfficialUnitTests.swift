// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

/// The official CEN unit tests (`shared/conformance/en16931/unit-tests`, vefa testSet files) and
/// the samples' recorded verdicts, run through ``EN16931Validator``.
@Suite struct OfficialUnitTests {
    private static let vefa = "http://difi.no/xsd/vefa/validator/1.0"

    /// One `<test>` of a testSet: the embedded invoice and the expected verdicts.
    struct Case {
        var file: String
        var index: Int
        var invoice: XMLElement
        var mustFire: [String]
        var mustNotFire: [String]
    }

    /// The rule family of an identifier: `BR-CO-10` → `BR-CO`, `BR-01` → `BR`, `BR-S-08` → `BR-S`.
    static func family(of id: String) -> String {
        var parts = id.split(separator: "-").map(String.init)
        if parts.count > 1, parts.last?.first?.isNumber == true { parts.removeLast() }
        return parts.joined(separator: "-")
    }

    static func cases() throws -> [Case] {
        let files = try SharedFixtures.files(in: "conformance/en16931/unit-tests", withExtensions: ["xml"])
        var cases: [Case] = []
        for url in files {
            let data = try Data(contentsOf: url)
            let document = try XMLDocument(parsing: [UInt8](data))
            guard document.root.name == "testSet", document.root.namespace == vefa else { continue }
            let name = url.pathComponents.suffix(2).joined(separator: "/")
            for (index, test) in document.root.children(vefa, "test").enumerated() {
                guard let invoice = test.children.first(where: { $0.name != "assert" || $0.namespace != vefa }) else {
                    continue
                }
                let assert = test.child(vefa, "assert")
                let text = { (name: String) in
                    (assert?.children(vefa, name) ?? []).map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
                }
                cases.append(
                    Case(
                        file: name,
                        index: index + 1,
                        invoice: invoice,
                        mustFire: text("error"),
                        mustNotFire: text("success")
                    )
                )
            }
        }
        return cases
    }

    @Test("Every implemented rule reaches the official verdict on every CEN unit test")
    func unitTestsAgree() throws {
        let validator = EN16931Validator()
        let cases = try Self.cases()
        #expect(cases.count > 1000)
        var agree: [String: Int] = [:]
        var total: [String: Int] = [:]
        var notImplemented: [String: Int] = [:]
        var disagreements: [String] = []
        for testCase in cases {
            let report: ValidationReport
            do {
                report = try validator.validate(XMLDocument(root: testCase.invoice), file: testCase.file)
            } catch {
                disagreements.append("\(testCase.file) #\(testCase.index): cannot validate: \(error)")
                continue
            }
            let implemented = Set(EN16931Validator.implementedRuleIDs(for: report.syntax))
            let fired = Set(report.violations.map(\.ruleID))
            let expectations = testCase.mustFire.map { ($0, true) } + testCase.mustNotFire.map { ($0, false) }
            for (id, shouldFire) in expectations {
                let family = Self.family(of: id)
                guard implemented.contains(id) else {
                    notImplemented[family, default: 0] += 1
                    continue
                }
                total[family, default: 0] += 1
                if fired.contains(id) == shouldFire {
                    agree[family, default: 0] += 1
                } else {
                    let where_ = report.violations.first { $0.ruleID == id }?.location ?? "-"
                    disagreements.append(
                        "\(testCase.file) #\(testCase.index): \(id) expected \(shouldFire ? "error" : "success"), got \(shouldFire ? "no violation" : "violation at \(where_)")"
                    )
                }
            }
        }
        var summary = "Official unit tests, agreement per rule family (implemented rules):\n"
        for family in Set(total.keys).union(notImplemented.keys).sorted() {
            let line = "  \(family): \(agree[family] ?? 0)/\(total[family] ?? 0)"
            let missing = notImplemented[family].map { " (+\($0) verdicts of rules not implemented)" } ?? ""
            summary += line + missing + "\n"
        }
        summary +=
            "  total: \(agree.values.reduce(0, +))/\(total.values.reduce(0, +)), not implemented: \(notImplemented.values.reduce(0, +))\n"
        print(summary)
        for line in disagreements { print("DISAGREE " + line) }
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements with the official unit tests")
    }

    @Test("Every implemented rule reaches the recorded CEN verdict on the XML samples")
    func samplesAgree() throws {
        let expected = try JSONSerialization.jsonObject(with: SharedFixtures.data("conformance/samples/EXPECTED.json"))
        let samples = try #require(expected as? [String: Any])
        let validator = EN16931Validator()
        var checked = 0
        var disagreements: [String] = []
        for (path, value) in samples.sorted(by: { $0.key < $1.key }) {
            guard let entry = value as? [String: Any], entry["kind"] as? String == "xml",
                let schematron = entry["schematron"] as? [String: Any]
            else { continue }
            guard let verdict = (schematron["en16931-cii"] ?? schematron["en16931-ubl"]) as? [String: Any] else {
                continue
            }
            let recorded = Set((verdict["fatal"] as? [String] ?? []) + (verdict["warning"] as? [String] ?? []))
            let bytes = try SharedFixtures.data("conformance/samples/" + path)
            guard let report = try? validator.validate([UInt8](bytes), file: path) else { continue }
            let implemented = Set(EN16931Validator.implementedRuleIDs(for: report.syntax))
            let ours = Set(report.violations.map(\.ruleID)).intersection(implemented)
            let theirs = recorded.intersection(implemented)
            checked += 1
            if ours != theirs {
                let extra = ours.subtracting(theirs).sorted().map { id in
                    "\(id)@\(report.violations.first { $0.ruleID == id }?.location ?? "")"
                }
                disagreements.append(
                    "\(path): extra \(extra), missing \(theirs.subtracting(ours).sorted())"
                )
            }
        }
        print(
            "Samples checked against EXPECTED.json (implemented rules): \(checked - disagreements.count)/\(checked) agree"
        )
        for line in disagreements { print("DISAGREE sample " + line) }
        #expect(checked >= 40)
        #expect(disagreements.isEmpty, "\(disagreements.count) samples disagree")
    }

    @Test("The official rule sets together reach the verdict of every artefact recorded for each XML sample")
    func officialSetsAgreeOnSamples() throws {
        let expected = try JSONSerialization.jsonObject(with: SharedFixtures.data("conformance/samples/EXPECTED.json"))
        let samples = try #require(expected as? [String: Any])
        let validator = InvoiceValidator()
        var checked = 0
        var disagreements: [String] = []
        for (path, value) in samples.sorted(by: { $0.key < $1.key }) {
            guard let entry = value as? [String: Any], entry["kind"] as? String == "xml",
                let schematron = entry["schematron"] as? [String: [String: Any]]
            else { continue }
            // Every artefact run on the sample: CEN (or EXTENDED-CTC-FR, which replaces it), the
            // Factur-X profile Schematron named by the sample's BT-24, the French rules.
            var fatal: Set<String> = []
            var warnings: Set<String> = []
            for verdict in schematron.values {
                fatal.formUnion(verdict["fatal"] as? [String] ?? [])
                warnings.formUnion(verdict["warning"] as? [String] ?? [])
            }
            let report = try validator.validate([UInt8](SharedFixtures.data("conformance/samples/" + path)), file: path)
            let ourFatal = Set(report.violations.filter { $0.severity == .fatal }.map(\.ruleID))
            let ourWarnings = Set(report.violations.filter { $0.severity == .warning }.map(\.ruleID))
            checked += 1
            if ourFatal != fatal || ourWarnings != warnings {
                disagreements.append(
                    "\(path): fatal extra \(ourFatal.subtracting(fatal).sorted()) missing \(fatal.subtracting(ourFatal).sorted()); "
                        + "warnings extra \(ourWarnings.subtracting(warnings).sorted()) missing "
                        + "\(warnings.subtracting(ourWarnings).sorted())"
                )
            }
        }
        for line in disagreements { print("DISAGREE official sets " + line) }
        #expect(checked >= 50)
        #expect(disagreements.isEmpty, "\(disagreements.count) of \(checked) samples disagree")
    }
}
