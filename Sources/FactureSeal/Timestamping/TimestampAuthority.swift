// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A time-stamping authority (TSA) answering RFC 3161 requests.
///
/// FactureKit ships ``LocalTimestampAuthority`` (a real TSA in process, for the embedded default
/// and tests) and ``HTTPTimestampAuthority`` (RFC 3161 over HTTP). An implementation only
/// transports: the caller checks the response against its request with
/// ``TimestampResponse/token(for:)``.
///
/// ```swift
/// let request = TimestampRequest(imprint: digest)
/// let token = try await authority.timestamp(request).token(for: request)
/// ```
public protocol TimestampAuthority: Sendable {
    /// Sends `request` to the authority and returns its response, granted or not.
    ///
    /// - Throws: an error when the authority cannot be reached or answers something that is no
    ///   time-stamp response.
    func timestamp(_ request: TimestampRequest) async throws -> TimestampResponse
}

extension TimestampAuthority {
    /// Requests a time-stamp token over a SHA-256 `imprint` and checks the response against the
    /// request (status, imprint, nonce, policy, certificate).
    ///
    /// - Parameters:
    ///   - imprint: The SHA-256 digest of the time-stamped data.
    ///   - policy: The TSA policy to ask for, as a dotted OID, or `nil` for the authority's default.
    /// - Returns: The token.
    /// - Throws: whatever ``timestamp(_:)`` throws, and ``FactureSealError/Code/timestampAuthorityFailed``
    ///   when the response refuses or does not match the request.
    public func timestampToken(imprint: [UInt8], policy: String? = nil) async throws -> TimestampToken {
        let request = TimestampRequest(imprint: imprint, policy: policy)
        return try await timestamp(request).token(for: request)
    }
}
