// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if AsyncHTTPClient
import AsyncHTTPClient
import FactureHTTP
import FactureTestSupport
import HTTPTypes
import Synchronization
import Testing

@Suite("async-http-client transport over loopback HTTP", .timeLimit(.minutes(1)))
struct AsyncHTTPClientTransportTests {
    @Test("a POST round-trips; a dropped connection is ambiguous, a closed port is notSent")
    func roundTripAndFailures() async throws {
        let transport = AsyncHTTPClientTransport(client: .shared)
        let received = Mutex<String?>(nil)
        var closedPort = 0
        try await withLoopbackHTTPServer(handler: { request, body in
            if request.path == "/drop" { return .dropConnection }
            received.withLock { $0 = body.string }
            var response = HTTPResponse(status: .accepted)
            response.headerFields[.contentType] = "text/plain"
            return .respond(HTTPExchange(response: response, body: HTTPBody(string: "got it")))
        }) { server in
            closedPort = server.port
            var request = HTTPRequest(method: .post, scheme: "http", authority: "127.0.0.1:\(server.port)", path: "/x")
            request.headerFields[.contentType] = "text/plain"
            let exchange = try await transport.send(
                request,
                body: HTTPBody(string: "hello"),
                options: HTTPRequestOptions(operation: "test", isIdempotent: false)
            )
            #expect(exchange.response.status == .accepted)
            #expect(exchange.body.string == "got it")
            #expect(received.withLock { $0 } == "hello")

            let dropped = await #expect(throws: FactureHTTPError.self) {
                try await transport.send(
                    HTTPRequest(method: .post, scheme: "http", authority: "127.0.0.1:\(server.port)", path: "/drop"),
                    body: HTTPBody(string: "x"),
                    options: HTTPRequestOptions(operation: "test", isIdempotent: false)
                )
            }
            #expect(dropped?.isAmbiguous == true)
        }
        let refused = await #expect(throws: FactureHTTPError.self) {
            try await transport.send(
                HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1:\(closedPort)", path: "/"),
                body: nil,
                options: HTTPRequestOptions(operation: "test", isIdempotent: true, timeout: .seconds(2))
            )
        }
        #expect(refused?.code == .notSent, "\(String(describing: refused))")
    }
}
#endif
