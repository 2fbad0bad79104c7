// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FacturX
import FactureModel
import Foundation

private let rsm = "urn:un:unece:uncefact:data:standard:CrossDomainAcknowledgementAndResponse:100"
private let ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
private let udt = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
private let qdt = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
/// ISO 6523 ICD of the SIREN.
private let sirenScheme = "0002"

extension LifecycleStatusMessage {
    /// The message as CDAR D22B XML (UTF-8, indented).
    ///
    /// - Throws: ``FacturePlatformError/Code/invalidInput`` when the message cannot be written: an empty
    ///   identifier or invoice number, no recipient, no issuer role on the event, a status code outside
    ///   100…999, or a non-platform issuer without SIREN.
    public func cdarEncoded() throws(FacturePlatformError) -> [UInt8] {
        func refuse(_ message: String) -> FacturePlatformError {
            FacturePlatformError(code: .invalidInput, message: message, operation: "cdar.build")
        }
        guard !identifier.isEmpty else { throw refuse("the message has no identifier") }
        guard !invoice.number.isEmpty else { throw refuse("the invoice reference has no number") }
        guard !recipients.isEmpty else { throw refuse("a lifecycle message needs at least one recipient") }
        guard let issuerRole = event.issuerRole else { throw refuse("the event has no issuer role") }
        guard (100...999).contains(event.status.rawValue) else {
            throw refuse("status \(event.status.rawValue) is not a status code")
        }
        if !isTransmissionPhase, issuerSIREN == nil {
            throw refuse("a status issued by \(issuerRole) (processing phase) names its issuer's SIREN")
        }

        var context = element(rsm, "ExchangedDocumentContext", prefix: "rsm")
        if let businessProcess {
            context.append(
                element(ram, "BusinessProcessSpecifiedDocumentContextParameter", [text(ram, "ID", businessProcess)])
            )
        }
        context.append(element(ram, "GuidelineSpecifiedDocumentContextParameter", [text(ram, "ID", guideline)]))

        var exchanged = element(rsm, "ExchangedDocument", prefix: "rsm")
        exchanged.append(text(ram, "ID", identifier))
        exchanged.append(
            dateTime(ram, "IssueDateTime", CDARDates.format204(issuedAt), format: "204", namespace: udt, prefix: "udt")
        )
        exchanged.append(party("SenderTradeParty", sender))
        exchanged.append(
            party("IssuerTradeParty", Party(role: issuerRole, siren: isTransmissionPhase ? nil : issuerSIREN))
        )
        for recipient in recipients { exchanged.append(party("RecipientTradeParty", recipient)) }

        var referenced = element(ram, "ReferenceReferencedDocument")
        referenced.append(text(ram, "IssuerAssignedID", invoice.number))
        if let typeCode = invoice.typeCode { referenced.append(text(ram, "TypeCode", typeCode)) }
        referenced.append(
            dateTime(
                ram,
                "FormattedIssueDateTime",
                invoice.issueDate.format102String,
                format: "102",
                namespace: qdt,
                prefix: "qdt"
            )
        )
        referenced.append(text(ram, "ProcessConditionCode", String(event.status.rawValue)))
        if let seller = invoice.sellerSIREN {
            referenced.append(party("IssuerTradeParty", Party(role: .seller, siren: seller)))
        }
        if let buyer = invoice.buyerSIREN {
            referenced.append(party("RecipientTradeParty", Party(role: .buyer, siren: buyer)))
        }
        if event.reason != nil || event.text != nil || event.amount != nil {
            var status = element(ram, "SpecifiedDocumentStatus")
            if let reason = event.reason { status.append(text(ram, "ReasonCode", reason.rawValue)) }
            if let reasonText = event.text { status.append(text(ram, "Reason", reasonText)) }
            status.append(text(ram, "SequenceNumeric", "1"))
            if let amount = event.amount {
                status.append(
                    element(
                        ram,
                        "SpecifiedDocumentCharacteristic",
                        [text(ram, "TypeCode", "MEN"), text(ram, "ValueAmount", amount.description)]
                    )
                )
            }
            referenced.append(status)
        }

        var acknowledgement = element(rsm, "AcknowledgementDocument", prefix: "rsm")
        acknowledgement.append(text(ram, "TypeCode", isTransmissionPhase ? "305" : "23"))
        acknowledgement.append(
            dateTime(ram, "IssueDateTime", event.date.format102String, format: "102", namespace: udt, prefix: "udt")
        )
        acknowledgement.append(referenced)

        let root = XMLElement(
            namespace: rsm,
            name: "CrossDomainAcknowledgementAndResponse",
            prefix: "rsm",
            content: [.element(context), .element(exchanged), .element(acknowledgement)]
        )
        return FacturX.XMLDocument(root: root).serialized(prettyPrinted: true)
    }

