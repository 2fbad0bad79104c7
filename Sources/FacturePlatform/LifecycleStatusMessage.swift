// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureModel
public import Foundation

/// A lifecycle status message (*message de cycle de vie*, "flux 6"): one ``/FactureModel/LifecycleEvent``
/// about one invoice, as platforms exchange it in UN/CEFACT CDAR D22B
/// (`rsm:CrossDomainAcknowledgementAndResponse`).
///
/// Build the XML with ``cdarEncoded()`` and read it back with ``init(cdarEncoded:)``:
///
/// ```swift
/// let message = LifecycleStatusMessage(
///     identifier: "CDV-2026-0001",
///     issuedAt: Date(),
///     sender: .init(role: .approvedPlatform, siren: try SIREN("123456782")),
///     recipients: [.init(role: .seller, siren: try SIREN("732829320"))],
///     invoice: .init(number: "F2026-0042", issueDate: try CalendarDate(parsingISO8601: "2026-09-01")),
///     event: LifecycleEvent(status: .disputed, date: try CalendarDate(parsingISO8601: "2026-09-15"),
///                           reason: .wrongUnitPrice, issuerRole: .buyer),
///     issuerSIREN: try SIREN("552100554")
/// )
/// let xml = try message.cdarEncoded()
/// ```
///
/// Where each term goes follows the French rules published for CDAR (BR-FR-CDV, in
/// `shared/conformance/fr-ctc/cdar`) as we read them:
/// - `rsm:ExchangedDocumentContext`: the business process (`REGULATED` …) and the guideline
///   `urn.cpro.gouv.fr:1p0:CDV:invoice`;
/// - `rsm:ExchangedDocument`: the message id, its issue date-time (format 204, UTC), the sender party, the
///   issuer of the status (role from ``/FactureModel/LifecycleEvent/issuerRole``; its SIREN only when it is not
///   a platform) and the recipient parties;
/// - `rsm:AcknowledgementDocument`: type code `305` (transmission phase) when a platform (`WK`) issues the
///   status, `23` (processing phase) otherwise; its issue date is the event's date (format 102); the
///   referenced invoice carries its number, issue date (format 102), type code, the status code (200–213) as
///   `ram:ProcessConditionCode`, the seller (`SE`) and buyer (`BY`) SIRENs, and one
///   `ram:SpecifiedDocumentStatus` with the reason code, the text and the amount (characteristic `MEN`).
///
/// Identifiers are written as `ram:GlobalID` with `schemeID="0002"` (SIREN). Times are kept to the second.
public struct LifecycleStatusMessage: Sendable, Hashable {
    /// A party of the message: its role (UNCL 3035) and SIREN.
    public struct Party: Sendable, Hashable {
        /// The role: `WK` (a platform), `SE`, `BY`, `DFH` …
        public var role: LifecycleEvent.IssuerRole
        /// The party's SIREN, when it has one.
        public var siren: SIREN?
        /// The party's name.
        public var name: String?

        /// A party.
        public init(role: LifecycleEvent.IssuerRole, siren: SIREN? = nil, name: String? = nil) {
            self.role = role
            self.siren = siren
            self.name = name
        }
    }

    /// The invoice the status is about.
    public struct InvoiceReference: Sendable, Hashable {
        /// The invoice number (BT-1).
        public var number: String
        /// The invoice's issue date (BT-2).
        public var issueDate: CalendarDate
        /// The invoice's type code (BT-3), `380` by default.
        public var typeCode: String?
        /// The seller's SIREN (BT-30).
        public var sellerSIREN: SIREN?
        /// The buyer's SIREN (BT-47).
        public var buyerSIREN: SIREN?

        /// A reference.
        public init(
            number: String,
            issueDate: CalendarDate,
            typeCode: String? = "380",
            sellerSIREN: SIREN? = nil,
            buyerSIREN: SIREN? = nil
        ) {
            self.number = number
            self.issueDate = issueDate
            self.typeCode = typeCode
            self.sellerSIREN = sellerSIREN
            self.buyerSIREN = buyerSIREN
        }
    }

    /// The message identifier (`rsm:ExchangedDocument/ram:ID`).
    public var identifier: String
    /// When the message was issued (kept to the second).
    public var issuedAt: Date
    /// The business process (`REGULATED`, `B2BINT` …), when given.
    public var businessProcess: String?
    /// The guideline identifier.
    public var guideline: String
    /// Who sends the message.
    public var sender: Party
    /// Who receives it (at least one).
    public var recipients: [Party]
    /// The invoice.
    public var invoice: InvoiceReference
    /// The status, its date, reason, text, issuer role and amount.
    public var event: LifecycleEvent
    /// The SIREN of whoever issued the status, written only when the issuer is not a platform (`WK`).
    public var issuerSIREN: SIREN?

    /// The guideline of lifecycle messages between platforms and operators.
    public static let invoiceGuideline = "urn.cpro.gouv.fr:1p0:CDV:invoice"

    /// A message.
    public init(
        identifier: String,
        issuedAt: Date,
        businessProcess: String? = "REGULATED",
        guideline: String = LifecycleStatusMessage.invoiceGuideline,
        sender: Party,
        recipients: [Party],
        invoice: InvoiceReference,
        event: LifecycleEvent,
        issuerSIREN: SIREN? = nil
    ) {
        self.identifier = identifier
        self.issuedAt = issuedAt
        self.businessProcess = businessProcess
        self.guideline = guideline
        self.sender = sender
        self.recipients = recipients
        self.invoice = invoice
        self.event = event
        self.issuerSIREN = issuerSIREN
    }

    /// Whether the status belongs to the transmission phase (issued by a platform, type code `305`) rather
    /// than the processing phase (`23`).
    public var isTransmissionPhase: Bool { event.issuerRole == .approvedPlatform }
}
