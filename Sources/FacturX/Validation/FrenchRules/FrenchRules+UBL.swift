// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The French rules (BR-FR, Flux 2) on UBL Invoice and CreditNote, as
/// `BR-FR-Flux2-Schematron-UBL` V1.4.0 states them.
extension FrenchRules {
    /// Both roots.
    private static let roots = "ubl:Invoice | cn:CreditNote"

    /// A match pattern under both roots: `ubl:Invoice/<invoice> | cn:CreditNote/<creditNote>`.
    private static func underRoots(_ invoice: String, _ creditNote: String? = nil) -> String {
        "ubl:Invoice/" + invoice + " | cn:CreditNote/" + (creditNote ?? invoice)
    }

    /// A match pattern under the invoice lines and credit note lines.
    private static func underLines(_ path: String) -> String {
        "ubl:Invoice/cac:InvoiceLine/" + path + " | cn:CreditNote/cac:CreditNoteLine/" + path
    }

    /// The lines of the document (`cac:InvoiceLine | cac:CreditNoteLine` under the root).
    private static let ublLines = "ubl:Invoice/cac:InvoiceLine | cn:CreditNote/cac:CreditNoteLine"
    private static let ublLinesMatch = FrenchMatchPattern(ublLines)

    /// A UBL rule on the elements a match pattern selects, with its official text.
    private static func ubl(
        _ id: String,
        _ pattern: String,
        where filter: (@Sendable (RuleNode, RuleDocument) -> Bool)? = nil,
        test: @escaping @Sendable (RuleNode, RuleDocument) -> Bool
    ) -> BusinessRule {
        let compiled = FrenchMatchPattern(pattern)
        let contextKey = RuleMemoKey()
        return BusinessRule(
            id,
            .fatal,
            message: FrenchRuleText.ubl(id),
            context: { document in
                let nodes = document.frenchMatch(compiled)
                guard let filter else { return nodes }
                return document.memoized(contextKey) { nodes.filter { filter($0, document) } }
            },
            test: test
        )
    }

    /// A rule that never fires: its context is the same as an earlier rule of its pattern, and a
    /// Schematron pattern checks each element against its first matching rule only.
    private static func shadowedUBL(_ id: String) -> BusinessRule {
        BusinessRule(id, .fatal, message: FrenchRuleText.ubl(id), context: { _ in [] }, test: { _, _ in true })
    }

    // MARK: - Document values

    /// `custom:isSpecialContract*`: `cbc:ProfileID`, normalised, is one of `modes`.
    private static func profileIs(_ document: RuleDocument, _ modes: Set<String>) -> Bool {
        guard let mode = document.root.string("cbc:ProfileID") else { return false }
        return FrenchXPath.isIn(XPath.normalizeSpace(mode), modes)
    }

    /// `custom:isSpecialContract(/)`.
    private static func ublSpecial(_ document: RuleDocument) -> Bool {
        document.frenchValue("ubl special") { profileIs(document, ["S8", "B8", "M8", "S9", "B9", "M9"]) }
    }

    /// `custom:isSpecialContractMV(/)`.
    private static func ublMultiVendor(_ document: RuleDocument) -> Bool {
        document.frenchValue("ubl mv") { profileIs(document, ["S8", "B8", "M8"]) }
    }

    /// `custom:isSpecialContractBD(/)`.
    private static func ublBidirectional(_ document: RuleDocument) -> Bool {
        document.frenchValue("ubl bd") { profileIs(document, ["S9", "B9", "M9"]) }
    }

    /// `$invoiceID`: the root's `cbc:ID`.
    private static func invoiceIDs(_ document: RuleDocument) -> [RuleNode] {
        document.frenchValue("ubl invoice id") { document.root.children("cbc:ID") }
    }

    /// `cac:InvoiceDocumentReference/cbc:ID = $invoiceID` on a billing reference.
    private static func refersToInvoice(_ reference: RuleNode, _ document: RuleDocument) -> Bool {
        FrenchXPath.anyPairEqual(reference.select("cac:InvoiceDocumentReference/cbc:ID"), invoiceIDs(document))
    }

    /// A line's billing reference to the invoice itself with status `GROUP` and no parent line.
    private static func isGroupReference(_ reference: RuleNode, _ document: RuleDocument) -> Bool {
        refersToInvoice(reference, document)
            && reference.frenchHas("cac:InvoiceDocumentReference/cbc:DocumentStatusCode", "GROUP")
            && !reference.exists("cac:BillingReferenceLine/cbc:ID")
    }

    /// The group references of the lines, in document order.
    private static func groupReferences(_ document: RuleDocument) -> [RuleNode] {
        document.frenchValue("ubl group references") {
            document.frenchMatch(ublLinesMatch).flatMap { $0.children("cac:BillingReference") }
                .filter { isGroupReference($0, document) }
        }
    }

    /// `normalize-space(cac:DocumentReference[cbc:DocumentTypeCode = '130']/cbc:ID[@schemeID = scheme])`.
    private static func lineReference(_ line: RuleNode, scheme: String = "AFL") -> String {
        XPath.normalizeSpace(lineReferenceNodes(line, scheme: scheme).first?.stringValue ?? "")
    }

    /// `cac:DocumentReference[cbc:DocumentTypeCode = '130']/cbc:ID[@schemeID = scheme]`.
    private static func lineReferenceNodes(_ line: RuleNode, scheme: String) -> [RuleNode] {
        line.children("cac:DocumentReference").filter { $0.frenchHas("cbc:DocumentTypeCode", "130") }
            .flatMap { $0.frenchChildren("cbc:ID", attribute: "schemeID", equals: scheme) }
    }

    /// The lines whose `cbc:ID` equals one of `ids`, in document order (memoized index).
    private static func ublLines(withID ids: [RuleNode], _ document: RuleDocument) -> [RuleNode] {
        let all = document.frenchMatch(ublLinesMatch)
        let index = document.frenchValue("ubl lines by id") { () -> [String: [Int]] in
            var index: [String: [Int]] = [:]
            for (position, item) in all.enumerated() {
                for id in item.children("cbc:ID") { index[id.stringValue, default: []].append(position) }
            }
            return index
        }
        var positions = Set<Int>()
        for id in ids {
            for position in index[id.stringValue] ?? []
            where all[position].containsChild("cbc:ID", where: { FrenchXPath.same($0.stringValue, id.stringValue) }) {
                positions.insert(position)
            }
        }
        return positions.sorted().map { all[$0] }
    }

    /// `cbc:TaxAmount[@currencyID = $currencies]` under a line's `cac:TaxTotal`, the first.
    private static func lineTaxAmount(_ line: RuleNode, in currencies: [RuleNode]) -> RuleNode? {
        line.select("cac:TaxTotal/cbc:TaxAmount").first { amount in
            guard let currency = amount.attribute("currencyID") else { return false }
            return currencies.contains { FrenchXPath.same($0.stringValue, currency) }
        }
    }

    /// The BAR treatment of the notes: the text after `#BAR#` in the concatenated notes, up to `#`.
    private static func noteValue(_ root: RuleNode, marker: String) -> String {
        let notes = root.children("cbc:Note").map(\.stringValue).joined()
        guard notes.contains(marker) else { return "" }
        return FrenchXPath.beforeHash(FrenchXPath.substringAfter(notes, marker))
    }

