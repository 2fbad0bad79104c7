// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureHTTP
import FactureTestSupport
import HTTPTypes
import Synchronization
import Testing

@Suite("URLSession transport over loopback HTTP", .timeLimit(.minutes(1)))
struct URLSessionTransportTests {
    static func request(_ server: LoopbackHTTPServer, _ method: HTTPRequest.Method, _ path: String) -> HTTPRequest {
        HTTPRequest(method: method, scheme: "http", authority: "127.0.0.1:\(server.port)", path: path)
    }

    @Test("a POST with a body and custom headers reaches the server; status, headers and body come back")
    func roundTrip() async throws {
        let received = Mutex<(HTTPRequest, HTTPBody)?>(nil)
        try await withLoopbackHTTPServer(handler: { request, body in
            received.withLock { $0 = (request, body) }
            var response = HTTPResponse(status: .created)
            response.headerFields[.contentType] = "application/json"
            return .respond(HTTPExchange(response: response, body: HTTPBody(string: "{\"ok\":true}")))
        }) { server in
            var request = Self.request(server, .post, "/v1/flows?x=1")
            request.headerFields[HTTPField.Name("cpro-account")!] = "abc"
            let exchange = try await URLSessionHTTPTransport().send(
                request,
                body: HTTPBody(string: "payload é"),
                options: HTTPRequestOptions(operation: "test", isIdempotent: false)
            )
            #expect(exchange.response.status == .created)
            #expect(exchange.response.headerFields[.contentType] == "application/json")
            #expect(exchange.body.string == "{\"ok\":true}")
        }
        let (request, body) = try #require(received.withLock { $0 })
        #expect(request.method == .post)
        #expect(request.path == "/v1/flows?x=1")
        #expect(request.headerFields[HTTPField.Name("cpro-account")!] == "abc")
        #expect(body.string == "payload é")
    }

    @Test("a dropped connection is an ambiguous connectionLost, a closed port is notSent")
    func failures() async throws {
        var closedPort = 0
        try await withLoopbackHTTPServer(handler: { _, _ in .dropConnection }) { server in
            closedPort = server.port
            let error = await #expect(throws: FactureHTTPError.self) {
                try await URLSessionHTTPTransport().send(
                    Self.request(server, .post, "/deposit"),
                    body: HTTPBody(string: "x"),
                    options: HTTPRequestOptions(operation: "test", isIdempotent: false)
                )
            }
            #expect(error?.code == .connectionLost)
            #expect(error?.isAmbiguous == true)
        }
        let refused = await #expect(throws: FactureHTTPError.self) {
            try await URLSessionHTTPTransport().send(
                HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1:\(closedPort)", path: "/"),
                body: nil,
                options: HTTPRequestOptions(operation: "test", isIdempotent: true)
            )
        }
        #expect(refused?.code == .notSent)
    }

    @Test("a server slower than the attempt's timeout gives timedOut")
    func timeout() async throws {
        try await withLoopbackHTTPServer(handler: { _, _ in
            try? await Task.sleep(for: .seconds(3))
            return .respond(HTTPExchange(response: HTTPResponse(status: .ok)))
        }) { server in
            let error = await #expect(throws: FactureHTTPError.self) {
                try await URLSessionHTTPTransport().send(
                    Self.request(server, .get, "/slow"),
                    body: nil,
                    options: HTTPRequestOptions(operation: "test", isIdempotent: true, timeout: .seconds(2))
                )
            }
            #expect(error?.code == .timedOut)
        }
    }
}
