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

/// The elements the pain.001 mapping looks at; everything else is `other`.
enum Pain001Tag: String {
    case document = "Document", pmtInf = "PmtInf", pmtInfId = "PmtInfId", cdtTrfTxInf = "CdtTrfTxInf"
    case pmtId = "PmtId", endToEndId = "EndToEndId", amt = "Amt", instdAmt = "InstdAmt", cdtr = "Cdtr"
    case nm = "Nm", cdtrAcct = "CdtrAcct", id = "Id", iban = "IBAN", rmtInf = "RmtInf", ustrd = "Ustrd"
    case strd = "Strd", cdtrRefInf = "CdtrRefInf", ref = "Ref"
    case other = ""
}

/// One pain.001 parse: drives libxml2's `xmlTextReader` through ``XMLPullReading`` (the loop and secure
/// configuration the camt.053 reader uses) and maps `PmtInf`/`CdtTrfTxInf` to ``PaymentRun``s. Not thread-safe: one
/// instance per parse, on one thread.
final class Pain001Parser {
    private let limits: Pain001ReadingLimits
    /// Tags by the parser dictionary's pointer of their local name: found without decoding.
    private var tagsByName: [UnsafeRawPointer: Pain001Tag] = [:]
    /// Open elements, innermost last, and the line of each.
    private var stack: [Pain001Tag] = []
    private var lines: [Int] = []
    /// The text of the innermost element so far.
    private var text: [UInt8] = []

    private var run: RunState?
    private var transfer: TransferState?

    init(limits: Pain001ReadingLimits) {
        self.limits = limits
    }