    private static let ublDocumentTypes: Set<String> = [
        "380", "389", "393", "501", "386", "500", "384", "471", "472", "473", "261", "262", "381", "396", "502", "503",
    ]
    private static let ublBillingModes: Set<String> = [
        "B1", "S1", "M1", "B2", "S2", "M2", "S3", "B4", "S4", "M4", "S5", "S6", "B7", "S7", "B8", "S8", "M8", "B9",
        "S9", "M9",
    ]
    private static let ublExcludedB2BTypes: Set<String> = ["389", "501", "500", "471", "473", "261", "502"]
    private static let ublVATCategories: Set<String> = ["S", "E", "AE", "K", "G", "O", "Z"]
    private static let ublVATRates: Set<String> = [
        "0", "0.0", "0.00", "10", "10.0", "10.00", "13", "13.0", "13.00", "20", "20.0", "20.00", "8.5", "8.50", "19.6",
        "19.60", "2.1", "2.10", "5.5", "5.50", "7", "7.0", "7.00", "20.6", "20.60", "1.05", "0.9", "0.90", "1.75",
        "9.2", "9.20", "9.6", "9.60",
    ]
    private static let ublAttachmentCodes: Set<String> = [
        "RIB", "LISIBLE", "FEUILLE_DE_STYLE", "PJA", "BORDEREAU_SUIVI", "DOCUMENT_ANNEXE", "BON_LIVRAISON",
        "BON_COMMANDE", "BORDEREAU_SUIVI_VALIDATION", "ETAT_ACOMPTE", "FACTURE_PAIEMENT_DIRECT",
        "RECAPITULATIF_COTRAITANCE",
    ]

    // MARK: - Rules

    /// Every assert of the UBL artefact (175).
    static let ublRules: [BusinessRule] =
        ublIdentifierRules + ublNoteRules + ublPartyRules + ublTaxRules + ublDocumentRules + ublCoherenceRules
        + ublDecimalRules + (ublMultiVendorRules + ublSubInvoiceRules).map { $0.frenchGated(by: ublSpecial) }

    private static let ublIdentifierRules: [BusinessRule] =
        [
            ubl("BR-FR-01_BT-1-1", underRoots("cbc:ID")) { node, _ in FrenchXPath.length(node.stringValue) <= 35 },
            ubl("BR-FR-01_BT-1-2", underRoots("cbc:ID")) { node, _ in FrenchXPath.isValidIdentifier(node.stringValue) },
            ubl("BR-FR-01_BT-25-1", underRoots("cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID")) {
                node,
                _ in FrenchXPath.length(node.stringValue) <= 35
            },
            ubl("BR-FR-01_BT-25-2", underRoots("cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID")) {
                node,
                _ in FrenchXPath.isValidIdentifier(node.stringValue)
            },
            ubl("BR-FR-01_EXT-FR-FE-136-1", underLines("cac:BillingReference/cac:DocumentReference/cbc:ID")) {
                node,
                _ in FrenchXPath.length(node.stringValue) <= 35
            },
            ubl("BR-FR-01_BT-EXT-FR-FE-136-2", underLines("cac:BillingReference/cac:DocumentReference/cbc:ID")) {
                node,
                _ in FrenchXPath.isValidIdentifier(node.stringValue)
            },
            ubl("BR-FR-02_BT-1", underRoots("cbc:ID")) { node, _ in FrenchXPath.isValidIdentifier(node.stringValue) },
            ubl("BR-FR-02_BT-25", underRoots("cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID")) { node, _ in
                FrenchXPath.isValidIdentifier(node.stringValue)
            },
            ubl("BR-FR-02_EXT-FR-FE-136", underLines("cac:DocumentReference/cbc:ID")) { node, _ in
                FrenchXPath.isValidIdentifier(node.stringValue)
            },
        ]
        + [
            ("BT-2", underRoots("cbc:IssueDate")),
            ("BT-7", underRoots("cbc:TaxPointDate")),
            ("BT-9", underRoots("cbc:DueDate")),
            ("BT-26", underRoots("cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate")),
            ("BT-72", underRoots("cac:Delivery/cbc:ActualDeliveryDate")),
            ("BT-73", underRoots("cac:InvoicePeriod/cbc:StartDate")),
            ("BT-74", underRoots("cac:InvoicePeriod/cbc:EndDate")),
            ("EXT-FR-FE-138", underLines("cac:DocumentReference/cbc:IssueDate")),
            ("EXT-FR-FE-158", underLines("cac:Delivery/cbc:ActualDeliveryDate")),
            ("BT-134", underLines("cac:InvoicePeriod/cbc:StartDate")),
            ("BT-135", underLines("cac:InvoicePeriod/cbc:EndDate")),
        ].map { term, pattern in
            ubl("BR-FR-03_" + term, pattern) { node, _ in FrenchXPath.isValidDate(node.stringValue, separated: true) }
        }
        + [
            ("BT-3", underRoots("cbc:InvoiceTypeCode", "cbc:CreditNoteTypeCode")),
            ("EXT-FR-FE-02", underRoots("cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentTypeCode")),
            ("EXT-FR-FE-137", underLines("cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentTypeCode")),
        ].map { term, pattern in
            ubl("BR-FR-04_" + term, pattern) { node, _ in FrenchXPath.isIn(node.stringValue, ublDocumentTypes) }
        }

    /// `string-join(cbc:Note, '')`.
    private static func allNotes(_ root: RuleNode) -> String {
        root.children("cbc:Note").map(\.stringValue).joined()
    }

    private static let ublNoteRules: [BusinessRule] =
        [("1", "#PMT#"), ("2", "#PMD#"), ("3", "#AAB#")].map { suffix, marker in
            ubl("BR-FR-05_BT-22-" + suffix, roots) { node, _ in allNotes(node).contains(marker) }
        }
        + [("1", "#PMT#"), ("2", "#PMD#"), ("3", "#AAB#"), ("4", "#TXD#")].map { suffix, marker in
            ubl("BR-FR-06_BT-21-" + suffix, roots) { node, _ in
                FrenchXPath.occurrences(of: marker, in: allNotes(node)) <= 1
            }
        }
        + [
            ubl("BR-FR-08_BT-23", roots) { node, _ in
                guard let profile = node.first("cbc:ProfileID") else { return false }
                return FrenchXPath.isIn(profile.stringValue, ublBillingModes)
            }
        ]

    /// The BR-FR-09 check: a SIRET (scheme 0009) at `siretPath` has 14 digits and starts with the
    /// SIREN (scheme 0002) at `sirenPath`, or with its own first 9 characters when `fallback` and
    /// no SIREN is given.
    private static func ublSIRETIsCoherent(
        _ node: RuleNode,
        siretPath: String,
        sirenPath: String,
        fallback: Bool
    ) -> Bool {
        guard let siret = node.frenchChildren(siretPath, attribute: "schemeID", equals: "0009").first else {
            return true
        }
        let siren = node.frenchChildren(sirenPath, attribute: "schemeID", equals: "0002").first?.stringValue
        if fallback, (siren ?? "").isEmpty { return FrenchXPath.isDigits(siret.stringValue, count: 14) }
        return FrenchXPath.siretMatchesSIREN(siret.stringValue, siren)
    }

