// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel

/// The pain.001 (customer credit transfer initiation) versions ``SEPACreditTransferWriter`` writes.
public enum Pain001Version: String, Sendable, Hashable, CaseIterable {
    /// pain.001.001.03 (the SEPA rulebook's version until November 2025, still accepted by French banks).
    case v03 = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"
    /// pain.001.001.09 (the 2019 message of the current SEPA rulebooks).
    case v09 = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"

    /// The XML namespace of the version's `Document` element.
    public var namespace: String { rawValue }
}

/// Writes a ``SEPAPaymentOrder`` as a SEPA credit transfer initiation (pain.001.001.03 or .09):
/// one group header, one payment information block (one batch), one `CdtTrfTxInf` per transfer;
/// number of transactions and control sum computed.
///
/// Every field is checked first: IBAN check digits, BIC shape, amounts positive with at most two
/// decimals, end-to-end ids unique, 1 to 35 characters, in the SEPA character set, remittance
/// text at most 140 characters, creditor references valid ISO 11649. Texts are transliterated to
/// the SEPA character set (`Société Générale & Fils` → `Societe Generale + Fils`).
///
/// ```swift
/// let xml = try SEPACreditTransferWriter(version: .v09).write(order)
/// ```
public struct SEPACreditTransferWriter: Sendable {
    /// The message version written.
    public var version: Pain001Version

    /// A writer.
    public init(version: Pain001Version = .v03) {
        self.version = version
    }

    /// The pain.001 document, UTF-8 encoded.
    ///
    /// - Throws: ``FactureBankingError`` with code `invalidPayment`; the message names the transfer
    ///   (1-based position and end-to-end id) and the field at fault.
    public func write(_ order: SEPAPaymentOrder) throws(FactureBankingError) -> [UInt8] {
        Array(try document(order).utf8)
    }

    /// The pain.001 document as text.
    ///
    /// - Throws: As ``write(_:)``.
    public func document(_ order: SEPAPaymentOrder) throws(FactureBankingError) -> String {
        let checked = try CheckedOrder(order)
        let bicElement = version == .v03 ? "BIC" : "BICFI"
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<Document xmlns=\"\(version.namespace)\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
        xml += "<CstmrCdtTrfInitn><GrpHdr>"
        xml += element("MsgId", checked.messageID)
        xml += element("CreDtTm", order.creationTime.iso8601String)
        xml += element("NbOfTxs", String(checked.transfers.count))
        xml += element("CtrlSum", checked.controlSum)
        xml += "<InitgPty>" + element("Nm", checked.debtorName) + "</InitgPty></GrpHdr>\n"
        xml += "<PmtInf>"
        xml += element("PmtInfId", checked.paymentInformationID)
        xml += element("PmtMtd", "TRF")
        xml += element("BtchBookg", order.batchBooking ? "true" : "false")
        xml += element("NbOfTxs", String(checked.transfers.count))
        xml += element("CtrlSum", checked.controlSum)
        xml += "<PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl></PmtTpInf>"
        let executionDate = order.requestedExecutionDate.iso8601String
        xml +=
            version == .v03
            ? element("ReqdExctnDt", executionDate) : "<ReqdExctnDt>" + element("Dt", executionDate) + "</ReqdExctnDt>"
        xml += "<Dbtr>" + element("Nm", checked.debtorName) + "</Dbtr>"
        xml += "<DbtrAcct><Id>" + element("IBAN", checked.debtorIBAN) + "</Id></DbtrAcct>"
        xml += "<DbtrAgt>" + financialInstitution(checked.debtorBIC, bicElement: bicElement) + "</DbtrAgt>"
        xml += element("ChrgBr", "SLEV")
        for transfer in checked.transfers {
            xml += "<CdtTrfTxInf><PmtId>"
            if let instructionID = transfer.instructionID { xml += element("InstrId", instructionID) }
            xml += element("EndToEndId", transfer.endToEndID) + "</PmtId>"
            xml += "<Amt><InstdAmt Ccy=\"EUR\">\(transfer.amount)</InstdAmt></Amt>"
            if let bic = transfer.bic {
                xml += "<CdtrAgt>" + financialInstitution(bic, bicElement: bicElement) + "</CdtrAgt>"
            }
            xml += "<Cdtr>" + element("Nm", transfer.name) + "</Cdtr>"
            xml += "<CdtrAcct><Id>" + element("IBAN", transfer.iban) + "</Id></CdtrAcct>"
            switch transfer.remittance {
            case .creditorReference(let reference)?:
                xml += "<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>ISO</Issr></Tp>"
                xml += element("Ref", reference) + "</CdtrRefInf></Strd></RmtInf>"
            case .unstructured(let text)?:
                xml += "<RmtInf>" + element("Ustrd", text) + "</RmtInf>"
            case nil:
                break
            }
            xml += "</CdtTrfTxInf>"
        }
        xml += "</PmtInf>\n</CstmrCdtTrfInitn>\n</Document>\n"
        return xml
    }

    private func financialInstitution(_ bic: String?, bicElement: String) -> String {
        guard let bic else { return "<FinInstnId><Othr><Id>NOTPROVIDED</Id></Othr></FinInstnId>" }
        return "<FinInstnId>" + element(bicElement, bic) + "</FinInstnId>"
    }

    private func element(_ name: String, _ text: String) -> String {
        "<\(name)>\(SEPAText.escaped(text))</\(name)>"
    }
}

/// A payment order whose every field has been checked and transliterated.
private struct CheckedOrder {
    struct Transfer {
        var name: String
        var iban: String
        var bic: String?
        var amount: String
        var endToEndID: String
        var instructionID: String?
        var remittance: SEPARemittance?
    }

