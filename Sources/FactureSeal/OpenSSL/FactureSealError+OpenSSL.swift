// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureOpenSSL

extension FactureSealError {
    /// An error of `code` whose message ends with OpenSSL's queued reasons, which it drains.
    static func openSSL(_ code: Code, _ message: String) -> FactureSealError {
        let reasons = drainOpenSSLErrors()
        return FactureSealError(
            code: code,
            message: reasons.isEmpty ? message : "\(message) (OpenSSL: \(reasons.joined(separator: "; ")))"
        )
    }

    /// Empties OpenSSL's thread-local error queue and returns its messages, oldest first.
    static func drainOpenSSLErrors() -> [String] {
        var reasons: [String] = []
        while true {
            let error = ERR_get_error()
            if error == 0 { break }
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(error, &buffer, buffer.count)
            let length = buffer.firstIndex(of: 0) ?? buffer.count
            reasons.append(String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return reasons
    }
}
