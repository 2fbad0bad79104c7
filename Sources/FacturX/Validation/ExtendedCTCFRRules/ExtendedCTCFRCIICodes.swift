// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

internal import FactureModel

/// The code-list pattern (`EN16931-Codes`) and the three extension patterns of the EXTENDED-CTC-FR-CII artefact.
extension ExtendedCTCFRRules {
    /// The pattern `EN16931-Codes` as this artefact states it: CEN's rules but for BR-CL-07, -10, -20 and -24,
    /// restated as `BR-EXT-CL-07`, `BR-FREXT-CL-10`, `-20` (split by `listID` into `-20`, `-20-TAX`, `-20-LISTID`)
    /// and `-24`, and the added `BR-FREXT-CL-19-GP` (gross price allowances) and `BR-FREXT-CL-27` (INCOTERMS).
    static let ciiCodeLists: [BusinessRule] =
        codeCEN(["BR-CL-01", "BR-CL-03", "BR-CL-04", "BR-CL-05", "BR-CL-06"]) + [contractReferenceTypeRule]
        + codeCEN(["BR-CL-08"]) + [schemeRule] + codeCEN(["BR-CL-11", "BR-CL-13", "BR-CL-14", "BR-CL-15", "BR-CL-16"])
        + codeCEN(["BR-CL-17", "BR-CL-18", "BR-CL-19"]) + reasonRules
        + codeCEN(["BR-CL-21", "BR-CL-22", "BR-CL-23"]) + [mimeRule] + codeCEN(["BR-CL-25", "BR-CL-26"])
        + [incotermsRule]

    /// The three patterns the artefact adds: item attribute codes (BR-FXEXT-04), sub-lines (BR-FREXT-05 … -12)
    /// and credit transfer accounts (BR-CO-27).
    static let ciiExtensionPatterns: [BusinessRule] = [characteristicCodeRule] + subLineRules + [accountRule]

    private typealias Tables = ExtendedCTCFRCIITables

    /// The CEN rules of these identifiers, as they are.
    private static func codeCEN(_ ids: [String]) -> [BusinessRule] {
        var cen: [String: BusinessRule] = [:]
        for rule in EN16931Rules.cii where cen[rule.id] == nil { cen[rule.id] = rule }
        return ids.map { id in
            guard let rule = cen[id] else { preconditionFailure("no CEN CII rule \(id)") }
            return rule
        }
    }

    /// A fatal rule of this artefact with its official text.
    private static func codeRule(
        _ id: String,
        _ severity: RuleViolation.Severity = .fatal,
        context: @escaping @Sendable (RuleDocument) -> [RuleNode],
        test: @escaping @Sendable (RuleNode, RuleDocument) -> Bool
    ) -> BusinessRule {
        BusinessRule(id, severity, message: Tables.message(id), context: context, test: test)
    }

    /// BR-EXT-CL-07 on `ram:ReferenceTypeCode`: `not(self::ram:ContractReferencedDocument) or (list test)`. The
    /// context element is never a `ram:ContractReferencedDocument`, so the rule always holds.
    private static let contractReferenceTypeRule = codeRule(
        "BR-EXT-CL-07",
        context: { $0.all("ram:ReferenceTypeCode") },
        test: { node, _ in node.qualifiedName != "ram:ContractReferencedDocument" }
    )

    /// BR-FREXT-CL-10: the scheme of a party's `ram:GlobalID` (not an item's, not the deliver-to party's).
    private static let schemeRule = codeRule(
        "BR-FREXT-CL-10",
        context: { document in
            document.all("ram:GlobalID").filter { node in
                node.attribute("schemeID") != nil && !node.hasAncestor(named: "ram:SpecifiedTradeProduct")
                    && !node.hasAncestor(named: "ram:ShipToTradeParty")
            }
        },
        test: { node, _ in Tables.schemeIdentifiers.accepts(node.attribute("schemeID")) }
    )

