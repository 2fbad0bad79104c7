// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The French rules (BR-FR, Flux 2) on CII, as `BR-FR-Flux2-Schematron-CII` V1.4.0 states them.
extension FrenchRules {
    private static let root = "/rsm:CrossIndustryInvoice"
    private static let transaction = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction"
    private static let agreement = transaction + "/ram:ApplicableHeaderTradeAgreement"
    private static let settlement = transaction + "/ram:ApplicableHeaderTradeSettlement"
    private static let delivery = transaction + "/ram:ApplicableHeaderTradeDelivery"
    private static let line = transaction + "/ram:IncludedSupplyChainTradeLineItem"
    private static let lineMatch = FrenchMatchPattern(line)
    private static let lineSettlement = line + "/ram:SpecifiedLineTradeSettlement"
    private static let lineAgreement = line + "/ram:SpecifiedLineTradeAgreement"
    private static let summation = settlement + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
    /// From the root.
    private static let relativeAgreement = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement"
    private static let relativeSettlement = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"
    private static let billingMode =
        "rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID"

    /// A CII rule on the elements a match pattern selects, with its official text.
    private static func cii(
        _ id: String,
        _ pattern: String,
        where filter: (@Sendable (RuleNode) -> Bool)? = nil,
        test: @escaping @Sendable (RuleNode, RuleDocument) -> Bool
    ) -> BusinessRule {
        let compiled = FrenchMatchPattern(pattern)
        let contextKey = RuleMemoKey()
        return BusinessRule(
            id,
            .fatal,
            message: FrenchRuleText.cii(id),
            context: { document in
                let nodes = document.frenchMatch(compiled)
                guard let filter else { return nodes }
                return document.memoized(contextKey) { nodes.filter(filter) }
            },
            test: test
        )
    }

    /// A rule that never fires: its context is the same as an earlier rule of its pattern, and a
    /// Schematron pattern checks each element against its first matching rule only.
    private static func shadowedCII(_ id: String) -> BusinessRule {
        BusinessRule(id, .fatal, message: FrenchRuleText.cii(id), context: { _ in [] }, test: { _, _ in true })
    }

    // MARK: - Document values

    /// `custom:isSpecialContract*`: the billing mode (BT-23), normalised, is one of `modes`.
    private static func billingModeIs(_ document: RuleDocument, _ modes: Set<String>) -> Bool {
        guard let mode = document.root.string(billingMode) else { return false }
        return FrenchXPath.isIn(XPath.normalizeSpace(mode), modes)
    }

    private static let specialModes: Set<String> = ["S8", "B8", "M8", "S9", "B9", "M9"]
    private static let multiVendorModes: Set<String> = ["S8", "B8", "M8"]
    private static let bidirectionalModes: Set<String> = ["S9", "B9", "M9"]

    /// `custom:isSpecialContract(/)`.
    private static func isSpecial(_ document: RuleDocument) -> Bool {
        document.frenchValue("cii special") { billingModeIs(document, specialModes) }
    }

    /// `custom:isSpecialContractMV(/)`.
    private static func isMultiVendor(_ document: RuleDocument) -> Bool {
        document.frenchValue("cii mv") { billingModeIs(document, multiVendorModes) }
    }

    /// `custom:isSpecialContractBD(/)`.
    private static func isBidirectional(_ document: RuleDocument) -> Bool {
        document.frenchValue("cii bd") { billingModeIs(document, bidirectionalModes) }
    }

    /// `ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode = 'GROUP' and
    /// not(ram:AssociatedDocumentLineDocument/ram:ParentLineID)`.
    private static func isGroupLine(_ line: RuleNode) -> Bool {
        line.frenchHas("ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode", "GROUP")
            && !line.exists("ram:AssociatedDocumentLineDocument/ram:ParentLineID")
    }

    /// The lines of the transaction whose `LineID` equals one of `ids`, by line ID (memoized index).
    private static func lines(withLineID ids: [RuleNode], _ document: RuleDocument) -> [RuleNode] {
        let index = document.frenchValue("cii lines by id") { () -> [String: [Int]] in
            var index: [String: [Int]] = [:]
            for (position, item) in document.frenchMatch(lineMatch).enumerated() {
                for id in item.select("ram:AssociatedDocumentLineDocument/ram:LineID") {
                    index[id.stringValue, default: []].append(position)
                }
            }
            return index
        }
        let all = document.frenchMatch(lineMatch)
        var positions = Set<Int>()
        for id in ids {
            // Keys compare by canonical equivalence: confirm codepoint equality.
            for position in index[id.stringValue] ?? []
            where all[position].contains(
                "ram:AssociatedDocumentLineDocument/ram:LineID",
                where: { FrenchXPath.same($0.stringValue, id.stringValue) }
            ) {
                positions.insert(position)
            }
        }
        return positions.sorted().map { all[$0] }
    }

    /// `normalize-space(ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument[(ram:ReferenceTypeCode
    /// = 'AFL') and (ram:TypeCode = '130')]/ram:IssuerAssignedID)`: the sub-invoice number of a line.
    private static func subInvoiceNumber(_ lines: [RuleNode]) -> String {
        for line in lines {
            for document in line.select("ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument")
            where document.frenchHas("ram:ReferenceTypeCode", "AFL") && document.frenchHas("ram:TypeCode", "130") {
                if let id = document.first("ram:IssuerAssignedID") { return XPath.normalizeSpace(id.stringValue) }
            }
        }
        return ""
    }

    /// The BR-FR-09 check on a party: a SIRET (scheme 0009) has 14 digits and starts with the
    /// SIREN (scheme 0002), or with its own first 9 characters when `fallback` and no SIREN is given.
    private static func siretIsCoherent(_ party: RuleNode, fallback: Bool) -> Bool {
        guard let siret = party.frenchChildren("ram:GlobalID", attribute: "schemeID", equals: "0009").first else {
            return true
        }
        let siren = party.frenchChildren("ram:SpecifiedLegalOrganization/ram:ID", attribute: "schemeID", equals: "0002")
            .first?.stringValue
        if fallback, (siren ?? "").isEmpty {
            return FrenchXPath.isDigits(siret.stringValue, count: 14)
        }
        return FrenchXPath.siretMatchesSIREN(siret.stringValue, siren)
    }

