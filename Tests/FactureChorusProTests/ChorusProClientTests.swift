// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FacturX
import FactureChorusPro
import FactureHTTP
import FactureModel
import FactureTestSupport
import FactureTesting
import Foundation
import Testing

@Suite("Chorus Pro client against the simulator over loopback HTTP", .timeLimit(.minutes(2)))
struct ChorusProClientTests {
    let open = ChorusProSimulator.defaultStructures[0].siret
    let needsService = ChorusProSimulator.defaultStructures[1].siret
    let needsCommitment = ChorusProSimulator.defaultStructures[2].siret

    @Test("the PISTE token is fetched once, reused, renewed before expiry and after a 401")
    func tokenLifecycle() async throws {
        try await withChorusProSimulator(tokenLifetime: 600) { simulator, endpoints in
            let clock = FastForwardClock()
            let client = ChorusProFixtures.client(endpoints, clock: clock)
            _ = try await client.fluxSyntaxes()
            _ = try await client.searchStructures(siret: open)
            #expect(simulator.tokensIssued == 1)
            clock.advance(by: .seconds(500))
            _ = try await client.fluxSyntaxes()
            #expect(simulator.tokensIssued == 1)
            clock.advance(by: .seconds(45))  // 545 s: within the 60 s renewal margin of the 600 s token
            _ = try await client.fluxSyntaxes()
            #expect(simulator.tokensIssued == 2)
            simulator.revokeTokens()
            _ = try await client.fluxSyntaxes()
            #expect(simulator.tokensIssued == 3)
        }
    }