    /// Reads a CDAR D22B lifecycle status message.
    ///
    /// - Throws: ``FacturePlatformError/Code/invalidMessage`` when the XML cannot be parsed, is not a
    ///   `rsm:CrossDomainAcknowledgementAndResponse`, or lacks a term the model needs (message id, issue
    ///   date-time, sender, issuer role, invoice number and issue date, status code, event date), or holds a
    ///   SIREN, date or amount that does not read.
    public init(cdarEncoded bytes: some Collection<UInt8>) throws(FacturePlatformError) {
        func invalid(_ message: String) -> FacturePlatformError {
            FacturePlatformError(code: .invalidMessage, message: message, operation: "cdar.read")
        }
        let document: FacturX.XMLDocument
        do {
            document = try FacturX.XMLDocument(parsing: bytes)
        } catch {
            throw invalid("the CDAR message is not well-formed XML: \(error.message)")
        }
        let root = document.root
        guard root.namespace == rsm, root.name == "CrossDomainAcknowledgementAndResponse" else {
            throw invalid("the root is not rsm:CrossDomainAcknowledgementAndResponse")
        }
        let context = root.child(rsm, "ExchangedDocumentContext")
        guard let exchanged = root.child(rsm, "ExchangedDocument") else { throw invalid("no rsm:ExchangedDocument") }
        guard let acknowledgement = root.child(rsm, "AcknowledgementDocument") else {
            throw invalid("no rsm:AcknowledgementDocument")
        }
        guard let referenced = acknowledgement.child(ram, "ReferenceReferencedDocument") else {
            throw invalid("no ram:ReferenceReferencedDocument")
        }

        func siren(of party: XMLElement?) throws(FacturePlatformError) -> SIREN? {
            guard let party else { return nil }
            let ids = party.children(ram, "GlobalID") + party.children(ram, "ID")
            guard let id = ids.first(where: { $0.attribute("schemeID") == sirenScheme }) ?? ids.first else {
                return nil
            }
            do {
                return try SIREN(id.text.trimmingCharacters(in: .whitespaces))
            } catch {
                throw invalid("the party identifier \(id.text) is not a SIREN")
            }
        }
        func readParty(_ party: XMLElement) throws(FacturePlatformError) -> Party {
            guard let role = party.child(ram, "RoleCode")?.text, !role.isEmpty else {
                throw invalid("a party has no ram:RoleCode")
            }
            return Party(role: .init(rawValue: role), siren: try siren(of: party), name: party.child(ram, "Name")?.text)
        }
        func date102(_ element: XMLElement?, _ what: String) throws(FacturePlatformError) -> CalendarDate {
            guard let string = element?.children.first(where: { $0.name == "DateTimeString" })?.text else {
                throw invalid("no \(what)")
            }
            do {
                return try CalendarDate(parsingFormat102: string)
            } catch {
                throw invalid("\(what) \(string) is not a format 102 date")
            }
        }

        guard let identifier = exchanged.child(ram, "ID")?.text, !identifier.isEmpty else {
            throw invalid("no message identifier (rsm:ExchangedDocument/ram:ID)")
        }
        guard
            let issued = exchanged.child(ram, "IssueDateTime")?.children.first(where: { $0.name == "DateTimeString" })?
                .text,
            let issuedAt = CDARDates.parse204(issued)
        else {
            throw invalid("no issue date-time (format 204) in rsm:ExchangedDocument")
        }
        guard let senderElement = exchanged.child(ram, "SenderTradeParty") else {
            throw invalid("no ram:SenderTradeParty")
        }
        guard let issuerElement = exchanged.child(ram, "IssuerTradeParty") else {
            throw invalid("no ram:IssuerTradeParty")
        }
        let issuer = try readParty(issuerElement)
        var recipients: [Party] = []
        for recipient in exchanged.children(ram, "RecipientTradeParty") { recipients.append(try readParty(recipient)) }

        guard let number = referenced.child(ram, "IssuerAssignedID")?.text, !number.isEmpty else {
            throw invalid("no invoice number (ram:IssuerAssignedID)")
        }
        let issueDate = try date102(referenced.child(ram, "FormattedIssueDateTime"), "invoice issue date")
        guard let code = referenced.child(ram, "ProcessConditionCode")?.text, let statusCode = Int(code) else {
            throw invalid("no status code (ram:ProcessConditionCode)")
        }
        let eventDate = try date102(acknowledgement.child(ram, "IssueDateTime"), "status date")
        let status = referenced.child(ram, "SpecifiedDocumentStatus")
        var amount: Amount?
        if let value = status?.children(ram, "SpecifiedDocumentCharacteristic")
            .first(where: { $0.child(ram, "TypeCode")?.text == "MEN" })?.child(ram, "ValueAmount")?.text
        {
            do {
                amount = try Amount(parsing: value)
            } catch {
                throw invalid("the amount \(value) does not read")
            }
        }
        let reasonCode = status?.child(ram, "ReasonCode")?.text

        self.init(
            identifier: identifier,
            issuedAt: issuedAt,
            businessProcess: context?.child(ram, "BusinessProcessSpecifiedDocumentContextParameter")?.child(ram, "ID")?
                .text,
            guideline: context?.child(ram, "GuidelineSpecifiedDocumentContextParameter")?.child(ram, "ID")?.text ?? "",
            sender: try readParty(senderElement),
            recipients: recipients,
            invoice: InvoiceReference(
                number: number,
                issueDate: issueDate,
                typeCode: referenced.child(ram, "TypeCode")?.text,
                sellerSIREN: try siren(of: referenced.child(ram, "IssuerTradeParty")),
                buyerSIREN: try siren(of: referenced.child(ram, "RecipientTradeParty"))
            ),
            event: LifecycleEvent(
                status: LifecycleStatus(rawValue: statusCode),
                date: eventDate,
                reason: reasonCode.map { LifecycleStatusReason(rawValue: $0) },
                text: status?.child(ram, "Reason")?.text,
                issuerRole: issuer.role,
                amount: amount
            ),
            issuerSIREN: issuer.siren
        )
    }
}

