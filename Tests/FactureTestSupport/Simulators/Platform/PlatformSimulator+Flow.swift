// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FacturX
import FactureHTTP
import FactureModel
import Foundation
import HTTPTypes
import Synchronization

extension PlatformSimulator {
    static let syntaxes: Set<String> = ["CII", "UBL", "Factur-X", "CDAR", "FRR"]
    static let profiles: Set<String> = ["Basic", "CIUS", "Extended-CTC-FR"]
    static let processingRules: Set<String> = ["B2B", "B2BInt", "B2C", "OutOfScope", "ArchiveOnly", "NotApplicable"]

    func flowRoute(
        _ method: HTTPRequest.Method,
        _ route: String,
        query: [String: String],
        _ request: HTTPRequest,
        _ body: HTTPBody
    ) -> HTTPExchange {
        switch (method, route) {
        case (.get, "/v1/healthcheck"):
            return PlatformSimulatorHTTP.empty(200)
        case (.post, "/v1/flows"):
            return submit(request, body)
        case (.post, "/v1/flows/search"):
            return search(body)
        case (.get, _) where route.hasPrefix("/v1/flows/"):
            let id = String(route.dropFirst("/v1/flows/".count)).removingPercentEncoding ?? ""
            return get(id, docType: query["docType"] ?? "Metadata")
        default:
            return PlatformSimulatorHTTP.flowError(404, "MISSING_RESOURCE", "no operation \(method) \(route)")
        }
    }

    // MARK: POST /v1/flows

    private func submit(_ request: HTTPRequest, _ body: HTTPBody) -> HTTPExchange {
        func bad(_ message: String) -> HTTPExchange {
            PlatformSimulatorHTTP.flowError(400, "MISSING_REQUIRED_FIELD", message)
        }
        func unprocessable(_ message: String) -> HTTPExchange {
            PlatformSimulatorHTTP.flowError(422, "UNPROCESSABLE_ENTITY", message)
        }
        guard let contentType = request.headerFields[.contentType],
            let parts = PlatformSimulatorHTTP.multipart(body.bytes, contentType: contentType)
        else { return bad("the body must be multipart/form-data") }
        guard let infoPart = parts.first(where: { $0.name == "flowInfo" }) else { return bad("no flowInfo part") }
        guard let filePart = parts.first(where: { $0.name == "file" }) else { return bad("no file part") }
        if let type = infoPart.contentType, !type.lowercased().hasPrefix("application/json") {
            return bad("flowInfo must be application/json")
        }
        guard let info = (try? JSONSerialization.jsonObject(with: Data(infoPart.body))) as? [String: Any] else {
            return bad("flowInfo is not a JSON object")
        }
        guard let syntax = info["flowSyntax"] as? String else { return bad("flowInfo.flowSyntax is required") }
        guard Self.syntaxes.contains(syntax) else { return bad("flowInfo.flowSyntax \(syntax) is not a FlowSyntax") }
        let trackingID = info["trackingId"] as? String
        if let trackingID, trackingID.isEmpty || trackingID.count > 36 {
            return bad("trackingId has 1 to 36 characters")
        }
        if info["trackingId"] != nil, trackingID == nil { return bad("trackingId must be a string") }
        let name = (info["name"] as? String) ?? filePart.fileName ?? "flow"
        if name.count > 255 { return bad("name has at most 255 characters") }
        let profile = info["flowProfile"] as? String
        if let profile, !Self.profiles.contains(profile) { return bad("flowProfile \(profile) is not a FlowProfile") }
        let rule = info["processingRule"] as? String
        if let rule, !Self.processingRules.contains(rule) {
            return bad("processingRule \(rule) is not a ProcessingRule")
        }
        let sha256 = info["sha256"] as? String
        if let sha256, sha256.count != 64 || !sha256.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) {
            return bad("sha256 must be 64 lowercase hex digits")
        }
        let file = filePart.body
        guard !file.isEmpty else { return unprocessable("EmptyFlow: the file is empty") }
        let fileType = (filePart.contentType ?? "").lowercased()
        let isPDF = file.starts(with: Array("%PDF-".utf8))
        switch syntax {
        case "Factur-X":
            guard isPDF, fileType.isEmpty || fileType.hasPrefix("application/pdf") else {
                return unprocessable("FlowTypeError: a Factur-X flow is an application/pdf file")
            }
        default:
            guard !isPDF, fileType.isEmpty || fileType.contains("xml") else {
                return unprocessable("FlowTypeError: a \(syntax) flow is an application/xml file")
            }
        }