    /// BR-FREXT-CL-19-GP and the charge reason rules BR-FREXT-CL-20 (`listID` 7161 or none), -20-TAX (`listID`
    /// 5153) and -20-LISTID (any other `listID`: the rule tests the code itself against `7161 5153`).
    private static let reasonRules: [BusinessRule] = {
        let chargeReasons: @Sendable (RuleDocument) -> [RuleNode] = { document in
            document.all("ram:SpecifiedTradeAllowanceCharge").filter { RuleBinding.ciiIndicatorIs($0, true) }
                .flatMap { $0.children("ram:ReasonCode") }
        }
        func listed(
            _ id: String,
            _ list: EN16931CodeList,
            _ listID: @escaping @Sendable (String?) -> Bool
        ) -> BusinessRule {
            codeRule(
                id,
                context: { document in chargeReasons(document).filter { listID($0.attribute("listID")) } },
                test: { node, _ in list.accepts(node.stringValue) }
            )
        }
        return [
            codeRule(
                "BR-FREXT-CL-19-GP",
                context: { document in
                    document.all("ram:GrossPriceProductTradePrice", "ram:AppliedTradeAllowanceCharge").filter {
                        RuleBinding.ciiIndicatorIs($0, false)
                    }.flatMap { $0.children("ram:ReasonCode") }
                },
                test: { node, _ in Tables.grossPriceAllowanceReasons.accepts(node.stringValue) }
            ),
            listed("BR-FREXT-CL-20", Tables.chargeReasons) { $0 == nil || $0 == "7161" },
            listed("BR-FREXT-CL-20-TAX", Tables.taxChargeReasons) { $0 == "5153" },
            listed("BR-FREXT-CL-20-LISTID", Tables.chargeReasonListIDs) { $0 != nil && $0 != "7161" && $0 != "5153" },
        ]
    }()

    /// The MIME codes of BR-FREXT-CL-24, compared as they are (no normalisation).
    private static let mimeCodes: Set<String> = [
        "application/pdf", "image/png", "image/jpeg", "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.spreadsheet", "application/xml", "text/xml",
    ]

    /// BR-FREXT-CL-24: the MIME code of an attachment (CEN's list plus XML).
    private static let mimeRule = codeRule(
        "BR-FREXT-CL-24",
        context: { document in document.all("ram:AttachmentBinaryObject").filter { $0.attribute("mimeCode") != nil } },
        test: { node, _ in mimeCodes.contains(node.attribute("mimeCode") ?? "") }
    )

    /// BR-FREXT-CL-27: the INCOTERMS code of the delivery terms.
    private static let incotermsRule = codeRule(
        "BR-FREXT-CL-27",
        context: { $0.all("ram:ApplicableTradeDeliveryTerms", "ram:DeliveryTypeCode") },
        test: { node, _ in Tables.incoterms.accepts(node.stringValue) }
    )

    /// BR-FXEXT-04 (warning; the assertion has no `id`, the identifier is the one its text starts with): an item
    /// attribute code is one of UNTDED 6313 or the Factur-X extension codes.
    private static let characteristicCodeRule = codeRule(
        "BR-FXEXT-04",
        .warning,
        context: { $0.all("ram:ApplicableProductCharacteristic", "ram:TypeCode") },
        test: { node, _ in Tables.characteristicTypeCodes.accepts(node.stringValue) }
    )

    /// BR-CO-27 (the assertion has neither `id` nor `flag`: the identifier is the one its text starts with, the
    /// severity Schematron's default): a credit transfer (`ram:TypeCode` 30 or 58) gives an IBAN or a proprietary
    /// account identifier, not both.
    private static let accountRule = codeRule(
        "BR-CO-27",
        context: { document in
            document.all("ram:SpecifiedTradeSettlementPaymentMeans").filter { means in
                let code = XPath.normalizeSpace(means.children("ram:TypeCode").first?.stringValue ?? "")
                return code == "30" || code == "58"
            }
        },
        test: { node, _ in
            let iban = node.exists("ram:PayeePartyCreditorFinancialAccount/ram:IBANID")
            let proprietary = node.exists("ram:PayeePartyCreditorFinancialAccount/ram:ProprietaryID")
            return (iban || proprietary) && !(iban && proprietary)
        }
    )
}

