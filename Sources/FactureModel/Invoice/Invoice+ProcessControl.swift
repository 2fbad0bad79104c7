// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension Invoice {
    /// Process control (BG-2): which business process the invoice belongs to and which
    /// specification it follows.
    public struct ProcessControl: Sendable {
        /// Business process type (BT-23).
        ///
        /// French invoices carry the billing-framework code here (`B1`, `S1`, `M1` …), from which
        /// ``Invoice/operationCategory`` reads the category of operation.
        public var businessProcessType: String?
        /// Specification identifier (BT-24): for Factur-X, the profile's guideline identifier,
        /// such as ``en16931``.
        public var specificationIdentifier: String

        /// Creates a process control, the EN 16931 specification by default.
        public init(businessProcessType: String? = nil, specificationIdentifier: String = ProcessControl.en16931) {
            self.businessProcessType = businessProcessType
            self.specificationIdentifier = specificationIdentifier
        }

        /// The Factur-X MINIMUM profile's guideline identifier.
        public static let facturXMinimum = "urn:factur-x.eu:1p0:minimum"
        /// The Factur-X BASIC WL profile's guideline identifier.
        public static let facturXBasicWL = "urn:factur-x.eu:1p0:basicwl"
        /// The Factur-X BASIC profile's guideline identifier.
        public static let facturXBasic = "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic"
        /// The EN 16931 core specification, which is also the Factur-X EN 16931 (COMFORT) profile's
        /// guideline identifier.
        public static let en16931 = "urn:cen.eu:en16931:2017"
        /// The Factur-X EXTENDED profile's guideline identifier.
        public static let facturXExtended = "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended"
    }
}

extension Invoice.ProcessControl: Hashable {}

extension Invoice.ProcessControl: Codable {}
