// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A time-stamping authority reached with RFC 3161 over HTTP (RFC 3161 §3.4): the DER request
/// is POSTed as `application/timestamp-query`, the reply comes back as
/// `application/timestamp-reply`.
///
/// ```swift
/// let authority = HTTPTimestampAuthority(url: URL(string: "http://timestamp.example/tsa")!)
/// let seal = try await sealer.seal(bytes, timestampAuthority: authority)
/// ```
public struct HTTPTimestampAuthority: TimestampAuthority {
    /// The authority's endpoint (`http` or `https`).
    public var url: URL
    /// How long to wait for the reply, in seconds.
    public var timeout: TimeInterval

    /// Creates a client for the authority at `url`.
    ///
    /// - Parameters:
    ///   - url: The endpoint.
    ///   - timeout: How long to wait for the reply, in seconds.
    public init(url: URL, timeout: TimeInterval = 30) {
        self.url = url
        self.timeout = timeout
    }

    /// POSTs `request` and reads the reply.
    ///
    /// - Throws: ``FactureSealError/Code/timestampAuthorityFailed`` when the authority cannot be
    ///   reached or answers with an HTTP error or another content type;
    ///   ``FactureSealError/Code/malformedTimestamp`` when the body is no time-stamp response.
    public func timestamp(_ request: TimestampRequest) async throws -> TimestampResponse {
        var httpRequest = URLRequest(url: url, timeoutInterval: timeout)
        httpRequest.httpMethod = "POST"
        httpRequest.setValue("application/timestamp-query", forHTTPHeaderField: "Content-Type")
        httpRequest.setValue("application/timestamp-reply", forHTTPHeaderField: "Accept")
        let body = Data(try request.serializeAsDER())
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await URLSession.shared.upload(for: httpRequest, from: body)
        } catch {
            throw FactureSealError(
                code: .timestampAuthorityFailed,
                message: "cannot reach the time-stamping authority at \(url): \(error.localizedDescription)"
            )
        }
        guard let http = response as? HTTPURLResponse, http.statusCode == 200 else {
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            throw FactureSealError(
                code: .timestampAuthorityFailed,
                message: "the time-stamping authority at \(url) answered HTTP \(status)"
            )
        }
        let type = http.value(forHTTPHeaderField: "Content-Type")?.lowercased() ?? ""
        guard type.hasPrefix("application/timestamp-reply") || type.hasPrefix("application/timestamp-response")
        else {
            throw FactureSealError(
                code: .timestampAuthorityFailed,
                message:
                    "the time-stamping authority at \(url) answered content type \(type), not application/timestamp-reply"
            )
        }
        return try TimestampResponse(derEncoded: [UInt8](data))
    }
}
