// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import ArgumentParser
import FactureBanking
import FactureModel
import Foundation

/// `facture bank parse|letter|pay`: bank statements (CFONB 120, camt.053), lettering against the
/// open items of a ledger, and supplier payment orders (pain.001).
struct BankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bank",
        abstract: "Bank statements, lettering (rapprochement) and supplier payments.",
        subcommands: [BankParseCommand.self, BankLetterCommand.self, BankPayCommand.self]
    )
}

/// `facture bank parse STATEMENT [--json]`: a CFONB 120 or camt.053 statement, account by account.
struct BankParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Read a CFONB 120 or camt.053 statement: accounts, balances and movements."
    )

    @Argument(help: "The statement file (camt.053 when it starts with '<', CFONB 120 otherwise).")
    var statement: String

    @Flag(name: .long, help: "Print {format, statements: [{account, balances, dates, movements}]}.")
    var json = false

    func run() throws {
        let file = try BankStatementFile.read(statement)
        if json {
            let keys = MovementKey.keys(for: file.statements.flatMap(\.movements))
            print(BankJSON.statementFile(file, keys: keys).text)
            return
        }
        print("\(statement): \(file.format), \(file.statements.count) statement(s)")
        for statement in file.statements {
            let account = statement.account
            var accountText = account.iban?.rawValue ?? ""
            if !account.bankCode.isEmpty || !account.accountNumber.isEmpty {
                let local = "\(account.bankCode) \(account.deskCode) \(account.accountNumber)"
                accountText = accountText.isEmpty ? local : "\(accountText) (\(local))"
            }
            print("account \(accountText) \(account.currency)")
            print("  opening \(statement.openingDate)  \(BankText.amount(statement.openingBalance))")
            if let closingDate = statement.closingDate, let closingBalance = statement.closingBalance {
                print("  closing \(closingDate)  \(BankText.amount(closingBalance))")
            } else {
                print("  closing (none)")
            }
            print("  \(statement.movements.count) movement(s)")
            for movement in statement.movements {
                print(
                    "  #\(movement.ordinal)\t\(movement.bookingDate)\t"
                        + BankText.padded(BankText.amount(movement.amount), 12)
                        + "\t\(movement.operationCode)\t\(movement.label)"
                )
            }
        }
    }
}

/// `facture bank letter --statement S --ledger L [--payments P]... [--state F] [--json]`: letters
/// the statement's movements against the ledger's open items.
struct BankLetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: "Letter a statement's movements against a ledger's open items (applied and proposed matches).",
        discussion: """
            With --state FILE, the movements already applied or proposed (by their movement key) are read \
            from FILE first and skipped, and FILE is rewritten afterwards, so running again on the same \
            statement letters nothing twice.
            """
    )

    @Option(name: .long, help: "The statement file (CFONB 120 or camt.053).")
    var statement: String

    @Option(name: .long, help: "The ledger of open items (JSON: company, partners, invoices).")
    var ledger: String

    @Option(name: .long, help: "A pain.001 file of our payment runs, to letter batch-booked debits (repeatable).")
    var payments: [String] = []

    @Flag(
        name: .long,
        inversion: .prefixedNo,
        help: "Without --payments, read the pain.001 files found beside the statement (said on stderr)."
    )
    var discoverPayments = true

    @Option(name: .long, help: "The lettering state (JSON), read before and rewritten after.")
    var state: String?

    @Flag(name: .long, help: "Print {matches, proposed, summary}; matches are the applied ones.")
    var json = false

    func run() throws {
        let file = try BankStatementFile.read(statement)
        let movements = file.statements.flatMap(\.movements)
        let openItems = try BankFiles.ledger(ledger)
        var paymentFiles = payments
        if paymentFiles.isEmpty, discoverPayments {
            paymentFiles = BankFiles.paymentFiles(besides: statement)
            if !paymentFiles.isEmpty {
                FileHandle.standardError.write(
                    Data(("payment runs read from " + paymentFiles.joined(separator: ", ") + "\n").utf8)
                )
            }
        }
        var runs: [PaymentRun] = []
        var runIDs: Set<String> = []
        for path in paymentFiles {
            do {
                // The same run written in two versions (pain.001.001.03 and .09) counts once.
                for run in try PaymentRunReader().paymentRuns(contentsOfFile: path) where runIDs.insert(run.id).inserted
                {
                    runs.append(run)
                }
            } catch {
                throw BankFiles.naming(path, error)
            }
        }
        let previous = try state.map(LetteringStateFile.read) ?? LetteringState()
        let keys = MovementKey.keys(for: movements)
        let skipped = keys.filter(previous.contains).count
        let result = LetteringEngine().letter(movements, ledger: openItems, state: previous, paymentRuns: runs)
        if let state {
            try LetteringStateFile.write(result.state, to: state)
        }
        let lettered = Set(result.applied.map(\.movementOrdinal)).count
        let proposed = Set(result.proposed.map(\.movementOrdinal)).count
        if json {
            let output = BankJSON.object([
                ("matches", .array(result.applied.map(BankJSON.match))),
                ("proposed", .array(result.proposed.map(BankJSON.match))),
                (
                    "summary",
                    .object([
                        ("movements", .int(movements.count)),
                        ("skipped", .int(skipped)),
                        ("lettered", .int(lettered)),
                        ("proposed", .int(proposed)),
                        ("applied_matches", .int(result.applied.count)),
                        ("proposed_matches", .int(result.proposed.count)),
                    ])
                ),
            ])
            print(output.text)
            return
        }
        print(
            "\(movements.count) movements (\(skipped) already done): \(lettered) lettered with "
                + "\(result.applied.count) matches, \(proposed) proposed with \(result.proposed.count) matches"
        )
        for (label, matches) in [("applied ", result.applied), ("proposed", result.proposed)] {
            for match in matches {
                var line =
                    "\(label)  #\(match.movementOrdinal)\t\(match.invoiceID)\t"
                    + BankText.padded(BankText.amount(match.allocated), 12)
                    + "\tscore \(BankText.score(match.score))"
                if !match.writeOff.isZero {
                    line += "\twrite-off \(BankText.amount(match.writeOff)) \(match.writeOffKind?.rawValue ?? "")"
                }
                print(line + "\t\(match.reason)")
            }
        }
    }
}

