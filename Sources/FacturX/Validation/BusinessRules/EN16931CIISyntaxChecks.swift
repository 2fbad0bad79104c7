// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The CII syntax-binding assertions that are more than a presence or cardinality test, with
/// XPath's semantics (general comparisons over every selected node, `normalize-space` of the
/// first one, `xs:boolean` casts).
extension EN16931CIISyntax {
    // MARK: - Helpers

    /// Whether a child named `name` exists.
    private static func has(_ node: RuleNode, _ name: String) -> Bool {
        node.containsChild(name) { _ in true }
    }

    /// The one tax type code the CII syntax rules accept, `VAT`.
    private static let vatTypeCode: Set<String> = ["VAT"]

    /// XPath `name = value` over the children named `name` (string comparison, no normalisation).
    private static func childEquals(_ node: RuleNode, _ name: String, _ values: Set<String>) -> Bool {
        node.containsChild(name) { values.contains($0.stringValue) }
    }

    /// `normalize-space(ram:TypeCode) = value`, over the first `ram:TypeCode`.
    private static func normalizedTypeCode(_ node: RuleNode, is value: String) -> Bool {
        XPath.normalizeSpace(node.children("ram:TypeCode").first?.stringValue ?? "") == value
    }

    /// `(not(party/ram:ID) and party/ram:GlobalID) or (party/ram:ID and not(party/ram:GlobalID))
    /// or (not(party/ram:ID) and not(party/ram:GlobalID))`: not both kinds of identifier.
    private static func oneIdentifierKind(_ node: RuleNode, _ party: String) -> Bool {
        let parties = node.children(party)
        return !(parties.contains { has($0, "ram:ID") } && parties.contains { has($0, "ram:GlobalID") })
    }

    /// `count(ram:AdditionalReferencedDocument[predicate]/child) <= 1` (the documents themselves
    /// when `child` is `nil`).
    private static func atMostOneReferencedDocument(
        _ node: RuleNode,
        child: String? = nil,
        where predicate: (RuleNode) -> Bool
    ) -> Bool {
        var count = 0
        for document in node.children("ram:AdditionalReferencedDocument") where predicate(document) {
            count += child.map { document.children($0).count } ?? 1
            if count > 1 { return false }
        }
        return true
    }

    /// `not(path/ram:PersonName and path/ram:DepartmentName)` over every contact of a party.
    private static func notBothContactNames(_ node: RuleNode, _ party: String) -> Bool {
        let contacts = node.children(party).flatMap { $0.children("ram:DefinedTradeContact") }
        return !(contacts.contains { has($0, "ram:PersonName") } && contacts.contains { has($0, "ram:DepartmentName") })
    }

    /// `count(//ram:SpecifiedTradeSettlementPaymentMeans/child[normalize-space(.) != normalize-space(first)]) = 0`.
    private static func paymentMeansAgree(_ document: RuleDocument, _ child: String) -> Bool {
        let values = document.all("ram:SpecifiedTradeSettlementPaymentMeans", child)
        guard let first = values.first.map({ XPath.normalizeSpace($0.stringValue) }) else { return true }
        return values.allSatisfy { XPath.normalizeSpace($0.stringValue) == first }
    }

    /// `self::ram:AdditionalReferencedDocument and ram:TypeCode = one of codes`.
    private static func isAdditionalDocument(_ node: RuleNode, typeCodes: Set<String>) -> Bool {
        node.qualifiedName == "ram:AdditionalReferencedDocument" && childEquals(node, "ram:TypeCode", typeCodes)
    }

    /// `ancestor::ram:ApplicableHeaderTradeSettlement`.
    private static func inHeaderSettlement(_ node: RuleNode) -> Bool {
        var current = node.parent
        while let ancestor = current {
            if ancestor.qualifiedName == "ram:ApplicableHeaderTradeSettlement" { return true }
            current = ancestor.parent
        }
        return false
    }

    // MARK: - CII-SR

