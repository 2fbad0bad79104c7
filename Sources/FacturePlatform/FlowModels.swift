// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import Foundation

// The Flow Service models (XP Z12-013 annex A, "AFNOR Flow Service" 1.1.0). The enumerations are open
// structs: a value added by a later version of the description still reads and writes back.

/// The syntax of a flow's file (`FlowSyntax`).
public struct FlowSyntax: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The value as the API writes it.
    public let rawValue: String
    /// Wraps any value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `CII`: UN/CEFACT CII XML.
    public static let cii = FlowSyntax(rawValue: "CII")
    /// `UBL`: OASIS UBL XML.
    public static let ubl = FlowSyntax(rawValue: "UBL")
    /// `Factur-X`: a PDF/A-3 with its CII XML.
    public static let facturX = FlowSyntax(rawValue: "Factur-X")
    /// `CDAR`: a lifecycle status message.
    public static let cdar = FlowSyntax(rawValue: "CDAR")
    /// `FRR`: an e-reporting file.
    public static let frr = FlowSyntax(rawValue: "FRR")
    /// The value.
    public var description: String { rawValue }
}

/// The profile of a flow's file (`FlowProfile`).
public struct FlowProfile: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The value as the API writes it.
    public let rawValue: String
    /// Wraps any value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `Basic`.
    public static let basic = FlowProfile(rawValue: "Basic")
    /// `CIUS`.
    public static let cius = FlowProfile(rawValue: "CIUS")
    /// `Extended-CTC-FR`.
    public static let extendedCTCFR = FlowProfile(rawValue: "Extended-CTC-FR")
    /// The value.
    public var description: String { rawValue }
}

/// How a flow is processed (`ProcessingRule`).
public struct ProcessingRule: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The value as the API writes it.
    public let rawValue: String
    /// Wraps any value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `B2B`: e-invoicing.
    public static let b2b = ProcessingRule(rawValue: "B2B")
    /// `B2BInt`: international B2B e-reporting.
    public static let b2bInternational = ProcessingRule(rawValue: "B2BInt")
    /// `B2C`: B2C e-reporting.
    public static let b2c = ProcessingRule(rawValue: "B2C")
    /// `OutOfScope`: not a regulated flow.
    public static let outOfScope = ProcessingRule(rawValue: "OutOfScope")
    /// `ArchiveOnly`: archived, not transmitted.
    public static let archiveOnly = ProcessingRule(rawValue: "ArchiveOnly")
    /// `NotApplicable`.
    public static let notApplicable = ProcessingRule(rawValue: "NotApplicable")
    /// The value.
    public var description: String { rawValue }
}

/// What a flow is (`FlowType`).
public struct FlowType: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The value as the API writes it.
    public let rawValue: String
    /// Wraps any value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `CustomerInvoice`: an outgoing (non-self-billed) invoice, or an incoming self-billed one.
    public static let customerInvoice = FlowType(rawValue: "CustomerInvoice")
    /// `SupplierInvoice`: an incoming (non-self-billed) invoice, or an outgoing self-billed one.
    public static let supplierInvoice = FlowType(rawValue: "SupplierInvoice")
    /// `StateInvoice`: an invoice sent to the State's platform.
    public static let stateInvoice = FlowType(rawValue: "StateInvoice")
    /// `CustomerInvoiceLC`: a lifecycle message about a customer invoice.
    public static let customerInvoiceLifecycle = FlowType(rawValue: "CustomerInvoiceLC")
    /// `SupplierInvoiceLC`: a lifecycle message about a supplier invoice.
    public static let supplierInvoiceLifecycle = FlowType(rawValue: "SupplierInvoiceLC")
    /// `StateCustomerInvoiceLC`.
    public static let stateCustomerInvoiceLifecycle = FlowType(rawValue: "StateCustomerInvoiceLC")
    /// `StateSupplierInvoiceLC`.
    public static let stateSupplierInvoiceLifecycle = FlowType(rawValue: "StateSupplierInvoiceLC")
    /// `AggregatedCustomerTransactionReport` (FRR 10.3).
    public static let aggregatedCustomerTransactionReport = FlowType(rawValue: "AggregatedCustomerTransactionReport")
    /// `UnitaryCustomerTransactionReport` (FRR 10.1).
    public static let unitaryCustomerTransactionReport = FlowType(rawValue: "UnitaryCustomerTransactionReport")
    /// `AggregatedCustomerPaymentReport` (FRR 10.4).
    public static let aggregatedCustomerPaymentReport = FlowType(rawValue: "AggregatedCustomerPaymentReport")
    /// `UnitaryCustomerPaymentReport` (FRR 10.2).
    public static let unitaryCustomerPaymentReport = FlowType(rawValue: "UnitaryCustomerPaymentReport")
    /// `UnitarySupplierTransactionReport` (FRR 10.1).
    public static let unitarySupplierTransactionReport = FlowType(rawValue: "UnitarySupplierTransactionReport")
    /// `MultiFlowReport` (FRR 10).
    public static let multiFlowReport = FlowType(rawValue: "MultiFlowReport")
    /// The value.
    public var description: String { rawValue }
}

