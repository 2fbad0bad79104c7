// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FacturX
public import FactureHTTP
import FactureModel
public import Foundation
public import HTTPTypes
import Synchronization

/// A certified platform (*plateforme agréée*) simulated over real HTTP: the Flow Service and the Directory
/// Service of XP Z12-013 (annexes A and B), written from the public descriptions in `shared/reform`, with
/// fault injection. It does not use the `FacturePlatform` client's code.
///
/// - Paths: the Flow Service under ``flowServicePath``, the Directory Service under ``directoryServicePath``,
///   an OAuth 2.0 client-credentials token endpoint at ``tokenPath`` (client ``clientID`` /
///   ``clientSecret``).
/// - Every Flow and Directory request needs `Authorization: Bearer` with ``staticToken`` or a token the
///   endpoint issued; otherwise 401 `MISSING_TOKEN` / `INVALID_TOKEN`.
/// - `POST /v1/flows` checks the multipart body: both parts `flowInfo` (JSON, `flowSyntax` required and one
///   of the enumeration, `trackingId` at most 36 characters, `name` at most 255, `sha256` 64 hex digits
///   when given) and `file` (not empty; `application/pdf` starting with `%PDF-` for `Factur-X`, XML for
///   `CII` / `UBL` / `CDAR`). A tracking id already used is *not* refused (the description does not say a
///   platform refuses it), so a client that sends a flow twice is seen doing so. The flow is then recorded
///   (`Pending`), and its content checked as a platform would: a CII or Factur-X invoice must read with
///   FacturX, a second flow with the same seller and invoice number is a duplicate; a failure makes the
///   acknowledgement `Error` with a reason (`InvalidSchema`, `AlreadyExistingFlow`).
/// - Each read of a flow (`GET /v1/flows/{id}`) moves it one step: acknowledgement `Pending` → `Ok`, and a
///   valid invoice through the lifecycle 200 → 202 → 203, each new status published as an incoming CDAR
///   flow (`CustomerInvoiceLC`, direction `In`).
/// - `POST /v1/flows/search` needs `where` with at least one criterion and `limit` ≤ 100; results are
///   ordered by `updatedAt`, which strictly increases on every change (a simulated clock), so paging with
///   `updatedAfter` is exact.
/// - Faults (``SimulatedFaults``) apply to every Flow and Directory request; the after-commit faults only
///   to submissions.
public final class PlatformSimulator: Sendable {
    /// Where the Flow Service is mounted.
    public static let flowServicePath = "/flow-service"
    /// Where the Directory Service is mounted.
    public static let directoryServicePath = "/directory-service"
    /// The token endpoint.
    public static let tokenPath = "/oauth/token"
    /// A bearer token always accepted.
    public static let staticToken = "platform-simulator-token"
    /// The OAuth 2.0 client id the token endpoint accepts.
    public static let clientID = "platform-simulator-client"
    /// Its secret.
    public static let clientSecret = "platform-simulator-secret"
    /// The platform's own SIREN (sender of its lifecycle messages).
    public static let platformSIREN = "443061841"

    /// The seeded directory: SIRENs with a company.
    public static let knownSIRENs = ["552100554", "732829320", "120027016"]
    /// The seeded directory: SIRETs with a facility.
    public static let knownSIRETs = ["55210055400013", "73282932000074", "12002701600357"]
    /// The routing code seeded on the public facility `12002701600357`.
    public static let knownRoutingCode = "SERVICE-FACTURIER"

    /// A flow as the simulator holds it.
    public struct SimulatedFlow: Sendable, Hashable {
        /// The platform's identifier.
        public var flowID: String
        /// The sender's tracking id.
        public var trackingID: String?
        /// The number of the invoice in the file, when it read.
        public var invoiceNumber: String?
        /// `Out` for submissions, `In` for the lifecycle messages the platform publishes.
        public var direction: String
        /// The flow type.
        public var flowType: String
        /// The acknowledgement status: `Pending`, `Ok` or `Error`.
        public var ackStatus: String
        /// The invoice's lifecycle status (200, 202, 203) for a valid invoice, `nil` otherwise.
        public var lifecycleStatus: Int?
        /// The reason of an `Error` acknowledgement.
        public var errorReason: String?
    }

