// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

// The operations, one per Chorus Pro method. Reads are idempotent (retried freely); `deposerFlux`, `soumettre`,
// `completer` and `recycler` are not.
extension ChorusProClient {
    private struct NoParameters: Encodable {}

    private struct FormatList: Decodable {
        struct Entry: Decodable { var formatFlux: ChorusProFluxSyntax }
        var listeFormatFlux: [Entry]?
    }

    /// The flux syntaxes Chorus Pro accepts (`recupererFormatFlux`, `POST /transverses/v1/recuperer/formatflux`).
    public func fluxSyntaxes() async throws(FactureChorusProError) -> [ChorusProFluxSyntax] {
        let list = try await call(
            "/transverses/v1/recuperer/formatflux",
            body: NoParameters(),
            operation: "chorus.recupererFormatFlux",
            isIdempotent: true,
            as: FormatList.self
        )
        return (list.listeFormatFlux ?? []).map(\.formatFlux)
    }

    /// Deposits a flux once (`deposerFlux`, `POST /factures/v1/deposer/flux`). Not retried after an ambiguous
    /// failure: prefer ``submit(facturX:fileName:serviceCode:commitmentNumber:syntax:)``, which clears that up.
    public func depositFlux(_ deposit: ChorusProFluxDeposit) async throws(FactureChorusProError) -> ChorusProFluxReceipt
    {
        var deposit = deposit
        if deposit.userID == nil { deposit.userID = configuration.userID }
        return try await call(
            "/factures/v1/deposer/flux",
            body: deposit,
            operation: "chorus.deposerFlux",
            isIdempotent: false,
            timeout: configuration.depositTimeout
        )
    }

    private struct FluxQuery: Encodable {
        var numeroFluxDepot: String
        var syntaxeFlux: ChorusProFluxSyntax?
        var idUtilisateurCourant: Int?
    }

    /// The state of a deposited flux (`consulterCR`, `POST /transverses/v1/consulterCR`).
    public func fluxReport(fluxNumber: String) async throws(FactureChorusProError) -> ChorusProFluxReport {
        try await call(
            "/transverses/v1/consulterCR",
            body: FluxQuery(numeroFluxDepot: fluxNumber, idUtilisateurCourant: configuration.userID),
            operation: "chorus.consulterCR",
            isIdempotent: true
        )
    }

    /// The state of a deposited flux with the errors that rejected it (`consulterCRDetaille`,
    /// `POST /transverses/v1/consulterCRDetaille`).
    public func detailedFluxReport(
        fluxNumber: String,
        syntax: ChorusProFluxSyntax = .facturX
    ) async throws(FactureChorusProError) -> ChorusProFluxReport {
        try await call(
            "/transverses/v1/consulterCRDetaille",
            body: FluxQuery(
                numeroFluxDepot: fluxNumber,
                syntaxeFlux: syntax,
                idUtilisateurCourant: configuration.userID
            ),
            operation: "chorus.consulterCRDetaille",
            isIdempotent: true
        )
    }

    /// The supplier's invoices matching `query` (`rechercherFactureParFournisseur`,
    /// `POST /factures/v1/rechercher/fournisseur`).
    public func searchSupplierInvoices(
        _ query: ChorusProSupplierInvoiceQuery
    ) async throws(FactureChorusProError) -> ChorusProInvoiceSearchResult {
        try await call(
            "/factures/v1/rechercher/fournisseur",
            body: query,
            operation: "chorus.rechercherFactureParFournisseur",
            isIdempotent: true
        )
    }

    private struct InvoiceQuery: Encodable { var identifiantFactureCPP: Int }

    /// One invoice as its supplier sees it (`consulterFactureParFournisseur`,
    /// `POST /factures/v1/consulter/fournisseur`).
    public func supplierInvoice(invoiceID: Int) async throws(FactureChorusProError) -> ChorusProSupplierInvoice {
        try await call(
            "/factures/v1/consulter/fournisseur",
            body: InvoiceQuery(identifiantFactureCPP: invoiceID),
            operation: "chorus.consulterFactureParFournisseur",
            isIdempotent: true
        )
    }

    private struct HistoryQuery: Encodable {
        var idFacture: Int
        var nbResultatsMaximum: Int
    }

    /// The status history of an invoice (`consulterHistoriqueFacture`, `POST /factures/v1/consulter/historique`).
    public func invoiceHistory(
        invoiceID: Int,
        maximumEntries: Int = 100
    ) async throws(FactureChorusProError) -> ChorusProInvoiceHistory {
        try await call(
            "/factures/v1/consulter/historique",
            body: HistoryQuery(idFacture: invoiceID, nbResultatsMaximum: maximumEntries),
            operation: "chorus.consulterHistorique",
            isIdempotent: true
        )
    }

    /// Keys an invoice in through the API (`soumettreFacture`, `POST /factures/v1/soumettre`). Not retried after an
    /// ambiguous failure: search by number before submitting again.
    public func submitInvoice(
        _ submission: ChorusProInvoiceSubmission
    ) async throws(FactureChorusProError) -> ChorusProInvoiceReceipt {
        try await call(
            "/factures/v1/soumettre",
            body: submission,
            operation: "chorus.soumettreFacture",
            isIdempotent: false
        )
    }

