// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The code-list rules (BR-CL) of the CEN artefacts, per syntax.
///
/// Each rule has the official context (in CII and UBL the pattern `EN16931-Codes`/`Codesmodel`,
/// where an element is checked by the first matching rule only: the one overlap, a CII origin
/// country `ram:ID` with a `schemeID`, goes to BR-CL-11 rather than BR-CL-15) and tests the value
/// or attribute against the list as the artefacts do (see ``EN16931CodeList``).
extension EN16931Rules {
    /// The code-list rules (BR-CL) of the CEN artefacts for a syntax.
    static func codeListRules(_ b: RuleBinding) -> [BusinessRule] {
        b.isUBL ? ublCodeLists : ciiCodeLists
    }

    private typealias Lists = EN16931CodeLists
    private typealias Context = @Sendable (RuleDocument) -> [RuleNode]

    /// A rule testing the value (`attribute == nil`) or an attribute of each context element.
    private static func codeRule(
        _ id: String,
        _ messages: [String: String],
        _ context: @escaping Context,
        _ list: EN16931CodeList,
        attribute: String? = nil
    ) -> BusinessRule {
        BusinessRule(id, .fatal, message: messages[id], context: context) { node, _ in
            let value: String? = if let attribute { node.attribute(attribute) } else { node.stringValue }
            return list.accepts(value)
        }
    }

    /// The elements named `name` that carry the attribute `attribute`.
    private static func named(_ name: String, with attribute: String) -> Context {
        { document in document.all(name).filter { $0.attribute(attribute) != nil } }
    }

    /// `first/child`, anywhere, optionally only those carrying `attribute`.
    private static func child(_ first: String, _ child: String, with attribute: String? = nil) -> Context {
        { document in
            let nodes = document.all(first, child)
            guard let attribute else { return nodes }
            return nodes.filter { $0.attribute(attribute) != nil }
        }
    }

    /// The official MIME codes of BR-CL-24, compared as they are (no normalisation).
    private static let mimeCodes: Set<String> = [
        "application/pdf", "image/png", "image/jpeg", "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.spreadsheet",
    ]

    private static func mimeRule(_ messages: [String: String], _ name: String) -> BusinessRule {
        BusinessRule("BR-CL-24", .fatal, message: messages["BR-CL-24"], context: named(name, with: "mimeCode")) {
            node,
            _ in mimeCodes.contains(node.attribute("mimeCode") ?? "")
        }
    }

    /// BR-CL-22: the space test on the value, the list test on its upper-case form.
    private static func exemptionRule(_ messages: [String: String], _ name: String) -> BusinessRule {
        BusinessRule("BR-CL-22", .fatal, message: messages["BR-CL-22"], context: { $0.all(name) }) { node, _ in
            let value = node.stringValue
            return !XPath.normalizeSpace(value).contains(" ") && Lists.vatex.accepts(value.uppercased())
        }
    }

    // MARK: - CII

    /// CII BR-CL-11's context: `ram:ID[@schemeID][not(ancestor::ram:SpecifiedTaxRegistration)]`.
    private static func ciiSchemeIdentified(_ node: RuleNode) -> Bool {
        node.attribute("schemeID") != nil && !node.hasAncestor(named: "ram:SpecifiedTaxRegistration")
    }