    /// The acknowledgement statuses of the description.
    public static let knownAckStatuses: Set<String> = ["Pending", "Ok", "Error"]

    struct StoredFlow {
        var public_: SimulatedFlow
        var name: String
        var syntax: String
        var profile: String?
        var processingRule: String?
        var processingRuleSource: String
        /// Milliseconds since 1970.
        var submittedAt: Int64
        /// Milliseconds since 1970.
        var updatedAt: Int64
        var original: [UInt8]
        var converted: [UInt8]?
        var readable: [UInt8]?
        var sha256: String?
        var invoice: Invoice?
        var sellerKey: String?
    }

    struct State {
        var flows: [String: StoredFlow] = [:]
        var order: [String] = []
        var tick = 0
        var receivedByTracking: [String: Int] = [:]
        var receivedByInvoice: [String: Int] = [:]
        var requests = 0
        var submissionRequests = 0
        var issuedTokens: Set<String> = []
    }

    /// The fault injector.
    public let injector: FaultInjector
    let state = Mutex(State())
    private static let epochMilliseconds: Int64 = 1_790_000_000_000

    /// A simulator injecting `faults`.
    public init(faults: SimulatedFaults = .none) {
        injector = FaultInjector(faults)
    }

    // MARK: Observations

    /// How many times a flow with `trackingID` was received and recorded.
    public func receivedCount(trackingID: String) -> Int {
        state.withLock { $0.receivedByTracking[trackingID, default: 0] }
    }

    /// How many times a file holding the invoice `number` was received and recorded.
    public func receivedCount(invoiceNumber: String) -> Int {
        state.withLock { $0.receivedByInvoice[invoiceNumber, default: 0] }
    }

    /// Every flow, in creation order.
    public var flows: [SimulatedFlow] {
        state.withLock { state in state.order.compactMap { state.flows[$0]?.public_ } }
    }

    /// How many `POST /v1/flows` requests reached the simulator (faulty ones included).
    public var submissionRequests: Int { state.withLock { $0.submissionRequests } }

    /// How many Flow and Directory requests reached the simulator.
    public var requestCount: Int { state.withLock { $0.requests } }

    // MARK: Dispatch

    /// Answers one request.
    public func handle(_ request: HTTPRequest, _ body: HTTPBody) async -> LoopbackReply {
        let fullPath = request.path ?? "/"
        let path = String(fullPath.prefix { $0 != "?" })
        if path == Self.tokenPath { return .respond(token(request, body)) }
        let service: Service
        let route: String
        if path.hasPrefix(Self.flowServicePath + "/") {
            service = .flow
            route = String(path.dropFirst(Self.flowServicePath.count))
        } else if path.hasPrefix(Self.directoryServicePath + "/") {
            service = .directory
            route = String(path.dropFirst(Self.directoryServicePath.count))
        } else {
            return .respond(PlatformSimulatorHTTP.flowError(404, "MISSING_RESOURCE", "no such path"))
        }
        state.withLock { $0.requests += 1 }
        let isSubmission = service == .flow && request.method == .post && route == "/v1/flows"
        if isSubmission { state.withLock { $0.submissionRequests += 1 } }
        let decision = injector.decide(isWrite: isSubmission)
        if injector.faults.latency > .zero { try? await Task.sleep(for: injector.faults.latency) }
        switch decision {
        case .serverError:
            return .respond(service.error(500, "INTERNAL_ERROR", "injected failure"))
        case .throttle:
            var exchange = service.error(429, "TOO_MANY_REQUESTS", "The client emitted too many requests")
            exchange.response.headerFields[.retryAfter] = "1"
            return .respond(exchange)
        default:
            break
        }
        guard authorized(request) else {
            let code = request.headerFields[.authorization] == nil ? "MISSING_TOKEN" : "INVALID_TOKEN"
            return .respond(service.error(401, code, nil))
        }
        let exchange: HTTPExchange
        switch service {
        case .flow:
            exchange = flowRoute(request.method, route, query: PlatformSimulatorHTTP.query(of: fullPath), request, body)
        case .directory: exchange = directoryRoute(request.method, route, body)
        }
        // After-commit faults hit only submissions the simulator recorded.
        if isSubmission, exchange.response.status.code == 202 {
            if decision == .dropAfterCommit { return .dropConnection }
            if decision == .serverErrorAfterCommit {
                return .respond(service.error(500, "INTERNAL_ERROR", "injected failure after commit"))
            }
        }
        return .respond(exchange)
    }

