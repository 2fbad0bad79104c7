// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The structure and code-list checks of one Factur-X profile Schematron: which children an element of the
/// profile must or may carry, which attributes it needs, and which codes its value or attributes accept.
///
/// The profile Schematron states these as one pattern whose rules match absolute paths (some steps with a
/// predicate, such as a tax registration whose identifier has `schemeID="VA"`); like any XSLT mode, only the
/// matching rule of highest priority fires on an element. Failed checks are reported as `STRUCT:` or `CODE:`
/// followed by what the official message quotes (`STRUCT:ram:TypeCode`, `CODE:@schemeID`).
///
/// The table (``FacturXStructureTables``) is a tree, one element per line, indented one space per level:
/// `name[predicate] priority` (the priority absent when no rule matches that path), followed by the checks of
/// its rule, each on a line `| check`:
/// - `= n name`, `<= n name`, `>= n name`: the number of such children (`name` may carry a predicate);
/// - `@ attribute`: the attribute is required;
/// - `in . list quoted` or `in @attribute list quoted`: a non-empty value must be in code list `list` of
///   ``FacturXCodeLists``.
final class FacturXStructure: Sendable {
    /// A check of a rule.
    enum Check: Sendable {
        /// `count(name[predicate]) op limit`.
        case count(name: String, predicate: Predicate?, comparison: Comparison, limit: Int)
        /// `@name` exists.
        case attribute(String)
        /// The value (`nil`: the element's, else the attribute's) is empty or in a code list.
        case code(attribute: String?, list: Int, quoted: String)
    }

    /// The comparison of a count check.
    enum Comparison: String, Sendable {
        /// `count(…) = n`.
        case exactly = "="
        /// `count(…) <= n`.
        case atMost = "<="
        /// `count(…) >= n`.
        case atLeast = ">="

        /// Whether `count` compares with `limit` as stated.
        @inline(__always)
        func accepts(_ count: Int, _ limit: Int) -> Bool {
            switch self {
            case .exactly: count == limit
            case .atMost: count <= limit
            case .atLeast: count >= limit
            }
        }
    }

    /// The predicates the profile Schematron puts on path steps and counted children.
    enum Predicate: String, Sendable {
        /// Tax registrations by scheme, allowances or charges by indicator, reason codes by list.
        case vat, fc, taxother, allowance, charge, indicatorother, listnone, list5153, listother
        /// Additional documents by type code, tax totals by currency (relative to the summation).
        case doc916, doc50, doc130, docother, invoicecurrency, taxcurrency, othercurrency
        /// Tax totals by currency, the currencies read from the document's header settlement.
        case invoicecurrencyabs, taxcurrencyabs, othercurrencyabs

        /// The predicate as the official messages quote it.
        var xpath: String {
            let settlement =
                "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/"
            switch self {
            case .vat: return "ram:ID/@schemeID=\"VA\""
            case .fc: return "ram:ID/@schemeID=\"FC\""
            case .taxother: return " not(ram:ID/@schemeID=\"VA\") and not(ram:ID/@schemeID=\"FC\")"
            case .allowance: return "ram:ChargeIndicator/udt:Indicator=\"false\""
            case .charge: return "ram:ChargeIndicator/udt:Indicator=\"true\""
            case .indicatorother:
                return
                    " not(ram:ChargeIndicator/udt:Indicator=\"false\") and not(ram:ChargeIndicator/udt:Indicator=\"true\")"
            case .listnone: return "not (@listID)"
            case .list5153: return "@listID=\"5153\""
            case .listother: return " not(not (@listID)) and not(@listID=\"5153\")"
            case .doc916: return "ram:TypeCode=\"916\""
            case .doc50: return "ram:TypeCode=\"50\""
            case .doc130: return "ram:TypeCode=\"130\""
            case .docother:
                return " not(ram:TypeCode=\"916\") and not(ram:TypeCode=\"50\") and not(ram:TypeCode=\"130\")"
            case .invoicecurrency: return "@currencyID=../../ram:InvoiceCurrencyCode"
            case .taxcurrency: return "@currencyID=../../ram:TaxCurrencyCode"
            case .othercurrency:
                return " not(@currencyID=../../ram:InvoiceCurrencyCode) and not(@currencyID=../../ram:TaxCurrencyCode)"
            case .invoicecurrencyabs: return "@currencyID=" + settlement + "ram:InvoiceCurrencyCode"
            case .taxcurrencyabs: return "@currencyID=" + settlement + "ram:TaxCurrencyCode"
            case .othercurrencyabs:
                return "not(@currencyID=\(settlement)ram:InvoiceCurrencyCode) and not(@currencyID=\(settlement)"
                    + "ram:TaxCurrencyCode)"
            }
        }

