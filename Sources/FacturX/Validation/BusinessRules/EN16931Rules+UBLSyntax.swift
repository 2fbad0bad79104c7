// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The UBL syntax-binding rules of the CEN artefacts (pattern `UBL-syntax`): cardinalities the UBL
/// schema leaves open (UBL-SR), data-type restrictions (UBL-DT) and elements an EN 16931 invoice
/// should not use (UBL-CR).
///
/// All the rules of the pattern check each element against the first rule context it matches; the
/// contexts below are disjoint (the only overlap, an allowance/charge whose indicators say both
/// `false` and `true`, is resolved for the allowance, as the artefact's rule order does).
extension EN16931Rules {
    /// The UBL syntax-binding rules of the CEN artefacts: UBL-SR, UBL-DT and UBL-CR.
    static let ublSyntax: [BusinessRule] =
        UBLSyntax.rootRules + UBLSyntax.elementRules + UBLSyntax.dataTypeRules + UBLSyntax.tableRules
}

/// The UBL syntax-binding rules, by rule context.
private enum UBLSyntax {
    /// The elements a rule is checked on.
    typealias Context = @Sendable (RuleDocument) -> [RuleNode]

    private static let supplier = "cac:AccountingSupplierParty/cac:Party"
    private static let customer = "cac:AccountingCustomerParty/cac:Party"

    // MARK: - Contexts

    /// `/ubl:Invoice | /cn:CreditNote`: the rule set runs only on those roots.
    @Sendable static func root(_ document: RuleDocument) -> [RuleNode] {
        [document.root]
    }

    /// `cac:AllowanceCharge[cbc:ChargeIndicator = false()]`.
    @Sendable static func allowances(_ document: RuleDocument) -> [RuleNode] {
        document.all("cac:AllowanceCharge").filter { RuleBinding.ublIndicatorIs($0, false) }
    }

    /// `cac:AllowanceCharge[cbc:ChargeIndicator = true()]`, less those the allowance context took.
    @Sendable static func charges(_ document: RuleDocument) -> [RuleNode] {
        document.all("cac:AllowanceCharge").filter {
            RuleBinding.ublIndicatorIs($0, true) && !RuleBinding.ublIndicatorIs($0, false)
        }
    }

    private static func all(_ name: String) -> Context {
        { document in document.all(name) }
    }

    // MARK: - Rules

    /// `count(path) <= limit` on every context node.
    private static func atMost(
        _ limit: Int,
        _ id: String,
        _ path: String,
        _ message: String,
        in context: @escaping Context
    ) -> BusinessRule {
        let steps = path.split(separator: "/").map(String.init)
        return BusinessRule(id, message: message, context: context) { node, _ in
            node.ublCount(steps[...], isAtMost: limit)
        }
    }