// MARK: - Sub-lines

extension ExtendedCTCFRRules {
    /// What the sub-line rules read from one `//ram:IncludedSupplyChainTradeLineItem`.
    private struct SubLine {
        let line: RuleNode
        let document: RuleDocument

        /// `ram:AssociatedDocumentLineDocument/ram:LineID`.
        var lineIDs: [String] { line.select("ram:AssociatedDocumentLineDocument/ram:LineID").map(\.stringValue) }
        /// `ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode`.
        var codes: [String] {
            line.select("ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode").map(\.stringValue)
        }
        /// `normalize-space(ram:AssociatedDocumentLineDocument/ram:ParentLineID)`.
        var parentID: String { line.normalized("ram:AssociatedDocumentLineDocument/ram:ParentLineID") }

        static let netAmount =
            "ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"

        /// `$subLineCode = 'GROUP' and exists(net amount)`.
        var isGroupWithAmount: Bool { codes.contains("GROUP") && line.exists(SubLine.netAmount) }

        /// The lines whose `ParentLineID` equals one of this line's identifiers and whose code is in `codes`.
        func children(coded wanted: Set<String>) -> [RuleNode] {
            let ids = Set(lineIDs)
            return ExtendedCTCFRRules.ciiLineItems(document).filter { other in
                other.select("ram:AssociatedDocumentLineDocument/ram:ParentLineID").contains {
                    ids.contains($0.stringValue)
                }
                    && other.select("ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode").contains {
                        wanted.contains($0.stringValue)
                    }
            }
        }
    }

    /// BR-FREXT-05, -06, -08, -11 and -12 on every `//ram:IncludedSupplyChainTradeLineItem`.
    private static let subLineRules: [BusinessRule] = {
        let context: @Sendable (RuleDocument) -> [RuleNode] = { $0.all("ram:IncludedSupplyChainTradeLineItem") }
        func subLineRule(_ id: String, _ test: @escaping @Sendable (SubLine) -> Bool) -> BusinessRule {
            codeRule(id, context: context) { node, document in test(SubLine(line: node, document: document)) }
        }
        return [
            subLineRule("BR-FREXT-05") { line in
                // `contains(' DETAIL GROUP INFORMATION ', concat(' ', $code, ' '))` on the code as written.
                guard let code = line.codes.first else { return true }
                return !code.contains(" ") && " DETAIL GROUP INFORMATION ".contains(" " + code + " ")
            },
            subLineRule("BR-FREXT-06") { line in
                line.parentID.isEmpty || line.codes.contains { $0 != "" }
            },
            subLineRule("BR-FREXT-08") { line in
                guard line.isGroupWithAmount else { return true }
                let amounts = line.children(coded: ["GROUP", "DETAIL"]).flatMap { $0.select(SubLine.netAmount) }
                let expected = ExtendedCTCFRRules.ciiCents(ExtendedCTCFRRules.ciiDecimals(amounts))
                return line.line.select(SubLine.netAmount).contains { XPath.decimal($0.stringValue) == expected }
            },
            subLineRule("BR-FREXT-11") { line in
                let parent = line.parentID
                if parent.isEmpty { return true }
                let ids = line.lineIDs
                return ExtendedCTCFRRules.ciiLineItems(line.document).contains { other in
                    let otherIDs = other.select("ram:AssociatedDocumentLineDocument/ram:LineID").map(\.stringValue)
                    return otherIDs.contains(parent) && otherIDs.contains { id in ids.contains { $0 != id } }
                }
            },
            subLineRule("BR-FREXT-12") { line in
                guard line.isGroupWithAmount else { return true }
                let groups = line.children(coded: ["GROUP"])
                return groups.count == groups.flatMap { $0.select(SubLine.netAmount) }.count
            },
        ]
    }()
}
