// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The official texts and code lists of the rules that `EXTENDED-CTC-FR-UBL` (FNFE-MPE France_RFE 1.4.0)
/// states differently from the CEN artefact; `…` stands for a value the artefact inserts.
enum ExtendedCTCFRUBLText {
    /// The official text of a rule written natively for the artefact, keyed by identifier.
    static let messages: [String: String] = [
        "BR-CO-25":
            "In case the Amount due for payment (BT-115) is positive, either the Payment due date (BT-9) or the Payment terms (BT-20) shall be present.",
        "BR-FREXT-CO-10":
            "Num Fact : … , Somme calculée : … , Total HT (BT-106) : … , nblineItem : … , Ecart calculé : … , [BR-FREXT-CO-10] - Écart absolu entre le montant total des lignes (BT-106) et la somme des montants nets ligne (BT-131) ≤ 0,01 € * nombre de lignes, pour lesquels le sous-type est absent ou égal à DETAIL",
        "BR-FREXT-CO-11":
            "Somme calculée : … , Total HT (BT-107) : … , nbelements : … , Ecart calculé : … , [BR-FREXT-CO-11] - Écart absolu entre le total des remises (BT-107) et la somme des montants de remise (BT-92) ≤ 0,01 € * nombre de remises.",
        "BR-FREXT-CO-12":
            "Somme calculée : … , Total HT (BT-108) : … , nbelements : … , Ecart calculé : … , [BR-FREXT-CO-12] - Écart absolu entre le total des charges (BT-108) et la somme des montants de charge (BT-99) ≤ 0,01 € * nombre de charges.",
        "BR-FREXT-CO-13":
            "Num Fact : … , Somme calculée : … , Total HT (BT-109) : … , nbelements : … , Ecart calculé : … , [BR-FREXT-CO-13] - Écart absolu entre le montant total hors TVA (BT-109) et la somme des BT-131 pour lesquels le sous-type est absent ou égal à DETAIL, BT-92 et BT-99 ≤ 0,01 € * nombre total d’éléments.",
        "BR-FREXT-CO-15":
            "BT110 présent : … , Total HT (BT-109) : … , nbelements : … , TVA : … , TTC : … [BR-FREXT-CO-15] - Si le montant de TVA (BT-110) est présent dans la devise du document (BT-5), alors l’écart absolu entre le montant TTC (BT-112) et la somme HT + TVA (BT-109 + BT-110) doit être ≤ 0,01 € * nombre total d’éléments. Sinon, BT-112 = BT-109.",
        "BR-FREXT-S-01":
            "An Invoice that contains an Invoice line (BG-25) where the \"Subtype of invoice line item\" (EXT-FR-FE-163 / BT-X-8) has the value \"DETAIL\" or is not specified, a Document level allowance (BG-20) or a Document level charge or tax (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is “S” (\"Standard rated\") shall contain in the VAT breakdown (BG-23) at least one VAT category code (BT-118) equal with “S” (\"Standard rated\").",
        "BR-FREXT-Z-01":
            "An Invoice that contains an Invoice line (BG-25) where the \"Subtype of invoice line item\" (EXT-FR-FE-163 / BT-X-8) has the value \"DETAIL\" or is not specified, a Document level allowance (BG-20) or a Document level charge or tax (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is “Z” (\"Zero Rated\") shall contain in the VAT breakdown (BG-23) at least one VAT category code (BT-118) equal with “Z” (\"Zero Rated\").",
        "BR-FREXT-E-01":
            "An Invoice that contains an Invoice line (BG-25) where the \"Subtype of invoice line item\" (EXT-FR-FE-163 / BT-X-8) has the value \"DETAIL\" or is not specified, a Document level allowance (BG-20) or a Document level charge or tax (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is \"E\" (\"Exempt from VAT\") shall contain in the VAT breakdown (BG-23) at least one VAT category code (BT-118) equal with \"E\" (\"Exempt from VAT\").",
        "BR-FREXT-AE-01":
            "An Invoice that contains an Invoice line (BG-25) where the \"Subtype of invoice line item\" (EXT-FR-FE-163 / BT-X-8) has the value \"DETAIL\" or is not specified, a Document level allowance (BG-20) or a Document level charge or tax (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is “AE” (\"Reverse Charge\") shall contain in the VAT breakdown (BG-23) at least one VAT category code (BT-118) equal with “AE” (\"Reverse Charge\").",
        "BR-FREXT-IC-01":
            "An Invoice that contains an Invoice line (BG-25) where the \"Subtype of invoice line item\" (EXT-FR-FE-163 / BT-X-8) has the value \"DETAIL\" or is not specified, a Document level allowance (BG-20) or a Document level charge or tax (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is “K” (\"Intra-community supply\") shall contain in the VAT breakdown (BG-23) at least one VAT category code (BT-118) equal with “K” (\"Intra-community supply\").",
        "BR-FREXT-G-01":
            "An Invoice that contains an Invoice line (BG-25) where the \"Subtype of invoice line item\" (EXT-FR-FE-163 / BT-X-8) has the value \"DETAIL\" or is not specified, a Document level allowance (BG-20) or a Document level charge or tax (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is “G” (\"Export outside the EU\") shall contain in the VAT breakdown (BG-23) at least one VAT category code (BT-118) equal with “G” (\"Export outside the EU\").",
        "BR-FREXT-O-01":
            "An Invoice that contains an Invoice line (BG-25) where the \"Subtype of invoice line item\" (EXT-FR-FE-163 / BT-X-8) has the value \"DETAIL\" or is not specified, a Document level allowance (BG-20) or a Document level charge or tax (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is “O” (\"Not subject to VAT\") shall contain in the VAT breakdown (BG-23) at least one VAT category code (BT-118) equal with “O” (\"Not subject to VAT\").",
        "BR-FREXT-AF-01":
            "An Invoice that contains an Invoice line (BG-25) where the \"Subtype of invoice line item\" (EXT-FR-FE-163 / BT-X-8) has the value \"DETAIL\" or is not specified, a Document level allowance (BG-20) or a Document level charge or tax (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is “L” (\"Canary Islands tax\") shall contain in the VAT breakdown (BG-23) at least one VAT category code (BT-118) equal with “L” (\"Canary Islands tax\").",
        "BR-FREXT-AG-01":
            "An Invoice that contains an Invoice line (BG-25) where the \"Subtype of invoice line item\" (EXT-FR-FE-163 / BT-X-8) has the value \"DETAIL\" or is not specified, a Document level allowance (BG-20) or a Document level charge or tax (BG-21) where the VAT category code (BT-151, BT-95 or BT-102) is “M” (\"Ceuta and Mellita tax\") shall contain in the VAT breakdown (BG-23) at least one VAT category code (BT-118) equal with “M” (\"Ceuta and Mellita tax\").",
        "BR-FREXT-22":
            "Each Invoice line (BG-25) shall have an Invoiced quantity (BT-129), if the \"Subtype of invoice line item\" (EXT-FR-FE-163 / BT-X-8) has the value \"DETAIL\" or is not specified..",
        "BR-FREXT-23":
            "An Invoice line (BG-25) shall have an Invoiced quantity unit of measure code (BT-130), if the \"Subtype of invoice line item\" (EXT-FR-FE-163 / BT-X-8) has the value \"DETAIL\" or is not specified.",
        "BR-FREXT-24":
            "Each Invoice line (BG-25) shall have an Invoice line net amount (BT-131), if the \"Subtype of invoice line item\" (EXT-FR-FE-163 / BT-X-8) has the value \"DETAIL\" or is not specified.",
        "BR-FREXT-26":
            "Each Invoice line (BG-25) shall contain the Item net price (BT-146), if the \"Subtype of invoice line item\" (EXT-FR-FE-163 / BT-X-8) has the value \"DETAIL\" or is not specified.",
        "BR-FREXT-CO-04":
            "Each Invoice line (BG-25) shall be categorized with an Invoiced item VAT category code (BT-151), if the \"Subtype of invoice line item\" (EXT-FR-FE-163 / BT-X-8) has the value \"DETAIL\" or is not specified.",
        "BR-FREXT-54-1":
            "Each Item attribute (BG-32) shall contain an Item attribute name (BT-160) or an Item attribute Code (EXT-FR-FE-159).",
        "BR-FREXT-54-2":
            "Each Item attribute (BG-32) shall contain an Item attribute Value (BT-161) or an Item ValueQuantity (EXT-FR-FE-160) with @unitCode (EXT-FR-FE-161) and not both.",
        "BR-55":
            "Each Preceding Invoice reference (BG-3) shall contain a Preceding Invoice reference (BT-25).",
        "BR-FREXT-AE-08":
            "Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131 : … , NBlines : … , sumAllowBT-92 : … , sumChargesBT-99 : … , NBAllowCharges : … , SumBT131ini : … , NBlinesini : … , sumAllowBT-92ini : … , sumChargesBT-99ini : … , NBAllowChargesini : … , [BR-FREXT-AE-08] - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"AE\" (Autoliquidation), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-AE-08ini":
            "[BR-FREXT-AE-08] warning - Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131ini : … , NBlinesini : … , sumAllowBT-92ini : … , sumChargesBT-99ini : … , NBAllowChargesini : … , [BR-FREXT-AE-08ini] - Sans raisons d'exemption - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"AE\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-AE-08rev":
            "[BR-FREXT-AE-08rev] warning - Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131 : … , NBlines : … , sumAllowBT-92 : … , sumChargesBT-99 : … , NBAllowCharges : … , [BR-FREXT-AE-08rev] - Avec raisons d'exemption - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"AE\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-E-08":
            "Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131 : … , NBlines : … , sumAllowBT-92 : … , sumChargesBT-99 : … , NBAllowCharges : … , SumBT131ini : … , NBlinesini : … , sumAllowBT-92ini : … , sumChargesBT-99ini : … , NBAllowChargesini : … , [BR-FREXT-E-08] - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"E\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-E-08ini":
            "[BR-FREXT-E-08ini] warning - Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131ini : … , NBlinesini : … , sumAllowBT-92ini : … , sumChargesBT-99ini : … , NBAllowChargesini : … , [BR-FREXT-E-08ini] - Sans raisons d'exemption - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"E\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-E-08rev":
            "warning - Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131 : … , NBlines : … , sumAllowBT-92 : … , sumChargesBT-99 : … , NBAllowCharges : … , [BR-FREXT-E-08rev] - Avec raisons d'exemption - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"E\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-G-08":
            "Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131 : … , NBlines : … , sumAllowBT-92 : … , sumChargesBT-99 : … , NBAllowCharges : … , SumBT131ini : … , NBlinesini : … , sumAllowBT-92ini : … , sumChargesBT-99ini : … , NBAllowChargesini : … , [BR-FREXT-G-08] - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"G\" (Export hors UE), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-G-08ini":
            "[BR-FREXT-G-08ini] warning - Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131ini : … , NBlinesini : … , sumAllowBT-92ini : … , sumChargesBT-99ini : … , NBAllowChargesini : … , [BR-FREXT-G-08ini] - Sans raison d'exemption - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"G\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-G-08rev":
            "[BR-FREXT-G-08rev] warning - Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131 : … , NBlines : … , sumAllowBT-92 : … , sumChargesBT-99 : … , NBAllowCharges : … , [BR-FREXT-G-08rev] - Avec raisons d'exemption - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"G\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-IC-08":
            "[BR-FREXT-IC-08] warning - Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131 : … , NBlines : … , sumAllowBT-92 : … , sumChargesBT-99 : … , NBAllowCharges : … , SumBT131ini : … , NBlinesini : … , sumAllowBT-92ini : … , sumChargesBT-99ini : … , NBAllowChargesini : … , [BR-FREXT-IC-08] - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"K\" (Taux zéro), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-IC-08ini":
            "[BR-FREXT-IC-08ini] warning - Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131ini : … , NBlinesini : … , sumAllowBT-92ini : … , sumChargesBT-99ini : … , NBAllowChargesini : … , [BR-FREXT-IC-08ini] - Sans raisons d'exemption - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"K\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-IC-08rev":
            "[BR-FREXT-IC-08rev] warning - Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131 : … , NBlines : … , sumAllowBT-92 : … , sumChargesBT-99 : … , NBAllowCharges : … , [BR-FREXT-IC-08rev] - Avec raisons d'exemption - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"K\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-AF-08":
            "Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131 : … , NBlines : … , sumAllowBT-92 : … , sumChargesBT-99 : … , NBAllowCharges : … , SumBT131ini : … , NBlinesini : … , sumAllowBT-92ini : … , sumChargesBT-99ini : … , NBAllowChargesini : … , [BR-FREXT-AF-08] - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"L\" (IGIC - taxe des Canaries), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-AF-08ini":
            "[BR-FREXT-AF-08ini] warning - Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131ini : … , NBlinesini : … , sumAllowBT-92ini : … , sumChargesBT-99ini : … , NBAllowChargesini : … , [BR-FREXT-AF-08ini] - Sans raisons d'exemption - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"L\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-AF-08rev":
            "[BR-FREXT-AF-08rev] warning - Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131 : … , NBlines : … , sumAllowBT-92 : … , sumChargesBT-99 : … , NBAllowCharges : … , [BR-FREXT-AF-08rev] - Avec raisons d'exemption - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"L\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-AG-08":
            "Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131 : … , NBlines : … , sumAllowBT-92 : … , sumChargesBT-99 : … , NBAllowCharges : … , SumBT131ini : … , NBlinesini : … , sumAllowBT-92ini : … , sumChargesBT-99ini : … , NBAllowChargesini : … , [BR-FREXT-AG-08] - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"M\" (IPSI - taxe de Ceuta et Melilla), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-AG-08ini":
            "[BR-FREXT-AG-08ini] warning - Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131ini : … , NBlinesini : … , sumAllowBT-92ini : … , sumChargesBT-99ini : … , NBAllowChargesini : … , [BR-FREXT-AG-08ini] - Sans raisons d'exemption - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"M\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-AG-08rev":
            "[BR-FREXT-AG-08rev] warning - Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131 : … , NBlines : … , sumAllowBT-92 : … , sumChargesBT-99 : … , NBAllowCharges : … , [BR-FREXT-AG-08rev] - Avec raisons d'exemption - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"M\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-O-08":
            "Num Fact : … , Code : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131 : … , NBlines : … , sumAllowBT-92 : … , sumChargesBT-99 : … , NBAllowCharges : … , SumBT131ini : … , NBlinesini : … , sumAllowBT-92ini : … , sumChargesBT-99ini : … , NBAllowChargesini : … , [BR-FREXT-O-08] - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"O\" (Non soumis à TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-O-08ini":
            "[BR-FREXT-o-08ini] warning - Num Fact : … , Code : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131ini : … , NBlinesini : … , sumAllowBT-92ini : … , sumChargesBT-99ini : … , NBAllowChargesini : … , [BR-FREXT-O-08ini] - Sans raisons d'exemption - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"O\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-O-08rev":
            "[BR-FREXT-O-08rev] warning - Num Fact : … , Code : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131 : … , NBlines : … , sumAllowBT-92 : … , sumChargesBT-99 : … , NBAllowCharges : … , [BR-FREXT-O-08rev] - Avec raisons d'exemption - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"O\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-S-08":
            "Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131 : … , NBlines : … , sumAllowBT-92 : … , sumChargesBT-99 : … , NBAllowCharges : … , SumBT131ini : … , NBlinesini : … , sumAllowBT-92ini : … , sumChargesBT-99ini : … , NBAllowChargesini : … , [BR-FREXT-S-08] - Dans une ventilation TVA (BG-23), pour chaque taux de TVA (BT-119) où le code catégorie (BT-118) est \"S\" (Taux normal), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-S-08ini":
            "[BR-FREXT-S-08ini] warning - Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131ini : … , NBlinesini : … , sumAllowBT-92ini : … , sumChargesBT-99ini : … , NBAllowChargesini : … , [BR-FREXT-S-08ini] - Sans raisons d'exemption - Dans une ventilation TVA (BG-23), pour chaque taux de TVA (BT-119) où le code de catégorie TVA (BT-118) est \"S\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-S-08rev":
            "[BR-FREXT-S-08rev] warning - Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131 : … , NBlines : … , sumAllowBT-92 : … , sumChargesBT-99 : … , NBAllowCharges : … , [BR-FREXT-S-08rev] - Avec raisons d'exemption - Dans une ventilation TVA (BG-23), pour chaque taux de TVA (BT-119) où le code de catégorie TVA (BT-118) est \"S\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-S-09":
            "Num Fact : … , basisAmount : … , rate : … , VATBT117 : … , CalculatedBT-117 : … , NBlines : … , NBAllowCharges : … [BR-FREXT-S-09] - Dans une ventilation TVA (BG-23), pour chaque taux de TVA (BT-119) où le code catégorie (BT-118) est \"S\" (Taux normal), l’écart absolu entre le montant de TVA (BT-117) et le produit du montant taxable (BT-116) par le taux (BT-119) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-Z-08":
            "Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131 : … , NBlines : … , sumAllowBT-92 : … , sumChargesBT-99 : … , NBAllowCharges : … , SumBT131ini : … , NBlinesini : … , sumAllowBT-92ini : … , sumChargesBT-99ini : … , NBAllowChargesini : … , [BR-FREXT-Z-08] - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"Z\" (Taux zéro), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-Z-08ini":
            "[BR-FREXT-Z-08ini] warning - Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131ini : … , NBlinesini : … , sumAllowBT-92ini : … , sumChargesBT-99ini : … , NBAllowChargesini : … , [BR-FREXT-Z-08ini] - Sans raisons d'exemption - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"Z\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "BR-FREXT-Z-08rev":
            "[BR-FREXT-Z-08rev] warning - Num Fact : … , Code : … , rate : … , ExemptText : … , Exemptcode : … , basisAmount : … , SumBT131 : … , NBlines : … , sumAllowBT-92 : … , sumChargesBT-99 : … , NBAllowCharges : … , [BR-FREXT-Z-08rev] - Avec raisons d'exemption - Dans une ventilation TVA (BG-23) où le code de catégorie TVA (BT-118) est \"Z\" (Exonéré de TVA), l’écart absolu entre le montant taxable (BT-116) et la somme des montants nets ligne (BT-131) + charges (BT-99) - remises (BT-92) doit être ≤ 0,01 € * nombre total d’éléments concernés.",
        "UBL-FREXT-CR-410":
            "A UBL invoice should not include the DeliveryTerms except ID and location cac:DeliveryLocation/cbc:Name (for INCOTERMS)",
        "CII-FREXT-CR-490":
            "This value in TaxApplicableTradeCurrencyExchange should not be present",
        "UBL-FREXT-CR-645":
            "A UBL invoice should not include the DeliveryTerms except ID and location cac:DeliveryLocation/cbc:Name (for INCOTERMS) on line level",
        "UBL-FREXT-SR-48":
            "Invoice lines shall have one and only one classified tax category, if no subtype and subtype = \"DETAIL\", else no more than 1.",
        "UBL-SR-06":
            "Preceding invoice reference shall occur maximum once",
        "UBL-SR-07":
            "If there is a preceding invoice reference, the preceding invoice number shall be present",
        "BR-FREXT-CL-10":
            "Any identifier identification scheme identifier MUST be coded using one of the ISO 6523 ICD list + BY and SE.",
        "BR-FREXT-CL-20":
            "Coded charge reasons MUST belong to the UNCL 7161 code list",
        "BR-FREXT-CL-20-TAX":
            "Coded charge reasons MUST belong to the UNCL 5153 except \"VAT\" code list",
        "BR-FREXT-CL-20-LISTID":
            "ListID for Charges and Tax reason code, if present SHALL be equal to 7161 or 5153",
        "BR-FREXT-CL-24":
            "For Mime code in attribute use MIMEMediaType.",
        "BR-FREXT-CL-27":
            "INCOTERMS shall be in restricted code list",
        "BR-FREXT-04":
            "only values from the code list UNTDID 6313+Factur-X-Extension should be used on Item attribute code",
        "BR-FREXT-05":
            "Num Fact : … , Code : … - [BR-FREXT-05]-The code for the subtype of the invoice line item (EXT-FR-FE-163) must be used from the Line Status Reason code list.",
        "BR-FREXT-06":
            "Num Fact : … Num line : … , Parent line : … , Subline Code : … - [BR-FREXT-06]-If the \"Identifier of the parent line\" (EXT-FR-FE-162) is used, the \"Subtype of the invoice line item\" (EXT-FR-FE-163) must be specified",
        "BR-FREXT-08":
            "Num Fact : … , Num line : … , BT-131 : … , SommeBT-131 : … , Subline Code : … - [BR-FREXT-08]-If the \"Subtype of invoice line item\" (EXT-FR-FE-163 / BT-X-8) has the value \"GROUP\" and if the \"Invoice line net amount\" (BT-131) is specified, it MUST correspond to the sum of the \"Invoice line net amount\" (BT-131) of the next lower level for which the \"Subtype of the invoice line item\" (EXT-FR-FE-163) has the value \"DETAIL\" or \"GROUP\".",
        "BR-FREXT-11":
            "Num Fact : … , Num line : … , ParentID : … - [BR-FREXT-11]-Each \"Identifier of parent line\" (EXT-FR-FE-162) must refer to an existing \"Invoice line Identifier\" (BT-126) of another invoice line (BG-25).",
        "BR-FREXT-12":
            "Num Fact : … , Num line : … - [BR-FREXT-12]-If the \"Subtype of invoice line item\" (EXT-FR-FE-163 / BT-X-8) has the value \"GROUP\" and if the \"Invoice line net amount\" (BT-131) is specified, all lower levels which has \"Subtype of invoice line item\" (EXT-FR-FE-163) equal to \"GROUP\" MUST contain a \"Invoice line net amount\" (BT-131) value.",
    ]

