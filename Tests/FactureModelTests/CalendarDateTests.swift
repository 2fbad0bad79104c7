// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import Foundation
import Testing

/// Gregorian leap years, written independently of `CalendarDate.isLeapYear`: every fourth year,
/// except century years, except every fourth century.
private func referenceIsLeap(_ year: Int) -> Bool {
    if year.isMultiple(of: 400) { return true }
    if year.isMultiple(of: 100) { return false }
    return year.isMultiple(of: 4)
}

/// Month lengths from a table, independent of `CalendarDate.numberOfDays`.
private func referenceMonthLength(_ month: Int, _ year: Int) -> Int {
    let lengths = [31, referenceIsLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return lengths[month - 1]
}

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test("refuses 31 February and 29 February of a common year with invalidFormat")
    func refusesImpossibleDays() {
        for text in ["2025-02-31", "2023-02-29", "2100-02-29", "2024-04-31", "2024-02-30"] {
            #expect(throws: FactureModelError.self, "\(text)") { try CalendarDate(parsingISO8601: text) }
            do {
                _ = try CalendarDate(parsingISO8601: text)
            } catch {
                #expect(error.code == .invalidFormat, "\(text)")
            }
        }
        #expect(throws: FactureModelError.self) { try CalendarDate(year: 2025, month: 2, day: 31) }
    }

    @Test("accepts 29 February of leap years, including 2000")
    func acceptsLeapDays() throws {
        let leapDay = try CalendarDate(parsingISO8601: "2024-02-29")
        #expect(leapDay.year == 2024 && leapDay.month == 2 && leapDay.day == 29)
        #expect(try CalendarDate(parsingISO8601: "2000-02-29").day == 29)
    }

    @Test("agrees with an independent leap-year computation on every day of 1900 to 2100")
    func exhaustiveAgainstReference() throws {
        var previous: CalendarDate?
        var validCount = 0
        for year in 1900...2100 {
            #expect(CalendarDate.isLeapYear(year) == referenceIsLeap(year), "\(year)")
            for month in 1...12 {
                let length = referenceMonthLength(month, year)
                for day in 0...32 {
                    let made = try? CalendarDate(year: year, month: month, day: day)
                    let shouldExist = day >= 1 && day <= length
                    #expect((made != nil) == shouldExist, "\(year)-\(month)-\(day)")
                    guard let date = made else { continue }
                    validCount += 1
                    // Text round trips, in both formats.
                    #expect(try CalendarDate(parsingISO8601: date.iso8601String) == date)
                    #expect(try CalendarDate(parsingFormat102: date.format102String) == date)
                    // Consecutive valid days are consecutive in day arithmetic and in order.
                    if let previous {
                        #expect(previous < date)
                        #expect(previous.adding(days: 1) == date, "\(date)")
                        #expect(previous.days(to: date) == 1)
                    }
                    previous = date
                }
            }
        }
        // 201 years, 49 of them leap (1900 and 2100 are not).
        #expect(validCount == 201 * 365 + 49)
    }

    @Test("counts days from the Unix epoch like the usual anchors")
    func epochAnchors() throws {
        #expect(try CalendarDate(parsingISO8601: "1970-01-01").daysSinceUnixEpoch == 0)
        #expect(try CalendarDate(parsingISO8601: "2000-03-01").daysSinceUnixEpoch == 11_017)
        #expect(try CalendarDate(parsingISO8601: "1969-12-31").daysSinceUnixEpoch == -1)
        #expect(CalendarDate(daysSinceUnixEpoch: 19_723)?.iso8601String == "2024-01-01")
        let start = try CalendarDate(parsingISO8601: "2026-01-31")
        #expect(start.adding(days: 30)?.iso8601String == "2026-03-02")
        #expect(start.adding(days: -31)?.iso8601String == "2025-12-31")
    }

    @Test("stays within years 1 to 9999 and reports overflow as nil")
    func bounds() throws {
        let first = try CalendarDate(parsingISO8601: "0001-01-01")
        let last = try CalendarDate(parsingISO8601: "9999-12-31")
        #expect(first.adding(days: -1) == nil)
        #expect(last.adding(days: 1) == nil)
        #expect(last.adding(days: .max) == nil)
        #expect(first.adding(days: .min) == nil)
        #expect(first.adding(days: first.days(to: last)) == last)
        #expect(throws: FactureModelError.self) { try CalendarDate(year: 0, month: 1, day: 1) }
        #expect(throws: FactureModelError.self) { try CalendarDate(year: 10_000, month: 1, day: 1) }
    }

    @Test("refuses ISO 8601 text of any other shape")
    func refusesBadISOText() {
        let bad = [
            "", "2024-2-29", "2024/02/29", "24-02-29", " 2024-02-29", "2024-02-29 ", "2024-02-29T00:00:00",
            "20240229", "0000-01-01", "2024-13-01", "2024-00-10", "2024-01-00", "abcd-ef-gh", "+024-01-01",
            "２０２４-01-01", "2024-1a-01",
        ]
        for text in bad {
            #expect(throws: FactureModelError.self, "\(text)") { try CalendarDate(parsingISO8601: text) }
            #expect(CalendarDate(text) == nil, "\(text)")
        }
    }

    @Test("parses and prints CII format 102")
    func format102() throws {
        let date = try CalendarDate(parsingFormat102: "20240229")
        #expect(date.iso8601String == "2024-02-29")
        #expect(date.format102String == "20240229")
        for text in ["20230229", "2024-02-29", "2024022", "202402290", "2024022a", ""] {
            #expect(throws: FactureModelError.self, "\(text)") { try CalendarDate(parsingFormat102: text) }
        }
    }

    @Test("encodes as its ISO 8601 string and refuses a bad one when decoding")
    func codable() throws {
        let date = try CalendarDate(parsingISO8601: "2026-09-01")
        let data = try JSONEncoder().encode([date])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-09-01"]"#)
        #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [date])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDate].self, from: Data(#"["2025-02-31"]"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([CalendarDate].self, from: Data(#"[20260901]"#.utf8))
        }
    }

    @Test("orders chronologically and prints with zero padding")
    func orderAndDescription() throws {
        let dates = try ["2026-01-02", "0999-12-31", "2025-12-31", "2026-01-01"].map {
            try CalendarDate(parsingISO8601: $0)
        }
        #expect(dates.sorted().map(\.description) == ["0999-12-31", "2025-12-31", "2026-01-01", "2026-01-02"])
        #expect(try CalendarDate(year: 7, month: 3, day: 4).description == "0007-03-04")
    }
}
