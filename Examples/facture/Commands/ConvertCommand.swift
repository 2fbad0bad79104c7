// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import FacturX
import FactureModel
import Foundation

/// `facture convert FILE --to cii|ubl -o OUT [--profile P]`: one XML syntax to the other, or to a
/// smaller Factur-X profile, reporting what the target cannot carry.
struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a CII or UBL invoice to CII (any Factur-X profile) or UBL."
    )

    @Argument(help: "The invoice: CII or UBL XML.")
    var file: String

    @Option(name: .long, help: "Target syntax: cii or ubl (facturx, the PDF, arrives with the PDF module).")
    var to: String

    @Option(name: [.short, .customLong("output")], help: "Where to write the result.")
    var output: String

    @Option(name: .long, help: "Factur-X profile for CII: minimum, basicwl, basic, en16931, extended, extended-ctc-fr.")
    var profile: String?

    func run() async throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
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
        case "facturx":
            throw ValidationError("--to facturx needs the PDF module, which is not in this release yet")
        default:
            throw ValidationError("--to takes cii or ubl, not '\(to)'")
        }
        try Data(result).write(to: URL(fileURLWithPath: output), options: .atomic)
        print("\(file) (\(document.syntax)) → \(output) (\(to.uppercased()))")
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