    /// UBL-SR rules on the root.
    static let rootRules: [BusinessRule] = {
        let once: [(String, String, String)] = [
            ("UBL-SR-01", "cac:ContractDocumentReference/cbc:ID", "Contract identifier shall occur maximum once."),
            ("UBL-SR-02", "cac:ReceiptDocumentReference/cbc:ID", "Receive advice identifier shall occur maximum once"),
            (
                "UBL-SR-03", "cac:DespatchDocumentReference/cbc:ID",
                "Despatch advice identifier shall occur maximum once"
            ),
            ("UBL-SR-05", "cac:PaymentTerms/cbc:Note", "Payment terms shall occur maximum once"),
            ("UBL-SR-08", "cac:InvoicePeriod", "Invoice period shall occur maximum once"),
            (
                "UBL-SR-09", supplier + "/cac:PartyLegalEntity/cbc:RegistrationName",
                "Seller name shall occur maximum once"
            ),
            ("UBL-SR-10", supplier + "/cac:PartyName/cbc:Name", "Seller trader name shall occur maximum once"),
            (
                "UBL-SR-11", supplier + "/cac:PartyLegalEntity/cbc:CompanyID",
                "Seller legal registration identifier shall occur maximum once"
            ),
            (
                "UBL-SR-14", supplier + "/cac:PartyLegalEntity/cbc:CompanyLegalForm",
                "Seller additional legal information shall occur maximum once"
            ),
            (
                "UBL-SR-15", customer + "/cac:PartyLegalEntity/cbc:RegistrationName",
                "Buyer name shall occur maximum once"
            ),
            ("UBL-SR-16", customer + "/cac:PartyIdentification/cbc:ID", "Buyer identifier shall occur maximum once"),
            (
                "UBL-SR-17", customer + "/cac:PartyLegalEntity/cbc:CompanyID",
                "Buyer legal registration identifier shall occur maximum once"
            ),
            ("UBL-SR-24", "cac:Delivery", "Deliver to information shall occur maximum once"),
            ("UBL-SR-39", "cac:ProjectReference/cbc:ID", "Project reference shall occur maximum once."),
            ("UBL-SR-40", customer + "/cac:PartyName/cbc:Name", "Buyer trade name shall occur maximum once"),
            ("UBL-SR-45", "cac:PaymentMeans/cbc:PaymentDueDate", "Due Date shall occur maximum once"),
            ("UBL-SR-49", "cac:InvoicePeriod/cbc:DescriptionCode", "Value tax point date shall occur maximum once"),
            (
                "UBL-SR-54", "cac:PaymentMeans/cac:CardAccount",
                "An Invoice shall contain maximum one Payment Card account (BG-18)."
            ),
            (
                "UBL-SR-55", "cac:PaymentMeans/cac:PaymentMandate",
                "An Invoice shall contain maximum one Payment Mandate (BG-19)."
            ),
            (
                "UBL-SR-56", "cac:OriginatorDocumentReference/cbc:ID",
                "An Invoice shall contain maximum one Originator document reference identifier (BT-17)."
            ),
        ]
        var rules = once.map { id, path, message in atMost(1, id, path, message, in: root) }
        rules += [
            BusinessRule("UBL-SR-04", message: "Invoice object identifier shall occur maximum once", context: root) {
                invoice,
                _ in
                invoice.ublCount("cac:AdditionalDocumentReference/cbc:ID", isAtMost: 1) {
                    $0.parent.map(isInvoicedObject) ?? false
                }
            },
            vatIdentifierRule("UBL-SR-12", supplier, isVAT: true, "Seller VAT identifier shall occur maximum once"),
            vatIdentifierRule("UBL-SR-13", supplier, isVAT: false, "Seller tax registration shall occur maximum once"),
            vatIdentifierRule("UBL-SR-18", customer, isVAT: true, "Buyer VAT identifier shall occur maximum once"),
            BusinessRule("UBL-SR-29", message: "Bank creditor reference shall occur maximum once", context: root) {
                _,
                document in
                var count = 0
                for node in document.all("cac:PartyIdentification", "cbc:ID")
                where node.attribute("schemeID")?.uppercased() == "SEPA" {
                    count += 1
                }
                return count <= 1
            },
            BusinessRule(
                "UBL-SR-44",
                message:
                    "An Invoice may only have one unique PaymentID, but the PaymentID may be used for multiple PaymentMeans",
                context: root
            ) { _, document in hasOneValueAtMost(document.all("cbc:PaymentID")) },
            BusinessRule("UBL-SR-46", message: "Payment means text shall occur maximum once", context: root) {
                invoice,
                _ in
                invoice.ublCount("cac:PaymentMeans/cbc:PaymentMeansCode", isAtMost: 1) { $0.attribute("name") != nil }
            },
            BusinessRule(
                "UBL-SR-47",
                message: "When there are more than one payment means code, they shall be equal",
                context: root
            ) { _, document in hasOneValueAtMost(document.all("cbc:PaymentMeansCode")) },
            BusinessRule(
                "UBL-CR-002",
                .warning,
                message: "A UBL invoice should not include the UBLVersionID or it should be 2.1",
                context: root
            ) { invoice, _ in
                !invoice.containsChild("cbc:UBLVersionID") { _ in true }
                    || invoice.containsChild("cbc:UBLVersionID") { $0.stringValue == "2.1" }
            },
            BusinessRule(
                "UBL-CR-412",
                .warning,
                message: "A UBL invoice should not include the PaymentMeans PaymentDueDate",
                context: root
            ) { invoice, _ in
                invoice.qualifiedName == "cn:CreditNote" || !invoice.exists("cac:PaymentMeans/cbc:PaymentDueDate")
            },
            BusinessRule(
                "UBL-CR-665",
                .warning,
                message:
                    "A UBL invoice should not include the AdditionalDocumentReference ID schemeID unless the DocumentTypeCode equals '130'",
                context: root
            ) { _, document in
                !document.all("cac:AdditionalDocumentReference").contains { reference in
                    let codes = reference.children("cbc:DocumentTypeCode")
                    return (codes.isEmpty || codes.contains { $0.stringValue != "130" })
                        && reference.containsChild("cbc:ID") { $0.attribute("schemeID") != nil }
                }
            },
            BusinessRule(
                "UBL-CR-666",
                message:
                    "A UBL invoice shall not include an AdditionalDocumentReference simultaneously referring an Invoice Object Identifier and an Attachment",
                context: root
            ) { _, document in
                !document.all("cac:AdditionalDocumentReference").contains {
                    isInvoicedObject($0) && $0.containsChild("cac:Attachment") { _ in true }
                }
            },
            BusinessRule(
                "UBL-CR-673",
                message:
                    "A UBL invoice shall not include an AdditionalDocumentReference simultaneously referring an Invoice Object Identifier and an Document Description",
                context: root
            ) { _, document in
                !document.all("cac:AdditionalDocumentReference").contains {
                    isInvoicedObject($0) && $0.containsChild("cbc:DocumentDescription") { _ in true }
                }
            },
        ]
        return rules
    }()

