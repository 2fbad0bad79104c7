// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Dates as invoices print them, in French and English: `2025-01-31`, `18/11/2025`, `18/11/25`,
/// `14-11-2025`, `18.11.2025`, `5 janvier 2025`, `1er mars 2026`, `18 nov. 2025`, `January 5, 2025`,
/// `5 Jan 2025`.
enum PrintedDate {
    /// A date found in text: its ISO form and where it stands.
    struct Found: Sendable, Hashable {
        /// `yyyy-mm-dd`.
        var iso: String
        /// Character offsets in the searched text.
        var range: Range<Int>
    }

    /// Month names and abbreviations, French and English, lower case without accents.
    private static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let french = [
            "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
            "novembre", "decembre",
        ]
        let english = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        for (index, name) in french.enumerated() { table[name] = index + 1 }
        for (index, name) in english.enumerated() { table[name] = index + 1 }
        let abbreviations = [
            ("janv", 1), ("jan", 1), ("fevr", 2), ("fev", 2), ("feb", 2), ("mar", 3), ("avr", 4), ("apr", 4),
            ("juil", 7), ("jul", 7), ("jun", 6), ("aou", 8), ("aug", 8), ("sept", 9), ("sep", 9), ("oct", 10),
            ("nov", 11), ("dec", 12),
        ]
        for (name, month) in abbreviations { table[name] = month }
        return table
    }()

    /// Every date in `text`, left to right.
    static func all(in text: String) -> [Found] {
        let folded = Array(text.lowercased().foldingFrenchAccents)
        var results: [Found] = []
        var index = 0
        while index < folded.count {
            if folded[index].isASCIIDigit, index == 0 || !folded[index - 1].isLetterOrDigit,
                let found = numeric(folded, at: index) ?? named(folded, at: index)
            {
                results.append(found)
                index = found.range.upperBound
            } else if folded[index].isLetter, index == 0 || !folded[index - 1].isLetter,
                let found = monthFirst(folded, at: index)
            {
                results.append(found)
                index = found.range.upperBound
            } else {
                index += 1
            }
        }
        return results
    }

    private static func digits(_ characters: [Character], _ start: Int) -> (value: Int, count: Int)? {
        var end = start
        while end < characters.count, characters[end].isASCIIDigit, end - start < 5 { end += 1 }
        guard end > start, let value = Int(String(characters[start..<end])) else { return nil }
        return (value, end - start)
    }

    /// `2025-01-31`, `31/01/2025`, `31/01/25`, `31-01-2025`, `31.01.2025`.
    private static func numeric(_ characters: [Character], at start: Int) -> Found? {
        guard let first = digits(characters, start) else { return nil }
        var index = start + first.count
        guard index < characters.count, ["/", "-", "."].contains(characters[index]) else { return nil }
        let separator = characters[index]
        index += 1
        guard let second = digits(characters, index) else { return nil }
        index += second.count
        guard index < characters.count, characters[index] == separator else { return nil }
        index += 1
        guard let third = digits(characters, index) else { return nil }
        index += third.count
        if index < characters.count, characters[index].isASCIIDigit { return nil }
        let (year, month, day): (Int, Int, Int)
        if first.count == 4 {
            (year, month, day) = (first.value, second.value, third.value)
        } else if third.count == 4 {
            (year, month, day) = (third.value, second.value, first.value)
        } else if third.count == 2, first.count <= 2, second.count <= 2 {
            (year, month, day) = (2000 + third.value, second.value, first.value)
        } else {
            return nil
        }
        guard let iso = iso(year, month, day) else { return nil }
        return Found(iso: iso, range: start..<index)
    }

    /// `5 janvier 2025`, `1er mars 2026`, `18 nov. 2025`, `5 Jan 2025`.
    private static func named(_ characters: [Character], at start: Int) -> Found? {
        guard let day = digits(characters, start), day.count <= 2 else { return nil }
        var index = start + day.count
        if index + 1 < characters.count, characters[index] == "e", characters[index + 1] == "r" { index += 2 }
        guard index < characters.count, characters[index] == " " else { return nil }
        index += 1
        let word = characters[index...].prefix { $0.isLetter }
        guard let month = months[String(word)] else { return nil }
        index += word.count
        if index < characters.count, characters[index] == "." { index += 1 }
        guard index < characters.count, characters[index] == " " else { return nil }
        index += 1
        guard let year = digits(characters, index), year.count == 4 else { return nil }
        index += year.count
        guard let iso = iso(year.value, month, day.value) else { return nil }
        return Found(iso: iso, range: start..<index)
    }

    /// `January 5, 2025`, `Jan 5 2025`.
    private static func monthFirst(_ characters: [Character], at start: Int) -> Found? {
        let word = characters[start...].prefix { $0.isLetter }
        guard word.count >= 3, let month = months[String(word)] else { return nil }
        var index = start + word.count
        if index < characters.count, characters[index] == "." { index += 1 }
        guard index < characters.count, characters[index] == " " else { return nil }
        index += 1
        guard let day = digits(characters, index), day.count <= 2 else { return nil }
        index += day.count
        if index < characters.count, characters[index] == "," { index += 1 }
        guard index < characters.count, characters[index] == " " else { return nil }
        index += 1
        guard let year = digits(characters, index), year.count == 4 else { return nil }
        index += year.count
        guard let iso = iso(year.value, month, day.value) else { return nil }
        return Found(iso: iso, range: start..<index)
    }

    /// `yyyy-mm-dd` of a real calendar day, years 1990–2099.
    private static func iso(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1990...2099).contains(year), (1...12).contains(month), day >= 1 else { return nil }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= lengths[month - 1] else { return nil }
        func padded(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }
}

extension String {
    /// Lower-case French letters without their accents (`é` → `e`, `û` → `u`, `ç` → `c`), the rest unchanged;
    /// one character per character, so offsets stay valid.
    var foldingFrenchAccents: String {
        let table: [Character: Character] = [
            "à": "a", "â": "a", "ä": "a", "é": "e", "è": "e", "ê": "e", "ë": "e", "î": "i", "ï": "i", "ô": "o",
            "ö": "o", "ù": "u", "û": "u", "ü": "u", "ç": "c", "ÿ": "y", "À": "A", "Â": "A", "É": "E", "È": "E",
            "Ê": "E", "Î": "I", "Ô": "O", "Ù": "U", "Û": "U", "Ç": "C",
        ]
        return String(map { table[$0] ?? $0 })
    }
}
