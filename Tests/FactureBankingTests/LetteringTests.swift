// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureBanking
import FactureModel
import Testing

@Suite("Lettering engine")
struct LetteringTests {
    static let account = BankAccountReference(
        bankCode: "16958",
        deskCode: "14593",
        accountNumber: "98891668178",
        currency: "EUR"
    )

    static func amount(_ text: String) throws -> Amount { try Amount(parsing: text) }

    static func ledger() throws -> Ledger {
        let partners = [
            LedgerPartner(id: "CU1", name: "Atelier Bonnet", kind: .customer),
            LedgerPartner(id: "CU2", name: "Imprimerie Hénault et Associés", kind: .customer),
            LedgerPartner(id: "SU1", name: "Ets Mathieu", kind: .supplier),
        ]
        func item(
            _ id: String,
            _ number: String,
            _ partner: String,
            _ total: String,
            residual: String? = nil,
            kind: PartnerKind = .customer,
            type: OpenItemType = .invoice
        ) throws -> OpenItem {
            OpenItem(
                id: id,
                number: number,
                kind: kind,
                type: type,
                partnerID: partner,
                total: try amount(total),
                residual: try amount(residual ?? total),
                dueDate: try CalendarDate(year: 2025, month: 2, day: 1)
            )
        }
        let items = [
            try item("C1", "FA2025-00117", "CU1", "3241.43"),
            try item("C2", "FA2025-00118", "CU1", "276.00"),
            try item("C3", "AV2025-00119", "CU1", "612.64", type: .creditNote),
            try item("C4", "FA2025-00120", "CU1", "1000.00"),
            try item("C5", "FA2025-00121", "CU2", "832.16"),
            try item("C6", "FA2025-00122", "CU2", "150.00"),
            try item("C7", "FA2025-00123", "CU2", "215.50"),
            try item("S1", "2025/5128", "SU1", "818.46", kind: .supplier),
            try item("S2", "2025/5152", "SU1", "295.40", kind: .supplier),
        ]
        return Ledger(company: LedgerCompany(name: "Test SAS"), partners: partners, items: items)
    }

    static func movement(
        _ ordinal: Int,
        _ amount: String,
        label: String,
        details: [(String, String)] = [],
        day: Int = 3
    ) throws -> BankMovement {
        BankMovement(
            ordinal: ordinal,
            account: account,
            operationCode: amount.hasPrefix("-") ? "06" : "05",
            bookingDate: try CalendarDate(year: 2025, month: 3, day: day),
            amount: try Amount(parsing: amount),
            label: label,
            details: details.map { MovementDetail(qualifier: $0.0, text: $0.1) }
        )
    }

    static func pairs(_ matches: [LetteringMatch]) -> [String: String] {
        Dictionary(matches.map { ($0.invoiceID, $0.allocated.description) }, uniquingKeysWith: { $1 })
    }

    @Test("a grouped payment with a credit note letters each item, the credit note negative")
    func groupedWithCreditNote() throws {
        let movement = try Self.movement(
            1,
            "2904.79",
            label: "VIR SEPA RECU /DE ATELIER BONNE",
            details: [("NPY", "ATELIER BONNET"), ("LCC", "REGLT FA2025-00117 FA2025-00118 AV2025-00119")]
        )
        let result = LetteringEngine().letter([movement], ledger: try Self.ledger())
        #expect(Self.pairs(result.applied) == ["C1": "3241.43", "C2": "276.00", "C3": "-612.64"])
        #expect(result.ledger.items.filter(\.isPaid).map(\.id) == ["C1", "C2", "C3"])
    }

    @Test("a mangled reference (no separator, OCR letters) still finds the invoice")
    func mangledReference() throws {
        let movement = try Self.movement(
            1,
            "1000.00",
            label: "VIR SEPA RECU /DE ATELIER BONNE",
            details: [("LCC", "FACTURE FA2O25OO12O")]
        )
        let result = LetteringEngine().letter([movement], ledger: try Self.ledger())
        #expect(Self.pairs(result.applied) == ["C4": "1000.00"])
    }

    @Test("a partial payment reduces the residual without marking the invoice paid; the balance settles it")
    func partialThenBalance() throws {
        let first = try Self.movement(
            1,
            "400.00",
            label: "VIR SEPA RECU /DE ATELIER BONNE",
            details: [("LCC", "ACOMPTE FA2025-00120")],
            day: 3
        )
        let second = try Self.movement(
            2,
            "600.00",
            label: "VIR SEPA RECU /DE ATELIER BONNE",
            details: [("LCC", "SOLDE FA2025-00120")],
            day: 5
        )
        // Given out of order: the engine processes by booking date.
        let result = LetteringEngine().letter([second, first], ledger: try Self.ledger())
        #expect(result.applied.map(\.movementOrdinal) == [1, 2])
        #expect(result.applied.allSatisfy { $0.invoiceID == "C4" })
        let onlyFirst = LetteringEngine().letter([first], ledger: try Self.ledger())
        let item = try #require(onlyFirst.ledger.items.first { $0.id == "C4" })
        #expect(item.residual == (try Self.amount("600.00")))
        #expect(!item.isPaid)
    }