    private static let documentTypes: Set<String> = [
        "380", "389", "393", "501", "386", "500", "384", "471", "472", "473", "261", "262", "381", "396", "502", "503",
    ]
    private static let billingModes: Set<String> = [
        "B1", "S1", "M1", "B2", "S2", "M2", "S3", "B4", "S4", "M4", "S5", "S6", "B7", "S7", "B8", "S8", "M8", "B9",
        "S9", "M9",
    ]
    private static let barTreatments: Set<String> = ["B2B", "B2BINT", "B2C", "B2CINT", "OUTOFSCOPE", "ARCHIVEONLY"]
    private static let excludedB2BTypes: Set<String> = ["389", "501", "500", "471", "473", "261", "502"]

    /// The party elements of BR-FR-09 and BR-FR-CO-10, with their business term.
    private static let parties: [(term: String, path: String)] = [
        ("BT-29", agreement + "/ram:SellerTradeParty"),
        ("BT-46", agreement + "/ram:BuyerTradeParty"),
        ("BT-60", settlement + "/ram:PayeeTradeParty"),
        ("EXT-FR-FE-06", agreement + "/ram:BuyerAgentTradeParty"),
        ("EXT-FR-FE-46", settlement + "/ram:PayerTradeParty"),
        ("EXT-FR-FE-69", agreement + "/ram:SalesAgentTradeParty"),
        ("EXT-FR-FE-92", settlement + "/ram:InvoiceeTradeParty"),
        ("EXT-FR-FE-115", settlement + "/ram:InvoicerTradeParty"),
        ("BT-71", delivery + "/ram:ShipToTradeParty"),
        ("EXT-FR-FE-146", line + "/ram:SpecifiedLineTradeDelivery/ram:ShipToTradeParty"),
    ]

    /// The parties with an electronic address (BR-FR-23 and BR-FR-25), with their business term.
    private static let addressedParties: [(term: String, path: String)] = [
        ("BT-34", agreement + "/ram:SellerTradeParty"),
        ("BT-49", agreement + "/ram:BuyerTradeParty"),
        ("EXT-FR-FE-12", agreement + "/ram:BuyerAgentTradeParty"),
        ("EXT-FR-FE-29", settlement + "/ram:PayeeTradeParty"),
        ("EXT-FR-FE-52", settlement + "/ram:PayerTradeParty"),
        ("EXT-FR-FE-75", agreement + "/ram:SalesAgentTradeParty"),
        ("EXT-FR-FE-98", settlement + "/ram:InvoiceeTradeParty"),
        ("EXT-FR-FE-121", settlement + "/ram:InvoicerTradeParty"),
    ]

    /// An attribute equality filter for a context (`[@name = 'value']`).
    private static func attribute(_ name: String, is values: String...) -> @Sendable (RuleNode) -> Bool {
        { node in node.attribute(name).map { value in values.contains { FrenchXPath.same(value, $0) } } ?? false }
    }

    // MARK: - Rules

    /// Every assert of the CII artefact (171), in the artefact's pattern order within each group.
    static let ciiRules: [BusinessRule] =
        identifierRules + dateRules + noteRules + partyRules + taxRules + documentRules + coherenceRules
        + decimalRules + (multiVendorRules + subInvoiceRules).map { $0.frenchGated(by: isSpecial) }

    private static let identifierRules: [BusinessRule] = [
        (root + "/rsm:ExchangedDocument/ram:ID", "BT-1"),
        (settlement + "/ram:InvoiceReferencedDocument/ram:IssuerAssignedID", "BT-25"),
        (lineSettlement + "/ram:InvoiceReferencedDocument/ram:IssuerAssignedID", "EXT-FR-FE-136"),
    ].flatMap { path, term in
        [
            cii("BR-FR-01_" + term, path) { node, _ in FrenchXPath.length(node.stringValue) <= 35 },
            cii("BR-FR-02_" + term, path) { node, _ in FrenchXPath.isValidIdentifier(node.stringValue) },
        ]
    }

    private static let dateRules: [BusinessRule] =
        [
            ("BT-2", root + "/rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString"),
            ("BT-7", settlement + "/ram:ApplicableTradeTax/ram:TaxPointDate/udt:DateString"),
            ("BT-9", settlement + "/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString"),
            ("BT-26", settlement + "/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString"),
            (
                "BT-72",
                delivery + "/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString"
            ),
            ("BT-73", settlement + "/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString"),
            ("BT-74", settlement + "/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString"),
            (
                "EXT-FR-FE-138",
                lineSettlement + "/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString"
            ),
            (
                "EXT-FR-FE-158",
                line
                    + "/ram:SpecifiedLineTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime"
                    + "/udt:DateTimeString"
            ),
            ("EXT-FR-FE-134", lineSettlement + "/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString"),
            ("EXT-FR-FE-135", lineSettlement + "/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString"),
        ].map { term, path in
            cii("BR-FR-03_" + term, path) { node, _ in FrenchXPath.isValidDate(node.stringValue, separated: false) }
        }
        + [
            ("BT-3", root + "/rsm:ExchangedDocument/ram:TypeCode"),
            ("EXT-FR-FE-02", settlement + "/ram:InvoiceReferencedDocument/ram:TypeCode"),
            ("EXT-FR-FE-137", lineSettlement + "/ram:InvoiceReferencedDocument/ram:TypeCode"),
        ].map { term, path in
            cii("BR-FR-04_" + term, path) { node, _ in FrenchXPath.isIn(node.stringValue, documentTypes) }
        }

    /// `count(ram:IncludedNote[ram:SubjectCode = code])`.
    private static func noteCount(_ document: RuleNode, _ code: String) -> Int {
        document.children("ram:IncludedNote").count { $0.frenchHas("ram:SubjectCode", code) }
    }

    private static let noteRules: [BusinessRule] =
        ["PMT", "PMD", "AAB"].map { code in
            cii("BR-FR-05_BT-22_" + code, root + "/rsm:ExchangedDocument") { node, _ in noteCount(node, code) > 0 }
        }
        + ["PMT", "PMD", "AAB", "TXD"].map { code in
            cii("BR-FR-06_BT-21_" + code, root + "/rsm:ExchangedDocument") { node, _ in noteCount(node, code) <= 1 }
        } + [
            cii("BR-FR-08_BT-23", root + "/rsm:ExchangedDocumentContext") { node, _ in
                guard let mode = node.first("ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID") else {
                    return false
                }
                return FrenchXPath.isIn(mode.stringValue, billingModes)
            }
        ]

