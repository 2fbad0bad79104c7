// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import Foundation

/// An instant as the journal records it: whole milliseconds since 1970-01-01T00:00:00Z, so that
/// what is written, hashed and read back is exactly the same value.
public struct JournalTime: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z (negative before).
    public let millisecondsSince1970: Int64

    /// An instant from its milliseconds.
    public init(millisecondsSince1970: Int64) {
        self.millisecondsSince1970 = millisecondsSince1970
    }

    /// `date` truncated to the millisecond (towards the past).
    public init(_ date: Date) {
        millisecondsSince1970 = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// The instant as a `Date`.
    public var date: Date { Date(timeIntervalSince1970: Double(millisecondsSince1970) / 1000) }

    /// Earlier instants first.
    public static func < (lhs: JournalTime, rhs: JournalTime) -> Bool {
        lhs.millisecondsSince1970 < rhs.millisecondsSince1970
    }

    /// ISO 8601 in UTC with milliseconds, such as `2026-11-25T09:00:00.000Z`.
    public var description: String {
        date.formatted(
            .iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted)
        )
    }

    /// The same wall-clock instant `years` calendar years later, in UTC (29 February becomes 28 February).
    public func adding(years: Int) -> JournalTime {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        guard let later = calendar.date(byAdding: .year, value: years, to: date) else { return self }
        return JournalTime(
            millisecondsSince1970: millisecondsSince1970 + Int64((later.timeIntervalSince(date) * 1000).rounded())
        )
    }
}
