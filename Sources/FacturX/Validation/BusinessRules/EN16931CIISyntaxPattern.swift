// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Synchronization

/// The CII syntax-binding rules of the CEN artefacts (CII-SR, structure, and CII-DT, data types),
/// stated as the official pattern `EN16931-CII-Syntax` states them: an ordered list of rule
/// contexts, each with its assertions.
///
/// Schematron checks an element against the first rule of a pattern whose context matches it
/// only: an `ram:TypeCode` of the document header is checked by the `//ram:TypeCode` rule and
/// never by the later rule written for it. The contexts are therefore resolved together, in one
/// walk over the document, each element going to the first rule that matches it.
enum EN16931CIISyntax {
    /// A condition on a context element, true when the rule holds.
    typealias Condition = @Sendable (RuleNode, RuleDocument) -> Bool

    /// Where a rule of the pattern applies.
    enum Context: Sendable {
        /// An XPath location path of qualified names: absolute from the root when it starts with
        /// one `/`, anywhere when it starts with `//`; optionally `[@name = 'value']` on the last step.
        case path(String, attribute: (name: String, value: String)? = nil)
        /// A union of absolute paths.
        case paths([String])
        /// `//prefix:*[ends-with(name(), 'suffix')]` (any namespace when `prefix` is `nil`),
        /// optionally `and not(self::except)`.
        case nameSuffix(String?, String, except: String? = nil)
    }

    /// What an assertion tests on its context element.
    enum Test: Sendable {
        /// `not(path)`.
        case absent(String)
        /// `count(path) <= 1`.
        case atMostOne(String)
        /// `count(path) = 1`.
        case exactlyOne(String)
        /// `not(@name)`.
        case noAttribute(String)
        /// Any other condition.
        case custom(Condition)
    }

    /// One assertion: the official identifier, flag and text, and its test.
    struct Check: Sendable {
        /// The official identifier.
        let id: String
        /// The official flag.
        let severity: RuleViolation.Severity
        /// The test.
        let test: Test
        /// The official text, without its `[id] -` prefix.
        let message: String

        /// A warning.
        static func warning(_ id: String, _ test: Test, _ message: String) -> Check {
            Check(id: id, severity: .warning, test: test, message: message)
        }

        /// A fatal error.
        static func fatal(_ id: String, _ test: Test, _ message: String) -> Check {
            Check(id: id, severity: .fatal, test: test, message: message)
        }
    }

    /// One rule of the pattern: its context and its assertions.
    struct PatternRule: Sendable {
        /// The context.
        let context: Context
        /// The assertions, in the official order.
        let checks: [Check]

        init(_ context: Context, _ checks: [Check]) {
            self.context = context
            self.checks = checks
        }
    }

    /// The business rules of the pattern, one per assertion.
    ///
    /// The whole pattern is evaluated in one pass per document (see ``Pattern/failures(in:)``): a
    /// rule's context is then the elements that fail its assertion, and its test, the official
    /// one, holds on none of them.
    static let rules: [BusinessRule] = rules(of: patternRules, key: "EN16931CIISyntax.failures")

    /// The business rules of a pattern stated like this one (another artefact's variant of it), one per
    /// assertion; `key` names the pattern's verdicts among the document's memoized results.
    static func rules(of patternRules: [PatternRule], key: String) -> [BusinessRule] {
        let pattern = Pattern(patternRules, key: key)
        let batch = RuleBatch(failures: pattern.failures(in:))
        var rules: [BusinessRule] = []
        var index = 0
        for rule in patternRules {
            for check in rule.checks {
                let position = index
                rules.append(
                    BusinessRule(
                        check.id,
                        check.severity,
                        message: check.message,
                        in: batch,
                        at: position,
                        test: condition(check.test)
                    )
                )
                index += 1
            }
        }
        return rules
    }

    /// The condition a test states.
    private static func condition(_ test: Test) -> Condition {
        switch test {
        case .absent(let path):
            let steps = Steps(path)
            return { node, _ in steps.count(from: node, upTo: 1) == 0 }
        case .atMostOne(let path):
            let steps = Steps(path)
            return { node, _ in steps.count(from: node, upTo: 2) <= 1 }
        case .exactlyOne(let path):
            let steps = Steps(path)
            return { node, _ in steps.count(from: node, upTo: 2) == 1 }
        case .noAttribute(let name):
            return { node, _ in node.attribute(name) == nil }
        case .custom(let condition):
            return condition
        }
    }