    /// The parties of BR-FR-09 and BR-FR-CO-10 (relative patterns of CO-10), with their business term.
    private static let ublParties: [(term: String, path: String)] = [
        ("BT-29", "cac:AccountingSupplierParty/cac:Party"),
        ("BT-46", "cac:AccountingCustomerParty/cac:Party"),
        ("BT-60", "cac:PayeeParty"),
        ("EXT-FR-FE-06", "cac:AccountingCustomerParty/cac:Party/cac:AgentParty"),
        ("EXT-FR-FE-46", "cac:PaymentMeans/cac:PaymentMandate/cac:PayerParty"),
        ("EXT-FR-FE-69", "cac:AccountingSupplierParty/cac:Party/cac:AgentParty"),
        ("EXT-FR-FE-92", "cac:AccountingCustomerParty/cac:Party/cac:ServiceProviderParty/cac:Party"),
        ("EXT-FR-FE-115", "cac:AccountingSupplierParty/cac:Party/cac:ServiceProviderParty/cac:Party"),
    ]

    /// The parties with an electronic address (BR-FR-23 and BR-FR-25), with their business term.
    private static let ublAddressedParties: [(term: String, path: String)] = [
        ("BT-34", "cac:AccountingSupplierParty/cac:Party"),
        ("BT-49", "cac:AccountingCustomerParty/cac:Party"),
        ("EXT-FR-FE-12", "cac:AccountingCustomerParty/cac:Party/cac:AgentParty"),
        ("EXT-FR-FE-29", "cac:PayeeParty"),
        ("EXT-FR-FE-52", "cac:PaymentMeans/cac:PaymentMandate/cac:PayerParty"),
        ("EXT-FR-FE-75", "cac:AccountingSupplierParty/cac:Party/cac:AgentParty"),
        ("EXT-FR-FE-98", "cac:AccountingCustomerParty/cac:Party/cac:ServiceProviderParty/cac:Party"),
        ("EXT-FR-FE-121", "cac:AccountingSupplierParty/cac:Party/cac:ServiceProviderParty/cac:Party"),
    ]

    /// An attribute equality filter (`[@name = 'value']`).
    private static func ublAttribute(_ name: String, is value: String) -> @Sendable (RuleNode, RuleDocument) -> Bool {
        { node, _ in node.attribute(name).map { FrenchXPath.same($0, value) } ?? false }
    }

    /// `starts-with($endpointID, $siren) and $schemeID = '0225'` for a party.
    private static func ublEndpointStartsWithSIREN(_ root: RuleNode, party: String) -> Bool {
        let siren =
            root.frenchChildren(party + "/cac:PartyLegalEntity/cbc:CompanyID", attribute: "schemeID", equals: "0002")
            .first?.stringValue ?? ""
        let endpoints = root.select(party + "/cbc:EndpointID")
        return FrenchXPath.startsWith(endpoints.first?.stringValue ?? "", siren)
            && endpoints.contains { $0.attribute("schemeID").map { FrenchXPath.same($0, "0225") } ?? false }
    }

    private static let ublPartyRules: [BusinessRule] =
        ublParties.map { term, path in
            ubl("BR-FR-09_" + term, underRoots(path)) { node, _ in
                ublSIRETIsCoherent(
                    node,
                    siretPath: "cac:PartyIdentification/cbc:ID",
                    sirenPath: "cac:PartyLegalEntity/cbc:CompanyID",
                    fallback: term != "BT-29" && term != "BT-46"
                )
            }
        } + [
            ubl("BR-FR-09_BT-71", underRoots("cac:Delivery")) { node, _ in
                ublSIRETIsCoherent(
                    node,
                    siretPath: "cac:DeliveryLocation/cbc:ID",
                    sirenPath: "cac:DeliveryParty/cac:PartyLegalEntity/cbc:CompanyID",
                    fallback: true
                )
            },
            // The artefact looks for a `cac:DeliveryLocation` inside the line's delivery location.
            ubl("BR-FR-09_EXT-FR-FE-146", underLines("cac:Delivery/cac:DeliveryLocation")) { node, _ in
                ublSIRETIsCoherent(
                    node,
                    siretPath: "cac:DeliveryLocation/cbc:ID",
                    sirenPath: "cac:DeliveryParty/cac:PartyLegalEntity/cbc:CompanyID",
                    fallback: true
                )
            },
            ubl("BR-FR-10_BT-30", "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity") { node, _ in
                guard let siren = node.frenchChildren("cbc:CompanyID", attribute: "schemeID", equals: "0002").first
                else { return false }
                return FrenchXPath.isDigits(XPath.normalizeSpace(siren.stringValue), count: 9)
            },
            ubl("BR-FR-11_BT-47", roots) { node, _ in
                guard FrenchXPath.same(noteValue(node, marker: "#BAR#"), "B2B") else { return true }
                let siren = node.frenchChildren(
                    "cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID",
                    attribute: "schemeID",
                    equals: "0002"
                )
                guard let first = siren.first else { return false }
                return FrenchXPath.isDigits(XPath.normalizeSpace(first.stringValue), count: 9)
            },
            ubl("BR-FR-12_BT-49", roots) { node, _ in
                node.hasText("cac:AccountingCustomerParty/cac:Party/cbc:EndpointID")
            },
            ubl("BR-FR-13_BT-34", roots) { node, _ in
                node.hasText("cac:AccountingSupplierParty/cac:Party/cbc:EndpointID")
            },
            ubl("BR-FR-21_BT-49", roots) { node, _ in
                guard FrenchXPath.same(noteValue(node, marker: "#BAR#"), "B2B") else { return true }
                let types = node.children("cbc:InvoiceTypeCode") + node.children("cbc:CreditNoteTypeCode")
                if FrenchXPath.anyIn(types, ublExcludedB2BTypes) { return true }
                return ublEndpointStartsWithSIREN(node, party: "cac:AccountingCustomerParty/cac:Party")
            },
            ubl("BR-FR-22_BT-34", roots) { node, _ in
                if noteValue(node, marker: "#BAR#").isEmpty { return true }
                let types = node.children("cbc:InvoiceTypeCode") + node.children("cbc:CreditNoteTypeCode")
                if !FrenchXPath.anyIn(types, ublExcludedB2BTypes) { return true }
                return ublEndpointStartsWithSIREN(node, party: "cac:AccountingSupplierParty/cac:Party")
            },
        ]
        + ublAddressedParties.map { term, path in
            ubl("BR-FR-23_" + term, underRoots(path + "/cbc:EndpointID"), where: ublAttribute("schemeID", is: "0225")) {
                node,
                _ in FrenchXPath.isValidSchemeIdentifier(node.stringValue)
            }
        }
        + [("BT-29", "cac:AccountingSupplierParty"), ("BT-46", "cac:AccountingCustomerParty")].map { term, party in
            ubl(
                "BR-FR-24_" + term,
                underRoots(party + "/cac:Party/cac:PartyIdentification/cbc:ID"),
                where: ublAttribute("schemeID", is: "0224")
            ) { node, _ in FrenchXPath.isValidSchemeIdentifier(node.stringValue) }
        }
        + ublAddressedParties.map { term, path in
            ubl("BR-FR-25_" + term, underRoots(path + "/cbc:EndpointID")) { node, _ in
                FrenchXPath.length(node.stringValue) <= 125
            }
        }
        + [("BT-29", "cac:AccountingSupplierParty"), ("BT-46", "cac:AccountingCustomerParty")].map { term, party in
            ubl(
                "BR-FR-26_" + term,
                underRoots(party + "/cac:Party/cac:PartyIdentification/cbc:ID"),
                where: ublAttribute("schemeID", is: "0224")
            ) { node, _ in FrenchXPath.length(node.stringValue) <= 100 }
        }

