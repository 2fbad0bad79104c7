// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel

/// Letters bank movements against open customer and supplier items.
///
/// Movements are processed in booking-date order and residuals are updated as they go, so several payments of
/// one invoice each take their share and an invoice is settled only once fully allocated (or within the
/// write-off tolerance). For each movement the engine:
/// 1. skips it when its ``MovementKey`` is in the ``LetteringState`` (re-import does not double-letter);
/// 2. for a debit echoing one of our ``PaymentRun``s of the same total, letters each transfer of the run;
/// 3. collects references from label, details, remittance and creditor reference (normalised: case,
///    separators, leading zeros, OCR-like letter/digit confusions, lines split mid-reference) and finds the
///    open items they name on the movement's side (customer for credits, supplier for debits);
/// 4. detects the partner by IBAN and by normalised name tokens (truncated names accepted when unique);
/// 5. allocates: referenced items (exact, with write-off, partial, subset of the referenced items), else the
///    partner's items (exact amount, bounded subset-sum for grouped payments, write-off), else — proposed
///    only — the single open item of exactly that amount;
/// 6. applies matches scoring at least the configured threshold and proposes the others.
///
/// Indexes (reference → items, partner → items, amount → items, sorted partner names) make the work per
/// movement independent of the ledger's size, apart from logarithmic name look-ups and the bounded search.
public struct LetteringEngine: Sendable {
    /// The tuning.
    public var configuration: LetteringConfiguration

    /// An engine.
    public init(configuration: LetteringConfiguration = LetteringConfiguration()) {
        self.configuration = configuration
    }

    /// Letters `movements` against `ledger`, skipping those already in `state`.
    public func letter(
        _ movements: [BankMovement],
        ledger: Ledger,
        state: LetteringState = LetteringState(),
        paymentRuns: [PaymentRun] = []
    ) -> LetteringResult {
        var run = LetteringRun(ledger: ledger, configuration: configuration, paymentRuns: paymentRuns)
        let keys = MovementKey.keys(for: movements)
        let order = movements.indices.sorted {
            let lhs = movements[$0]
            let rhs = movements[$1]
            if lhs.bookingDate != rhs.bookingDate { return lhs.bookingDate < rhs.bookingDate }
            return lhs.ordinal < rhs.ordinal
        }
        var applied: [LetteringMatch] = []
        var proposed: [LetteringMatch] = []
        var newState = state
        for index in order where !state.contains(keys[index]) {
            let outcome = run.letter(movements[index], key: keys[index])
            guard !outcome.matches.isEmpty else { continue }
            if outcome.score >= configuration.applyThreshold {
                run.apply(outcome.allocations)
                applied.append(contentsOf: outcome.matches)
                newState.appliedKeys.insert(keys[index])
            } else {
                proposed.append(contentsOf: outcome.matches)
                newState.proposedKeys.insert(keys[index])
            }
        }
        var updated = ledger
        for (index, cents) in run.residuals.enumerated() {
            updated.items[index].residual = Amount(cents: cents)
        }
        return LetteringResult(applied: applied, proposed: proposed, ledger: updated, state: newState)
    }
}

/// The result of lettering one movement, before it is applied or proposed.
struct MovementOutcome {
    /// (item index, allocated cents in magnitude, write-off cents).
    var allocations: [(item: Int, cents: Int, writeOff: Int)] = []
    var matches: [LetteringMatch] = []
    var score: Double = 0
}

/// The partners a movement's texts point to.
struct PartnerCandidates {
    /// Named for sure (IBAN, whole name, or a cut name fitting at most three partners).
    var named: Set<Int>
    /// Fitting a cut name shared by more partners: evidence only together with an amount.
    var possible: Set<Int>
}

/// One allocation decision for an amount.
struct Allocation {
    var parts: [(item: Int, cents: Int, writeOff: Int)]
    var score: Double
    var reason: String
    var writeOffKind: WriteOffKind?
}

/// The mutable working set of one lettering run.
struct LetteringRun {
    let ledger: Ledger
    let configuration: LetteringConfiguration
    var residuals: [Int]
    let signs: [Int]
    let itemPartner: [Int]
    let itemKind: [PartnerKind]
    let itemDue: [Int]
    let itemNumberKey: [[UInt8]]
    let itemSequence: [String?]
    let referenceIndex: [String: [Int]]
    let partnerItems: [[Int]]
    let partnerItemsByNumber: [[Int]]
    let amountIndex: [PartnerKind: [Int: [Int]]]
    let partnerKinds: [PartnerKind]
    let partnerByIBAN: [String: Int]
    let partnerNameKeys: [String]
    let namePrefixOwners: [String: [Int]]
    let partnerNameIndex: [String: [Int]]
    let runsByKey: [String: PaymentRun]
    let transfersByEndToEnd: [String: PaymentRunTransfer]

