// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureHTTP
import Foundation
import HTTPTypes

/// HTTP helpers of the platform simulator: JSON answers, the APIs' error bodies, multipart parsing and
/// date-times. Written from the XP Z12-013 descriptions, independently of the `FacturePlatform` client.
enum PlatformSimulatorHTTP {
    /// A JSON answer.
    static func json(_ status: Int, _ object: Any) -> HTTPExchange {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        var fields = HTTPFields()
        fields[.contentType] = "application/json"
        return HTTPExchange(
            response: HTTPResponse(status: .init(code: status), headerFields: fields),
            body: HTTPBody([UInt8](data))
        )
    }

    /// A Flow Service error (`Error`: `errorCode`, `errorMessage`).
    static func flowError(_ status: Int, _ code: String, _ message: String?) -> HTTPExchange {
        var object: [String: Any] = ["errorCode": code]
        if let message { object["errorMessage"] = message }
        return json(status, object)
    }

    /// A Directory Service error (`error`, an `application/problem+json` problem).
    static func directoryError(
        _ status: Int,
        _ message: String,
        details: String? = nil,
        instance: String? = nil
    ) -> HTTPExchange {
        var object: [String: Any] = ["type": "about:blank", "status": status, "message": message]
        if let details { object["details"] = details }
        if let instance { object["instance"] = instance }
        var exchange = json(status, object)
        exchange.response.headerFields[.contentType] = "application/problem+json"
        return exchange
    }

    /// A body-less answer.
    static func empty(_ status: Int) -> HTTPExchange {
        HTTPExchange(response: HTTPResponse(status: .init(code: status)))
    }

    /// A file answer with `Content-Disposition: attachment;filename=…`.
    static func file(_ bytes: [UInt8], contentType: String, fileName: String) -> HTTPExchange {
        var fields = HTTPFields()
        fields[.contentType] = contentType
        fields[.contentDisposition] = "attachment;filename=\(fileName)"
        return HTTPExchange(response: HTTPResponse(status: .ok, headerFields: fields), body: HTTPBody(bytes))
    }

    /// One part of a `multipart/form-data` body.
    struct Part {
        var name: String
        var fileName: String?
        var contentType: String?
        var body: [UInt8]
    }

    /// The parts of a `multipart/form-data` body (RFC 7578), or `nil` when it is not one.
    static func multipart(_ body: [UInt8], contentType: String) -> [Part]? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        guard
            let boundaryParameter = contentType.split(separator: ";")
                .map({ $0.trimmingCharacters(in: .whitespaces) })
                .first(where: { $0.lowercased().hasPrefix("boundary=") })
        else { return nil }
        var boundary = String(boundaryParameter.dropFirst("boundary=".count))
        if boundary.hasPrefix("\""), boundary.hasSuffix("\""), boundary.count >= 2 {
            boundary = String(boundary.dropFirst().dropLast())
        }
        guard !boundary.isEmpty else { return nil }
        let delimiter = Array("--\(boundary)".utf8)
        var positions: [Int] = []
        var index = 0
        while let found = find(delimiter, in: body, from: index) {
            positions.append(found)
            index = found + delimiter.count
        }
        guard positions.count >= 2 else { return nil }
        var parts: [Part] = []
        for (start, end) in zip(positions, positions.dropFirst()) {
            var partStart = start + delimiter.count
            // After the delimiter: CRLF (or `--` for the closing one, which cannot start a part).
            guard partStart + 2 <= body.count, body[partStart] == 13, body[partStart + 1] == 10 else { return nil }
            partStart += 2
            var partEnd = end
            if partEnd >= 2, body[partEnd - 2] == 13, body[partEnd - 1] == 10 { partEnd -= 2 }
            guard partStart <= partEnd else { return nil }
            let part = Array(body[partStart..<partEnd])
            guard let headerEnd = find(Array("\r\n\r\n".utf8), in: part, from: 0) else { return nil }
            let headerText = String(decoding: part[0..<headerEnd], as: UTF8.self)
            var name: String?
            var fileName: String?
            var type: String?
            for line in headerText.components(separatedBy: "\r\n") {
                let pieces = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pieces.count == 2 else { continue }
                switch pieces[0].lowercased() {
                case "content-disposition":
                    for parameter in pieces[1].split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                        let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
                        guard pair.count == 2 else { continue }
                        var value = pair[1]
                        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                            value = String(value.dropFirst().dropLast())
                        }
                        if pair[0].lowercased() == "name" { name = value }
                        if pair[0].lowercased() == "filename" { fileName = value }
                    }
                case "content-type":
                    type = pieces[1]
                default:
                    break
                }
            }
            guard let name else { return nil }
            parts.append(Part(name: name, fileName: fileName, contentType: type, body: Array(part[(headerEnd + 4)...])))
        }
        return parts
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else {
            return nil
        }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }

    /// RFC 3339 with milliseconds, UTC, of a count of milliseconds since 1970.
    static func format(milliseconds: Int64) -> String {
        let seconds = milliseconds / 1000
        let fraction = String(milliseconds % 1000)
        let whole = Date(timeIntervalSince1970: Double(seconds)).formatted(Date.ISO8601FormatStyle())
        return String(whole.dropLast()) + "." + String(repeating: "0", count: 3 - fraction.count) + fraction + "Z"
    }

    /// A date-time of a request as milliseconds since 1970 (rounded), or `nil` when it does not read.
    static func milliseconds(_ text: String) -> Int64? {
        parse(text).map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) }
    }

    /// Reads RFC 3339 with or without fractional seconds.
    static func parse(_ text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
        return try? Date.ISO8601FormatStyle().parse(text)
    }

    /// The query parameters of a request path.
    static func query(of path: String) -> [String: String] {
        guard let mark = path.firstIndex(of: "?") else { return [:] }
        var result: [String: String] = [:]
        for pair in path[path.index(after: mark)...].split(separator: "&") {
            let pieces = pair.split(separator: "=", maxSplits: 1).map {
                String($0).removingPercentEncoding ?? String($0)
            }
            result[pieces[0]] = pieces.count > 1 ? pieces[1] : ""
        }
        return result
    }
}