    /// BR-FREXT-CL-10: ISO 6523 ICD, with `BY` and `SE`.
    static let identifierSchemes = EN16931CodeList(
        """
        BY SE 0002 0003 0004 0005 0006 0007 0008 0009 0010 0011 0012 0013 0014 0015 0016 0017 0018 0019 0020 0021 0022
        0023 0024 0025 0026 0027 0028 0029 0030 0031 0032 0033 0034 0035 0036 0037 0038 0039 0040 0041 0042 0043 0044
        0045 0046 0047 0048 0049 0050 0051 0052 0053 0054 0055 0056 0057 0058 0059 0060 0061 0062 0063 0064 0065 0066
        0067 0068 0069 0070 0071 0072 0073 0074 0075 0076 0077 0078 0079 0080 0081 0082 0083 0084 0085 0086 0087 0088
        0089 0090 0091 0093 0094 0095 0096 0097 0098 0099 0100 0101 0102 0104 0105 0106 0107 0108 0109 0110 0111 0112
        0113 0114 0115 0116 0117 0118 0119 0120 0121 0122 0123 0124 0125 0126 0127 0128 0129 0130 0131 0132 0133 0134
        0135 0136 0137 0138 0139 0140 0141 0142 0143 0144 0145 0146 0147 0148 0149 0150 0151 0152 0153 0154 0155 0156
        0157 0158 0159 0160 0161 0162 0163 0164 0165 0166 0167 0168 0169 0170 0171 0172 0173 0174 0175 0176 0177 0178
        0179 0180 0183 0184 0185 0186 0187 0188 0189 0190 0191 0192 0193 0194 0195 0196 0197 0198 0199 0200 0201 0202
        0203 0204 0205 0206 0207 0208 0209 0210 0211 0212 0213 0214 0215 0216 0217 0218 0219 0220 0221 0222 0223 0224
        0225 0226 0227 0228 0229 0230 0231 0232 0233 0234 0235 0236 0237 0238 0239 0240 0241 0242 0243 0244 0245 0246
        0247 0248
        """
    )

