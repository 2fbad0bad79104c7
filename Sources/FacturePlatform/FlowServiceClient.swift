// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureHTTP
public import Foundation
import HTTPTypes

/// A client of the Flow Service of a certified platform (XP Z12-013 annex A, "AFNOR Flow Service" 1.1.0):
/// submit a flow, search flows, download a flow's metadata or files, check the service's health.
///
/// Every request goes through an ``/FactureHTTP/HTTPPipeline``: the configuration's extra middleware (such
/// as logging), a ``/FactureHTTP/RetryMiddleware`` on the injected clock, and a
/// ``/FactureHTTP/BearerAuthenticationMiddleware``. Reads (searches included, which the API makes `POST`)
/// are retried on 429, 5xx and network failures; a submission is not.
///
/// The description gives a submission no idempotency key (`X-Request-Id` only correlates logs), so
/// ``submit(file:info:)`` is sent with `isIdempotent: false` and never blindly repeated: after an ambiguous
/// failure (lost connection, timeout, 5xx) it searches the flow by its `trackingId` first, and sends again
/// only when the platform does not have it.
///
/// ```swift
/// let client = try FlowServiceClient(configuration: configuration)
/// let submission = try await client.submit(
///     file: pdfBytes,
///     info: FlowInfo(flowSyntax: .facturX, name: "F2026-0042.pdf", processingRule: .b2b)
/// )
/// let flow = try await client.flow(id: submission.flowID)
/// ```
public struct FlowServiceClient: Sendable {
    /// Where the Flow Service is and how to call it.
    public typealias Configuration = PlatformAPIConfiguration

    /// How a submission recovers from an ambiguous failure.
    public struct SubmissionPolicy: Sendable, Hashable {
        /// The most times the file is sent in all, each after a search found the flow missing.
        public var maximumAttempts: Int
        /// How many times the platform is searched for the flow after one ambiguous failure before it is taken
        /// as missing (a platform may index a new flow a little after accepting it).
        public var searchAttempts: Int
        /// The wait between two of those searches.
        public var searchInterval: Duration

        /// A policy: three sends at most, two searches a second apart after each ambiguous failure.
        public init(maximumAttempts: Int = 3, searchAttempts: Int = 2, searchInterval: Duration = .seconds(1)) {
            self.maximumAttempts = max(1, maximumAttempts)
            self.searchAttempts = max(1, searchAttempts)
            self.searchInterval = searchInterval
        }
    }

    private let connection: PlatformConnection
    private let submissionPolicy: SubmissionPolicy
    private let sleep: @Sendable (Duration) async throws -> Void

    /// A client on `transport`, timing retries and token expiry on `clock`.
    ///
    /// - Throws: ``FacturePlatformError/Code/invalidInput`` when the base URL has no scheme or host.
    public init<C: Clock>(
        configuration: Configuration,
        submissionPolicy: SubmissionPolicy = SubmissionPolicy(),
        transport: any HTTPTransport = URLSessionHTTPTransport(),
        clock: C
    ) throws(FacturePlatformError) where C.Duration == Duration {
        connection = try PlatformConnection(configuration: configuration, transport: transport, clock: clock)
        self.submissionPolicy = submissionPolicy
        sleep = { duration in try await clock.sleep(for: duration) }
    }

    /// A client on `transport` and the continuous clock.
    ///
    /// - Throws: ``FacturePlatformError/Code/invalidInput`` when the base URL has no scheme or host.
    public init(
        configuration: Configuration,
        submissionPolicy: SubmissionPolicy = SubmissionPolicy(),
        transport: any HTTPTransport = URLSessionHTTPTransport()
    ) throws(FacturePlatformError) {
        try self.init(
            configuration: configuration,
            submissionPolicy: submissionPolicy,
            transport: transport,
            clock: ContinuousClock()
        )
    }

    // MARK: Submission

    /// The outcome of ``submit(file:info:)``.
    public struct Submission: Sendable, Hashable {
        /// The platform's identifier of the flow.
        public var flowID: String
        /// The tracking identifier the flow was sent with (the caller's, or one the client made).
        public var trackingID: String
        /// When the platform created the flow, when it said.
        public var submittedAt: Date?
        /// How many times the file was sent.
        public var attempts: Int
        /// Whether the flow was found by a search after an ambiguous failure rather than by the answer to the
        /// submission.
        public var wasRecovered: Bool

        /// A submission outcome.
        public init(flowID: String, trackingID: String, submittedAt: Date?, attempts: Int, wasRecovered: Bool) {
            self.flowID = flowID
            self.trackingID = trackingID
            self.submittedAt = submittedAt
            self.attempts = attempts
            self.wasRecovered = wasRecovered
        }
    }

