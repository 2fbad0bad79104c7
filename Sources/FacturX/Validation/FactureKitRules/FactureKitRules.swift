// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// FactureKit's own rules (`FK-…`, rule set ``BusinessRuleSet/factureKit``), where the official
/// artefacts are blind, per syntax.
///
/// The official rules check the shape of dates and identifiers, not their meaning: CII-DT-097
/// accepts `20260231`, BR-CO-09 reads only a VAT identifier's two-letter prefix, and no official
/// rule computes a SIREN's, an IBAN's or a VAT number's check digits. These rules add those checks
/// under identifiers of their own; they never change an official verdict. A blank value is left
/// to the official rules (BR-03, BR-CO-26…).
///
/// | Rule        | Severity | Checks | CII | UBL |
/// |-------------|----------|--------|-----|-----|
/// | FK-DATE-01  | fatal    | every date is a day that exists | `udt:`/`qdt:` `DateTimeString` and `DateString` with `@format='102'` of eight digits (other shapes: CII-DT-097) | every `cbc:…Date`, as `xs:date` |
/// | FK-VAT-01   | fatal    | VAT identifiers with an EU prefix have their country's format and check digits | `SpecifiedTaxRegistration/ID[@schemeID='VA']` of the seller (BT-31), buyer (BT-48) and seller's tax representative (BT-63) | `PartyTaxScheme[TaxScheme/ID='VAT']/CompanyID` of the same parties |
/// | FK-SIREN-01 | fatal    | SIREN (scheme 0002): nine digits, Luhn | `ram:ID`, `ram:GlobalID`, `ram:URIID` with `@schemeID='0002'` (BT-29, BT-30, BT-34, BT-46, BT-47, BT-60, BT-61…) | `cbc:ID`, `cbc:CompanyID`, `cbc:EndpointID` with `@schemeID='0002'` |
/// | FK-SIRET-01 | fatal    | SIRET (scheme 0009): fourteen digits, Luhn (La Poste: digit sum), valid SIREN | as FK-SIREN-01 with `@schemeID='0009'` (also BT-71) | as FK-SIREN-01 with `@schemeID='0009'` |
/// | FK-IBAN-01  | fatal    | an account identifier that looks like an IBAN (registry country, two digits) has the country's length and MOD 97-10 check digits | `PayeePartyCreditorFinancialAccount/IBANID`, `/ProprietaryID` (BT-84), `PayerPartyDebtorFinancialAccount/IBANID` (BT-91) | `PayeeFinancialAccount/ID` (BT-84), `PayerFinancialAccount/ID` (BT-91) |
/// | FK-IBAN-02  | warning  | such an IBAN, its check digits right, has the country's BBAN layout and national key (French RIB key) | as FK-IBAN-01 | as FK-IBAN-01 |
/// | FK-BIC-01   | warning  | a payment service provider identifier is a well-formed BIC | every `ram:BICID` (BT-86) | `FinancialInstitutionBranch/ID` (BT-86) |
///
/// Currency codes (BT-5, BT-6) get no rule of ours: BR-CL-04 and BR-CL-05 already hold them to
/// ISO 4217.
enum FactureKitRules {
    /// The rules for CII.
    static let cii: [BusinessRule] = [
        rule("FK-DATE-01", .fatal, FactureKitRuleText.date, ciiDates, FactureKitChecks.isRealFormat102Date),
        rule("FK-VAT-01", .fatal, FactureKitRuleText.vat, ciiVATIdentifiers, FactureKitChecks.isValidVATIdentifier),
        rule("FK-SIREN-01", .fatal, FactureKitRuleText.siren, ciiScheme("0002"), FactureKitChecks.isValidSIREN),
        rule("FK-SIRET-01", .fatal, FactureKitRuleText.siret, ciiScheme("0009"), FactureKitChecks.isValidSIRET),
        rule(
            "FK-IBAN-01",
            .fatal,
            FactureKitRuleText.ibanCheckDigits,
            ciiIBANs,
            FactureKitChecks.passesIBANCheckDigits
        ),
        rule(
            "FK-IBAN-02",
            .warning,
            FactureKitRuleText.ibanNationalChecks,
            ciiIBANs,
            FactureKitChecks.passesIBANNationalChecks
        ),
        rule("FK-BIC-01", .warning, FactureKitRuleText.bic, ciiBICs, FactureKitChecks.isValidBIC),
    ]

    /// The rules for UBL Invoice and CreditNote.
    static let ubl: [BusinessRule] = [
        rule("FK-DATE-01", .fatal, FactureKitRuleText.date, ublDates, FactureKitChecks.isRealISODate),
        rule("FK-VAT-01", .fatal, FactureKitRuleText.vat, ublVATIdentifiers, FactureKitChecks.isValidVATIdentifier),
        rule("FK-SIREN-01", .fatal, FactureKitRuleText.siren, ublScheme("0002"), FactureKitChecks.isValidSIREN),
        rule("FK-SIRET-01", .fatal, FactureKitRuleText.siret, ublScheme("0009"), FactureKitChecks.isValidSIRET),
        rule(
            "FK-IBAN-01",
            .fatal,
            FactureKitRuleText.ibanCheckDigits,
            ublIBANs,
            FactureKitChecks.passesIBANCheckDigits
        ),
        rule(
            "FK-IBAN-02",
            .warning,
            FactureKitRuleText.ibanNationalChecks,
            ublIBANs,
            FactureKitChecks.passesIBANNationalChecks
        ),
        rule("FK-BIC-01", .warning, FactureKitRuleText.bic, ublBICs, FactureKitChecks.isValidBIC),
    ]

