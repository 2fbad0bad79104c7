// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureLibXML2
import FactureModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The elements the camt.053 mapping looks at; everything else is `other`.
enum CamtTag: String {
    case document = "Document", stmt = "Stmt", acct = "Acct", id = "Id", iban = "IBAN", ccy = "Ccy"
    case bal = "Bal", tp = "Tp", cdOrPrtry = "CdOrPrtry", cd = "Cd", amt = "Amt", cdtDbtInd = "CdtDbtInd"
    case dt = "Dt", dtTm = "DtTm", ntry = "Ntry", bookgDt = "BookgDt", valDt = "ValDt"
    case acctSvcrRef = "AcctSvcrRef", bkTxCd = "BkTxCd", domn = "Domn", fmly = "Fmly"
    case subFmlyCd = "SubFmlyCd", prtry = "Prtry", addtlNtryInf = "AddtlNtryInf", txDtls = "TxDtls"
    case refs = "Refs", endToEndId = "EndToEndId", rltdPties = "RltdPties", dbtr = "Dbtr", cdtr = "Cdtr"
    case pty = "Pty", nm = "Nm", dbtrAcct = "DbtrAcct", cdtrAcct = "CdtrAcct", rltdAgts = "RltdAgts"
    case dbtrAgt = "DbtrAgt", cdtrAgt = "CdtrAgt", finInstnId = "FinInstnId", bic = "BIC", bicfi = "BICFI"
    case rmtInf = "RmtInf", ustrd = "Ustrd", strd = "Strd", cdtrRefInf = "CdtrRefInf", ref = "Ref"
    case txAmt = "TxAmt"
    case other = ""
}

/// One camt.053 parse: drives libxml2's `xmlTextReader` and maps the elements it reports to
/// ``Camt053Event``s. Not thread-safe: one instance per parse, on one thread.
final class Camt053Parser {
    private let limits: Camt053ReadingLimits
    /// Tags by the parser dictionary's pointer of their local name: found without decoding.
    private var tagsByName: [UnsafeRawPointer: CamtTag] = [:]
    /// Open elements, innermost last, and the line of each.
    private var stack: [CamtTag] = []
    private var lines: [Int] = []
    /// The text of the innermost element so far.
    private var text: [UInt8] = []

    private var ordinal = 0
    private var statement: StatementState?
    private var balance = BalanceState()
    private var entry = EntryState()
    private var transaction = TransactionState()

    init(limits: Camt053ReadingLimits) {
        self.limits = limits
    }

    // MARK: - libxml2 loop

