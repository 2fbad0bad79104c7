// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import FacturX
import FactureModel
import Foundation

/// `facture convert FILE --to cii|ubl|facturx -o OUT [--profile P] [--xml CII]`: one XML syntax to the
/// other, or to a smaller Factur-X profile, reporting what the target cannot carry; or an existing PDF
/// plus its invoice XML to a Factur-X PDF.
struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a CII or UBL invoice to CII (any Factur-X profile) or UBL, or a PDF and its XML to Factur-X."
    )

    @Argument(help: "The invoice: CII or UBL XML; or, with --to facturx and --xml, the PDF to attach it to.")
    var file: String

    @Option(name: .long, help: "Target: cii, ubl, or facturx (a PDF input with --xml).")
    var to: String

    @Option(name: .long, help: "With --to facturx on a PDF: the invoice XML (CII or UBL) to embed.")
    var xml: String?

    @Option(name: [.short, .customLong("output")], help: "Where to write the result.")
    var output: String

    @Option(name: .long, help: "Factur-X profile for CII: minimum, basicwl, basic, en16931, extended, extended-ctc-fr.")
    var profile: String?

    func run() async throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
        if to.lowercased() == "facturx" {
            try writeFacturX(bytes)
            return
        }
        let document = try InvoiceXMLDocument(xmlEncoded: bytes)
        let result: [UInt8]
        switch to.lowercased() {
        case "cii":
            let target = try profile.map(Self.profile(named:)) ?? document.profile ?? .en16931
            let (reduced, dropped) = document.invoice.reduced(to: target)
            for term in dropped {
                FileHandle.standardError.write(Data("dropped for \(target): \(term)\n".utf8))
            }
            result = reduced.serializeAsCII(profile: target)
        case "ubl":
            result = document.invoice.serializeAsUBL()
        default:
            throw ValidationError("--to takes cii or ubl, not '\(to)'")
        }
        try Data(result).write(to: URL(fileURLWithPath: output), options: .atomic)
        print("\(file) (\(document.syntax)) → \(output) (\(to.uppercased()))")
    }

    /// `--to facturx`: an invoice (JSON or XML) rendered and carrying its CII, or the invoice XML
    /// `--xml` attached to the PDF `file`.
    private func writeFacturX(_ bytes: [UInt8]) throws {
        guard FacturXPDF.looksLikePDF(bytes) else {
            try renderFacturX()
            return
        }
        guard let xml else {
            throw ValidationError("--to facturx on a PDF needs --xml INVOICE.xml, the invoice to embed")
        }
        let xmlBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: xml)))
        let document = try InvoiceXMLDocument(xmlEncoded: xmlBytes)
        let target = try profile.map(Self.profile(named:)) ?? document.profile ?? .en16931
        let cii: [UInt8]
        if !document.syntax.isUBL, profile == nil || document.profile == target {
            cii = xmlBytes
        } else {
            let (reduced, dropped) = document.invoice.reduced(to: target)
            for term in dropped {
                FileHandle.standardError.write(Data("dropped for \(target): \(term)\n".utf8))
            }
            cii = reduced.serializeAsCII(profile: target)
        }
        let attached = try FacturXAttacher().attach(xml: cii, profile: target, to: bytes)
        try Data(attached.pdf).write(to: URL(fileURLWithPath: output), options: .atomic)
        print("\(file) + \(xml) → \(output) (Factur-X \(target))")
        if !attached.isPDFA3Claimable {
            FileHandle.standardError.write(
                Data("note: \(file) does not declare PDF/A-3, so \(output) cannot be claimed PDF/A-3\n".utf8)
            )
        }
    }

    /// `--to facturx` from an invoice: rendered as A4, its CII (of the profile asked, or the one it
    /// declares, or EN 16931) attached.
    private func renderFacturX() throws {
        let invoice = try InvoiceFile.invoice(at: file)
        let declared = FacturXProfile(guidelineID: invoice.processControl.specificationIdentifier)
        let target = try profile.map(Self.profile(named:)) ?? declared ?? .en16931
        let (reduced, dropped) = invoice.reduced(to: target)
        for term in dropped {
            FileHandle.standardError.write(Data("dropped for \(target): \(term)\n".utf8))
        }
        let rendered = try InvoicePDFRenderer().render(reduced)
        let cii = reduced.serializeAsCII(profile: target)
        let attached = try FacturXAttacher().attach(xml: cii, profile: target, to: rendered.pdf)
        try Data(attached.pdf).write(to: URL(fileURLWithPath: output), options: .atomic)
        let pages = rendered.pageCount == 1 ? "1 page" : "\(rendered.pageCount) pages"
        print("\(file) → \(output) (Factur-X \(target), \(pages))")
    }

    /// The profile named on the command line.
    static func profile(named name: String) throws -> FacturXProfile {
        guard let profile = FacturXProfile.allProfiles.first(where: { $0.name == name.lowercased() }) else {
            let names = FacturXProfile.allProfiles.map(\.name).joined(separator: ", ")
            throw ValidationError("unknown profile '\(name)'; expected one of \(names)")
        }
        return profile
    }
}