    /// Parses `storage`, handing each complete run to `handler`.
    func parse(
        _ storage: CamtInput.Storage,
        _ handler: (PaymentRun) -> Void
    ) throws(FactureBankingError) -> Pain001Version {
        var version: Pain001Version?
        try XMLPullReading.withReader(
            storage,
            maximumBytes: limits.maximumBytes,
            maximumDepth: limits.maximumDepth,
            document: "a pain.001 payment order",
            describing: Self.describing
        ) { reader, nodeType throws(FactureBankingError) in
            switch nodeType {
            case XML_READER_TYPE_ELEMENT.rawValue:
                let tag = self.tag(reader)
                let elementLine = Int(xmlGetLineNo(xmlTextReaderCurrentNode(reader)))
                if version == nil {
                    version = try Self.version(reader, tag: tag, line: elementLine)
                }
                try self.start(tag, line: elementLine)
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

    /// The input's own refusals, worded for a payment order.
    private static func describing(_ failure: FactureBankingError) -> FactureBankingError {
        if failure.code == .unsupportedFormat {
            return FactureBankingError(
                code: .unsupportedFormat,
                message: "a pain.001 payment order has no DOCTYPE or entity declaration; refused",
                record: failure.record
            )
        }
        if failure.code == .malformedRecord, failure.record == nil {
            return FactureBankingError(code: .malformedRecord, message: "the payment order is too large")
        }
        return failure
    }

    private static func version(
        _ reader: xmlTextReaderPtr,
        tag: Pain001Tag,
        line: Int
    ) throws(FactureBankingError) -> Pain001Version {
        let namespace = xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) } ?? ""
        guard tag == .document, let version = Pain001Version(rawValue: namespace) else {
            throw FactureBankingError(
                code: .unsupportedFormat,
                message: "not a pain.001.001.03 or .09 payment order: the root is "
                    + (namespace.isEmpty ? "" : "{\(namespace)}")
                    + (xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? "?"),
                record: line
            )
        }
        return version
    }

    private func tag(_ reader: xmlTextReaderPtr) -> Pain001Tag {
        guard let name = xmlTextReaderConstLocalName(reader) else { return .other }
        let key = UnsafeRawPointer(name)
        if let known = tagsByName[key] { return known }
        let tag = Pain001Tag(rawValue: String(cString: name)) ?? .other
        // Names are interned in the parser's dictionary; the bound only guards against a reader
        // that would not intern them.
        if tagsByName.count < 4096 { tagsByName[key] = tag }
        return tag
    }

    // MARK: - Mapping

    private func start(_ tag: Pain001Tag, line: Int) throws(FactureBankingError) {
        text.removeAll(keepingCapacity: true)
        switch tag {
        case .pmtInf:
            run = RunState(line: line)
        case .cdtTrfTxInf:
            guard run != nil else {
                throw FactureBankingError(
                    code: .malformedRecord,
                    message: "a CdtTrfTxInf outside a PmtInf",
                    record: line
                )
            }
            transfer = TransferState(line: line)
        default:
            break
        }
        stack.append(tag)
        lines.append(line)
    }

    private func end(_ handler: (PaymentRun) -> Void) throws(FactureBankingError) {
        guard let tag = stack.popLast(), let line = lines.popLast() else { return }
        defer { text.removeAll(keepingCapacity: true) }
        switch tag {
        case .pmtInfId where stack.last == .pmtInf:
            run?.id = value
        case .endToEndId where isUnder(.cdtTrfTxInf, .pmtId):
            transfer?.endToEndID = value
        case .instdAmt where isUnder(.cdtTrfTxInf, .amt):
            transfer?.amount = try amount(line: line)
        case .nm where isUnder(.cdtTrfTxInf, .cdtr):
            transfer?.creditorName = value
        case .iban where isUnder(.cdtTrfTxInf, .cdtrAcct, .id):
            transfer?.creditorIBAN = try iban(line: line)
        case .ustrd where stack.last == .rmtInf:
            let text = value
            if !text.isEmpty { transfer?.remittance.append(text) }
        case .ref where isUnder(.strd, .cdtrRefInf):
            let reference = value
            guard !reference.isEmpty else { break }
            if transfer?.creditorReference == nil {
                transfer?.creditorReference = reference
            } else {
                transfer?.remittance.append(reference)
            }
        case .cdtTrfTxInf:
            guard let state = transfer else { break }
            transfer = nil
            run?.transfers.append(try finish(state))
        case .pmtInf:
            guard let state = run else { break }
            run = nil
            guard !state.id.isEmpty else {
                throw FactureBankingError(
                    code: .malformedRecord,
                    message: "the PmtInf has no PmtInfId",
                    record: state.line
                )
            }
            handler(PaymentRun(id: state.id, transfers: state.transfers))
        default:
            break
        }
    }

    private func finish(_ state: TransferState) throws(FactureBankingError) -> PaymentRunTransfer {
        guard !state.endToEndID.isEmpty else {
            throw FactureBankingError(
                code: .malformedRecord,
                message: "the CdtTrfTxInf has no PmtId/EndToEndId",
                record: state.line
            )
        }
        guard let amount = state.amount else {
            throw FactureBankingError(
                code: .malformedRecord,
                message: "the CdtTrfTxInf \(state.endToEndID) has no Amt/InstdAmt",
                record: state.line
            )
        }
        return PaymentRunTransfer(
            endToEndID: state.endToEndID,
            creditorName: state.creditorName,
            creditorIBAN: state.creditorIBAN,
            amount: amount,
            remittance: state.remittance,
            creditorReference: state.creditorReference
        )
    }

    /// Whether the open elements (the ended one already removed) end with `parent`, `child`.
    private func isUnder(_ parent: Pain001Tag, _ child: Pain001Tag) -> Bool {
        let count = stack.count
        return count >= 2 && stack[count - 1] == child && stack[count - 2] == parent
    }

    /// Whether the open elements end with `grandparent`, `parent`, `child`.
    private func isUnder(_ grandparent: Pain001Tag, _ parent: Pain001Tag, _ child: Pain001Tag) -> Bool {
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
        guard let amount = Amount(text), !amount.isNegative, !amount.isZero else {
            throw FactureBankingError(
                code: .malformedRecord,
                message: "InstdAmt '\(text)' is not a positive amount",
                record: line
            )
        }
        return amount
    }

    private func iban(line: Int) throws(FactureBankingError) -> IBAN {
        let text = value
        do {
            return try IBAN(text)
        } catch {
            throw FactureBankingError(
                code: .malformedRecord,
                message: "CdtrAcct/Id/IBAN '\(text)' is not an IBAN: \(error)",
                record: line
            )
        }
    }
}

// MARK: - State

private struct RunState {
    var line: Int
    var id = ""
    var transfers: [PaymentRunTransfer] = []
}

private struct TransferState {
    var line: Int
    var endToEndID = ""
    var creditorName = ""
    var creditorIBAN: IBAN?
    var amount: Amount?
    var remittance: [String] = []
    var creditorReference: String?
}