    /// A relative path of child steps, split once.
    struct Steps: Sendable {
        /// The steps' names, by their ``RulePaths`` number.
        private let names: [Int]

        init(_ path: String) {
            names = RulePaths.numbers(of: path.split(separator: "/").map(String.init))
        }

        /// The number of nodes the path selects from `node`, counting no further than `limit`.
        func count(from node: RuleNode, upTo limit: Int) -> Int {
            var found = 0
            visit(node, 0, &found, limit)
            return found
        }

        private func visit(_ node: RuleNode, _ depth: Int, _ found: inout Int, _ limit: Int) {
            let name = node.tree.number(shared: names[depth])
            if name < 0 { return }
            let last = depth == names.count - 1
            for child in node.children where child.nameID == name {
                if last {
                    found += 1
                } else {
                    visit(child, depth + 1, &found, limit)
                }
                if found >= limit { return }
            }
        }
    }

    /// A context, ready to be tested on an element (a class: shared, not copied, by the walk).
    final class Matcher: Sendable {
        /// The location paths, their steps (by ``RulePaths`` number) and whether they start at the root
        /// (none for name-suffix contexts).
        private let alternatives: [(steps: [Int], anchored: Bool)]
        private let attribute: (name: String, value: String)?
        private let suffix: (prefix: String?, suffix: String, except: String?)?

        init(_ context: Context) {
            switch context {
            case .path(let path, let attribute):
                alternatives = [Matcher.parse(path)]
                self.attribute = attribute
                suffix = nil
            case .paths(let paths):
                alternatives = paths.map(Matcher.parse)
                attribute = nil
                suffix = nil
            case .nameSuffix(let prefix, let suffix, let except):
                alternatives = []
                attribute = nil
                self.suffix = (prefix, suffix, except)
            }
        }

        private static func parse(_ path: String) -> (steps: [Int], anchored: Bool) {
            (RulePaths.numbers(of: path.split(separator: "/").map(String.init)), !path.hasPrefix("//"))
        }

        /// The ``RulePaths`` numbers of the names a matching element may have, `nil` for a name-suffix
        /// context (any name with the suffix).
        var lastSteps: [Int]? {
            suffix == nil ? alternatives.compactMap(\.steps.last) : nil
        }

        /// Whether an element with this name may match (the test that depends on the name only).
        func mayMatch(_ node: RuleNode) -> Bool {
            if let suffix {
                if let prefix = suffix.prefix, !node.qualifiedName.hasPrefix(prefix) { return false }
                return node.name.hasSuffix(suffix.suffix) && node.qualifiedName != suffix.except
            }
            let number = node.sharedNameID
            return alternatives.contains { $0.steps.last == number }
        }

        /// Whether an element that ``mayMatch(_:)`` matches.
        func matches(_ node: RuleNode) -> Bool {
            if suffix != nil { return true }
            if let attribute, node.attribute(attribute.name) != attribute.value { return false }
            return alternatives.contains { alternative in
                var current: RuleNode? = node
                for step in alternative.steps.reversed() {
                    guard let candidate = current, candidate.sharedNameID == step else { return false }
                    current = candidate.parent
                }
                return !alternative.anchored || current == nil
            }
        }
    }

    /// The pattern, ready to be evaluated on a document.
    struct Pattern: Sendable {
        /// One rule of the pattern, compiled.
        private struct Compiled: Sendable {
            let matcher: Matcher
            /// How each assertion decides, in order.
            let verdicts: [Verdict]
            /// The index of the rule's first assertion among all the pattern's assertions.
            let offset: Int
            /// The path tests grouped by their first step (see `byFirstStep`).
            let firstStepTests: [Int]
            /// The range of `firstStepTests` that holds the path tests of each first step, by its
            /// ``RulePaths`` number (ranges rather than arrays: the scan copies them for free).
            let byFirstStep: [Int: Range<Int>]
            /// The steps after the first of each path test, `nil` for one-step paths and other tests.
            let rests: [Steps?]
            /// The path tests that fail when their path selects nothing (`count(path) = 1`).
            let failingWhenNone: [Int]
            /// The `not(@name)` tests.
            let forbiddenAttributes: [(index: Int, name: String)]
            /// The other tests that are not path counts.
            let conditions: [(index: Int, condition: Condition)]
        }

