// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension TotalsDiscrepancy {
    /// Where in an invoice a ``TotalsDiscrepancy`` is.
    ///
    /// Indexes count from zero in the invoice's arrays. A term of the document totals (BG-22) has
    /// no index; a line term has ``lineIndex``; a line allowance has ``lineIndex`` and
    /// ``allowanceIndex``; a document allowance has ``allowanceIndex`` alone; a VAT breakdown
    /// entry has ``vatBreakdownIndex``, and a missing one only ``vatCategory`` and ``vatRate``.
    public struct Location: Sendable {
        /// The index of the line in `Invoice.lines`.
        public var lineIndex: Int?
        /// The line identifier (BT-126) of that line.
        public var lineID: String?
        /// The index of the allowance, among the line's when ``lineIndex`` is set, else among the
        /// document's.
        public var allowanceIndex: Int?
        /// The index of the charge, among the line's when ``lineIndex`` is set, else among the
        /// document's.
        public var chargeIndex: Int?
        /// The index of the entry in `Invoice.vatBreakdown`.
        public var vatBreakdownIndex: Int?
        /// The VAT category code (BT-118) of the VAT breakdown concerned.
        public var vatCategory: VATCategoryCode?
        /// The VAT rate (BT-119) of the VAT breakdown concerned.
        public var vatRate: Percentage?

        /// Creates a location; all `nil` means the document totals.
        public init(
            lineIndex: Int? = nil,
            lineID: String? = nil,
            allowanceIndex: Int? = nil,
            chargeIndex: Int? = nil,
            vatBreakdownIndex: Int? = nil,
            vatCategory: VATCategoryCode? = nil,
            vatRate: Percentage? = nil
        ) {
            self.lineIndex = lineIndex
            self.lineID = lineID
            self.allowanceIndex = allowanceIndex
            self.chargeIndex = chargeIndex
            self.vatBreakdownIndex = vatBreakdownIndex
            self.vatCategory = vatCategory
            self.vatRate = vatRate
        }

        /// The document totals (BG-22).
        public static var document: Location { Location() }
    }
}

extension TotalsDiscrepancy.Location: Hashable {}

extension TotalsDiscrepancy.Location: Codable {}

extension TotalsDiscrepancy.Location: CustomStringConvertible {
    /// Such as `document`, `line 2 (id 3)`, `line 2 (id 3), allowance 0`, `charge 1` or
    /// `VAT breakdown 0 (S 20)`.
    public var description: String {
        var parts: [String] = []
        if let lineIndex {
            parts.append(lineID.map { "line \(lineIndex) (id \($0))" } ?? "line \(lineIndex)")
        }
        if let allowanceIndex { parts.append("allowance \(allowanceIndex)") }
        if let chargeIndex { parts.append("charge \(chargeIndex)") }
        if vatBreakdownIndex != nil || vatCategory != nil {
            var text = vatBreakdownIndex.map { "VAT breakdown \($0)" } ?? "VAT breakdown"
            if let vatCategory {
                text += vatRate.map { " (\(vatCategory) \($0))" } ?? " (\(vatCategory))"
            }
            parts.append(text)
        }
        return parts.isEmpty ? "document" : parts.joined(separator: ", ")
    }
}