    private static let partyRules: [BusinessRule] =
        parties.map { term, path in
            cii("BR-FR-09_" + term, path) { node, _ in
                siretIsCoherent(node, fallback: term != "BT-29" && term != "BT-46")
            }
        } + [
            cii("BR-FR-10_BT-30", "rsm:CrossIndustryInvoice") { node, _ in
                let siren = node.frenchChildren(
                    relativeAgreement + "/ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID",
                    attribute: "schemeID",
                    equals: "0002"
                )
                guard let first = siren.first else { return false }
                return FrenchXPath.isDigits(XPath.normalizeSpace(first.stringValue), count: 9)
            },
            cii("BR-FR-11_BT-47", "rsm:CrossIndustryInvoice") { node, _ in
                let bar = barContents(node)
                guard FrenchXPath.anyEquals(bar, "B2B") else { return true }
                let siren = node.frenchChildren(
                    relativeAgreement + "/ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID",
                    attribute: "schemeID",
                    equals: "0002"
                )
                return FrenchXPath.isDigits(siren.first?.stringValue ?? "", count: 9)
            },
            cii("BR-FR-12_BT-49", "rsm:CrossIndustryInvoice") { node, _ in
                !(node.string(relativeAgreement + "/ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID") ?? "")
                    .isEmpty
            },
            cii("BR-FR-13_BT-34", "rsm:CrossIndustryInvoice") { node, _ in
                !(node.string(relativeAgreement + "/ram:SellerTradeParty/ram:URIUniversalCommunication/ram:URIID")
                    ?? "").isEmpty
            },
            cii("BR-FR-21_BT-49", "rsm:CrossIndustryInvoice") { node, _ in
                let isB2B = FrenchXPath.anyEquals(barContents(node), "B2B")
                let excluded = FrenchXPath.anyIn(node.select("rsm:ExchangedDocument/ram:TypeCode"), excludedB2BTypes)
                guard isB2B, !excluded else { return true }
                return endpointStartsWithSIREN(node, party: "ram:BuyerTradeParty")
            },
            cii("BR-FR-22_BT-34", "rsm:CrossIndustryInvoice") { node, _ in
                let isB2B = FrenchXPath.anyEquals(barContents(node), "B2B")
                let excluded = FrenchXPath.anyIn(node.select("rsm:ExchangedDocument/ram:TypeCode"), excludedB2BTypes)
                guard isB2B, excluded else { return true }
                return endpointStartsWithSIREN(node, party: "ram:SellerTradeParty")
            },
        ]
        + addressedParties.map { term, path in
            cii(
                "BR-FR-23_" + term,
                path + "/ram:URIUniversalCommunication/ram:URIID",
                where: attribute("schemeID", is: "0225")
            ) { node, _ in FrenchXPath.isValidSchemeIdentifier(node.stringValue) }
        }
        + [("BT-29", "/ram:SellerTradeParty"), ("BT-46", "/ram:BuyerTradeParty")].map { term, party in
            cii("BR-FR-24_" + term, agreement + party + "/ram:GlobalID", where: attribute("schemeID", is: "0224")) {
                node,
                _ in FrenchXPath.isValidSchemeIdentifier(node.stringValue)
            }
        }
        + addressedParties.map { term, path in
            cii("BR-FR-25_" + term, path + "/ram:URIUniversalCommunication/ram:URIID") { node, _ in
                FrenchXPath.length(node.stringValue) <= 125
            }
        }
        + [("BT-29", "/ram:SellerTradeParty"), ("BT-46", "/ram:BuyerTradeParty")].map { term, party in
            cii("BR-FR-26_" + term, agreement + party + "/ram:GlobalID", where: attribute("schemeID", is: "0224")) {
                node,
                _ in FrenchXPath.length(node.stringValue) <= 100
            }
        }

    /// `rsm:ExchangedDocument/ram:IncludedNote[ram:SubjectCode = 'BAR']/ram:Content`.
    private static func barContents(_ root: RuleNode) -> [RuleNode] {
        root.select("rsm:ExchangedDocument/ram:IncludedNote").filter { $0.frenchHas("ram:SubjectCode", "BAR") }
            .flatMap { $0.select("ram:Content") }
    }

    /// `starts-with($endpointID, $siren) and $endpointSchemeID = '0225'` for a party of the agreement.
    private static func endpointStartsWithSIREN(_ root: RuleNode, party: String) -> Bool {
        let path = relativeAgreement + "/" + party
        let siren = root.string(path + "/ram:SpecifiedLegalOrganization/ram:ID") ?? ""
        let endpoints = root.select(path + "/ram:URIUniversalCommunication/ram:URIID")
        let endpoint = endpoints.first?.stringValue ?? ""
        return FrenchXPath.startsWith(endpoint, siren)
            && endpoints.contains { $0.attribute("schemeID").map { FrenchXPath.same($0, "0225") } ?? false }
    }

    private static let vatCategories: Set<String> = ["S", "E", "AE", "K", "G", "O", "Z"]
    private static let vatRates: Set<String> = [
        "0", "0.0", "0.00", "10", "10.0", "10.00", "13", "13.0", "13.00", "20", "20.0", "20.00", "8.5", "8.50", "19.6",
        "19.60", "2.1", "2.10", "5.5", "5.50", "7", "7.0", "7.00", "20.6", "20.60", "1.05", "0.9", "0.90", "1.75",
        "9.2", "9.20", "9.6", "9.60",
    ]
    private static let attachmentCodes: Set<String> = [
        "RIB", "LISIBLE", "FEUILLE_DE_STYLE", "PJA", "BORDEREAU_SUIVI", "DOCUMENT_ANNEXE", "BON_LIVRAISON",
        "BON_COMMANDE", "BORDEREAU_SUIVI_VALIDATION", "ETAT_ACOMPTE", "FACTURE_PAIEMENT_DIRECT",
        "RECAPITULATIF_COTRAITANCE",
    ]

    /// `custom:is-valid-vat-category-code(ram:CategoryCode)`.
    private static func hasValidCategory(_ tax: RuleNode) -> Bool {
        tax.first("ram:CategoryCode").map { FrenchXPath.isIn($0.stringValue, vatCategories) } ?? false
    }

    /// `not(ram:CategoryCode = ('L', 'M'))`.
    private static func hasNoLOrM(_ tax: RuleNode) -> Bool {
        !FrenchXPath.anyIn(tax.select("ram:CategoryCode"), lAndM)
    }

    /// The categories `L` and `M`, which BR-FR-15 excludes.
    private static let lAndM: Set<String> = ["L", "M"]