    init(ledger: Ledger, configuration: LetteringConfiguration, paymentRuns: [PaymentRun]) {
        self.ledger = ledger
        self.configuration = configuration
        var partnerIndexByID: [String: Int] = [:]
        var byIBAN: [String: Int] = [:]
        var nameKeys: [String] = []
        var prefixOwners: [String: [Int]] = [:]
        var nameIndex: [String: [Int]] = [:]
        for (index, partner) in ledger.partners.enumerated() {
            partnerIndexByID[partner.id] = index
            if let iban = partner.iban { byIBAN[iban.rawValue] = index }
            let key = LetteringText.nameKey(partner.name)
            nameKeys.append(key)
            if !key.isEmpty {
                nameIndex[key, default: []].append(index)
                var prefix = ""
                for character in key {
                    prefix.append(character)
                    if prefixOwners[prefix, default: []].count < Self.prefixOwnerLimit {
                        prefixOwners[prefix, default: []].append(index)
                    }
                }
            }
        }
        partnerKinds = ledger.partners.map(\.kind)
        partnerByIBAN = byIBAN
        partnerNameKeys = nameKeys
        namePrefixOwners = prefixOwners
        partnerNameIndex = nameIndex

        var residuals: [Int] = []
        var signs: [Int] = []
        var itemPartner: [Int] = []
        var itemDue: [Int] = []
        var numberKeys: [[UInt8]] = []
        var sequences: [String?] = []
        var references: [String: [Int]] = [:]
        var partnerItems = [[Int]](repeating: [], count: ledger.partners.count)
        var amounts: [PartnerKind: [Int: [Int]]] = [.customer: [:], .supplier: [:]]
        residuals.reserveCapacity(ledger.items.count)
        for (index, item) in ledger.items.enumerated() {
            let residual = item.residual.cents
            residuals.append(residual)
            signs.append(item.type == .creditNote ? -1 : 1)
            let partner = partnerIndexByID[item.partnerID] ?? -1
            itemPartner.append(partner)
            itemDue.append(item.dueDate?.daysSinceUnixEpoch ?? item.issueDate?.daysSinceUnixEpoch ?? 0)
            let numberKey = LetteringText.alnumKey(item.number)
            numberKeys.append(numberKey)
            sequences.append(LetteringText.sequenceNumber(LetteringText.lastDigitRun(item.number)))
            if numberKey.count >= 3 { references[LetteringText.ocrFolded(numberKey), default: []].append(index) }
            if let reference = item.creditorReference {
                let key = LetteringText.alnumKey(reference)
                if key.count >= 3 { references[LetteringText.ocrFolded(key), default: []].append(index) }
            }
            if partner >= 0 { partnerItems[partner].append(index) }
            if residual > 0 { amounts[item.kind, default: [:]][residual * signs[index], default: []].append(index) }
        }
        var byNumber = partnerItems
        let sequenceValues = sequences.map { Int($0.map { String($0.suffix(15)) } ?? "") ?? 0 }
        for partner in partnerItems.indices {
            partnerItems[partner].sort { (itemDue[$0], $0) < (itemDue[$1], $1) }
            byNumber[partner].sort { (sequenceValues[$0], $0) < (sequenceValues[$1], $1) }
        }
        self.partnerItemsByNumber = byNumber
        self.residuals = residuals
        self.signs = signs
        self.itemPartner = itemPartner
        self.itemKind = ledger.items.map(\.kind)
        self.itemDue = itemDue
        self.itemNumberKey = numberKeys
        self.itemSequence = sequences
        self.referenceIndex = references
        self.partnerItems = partnerItems
        self.amountIndex = amounts

        var runs: [String: PaymentRun] = [:]
        var transfers: [String: PaymentRunTransfer] = [:]
        for run in paymentRuns {
            runs[String(decoding: LetteringText.alnumKey(run.id), as: UTF8.self)] = run
            for transfer in run.transfers where !transfer.endToEndID.isEmpty {
                transfers[String(decoding: LetteringText.alnumKey(transfer.endToEndID), as: UTF8.self)] = transfer
            }
        }
        runsByKey = runs
        transfersByEndToEnd = transfers
    }

    mutating func apply(_ allocations: [(item: Int, cents: Int, writeOff: Int)]) {
        for allocation in allocations {
            residuals[allocation.item] = max(0, residuals[allocation.item] - allocation.cents - allocation.writeOff)
        }
    }