    @Test("a wrong technical account (cpro-account) or PISTE secret is refused with a typed error")
    func credentialsAreChecked() async throws {
        try await withChorusProSimulator { simulator, endpoints in
            let wrongAccount = ChorusProFixtures.client(endpoints, clock: FastForwardClock(), password: "nope")
            let accountError = await #expect(throws: FactureChorusProError.self) {
                try await wrongAccount.fluxSyntaxes()
            }
            #expect(accountError?.code == .http)
            #expect(accountError?.httpStatus == 403)

            let wrongSecret = ChorusProFixtures.client(endpoints, clock: FastForwardClock(), clientSecret: "nope")
            let secretError = await #expect(throws: FactureChorusProError.self) { try await wrongSecret.fluxSyntaxes() }
            #expect((secretError?.underlyingError as? FactureHTTPError)?.code == .unauthorized)
            #expect(simulator.tokensIssued == 1)  // the first client's only: the wrong secret got none
        }
    }

    @Test("structures, services and legal commitments round-trip")
    func structures() async throws {
        try await withChorusProSimulator { _, endpoints in
            let client = ChorusProFixtures.client(endpoints, clock: FastForwardClock())
            #expect(try await client.fluxSyntaxes().contains(.facturX))
            let found = try await client.searchStructures(siret: needsService)
            #expect(found.map(\.structureID) == [1002])
            #expect(found.first?.identifier == needsService)
            #expect(try await client.searchStructures(siret: "99999999999999").isEmpty)
            let hospital = try await client.structure(structureID: 1002)
            #expect(hospital.requirements.serviceCodeRequired)
            #expect(!hospital.requirements.commitmentNumberRequired)
            #expect(try await client.structure(structureID: 1003).requirements.commitmentNumberRequired)
            #expect(try await client.services(structureID: 1002).map(\.code) == ["SERV-ACHATS", "SERV-RH"])
            #expect(
                try await client.legalCommitments(structureID: 1003).map(\.number) == ["EJ-2026-0001", "EJ-2026-0002"]
            )
            #expect(try await client.legalCommitments(structureID: 1003, number: "EJ-2026-0002").count == 1)
            let refused = await #expect(throws: FactureChorusProError.self) {
                try await client.structure(structureID: 4242)
            }
            #expect(refused?.code == .requestRefused)
            #expect(refused?.codeRetour != nil)
        }
    }

    @Test("a deposited flux and its invoice go through consultations, history, completion, recycling and download")
    func invoiceOperations() async throws {
        try await withChorusProSimulator { simulator, endpoints in
            let clock = FastForwardClock()
            let client = ChorusProFixtures.client(endpoints, clock: clock)
            let pdf = try ChorusProFixtures.facturX(number: "OPS-001", buyerSIRET: open)
            let receipt = try await client.depositFlux(ChorusProFluxDeposit(file: pdf, fileName: "OPS-001.pdf"))
            #expect(receipt.syntax == .facturX)
            #expect(simulator.fluxes[receipt.fluxNumber]?.invoice?.number == "OPS-001")

            #expect(try await client.fluxReport(fluxNumber: receipt.fluxNumber).state == .processing)
            let report = try await client.awaitIntegration(fluxNumber: receipt.fluxNumber, interval: .seconds(10))
            #expect(report.state == .integrated)
            #expect(report.fileName == "OPS-001.pdf")

            let search = try await client.searchSupplierInvoices(.init(invoiceNumber: "OPS-001"))
            let summary = try #require(search.invoices.first)
            #expect(search.invoices.count == 1)
            #expect(summary.status == .deposited)
            #expect(summary.status.lifecycleStatus == .submitted)
            #expect(summary.recipientIdentifier == open)

            let consulted = try await client.supplierInvoice(invoiceID: summary.invoiceID)
            #expect(consulted.status == .madeAvailable)
            #expect(consulted.recipientIdentifier == open)
            let history = try await client.invoiceHistory(invoiceID: summary.invoiceID)
            #expect(history.currentStatus == .madeAvailableToAccountant)
            #expect(history.entries.map(\.status) == [.deposited, .madeAvailable, .madeAvailableToAccountant])

            let downloaded = try await client.downloadInvoices(.init(invoiceIDs: [summary.invoiceID], format: .pdf))
            #expect(downloaded == pdf)
            let xml = try await client.downloadInvoices(.init(invoiceIDs: [summary.invoiceID], format: .xml))
            #expect(try Invoice(ciiEncoded: xml).number == "OPS-001")

            simulator.setInvoiceStatus(number: "OPS-001", to: "SUSPENDUE", comment: "pièce manquante")
            let completed = try await client.completeInvoice(
                .init(invoiceID: summary.invoiceID, comment: "voici la pièce")
            )
            #expect(completed.invoiceID == summary.invoiceID)
            #expect(simulator.invoiceStatus(number: "OPS-001") == "COMPLETEE")
            let notSuspended = await #expect(throws: FactureChorusProError.self) {
                try await client.completeInvoice(.init(invoiceID: summary.invoiceID, comment: "encore"))
            }
            #expect(notSuspended?.code == .requestRefused)

            simulator.setInvoiceStatus(number: "OPS-001", to: "A_RECYCLER")
            let recycled = try await client.recycleInvoice(
                .init(invoiceID: summary.invoiceID, recipientIdentifier: needsService, serviceCode: "SERV-RH")
            )
            #expect(recycled.status == .deposited)
            #expect(try await client.supplierInvoice(invoiceID: summary.invoiceID).serviceCode == "SERV-RH")

            let keyed = try await client.submitInvoice(
                .init(
                    invoiceNumber: "OPS-002",
                    invoiceDate: "2026-11-25",
                    recipientIdentifier: needsCommitment,
                    supplierID: 77,
                    commitmentNumber: "EJ-2026-0001",
                    totals: (net: "100.00", vat: "20.00", gross: "120.00", due: "120.00")
                )
            )
            #expect(keyed.status == .deposited)
            #expect(simulator.depositCount(invoiceNumber: "OPS-002") == 1)
        }
    }

    @Test("a missing service code is a typed error and nothing is deposited; a given one is written into the CII")
    func serviceCodeRequirement() async throws {
        try await withChorusProSimulator { simulator, endpoints in
            let client = ChorusProFixtures.client(endpoints, clock: FastForwardClock())
            let pdf = try ChorusProFixtures.facturX(number: "SVC-001", buyerSIRET: needsService)
            let missing = await #expect(throws: FactureChorusProError.self) {
                try await client.submit(facturX: pdf, fileName: "SVC-001.pdf")
            }
            #expect(missing?.code == .structureRequirementMissing)
            let unknown = await #expect(throws: FactureChorusProError.self) {
                try await client.submit(facturX: pdf, fileName: "SVC-001.pdf", serviceCode: "SERV-INCONNU")
            }
            #expect(unknown?.code == .structureRequirementMissing)
            #expect(simulator.requestCount(path: "/cpro/factures/v1/deposer/flux") == 0)

            let submission = try await client.submit(facturX: pdf, fileName: "SVC-001.pdf", serviceCode: "SERV-ACHATS")
            #expect(submission.fluxNumber != nil)
            #expect(!submission.recoveredBySearch)
            #expect(submission.structure.structureID == 1002)
            let received = try #require(simulator.fluxes(fileName: "SVC-001.pdf").first?.invoice)
            #expect(received.buyerReference == "SERV-ACHATS")
            #expect(received.number == "SVC-001")
            #expect(simulator.invoiceStatus(number: "SVC-001") == "DEPOSEE")
        }
    }

    @Test("a commitment number is taken from the invoice or the argument and written as BT-13")
    func commitmentRequirement() async throws {
        try await withChorusProSimulator { simulator, endpoints in
            let client = ChorusProFixtures.client(endpoints, clock: FastForwardClock())
            let bare = try ChorusProFixtures.facturX(number: "EJ-001", buyerSIRET: needsCommitment)
            let missing = await #expect(throws: FactureChorusProError.self) {
                try await client.submit(facturX: bare, fileName: "EJ-001.pdf")
            }
            #expect(missing?.code == .structureRequirementMissing)
            _ = try await client.submit(facturX: bare, fileName: "EJ-001.pdf", commitmentNumber: "EJ-2026-0002")
            #expect(simulator.fluxes(fileName: "EJ-001.pdf").first?.invoice?.purchaseOrderReference == "EJ-2026-0002")

            let carried = try ChorusProFixtures.facturX(
                number: "EJ-002",
                buyerSIRET: needsCommitment,
                purchaseOrderReference: "EJ-2026-0001"
            )
            let submission = try await client.submit(facturX: carried, fileName: "EJ-002.pdf")
            #expect(submission.depositedFile == carried)
            #expect(simulator.invoiceStatus(number: "EJ-002") == "DEPOSEE")
        }
    }

    @Test("the CII syntax deposits the invoice's XML, with the service code written into it")
    func ciiSyntax() async throws {
        try await withChorusProSimulator { simulator, endpoints in
            let client = ChorusProFixtures.client(endpoints, clock: FastForwardClock())
            let pdf = try ChorusProFixtures.facturX(number: "XML-001", buyerSIRET: needsService)
            let submission = try await client.submit(
                facturX: pdf,
                fileName: "XML-001.xml",
                serviceCode: "SERV-RH",
                syntax: .cii16B
            )
            #expect(try Invoice(ciiEncoded: submission.depositedFile).buyerReference == "SERV-RH")
            let flux = try #require(simulator.fluxes(fileName: "XML-001.xml").first)
            #expect(flux.syntax == "IN_DP_E1_CII_16B")
            #expect(flux.invoice?.buyerReference == "SERV-RH")
        }
    }

    @Test("a rejected flux surfaces Chorus Pro's rejection list")
    func rejectionList() async throws {
        try await withChorusProSimulator { _, endpoints in
            let client = ChorusProFixtures.client(endpoints, clock: FastForwardClock())
            let pdf = try ChorusProFixtures.facturX(number: "REJ-001", buyerSIRET: needsService)
            let receipt = try await client.depositFlux(.init(file: pdf, fileName: "REJ-001.pdf"))
            let error = await #expect(throws: FactureChorusProError.self) {
                try await client.awaitIntegration(fluxNumber: receipt.fluxNumber, interval: .seconds(5))
            }
            #expect(error?.code == .rejected)
            #expect(error?.fluxNumber == receipt.fluxNumber)
            let reasons = error?.reportedErrors ?? []
            #expect(reasons.contains { $0.code == "SERVICE_OBLIGATOIRE" && $0.invoiceNumber == "REJ-001" })
            #expect(reasons.allSatisfy { $0.kind == .invoice })

            let garbage = try await client.depositFlux(.init(file: Array("not a pdf".utf8), fileName: "junk.pdf"))
            let technical = await #expect(throws: FactureChorusProError.self) {
                try await client.awaitIntegration(fluxNumber: garbage.fluxNumber, interval: .seconds(5))
            }
            #expect(technical?.reportedErrors.contains { $0.kind == .technical } == true)
        }
    }

    @Test("a blind second deposit is counted by the simulator and rejected as a duplicate")
    func blindRedepositIsVisible() async throws {
        try await withChorusProSimulator { simulator, endpoints in
            let client = ChorusProFixtures.client(endpoints, clock: FastForwardClock())
            let pdf = try ChorusProFixtures.facturX(number: "DUP-001", buyerSIRET: open)
            _ = try await client.depositFlux(.init(file: pdf, fileName: "DUP-001.pdf"))
            let second = try await client.depositFlux(.init(file: pdf, fileName: "DUP-001-bis.pdf"))
            #expect(simulator.depositCount(invoiceNumber: "DUP-001") == 2)
            let error = await #expect(throws: FactureChorusProError.self) {
                try await client.awaitIntegration(fluxNumber: second.fluxNumber, interval: .seconds(5))
            }
            #expect(error?.reportedErrors.contains { $0.code == "DOUBLON" } == true)
            #expect(try await client.searchSupplierInvoices(.init(invoiceNumber: "DUP-001")).invoices.count == 1)
        }
    }

    @Test("submit checks the syntax against recupererFormatFlux before depositing; a raw deposit is refused")
    func unknownSyntax() async throws {
        try await withChorusProSimulator { simulator, endpoints in
            let client = ChorusProFixtures.client(endpoints, clock: FastForwardClock())
            #expect(try await client.fluxSyntaxes().contains(.facturX))
            let pdf = try ChorusProFixtures.facturX(number: "SYN-001", buyerSIRET: open)
            let checked = await #expect(throws: FactureChorusProError.self) {
                try await client.submit(facturX: pdf, fileName: "SYN-001.pdf", syntax: .init(rawValue: "IN_DP_NOPE"))
            }
            #expect(checked?.code == .invalidInput)
            #expect(checked?.message.contains("IN_DP_E2_CII_FACTURX") == true)
            #expect(simulator.requestCount(path: "/cpro/factures/v1/deposer/flux") == 0)

            let error = await #expect(throws: FactureChorusProError.self) {
                try await client.depositFlux(
                    ChorusProFluxDeposit(file: pdf, fileName: "SYN-001.pdf", syntax: .init(rawValue: "IN_DP_NOPE"))
                )
            }
            #expect(error?.code == .requestRefused)
            #expect(error?.codeRetour == 20004)
            #expect(simulator.depositCount(invoiceNumber: "SYN-001") == 0)
        }
    }
}