    /// `not($rate) or custom:is-valid-vat-rate($rate)` with `$rate = string(ram:RateApplicablePercent)`.
    private static func hasValidRate(_ tax: RuleNode) -> Bool {
        let rate = tax.string("ram:RateApplicablePercent") ?? ""
        return rate.isEmpty || FrenchXPath.isIn(rate, vatRates)
    }

    private static let taxRules: [BusinessRule] = [
        cii("BR-FR-15_BT-95_BT-102", settlement + "/ram:SpecifiedTradeAllowanceCharge/ram:CategoryTradeTax") {
            node,
            _ in hasValidCategory(node)
        },
        cii("BR-FR-15_BT-95_BT-102_LM", settlement + "/ram:SpecifiedTradeAllowanceCharge/ram:CategoryTradeTax") {
            node,
            _ in hasNoLOrM(node)
        },
        cii("BR-FR-15_BT-95_BT-118", settlement + "/ram:ApplicableTradeTax") { node, _ in hasValidCategory(node) },
        cii("BR-FR-15_BT-95_BT-118_LM", settlement + "/ram:ApplicableTradeTax") { node, _ in hasNoLOrM(node) },
        cii("BR-FR-15_BT-95_BT-151", lineSettlement + "/ram:ApplicableTradeTax") { node, _ in
            if hasValidCategory(node) { return true }
            guard !node.exists("ram:CategoryCode") else { return false }
            let codes = node.select("../../ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode")
            return FrenchXPath.anyEquals(codes, "GROUP") || FrenchXPath.anyEquals(codes, "INFORMATION")
        },
        cii("BR-FR-15_BT-95_BT-151_LM", lineSettlement + "/ram:ApplicableTradeTax") { node, _ in hasNoLOrM(node) },
        cii("BR-FR-16_BT-96_BT-103", settlement + "/ram:SpecifiedTradeAllowanceCharge/ram:CategoryTradeTax") {
            node,
            _ in hasValidRate(node)
        },
        cii("BR-FR-16_BT-119", settlement + "/ram:ApplicableTradeTax") { node, _ in hasValidRate(node) },
        cii("BR-FR-16_BT-152", lineSettlement + "/ram:ApplicableTradeTax") { node, _ in hasValidRate(node) },
    ]

    /// `ram:AdditionalReferencedDocument[ram:ReferenceTypeCode = code]`.
    private static func hasReferenceType(_ code: String) -> @Sendable (RuleNode) -> Bool {
        { node in node.parent?.frenchHas("ram:ReferenceTypeCode", code) ?? false }
    }

    private static let documentRules: [BusinessRule] = [
        cii(
            "BR-FR-17_BT-123",
            agreement + "/ram:AdditionalReferencedDocument",
            where: { $0.frenchHas("ram:TypeCode", "916") }
        ) { node, _ in
            let code = node.normalized("ram:Name")
            return code.isEmpty || FrenchXPath.isIn(code, attachmentCodes)
        },
        cii("BR-FR-18_BT-123", "rsm:CrossIndustryInvoice") { node, _ in
            node.select(relativeAgreement + "/ram:AdditionalReferencedDocument").count {
                $0.frenchHas("ram:Name", "LISIBLE")
            } <= 1
        },
        cii(
            "BR-FR-20_BT-21",
            root + "/rsm:ExchangedDocument/ram:IncludedNote",
            where: { $0.frenchHas("ram:SubjectCode", "BAR") }
        ) { node, _ in
            node.first("ram:Content").map { FrenchXPath.isIn($0.stringValue, barTreatments) } ?? false
        },
        cii("BR-FR-27_BG-32", line + "/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic") { node, _ in
            node.exists("ram:Description") || node.exists("ram:TypeCode")
        },
        cii(
            "BR-FR-27_BT-160",
            line + "/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic/ram:Description"
        ) { node, _ in node.hasText(".") },
        cii(
            "BR-FR-27_EXT-FR-FE-159",
            line + "/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic/ram:TypeCode"
        ) { node, _ in node.hasText(".") },
        cii("BR-FR-28-Value", line + "/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic") { node, _ in
            let hasValue = node.exists("ram:Value")
            if hasValue { return !node.exists("ram:ValueMeasure") }
            return node.select("ram:ValueMeasure").contains { ($0.attribute("unitCode") ?? "").isEmpty == false }
        },
        cii("BR-FR-29_BT-18", agreement) { node, _ in
            let documents = node.children("ram:AdditionalReferencedDocument")
            return documents.count { $0.frenchHas("ram:ReferenceTypeCode", "AFL") } <= 1
                && documents.count { $0.frenchHas("ram:ReferenceTypeCode", "AVV") } <= 1
        },
        cii(
            "BR-FR-29_AFL",
            agreement + "/ram:AdditionalReferencedDocument/ram:IssuerAssignedID",
            where: hasReferenceType("AFL")
        ) { node, _ in node.hasText(".") },
        cii(
            "BR-FR-29_AVV",
            agreement + "/ram:AdditionalReferencedDocument/ram:IssuerAssignedID",
            where: hasReferenceType("AVV")
        ) { node, _ in node.hasText(".") },
        // The artefact counts the documents directly under the line item, where CII has none.
        cii("BR-FR-30_BT-128", line) { node, _ in
            let documents = node.children("ram:AdditionalReferencedDocument")
            return documents.count { $0.frenchHas("ram:ReferenceTypeCode", "AFL") } <= 1
                && documents.count { $0.frenchHas("ram:ReferenceTypeCode", "AVV") } <= 1
        },
        cii(
            "BR-FR-30_AFL",
            line + "/ram:AdditionalReferencedDocument/ram:IssuerAssignedID",
            where: hasReferenceType("AFL")
        ) { node, _ in node.hasText(".") },
        cii(
            "BR-FR-30_AVV",
            line + "/ram:AdditionalReferencedDocument/ram:IssuerAssignedID",
            where: hasReferenceType("AVV")
        ) { node, _ in node.hasText(".") },
        cii("BR-FR-31_BT-21", root + "/rsm:ExchangedDocument") { node, _ in
            node.children("ram:IncludedNote").count { note in
                note.frenchHas("ram:SubjectCode", "BAR")
                    && FrenchXPath.isIn(note.normalized("ram:Content"), barTreatments)
            } <= 1
        },
        BusinessRule(
            "BR-FR-32-LEGALID",
            .fatal,
            message: FrenchRuleText.cii("BR-FR-32-LEGALID"),
            context: { document in
                document.frenchValue("cii BR-FR-32 legal") {
                    document.all("ram:SpecifiedLegalOrganization", "ram:ID").filter(attribute("schemeID", is: "0002"))
                }
            },
            test: { node, _ in FrenchXPath.isDigits(XPath.normalizeSpace(node.stringValue), count: 9) }
        ),
        BusinessRule(
            "BR-FR-32-GLOBALID",
            .fatal,
            message: FrenchRuleText.cii("BR-FR-32-GLOBALID"),
            context: { document in
                document.frenchValue("cii BR-FR-32 global") {
                    document.all("ram:GlobalID").filter(attribute("schemeID", is: "0002", "0231"))
                }
            },
            test: { node, _ in FrenchXPath.isDigits(XPath.normalizeSpace(node.stringValue), count: 9) }
        ),
    ]

