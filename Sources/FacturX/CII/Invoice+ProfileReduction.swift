// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureModel

extension FacturXProfile {
    /// A business term (or group) that a profile cannot carry, reported by
    /// ``/FactureModel/Invoice/reduced(to:)``.
    public struct DroppedTerm: Sendable, Hashable, CustomStringConvertible {
        /// The EN 16931 identifiers of the dropped term or group, such as `BG-25` or
        /// `BT-31, BT-32`; empty when the element carries no EN 16931 term.
        public var termIDs: String
        /// What was dropped, in words, such as `Invoice line`.
        public var name: String
        /// The CII element left out, as a path of local names
        /// (`/CrossIndustryInvoice/SupplyChainTradeTransaction/IncludedSupplyChainTradeLineItem`).
        public var location: String
        /// How many elements at that location were left out (for instance, the number of lines).
        public var count: Int

        /// Creates a dropped-term report.
        public init(termIDs: String, name: String, location: String, count: Int = 1) {
            self.termIDs = termIDs
            self.name = name
            self.location = location
            self.count = count
        }

        /// `BG-25 Invoice line ×3 (/CrossIndustryInvoice/…)`.
        public var description: String {
            let ids = termIDs.isEmpty ? "" : termIDs + " "
            let times = count > 1 ? " ×\(count)" : ""
            return "\(ids)\(name)\(times) (\(location))"
        }
    }
}

extension Invoice {
    /// The invoice as `profile` can carry it, and what had to be left out.
    ///
    /// The reduced invoice is what ``serializeAsCII(profile:)`` writes and
    /// ``init(ciiEncoded:)`` reads back: terms the profile's schema has no place for are removed
    /// (for MINIMUM and BASIC WL, all lines), and BT-24 names `profile` (the invoice's own
    /// identifier is kept when it already names `profile`). Each dropped group is reported once,
    /// with its business term identifiers and the number of elements left out.
    ///
    /// ```swift
    /// let (minimum, dropped) = invoice.reduced(to: .minimum)
    /// for term in dropped { print(term) }   // BG-25 Invoice line ×2 (…), …
    /// ```
    ///
    /// - Parameter profile: The target profile.
    /// - Returns: The reduced invoice and the dropped terms, in document order.
    public func reduced(to profile: FacturXProfile) -> (invoice: Invoice, dropped: [FacturXProfile.DroppedTerm]) {
        var removed: [String] = []
        let document = ciiDocument(profile: profile, removed: &removed)
        var reduced: Invoice
        do {
            reduced = try Invoice(ciiDocument: document)
        } catch {
            // Our own tree always reads back; should it not, keep the invoice and still report.
            reduced = self
            reduced.processControl.specificationIdentifier = profile.guidelineID
        }
        var dropped: [FacturXProfile.DroppedTerm] = []
        var indexByLocation: [String: Int] = [:]
        for path in removed {
            if let index = indexByLocation[path] {
                dropped[index].count += 1
                continue
            }
            let (ids, name) = CIITermNames.term(forPath: path)
            indexByLocation[path] = dropped.count
            dropped.append(FacturXProfile.DroppedTerm(termIDs: ids, name: name, location: path))
        }
        // CII carries BT-7 and BT-8 in each VAT breakdown: without one, they cannot travel.
        if vatBreakdown.isEmpty, vatPointDate != nil || vatPointDateCode != nil {
            dropped.append(
                FacturXProfile.DroppedTerm(
                    termIDs: "BT-7, BT-8",
                    name:
                        "Value added tax point date and code, which CII carries in a VAT breakdown (BG-23) there is none of",
                    location:
                        "/CrossIndustryInvoice/SupplyChainTradeTransaction/ApplicableHeaderTradeSettlement/ApplicableTradeTax"
                )
            )
        }
        return (reduced, dropped)
    }
}

/// Which EN 16931 terms a CII element carries, for reports.
enum CIITermNames {
    /// The terms of the element at `path` (local names joined by `/`), by the longest known suffix.
    static func term(forPath path: String) -> (ids: String, name: String) {
        let components = path.split(separator: "/").map(String.init)
        var length = min(components.count, 4)
        while length > 0 {
            let suffix = components.suffix(length).joined(separator: "/")
            if let found = table[suffix] { return found }
            length -= 1
        }
        return ("", "element not allowed by the profile")
    }