private func element(
    _ namespace: String,
    _ name: String,
    prefix: String = "ram",
    _ children: [XMLElement] = []
) -> XMLElement {
    XMLElement(namespace: namespace, name: name, prefix: prefix, content: children.map { .element($0) })
}

private func text(_ namespace: String, _ name: String, _ value: String) -> XMLElement {
    XMLElement(namespace: namespace, name: name, prefix: "ram", text: value)
}

private func dateTime(
    _ namespace: String,
    _ name: String,
    _ value: String,
    format: String,
    namespace inner: String,
    prefix: String
) -> XMLElement {
    element(
        namespace,
        name,
        [
            XMLElement(
                namespace: inner,
                name: "DateTimeString",
                prefix: prefix,
                text: value,
                attributes: [XMLAttribute(name: "format", value: format)]
            )
        ]
    )
}

private func party(_ name: String, _ party: LifecycleStatusMessage.Party) -> XMLElement {
    var element = element(ram, name)
    if let siren = party.siren {
        element.append(
            XMLElement(
                namespace: ram,
                name: "GlobalID",
                prefix: "ram",
                text: siren.rawValue,
                attributes: [XMLAttribute(name: "schemeID", value: sirenScheme)]
            )
        )
    }
    if let name = party.name { element.append(text(ram, "Name", name)) }
    element.append(text(ram, "RoleCode", party.role.rawValue))
    return element
}

/// UN/CEFACT date-time format 204 (`CCYYMMDDHHMMSS`), in UTC.
enum CDARDates {
    static func format204(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String {
            let number = value ?? 0
            return number < 10 ? "0\(number)" : String(number)
        }
        let year = String(parts.year ?? 0)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + two(parts.month) + two(parts.day)
            + two(parts.hour) + two(parts.minute) + two(parts.second)
    }

    static func parse204(_ text: String) -> Date? {
        let digits = Array(text.trimmingCharacters(in: .whitespaces))
        guard digits.count == 14, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        func number(_ range: Range<Int>) -> Int? { Int(String(digits[range])) }
        var components = DateComponents()
        components.year = number(0..<4)
        components.month = number(4..<6)
        components.day = number(6..<8)
        components.hour = number(8..<10)
        components.minute = number(10..<12)
        components.second = number(12..<14)
        components.timeZone = TimeZone(identifier: "UTC")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }
}