        // The file is recorded; the checks a platform runs after reception decide the acknowledgement.
        var invoice: Invoice?
        var converted: [UInt8]?
        var problem: String?
        switch syntax {
        case "CII":
            do {
                invoice = try Invoice(ciiEncoded: file)
                converted = file
            } catch {
                problem = "the CII invoice does not read: \(error.message)"
            }
        case "Factur-X":
            do {
                let xml = try FacturXPDF(pdfEncoded: file).invoiceXML().xml
                invoice = try Invoice(ciiEncoded: xml)
                converted = xml
            } catch {
                problem = "the Factur-X invoice does not read: \(error.message)"
            }
        default:
            if (try? FacturX.XMLDocument(parsing: file)) == nil { problem = "the XML file is not well-formed" }
        }
        let sellerKey = invoice.map {
            ($0.seller.legalRegistrationIdentifier?.value ?? $0.seller.name) + "|" + $0.number
        }
        let flow = state.withLock { state -> StoredFlow in
            let now = nextInstant(&state)
            let id = UUID().uuidString.lowercased()
            var reason: String?
            if let problem {
                reason = "InvalidSchema: " + problem
            } else if let sellerKey,
                state.flows.values.contains(where: { $0.sellerKey == sellerKey && $0.public_.errorReason == nil })
            {
                reason = "AlreadyExistingFlow: invoice \(invoice?.number ?? "") was already received"
            }
            let stored = StoredFlow(
                public_: SimulatedFlow(
                    flowID: id,
                    trackingID: trackingID,
                    invoiceNumber: invoice?.number,
                    direction: "Out",
                    flowType: syntax == "CDAR" ? "CustomerInvoiceLC" : "CustomerInvoice",
                    ackStatus: "Pending",
                    lifecycleStatus: nil,
                    errorReason: reason
                ),
                name: name,
                syntax: syntax,
                profile: profile,
                processingRule: rule ?? "B2B",
                processingRuleSource: rule == nil ? "Computed" : "Input",
                submittedAt: now,
                updatedAt: now,
                original: file,
                converted: converted,
                readable: invoice.map(Self.readableView),
                sha256: sha256,
                invoice: invoice,
                sellerKey: reason == nil ? sellerKey : nil
            )
            state.flows[id] = stored
            state.order.append(id)
            if let trackingID { state.receivedByTracking[trackingID, default: 0] += 1 }
            if let number = invoice?.number { state.receivedByInvoice[number, default: 0] += 1 }
            return stored
        }
        var answer: [String: Any] = [
            "flowId": flow.public_.flowID,
            "submittedAt": PlatformSimulatorHTTP.format(milliseconds: flow.submittedAt),
            "flowSyntax": syntax,
            "name": name,
        ]
        if let trackingID { answer["trackingId"] = trackingID }
        if let profile { answer["flowProfile"] = profile }
        if let rule { answer["processingRule"] = rule }
        if let sha256 { answer["sha256"] = sha256 }
        return PlatformSimulatorHTTP.json(202, answer)
    }

    // MARK: POST /v1/flows/search

    private func search(_ body: HTTPBody) -> HTTPExchange {
        func bad(_ message: String) -> HTTPExchange {
            PlatformSimulatorHTTP.flowError(400, "INVALID_CRITERIA", message)
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(body.bytes))) as? [String: Any] else {
            return bad("the body is not a JSON object")
        }
        let limit = (object["limit"] as? Int) ?? 25
        guard (1...100).contains(limit) else { return bad("limit is 1 to 100") }
        guard let filters = object["where"] as? [String: Any] else { return bad("where is required") }
        let known: Set<String> = [
            "updatedAfter", "updatedBefore", "processingRule", "flowType", "flowDirection", "trackingId", "ackStatus",
        ]
        guard !filters.isEmpty, Set(filters.keys).isSubset(of: known) else {
            return bad("where needs at least one known criterion")
        }
        var after: Int64?
        var before: Int64?
        if let text = filters["updatedAfter"] {
            guard let text = text as? String, let date = PlatformSimulatorHTTP.milliseconds(text) else {
                return bad("updatedAfter is not a date-time")
            }
            after = date
        }
        if let text = filters["updatedBefore"] {
            guard let text = text as? String, let date = PlatformSimulatorHTTP.milliseconds(text) else {
                return bad("updatedBefore is not a date-time")
            }
            before = date
        }
        let rules = filters["processingRule"] as? [String]
        let types = filters["flowType"] as? [String]
        let directions = filters["flowDirection"] as? [String]
        let trackingID = filters["trackingId"] as? String
        let ack = filters["ackStatus"] as? String
        let results = state.withLock { state in
            state.order.compactMap { state.flows[$0] }
                .filter { flow in
                    if let after, !(flow.updatedAt > after) { return false }
                    if let before, !(flow.updatedAt < before) { return false }
                    if let rules, !rules.contains(flow.processingRule ?? "") { return false }
                    if let types, !types.contains(flow.public_.flowType) { return false }
                    if let directions, !directions.contains(flow.public_.direction) { return false }
                    if let trackingID, flow.public_.trackingID != trackingID { return false }
                    if let ack, flow.public_.ackStatus != ack { return false }
                    return true
                }
                .sorted { $0.updatedAt < $1.updatedAt }
                .prefix(limit)
                .map(Self.metadata)
        }
        return PlatformSimulatorHTTP.json(200, ["limit": limit, "filters": filters, "results": Array(results)])
    }

    // MARK: GET /v1/flows/{flowId}

    private func get(_ id: String, docType: String) -> HTTPExchange {
        guard ["Metadata", "Original", "Converted", "ReadableView"].contains(docType) else {
            return PlatformSimulatorHTTP.flowError(400, "INVALID_PARAMETER", "docType \(docType) is not allowed")
        }
        guard let flow = advance(id) else {
            return PlatformSimulatorHTTP.flowError(404, "MISSING_RESOURCE", "Requested resource is Not Found")
        }
        switch docType {
        case "Metadata":
            return PlatformSimulatorHTTP.json(200, Self.metadata(flow))
        case "Original":
            let type = flow.syntax == "Factur-X" ? "application/pdf" : "application/xml"
            return PlatformSimulatorHTTP.file(flow.original, contentType: type, fileName: flow.name)
        case "Converted":
            guard let converted = flow.converted else {
                return PlatformSimulatorHTTP.flowError(404, "MISSING_RESOURCE", "the flow has no converted file")
            }
            return PlatformSimulatorHTTP.file(
                converted,
                contentType: "application/xml",
                fileName: flow.public_.flowID + "-cii.xml"
            )
        default:
            guard let readable = flow.readable else {
                return PlatformSimulatorHTTP.flowError(404, "MISSING_RESOURCE", "the flow has no readable view")
            }
            return PlatformSimulatorHTTP.file(
                readable,
                contentType: "text/plain; charset=utf-8",
                fileName: flow.public_.flowID + ".txt"
            )
        }
    }

    /// Moves a flow one step on a read, and publishes the invoice's new lifecycle status as a CDAR flow.
    private func advance(_ id: String) -> StoredFlow? {
        state.withLock { state -> StoredFlow? in
            guard var flow = state.flows[id] else { return nil }
            guard flow.public_.direction == "Out" else { return flow }
            var message: (status: Int, invoice: Invoice)?
            if flow.public_.ackStatus == "Pending" {
                flow.public_.ackStatus = flow.public_.errorReason == nil ? "Ok" : "Error"
                if flow.public_.errorReason == nil, let invoice = flow.invoice {
                    flow.public_.lifecycleStatus = 200
                    message = (200, invoice)
                }
                flow.updatedAt = nextInstant(&state)
            } else if let status = flow.public_.lifecycleStatus, status < 203, let invoice = flow.invoice {
                let next = status == 200 ? 202 : 203
                flow.public_.lifecycleStatus = next
                message = (next, invoice)
                flow.updatedAt = nextInstant(&state)
            }
            state.flows[id] = flow
            if let message {
                let now = nextInstant(&state)
                let lcID = UUID().uuidString.lowercased()
                let cdar = Self.cdar(status: message.status, invoice: message.invoice, id: lcID, at: now)
                state.flows[lcID] = StoredFlow(
                    public_: SimulatedFlow(
                        flowID: lcID,
                        trackingID: nil,
                        invoiceNumber: message.invoice.number,
                        direction: "In",
                        flowType: "CustomerInvoiceLC",
                        ackStatus: "Ok",
                        lifecycleStatus: message.status,
                        errorReason: nil
                    ),
                    name: "CDV-\(message.status)-\(message.invoice.number).xml",
                    syntax: "CDAR",
                    profile: nil,
                    processingRule: "B2B",
                    processingRuleSource: "Computed",
                    submittedAt: now,
                    updatedAt: now,
                    original: cdar,
                    converted: nil,
                    readable: nil,
                    sha256: nil,
                    invoice: nil,
                    sellerKey: nil
                )
                state.order.append(lcID)
            }
            return flow
        }
    }

    static func metadata(_ flow: StoredFlow) -> [String: Any] {
        var object: [String: Any] = [
            "flowId": flow.public_.flowID,
            "submittedAt": PlatformSimulatorHTTP.format(milliseconds: flow.submittedAt),
            "updatedAt": PlatformSimulatorHTTP.format(milliseconds: flow.updatedAt),
            "flowType": flow.public_.flowType,
            "flowDirection": flow.public_.direction,
            "flowSyntax": flow.syntax,
            "processingRuleSource": flow.processingRuleSource,
        ]
        if let trackingID = flow.public_.trackingID { object["trackingId"] = trackingID }
        if let rule = flow.processingRule { object["processingRule"] = rule }
        if let profile = flow.profile { object["flowProfile"] = profile }
        var acknowledgement: [String: Any] = ["status": flow.public_.ackStatus]
        if flow.public_.ackStatus == "Error", let reason = flow.public_.errorReason {
            let code = String(reason.prefix { $0 != ":" })
            acknowledgement["details"] = [
                ["level": "Error", "item": flow.name, "reasonCode": code, "reasonMessage": reason]
            ]
        }
        object["acknowledgement"] = acknowledgement
        return object
    }

    /// A plain-text readable view of an invoice.
    static func readableView(_ invoice: Invoice) -> [UInt8] {
        var lines = [
            "Facture \(invoice.number) du \(invoice.issueDate.iso8601String)",
            "Vendeur : \(invoice.seller.name)",
            "Acheteur : \(invoice.buyer.name)",
        ]
        lines.append("Total TTC : \(invoice.totals.totalWithVAT) \(invoice.currency)")
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// The CDAR D22B lifecycle message the simulated platform publishes for `status`.
    static func cdar(status: Int, invoice: Invoice, id: String, at milliseconds: Int64) -> [UInt8] {
        let date = Date(timeIntervalSince1970: Double(milliseconds / 1000))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let stamp = String(
            format: "%04d%02d%02d%02d%02d%02d",
            c.year ?? 0,
            c.month ?? 0,
            c.day ?? 0,
            c.hour ?? 0,
            c.minute ?? 0,
            c.second ?? 0
        )
        let day = String(stamp.prefix(8))
        let seller = invoice.seller.legalRegistrationIdentifier.flatMap { $0.value.count == 9 ? $0.value : nil }
        let sellerParty =
            seller.map {
                "<ram:IssuerTradeParty><ram:GlobalID schemeID=\"0002\">\($0)</ram:GlobalID><ram:RoleCode>SE</ram:RoleCode></ram:IssuerTradeParty>"
            } ?? ""
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rsm:CrossDomainAcknowledgementAndResponse \
            xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossDomainAcknowledgementAndResponse:100" \
            xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" \
            xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100" \
            xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100">
            <rsm:ExchangedDocumentContext><ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>REGULATED</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>\
            <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn.cpro.gouv.fr:1p0:CDV:invoice</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
            <rsm:ExchangedDocument><ram:ID>\(id)</ram:ID><ram:IssueDateTime><udt:DateTimeString format="204">\(stamp)</udt:DateTimeString></ram:IssueDateTime>\
            <ram:SenderTradeParty><ram:GlobalID schemeID="0002">\(PlatformSimulator.platformSIREN)</ram:GlobalID><ram:RoleCode>WK</ram:RoleCode></ram:SenderTradeParty>\
            <ram:IssuerTradeParty><ram:RoleCode>WK</ram:RoleCode></ram:IssuerTradeParty>\
            <ram:RecipientTradeParty>\(seller.map { "<ram:GlobalID schemeID=\"0002\">\($0)</ram:GlobalID>" } ?? "")<ram:RoleCode>SE</ram:RoleCode></ram:RecipientTradeParty></rsm:ExchangedDocument>
            <rsm:AcknowledgementDocument><ram:TypeCode>305</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">\(day)</udt:DateTimeString></ram:IssueDateTime>\
            <ram:ReferenceReferencedDocument><ram:IssuerAssignedID>\(escaped(invoice.number))</ram:IssuerAssignedID><ram:TypeCode>380</ram:TypeCode>\
            <ram:FormattedIssueDateTime><qdt:DateTimeString format="102">\(invoice.issueDate.format102String)</qdt:DateTimeString></ram:FormattedIssueDateTime>\
            <ram:ProcessConditionCode>\(status)</ram:ProcessConditionCode>\(sellerParty)</ram:ReferenceReferencedDocument></rsm:AcknowledgementDocument>
            </rsm:CrossDomainAcknowledgementAndResponse>

            """
        return Array(xml.utf8)
    }
}
