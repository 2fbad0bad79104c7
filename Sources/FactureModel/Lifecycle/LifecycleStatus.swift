// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A status in an invoice's life under the French 2026 e-invoicing reform (codes 200 to 213),
/// as platforms exchange them in lifecycle messages (CDAR, "flux 6").
///
/// Four statuses must reach the tax administration (``isMandatoryForTaxAuthority``):
/// ``submitted`` (200), ``refused`` (210), ``collected`` (212) and ``rejected`` (213). Three end
/// the invoice's life (``isFinal``): ``refused``, ``collected`` and ``rejected``.
///
/// Any code reads and writes back, so a status added by a later version of the specifications
/// still round-trips; ``isKnown`` says whether this release names it.
///
/// ```swift
/// let status = LifecycleStatus.disputed
/// status.frenchLabel                        // "En litige"
/// status.canTransition(to: .approved)       // true
/// LifecycleStatus.rejected.isFinal          // true
/// ```
public struct LifecycleStatus: RawRepresentable, Sendable {
    /// The numeric code, e.g. `200`.
    public let rawValue: Int

    /// Wraps any code, known or not.
    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// 200 *Déposée* (submitted): the issuer's platform has received the invoice for issuing.
    public static let submitted = LifecycleStatus(rawValue: 200)
    /// 201 *Émise par la plateforme* (issued): the issuer's platform has issued the invoice.
    public static let issued = LifecycleStatus(rawValue: 201)
    /// 202 *Reçue par la plateforme* (received): the recipient's platform has received the invoice.
    public static let received = LifecycleStatus(rawValue: 202)
    /// 203 *Mise à disposition* (made available): the invoice is available to the buyer.
    public static let madeAvailable = LifecycleStatus(rawValue: 203)
    /// 204 *Prise en charge* (in hand): the buyer has started processing the invoice.
    public static let inHand = LifecycleStatus(rawValue: 204)
    /// 205 *Approuvée* (approved): the buyer has approved the whole invoice.
    public static let approved = LifecycleStatus(rawValue: 205)
    /// 206 *Approuvée partiellement* (partially approved): the buyer has approved part of the invoice.
    public static let partiallyApproved = LifecycleStatus(rawValue: 206)
    /// 207 *En litige* (disputed): the buyer disputes the invoice and awaits the seller's answer.
    public static let disputed = LifecycleStatus(rawValue: 207)
    /// 208 *Suspendue* (suspended): the buyer awaits information or documents from the seller.
    public static let suspended = LifecycleStatus(rawValue: 208)
    /// 209 *Complétée* (completed): the seller has supplied what a suspension asked for.
    public static let completed = LifecycleStatus(rawValue: 209)
    /// 210 *Refusée* (refused): the buyer refuses the invoice; it must be cancelled (credit note).
    public static let refused = LifecycleStatus(rawValue: 210)
    /// 211 *Paiement transmis* (payment sent): the buyer has sent the payment.
    public static let paymentSent = LifecycleStatus(rawValue: 211)
    /// 212 *Encaissée* (collected): the seller has received the payment.
    public static let collected = LifecycleStatus(rawValue: 212)
    /// 213 *Rejetée* (rejected): a platform rejected the invoice on its controls; it counts as
    /// never issued.
    public static let rejected = LifecycleStatus(rawValue: 213)

    /// The statuses this release names, 200 to 213 in order.
    public static let allKnown: [LifecycleStatus] = [
        .submitted, .issued, .received, .madeAvailable, .inHand, .approved, .partiallyApproved, .disputed,
        .suspended, .completed, .refused, .paymentSent, .collected, .rejected,
    ]

    /// Whether the status is one of ``allKnown``.
    public var isKnown: Bool { LifecycleStatus.allKnown.contains(self) }

    /// The status's French name as the reform writes it, such as *Mise à disposition*; `nil` for
    /// an unknown code.
    public var frenchLabel: String? {
        switch rawValue {
        case 200: return "Déposée"
        case 201: return "Émise par la plateforme"
        case 202: return "Reçue par la plateforme"
        case 203: return "Mise à disposition"
        case 204: return "Prise en charge"
        case 205: return "Approuvée"
        case 206: return "Approuvée partiellement"
        case 207: return "En litige"
        case 208: return "Suspendue"
        case 209: return "Complétée"
        case 210: return "Refusée"
        case 211: return "Paiement transmis"
        case 212: return "Encaissée"
        case 213: return "Rejetée"
        default: return nil
        }
    }

