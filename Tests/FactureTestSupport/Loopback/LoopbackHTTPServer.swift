// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureHTTP
public import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOPosix

/// What a loopback server does with one request.
public enum LoopbackReply: Sendable {
    /// Sends this response.
    case respond(HTTPExchange)
    /// Closes the connection without answering, after the handler has done whatever it did: the client cannot
    /// tell whether the request was acted on (the "connection dropped after the deposit was committed" fault).
    case dropConnection
}

/// A real HTTP/1.1 server on 127.0.0.1 and an ephemeral port, for tests and simulators: every request, head
/// and whole body, goes to one async handler. Built on SwiftNIO; keep-alive connections are served in turn.
///
/// Lent through ``withLoopbackHTTPServer(handler:_:)``, which shuts it down when the body returns.
public struct LoopbackHTTPServer: Sendable {
    /// The port it listens on (127.0.0.1).
    public let port: Int

    /// `http://127.0.0.1:PORT`.
    public var baseURL: String { "http://127.0.0.1:\(port)" }
}

/// Serves `handler` on a new loopback server while `body` runs, then closes the server and its connections.
///
/// `port` 0 (the default) lets the system choose a free port; the server says which in
/// ``LoopbackHTTPServer/port``.
public func withLoopbackHTTPServer<Result: Sendable>(
    port requestedPort: Int = 0,
    handler: @escaping @Sendable (HTTPRequest, HTTPBody) async -> LoopbackReply,
    _ body: (LoopbackHTTPServer) async throws -> Result
) async throws -> Result {
    let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
        .bind(host: "127.0.0.1", port: requestedPort) { channel in
            channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                return try NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>(
                    wrappingChannelSynchronously: channel
                )
            }
        }
    guard let port = server.channel.localAddress?.port else {
        try? await server.channel.close()
        throw FactureHTTPError(code: .notSent, message: "the loopback server has no port")
    }
    // The accept loop is never cancelled: a connection NIO accepted but nobody took from the stream would be
    // dropped unfinished. The server channel is closed instead, the loop drains what was accepted, and only
    // then are the connections' tasks cancelled (which ends keep-alive reads and closes them).
    let (acceptEnded, acceptEndedContinuation) = AsyncStream<Void>.makeStream()
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask {
            defer { acceptEndedContinuation.finish() }
            try await withThrowingDiscardingTaskGroup { connections in
                try await server.executeThenClose { inbound in
                    for try await connection in inbound {
                        connections.addTask { await serve(connection, handler: handler) }
                    }
                }
                acceptEndedContinuation.finish()
            }
        }
        func stop() async {
            try? await server.channel.close()
            for await _ in acceptEnded {}
            group.cancelAll()
        }
        do {
            let result = try await body(LoopbackHTTPServer(port: port))
            await stop()
            return result
        } catch {
            await stop()
            throw error
        }
    }
}

/// Serves the requests of one connection until the client closes it, the handler drops it, or the task is
/// cancelled.
private func serve(
    _ connection: NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>,
    handler: @Sendable (HTTPRequest, HTTPBody) async -> LoopbackReply
) async {
    try? await connection.executeThenClose { inbound, outbound in
        var head: HTTPRequestHead?
        var body: [UInt8] = []
        for try await part in inbound {
            try Task.checkCancellation()
            switch part {
            case .head(let requestHead):
                head = requestHead
                body = []
            case .body(let buffer):
                body.append(contentsOf: buffer.readableBytesView)
            case .end:
                guard let requestHead = head else { return }
                let reply = await handler(httpRequest(requestHead), HTTPBody(body))
                switch reply {
                case .dropConnection:
                    return
                case .respond(let exchange):
                    var headers = HTTPHeaders()
                    for field in exchange.response.headerFields {
                        headers.add(name: field.name.rawName, value: field.value)
                    }
                    headers.replaceOrAdd(name: "content-length", value: String(exchange.body.bytes.count))
                    let keepAlive = requestHead.isKeepAlive
                    if !keepAlive { headers.replaceOrAdd(name: "connection", value: "close") }
                    let status = HTTPResponseStatus(
                        statusCode: exchange.response.status.code,
                        reasonPhrase: exchange.response.status.reasonPhrase
                    )
                    try await outbound.write(
                        .head(HTTPResponseHead(version: .http1_1, status: status, headers: headers))
                    )
                    if !exchange.body.bytes.isEmpty {
                        try await outbound.write(.body(.byteBuffer(ByteBuffer(bytes: exchange.body.bytes))))
                    }
                    try await outbound.write(.end(nil))
                    if !keepAlive { return }
                }
                head = nil
            }
        }
    }
}

/// The swift-http-types request of a NIO request head (the authority from `Host`).
private func httpRequest(_ head: HTTPRequestHead) -> HTTPRequest {
    var fields = HTTPFields()
    for (name, value) in head.headers {
        if let fieldName = HTTPField.Name(name) { fields.append(HTTPField(name: fieldName, value: value)) }
    }
    return HTTPRequest(
        method: HTTPRequest.Method(head.method.rawValue) ?? .get,
        scheme: "http",
        authority: head.headers.first(name: "host"),
        path: head.uri,
        headerFields: fields
    )
}