    @Test("a bank fee deducted from a payment is written off, the invoice settled")
    func feeWriteOff() throws {
        let movement = try Self.movement(
            1,
            "824.66",
            label: "VIR INTERNATIONAL RECU IMPRIMER",
            details: [("NPY", "IMPRIMERIE HENAULT ET ASSOCIES"), ("LCC", "FA2025-00121")]
        )
        let result = LetteringEngine().letter([movement], ledger: try Self.ledger())
        let match = try #require(result.applied.first)
        #expect(match.invoiceID == "C5")
        #expect(match.allocated == (try Self.amount("832.16")))
        #expect(match.writeOff == (try Self.amount("7.50")))
        #expect(match.writeOffKind == .bankFee)
        #expect(result.ledger.items.first { $0.id == "C5" }?.isPaid == true)
    }

    @Test("a payment without reference is matched by partner name and a bounded subset of its open items")
    func groupedWithoutReference() throws {
        let movement = try Self.movement(
            1,
            "365.50",
            label: "VIR SEPA RECU /DE IMPRIMERIE HE",
            details: [("NPY", "IMPRIMERIE HENAULT ET ASS")]
        )
        let result = LetteringEngine().letter([movement], ledger: try Self.ledger())
        #expect(Set(result.applied.map(\.invoiceID)) == ["C6", "C7"])
    }

    @Test("a supplier transfer paying two invoices is lettered on the supplier side")
    func supplierTransfer() throws {
        let movement = try Self.movement(
            1,
            "-1113.86",
            label: "VIR SEPA EMIS /A ETS MATHIEU",
            details: [("NBE", "ETS MATHIEU"), ("LCC", "2025/5128 2025/5152")]
        )
        let result = LetteringEngine().letter([movement], ledger: try Self.ledger())
        #expect(Self.pairs(result.applied) == ["S1": "818.46", "S2": "295.40"])
    }

    @Test("salary, tax, fees and card expenses are left alone")
    func unrelated() throws {
        let movements = [
            try Self.movement(
                1,
                "-2969.16",
                label: "VIR SEPA EMIS /A CHLOE ROUX",
                details: [("LCC", "SALAIRE 03/2025")]
            ),
            try Self.movement(2, "-22379.15", label: "PRLV SEPA URSSAF ILE DE FRANCE"),
            try Self.movement(3, "-24.00", label: "COTISATION CARTE BUSINESS"),
            try Self.movement(4, "-175.58", label: "CB STATION ESSO BESANCON 0603"),
        ]
        let result = LetteringEngine().letter(movements, ledger: try Self.ledger())
        #expect(result.applied.isEmpty)
        #expect(result.proposed.isEmpty)
    }

    @Test("an amount found without reference nor partner is only proposed")
    func amountOnlyIsProposed() throws {
        let movement = try Self.movement(1, "276.00", label: "VIR SEPA RECU /DE GROUPE ROUX F")
        let result = LetteringEngine().letter([movement], ledger: try Self.ledger())
        #expect(result.applied.isEmpty)
        #expect(result.proposed.map(\.invoiceID) == ["C2"])
        #expect(result.ledger.items.first { $0.id == "C2" }?.isPaid == false)
    }

    @Test("identical movements get distinct stable keys, and re-lettering them does nothing")
    func keysAndIdempotence() throws {
        let one = try Self.movement(
            1,
            "150.00",
            label: "VIR SEPA RECU /DE IMPRIMERIE HE",
            details: [("NPY", "IMPRIMERIE HENAULT ET ASSOCIES")]
        )
        var two = one
        two.ordinal = 2
        let keys = MovementKey.keys(for: [one, two])
        #expect(keys[0] != keys[1])
        #expect(keys == MovementKey.keys(for: [one, two]))
        let first = LetteringEngine().letter([one], ledger: try Self.ledger())
        #expect(first.applied.map(\.invoiceID) == ["C6"])
        let again = LetteringEngine().letter([one], ledger: first.ledger, state: first.state)
        #expect(again.applied.isEmpty)
        #expect(again.ledger == first.ledger)
    }
}