    /// `not($categoryCode) or custom:is-valid-vat-category-code($categoryCode)` over `cbc:ID`.
    private static func ublHasValidCategory(_ category: RuleNode) -> Bool {
        guard let code = category.first("cbc:ID") else { return true }
        return FrenchXPath.isIn(code.stringValue, ublVATCategories)
    }

    /// `not(cbc:ID = ('L', 'M'))`.
    private static func ublHasNoLOrM(_ category: RuleNode) -> Bool {
        !FrenchXPath.anyIn(category.children("cbc:ID"), ["L", "M"])
    }

    /// `not($vatRate) or custom:is-valid-vat-rate($vatRate)` over `cbc:Percent`.
    private static func ublHasValidRate(_ category: RuleNode) -> Bool {
        guard let rate = category.first("cbc:Percent") else { return true }
        return FrenchXPath.isIn(rate.stringValue, ublVATRates)
    }

    private static let ublTaxRules: [BusinessRule] = [
        ubl("BR-FR-15_BT-95_BT-102-1", "cac:AllowanceCharge/cac:TaxCategory") { node, _ in ublHasValidCategory(node) },
        ubl("BR-FR-15_BT-95_BT-102-2", "cac:AllowanceCharge/cac:TaxCategory") { node, _ in ublHasNoLOrM(node) },
        ubl("BR-FR-15_BT-118-1", "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory") { node, _ in
            ublHasValidCategory(node)
        },
        ubl("BR-FR-15_BT-118-2", "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory") { node, _ in ublHasNoLOrM(node) },
        ubl("BR-FR-15_BT-151-1", "cac:Item/cac:ClassifiedTaxCategory") { node, _ in ublHasValidCategory(node) },
        ubl("BR-FR-08_BT-151-2", "cac:Item/cac:ClassifiedTaxCategory") { node, _ in ublHasNoLOrM(node) },
        ubl("BR-FR-16_BT-96", "cac:AllowanceCharge/cac:TaxCategory") { node, _ in ublHasValidRate(node) },
        shadowedUBL("BR-FR-16_BT-103"),
        ubl("BR-FR-16_BT-119", "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory") { node, _ in ublHasValidRate(node) },
        ubl("BR-FR-16_BT-152", "cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory") { node, _ in
            ublHasValidRate(node)
        },
    ]

    private static let ublDocumentRules: [BusinessRule] = [
        ubl("BR-FR-17_BT-123", "cac:AdditionalDocumentReference") { node, _ in
            guard let description = node.first("cbc:DocumentDescription") else { return true }
            return FrenchXPath.isIn(description.stringValue, ublAttachmentCodes)
        },
        ubl("BR-FR-18_BT-123", roots) { node, _ in
            node.children("cac:AdditionalDocumentReference").count {
                $0.frenchHas("cbc:DocumentDescription", "LISIBLE")
            }
                <= 1
        },
        ubl("BR-FR-20_BT-21", roots) { node, _ in
            let treatment = noteValue(node, marker: "#BAR#")
            return treatment.isEmpty
                || FrenchXPath.isIn(treatment, ["B2B", "B2BINT", "B2C", "OUTOFSCOPE", "ARCHIVEONLY"])
        },
        // The artefact's patterns look for `cac:Item` directly under the root, where UBL has none.
        ubl("BR-FR-27_BG-32", underRoots("cac:Item/cac:AdditionalItemProperty")) { node, _ in
            node.exists("cbc:Name") || node.exists("cbc:NameCode")
        },
        ubl("BR-FR-27_BT-160", underRoots("cac:Item/cac:AdditionalItemProperty/cbc:Name")) { node, _ in
            node.hasText(".")
        },
        ubl("BR-FR-27_EXT-FR-FE-159", underRoots("cac:Item/cac:AdditionalItemProperty/cbc:NameCode")) { node, _ in
            node.hasText(".")
        },
        ubl("BR-FR-28-Value", underLines("cac:Item/cac:AdditionalItemProperty")) { node, _ in
            if node.exists("cbc:Value") { return !node.exists("cbc:ValueQuantity") }
            return node.children("cbc:ValueQuantity").contains { !($0.attribute("unitCode") ?? "").isEmpty }
        },
        ubl("BR-FR-29_BT-18", underRoots("cac:AdditionalDocumentReference")) { node, _ in
            node.frenchChildren("cbc:ID", attribute: "schemeID", equals: "AFL").count <= 1
                && node.frenchChildren("cbc:ID", attribute: "schemeID", equals: "AVV").count <= 1
        },
        ubl(
            "BR-FR-29_AFL",
            underRoots("cac:AdditionalDocumentReference/cbc:ID"),
            where: ublAttribute("schemeID", is: "AFL")
        ) { node, _ in node.hasText(".") },
        ubl(
            "BR-FR-29_AVV",
            underRoots("cac:AdditionalDocumentReference/cbc:ID"),
            where: ublAttribute("schemeID", is: "AVV")
        ) { node, _ in node.hasText(".") },
        ubl("BR-FR-30_BT-128", underLines("cac:DocumentReference")) { node, _ in
            node.frenchChildren("cbc:ID", attribute: "schemeID", equals: "AFL").count <= 1
                && node.frenchChildren("cbc:ID", attribute: "schemeID", equals: "AVV").count <= 1
        },
        ubl("BR-FR-30_AFL", underLines("cac:DocumentReference/cbc:ID"), where: ublAttribute("schemeID", is: "AFL")) {
            node,
            _ in node.hasText(".")
        },
        ubl("BR-FR-30_AVV", underLines("cac:DocumentReference/cbc:ID"), where: ublAttribute("schemeID", is: "AVV")) {
            node,
            _ in node.hasText(".")
        },
        ubl("BR-FR-30_BT-21", roots) { node, _ in
            let notes =
                node.children("cbc:Note").map(\.stringValue).filter { $0.contains("#BAR#") }.joined() + "#"
            let treatments = ["B2B", "B2BINT", "B2C", "B2CINT", "OUTOFSCOPE", "ARCHIVEONLY"]
            return treatments.reduce(0) { $0 + FrenchXPath.occurrences(of: "BAR#" + $1 + "#", in: notes) } <= 1
        },
        BusinessRule(
            "BR-FR-32-LEGALID",
            .fatal,
            message: FrenchRuleText.ubl("BR-FR-32-LEGALID"),
            context: { document in
                document.frenchValue("ubl BR-FR-32 legal") {
                    document.all("cac:PartyLegalEntity", "cbc:CompanyID").filter {
                        $0.attribute("schemeID").map { FrenchXPath.same($0, "0002") } ?? false
                    }
                }
            },
            test: { node, _ in FrenchXPath.isDigits(XPath.normalizeSpace(node.stringValue), count: 9) }
        ),
        BusinessRule(
            "BR-FR-32-ID",
            .fatal,
            message: FrenchRuleText.ubl("BR-FR-32-ID"),
            context: { document in
                document.frenchValue("ubl BR-FR-32 id") {
                    document.all("cac:PartyIdentification", "cbc:ID").filter {
                        $0.attribute("schemeID").map { FrenchXPath.same($0, "0002") || FrenchXPath.same($0, "0231") }
                            ?? false
                    }
                }
            },
            test: { node, _ in FrenchXPath.isDigits(XPath.normalizeSpace(node.stringValue), count: 9) }
        ),
    ]

