// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureHTTP
import FactureTesting
import HTTPTypes
import Synchronization
import Testing

/// A transport answering from a script of outcomes, counting the calls.
final class ScriptedTransport: HTTPTransport {
    enum Outcome: Sendable {
        case status(Int, headers: HTTPFields = [:])
        case failure(FactureHTTPError.Code)
    }

    private let script: Mutex<[Outcome]>
    private let count = Mutex(0)

    init(_ script: [Outcome]) { self.script = Mutex(script) }

    var calls: Int { count.withLock { $0 } }

    func send(_ request: HTTPRequest, body: HTTPBody?, options: HTTPRequestOptions) async throws -> HTTPExchange {
        count.withLock { $0 += 1 }
        let next = script.withLock { $0.isEmpty ? Outcome.status(200) : $0.removeFirst() }
        switch next {
        case .status(let code, let headers):
            return HTTPExchange(response: HTTPResponse(status: .init(code: code), headerFields: headers))
        case .failure(let code):
            throw FactureHTTPError(code: code, message: "scripted", operation: options.operation)
        }
    }
}

@Suite("Retry middleware")
struct RetryMiddlewareTests {
    static let read = HTTPRequestOptions(operation: "test.read", isIdempotent: true)
    static let deposit = HTTPRequestOptions(operation: "test.deposit", isIdempotent: false)
    static let request = HTTPRequest(method: .get, scheme: "http", authority: "127.0.0.1:1", path: "/x")

    func pipeline(_ transport: ScriptedTransport, _ clock: FastForwardClock, attempts: Int = 4) -> HTTPPipeline {
        let policy = RetryPolicy(maximumAttempts: attempts, baseDelay: .milliseconds(100), jitter: { 1 })
        return HTTPPipeline(transport: transport, middlewares: [RetryMiddleware(policy: policy, clock: clock)])
    }

    @Test("an idempotent read is retried on 503 and network failures with exponential delays, then succeeds")
    func readRetried() async throws {
        let transport = ScriptedTransport([.status(503), .failure(.connectionLost), .failure(.timedOut), .status(200)])
        let clock = FastForwardClock()
        let exchange = try await pipeline(transport, clock).send(Self.request, body: nil, options: Self.read)
        #expect(exchange.response.status.code == 200)
        #expect(transport.calls == 4)
        #expect(clock.sleeps == [.milliseconds(100), .milliseconds(200), .milliseconds(400)])
    }

    @Test("a deposit is never sent again after a lost connection or a timeout: the caller must look first")
    func depositNotRepeatedWhenAmbiguous() async throws {
        for code in [FactureHTTPError.Code.connectionLost, .timedOut] {
            let transport = ScriptedTransport([.failure(code), .status(200)])
            let error = await #expect(throws: FactureHTTPError.self) {
                try await pipeline(transport, FastForwardClock()).send(Self.request, body: nil, options: Self.deposit)
            }
            #expect(error?.code == code)
            #expect(transport.calls == 1)
        }
    }

    @Test("a deposit is not repeated on 500 (the server may have acted) but is on 429 and when surely not sent")
    func depositRetriedOnlyWhenSafe() async throws {
        let failing = ScriptedTransport([.status(500), .status(200)])
        let answer = try await pipeline(failing, FastForwardClock()).send(
            Self.request,
            body: nil,
            options: Self.deposit
        )
        #expect(answer.response.status.code == 500)
        #expect(failing.calls == 1)

        let throttled = ScriptedTransport([.status(429), .failure(.notSent), .status(201)])
        let accepted = try await pipeline(throttled, FastForwardClock())
            .send(Self.request, body: nil, options: Self.deposit)
        #expect(accepted.response.status.code == 201)
        #expect(throttled.calls == 3)
    }

    @Test("Retry-After is honoured, capped by the policy's longest delay")
    func retryAfter() async throws {
        let transport = ScriptedTransport([.status(429, headers: [.retryAfter: "3"]), .status(200)])
        let clock = FastForwardClock()
        _ = try await pipeline(transport, clock).send(Self.request, body: nil, options: Self.read)
        #expect(clock.sleeps == [.seconds(3)])
    }

    @Test("retries run out with a typed error carrying the last status")
    func exhausted() async throws {
        let transport = ScriptedTransport([.status(502), .status(502), .status(502)])
        do {
            _ = try await pipeline(transport, FastForwardClock(), attempts: 3)
                .send(Self.request, body: nil, options: Self.read)
            Issue.record("expected retriesExhausted")
        } catch let error as FactureHTTPError {
            #expect(error.code == .retriesExhausted)
            #expect(error.status == 502)
            #expect(error.operation == "test.read")
        }
        #expect(transport.calls == 3)
    }

    @Test("full jitter keeps every wait between zero and the exponential ceiling")
    func jitterBounds() {
        let draws = Mutex([0.0, 0.5, 1.0, 0.25])
        let policy = RetryPolicy(baseDelay: .milliseconds(100), maximumDelay: .seconds(1)) {
            draws.withLock { $0.removeFirst() }
        }
        #expect(policy.delay(afterAttempt: 1, retryAfter: nil) == .zero)
        #expect(policy.delay(afterAttempt: 2, retryAfter: nil) == .milliseconds(100))
        #expect(policy.delay(afterAttempt: 5, retryAfter: nil) == .seconds(1))
        #expect(policy.delay(afterAttempt: 6, retryAfter: nil) == .milliseconds(250))
    }
}
