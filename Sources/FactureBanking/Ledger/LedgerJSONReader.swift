// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
public import Foundation

/// Reads a ledger from JSON: `{"company": {...}, "as_of": "YYYY-MM-DD", "partners": [...], "invoices": [...]}`.
///
/// Partners carry `id`, `name`, `kind` (`customer`/`supplier`) and optionally `iban`, `bic`, `siren`;
/// invoices carry `id`, `number`, `kind`, `type` (`invoice`/`credit_note`), `partner`, `amount_total`,
/// `amount_residual` (decimal strings), `currency`, `issue_date`, `due_date` and optionally `creditor_reference`.
public struct LedgerJSONReader: Sendable {
    /// A reader.
    public init() {}

    /// Decodes a ledger; a malformed document, amount, date or IBAN raises `malformedRecord`
    /// naming the offending field.
    public func read(_ data: Data) throws(FactureBankingError) -> Ledger {
        let document: LedgerDocument
        do {
            document = try JSONDecoder().decode(LedgerDocument.self, from: data)
        } catch {
            throw FactureBankingError(code: .malformedRecord, message: "ledger JSON: \(error)")
        }
        return try document.ledger()
    }
}

private struct LedgerDocument: Decodable {
    struct Account: Decodable {
        var iban: String?
        var bic: String?
        var bank_code: String?
        var desk_code: String?
        var account_number: String?
    }
    struct Company: Decodable {
        var name: String
        var siren: String?
        var sepa_creditor_id: String?
        var accounts: [Account]?
    }
    struct Partner: Decodable {
        var id: String
        var name: String
        var kind: PartnerKind
        var iban: String?
        var bic: String?
        var siren: String?
    }
    struct Invoice: Decodable {
        var id: String
        var number: String
        var kind: PartnerKind
        var type: OpenItemType
        var partner: String
        var amount_total: String
        var amount_residual: String
        var currency: String?
        var issue_date: String?
        var due_date: String?
        var creditor_reference: String?
    }
    var company: Company
    var as_of: String?
    var partners: [Partner]
    var invoices: [Invoice]

    func ledger() throws(FactureBankingError) -> Ledger {
        let accounts = try (company.accounts ?? []).map { account throws(FactureBankingError) in
            CompanyAccount(
                iban: try Self.iban(account.iban, field: "company.accounts.iban"),
                bic: account.bic,
                bankCode: account.bank_code ?? "",
                deskCode: account.desk_code ?? "",
                accountNumber: account.account_number ?? ""
            )
        }
        let partners = try partners.map { partner throws(FactureBankingError) in
            LedgerPartner(
                id: partner.id,
                name: partner.name,
                kind: partner.kind,
                iban: try Self.iban(partner.iban, field: "partner \(partner.id) iban"),
                bic: partner.bic,
                siren: partner.siren
            )
        }
        let items = try invoices.map { invoice throws(FactureBankingError) in
            OpenItem(
                id: invoice.id,
                number: invoice.number,
                kind: invoice.kind,
                type: invoice.type,
                partnerID: invoice.partner,
                total: try Self.amount(invoice.amount_total, field: "invoice \(invoice.id) amount_total"),
                residual: try Self.amount(invoice.amount_residual, field: "invoice \(invoice.id) amount_residual"),
                currency: invoice.currency ?? "EUR",
                issueDate: try Self.date(invoice.issue_date, field: "invoice \(invoice.id) issue_date"),
                dueDate: try Self.date(invoice.due_date, field: "invoice \(invoice.id) due_date"),
                creditorReference: invoice.creditor_reference
            )
        }
        return Ledger(
            company: LedgerCompany(
                name: company.name,
                siren: company.siren,
                sepaCreditorID: company.sepa_creditor_id,
                accounts: accounts
            ),
            asOf: try Self.date(as_of, field: "as_of"),
            partners: partners,
            items: items
        )
    }

    static func amount(_ text: String, field: String) throws(FactureBankingError) -> Amount {
        do { return try Amount(parsing: text) } catch {
            throw FactureBankingError(code: .malformedRecord, message: "\(field): not an amount: \(text)")
        }
    }

    static func date(_ text: String?, field: String) throws(FactureBankingError) -> CalendarDate? {
        guard let text, !text.isEmpty else { return nil }
        do { return try CalendarDate(parsingISO8601: text) } catch {
            throw FactureBankingError(code: .malformedRecord, message: "\(field): not a date: \(text)")
        }
    }

    static func iban(_ text: String?, field: String) throws(FactureBankingError) -> IBAN? {
        guard let text, !text.isEmpty else { return nil }
        do { return try IBAN(text) } catch {
            throw FactureBankingError(code: .malformedRecord, message: "\(field): not an IBAN: \(text)")
        }
    }
}
