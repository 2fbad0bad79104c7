// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The official texts of the Factur-X 1.09 profile Schematron rules implemented in
/// ``FacturXProfileBusinessRules`` (as the EXTENDED Schematron words them, else the poorer profiles').
enum FacturXProfileRuleText {
    /// The texts, by rule identifier.
    static let messages: [String: String] = [
        "BR-FXEXT-G-08b":
            "In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “G” (\"Export outside "
            + "the EU\"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts "
            + "(BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) "
            + "- Σ Logistics Service fee amounts (BT-x-272)) <= 0,01 * ((Number of line net amounts (BT-131) + "
            + "Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts "
            + "(BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code "
            + "(BT-151, BT-95, BT-102, BT-X-273) is \"Export outside the EU\" (G), but only for lines where "
            + "the \"Subtype of invoice item\" (BT-X-8) has the value \"DETAIL\" or is not specified or the "
            + "same rule but also taking into account the exemption reasons in Text (BT-120) and Code (BT-121) "
            + "in BG-23 and the exemption reasons on each line (BT-X-96 / BT-X-97), on Document level "
            + "Allowances (BT-173 / BT-174) and on Document Level Charges (BT-175 / BT-176) and on Service "
            + "logistic charges (BT-X-591 / BT-X-592). One of the two rules must be followed, bearing in mind "
            + "that ultimately only the second one will have to be followed.",
        "BR-FXEXT-G-08ini":
            "Without Exemption reason EN16931_2017 - In a VAT breakdown (BG-23) where VAT category code "
            + "(BT-118) is equal to “G” (\"Export outside the EU\"), Absolute Value of (VAT category taxable "
            + "amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts "
            + "(BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-X-272)) "
            + "<= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts "
            + "(BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee "
            + "amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is \"Export "
            + "outside the EU\" (G), but only for lines where the \"Subtype of invoice item\" (BT-X-8) has the "
            + "value \"DETAIL\" or is not specified.",
        "BR-FXEXT-G-08rev":
            "With Exemption reason EN16931_2026 - In a VAT breakdown (BG-23) where VAT category code "
            + "(BT-118) is equal to “G” (\"Export outside the EU\"), Absolute Value of (VAT category taxable "
            + "amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts "
            + "(BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) "
            + "<= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts "
            + "(BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee "
            + "amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is \"Export "
            + "outside the EU\" (G), and where applicable the VAT exemption reason and specification code "
            + "(BT-195, BT-174 and BT-176 and BT-X-592) and the Exemption reason text (BT-194, BT-173 and "
            + "BT-175 and BT-X-591) are identical with the VAT category VAT exemption reason and specification "
            + "code (BT-121) and VAT exemption reason text (BT-120), but only for lines where the \"Subtype of "
            + "invoice item\" (BT-X-8) has the value \"DETAIL\" or is not specified.",
        "BR-FXEXT-IC-08b":
            "In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “K” (\"Intra-community "
            + "supply\"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts "
            + "(BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) "
            + "- Σ Logistics Service fee amounts (BT-x-272)) <= 0,01 * ((Number of line net amounts (BT-131) + "
            + "Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts "
            + "(BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code "
            + "(BT-151, BT-95, BT-102, BT-X-273) is \"Intra-community supply\" (K), but only for lines where "
            + "the \"Subtype of invoice item\" (BT-X-8) has the value \"DETAIL\" or is not specified or the "
            + "same rule but also taking into account the exemption reasons in Text (BT-120) and Code (BT-121) "
            + "in BG-23 and the exemption reasons on each line (BT-X-96 / BT-X-97), on Document level "
            + "Allowances (BT-173 / BT-174) and on Document Level Charges (BT-175 / BT-176) and on Service "
            + "logistic charges (BT-X-591 / BT-X-592). One of the two rules must be followed, bearing in mind "
            + "that ultimately only the second one will have to be followed.",
        "BR-FXEXT-IC-08ini":
            "Without Exemption reason EN16931_2017 - In a VAT breakdown (BG-23) where VAT category code "
            + "(BT-118) is equal to “K” (\"Intra-community supply\"), Absolute Value of (VAT category taxable "
            + "amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts "
            + "(BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) "
            + "<= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts "
            + "(BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee "
            + "amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "
            + "\"Intra-community supply\" (K), but only for lines where the \"Subtype of invoice item\" "
            + "(BT-X-8) has the value \"DETAIL\" or is not specified.",
        "BR-FXEXT-IC-08rev":
            "With Exemption reason EN16931_2026 - In a VAT breakdown (BG-23) where VAT category code "
            + "(BT-118) is equal to “K” (\"Intra-community supply\"), Absolute Value of (VAT category taxable "
            + "amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts "
            + "(BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-X-272)) "
            + "<= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts "
            + "(BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee "
            + "amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "
            + "\"Intra-community supply\" (K), and where applicable the VAT exemption reason and specification "
            + "code (BT-195, BT-174 and BT-176 and BT-X-592) and the Exemption reason text (BT-194, BT-173 and "
            + "BT-175 and BT-X-591) are identical with the VAT category VAT exemption reason and specification "
            + "code (BT-121) and VAT exemption reason text (BT-120), but only for lines where the \"Subtype of "
            + "invoice item\" (BT-X-8) has the value \"DETAIL\" or is not specified.",
        "BR-FXEXT-O-08b":
            "In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “O” (\"Not subject to "
            + "VAT\"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts "
            + "(BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) "
            + "- Σ Logistics Service fee amounts (BT-x-272)) <= 0,01 * ((Number of line net amounts (BT-131) + "
            + "Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts "
            + "(BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code "
            + "(BT-151, BT-95, BT-102, BT-X-273) is \"Not subject to VAT\" (O), but only for lines where the "
            + "\"Subtype of invoice item\" (BT-X-8) has the value \"DETAIL\" or is not specified or the same "
            + "rule but also taking into account the exemption reasons in Text (BT-120) and Code (BT-121) in "
            + "BG-23 and the exemption reasons on each line (BT-X-96 / BT-X-97), on Document level Allowances "
            + "(BT-173 / BT-174) and on Document Level Charges (BT-175 / BT-176) and on Service logistic "
            + "charges (BT-X-591 / BT-X-592). One of the two rules must be followed, bearing in mind that "
            + "ultimately only the second one will have to be followed.",
        "BR-FXEXT-O-08ini":
            "Without Exemption reason EN16931_2017 - In a VAT breakdown (BG-23) where VAT category code "
            + "(BT-118) is equal to “O” (\"Not subject to VAT\"), Absolute Value of (VAT category taxable "
            + "amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts "
            + "(BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) "
            + "<= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts "
            + "(BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee "
            + "amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is \"Not "
            + "subject to VAT\" (O), but only for lines where the \"Subtype of invoice item\" (BT-X-8) has the "
            + "value \"DETAIL\" or is not specified.",
        "BR-FXEXT-O-08rev":
            "With Exemption reason EN16931_2026 - In a VAT breakdown (BG-23) where VAT category code "
            + "(BT-118) is equal to “O” (\"Not subject to VAT\"), Absolute Value of (VAT category taxable "
            + "amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts "
            + "(BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) "
            + "<= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts "
            + "(BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee "
            + "amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is \"Not "
            + "subject to VAT\" (O) and where applicable the VAT exemption reason and specification code "
            + "(BT-195, BT-174 and BT-176 and BT-X-592) and the Exemption reason text (BT-194, BT-173 and "
            + "BT-175 and BT-X-591) are identical with the VAT category VAT exemption reason and specification "
            + "code (BT-121) and VAT exemption reason text (BT-120), but only for lines where the \"Subtype of "
            + "invoice item\" (BT-X-8) has the value \"DETAIL\" or is not specified.",
        "BR-FXEXT-Z-08b":
            "In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “Z” (\"Zero Rated\"), "
            + "Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts (BT-131) + "
            + "Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) - Σ "
            + "Logistics Service fee amounts (BT-X-272)) <= 0,01 * ((Number of line net amounts (BT-131) + "
            + "Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts "
            + "(BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code "
            + "(BT-151, BT-95, BT-102, BT-X-273) is \"Zero Rated\" (Z), but only for lines where the \"Subtype "
            + "of invoice item\" (BT-X-8) has the value \"DETAIL\" or is not specified.",
        "BR-FXEXT-Z-08ini":
            "Without Exemption reason EN16931_2017 - In a VAT breakdown (BG-23) where VAT category code "
            + "(BT-118) is equal to “Z” (\"Zero Rated\"), Absolute Value of (VAT category taxable amount "
            + "(BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ "
            + "Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-X-272)) <= 0,01 * "
            + "((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + "
            + "Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts "
            + "(BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is \"Zero Rated\" "
            + "(Z), but only for lines where the \"Subtype of invoice item\" (BT-X-8) has the value \"DETAIL\" "
            + "or is not specified.",
        "BR-FXEXT-Z-08rev":
            "With Exemption reason EN16931_2026 - In a VAT breakdown (BG-23) where VAT category code "
            + "(BT-118) is equal to “Z” (\"Zero Rated\"), Absolute Value of (VAT category taxable amount "
            + "(BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ "
            + "Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-X-272)) <= 0,01 * "
            + "((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + "
            + "Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts "
            + "(BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is \"Zero Rated\" "
            + "(Z).",
        "BR-G-08":
            "In a VAT breakdown (BG-23) where the VAT category code (BT-118) is \"Export outside the EU\" "
            + "the VAT category taxable amount (BT-116) shall equal the sum of Invoice line net amounts "
            + "(BT-131) minus the sum of Document level allowance amounts (BT-92) plus the sum of Document "
            + "level charge amounts (BT-99) where the VAT category codes (BT-151, BT-95, BT-102) are \"Export "
            + "outside the EU\".",
        "BR-FXEXT-G-08":
            "In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “G” (\"Export outside "
            + "the EU\"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts "
            + "(BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charges amounts "
            + "(BT-99) - Σ Logistics Service fee amounts (BT-x-272)) <= 0,01 * ((Number of line net amounts "
            + "(BT-131) + Number of Document level allowance amounts (BT-92) + Number of Document level charge "
            + "amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category "
            + "code (BT-151, BT-95, BT-102, BT-X-273) is \" Export outside the EU \" (G).",
        "BR-IC-08":
            "In a VAT breakdown (BG-23) where the VAT category code (BT-118) is \"Intra-community supply\" "
            + "the VAT category taxable amount (BT-116) shall equal the sum of Invoice line net amounts "
            + "(BT-131) minus the sum of Document level allowance amounts (BT-92) plus the sum of Document "
            + "level charge amounts (BT-99) where the VAT category codes (BT-151, BT-95, BT-102) are "
            + "\"Intra-community supply\".",
        "BR-01":
            "An Invoice shall have a Specification identifier (BT-24).",
        "BR-02":
            "An Invoice shall have an Invoice number (BT-1).",
        "BR-03":
            "An Invoice shall have an Invoice issue date (BT-2).",
        "BR-04":
            "An Invoice shall have an Invoice type code (BT-3).",
        "BR-05":
            "An Invoice shall have an Invoice currency code (BT-5).",
        "BR-06":
            "An Invoice shall contain the Seller name (BT-27).",
        "BR-07":
            "An Invoice shall contain the Buyer name (BT-44).",
        "BR-08":
            "An Invoice shall contain the Seller postal address (BG-5).",
        "BR-09":
            "The Seller postal address (BG-5) shall contain a Seller country code (BT-40).",
        "BR-47":
            "Each VAT breakdown (BG-23) shall be defined through a VAT category code (BT-118).",
        "BR-48":
            "Each VAT breakdown (BG-23) shall have a VAT category rate (BT-119), except if the Invoice is "
            + "not subject to VAT.",
        "BR-CO-03":
            "Value added tax point date (BT-7) and Value added tax point date code (BT-8) are mutually "
            + "exclusive.",
        "BR-17":
            "The Payee name (BT-59) shall be provided in the Invoice, if the Payee (BG-10) is different from "
            + "the Seller (BG-4).",
        "BR-56":
            "Each Seller tax representative party (BG-11) shall have a Seller tax representative VAT "
            + "identifier (BT-63).",
        "BR-CO-11":
            "Sum of allowances on document level (BT-107) = Σ Document level allowance amount (BT-92).",
        "BR-CO-12":
            "Sum of charges on document level (BT-108) = Σ Document level charge amount (BT-99).",
        "CII-SR-464":
            "Only one BT-86 element is allowed on an invoice.",
        "BR-CO-27":
            "Either the IBAN or a Proprietary ID (BT-84) shall be used.",
        "BR-10":
            "An Invoice shall contain the Buyer postal address (BG-8).",
        "BR-11":
            "The Buyer postal address shall contain a Buyer country code (BT-55).",
        "BR-57":
            "Each Deliver to address (BG-15) shall contain a Deliver to country code (BT-80).",
        "BR-55":
            "Each Preceding Invoice reference (BG-3) shall contain a Preceding Invoice reference (BT-25).",
        "PEPPOL-EN16931-R008":
            "Document MUST not contain empty elements. (still status warning)",
        "BR-Z-08":
            "In a VAT breakdown (BG-23) where VAT category code (BT-118) is \"Zero rated\" the VAT category "
            + "taxable amount (BT-116) shall equal the sum of Invoice line net amount (BT-131) minus the sum "
            + "of Document level allowance amounts (BT-92) plus the sum of Document level charge amounts "
            + "(BT-99) where the VAT category codes (BT-151, BT-95, BT-102) are \"Zero rated\".",
        "BR-S-08":
            "For each different value of VAT category rate (BT-119) where the VAT category code (BT-118) is "
            + "\"Standard rated\", the VAT category taxable amount (BT-116) in a VAT breakdown (BG-23) shall "
            + "equal the sum of Invoice line net amounts (BT-131) plus the sum of document level charge "
            + "amounts (BT-99) minus the sum of document level allowance amounts (BT-92) where the VAT "
            + "category code (BT-151, BT-102, BT-95) is \"Standard rated\" and the VAT rate (BT-152, BT-103, "
            + "BT-96) equals the VAT category rate (BT-119).",
        "BR-21":
            "Each Invoice line (BG-25) shall have an Invoice line identifier (BT-126).",
        "BR-25":
            "Each Invoice line (BG-25) shall contain the Item name (BT-153).",
        "BR-64":
            "The Item standard identifier (BT-157) shall have a Scheme identifier.",
        "BR-65":
            "The Item classification identifier (BT-158) shall have a Scheme identifier.",
        "BR-FXEXT-12":
            "If the \"Subtype of invoice line item\" (EXT-FR-FE-163 / BT-X-8) has the value \"GROUP\" and if "
            + "the \"Invoice line net amount\" (BT-131) is specified, all lower levels which has \"Subtype of "
            + "invoice line item\" (EXT-FR-FE-163) equal to \"GROUP\" MUST contain a \"Invoice line net "
            + "amount\" (BT-131) value.",
        "BR-CO-18":
            "An Invoice shall at least have one VAT breakdown group (BG-23).",
        "BR-AE-08":
            "In a VAT breakdown (BG-23) where the VAT category code (BT-118) is \"Reverse charge\" the VAT "
            + "category taxable amount (BT-116) shall equal the sum of Invoice line net amounts (BT-131) minus "
            + "the sum of Document level allowance amounts (BT-92) plus the sum of Document level charge "
            + "amounts (BT-99) where the VAT category codes (BT-151, BT-95, BT-102) are \"Reverse charge\".",
        "BR-E-08":
            "In a VAT breakdown (BG-23) where the VAT category code (BT-118) is \"Exempt from VAT\" the VAT "
            + "category taxable amount (BT-116) shall equal the sum of Invoice line net amounts (BT-131) minus "
            + "the sum of Document level allowance amounts (BT-92) plus the sum of Document level charge "
            + "amounts (BT-99) where the VAT category codes (BT-151, BT-95, BT-102) are \"Exempt from VAT\".",
        "BR-AF-08":
            "For each different value of VAT category rate (BT-119) where the VAT category code (BT-118) is "
            + "\"IGIC\", the VAT category taxable amount (BT-116) in a VAT breakdown (BG-23) shall equal the "
            + "sum of Invoice line net amounts (BT-131) plus the sum of document level charge amounts (BT-99) "
            + "minus the sum of document level allowance amounts (BT-92) where the VAT category code (BT-151, "
            + "BT-102, BT-95) is \"IGIC\" and the VAT rate (BT-152, BT-103, BT-96) equals the VAT category "
            + "rate (BT-119).",
        "BR-AG-08":
            "For each different value of VAT category rate (BT-119) where the VAT category code (BT-118) is "
            + "\"IPSI\", the VAT category taxable amount (BT-116) in a VAT breakdown (BG-23) shall equal the "
            + "sum of Invoice line net amounts (BT-131) plus the sum of document level charge amounts (BT-99) "
            + "minus the sum of document level allowance amounts (BT-92) where the VAT category code (BT-151, "
            + "BT-102, BT-95) is \"IPSI\" and the VAT rate (BT-152, BT-103, BT-96) equals the VAT category "
            + "rate (BT-119).",
        "BR-FX-EN-04":
            "An invoice that is not a down payment invoice (code 386) must contain either BT-72 \"Actual "
            + "delivery date\", BG-14 \"Invoicing period\" or BG-26 \"Invoice line period\" in each invoice "
            + "item to indicate the delivery/service date. If BT-72 is not used, at least the country of "
            + "delivery (BT-80) must be specified for technical reasons.",
        "BR-52":
            "Each Additional supporting document (BG-24) shall contain a Supporting document reference "
            + "(BT-122).",
        "BR-FXEXT-AE-08b":
            "In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “AE” (\"Reverse "
            + "charge\"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts "
            + "(BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) "
            + "- Σ Logistics Service fee amounts (BT-x-272)) <= 0,01 * ((Number of line net amounts (BT-131) + "
            + "Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts "
            + "(BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code "
            + "(BT-151, BT-95, BT-102, BT-X-273) is \"Reverse charge\" (AE), but only for lines where the "
            + "\"Subtype of invoice item\" (BT-X-8) has the value \"DETAIL\" or is not specified or the same "
            + "rule but also taking into account the exemption reasons in Text (BT-120) and Code (BT-121) in "
            + "BG-23 and the exemption reasons on each line (BT-X-96 / BT-X-97), on Document level Allowances "
            + "(BT-173 / BT-174) and on Document Level Charges (BT-175 / BT-176) and on Service logistic "
            + "charges (BT-X-591 / BT-X-592). One of the two rules must be followed, bearing in mind that "
            + "ultimately only the second one will have to be followed.",
        "BR-FXEXT-AE-08ini":
            "Without Exemption reason EN16931_2017 - In a VAT breakdown (BG-23) where VAT category code "
            + "(BT-118) is equal to “AE” (\"Reverse charge\"), Absolute Value of (VAT category taxable amount "
            + "(BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ "
            + "Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) <= 0,01 * "
            + "((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + "
            + "Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts "
            + "(BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is \"Reverse "
            + "charge\" (AE), but only for lines where the \"Subtype of invoice item\" (BT-X-8) has the value "
            + "\"\"DETAIL\" or is not specified.",
        "BR-FXEXT-AE-08rev":
            "With Exemption reason EN16931_2026 - In a VAT breakdown (BG-23) where VAT category code "
            + "(BT-118) is equal to “AE” (\"Reverse charge\"), Absolute Value of (VAT category taxable amount "
            + "(BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ "
            + "Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) <= 0,01 * "
            + "((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + "
            + "Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts "
            + "(BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is \"Reverse "
            + "charge\" (AE), and where applicable the VAT exemption reason and specification code (BT-195, "
            + "BT-174 and BT-176 and BT-X-592) and the Exemption reason text (BT-194, BT-173 and BT-175 and "
            + "BT-X-591) are identical with the VAT category VAT exemption reason and specification code "
            + "(BT-121) and VAT exemption reason text (BT-120), but only for lines where the \"Subtype of "
            + "invoice item\" (BT-X-8) has the value \"DETAIL\" or is not specified.",
        "BR-FXEXT-E-08b":
            "In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “E” (\"Exempt from "
            + "VAT\"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts "
            + "(BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) "
            + "- Σ Logistics Service fee amounts (BT-X-272)) <= 0,01 * ((Number of line net amounts (BT-131) + "
            + "Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts "
            + "(BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code "
            + "(BT-151, BT-95, BT-102, BT-X-273) is \"Exempt from VAT\" (E), but only for lines where the "
            + "\"Subtype of invoice item\" (BT-X-8) has the value \"\"DETAIL\" or is not specified or the same "
            + "rule but also taking into account the exemption reasons in Text (BT-120) and Code (BT-121) in "
            + "BG-23 and the exemption reasons on each line (BT-X-96 / BT-X-97), on Document level Allowances "
            + "(BT-173 / BT-174) and on Document Level Charges (BT-175 / BT-176) and on Service logistic "
            + "charges (BT-X-591 / BT-X-592). One of the two rules must be followed, bearing in mind that "
            + "ultimately only the second one will have to be followed.",
        "BR-FXEXT-E-08ini":
            "Without Exemption reason EN16931_2017 - In a VAT breakdown (BG-23) where VAT category code "
            + "(BT-118) is equal to “E” (\"Exempt from VAT\"), Absolute Value of (VAT category taxable amount "
            + "(BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ "
            + "Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) <= 0,01 * "
            + "((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + "
            + "Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts "
            + "(BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is \"Exempt from "
            + "VAT\" (E), but only for lines where the \"Subtype of invoice item\" (BT-X-8) has the value "
            + "\"DETAIL\" or is not specified.",
        "BR-FXEXT-E-08rev":
            "With Exemption reason EN16931_2026 - In a VAT breakdown (BG-23) where VAT category code "
            + "(BT-118) is equal to “E” (\"Exempt from VAT\"), Absolute Value of (VAT category taxable amount "
            + "(BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ "
            + "Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-X-272)) <= 0,01 * "
            + "((Number of line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + "
            + "Number of Document level charge amounts (BT-99) + Number of Logistics Service fee amounts "
            + "(BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is \"Exempt from "
            + "VAT\" (E), and where applicable the VAT exemption reason and specification code (BT-195, BT-174 "
            + "and BT-176 and BT-X-592) and the Exemption reason text (BT-194, BT-173 and BT-175 and BT-X-591) "
            + "are identical with the VAT category VAT exemption reason and specification code (BT-121) and "
            + "VAT exemption reason text (BT-120), but only for lines where the \"Subtype of invoice item\" "
            + "(BT-X-8) has the value \"DETAIL\" or is not specified",
        "BR-FXEXT-AF-08b":
            "In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “L” (\"Canary Islands "
            + "tax\"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net amounts "
            + "(BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts (BT-99) "
            + "- Σ Logistics Service fee amounts (BT-x-272)) <= 0,01 * ((Number of line net amounts (BT-131) + "
            + "Number of Document level allowance amounts (BT-92) + Number of Document level charge amounts "
            + "(BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category code "
            + "(BT-151, BT-95, BT-102, BT-X-273) is \"Canary Islands tax\" (L), but only for lines where the "
            + "\"Subtype of invoice item\" (BT-X-8) has the value \"DETAIL\" or is not specified or the same "
            + "rule but also taking into account the exemption reasons in Text (BT-120) and Code (BT-121) in "
            + "BG-23 and the exemption reasons on each line (BT-X-96 / BT-X-97), on Document level Allowances "
            + "(BT-173 / BT-174) and on Document Level Charges (BT-175 / BT-176) and on Service logistic "
            + "charges (BT-X-591 / BT-X-592). One of the two rules must be followed, bearing in mind that "
            + "ultimately only the second one will have to be followed.",
        "BR-FXEXT-AF-08ini":
            "Without Exemption reason EN16931_2017 - In a VAT breakdown (BG-23) where VAT category code "
            + "(BT-118) is equal to “L” (\"Canary Islands tax\"), Absolute Value of (VAT category taxable "
            + "amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts "
            + "(BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) "
            + "<= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts "
            + "(BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee "
            + "amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is \"Canary "
            + "Islands tax\" (L), but only for lines where the \"Subtype of invoice item\" (BT-X-8) has the "
            + "value \"DETAIL\" or is not specified.",
        "BR-FXEXT-AF-08rev":
            "With Exemption reason EN16931_2026 - In a VAT breakdown (BG-23) where VAT category code "
            + "(BT-118) is equal to “L” (\"Canary Islands tax\"), Absolute Value of (VAT category taxable "
            + "amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts "
            + "(BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) "
            + "<= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts "
            + "(BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee "
            + "amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is \"Canary "
            + "Islands tax\" (L), and where applicable the VAT exemption reason and specification code "
            + "(BT-195, BT-174 and BT-176 and BT-X-592) and the Exemption reason text (BT-194, BT-173 and "
            + "BT-175 and BT-X-591) are identical with the VAT category VAT exemption reason and specification "
            + "code (BT-121) and VAT exemption reason text (BT-120), but only for lines where the \"Subtype of "
            + "invoice item\" (BT-X-8) has the value \"DETAIL\" or is not specified.",
        "BR-FXEXT-AG-08b":
            "In a VAT breakdown (BG-23) where VAT category code (BT-118) is equal to “M” (\"Ceuta and "
            + "Mellita tax\"), Absolute Value of (VAT category taxable amount (BT-116) - ∑ Invoice line net "
            + "amounts (BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts "
            + "(BT-99) - Σ Logistics Service fee amounts (BT-x-272)) <= 0,01 * ((Number of line net amounts "
            + "(BT-131) + Number of Document level allowance amounts (BT-92) + Number of Document level charge "
            + "amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)), where the VAT category "
            + "code (BT-151, BT-95, BT-102, BT-X-273) is \"Ceuta and Mellita tax\" (M), but only for lines "
            + "where the \"Subtype of invoice item\" (BT-X-8) has the value \"DETAIL\" or is not specified or "
            + "the same rule but also taking into account the exemption reasons in Text (BT-120) and Code "
            + "(BT-121) in BG-23 and the exemption reasons on each line (BT-X-96 / BT-X-97), on Document level "
            + "Allowances (BT-173 / BT-174) and on Document Level Charges (BT-175 / BT-176) and on Service "
            + "logistic charges (BT-X-591 / BT-X-592). One of the two rules must be followed, bearing in mind "
            + "that ultimately only the second one will have to be followed.",
        "BR-FXEXT-AG-08ini":
            "Without Exemption reason EN16931_2017 - In a VAT breakdown (BG-23) where VAT category code "
            + "(BT-118) is equal to “M” (\"Ceuta and Mellita tax\"), Absolute Value of (VAT category taxable "
            + "amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts "
            + "(BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) "
            + "<= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts "
            + "(BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee "
            + "amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is \"Ceuta "
            + "and Mellita tax\" (M), but only for lines where the \"Subtype of invoice item\" (BT-X-8) has "
            + "the value \"DETAIL\" or is not specified.",
        "BR-FXEXT-AG-08rev":
            "With Exemption reason EN16931_2026 - In a VAT breakdown (BG-23) where VAT category code "
            + "(BT-118) is equal to “M” (\"Ceuta and Mellita tax\"), Absolute Value of (VAT category taxable "
            + "amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts "
            + "(BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) "
            + "<= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts "
            + "(BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee "
            + "amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is \"Ceuta "
            + "and Mellita tax\" (M), and where applicable the VAT exemption reason and specification code "
            + "(BT-195, BT-174 and BT-176 and BT-X-592) and the Exemption reason text (BT-194, BT-173 and "
            + "BT-175 and BT-X-591) are identical with the VAT category VAT exemption reason and specification "
            + "code (BT-121) and VAT exemption reason text (BT-120), but only for lines where the \"Subtype of "
            + "invoice item\" (BT-X-8) has the value \"DETAIL\" or is not specified.",
        "BR-FXEXT-S-09b":
            "For each different value of VAT rate (BT-119) where the VAT category code (BT-118) is equal to "
            + "“S” (\"Standard rated\"), Absolute Value of (VAT category tax amount (BT-117) - VAT category "
            + "taxable amount (BT-116) multiplied by the VAT category rate (BT-119)/100) <= 0,01 * ((Number of "
            + "line net amounts (BT-131) + Number of Document level allowance amounts (BT-92) + Number of "
            + "Document level allowance amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)), "
            + "where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is \" Standard rated \" (S), and "
            + "the VAT rate (BT-152, BT-96, BT-103, BT-X-274) equals the VAT category rate (BT-119), and only "
            + "for lines where the \"Subtype of invoice line item\" (EXT-FR-FE-163 / BT-X-8) has the value "
            + "\"DETAIL\" or is not specified or the same rule but also taking into account the exemption "
            + "reasons in Text (BT-120) and Code (BT-121) in BG-23 and the exemption reasons on each line "
            + "(BT-X-96 / BT-X-97), on Document level Allowances (BT-173 / BT-174) and on Document Level "
            + "Charges (BT-175 / BT-176) and on Service logistic charges (BT-X-591 / BT-X-592). One of the two "
            + "rules must be followed, bearing in mind that ultimately only the second one will have to be "
            + "followed.",
        "BR-FXEXT-S08b":
            "In a VAT breakdown (BG-23), for each different value of VAT rate (BT-119) where VAT category "
            + "code (BT-118) is equal to “S” (\"Standard Rated\"), Absolute Value of (VAT category taxable "
            + "amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts "
            + "(BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) "
            + "<= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts "
            + "(BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee "
            + "amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "
            + "\"Standard Rated\" (S), but only for lines where the \"Subtype of invoice item\" (BT-X-8) has "
            + "the value \"DETAIL\" or is not specified, or the same rule but also taking into account the "
            + "exemption reasons in Text (BT-120) and Code (BT-121) in BG-23 and the exemption reasons on each "
            + "line (BT-X-96 / BT-X-97), on Document level Allowances (BT-173 / BT-174) and on Document Level "
            + "Charges (BT-175 / BT-176), and on Service logistic charges (BT-X-591 / BT-X-592). One of the "
            + "two rules must be followed, bearing in mind that ultimately only the second one will have to be "
            + "followed.",
        "BR-FXEXT-S-08ini":
            "In a VAT breakdown (BG-23), for each different value of VAT rate (BT-119), where VAT category "
            + "code (BT-118) is equal to “S” (\"Standard Rated\"), Absolute Value of (VAT category taxable "
            + "amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts "
            + "(BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-x-272)) "
            + "<= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts "
            + "(BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee "
            + "amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "
            + "\"Standard Rated\" (S), but only for lines where the \"Subtype of invoice item\" (BT-X-8) has "
            + "the value \"DETAIL\" or is not specified.",
        "BR-FXEXT-S-08rev":
            "In a VAT breakdown (BG-23), for each different value of VAT rate (BT-119), where VAT category "
            + "code (BT-118) is equal to “S” (\"Standard Rated\"), Absolute Value of (VAT category taxable "
            + "amount (BT-116) - ∑ Invoice line net amounts (BT-131) + Σ Document level allowance amounts "
            + "(BT-92) - Σ Document level charge amounts (BT-99) - Σ Logistics Service fee amounts (BT-X-272)) "
            + "<= 0,01 * ((Number of line net amounts (BT-131) + Number of Document level allowance amounts "
            + "(BT-92) + Number of Document level charge amounts (BT-99) + Number of Logistics Service fee "
            + "amounts (BT-X-272)), where the VAT category code (BT-151, BT-95, BT-102, BT-X-273) is "
            + "\"Standard Rated\" (S), and where applicable the VAT exemption reason and specification code "
            + "(BT-195, BT-174 and BT-176 and BT-X-592) and the Exemption reason text (BT-194, BT-173 and "
            + "BT-175 and BT-X-591) are identical with the VAT category VAT exemption reason and specification "
            + "code (BT-121) and VAT exemption reason text (BT-120), but only for lines where the \"Subtype of "
            + "invoice item\" (BT-X-8) has the value \"DETAIL\" or is not specified.",
        "BR-FXEXT-BR-38":
            "Each Document level charge or tax (BG-21) shall contain a Document level charge or tax reason "
            + "(BT-104) or a Document level charge reason code (BT-105) or Document level non-VAT tax code "
            + "(BT-177), or both reason and code.",
        "BR-FXEXT-BR-54-1":
            "Each Item attribute (BG-32) shall contain an Item attribute name (BT-160) or an Item attribute "
            + "Code (BT-X-11/EXT-FR-FE-159).",
        "BR-FXEXT-BR-54-2":
            "Each Item attribute (BG-32) shall contain an Item attribute Value (BT-161) or an Item "
            + "ValueQuantity (BT-X-12/EXT-FR-FE-160) with @unitCode (BT-X-12-0/EXT-FR-FE-161) and not both.",
        "BR-FXEXT-04":
            "To ensure automated processing of the article attributes without bilateral reconciliation, only "
            + "values from the code list UNTDED 6313+Factur-X-Extension should be used.",
        "BR-FXEXT-02":
            "If the invoice line item free text subject code (BT-X-10) is specified, either the coded "
            + "invoice line item free text (BT-X-9) or the invoice line item free text (BT-127) must be "
            + "specified, or both. If both BT-X-9 and BT-127 are specified, both must have the same meaning.",
        "BR-FXEXT-06":
            "If the \"ID of the parent line\" (BT-X-304) is used, the \"Subtype of the invoice item\" "
            + "(BT-X-8) must be specified for each item (BG-25)\"",
        "BR-FXEXT-08":
            "If the \"Subtype of invoice item\" (BT-X-8) has the value \"Subtotal\" (GROUP) and the \"Net "
            + "amount of the invoice item\" (BT-131) is specified, it must correspond to the sum of the BT-131 "
            + "of the next lower levels for which the \"Subtype of the invoice item\" (BT-X-8) has the value "
            + "\"Regular item (standard case)\" (DETAIL) or \"Subtotal\" (GROUP). As a consequence, all lower "
            + "levels shall contain a BT-131 value, when BT-X-8 has the value DETAIL or GROUP.",
        "BR-FXEXT-11":
            "Each \"ID of parent line\" (BT-X-304) must refer to an existing \"ID of invoice item\" "
            + "(BT-126).",
        "BR-FXEXT-BR-22":
            "Each invoice line item \"INVOICE LINE\" (BG-25) must contain the quantity of goods or services "
            + "invoiced in the relevant line item as a line item \"Invoiced quantity\" (BT-129) if the "
            + "\"Subtype of invoice line item\" (BT-X-8) has the value \"Normal line item (standard case)\" "
            + "(DETAIL) or is not specified.",
        "BR-FXEXT-BR-23":
            "An Invoice line (BG-25) shall have an Invoiced quantity unit of measure code (BT-130) if the "
            + "\"Subtype of invoice line item\" (BT-X-8) has the value \"Normal line item (standard case)\" "
            + "(DETAIL) or is not specified.",
        "BR-FXEXT-BR-24":
            "Each Invoice line (BG-25) shall have an Invoice line net amount (BT-131), if the \"Subtype of "
            + "invoice line item\" (BT-X-8) has the value \"DETAIL\" or is not specified.",
        "BR-FXEXT-BR-26":
            "Each Invoice line (BG-25) shall contain the Item net price (BT-146) if the \"Subtype of invoice "
            + "line item\" (BT-X-8) has the value \"Normal line item (standard case)\" (DETAIL) or is not "
            + "specified.",
        "BR-FXEXT-CO-04":
            "Each Invoice line (BG-25) shall be categorized with an Invoiced item VAT category code (BT-151) "
            + "if the \"Subtype of invoice line item\" (BT-X-8) has the value \"Normal line item (standard "
            + "case)\" (DETAIL) or is not specified.",
        "BR-FXEXT-BR-44":
            "Each Invoice line charge or tax (BG-28) shall have an Invoice line charge or tax reason "
            + "(BT-144), an Invoice line charge reason code (BT-145) or an Invoice line-level non-VAT tax type "
            + "code (BT-193).",
        "BR-FXEXT-03":
            "Only a VAT registration ID may be provided for the following business partners: the line level "
            + "Ship-To (BT-X-66), the line level Ultimate-Ship-To (BT-X-84), the Sales-Agent (BT-X-340), the "
            + "Buyer-Tax-Representative (BT-X-367), the Product-Enduser (BT-X-144), the Buyer-Agent "
            + "(BT-X-411), the document level Ship-To (BT-X-161), the document level Ultimate-Ship-To "
            + "(BT-X-180), the Ship-From (BT-X-199), the Invoicer (BT-X-223), the Invoicee (BT-X-242), the "
            + "document level Payee (BT-X-257), the Payer (BT-X-481), or the payment-term-specific Payee "
            + "(BT-X-509).",
        "BR-FXEXT-CO-10":
            "Absolute Value of (Sum of Invoice line net amount (BT-106) - Σ Invoice line net amounts "
            + "(BT-131))<= 0,01 * Number of line net amounts (BT-131).",
        "BR-FXEXT-CO-11":
            "Absolute Value of (Sum of allowances on document level (BT-107) - Σ Document level allowance "
            + "amounts (BT-92))<= 0,01 * Number of Document level allowance amounts (BT-92).",
        "BR-FXEXT-CO-12":
            "Absolute Value of (Sum of charges on document level (BT-108) - Σ Document level charge amounts "
            + "(BT-99) - Σ Logistics Service fee amounts (BT-x-272))<= 0,01 * (Number of Document level charge "
            + "amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272)).",
        "BR-FXEXT-CO-13":
            "Absolute Value of (Invoice total amount without VAT (BT-109) - ∑ Invoice line net amounts "
            + "(BT-131) + Σ Document level allowance amounts (BT-92) - Σ Document level charge amounts "
            + "(BT-99)) <= 0,01 * (Number of line net amounts (BT-131) + Number of Document level allowance "
            + "amounts (BT-92) + Number of Document level charge amounts (BT-99)).",
        "BR-FXEXT-CO-15":
            "If Invoice Total VAT amount (BT-110) ,where currency (BT-110-0) is equal to BT-5, is present, "
            + "then the Absolute Value of (Invoice total amount with VAT (BT-112) - Invoice total amount "
            + "without VAT (BT-109) - Invoice total VAT amount (BT-110)) <= 0,01 * (Number of line net amounts "
            + "(BT-131) + Number of Document level allowance amounts (BT-92) + Number of Document level "
            + "charges amounts (BT-99) + Number of Logistics Service fee amounts (BT-X-272). Else, Invoice "
            + "total amount with VAT (BT-112) is equal to Invoice total amount without VAT (BT-109).",
        "BR-FXEXT-CO-16":
            "Amount due for payment (BT-115) = Invoice total amount with VAT (BT-112) -Paid amount (BT-113) "
            + "+ Rounding amount (BT-114) + Sum of Charge amount collected on behalf of a third party "
            + "(BT-179).",
        "BR-FXEXT-CII-DT-097a":
            "Date time string with format attribute 205 shall be YYYYMMDDHHMMSS.",
        "BR-CO-25":
            "In case the Amount due for payment (BT-115) is positive, either the Payment due date (BT-9) or "
            + "the Payment terms (BT-20) shall be present.",
        "BR-FXEXT-S-01":
            "An Invoice that contains an Invoice line (BG-25) where the \"Subtype of invoice line item\" "
            + "(EXT-FR-FE-163 / BT-X-8) has the value \"DETAIL\" or is not specified, a Document level "
            + "allowance (BG-20) or a Document level charge or tax (BG-21) where the VAT category code "
            + "(BT-151, BT-95 or BT-102) is “S” (\"Standard rated\") shall contain in the VAT breakdown "
            + "(BG-23) at least one VAT category code (BT-118) equal with “S” (\"Standard rated\").",
        "BR-FXEXT-Z-01":
            "An Invoice that contains an Invoice line (BG-25) where the \"Subtype of invoice item\" (BT-X-8) "
            + "has the value \"DETAIL\" or is not specified, a Document level allowance (BG-20) or a Document "
            + "level charge or tax (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is “Z” "
            + "(\"Zero Rated\") shall contain in the VAT breakdown (BG-23) at least one VAT category code "
            + "(BT-118) equal with “Z” (\"Zero Rated\").",
        "BR-FXEXT-E-01":
            "An Invoice that contains an Invoice line (BG-25) where the \"Subtype of invoice line item\" "
            + "(EXT-FR-FE-163 / BT-X-8) has the value \"DETAIL\" or is not specified, a Document level "
            + "allowance (BG-20) or a Document level charge or tax (BG-21) where the VAT category code "
            + "(BT-151, BT-95 or BT-102) is \"E\" (\"Exempt from VAT\") shall contain in the VAT breakdown "
            + "(BG-23) at least one VAT category code (BT-118) equal with \"E\" (\"Exempt from VAT\").",
        "BR-FXEXT-AE-01":
            "An Invoice that contains an Invoice line (BG-25) where the \"Subtype of invoice line item\" "
            + "(EXT-FR-FE-163 / BT-X-8) has the value \"DETAIL\" or is not specified, a Document level "
            + "allowance (BG-20) or a Document level charge or tax (BG-21) where the VAT category code "
            + "(BT-151, BT-95 or BT-102) is “AE” (\"Reverse Charge\") shall contain in the VAT breakdown "
            + "(BG-23) at least one VAT category code (BT-118) equal with “AE” (\"Reverse Charge\").",
        "BR-FXEXT-IC-01":
            "An Invoice that contains an Invoice line (BG-25) where the \"Subtype of invoice line item\" "
            + "(BT-X-8) has the value \"DETAIL\" or is not specified, a Document level allowance (BG-20) or a "
            + "Document level charge or tax (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is "
            + "“K” (\"Intra-community supply\") shall contain in the VAT breakdown (BG-23) at least one VAT "
            + "category code (BT-118) equal with “K” (\"Intra-community supply\").",
        "BR-FXEXT-G-01":
            "An Invoice that contains an Invoice line (BG-25) where the \"Subtype of invoice line item\" ( "
            + "BT-X-8) has the value \"DETAIL\" or is not specified, a Document level allowance (BG-20) or a "
            + "Document level charge or tax (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is "
            + "“G” (\"Export outside the EU\") shall contain in the VAT breakdown (BG-23) at least one VAT "
            + "category code (BT-118) equal with “G” (\"Export outside the EU\").",
        "BR-FXEXT-O-01":
            "An Invoice that contains an Invoice line (BG-25) where the \"Subtype of invoice line item\" "
            + "(BT-X-8) has the value \"DETAIL\" or is not specified, a Document level allowance (BG-20) or a "
            + "Document level charge or tax (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is "
            + "“O” (\"Not subject to VAT\") shall contain in the VAT breakdown (BG-23) at least one VAT "
            + "category code (BT-118) equal with “O” (\"Not subject to VAT\").",
        "BR-FXEXT-AF-01":
            "An Invoice that contains an Invoice line (BG-25) where the \"Subtype of invoice line item\" "
            + "(BT-X-8) has the value \"DETAIL\" or is not specified, a Document level allowance (BG-20) or a "
            + "Document level charge or tax (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is "
            + "“L” (\"Canary Islands tax\") shall contain in the VAT breakdown (BG-23) at least one VAT "
            + "category code (BT-118) equal with “L” (\"Canary Islands tax\").",
        "BR-FXEXT-AG-01":
            "An Invoice that contains an Invoice line (BG-25) where the \"Subtype of invoice line item\" "
            + "(BT-X-8) has the value \"DETAIL\" or is not specified, a Document level allowance (BG-20) or a "
            + "Document level charge or tax (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is "
            + "“M” (\"Ceuta and Mellita tax\") shall contain in the VAT breakdown (BG-23) at least one VAT "
            + "category code (BT-118) equal with “M” (\"Ceuta and Mellita tax\").",
        "BR-FXEXT-01":
            "If the Invoice Free Text subject Code (BT-21) is specified, either the coded message free text "
            + "(BT-X-5) or the message free text (BT-22) must be specified, or both. If both BT-X-5 and BT-22 "
            + "are specified, both must have the same meaning.",
    ]
}