    /// `[cbc:DocumentTypeCode = '130']`: a reference to the invoiced object.
    private static func isInvoicedObject(_ reference: RuleNode) -> Bool {
        reference.containsChild("cbc:DocumentTypeCode") { $0.stringValue == "130" }
    }

    /// `count(party/cac:PartyTaxScheme[cac:TaxScheme/upper-case(cbc:ID) = 'VAT']/cbc:CompanyID) <= 1`
    /// (`!=` when `isVAT` is false).
    private static func vatIdentifierRule(_ id: String, _ party: String, isVAT: Bool, _ message: String) -> BusinessRule
    {
        BusinessRule(id, message: message, context: root) { invoice, _ in
            invoice.ublCount(party + "/cac:PartyTaxScheme/cbc:CompanyID", isAtMost: 1) { companyID in
                guard let scheme = companyID.parent else { return false }
                return scheme.containsChild("cac:TaxScheme") { taxScheme in
                    ((taxScheme.string("cbc:ID") ?? "").uppercased() == "VAT") == isVAT
                }
            }
        }
    }

    /// `count(//name[not(preceding::name/. = .)]) <= 1`: at most one distinct string value.
    private static func hasOneValueAtMost(_ nodes: [RuleNode]) -> Bool {
        guard let first = nodes.first?.stringValue else { return true }
        return nodes.allSatisfy { $0.stringValue == first }
    }

    /// XPath general comparison `lhs != rhs` over the string values of two node sets.
    private static func anyDifferent(_ lhs: [RuleNode], _ rhs: [RuleNode]) -> Bool {
        let right = rhs.map(\.stringValue)
        return lhs.contains { node in
            let value = node.stringValue
            return right.contains { $0 != value }
        }
    }

