// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FacturX
import FactureModel

/// What `facture demo` did, as text: identifiers, totals, checks, Factur-X XML and lifecycle of
/// each invoice.
struct DemoReport {
    private(set) var text = ""
    private(set) var hasInvalidIdentifiers = false

    private mutating func say(_ line: String = "") {
        text += line + "\n"
    }

    /// Runs the job on one invoice and records what happened.
    mutating func run(on arrived: Invoice, source: String) {
        say("FactureKit demo — invoice \(arrived.number) (\(source))")
        say("  \(arrived.seller.name) → \(arrived.buyer.name), issued \(arrived.issueDate), \(arrived.currency)")
        say()
        checkIdentifiers(of: arrived)

        let calculator = InvoiceTotalsCalculator()
        let before = calculator.check(arrived)
        let invoice = arrived.withComputedTotals()
        let after = calculator.check(invoice)
        showTotals(of: invoice)

        say("Checks against EN 16931")
        if before.isEmpty {
            say("  the stated totals agree with the lines")
        } else {
            say("  as it arrived, \(before.count) stated figure(s) disagreed with the lines:")
            for discrepancy in before.prefix(6) {
                say("    \(discrepancy)")
            }
            if before.count > 6 { say("    … and \(before.count - 6) more") }
        }
        say("  after calculation: \(after.isEmpty ? "consistent" : "\(after.count) disagreement(s) left")")
        say()
        writeXML(invoice)
        walkLifecycle()
    }

    /// Writes the invoice as Factur-X CII (EN 16931) and UBL, validates both with every rule set
    /// (EN 16931, the Factur-X profile, BR-FR and FactureKit's own) and reads them back.
    private mutating func writeXML(_ invoice: Invoice) {
        say("Factur-X XML")
        let outputs: [(String, [UInt8])] = [
            ("CII, profile EN 16931", invoice.serializeAsCII(profile: .en16931)),
            ("UBL 2.1", invoice.serializeAsUBL()),
        ]
        let validator = InvoiceValidator(ruleSets: Set(BusinessRuleSet.all))
        for (name, bytes) in outputs {
            do {
                let report = try validator.validate(bytes)
                let failed = report.violations.filter { $0.severity == .fatal }
                let verdict =
                    failed.isEmpty
                    ? "passes " + Self.ruleSetNames(for: report)
                    : "INVALID: " + Set(failed.map(\.ruleID)).sorted().joined(separator: ", ")
                let back = try InvoiceXMLDocument(xmlEncoded: bytes).invoice
                let roundTrip =
                    back.totals == invoice.totals ? "reads back with the same totals" : "TOTALS CHANGED on reading"
                say("  \(name.padding(to: 22))\(bytes.count) bytes, \(verdict), \(roundTrip)")
            } catch {
                say("  \(name.padding(to: 22))could not be read back: \(error)")
            }
        }
        say()
    }

    /// The rule sets a report was checked against, as the demo names them.
    private static func ruleSetNames(for report: ValidationReport) -> String {
        report.syntax == .cii ? "EN 16931, Factur-X EN 16931, BR-FR and FK rules" : "EN 16931, BR-FR and FK rules"
    }

    private mutating func checkIdentifiers(of invoice: Invoice) {
        say("Identifiers")
        var values: [(String, String)] = []
        if let siren = invoice.seller.siren { values.append(("seller SIREN", siren)) }
        if let siret = invoice.seller.siret { values.append(("seller SIRET", siret)) }
        if let vat = invoice.seller.vatIdentifier { values.append(("seller VAT", vat)) }
        if let siren = invoice.buyer.siren { values.append(("buyer SIREN", siren)) }
        if let siret = invoice.buyer.siret { values.append(("buyer SIRET", siret)) }
        if let vat = invoice.buyer.vatIdentifier { values.append(("buyer VAT", vat)) }
        for transfer in invoice.paymentInstructions?.creditTransfers ?? [] {
            values.append(("payee IBAN", transfer.accountIdentifier))
            if let bic = transfer.serviceProviderIdentifier { values.append(("payee BIC", bic)) }
        }
        for (role, value) in values {
            let result = IdentifierChecker.check(value)
            let verdict = result.isValid ? "valid" : "INVALID: \(result.reason ?? "unknown identifier")"
            if !result.isValid { hasInvalidIdentifiers = true }
            say("  \(role.padding(to: 14))\(result.normalized.padding(to: 29))\(verdict)")
        }
        say()
    }

    private mutating func showTotals(of invoice: Invoice) {
        say(
            "Totals computed as EN 16931 specifies (\(invoice.lines.count) lines, "
                + "\(invoice.allowances.count) allowance(s), \(invoice.charges.count) charge(s))"
        )
        for line in invoice.lines {
            let rate = line.vat.rate.map { "\($0) %" } ?? "-"
            say(
                "  line \(line.id.padding(to: 3))\(line.item.name.padding(to: 34))"
                    + "\(line.quantity) × \(line.price.netPrice)".padding(to: 18)
                    + "VAT \(line.vat.categoryCode.rawValue) \(rate)".padding(to: 14)
                    + "\(line.netAmount)".leftPadding(to: 10)
            )
        }
        let totals = invoice.totals
        let rows: [(String, Amount?)] = [
            ("BT-106 sum of line net amounts", totals.sumOfLineNetAmounts),
            ("BT-107 document allowances", totals.sumOfAllowances),
            ("BT-108 document charges", totals.sumOfCharges),
            ("BT-109 total without VAT", totals.totalWithoutVAT),
            ("BT-110 VAT", totals.totalVAT),
            ("BT-112 total with VAT", totals.totalWithVAT),
            ("BT-115 amount due", totals.amountDue),
        ]
        for (label, amount) in rows {
            say("  \(label.padding(to: 34))\((amount.map { "\($0)" } ?? "-").leftPadding(to: 12)) \(invoice.currency)")
        }
        say("  VAT breakdown")
        for entry in invoice.vatBreakdown {
            let rate = entry.rate.map { "\($0) %" } ?? "-"
            say(
                "    \(entry.categoryCode.rawValue) \(rate.padding(to: 8)) base \("\(entry.taxableAmount)".leftPadding(to: 10))"
                    + "   VAT \("\(entry.taxAmount)".leftPadding(to: 9))"
            )
        }
        say()
    }

    private mutating func walkLifecycle() {
        say("Lifecycle (2026 reform statuses)")
        let path: [LifecycleStatus] = [
            .submitted, .issued, .received, .madeAvailable, .inHand, .approved, .paymentSent, .collected,
        ]
        var current = path[0]
        var steps = ["\(current.rawValue) \(current.frenchLabel ?? "")"]
        for next in path.dropFirst() {
            guard current.canTransition(to: next) else {
                steps.append("refused: \(current.rawValue) → \(next.rawValue)")
                break
            }
            current = next
            steps.append("\(next.rawValue) \(next.frenchLabel ?? "")")
        }
        say("  " + steps.joined(separator: " → "))
        let mandatory = path.filter(\.isMandatoryForTaxAuthority).map { String($0.rawValue) }
        say(
            "  reported to the tax authority: \(mandatory.joined(separator: ", "))"
                + (current.isFinal ? "; \(current.rawValue) is final" : "")
        )
        say()
    }
}

extension String {
    /// The string followed by spaces up to `width` characters (never cut).
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }

    /// The string preceded by spaces up to `width` characters (never cut).
    fileprivate func leftPadding(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