/// The direction of a flow (`FlowDirection`): `In` from the platform to the operator, `Out` the other way.
public struct FlowDirection: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The value as the API writes it.
    public let rawValue: String
    /// Wraps any value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `In`: from the platform to the operator (received invoices, lifecycle messages).
    public static let incoming = FlowDirection(rawValue: "In")
    /// `Out`: from the operator to the platform (submitted flows).
    public static let outgoing = FlowDirection(rawValue: "Out")
    /// The value.
    public var description: String { rawValue }
}

/// Whether the platform accepted a flow (`FlowAckStatus`).
public struct FlowAckStatus: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The value as the API writes it.
    public let rawValue: String
    /// Wraps any value.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// `Pending`: not yet integrated.
    public static let pending = FlowAckStatus(rawValue: "Pending")
    /// `Ok`: antivirus, integrity, technical and uniqueness checks passed.
    public static let ok = FlowAckStatus(rawValue: "Ok")
    /// `Error`: one of those checks failed.
    public static let error = FlowAckStatus(rawValue: "Error")
    /// Whether the status is one the description names.
    public var isKnown: Bool { self == .pending || self == .ok || self == .error }
    /// Whether the platform has finished checking the flow (`Ok` or `Error`).
    public var isFinal: Bool { self == .ok || self == .error }
    /// The value.
    public var description: String { rawValue }
}

/// The signalling of a flow sent with its file (`FlowInfo`).
///
/// `trackingId` is the sender's own identifier of the flow (at most 36 characters): the client sets one
/// when it is missing, and finds the flow by it after an ambiguous failure.
public struct FlowInfo: Sendable, Hashable, Codable {
    /// The sender's identifier of the flow (`trackingId`).
    public var trackingID: String?
    /// The file name (`name`, at most 255 characters).
    public var name: String?
    /// The processing rule (`processingRule`).
    public var processingRule: ProcessingRule?
    /// The file's syntax (`flowSyntax`, required).
    public var flowSyntax: FlowSyntax
    /// The file's profile (`flowProfile`).
    public var flowProfile: FlowProfile?
    /// The SHA-256 of the file in lowercase hex (`sha256`); the platform checks it when given.
    public var sha256: String?

    /// Flow information.
    public init(
        flowSyntax: FlowSyntax,
        trackingID: String? = nil,
        name: String? = nil,
        processingRule: ProcessingRule? = nil,
        flowProfile: FlowProfile? = nil,
        sha256: String? = nil
    ) {
        self.flowSyntax = flowSyntax
        self.trackingID = trackingID
        self.name = name
        self.processingRule = processingRule
        self.flowProfile = flowProfile
        self.sha256 = sha256
    }

    enum CodingKeys: String, CodingKey {
        case trackingID = "trackingId"
        case name, processingRule, flowSyntax, flowProfile, sha256
    }
}