        /// Whether the predicate holds on `node` (XPath general comparisons over string values).
        func holds(on node: RuleNode, in document: RuleDocument) -> Bool {
            switch self {
            case .vat: return node.contains("ram:ID") { $0.attribute("schemeID") == "VA" }
            case .fc: return node.contains("ram:ID") { $0.attribute("schemeID") == "FC" }
            case .taxother:
                return !Predicate.vat.holds(on: node, in: document) && !Predicate.fc.holds(on: node, in: document)
            case .allowance: return node.contains("ram:ChargeIndicator/udt:Indicator") { $0.stringValue == "false" }
            case .charge: return node.contains("ram:ChargeIndicator/udt:Indicator") { $0.stringValue == "true" }
            case .indicatorother:
                return !Predicate.allowance.holds(on: node, in: document)
                    && !Predicate.charge.holds(on: node, in: document)
            case .listnone: return node.attribute("listID") == nil
            case .list5153: return node.attribute("listID") == "5153"
            case .listother: return node.attribute("listID").map { $0 != "5153" } ?? false
            case .doc916: return node.contains("ram:TypeCode") { $0.stringValue == "916" }
            case .doc50: return node.contains("ram:TypeCode") { $0.stringValue == "50" }
            case .doc130: return node.contains("ram:TypeCode") { $0.stringValue == "130" }
            case .docother:
                return !Predicate.doc916.holds(on: node, in: document)
                    && !Predicate.doc50.holds(on: node, in: document)
                    && !Predicate.doc130.holds(on: node, in: document)
            case .invoicecurrency: return Self.currency(of: node, in: "../../ram:InvoiceCurrencyCode")
            case .taxcurrency: return Self.currency(of: node, in: "../../ram:TaxCurrencyCode")
            case .othercurrency:
                return !Predicate.invoicecurrency.holds(on: node, in: document)
                    && !Predicate.taxcurrency.holds(on: node, in: document)
            case .invoicecurrencyabs:
                return Self.currency(of: node, among: Self.settlementCodes("ram:InvoiceCurrencyCode", document))
            case .taxcurrencyabs:
                return Self.currency(of: node, among: Self.settlementCodes("ram:TaxCurrencyCode", document))
            case .othercurrencyabs:
                return !Predicate.invoicecurrencyabs.holds(on: node, in: document)
                    && !Predicate.taxcurrencyabs.holds(on: node, in: document)
            }
        }

        /// `@currencyID = path`.
        private static func currency(of node: RuleNode, in path: String) -> Bool {
            guard let currency = node.attribute("currencyID") else { return false }
            return node.contains(path) { $0.stringValue == currency }
        }

        /// `@currencyID = nodes`.
        private static func currency(of node: RuleNode, among nodes: [RuleNode]) -> Bool {
            guard let currency = node.attribute("currencyID") else { return false }
            return nodes.contains { $0.stringValue == currency }
        }

        /// The header settlement's children of this name, from the root.
        private static func settlementCodes(_ name: String, _ document: RuleDocument) -> [RuleNode] {
            guard document.root.qualifiedName == "rsm:CrossIndustryInvoice" else { return [] }
            return document.fromRoot("rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/" + name)
        }
    }

