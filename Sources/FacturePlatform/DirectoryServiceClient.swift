// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureHTTP
public import FactureModel
import Foundation
import HTTPTypes

/// A client of the Directory Service (XP Z12-013 annex B, "Directory Service" 1.1.0): who a company or a
/// facility is, its routing codes, and its directory lines (where its invoices must go).
///
/// Every operation is a read, retried on 429, 5xx and network failures through the same pipeline as
/// ``FlowServiceClient``. A lookup of an unknown SIREN, SIRET, routing code or addressing identifier throws
/// ``FacturePlatformError/Code/notFound``.
///
/// ```swift
/// let directory = try DirectoryServiceClient(configuration: configuration)
/// let facility = try await directory.facility(siret: try SIRET("70204275500240"))
/// if facility.b2gAdditionalData?.serviceCodeStatus == true { … }
/// ```
public struct DirectoryServiceClient: Sendable {
    /// Where the Directory Service is and how to call it.
    public typealias Configuration = PlatformAPIConfiguration

    private let connection: PlatformConnection
    private let language: String?

    /// A client on `transport`, timing retries and token expiry on `clock`; `language` (`fr` or `en`) is sent
    /// as `Accept-Language` when given.
    ///
    /// - Throws: ``FacturePlatformError/Code/invalidInput`` when the base URL has no scheme or host.
    public init<C: Clock>(
        configuration: Configuration,
        language: String? = nil,
        transport: any HTTPTransport = URLSessionHTTPTransport(),
        clock: C
    ) throws(FacturePlatformError) where C.Duration == Duration {
        connection = try PlatformConnection(configuration: configuration, transport: transport, clock: clock)
        self.language = language
    }

    /// A client on `transport` and the continuous clock.
    ///
    /// - Throws: ``FacturePlatformError/Code/invalidInput`` when the base URL has no scheme or host.
    public init(
        configuration: Configuration,
        language: String? = nil,
        transport: any HTTPTransport = URLSessionHTTPTransport()
    ) throws(FacturePlatformError) {
        try self.init(configuration: configuration, language: language, transport: transport, clock: ContinuousClock())
    }

    // MARK: Lookups

    /// The company with `siren` (`GET /v1/siren/code-insee:{siren}`).
    ///
    /// - Throws: ``FacturePlatformError/Code/notFound`` when the directory does not know it.
    public func company(siren: SIREN) async throws(FacturePlatformError) -> DirectoryCompany {
        try await get("/v1/siren/code-insee:" + siren.rawValue, operation: "directory.siren")
    }

    /// The facility with `siret`, with its company (`GET /v1/siret/code-insee:{siret}?include=siren`).
    ///
    /// - Throws: ``FacturePlatformError/Code/notFound`` when the directory does not know it.
    public func facility(siret: SIRET) async throws(FacturePlatformError) -> DirectoryFacility {
        try await get(
            "/v1/siret/code-insee:" + siret.rawValue,
            query: [("include", "siren")],
            operation: "directory.siret"
        )
    }

    /// The routing code `routingIdentifier` of the facility `siret`, with its facility and company
    /// (`GET /v1/routing-code/siret:{siret}/code:{routing-identifier}?include=siren,siret`).
    ///
    /// - Throws: ``FacturePlatformError/Code/invalidInput`` for an identifier the description does not allow
    ///   (1 to 100 of `-`, `_`, `/`, letters and digits), ``FacturePlatformError/Code/notFound`` when the
    ///   directory does not know it.
    public func routingCode(
        siret: SIRET,
        routingIdentifier: String
    ) async throws(FacturePlatformError)
        -> DirectoryRoutingCode
    {
        let allowed = Set("-_/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        guard (1...100).contains(routingIdentifier.count), routingIdentifier.allSatisfy(allowed.contains) else {
            throw FacturePlatformError(
                code: .invalidInput,
                message: "a routing identifier has 1 to 100 of -, _, /, letters and digits",
                operation: "directory.routingCode"
            )
        }
        return try await get(
            "/v1/routing-code/siret:" + siret.rawValue + "/code:" + PlatformConnection.segment(routingIdentifier),
            query: [("include", "siren,siret")],
            operation: "directory.routingCode"
        )
    }

