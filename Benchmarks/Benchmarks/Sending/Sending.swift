// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Benchmark
import FacturX
import FactureChorusPro
import FactureHTTP
import FactureModel
import Foundation
import HTTPTypes

/// A 20-line Factur-X EN 16931 PDF to a public buyer (rendered A4, its CII attached).
func sendingFacturX() throws -> [UInt8] {
    let france = try CountryCode("FR")
    let line = Invoice.Line(
        id: "1",
        quantity: Quantity(3),
        unitCode: "C62",
        netAmount: .zero,
        price: Invoice.Line.PriceDetails(netPrice: try Amount(parsing: "41.50")),
        vat: Invoice.Line.VATInformation(categoryCode: .standardRate, rate: Percentage(20)),
        item: Invoice.Line.Item(name: "Fournitures de bureau")
    )
    let invoice = Invoice(
        number: "BENCH-2026-0001",
        issueDate: try CalendarDate(year: 2026, month: 11, day: 25),
        seller: Invoice.Seller(
            name: "Atelier Lumière SARL",
            identifiers: [.siret("84215367800011")],
            legalRegistrationIdentifier: .siren("842153678"),
            vatIdentifier: "FR16842153678",
            postalAddress: PostalAddress(city: "Lyon", postCode: "69002", country: france)
        ),
        buyer: Invoice.Buyer(
            name: "Centre hospitalier",
            identifier: .siret("26073617600011"),
            legalRegistrationIdentifier: .siren("260736176"),
            postalAddress: PostalAddress(city: "Paris", postCode: "75013", country: france)
        ),
        lines: (1...20).map { number in
            var copy = line
            copy.id = String(number)
            return copy
        }
    ).withComputedTotals()
    let rendered = try InvoicePDFRenderer().render(invoice)
    return try FacturXAttacher().attach(
        xml: invoice.serializeAsCII(profile: .en16931),
        profile: .en16931,
        to: rendered.pdf
    )
    .pdf
}

/// An in-process Chorus Pro answering the requests a submission makes (token, structure search and
/// parameters, services, flux syntaxes, deposit) with fixed JSON, and counting them: the client's own cost,
/// without a network.
func stubChorusPro(counter: Counter) -> ClosureHTTPTransport {
    @Sendable func json(_ text: String) -> HTTPExchange {
        var response = HTTPResponse(status: .ok)
        response.headerFields[.contentType] = "application/json"
        return HTTPExchange(response: response, body: HTTPBody(string: text))
    }
    return ClosureHTTPTransport { request, _, _ in
        counter.increment()
        switch request.path ?? "" {
        case let path where path.hasSuffix("/oauth/token"):
            return json(#"{"access_token":"bench-token","token_type":"Bearer","expires_in":3600}"#)
        case let path where path.hasSuffix("/transverses/v1/recuperer/formatflux"):
            return json(#"{"codeRetour":0,"libelle":"OK","listeFormatFlux":[{"formatFlux":"IN_DP_E2_CII_FACTURX"}]}"#)
        case let path where path.hasSuffix("/structures/v1/rechercher"):
            return json(
                #"{"codeRetour":0,"libelle":"OK","listeStructures":[{"idStructureCPP":1002,"identifiantStructure":"26073617600011","typeIdentifiantStructure":"SIRET","designationStructure":"Centre hospitalier"}],"parametresRetour":{"total":1}}"#
            )
        case let path where path.hasSuffix("/structures/v1/consulter"):
            return json(
                #"{"codeRetour":0,"libelle":"OK","idStructureCPP":1002,"identifiantStructure":"26073617600011","raisonSociale":"Centre hospitalier","parametres":{"codeServiceDoitEtreRenseigne":true,"numeroEJDoitEtreRenseigne":false,"gestionNumeroEJOuCodeService":false,"gestionStatutMiseEnPaiement":false}}"#
            )
        case let path where path.hasSuffix("/structures/v1/rechercher/services"):
            return json(
                #"{"codeRetour":0,"libelle":"OK","listeServices":[{"idService":100200,"codeService":"SERV-ACHATS","libelleService":"Achats","estActif":true}],"parametresRetour":{"total":1}}"#
            )
        case let path where path.hasSuffix("/factures/v1/deposer/flux"):
            return json(
                #"{"codeRetour":0,"libelle":"GCU_MSG_01_000","numeroFluxDepot":"CPP0000000000001","dateDepot":"2026-11-25","syntaxeFlux":"IN_DP_E2_CII_FACTURX"}"#
            )
        default:
            return HTTPExchange(response: HTTPResponse(status: .notFound))
        }
    }
}

/// A thread-safe request counter.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func increment() { lock.withLock { value += 1 } }
    var count: Int { lock.withLock { value } }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .throughput],
        maxDuration: .seconds(3),
        maxIterations: 2_000
    )
    guard let pdf = try? sendingFacturX() else { fatalError("the benchmark Factur-X PDF must render") }
    let environment = ChorusProClient.Configuration.Environment.custom(
        apiBaseURL: URL(string: "https://chorus.bench.invalid/cpro")!,
        tokenURL: URL(string: "https://chorus.bench.invalid/api/oauth/token")!
    )
    let configuration = ChorusProClient.Configuration(
        environment: environment,
        clientID: "bench",
        clientSecret: Secret("bench"),
        login: "bench",
        password: Secret("bench")
    )
    let requests = BenchmarkMetric.custom("requests per invoice", polarity: .prefersSmaller, useScalingFactor: false)

    Benchmark(
        "Chorus Pro safe submit of a 20-line Factur-X PDF, service code written into the CII (FactureKit)",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal, .throughput, requests])
    ) { benchmark in
        let counter = Counter()
        let client = ChorusProClient(configuration: configuration, transport: stubChorusPro(counter: counter))
        for _ in benchmark.scaledIterations {
            blackHole(
                try await client.submit(facturX: pdf, fileName: "BENCH-2026-0001.pdf", serviceCode: "SERV-ACHATS")
            )
        }
        benchmark.measurement(requests, counter.count / max(1, benchmark.scaledIterations.count))
    }

    Benchmark(
        "Chorus Pro bare deposit of the same PDF: base64 JSON body, one POST, no checks (baseline)",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal, .throughput, requests])
    ) { benchmark in
        let counter = Counter()
        let transport = stubChorusPro(counter: counter)
        for _ in benchmark.scaledIterations {
            let body: [String: Any] = [
                "fichierFlux": Data(pdf).base64EncodedString(), "nomFichier": "BENCH-2026-0001.pdf",
                "syntaxeFlux": "IN_DP_E2_CII_FACTURX", "avecSignature": false,
            ]
            let bytes = try JSONSerialization.data(withJSONObject: body)
            var request = HTTPRequest(
                method: .post,
                scheme: "https",
                authority: "chorus.bench.invalid",
                path: "/cpro/factures/v1/deposer/flux"
            )
            request.headerFields[.contentType] = "application/json"
            let exchange = try await transport.send(
                request,
                body: HTTPBody([UInt8](bytes)),
                options: HTTPRequestOptions(operation: "bench.deposit", isIdempotent: false)
            )
            blackHole(try JSONSerialization.jsonObject(with: Data(exchange.body.bytes)))
        }
        benchmark.measurement(requests, counter.count / max(1, benchmark.scaledIterations.count))
    }
}