    /// Parses `storage`, reporting events to `handler`.
    func parse(
        _ storage: CamtInput.Storage,
        _ handler: (Camt053Event) throws(FactureBankingError) -> Void
    ) throws(FactureBankingError) -> Camt053Version {
        var version: Camt053Version?
        try Self.withReader(storage, limits: limits) { reader, nodeType throws(FactureBankingError) in
            switch nodeType {
            case XML_READER_TYPE_ELEMENT.rawValue:
                let tag = self.tag(reader)
                let line = Int(xmlGetLineNo(xmlTextReaderCurrentNode(reader)))
                if version == nil {
                    version = try Self.version(reader, tag: tag, line: line)
                }
                try self.start(tag, line: line, handler)
                if xmlTextReaderIsEmptyElement(reader) == 1 { try self.end(handler) }
            case XML_READER_TYPE_END_ELEMENT.rawValue:
                try self.end(handler)
            case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue,
                XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue:
                guard let value = xmlTextReaderConstValue(reader) else { return }
                let length = strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))
                guard self.text.count + length <= self.limits.maximumTextBytes else {
                    throw FactureBankingError(
                        code: .malformedRecord,
                        message: "the text of <\(self.stack.last?.rawValue ?? "")> is longer than "
                            + "\(self.limits.maximumTextBytes) bytes",
                        record: self.lines.last
                    )
                }
                self.text.append(contentsOf: UnsafeBufferPointer(start: value, count: length))
            default:
                break
            }
        }
        guard let version else {
            throw FactureBankingError(code: .malformedRecord, message: "the document has no root element")
        }
        return version
    }

    /// Walks `storage` with the same reader configuration, building nothing.
    static func walk(_ storage: CamtInput.Storage, limits: Camt053ReadingLimits) throws(FactureBankingError) -> Int {
        var nodes = 0
        try withReader(storage, limits: limits) { _, _ in nodes += 1 }
        return nodes
    }

    /// Runs the shared secure reader loop with this parser's limits.
    private static func withReader(
        _ storage: CamtInput.Storage,
        limits: Camt053ReadingLimits,
        _ body: (xmlTextReaderPtr, UInt32) throws(FactureBankingError) -> Void
    ) throws(FactureBankingError) {
        try XMLPullReading.withReader(
            storage,
            maximumBytes: limits.maximumBytes,
            maximumDepth: limits.maximumDepth,
            document: "a camt.053 statement",
            body
        )
    }

    private static func version(
        _ reader: xmlTextReaderPtr,
        tag: CamtTag,
        line: Int
    ) throws(FactureBankingError) -> Camt053Version {
        let namespace = xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) } ?? ""
        guard tag == .document, let version = Camt053Version(rawValue: namespace) else {
            throw FactureBankingError(
                code: .unsupportedFormat,
                message: "not a camt.053.001.02 or .08 statement: the root is "
                    + (namespace.isEmpty ? "" : "{\(namespace)}")
                    + (xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? "?"),
                record: line
            )
        }
        return version
    }

    private func tag(_ reader: xmlTextReaderPtr) -> CamtTag {
        guard let name = xmlTextReaderConstLocalName(reader) else { return .other }
        let key = UnsafeRawPointer(name)
        if let known = tagsByName[key] { return known }
        let tag = CamtTag(rawValue: String(cString: name)) ?? .other
        // Names are interned in the parser's dictionary; the bound only guards against a reader
        // that would not intern them.
        if tagsByName.count < 4096 { tagsByName[key] = tag }
        return tag
    }

    // MARK: - Mapping

    private func start(
        _ tag: CamtTag,
        line: Int,
        _ handler: (Camt053Event) throws(FactureBankingError) -> Void
    ) throws(FactureBankingError) {
        text.removeAll(keepingCapacity: true)
        switch tag {
        case .stmt:
            statement = StatementState(line: line)
        case .bal where stack.last == .stmt:
            balance = BalanceState()
        case .ntry where stack.last == .stmt:
            try emitStatementHeader(handler)
            entry = EntryState(line: line)
        case .txDtls:
            transaction = TransactionState()
        default:
            break
        }
        stack.append(tag)
        lines.append(line)
    }

    private func end(_ handler: (Camt053Event) throws(FactureBankingError) -> Void) throws(FactureBankingError) {
        guard let tag = stack.popLast(), let line = lines.popLast() else { return }
        defer { text.removeAll(keepingCapacity: true) }
        switch tag {
        case .iban:
            if isUnder(.stmt, .acct, .id) {
                statement?.iban = try iban(line: line)
            } else if isUnder(.dbtrAcct, .id) {
                transaction.debtor.iban = try iban(line: line)
            } else if isUnder(.cdtrAcct, .id) {
                transaction.creditor.iban = try iban(line: line)
            }
        case .ccy where isUnder(.stmt, .acct):
            statement?.currency = value
        case .cd:
            if isUnder(.bal, .tp, .cdOrPrtry) {
                balance.code = value
            } else if isUnder(.bkTxCd, .domn) {
                entry.domain = value
            } else if isUnder(.bkTxCd, .domn, .fmly) {
                entry.family = value
            } else if isUnder(.bkTxCd, .prtry) {
                entry.proprietary = value
            }
        case .subFmlyCd where isUnder(.domn, .fmly):
            entry.subfamily = value
        case .amt:
            switch stack.last {
            case .bal: balance.amount = try amount(line: line)
            case .ntry: entry.amount = try amount(line: line)
            case .txAmt, .txDtls: transaction.amount = try amount(line: line)
            default: break
            }
        case .cdtDbtInd:
            switch stack.last {
            case .bal: balance.isDebit = try indicator(line: line)
            case .ntry: entry.isDebit = try indicator(line: line)
            default: break
            }
        case .dt, .dtTm:
            if isUnder(.bal, .dt) {
                balance.date = try date(line: line)
            } else if isUnder(.ntry, .bookgDt) {
                entry.bookingDate = try date(line: line)
            } else if isUnder(.ntry, .valDt) {
                entry.valueDate = try date(line: line)
            }
        case .acctSvcrRef where stack.last == .ntry:
            entry.reference = value
        case .addtlNtryInf where stack.last == .ntry:
            entry.label = entry.label.isEmpty ? value : entry.label + " " + value
        case .endToEndId where isUnder(.txDtls, .refs):
            transaction.endToEndID = value
        case .nm:
            if isUnder(.rltdPties, .dbtr) || isUnder(.rltdPties, .dbtr, .pty) {
                transaction.debtor.name = value
            } else if isUnder(.rltdPties, .cdtr) || isUnder(.rltdPties, .cdtr, .pty) {
                transaction.creditor.name = value
            }
        case .bic, .bicfi:
            if isUnder(.rltdAgts, .dbtrAgt, .finInstnId) {
                transaction.debtor.bic = value
            } else if isUnder(.rltdAgts, .cdtrAgt, .finInstnId) {
                transaction.creditor.bic = value
            }
        case .ustrd where isUnder(.txDtls, .rmtInf):
            let line = value
            if !line.isEmpty { transaction.remittance.append(line) }
        case .ref where isUnder(.rmtInf, .strd, .cdtrRefInf):
            if transaction.creditorReference == nil { transaction.creditorReference = value }
        case .bal where stack.last == .stmt:
            try finishBalance(line: line)
        case .txDtls:
            entry.transactions.append(transaction)
        case .ntry where stack.last == .stmt:
            try handler(.movement(try finishEntry()))
        case .stmt:
            try emitStatementHeader(handler)
            statement = nil
            try handler(.endOfStatement)
        default:
            break
        }
    }

    /// Whether the open elements (the ended one already removed) end with `parent`, `child`
    /// (no variadic array: this runs for every element).
    private func isUnder(_ parent: CamtTag, _ child: CamtTag) -> Bool {
        let count = stack.count
        return count >= 2 && stack[count - 1] == child && stack[count - 2] == parent
    }

    /// Whether the open elements end with `grandparent`, `parent`, `child`.
    private func isUnder(_ grandparent: CamtTag, _ parent: CamtTag, _ child: CamtTag) -> Bool {
        let count = stack.count
        return count >= 3 && stack[count - 1] == child && stack[count - 2] == parent
            && stack[count - 3] == grandparent
    }

    private var value: String {
        var string = String(decoding: text, as: UTF8.self)
        if string.first?.isWhitespace == true || string.last?.isWhitespace == true {
            string = String(string.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        }
        return string
    }

    private func amount(line: Int) throws(FactureBankingError) -> Amount {
        let text = value
        guard let amount = Amount(text), !amount.isNegative else {
            throw FactureBankingError(code: .malformedRecord, message: "'\(text)' is not an amount", record: line)
        }
        return amount
    }

    private func indicator(line: Int) throws(FactureBankingError) -> Bool {
        switch value {
        case "DBIT": return true
        case "CRDT": return false
        case let other:
            throw FactureBankingError(
                code: .malformedRecord,
                message: "CdtDbtInd is '\(other)', not CRDT or DBIT",
                record: line
            )
        }
    }

    private func date(line: Int) throws(FactureBankingError) -> CalendarDate {
        let text = value
        guard text.utf8.count >= 10, let date = try? CalendarDate(parsingISO8601: text.prefix(10)) else {
            throw FactureBankingError(code: .malformedRecord, message: "'\(text)' is not a date", record: line)
        }
        return date
    }

    private func iban(line: Int) throws(FactureBankingError) -> IBAN {
        let text = value
        do {
            return try IBAN(text)
        } catch {
            throw FactureBankingError(
                code: .malformedRecord,
                message: "'\(text)' is not an IBAN: \(error)",
                record: line
            )
        }
    }

    private func finishBalance(line: Int) throws(FactureBankingError) {
        guard balance.code == "OPBD" || balance.code == "PRCD" || balance.code == "CLBD" else { return }
        guard let amount = balance.amount, let isDebit = balance.isDebit, let date = balance.date else {
            throw FactureBankingError(
                code: .malformedRecord,
                message: "the \(balance.code) balance lacks its Amt, CdtDbtInd or Dt",
                record: line
            )
        }
        let signed = isDebit ? Amount(-amount.decimal) : amount
        if balance.code == "CLBD" {
            statement?.closing = (date, signed)
        } else if balance.code == "OPBD" || statement?.opening == nil {
            statement?.opening = (date, signed)
        }
    }

    private func emitStatementHeader(
        _ handler: (Camt053Event) throws(FactureBankingError) -> Void
    ) throws(FactureBankingError) {
        guard var state = statement, !state.emitted else { return }
        guard let opening = state.opening else {
            throw FactureBankingError(
                code: .malformedRecord,
                message: "the statement has no opening (OPBD) balance before its entries",
                record: state.line
            )
        }
        guard !state.currency.isEmpty else {
            throw FactureBankingError(
                code: .malformedRecord,
                message: "the statement's Acct has no Ccy",
                record: state.line
            )
        }
        state.emitted = true
        state.account = BankAccountReference(iban: state.iban, currency: state.currency)
        statement = state
        try handler(
            .statement(
                BankStatement(
                    account: state.account,
                    openingDate: opening.date,
                    openingBalance: opening.amount,
                    closingDate: state.closing?.date,
                    closingBalance: state.closing?.amount
                )
            )
        )
    }

    private func finishEntry() throws(FactureBankingError) -> BankMovement {
        guard let account = statement?.account else {
            throw FactureBankingError(code: .unexpectedRecord, message: "an Ntry outside a Stmt", record: entry.line)
        }
        guard let amount = entry.amount, let isDebit = entry.isDebit else {
            throw FactureBankingError(
                code: .malformedRecord,
                message: "the Ntry lacks its Amt or CdtDbtInd",
                record: entry.line
            )
        }
        guard let bookingDate = entry.bookingDate else {
            throw FactureBankingError(code: .malformedRecord, message: "the Ntry has no BookgDt", record: entry.line)
        }
        ordinal += 1
        // A 2-character proprietary code is the CFONB operation code French banks send beside the ISO one: it
        // wins, so a movement has the same code read from CFONB 120 or from camt.053.
        var operationCode = entry.proprietary
        let isCFONBCode =
            operationCode.utf8.count == 2 && operationCode.utf8.allSatisfy { $0 < 0x80 && $0 != 0x20 }
        if !entry.domain.isEmpty, !isCFONBCode {
            operationCode = [entry.domain, entry.family, entry.subfamily].filter { !$0.isEmpty }.joined(separator: "/")
        }
        var movement = BankMovement(
            ordinal: ordinal,
            account: account,
            operationCode: operationCode,
            bookingDate: bookingDate,
            valueDate: entry.valueDate,
            amount: isDebit ? Amount(-amount.decimal) : amount,
            label: entry.label,
            reference: entry.reference
        )
        var parties: [Counterparty] = []
        for transaction in entry.transactions {
            let party = isDebit ? transaction.creditor : transaction.debtor
            if !party.name.isEmpty || party.iban != nil {
                let counterparty = Counterparty(name: party.name, iban: party.iban, bic: party.bic)
                parties.append(counterparty)
                if !party.name.isEmpty {
                    movement.details.append(MovementDetail(qualifier: isDebit ? "NBE" : "NPY", text: party.name))
                }
            }
            for line in transaction.remittance {
                movement.remittance.append(line)
                movement.details.append(MovementDetail(qualifier: "LCC", text: line))
            }
            if let reference = transaction.creditorReference {
                if movement.creditorReference == nil { movement.creditorReference = reference }
                movement.details.append(MovementDetail(qualifier: "REF", text: reference))
            }
            if let endToEndID = transaction.endToEndID {
                movement.details.append(MovementDetail(qualifier: "RCN", text: endToEndID))
            }
        }
        if entry.transactions.count == 1 {
            movement.endToEndID = entry.transactions[0].endToEndID
        }
        if let first = parties.first, parties.allSatisfy({ $0.name == first.name && $0.iban == first.iban }),
            parties.count == entry.transactions.count
        {
            movement.counterparty = first
        }
        return movement
    }
}

