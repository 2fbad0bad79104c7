// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureZlib

/// zlib compression for `/FlateDecode` streams.
enum Deflate {
    /// `bytes` as a zlib stream (RFC 1950, the format `/FlateDecode` reads) at the best
    /// compression level, or `nil` when zlib fails.
    ///
    /// The same bytes give the same output with the same zlib.
    static func zlibCompressed(_ bytes: [UInt8]) -> [UInt8]? {
        var length = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = output.withUnsafeMutableBufferPointer { destination in
            bytes.withUnsafeBufferPointer { source in
                compress2(destination.baseAddress, &length, source.baseAddress, uLong(source.count), Z_BEST_COMPRESSION)
            }
        }
        guard status == Z_OK, Int(length) <= output.count else { return nil }
        output.removeSubrange(Int(length)...)
        return output
    }
}