    /// BR-FREXT-CL-20-TAX: UNTDID 5153 duty or tax codes, less `VAT`.
    static let taxChargeReasons = EN16931CodeList(
        """
        AAA AAB AAC AAD AAE AAF AAG AAH AAI AAJ AAK AAL AAM AAO AAP ADD BOL CAP CAR COC CST CUD CVD ENV EXC EXP FET FRE
        GCN GST ILL IMP IND LAC LCN LDP LOC LST MCA MCD OTH PDB PDC PRF SCN SSS STT SUP SUR SWT TAC TOT TOX TTA VAD
        """
    )

    /// BR-FREXT-CL-20: UNTDID 7161 charge reasons.
    static let chargeReasons = EN16931CodeList(
        """
        AA AAA AAC AAD AAE AAF AAH AAI AAS AAT AAV AAY AAZ ABA ABB ABC ABD ABF ABK ABL ABN ABR ABS ABT ABU ACF ACG ACH
        ACI ACJ ACK ACL ACM ACS ADC ADE ADJ ADK ADL ADM ADN ADO ADP ADQ ADR ADT ADW ADY ADZ AEA AEB AEC AED AEF AEH AEI
        AEJ AEK AEL AEM AEN AEO AEP AES AET AEU AEV AEW AEX AEY AEZ AJ AU CA CAB CAD CAE CAF CAI CAJ CAK CAL CAM CAN CAO
        CAP CAQ CAR CAS CAT CAU CAV CAW CAX CAY CAZ CD CG CS CT DAB DAD DAC DAF DAG DAH DAI DAJ DAK DAL DAM DAN DAO DAP
        DAQ DL EG EP ER FAA FAB FAC FC FH FI GAA HAA HD HH IAA IAB ID IF IR IS KO L1 LA LAA LAB LF MAE MI ML NAA OA PA
        PAA PC PL PRV RAB RAC RAD RAF RE RF RH RV SA SAA SAD SAE SAI SG SH SM SU TAB TAC TT TV V1 V2 WH XAA YY ZZZ
        """
    )

