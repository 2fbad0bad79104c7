// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Foundation

/// The identifier of one archived document: what a deposit returns and every later event names.
///
/// Two deposits of the same bytes are two documents sharing one blob.
public struct DocumentID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The identifier's text: 1 to 128 characters from `A-Z a-z 0-9 - _ . :`.
    public let rawValue: String

    /// An identifier from its text.
    ///
    /// - Throws: ``FactureArchiveError/Code/invalidAddress`` for an empty, too long or otherwise unfit text.
    public init(_ rawValue: String) throws(FactureArchiveError) {
        let allowed = rawValue.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: ":"):
                true
            default: false
            }
        }
        guard allowed, (1...128).contains(rawValue.utf8.count) else {
            throw FactureArchiveError(
                code: .invalidAddress,
                message: "'\(rawValue)' is no document identifier (1 to 128 of A-Z a-z 0-9 - _ . :)"
            )
        }
        self.rawValue = rawValue
    }

    /// A new random identifier (a lowercase UUID).
    public static func random() -> DocumentID {
        // A UUID's text always passes the check of init(_:).
        DocumentID(unchecked: UUID().uuidString.lowercased())
    }

    private init(unchecked: String) { rawValue = unchecked }

    /// Orders identifiers by their text.
    public static func < (lhs: DocumentID, rhs: DocumentID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// ``rawValue``.
    public var description: String { rawValue }
}