    // MARK: One movement

    mutating func letter(_ movement: BankMovement, key: MovementKey) -> MovementOutcome {
        let signed = movement.amount.cents
        guard signed != 0 else { return MovementOutcome() }
        let kind: PartnerKind = signed > 0 ? .customer : .supplier
        let amount = abs(signed)
        var texts = [movement.label]
        texts.append(contentsOf: movement.details.map(\.text))
        texts.append(contentsOf: movement.remittance)
        if let counterparty = movement.counterparty { texts.append(counterparty.name) }
        if let reference = movement.creditorReference { texts.append(reference) }
        if let endToEnd = movement.endToEndID { texts.append(endToEnd) }

        // Our own payment runs: a batch debit of the run's total, or one transfer by end-to-end id.
        if kind == .supplier, !runsByKey.isEmpty {
            if let run = matchingRun(texts: texts, amount: amount) {
                return outcome(for: batch(run), movement: movement, key: key)
            }
            for text in texts {
                for word in text.split(separator: " ") {
                    let wordKey = String(decoding: LetteringText.alnumKey(word.drop { $0 == "/" }), as: UTF8.self)
                    if wordKey.count >= 6, let transfer = transfersByEndToEnd[wordKey] {
                        texts.append(contentsOf: transfer.remittance)
                        texts.append(transfer.creditorName)
                        if let reference = transfer.creditorReference { texts.append(reference) }
                    }
                }
            }
        }
        let iban = movement.counterparty?.iban?.rawValue
        let allocation = allocate(amount: amount, kind: kind, texts: texts, iban: iban, joinLines: true)
        return outcome(for: allocation, movement: movement, key: key)
    }

    func matchingRun(texts: [String], amount: Int) -> PaymentRun? {
        for text in texts {
            for word in text.split(whereSeparator: { $0 == " " || $0 == "/" }) {
                let key = String(decoding: LetteringText.alnumKey(word), as: UTF8.self)
                guard key.count >= 4, let run = runsByKey[key] else { continue }
                let total = run.transfers.reduce(0) { $0 + $1.amount.cents }
                if total == amount { return run }
            }
        }
        return nil
    }

    func batch(_ run: PaymentRun) -> Allocation? {
        var parts: [(item: Int, cents: Int, writeOff: Int)] = []
        var score = 1.0
        for transfer in run.transfers {
            var texts = transfer.remittance + [transfer.creditorName]
            if let reference = transfer.creditorReference { texts.append(reference) }
            guard
                let allocation = allocate(
                    amount: transfer.amount.cents,
                    kind: .supplier,
                    texts: texts,
                    iban: transfer.creditorIBAN?.rawValue,
                    joinLines: false
                )
            else { continue }
            parts.append(contentsOf: allocation.parts)
            score = min(score, allocation.score)
        }
        guard !parts.isEmpty else { return nil }
        return Allocation(parts: parts, score: score, reason: "payment run \(run.id)", writeOffKind: nil)
    }

    func outcome(for allocation: Allocation?, movement: BankMovement, key: MovementKey) -> MovementOutcome {
        guard let allocation, !allocation.parts.isEmpty else { return MovementOutcome() }
        var result = MovementOutcome(allocations: allocation.parts, score: allocation.score)
        for part in allocation.parts {
            let item = ledger.items[part.item]
            result.matches.append(
                LetteringMatch(
                    movementOrdinal: movement.ordinal,
                    movementKey: key,
                    invoiceID: item.id,
                    allocated: Amount(cents: (part.cents + part.writeOff) * signs[part.item]),
                    writeOff: Amount(cents: part.writeOff),
                    writeOffKind: part.writeOff > 0 ? allocation.writeOffKind : nil,
                    score: allocation.score,
                    reason: allocation.reason
                )
            )
        }
        return result
    }

    // MARK: Allocation of one amount