    private static let ciiCodeLists: [BusinessRule] = {
        let m = Lists.ciiMessages
        return [
            codeRule(
                "BR-CL-01",
                m,
                { $0.all("ram:TypeCode").filter { $0.parent?.qualifiedName == "rsm:ExchangedDocument" } },
                Lists.ciiDocumentTypes
            ),
            codeRule(
                "BR-CL-03",
                m,
                named("ram:TaxTotalAmount", with: "currencyID"),
                Lists.currencies,
                attribute: "currencyID"
            ),
            codeRule("BR-CL-04", m, { $0.all("ram:InvoiceCurrencyCode") }, Lists.currencies),
            codeRule("BR-CL-05", m, { $0.all("ram:TaxCurrencyCode") }, Lists.currencies),
            codeRule("BR-CL-06", m, { $0.all("ram:DueDateTypeCode") }, Lists.ciiTaxPointDateCodes),
            codeRule("BR-CL-07", m, { $0.all("ram:ReferenceTypeCode") }, Lists.referenceQualifiers),
            codeRule("BR-CL-08", m, { $0.all("ram:SubjectCode") }, Lists.ciiSubjectCodes),
            codeRule(
                "BR-CL-10",
                m,
                { document in
                    document.all("ram:GlobalID").filter { node in
                        node.attribute("schemeID") != nil && !node.hasAncestor(named: "ram:SpecifiedTradeProduct")
                            && !node.hasAncestor(named: "ram:ShipToTradeParty")
                    }
                },
                Lists.icd,
                attribute: "schemeID"
            ),
            codeRule(
                "BR-CL-11",
                m,
                { $0.all("ram:ID").filter(ciiSchemeIdentified) },
                Lists.icd,
                attribute: "schemeID"
            ),
            codeRule(
                "BR-CL-13",
                m,
                named("ram:ClassCode", with: "listID"),
                Lists.itemClassifications,
                attribute: "listID"
            ),
            codeRule("BR-CL-14", m, { $0.all("ram:CountryID") }, Lists.ciiCountries),
            codeRule(
                "BR-CL-15",
                m,
                { $0.all("ram:OriginTradeCountry", "ram:ID").filter { !ciiSchemeIdentified($0) } },
                Lists.ciiCountries
            ),
            codeRule(
                "BR-CL-16",
                m,
                child("ram:SpecifiedTradeSettlementPaymentMeans", "ram:TypeCode"),
                Lists.paymentMeans
            ),
            codeRule("BR-CL-17", m, child("ram:CategoryTradeTax", "ram:CategoryCode"), Lists.taxCategories),
            codeRule("BR-CL-18", m, child("ram:ApplicableTradeTax", "ram:CategoryCode"), Lists.taxCategories),
            codeRule(
                "BR-CL-19",
                m,
                { document in
                    document.all("ram:SpecifiedTradeAllowanceCharge").filter { RuleBinding.ciiIndicatorIs($0, false) }
                        .flatMap { $0.children("ram:ReasonCode") }
                },
                Lists.allowanceReasons
            ),
            codeRule(
                "BR-CL-20",
                m,
                { document in
                    document.all("ram:SpecifiedTradeAllowanceCharge").filter { RuleBinding.ciiIndicatorIs($0, true) }
                        .flatMap { $0.children("ram:ReasonCode") }
                },
                Lists.chargeReasons
            ),
            codeRule(
                "BR-CL-21",
                m,
                child("ram:SpecifiedTradeProduct", "ram:GlobalID", with: "schemeID"),
                Lists.icd,
                attribute: "schemeID"
            ),
            exemptionRule(m, "ram:ExemptionReasonCode"),
            codeRule(
                "BR-CL-23",
                m,
                {
                    named("ram:BasisQuantity", with: "unitCode")($0) + named("ram:BilledQuantity", with: "unitCode")($0)
                },
                Lists.unitCodes,
                attribute: "unitCode"
            ),
            mimeRule(m, "ram:AttachmentBinaryObject"),
            codeRule(
                "BR-CL-25",
                m,
                child("ram:URIUniversalCommunication", "ram:URIID", with: "schemeID"),
                Lists.eas,
                attribute: "schemeID"
            ),
            codeRule(
                "BR-CL-26",
                m,
                child("ram:ApplicableHeaderTradeDelivery", "ram:ShipToTradeParty/ram:GlobalID", with: "schemeID"),
                Lists.icd,
                attribute: "schemeID"
            ),
        ]
    }()

    // MARK: - UBL

    /// The amounts whose `currencyID` BR-CL-03 checks.
    private static let ublAmounts = [
        "cbc:Amount", "cbc:BaseAmount", "cbc:PriceAmount", "cbc:TaxAmount", "cbc:TaxableAmount",
        "cbc:LineExtensionAmount", "cbc:TaxExclusiveAmount", "cbc:TaxInclusiveAmount", "cbc:AllowanceTotalAmount",
        "cbc:ChargeTotalAmount", "cbc:PrepaidAmount", "cbc:PayableRoundingAmount", "cbc:PayableAmount",
    ]

    /// UBL BR-CL-08: a note `#XXX#…` whose three characters between the first two `#` are not
    /// found in the spaced subject-code list (a substring search, as the artefact does it).
    private static func ublNoteSubjectIsKnown(_ note: String) -> Bool {
        let scalars = note.unicodeScalars
        guard let first = scalars.firstIndex(of: "#") else { return true }
        let rest = scalars[scalars.index(after: first)...]
        guard let second = rest.firstIndex(of: "#") else { return true }
        let subject = rest[..<second]
        guard subject.count == 3 else { return true }
        return Lists.ublSubjectCodes.spaced.contains(String(String.UnicodeScalarView(subject)))
    }

