// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if AsyncHTTPClient
public import AsyncHTTPClient
public import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOPosix

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An ``HTTPTransport`` on async-http-client (SwiftNIO), built with the package trait `AsyncHTTPClient`.
///
/// The `HTTPClient` belongs to the caller (`HTTPClient.shared` or one it shuts down itself), as
/// async-http-client recommends; the transport only borrows it.
public struct AsyncHTTPClientTransport: HTTPTransport {
    private let client: HTTPClient
    private let maximumResponseBytes: Int

    /// A transport on `client`; responses larger than `maximumResponseBytes` (64 MiB by default) are refused.
    public init(client: HTTPClient = .shared, maximumResponseBytes: Int = 64 << 20) {
        self.client = client
        self.maximumResponseBytes = maximumResponseBytes
    }

    /// Sends the request and collects the response body.
    public func send(_ request: HTTPRequest, body: HTTPBody?, options: HTTPRequestOptions) async throws -> HTTPExchange
    {
        guard let scheme = request.scheme, let authority = request.authority else {
            throw FactureHTTPError(
                code: .invalidRequest,
                message: "the request has no scheme or authority",
                operation: options.operation
            )
        }
        var outgoing = HTTPClientRequest(url: scheme + "://" + authority + (request.path ?? "/"))
        outgoing.method = HTTPMethod(rawValue: request.method.rawValue)
        for field in request.headerFields { outgoing.headers.add(name: field.name.rawName, value: field.value) }
        if let body { outgoing.body = .bytes(ByteBuffer(bytes: body.bytes)) }
        let timeout = TimeAmount.nanoseconds(
            options.timeout.components.seconds * 1_000_000_000 + options.timeout.components.attoseconds / 1_000_000_000
        )
        do {
            let response = try await client.execute(outgoing, timeout: timeout)
            var fields = HTTPFields()
            for header in response.headers {
                if let name = HTTPField.Name(header.name) { fields.append(HTTPField(name: name, value: header.value)) }
            }
            let buffer = try await response.body.collect(upTo: maximumResponseBytes)
            return HTTPExchange(
                response: HTTPResponse(status: .init(code: Int(response.status.code)), headerFields: fields),
                body: HTTPBody(Array(buffer.readableBytesView))
            )
        } catch let error as HTTPClientError {
            throw FactureHTTPError(
                code: Self.code(of: error),
                message: "async-http-client: \(error)",
                operation: options.operation,
                underlyingError: error
            )
        } catch let error as NIOTooManyBytesError {
            throw FactureHTTPError(
                code: .invalidResponse,
                message: "the response body is over the limit of \(maximumResponseBytes) bytes",
                operation: options.operation,
                underlyingError: error
            )
        } catch let error as IOError {
            // async-http-client retries a refused connection until the deadline, then gives its last error.
            let refused = [ECONNREFUSED, ENETUNREACH, EHOSTUNREACH, EADDRNOTAVAIL].contains(error.errnoCode)
            throw FactureHTTPError(
                code: refused ? .notSent : .connectionLost,
                message: "async-http-client: \(error.description)",
                operation: options.operation,
                underlyingError: error
            )
        } catch let error as NIOConnectionError {
            throw FactureHTTPError(
                code: .notSent,
                message: "cannot connect to \(error.host):\(error.port)",
                operation: options.operation,
                underlyingError: error
            )
        } catch {
            throw FactureHTTPError(
                code: .connectionLost,
                message: "async-http-client failed: \(type(of: error))",
                operation: options.operation
            )
        }
    }

    private static func code(of error: HTTPClientError) -> FactureHTTPError.Code {
        switch error {
        case .connectTimeout: return .notSent
        case .deadlineExceeded, .readTimeout, .writeTimeout: return .timedOut
        case .invalidURL, .emptyHost, .emptyScheme: return .invalidRequest
        default: return .connectionLost
        }
    }
}
#endif