    func allocate(amount: Int, kind: PartnerKind, texts: [String], iban: String?, joinLines: Bool) -> Allocation? {
        let tokens = referenceTokens(texts: texts, joinLines: joinLines)
        let candidates = detectPartners(texts: texts, iban: iban, kind: kind)
        let partners = candidates.named
        var referenced: [Int] = []
        var seen = Set<Int>()
        for token in tokens.folded {
            for item in referenceIndex[token] ?? [] where itemKind[item] == kind && residuals[item] > 0 {
                if seen.insert(item).inserted { referenced.append(item) }
            }
        }
        let writeOffKind = Self.writeOffKind(texts)
        // A reference to another partner's single item, paid in part: a third party paying, or a mistyped
        // reference that happens to be another item's number. Tried only after the named partner's own items.
        var foreignPartial: [Int] = []
        if !referenced.isEmpty {
            // References to another partner's items only count when they reconcile exactly (a third party paying).
            var ownItems = referenced
            if !partners.isEmpty {
                ownItems = referenced.filter { partners.contains(itemPartner[$0]) }
                if ownItems.count != referenced.count {
                    let total = referenced.reduce(0) { $0 + residuals[$1] * signs[$1] }
                    if total == amount {
                        ownItems = referenced
                    } else if ownItems.isEmpty, referenced.count == 1, total > amount {
                        foreignPartial = referenced
                    }
                }
            }
            if !ownItems.isEmpty,
                let allocation = allocateReferenced(
                    ownItems,
                    amount: amount,
                    partners: partners,
                    kind: kind,
                    writeOffKind: writeOffKind
                )
            {
                return allocation
            }
        }
        if !partners.isEmpty {
            if let allocation = allocateByPartner(
                partners,
                amount: amount,
                kind: kind,
                tokens: tokens.plain,
                writeOffKind: writeOffKind
            ) {
                return allocation
            }
            if let allocation = allocateByPossiblePartner(candidates.possible, amount: amount, kind: kind) {
                return allocation
            }
            if let item = foreignPartial.first {
                return Allocation(
                    parts: [(item, amount, 0)],
                    score: 0.8,
                    reason: "reference to another partner's item, partial payment",
                    writeOffKind: nil
                )
            }
            return nil
        }
        if let allocation = allocateByPossiblePartner(candidates.possible, amount: amount, kind: kind) {
            return allocation
        }
        guard configuration.proposeAmountOnly else { return nil }
        let sameAmount = (amountIndex[kind]?[amount] ?? []).filter { residuals[$0] == amount }
        if sameAmount.count == 1 {
            return Allocation(
                parts: [(sameAmount[0], amount, 0)],
                score: 0.4,
                reason: "amount only (no reference, no partner)",
                writeOffKind: nil
            )
        }
        return nil
    }

    /// The one open item of exactly `amount` among the possible partners' items (a label whose cut name fits
    /// many partners, the amount picking one of them).
    func allocateByPossiblePartner(_ possible: Set<Int>, amount: Int, kind: PartnerKind) -> Allocation? {
        guard !possible.isEmpty else { return nil }
        let items = (amountIndex[kind]?[amount] ?? []).filter {
            residuals[$0] == amount && possible.contains(itemPartner[$0])
        }
        if items.count == 1 {
            return Allocation(
                parts: [(items[0], amount, 0)],
                score: 0.78,
                reason: "name cut short, the one item of that amount among the partners it fits",
                writeOffKind: nil
            )
        }
        guard items.isEmpty else { return nil }
        // No single item: the one run of consecutive invoices of that total, if only one partner has one.
        var runs: [[Int]] = []
        var looked = 0
        for partner in possible.sorted() {
            let numbered = partnerItemsByNumber[partner].filter { itemKind[$0] == kind && residuals[$0] > 0 }
            looked += numbered.count
            if looked > Self.possiblePartnersItemLimit { return nil }
            runs += contiguousRuns(numbered, target: amount)
            if runs.count > 1 { return nil }
        }
        guard let run = runs.first else { return nil }
        return Allocation(
            parts: run.map { ($0, residuals[$0], 0) },
            score: 0.78,
            reason: "name cut short, the one run of consecutive invoices of that total among the partners it fits",
            writeOffKind: nil
        )
    }

    /// The most open items looked at for the possible partners of one movement.
    static let possiblePartnersItemLimit = 50_000

    /// Whether `shortfall` is 1, 1.5, 2, 2.5, 3 or 5 % of `due`, to the cent (an early-payment discount).
    static func isRoundPercentDiscount(_ shortfall: Int, of due: Int) -> Bool {
        [10, 15, 20, 25, 30, 50].contains { perMille in abs(due * perMille - shortfall * 1000) <= 1000 }
    }

    /// Discount when the text says so (escompte), bank fee for international transfers or stated fees, else a
    /// payment difference.
    static func writeOffKind(_ texts: [String]) -> WriteOffKind {
        var kind = WriteOffKind.paymentDifference
        for text in texts {
            let upper = text.uppercased()
            if upper.contains("ESCOMPTE") || upper.contains("DISCOUNT") { return .discount }
            if upper.contains("INTERNATIONAL") || upper.contains("FRAIS") { kind = .bankFee }
        }
        return kind
    }

