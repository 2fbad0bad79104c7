// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

/// One CII XML sample of `shared/conformance/samples`, with its MANIFEST.tsv profile column.
struct CIISample: CustomTestStringConvertible, Sendable {
    var relativePath: String
    var manifestProfile: String

    var testDescription: String { relativePath }

    /// Every XML sample whose MANIFEST.tsv syntax is `CII` (UBL and the PDF edge cases are left out).
    static let all: [CIISample] = {
        guard let manifest = try? SharedFixtures.data("conformance/samples/MANIFEST.tsv") else { return [] }
        var samples: [CIISample] = []
        for line in String(decoding: manifest, as: UTF8.self).split(separator: "\n").dropFirst() {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count > 3, columns[1] == "xml", columns[2] == "CII" else { continue }
            samples.append(CIISample(relativePath: columns[0], manifestProfile: columns[3]))
        }
        return samples
    }()

    func bytes() throws -> [UInt8] {
        [UInt8](try SharedFixtures.data("conformance/samples/" + relativePath))
    }
}

/// Lines of `dump` output that differ between two values, for failure messages.
func dumpDifference(_ lhs: some Any, _ rhs: some Any) -> String {
    var left = ""
    var right = ""
    dump(lhs, to: &left)
    dump(rhs, to: &right)
    let leftLines = left.split(separator: "\n")
    let rightLines = right.split(separator: "\n")
    var report: [String] = []
    for index in 0..<max(leftLines.count, rightLines.count) {
        let l = index < leftLines.count ? String(leftLines[index]) : "<none>"
        let r = index < rightLines.count ? String(rightLines[index]) : "<none>"
        if l != r { report.append("- \(l)\n+ \(r)") }
        if report.count >= 8 { break }
    }
    return report.joined(separator: "\n")
}

@Suite("CII samples")
struct CIISampleTests {
    @Test("the sample list covers the CII XML files of MANIFEST.tsv")
    func sampleList() throws {
        let files = try SharedFixtures.files(in: "conformance/samples", withExtensions: ["xml"])
        let cii = try files.filter { url in
            let head = try String(decoding: Data(contentsOf: url).prefix(2000), as: UTF8.self)
            return head.contains("CrossIndustryInvoice")
        }
        #expect(cii.count == CIISample.all.count)
        #expect(CIISample.all.count >= 30)
    }

    @Test("detects the profile MANIFEST.tsv gives", arguments: CIISample.all)
    func profileDetection(sample: CIISample) throws {
        let document = try CIIInvoiceDocument(ciiEncoded: sample.bytes())
        let expected: String? =
            switch sample.manifestProfile {
            case "unknown": nil
            case "xrechnung": "en16931"  // XRechnung is a CIUS of EN 16931.
            default: sample.manifestProfile
            }
        #expect(document.profile?.name == expected)
    }

    @Test("reads, writes at the same profile and reads back an equal invoice", arguments: CIISample.all)
    func roundTrip(sample: CIISample) throws {
        let document = try CIIInvoiceDocument(ciiEncoded: sample.bytes())
        let profile = document.profile ?? .en16931
        var original = document.invoice
        let written = original.serializeAsCII(profile: profile)
        let again = try Invoice(ciiEncoded: written)
        if document.profile == nil {
            // A BT-24 naming no Factur-X profile is replaced by the profile written.
            #expect(again.processControl.specificationIdentifier == profile.guidelineID)
            original.processControl.specificationIdentifier = profile.guidelineID
        }
        #expect(again == original, "\(dumpDifference(original, again))")
        // Nothing is dropped: the sample's profile carries all it holds.
        let (reduced, dropped) = original.reduced(to: profile)
        #expect(dropped.isEmpty, "\(dropped)")
        #expect(reduced == original)
    }

    @Test("writing again gives the same bytes", arguments: CIISample.all)
    func stableOutput(sample: CIISample) throws {
        let document = try CIIInvoiceDocument(ciiEncoded: sample.bytes())
        let profile = document.profile ?? .en16931
        let first = document.invoice.serializeAsCII(profile: profile)
        let second = try Invoice(ciiEncoded: first).serializeAsCII(profile: profile)
        #expect(first == second)
    }

    @Test("reduction to MINIMUM drops the lines and reports them", arguments: CIISample.all)
    func reductionToMinimum(sample: CIISample) throws {
        let invoice = try Invoice(ciiEncoded: sample.bytes())
        let (minimum, dropped) = invoice.reduced(to: .minimum)
        #expect(minimum.lines.isEmpty)
        #expect(minimum.processControl.specificationIdentifier == FacturXProfile.minimum.guidelineID)
        #expect(minimum.number == invoice.number)
        #expect(minimum.totals.amountDue == invoice.totals.amountDue)
        #expect(minimum.totals.totalWithoutVAT == invoice.totals.totalWithoutVAT)
        let lineReport = dropped.first { $0.termIDs == "BG-25" }
        if invoice.lines.isEmpty {
            #expect(lineReport == nil)
        } else {
            #expect(lineReport?.count == invoice.lines.count)
            #expect(
                lineReport?.location
                    == "/CrossIndustryInvoice/SupplyChainTradeTransaction/IncludedSupplyChainTradeLineItem"
            )
        }
        if !invoice.notes.isEmpty { #expect(dropped.contains { $0.termIDs == "BG-1" }) }
        // What MINIMUM keeps reads back from its own output unchanged.
        #expect(try Invoice(ciiEncoded: minimum.serializeAsCII(profile: .minimum)) == minimum)
        #expect(minimum.reduced(to: .minimum).dropped.isEmpty)
    }
}