    /// One node of the table's tree: a path step and, when a rule matches that path, its priority and checks.
    final class Step: Sendable {
        /// The qualified name.
        let name: String
        /// The step's predicate.
        let predicate: Predicate?
        /// The rule's priority, `nil` when no rule matches this path.
        let priority: Int?
        /// The next steps, by qualified name.
        let children: [String: [Step]]
        /// The ``RulePaths`` numbers of the names of ``children``, for walks that compare numbers.
        let childNumbers: [Int]
        /// The steps of each name of ``childNumbers``, at the same position: kept apart from the
        /// numbers, so that scanning the numbers copies (and reference-counts) no array of steps.
        let childSteps: [[Step]]
        /// The rule's checks in the form the walk evaluates, with the number of the identifier each reports.
        let compiledChecks: [CompiledCheck]
        /// The attribute names the compiled checks read, by ``CompiledCheck/attribute``.
        let attributeNames: [String]

        /// A step of the table's tree; `identifiers` numbers the identifiers its checks report.
        init(
            name: String,
            predicate: Predicate?,
            priority: Int?,
            checks: [Check],
            children: [String: [Step]],
            identifiers: [String: Int]
        ) {
            self.name = name
            self.predicate = predicate
            self.priority = priority
            self.children = children
            let names = children.keys.sorted()
            childNumbers = RulePaths.numbers(of: names)
            childSteps = names.map { children[$0] ?? [] }
            var attributeNames: [String] = []
            compiledChecks = checks.map { check in
                CompiledCheck(
                    check,
                    identifier: identifiers[FacturXStructure.identifier(of: check).id] ?? 0,
                    attributeNames: &attributeNames
                )
            }
            self.attributeNames = attributeNames
        }

        /// The steps for a child element whose name has ``RulePaths`` number `number`.
        @inline(__always)
        func children(numbered number: Int) -> [Step]? {
            childNumbers.firstIndex(of: number).map { childSteps[$0] }
        }
    }

    /// A ``Check`` as plain numbers, which the walk copies without reference counting.
    struct CompiledCheck {
        /// What is checked.
        enum Kind {
            /// Children of a name, counted.
            case count
            /// Children of a name meeting ``CompiledCheck/predicate``, counted.
            case countWhere
            /// An attribute is present.
            case attribute
            /// The element's value is empty or in a code list.
            case valueCode
            /// The attribute, when present, is empty or in a code list.
            case attributeCode
        }

        /// What is checked.
        let kind: Kind
        /// How a count compares with ``limit``.
        let comparison: Comparison
        /// The count's limit.
        let limit: Int
        /// The ``RulePaths`` number of the counted children's name.
        let name: Int
        /// The counted children's predicate.
        let predicate: Predicate?
        /// The attribute's position in the step's ``Step/attributeNames``.
        let attribute: Int
        /// The code list, in ``FacturXCodeLists/lists``.
        let list: Int
        /// The number of the identifier a failure is reported under, in ``FacturXStructure/identifiers``.
        let identifier: Int

        /// Compiles a check.
        init(_ check: Check, identifier: Int, attributeNames: inout [String]) {
            self.identifier = identifier
            func attributeNumber(_ name: String) -> Int {
                attributeNames.append(name)
                return attributeNames.count - 1
            }
            switch check {
            case .count(let name, let predicate, let comparison, let limit):
                kind = predicate == nil ? .count : .countWhere
                self.comparison = comparison
                self.limit = limit
                self.name = RulePaths.numbers(of: [name])[0]
                self.predicate = predicate
                attribute = -1
                list = -1
            case .attribute(let name):
                kind = .attribute
                comparison = .exactly
                limit = 0
                self.name = -1
                predicate = nil
                attribute = attributeNumber(name)
                list = -1
            case .code(let attributeName, let list, _):
                kind = attributeName == nil ? .valueCode : .attributeCode
                comparison = .exactly
                limit = 0
                name = -1
                predicate = nil
                attribute = attributeName.map(attributeNumber) ?? -1
                self.list = list
            }
        }
    }