    func allocateReferenced(
        _ items: [Int],
        amount: Int,
        partners: Set<Int>,
        kind: PartnerKind,
        writeOffKind: WriteOffKind
    ) -> Allocation? {
        let ordered = items.sorted { (itemDue[$0], $0) < (itemDue[$1], $1) }
        let total = ordered.reduce(0) { $0 + residuals[$1] * signs[$1] }
        let full = ordered.map { (item: $0, cents: residuals[$0], writeOff: 0) }
        if total == amount {
            return Allocation(parts: full, score: 0.99, reason: "reference, exact amount", writeOffKind: nil)
        }
        if total > amount {
            let shortfall = total - amount
            if kind == .customer, isWithinWriteOff(shortfall: shortfall, due: total) {
                var parts = full
                if let last = parts.lastIndex(where: { signs[$0.item] > 0 && $0.cents >= shortfall }) {
                    parts[last].cents -= shortfall
                    parts[last].writeOff = shortfall
                    return Allocation(
                        parts: parts,
                        score: 0.9,
                        reason: "reference, \(writeOffKind.rawValue) written off",
                        writeOffKind: writeOffKind
                    )
                }
            }
            let owners = partners.isEmpty ? Set(ordered.map { itemPartner[$0] }) : partners
            let credits = owners.flatMap { partnerItems[$0] }.filter {
                itemKind[$0] == kind && signs[$0] < 0 && residuals[$0] > 0 && !items.contains($0)
            }
            if let credit = credits.first(where: { residuals[$0] == shortfall }) {
                return Allocation(
                    parts: full + [(credit, shortfall, 0)],
                    score: 0.85,
                    reason: "reference, with the partner's credit note",
                    writeOffKind: nil
                )
            }
            if ordered.count == 1 {
                return Allocation(
                    parts: [(ordered[0], amount, 0)],
                    score: 0.88,
                    reason: "reference, partial payment",
                    writeOffKind: nil
                )
            }
            if let subset = subsetSum(ordered, target: amount) {
                return Allocation(
                    parts: subset.items.map { ($0, residuals[$0], 0) },
                    score: subset.unique ? 0.85 : 0.5,
                    reason: "reference, subset of the referenced items",
                    writeOffKind: nil
                )
            }
            var remaining = amount
            var parts: [(item: Int, cents: Int, writeOff: Int)] = []
            for item in ordered where remaining > 0 {
                let due = residuals[item] * signs[item]
                let take = due < 0 ? due : min(due, remaining)
                parts.append((item, abs(take), 0))
                remaining -= take
            }
            return Allocation(parts: parts, score: 0.5, reason: "reference, allocated in due order", writeOffKind: nil)
        }
        // Referenced items cover part of the amount: complete with the partner's other items.
        let rest = amount - total
        let owners = partners.isEmpty ? Set(ordered.map { itemPartner[$0] }) : partners
        let others = owners.flatMap { partnerItems[$0] }.filter {
            itemKind[$0] == kind && residuals[$0] > 0 && !items.contains($0)
        }
        let completing = others.filter { residuals[$0] * signs[$0] == rest }
        if let single = completing.first {
            // Several items of the remaining amount: the oldest due is only proposed.
            return Allocation(
                parts: full + [(single, residuals[single], 0)],
                score: completing.count == 1 ? 0.8 : 0.5,
                reason: "reference plus one more item of the partner",
                writeOffKind: nil
            )
        }
        if let subset = subsetSum(Array(others.prefix(configuration.subsetMaxItems)), target: rest) {
            return Allocation(
                parts: full + subset.items.map { ($0, residuals[$0], 0) },
                score: subset.unique ? 0.78 : 0.5,
                reason: "reference plus other items of the partner",
                writeOffKind: nil
            )
        }
        return Allocation(parts: full, score: 0.5, reason: "reference, overpaid", writeOffKind: nil)
    }

