// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FacturX
import FactureChorusPro
import FactureHTTP
import FactureModel
import FactureTestSupport
import FactureTesting
import Foundation

/// Factur-X invoices and clients for the Chorus Pro tests.
enum ChorusProFixtures {
    /// The sample Factur-X PDF whose XML is replaced.
    static let samplePath = "conformance/samples/fr-ctc/akretion_invoice_EN16931.pdf"

    /// A Factur-X PDF for invoice `number` addressed to the buyer `siret`, with the given BT-10 and BT-13.
    static func facturX(
        number: String,
        buyerSIRET: String,
        buyerReference: String? = nil,
        purchaseOrderReference: String? = nil
    ) throws -> [UInt8] {
        let pdf = [UInt8](try SharedFixtures.data(samplePath))
        let xml = try FacturXPDF(pdfEncoded: pdf).invoiceXML().xml
        let document = try CIIInvoiceDocument(ciiEncoded: xml)
        var invoice = document.invoice
        invoice.number = number
        invoice.buyer.identifier = Identifier(buyerSIRET, schemeID: Identifier.siretSchemeID)
        invoice.buyerReference = buyerReference
        invoice.purchaseOrderReference = purchaseOrderReference
        let profile = document.profile ?? .en16931
        return try attachFacturX(xml: invoice.serializeAsCII(profile: profile), profile: profile, to: pdf).pdf
    }

    /// A client of the simulator at `endpoints`, on `clock`.
    static func client(
        _ endpoints: ChorusProSimulator.Endpoints,
        clock: FastForwardClock,
        password: String = ChorusProSimulator.Credentials.default.password,
        clientSecret: String = ChorusProSimulator.Credentials.default.clientSecret,
        maximumAttempts: Int = 8
    ) -> ChorusProClient {
        let credentials = ChorusProSimulator.Credentials.default
        return ChorusProClient(
            configuration: .init(
                environment: .custom(apiBaseURL: endpoints.apiBaseURL, tokenURL: endpoints.tokenURL),
                clientID: credentials.clientID,
                clientSecret: Secret(clientSecret),
                login: credentials.login,
                password: Secret(password),
                timeout: .seconds(10),
                depositTimeout: .seconds(10),
                retryPolicy: RetryPolicy(maximumAttempts: maximumAttempts, jitter: { 0.5 }),
                depositRecovery: .init(searchAttempts: 2, searchInterval: .seconds(5), maximumDeposits: 4)
            ),
            clock: clock
        )
    }
}