        private let rules: [Compiled]
        /// Each rule's context matcher, by rule index (the walk reads only these).
        private let matchers: [Matcher]
        private let checkCount: Int
        /// The most assertions one rule has.
        private let maximumTestCount: Int
        /// The rules whose context may match an element, by the ``RulePaths`` number of its name
        /// (name-suffix contexts aside).
        private let rulesByLastStep: [Int: [Int]]
        /// The rules with a name-suffix context.
        private let suffixRules: [Int]
        /// The rules an element may match, by the ``RulePaths`` number of its name, found once per
        /// process (the pattern is shared by every validation).
        private let candidates = Candidates()

        /// The candidate rules by name, behind a lock.
        private final class Candidates: Sendable {
            let byName = Mutex<[Int: [Int]]>([:])
        }
        /// The name of the pattern's verdicts among the document's memoized results.
        private let key: String

        /// How an assertion decides on a context element.
        private enum Verdict: Sendable {
            /// From the number of nodes its path selects: at most `maximum`, at least `minimum`.
            case count(minimum: Int, maximum: Int)
            /// From the element itself.
            case condition(Condition)

            init(_ test: Test) {
                switch test {
                case .absent: self = .count(minimum: 0, maximum: 0)
                case .atMostOne: self = .count(minimum: 0, maximum: 1)
                case .exactlyOne: self = .count(minimum: 1, maximum: 1)
                case .noAttribute(let name): self = .condition({ node, _ in node.attribute(name) == nil })
                case .custom(let condition): self = .condition(condition)
                }
            }
        }

        init(_ patternRules: [PatternRule], key: String) {
            self.key = key
            var offset = 0
            rules = patternRules.map { rule in
                var byFirstStep: [Int: [Int]] = [:]
                var rests: [Steps?] = []
                for (index, check) in rule.checks.enumerated() {
                    var rest: Steps?
                    switch check.test {
                    case .absent(let path), .atMostOne(let path), .exactlyOne(let path):
                        let steps = path.split(separator: "/").map(String.init)
                        byFirstStep[RulePaths.numbers(of: [steps[0]])[0], default: []].append(index)
                        if steps.count > 1 { rest = Steps(steps.dropFirst().joined(separator: "/")) }
                    case .noAttribute, .custom:
                        break
                    }
                    rests.append(rest)
                }
                defer { offset += rule.checks.count }
                let verdicts = rule.checks.map { Verdict($0.test) }
                var firstStepTests: [Int] = []
                var firstStepRanges: [Int: Range<Int>] = [:]
                for (name, tests) in byFirstStep {
                    firstStepRanges[name] = firstStepTests.count..<firstStepTests.count + tests.count
                    firstStepTests.append(contentsOf: tests)
                }
                return Compiled(
                    matcher: Matcher(rule.context),
                    verdicts: verdicts,
                    offset: offset,
                    firstStepTests: firstStepTests,
                    byFirstStep: firstStepRanges,
                    rests: rests,
                    failingWhenNone: verdicts.indices.filter {
                        if case .count(let minimum, _) = verdicts[$0] { minimum > 0 } else { false }
                    },
                    forbiddenAttributes: rule.checks.enumerated().compactMap { index, check in
                        if case .noAttribute(let name) = check.test { (index, name) } else { nil }
                    },
                    conditions: rule.checks.enumerated().compactMap { index, check in
                        if case .custom(let condition) = check.test { (index, condition) } else { nil }
                    }
                )
            }
            checkCount = offset
            matchers = rules.map(\.matcher)
            maximumTestCount = rules.map(\.verdicts.count).max() ?? 0
            var byLastStep: [Int: [Int]] = [:]
            var suffixRules: [Int] = []
            for (index, rule) in rules.enumerated() {
                if let names = rule.matcher.lastSteps {
                    for name in Set(names) { byLastStep[name, default: []].append(index) }
                } else {
                    suffixRules.append(index)
                }
            }
            rulesByLastStep = byLastStep
            self.suffixRules = suffixRules
        }