    private static let coherenceRules: [BusinessRule] =
        [
            cii("BR-FR-CO-03_BT-3", "rsm:CrossIndustryInvoice") { node, _ in
                guard FrenchXPath.anyEquals(node.select("rsm:ExchangedDocument/ram:TypeCode"), "262") else {
                    return true
                }
                let period = relativeSettlement + "/ram:BillingSpecifiedPeriod/"
                return !(node.string(relativeAgreement + "/ram:ContractReferencedDocument/ram:IssuerAssignedID") ?? "")
                    .isEmpty
                    && !(node.string(period + "ram:StartDateTime/udt:DateTimeString") ?? "").isEmpty
                    && !(node.string(period + "ram:EndDateTime/udt:DateTimeString") ?? "").isEmpty
            },
            cii("BR-FR-CO-04_BT-4", "rsm:CrossIndustryInvoice") { node, _ in
                guard
                    FrenchXPath.anyIn(node.select("rsm:ExchangedDocument/ram:TypeCode"), ["384", "471", "472", "473"])
                else { return true }
                return node.select(relativeSettlement + "/ram:InvoiceReferencedDocument").count == 1
            },
            cii("BR-FR-CO-05_BT-3", "rsm:CrossIndustryInvoice") { node, _ in
                guard
                    FrenchXPath.anyIn(
                        node.select("rsm:ExchangedDocument/ram:TypeCode"),
                        ["261", "381", "396", "502", "503"]
                    )
                else { return true }
                let complete = { (reference: RuleNode) in
                    reference.exists("ram:IssuerAssignedID")
                        && reference.exists("ram:FormattedIssueDateTime/qdt:DateTimeString")
                }
                if node.select(relativeSettlement + "/ram:InvoiceReferencedDocument").contains(where: complete) {
                    return true
                }
                return node.select("rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem").allSatisfy {
                    line in
                    let codes = line.select("ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode")
                    guard codes.isEmpty || FrenchXPath.anyEquals(codes, "DETAIL") else { return true }
                    return line.select("ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument").contains(
                        where: complete
                    )
                }
            },
            cii("BR-FR-CO-07_BT-9", "rsm:CrossIndustryInvoice") { node, _ in
                let due = node.string(
                    relativeSettlement + "/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString"
                )
                guard let due, !due.isEmpty else { return true }
                if FrenchXPath.anyIn(node.select("rsm:ExchangedDocument/ram:TypeCode"), ["386", "500", "503"])
                    || FrenchXPath.anyIn(node.select(billingMode), ["B2", "S2", "M2"])
                {
                    return true
                }
                guard let issue = node.string("rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString") else {
                    return false
                }
                return !FrenchXPath.less(due, issue)
            },
            cii("BR-FR-CO-08_BT-23", "rsm:CrossIndustryInvoice") { node, _ in
                !FrenchXPath.anyIn(node.select(billingMode), ["B4", "S4", "M4"])
                    || !FrenchXPath.anyIn(node.select("rsm:ExchangedDocument/ram:TypeCode"), ["386", "500", "503"])
            },
        ]
        + paidModeRules + partyIdentifierRules + [
            cii("BR-FR-CO-12_BT-5", "rsm:CrossIndustryInvoice") { node, _ in
                let currencies = node.select(relativeSettlement + "/ram:InvoiceCurrencyCode")
                guard currencies.contains(where: { !FrenchXPath.same($0.stringValue, "EUR") }) else { return true }
                let taxInEuro = node.frenchChildren(
                    relativeSettlement + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount",
                    attribute: "currencyID",
                    equals: "EUR"
                )
                return FrenchXPath.anyEquals(node.select(relativeSettlement + "/ram:TaxCurrencyCode"), "EUR")
                    && !(taxInEuro.first?.stringValue ?? "").isEmpty
            },
            cii("BR-FR-CO-14_BT-29-1", "rsm:CrossIndustryInvoice") { node, _ in
                guard isSingleTaxableMember(node) else { return true }
                return node.select("rsm:ExchangedDocument/ram:IncludedNote").contains {
                    $0.frenchHas("ram:SubjectCode", "TXD") && $0.frenchHas("ram:Content", "MEMBRE_ASSUJETTI_UNIQUE")
                }
            },
            cii("BR-FR-CO-15_BT-29-1", "rsm:CrossIndustryInvoice") { node, _ in
                guard isSingleTaxableMember(node) else { return true }
                let representatives = node.select(relativeAgreement + "/ram:SellerTaxRepresentativeTradeParty")
                let vat = representatives.flatMap {
                    $0.frenchChildren("ram:SpecifiedTaxRegistration/ram:ID", attribute: "schemeID", equals: "VA")
                }
                return !representatives.isEmpty && !(vat.first?.stringValue ?? "").isEmpty
            },
        ]

    /// The seller is a single taxable member (a `GlobalID` with scheme 0231).
    private static func isSingleTaxableMember(_ root: RuleNode) -> Bool {
        !root.frenchChildren(
            relativeAgreement + "/ram:SellerTradeParty/ram:GlobalID",
            attribute: "schemeID",
            equals: "0231"
        )
        .isEmpty
    }

    /// `$frameworkCode = ('B2', 'S2', 'M2')`.
    private static func isPaidMode(_ root: RuleNode) -> Bool {
        FrenchXPath.anyIn(root.select(billingMode), ["B2", "S2", "M2"])
    }

    /// `number(path)` over the first node (NaN, here `nil`, when absent).
    private static func number(_ root: RuleNode, _ path: String) -> Double? {
        FrenchXPath.number(root.string(path))
    }

