// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes libxml2's reader pulls, chunk by chunk, through its I/O callback: from memory or a
/// file descriptor. It counts them against the size limit and refuses a DOCTYPE in the prolog
/// before handing it over, so libxml2 never reads a DTD or an entity declaration.
///
/// One instance per parse, used on one thread.
final class CamtInput {
    /// Where the bytes come from.
    enum Storage {
        /// A buffer that outlives the parse.
        case memory(UnsafeRawBufferPointer)
        /// An open file descriptor, read from its current position; the caller closes it.
        case file(Int32)
    }

    private let storage: Storage
    private let maximumBytes: Int
    private var offset = 0
    /// Bytes handed to libxml2 so far.
    private(set) var count = 0
    /// Why reading stopped, when we stopped it.
    private(set) var failure: FactureBankingError?
    /// Whether the root element has not started yet (the prolog is still being scanned).
    private var inProlog = true
    /// The end of the previous chunk that may start a markup the next chunk completes.
    private var carry: [UInt8] = []
    /// Lines seen in the prolog so far (for the DOCTYPE error).
    private var prologLines = 1

    init(_ storage: Storage, maximumBytes: Int) {
        self.storage = storage
        self.maximumBytes = maximumBytes
    }

    /// Fills `buffer` with up to `capacity` bytes; returns how many, 0 at the end, -1 on failure.
    func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int32 {
        guard failure == nil, capacity > 0 else { return failure == nil ? 0 : -1 }
        var produced = 0
        switch storage {
        case .memory(let bytes):
            produced = min(capacity, bytes.count - offset)
            if produced > 0, let base = bytes.baseAddress {
                UnsafeMutableRawPointer(buffer).copyMemory(from: base + offset, byteCount: produced)
            }
            offset += max(produced, 0)
        case .file(let descriptor):
            var result: Int
            repeat { result = readDescriptor(descriptor, buffer, capacity) } while result < 0 && errno == EINTR
            guard result >= 0 else {
                failure = FactureBankingError(code: .ioFailure, message: "reading failed: \(Self.systemReason())")
                return -1
            }
            produced = result
        }
        count += produced
        guard count <= maximumBytes else {
            failure = FactureBankingError(
                code: .malformedRecord,
                message: "the statement is larger than the limit of \(maximumBytes) bytes"
            )
            return -1
        }
        if inProlog, produced > 0 {
            let chunk = UnsafeRawBufferPointer(start: buffer, count: produced)
            if !scanProlog(chunk) { return -1 }
        }
        return Int32(produced)
    }

    /// Looks for `<!DOCTYPE` / `<!ENTITY` before the root start tag; false (and `failure` set)
    /// when one is there.
    private func scanProlog(_ chunk: UnsafeRawBufferPointer) -> Bool {
        let window = carry + chunk
        carry = []
        var index = 0
        while index < window.count {
            let byte = window[index]
            if byte == UInt8(ascii: "\n") { prologLines += 1 }
            guard byte == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            guard index + 1 < window.count else {
                carry = Array(window[index...])
                return true
            }
            let next = window[index + 1]
            if next == UInt8(ascii: "!") {
                let markup = Array("DOCTYPE".utf8)
                guard index + 2 + markup.count <= window.count else {
                    carry = Array(window[index...])
                    return true
                }
                let word = Array(window[(index + 2)..<(index + 2 + markup.count)])
                if word == markup || word.starts(with: Array("ENTITY".utf8)) {
                    failure = FactureBankingError(
                        code: .unsupportedFormat,
                        message: "a camt.053 statement has no DOCTYPE or entity declaration; refused",
                        record: prologLines
                    )
                    return false
                }
            } else if next != UInt8(ascii: "?") {
                inProlog = false
                return true
            }
            index += 1
        }
        return true
    }

    /// The C library's reason for the last failure.
    static func systemReason() -> String {
        String(cString: strerror(errno))
    }
}

/// `read(2)`, named apart from ``CamtInput/read(into:capacity:)``.
private func readDescriptor(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<CChar>, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
