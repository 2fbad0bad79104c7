// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureHTTP
import FacturePlatform
import FactureTesting
import Foundation
import HTTPTypes
import Synchronization
import Testing

@Suite("Safe submission rules, in process")
struct SafeSubmissionTests {
    static let configuration = PlatformAPIConfiguration(
        baseURL: URL(string: "https://pa.example/flow-service")!,
        authentication: .staticToken(Secret("token")),
        retryPolicy: RetryPolicy(maximumAttempts: 3, jitter: { 0 })
    )

    @Test("after a lost connection, a failing search makes the submission uncertain and nothing is sent again")
    func uncertain() async throws {
        let posts = Mutex(0)
        let transport = ClosureHTTPTransport { request, _, options in
            #expect(request.headerFields[.authorization] == "Bearer token")
            if request.path == "/flow-service/v1/flows" {
                #expect(!options.isIdempotent)
                #expect(request.headerFields[.contentType]?.hasPrefix("multipart/form-data; boundary=") == true)
                posts.withLock { $0 += 1 }
                throw FactureHTTPError(code: .connectionLost, message: "dropped")
            }
            #expect(request.path == "/flow-service/v1/flows/search")
            #expect(options.isIdempotent)
            return HTTPExchange(response: HTTPResponse(status: .serviceUnavailable))
        }
        let client = try FlowServiceClient(
            configuration: Self.configuration,
            transport: transport,
            clock: FastForwardClock()
        )
        let error = await #expect(throws: FacturePlatformError.self) {
            try await client.submit(file: [1, 2, 3], info: FlowInfo(flowSyntax: .cii, trackingID: "t-1"))
        }
        #expect(error?.code == .submissionUncertain)
        #expect(posts.withLock { $0 } == 1)
    }

    @Test("a refusal (422) is not retried, and its error body is kept")
    func refusal() async throws {
        let posts = Mutex(0)
        let transport = ClosureHTTPTransport { _, _, _ in
            posts.withLock { $0 += 1 }
            var response = HTTPResponse(status: .init(code: 422))
            response.headerFields[.contentType] = "application/json"
            return HTTPExchange(
                response: response,
                body: HTTPBody(
                    string: #"{"errorCode":"UNPROCESSABLE_ENTITY","errorMessage":"Entity consistency error"}"#
                )
            )
        }
        let client = try FlowServiceClient(
            configuration: Self.configuration,
            transport: transport,
            clock: FastForwardClock()
        )
        let error = await #expect(throws: FacturePlatformError.self) {
            try await client.submit(file: [1], info: FlowInfo(flowSyntax: .cii))
        }
        #expect(error?.code == .unprocessable)
        #expect(error?.platformErrorCode == "UNPROCESSABLE_ENTITY")
        #expect(error?.platformMessage == "Entity consistency error")
        #expect(error?.isAmbiguous == false)
        #expect(posts.withLock { $0 } == 1)
    }

    @Test("the multipart body carries flowInfo as JSON with the file's SHA-256, then the file")
    func multipartBody() async throws {
        let vectors = [
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ]
        for (file, digest) in vectors {
            let body = Mutex<String?>(nil)
            let transport = ClosureHTTPTransport { request, requestBody, _ in
                body.withLock { $0 = requestBody?.string }
                var response = HTTPResponse(status: .accepted)
                response.headerFields[.contentType] = "application/json"
                return HTTPExchange(response: response, body: HTTPBody(string: #"{"flowId":"f-1","flowSyntax":"CII"}"#))
            }
            let client = try FlowServiceClient(
                configuration: Self.configuration,
                transport: transport,
                clock: FastForwardClock()
            )
            let submission = try await client.submit(
                file: Array(file.utf8),
                info: FlowInfo(flowSyntax: .cii, trackingID: "t")
            )
            #expect(submission.flowID == "f-1")
            let text = try #require(body.withLock { $0 })
            #expect(text.contains(#"Content-Disposition: form-data; name="flowInfo""#))
            #expect(text.contains(#""sha256":"\#(digest)""#))
            #expect(text.contains(#""trackingId":"t""#))
            #expect(
                text.contains(
                    "Content-Disposition: form-data; name=\"file\"; filename=\"t.xml\"\r\nContent-Type: application/xml\r\n\r\n\(file)\r\n"
                )
            )
        }
    }

    @Test("a base URL without host is refused")
    func badBaseURL() throws {
        var configuration = Self.configuration
        configuration.baseURL = URL(fileURLWithPath: "/tmp")
        #expect(throws: PlatformTestSupport.error(.invalidInput)) {
            try FlowServiceClient(
                configuration: configuration,
                transport: ClosureHTTPTransport { _, _, _ in
                    HTTPExchange(response: HTTPResponse(status: .ok))
                }
            )
        }
    }
}