    /// The type codes of the root (`cbc:InvoiceTypeCode | cbc:CreditNoteTypeCode`).
    private static func typeCodes(_ root: RuleNode) -> [RuleNode] {
        root.children.filter {
            $0.qualifiedName == "cbc:InvoiceTypeCode" || $0.qualifiedName == "cbc:CreditNoteTypeCode"
        }
    }

    /// `cbc:ProfileID = ('B2', 'S2', 'M2')`.
    private static func ublPaidMode(_ root: RuleNode) -> Bool {
        FrenchXPath.anyIn(root.children("cbc:ProfileID"), ["B2", "S2", "M2"])
    }

    private static let ublCoherenceRules: [BusinessRule] =
        [
            ubl("BR-FR-CO-03_BT-3", "cn:CreditNote") { node, _ in
                guard FrenchXPath.anyEquals(node.children("cbc:CreditNoteTypeCode"), "262") else { return true }
                return !(node.string("cac:ContractDocumentReference/cbc:ID") ?? "").isEmpty
                    && !(node.string("cac:InvoicePeriod/cbc:StartDate") ?? "").isEmpty
                    && !(node.string("cac:InvoicePeriod/cbc:EndDate") ?? "").isEmpty
            },
            ubl("BR-FR-CO-04_BT-3", roots) { node, _ in
                guard FrenchXPath.anyIn(node.children("cbc:InvoiceTypeCode"), ["384", "471", "472", "473"]) else {
                    return true
                }
                return node.children("cac:BillingReference").count == 1
            },
            ubl("BR-FR-CO-05_BT-3", "cn:CreditNote") { node, _ in
                guard FrenchXPath.anyIn(node.children("cbc:CreditNoteTypeCode"), ["261", "381", "396", "502", "503"])
                else { return true }
                let invoiceID = node.children("cbc:ID")
                let headerCount = node.select("cac:BillingReference/cac:InvoiceDocumentReference").count {
                    $0.exists("cbc:ID") && $0.exists("cbc:IssueDate")
                }
                if headerCount >= 1 { return true }
                let counted = node.children("cac:CreditNoteLine").filter { line in
                    let ids = line.select("cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID")
                    if !FrenchXPath.anyPairEqual(ids, invoiceID) { return true }
                    return line.children("cac:BillingReference").contains { reference in
                        FrenchXPath.anyPairEqual(reference.select("cac:InvoiceDocumentReference/cbc:ID"), invoiceID)
                            && reference.frenchHas("cac:InvoiceDocumentReference/cbc:DocumentStatusCode", "DETAIL")
                    }
                }
                let referenced = counted.count { line in
                    line.children("cac:BillingReference").contains { reference in
                        FrenchXPath.anyPairDiffers(reference.select("cac:InvoiceDocumentReference/cbc:ID"), invoiceID)
                            && reference.children("cac:InvoiceDocumentReference").contains {
                                $0.exists("cbc:ID") && $0.exists("cbc:IssueDate")
                            }
                    }
                }
                return referenced == counted.count
            },
            ubl("BR-FR-CO-07_BT-9", roots) { node, _ in
                let due = node.children("cbc:DueDate")
                if due.isEmpty { return true }
                let types = typeCodes(node)
                let profiles = node.children("cbc:ProfileID")
                if FrenchXPath.anyIn(types, ["386", "500", "503"]) || FrenchXPath.anyIn(profiles, ["B2", "S2", "M2"]) {
                    return true
                }
                let issue = node.children("cbc:IssueDate")
                return !due.contains { dueDate in
                    issue.contains { FrenchXPath.less(dueDate.stringValue, $0.stringValue) }
                }
            },
            ubl("BR-FR-CO-08_BT-23", roots) { node, _ in
                !FrenchXPath.anyIn(node.children("cbc:ProfileID"), ["B4", "S4", "M4"])
                    || !FrenchXPath.anyIn(typeCodes(node), ["386", "500", "503"])
            },
            ubl("BR-FR-CO-09_BT-23-1", roots) { node, _ in
                guard ublPaidMode(node) else { return true }
                guard let paid = FrenchXPath.number(node.string("cac:LegalMonetaryTotal/cbc:PrepaidAmount")),
                    let total = FrenchXPath.number(node.string("cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount"))
                else { return false }
                return paid == total
            },
            ubl("BR-FR-CO-09_BT-23-2", roots) { node, _ in
                guard ublPaidMode(node) else { return true }
                return FrenchXPath.number(node.string("cac:LegalMonetaryTotal/cbc:PayableAmount")) == 0
            },
            ubl("BR-FR-CO-09_BT-23-3", roots) { node, _ in
                guard ublPaidMode(node) else { return true }
                // `cbc:DueDate | cac:PaymentMeans/cbc:PaymentDueDate`, the first in document order.
                for child in node.children {
                    if child.qualifiedName == "cbc:DueDate" { return !child.stringValue.isEmpty }
                    if child.qualifiedName == "cac:PaymentMeans", let date = child.first("cbc:PaymentDueDate") {
                        return !date.stringValue.isEmpty
                    }
                }
                return false
            },
        ]
        + ublParties.flatMap { term, path in
            [
                ubl("BR-FR-CO-10_\(term)-1", path) { node, _ in
                    node.select("cac:PartyIdentification/cbc:ID").allSatisfy { $0.attribute("schemeID") != nil }
                },
                ubl("BR-FR-CO-10_\(term)-2", path) { node, _ in
                    let schemes = node.select("cac:PartyIdentification/cbc:ID").compactMap { $0.attribute("schemeID") }
                    return Set(schemes.map { Array($0.unicodeScalars) }).count == schemes.count
                },
            ]
        }
        + [
            ("BT-71", underRoots("cac:Delivery/cac:DeliveryLocation")),
            ("EXT-FR-FE-146", underLines("cac:Delivery/cac:DeliveryLocation")),
        ]
        .flatMap { term, pattern in
            [
                ubl("BR-FR-CO-10_\(term)-1", pattern) { node, _ in
                    node.children("cbc:ID").allSatisfy { $0.attribute("schemeID") != nil }
                },
                ubl("BR-FR-CO-10_\(term)-2", pattern) { node, _ in
                    let schemes = node.children("cbc:ID").compactMap { $0.attribute("schemeID") }
                    return Set(schemes.map { Array($0.unicodeScalars) }).count == schemes.count
                },
            ]
        }
        + [
            ubl("BR-FR-CO-12_BT-5", roots) { node, _ in
                let currencies = node.children("cbc:DocumentCurrencyCode")
                guard currencies.contains(where: { !FrenchXPath.same($0.stringValue, "EUR") }) else { return true }
                let taxInEuro = node.frenchChildren(
                    "cac:TaxTotal/cbc:TaxAmount",
                    attribute: "currencyID",
                    equals: "EUR"
                )
                return FrenchXPath.anyEquals(node.children("cbc:TaxCurrencyCode"), "EUR")
                    && !(taxInEuro.first?.stringValue ?? "").isEmpty
            },
            ubl("BR-FR-CO-14_BT-29-1", roots) { node, _ in
                guard ublSingleTaxableMember(node) else { return true }
                return FrenchXPath.same(noteValue(node, marker: "#TXD#"), "MEMBRE_ASSUJETTI_UNIQUE")
            },
            ubl("BR-FR-CO-15_BT-29-1", roots) { node, _ in
                guard ublSingleTaxableMember(node) else { return true }
                let schemes = node.select("cac:TaxRepresentativeParty/cac:PartyTaxScheme")
                return !schemes.isEmpty
                    && !(schemes.lazy.flatMap { $0.select("cbc:CompanyID") }.first?.stringValue ?? "")
                        .isEmpty
            },
        ]

