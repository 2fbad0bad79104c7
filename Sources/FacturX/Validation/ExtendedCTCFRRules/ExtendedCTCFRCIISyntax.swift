// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The pattern `EN16931-CII-Syntax` as the EXTENDED-CTC-FR-CII artefact states it: the CEN pattern without
/// its first rule (CII-SR-464), with 79 CEN assertions dropped (elements the extended profile allows), and
/// with the restated or added assertions `CII-SR-454` (at most one line VAT), `CII-FREXT-SR-106`, `-293`
/// (delivery terms limited to an INCOTERMS code and a location name), `CII-FREXT-SR-439`, `CII-FREXT-SR-366`,
/// `CII-EXT-DT-018`, `CII-FREXT-DT-024` and `CII-FREXTDT-027` (which referenced documents may carry a type
/// code, a reference type code or an issue date).
extension ExtendedCTCFRRules {
    private typealias PatternRule = EN16931CIISyntax.PatternRule
    private typealias Check = EN16931CIISyntax.Check

    /// The pattern's rules in the official order; the contexts are those of the CEN pattern (rule `k` of
    /// this artefact is rule `k + 1` of CEN's), the assertions stated as CEN states them are CEN's.
    static let ciiSyntaxPatternRules: [EN16931CIISyntax.PatternRule] = {
        let base = EN16931CIISyntax.patternRules
        var checks: [String: Check] = [:]
        for rule in base {
            for check in rule.checks where checks[check.id] == nil { checks[check.id] = check }
        }
        func cen(_ id: String) -> Check {
            guard let check = checks[id] else { preconditionFailure("no CEN syntax check \(id)") }
            return check
        }
        return [
            PatternRule(
                base[1].context,
                [
                    cen("CII-SR-001"), cen("CII-SR-002"), cen("CII-SR-003"), cen("CII-SR-006"), cen("CII-SR-007"),
                    cen("CII-SR-008"), cen("CII-SR-009"), cen("CII-SR-010"), cen("CII-SR-011"), cen("CII-SR-012"),
                ]
            ),
            PatternRule(
                base[2].context,
                [
                    cen("CII-SR-013"), cen("CII-SR-014"), cen("CII-SR-015"), cen("CII-SR-016"), cen("CII-SR-017"),
                    cen("CII-SR-018"), cen("CII-SR-019"), cen("CII-SR-020"), cen("CII-SR-021"), cen("CII-SR-022"),
                    cen("CII-SR-023"), cen("CII-SR-024"), cen("CII-SR-025"), cen("CII-SR-026"), cen("CII-SR-027"),
                    cen("CII-SR-028"), cen("CII-SR-032"), cen("CII-SR-033"), cen("CII-SR-034"),
                ]
            ),
            PatternRule(base[3].context, [cen("CII-SR-030")]),
            PatternRule(
                base[4].context,
                [cen("CII-SR-035"), cen("CII-SR-036"), cen("CII-SR-037"), cen("CII-SR-038"), cen("CII-SR-221")]
            ),
            PatternRule(base[5].context, [cen("CII-SR-042"), cen("CII-SR-043"), cen("CII-SR-044")]),
            PatternRule(
                base[6].context,
                [
                    cen("CII-SR-045"), cen("CII-SR-046"), cen("CII-SR-048"), cen("CII-SR-049"), cen("CII-SR-050"),
                    cen("CII-SR-051"), cen("CII-SR-052"), cen("CII-SR-053"), cen("CII-SR-054"), cen("CII-SR-055"),
                    cen("CII-SR-056"), cen("CII-SR-057"), cen("CII-SR-058"), cen("CII-SR-059"), cen("CII-SR-060"),
                    cen("CII-SR-061"), cen("CII-SR-062"), cen("CII-SR-063"), cen("CII-SR-064"), cen("CII-SR-065"),
                    cen("CII-SR-066"), cen("CII-SR-067"), cen("CII-SR-071"), cen("CII-SR-073"), cen("CII-SR-074"),
                    cen("CII-SR-075"), cen("CII-SR-076"), cen("CII-SR-077"), cen("CII-SR-078"), cen("CII-SR-079"),
                    cen("CII-SR-080"), cen("CII-SR-081"), cen("CII-SR-082"), cen("CII-SR-083"), cen("CII-SR-084"),
                    cen("CII-SR-085"), cen("CII-SR-086"), cen("CII-SR-087"), cen("CII-SR-088"), cen("CII-SR-089"),
                    cen("CII-SR-090"), cen("CII-SR-091"), cen("CII-SR-092"), cen("CII-SR-093"), cen("CII-SR-094"),
                    cen("CII-SR-095"), cen("CII-SR-096"), cen("CII-SR-097"), cen("CII-SR-098"), cen("CII-SR-099"),
                    cen("CII-SR-100"), cen("CII-SR-101"), cen("CII-SR-102"), cen("CII-SR-103"),
                ]
            ),
            PatternRule(base[7].context, [cen("CII-SR-069"), cen("CII-SR-072")]),
            PatternRule(
                base[8].context,
                [
                    cen("CII-SR-104"), cen("CII-SR-105"),
                    .warning(
                        "CII-FREXT-SR-106",
                        .custom(deliveryTermsRestricted),
                        "ApplicableTradeDeliveryTerms should not be present except for ram:DeliveryTypeCode for INCOTERMS line level and location on ram:ApplicableTradeDeliveryTerms/ram:RelevantTradeLocation/cbc:Name"
                    ), cen("CII-SR-109"), cen("CII-SR-110"), cen("CII-SR-111"), cen("CII-SR-112"), cen("CII-SR-113"),
                    cen("CII-SR-114"), cen("CII-SR-115"), cen("CII-SR-116"), cen("CII-SR-117"), cen("CII-SR-118"),
                    .fatal(
                        "CII-FREXT-SR-439",
                        .atMostOne("ram:NetPriceProductTradePrice/ram:ChargeAmount"),
                        "ChargeAmount should exist maximum once"
                    ), cen("CII-SR-119"), cen("CII-SR-120"), cen("CII-SR-121"), cen("CII-SR-122"), cen("CII-SR-123"),
                    cen("CII-SR-124"), cen("CII-SR-125"), cen("CII-SR-126"), cen("CII-SR-129"), cen("CII-SR-130"),
                    cen("CII-SR-131"), cen("CII-SR-445"), cen("CII-SR-132"), cen("CII-SR-133"), cen("CII-SR-134"),
                    cen("CII-SR-135"), cen("CII-SR-136"), cen("CII-SR-138"), cen("CII-SR-139"), cen("CII-SR-140"),
                    cen("CII-SR-141"), cen("CII-SR-142"), cen("CII-SR-446"), cen("CII-SR-143"), cen("CII-SR-144"),
                    cen("CII-SR-145"), cen("CII-SR-146"), cen("CII-SR-441"), cen("CII-SR-147"), cen("CII-SR-149"),
                    cen("CII-SR-150"), cen("CII-SR-447"),
                ]
            ),
            PatternRule(base[9].context, [cen("CII-SR-463")]),
            PatternRule(base[10].context, [cen("CII-SR-440")]),
            PatternRule(
                base[11].context,
                [
                    cen("CII-SR-151"), cen("CII-SR-152"), cen("CII-SR-153"), cen("CII-SR-154"), cen("CII-SR-155"),
                    cen("CII-SR-157"), cen("CII-SR-158"), cen("CII-SR-159"), cen("CII-SR-160"), cen("CII-SR-161"),
                    cen("CII-SR-162"), cen("CII-SR-163"), cen("CII-SR-165"), cen("CII-SR-166"), cen("CII-SR-167"),
                    cen("CII-SR-168"), cen("CII-SR-169"), cen("CII-SR-171"), cen("CII-SR-172"), cen("CII-SR-176"),
                    cen("CII-SR-177"),
                ]
            ),
            PatternRule(
                base[12].context,
                [
                    cen("CII-SR-178"), cen("CII-SR-179"), cen("CII-SR-180"), cen("CII-SR-181"), cen("CII-SR-182"),
                    cen("CII-SR-183"), cen("CII-SR-184"), cen("CII-SR-185"), cen("CII-SR-186"), cen("CII-SR-187"),
                    cen("CII-SR-188"), cen("CII-SR-189"), cen("CII-SR-190"), cen("CII-SR-191"), cen("CII-SR-192"),
                    cen("CII-SR-193"), cen("CII-SR-194"), cen("CII-SR-195"), cen("CII-SR-196"), cen("CII-SR-197"),
                    cen("CII-SR-198"), cen("CII-SR-199"), cen("CII-SR-202"), cen("CII-SR-203"), cen("CII-SR-204"),
                    cen("CII-SR-205"), cen("CII-SR-206"), cen("CII-SR-207"), cen("CII-SR-208"), cen("CII-SR-209"),
                    cen("CII-SR-212"), cen("CII-SR-213"), cen("CII-SR-214"), cen("CII-SR-215"), cen("CII-SR-216"),
                    cen("CII-SR-217"), cen("CII-SR-218"), cen("CII-SR-219"), cen("CII-SR-220"),
                    .warning(
                        "CII-SR-454",
                        .atMostOne("ram:ApplicableTradeTax"),
                        "Only one ApplicableTradeTax should be present"
                    ),
                ]
            ),
            PatternRule(
                base[13].context,
                [
                    cen("CII-SR-442"), cen("CII-SR-222"), cen("CII-SR-223"), cen("CII-SR-224"), cen("CII-SR-225"),
                    cen("CII-SR-226"), cen("CII-SR-227"), cen("CII-SR-228"), cen("CII-SR-229"), cen("CII-SR-230"),
                    cen("CII-SR-231"), cen("CII-SR-232"), cen("CII-SR-233"), cen("CII-SR-234"), cen("CII-SR-235"),
                    cen("CII-SR-236"), cen("CII-SR-237"), cen("CII-SR-238"), cen("CII-SR-239"), cen("CII-SR-240"),
                    cen("CII-SR-241"), cen("CII-SR-242"), cen("CII-SR-243"), cen("CII-SR-244"), cen("CII-SR-245"),
                    cen("CII-SR-246"), cen("CII-SR-247"), cen("CII-SR-248"), cen("CII-SR-249"), cen("CII-SR-250"),
                    cen("CII-SR-251"), cen("CII-SR-252"), cen("CII-SR-254"), cen("CII-SR-255"), cen("CII-SR-256"),
                    cen("CII-SR-257"), cen("CII-SR-258"), cen("CII-SR-259"), cen("CII-SR-260"), cen("CII-SR-261"),
                    cen("CII-SR-262"), cen("CII-SR-263"), cen("CII-SR-264"), cen("CII-SR-265"), cen("CII-SR-266"),
                    cen("CII-SR-267"), cen("CII-SR-268"), cen("CII-SR-269"), cen("CII-SR-270"), cen("CII-SR-271"),
                    cen("CII-SR-272"), cen("CII-SR-273"), cen("CII-SR-274"), cen("CII-SR-275"), cen("CII-SR-276"),
                    cen("CII-SR-277"), cen("CII-SR-279"), cen("CII-SR-280"), cen("CII-SR-281"), cen("CII-SR-282"),
                    cen("CII-SR-283"), cen("CII-SR-284"), cen("CII-SR-285"), cen("CII-SR-286"), cen("CII-SR-287"),
                    cen("CII-SR-288"), cen("CII-SR-289"), cen("CII-SR-290"), cen("CII-SR-291"), cen("CII-SR-292"),
                    .warning(
                        "CII-FREXT-SR-293",
                        .custom(deliveryTermsRestricted),
                        "ApplicableTradeDeliveryTerms should not be present except for ram:DeliveryTypeCode for INCOTERMS Document level and location on ram:ApplicableTradeDeliveryTerms/ram:RelevantTradeLocation/cbc:Name"
                    ), cen("CII-SR-294"), cen("CII-SR-295"), cen("CII-SR-296"), cen("CII-SR-297"), cen("CII-SR-298"),
                    cen("CII-SR-299"), cen("CII-SR-300"), cen("CII-SR-301"), cen("CII-SR-302"), cen("CII-SR-303"),
                    cen("CII-SR-304"), cen("CII-SR-306"), cen("CII-SR-307"), cen("CII-SR-448"), cen("CII-SR-450"),
                    cen("CII-SR-455"), cen("CII-SR-456"), cen("CII-SR-457"), cen("CII-SR-459"), cen("CII-SR-460"),
                    cen("CII-SR-465"), cen("CII-SR-466"),
                ]
            ),
            PatternRule(
                base[14].context,
                [
                    cen("CII-SR-308"), cen("CII-SR-309"), cen("CII-SR-310"), cen("CII-SR-311"), cen("CII-SR-312"),
                    cen("CII-SR-313"), cen("CII-SR-314"), cen("CII-SR-315"), cen("CII-SR-316"), cen("CII-SR-317"),
                    cen("CII-SR-318"), cen("CII-SR-319"), cen("CII-SR-320"), cen("CII-SR-321"), cen("CII-SR-322"),
                    cen("CII-SR-323"), cen("CII-SR-324"), cen("CII-SR-325"), cen("CII-SR-326"), cen("CII-SR-327"),
                    cen("CII-SR-328"), cen("CII-SR-329"), cen("CII-SR-330"), cen("CII-SR-331"), cen("CII-SR-332"),
                    cen("CII-SR-335"), cen("CII-SR-336"), cen("CII-SR-337"), cen("CII-SR-338"), cen("CII-SR-449"),
                ]
            ),
            PatternRule(
                base[15].context,
                [
                    cen("CII-SR-339"), cen("CII-SR-340"), cen("CII-SR-341"), cen("CII-SR-342"), cen("CII-SR-344"),
                    cen("CII-SR-345"), cen("CII-SR-346"), cen("CII-SR-347"), cen("CII-SR-348"), cen("CII-SR-349"),
                    cen("CII-SR-364"), cen("CII-SR-451"),
                    .warning(
                        "CII-FREXT-SR-366",
                        .custom(currencyExchangeRestricted),
                        "This value in TaxApplicableTradeCurrencyExchange should not be present"
                    ), cen("CII-SR-367"), cen("CII-SR-368"), cen("CII-SR-369"), cen("CII-SR-370"), cen("CII-SR-371"),
                    cen("CII-SR-443"), cen("CII-SR-372"), cen("CII-SR-373"), cen("CII-SR-375"), cen("CII-SR-376"),
                    cen("CII-SR-377"), cen("CII-SR-378"), cen("CII-SR-379"), cen("CII-SR-380"), cen("CII-SR-381"),
                    cen("CII-SR-382"), cen("CII-SR-444"), cen("CII-SR-384"), cen("CII-SR-385"), cen("CII-SR-386"),
                    cen("CII-SR-388"), cen("CII-SR-389"), cen("CII-SR-390"), cen("CII-SR-391"), cen("CII-SR-392"),
                    cen("CII-SR-393"), cen("CII-SR-394"), cen("CII-SR-395"), cen("CII-SR-396"), cen("CII-SR-397"),
                    cen("CII-SR-398"), cen("CII-SR-399"), cen("CII-SR-400"), cen("CII-SR-401"), cen("CII-SR-402"),
                    cen("CII-SR-404"), cen("CII-SR-405"), cen("CII-SR-406"), cen("CII-SR-407"), cen("CII-SR-408"),
                    cen("CII-SR-409"), cen("CII-SR-421"), cen("CII-SR-423"), cen("CII-SR-424"), cen("CII-SR-425"),
                    cen("CII-SR-426"), cen("CII-SR-427"), cen("CII-SR-428"), cen("CII-SR-429"), cen("CII-SR-430"),
                    cen("CII-SR-431"), cen("CII-SR-432"), cen("CII-SR-433"), cen("CII-SR-434"), cen("CII-SR-435"),
                    cen("CII-SR-436"), cen("CII-SR-437"), cen("CII-SR-452"), cen("CII-SR-453"), cen("CII-SR-461"),
                    cen("CII-SR-462"),
                ]
            ),
            PatternRule(
                base[16].context,
                [
                    cen("CII-SR-411"), cen("CII-SR-412"), cen("CII-SR-413"), cen("CII-SR-414"), cen("CII-SR-415"),
                    cen("CII-SR-416"), cen("CII-SR-417"), cen("CII-SR-418"), cen("CII-SR-419"), cen("CII-SR-420"),
                ]
            ),
            PatternRule(base[17].context, [cen("CII-DT-013"), cen("CII-DT-014"), cen("CII-SR-438")]),
            PatternRule(base[18].context, [cen("CII-SR-04"), cen("CII-SR-05")]),
            PatternRule(
                base[19].context,
                [
                    cen("CII-DT-001"), cen("CII-DT-002"), cen("CII-DT-003"), cen("CII-DT-004"), cen("CII-DT-005"),
                    cen("CII-DT-006"), cen("CII-DT-007"),
                ]
            ),
            PatternRule(
                base[20].context,
                [cen("CII-DT-101"), cen("CII-DT-102"), cen("CII-DT-103"), cen("CII-DT-104")]
            ),
            PatternRule(base[21].context, [cen("CII-DT-008"), cen("CII-DT-009")]),
            PatternRule(base[22].context, [cen("CII-DT-010"), cen("CII-DT-011"), cen("CII-DT-012")]),
            PatternRule(
                base[23].context,
                [cen("CII-DT-045"), cen("CII-DT-046"), cen("CII-DT-047"), cen("CII-DT-048")]
            ),
            PatternRule(
                base[24].context,
                [
                    cen("CII-DT-015"), cen("CII-DT-016"), cen("CII-DT-017"),
                    .fatal("CII-EXT-DT-018", .custom(referencedDocumentTypeCode), "TypeCode should not be present"),
                    cen("CII-DT-019"), cen("CII-DT-020"), cen("CII-DT-021"), cen("CII-DT-022"), cen("CII-DT-023"),
                    .fatal(
                        "CII-FREXT-DT-024",
                        .custom(referencedDocumentReferenceTypeCode),
                        "ReferenceTypeCode should not be present"
                    ), cen("CII-DT-025"), cen("CII-DT-026"),
                    .fatal(
                        "CII-FREXTDT-027",
                        .custom(referencedDocumentIssueDate),
                        "FormattedIssueDateTime should not be present"
                    ), cen("CII-DT-028"), cen("CII-DT-029"), cen("CII-DT-030"),
                ]
            ),
            PatternRule(base[25].context, [cen("CII-DT-031"), cen("CII-DT-032")]),
            PatternRule(
                base[26].context,
                [cen("CII-DT-033"), cen("CII-DT-034"), cen("CII-DT-035"), cen("CII-DT-036")]
            ),
            PatternRule(
                base[27].context,
                [
                    cen("CII-DT-037"), cen("CII-DT-038"), cen("CII-DT-039"), cen("CII-DT-040"), cen("CII-DT-041"),
                    cen("CII-DT-042"), cen("CII-DT-043"), cen("CII-DT-044"), cen("CII-DT-049"), cen("CII-DT-050"),
                    cen("CII-DT-051"), cen("CII-DT-053"), cen("CII-DT-054"), cen("CII-DT-055"), cen("CII-DT-056"),
                    cen("CII-DT-057"), cen("CII-DT-059"), cen("CII-DT-060"), cen("CII-DT-061"), cen("CII-DT-062"),
                    cen("CII-DT-063"), cen("CII-DT-064"), cen("CII-DT-065"), cen("CII-DT-066"), cen("CII-DT-067"),
                ]
            ),
            PatternRule(
                base[28].context,
                [
                    cen("CII-DT-068"), cen("CII-DT-069"), cen("CII-DT-070"), cen("CII-DT-071"), cen("CII-DT-072"),
                    cen("CII-DT-073"), cen("CII-DT-074"), cen("CII-DT-075"), cen("CII-DT-076"), cen("CII-DT-077"),
                    cen("CII-DT-078"), cen("CII-DT-079"), cen("CII-DT-080"), cen("CII-DT-081"),
                ]
            ),
            PatternRule(
                base[29].context,
                [
                    cen("CII-DT-082"), cen("CII-DT-083"), cen("CII-DT-084"), cen("CII-DT-086"), cen("CII-DT-087"),
                    cen("CII-DT-088"), cen("CII-DT-089"), cen("CII-DT-090"), cen("CII-DT-091"), cen("CII-DT-092"),
                    cen("CII-DT-093"), cen("CII-DT-094"), cen("CII-DT-095"), cen("CII-DT-096"),
                ]
            ),
            PatternRule(base[30].context, [cen("CII-DT-097")]),
        ]
    }()