    private static let paidModeRules: [BusinessRule] = [
        cii("BR-FR-CO-09_BT-23-1", "rsm:CrossIndustryInvoice") { node, _ in
            guard isPaidMode(node) else { return true }
            let totals = relativeSettlement + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/"
            guard let paid = number(node, totals + "ram:TotalPrepaidAmount"),
                let total = number(node, totals + "ram:GrandTotalAmount")
            else { return false }
            return paid == total
        },
        cii("BR-FR-CO-09_BT-23-2", "rsm:CrossIndustryInvoice") { node, _ in
            guard isPaidMode(node) else { return true }
            let path = relativeSettlement + "/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:DuePayableAmount"
            return number(node, path) == 0
        },
        cii("BR-FR-CO-09_BT-23-3", "rsm:CrossIndustryInvoice") { node, _ in
            guard isPaidMode(node) else { return true }
            let path = relativeSettlement + "/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString"
            return !(node.string(path) ?? "").isEmpty
        },
    ]

    /// BR-FR-CO-10: each party's identifiers (`ram:GlobalID`) have a scheme, each scheme once.
    private static let partyIdentifierRules: [BusinessRule] = parties.flatMap { term, path in
        // The artefact's contexts are relative patterns; they select the same elements.
        [
            cii("BR-FR-CO-10_\(term)-1", path) { node, _ in
                node.children("ram:GlobalID").allSatisfy { $0.attribute("schemeID") != nil }
            },
            cii("BR-FR-CO-10_\(term)-2", path) { node, _ in
                let schemes = node.children("ram:GlobalID").compactMap { $0.attribute("schemeID") }
                return Set(schemes.map { Array($0.unicodeScalars) }).count == schemes.count
            },
        ]
    }

    private static let decimalRules: [BusinessRule] =
        [
            ("BT-92_BT-99", settlement + "/ram:SpecifiedTradeAllowanceCharge/ram:ActualAmount"),
            ("BT-93_BT-100", settlement + "/ram:SpecifiedTradeAllowanceCharge/ram:BasisAmount"),
            ("BT-106", summation + "/ram:LineTotalAmount"),
            ("BT-107", summation + "/ram:AllowanceTotalAmount"),
            ("BT-108", summation + "/ram:ChargeTotalAmount"),
            ("BT-109", summation + "/ram:TaxBasisTotalAmount"),
            ("BT-110", summation + "/ram:TaxTotalAmount"),
        ].map { term, path in
            cii("BR-FR-DEC-01_" + term, path) { node, _ in FrenchXPath.isAmount(XPath.normalizeSpace(node.stringValue))
            }
        } + [shadowedCII("BR-FR-DEC-01_BT-111")]
        + [
            ("BT-112", summation + "/ram:GrandTotalAmount"),
            ("BT-113", summation + "/ram:TotalPrepaidAmount"),
            ("BT-114", summation + "/ram:RoundingAmount"),
            ("BT-115", summation + "/ram:DuePayableAmount"),
            ("BT-116", settlement + "/ram:ApplicableTradeTax/ram:BasisAmount"),
            ("BT-117", settlement + "/ram:ApplicableTradeTax/ram:CalculatedAmount"),
            (
                "BT-131",
                lineSettlement + "/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"
            ),
            ("BT-136_BT-141", lineSettlement + "/ram:SpecifiedTradeAllowanceCharge/ram:ActualAmount"),
            ("BT-137_BT-142", lineSettlement + "/ram:SpecifiedTradeAllowanceCharge/ram:BasisAmount"),
        ].map { term, path in
            cii("BR-FR-DEC-01_" + term, path) { node, _ in FrenchXPath.isAmount(XPath.normalizeSpace(node.stringValue))
            }
        }
        + [
            ("BT-129", line + "/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity"),
            ("BT-149", lineAgreement + "/ram:NetPriceProductTradePrice/ram:BasisQuantity"),
        ].map { term, path in
            cii("BR-FR-DEC-02_" + term, path) { node, _ in
                FrenchXPath.isQuantity(XPath.normalizeSpace(node.stringValue))
            }
        }
        + [
            ("BT-146", lineAgreement + "/ram:NetPriceProductTradePrice/ram:ChargeAmount"),
            (
                "BT-147",
                lineAgreement + "/ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:ActualAmount"
            ),
            ("BT-148", lineAgreement + "/ram:GrossPriceProductTradePrice/ram:ChargeAmount"),
        ].map { term, path in
            cii("BR-FR-DEC-03_" + term, path) { node, document in
                FrenchXPath.isPrice(XPath.normalizeSpace(node.stringValue), signed: isBidirectional(document))
            }
        }
        + [
            ("BT-96_BT-103", settlement + "/ram:SpecifiedTradeAllowanceCharge/ram:CategoryTradeTax"),
            ("BT-119", settlement + "/ram:ApplicableTradeTax"),
            ("BT-152", lineSettlement + "/ram:ApplicableTradeTax"),
        ].map { term, path in
            cii("BR-FR-DEC-04_" + term, path + "/ram:RateApplicablePercent") { node, _ in
                FrenchXPath.isPercent(XPath.normalizeSpace(node.stringValue))
            }
        }

    /// The top-level group lines (`GROUP` without a parent line) of the transaction.
    private static func groupLines(_ document: RuleDocument) -> [RuleNode] {
        document.frenchValue("cii group lines") { document.frenchMatch(lineMatch).filter(isGroupLine) }
    }