        /// The elements that fail each assertion, by assertion index, computed once per document.
        func failures(in document: RuleDocument) -> [[RuleNode]] {
            document.memoized(key) { () -> [[RuleNode]] in
                var failures = [[RuleNode]](repeating: [], count: checkCount)
                let contexts = contexts(of: document)
                var scratch = Scratch(nameCount: document.tree.names.count, testCount: maximumTestCount)
                for index in rules.indices where !contexts[index].isEmpty {
                    evaluate(rules[index], number: index, on: contexts[index], document, &scratch, into: &failures)
                }
                return failures
            }
        }

        /// The working arrays of one evaluation, shared by its rules: each rule leaves the counts at
        /// zero and `selecting` empty, and marks the names it looked up with its own number.
        private struct Scratch {
            /// The number of nodes each path test selected on the current element, by test.
            var counts: [Int]
            /// The path tests whose path selected something on the current element.
            var selecting: [Int] = []
            /// The path tests a child name starts, by name number in the tree (most names start none):
            /// a range of the rule's `firstStepTests`.
            var started: [Range<Int>]
            /// The number of the rule each entry of `started` was looked up for, -1 for none.
            var startedBy: [Int32]

            init(nameCount: Int, testCount: Int) {
                counts = [Int](repeating: 0, count: testCount)
                started = [Range<Int>](repeating: 0..<0, count: nameCount)
                startedBy = [Int32](repeating: -1, count: nameCount)
            }
        }

        /// Evaluates a rule's assertions on its context elements: one scan of each element's
        /// children counts what every path test selects.
        private func evaluate(
            _ rule: Compiled,
            number: Int,
            on nodes: [RuleNode],
            _ document: RuleDocument,
            _ scratch: inout Scratch,
            into failures: inout [[RuleNode]]
        ) {
            let stamp = Int32(number)
            for node in nodes {
                for child in node.children {
                    let id = child.nameID
                    if scratch.startedBy[id] != stamp {
                        scratch.started[id] = rule.byFirstStep[child.sharedNameID] ?? 0..<0
                        scratch.startedBy[id] = stamp
                    }
                    for position in scratch.started[id] {
                        let index = rule.firstStepTests[position]
                        let selected = rule.rests[index]?.count(from: child, upTo: 2) ?? 1
                        if selected > 0, scratch.counts[index] == 0 { scratch.selecting.append(index) }
                        scratch.counts[index] += selected
                    }
                }
                // The path tests that selected nothing hold, but `count(path) = 1`.
                for index in rule.failingWhenNone where scratch.counts[index] == 0 {
                    failures[rule.offset + index].append(node)
                }
                while let index = scratch.selecting.popLast() {
                    if case .count(let minimum, let maximum) = rule.verdicts[index],
                        scratch.counts[index] < minimum || scratch.counts[index] > maximum
                    {
                        failures[rule.offset + index].append(node)
                    }
                    scratch.counts[index] = 0
                }
                // Most elements have no attribute at all.
                if !node.attributes.isEmpty {
                    for (index, name) in rule.forbiddenAttributes where node.attribute(name) != nil {
                        failures[rule.offset + index].append(node)
                    }
                }
                for (index, condition) in rule.conditions where !condition(node, document) {
                    failures[rule.offset + index].append(node)
                }
            }
        }

        /// The elements each rule checks, by rule index: every element goes to the first rule
        /// whose context matches it.
        private func contexts(of document: RuleDocument) -> [[RuleNode]] {
            var buckets = [[RuleNode]](repeating: [], count: rules.count)
            // The rules an element may match, by name number (most names match none); sized once.
            var candidates = [[Int]?](repeating: nil, count: document.tree.names.count)
            func visit(_ node: RuleNode) {
                let id = node.nameID
                let possible: [Int]
                if let known = candidates[id] {
                    possible = known
                } else {
                    let shared = node.sharedNameID
                    if let known = self.candidates.byName.withLock({ $0[shared] }) {
                        possible = known
                    } else {
                        possible =
                            ((rulesByLastStep[shared] ?? []) + suffixRules.filter { rules[$0].matcher.mayMatch(node) })
                            .sorted()
                        self.candidates.byName.withLock { $0[shared] = possible }
                    }
                    candidates[id] = possible
                }
                if !possible.isEmpty, let rule = possible.first(where: { matchers[$0].matches(node) }) {
                    buckets[rule].append(node)
                }
                for child in node.children { visit(child) }
            }
            visit(document.root)
            return buckets
        }
    }
}