/// `facture bank pay --ledger L --select SELECTION... -o pain.xml`: a SEPA credit transfer
/// initiation paying open supplier invoices of the ledger in one batch.
struct BankPayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pay",
        abstract: "Write a pain.001 paying open supplier invoices of a ledger in one batch.",
        discussion: """
            --select takes an item id, 'all' (every open supplier invoice) or 'due:YYYY-MM-DD' (open supplier \
            invoices due on or before that day); it is repeatable. Each invoice is paid its residual, to the \
            supplier's IBAN, with the invoice number (or its RF creditor reference) as remittance. Nothing is \
            written when any selected item cannot be paid.
            """
    )

    @Option(name: .long, help: "The ledger of open items (JSON: company, partners, invoices).")
    var ledger: String

    @Option(name: .long, help: "An item id, 'all' or 'due:YYYY-MM-DD' (repeatable).")
    var select: [String]

    @Option(name: .shortAndLong, help: "The pain.001 file to write.")
    var output: String

    @Option(name: .long, help: "The pain.001 version: 03 (pain.001.001.03) or 09 (pain.001.001.09).")
    var version = "03"

    @Option(name: .long, help: "The requested execution date (YYYY-MM-DD). Default: today (UTC).")
    var executionDate: String?

    @Option(name: .long, help: "The message id (MsgId). Default: FK-PAY- and the creation time.")
    var messageID: String?

    func validate() throws {
        if select.isEmpty { throw ValidationError("give at least one --select (an item id, 'all' or 'due:DATE')") }
        if version != "03" && version != "09" { throw ValidationError("--version is 03 or 09, not '\(version)'") }
        for selection in select where selection.hasPrefix("due:") {
            if CalendarDate(String(selection.dropFirst(4))) == nil {
                throw ValidationError("--select due: takes a date YYYY-MM-DD, not '\(selection)'")
            }
        }
        if let executionDate, CalendarDate(executionDate) == nil {
            throw ValidationError("--execution-date takes a date YYYY-MM-DD, not '\(executionDate)'")
        }
    }

    func run() throws {
        let openItems = try BankFiles.ledger(ledger)
        let items = try SupplierSelection.items(select, in: openItems)
        guard let account = openItems.company.accounts.first, let debtorIBAN = account.iban else {
            throw FactureBankingError(
                code: .invalidPayment,
                message: "the ledger's company '\(openItems.company.name)' has no account with an IBAN to pay from"
            )
        }
        let partners = Dictionary(openItems.partners.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var transfers: [SEPACreditTransfer] = []
        for item in items {
            guard let partner = partners[item.partnerID] else {
                throw FactureBankingError(
                    code: .invalidPayment,
                    message: "item \(item.id): its supplier \(item.partnerID) is not among the ledger's partners"
                )
            }
            guard let iban = partner.iban else {
                throw FactureBankingError(
                    code: .invalidPayment,
                    message: "item \(item.id): supplier \(partner.id) (\(partner.name)) has no IBAN"
                )
            }
            let remittance: SEPARemittance
            if let reference = item.creditorReference, reference.uppercased().hasPrefix("RF") {
                remittance = .creditorReference(reference)
            } else {
                remittance = .unstructured(item.number)
            }
            transfers.append(
                SEPACreditTransfer(
                    creditorName: partner.name,
                    creditorIBAN: iban.rawValue,
                    creditorBIC: partner.bic.flatMap { $0.isEmpty ? nil : $0 },
                    amount: item.residual,
                    endToEndID: SupplierSelection.endToEndID(for: item.id),
                    remittance: remittance
                )
            )
        }
        let now = SEPADateTime.now()
        let order = SEPAPaymentOrder(
            messageID: messageID ?? "FK-PAY-" + now.iso8601String.filter { $0.isNumber },
            creationTime: now,
            debtorName: openItems.company.name,
            debtorIBAN: debtorIBAN.rawValue,
            debtorBIC: account.bic.flatMap { $0.isEmpty ? nil : $0 },
            requestedExecutionDate: executionDate.flatMap(CalendarDate.init) ?? now.date,
            batchBooking: true,
            transfers: transfers
        )
        let painVersion: Pain001Version = version == "09" ? .v09 : .v03
        let bytes = try SEPACreditTransferWriter(version: painVersion).write(order)
        try BankFiles.writeAtomically(bytes, to: output)
        print(
            "\(transfers.count) transfer(s), total \(BankText.amount(order.controlSum)) EUR, "
                + "written to \(output) (pain.001.001.\(version))"
        )
    }
}