// MARK: - State

private struct StatementState {
    var line: Int
    var iban: IBAN?
    var currency = ""
    var opening: (date: CalendarDate, amount: Amount)?
    var closing: (date: CalendarDate, amount: Amount)?
    var emitted = false
    var account = BankAccountReference(currency: "")
}

private struct BalanceState {
    var code = ""
    var amount: Amount?
    var isDebit: Bool?
    var date: CalendarDate?
}

private struct EntryState {
    var line = 0
    var amount: Amount?
    var isDebit: Bool?
    var bookingDate: CalendarDate?
    var valueDate: CalendarDate?
    var reference = ""
    var domain = ""
    var family = ""
    var subfamily = ""
    var proprietary = ""
    var label = ""
    var transactions: [TransactionState] = []
}

private struct PartyState {
    var name = ""
    var iban: IBAN?
    var bic: String?
}

private struct TransactionState {
    var endToEndID: String?
    var amount: Amount?
    var debtor = PartyState()
    var creditor = PartyState()
    var remittance: [String] = []
    var creditorReference: String?
}

/// libxml2 diagnostics of one parse; the first error becomes the thrown one.
final class CamtDiagnostics {
    private(set) var firstError: FactureBankingError?

    func record(_ error: UnsafePointer<xmlError>) {
        guard firstError == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.pointee.message.map { String(cString: $0) } ?? "unknown libxml2 error"
        while let last = message.last, last.isNewline || last == " " { message.removeLast() }
        firstError = FactureBankingError(
            code: .malformedRecord,
            message: "malformed XML: \(message)",
            record: error.pointee.line > 0 ? Int(error.pointee.line) : nil,
            column: error.pointee.int2 > 0 ? Int(error.pointee.int2) : nil
        )
    }

    /// The first recorded error, or a generic one at `line`.
    func error(line: Int) -> FactureBankingError {
        firstError
            ?? FactureBankingError(code: .malformedRecord, message: "malformed XML", record: line > 0 ? line : nil)
    }
}