    enum Service {
        case flow, directory

        func error(_ status: Int, _ code: String, _ message: String?) -> HTTPExchange {
            switch self {
            case .flow: return PlatformSimulatorHTTP.flowError(status, code, message)
            case .directory: return PlatformSimulatorHTTP.directoryError(status, message ?? code, details: code)
            }
        }
    }

    private func authorized(_ request: HTTPRequest) -> Bool {
        guard let header = request.headerFields[.authorization], header.hasPrefix("Bearer ") else { return false }
        let token = String(header.dropFirst("Bearer ".count))
        return token == Self.staticToken || state.withLock { $0.issuedTokens.contains(token) }
    }

    private func token(_ request: HTTPRequest, _ body: HTTPBody) -> HTTPExchange {
        guard request.method == .post else { return PlatformSimulatorHTTP.json(405, ["error": "invalid_request"]) }
        var form: [String: String] = [:]
        for pair in body.string.split(separator: "&") {
            let pieces = pair.split(separator: "=", maxSplits: 1).map {
                String($0).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            if pieces.count == 2 { form[pieces[0]] = pieces[1] }
        }
        guard form["grant_type"] == "client_credentials" else {
            return PlatformSimulatorHTTP.json(400, ["error": "unsupported_grant_type"])
        }
        guard form["client_id"] == Self.clientID, form["client_secret"] == Self.clientSecret else {
            return PlatformSimulatorHTTP.json(401, ["error": "invalid_client"])
        }
        let token = "issued-" + UUID().uuidString.lowercased()
        state.withLock { _ = $0.issuedTokens.insert(token) }
        return PlatformSimulatorHTTP.json(200, ["access_token": token, "token_type": "Bearer", "expires_in": 3600])
    }

    /// The next instant of the simulated clock, in milliseconds since 1970 (strictly increasing, a
    /// millisecond apart, compared as integers so that no rounding blurs the order).
    func nextInstant(_ state: inout State) -> Int64 {
        state.tick += 1
        return Self.epochMilliseconds + Int64(state.tick)
    }
}

/// Serves a ``PlatformSimulator`` on a loopback server while `body` runs; `body` gets the simulator and the
/// server's root URL (`http://127.0.0.1:PORT`; the services are under ``PlatformSimulator/flowServicePath``
/// and ``PlatformSimulator/directoryServicePath``).
public func withPlatformSimulator<Result: Sendable>(
    faults: SimulatedFaults = .none,
    _ body: (PlatformSimulator, URL) async throws -> Result
) async throws -> Result {
    let simulator = PlatformSimulator(faults: faults)
    return try await withLoopbackHTTPServer(handler: { request, requestBody in
        await simulator.handle(request, requestBody)
    }) { server in
        guard let url = URL(string: server.baseURL) else {
            throw FactureHTTPError(code: .invalidRequest, message: "bad loopback URL \(server.baseURL)")
        }
        return try await body(simulator, url)
    }
}