    func allocateByPartner(
        _ partners: Set<Int>,
        amount: Int,
        kind: PartnerKind,
        tokens: [[UInt8]],
        writeOffKind: WriteOffKind
    ) -> Allocation? {
        let open = partners.sorted().flatMap { partnerItems[$0] }.filter {
            itemKind[$0] == kind && residuals[$0] > 0
        }
        guard !open.isEmpty else { return nil }
        let exact = open.filter { signs[$0] > 0 && residuals[$0] == amount }
        if exact.count == 1 {
            return Allocation(
                parts: [(exact[0], amount, 0)],
                score: 0.9,
                reason: "partner, exact amount",
                writeOffKind: nil
            )
        }
        if exact.count > 1 {
            let hints = exact.map { fuzzyReferenceScore($0, tokens: tokens) }
            let best = hints.max() ?? 0
            let hinted = best > 0 ? exact.indices.filter { hints[$0] == best }.map { exact[$0] } : []
            if hinted.count == 1 {
                return Allocation(
                    parts: [(hinted[0], amount, 0)],
                    score: 0.85,
                    reason: "partner, exact amount, approximate reference",
                    writeOffKind: nil
                )
            }
            // Two interchangeable items (same partner, same amount): settle the oldest due first (FIFO).
            let pool = hinted.isEmpty ? exact : hinted
            let interchangeable = pool.count == 2 && itemPartner[pool[0]] == itemPartner[pool[1]]
            return Allocation(
                parts: [(pool[0], amount, 0)],
                score: interchangeable ? 0.76 : 0.45,
                reason: interchangeable
                    ? "partner, two items of that amount, oldest due first"
                    : "partner, several items of that amount (oldest due proposed)",
                writeOffKind: nil
            )
        }
        let numbered = partners.sorted().flatMap { partnerItemsByNumber[$0] }.filter {
            itemKind[$0] == kind && residuals[$0] > 0
        }
        let runs = contiguousRuns(numbered, target: amount)
        if let run = runs.first {
            return Allocation(
                parts: run.map { ($0, residuals[$0], 0) },
                score: runs.count == 1 || interchangeable(runs[0], runs[1]) ? 0.85 : 0.45,
                reason: "partner, grouped payment of consecutive invoices",
                writeOffKind: nil
            )
        }
        if let subset = windowedSubsetSum(open, target: amount) {
            return Allocation(
                parts: subset.items.map { ($0, residuals[$0], 0) },
                score: subset.unique ? 0.8 : 0.45,
                reason: subset.unique ? "partner, grouped payment" : "partner, grouped payment (several combinations)",
                writeOffKind: nil
            )
        }
        if kind == .customer {
            let shortCandidates = open.filter {
                signs[$0] > 0 && residuals[$0] > amount
                    && isWithinWriteOff(shortfall: residuals[$0] - amount, due: residuals[$0])
            }
            if !shortCandidates.isEmpty {
                let best = shortCandidates.min {
                    (residuals[$0] - amount, itemDue[$0]) < (residuals[$1] - amount, itemDue[$1])
                }
                if let best {
                    let shortfall = residuals[best] - amount
                    let unique = shortCandidates.filter { residuals[$0] - amount == shortfall }.count == 1
                    // Without a reference, only a shortfall that explains itself is booked: a few euros of
                    // difference, a round-percent discount, or the fee of a transfer the bank says is
                    // international; anything else may be a part payment of another item.
                    let explained =
                        shortfall <= configuration.smallDifference.cents
                        || Self.isRoundPercentDiscount(shortfall, of: residuals[best])
                        || writeOffKind == .bankFee
                    return Allocation(
                        parts: [(best, amount, shortfall)],
                        score: unique && shortCandidates.count <= 2 && explained ? 0.78 : 0.5,
                        reason: "partner, \(writeOffKind.rawValue) written off",
                        writeOffKind: writeOffKind
                    )
                }
            }
        }
        // An instalment without reference: the amount is exactly 1/2, 1/3 or 1/4 of one item's total.
        let instalments = open.filter { item in
            let total = ledger.items[item].total.cents
            return signs[item] > 0 && residuals[item] > amount
                && (2...4).contains { parts in abs(total - parts * amount) < parts }
        }
        if instalments.count == 1 {
            return Allocation(
                parts: [(instalments[0], amount, 0)],
                score: 0.75,
                reason: "partner, instalment of one invoice",
                writeOffKind: nil
            )
        }
        return nil
    }

    /// Whether two groups settle the same amounts of the same partner (they differ only by which of several
    /// equal items they close; the first, by number, is then taken).
    func interchangeable(_ lhs: [Int], _ rhs: [Int]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        let left = lhs.map { [itemPartner[$0], residuals[$0] * signs[$0]] }.sorted { $0.lexicographicallyPrecedes($1) }
        let right = rhs.map { [itemPartner[$0], residuals[$0] * signs[$0]] }.sorted { $0.lexicographicallyPrecedes($1) }
        return left == right
    }