    /// `not(ram:GlobalID) or (ram:GlobalID/@schemeID)`.
    @Sendable static func sr046(_ node: RuleNode, _: RuleDocument) -> Bool {
        let ids = node.children("ram:GlobalID")
        return ids.isEmpty || ids.contains { $0.attribute("schemeID") != nil }
    }

    /// `not(ram:OriginTradeCountry) or (count(ram:OriginTradeCountry/ram:ID) = 1)`.
    @Sendable static func sr090(_ node: RuleNode, _: RuleDocument) -> Bool {
        let countries = node.children("ram:OriginTradeCountry")
        return countries.isEmpty || countries.reduce(0) { $0 + $1.children("ram:ID").count } == 1
    }

    /// Gross-price allowances: an indicator `false` with an amount, or neither indicator nor amount.
    @Sendable static func sr119(_ node: RuleNode, _: RuleDocument) -> Bool {
        let charges = node.children("ram:GrossPriceProductTradePrice").flatMap {
            $0.children("ram:AppliedTradeAllowanceCharge")
        }
        let indicators = charges.flatMap { $0.children("ram:ChargeIndicator") }
        let hasAmount = charges.contains { has($0, "ram:ActualAmount") }
        let allowance = indicators.contains { indicator in
            indicator.containsChild("udt:Indicator") { XPath.boolean($0.stringValue) == false }
        }
        return (allowance && hasAmount) || (indicators.isEmpty && !hasAmount)
    }

    /// `(ram:ChargeIndicator)`.
    @Sendable static func sr463(_ node: RuleNode, _: RuleDocument) -> Bool {
        has(node, "ram:ChargeIndicator")
    }

    /// `not(ram:SpecifiedTradeAllowanceCharge/ram:CalculationPercent/@format)`.
    @Sendable static func sr186(_ node: RuleNode, _: RuleDocument) -> Bool {
        !node.children("ram:SpecifiedTradeAllowanceCharge").contains { charge in
            charge.containsChild("ram:CalculationPercent") { $0.attribute("format") != nil }
        }
    }

    /// `count(ram:AdditionalReferencedDocument[normalize-space(ram:TypeCode) = '130']) <= 1`.
    @Sendable static func sr474(_ node: RuleNode, _: RuleDocument) -> Bool {
        atMostOneReferencedDocument(node) { normalizedTypeCode($0, is: "130") }
    }

    /// Not both a buyer identifier and a buyer global identifier.
    @Sendable static func sr450(_ node: RuleNode, _: RuleDocument) -> Bool {
        oneIdentifierKind(node, "ram:BuyerTradeParty")
    }

    /// `count(ram:AdditionalReferencedDocument[ram:TypeCode='50']) <= 1`.
    @Sendable static func sr457(_ node: RuleNode, _: RuleDocument) -> Bool {
        atMostOneReferencedDocument(node) { childEquals($0, "ram:TypeCode", ["50"]) }
    }

    /// `count(ram:AdditionalReferencedDocument[ram:TypeCode='130']) <= 1`.
    @Sendable static func sr458(_ node: RuleNode, _: RuleDocument) -> Bool {
        atMostOneReferencedDocument(node) { childEquals($0, "ram:TypeCode", ["130"]) }
    }

    /// Not both a seller contact person name and department name.
    @Sendable static func sr465(_ node: RuleNode, _: RuleDocument) -> Bool {
        notBothContactNames(node, "ram:SellerTradeParty")
    }

    /// Not both a buyer contact person name and department name.
    @Sendable static func sr466(_ node: RuleNode, _: RuleDocument) -> Bool {
        notBothContactNames(node, "ram:BuyerTradeParty")
    }

    /// `count(ram:AdditionalReferencedDocument[normalize-space(ram:TypeCode) = '916']/ram:Name) <= 1`.
    @Sendable static func sr475(_ node: RuleNode, _: RuleDocument) -> Bool {
        atMostOneReferencedDocument(node, child: "ram:Name") { normalizedTypeCode($0, is: "916") }
    }

    /// `count(ram:AdditionalReferencedDocument[normalize-space(ram:TypeCode) = '916']/ram:AttachmentBinaryObject) <= 1`.
    @Sendable static func sr476(_ node: RuleNode, _: RuleDocument) -> Bool {
        atMostOneReferencedDocument(node, child: "ram:AttachmentBinaryObject") { normalizedTypeCode($0, is: "916") }
    }