    /// The seller is a single taxable member (a party identifier with scheme 0231).
    private static func ublSingleTaxableMember(_ root: RuleNode) -> Bool {
        !root.frenchChildren(
            "cac:AccountingSupplierParty/cac:Party/cac:PartyIdentification/cbc:ID",
            attribute: "schemeID",
            equals: "0231"
        ).isEmpty
    }

    private static let ublDecimalRules: [BusinessRule] =
        [
            ("BT-93_BT-100", underRoots("cac:AllowanceCharge/cbc:BaseAmount")),
            ("BT-92_BT-99", underRoots("cac:AllowanceCharge/cbc:Amount")),
            ("BT-106", "cac:LegalMonetaryTotal/cbc:LineExtensionAmount"),
            ("BT-107", "cac:LegalMonetaryTotal/cbc:AllowanceTotalAmount"),
            ("BT-108", "cac:LegalMonetaryTotal/cbc:ChargeTotalAmount"),
            ("BT-109", "cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount"),
            ("BT-110", "cac:TaxTotal/cbc:TaxAmount"),
        ].map { term, pattern in
            ubl("BR-FR-DEC-01_" + term, pattern) { node, _ in
                FrenchXPath.isAmount(XPath.normalizeSpace(node.stringValue))
            }
        } + [shadowedUBL("BR-FR-DEC-01_BT-111")]
        + [
            ("BT-112", "cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount"),
            ("BT-113", "cac:LegalMonetaryTotal/cbc:PrepaidAmount"),
            ("BT-114", "cac:LegalMonetaryTotal/cbc:PayableRoundingAmount"),
            ("BT-115", "cac:LegalMonetaryTotal/cbc:PayableAmount"),
            ("BT-116", "cac:TaxTotal/cac:TaxSubtotal/cbc:TaxableAmount"),
            ("BT-117", "cac:TaxTotal/cac:TaxSubtotal/cbc:TaxAmount"),
            ("BT-131", underLines("cbc:LineExtensionAmount")),
            ("BT-136_BT-141", underLines("cac:AllowanceCharge/cbc:Amount")),
            ("BT-137_BT-142", underLines("cac:AllowanceCharge/cbc:BaseAmount")),
        ].map { term, pattern in
            ubl("BR-FR-DEC-01_" + term, pattern) { node, _ in
                FrenchXPath.isAmount(XPath.normalizeSpace(node.stringValue))
            }
        }
        + [
            ubl(
                "BR-FR-DEC-02_BT-129",
                "ubl:Invoice/cac:InvoiceLine/cbc:InvoicedQuantity | cn:CreditNote/cac:CreditNoteLine/cbc:CreditedQuantity"
            ) { node, _ in FrenchXPath.isQuantity(XPath.normalizeSpace(node.stringValue)) },
            ubl("BR-FR-DEC-02_BT-149", ublLines) { node, _ in
                let quantity = node.normalized("cac:Price/cbc:BaseQuantity")
                return quantity.isEmpty || FrenchXPath.isQuantity(quantity)
            },
            ubl("BR-FR-DEC-03_BT-146", ublLines) { node, document in
                let amount = node.normalized("cac:Price/cbc:PriceAmount")
                return amount.isEmpty || FrenchXPath.isPrice(amount, signed: ublBidirectional(document))
            },
            ubl("BR-FR-DEC-03_BT-147", underLines("cac:Price/cac:AllowanceCharge")) { node, document in
                let amount = node.normalized("cbc:Amount")
                return amount.isEmpty || FrenchXPath.isPrice(amount, signed: ublBidirectional(document))
            },
            ubl("BR-FR-DEC-03_BT-148", underLines("cac:Price/cac:AllowanceCharge/cbc:BaseAmount")) { node, document in
                let amount = XPath.normalizeSpace(node.stringValue)
                return amount.isEmpty || FrenchXPath.isPrice(amount, signed: ublBidirectional(document))
            },
        ]
        + [
            ("BT-96_BT-103", "cac:AllowanceCharge/cac:TaxCategory/cbc:Percent"),
            ("BT-119", "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Percent"),
            ("BT-152", "cac:Item/cac:ClassifiedTaxCategory/cbc:Percent"),
        ].map { term, pattern in
            ubl("BR-FR-DEC-04_" + term, pattern) { node, _ in
                FrenchXPath.isPercent(XPath.normalizeSpace(node.stringValue))
            }
        }

    /// The group references, as a context filter.
    private static let groupReference: @Sendable (RuleNode, RuleDocument) -> Bool = { node, document in
        isGroupReference(node, document)
    }

    /// The line billing references (`(lines)/cac:BillingReference`).
    private static let lineReferences = underLines("cac:BillingReference")

