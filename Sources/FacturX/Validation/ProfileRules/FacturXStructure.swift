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
        /// The rule's checks.
        let checks: [Check]
        /// The next steps, by qualified name.
        let children: [String: [Step]]
        /// ``children`` by the ``RulePaths`` number of their name, for walks that compare numbers.
        let childrenByNumber: [(number: Int, steps: [Step])]
        /// The ``RulePaths`` number of the element each check counts, by check (-1 for other checks).
        let countedNames: [Int]

        /// A step of the table's tree.
        init(name: String, predicate: Predicate?, priority: Int?, checks: [Check], children: [String: [Step]]) {
            self.name = name
            self.predicate = predicate
            self.priority = priority
            self.checks = checks
            self.children = children
            let names = children.keys.sorted()
            childrenByNumber = zip(RulePaths.numbers(of: names), names).map { ($0, children[$1] ?? []) }
            countedNames = checks.map { check in
                if case .count(let name, _, _, _) = check { RulePaths.numbers(of: [name])[0] } else { -1 }
            }
        }

        /// The steps for a child element whose name has ``RulePaths`` number `number`.
        @inline(__always)
        func children(numbered number: Int) -> [Step]? {
            for entry in childrenByNumber where entry.number == number { return entry.steps }
            return nil
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
            func freeze() -> Step {
                var byName: [String: [Step]] = [:]
                for child in children { byName[child.name, default: []].append(child.freeze()) }
                return Step(name: name, predicate: predicate, priority: priority, checks: checks, children: byName)
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
        roots = top.freeze().children
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

    /// The elements failing each identifier's checks, in document order.
    func failures(in document: RuleDocument) -> [String: [RuleNode]] {
        var failures: [String: [RuleNode]] = [:]
        let lists = FacturXCodeLists.lists
        let tree = document.tree
        // How many children of each name the element being checked has, by name number in the tree.
        var counts = [Int](repeating: 0, count: tree.names.count)
        func visit(_ node: RuleNode, _ candidates: [Step]) {
            // Most steps have no predicate: the candidates themselves, without a copy.
            let matched =
                candidates.allSatisfy { $0.predicate == nil }
                ? candidates : candidates.filter { $0.predicate?.holds(on: node, in: document) ?? true }
            var best: Step?
            for step in matched {
                guard let priority = step.priority else { continue }
                if priority > (best?.priority ?? Int.min) { best = step }
            }
            if let best {
                for child in node.children { counts[child.nameID] += 1 }
                for (index, check) in best.checks.enumerated() {
                    let holds: Bool
                    if case .count(_, nil, let comparison, let limit) = check {
                        let number = tree.number(shared: best.countedNames[index])
                        holds = comparison.accepts(number < 0 ? 0 : counts[number], limit)
                    } else {
                        holds = Self.holds(check, on: node, document, lists)
                    }
                    if !holds { failures[Self.identifier(of: check).id, default: []].append(node) }
                }
                for child in node.children { counts[child.nameID] = 0 }
            }
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
        visit(document.root, roots[document.root.qualifiedName] ?? [])
        return failures
    }

    /// Whether a check holds on a node.
    private static func holds(
        _ check: Check,
        on node: RuleNode,
        _ document: RuleDocument,
        _ lists: [Set<String>]
    )
        -> Bool
    {
        switch check {
        case .count(let name, let predicate, let comparison, let limit):
            var count = 0
            for child in node.children(name) where predicate?.holds(on: child, in: document) ?? true { count += 1 }
            return comparison.accepts(count, limit)
        case .attribute(let name):
            return node.attribute(name) != nil
        case .code(let attribute, let list, _):
            let value: String
            if let attribute {
                guard let found = node.attribute(attribute) else { return true }
                value = found
            } else {
                value = node.stringValue
            }
            return value.isEmpty || lists[list].contains(value)
        }
    }
}
