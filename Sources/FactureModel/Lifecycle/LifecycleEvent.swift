// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// One step in an invoice's life: a status, when it was given, why, and by whom.
///
/// ```swift
/// let dispute = LifecycleEvent(
///     status: .disputed,
///     date: try CalendarDate(parsingISO8601: "2026-09-15"),
///     reason: .wrongUnitPrice,
///     text: "Prix convenu : 55 € HT de l'heure",
///     issuerRole: .buyer
/// )
/// ```
public struct LifecycleEvent: Sendable {
    /// The status given.
    public var status: LifecycleStatus
    /// The day the status was given.
    public var date: CalendarDate
    /// Why, for statuses that take a reason (refusal, rejection, dispute, suspension …).
    public var reason: LifecycleStatusReason?
    /// Free text explaining the status or the reason.
    public var text: String?
    /// Who gave the status.
    public var issuerRole: IssuerRole?
    /// The amount concerned, such as the amount paid (211) or collected (212) when the invoice is
    /// paid in instalments, or the approved amount of a partial approval (206).
    public var amount: Amount?

    /// Creates a lifecycle event.
    public init(
        status: LifecycleStatus,
        date: CalendarDate,
        reason: LifecycleStatusReason? = nil,
        text: String? = nil,
        issuerRole: IssuerRole? = nil,
        amount: Amount? = nil
    ) {
        self.status = status
        self.date = date
        self.reason = reason
        self.text = text
        self.issuerRole = issuerRole
        self.amount = amount
    }
}

extension LifecycleEvent: Hashable {}

extension LifecycleEvent: Codable {}

extension LifecycleEvent {
    /// The role of whoever gives a status, as a UNCL 3035 party role code.
    ///
    /// Any code reads and writes back, known or not. The platform codes are those the AFNOR
    /// directory description (XP Z12-013 annex B, in `shared/reform`) uses for reception
    /// platforms, `WK` and `DFH`; it does not define them, and we read `WK` as an approved
    /// platform (*plateforme agréée*) and `DFH` as the State's platform.
    public struct IssuerRole: RawRepresentable, Sendable {
        /// The code, e.g. `BY`.
        public let rawValue: String

        /// Wraps any code, known or not.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// `SE`: the seller.
        public static let seller = IssuerRole(rawValue: "SE")
        /// `BY`: the buyer.
        public static let buyer = IssuerRole(rawValue: "BY")
        /// `WK`: an approved platform (*plateforme agréée*), the seller's or the buyer's.
        public static let approvedPlatform = IssuerRole(rawValue: "WK")
        /// `DFH`: the State's platform.
        public static let statePlatform = IssuerRole(rawValue: "DFH")

        /// The roles this release names.
        public static let allKnown: [IssuerRole] = [.seller, .buyer, .approvedPlatform, .statePlatform]

        /// Whether the role is one of ``allKnown``.
        public var isKnown: Bool { IssuerRole.allKnown.contains(self) }
    }
}

extension LifecycleEvent.IssuerRole: Hashable {}

extension LifecycleEvent.IssuerRole: Codable {}

extension LifecycleEvent.IssuerRole: CustomStringConvertible {
    /// The code.
    public var description: String { rawValue }
}
