// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureOpenSSL

/// The address of a blob: the SHA-256 of its bytes.
///
/// ```swift
/// let address = BlobDigest(of: pdfBytes)
/// print(address)   // 64 lowercase hexadecimal digits
/// ```
public struct BlobDigest: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The 32 bytes of the SHA-256.
    public let bytes: [UInt8]

    /// The address of `content`.
    public init(of content: [UInt8]) {
        var digest = [UInt8](repeating: 0, count: 32)
        content.withUnsafeBufferPointer { buffer in
            _ = SHA256(buffer.baseAddress, buffer.count, &digest)
        }
        bytes = digest
    }

    /// Hashes the first eight bytes: they are already uniformly distributed (a SHA-256), and
    /// hashing all 32 bytes one by one made sets and dictionaries of addresses slow.
    public func hash(into hasher: inout Hasher) {
        var prefix: UInt64 = 0
        for byte in bytes.prefix(8) { prefix = prefix << 8 | UInt64(byte) }
        hasher.combine(prefix)
    }

    /// An address from 32 bytes the caller vouches for.
    init(unchecked bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// An address written as 64 hexadecimal digits (either case).
    ///
    /// - Throws: ``FactureArchiveError/Code/invalidAddress`` for anything else.
    public init(hex: String) throws(FactureArchiveError) {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else {
            throw FactureArchiveError(code: .invalidAddress, message: "'\(hex)' is not 64 hexadecimal digits")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for index in stride(from: 0, to: 64, by: 2) {
            guard let high = Self.nibble(digits[index]), let low = Self.nibble(digits[index + 1]) else {
                throw FactureArchiveError(code: .invalidAddress, message: "'\(hex)' is not 64 hexadecimal digits")
            }
            bytes.append(high << 4 | low)
        }
        self.bytes = bytes
    }

    /// The 64 lowercase hexadecimal digits.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// ``hex``.
    public var description: String { hex }

    /// Orders addresses by their bytes (as their hexadecimal texts sort).
    public static func < (lhs: BlobDigest, rhs: BlobDigest) -> Bool {
        lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
