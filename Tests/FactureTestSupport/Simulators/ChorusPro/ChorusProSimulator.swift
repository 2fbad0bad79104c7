// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FacturX
public import FactureHTTP
public import FactureModel
public import Foundation
public import HTTPTypes
import Synchronization

/// A Chorus Pro and PISTE stand-in on a real loopback HTTP server, written from the public description of the API
/// (not from FactureKit's client, so that a mismatch shows up): the OAuth 2 token endpoint and the supplier's
/// operations under `/cpro`, with state, validation, status progression and injected faults.
///
/// - Token endpoint `POST /api/oauth/token` (form-encoded client credentials) issues bearer tokens; every API call
///   needs one of them and `cpro-account: base64(login:password)`.
/// - Structures are seeded (``defaultStructures``: one without requirements, one requiring a service code, one
///   requiring a legal commitment number, one requiring either).
/// - `deposerFlux` checks the JSON, the base64, the syntax and, for `IN_DP_E2_CII_FACTURX`, that the PDF holds a
///   CII invoice (read with FacturX); it records the flux (by number and by file name) and counts deposits per
///   invoice number. A flux whose invoice is readable, addressed to a known structure, meets its requirements and
///   is not a duplicate creates the invoice at once (`DEPOSEE`); otherwise the flux will end `IN_REJETE` with its
///   error list.
/// - Each `consulterCR`/`consulterCRDetaille` moves a flux one step: `IN_DEPOSE` → `IN_EN_COURS_TRAITEMENT` →
///   `IN_INTEGRE` or `IN_REJETE`. Each `consulterFactureParFournisseur`/`consulterHistorique` moves an invoice one
///   step: `DEPOSEE` → `MISE_A_DISPOSITION` → `MISE_A_DISPOSITION_COMPTABLE` → `MANDATEE` → `MISE_EN_PAIEMENT`
///   (`SUSPENDUE`, `A_RECYCLER`, `REJETEE` stay until `completer`/`recycler`; ``setInvoiceStatus(number:to:comment:)``
///   puts an invoice there).
/// - With a `searchVisibilityDelay`, a new invoice stays out of that many supplier searches (Chorus Pro integrates
///   fluxes asynchronously), so that a client recovering from a lost answer must search more than once.
/// - Faults come from a ``FaultInjector``: writes (deposit, soumettre, completer, recycler) can also be carried out
///   and then answered 500 or dropped. The token endpoint is not faulted.
public final class ChorusProSimulator: Sendable {
    /// The credentials the simulator accepts.
    public struct Credentials: Sendable, Hashable {
        /// The PISTE client id.
        public var clientID: String
        /// The PISTE client secret.
        public var clientSecret: String
        /// The technical account's login.
        public var login: String
        /// The technical account's password.
        public var password: String

        /// Credentials.
        public init(clientID: String, clientSecret: String, login: String, password: String) {
            self.clientID = clientID
            self.clientSecret = clientSecret
            self.login = login
            self.password = password
        }

        /// Test credentials.
        public static let `default` = Credentials(
            clientID: "simulated-client",
            clientSecret: "simulated-secret",
            login: "TECH_1_simulated@cpro.fr",
            password: "simulated-password"
        )
    }

    /// A public buyer structure.
    public struct Structure: Sendable, Hashable {
        /// Chorus Pro's id (`idStructureCPP`).
        public var id: Int
        /// Its SIRET.
        public var siret: String
        /// Its name.
        public var name: String
        /// Whether invoices must carry a service code.
        public var serviceCodeRequired: Bool
        /// Whether invoices must carry a legal commitment number.
        public var commitmentNumberRequired: Bool
        /// Whether invoices must carry one or the other.
        public var commitmentNumberOrServiceCodeRequired: Bool
        /// Its active service codes.
        public var services: [String]
        /// Its legal commitment numbers.
        public var commitments: [String]

        /// A structure.
        public init(
            id: Int,
            siret: String,
            name: String,
            serviceCodeRequired: Bool = false,
            commitmentNumberRequired: Bool = false,
            commitmentNumberOrServiceCodeRequired: Bool = false,
            services: [String] = [],
            commitments: [String] = []
        ) {
            self.id = id
            self.siret = siret
            self.name = name
            self.serviceCodeRequired = serviceCodeRequired
            self.commitmentNumberRequired = commitmentNumberRequired
            self.commitmentNumberOrServiceCodeRequired = commitmentNumberOrServiceCodeRequired
            self.services = services
            self.commitments = commitments
        }
    }