    /// Not both a delivery location identifier and global identifier.
    @Sendable static func sr449(_ node: RuleNode, _: RuleDocument) -> Bool {
        oneIdentifierKind(node, "ram:ShipToTradeParty")
    }

    /// Not both a payee identifier and global identifier.
    @Sendable static func sr451(_ node: RuleNode, _: RuleDocument) -> Bool {
        oneIdentifierKind(node, "ram:PayeeTradeParty")
    }

    /// `count(//ram:ApplicableTradeTax/ram:DueDateTypeCode) = 0 or
    /// count(distinct-values(//ram:ApplicableTradeTax/ram:DueDateTypeCode)) = 1`.
    @Sendable static func sr462(_: RuleNode, _ document: RuleDocument) -> Bool {
        Set(document.all("ram:ApplicableTradeTax", "ram:DueDateTypeCode").map(\.stringValue)).count <= 1
    }

    /// No credit transfer (`30`, `58`) without an IBAN or proprietary account identifier.
    @Sendable static func sr470(_ node: RuleNode, _: RuleDocument) -> Bool {
        !node.children("ram:SpecifiedTradeSettlementPaymentMeans").contains { means in
            let code = XPath.normalizeSpace(means.children("ram:TypeCode").first?.stringValue ?? "")
            guard code == "30" || code == "58" else { return false }
            let accounts = means.children("ram:PayeePartyCreditorFinancialAccount")
            return !accounts.contains { has($0, "ram:IBANID") || has($0, "ram:ProprietaryID") }
        }
    }

    /// `count(//ram:ApplicableHeaderTradeSettlement/ram:PaymentReference) <= 1`, over the whole document.
    @Sendable static func sr469(_: RuleNode, _ document: RuleDocument) -> Bool {
        document.all("ram:ApplicableHeaderTradeSettlement", "ram:PaymentReference").count <= 1
    }

    /// Every payment means type code (BT-81) normalises to the first one's.
    @Sendable static func sr467(_: RuleNode, _ document: RuleDocument) -> Bool {
        paymentMeansAgree(document, "ram:TypeCode")
    }

    /// Every payment means text (BT-82) normalises to the first one's.
    @Sendable static func sr468(_: RuleNode, _ document: RuleDocument) -> Bool {
        paymentMeansAgree(document, "ram:Information")
    }

    // MARK: - CII-DT

    /// `not(ram:URIID) or (self::ram:AdditionalReferencedDocument and ram:TypeCode='916')`.
    @Sendable static func dt015(_ node: RuleNode, _: RuleDocument) -> Bool {
        !has(node, "ram:URIID") || isAdditionalDocument(node, typeCodes: ["916"])
    }

    /// `not(ram:TypeCode) or (self::ram:AdditionalReferencedDocument) and (ram:TypeCode = '50', '130' or '916')`.
    @Sendable static func dt018(_ node: RuleNode, _: RuleDocument) -> Bool {
        !has(node, "ram:TypeCode") || isAdditionalDocument(node, typeCodes: ["50", "130", "916"])
    }

    /// `not(ram:Name) or (self::ram:AdditionalReferencedDocument and ram:TypeCode='916')`.
    @Sendable static func dt021(_ node: RuleNode, _: RuleDocument) -> Bool {
        !has(node, "ram:Name") || isAdditionalDocument(node, typeCodes: ["916"])
    }

    /// `not(ram:AttachmentBinaryObject) or (self::ram:AdditionalReferencedDocument and ram:TypeCode='916')`.
    @Sendable static func dt022(_ node: RuleNode, _: RuleDocument) -> Bool {
        !has(node, "ram:AttachmentBinaryObject") || isAdditionalDocument(node, typeCodes: ["916"])
    }

    /// `not(ram:ReferenceTypeCode) or (self::ram:AdditionalReferencedDocument and ram:TypeCode='130')`.
    @Sendable static func dt024(_ node: RuleNode, _: RuleDocument) -> Bool {
        !has(node, "ram:ReferenceTypeCode") || isAdditionalDocument(node, typeCodes: ["130"])
    }

