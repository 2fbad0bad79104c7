// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FacturX
import FactureTestSupport
import Foundation
import Testing

@Suite("FacturXProfile")
struct FacturXProfileTests {
    @Test("recognises the canonical Factur-X guideline identifiers and round-trips them")
    func canonicalIdentifiers() {
        let expected: [(String, FacturXProfile)] = [
            ("urn:factur-x.eu:1p0:minimum", .minimum),
            ("urn:factur-x.eu:1p0:basicwl", .basicWL),
            ("urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic", .basic),
            ("urn:cen.eu:en16931:2017", .en16931),
            ("urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended", .extended),
            ("urn:cen.eu:en16931:2017#conformant#urn.cpro.gouv.fr:1p0:extended-ctc-fr", .extendedCTCFR),
        ]
        for (id, profile) in expected {
            #expect(FacturXProfile(guidelineID: id) == profile)
            #expect(profile.guidelineID == id)
        }
        #expect(FacturXProfile.allProfiles.map(\.guidelineID) == expected.map(\.0))
    }

    @Test("maps ZUGFeRD 2.x, XRechnung and the 2017 BASIC form to profiles, and refuses ZUGFeRD 1.0")
    func otherIdentifiers() {
        #expect(FacturXProfile(guidelineID: "urn:zugferd.de:2p0:minimum") == .minimum)
        #expect(FacturXProfile(guidelineID: "urn:zugferd.de:2p0:basicwl") == .basicWL)
        #expect(FacturXProfile(guidelineID: "urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:basic") == .basic)
        #expect(
            FacturXProfile(guidelineID: "urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended") == .extended
        )
        #expect(FacturXProfile(guidelineID: "urn:cen.eu:en16931:2017:compliant:factur-x.eu:1p0:basic") == .basic)
        #expect(
            FacturXProfile(guidelineID: "urn:cen.eu:en16931:2017#compliant#urn:xoev-de:kosit:standard:xrechnung_1.2")
                == .en16931
        )
        #expect(
            FacturXProfile(guidelineID: "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0")
                == .en16931
        )
        #expect(FacturXProfile(guidelineID: "  urn:cen.eu:en16931:2017\n") == .en16931)
        #expect(FacturXProfile(guidelineID: "urn:ferd:CrossIndustryDocument:invoice:1p0:comfort") == nil)
        #expect(FacturXProfile(guidelineID: "") == nil)
    }

    @Test("orders profiles by richness")
    func ordering() {
        let all = FacturXProfile.allProfiles
        for (i, richer) in all.enumerated() {
            for (j, poorer) in all.enumerated() {
                #expect(richer.includes(poorer) == (i >= j), "\(richer) includes \(poorer)")
            }
        }
        #expect(!FacturXProfile.minimum.carriesLines)
        #expect(!FacturXProfile.basicWL.carriesLines)
        #expect(FacturXProfile.basic.carriesLines)
        #expect(!FacturXProfile.basicWL.isEN16931Compliant)
        #expect(FacturXProfile.en16931.isEN16931Compliant)
    }

    @Test("names its XSD inside the conformance schema folder, and every XSD exists")
    func xsdPaths() throws {
        #expect(FacturXProfile.en16931.xsdRelativePath == "facturx-1.09/en16931/Factur-X_EN16931.xsd")
        #expect(FacturXProfile.extendedCTCFR.xsdRelativePath == "cii-d22b/CrossIndustryInvoice_100pD22B.xsd")
        for profile in FacturXProfile.allProfiles {
            _ = try SharedFixtures.url("conformance/" + profile.xsdRelativePath)
        }
    }

    @Test("describes itself with the Factur-X display names and codes as its short name")
    func descriptionAndCodable() throws {
        #expect(FacturXProfile.basicWL.description == "BASIC WL")
        #expect(FacturXProfile.en16931.description == "EN 16931")
        #expect(FacturXProfile.extendedCTCFR.description == "EXTENDED-CTC-FR")
        let data = try JSONEncoder().encode(FacturXProfile.allProfiles)
        #expect(
            String(decoding: data, as: UTF8.self)
                == #"["minimum","basicwl","basic","en16931","extended","extended-ctc-fr"]"#
        )
        #expect(try JSONDecoder().decode([FacturXProfile].self, from: data) == FacturXProfile.allProfiles)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(FacturXProfile.self, from: Data(#""comfort""#.utf8))
        }
    }
}