    /// UBL-SR rules on elements below the root.
    static let elementRules: [BusinessRule] = {
        let lines: Context = RuleBinding.ublLines
        let payees = all("cac:PayeeParty")
        let payeeIsNotSeller: @Sendable (RuleNode) -> Bool = { payee in
            anyDifferent(
                payee.select("cac:PartyName/cbc:Name"),
                payee.select("../" + supplier + "/cac:PartyLegalEntity/cbc:RegistrationName")
            )
        }
        return [
            atMost(
                1,
                "UBL-SR-51",
                "cac:AddressLine",
                "An address can only have one third line.",
                in: { $0.all("cac:PostalAddress") + $0.all("cac:Address") }
            ),
            atMost(
                2,
                "UBL-SR-42",
                "cac:PartyTaxScheme",
                "Party tax scheme shall occur maximum twice in accounting supplier party",
                in: { $0.all("cac:AccountingSupplierParty", "cac:Party") }
            ),
            atMost(
                1,
                "UBL-SR-33",
                "cbc:DocumentDescription",
                "Supporting document description shall occur maximum once",
                in: all("cac:AdditionalDocumentReference")
            ),
            BusinessRule(
                "UBL-SR-43",
                message:
                    "Scheme identifier shall only be used for invoiced object (document type code with value 130 or 50)",
                context: all("cac:AdditionalDocumentReference")
            ) { reference, document in
                isInvoicedObject(reference)
                    || (document.root.name == "CreditNote"
                        && reference.containsChild("cbc:DocumentTypeCode") { $0.stringValue == "50" })
                    || (!reference.containsChild("cbc:ID") { $0.attribute("schemeID") != nil }
                        && !reference.containsChild("cbc:DocumentTypeCode") { _ in true })
            },
            atMost(
                1,
                "UBL-SR-25",
                "cac:DeliveryParty/cac:PartyName/cbc:Name",
                "Deliver to party name shall occur maximum once",
                in: all("cac:Delivery")
            ),
            atMost(
                1,
                "UBL-SR-30",
                "cbc:AllowanceChargeReason",
                "Document level allowance reason shall occur maximum once",
                in: allowances
            ),
            atMost(
                1,
                "UBL-SR-31",
                "cbc:AllowanceChargeReason",
                "Document level charge reason shall occur maximum once",
                in: charges
            ),
            BusinessRule(
                "UBL-SR-53",
                message: "CompanyID (VAT Identifier) must be stated when providing the PartyTaxScheme/TaxScheme/ID.",
                context: all("cac:PartyTaxScheme")
            ) { scheme, _ in scheme.exists("cac:TaxScheme/cbc:ID") && scheme.exists("cbc:CompanyID") },
            atMost(1, "UBL-SR-34", "cbc:Note", "Invoice line note shall occur maximum once", in: lines),
            atMost(
                1,
                "UBL-SR-35",
                "cac:OrderLineReference/cbc:LineID",
                "Referenced purchase order line identifier shall occur maximum once",
                in: lines
            ),
            atMost(1, "UBL-SR-36", "cac:InvoicePeriod", "Invoice line period shall occur maximum once", in: lines),
            atMost(
                1,
                "UBL-SR-37",
                "cac:Price/cac:AllowanceCharge/cbc:Amount",
                "Item price discount shall occur maximum once",
                in: lines
            ),
            BusinessRule(
                "UBL-SR-48",
                message: "Invoice lines shall have one and only one classified tax category.",
                context: lines
            ) { line, _ in
                line.ublCount(["cac:Item", "cac:ClassifiedTaxCategory"], isAtMost: 1)
                    && !line.ublCount(["cac:Item", "cac:ClassifiedTaxCategory"], isAtMost: 0)
            },
            atMost(1, "UBL-SR-50", "cac:Item/cbc:Description", "Item description shall occur maximum once", in: lines),
            atMost(1, "UBL-SR-52", "cac:DocumentReference", "Document reference shall occur maximum once", in: lines),
            BusinessRule(
                "UBL-SR-19",
                message: "Payee name shall occur maximum once, if the Payee is different from the Seller",
                context: payees
            ) { payee, _ in payee.ublCount("cac:PartyName/cbc:Name", isAtMost: 1) && payeeIsNotSeller(payee) },
            BusinessRule(
                "UBL-SR-20",
                message: "Payee identifier shall occur maximum once, if the Payee is different from the Seller",
                context: payees
            ) { payee, _ in
                payee.ublCount("cac:PartyIdentification/cbc:ID", isAtMost: 1) {
                    ($0.attribute("schemeID") ?? "").uppercased() != "SEPA"
                } && payeeIsNotSeller(payee)
            },
            BusinessRule(
                "UBL-SR-21",
                message:
                    "Payee legal registration identifier shall occur maximum once, if the Payee is different from the Seller",
                context: payees
            ) { payee, _ in
                payee.ublCount("cac:PartyLegalEntity/cbc:CompanyID", isAtMost: 1) && payeeIsNotSeller(payee)
            },
            atMost(
                1,
                "UBL-SR-26",
                "cbc:PaymentID",
                "Payment reference shall occur maximum once",
                in: all("cac:PaymentMeans")
            ),
            atMost(
                1,
                "UBL-SR-27",
                "cbc:PaymentMeansCode",
                "Payment means text shall occur maximum once",
                in: all("cac:PaymentMeans")
            ),
            atMost(
                1,
                "UBL-SR-28",
                "cac:PaymentMandate/cbc:ID",
                "Mandate reference identifier shall occur maximum once",
                in: all("cac:PaymentMeans")
            ),
            atMost(
                1,
                "UBL-SR-06",
                "cac:InvoiceDocumentReference",
                "Preceding invoice reference shall occur maximum once",
                in: all("cac:BillingReference")
            ),
            BusinessRule(
                "UBL-SR-07",
                message: "If there is a preceding invoice reference, the preceding invoice number shall be present",
                context: all("cac:BillingReference")
            ) { reference, _ in reference.exists("cac:InvoiceDocumentReference/cbc:ID") },
            atMost(
                1,
                "UBL-SR-22",
                "cac:PartyName/cbc:Name",
                "Seller tax representative name shall occur maximum once, if the Seller has a tax representative",
                in: all("cac:TaxRepresentativeParty")
            ),
            atMost(
                1,
                "UBL-SR-23",
                "cac:PartyTaxScheme/cbc:CompanyID",
                "Seller tax representative VAT identifier shall occur maximum once, if the Seller has a tax representative",
                in: all("cac:TaxRepresentativeParty")
            ),
            atMost(
                1,
                "UBL-SR-32",
                "cac:TaxCategory/cbc:TaxExemptionReason",
                "VAT exemption reason text shall occur maximum once",
                in: all("cac:TaxSubtotal")
            ),
        ]
    }()