    private static let ublMultiVendorRules: [BusinessRule] = [
        ubl("BR-FR-MV-01_EXT-FR-FE-163", "cac:InvoiceLine | cac:CreditNoteLine") { node, document in
            guard ublSpecial(document) else { return true }
            let references = node.children("cac:BillingReference").filter { refersToInvoice($0, document) }
            guard !references.isEmpty else { return false }
            let status = references.lazy.flatMap { $0.select("cac:InvoiceDocumentReference/cbc:DocumentStatusCode") }
                .first
            return !XPath.normalizeSpace(status?.stringValue ?? "").isEmpty
        },
        ubl("BR-FR-MV-02_EXT-FR-FE-163", roots) { _, document in
            !ublMultiVendor(document) || !groupReferences(document).isEmpty
        },
        ubl("BR-FR-BD-02_EXT-FR-FE-163", roots) { _, document in
            !ublBidirectional(document) || groupReferences(document).count == 2
        },
        ubl("BR-FR-BD-02_BT-30", roots) { node, document in
            !ublBidirectional(document) || groupReferencesOf(node, party: "cac:AccountingSupplierParty", document) == 1
        },
        ubl("BR-FR-BD-02_BT-47", roots) { node, document in
            !ublBidirectional(document) || groupReferencesOf(node, party: "cac:AccountingCustomerParty", document) == 1
        },
        ubl("BR-FR-MV-03_EXT-FR-FE-164", lineReferences, where: groupReference) { node, document in
            !ublSpecial(document)
                || node.hasText("../cac:Item/cac:ManufacturerParty/cac:PartyLegalEntity/cbc:RegistrationName")
        },
        ubl("BR-FR-MV-03_EXT-FR-FE-167", lineReferences, where: groupReference) { node, document in
            !ublSpecial(document)
                || node.hasText("../cac:Item/cac:ManufacturerParty/cac:PartyLegalEntity/cbc:CompanyID")
        },
        ubl("BR-FR-MV-03_EXT-FR-FE-177", lineReferences, where: groupReference) { node, document in
            guard ublSpecial(document), let line = node.parent else { return true }
            // `..//cac:Item/...`: any item under the line.
            let codes = line.descendants("cac:Item").lazy.flatMap {
                $0.select("cac:ManufacturerParty/cac:PostalAddress/cac:Country/cbc:IdentificationCode")
            }
            return !XPath.normalizeSpace(codes.first?.stringValue ?? "").isEmpty
        },
        ubl("BR-FR-MV-03_EXT-FR-FE-181", lineReferences, where: groupReference) { node, document in
            guard ublSpecial(document), let line = node.parent else { return true }
            let currencies = document.root.children("cbc:DocumentCurrencyCode")
            return !XPath.normalizeSpace(lineTaxAmount(line, in: currencies)?.stringValue ?? "").isEmpty
        },
        ubl("BR-FR-MV-03_EXT-FR-FE-182", lineReferences, where: groupReference) { node, document in
            guard ublSpecial(document), let line = node.parent else { return true }
            let currencies = document.all("cbc:TaxCurrencyCode")
            if currencies.isEmpty { return true }
            return currencies.contains { !$0.stringValue.isEmpty }
                && !XPath.normalizeSpace(lineTaxAmount(line, in: currencies)?.stringValue ?? "").isEmpty
        },
        ubl("BR-FR-MV-03_BT-128_AFL", lineReferences, where: groupReference) { node, document in
            guard ublSpecial(document), let line = node.parent else { return true }
            return !lineReference(line).isEmpty
        },
        ubl("BR-FR-MV-03_BT-128_AVV", lineReferences, where: groupReference) { node, document in
            guard ublSpecial(document), let line = node.parent else { return true }
            return !lineReference(line, scheme: "AVV").isEmpty
                && !FrenchXPath.anyIn(lineReferenceNodes(line, scheme: "AVV"), ["M8", "S8", "B8"])
        },
        ubl("BR-FR-MV-05_EXT-FR-FE-BG-12", lineReferences, where: groupReference) { node, document in
            guard ublSpecial(document), let line = node.parent else { return true }
            let groupID = line.normalized("cbc:ID")
            let invoiceID = invoiceIDs(document)
            // `(lines)[cac:BillingReference[cac:InvoiceDocumentReference/cbc:ID = $invoiceID and
            // cac:InvoiceDocumentReference/cbc:DocumentStatusCode != 'INFORMATION' and
            // cac:BillingReferenceLine/cbc:ID = $grouplineID]]`, indexed on the last condition.
            let index = document.frenchValue("ubl sub-lines not information") {
                FrenchIndex(document.frenchMatch(ublLinesMatch)) { candidate in
                    candidate.children("cac:BillingReference").filter { reference in
                        FrenchXPath.anyPairEqual(reference.select("cac:InvoiceDocumentReference/cbc:ID"), invoiceID)
                            && reference.contains("cac:InvoiceDocumentReference/cbc:DocumentStatusCode") {
                                !FrenchXPath.same($0.stringValue, "INFORMATION")
                            }
                    }.flatMap { $0.select("cac:BillingReferenceLine/cbc:ID") }
                }
            }
            let subLines = index.items(matching: [groupID])
            let amounts = subLines.flatMap { $0.children("cbc:LineExtensionAmount") }
            guard let sum = FrenchXPath.sum(amounts),
                let own = FrenchXPath.number(line.string("cbc:LineExtensionAmount"))
            else { return false }
            return abs(own - sum) <= 0.01 * Double(amounts.count)
        },
        ubl("BR-FR-MV-06_EXT-FR-FE-167", ublLines) { node, document in
            guard ublSpecial(document) else { return true }
            let path = "cac:Item/cac:ManufacturerParty/cac:PartyLegalEntity/cbc:CompanyID"
            let legalID = node.normalized(path)
            guard !legalID.isEmpty else { return false }
            let parentIDs = parentLineIDs(node, document)
            if parentIDs.isEmpty { return true }
            let parent = ublLines(withID: parentIDs, document).lazy.flatMap { $0.select(path) }.first
            return FrenchXPath.same(legalID, XPath.normalizeSpace(parent?.stringValue ?? ""))
        },
        ubl("BR-FR-MV-07_BT-128", ublLines) { node, document in
            guard ublSpecial(document) else { return true }
            let number = lineReference(node)
            guard !number.isEmpty else { return false }
            let parentIDs = parentLineIDs(node, document)
            if parentIDs.isEmpty { return true }
            let parent = ublLines(withID: parentIDs, document).lazy.flatMap { lineReferenceNodes($0, scheme: "AFL") }
                .first
            return FrenchXPath.same(number, XPath.normalizeSpace(parent?.stringValue ?? ""))
        },
        ubl(
            "BR-FR-MV-08_BT-128",
            ublLines,
            where: { line, document in
                line.children("cac:BillingReference").contains {
                    refersToInvoice($0, document)
                        && $0.frenchHas("cac:InvoiceDocumentReference/cbc:DocumentStatusCode", "DETAIL")
                }
            }
        ) { node, document in
            guard ublSpecial(document) else { return true }
            let number = lineReference(node)
            let reason = node.string("cac:Item/cac:ClassifiedTaxCategory/cbc:TaxExemptionReason") ?? ""
            return !XPath.normalizeSpace(reason).isEmpty && !number.isEmpty
                && FrenchXPath.startsWith(reason, "#" + number + "#")
        },
        ubl("BR-FR-MV-09_EXT-FR-FE-181", lineReferences, where: groupReference) { node, document in
            guard ublSpecial(document), let line = node.parent else { return true }
            let number = lineReference(line)
            let subtotals = document.root.select("cac:TaxTotal/cac:TaxSubtotal").filter { subtotal in
                subtotal.frenchHas("cac:TaxCategory/cac:TaxScheme/cbc:ID", "VAT")
                    && FrenchXPath.startsWith(
                        subtotal.string("cac:TaxCategory/cbc:TaxExemptionReason") ?? "",
                        "#" + number + "#"
                    )
            }
            let currencies = document.root.children("cbc:DocumentCurrencyCode")
            guard let sum = FrenchXPath.sum(subtotals.flatMap { $0.children("cbc:TaxAmount") }),
                let own = FrenchXPath.number(lineTaxAmount(line, in: currencies)?.stringValue)
            else { return false }
            return abs(own - sum) <= 0.01
        },
        ubl("BR-FR-MV-10_EXT-FR-FE-184", lineReferences, where: groupReference) { node, document in
            guard ublSpecial(document), let line = node.parent else { return true }
            guard let grand = line.first("cbc:TaxInclusiveLineExtensionAmount") else { return true }
            guard !XPath.normalizeSpace(grand.stringValue).isEmpty else { return false }
            let lineIDs = line.children("cbc:ID")
            let index = document.frenchValue("ubl detail references by parent") {
                FrenchIndex(
                    document.frenchMatch(ublLinesMatch).flatMap { $0.children("cac:BillingReference") }.filter {
                        refersToInvoice($0, document)
                            && $0.frenchHas("cac:InvoiceDocumentReference/cbc:DocumentStatusCode", "DETAIL")
                    },
                    keys: { $0.select("cac:BillingReferenceLine/cbc:ID") }
                )
            }
            let details = index.items(matching: lineIDs.map(\.stringValue)).count
            let currencies = document.root.children("cbc:DocumentCurrencyCode")
            guard let total = FrenchXPath.number(grand.stringValue),
                let net = FrenchXPath.number(line.string("cbc:LineExtensionAmount")),
                let tax = FrenchXPath.number(lineTaxAmount(line, in: currencies)?.stringValue)
            else { return false }
            return abs(total - net - tax) <= 0.01 * Double(details)
        },
    ]

