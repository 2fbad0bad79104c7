// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension Invoice {
    /// Delivery information (BG-13): where and when the goods or services were delivered.
    ///
    /// EN 16931 places the invoicing period (BG-14) in this group, and so does the model;
    /// ``Invoice/invoicingPeriod`` reaches it directly.
    public struct Delivery: Sendable {
        /// Deliver to party name (BT-70).
        public var deliverToName: String?
        /// Deliver to location identifier (BT-71) with its scheme identifier (BT-71-1).
        public var locationIdentifier: Identifier?
        /// Actual delivery date (BT-72).
        public var actualDeliveryDate: CalendarDate?
        /// Invoicing period (BG-14).
        public var invoicingPeriod: Period?
        /// Deliver to address (BG-15).
        public var deliverToAddress: PostalAddress?

        /// Creates delivery information.
        public init(
            deliverToName: String? = nil,
            locationIdentifier: Identifier? = nil,
            actualDeliveryDate: CalendarDate? = nil,
            invoicingPeriod: Period? = nil,
            deliverToAddress: PostalAddress? = nil
        ) {
            self.deliverToName = deliverToName
            self.locationIdentifier = locationIdentifier
            self.actualDeliveryDate = actualDeliveryDate
            self.invoicingPeriod = invoicingPeriod
            self.deliverToAddress = deliverToAddress
        }
    }

    /// The invoicing period (BG-14), read from and written to ``delivery``.
    ///
    /// Setting a period when there is no delivery information creates it; setting `nil` leaves
    /// the rest of the delivery information alone, and drops it when nothing else is left.
    public var invoicingPeriod: Period? {
        get { delivery?.invoicingPeriod }
        set {
            var updated = delivery ?? Delivery()
            updated.invoicingPeriod = newValue
            delivery = updated == Delivery() ? nil : updated
        }
    }
}

extension Invoice.Delivery: Hashable {}

extension Invoice.Delivery: Codable {}
