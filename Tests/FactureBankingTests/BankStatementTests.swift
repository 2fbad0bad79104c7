// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureBanking
import FactureModel
import Testing

@Suite("Bank statement model")
struct BankStatementTests {
    @Test("a statement balances when opening balance plus movements equals the closing balance")
    func balance() throws {
        let account = BankAccountReference(
            bankCode: "16958",
            deskCode: "14593",
            accountNumber: "98891668178",
            currency: "EUR"
        )
        let date = try CalendarDate(year: 2025, month: 3, day: 3)
        let movements = [
            BankMovement(
                ordinal: 1,
                account: account,
                operationCode: "05",
                bookingDate: date,
                amount: try Amount(parsing: "2904.79"),
                label: "VIR SEPA RECU"
            ),
            BankMovement(
                ordinal: 2,
                account: account,
                operationCode: "06",
                bookingDate: date,
                amount: try Amount(parsing: "-15257.47"),
                label: "REMISE VIREMENTS"
            ),
        ]
        var statement = BankStatement(
            account: account,
            openingDate: date,
            openingBalance: try Amount(parsing: "105631.71"),
            closingDate: date,
            closingBalance: try Amount(parsing: "93279.03"),
            movements: movements
        )
        #expect(statement.isBalanced == true)
        statement.closingBalance = try Amount(parsing: "93279.04")
        #expect(statement.isBalanced == false)
        statement.closingBalance = nil
        #expect(statement.isBalanced == nil)
    }
}