    private static let multiVendorRules: [BusinessRule] = [
        cii("BR-FR-MV-01_EXT-FR-FE-163", line + "/ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode") {
            node,
            document in !isSpecial(document) || node.hasText(".")
        },
        cii("BR-FR-MV-02_EXT-FR-FE-163", transaction) { _, document in
            !isMultiVendor(document) || !groupLines(document).isEmpty
        },
        cii("BR-FR-BD-02_EXT-FR-FE-163", transaction) { _, document in
            !isBidirectional(document) || groupLines(document).count == 2
        },
        cii("BR-FR-BD-02_BT-31", transaction) { node, document in
            !isBidirectional(document) || groupLinesOf(node, party: "ram:SellerTradeParty", document) == 1
        },
        cii("BR-FR-BD-02_BT-47", transaction) { node, document in
            !isBidirectional(document) || groupLinesOf(node, party: "ram:BuyerTradeParty", document) == 1
        },
        cii("BR-FR-MV-03_EXT-FR-FE-164", line, where: isGroupLine) { node, document in
            !isSpecial(document) || node.hasText("ram:SpecifiedLineTradeAgreement/ram:ItemSellerTradeParty/ram:Name")
        },
        cii("BR-FR-MV-03_EXT-FR-FE-167", line, where: isGroupLine) { node, document in
            !isSpecial(document)
                || node.hasText(
                    "ram:SpecifiedLineTradeAgreement/ram:ItemSellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID"
                )
        },
        cii("BR-FR-MV-03_EXT-FR-FE-177", line, where: isGroupLine) { node, document in
            !isSpecial(document)
                || node.hasText(
                    "ram:SpecifiedLineTradeAgreement/ram:ItemSellerTradeParty/ram:PostalTradeAddress/ram:CountryID"
                )
        },
        cii("BR-FR-MV-03_EXT-FR-FE-181", line, where: isGroupLine) { node, document in
            guard isSpecial(document) else { return true }
            let currencies = node.select("../ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode")
            return !XPath.normalizeSpace(lineTaxTotal(node, in: currencies)?.stringValue ?? "").isEmpty
        },
        cii("BR-FR-MV-03_EXT-FR-FE-182", line, where: isGroupLine) { node, document in
            guard isSpecial(document) else { return true }
            let currencies = node.select("../ram:ApplicableHeaderTradeSettlement/ram:TaxCurrencyCode")
            if currencies.isEmpty { return true }
            return currencies.contains { !$0.stringValue.isEmpty }
                && !XPath.normalizeSpace(lineTaxTotal(node, in: currencies)?.stringValue ?? "").isEmpty
        },
        cii(
            "BR-FR-MV-03_BT-128_AFL",
            line + "/ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument",
            where: { isGroupLine($0.parent!.parent!) && $0.frenchHas("ram:ReferenceTypeCode", "AFL") }
        ) { node, document in
            !isSpecial(document) || (node.frenchHas("ram:TypeCode", "130") && node.hasText("ram:IssuerAssignedID"))
        },
        cii(
            "BR-FR-MV-03_BT-128_AVV",
            line + "/ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument",
            where: { isGroupLine($0.parent!.parent!) && $0.frenchHas("ram:ReferenceTypeCode", "AVV") }
        ) { node, document in
            !isSpecial(document)
                || (node.frenchHas("ram:TypeCode", "130") && node.hasText("ram:IssuerAssignedID")
                    && !FrenchXPath.anyIn(node.select("ram:IssuerAssignedID"), ["M8", "S8", "B8"]))
        },
        cii("BR-FR-MV-05_EXT-FR-FE-BG-12", line, where: isGroupLine) { node, document in
            guard isSpecial(document) else { return true }
            let groupID = node.normalized("ram:AssociatedDocumentLineDocument/ram:LineID")
            let amountPath =
                "ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation"
                + "/ram:LineTotalAmount"
            // `../ram:IncludedSupplyChainTradeLineItem[ram:AssociatedDocumentLineDocument/ram:ParentLineID =
            // $grouplineID and ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode != 'INFORMATION']`
            let index = document.frenchValue("cii sub-lines not information") {
                FrenchIndex(
                    document.frenchMatch(lineMatch).filter { line in
                        line.contains("ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode") {
                            !FrenchXPath.same($0.stringValue, "INFORMATION")
                        }
                    },
                    keys: { $0.select("ram:AssociatedDocumentLineDocument/ram:ParentLineID") }
                )
            }
            let amounts = index.items(matching: [groupID]).flatMap { $0.select(amountPath) }
            guard let sum = FrenchXPath.sum(amounts), let own = number(node, amountPath) else { return false }
            return abs(own - sum) <= 0.01 * Double(amounts.count)
        },
        cii("BR-FR-MV-06_EXT-FR-FE-167", line) { node, document in
            guard isSpecial(document) else { return true }
            let path = "ram:SpecifiedLineTradeAgreement/ram:ItemSellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID"
            let legalID = node.normalized(path)
            guard !legalID.isEmpty else { return false }
            let parentIDs = node.select("ram:AssociatedDocumentLineDocument/ram:ParentLineID")
            if parentIDs.isEmpty { return true }
            let parent = lines(withLineID: parentIDs, document).lazy.flatMap { $0.select(path) }.first
            return FrenchXPath.same(legalID, XPath.normalizeSpace(parent?.stringValue ?? ""))
        },
        cii("BR-FR-MV-07_BT-128", line) { node, document in
            guard isSpecial(document) else { return true }
            let number = subInvoiceNumber([node])
            guard !number.isEmpty else { return false }
            let parentIDs = node.select("ram:AssociatedDocumentLineDocument/ram:ParentLineID")
            if parentIDs.isEmpty { return true }
            return FrenchXPath.same(number, subInvoiceNumber(lines(withLineID: parentIDs, document)))
        },
        cii(
            "BR-FR-MV-08_BT-128",
            line,
            where: { $0.frenchHas("ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode", "DETAIL") }
        ) { node, document in
            guard isSpecial(document) else { return true }
            let number = subInvoiceNumber([node])
            let reason =
                node.string("ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:ExemptionReason") ?? ""
            return !XPath.normalizeSpace(reason).isEmpty && !number.isEmpty
                && FrenchXPath.startsWith(reason, "#" + number + "#")
        },
        cii("BR-FR-MV-09_EXT-FR-FE-181", line, where: isGroupLine) { node, document in
            guard isSpecial(document) else { return true }
            let number = subInvoiceNumber([node])
            let taxes = node.select("../ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax").filter { tax in
                tax.frenchHas("ram:TypeCode", "VAT")
                    && FrenchXPath.startsWith(tax.string("ram:ExemptionReason") ?? "", "#" + number + "#")
            }
            let currencies = node.select("../ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode")
            guard let sum = FrenchXPath.sum(taxes.flatMap { $0.select("ram:CalculatedAmount") }),
                let own = FrenchXPath.number(lineTaxTotal(node, in: currencies)?.stringValue)
            else { return false }
            return abs(own - sum) <= 0.01
        },
        cii("BR-FR-MV-10_EXT-FR-FE-184", line, where: isGroupLine) { node, document in
            guard isSpecial(document) else { return true }
            let totals = "ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/"
            guard let grand = node.first(totals + "ram:GrandTotalAmount") else { return true }
            guard !XPath.normalizeSpace(grand.stringValue).isEmpty else { return false }
            let index = document.frenchValue("cii detail lines by parent") {
                FrenchIndex(
                    document.frenchMatch(lineMatch).filter {
                        $0.frenchHas("ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode", "DETAIL")
                    },
                    keys: { $0.select("ram:AssociatedDocumentLineDocument/ram:ParentLineID") }
                )
            }
            let details = index.items(
                matching: node.select("ram:AssociatedDocumentLineDocument/ram:LineID").map(\.stringValue)
            )
            let currencies = node.select("../ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode")
            guard let total = FrenchXPath.number(grand.stringValue),
                let net = number(node, totals + "ram:LineTotalAmount"),
                let tax = FrenchXPath.number(lineTaxTotal(node, in: currencies)?.stringValue)
            else { return false }
            return abs(total - net - tax) <= 0.01 * Double(details.count)
        },
    ]

