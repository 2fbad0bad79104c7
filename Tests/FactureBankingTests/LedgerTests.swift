// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureBanking
import FactureModel
import FactureTestSupport
import Foundation
import Testing

@Suite("Ledger JSON")
struct LedgerTests {
    @Test("the dev sample's invoices.json reads: company, partners, open items with residuals and references")
    func readsSample() throws {
        let ledger = try LedgerJSONReader().read(SharedFixtures.data("banking/sample/invoices.json"))
        #expect(ledger.partners.count == 70)
        #expect(ledger.items.count == 518)
        #expect(ledger.company.accounts.first?.iban?.rawValue == "FR7616958145939889166817855")
        let first = try #require(ledger.items.first)
        #expect(first.number == "FA2025-00001")
        #expect(first.creditorReference == "RF37202500001")
        #expect(first.residual == (try Amount(parsing: "3522.89")))
        #expect(ledger.items.filter { $0.type == .creditNote }.count == 3)
    }

    @Test("a bad amount is a malformedRecord naming the invoice")
    func badAmount() throws {
        let json = """
            {"company": {"name": "X"}, "partners": [], "invoices": [{"id": "C1", "number": "1", "kind": "customer",
            "type": "invoice", "partner": "P", "amount_total": "12,5", "amount_residual": "1"}]}
            """
        do {
            _ = try LedgerJSONReader().read(Data(json.utf8))
            Issue.record("a bad amount was accepted")
        } catch {
            #expect(error.code == .malformedRecord)
            #expect(error.message.contains("C1"))
        }
    }
}