/// A submitted flow as the platform answers `POST /v1/flows` (`FullFlowInfo`): the flow information with the
/// platform's identifier and submission time.
public struct SubmittedFlow: Sendable, Hashable, Codable {
    /// The platform's identifier of the flow (`flowId`).
    public var flowID: String?
    /// When the platform created the flow (`submittedAt`), the time reference for later searches.
    public var submittedAt: Date?
    /// The flow information as the platform recorded it.
    public var info: FlowInfo

    /// A submitted flow.
    public init(flowID: String?, submittedAt: Date?, info: FlowInfo) {
        self.flowID = flowID
        self.submittedAt = submittedAt
        self.info = info
    }

    enum CodingKeys: String, CodingKey {
        case flowID = "flowId"
        case submittedAt
    }

    /// Reads the flat `FullFlowInfo` object.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        flowID = try container.decodeIfPresent(String.self, forKey: .flowID)
        submittedAt = try container.decodeIfPresent(Date.self, forKey: .submittedAt)
        info = try FlowInfo(from: decoder)
    }

    /// Writes the flat `FullFlowInfo` object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(flowID, forKey: .flowID)
        try container.encodeIfPresent(submittedAt, forKey: .submittedAt)
        try info.encode(to: encoder)
    }
}

/// One finding of the platform's checks (`AcknowledgementDetail`).
public struct AcknowledgementDetail: Sendable, Hashable, Codable {
    /// `Error` or `Warning`.
    public var level: String
    /// What the finding is about.
    public var item: String
    /// The reason code (`ReasonCode`: one of the description's values, such as `InvalidSchema`, or another).
    public var reasonCode: String
    /// The message.
    public var reasonMessage: String

    /// A finding.
    public init(level: String, item: String, reasonCode: String, reasonMessage: String) {
        self.level = level
        self.item = item
        self.reasonCode = reasonCode
        self.reasonMessage = reasonMessage
    }
}

/// The platform's acknowledgement of a flow (`Acknowledgement`).
public struct Acknowledgement: Sendable, Hashable, Codable {
    /// The status.
    public var status: FlowAckStatus
    /// The findings, when there are any.
    public var details: [AcknowledgementDetail]?

    /// An acknowledgement.
    public init(status: FlowAckStatus, details: [AcknowledgementDetail]? = nil) {
        self.status = status
        self.details = details
    }
}

/// A flow as the platform describes it (`Flow`): search results and `GET /v1/flows/{flowId}` metadata.
public struct Flow: Sendable, Hashable, Codable {
    /// When the flow was created on the platform.
    public var submittedAt: Date?
    /// When the flow last changed (its acknowledgement status); the cursor of ``FlowServiceClient/search(_:limit:)``.
    public var updatedAt: Date?
    /// The platform's identifier (`flowId`).
    public var flowID: String?
    /// The sender's identifier (`trackingId`).
    public var trackingID: String?
    /// What the flow is.
    public var flowType: FlowType?
    /// The processing rule.
    public var processingRule: ProcessingRule?
    /// `Input` (given by the sender) or `Computed` (by the platform).
    public var processingRuleSource: String?
    /// The direction.
    public var flowDirection: FlowDirection?
    /// The file's syntax.
    public var flowSyntax: FlowSyntax?
    /// The file's profile.
    public var flowProfile: FlowProfile?
    /// The platform's acknowledgement.
    public var acknowledgement: Acknowledgement?

    /// A flow.
    public init(
        flowID: String? = nil,
        trackingID: String? = nil,
        submittedAt: Date? = nil,
        updatedAt: Date? = nil,
        flowType: FlowType? = nil,
        processingRule: ProcessingRule? = nil,
        processingRuleSource: String? = nil,
        flowDirection: FlowDirection? = nil,
        flowSyntax: FlowSyntax? = nil,
        flowProfile: FlowProfile? = nil,
        acknowledgement: Acknowledgement? = nil
    ) {
        self.flowID = flowID
        self.trackingID = trackingID
        self.submittedAt = submittedAt
        self.updatedAt = updatedAt
        self.flowType = flowType
        self.processingRule = processingRule
        self.processingRuleSource = processingRuleSource
        self.flowDirection = flowDirection
        self.flowSyntax = flowSyntax
        self.flowProfile = flowProfile
        self.acknowledgement = acknowledgement
    }