    /// The UBL-DT rules on amounts, binary objects and `name` attributes.
    static let dataTypeRules: [BusinessRule] = [
        BusinessRule(
            "UBL-DT-01",
            message: "Amounts shall be decimal up to two fraction digits",
            context: { UBLSyntaxScan.of($0).amounts }
        ) { amount, _ in hasAtMostTwoFractionCharacters(amount.stringValue) },
        BusinessRule(
            "UBL-DT-06",
            message: "Binary object elements shall contain the mime code attribute",
            context: { UBLSyntaxScan.of($0).binaryObjects }
        ) { object, _ in object.attribute("mimeCode") != nil },
        BusinessRule(
            "UBL-DT-07",
            message: "Binary object elements shall contain the file name attribute",
            context: { UBLSyntaxScan.of($0).binaryObjects }
        ) { object, _ in object.attribute("filename") != nil },
        documentRule("UBL-DT-18", message: "Name attribute should not be present") { document in
            UBLSyntaxScan.of(document).hasNameAttributeOutsidePaymentMeansCode
        },
    ]

    /// `string-length(substring-after(text, '.')) <= 2`, counting characters as XPath does.
    private static func hasAtMostTwoFractionCharacters(_ text: String) -> Bool {
        guard let point = text.unicodeScalars.firstIndex(of: ".") else { return true }
        return text.unicodeScalars[text.unicodeScalars.index(after: point)...].count <= 2
    }

    /// A warning checked once per document on the root. The root is its context only when the rule
    /// fails: a rule that holds costs no allocation.
    private static func documentRule(
        _ id: String,
        _ severity: RuleViolation.Severity = .warning,
        message: String,
        isViolated: @escaping @Sendable (RuleDocument) -> Bool
    ) -> BusinessRule {
        BusinessRule(id, severity, message: message, context: { isViolated($0) ? [$0.root] : [] }) { _, _ in false }
    }

    /// The rules of ``EN16931UBLSyntaxTable/forbidden``, whose verdicts are found together in one walk.
    static let tableRules: [BusinessRule] = forbiddenPathRules(EN16931UBLSyntaxTable.forbidden, key: "UBL-CR")

    /// The rules of a table written like ``EN16931UBLSyntaxTable/forbidden`` (another artefact's variant
    /// of it), found together in one walk; `key` names the table's verdicts among the document's memoized
    /// results.
    static func forbiddenPathRules(_ table: String, key: String) -> [BusinessRule] {
        let paths = UBLForbiddenPaths(table, key: key)
        return paths.rules.enumerated().map { index, rule in
            documentRule(rule.id, message: rule.message) { paths.verdicts(of: $0).isViolated[index] }
        }
    }
}

/// The paths of ``EN16931UBLSyntaxTable/forbidden``, merged into a tree of steps so that one walk of
/// the document finds every forbidden node, however many rules share a prefix (131 rules start from
/// each invoice line).
private struct UBLForbiddenPaths: Sendable {
    /// A step of the merged paths.
    struct Step: Sendable {
        /// The next steps, by qualified name.
        var children: [String: Int] = [:]
        /// The rules that reaching this step violates.
        var rules: [Int] = []
        /// The rules that an attribute of the element reached violates, with the attribute's name.
        var attributes: [(name: String, rule: Int)] = []
    }