@Suite("Chorus Pro statuses")
struct ChorusProStatusTests {
    @Test("Chorus Pro invoice statuses map to lifecycle statuses; unknown ones to nil")
    func mapping() {
        let table: [(String, LifecycleStatus?)] = [
            ("DEPOSEE", .submitted), ("EN_COURS_ACHEMINEMENT", .issued), ("MISE_A_DISPOSITION", .madeAvailable),
            ("MISE_A_DISPOSITION_COMPTABLE", .inHand), ("SERVICE_FAIT", .approved), ("MANDATEE", .approved),
            ("SUSPENDUE", .suspended), ("COMPLETEE", .completed), ("REJETEE", .refused),
            ("MISE_EN_PAIEMENT", .paymentSent), ("A_RECYCLER", nil), ("STATUT_FUTUR", nil),
        ]
        for (raw, expected) in table {
            #expect(ChorusProInvoiceStatus(rawValue: raw).lifecycleStatus == expected, "\(raw)")
        }
    }

    @Test("an unknown status survives decoding as its raw string")
    func unknownStatusRoundTrip() throws {
        let json = Data(#"{"identifiantFactureCPP":1,"numeroFacture":"X","statut":"STATUT_FUTUR"}"#.utf8)
        let summary = try JSONDecoder().decode(ChorusProInvoiceSummary.self, from: json)
        #expect(summary.status.rawValue == "STATUT_FUTUR")
        #expect(summary.status.lifecycleStatus == nil)
    }
}
