// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FacturX
import FactureChorusPro
import FactureHTTP
import FactureModel
import FactureTestSupport

/// The demo's sending step: the invoice as a Factur-X PDF, deposited on the Chorus Pro simulator (real HTTP on
/// loopback, with PISTE's OAuth2 and the `cpro-account` header), whose buyer structure requires a service code.
enum DemoChorusPro {
    /// The service code the demo's buyer structure requires.
    static let serviceCode = "SERV-ACHATS"

    /// Deposits `invoice` and returns what happened, as report lines.
    static func send(_ invoice: Invoice) async -> [String] {
        var lines = ["Sending through Chorus Pro (the simulator on loopback)"]
        guard let siret = invoice.buyer.siret else {
            return lines + ["  the buyer has no SIRET: Chorus Pro cannot route the invoice"]
        }
        do {
            let cii = invoice.serializeAsCII(profile: .en16931)
            let rendered = try InvoicePDFRenderer().render(invoice)
            let pdf = try FacturXAttacher().attach(xml: cii, profile: .en16931, to: rendered.pdf).pdf
            let buyer = ChorusProSimulator.Structure(
                id: 2001,
                siret: siret,
                name: invoice.buyer.name,
                serviceCodeRequired: true,
                services: [serviceCode]
            )
            lines += try await withChorusProSimulator(structures: [buyer]) { simulator, endpoints in
                let credentials = ChorusProSimulator.Credentials.default
                let client = ChorusProClient(
                    configuration: ChorusProClient.Configuration(
                        environment: .custom(apiBaseURL: endpoints.apiBaseURL, tokenURL: endpoints.tokenURL),
                        clientID: credentials.clientID,
                        clientSecret: Secret(credentials.clientSecret),
                        login: credentials.login,
                        password: Secret(credentials.password)
                    )
                )
                var said: [String] = []
                do {
                    _ = try await client.submit(facturX: pdf, fileName: "\(invoice.number).pdf")
                } catch {
                    let code = (error as? FactureChorusProError)?.code.description ?? "\(error)"
                    said.append(
                        "  as it is (BT-10 \(invoice.buyerReference ?? "none"), not a service of the buyer's "
                            + "structure): refused before deposit (\(code))"
                    )
                }
                let submission = try await client.submit(
                    facturX: pdf,
                    fileName: "\(invoice.number).pdf",
                    serviceCode: serviceCode
                )
                said.append(
                    "  with service code \(serviceCode) written into the CII (BT-10): deposited as flux "
                        + "\(submission.fluxNumber ?? "?") to structure \(submission.structure.identifier)"
                )
                if let flux = submission.fluxNumber {
                    for _ in 0..<3 {
                        let report = try await client.fluxReport(fluxNumber: flux)
                        said.append("  flux state: \(report.state.rawValue)")
                        if report.state.rawValue == "IN_INTEGRE" || report.state.rawValue == "IN_REJETE" { break }
                    }
                }
                let found = try await client.searchSupplierInvoices(
                    ChorusProSupplierInvoiceQuery(invoiceNumber: invoice.number)
                )
                for summary in found.invoices {
                    let lifecycle = summary.status.lifecycleStatus
                    said.append(
                        "  invoice \(summary.invoiceNumber): \(summary.status.rawValue)"
                            + (lifecycle.map { " → lifecycle \($0.rawValue) \($0.frenchLabel ?? "")" } ?? "")
                    )
                }
                said.append(
                    "  deposits received by the simulator: \(simulator.depositCount(invoiceNumber: invoice.number))"
                )
                return said
            }
        } catch {
            lines.append("  failed: \(error)")
        }
        return lines
    }
}