    /// The rules in table order.
    private(set) var rules: [(id: String, message: String)] = []
    /// The steps; the first stands for the root element.
    private(set) var steps = [Step()]
    /// The steps standing for the first element of a `//name/…` path, by that name.
    private(set) var anywhere: [String: Int] = [:]
    /// `//@name` rules: the attribute's name and the rule.
    private(set) var anywhereAttributes: [(name: String, rule: Int)] = []

    /// The name of the verdicts among the document's memoized results.
    let key: String

    init(_ table: String, key: String) {
        self.key = key
        for line in table.split(separator: "\n") {
            let parts = line.split(separator: " | ", maxSplits: 1)
            let head = parts[0].split(separator: " ")
            rules.append((String(head[0]), String(parts[1])))
            add(head[1], rule: rules.count - 1)
        }
    }

    private mutating func add(_ path: Substring, rule: Int) {
        var path = path
        let isAnywhere = path.hasPrefix("//")
        if isAnywhere { path = path.dropFirst(2) }
        var names = path.split(separator: "/").map(String.init)
        let attribute = names.last.flatMap { $0.hasPrefix("@") ? String($0.dropFirst()) : nil }
        if attribute != nil { names.removeLast() }
        guard let first = names.first else {
            if let attribute { anywhereAttributes.append((attribute, rule)) }
            return
        }
        // The first step: one name, or the union of the two kinds of line.
        var current: [Int]
        let firstNames =
            first.hasPrefix("(") ? first.dropFirst().dropLast().split(separator: "|").map(String.init) : [first]
        if isAnywhere {
            current = firstNames.map { name in
                if let known = anywhere[name] { return known }
                steps.append(Step())
                anywhere[name] = steps.count - 1
                return steps.count - 1
            }
        } else {
            current = firstNames.map { child(of: 0, $0) }
        }
        for name in names.dropFirst() { current = current.map { child(of: $0, name) } }
        for step in current {
            if let attribute {
                steps[step].attributes.append((attribute, rule))
            } else {
                steps[step].rules.append(rule)
            }
        }
    }

    private mutating func child(of step: Int, _ name: String) -> Int {
        if let known = steps[step].children[name] { return known }
        steps.append(Step())
        steps[step].children[name] = steps.count - 1
        return steps.count - 1
    }

    /// The rules a document violates, by index.
    final class Verdicts {
        /// Whether each rule is violated.
        let isViolated: [Bool]

        init(_ document: RuleDocument, paths: UBLForbiddenPaths) {
            var walker = Walker(paths: paths)
            walker.walk(document.root, 0)
            for (name, step) in walker.paths.anywhere {
                for node in document.all(name) { walker.walk(node, step) }
            }
            if !walker.paths.anywhereAttributes.isEmpty {
                let scan = UBLSyntaxScan.of(document)
                for (name, rule) in walker.paths.anywhereAttributes where scan.attributeNames.contains(name) {
                    walker.isViolated[rule] = true
                }
            }
            isViolated = walker.isViolated
        }
    }

    /// One walk of a document along the merged paths.
    private struct Walker {
        let paths: UBLForbiddenPaths
        /// Whether each rule is violated.
        var isViolated: [Bool]
        /// For each step, the next step by the document's name number (`nameID`): -1 none, -2 not
        /// looked up yet; names are hashed once per step, not once per element.
        var next: [[Int]]

        init(paths: UBLForbiddenPaths) {
            self.paths = paths
            isViolated = Array(repeating: false, count: paths.rules.count)
            next = Array(repeating: [], count: paths.steps.count)
        }

        mutating func walk(_ node: RuleNode, _ index: Int) {
            let step = paths.steps[index]
            for rule in step.rules { isViolated[rule] = true }
            for (name, rule) in step.attributes where node.attribute(name) != nil { isViolated[rule] = true }
            if step.children.isEmpty { return }
            for child in node.children {
                let id = child.nameID
                if next[index].count <= id { next[index] += Array(repeating: -2, count: id + 1 - next[index].count) }
                var target = next[index][id]
                if target == -2 {
                    target = step.children[child.qualifiedName] ?? -1
                    next[index][id] = target
                }
                if target >= 0 { walk(child, target) }
            }
        }
    }

