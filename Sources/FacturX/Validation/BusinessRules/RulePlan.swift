// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Synchronization

/// The rules one validation runs, in report order, with the rules several sets share worked out
/// once: a Factur-X profile Schematron restates about a hundred CEN rules unchanged, and the
/// profile set holds the very same ``BusinessRule`` objects, so the engine checks each once and
/// reports its verdict under both sets.
struct RulePlan: Sendable {
    /// One rule to report, under one set.
    struct Step: Sendable {
        /// The rule.
        let rule: BusinessRule
        /// The set its violations are reported under.
        let ruleSet: BusinessRuleSet
        /// The slot of an earlier step's violations to report instead of checking the rule again.
        let reuses: Int?
        /// The slot to keep this step's violations in, for a later step that reuses them.
        let keeps: Int?
        /// The number of the rule's batch in ``RulePlan/batches``, -1 for a rule outside any batch.
        let batch: Int
        /// The rule's position in its batch.
        let position: Int
    }

    /// The steps, in report order.
    let steps: [Step]
    /// How many steps keep their violations.
    let keptCount: Int
    /// The batches of the steps' rules, each evaluated once per document; the engine passes over a
    /// batched step that nothing fails without touching its rule.
    let batches: [RuleBatch]

    /// Plans rule sets given in report order.
    init(_ sets: [(ruleSet: BusinessRuleSet, rules: [BusinessRule])]) {
        var first: [ObjectIdentifier: Int] = [:]
        var flat: [(rule: BusinessRule, ruleSet: BusinessRuleSet, original: Int?)] = []
        for (ruleSet, rules) in sets {
            for rule in rules {
                let identity = ObjectIdentifier(rule)
                if let original = first[identity] {
                    flat.append((rule, ruleSet, original))
                } else {
                    first[identity] = flat.count
                    flat.append((rule, ruleSet, nil))
                }
            }
        }
        var slots: [Int: Int] = [:]
        for entry in flat {
            if let original = entry.original, slots[original] == nil { slots[original] = slots.count }
        }
        var batches: [RuleBatch] = []
        var batchNumbers: [ObjectIdentifier: Int] = [:]
        steps = flat.enumerated().map { position, entry in
            var batch = -1
            if let (ruleBatch, _) = entry.rule.batch {
                batch =
                    batchNumbers[ObjectIdentifier(ruleBatch)]
                    ?? {
                        batches.append(ruleBatch)
                        batchNumbers[ObjectIdentifier(ruleBatch)] = batches.count - 1
                        return batches.count - 1
                    }()
            }
            return Step(
                rule: entry.rule,
                ruleSet: entry.ruleSet,
                reuses: entry.original.flatMap { slots[$0] },
                keeps: slots[position],
                batch: batch,
                position: entry.rule.batch?.position ?? 0
            )
        }
        keptCount = slots.count
        self.batches = batches
    }

    /// What decides a plan: the sets asked for, the syntax and what ``RuleEngine/rules(of:syntax:guidelineID:)``
    /// reads from the specification identifier (the profile, and whether it names XRechnung).
    private struct Key: Hashable {
        let ruleSets: Set<BusinessRuleSet>
        let isUBL: Bool
        let profile: FacturXProfile?
        let isXRechnung: Bool
    }

    /// The plans made so far: a few, one per combination of sets, syntax and profile met.
    private static let plans = Mutex<[Key: RulePlan]>([:])

    /// The plan for a document of this syntax and specification identifier, made on first use.
    static func cached(ruleSets: Set<BusinessRuleSet>, syntax: InvoiceSyntax, guidelineID: String?) -> RulePlan {
        let key = Key(
            ruleSets: ruleSets,
            isUBL: syntax.isUBL,
            profile: guidelineID.flatMap(FacturXProfile.init(guidelineID:)),
            isXRechnung: (guidelineID ?? "").lowercased().contains("xrechnung")
        )
        if let plan = plans.withLock({ $0[key] }) { return plan }
        let plan = RulePlan(
            BusinessRuleSet.all.filter(ruleSets.contains).map { ruleSet in
                (ruleSet, RuleEngine.rules(of: ruleSet, syntax: syntax, guidelineID: guidelineID))
            }
        )
        plans.withLock { $0[key] = plan }
        return plan
    }
}