    /// The seeded structures: 1001 without requirements, 1002 requiring a service code (`SERV-ACHATS`,
    /// `SERV-RH`), 1003 requiring a commitment number (`EJ-2026-0001`, `EJ-2026-0002`), 1004 requiring either.
    public static let defaultStructures: [Structure] = [
        Structure(id: 1001, siret: "11000201100044", name: "Commune de Simulation", services: ["ACCUEIL"]),
        Structure(
            id: 1002,
            siret: "26073617600011",
            name: "Centre hospitalier simulé",
            serviceCodeRequired: true,
            services: ["SERV-ACHATS", "SERV-RH"]
        ),
        Structure(
            id: 1003,
            siret: "13000548100010",
            name: "Direction régionale simulée",
            commitmentNumberRequired: true,
            commitments: ["EJ-2026-0001", "EJ-2026-0002"]
        ),
        Structure(
            id: 1004,
            siret: "21750001600019",
            name: "Établissement simulé",
            commitmentNumberOrServiceCodeRequired: true,
            services: ["COMPTA"],
            commitments: ["EJ-2026-0100"]
        ),
    ]

    /// Where the simulator listens.
    public struct Endpoints: Sendable, Hashable {
        /// The API base, `http://127.0.0.1:PORT/cpro`.
        public var apiBaseURL: URL
        /// The token endpoint, `http://127.0.0.1:PORT/api/oauth/token`.
        public var tokenURL: URL
    }

    /// A flux as the simulator recorded it.
    public struct Flux: Sendable, Hashable {
        /// The flux number.
        public var number: String
        /// The file name given.
        public var fileName: String
        /// The syntax given.
        public var syntax: String
        /// The invoice read from the file, when it could be read.
        public var invoice: Invoice?
        /// The current state (`IN_DEPOSE`…).
        public var state: String
        /// The business errors that will reject it or did: (invoice number, code, message).
        public var invoiceErrors: [ErrorEntry]
        /// The technical errors.
        public var technicalErrors: [ErrorEntry]
        /// The Chorus Pro id of the invoice it created, if any.
        public var invoiceID: Int?
    }

    /// One error of a flux.
    public struct ErrorEntry: Error, Sendable, Hashable {
        /// The invoice number it is about, if any.
        public var invoiceNumber: String?
        /// The code.
        public var code: String
        /// The message.
        public var message: String
    }

    private struct StoredInvoice {
        var id: Int
        var number: String
        var recipientSIRET: String
        var recipientName: String
        var serviceCode: String?
        var commitmentNumber: String?
        var status: String
        var history: [(status: String, date: String, comment: String?)]
        var pdf: [UInt8]
        var xml: [UInt8]
        var invoiceDate: String
        var depositDate: String
        var hiddenForSearches = 0
    }

    private struct State {
        var tokens: Set<String> = []
        var tokensIssued = 0
        var nextFlux = 1
        var nextInvoiceID = 5001
        var fluxes: [String: Flux] = [:]
        var fluxNumbersByFileName: [String: [String]] = [:]
        var invoices: [Int: StoredInvoice] = [:]
        var depositsByInvoiceNumber: [String: Int] = [:]
        var requestsByPath: [String: Int] = [:]
    }

    /// The credentials accepted.
    public let credentials: Credentials
    /// The structures.
    public let structures: [Structure]
    /// The faults injected, and how many were.
    public let faults: FaultInjector
    /// The lifetime of issued tokens (`expires_in`), in seconds.
    public let tokenLifetime: Int
    /// How many supplier searches a new invoice stays out of, as if Chorus Pro were still integrating its flux.
    public let searchVisibilityDelay: Int
    private let state = Mutex(State())

    /// A simulator.
    public init(
        credentials: Credentials = .default,
        structures: [Structure] = ChorusProSimulator.defaultStructures,
        faults: SimulatedFaults = .none,
        tokenLifetime: Int = 3600,
        searchVisibilityDelay: Int = 0
    ) {
        self.credentials = credentials
        self.structures = structures
        self.faults = FaultInjector(faults)
        self.tokenLifetime = tokenLifetime
        self.searchVisibilityDelay = searchVisibilityDelay
    }

    // MARK: Inspection

    /// How many tokens were issued.
    public var tokensIssued: Int { state.withLock { $0.tokensIssued } }

    /// How many fluxes (and `soumettre` calls) carried the invoice `number`.
    public func depositCount(invoiceNumber number: String) -> Int {
        state.withLock { $0.depositsByInvoiceNumber[number, default: 0] }
    }

    /// Deposits per invoice number.
    public var depositCounts: [String: Int] { state.withLock { $0.depositsByInvoiceNumber } }

    /// Every flux recorded, by number.
    public var fluxes: [String: Flux] { state.withLock { $0.fluxes } }

    /// The fluxes recorded under a file name.
    public func fluxes(fileName: String) -> [Flux] {
        state.withLock { state in (state.fluxNumbersByFileName[fileName] ?? []).compactMap { state.fluxes[$0] } }
    }

    /// The current status of the invoice `number`, or `nil` when no invoice has it.
    public func invoiceStatus(number: String) -> String? {
        state.withLock { $0.invoices.values.first { $0.number == number }?.status }
    }

