// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension Invoice {
    /// A preceding invoice reference (BG-3): the invoice that a credit note or corrected invoice
    /// amends, or a prepayment invoice that a final invoice deducts.
    public struct PrecedingInvoiceReference: Sendable {
        /// Preceding invoice reference (BT-25): the preceding invoice's number.
        public var number: String
        /// Preceding invoice issue date (BT-26).
        public var issueDate: CalendarDate?

        /// Creates a reference to a preceding invoice.
        public init(number: String, issueDate: CalendarDate? = nil) {
            self.number = number
            self.issueDate = issueDate
        }
    }
}

extension Invoice.PrecedingInvoiceReference: Hashable {}

extension Invoice.PrecedingInvoiceReference: Codable {}