    /// `not(ram:FormattedIssueDateTime) or self::ram:InvoiceReferencedDocument`.
    @Sendable static func dt027(_ node: RuleNode, _: RuleDocument) -> Bool {
        !has(node, "ram:FormattedIssueDateTime") || node.qualifiedName == "ram:InvoiceReferencedDocument"
    }

    /// `not(@unitCode) or (/rsm:CrossIndustryInvoice/…/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity/@unitCode)`.
    @Sendable static func dt033(_ node: RuleNode, _ document: RuleDocument) -> Bool {
        guard node.attribute("unitCode") != nil else { return true }
        return document.memoized("EN16931CIISyntax.billedUnitCode") { () -> Bool in
            guard document.root.qualifiedName == "rsm:CrossIndustryInvoice" else { return false }
            return document.fromRoot(
                "rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity"
            ).contains { $0.attribute("unitCode") != nil }
        }
    }

    /// `not(ram:TypeCode) or (ram:TypeCode = 'VAT')`.
    @Sendable static func dt037(_ node: RuleNode, _: RuleDocument) -> Bool {
        !has(node, "ram:TypeCode") || childEquals(node, "ram:TypeCode", vatTypeCode)
    }

    /// `not(ram:BasisAmount) or (ancestor::ram:ApplicableHeaderTradeSettlement)`.
    @Sendable static func dt041(_ node: RuleNode, _: RuleDocument) -> Bool {
        !has(node, "ram:BasisAmount") || inHeaderSettlement(node)
    }

    /// `not(ram:ExemptionReasonCode) or self::ram:ApplicableTradeTax`.
    @Sendable static func dt052(_ node: RuleNode, _: RuleDocument) -> Bool {
        !has(node, "ram:ExemptionReasonCode") || node.qualifiedName == "ram:ApplicableTradeTax"
    }

    /// `not(ram:ExemptionReason) or self::ram:ApplicableTradeTax`.
    @Sendable static func dt098(_ node: RuleNode, _: RuleDocument) -> Bool {
        !has(node, "ram:ExemptionReason") || node.qualifiedName == "ram:ApplicableTradeTax"
    }

    /// `not(ram:TaxPointDate) or (ancestor::ram:ApplicableHeaderTradeSettlement)`.
    @Sendable static func dt054(_ node: RuleNode, _: RuleDocument) -> Bool {
        !has(node, "ram:TaxPointDate") || inHeaderSettlement(node)
    }

    /// `not(ram:DueDateTypeCode) or (ancestor::ram:ApplicableHeaderTradeSettlement)`.
    @Sendable static func dt058(_ node: RuleNode, _: RuleDocument) -> Bool {
        !has(node, "ram:DueDateTypeCode") || inHeaderSettlement(node)
    }

    /// `not(ram:RateApplicablePercent/@format)`.
    @Sendable static func dt059(_ node: RuleNode, _: RuleDocument) -> Bool {
        !node.containsChild("ram:RateApplicablePercent") { $0.attribute("format") != nil }
    }

    /// `matches(., '^\s*(\d{4})(1[0-2]|0[1-9]){1}(3[01]|[12][0-9]|0[1-9]){1}\s*$')`: `\d` is any
    /// Unicode decimal digit, `\s` XML whitespace.
    @Sendable static func dt097(_ node: RuleNode, _: RuleDocument) -> Bool {
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let scalars = Array(node.stringValue.unicodeScalars)
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
            let end = scalars.lastIndex(where: { !isSpace($0) })
        else { return false }
        let value = scalars[start...end]
        guard value.count == 8 else { return false }
        let digits = value.map { $0.value }
        guard value.prefix(4).allSatisfy({ $0.properties.numericType == .decimal }),
            digits[4...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        else { return false }
        let month = (digits[4] - 0x30) * 10 + (digits[5] - 0x30)
        let day = (digits[6] - 0x30) * 10 + (digits[7] - 0x30)
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
