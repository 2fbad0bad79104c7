// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Byte-level helpers shared by the identifier types: separator removal, ASCII classes and
/// quoting for messages.
///
/// Everything works on UTF-8 bytes so that validating an identifier allocates nothing beyond
/// the normalised string itself (which stays inline for up to 15 bytes).
enum IdentifierText {
    /// Characters that `normalize` removes.
    struct Separators: OptionSet {
        let rawValue: UInt8

        /// ASCII space and tab, plus U+00A0, U+2009 and U+202F, which French typography puts
        /// between digit groups ("732 829 320" pasted from a PDF).
        static let spaces = Separators(rawValue: 1 << 0)
        /// `-`
        static let hyphens = Separators(rawValue: 1 << 1)
        /// `.`
        static let dots = Separators(rawValue: 1 << 2)
    }

    /// Removes the given separators and, when asked, upper-cases ASCII letters.
    ///
    /// Returns `text` itself (no copy) when there is nothing to change.
    static func normalize(_ text: String, removing separators: Separators, uppercase: Bool) -> String {
        let spaces = separators.contains(.spaces)
        let hyphens = separators.contains(.hyphens)
        let dots = separators.contains(.dots)
        var needsWork = false
        for byte in text.utf8 {
            if (spaces && (byte == 0x20 || byte == 0x09 || byte >= 0x80))
                || (hyphens && byte == UInt8(ascii: "-"))
                || (dots && byte == UInt8(ascii: "."))
                || (uppercase && isLowercaseLetter(byte))
            {
                needsWork = true
                break
            }
        }
        guard needsWork else { return text }

        let utf8 = text.utf8
        return String(unsafeUninitializedCapacity: utf8.count) { output in
            var count = 0
            var index = utf8.startIndex
            while index != utf8.endIndex {
                let byte = utf8[index]
                if spaces {
                    if byte == 0x20 || byte == 0x09 {
                        index = utf8.index(after: index)
                        continue
                    }
                    let skip = wideSpaceLength(utf8, at: index)
                    if skip > 0 {
                        index = utf8.index(index, offsetBy: skip)
                        continue
                    }
                }
                if (hyphens && byte == UInt8(ascii: "-")) || (dots && byte == UInt8(ascii: ".")) {
                    index = utf8.index(after: index)
                    continue
                }
                output[count] = uppercase && isLowercaseLetter(byte) ? byte &- 0x20 : byte
                count += 1
                index = utf8.index(after: index)
            }
            return count
        }
    }

    /// The UTF-8 length of a no-break, thin or narrow no-break space at `index`, or 0.
    private static func wideSpaceLength(_ utf8: String.UTF8View, at index: String.Index) -> Int {
        let first = utf8[index]
        guard first == 0xC2 || first == 0xE2 else { return 0 }
        var cursor = utf8.index(after: index)
        guard cursor != utf8.endIndex else { return 0 }
        let second = utf8[cursor]
        if first == 0xC2 { return second == 0xA0 ? 2 : 0 }
        guard second == 0x80 else { return 0 }
        cursor = utf8.index(after: cursor)
        guard cursor != utf8.endIndex else { return 0 }
        let third = utf8[cursor]
        return third == 0x89 || third == 0xAF ? 3 : 0
    }

    // MARK: ASCII classes

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isUppercaseLetter(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    static func isLowercaseLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    static func isUppercaseAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isUppercaseLetter(byte) }

    /// The value of an ASCII digit.
    static func digit(_ byte: UInt8) -> Int { Int(byte &- 0x30) }

    /// Whether every byte of `bytes[range]` is an ASCII digit.
    static func allDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for index in range where !isDigit(bytes[index]) { return false }
        return true
    }

    /// The decimal value of `bytes[range]`, which must be digits and at most 18 of them.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var value = 0
        for index in range { value = value * 10 + digit(bytes[index]) }
        return value
    }

    /// The first index in `range` whose byte fails `isAllowed`, if any.
    static func firstIndex(
        in bytes: UnsafeBufferPointer<UInt8>,
        _ range: Range<Int>,
        notMatching isAllowed: (UInt8) -> Bool
    ) -> Int? {
        for index in range where !isAllowed(bytes[index]) { return index }
        return nil
    }

    /// `text` (ASCII) in groups of `size` characters separated by single spaces.
    static func grouped(_ text: String, by size: Int) -> String {
        let utf8 = text.utf8
        let count = utf8.count
        guard count > size else { return text }
        let capacity = count + (count - 1) / size
        return String(unsafeUninitializedCapacity: capacity) { output in
            var written = 0
            for (offset, byte) in utf8.enumerated() {
                if offset > 0 && offset % size == 0 {
                    output[written] = 0x20
                    written += 1
                }
                output[written] = byte
                written += 1
            }
            return written
        }
    }

    // MARK: Messages

    /// A character for a message: the ASCII character itself, or the whole code point for
    /// non-ASCII text (found by decoding `text`, not a byte).
    static func character(in text: String, atUTF8Offset offset: Int) -> String {
        let utf8 = text.utf8
        var index = utf8.index(utf8.startIndex, offsetBy: offset)
        // Back up to the start of a scalar so that we print a whole character.
        while index != utf8.startIndex && (utf8[index] & 0xC0) == 0x80 { index = utf8.index(before: index) }
        guard let scalarIndex = index.samePosition(in: text.unicodeScalars) else { return "?" }
        let scalar = text.unicodeScalars[scalarIndex]
        if scalar.value < 0x20 || scalar.value == 0x7F {
            return "U+\(String(scalar.value, radix: 16, uppercase: true))"
        }
        return String(Character(scalar))
    }

    /// The 1-based character position of a UTF-8 offset, for messages.
    static func position(in text: String, atUTF8Offset offset: Int) -> Int {
        let utf8 = text.utf8
        let index = utf8.index(utf8.startIndex, offsetBy: offset)
        return text.unicodeScalars.distance(
            from: text.unicodeScalars.startIndex,
            to: index.samePosition(in: text.unicodeScalars) ?? text.unicodeScalars.endIndex
        ) + 1
    }

    /// "found 'A' at position 3"
    static func found(in text: String, atUTF8Offset offset: Int) -> String {
        "found '\(character(in: text, atUTF8Offset: offset))' at position \(position(in: text, atUTF8Offset: offset))"
    }

    /// Runs `body` over the UTF-8 bytes of `text`, which is already normalised and therefore
    /// native; copies only for a bridged string without contiguous storage.
    static func withBytes<Result, Failure: Error>(
        _ text: String,
        _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        var text = text
        // `withUTF8` takes a non-throwing-typed closure; carry the typed error out by hand.
        let outcome: Swift.Result<Result, Failure> = text.withUTF8 { bytes in
            do throws(Failure) {
                return .success(try body(bytes))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }
}
