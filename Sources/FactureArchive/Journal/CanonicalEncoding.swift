// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The byte writer of the journal's canonical encoding: big-endian integers, strings and byte
/// strings prefixed by their 32-bit length, maps sorted by key. One value has one encoding, so a
/// hash over it is a hash over the value.
struct CanonicalWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 256) { bytes.reserveCapacity(capacity) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func raw(_ value: [UInt8]) { bytes.append(contentsOf: value) }

    mutating func uint64(_ value: UInt64) {
        for shift in stride(from: 56, through: 0, by: -8) {
            bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift)))
        }
    }

    mutating func int64(_ value: Int64) { uint64(UInt64(bitPattern: value)) }

    mutating func uint32(_ value: UInt32) {
        for shift in stride(from: 24, through: 0, by: -8) {
            bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift)))
        }
    }

    mutating func data(_ value: [UInt8]) {
        uint32(UInt32(value.count))
        raw(value)
    }

    mutating func string(_ value: String) { data(Array(value.utf8)) }

    mutating func map(_ value: [String: String]) {
        // Sorted by the keys' UTF-8 bytes: independent of locale and of the dictionary's order.
        let pairs = value.map { (Array($0.key.utf8), Array($0.value.utf8)) }
            .sorted { $0.0.lexicographicallyPrecedes($1.0) }
        uint32(UInt32(pairs.count))
        for (key, value) in pairs {
            data(key)
            data(value)
        }
    }
}

/// The reader of ``CanonicalWriter``'s bytes; every read is bounds-checked and a malformed input
/// is an `integrityViolation` naming what could not be read.
struct CanonicalReader {
    private let bytes: [UInt8]
    private var offset = 0
    private let what: String

    init(_ bytes: [UInt8], what: String) {
        self.bytes = bytes
        self.what = what
    }

    var isAtEnd: Bool { offset == bytes.count }

    private func malformed(_ detail: String) -> FactureArchiveError {
        FactureArchiveError(code: .integrityViolation, message: "\(what): \(detail) at byte \(offset)")
    }

    mutating func raw(_ count: Int) throws(FactureArchiveError) -> [UInt8] {
        guard count >= 0, bytes.count - offset >= count else { throw malformed("truncated") }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    /// The next `count` bytes as a big-endian integer, read in place (no array per field).
    private mutating func bigEndian(_ count: Int) throws(FactureArchiveError) -> UInt64 {
        guard bytes.count - offset >= count else { throw malformed("truncated") }
        var value: UInt64 = 0
        for index in offset..<offset + count { value = value << 8 | UInt64(bytes[index]) }
        offset += count
        return value
    }

    mutating func byte() throws(FactureArchiveError) -> UInt8 { UInt8(try bigEndian(1)) }

    mutating func uint64() throws(FactureArchiveError) -> UInt64 { try bigEndian(8) }

    mutating func int64() throws(FactureArchiveError) -> Int64 { Int64(bitPattern: try uint64()) }

    mutating func uint32() throws(FactureArchiveError) -> UInt32 { UInt32(try bigEndian(4)) }

    mutating func data() throws(FactureArchiveError) -> [UInt8] { try raw(Int(try uint32())) }

    mutating func string() throws(FactureArchiveError) -> String {
        let count = Int(try uint32())
        guard bytes.count - offset >= count else { throw malformed("truncated") }
        defer { offset += count }
        guard let text = String(validating: bytes[offset..<offset + count], as: UTF8.self) else {
            throw malformed("text is not UTF-8")
        }
        return text
    }

    mutating func map() throws(FactureArchiveError) -> [String: String] {
        let count = try uint32()
        var result: [String: String] = [:]
        var previousKey: [UInt8]?
        for _ in 0..<count {
            let keyBytes = try data()
            // Keys strictly ascending: the only encoding of a map, so a re-encoding gives the same bytes.
            if let previousKey, !previousKey.lexicographicallyPrecedes(keyBytes) {
                throw malformed("map keys out of order")
            }
            previousKey = keyBytes
            guard let key = String(validating: keyBytes, as: UTF8.self) else { throw malformed("key is not UTF-8") }
            result[key] = try string()
        }
        return result
    }

    func expectEnd() throws(FactureArchiveError) {
        guard isAtEnd else { throw malformed("trailing bytes") }
    }
}