    /// Completes a suspended invoice (`completerFacture`, `POST /factures/v1/completer`).
    public func completeInvoice(
        _ completion: ChorusProInvoiceCompletion
    ) async throws(FactureChorusProError) -> ChorusProInvoiceReceipt {
        try await call(
            "/factures/v1/completer",
            body: completion,
            operation: "chorus.completerFacture",
            isIdempotent: false
        )
    }

    /// Corrects the routing data of an invoice `A_RECYCLER` (`recyclerFacture`, `POST /factures/v1/recycler`).
    public func recycleInvoice(
        _ recycling: ChorusProInvoiceRecycling
    ) async throws(FactureChorusProError) -> ChorusProInvoiceReceipt {
        try await call(
            "/factures/v1/recycler",
            body: recycling,
            operation: "chorus.recyclerFacture",
            isIdempotent: false
        )
    }

    private struct DownloadedFile: Decodable { var fichierResultat: String }

    /// Downloads invoices (`telechargerGroupeFacture`, `POST /factures/v1/telecharger/groupe`): the file's bytes.
    public func downloadInvoices(_ download: ChorusProInvoiceDownload) async throws(FactureChorusProError) -> [UInt8] {
        let file = try await call(
            "/factures/v1/telecharger/groupe",
            body: download,
            operation: "chorus.telechargerGroupeFacture",
            isIdempotent: true,
            as: DownloadedFile.self
        )
        guard let bytes = Data(base64Encoded: file.fichierResultat) else {
            throw FactureChorusProError(
                code: .unexpectedResponse,
                message: "fichierResultat is not base64",
                operation: "chorus.telechargerGroupeFacture"
            )
        }
        return Array(bytes)
    }

    private struct StructureQuery: Encodable {
        struct Criteria: Encodable {
            var identifiantStructure: String
            var typeIdentifiantStructure: String
        }
        var structure: Criteria
    }

    private struct StructureList: Decodable { var listeStructures: [ChorusProStructureSummary]? }

    /// The structures with this SIRET (`rechercherStructure`, `POST /structures/v1/rechercher`).
    public func searchStructures(siret: String) async throws(FactureChorusProError) -> [ChorusProStructureSummary] {
        let list = try await call(
            "/structures/v1/rechercher",
            body: StructureQuery(structure: .init(identifiantStructure: siret, typeIdentifiantStructure: "SIRET")),
            operation: "chorus.rechercherStructure",
            isIdempotent: true,
            as: StructureList.self
        )
        return list.listeStructures ?? []
    }

    private struct StructureID: Encodable {
        var idStructureCPP: Int
        var codeLangue = "fr"
    }

    /// A structure and what it requires on invoices (`consulterStructure`, `POST /structures/v1/consulter`).
    public func structure(structureID: Int) async throws(FactureChorusProError) -> ChorusProStructure {
        try await call(
            "/structures/v1/consulter",
            body: StructureID(idStructureCPP: structureID),
            operation: "chorus.consulterStructure",
            isIdempotent: true
        )
    }

    private struct ServicesQuery: Encodable {
        struct Page: Encodable {
            var pageResultatDemandee: Int
            var nbResultatsParPage: Int
        }
        var idStructure: Int
        var parametres: Page
    }

    private struct ServiceList: Decodable { var listeServices: [ChorusProService]? }

    /// The services of a structure (`rechercherServicesStructure`, `POST /structures/v1/rechercher/services`).
    public func services(
        structureID: Int,
        page: Int = 1,
        pageSize: Int = 500
    ) async throws(FactureChorusProError) -> [ChorusProService] {
        let list = try await call(
            "/structures/v1/rechercher/services",
            body: ServicesQuery(
                idStructure: structureID,
                parametres: .init(pageResultatDemandee: page, nbResultatsParPage: pageSize)
            ),
            operation: "chorus.rechercherServicesStructure",
            isIdempotent: true,
            as: ServiceList.self
        )
        return list.listeServices ?? []
    }

    private struct CommitmentQuery: Encodable {
        var idStructure: Int
        var numeroEngagement: String?
    }

    private struct CommitmentList: Decodable { var listeEngagementsJuridiques: [ChorusProLegalCommitment]? }

    /// The legal commitments of a structure, or the one with `number` (`rechercherEngagementJuridique`,
    /// `POST /engagementsJuridiques/v1/rechercher`).
    public func legalCommitments(
        structureID: Int,
        number: String? = nil
    ) async throws(FactureChorusProError) -> [ChorusProLegalCommitment] {
        let list = try await call(
            "/engagementsJuridiques/v1/rechercher",
            body: CommitmentQuery(idStructure: structureID, numeroEngagement: number),
            operation: "chorus.rechercherEngagementJuridique",
            isIdempotent: true,
            as: CommitmentList.self
        )
        return list.listeEngagementsJuridiques ?? []
    }
}