    static let table: [String: (ids: String, name: String)] = {
        var table: [String: (ids: String, name: String)] = [
            "ExchangedDocumentContext/BusinessProcessSpecifiedDocumentContextParameter": (
                "BT-23", "Business process type"
            ),
            "ExchangedDocument/IncludedNote": ("BG-1", "Invoice note"),
            "IncludedNote/SubjectCode": ("BT-21", "Invoice note subject code"),
            "SupplyChainTradeTransaction/IncludedSupplyChainTradeLineItem": ("BG-25", "Invoice line"),
            "ApplicableHeaderTradeAgreement/BuyerReference": ("BT-10", "Buyer reference"),
            "ApplicableHeaderTradeAgreement/SellerTaxRepresentativeTradeParty": (
                "BG-11", "Seller tax representative party"
            ),
            "ApplicableHeaderTradeAgreement/SellerOrderReferencedDocument": ("BT-14", "Sales order reference"),
            "ApplicableHeaderTradeAgreement/BuyerOrderReferencedDocument": ("BT-13", "Purchase order reference"),
            "ApplicableHeaderTradeAgreement/ContractReferencedDocument": ("BT-12", "Contract reference"),
            "ApplicableHeaderTradeAgreement/AdditionalReferencedDocument": (
                "BG-24, BT-17, BT-18",
                "Additional supporting document, tender or lot reference, or invoiced object identifier"
            ),
            "ApplicableHeaderTradeAgreement/SpecifiedProcuringProject": ("BT-11", "Project reference"),
            "ApplicableHeaderTradeDelivery/ShipToTradeParty": ("BT-70, BT-71, BG-15", "Deliver to party"),
            "ShipToTradeParty/ID": ("BT-71", "Deliver to location identifier"),
            "ShipToTradeParty/GlobalID": ("BT-71", "Deliver to location identifier"),
            "ShipToTradeParty/PostalTradeAddress": ("BG-15", "Deliver to address"),
            "ApplicableHeaderTradeDelivery/ActualDeliverySupplyChainEvent": ("BT-72", "Actual delivery date"),
            "ApplicableHeaderTradeDelivery/DespatchAdviceReferencedDocument": ("BT-16", "Despatch advice reference"),
            "ApplicableHeaderTradeDelivery/ReceivingAdviceReferencedDocument": ("BT-15", "Receiving advice reference"),
            "ApplicableHeaderTradeSettlement/CreditorReferenceID": ("BT-90", "Bank assigned creditor identifier"),
            "ApplicableHeaderTradeSettlement/PaymentReference": ("BT-83", "Remittance information"),
            "ApplicableHeaderTradeSettlement/TaxCurrencyCode": ("BT-6", "VAT accounting currency code"),
            "ApplicableHeaderTradeSettlement/PayeeTradeParty": ("BG-10", "Payee"),
            "PayeeTradeParty/ID": ("BT-60", "Payee identifier"),
            "PayeeTradeParty/GlobalID": ("BT-60", "Payee identifier"),
            "PayeeTradeParty/SpecifiedLegalOrganization": ("BT-61", "Payee legal registration identifier"),
            "ApplicableHeaderTradeSettlement/SpecifiedTradeSettlementPaymentMeans": ("BG-16", "Payment instructions"),
            "SpecifiedTradeSettlementPaymentMeans/Information": ("BT-82", "Payment means text"),
            "SpecifiedTradeSettlementPaymentMeans/ApplicableTradeSettlementFinancialCard": (
                "BG-18", "Payment card information"
            ),
            "SpecifiedTradeSettlementPaymentMeans/PayerPartyDebtorFinancialAccount": (
                "BT-91", "Debited account identifier"
            ),
            "SpecifiedTradeSettlementPaymentMeans/PayeePartyCreditorFinancialAccount": ("BG-17", "Credit transfer"),
            "PayeePartyCreditorFinancialAccount/AccountName": ("BT-85", "Payment account name"),
            "PayeePartyCreditorFinancialAccount/ProprietaryID": ("BT-84", "Payment account identifier"),
            "SpecifiedTradeSettlementPaymentMeans/PayeeSpecifiedCreditorFinancialInstitution": (
                "BT-86", "Payment service provider identifier"
            ),
            "ApplicableHeaderTradeSettlement/ApplicableTradeTax": ("BG-23", "VAT breakdown"),
            "ApplicableTradeTax/ExemptionReason": ("BT-120", "VAT exemption reason text"),
            "ApplicableTradeTax/ExemptionReasonCode": ("BT-121", "VAT exemption reason code"),
            "ApplicableTradeTax/TaxPointDate": ("BT-7", "Value added tax point date"),
            "ApplicableTradeTax/DueDateTypeCode": ("BT-8", "Value added tax point date code"),
            "ApplicableHeaderTradeSettlement/BillingSpecifiedPeriod": ("BG-14", "Invoicing period"),
            "ApplicableHeaderTradeSettlement/SpecifiedTradeAllowanceCharge": (
                "BG-20, BG-21", "Document level allowance or charge"
            ),
            "ApplicableHeaderTradeSettlement/SpecifiedTradePaymentTerms": (
                "BT-20, BT-9, BT-89", "Payment terms, due date, mandate reference"
            ),
            "SpecifiedTradePaymentTerms/Description": ("BT-20", "Payment terms"),
            "SpecifiedTradePaymentTerms/DueDateDateTime": ("BT-9", "Payment due date"),
            "SpecifiedTradePaymentTerms/DirectDebitMandateID": ("BT-89", "Mandate reference identifier"),
            "SpecifiedTradeSettlementHeaderMonetarySummation/LineTotalAmount": (
                "BT-106", "Sum of Invoice line net amount"
            ),
            "SpecifiedTradeSettlementHeaderMonetarySummation/ChargeTotalAmount": (
                "BT-108", "Sum of charges on document level"
            ),
            "SpecifiedTradeSettlementHeaderMonetarySummation/AllowanceTotalAmount": (
                "BT-107", "Sum of allowances on document level"
            ),
            "SpecifiedTradeSettlementHeaderMonetarySummation/TaxTotalAmount": (
                "BT-111", "Invoice total VAT amount in accounting currency"
            ),
            "SpecifiedTradeSettlementHeaderMonetarySummation/RoundingAmount": ("BT-114", "Rounding amount"),
            "SpecifiedTradeSettlementHeaderMonetarySummation/TotalPrepaidAmount": ("BT-113", "Paid amount"),
            "ApplicableHeaderTradeSettlement/InvoiceReferencedDocument": ("BG-3", "Preceding invoice reference"),
            "InvoiceReferencedDocument/FormattedIssueDateTime": ("BT-26", "Preceding invoice issue date"),
            "ApplicableHeaderTradeSettlement/ReceivableSpecifiedTradeAccountingAccount": (
                "BT-19", "Buyer accounting reference"
            ),
            // Line details (profiles with simple lines).
            "AssociatedDocumentLineDocument/IncludedNote": ("BT-127", "Invoice line note"),
            // Factur-X EXTENDED sub-lines and multi-vendor lines (no EN 16931 term).
            "AssociatedDocumentLineDocument/ParentLineID": ("", "Parent line identifier (EXT-FR-FE-162)"),
            "AssociatedDocumentLineDocument/LineStatusCode": ("", "Line status code"),
            "AssociatedDocumentLineDocument/LineStatusReasonCode": ("", "Sub-line type (EXT-FR-FE-163)"),
            "SpecifiedLineTradeAgreement/ItemSellerTradeParty": (
                "", "Line item seller (EXT-FR-FE-164 to EXT-FR-FE-177)"
            ),
            "SpecifiedTradeSettlementLineMonetarySummation/TaxTotalAmount": (
                "", "Invoice line VAT amount (EXT-FR-FE-181)"
            ),
            "SpecifiedTradeSettlementLineMonetarySummation/GrandTotalAmount": (
                "", "Invoice line amount with VAT (EXT-FR-FE-184)"
            ),
            "SpecifiedTradeProduct/GlobalID": ("BT-157", "Item standard identifier"),
            "SpecifiedTradeProduct/SellerAssignedID": ("BT-155", "Item Seller's identifier"),
            "SpecifiedTradeProduct/BuyerAssignedID": ("BT-156", "Item Buyer's identifier"),
            "SpecifiedTradeProduct/Description": ("BT-154", "Item description"),
            "SpecifiedTradeProduct/ApplicableProductCharacteristic": ("BG-32", "Item attribute"),
            "SpecifiedTradeProduct/DesignatedProductClassification": ("BT-158", "Item classification identifier"),
            "SpecifiedTradeProduct/OriginTradeCountry": ("BT-159", "Item country of origin"),
            "SpecifiedLineTradeAgreement/BuyerOrderReferencedDocument": (
                "BT-132", "Referenced purchase order line reference"
            ),
            "SpecifiedLineTradeAgreement/GrossPriceProductTradePrice": (
                "BT-148, BT-147", "Item gross price and price discount"
            ),
            "GrossPriceProductTradePrice/AppliedTradeAllowanceCharge": ("BT-147", "Item price discount"),
            "NetPriceProductTradePrice/BasisQuantity": ("BT-149, BT-150", "Item price base quantity"),
            "SpecifiedLineTradeSettlement/BillingSpecifiedPeriod": ("BG-26", "Invoice line period"),
            "SpecifiedLineTradeSettlement/SpecifiedTradeAllowanceCharge": (
                "BG-27, BG-28", "Invoice line allowance or charge"
            ),
            "SpecifiedLineTradeSettlement/AdditionalReferencedDocument": ("BT-128", "Invoice line object identifier"),
            "SpecifiedLineTradeSettlement/ReceivableSpecifiedTradeAccountingAccount": (
                "BT-133", "Invoice line Buyer accounting reference"
            ),
            "SpecifiedTradeAllowanceCharge/CalculationPercent": (
                "BT-94, BT-101, BT-138, BT-143", "Allowance or charge percentage"
            ),
            "SpecifiedTradeAllowanceCharge/BasisAmount": (
                "BT-93, BT-100, BT-137, BT-142", "Allowance or charge base amount"
            ),
            "SpecifiedTradeAllowanceCharge/ReasonCode": (
                "BT-98, BT-105, BT-140, BT-145", "Allowance or charge reason code"
            ),
            "SpecifiedTradeAllowanceCharge/Reason": ("BT-97, BT-104, BT-139, BT-144", "Allowance or charge reason"),
        ]
        // Seller (BG-4) and buyer (BG-7) parties share one CII type.
        let parties: [(element: String, party: String, ids: [String: String])] = [
            (
                "SellerTradeParty", "Seller",
                [
                    "ID": "BT-29", "GlobalID": "BT-29", "Description": "BT-33", "SpecifiedLegalOrganization": "BT-30",
                    "TradingBusinessName": "BT-28", "DefinedTradeContact": "BG-6", "PostalTradeAddress": "BG-5",
                    "URIUniversalCommunication": "BT-34", "SpecifiedTaxRegistration": "BT-31, BT-32",
                    "PostcodeCode": "BT-38", "LineOne": "BT-35", "LineTwo": "BT-36", "LineThree": "BT-162",
                    "CityName": "BT-37", "CountrySubDivisionName": "BT-39",
                ]
            ),
            (
                "BuyerTradeParty", "Buyer",
                [
                    "ID": "BT-46", "GlobalID": "BT-46", "SpecifiedLegalOrganization": "BT-47",
                    "TradingBusinessName": "BT-45", "DefinedTradeContact": "BG-9", "PostalTradeAddress": "BG-8",
                    "URIUniversalCommunication": "BT-49", "SpecifiedTaxRegistration": "BT-48",
                    "PostcodeCode": "BT-53", "LineOne": "BT-50", "LineTwo": "BT-51", "LineThree": "BT-163",
                    "CityName": "BT-52", "CountrySubDivisionName": "BT-54",
                ]
            ),
        ]
        let words: [String: String] = [
            "ID": "identifier", "GlobalID": "identifier", "Description": "additional legal information",
            "SpecifiedLegalOrganization": "legal registration identifier", "TradingBusinessName": "trading name",
            "DefinedTradeContact": "contact", "PostalTradeAddress": "postal address",
            "URIUniversalCommunication": "electronic address",
            "SpecifiedTaxRegistration": "VAT or tax registration identifier",
            "PostcodeCode": "post code", "LineOne": "address line 1", "LineTwo": "address line 2",
            "LineThree": "address line 3", "CityName": "city", "CountrySubDivisionName": "country subdivision",
        ]
        for (element, party, ids) in parties {
            for (child, id) in ids {
                let name = "\(party) \(words[child] ?? child)"
                switch child {
                case "TradingBusinessName":
                    table["\(element)/SpecifiedLegalOrganization/\(child)"] = (id, name)
                case "PostcodeCode", "LineOne", "LineTwo", "LineThree", "CityName", "CountrySubDivisionName":
                    table["\(element)/PostalTradeAddress/\(child)"] = (id, name)
                default:
                    table["\(element)/\(child)"] = (id, name)
                }
            }
        }
        return table
    }()
}
