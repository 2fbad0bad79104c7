// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureHTTP
import FactureModel
import FacturePlatform
import FactureTestSupport
import Testing

@Suite("Directory Service client over loopback HTTP", .timeLimit(.minutes(1)))
struct DirectoryServiceClientTests {
    @Test("lookups by SIREN, SIRET, routing code and addressing identifier find the seeded entries")
    func found() async throws {
        try await withPlatformSimulator { _, root in
            let directory = try PlatformTestSupport.directoryClient(root: root)
            try await directory.checkHealth()

            let company = try await directory.company(siren: try SIREN("552100554"))
            #expect(company.siren == "552100554")
            #expect(company.businessName == "Lumière Industrie SA")
            #expect(company.entityType == "PrivateVatRegistered")
            #expect(company.isActive)

            let facility = try await directory.facility(siret: try SIRET("12002701600357"))
            #expect(facility.siren == "120027016")
            #expect(facility.facilityType == "S")
            #expect(facility.address?.postalCode == "33000")
            #expect(facility.b2gAdditionalData?.serviceCodeStatus == true)
            #expect(facility.b2gAdditionalData?.managesLegalCommitmentCode == true)
            #expect(facility.legalUnit?.entityType == "Public")

            let code = try await directory.routingCode(
                siret: try SIRET("12002701600357"),
                routingIdentifier: PlatformSimulator.knownRoutingCode
            )
            #expect(code.routingCodeName == "Service facturier des achats")
            #expect(code.managesLegalCommitmentCode == true)
            #expect(code.facility?.siret == "12002701600357")

            let codes = try await directory.routingCodes(ofSIRET: try SIRET("12002701600357"))
            #expect(codes.totalNumberOfResults == 1)
            #expect(codes.results.map(\.routingIdentifier) == [PlatformSimulator.knownRoutingCode])

            let facilities = try await directory.facilities(ofSIREN: try SIREN("732829320"))
            #expect(facilities.results.map(\.siret) == ["73282932000074"])

            let line = try await directory.directoryLine(
                addressingIdentifier: "120027016_12002701600357_" + PlatformSimulator.knownRoutingCode
            )
            #expect(line.platform?.platformType == "DFH")
            #expect(line.routingCode?.managesLegalCommitmentCode == true)
            let lines = try await directory.directoryLines(ofSIREN: try SIREN("120027016"))
            #expect(lines.totalNumberOfResults == 2)
        }
    }

    @Test(
        "an unknown SIREN, SIRET, routing code or line is notFound with the problem's fields; bad input is refused before sending"
    )
    func notFound() async throws {
        try await withPlatformSimulator { simulator, root in
            let directory = try PlatformTestSupport.directoryClient(root: root)
            let company = await #expect(throws: FacturePlatformError.self) {
                try await directory.company(siren: try SIREN("356000000"))
            }
            #expect(company?.code == .notFound)
            #expect(company?.status == 404)
            #expect(company?.details == "no legal unit 356000000")
            #expect(company?.instance == "/v1/siren/code-insee:356000000")

            await #expect(throws: PlatformTestSupport.error(.notFound)) {
                try await directory.facility(siret: try SIRET("35600000000048"))
            }
            await #expect(throws: PlatformTestSupport.error(.notFound)) {
                try await directory.routingCode(siret: try SIRET("55210055400013"), routingIdentifier: "NOPE")
            }
            await #expect(throws: PlatformTestSupport.error(.notFound)) {
                try await directory.directoryLine(addressingIdentifier: "999999999")
            }
            let empty = try await directory.facilities(ofSIREN: try SIREN("356000000"))
            #expect(empty.results.isEmpty)

            let before = simulator.requestCount
            await #expect(throws: PlatformTestSupport.error(.invalidInput)) {
                try await directory.routingCode(siret: try SIRET("55210055400013"), routingIdentifier: "bad code!")
            }
            #expect(simulator.requestCount == before)
        }
    }

    @Test("directory reads are retried through 500 and 429 faults")
    func retriedReads() async throws {
        let faults = SimulatedFaults(serverErrorRate: 0.3, throttleRate: 0.2, seed: 7)
        try await withPlatformSimulator(faults: faults) { simulator, root in
            let directory = try PlatformTestSupport.directoryClient(root: root)
            for siren in PlatformSimulator.knownSIRENs {
                let company = try await directory.company(siren: try SIREN(siren))
                #expect(company.siren == siren)
            }
            #expect(
                (simulator.injector.injected[.serverError] ?? 0) + (simulator.injector.injected[.throttle] ?? 0) > 0
            )
        }
    }
}