    /// The verdicts for a document, found on first request.
    func verdicts(of document: RuleDocument) -> Verdicts {
        document.memoized(key) { Verdicts(document, paths: self) }
    }
}

/// What the UBL-DT rules need from every element, gathered in one walk per document: the amounts
/// and binary objects they check, and the attribute names used.
private final class UBLSyntaxScan {
    /// `//*[ends-with(name(), 'Amount') and not(ends-with(name(), 'PriceAmount'))
    /// and not(ancestor::cac:Price/cac:AllowanceCharge)]`, in document order.
    private(set) var amounts: [RuleNode] = []
    /// `//*[ends-with(name(), 'BinaryObject')]`, in document order.
    private(set) var binaryObjects: [RuleNode] = []
    /// The local names of the attributes in no namespace, on any element.
    private(set) var attributeNames: [String] = []
    /// `count(//@name) - count(//cbc:PaymentMeansCode/@name) > 0`.
    private(set) var hasNameAttributeOutsidePaymentMeansCode = false
    /// What each element name is, by name number (`nameID`), found once per name.
    private var kinds: [Kind?] = []

    /// What an element name tells the scan.
    private enum Kind {
        case amount, binaryObject, price, paymentMeansCode, other
    }

    /// The scan of a document, made on first request.
    static func of(_ document: RuleDocument) -> UBLSyntaxScan {
        document.memoized("UBL-DT") { UBLSyntaxScan(document.root) }
    }

    private init(_ root: RuleNode) {
        visit(root, inPriceWithAllowance: false)
    }

    private func kind(of node: RuleNode) -> Kind {
        let id = node.nameID
        if id < kinds.count, let known = kinds[id] { return known }
        let name = node.name
        let kind: Kind
        if node.qualifiedName == "cac:Price" {
            kind = .price
        } else if node.qualifiedName == "cbc:PaymentMeansCode" {
            kind = .paymentMeansCode
        } else if name.hasSuffix("Amount") {
            kind = name.hasSuffix("PriceAmount") ? .other : .amount
        } else {
            kind = name.hasSuffix("BinaryObject") ? .binaryObject : .other
        }
        if kinds.count <= id { kinds += Array(repeating: nil, count: id + 1 - kinds.count) }
        kinds[id] = kind
        return kind
    }

    private func visit(_ node: RuleNode, inPriceWithAllowance: Bool) {
        let kind = kind(of: node)
        switch kind {
        case .amount where !inPriceWithAllowance: amounts.append(node)
        case .binaryObject: binaryObjects.append(node)
        default: break
        }
        for attribute in node.attributes where attribute.namespace == nil {
            if !attributeNames.contains(attribute.name) { attributeNames.append(attribute.name) }
            if attribute.name == "name" && kind != .paymentMeansCode { hasNameAttributeOutsidePaymentMeansCode = true }
        }
        let below =
            inPriceWithAllowance || (kind == .price && node.containsChild("cac:AllowanceCharge") { _ in true })
        for child in node.children { visit(child, inPriceWithAllowance: below) }
    }
}

extension RuleNode {
    /// XPath `count(path[predicate]) <= limit`, the walk stopping past the limit.
    fileprivate func ublCount(
        _ path: String,
        isAtMost limit: Int,
        where predicate: (RuleNode) -> Bool = { _ in true }
    ) -> Bool {
        var count = 0
        return !contains(path) { node in
            if predicate(node) { count += 1 }
            return count > limit
        }
    }

    /// XPath `count(step/step/…) <= limit` over steps split once, without the shared path cache.
    fileprivate func ublCount(_ steps: ArraySlice<String>, isAtMost limit: Int) -> Bool {
        var count = 0
        return !ublReaches(steps) { _ in
            count += 1
            return count > limit
        }
    }

    /// Whether `body` returns true on one of the nodes the steps select, in document order.
    private func ublReaches(_ steps: ArraySlice<String>, _ body: (RuleNode) -> Bool) -> Bool {
        guard let first = steps.first else { return body(self) }
        return containsChild(first) { $0.ublReaches(steps.dropFirst(), body) }
    }
}