    var messageID: String
    var paymentInformationID: String
    var debtorName: String
    var debtorIBAN: String
    var debtorBIC: String?
    var controlSum: String
    var transfers: [Transfer] = []

    init(_ order: SEPAPaymentOrder) throws(FactureBankingError) {
        messageID = try Self.identifier(order.messageID, field: "message id (MsgId)")
        paymentInformationID =
            order.paymentInformationID.isEmpty
            ? messageID : try Self.identifier(order.paymentInformationID, field: "payment information id (PmtInfId)")
        debtorName = try Self.name(order.debtorName, field: "debtor name")
        debtorIBAN = try Self.iban(order.debtorIBAN, field: "debtor IBAN")
        debtorBIC = try order.debtorBIC.map { bic throws(FactureBankingError) in try Self.bic(bic, field: "debtor BIC")
        }
        guard !order.transfers.isEmpty else {
            throw FactureBankingError(code: .invalidPayment, message: "the payment order has no transfer")
        }
        var seen: [String: Int] = [:]
        for (index, transfer) in order.transfers.enumerated() {
            let position = index + 1
            let which = "transfer \(position) (\(transfer.endToEndID))"
            let endToEndID = try Self.identifier(transfer.endToEndID, field: "\(which): end-to-end id")
            if let first = seen[endToEndID] {
                throw FactureBankingError(
                    code: .invalidPayment,
                    message: "\(which): end-to-end id '\(endToEndID)' is already used by transfer \(first)"
                )
            }
            seen[endToEndID] = position
            let amount = transfer.amount
            guard !amount.isNegative, !amount.isZero else {
                throw FactureBankingError(
                    code: .invalidPayment,
                    message: "\(which): amount \(amount) is not positive"
                )
            }
            guard amount.hasAtMostFractionDigits(2), amount.decimal < ExactDecimal(1_000_000_000) else {
                throw FactureBankingError(
                    code: .invalidPayment,
                    message: "\(which): amount \(amount) has more than 2 decimals or is 1 000 000 000 EUR or more"
                )
            }
            var remittance: SEPARemittance?
            switch transfer.remittance {
            case .creditorReference(let reference)?:
                do {
                    remittance = .creditorReference(try CreditorReference(reference).rawValue)
                } catch {
                    throw FactureBankingError(
                        code: .invalidPayment,
                        message: "\(which): '\(reference)' is not an ISO 11649 creditor reference (\(error))"
                    )
                }
            case .unstructured(let text)?:
                let sepa = SEPAText.transliterated(text)
                guard sepa.count <= 140 else {
                    throw FactureBankingError(
                        code: .invalidPayment,
                        message: "\(which): remittance text is \(sepa.count) characters, more than 140"
                    )
                }
                remittance = sepa.isEmpty ? nil : .unstructured(sepa)
            case nil:
                break
            }
            transfers.append(
                Transfer(
                    name: try Self.name(transfer.creditorName, field: "\(which): creditor name"),
                    iban: try Self.iban(transfer.creditorIBAN, field: "\(which): creditor IBAN"),
                    bic: try transfer.creditorBIC.map { bic throws(FactureBankingError) in
                        try Self.bic(bic, field: "\(which): creditor BIC")
                    },
                    amount: amount.decimal.padded(toScale: 2).description,
                    endToEndID: endToEndID,
                    instructionID: try transfer.instructionID.map { id throws(FactureBankingError) in
                        try Self.identifier(id, field: "\(which): instruction id")
                    },
                    remittance: remittance
                )
            )
        }
        controlSum = order.controlSum.decimal.padded(toScale: 2).description
    }

    /// An identifier: 1 to 35 characters of the SEPA set, not starting or ending with `/`, no `//`.
    static func identifier(_ text: String, field: String) throws(FactureBankingError) -> String {
        guard !text.isEmpty, text.count <= 35, text.unicodeScalars.allSatisfy(SEPAText.isAllowed),
            !text.hasPrefix("/"), !text.hasSuffix("/"), !text.contains("//")
        else {
            throw FactureBankingError(
                code: .invalidPayment,
                message: "\(field) '\(text)' must be 1 to 35 SEPA characters (A-Z a-z 0-9 / - ? : ( ) . , ' + space), "
                    + "not starting or ending with '/' nor containing '//'"
            )
        }
        return text
    }

    static func name(_ text: String, field: String) throws(FactureBankingError) -> String {
        let sepa = SEPAText.transliterated(text)
        guard !sepa.isEmpty, sepa.count <= 70 else {
            throw FactureBankingError(
                code: .invalidPayment,
                message: "\(field) '\(text)' must have 1 to 70 characters"
            )
        }
        return sepa
    }

    static func iban(_ text: String, field: String) throws(FactureBankingError) -> String {
        do {
            return try IBAN(text).rawValue
        } catch {
            throw FactureBankingError(
                code: .invalidPayment,
                message: "\(field) '\(text)' is not a valid IBAN: \(error)"
            )
        }
    }

    static func bic(_ text: String, field: String) throws(FactureBankingError) -> String {
        let bytes = Array(text.utf8)
        let isUpper = { (byte: UInt8) in byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard bytes.count == 8 || bytes.count == 11, bytes.prefix(6).allSatisfy(isUpper),
            bytes.dropFirst(6).allSatisfy({ isUpper($0) || isDigit($0) })
        else {
            throw FactureBankingError(
                code: .invalidPayment,
                message: "\(field) '\(text)' is not a BIC (6 letters, then 2 or 5 letters or digits)"
            )
        }
        return text
    }
}
