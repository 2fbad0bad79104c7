// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel

/// A stable identity for a bank movement, for formats without a transaction identifier (CFONB 120).
///
/// The key is a canonical string, readable and comparable:
/// `account|currency|booking|value|amount|operation code|label|bank reference|#occurrence`, where the account is
/// the IBAN when known, else `bank/desk/number`; dates are ISO 8601; the amount is the signed decimal with two
/// decimals; the label has its spaces collapsed and is upper-cased. The occurrence is the 0-based index of the
/// movement among the movements of the same batch whose other fields are identical (two identical card payments
/// the same day), counted in file order, so a re-import of the same statement yields the same keys. The
/// ordinal in the file is deliberately left out: a statement re-downloaded with one more day in front must not
/// change the keys of the movements already lettered.
public struct MovementKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The canonical string.
    public var rawValue: String

    /// A key from its canonical string.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The canonical string.
    public var description: String { rawValue }

    /// Orders keys by their canonical string.
    public static func < (lhs: MovementKey, rhs: MovementKey) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The keys of `movements`, in the same order, with occurrence indexes counted within this batch.
    public static func keys(for movements: [BankMovement]) -> [MovementKey] {
        var seen: [String: Int] = [:]
        var keys: [MovementKey] = []
        keys.reserveCapacity(movements.count)
        for movement in movements {
            let base = canonicalBase(of: movement)
            let occurrence = seen[base, default: 0]
            seen[base] = occurrence + 1
            keys.append(MovementKey(rawValue: base + "|#\(occurrence)"))
        }
        return keys
    }

    static func canonicalBase(of movement: BankMovement) -> String {
        let account = movement.account
        let accountText =
            account.iban?.rawValue ?? "\(account.bankCode)/\(account.deskCode)/\(account.accountNumber)"
        let amount = movement.amount.decimal.rounded(scale: 2).padded(toScale: 2).description
        let label = movement.label.uppercased().split(separator: " ").joined(separator: " ")
        let reference = movement.reference.trimmingSpaces()
        return [
            accountText, account.currency, movement.bookingDate.iso8601String,
            movement.valueDate?.iso8601String ?? "", amount, movement.operationCode, label, reference,
        ].joined(separator: "|")
    }
}

extension String {
    func trimmingSpaces() -> String {
        var view = Substring(self)
        while view.first == " " { view = view.dropFirst() }
        while view.last == " " { view = view.dropLast() }
        return String(view)
    }
}