    /// BR-FREXT-04: UNTDID 6313 and the Factur-X extension item attribute codes.
    static let itemAttributeCodes = EN16931CodeList(
        """
        A AAA AAB AAC AAD AAF AAG AAH AAI AAJ AAK AAM AAN AAO AAP AAQ AAR AAS AAT AAU AAV AAW AAX AAY AAZ ABA ABB ABC
        ABD ABE ABF ABG ABH ABI ABJ ABK ABL ABM ABN ABO ABP ABS ABT ABX ABY ABZ ACA ACE ACG ACN ACP ACS ACV ACW ACX ADR
        ADS ADT ADU ADV ADW ADX ADY ADZ AEA AEB AEC AED AEE AEF AEG AEH AEI AEJ AEK AEL AEM AEN AEO AEP AEQ AER AES AET
        AEU AEV AEW AEX AEY AEZ AF AFA AFB AFC AFD AFE AFF AFG AFH AFI AFJ AFK AFL AFM AFN AFO AFP AFQ AFR AFS AFT AFU
        AFV AFW AFX B BL BMY BMZ BNA BNB BNC BND BNE BNF BNG BNH BNI BNJ BNK BNL BNM BNN BNO BNP BNQ BNR BNS BNT BNU BNV
        BNW BNX BNY BNZ BR BRA BRB BRC BRD BRE BRF BRG BRH BRI BRJ BRK BRL BRM BRN BRO BRP BRQ BRR BRS BRT BRU BRV BS
        BSW BSX BSY BSZ BTA BTB BTC BTD BTE BTF BTG BTH BTI BTJ BTK BTL BTM BW CHN CHO CM CT CV CZ D DI DL DN DP DR DS
        DW E EA F FI FL FN FV GG GW HF HM HT IB ID L LM LN LND M MO MW N OD PRS PTN RA RF RJ RMW RP RUN RY SQ T TC TH TN
        TT VGM VH VW WA WD WM WU XH XQ XZ YS ZAL ZAS ZB ZBI ZC ZCA ZCB ZCE ZCL ZCO ZCR ZCU ZFE ZFS ZGE ZH ZK ZMG ZMN ZMO
        ZN ZNA ZNB ZNI ZO ZP ZPB ZS ZSB ZSE ZSI ZSL ZSN ZTA ZTE ZTI ZV ZW ZWA ZZN ZZR ZZZ BEST_BEFORE_DATE COLOR_TEXT
        COMMISSION DEPOSIT_SYSTEM DEPOSIT_TYPE ENERGY_CLASS EXPIRATION_DATE FEE KIND_OF_ARTICLE MATERIAL METER_LOCATION
        METER_NUMBER ORGANIC_CONTROL_BODY PACKAGING_MATERIAL PACKAGING_TYPE PROMOTIONAL_VARIANT SEAL_NUMBER SIZE_CODE
        SIZE_TEXT TRADING_UNIT WASTE_CODE WASTE_FRACTION WEEE_NUMBER
        """
    )

    /// BR-FREXT-CL-27: the Incoterms the profile allows (the official list also accepts an empty value).
    static let incoterms = EN16931CodeList(
        """
        1 2 CFR CIF CIP CPT DAP DDP DPU EXW FAS FCA FOB
        """
    )
}
