// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The check-digit algorithms behind the identifiers, over ASCII bytes.
///
/// Callers check the character classes first; these functions assume digits (or, for the
/// mod 97 family, digits and upper-case letters) and never allocate.
enum Checksums {
    /// The Luhn sum modulo 10 of `bytes[range]` (digits); 0 means the number is valid.
    ///
    /// Counting from the right, every second digit is doubled (and 9 subtracted when the
    /// double exceeds 9). Catches every single-digit error and every adjacent transposition
    /// except 09 ↔ 90.
    static func luhn(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var sum = 0
        var doubled = false
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            var value = IdentifierText.digit(bytes[index])
            if doubled {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
            doubled.toggle()
        }
        return sum % 10
    }

    /// The digit that, appended to `bytes[range]` (digits), makes the Luhn sum 0.
    static func luhnCheckDigit(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var sum = 0
        var doubled = true
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            var value = IdentifierText.digit(bytes[index])
            if doubled {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
            doubled.toggle()
        }
        return (10 - sum % 10) % 10
    }

    /// Folds `bytes[range]` into an ISO 7064 MOD 97-10 remainder, reading each letter as its
    /// two-digit value (A = 10 … Z = 35), as IBAN and RF references do.
    static func mod97(_ remainder: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var remainder = remainder
        for index in range {
            let byte = bytes[index]
            if IdentifierText.isDigit(byte) {
                remainder = (remainder * 10 + IdentifierText.digit(byte)) % 97
            } else {
                remainder = (remainder * 100 + Int(byte &- 0x41) + 10) % 97
            }
        }
        return remainder
    }

    /// Folds ASCII text (digits and upper-case letters) into a MOD 97-10 remainder.
    static func mod97(_ remainder: Int, _ text: StaticString) -> Int {
        text.withUTF8Buffer { mod97(remainder, $0, 0..<$0.count) }
    }

    /// The ISO 7064 MOD 11-10 checksum of `bytes[range]` (digits); 1 means valid.
    static func mod11_10(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var check = 5
        for index in range {
            let doubled = ((check == 0 ? 10 : check) * 2) % 11
            check = (doubled + IdentifierText.digit(bytes[index])) % 10
        }
        return check
    }

    /// The weighted sum of `bytes[range]` (digits) with `weights`, which has at least
    /// `range.count` elements. Pass a stored array (a `static let`) so that no call allocates.
    static func weightedSum(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ weights: [Int]) -> Int {
        var sum = 0
        var offset = 0
        for index in range {
            sum += weights[offset] * IdentifierText.digit(bytes[index])
            offset += 1
        }
        return sum
    }
}