    /// The syntax rules, one per assertion, evaluated with the pattern's first-matching-rule semantics.
    static let ciiSyntax: [BusinessRule] = EN16931CIISyntax.rules(
        of: ciiSyntaxPatternRules,
        key: "ExtendedCTCFRRules.ciiSyntax"
    )
}

extension ExtendedCTCFRRules {
    /// CII-FREXT-SR-106, -293: `not(ram:ApplicableTradeDeliveryTerms) or (not(terms/*[not(self::ram:DeliveryTypeCode or
    /// self::ram:RelevantTradeLocation)]) and not(terms/ram:RelevantTradeLocation/*[not(self::ram:Name)]))`.
    private static let deliveryTermsRestricted: EN16931CIISyntax.Condition = { node, _ in
        let terms = node.children("ram:ApplicableTradeDeliveryTerms")
        let allowed: Set<String> = ["ram:DeliveryTypeCode", "ram:RelevantTradeLocation"]
        return terms.allSatisfy { term in
            term.children.allSatisfy { child in
                guard allowed.contains(child.qualifiedName) else { return false }
                return child.qualifiedName != "ram:RelevantTradeLocation"
                    || child.children.allSatisfy { $0.qualifiedName == "ram:Name" }
            }
        }
    }

    /// CII-FREXT-SR-366: every child of `ram:TaxApplicableTradeCurrencyExchange` has one of four local names.
    private static let currencyExchangeRestricted: EN16931CIISyntax.Condition = { node, _ in
        let names: Set<String> = [
            "SourceCurrencyCode", "TargetCurrencyCode", "ConversionRate", "ConversionRateDateTime",
        ]
        return node.children("ram:TaxApplicableTradeCurrencyExchange").allSatisfy { exchange in
            exchange.children.allSatisfy { names.contains($0.name) }
        }
    }