    /// `cac:BillingReference[cac:InvoiceDocumentReference/cbc:ID = $invoiceID]/cac:BillingReferenceLine/cbc:ID`.
    private static func parentLineIDs(_ line: RuleNode, _ document: RuleDocument) -> [RuleNode] {
        line.children("cac:BillingReference").filter { refersToInvoice($0, document) }
            .flatMap { $0.select("cac:BillingReferenceLine/cbc:ID") }
    }

    /// The number of group references whose line's manufacturer has the header party's legal
    /// identifier (BR-FR-BD-02).
    private static func groupReferencesOf(_ root: RuleNode, party: String, _ document: RuleDocument) -> Int {
        let partyIDs = root.select(party + "/cac:Party/cac:PartyLegalEntity/cbc:CompanyID")
        return groupReferences(document).count { reference in
            guard let line = reference.parent else { return false }
            return FrenchXPath.anyPairEqual(
                line.select("cac:Item/cac:ManufacturerParty/cac:PartyLegalEntity/cbc:CompanyID"),
                partyIDs
            )
        }
    }

    /// The legal identifier of the seller (`$sellerID`).
    private static func sellerIDs(_ document: RuleDocument) -> [RuleNode] {
        document.frenchValue("ubl seller id") {
            document.root.select("cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID")
        }
    }

    /// A line whose manufacturer's legal identifier, normalised, is the seller's.
    private static func isSellerLine(_ line: RuleNode, _ document: RuleDocument) -> Bool {
        let id = line.normalized("cac:Item/cac:ManufacturerParty/cac:PartyLegalEntity/cbc:CompanyID")
        return FrenchXPath.anyEquals(sellerIDs(document), id)
    }

    private static let ublSubInvoiceRules: [BusinessRule] =
        [
            ubl(
                "BR-FR-MV-11_BT-128",
                lineReferences,
                where: { node, document in
                    guard let line = node.parent else { return false }
                    return isSellerLine(line, document) && isGroupReference(node, document)
                }
            ) { node, document in
                guard ublSpecial(document), let line = node.parent else { return true }
                let invoiceID = invoiceIDs(document)
                let count = document.frenchValue("ubl nbSubinvoiceSeller") {
                    document.frenchMatch(ublLinesMatch).count { line in
                        isSellerLine(line, document)
                            && FrenchXPath.anyPairEqual(
                                line.children("cac:BillingReference").filter {
                                    $0.frenchHas("cac:InvoiceDocumentReference/cbc:DocumentStatusCode", "GROUP")
                                        && !$0.exists("cac:BillingReferenceLine/cbc:ID")
                                }.flatMap { $0.select("cac:InvoiceDocumentReference/cbc:ID") },
                                invoiceID
                            )
                            && FrenchXPath.anyPairEqual(lineReferenceNodes(line, scheme: "AFL"), invoiceID)
                    }
                }
                let number = lineReference(line)
                return count == 1 || (count == 0 && FrenchXPath.anyEquals(invoiceID, number))
                    || (count > 1 && invoiceID.contains { !FrenchXPath.same($0.stringValue, number) })
            },
            ubl("BR-FR-MV-12_BT-128", roots) { _, document in
                guard ublSpecial(document) else { return true }
                // An AFL sub-invoice number of a group line equal to one of a preceding document reference.
                let repeated = document.frenchValue("ubl repeated afl") { () -> Set<RuleNode> in
                    var seen = Set<[Unicode.Scalar]>()
                    var repeated = Set<RuleNode>()
                    for reference in document.all("cac:DocumentReference")
                    where reference.frenchHas("cbc:DocumentTypeCode", "130") {
                        let ids = reference.frenchChildren("cbc:ID", attribute: "schemeID", equals: "AFL")
                        for id in ids where seen.contains(Array(id.stringValue.unicodeScalars)) {
                            repeated.insert(id)
                        }
                        for id in ids { seen.insert(Array(id.stringValue.unicodeScalars)) }
                    }
                    return repeated
                }
                return !document.frenchMatch(ublLinesMatch).contains { line in
                    line.children("cac:BillingReference").contains { isGroupReference($0, document) }
                        && lineReferenceNodes(line, scheme: "AFL").contains { repeated.contains($0) }
                }
            },
            ubl("BR-FR-MV-13_BT-3", "ubl:Invoice/cbc:InvoiceTypeCode | /cn:CreditNote/cbc:CreditNoteTypeCode") {
                node,
                document in
                let code = XPath.normalizeSpace(node.stringValue)
                return !ublMultiVendor(document) || (!code.isEmpty && !FrenchXPath.isIn(code, ublExcludedB2BTypes))
            },
            ubl("BR-FR-MV-BD_BT-3", "ubl:Invoice/cbc:InvoiceTypeCode | /cn:CreditNote/cbc:CreditNoteTypeCode") {
                node,
                document in
                let code = XPath.normalizeSpace(node.stringValue)
                return !ublBidirectional(document) || (!code.isEmpty && FrenchXPath.isIn(code, ublExcludedB2BTypes))
            },
        ]
        + [
            ("MV-14", ["384", "472", "381", "396", "503"] as Set<String>),
            ("BD-14", ["261", "471", "473", "502"] as Set<String>),
        ].flatMap { family, types in
            let applies: @Sendable (RuleDocument) -> Bool = family == "MV-14" ? ublMultiVendor : ublBidirectional
            let typeKey = "ubl type in \(family)"
            let filter: @Sendable (RuleNode, RuleDocument) -> Bool = { node, document in
                document.frenchValue(typeKey) { FrenchXPath.anyIn(typeCodes(document.root), types) }
                    && isGroupReference(node, document)
            }
            return [
                ubl("BR-FR-\(family)-EXT-FR-FE-136", lineReferences, where: filter) { node, document in
                    !applies(document) || otherInvoiceReferences(node, document).contains { $0.exists("cbc:ID") }
                },
                ubl("BR-FR-\(family)-EXT-FR-FE-138", lineReferences, where: filter) { node, document in
                    !applies(document) || otherInvoiceReferences(node, document).contains { $0.exists("cbc:IssueDate") }
                },
            ]
        }

    /// `../cac:BillingReference[cac:InvoiceDocumentReference/cbc:ID != $invoiceID]/cac:InvoiceDocumentReference`.
    private static func otherInvoiceReferences(_ reference: RuleNode, _ document: RuleDocument) -> [RuleNode] {
        guard let line = reference.parent else { return [] }
        return line.children("cac:BillingReference").filter {
            FrenchXPath.anyPairDiffers($0.select("cac:InvoiceDocumentReference/cbc:ID"), invoiceIDs(document))
        }.flatMap { $0.children("cac:InvoiceDocumentReference") }
    }
}