    /// How many requests reached `path` (`/cpro/factures/v1/deposer/flux`), faulted ones included.
    public func requestCount(path: String) -> Int { state.withLock { $0.requestsByPath[path, default: 0] } }

    /// Puts the invoice `number` in `status` (`SUSPENDUE`, `A_RECYCLER`, `REJETEE`…), as the buyer would.
    public func setInvoiceStatus(number: String, to status: String, comment: String? = nil) {
        state.withLock { state in
            guard let id = state.invoices.first(where: { $0.value.number == number })?.key else { return }
            state.invoices[id]?.status = status
            state.invoices[id]?.history.append((status, Self.now(), comment))
        }
    }

    /// Forgets every issued token, so the next call is answered 401.
    public func revokeTokens() { state.withLock { $0.tokens.removeAll() } }

    // MARK: Serving

    /// Answers one request.
    public func handle(_ request: HTTPRequest, _ body: HTTPBody) async -> LoopbackReply {
        let path = String((request.path ?? "/").prefix { $0 != "?" })
        state.withLock { $0.requestsByPath[path, default: 0] += 1 }
        if path == "/api/oauth/token" { return .respond(token(request, body)) }
        guard request.method == .post else { return .respond(Self.json(405, ["error": "method not allowed"])) }
        guard let authorization = request.headerFields[.authorization], authorization.hasPrefix("Bearer "),
            state.withLock({ $0.tokens.contains(String(authorization.dropFirst(7))) })
        else {
            return .respond(Self.json(401, ["error": "invalid_token"]))
        }
        let expectedAccount = Data((credentials.login + ":" + credentials.password).utf8).base64EncodedString()
        guard let accountField = HTTPField.Name("cpro-account"), request.headerFields[accountField] == expectedAccount
        else {
            return .respond(Self.json(403, ["codeRetour": 403, "libelle": "cpro-account absent ou invalide"]))
        }
        guard let route = route(path) else {
            return .respond(Self.json(404, ["codeRetour": 404, "libelle": "ressource inconnue \(path)"]))
        }
        let decision = faults.decide(isWrite: route.isWrite)
        if faults.faults.latency > .zero { try? await Task.sleep(for: faults.faults.latency) }
        switch decision {
        case .serverError: return .respond(Self.json(500, ["error": "simulated failure"]))
        case .throttle:
            var exchange = Self.json(429, ["error": "too many requests"])
            exchange.response.headerFields[.retryAfter] = "1"
            return .respond(exchange)
        default: break
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(body.bytes))) as? [String: Any] else {
            return .respond(Self.error(400, 20001, "le corps de la requête n'est pas un objet JSON"))
        }
        if request.headerFields[.contentType]?.lowercased().hasPrefix("application/json") != true {
            return .respond(Self.error(415, 20002, "Content-Type application/json attendu"))
        }
        let exchange = route.handler(object)
        guard (200..<300).contains(exchange.response.status.code) else { return .respond(exchange) }
        switch decision {
        case .serverErrorAfterCommit: return .respond(Self.json(500, ["error": "simulated failure after commit"]))
        case .dropAfterCommit: return .dropConnection
        default: return .respond(exchange)
        }
    }

    /// The operation served at `path`: whether it writes, and its handler.
    private func route(_ path: String) -> (isWrite: Bool, handler: ([String: Any]) -> HTTPExchange)? {
        switch path {
        case "/cpro/transverses/v1/recuperer/formatflux": (false, formats)
        case "/cpro/factures/v1/deposer/flux": (true, deposit)
        case "/cpro/transverses/v1/consulterCR": (false, { self.report($0, detailed: false) })
        case "/cpro/transverses/v1/consulterCRDetaille": (false, { self.report($0, detailed: true) })
        case "/cpro/factures/v1/rechercher/fournisseur": (false, search)
        case "/cpro/factures/v1/consulter/fournisseur": (false, consultInvoice)
        case "/cpro/factures/v1/consulter/historique": (false, history)
        case "/cpro/factures/v1/soumettre": (true, submit)
        case "/cpro/factures/v1/completer": (true, complete)
        case "/cpro/factures/v1/recycler": (true, recycle)
        case "/cpro/factures/v1/telecharger/groupe": (false, download)
        case "/cpro/structures/v1/rechercher": (false, searchStructures)
        case "/cpro/structures/v1/consulter": (false, consultStructure)
        case "/cpro/structures/v1/rechercher/services": (false, services)
        case "/cpro/engagementsJuridiques/v1/rechercher": (false, commitments)
        default: nil
        }
    }

    static let syntaxes = [
        "IN_DP_E1_CII_16B", "IN_DP_E1_UBL_INVOICE", "IN_DP_E2_CII_FACTURX", "IN_DP_E2_UBL_INVOICE_MIN",
        "IN_DP_E2_CII_MIN_16B", "IN_DP_E2_CPP_FACTURE_MIN", "IN_DP_E2_PES_FACTURE",
    ]

    // MARK: PISTE

    private func token(_ request: HTTPRequest, _ body: HTTPBody) -> HTTPExchange {
        guard request.method == .post,
            request.headerFields[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true
        else {
            return Self.json(400, ["error": "invalid_request"])
        }
        var form: [String: String] = [:]
        for pair in body.string.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            if parts.count == 2 { form[parts[0]] = parts[1] }
        }
        guard form["grant_type"] == "client_credentials" else {
            return Self.json(400, ["error": "unsupported_grant_type"])
        }
        guard form["client_id"] == credentials.clientID, form["client_secret"] == credentials.clientSecret else {
            return Self.json(401, ["error": "invalid_client"])
        }
        let token = state.withLock { state in
            state.tokensIssued += 1
            let token = "simulated-token-\(state.tokensIssued)-\(UInt32.random(in: 0...UInt32.max))"
            state.tokens.insert(token)
            return token
        }
        return Self.json(
            200,
            ["access_token": token, "token_type": "Bearer", "expires_in": tokenLifetime, "scope": form["scope"] ?? ""]
        )
    }

    // MARK: Transverses

    private func formats(_ object: [String: Any]) -> HTTPExchange {
        Self.ok(["listeFormatFlux": Self.syntaxes.map { ["formatFlux": $0] }])
    }

    private func report(_ object: [String: Any], detailed: Bool) -> HTTPExchange {
        guard let number = object["numeroFluxDepot"] as? String else {
            return Self.error(400, 20001, "numeroFluxDepot obligatoire")
        }
        if detailed, let syntax = object["syntaxeFlux"], !(syntax is String) {
            return Self.error(400, 20001, "syntaxeFlux doit être une chaîne")
        }
        let flux: Flux? = state.withLock { state in
            guard var flux = state.fluxes[number] else { return nil }
            switch flux.state {
            case "IN_DEPOSE": flux.state = "IN_EN_COURS_TRAITEMENT"
            case "IN_EN_COURS_TRAITEMENT":
                flux.state = flux.invoiceErrors.isEmpty && flux.technicalErrors.isEmpty ? "IN_INTEGRE" : "IN_REJETE"
            default: break
            }
            state.fluxes[number] = flux
            return flux
        }
        guard let flux else { return Self.error(400, 20003, "flux \(number) inconnu") }
        var answer: [String: Any] = [
            "numeroFluxDepot": flux.number, "etatCourantDepotFlux": flux.state, "nomFichier": flux.fileName,
            "syntaxeFlux": flux.syntax, "dateDepotFlux": Self.now(), "dateHeureEtatCourantFlux": Self.now(),
        ]
        if detailed, flux.state == "IN_REJETE" {
            answer["listeErreurDP"] = flux.invoiceErrors.map {
                ["numeroDP": $0.invoiceNumber ?? "", "codeErreurDP": $0.code, "libelleErreurDP": $0.message]
            }
            answer["listeErreurTechnique"] = flux.technicalErrors.map {
                ["codeErreur": $0.code, "libelleErreur": $0.message]
            }
        }
        return Self.ok(answer)
    }

    // MARK: Deposits

    private func deposit(_ object: [String: Any]) -> HTTPExchange {
        guard let encoded = object["fichierFlux"] as? String, let fileName = object["nomFichier"] as? String,
            let syntax = object["syntaxeFlux"] as? String
        else {
            return Self.error(400, 20001, "fichierFlux, nomFichier et syntaxeFlux sont obligatoires")
        }
        if let signed = object["avecSignature"], !(signed is Bool) && !(signed is NSNumber) {
            return Self.error(400, 20001, "avecSignature doit être un booléen")
        }
        guard !fileName.isEmpty else { return Self.error(400, 20001, "nomFichier vide") }
        guard Self.syntaxes.contains(syntax) else { return Self.error(400, 20004, "syntaxeFlux \(syntax) inconnue") }
        guard let data = Data(base64Encoded: encoded), !data.isEmpty else {
            return Self.error(400, 20005, "fichierFlux n'est pas du base64")
        }
        let bytes = [UInt8](data)
        var invoice: Invoice?
        var xml: [UInt8] = []
        var technical: [ErrorEntry] = []
        do {
            if syntax == "IN_DP_E2_CII_FACTURX" {
                xml = try FacturXPDF(pdfEncoded: bytes).invoiceXML().xml
            } else if syntax.contains("CII") {
                xml = bytes
            } else {
                technical.append(ErrorEntry(code: "TECH_SYNTAXE", message: "syntaxe non simulée: \(syntax)"))
            }
            if !xml.isEmpty { invoice = try Invoice(ciiEncoded: xml) }
        } catch {
            technical.append(ErrorEntry(code: "TECH_FORMAT", message: "fichier illisible: \(error)"))
        }
        let flux = state.withLock { state in
            let number = String(format: "CPP%013d", state.nextFlux)
            state.nextFlux += 1
            var flux = Flux(
                number: number,
                fileName: fileName,
                syntax: syntax,
                invoice: invoice,
                state: "IN_DEPOSE",
                invoiceErrors: [],
                technicalErrors: technical
            )
            if let invoice {
                state.depositsByInvoiceNumber[invoice.number, default: 0] += 1
                flux.invoiceErrors = routingErrors(
                    number: invoice.number,
                    siret: invoice.buyer.siret,
                    serviceCode: invoice.buyerReference,
                    commitment: invoice.purchaseOrderReference,
                    state: state
                )
                if flux.invoiceErrors.isEmpty, let structure = structure(siret: invoice.buyer.siret) {
                    flux.invoiceID = createInvoice(
                        &state,
                        number: invoice.number,
                        structure: structure,
                        serviceCode: invoice.buyerReference,
                        commitment: invoice.purchaseOrderReference,
                        invoiceDate: invoice.issueDate.description,
                        pdf: bytes,
                        xml: xml
                    )
                }
            }
            state.fluxes[number] = flux
            state.fluxNumbersByFileName[fileName, default: []].append(number)
            return flux
        }
        return Self.ok(
            [
                "numeroFluxDepot": flux.number, "dateDepot": Self.today(), "syntaxeFlux": syntax,
                "libelle": "GCU_MSG_01_000",
            ]
        )
    }

    private func structure(siret: String?) -> Structure? {
        guard let siret else { return nil }
        return structures.first { $0.siret == siret }
    }

    /// The reasons an invoice cannot be routed to its buyer, as Chorus Pro would list them.
    private func routingErrors(
        number: String,
        siret: String?,
        serviceCode: String?,
        commitment: String?,
        state: State
    ) -> [ErrorEntry] {
        guard let structure = structure(siret: siret) else {
            return [
                ErrorEntry(
                    invoiceNumber: number,
                    code: "DEST_INCONNU",
                    message: "destinataire \(siret ?? "absent") inconnu"
                )
            ]
        }
        var errors: [ErrorEntry] = []
        let service = serviceCode.flatMap { $0.isEmpty ? nil : $0 }
        let engagement = commitment.flatMap { $0.isEmpty ? nil : $0 }
        if structure.serviceCodeRequired, service == nil {
            errors.append(
                ErrorEntry(invoiceNumber: number, code: "SERVICE_OBLIGATOIRE", message: "code service obligatoire")
            )
        }
        if let service, !structure.services.contains(service) {
            errors.append(
                ErrorEntry(invoiceNumber: number, code: "SERVICE_INCONNU", message: "service \(service) inconnu")
            )
        }
        if structure.commitmentNumberRequired, engagement == nil {
            errors.append(
                ErrorEntry(invoiceNumber: number, code: "EJ_OBLIGATOIRE", message: "numéro d'engagement obligatoire")
            )
        }
        if structure.commitmentNumberRequired, let engagement, !structure.commitments.contains(engagement) {
            errors.append(
                ErrorEntry(invoiceNumber: number, code: "EJ_INCONNU", message: "engagement \(engagement) inconnu")
            )
        }
        if structure.commitmentNumberOrServiceCodeRequired, service == nil, engagement == nil {
            errors.append(
                ErrorEntry(
                    invoiceNumber: number,
                    code: "EJ_OU_SERVICE",
                    message: "code service ou engagement obligatoire"
                )
            )
        }
        let duplicate = state.invoices.values.contains {
            $0.number == number && $0.recipientSIRET == structure.siret && $0.status != "REJETEE"
        }
        if duplicate {
            errors.append(ErrorEntry(invoiceNumber: number, code: "DOUBLON", message: "facture \(number) déjà déposée"))
        }
        return errors
    }

    private func createInvoice(
        _ state: inout State,
        number: String,
        structure: Structure,
        serviceCode: String?,
        commitment: String?,
        invoiceDate: String,
        pdf: [UInt8],
        xml: [UInt8]
    ) -> Int {
        let id = state.nextInvoiceID
        state.nextInvoiceID += 1
        state.invoices[id] = StoredInvoice(
            id: id,
            number: number,
            recipientSIRET: structure.siret,
            recipientName: structure.name,
            serviceCode: serviceCode,
            commitmentNumber: commitment,
            status: "DEPOSEE",
            history: [("DEPOSEE", Self.now(), nil)],
            pdf: pdf,
            xml: xml,
            invoiceDate: invoiceDate,
            depositDate: Self.today(),
            hiddenForSearches: searchVisibilityDelay
        )
        return id
    }

    private func submit(_ object: [String: Any]) -> HTTPExchange {
        guard let number = object["numeroFactureSaisi"] as? String, !number.isEmpty,
            let recipient = object["destinataire"] as? [String: Any],
            let siret = recipient["codeDestinataire"] as? String,
            object["dateFacture"] is String, object["montantTotal"] is [String: Any],
            object["modeDepot"] is String
        else {
            return Self.error(
                400,
                20001,
                "numeroFactureSaisi, dateFacture, destinataire, montantTotal et modeDepot sont obligatoires"
            )
        }
        let service = recipient["codeServiceExecutant"] as? String
        let commitment = (object["references"] as? [String: Any])?["numeroBonCommande"] as? String
        let result: Result<(Int, Structure), ErrorEntry> = state.withLock { state in
            state.depositsByInvoiceNumber[number, default: 0] += 1
            let errors = routingErrors(
                number: number,
                siret: siret,
                serviceCode: service,
                commitment: commitment,
                state: state
            )
            if let first = errors.first { return .failure(first) }
            guard let structure = structure(siret: siret) else {
                return .failure(ErrorEntry(code: "DEST_INCONNU", message: "destinataire inconnu"))
            }
            let id = createInvoice(
                &state,
                number: number,
                structure: structure,
                serviceCode: service,
                commitment: commitment,
                invoiceDate: object["dateFacture"] as? String ?? "",
                pdf: [],
                xml: []
            )
            return .success((id, structure))
        }
        switch result {
        case .failure(let error): return Self.error(400, 20010, "\(error.code): \(error.message)")
        case .success(let (id, structure)):
            return Self.ok(
                [
                    "identifiantFactureCPP": id, "numeroFacture": number, "statutFacture": "DEPOSEE",
                    "dateDepot": Self.today(), "identifiantStructure": structure.siret,
                ]
            )
        }
    }

    private func complete(_ object: [String: Any]) -> HTTPExchange {
        guard let id = object["identifiantFactureCPP"] as? Int, object["commentaire"] is String else {
            return Self.error(400, 20001, "identifiantFactureCPP et commentaire sont obligatoires")
        }
        let outcome: Result<StoredInvoice, ErrorEntry> = state.withLock { state in
            guard var invoice = state.invoices[id] else {
                return .failure(ErrorEntry(code: "INCONNUE", message: "facture \(id) inconnue"))
            }
            guard invoice.status == "SUSPENDUE" else {
                return .failure(
                    ErrorEntry(code: "STATUT", message: "facture \(id) au statut \(invoice.status), pas SUSPENDUE")
                )
            }
            invoice.status = "COMPLETEE"
            invoice.history.append(("COMPLETEE", Self.now(), object["commentaire"] as? String))
            state.invoices[id] = invoice
            return .success(invoice)
        }
        switch outcome {
        case .failure(let error): return Self.error(400, 20011, "\(error.code): \(error.message)")
        case .success(let invoice):
            return Self.ok(
                ["identifiantFactureCPP": invoice.id, "numeroFacture": invoice.number, "dateTraitement": Self.today()]
            )
        }
    }

    private func recycle(_ object: [String: Any]) -> HTTPExchange {
        guard let id = object["identifiantFactureCPP"] as? Int,
            let recipient = object["destinataire"] as? [String: Any],
            let siret = recipient["codeDestinataire"] as? String
        else {
            return Self.error(400, 20001, "identifiantFactureCPP et destinataire sont obligatoires")
        }
        let service = recipient["codeServiceExecutant"] as? String
        let commitment = (object["reference"] as? [String: Any])?["numeroBonCommande"] as? String
        let outcome: Result<StoredInvoice, ErrorEntry> = state.withLock { state in
            guard var invoice = state.invoices[id] else {
                return .failure(ErrorEntry(code: "INCONNUE", message: "facture \(id) inconnue"))
            }
            guard invoice.status == "A_RECYCLER" else {
                return .failure(
                    ErrorEntry(code: "STATUT", message: "facture \(id) au statut \(invoice.status), pas A_RECYCLER")
                )
            }
            var others = state
            others.invoices[id] = nil
            let errors = routingErrors(
                number: invoice.number,
                siret: siret,
                serviceCode: service,
                commitment: commitment,
                state: others
            )
            if let first = errors.first { return .failure(first) }
            guard let structure = structure(siret: siret) else {
                return .failure(ErrorEntry(code: "DEST_INCONNU", message: "destinataire inconnu"))
            }
            invoice.recipientSIRET = structure.siret
            invoice.recipientName = structure.name
            invoice.serviceCode = service
            invoice.commitmentNumber = commitment
            invoice.status = "DEPOSEE"
            invoice.history.append(("DEPOSEE", Self.now(), object["commentaire"] as? String))
            state.invoices[id] = invoice
            return .success(invoice)
        }
        switch outcome {
        case .failure(let error): return Self.error(400, 20012, "\(error.code): \(error.message)")
        case .success(let invoice):
            return Self.ok(
                [
                    "identifiantFactureCPP": invoice.id, "numeroFacture": invoice.number,
                    "statutFacture": invoice.status,
                    "dateDepot": Self.today(),
                ]
            )
        }
    }

    // MARK: Invoices

    private func search(_ object: [String: Any]) -> HTTPExchange {
        if let pagination = object["pagination"], !(pagination is [String: Any]) {
            return Self.error(400, 20001, "pagination doit être un objet")
        }
        let number = object["numeroFacture"] as? String
        let status = object["statutFacture"] as? String
        let recipient = object["identifiantDestinataire"] as? String
        let found = state.withLock { state in
            let matching = state.invoices.values.filter { invoice in
                (number == nil || invoice.number == number) && (status == nil || invoice.status == status)
                    && (recipient == nil || invoice.recipientSIRET == recipient)
            }
            // An invoice still "being integrated" is left out, and one search closer to showing.
            for invoice in matching where invoice.hiddenForSearches > 0 {
                state.invoices[invoice.id]?.hiddenForSearches -= 1
            }
            return matching.filter { $0.hiddenForSearches == 0 }.sorted { $0.id < $1.id }
        }
        let list: [[String: Any]] = found.map {
            [
                "identifiantFactureCPP": $0.id, "numeroFacture": $0.number, "statut": $0.status,
                "identifiantDestinataire": $0.recipientSIRET, "designationDestinataire": $0.recipientName,
                "dateFacture": $0.invoiceDate, "dateDepot": $0.depositDate,
            ]
        }
        return Self.ok(["listeFactures": list, "parametresRetour": ["total": list.count]])
    }

    /// Moves the invoice one step along the nominal path and returns it.
    private func advance(_ id: Int) -> StoredInvoice? {
        state.withLock { state in
            guard var invoice = state.invoices[id] else { return nil }
            let next: String? =
                switch invoice.status {
                case "DEPOSEE": "MISE_A_DISPOSITION"
                case "MISE_A_DISPOSITION", "COMPLETEE": "MISE_A_DISPOSITION_COMPTABLE"
                case "MISE_A_DISPOSITION_COMPTABLE": "MANDATEE"
                case "MANDATEE": "MISE_EN_PAIEMENT"
                default: nil
                }
            if let next {
                invoice.status = next
                invoice.history.append((next, Self.now(), nil))
                state.invoices[id] = invoice
            }
            return invoice
        }
    }

    private func consultInvoice(_ object: [String: Any]) -> HTTPExchange {
        guard let id = object["identifiantFactureCPP"] as? Int else {
            return Self.error(400, 20001, "identifiantFactureCPP obligatoire")
        }
        guard let invoice = advance(id) else { return Self.error(400, 20003, "facture \(id) inconnue") }
        var recipient: [String: Any] = ["codeDestinataire": invoice.recipientSIRET]
        recipient["codeServiceExecutant"] = invoice.serviceCode
        var references: [String: Any] = [:]
        references["numeroBonCommande"] = invoice.commitmentNumber
        return Self.ok(
            [
                "facture": [
                    "identifiantFactureCPP": invoice.id, "numeroFacture": invoice.number,
                    "statutFacture": invoice.status,
                    "destinataire": recipient, "references": references,
                ] as [String: Any]
            ]
        )
    }

    private func history(_ object: [String: Any]) -> HTTPExchange {
        guard let id = object["idFacture"] as? Int else { return Self.error(400, 20001, "idFacture obligatoire") }
        guard let invoice = advance(id) else { return Self.error(400, 20003, "facture \(id) inconnue") }
        let entries: [[String: Any]] = invoice.history.map {
            var entry: [String: Any] = ["histoStatutCode": $0.status, "histoStatutDatePassage": $0.date]
            entry["histoStatutCommentaire"] = $0.comment
            return entry
        }
        return Self.ok(
            [
                "idFacture": invoice.id, "statutCourantCode": invoice.status,
                "historiquesDesStatuts": ["histoStatut": entries],
            ]
        )
    }

    private func download(_ object: [String: Any]) -> HTTPExchange {
        guard let list = object["listeFacture"] as? [[String: Any]],
            let first = list.first?["identifiantFactureCPP"] as? Int,
            let format = object["format"] as? String
        else {
            return Self.error(400, 20001, "listeFacture et format sont obligatoires")
        }
        guard let invoice = state.withLock({ $0.invoices[first] }) else {
            return Self.error(400, 20003, "facture \(first) inconnue")
        }
        let bytes: [UInt8]
        switch format {
        case "PDF": bytes = invoice.pdf
        case "XML": bytes = invoice.xml
        default: return Self.error(400, 20006, "format \(format) non simulé")
        }
        return Self.ok(["fichierResultat": Data(bytes).base64EncodedString()])
    }

    // MARK: Structures

    private func searchStructures(_ object: [String: Any]) -> HTTPExchange {
        guard let criteria = object["structure"] as? [String: Any] else {
            return Self.error(400, 20001, "structure obligatoire")
        }
        let identifier = criteria["identifiantStructure"] as? String
        let type = criteria["typeIdentifiantStructure"] as? String
        if let type, type != "SIRET" { return Self.ok(["listeStructures": [Any](), "parametresRetour": ["total": 0]]) }
        let found = structures.filter { identifier == nil || $0.siret == identifier }
        return Self.ok(
            [
                "listeStructures": found.map {
                    [
                        "idStructureCPP": $0.id, "identifiantStructure": $0.siret, "typeIdentifiantStructure": "SIRET",
                        "designationStructure": $0.name,
                    ] as [String: Any]
                },
                "parametresRetour": ["total": found.count],
            ]
        )
    }

    private func consultStructure(_ object: [String: Any]) -> HTTPExchange {
        guard let id = object["idStructureCPP"] as? Int else {
            return Self.error(400, 20001, "idStructureCPP obligatoire")
        }
        guard let structure = structures.first(where: { $0.id == id }) else {
            return Self.error(400, 20003, "structure \(id) inconnue")
        }
        return Self.ok(
            [
                "idStructureCPP": structure.id, "identifiantStructure": structure.siret,
                "raisonSociale": structure.name,
                "parametres": [
                    "codeServiceDoitEtreRenseigne": structure.serviceCodeRequired,
                    "numeroEJDoitEtreRenseigne": structure.commitmentNumberRequired,
                    "gestionNumeroEJOuCodeService": structure.commitmentNumberOrServiceCodeRequired,
                    "gestionStatutMiseEnPaiement": false,
                ],
            ]
        )
    }

    private func services(_ object: [String: Any]) -> HTTPExchange {
        guard let id = object["idStructure"] as? Int else { return Self.error(400, 20001, "idStructure obligatoire") }
        guard let structure = structures.first(where: { $0.id == id }) else {
            return Self.error(400, 20003, "structure \(id) inconnue")
        }
        let list: [[String: Any]] = structure.services.enumerated().map {
            [
                "idService": id * 100 + $0.offset, "codeService": $0.element, "libelleService": $0.element,
                "estActif": true,
            ]
        }
        return Self.ok(["listeServices": list, "parametresRetour": ["total": list.count]])
    }

    private func commitments(_ object: [String: Any]) -> HTTPExchange {
        guard let id = object["idStructure"] as? Int else { return Self.error(400, 20001, "idStructure obligatoire") }
        guard let structure = structures.first(where: { $0.id == id }) else {
            return Self.error(400, 20003, "structure \(id) inconnue")
        }
        let number = object["numeroEngagement"] as? String
        let list: [[String: Any]] = structure.commitments.filter { number == nil || $0 == number }.map {
            ["numeroEngagement": $0, "idStructure": id, "libelleEngagement": "Engagement \($0)", "estActif": true]
        }
        return Self.ok(["listeEngagementsJuridiques": list])
    }

    // MARK: Answers

    private static func json(_ status: Int, _ object: [String: Any]) -> HTTPExchange {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        var response = HTTPResponse(status: HTTPResponse.Status(code: status))
        response.headerFields[.contentType] = "application/json;charset=utf-8"
        return HTTPExchange(response: response, body: HTTPBody([UInt8](data)))
    }

    private static func ok(_ object: [String: Any]) -> HTTPExchange {
        var object = object
        object["codeRetour"] = 0
        if object["libelle"] == nil { object["libelle"] = "TRA_MSG_00.000" }
        return json(200, object)
    }

    private static func error(_ status: Int, _ code: Int, _ message: String) -> HTTPExchange {
        json(status, ["codeRetour": code, "libelle": message])
    }

    private static func now() -> String { ISO8601DateFormatter().string(from: Date()) }

    private static func today() -> String { String(now().prefix(10)) }
}

/// Runs `body` with a ``ChorusProSimulator`` serving on a loopback server; `body` gets the simulator (to seed and
/// inspect it) and its URLs.
public func withChorusProSimulator<Result: Sendable>(
    structures: [ChorusProSimulator.Structure] = ChorusProSimulator.defaultStructures,
    faults: SimulatedFaults = .none,
    tokenLifetime: Int = 3600,
    searchVisibilityDelay: Int = 0,
    _ body: (ChorusProSimulator, ChorusProSimulator.Endpoints) async throws -> Result
) async throws -> Result {
    let simulator = ChorusProSimulator(
        structures: structures,
        faults: faults,
        tokenLifetime: tokenLifetime,
        searchVisibilityDelay: searchVisibilityDelay
    )
    return try await withLoopbackHTTPServer(handler: { request, requestBody in
        await simulator.handle(request, requestBody)
    }) { server in
        guard let api = URL(string: server.baseURL + "/cpro"),
            let token = URL(string: server.baseURL + "/api/oauth/token")
        else {
            throw FactureHTTPError(code: .invalidRequest, message: "no loopback URL")
        }
        return try await body(simulator, ChorusProSimulator.Endpoints(apiBaseURL: api, tokenURL: token))
    }
}