    /// The directory line of `addressingIdentifier`, with its routing code and platform
    /// (`GET /v1/directory-line/code:{addressing-identifier}?include=siren,siret,routingCode,platform`).
    ///
    /// - Throws: ``FacturePlatformError/Code/notFound`` when the directory has no such line.
    public func directoryLine(addressingIdentifier: String) async throws(FacturePlatformError) -> DirectoryLine {
        guard (1...125).contains(addressingIdentifier.count) else {
            throw FacturePlatformError(
                code: .invalidInput,
                message: "an addressing identifier has 1 to 125 characters",
                operation: "directory.line"
            )
        }
        return try await get(
            "/v1/directory-line/code:" + PlatformConnection.segment(addressingIdentifier),
            query: [("include", "siren,siret,routingCode,platform")],
            operation: "directory.line"
        )
    }

    // MARK: Searches

    /// The facilities of the company `siren` (`POST /v1/siret/search`, filter `siren` `contains`).
    public func facilities(
        ofSIREN siren: SIREN,
        limit: Int? = nil,
        ignore: Int? = nil
    ) async throws(FacturePlatformError) -> DirectorySearchResult<DirectoryFacility> {
        try await search(
            "/v1/siret/search",
            filters: ["siren": Filter(value: siren.rawValue)],
            limit: limit,
            ignore: ignore,
            operation: "directory.siret.search"
        )
    }

    /// The routing codes of the facility `siret` (`POST /v1/routing-code/search`, filter `siret` `contains`).
    public func routingCodes(
        ofSIRET siret: SIRET,
        limit: Int? = nil,
        ignore: Int? = nil
    ) async throws(FacturePlatformError) -> DirectorySearchResult<DirectoryRoutingCode> {
        try await search(
            "/v1/routing-code/search",
            filters: ["siret": Filter(value: siret.rawValue)],
            limit: limit,
            ignore: ignore,
            operation: "directory.routingCode.search"
        )
    }

    /// The directory lines of the company `siren` (`POST /v1/directory-line/search`, filter `siren`
    /// `contains`).
    public func directoryLines(
        ofSIREN siren: SIREN,
        limit: Int? = nil,
        ignore: Int? = nil
    ) async throws(FacturePlatformError) -> DirectorySearchResult<DirectoryLine> {
        try await search(
            "/v1/directory-line/search",
            filters: ["siren": Filter(value: siren.rawValue)],
            limit: limit,
            ignore: ignore,
            operation: "directory.line.search"
        )
    }

    /// Checks that the service is up (`GET /v1/healthcheck` answers 200).
    ///
    /// - Throws: ``FacturePlatformError`` when it is not.
    public func checkHealth() async throws(FacturePlatformError) {
        _ = try await connection.send(
            .get,
            "/v1/healthcheck",
            headers: headers(),
            operation: "directory.health",
            isIdempotent: true
        )
    }

    // MARK: Plumbing

    /// A search filter `{"op": "contains", "value": …}`.
    private struct Filter: Encodable {
        var op = "contains"
        var value: String
    }

    private struct SearchBody: Encodable {
        var filters: [String: Filter]
        var limit: Int?
        var ignore: Int?
    }

    private func headers() -> HTTPFields {
        var headers = HTTPFields()
        if let language { headers[.acceptLanguage] = language }
        return headers
    }

    private func get<T: Decodable>(
        _ path: String,
        query: [(String, String)] = [],
        operation: String
    ) async throws(FacturePlatformError) -> T {
        let exchange = try await connection.send(
            .get,
            path,
            query: query,
            headers: headers(),
            operation: operation,
            isIdempotent: true
        )
        return try connection.decode(T.self, from: exchange, operation: operation)
    }

    private func search<T: Decodable>(
        _ path: String,
        filters: [String: Filter],
        limit: Int?,
        ignore: Int?,
        operation: String
    ) async throws(FacturePlatformError) -> T {
        var headers = headers()
        headers[.contentType] = "application/json"
        let body = try PlatformConnection.jsonBody(
            SearchBody(filters: filters, limit: limit, ignore: ignore),
            operation: operation
        )
        let exchange = try await connection.send(
            .post,
            path,
            headers: headers,
            body: body,
            operation: operation,
            isIdempotent: true
        )
        return try connection.decode(T.self, from: exchange, operation: operation)
    }
}