    /// Submits a flow (`POST /v1/flows`, `multipart/form-data` with the parts `flowInfo`, JSON, and `file`,
    /// `application/pdf` for Factur-X and `application/xml` otherwise), safely.
    ///
    /// A `trackingId` is made (a lowercase UUID) when `info` has none, and the file's `sha256` computed when
    /// missing, so that the platform checks the file arrived whole. After an ambiguous failure the flow is
    /// searched by that tracking id; if the platform has it, its id is returned (``Submission/wasRecovered``),
    /// otherwise the file is sent again, up to ``SubmissionPolicy/maximumAttempts`` times in all.
    ///
    /// - Throws: ``FacturePlatformError``: `invalidInput` (empty file, tracking id over 36 characters, name
    ///   over 255), the platform's refusal (`badRequest`, `unauthorized`, `payloadTooLarge`,
    ///   `unprocessable`, `throttled`), or `submissionUncertain` when the attempts ran out or the search for
    ///   the flow failed after an ambiguous failure: the caller must find out before sending it again.
    public func submit(file: [UInt8], info: FlowInfo) async throws(FacturePlatformError) -> Submission {
        let operation = "flow.submit"
        var info = info
        guard !file.isEmpty else {
            throw FacturePlatformError(code: .invalidInput, message: "the file is empty", operation: operation)
        }
        let trackingID = info.trackingID ?? UUID().uuidString.lowercased()
        guard !trackingID.isEmpty, trackingID.count <= 36 else {
            throw FacturePlatformError(
                code: .invalidInput,
                message: "a trackingId has 1 to 36 characters",
                operation: operation
            )
        }
        info.trackingID = trackingID
        if info.sha256 == nil { info.sha256 = SHA256Digest.hex(file) }
        if info.name == nil { info.name = trackingID + (info.flowSyntax == .facturX ? ".pdf" : ".xml") }
        if let name = info.name, name.count > 255 {
            throw FacturePlatformError(
                code: .invalidInput,
                message: "a file name has at most 255 characters",
                operation: operation
            )
        }
        let body = try Self.multipart(file: file, info: info, operation: operation)
        var attempt = 1
        while true {
            do throws(FacturePlatformError) {
                let exchange = try await connection.send(
                    .post,
                    "/v1/flows",
                    headers: body.headers,
                    body: body.body,
                    operation: operation,
                    isIdempotent: false
                )
                let answer = try connection.decode(SubmittedFlow.self, from: exchange, operation: operation)
                guard let flowID = answer.flowID else {
                    throw FacturePlatformError(
                        code: .unexpectedResponse,
                        message: "the answer to the submission has no flowId",
                        operation: operation,
                        status: exchange.response.status.code
                    )
                }
                return Submission(
                    flowID: flowID,
                    trackingID: trackingID,
                    submittedAt: answer.submittedAt,
                    attempts: attempt,
                    wasRecovered: false
                )
            } catch {
                guard error.isAmbiguous else { throw error }
                let found: Flow?
                do {
                    found = try await findSubmitted(trackingID: trackingID)
                } catch {
                    throw FacturePlatformError(
                        code: .submissionUncertain,
                        message: "the submission of trackingId \(trackingID) failed ambiguously and the search for it "
                            + "failed too (\(error.code)); search again before sending it again",
                        operation: operation,
                        status: error.status
                    )
                }
                if let found, let flowID = found.flowID {
                    return Submission(
                        flowID: flowID,
                        trackingID: trackingID,
                        submittedAt: found.submittedAt,
                        attempts: attempt,
                        wasRecovered: true
                    )
                }
                guard attempt < submissionPolicy.maximumAttempts else {
                    throw FacturePlatformError(
                        code: .submissionUncertain,
                        message: "the submission of trackingId \(trackingID) failed ambiguously \(attempt) times "
                            + "(last: \(error.code)) and the platform does not list it",
                        operation: operation,
                        status: error.status
                    )
                }
                do {
                    try await sleep(connection.configuration.retryPolicy.delay(afterAttempt: attempt, retryAfter: nil))
                } catch {
                    throw FacturePlatformError(code: .transport, message: "cancelled", operation: operation)
                }
                attempt += 1
            }
        }
    }