// MARK: - Statement files

/// A statement file read whole, with the format it was in.
struct BankStatementFile {
    /// `cfonb120`, or the camt message and version such as `camt.053.001.02`.
    var format: String
    var statements: [BankStatement]

    /// Reads `path` as camt.053 when its first non-space byte is `<`, as CFONB 120 otherwise.
    static func read(_ path: String) throws -> BankStatementFile {
        let head = try BankFiles.prefix(of: path, count: 4096)
        let first = head.first {
            !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF)
        }
        do {
            if first == UInt8(ascii: "<") {
                var statements: [BankStatement] = []
                let version = try Camt053Reader().read(contentsOfFile: path) { event in
                    switch event {
                    case .statement(let statement): statements.append(statement)
                    case .movement(let movement):
                        if !statements.isEmpty { statements[statements.count - 1].movements.append(movement) }
                    case .endOfStatement: break
                    }
                }
                let format = version.namespace.split(separator: ":").last.map(String.init) ?? version.namespace
                return BankStatementFile(format: format, statements: statements)
            }
            return BankStatementFile(format: "cfonb120", statements: try CFONB120Reader().statements(atPath: path))
        } catch {
            throw BankFiles.naming(path, error)
        }
    }
}

/// File helpers of the bank commands.
enum BankFiles {
    /// The whole file.
    static func data(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FactureBankingError(code: .ioFailure, message: "cannot read \(path)")
        }
        return data
    }

    /// The ledger in a JSON file; errors name the file.
    static func ledger(_ path: String) throws -> Ledger {
        let bytes = try data(path)
        do {
            return try LedgerJSONReader().read(bytes)
        } catch {
            throw naming(path, error)
        }
    }

    /// The pain.001 files in the statement's folder (`.xml` files whose first 4 KB name a pain.001 namespace),
    /// sorted by name.
    static func paymentFiles(besides statement: String) -> [String] {
        let folder = URL(fileURLWithPath: statement).deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { name in
            guard name.lowercased().hasSuffix(".xml") else { return nil }
            let path = folder.appendingPathComponent(name).path
            guard let head = try? prefix(of: path, count: 4096) else { return nil }
            return String(decoding: head, as: UTF8.self).contains("urn:iso:std:iso:20022:tech:xsd:pain.001.001.")
                ? path : nil
        }
    }

    /// Up to `count` bytes from the start of the file.
    static func prefix(of path: String, count: Int) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FactureBankingError(code: .ioFailure, message: "cannot open \(path)")
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.read(upToCount: count) ?? Data())
        } catch {
            throw FactureBankingError(code: .ioFailure, message: "cannot read \(path): \(error)")
        }
    }

    /// A library error with the file's path in front of its message.
    static func naming(_ path: String, _ error: any Error) -> any Error {
        guard let error = error as? FactureBankingError else { return error }
        return FactureBankingError(
            code: error.code,
            message: "\(path): \(error.message)",
            record: error.record,
            column: error.column
        )
    }

    /// Writes `bytes` to a temporary file beside `path`, then renames it over `path`: readers see
    /// the old file or the whole new one, never a part.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(bytes).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw FactureBankingError(code: .ioFailure, message: "cannot write \(path): \(reason)")
            }
        } catch let error as FactureBankingError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw FactureBankingError(code: .ioFailure, message: "cannot write \(path): \(error.localizedDescription)")
        }
    }
}