    /// `ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:TaxTotalAmount
    /// [@currencyID = $currencies]`, the first.
    private static func lineTaxTotal(_ line: RuleNode, in currencies: [RuleNode]) -> RuleNode? {
        line.select(
            "ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:TaxTotalAmount"
        )
        .first { amount in
            guard let currency = amount.attribute("currencyID") else { return false }
            return currencies.contains { FrenchXPath.same($0.stringValue, currency) }
        }
    }

    /// The number of top-level group lines whose item seller's legal identifier equals the header
    /// party's (BR-FR-BD-02).
    private static func groupLinesOf(_ transaction: RuleNode, party: String, _ document: RuleDocument) -> Int {
        let partyIDs = transaction.select(
            "ram:ApplicableHeaderTradeAgreement/" + party + "/ram:SpecifiedLegalOrganization/ram:ID"
        )
        return transaction.children("ram:IncludedSupplyChainTradeLineItem").count { line in
            isGroupLine(line)
                && FrenchXPath.anyPairEqual(
                    line.select(
                        "ram:SpecifiedLineTradeAgreement/ram:ItemSellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID"
                    ),
                    partyIDs
                )
        }
    }

    private static let itemSellerID =
        "ram:SpecifiedLineTradeAgreement/ram:ItemSellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID"

    private static let subInvoiceRules: [BusinessRule] = [
        cii(
            "BR-FR-MV-11_BT-128",
            line,
            where: { line in
                guard isGroupLine(line), let root = line.parent?.parent else { return false }
                return FrenchXPath.anyPairEqual(
                    line.select(itemSellerID),
                    root.select(relativeAgreement + "/ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID")
                )
            }
        ) { node, document in
            guard isSpecial(document) else { return true }
            let invoiceIDs = document.root.select("rsm:ExchangedDocument/ram:ID")
            let count = document.frenchValue("cii nbSubinvoiceSeller") { () -> Int in
                let sellerIDs = document.root.select(
                    relativeAgreement + "/ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID"
                )
                return document.all("ram:IncludedSupplyChainTradeLineItem").filter { line in
                    FrenchXPath.anyPairEqual(line.select(itemSellerID), sellerIDs) && isGroupLine(line)
                }.flatMap { $0.select("ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument") }.count {
                    reference in
                    reference.frenchHas("ram:ReferenceTypeCode", "AFL") && reference.frenchHas("ram:TypeCode", "130")
                        && FrenchXPath.anyPairEqual(reference.select("ram:IssuerAssignedID"), invoiceIDs)
                }
            }
            let number = subInvoiceNumber([node])
            return count == 1 || (count == 0 && FrenchXPath.anyEquals(invoiceIDs, number))
                || (count > 1 && invoiceIDs.contains { !FrenchXPath.same($0.stringValue, number) })
        },
        cii("BR-FR-MV-12_BT-128", transaction) { node, document in
            guard isSpecial(document) else { return true }
            let repeated = document.frenchValue("cii repeated issuer ids") { () -> Set<RuleNode> in
                var seen = Set<[Unicode.Scalar]>()
                var repeated = Set<RuleNode>()
                for id in document.all("ram:IssuerAssignedID") {
                    let value = Array(id.stringValue.unicodeScalars)
                    if seen.contains(value) { repeated.insert(id) }
                    seen.insert(value)
                }
                return repeated
            }
            return !node.children("ram:IncludedSupplyChainTradeLineItem").contains { line in
                isGroupLine(line)
                    && line.select("ram:SpecifiedLineTradeSettlement/ram:AdditionalReferencedDocument").contains {
                        reference in
                        reference.frenchHas("ram:ReferenceTypeCode", "AFL")
                            && reference.frenchHas("ram:TypeCode", "130")
                            && reference.select("ram:IssuerAssignedID").contains {
                                repeated.contains($0)
                            }
                    }
            }
        },
        cii("BR-FR-MV-13_BT-3", root + "/rsm:ExchangedDocument/ram:TypeCode") { node, document in
            !isMultiVendor(document) || (node.hasText(".") && !FrenchXPath.isIn(node.stringValue, excludedB2BTypes))
        },
        cii("BR-FR-BD-13_BT-3", root + "/rsm:ExchangedDocument/ram:TypeCode") { node, document in
            !isBidirectional(document)
                || (node.hasText(".") && FrenchXPath.isIn(XPath.normalizeSpace(node.stringValue), excludedB2BTypes))
        },
        cii("BR-FR-MV-14-EXT-FR-FE-136", line, where: correctiveGroupLine(["384", "472", "381", "396", "503"])) {
            node,
            document in
            !isMultiVendor(document)
                || node.exists("ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument/ram:IssuerAssignedID")
        },
        cii("BR-FR-MV-14-EXT-FR-FE-138", line, where: correctiveGroupLine(["384", "472", "381", "396", "503"])) {
            node,
            document in
            !isMultiVendor(document)
                || node.exists(
                    "ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime"
                        + "/qdt:DateTimeString"
                )
        },
        cii("BR-FR-BD-14-EXT-FR-FE-136", line, where: correctiveGroupLine(["261", "471", "473", "502"])) {
            node,
            document in
            !isBidirectional(document)
                || node.exists("ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument/ram:IssuerAssignedID")
        },
        cii("BR-FR-BD-14-EXT-FR-FE-138", line, where: correctiveGroupLine(["261", "471", "473", "502"])) {
            node,
            document in
            !isBidirectional(document)
                || node.exists(
                    "ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime"
                        + "/qdt:DateTimeString"
                )
        },
    ]

    /// A top-level group line of an invoice whose type code is one of `types`.
    private static func correctiveGroupLine(_ types: Set<String>) -> @Sendable (RuleNode) -> Bool {
        { line in
            guard isGroupLine(line), let root = line.parent?.parent else { return false }
            return FrenchXPath.anyIn(root.select("rsm:ExchangedDocument/ram:TypeCode"), types)
        }
    }
}