    /// The flow with `trackingID`, searched ``SubmissionPolicy/searchAttempts`` times.
    private func findSubmitted(trackingID: String) async throws(FacturePlatformError) -> Flow? {
        for search in 1...submissionPolicy.searchAttempts {
            let page = try await self.search(FlowSearchFilters(trackingID: trackingID), limit: 10)
            if let flow = page.results.first(where: { $0.trackingID == trackingID }) { return flow }
            if search < submissionPolicy.searchAttempts {
                do {
                    try await sleep(submissionPolicy.searchInterval)
                } catch {
                    throw FacturePlatformError(code: .transport, message: "cancelled", operation: "flow.search")
                }
            }
        }
        return nil
    }

    /// The `multipart/form-data` body of a submission.
    static func multipart(
        file: [UInt8],
        info: FlowInfo,
        operation: String
    ) throws(FacturePlatformError) -> (headers: HTTPFields, body: HTTPBody) {
        let boundary = "facture-" + UUID().uuidString.lowercased()
        let json = try PlatformConnection.jsonBody(info, operation: operation).bytes
        let fileName = (info.name ?? "flow").replacingOccurrences(of: "\"", with: "_")
            .replacingOccurrences(of: "\r", with: "_").replacingOccurrences(of: "\n", with: "_")
        let fileType = info.flowSyntax == .facturX ? "application/pdf" : "application/xml"
        var bytes: [UInt8] = []
        bytes += Array("--\(boundary)\r\n".utf8)
        bytes += Array("Content-Disposition: form-data; name=\"flowInfo\"\r\n".utf8)
        bytes += Array("Content-Type: application/json\r\n\r\n".utf8)
        bytes += json
        bytes += Array("\r\n--\(boundary)\r\n".utf8)
        bytes += Array("Content-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\n".utf8)
        bytes += Array("Content-Type: \(fileType)\r\n\r\n".utf8)
        bytes += file
        bytes += Array("\r\n--\(boundary)--\r\n".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        headers[requestID] = UUID().uuidString.lowercased()
        return (headers, HTTPBody(bytes))
    }

    // MARK: Reads

    /// One page of the flows matching `filters` (`POST /v1/flows/search`), at most `limit` (1…100; the
    /// platform's default, 25, when `nil`).
    ///
    /// - Throws: ``FacturePlatformError``: `invalidInput` when no criterion is set or `limit` is out of range,
    ///   or the platform's refusal.
    public func search(
        _ filters: FlowSearchFilters,
        limit: Int? = nil
    ) async throws(FacturePlatformError)
        -> FlowSearchResult
    {
        let operation = "flow.search"
        guard !filters.isEmpty else {
            throw FacturePlatformError(
                code: .invalidInput,
                message: "a search needs at least one criterion",
                operation: operation
            )
        }
        if let limit, !(1...100).contains(limit) {
            throw FacturePlatformError(code: .invalidInput, message: "the limit is 1 to 100", operation: operation)
        }
        struct Params: Encodable {
            var limit: Int?
            var `where`: FlowSearchFilters
        }
        let body = try PlatformConnection.jsonBody(Params(limit: limit, where: filters), operation: operation)
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        headers[Self.requestID] = UUID().uuidString.lowercased()
        let exchange = try await connection.send(
            .post,
            "/v1/flows/search",
            headers: headers,
            body: body,
            operation: operation,
            isIdempotent: true
        )
        return try connection.decode(FlowSearchResult.self, from: exchange, operation: operation)
    }

    /// Every flow matching `filters`, page after page: the next page asks for flows updated after the latest
    /// `updatedAt` of the previous one (the description's pagination), until a page comes back short.
    ///
    /// Flows are returned once each (by `flowId`), in the order the pages gave them. At most `maximumPages`
    /// pages are asked for.
    public func searchAll(
        _ filters: FlowSearchFilters,
        pageSize: Int = 100,
        maximumPages: Int = 100
    ) async throws(FacturePlatformError) -> [Flow] {
        var filters = filters
        var seen: Set<String> = []
        var flows: [Flow] = []
        for _ in 0..<max(1, maximumPages) {
            let page = try await search(filters, limit: pageSize)
            for flow in page.results {
                let key = flow.flowID ?? UUID().uuidString
                if seen.insert(key).inserted { flows.append(flow) }
            }
            guard page.results.count >= pageSize, let latest = page.results.compactMap(\.updatedAt).max(),
                latest != filters.updatedAfter
            else { break }
            filters.updatedAfter = latest
        }
        return flows
    }

    /// A flow's metadata (`GET /v1/flows/{flowId}?docType=Metadata`).
    ///
    /// - Throws: ``FacturePlatformError/Code/notFound`` when the platform has no such flow, or another error.
    public func flow(id flowID: String) async throws(FacturePlatformError) -> Flow {
        let operation = "flow.get"
        let exchange = try await get(flowID: flowID, type: .metadata, operation: operation)
        return try connection.decode(Flow.self, from: exchange, operation: operation)
    }

    /// A file of a flow (`GET /v1/flows/{flowId}?docType=…`): the original, the converted file, the readable
    /// view, or the metadata's JSON bytes.
    ///
    /// - Throws: ``FacturePlatformError/Code/notFound`` when the platform has no such flow or file.
    public func document(flowID: String, type: FlowDocumentType) async throws(FacturePlatformError) -> FlowDocument {
        let exchange = try await get(flowID: flowID, type: type, operation: "flow.download")
        let disposition = exchange.response.headerFields[.contentDisposition]
        return FlowDocument(
            bytes: exchange.body.bytes,
            contentType: exchange.response.headerFields[.contentType],
            fileName: disposition.flatMap(Self.fileName(inContentDisposition:))
        )
    }

    private func get(
        flowID: String,
        type: FlowDocumentType,
        operation: String
    ) async throws(FacturePlatformError) -> HTTPExchange {
        guard !flowID.isEmpty, flowID.count <= 36 else {
            throw FacturePlatformError(
                code: .invalidInput,
                message: "a flowId has 1 to 36 characters",
                operation: operation
            )
        }
        var headers = HTTPFields()
        headers[Self.requestID] = UUID().uuidString.lowercased()
        headers[.accept] = type == .metadata ? "application/json" : "application/octet-stream, application/json"
        return try await connection.send(
            .get,
            "/v1/flows/" + PlatformConnection.segment(flowID),
            query: [("docType", type.rawValue)],
            headers: headers,
            operation: operation,
            isIdempotent: true
        )
    }

    /// A lifecycle message the platform published, with the flow that carried it.
    public struct ReceivedLifecycleMessage: Sendable, Hashable {
        /// The incoming CDAR flow.
        public var flow: Flow
        /// The message it holds.
        public var message: LifecycleStatusMessage

        /// A received message.
        public init(flow: Flow, message: LifecycleStatusMessage) {
            self.flow = flow
            self.message = message
        }
    }

    /// The lifecycle messages (CDAR) the platform published after `updatedAfter`: every incoming flow of the
    /// `flowTypes` (``searchAll(_:pageSize:maximumPages:)``), downloaded and read, in `updatedAt` order. Keep
    /// the latest ``Flow/updatedAt`` as the next call's `updatedAfter`.
    ///
    /// - Throws: ``FacturePlatformError``, `invalidMessage` when a flow does not hold a readable CDAR message.
    public func lifecycleMessages(
        updatedAfter: Date,
        flowTypes: [FlowType] = [.customerInvoiceLifecycle, .supplierInvoiceLifecycle]
    ) async throws(FacturePlatformError) -> [ReceivedLifecycleMessage] {
        let flows = try await searchAll(
            FlowSearchFilters(updatedAfter: updatedAfter, flowType: flowTypes, flowDirection: [.incoming])
        )
        var messages: [ReceivedLifecycleMessage] = []
        for flow in flows {
            guard let flowID = flow.flowID else { continue }
            let document = try await document(flowID: flowID, type: .original)
            messages.append(
                ReceivedLifecycleMessage(flow: flow, message: try LifecycleStatusMessage(cdarEncoded: document.bytes))
            )
        }
        return messages
    }

    /// Checks that the service is up (`GET /v1/healthcheck` answers 200).
    ///
    /// - Throws: ``FacturePlatformError`` when it is not.
    public func checkHealth() async throws(FacturePlatformError) {
        var headers = HTTPFields()
        headers[Self.requestID] = UUID().uuidString.lowercased()
        _ = try await connection.send(
            .get,
            "/v1/healthcheck",
            headers: headers,
            operation: "flow.health",
            isIdempotent: true
        )
    }

    /// `X-Request-Id`: a UUID correlating the logs of the client and the platform (not an idempotency key).
    static let requestID = HTTPField.Name("X-Request-Id")!

    /// The `filename` of `attachment;filename=…` (quoted or not).
    static func fileName(inContentDisposition value: String) -> String? {
        for part in value.split(separator: ";") {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard trimmed.lowercased().hasPrefix("filename=") else { continue }
            var name = String(trimmed.dropFirst("filename=".count))
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 {
                name = String(name.dropFirst().dropLast())
            }
            return name.isEmpty ? nil : name
        }
        return nil
    }
}