    /// Runs of 2 to ``LetteringConfiguration/subsetMaxItems`` consecutive (by number) open items summing to
    /// `target`, at most two: prefix sums and a hash of them, so linear in the partner's open items.
    func contiguousRuns(_ items: [Int], target: Int) -> [[Int]] {
        var found: [[Int]] = []
        var firstIndexOfPrefix: [Int: [Int]] = [0: [0]]
        var prefix = 0
        for end in items.indices {
            prefix += residuals[items[end]] * signs[items[end]]
            // Runs ending at `end` start where the prefix before them was `prefix - target`.
            for start in firstIndexOfPrefix[prefix - target] ?? [] {
                let length = end + 1 - start
                guard length >= 2, length <= configuration.subsetMaxItems else { continue }
                found.append(Array(items[start...end]))
                if found.count >= 2 { return found }
            }
            firstIndexOfPrefix[prefix, default: []].append(end + 1)
        }
        return found
    }

    /// Subset-sum over sliding windows of the items (oldest due first), half-overlapping, with one search budget
    /// for all windows so that a partner with thousands of open items costs no more than one with twenty.
    func windowedSubsetSum(_ items: [Int], target: Int) -> (items: [Int], unique: Bool)? {
        let size = configuration.subsetMaxItems
        var budget = configuration.subsetBudget
        var start = 0
        while start < items.count, budget > 0 {
            let window = Array(items[start..<min(items.count, start + size)])
            if let found = subsetSum(window, target: target, budget: &budget) {
                return found
            }
            if start + size >= items.count { break }
            start += max(1, size / 2)
        }
        return nil
    }

    func isWithinWriteOff(shortfall: Int, due: Int) -> Bool {
        shortfall > 0 && shortfall <= configuration.writeOffTolerance.cents
            && Double(shortfall) <= configuration.writeOffShare * Double(due)
    }

    /// How well the text's tokens approximate the item's number: 2 for its sequence number alone or one edit
    /// away, 1 for two edits, 0 otherwise.
    func fuzzyReferenceScore(_ item: Int, tokens: [[UInt8]]) -> Int {
        let number = itemNumberKey[item]
        let sequence = itemSequence[item]
        var best = 0
        for token in tokens where token.contains(where: LetteringText.isDigit) {
            if token.count <= 6, token.allSatisfy(LetteringText.isDigit), let sequence,
                LetteringText.sequenceNumber(token) == sequence
            {
                return 2
            }
            if token.count >= 5, number.count >= 5, abs(token.count - number.count) <= 1 {
                let distance = LetteringText.distance(token, number, limit: 2)
                if distance <= 1 { return 2 }
                if distance == 2 { best = 1 }
            }
        }
        return best
    }

    // MARK: References and partners

