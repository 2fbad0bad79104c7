// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A day of the proleptic Gregorian calendar, without time or time zone, as invoices carry dates.
///
/// Years run from 1 to 9999 so that every date prints as ISO 8601 `YYYY-MM-DD`. A date that
/// does not exist (31 February, 29 February 2023) cannot be made.
///
/// ```swift
/// let issued = try CalendarDate(parsingISO8601: "2026-09-01")
/// let due = issued.adding(days: 30)            // 2026-10-01
/// let fromCII = try CalendarDate(parsingFormat102: "20260901")
/// ```
///
/// It encodes as its ISO 8601 string.
public struct CalendarDate: Sendable {
    /// The year, 1…9999.
    public let year: Int
    /// The month, 1…12.
    public let month: Int
    /// The day of the month, 1…31 (depending on the month).
    public let day: Int

    /// The smallest year a date can have.
    public static let minimumYear = 1
    /// The largest year a date can have.
    public static let maximumYear = 9999

    /// Creates a date, refusing days that the month does not have.
    /// - Throws: ``FactureModelError`` with code ``FactureModelError/Code/invalidFormat`` when the
    ///   year is outside 1…9999, the month outside 1…12 or the day outside the month.
    public init(year: Int, month: Int, day: Int) throws(FactureModelError) {
        guard year >= CalendarDate.minimumYear, year <= CalendarDate.maximumYear else {
            throw FactureModelError(code: .invalidFormat, message: "year \(year) is outside 1…9999")
        }
        guard month >= 1, month <= 12 else {
            throw FactureModelError(code: .invalidFormat, message: "month \(month) is outside 1…12")
        }
        let length = CalendarDate.numberOfDays(inMonth: month, ofYear: year)
        guard day >= 1, day <= length else {
            throw FactureModelError(
                code: .invalidFormat,
                message: "day \(day) does not exist in \(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))"
            )
        }
        self.init(unchecked: year, month, day)
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Whether `year` has 366 days in the Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days of `month` (1…12) in `year`; 0 for a month outside 1…12.
    public static func numberOfDays(inMonth month: Int, ofYear year: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }
}

// MARK: - Parsing and printing

extension CalendarDate {
    /// Parses ISO 8601 calendar-date text `YYYY-MM-DD` (exactly ten ASCII characters).
    /// - Throws: ``FactureModelError`` with code ``FactureModelError/Code/invalidFormat`` when the
    ///   text does not have that shape or names a day that does not exist.
    public init(parsingISO8601 text: some StringProtocol) throws(FactureModelError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = CalendarDate.number(bytes[0..<4]),
            let month = CalendarDate.number(bytes[5..<7]),
            let day = CalendarDate.number(bytes[8..<10])
        else {
            throw FactureModelError(code: .invalidFormat, message: "'\(text)' is not an ISO 8601 date YYYY-MM-DD")
        }
        try self.init(year: year, month: month, day: day)
    }

    /// Parses the UN/CEFACT date format 102, `YYYYMMDD`, as CII writes dates.
    /// - Throws: ``FactureModelError`` with code ``FactureModelError/Code/invalidFormat`` when the
    ///   text is not eight ASCII digits or names a day that does not exist.
    public init(parsingFormat102 text: some StringProtocol) throws(FactureModelError) {
        let bytes = Array(text.utf8)
        guard bytes.count == 8,
            let year = CalendarDate.number(bytes[0..<4]),
            let month = CalendarDate.number(bytes[4..<6]),
            let day = CalendarDate.number(bytes[6..<8])
        else {
            throw FactureModelError(code: .invalidFormat, message: "'\(text)' is not a format 102 date YYYYMMDD")
        }
        try self.init(year: year, month: month, day: day)
    }

    /// The date as ISO 8601 text, `YYYY-MM-DD`.
    public var iso8601String: String {
        "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))-\(CalendarDate.pad(day, 2))"
    }

    /// The date as UN/CEFACT format 102 text, `YYYYMMDD`.
    public var format102String: String {
        "\(CalendarDate.pad(year, 4))\(CalendarDate.pad(month, 2))\(CalendarDate.pad(day, 2))"
    }

    /// The value of ASCII decimal digits, or `nil` when a byte is not a digit.
    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// `value` written with at least `width` digits, zero-padded on the left.
    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

// MARK: - Day arithmetic

extension CalendarDate {
    /// The number of days since 1970-01-01 (negative before it).
    public var daysSinceUnixEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let shiftedMonth = (month + 9) % 12
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` days since 1970-01-01, or `nil` outside years 1…9999.
    public init?(daysSinceUnixEpoch days: Int) {
        // Howard Hinnant's civil_from_days, on a range that cannot overflow.
        guard days >= -719_162, days <= 2_932_896 else { return nil }
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        guard year >= CalendarDate.minimumYear, year <= CalendarDate.maximumYear else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// The date `days` days later (earlier when negative), or `nil` outside years 1…9999.
    public func adding(days: Int) -> CalendarDate? {
        let (sum, overflow) = daysSinceUnixEpoch.addingReportingOverflow(days)
        guard !overflow else { return nil }
        return CalendarDate(daysSinceUnixEpoch: sum)
    }

    /// The number of days from `self` to `other` (negative when `other` is earlier).
    public func days(to other: CalendarDate) -> Int {
        other.daysSinceUnixEpoch - daysSinceUnixEpoch
    }
}

// MARK: - Conformances

extension CalendarDate: Hashable {}

extension CalendarDate: Comparable {
    /// Chronological order.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension CalendarDate: CustomStringConvertible {
    /// The ISO 8601 text, `YYYY-MM-DD`.
    public var description: String { iso8601String }
}

extension CalendarDate: LosslessStringConvertible {
    /// Parses ISO 8601 `YYYY-MM-DD`, or returns `nil`; ``init(parsingISO8601:)`` says why.
    public init?(_ description: String) {
        guard let date = try? CalendarDate(parsingISO8601: description) else { return nil }
        self = date
    }
}

extension CalendarDate: Codable {
    /// Decodes from an ISO 8601 string such as `"2026-09-01"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try CalendarDate(parsingISO8601: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message)
        }
    }

    /// Encodes as an ISO 8601 string such as `"2026-09-01"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601String)
    }
}