    /// CII-EXT-DT-018: `not(ram:TypeCode) or (self::ram:AdditionalReferencedDocument and ram:TypeCode = ('50', '130',
    /// '916')) or self::ram:InvoiceReferencedDocument`.
    private static let referencedDocumentTypeCode: EN16931CIISyntax.Condition = { node, _ in
        let codes = node.children("ram:TypeCode").map(\.stringValue)
        if codes.isEmpty || node.qualifiedName == "ram:InvoiceReferencedDocument" { return true }
        return node.qualifiedName == "ram:AdditionalReferencedDocument"
            && codes.contains { ["50", "130", "916"].contains($0) }
    }

    /// CII-FREXT-DT-024: `not(ram:ReferenceTypeCode) or (self::ram:AdditionalReferencedDocument and ram:TypeCode =
    /// '130') or self::ram:ContractReferencedDocument`.
    private static let referencedDocumentReferenceTypeCode: EN16931CIISyntax.Condition = { node, _ in
        if !node.containsChild("ram:ReferenceTypeCode", where: { _ in true }) { return true }
        if node.qualifiedName == "ram:ContractReferencedDocument" { return true }
        return node.qualifiedName == "ram:AdditionalReferencedDocument"
            && node.containsChild("ram:TypeCode") { $0.stringValue == "130" }
    }

    /// CII-FREXTDT-027: only the invoice, contract, buyer order and despatch advice references carry an issue date.
    private static let referencedDocumentIssueDate: EN16931CIISyntax.Condition = { node, _ in
        let dated: Set<String> = [
            "ram:InvoiceReferencedDocument", "ram:ContractReferencedDocument", "ram:BuyerOrderReferencedDocument",
            "ram:DespatchAdviceReferencedDocument",
        ]
        return !node.containsChild("ram:FormattedIssueDateTime", where: { _ in true })
            || dated.contains(node.qualifiedName)
    }
}