    func referenceTokens(texts: [String], joinLines: Bool) -> (plain: [[UInt8]], folded: [String]) {
        var plain: [[UInt8]] = []
        var sources = texts
        if joinLines, texts.count > 2 {
            // A reference split between two detail lines ("… FA202" then "5-71691"): the last word of each
            // line joined to the first word of the next (the label, first, is not continued by the details).
            for index in 1..<(texts.count - 1) {
                let tail = texts[index].split(separator: " ").last ?? ""
                let head = texts[index + 1].split(separator: " ").first ?? ""
                if !tail.isEmpty, !head.isEmpty { sources.append(String(tail + head)) }
            }
        }
        for text in sources {
            let words = text.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "," || $0 == ";" })
            var previous: [UInt8] = []
            for word in words {
                var key = LetteringText.alnumKey(word)
                if key.count > 40 { key = Array(key.prefix(40)) }
                if !key.isEmpty { plain.append(key) }
                if !previous.isEmpty, !key.isEmpty { plain.append(previous + key) }
                previous = key
            }
        }
        var folded: [String] = []
        var seen = Set<String>()
        for key in plain where LetteringText.looksLikeReference(key) {
            let fold = LetteringText.ocrFolded(key)
            if seen.insert(fold).inserted { folded.append(fold) }
        }
        return (plain, folded)
    }

    /// The most partners recorded per name prefix; a prefix shared by more says too little to be used.
    static let prefixOwnerLimit = 64

    /// The partners a movement's texts name: ``PartnerCandidates/named`` by IBAN, by a whole name, or by a name
    /// cut short that fits at most three partners; ``PartnerCandidates/possible``, the other partners whose
    /// name starts with what a text ends with (a label cut at its width), fit only to confirm an amount.
    func detectPartners(texts: [String], iban: String?, kind: PartnerKind) -> PartnerCandidates {
        if let iban, let partner = partnerByIBAN[iban], partnerKinds[partner] == kind {
            return PartnerCandidates(named: [partner], possible: [])
        }
        // Each name found: its key, the partners it names, and whether it is a whole name.
        var found: [(key: String, owners: Set<Int>, whole: Bool)] = []
        var possible = Set<Int>()
        for text in texts {
            let words = LetteringText.words(text).filter { !LetteringText.nameStopWords.contains($0) }
            for start in words.indices {
                var candidate = ""
                var longestPrefix = ""
                for end in start..<words.count {
                    candidate += (end == start ? "" : " ") + words[end]
                    if let owners = partnerNameIndex[candidate] {
                        let ofKind = Set(owners.filter { partnerKinds[$0] == kind })
                        if !ofKind.isEmpty { found.append((candidate, ofKind, true)) }
                    }
                    if hasNamePrefix(candidate) { longestPrefix = candidate } else { break }
                }
                let atEnd = longestPrefix.split(separator: " ").count == words.count - start
                if atEnd, longestPrefix.count >= 6 {
                    // A name cut by the label's width: every partner it may be (at most 3) is a candidate; with
                    // more, they are only possible.
                    let owners = partnersWithPrefix(longestPrefix).filter { partnerKinds[$0] == kind }
                    if owners.count <= 3, partnerNameIndex[longestPrefix] == nil {
                        if !owners.isEmpty { found.append((longestPrefix, owners, false)) }
                    } else if words.count - start >= 2,
                        (namePrefixOwners[longestPrefix]?.count ?? 0) < Self.prefixOwnerLimit
                    {
                        // Two words at least: one word at a text's end ("… MOULIN") begins too many names.
                        possible.formUnion(owners)
                    }
                } else if longestPrefix.count >= 10, partnerNameIndex[longestPrefix] == nil {
                    let owners = partnersWithPrefix(longestPrefix).filter { partnerKinds[$0] == kind }
                    if owners.count == 1, let owner = owners.first,
                        longestPrefix.count * 2 >= partnerNameKeys[owner].count
                    {
                        found.append((longestPrefix, owners, false))
                    }
                }
            }
        }
        // A name that another, longer one continues ("CONSEIL BOYER" in a cut label, "CONSEIL BOYER ET FI" in
        // a detail) says less than it: the longer one is kept.
        let kept = found.filter { entry in
            !found.contains { other in other.key.count > entry.key.count && other.key.hasPrefix(entry.key + " ") }
        }
        let exact = kept.filter(\.whole).reduce(into: Set<Int>()) { $0.formUnion($1.owners) }
        let truncated = kept.filter { !$0.whole }.reduce(into: Set<Int>()) { $0.formUnion($1.owners) }
        let named = exact.isEmpty ? truncated : exact
        return PartnerCandidates(named: named, possible: possible.subtracting(named))
    }

    func hasNamePrefix(_ key: String) -> Bool { namePrefixOwners[key] != nil }

    /// The partners (at most ``prefixOwnerLimit`` recorded) whose name key starts with `key`.
    func partnersWithPrefix(_ key: String) -> Set<Int> {
        Set(namePrefixOwners[key] ?? [])
    }

    // MARK: Bounded subset-sum

    /// A subset of `items` (signed residuals) summing to `target`, with at least two items, and whether it is
    /// the only one found within the search budget.
    func subsetSum(_ items: [Int], target: Int) -> (items: [Int], unique: Bool)? {
        var budget = configuration.subsetBudget
        return subsetSum(items, target: target, budget: &budget)
    }

    /// As ``subsetSum(_:target:)``, spending the steps from `budget`.
    func subsetSum(_ items: [Int], target: Int, budget: inout Int) -> (items: [Int], unique: Bool)? {
        let candidates = Array(items.prefix(configuration.subsetMaxItems))
        guard candidates.count >= 2 else { return nil }
        let values = candidates.map { residuals[$0] * signs[$0] }
        var positiveSuffix = [Int](repeating: 0, count: values.count + 1)
        var negativeSuffix = [Int](repeating: 0, count: values.count + 1)
        for index in stride(from: values.count - 1, through: 0, by: -1) {
            positiveSuffix[index] = positiveSuffix[index + 1] + max(values[index], 0)
            negativeSuffix[index] = negativeSuffix[index + 1] + min(values[index], 0)
        }
        var chosen: [Int] = []
        var solutions: [[Int]] = []
        func search(_ index: Int, _ sum: Int) {
            if solutions.count >= 2 || budget <= 0 { return }
            budget -= 1
            if sum == target, chosen.count >= 2 {
                solutions.append(chosen)
                return
            }
            if index == values.count { return }
            if sum + positiveSuffix[index] < target || sum + negativeSuffix[index] > target { return }
            chosen.append(index)
            search(index + 1, sum + values[index])
            chosen.removeLast()
            search(index + 1, sum)
        }
        search(0, 0)
        guard let first = solutions.first else { return nil }
        return (first.map { candidates[$0] }, solutions.count == 1 && budget > 0)
    }
}
