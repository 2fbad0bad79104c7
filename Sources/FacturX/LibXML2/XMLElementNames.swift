// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An element name as the secure parser hands it to a ``LibXML2TreeSink``: its strings and a
/// number that stands for the (local name, prefix, namespace) triple in every parse of the process.
///
/// One instance per distinct triple, shared by every parse: a sink that derives something from a
/// name (a qualified name, a rule number) can keep it by ``token`` and never look at the strings
/// again. Names met once the ``XMLElementNames`` vocabulary is full get no token.
final class XMLElementName: Sendable {
    /// The local name.
    let name: String
    /// The prefix in the source, `nil` for none.
    let prefix: String?
    /// The namespace URI, `nil` for none.
    let namespace: String?
    /// The name's number in the process vocabulary, from 0; -1 for a name the vocabulary could not
    /// hold (a sink must then derive what it needs from the strings).
    let token: Int

    /// A name, with its vocabulary number (-1 for none).
    init(name: String, prefix: String?, namespace: String?, token: Int) {
        self.name = name
        self.prefix = prefix
        self.namespace = namespace
        self.token = token
    }
}

/// The element names of every parse of the process, by their bytes: what lets the parser make the
/// strings of a name once per process rather than once per document, and lets sinks derive what
/// they need of a name once per process too.
///
/// Invoices use a vocabulary of a few hundred names (CII, UBL and their extensions). The table is
/// bounded: once it holds ``capacity`` names, further names are made per parse without a token, so
/// a hostile stream of invented names costs memory only while its own document is parsed.
final class XMLElementNames: Sendable {
    /// The names of the process.
    static let shared = XMLElementNames(capacity: 4096)

    /// How many names the vocabulary holds at most.
    let capacity: Int

    private struct State: ~Copyable {
        /// The names, by token.
        var names: [XMLElementName] = []
        /// The bytes of each name's triple, by token (see ``XMLElementNames/key(_:_:_:)``).
        var keys: [[UInt8]] = []
        /// Open addressing: token + 1 by hash slot, 0 for an empty slot.
        var slots: [Int32]
    }

    private let state: Mutex<State>

    /// An empty vocabulary of at most `capacity` names.
    init(capacity: Int) {
        self.capacity = capacity
        var slotCount = 16
        while slotCount < capacity * 2 { slotCount <<= 1 }
        state = Mutex(State(slots: [Int32](repeating: 0, count: slotCount)))
    }

    /// The name whose local name, prefix and namespace URI have these bytes; `decode` makes the
    /// namespace string from the URI's bytes (the parser unescapes them).
    ///
    /// `uriHash` is ``uriHash(_:)`` of `uri` (0 for none): a parse meets a handful of URIs but
    /// dozens of names in each, so it hashes each URI once rather than once per name.
    func name(
        local: UnsafeBufferPointer<UInt8>,
        prefix: UnsafeBufferPointer<UInt8>?,
        uri: UnsafeBufferPointer<UInt8>?,
        uriHash: Int,
        decode: (UnsafeBufferPointer<UInt8>) -> String
    ) -> XMLElementName {
        let hash = Self.hash(local, prefix, uriHash: uri == nil ? nil : uriHash)
        let found: XMLElementName? = state.withLock { state in
            let mask = state.slots.count - 1
            var slot = hash & mask
            while state.slots[slot] != 0 {
                let token = Int(state.slots[slot]) - 1
                if Self.matches(state.keys[token], local, prefix, uri) { return state.names[token] }
                slot = (slot + 1) & mask
            }
            return nil
        }
        if let found { return found }
        let key = Self.key(local, prefix, uri)
        let name = String(decoding: local, as: UTF8.self)
        let prefixString = prefix.map { String(decoding: $0, as: UTF8.self) }
        let namespace = uri.map(decode)
        return state.withLock { state in
            let mask = state.slots.count - 1
            var slot = hash & mask
            while state.slots[slot] != 0 {
                let token = Int(state.slots[slot]) - 1
                // Another parse added it meanwhile.
                if Self.matches(state.keys[token], local, prefix, uri) { return state.names[token] }
                slot = (slot + 1) & mask
            }
            guard state.names.count < capacity else {
                return XMLElementName(name: name, prefix: prefixString, namespace: namespace, token: -1)
            }
            let created = XMLElementName(
                name: name,
                prefix: prefixString,
                namespace: namespace,
                token: state.names.count
            )
            state.names.append(created)
            state.keys.append(key)
            state.slots[slot] = Int32(state.names.count)
            return created
        }
    }

    /// The bytes that identify a triple: each part preceded by its length (-1 for an absent part).
    private static func key(
        _ local: UnsafeBufferPointer<UInt8>,
        _ prefix: UnsafeBufferPointer<UInt8>?,
        _ uri: UnsafeBufferPointer<UInt8>?
    ) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(local.count + (prefix?.count ?? 0) + (uri?.count ?? 0) + 12)
        for part in [Optional(local), prefix, uri] {
            let length = part.map { UInt32($0.count) } ?? UInt32.max
            withUnsafeBytes(of: length.littleEndian) { key.append(contentsOf: $0) }
            if let part { key.append(contentsOf: part) }
        }
        return key
    }

    /// Whether a stored key is that of these parts (compared in place, without making a key).
    private static func matches(
        _ key: [UInt8],
        _ local: UnsafeBufferPointer<UInt8>,
        _ prefix: UnsafeBufferPointer<UInt8>?,
        _ uri: UnsafeBufferPointer<UInt8>?
    ) -> Bool {
        key.withUnsafeBytes { stored in
            var offset = 0
            return matchPart(stored, &offset, local) && matchPart(stored, &offset, prefix)
                && matchPart(stored, &offset, uri) && offset == stored.count
        }
    }

    /// Whether the stored key has `part` (length, then bytes) at `offset`, which moves past it.
    private static func matchPart(
        _ stored: UnsafeRawBufferPointer,
        _ offset: inout Int,
        _ part: UnsafeBufferPointer<UInt8>?
    ) -> Bool {
        guard offset + 4 <= stored.count else { return false }
        let length = UInt32(littleEndian: stored.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        offset += 4
        guard let part else { return length == UInt32.max }
        guard length == UInt32(part.count), offset + part.count <= stored.count else { return false }
        if let base = part.baseAddress, let storedBase = stored.baseAddress,
            memcmp(storedBase + offset, base, part.count) != 0
        {
            return false
        }
        offset += part.count
        return true
    }

    /// The hash of a namespace URI's bytes that ``name(local:prefix:uri:uriHash:decode:)`` expects.
    static func uriHash(_ uri: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(uri.count)
        hasher.combine(bytes: UnsafeRawBufferPointer(uri))
        return hasher.finalize()
    }

    /// A hash of the local name and prefix (bytes and lengths) and of the URI's own hash.
    private static func hash(
        _ local: UnsafeBufferPointer<UInt8>,
        _ prefix: UnsafeBufferPointer<UInt8>?,
        uriHash: Int?
    ) -> Int {
        var hasher = Hasher()
        hasher.combine(local.count)
        hasher.combine(bytes: UnsafeRawBufferPointer(local))
        if let prefix {
            hasher.combine(prefix.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(prefix))
        } else {
            hasher.combine(-1)
        }
        hasher.combine(uriHash ?? -1)
        return hasher.finalize()
    }
}
