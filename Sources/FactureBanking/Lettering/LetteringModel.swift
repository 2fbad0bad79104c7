// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureModel

/// Why an allocation does not cover the whole residual although the item is settled.
public enum WriteOffKind: String, Hashable, Sendable {
    /// The bank (often the payer's or an intermediary bank) kept a fee.
    case bankFee = "bank_fee"
    /// The customer took an early-payment discount (escompte).
    case discount
    /// A small unexplained short payment, within tolerance.
    case paymentDifference = "payment_difference"
}

/// One allocation of a movement to an open item.
public struct LetteringMatch: Hashable, Sendable {
    /// The movement's ordinal in its file.
    public var movementOrdinal: Int
    /// The movement's stable key.
    public var movementKey: MovementKey
    /// The open item's identifier.
    public var invoiceID: String
    /// The amount of the item this match settles, write-off included: positive for an invoice, negative for a
    /// credit note (so the movement's magnitude is the sum of its matches' allocations minus their write-offs).
    public var allocated: Amount
    /// The amount written off on this item (settled without being paid), zero when none.
    public var writeOff: Amount
    /// Why it was written off, when it was.
    public var writeOffKind: WriteOffKind?
    /// Confidence, 0…1.
    public var score: Double
    /// How the match was found, in words.
    public var reason: String

    /// A match.
    public init(
        movementOrdinal: Int,
        movementKey: MovementKey,
        invoiceID: String,
        allocated: Amount,
        writeOff: Amount = .zero,
        writeOffKind: WriteOffKind? = nil,
        score: Double,
        reason: String
    ) {
        self.movementOrdinal = movementOrdinal
        self.movementKey = movementKey
        self.invoiceID = invoiceID
        self.allocated = allocated
        self.writeOff = writeOff
        self.writeOffKind = writeOffKind
        self.score = score
        self.reason = reason
    }
}

/// What was already lettered or proposed. Lettering a movement whose key is here does nothing: a re-import of the
/// same statement neither books a movement twice nor re-opens a proposal waiting for review. Movements that
/// found nothing are not recorded, so they are tried again once new items are in the ledger.
public struct LetteringState: Hashable, Sendable {
    /// The keys of the movements already applied.
    public var appliedKeys: Set<MovementKey>
    /// The keys of the movements whose matches were proposed (waiting for a person).
    public var proposedKeys: Set<MovementKey>

    /// A state.
    public init(appliedKeys: Set<MovementKey> = [], proposedKeys: Set<MovementKey> = []) {
        self.appliedKeys = appliedKeys
        self.proposedKeys = proposedKeys
    }

    /// Whether the movement was already applied or proposed.
    public func contains(_ key: MovementKey) -> Bool { appliedKeys.contains(key) || proposedKeys.contains(key) }
}

/// The outcome of lettering a batch of movements.
public struct LetteringResult: Sendable {
    /// Matches confident enough to be booked; the ledger's residuals already reflect them.
    public var applied: [LetteringMatch]
    /// Ambiguous or weak matches for a person to confirm; not booked.
    public var proposed: [LetteringMatch]
    /// The ledger after the applied matches (residuals reduced; paid items keep a zero residual).
    public var ledger: Ledger
    /// The state after this run, to pass to the next run.
    public var state: LetteringState
}

/// A transfer of one of our payment runs (pain.001 `CdtTrfTxInf`), used to letter batch-booked debits.
public struct PaymentRunTransfer: Hashable, Sendable {
    /// The end-to-end identifier.
    public var endToEndID: String
    /// The creditor's name.
    public var creditorName: String
    /// The creditor's account.
    public var creditorIBAN: IBAN?
    /// The amount transferred (positive).
    public var amount: Amount
    /// The unstructured remittance information.
    public var remittance: [String]
    /// The structured creditor reference, when given.
    public var creditorReference: String?

    /// A transfer.
    public init(
        endToEndID: String,
        creditorName: String,
        creditorIBAN: IBAN? = nil,
        amount: Amount,
        remittance: [String] = [],
        creditorReference: String? = nil
    ) {
        self.endToEndID = endToEndID
        self.creditorName = creditorName
        self.creditorIBAN = creditorIBAN
        self.amount = amount
        self.remittance = remittance
        self.creditorReference = creditorReference
    }
}

/// One of our payment runs (pain.001 `PmtInf`): when the bank books it as one debit, the transfers say which
/// supplier items it pays.
public struct PaymentRun: Hashable, Sendable {
    /// The payment information identifier (`PmtInfId`), which banks echo in the debit's label or details.
    public var id: String
    /// The transfers.
    public var transfers: [PaymentRunTransfer]

    /// A run.
    public init(id: String, transfers: [PaymentRunTransfer]) {
        self.id = id
        self.transfers = transfers
    }
}

/// Tuning of the lettering engine.
public struct LetteringConfiguration: Hashable, Sendable {
    /// The largest shortfall settled as a write-off (bank fee, discount, payment difference) on customer payments.
    public var writeOffTolerance: Amount
    /// The largest shortfall as a share of the amount due settled as a write-off.
    public var writeOffShare: Double
    /// The largest shortfall written off without a reference to the item (a payment difference); larger ones
    /// are booked that way only when they are a round-percent discount, otherwise proposed.
    public var smallDifference: Amount
    /// The score from which a match is applied rather than proposed.
    public var applyThreshold: Double
    /// The most open items of one partner a grouped-payment search looks at (oldest due first).
    public var subsetMaxItems: Int
    /// The most search steps of one grouped-payment search.
    public var subsetBudget: Int
    /// Whether a movement with neither reference nor known partner may be proposed against the one open item of
    /// exactly its amount.
    public var proposeAmountOnly: Bool

    /// The defaults: 30.00 or 20 % write-off (5.00 without a reference), apply from 0.75, 20 items and 20 000 steps per grouped search.
    public init(
        writeOffTolerance: Amount = Amount(ExactDecimal(significand: 3000, scale: 2)),
        writeOffShare: Double = 0.2,
        smallDifference: Amount = Amount(ExactDecimal(significand: 500, scale: 2)),
        applyThreshold: Double = 0.75,
        subsetMaxItems: Int = 20,
        subsetBudget: Int = 20_000,
        proposeAmountOnly: Bool = true
    ) {
        self.writeOffTolerance = writeOffTolerance
        self.writeOffShare = writeOffShare
        self.smallDifference = smallDifference
        self.applyThreshold = applyThreshold
        self.subsetMaxItems = subsetMaxItems
        self.subsetBudget = subsetBudget
        self.proposeAmountOnly = proposeAmountOnly
    }
}

extension Amount {
    /// The amount in cents, rounded half away from zero (clamped to `Int`).
    var cents: Int {
        let decimal = self.decimal.rounded(scale: 2).padded(toScale: 2)
        return Int(clamping: decimal.significand)
    }

    /// An amount from cents.
    init(cents: Int) { self.init(ExactDecimal(significand: Int128(cents), scale: 2)) }
}