    /// A rule on the string value of each context node.
    ///
    /// - Parameters:
    ///   - holds: whether the rule holds on a node's string value.
    private static func rule(
        _ id: String,
        _ severity: RuleViolation.Severity,
        _ message: String,
        _ context: @escaping @Sendable (RuleDocument) -> [RuleNode],
        _ holds: @escaping @Sendable (String) -> Bool
    ) -> BusinessRule {
        BusinessRule(id, severity, message: message, context: context) { node, _ in holds(node.stringValue) }
    }

    /// The rules for a syntax.
    static func rules(isUBL: Bool) -> [BusinessRule] {
        isUBL ? ubl : cii
    }

    /// The identifiers of the rules, in the order they run.
    static let ruleIDs = [
        "FK-DATE-01", "FK-VAT-01", "FK-SIREN-01", "FK-SIRET-01", "FK-IBAN-01", "FK-IBAN-02", "FK-BIC-01",
    ]

    // MARK: - Contexts

    /// The nodes whose value is not blank.
    private static func nonBlank(_ nodes: [RuleNode]) -> [RuleNode] {
        nodes.filter { $0.hasText(".") }
    }

    /// CII: every `DateTimeString` and `DateString` (`udt` or `qdt`) with `@format='102'`.
    private static func ciiDates(_ document: RuleDocument) -> [RuleNode] {
        ["udt:DateTimeString", "qdt:DateTimeString", "udt:DateString", "qdt:DateString"]
            .flatMap { document.all($0) }
            .filter { $0.attribute("format") == "102" }
    }

    /// CII: BT-31, BT-48 and BT-63, the `VA` tax registrations of the seller, the buyer and the
    /// seller's tax representative.
    private static func ciiVATIdentifiers(_ document: RuleDocument) -> [RuleNode] {
        let parties = ["ram:SellerTradeParty", "ram:BuyerTradeParty", "ram:SellerTaxRepresentativeTradeParty"]
        let identifiers = parties.flatMap { document.all($0, "ram:SpecifiedTaxRegistration/ram:ID") }
        return nonBlank(identifiers.filter { $0.attribute("schemeID") == "VA" })
    }

    /// CII: the identifiers (`ram:ID`, `ram:GlobalID`, `ram:URIID`) with this ISO 6523 scheme.
    private static func ciiScheme(_ scheme: String) -> @Sendable (RuleDocument) -> [RuleNode] {
        { document in
            let identifiers = ["ram:ID", "ram:GlobalID", "ram:URIID"].flatMap { document.all($0) }
            return nonBlank(identifiers.filter { $0.attribute("schemeID") == scheme })
        }
    }

    /// CII: BT-84 (`IBANID`, or `ProprietaryID` when it looks like an IBAN) and BT-91.
    private static func ciiIBANs(_ document: RuleDocument) -> [RuleNode] {
        let accounts =
            document.all("ram:PayeePartyCreditorFinancialAccount", "ram:IBANID")
            + document.all("ram:PayeePartyCreditorFinancialAccount", "ram:ProprietaryID")
            + document.all("ram:PayerPartyDebtorFinancialAccount", "ram:IBANID")
        return accounts.filter { FactureKitChecks.looksLikeIBAN($0.stringValue) }
    }

    /// UBL: BT-86.
    private static func ublBICs(_ document: RuleDocument) -> [RuleNode] {
        nonBlank(document.all("cac:FinancialInstitutionBranch", "cbc:ID"))
    }

    /// UBL: every `cbc:` element whose name ends in `Date`.
    private static func ublDates(_ document: RuleDocument) -> [RuleNode] {
        document.root.descendants("*").filter { node in
            node.qualifiedName.hasPrefix("cbc:") && node.qualifiedName.hasSuffix("Date")
        }
    }

    /// UBL: BT-31, BT-48 and BT-63, the `CompanyID` of the VAT tax schemes of the seller, the
    /// buyer and the seller's tax representative.
    private static func ublVATIdentifiers(_ document: RuleDocument) -> [RuleNode] {
        let schemes =
            document.all("cac:AccountingSupplierParty", "cac:Party/cac:PartyTaxScheme")
            + document.all("cac:AccountingCustomerParty", "cac:Party/cac:PartyTaxScheme")
            + document.all("cac:TaxRepresentativeParty", "cac:PartyTaxScheme")
        return nonBlank(schemes.filter(RuleBinding.ublIsVAT).flatMap { $0.children("cbc:CompanyID") })
    }

    /// UBL: the identifiers (`cbc:ID`, `cbc:CompanyID`, `cbc:EndpointID`) with this ISO 6523 scheme.
    private static func ublScheme(_ scheme: String) -> @Sendable (RuleDocument) -> [RuleNode] {
        { document in
            let identifiers = ["cbc:ID", "cbc:CompanyID", "cbc:EndpointID"].flatMap { document.all($0) }
            return nonBlank(identifiers.filter { $0.attribute("schemeID") == scheme })
        }
    }

    /// CII: BT-86, and the payer's institution of the EXTENDED profile.
    private static func ciiBICs(_ document: RuleDocument) -> [RuleNode] {
        nonBlank(document.all("ram:BICID"))
    }

    /// UBL: BT-84 and BT-91 when they look like an IBAN.
    private static func ublIBANs(_ document: RuleDocument) -> [RuleNode] {
        let accounts =
            document.all("cac:PayeeFinancialAccount", "cbc:ID")
            + document.all("cac:PayerFinancialAccount", "cbc:ID")
        return accounts.filter { FactureKitChecks.looksLikeIBAN($0.stringValue) }
    }
}