// MARK: - Lettering state

/// The lettering state file: `{"format": "facture-lettering-state/1", "applied": [key…], "proposed": [key…]}`.
enum LetteringStateFile {
    private struct Document: Codable {
        var format: String?
        var applied: [String]
        var proposed: [String]
    }

    /// The state in `path`; an empty state when the file does not exist yet.
    static func read(_ path: String) throws -> LetteringState {
        guard FileManager.default.fileExists(atPath: path) else { return LetteringState() }
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: try BankFiles.data(path))
        } catch let error as FactureBankingError {
            throw error
        } catch {
            throw FactureBankingError(code: .malformedRecord, message: "\(path): not a lettering state: \(error)")
        }
        return LetteringState(
            appliedKeys: Set(document.applied.map(MovementKey.init(rawValue:))),
            proposedKeys: Set(document.proposed.map(MovementKey.init(rawValue:)))
        )
    }

    /// Writes `state` to `path` atomically, keys sorted.
    static func write(_ state: LetteringState, to path: String) throws {
        let output = BankJSON.object([
            ("format", .string("facture-lettering-state/1")),
            ("applied", .array(state.appliedKeys.sorted().map { .string($0.rawValue) })),
            ("proposed", .array(state.proposedKeys.sorted().map { .string($0.rawValue) })),
        ])
        try BankFiles.writeAtomically(Array((output.text + "\n").utf8), to: path)
    }
}

// MARK: - Payment selection

/// Resolves `--select` arguments to open supplier invoices.
enum SupplierSelection {
    /// The selected items, each once, in the order first selected.
    static func items(_ selections: [String], in ledger: Ledger) throws -> [OpenItem] {
        var chosen: [OpenItem] = []
        var seen: Set<String> = []
        func add(_ item: OpenItem) {
            if seen.insert(item.id).inserted { chosen.append(item) }
        }
        let payable = { (item: OpenItem) in
            item.kind == .supplier && item.type == .invoice && item.currency == "EUR" && !item.residual.isNegative
                && !item.residual.isZero
        }
        for selection in selections {
            if selection == "all" {
                ledger.items.filter(payable).forEach(add)
            } else if selection.hasPrefix("due:") {
                guard let limit = CalendarDate(String(selection.dropFirst(4))) else {
                    throw ValidationError("--select due: takes a date YYYY-MM-DD, not '\(selection)'")
                }
                ledger.items.filter { item in
                    guard payable(item), let due = item.dueDate else { return false }
                    return due <= limit
                }
                .forEach(add)
            } else {
                guard let item = ledger.items.first(where: { $0.id == selection }) else {
                    throw FactureBankingError(
                        code: .invalidPayment,
                        message: "unknown item '\(selection)' in the ledger"
                    )
                }
                guard item.kind == .supplier else {
                    throw FactureBankingError(
                        code: .invalidPayment,
                        message: "item \(item.id) (\(item.number)) is a customer item; only supplier invoices are paid"
                    )
                }
                guard item.type == .invoice else {
                    throw FactureBankingError(
                        code: .invalidPayment,
                        message: "item \(item.id) (\(item.number)) is a credit note; only supplier invoices are paid"
                    )
                }
                guard item.currency == "EUR" else {
                    throw FactureBankingError(
                        code: .invalidPayment,
                        message: "item \(item.id) (\(item.number)) is in \(item.currency); SEPA transfers are in EUR"
                    )
                }
                guard payable(item) else {
                    throw FactureBankingError(
                        code: .invalidPayment,
                        message: "item \(item.id) (\(item.number)) has nothing left to pay"
                    )
                }
                add(item)
            }
        }
        guard !chosen.isEmpty else {
            throw FactureBankingError(code: .invalidPayment, message: "the selection has no open supplier invoice")
        }
        return chosen
    }

