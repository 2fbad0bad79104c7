// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension Invoice {
    /// A period: the invoicing period (BG-14) or an invoice line period (BG-26).
    public struct Period: Sendable {
        /// Start date (BT-73 invoicing period, BT-134 line period).
        public var startDate: CalendarDate?
        /// End date (BT-74 invoicing period, BT-135 line period).
        public var endDate: CalendarDate?

        /// Creates a period; EN 16931 requires at least one of the two dates.
        public init(startDate: CalendarDate? = nil, endDate: CalendarDate? = nil) {
            self.startDate = startDate
            self.endDate = endDate
        }
    }
}

extension Invoice.Period: Hashable {}

extension Invoice.Period: Codable {}
