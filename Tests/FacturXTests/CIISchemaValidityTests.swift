// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

/// The CII writer's output is valid against the official XSD of the profile written.
@Suite("CII output against the official XSDs")
struct CIISchemaValidityTests {
    static func validator(for profile: FacturXProfile) throws -> XMLSchemaValidator {
        let root = try SharedFixtures.url("conformance")
        return try XMLSchemaValidator(schemaFile: root.appendingPathComponent(profile.xsdRelativePath), directory: root)
    }

    @Test(
        "every CII sample, reduced to its own and every poorer profile, writes XSD-valid CII",
        arguments: CIISample.all
    )
    func samplesAreValid(sample: CIISample) throws {
        let document = try CIIInvoiceDocument(ciiEncoded: sample.bytes())
        let own = document.profile ?? .en16931
        // Richer profiles need terms a poorer source may lack (MINIMUM has no VAT breakdown, BASIC WL no
        // lines), so the sample is written at its own profile and below, plus EXTENDED-CTC-FR from EN 16931 up.
        var profiles = FacturXProfile.allProfiles.filter { own.includes($0) }
        if own.includes(.en16931) && !profiles.contains(.extendedCTCFR) { profiles.append(.extendedCTCFR) }
        for profile in profiles {
            let reduced = document.invoice.reduced(to: profile).invoice
            let violations = try Self.validator(for: profile).validate(reduced.serializeAsCII(profile: profile))
            #expect(violations.isEmpty, "\(profile): \(violations.prefix(3))")
        }
    }

    @Test(
        "an invoice with every business term writes XSD-valid CII at every profile",
        arguments: FacturXProfile.allProfiles
    )
    func fullInvoiceIsValid(profile: FacturXProfile) throws {
        let violations = try Self.validator(for: profile).validate(try fullInvoice().serializeAsCII(profile: profile))
        #expect(violations.isEmpty, "\(violations.prefix(3))")
    }
}