    /// The first steps (the document element), by qualified name.
    let roots: [String: [Step]]
    /// The identifiers the checks can report, with the message of the first check reporting each.
    let identifiers: [(id: String, message: String)]

    /// Parses a structure table.
    init(table: String) {
        // A mutable tree first, frozen into `Step`s once read.
        final class Draft {
            let name: String
            let predicate: Predicate?
            var priority: Int?
            var checks: [Check] = []
            var children: [Draft] = []
            init(_ name: String, _ predicate: Predicate?) {
                self.name = name
                self.predicate = predicate
            }
            func freeze(_ identifiers: [String: Int]) -> Step {
                var byName: [String: [Step]] = [:]
                for child in children { byName[child.name, default: []].append(child.freeze(identifiers)) }
                return Step(
                    name: name,
                    predicate: predicate,
                    priority: priority,
                    checks: checks,
                    children: byName,
                    identifiers: identifiers
                )
            }
        }
        let top = Draft("", nil)
        var stack: [Draft] = [top]
        var identifiers: [(id: String, message: String)] = []
        var known: Set<String> = []
        for rawLine in table.split(separator: "\n") {
            let depth = rawLine.prefix { $0 == " " }.count
            let line = rawLine.dropFirst(depth)
            if line.hasPrefix("| ") {
                guard let current = stack.last else { continue }
                let check = Self.check(String(line.dropFirst(2)))
                current.checks.append(check)
                let (id, message) = Self.identifier(of: check)
                if known.insert(id).inserted { identifiers.append((id, message)) }
                continue
            }
            let parts = line.split(separator: " ")
            let (name, predicate) = Self.step(String(parts[0]))
            let draft = Draft(name, predicate)
            if parts.count > 1 { draft.priority = Int(parts[1]) }
            stack.removeSubrange((depth + 1)...)
            stack[depth].children.append(draft)
            stack.append(draft)
        }
        let numbers = Dictionary(identifiers.enumerated().map { ($1.id, $0) }) { first, _ in first }
        roots = top.freeze(numbers).children
        self.identifiers = identifiers
    }

    /// `name` or `name[predicate]`.
    private static func step(_ text: String) -> (String, Predicate?) {
        guard let bracket = text.firstIndex(of: "[") else { return (text, nil) }
        let name = String(text[..<bracket])
        let token = text[text.index(after: bracket)...].dropLast()
        return (name, Predicate(rawValue: String(token)))
    }

    /// One check line.
    private static func check(_ text: String) -> Check {
        let parts = text.split(separator: " ", maxSplits: 3).map(String.init)
        switch parts[0] {
        case "@":
            return .attribute(parts[1])
        case "in":
            return .code(
                attribute: parts[1] == "." ? nil : String(parts[1].dropFirst()),
                list: Int(parts[2]) ?? 0,
                quoted: parts[3]
            )
        default:
            let (name, predicate) = step(parts[2])
            return .count(
                name: name,
                predicate: predicate,
                comparison: Comparison(rawValue: parts[0]) ?? .exactly,
                limit: Int(parts[1]) ?? 0
            )
        }
    }

    /// The reported identifier and official message of a check.
    static func identifier(of check: Check) -> (id: String, message: String) {
        switch check {
        case .count(let name, let predicate, let comparison, let limit):
            let quoted = predicate.map { name + "[" + $0.xpath + "]" } ?? name
            let element = predicate == nil ? "Element '\(quoted)'" : "Element variant '\(quoted)'"
            let rule =
                switch comparison {
                case .exactly: "must occur exactly \(limit) times."
                case .atMost: "may occur at maximum \(limit) times."
                case .atLeast: "must occur at least \(limit) times."
                }
            return ("STRUCT:" + quoted, element + " " + rule)
        case .attribute(let name):
            return ("STRUCT:@" + name, "Attribute '@\(name)' is required in this context.")
        case .code(_, _, let quoted):
            return ("CODE:" + quoted, "Value of '\(quoted)' is not allowed.")
        }
    }