    enum CodingKeys: String, CodingKey {
        case flowID = "flowId"
        case trackingID = "trackingId"
        case submittedAt, updatedAt, flowType, processingRule, processingRuleSource, flowDirection, flowSyntax
        case flowProfile, acknowledgement
    }
}

/// Search criteria (`SearchFlowFilters`): at least one is required; criteria combine with AND, the values of
/// a list with OR.
public struct FlowSearchFilters: Sendable, Hashable, Codable {
    /// Flows updated after this instant (the pagination cursor).
    public var updatedAfter: Date?
    /// Flows updated before this instant.
    public var updatedBefore: Date?
    /// Any of these processing rules.
    public var processingRule: [ProcessingRule]?
    /// Any of these flow types.
    public var flowType: [FlowType]?
    /// Any of these directions.
    public var flowDirection: [FlowDirection]?
    /// The sender's tracking identifier.
    public var trackingID: String?
    /// The acknowledgement status.
    public var ackStatus: FlowAckStatus?

    /// Filters.
    public init(
        updatedAfter: Date? = nil,
        updatedBefore: Date? = nil,
        processingRule: [ProcessingRule]? = nil,
        flowType: [FlowType]? = nil,
        flowDirection: [FlowDirection]? = nil,
        trackingID: String? = nil,
        ackStatus: FlowAckStatus? = nil
    ) {
        self.updatedAfter = updatedAfter
        self.updatedBefore = updatedBefore
        self.processingRule = processingRule
        self.flowType = flowType
        self.flowDirection = flowDirection
        self.trackingID = trackingID
        self.ackStatus = ackStatus
    }

    /// Whether no criterion is set (the API refuses such a search).
    public var isEmpty: Bool {
        updatedAfter == nil && updatedBefore == nil && processingRule == nil && flowType == nil
            && flowDirection == nil && trackingID == nil && ackStatus == nil
    }

    enum CodingKeys: String, CodingKey {
        case trackingID = "trackingId"
        case updatedAfter, updatedBefore, processingRule, flowType, flowDirection, ackStatus
    }
}

/// One page of search results (`SearchFlowContent`).
public struct FlowSearchResult: Sendable, Hashable, Codable {
    /// The limit applied.
    public var limit: Int?
    /// The filters applied.
    public var filters: FlowSearchFilters?
    /// The flows found.
    public var results: [Flow]

    /// A page of results.
    public init(limit: Int? = nil, filters: FlowSearchFilters? = nil, results: [Flow]) {
        self.limit = limit
        self.filters = filters
        self.results = results
    }

    enum CodingKeys: String, CodingKey { case limit, filters, results }

    /// Reads a page; a missing `results` is an empty page.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        limit = try container.decodeIfPresent(Int.self, forKey: .limit)
        filters = try container.decodeIfPresent(FlowSearchFilters.self, forKey: .filters)
        results = try container.decodeIfPresent([Flow].self, forKey: .results) ?? []
    }
}

/// Which file `GET /v1/flows/{flowId}` returns (`docType`).
public enum FlowDocumentType: String, Sendable, Hashable, CaseIterable, Codable {
    /// The flow's metadata, as JSON (the default).
    case metadata = "Metadata"
    /// The file the sender submitted.
    case original = "Original"
    /// The file the platform converted it to, if it did.
    case converted = "Converted"
    /// The readable rendering the platform made, if it did.
    case readableView = "ReadableView"
}

/// A file downloaded from `GET /v1/flows/{flowId}`.
public struct FlowDocument: Sendable, Hashable {
    /// The bytes.
    public var bytes: [UInt8]
    /// The `Content-Type` the platform gave.
    public var contentType: String?
    /// The file name of `Content-Disposition: attachment;filename=…`, when given.
    public var fileName: String?

    /// A document.
    public init(bytes: [UInt8], contentType: String? = nil, fileName: String? = nil) {
        self.bytes = bytes
        self.contentType = contentType
        self.fileName = fileName
    }
}
