// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureSeal
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("HTTPTimestampAuthority")
struct HTTPTimestampAuthorityTests {
    @Test("a B-T seal through RFC 3161 over HTTP to a loopback TSA verifies", .timeLimit(.minutes(1)))
    func sealOverHTTP() async throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        let server = try LoopbackTimestampServer(authority: pki.authority)
        defer { server.stop() }
        let authority = HTTPTimestampAuthority(url: try #require(URL(string: "http://127.0.0.1:\(server.port)/tsa")))
        let content = Array("invoice over HTTP".utf8)
        let seal = try await Sealer(identity: pki.signer).seal(content, timestampAuthority: authority)
        #expect(seal.level == .timestamped)
        let report = try pki.verifier.verify(seal, content: content)
        #expect(report.isValid, "\(report.failures)")
        let seen = server.requests()
        #expect(seen.count == 1)
        #expect(seen.first?.contentType == "application/timestamp-query")
        #expect(seen.first?.method == "POST")
    }

    @Test("an HTTP error from the authority is timestampAuthorityFailed", .timeLimit(.minutes(1)))
    func httpError() async throws {
        let pki = try SealTestPKI()
        defer { pki.remove() }
        let server = try LoopbackTimestampServer(authority: pki.authority, status: "503 Service Unavailable")
        defer { server.stop() }
        let authority = HTTPTimestampAuthority(url: try #require(URL(string: "http://127.0.0.1:\(server.port)/")))
        await #expect(throws: FactureSealError(code: .timestampAuthorityFailed, message: "")) {
            _ = try await authority.timestampToken(imprint: TimestampRequest(hashing: [1, 2, 3]).imprint)
        }
    }
}

/// A minimal HTTP/1.1 server on 127.0.0.1 that answers each POST with the local authority's
/// response (or `status` when it is not 200), one connection at a time, on its own thread.
final class LoopbackTimestampServer: Sendable {
    struct SeenRequest: Sendable {
        var method: String
        var contentType: String?
    }

    let port: UInt16
    private let socketDescriptor: Int32
    private let seen = SeenRequests()

    init(authority: LocalTimestampAuthority, status: String = "200 OK") throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 && listen(descriptor, 8) == 0
                    && getsockname(descriptor, generic, &length) == 0
            }
        }
        guard bound else {
            close(descriptor)
            throw POSIXError(.EADDRINUSE)
        }
        socketDescriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
        let seen = self.seen
        let thread = Thread {
            while true {
                let connection = accept(descriptor, nil, nil)
                if connection < 0 { return }
                LoopbackTimestampServer.serve(connection, authority: authority, status: status, seen: seen)
                close(connection)
            }
        }
        thread.start()
    }

    func requests() -> [SeenRequest] { seen.all() }

    func stop() {
        shutdown(socketDescriptor, Int32(SHUT_RDWR))
        close(socketDescriptor)
    }

    private static func serve(
        _ connection: Int32,
        authority: LocalTimestampAuthority,
        status: String,
        seen: SeenRequests
    ) {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let separator = Array("\r\n\r\n".utf8)
        var headerEnd: Int?
        var bodyLength = 0
        while true {
            if let end = headerEnd, received.count >= end + bodyLength { break }
            let count = recv(connection, &buffer, buffer.count, 0)
            if count <= 0 { return }
            received += buffer[0..<count]
            if headerEnd == nil, let index = firstRange(of: separator, in: received) {
                headerEnd = index + separator.count
                let head = String(decoding: received[0..<index], as: UTF8.self).split(separator: "\r\n")
                var request = SeenRequest(method: String(head.first?.split(separator: " ").first ?? ""))
                for line in head.dropFirst() {
                    let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    guard parts.count == 2 else { continue }
                    switch parts[0].lowercased() {
                    case "content-length": bodyLength = Int(parts[1]) ?? 0
                    case "content-type": request.contentType = parts[1]
                    default: break
                    }
                }
                seen.append(request)
            }
        }
        guard let end = headerEnd else { return }
        let body = Array(received[end..<(end + bodyLength)])
        let reply = (try? authority.respond(toDER: body)) ?? []
        let payload = status.hasPrefix("200") ? reply : []
        let head =
            "HTTP/1.1 \(status)\r\nContent-Type: application/timestamp-reply\r\n"
            + "Content-Length: \(payload.count)\r\nConnection: close\r\n\r\n"
        let bytes = Array(head.utf8) + payload
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, 0) }
            if sent <= 0 { return }
            offset += sent
        }
    }
}

/// The requests a server saw, guarded by a lock.
private final class SeenRequests: @unchecked Sendable {
    private let lock = NSLock()
    private var requests: [LoopbackTimestampServer.SeenRequest] = []

    func append(_ request: LoopbackTimestampServer.SeenRequest) {
        lock.withLock { requests.append(request) }
    }

    func all() -> [LoopbackTimestampServer.SeenRequest] {
        lock.withLock { requests }
    }
}