    /// The elements failing each identifier's checks, by identifier number (the order of ``identifiers``),
    /// in document order.
    func failures(in document: RuleDocument) -> [[RuleNode]] {
        var walk = Walk(document: document, identifierCount: identifiers.count)
        walk.visit(document.root, roots[document.root.qualifiedName] ?? [])
        return walk.failures
    }

    /// One walk of a document against the table: its state in one value passed down the recursion
    /// (a nested function capturing mutable locals would box them and check each access dynamically).
    private struct Walk: ~Copyable {
        let document: RuleDocument
        /// The document's tree, which the document keeps alive: read without reference counting.
        unowned(unsafe) let tree: RuleTree
        let lists = FacturXCodeLists.lists
        /// How many children of each name the element being checked has, by name number in the tree;
        /// all zero between elements.
        let counts: UnsafeMutableBufferPointer<Int32>
        /// The elements failing each identifier's checks.
        var failures: [[RuleNode]]

        init(document: RuleDocument, identifierCount: Int) {
            self.document = document
            tree = document.tree
            counts = .allocate(capacity: document.tree.names.count)
            counts.initialize(repeating: 0)
            failures = [[RuleNode]](repeating: [], count: identifierCount)
        }

        deinit {
            counts.deallocate()
        }

        mutating func visit(_ node: RuleNode, _ candidates: [Step]) {
            // Most steps have no predicate: the candidates themselves, without a copy.
            let matched =
                candidates.allSatisfy { $0.predicate == nil }
                ? candidates : candidates.filter { $0.predicate?.holds(on: node, in: document) ?? true }
            var best: Step?
            for step in matched {
                guard let priority = step.priority else { continue }
                if priority > (best?.priority ?? Int.min) { best = step }
            }
            if let best { check(node, against: best) }
            if matched.isEmpty { return }
            for child in node.children {
                let number = child.sharedNameID
                if matched.count == 1 {
                    if let next = matched[0].children(numbered: number) { visit(child, next) }
                    continue
                }
                var next: [Step] = []
                for step in matched { next += step.children(numbered: number) ?? [] }
                if !next.isEmpty { visit(child, next) }
            }
        }

        /// Runs the checks of the rule `step` states on `node`.
        private mutating func check(_ node: RuleNode, against step: Step) {
            for child in node.children { counts[child.nameID] += 1 }
            defer { for child in node.children { counts[child.nameID] = 0 } }
            step.compiledChecks.withUnsafeBufferPointer { checks in
                for check in checks where !holds(check, on: node, step) {
                    failures[check.identifier].append(node)
                }
            }
        }

        /// Whether a check holds on `node`, checked against the rule of `step`.
        private func holds(_ check: CompiledCheck, on node: RuleNode, _ step: Step) -> Bool {
            switch check.kind {
            case .count:
                let number = tree.number(shared: check.name)
                return check.comparison.accepts(number < 0 ? 0 : Int(counts[number]), check.limit)
            case .countWhere:
                let number = tree.number(shared: check.name)
                var count = 0
                if number >= 0, counts[number] > 0 {
                    for child in node.children
                    where child.nameID == number && check.predicate?.holds(on: child, in: document) ?? true {
                        count += 1
                    }
                }
                return check.comparison.accepts(count, check.limit)
            case .attribute:
                return node.attribute(step.attributeNames[check.attribute]) != nil
            case .valueCode:
                let value = node.stringValue
                return value.isEmpty || lists[check.list].contains(value)
            case .attributeCode:
                guard let value = node.attribute(step.attributeNames[check.attribute]) else { return true }
                return value.isEmpty || lists[check.list].contains(value)
            }
        }
    }
}