    /// The status's English name, such as *Made available*; `nil` for an unknown code.
    public var englishLabel: String? {
        switch rawValue {
        case 200: return "Submitted"
        case 201: return "Issued by the platform"
        case 202: return "Received by the platform"
        case 203: return "Made available"
        case 204: return "In hand"
        case 205: return "Approved"
        case 206: return "Partially approved"
        case 207: return "Disputed"
        case 208: return "Suspended"
        case 209: return "Completed"
        case 210: return "Refused"
        case 211: return "Payment sent"
        case 212: return "Collected"
        case 213: return "Rejected"
        default: return nil
        }
    }

    /// Whether platforms must pass the status on to the tax administration: 200, 210, 212, 213.
    public var isMandatoryForTaxAuthority: Bool {
        self == .submitted || self == .refused || self == .collected || self == .rejected
    }

    /// Whether the status ends the invoice's life, so no other status may follow: 210, 212, 213.
    ///
    /// A collected invoice may still receive further ``collected`` events when it is paid in
    /// instalments (each with its amount); that is a repetition (``isRepeatable``), not a
    /// transition.
    public var isFinal: Bool {
        self == .refused || self == .collected || self == .rejected
    }

    /// Whether the same status may be reported again: ``paymentSent`` and ``collected`` repeat for
    /// partial payments, as we understand the reform.
    public var isRepeatable: Bool {
        self == .paymentSent || self == .collected
    }

    /// The statuses that may follow this one; empty for final and unknown statuses.
    ///
    /// The reform does not impose a strict order on the buyer's statuses, and this table is
    /// deliberately permissive where we are not sure of the specifications:
    /// - the platform chain runs 200 → 201 → 202 → 203 (201 may go straight to 203 when both
    ///   parties use the same platform), and a platform may reject (213) up to reception (202);
    /// - from 203 on, the buyer may take the invoice in hand (204, only right after 203),
    ///   approve it fully or partly (205, 206), dispute it (207), suspend it (208), refuse it
    ///   (210) or send payment (211), and the seller may record collection (212) from 201 on;
    /// - only a suspended invoice (208) can be completed (209);
    /// - after payment is sent (211), only collection (212) follows.
    public var allowedNextStatuses: [LifecycleStatus] {
        switch self {
        case .submitted:
            return [.issued, .rejected]
        case .issued:
            return [.received, .madeAvailable, .rejected, .collected]
        case .received:
            return [.madeAvailable, .rejected, .collected]
        case .madeAvailable, .inHand, .approved, .partiallyApproved, .disputed, .suspended, .completed:
            var next: [LifecycleStatus] = self == .madeAvailable ? [.inHand] : []
            next += [.approved, .partiallyApproved, .disputed, .suspended]
            if self == .suspended { next.append(.completed) }
            next += [.refused, .paymentSent, .collected]
            return next.filter { $0 != self }
        case .paymentSent:
            return [.collected]
        default:
            return []
        }
    }

    /// Whether `next` may follow this status (see ``allowedNextStatuses``); always `false` from a
    /// final status.
    public func canTransition(to next: LifecycleStatus) -> Bool {
        allowedNextStatuses.contains(next)
    }

    /// The reason codes that may accompany this status (see ``LifecycleStatusReason``).
    public var applicableReasons: [LifecycleStatusReason] {
        LifecycleStatusReason.allKnown.filter { $0.applicableStatuses.contains(self) }
    }
}

extension LifecycleStatus: Hashable {}

extension LifecycleStatus: Comparable {
    /// Numeric order of the codes.
    public static func < (lhs: LifecycleStatus, rhs: LifecycleStatus) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

extension LifecycleStatus: Codable {}

extension LifecycleStatus: CustomStringConvertible {
    /// The code and French label, such as `210 Refusée`.
    public var description: String {
        if let frenchLabel { return "\(rawValue) \(frenchLabel)" }
        return String(rawValue)
    }
}