    /// An end-to-end id from an item id: SEPA characters, `/` and spaces as `-`, at most 35.
    static func endToEndID(for itemID: String) -> String {
        let sepa = SEPAText.transliterated(itemID).map { $0 == " " || $0 == "/" ? "-" : $0 }
        let text = String(sepa.prefix(35))
        return text.isEmpty ? "ITEM" : text
    }
}

// MARK: - Output

/// Text formatting of the bank commands.
enum BankText {
    /// Two decimals: `-12.34`.
    static func amount(_ amount: Amount) -> String {
        amount.decimal.rounded(scale: 2).padded(toScale: 2).description
    }

    /// A score rounded to three decimals.
    static func score(_ score: Double) -> String {
        score.isFinite ? "\((score * 1000).rounded() / 1000)" : "0"
    }

    /// `text` right-aligned in `width` characters.
    static func padded(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

/// A JSON value whose objects keep their keys in the order given, so the output is stable.
indirect enum BankJSON {
    case object([(String, BankJSON)])
    case array([BankJSON])
    case string(String)
    /// A number already in JSON notation.
    case number(String)
    case null

    static func int(_ value: Int) -> BankJSON { .number(String(value)) }

    static func optional(_ value: String?) -> BankJSON { value.map(BankJSON.string) ?? .null }

    /// The compact JSON text.
    var text: String {
        var output = ""
        write(into: &output)
        return output
    }

    private func write(into output: inout String) {
        switch self {
        case .object(let members):
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                Self.writeString(key, into: &output)
                output += ":"
                value.write(into: &output)
            }
            output += "}"
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                element.write(into: &output)
            }
            output += "]"
        case .string(let text):
            Self.writeString(text, into: &output)
        case .number(let text):
            output += text
        case .null:
            output += "null"
        }
    }

    private static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16, uppercase: false)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    /// `bank parse --json`.
    static func statementFile(_ file: BankStatementFile, keys: [MovementKey]) -> BankJSON {
        var keyIterator = keys.makeIterator()
        let statements = file.statements.map { statement -> BankJSON in
            let account = statement.account
            let movements = statement.movements.map { movement -> BankJSON in
                .object([
                    ("movement", .int(movement.ordinal)),
                    ("booking_date", .string(movement.bookingDate.iso8601String)),
                    ("value_date", optional(movement.valueDate?.iso8601String)),
                    ("amount", .string(BankText.amount(movement.amount))),
                    ("operation_code", .string(movement.operationCode)),
                    ("label", .string(movement.label)),
                    ("reference", .string(movement.reference)),
                    (
                        "details",
                        .array(
                            movement.details.map {
                                .object([("qualifier", .string($0.qualifier)), ("text", .string($0.text))])
                            }
                        )
                    ),
                    ("key", optional(keyIterator.next()?.rawValue)),
                ])
            }
            return .object([
                (
                    "account",
                    .object([
                        ("iban", optional(account.iban?.rawValue)),
                        ("bank_code", .string(account.bankCode)),
                        ("desk_code", .string(account.deskCode)),
                        ("account_number", .string(account.accountNumber)),
                        ("currency", .string(account.currency)),
                    ])
                ),
                ("opening_balance", .string(BankText.amount(statement.openingBalance))),
                ("closing_balance", optional(statement.closingBalance.map(BankText.amount))),
                ("opening_date", .string(statement.openingDate.iso8601String)),
                ("closing_date", optional(statement.closingDate?.iso8601String)),
                ("movements", .array(movements)),
            ])
        }
        return .object([("format", .string(file.format)), ("statements", .array(statements))])
    }

    /// One match of `bank letter --json`, in the shape of the lettering truth files.
    static func match(_ match: LetteringMatch) -> BankJSON {
        var members: [(String, BankJSON)] = [
            ("movement", .int(match.movementOrdinal)),
            ("invoice", .string(match.invoiceID)),
            ("amount", .string(BankText.amount(match.allocated))),
            ("score", .number(BankText.score(match.score))),
            ("reason", .string(match.reason)),
        ]
        if !match.writeOff.isZero {
            members.append(("write_off", .string(BankText.amount(match.writeOff))))
            members.append(("write_off_kind", optional(match.writeOffKind?.rawValue)))
        }
        return .object(members)
    }
}
