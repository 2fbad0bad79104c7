// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension Invoice {
    /// An additional supporting document (BG-24): a reference, a link or an attached file that
    /// substantiates the invoice (a timesheet, a delivery note).
    public struct SupportingDocument: Sendable {
        /// Supporting document reference (BT-122).
        public var reference: String
        /// Supporting document description (BT-123).
        public var description: String?
        /// External document location (BT-124): a URL where the document can be fetched.
        public var externalLocation: String?
        /// Attached document (BT-125) with its MIME code (BT-125-1) and filename (BT-125-2).
        public var attachment: BinaryObject?

        /// Creates a supporting document.
        public init(
            reference: String,
            description: String? = nil,
            externalLocation: String? = nil,
            attachment: BinaryObject? = nil
        ) {
            self.reference = reference
            self.description = description
            self.externalLocation = externalLocation
            self.attachment = attachment
        }
    }
}

extension Invoice.SupportingDocument: Hashable {}

extension Invoice.SupportingDocument: Codable {}