    private static let ublCodeLists: [BusinessRule] = {
        let m = Lists.ublMessages
        return [
            BusinessRule(
                "BR-CL-01",
                .fatal,
                message: m["BR-CL-01"],
                context: { $0.all("cbc:InvoiceTypeCode") + $0.all("cbc:CreditNoteTypeCode") }
            ) { node, _ in
                node.qualifiedName == "cbc:InvoiceTypeCode"
                    ? Lists.ublInvoiceTypes.accepts(node.stringValue)
                    : Lists.ublCreditNoteTypes.accepts(node.stringValue)
            },
            codeRule(
                "BR-CL-03",
                m,
                { document in ublAmounts.flatMap { document.all($0) } },
                Lists.currencies,
                attribute: "currencyID"
            ),
            codeRule("BR-CL-04", m, { $0.all("cbc:DocumentCurrencyCode") }, Lists.currencies),
            codeRule("BR-CL-05", m, { $0.all("cbc:TaxCurrencyCode") }, Lists.currencies),
            codeRule("BR-CL-06", m, child("cac:InvoicePeriod", "cbc:DescriptionCode"), Lists.ublTaxPointDateCodes),
            codeRule(
                "BR-CL-07",
                m,
                { document in
                    (document.all("cac:AdditionalDocumentReference") + document.all("cac:DocumentReference"))
                        .filter { reference in
                            reference.containsChild("cbc:DocumentTypeCode") { $0.stringValue == "130" }
                        }
                        .flatMap { $0.children("cbc:ID") }.filter { $0.attribute("schemeID") != nil }
                },
                Lists.referenceQualifiers,
                attribute: "schemeID"
            ),
            BusinessRule(
                "BR-CL-08",
                .fatal,
                message: m["BR-CL-08"],
                context: { document in
                    ["ubl:Invoice", "cn:CreditNote"].contains(document.root.qualifiedName)
                        ? document.root.children("cbc:Note") : []
                }
            ) { node, _ in ublNoteSubjectIsKnown(node.stringValue) },
            BusinessRule(
                "BR-CL-10",
                .fatal,
                message: m["BR-CL-10"],
                context: child("cac:PartyIdentification", "cbc:ID", with: "schemeID")
            ) { node, _ in
                let scheme = node.attribute("schemeID")
                if Lists.icd.accepts(scheme) { return true }
                return XPath.normalizeSpace(scheme ?? "") == "SEPA"
                    && (node.hasAncestor(named: "cac:AccountingSupplierParty")
                        || node.hasAncestor(named: "cac:PayeeParty"))
            },
            codeRule(
                "BR-CL-11",
                m,
                child("cac:PartyLegalEntity", "cbc:CompanyID", with: "schemeID"),
                Lists.icd,
                attribute: "schemeID"
            ),
            codeRule(
                "BR-CL-13",
                m,
                child("cac:CommodityClassification", "cbc:ItemClassificationCode", with: "listID"),
                Lists.itemClassifications,
                attribute: "listID"
            ),
            codeRule("BR-CL-14", m, child("cac:Country", "cbc:IdentificationCode"), Lists.ublCountries),
            codeRule("BR-CL-15", m, child("cac:OriginCountry", "cbc:IdentificationCode"), Lists.ublCountries),
            codeRule("BR-CL-16", m, child("cac:PaymentMeans", "cbc:PaymentMeansCode"), Lists.paymentMeans),
            codeRule("BR-CL-17", m, child("cac:TaxCategory", "cbc:ID"), Lists.taxCategories),
            codeRule("BR-CL-18", m, child("cac:ClassifiedTaxCategory", "cbc:ID"), Lists.taxCategories),
            codeRule(
                "BR-CL-19",
                m,
                { document in
                    document.all("cac:AllowanceCharge").filter { RuleBinding.ublIndicatorIs($0, false) }
                        .flatMap { $0.children("cbc:AllowanceChargeReasonCode") }
                },
                Lists.allowanceReasons
            ),
            codeRule(
                "BR-CL-20",
                m,
                { document in
                    document.all("cac:AllowanceCharge").filter { RuleBinding.ublIndicatorIs($0, true) }
                        .flatMap { $0.children("cbc:AllowanceChargeReasonCode") }
                },
                Lists.chargeReasons
            ),
            codeRule(
                "BR-CL-21",
                m,
                child("cac:StandardItemIdentification", "cbc:ID", with: "schemeID"),
                Lists.icd,
                attribute: "schemeID"
            ),
            exemptionRule(m, "cbc:TaxExemptionReasonCode"),
            codeRule(
                "BR-CL-23",
                m,
                { document in
                    ["cbc:InvoicedQuantity", "cbc:BaseQuantity", "cbc:CreditedQuantity"].flatMap {
                        named($0, with: "unitCode")(document)
                    }
                },
                Lists.unitCodes,
                attribute: "unitCode"
            ),
            mimeRule(m, "cbc:EmbeddedDocumentBinaryObject"),
            codeRule("BR-CL-25", m, named("cbc:EndpointID", with: "schemeID"), Lists.eas, attribute: "schemeID"),
            codeRule(
                "BR-CL-26",
                m,
                child("cac:DeliveryLocation", "cbc:ID", with: "schemeID"),
                Lists.icd,
                attribute: "schemeID"
            ),
        ]
    }()
}
