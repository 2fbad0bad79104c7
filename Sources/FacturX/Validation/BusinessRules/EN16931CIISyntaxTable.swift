// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The rules of the official pattern `EN16931-CII-Syntax` (CEN artefacts release 1.3.16), in their
/// official order: context, then each assertion's identifier, flag, test and text.
extension EN16931CIISyntax {
    private static let root = "/rsm:CrossIndustryInvoice"
    private static let transaction = root + "/rsm:SupplyChainTradeTransaction"
    private static let line = transaction + "/ram:IncludedSupplyChainTradeLineItem"

    /// The pattern's rules, in the official order (an element is checked by the first that matches).
    static let patternRules: [PatternRule] = [
        PatternRule(
            .path("//ram:SpecifiedTradeSettlementPaymentMeans"),
            [
                .warning(
                    "CII-SR-464",
                    .absent("ram:PayerSpecifiedDebtorFinancialInstitution"),
                    "PayerSpecifiedDebtorFincancialInstitution shall not be used."
                )
            ]
        ),
        PatternRule(
            .path(root + "/rsm:ExchangedDocumentContext"),
            [
                .warning(
                    "CII-SR-001",
                    .absent("ram:SpecifiedTransactionID"),
                    "SpecifiedTransactionID should not be present"
                ),
                .warning("CII-SR-002", .absent("ram:TestIndicator"), "TestIndicator should not be present"),
                .warning(
                    "CII-SR-003",
                    .atMostOne("ram:BusinessProcessSpecifiedDocumentContextParameter"),
                    "BusinessProcessSpecifiedDocumentContextParameter should exist maximum once"
                ),
                .warning(
                    "CII-SR-006",
                    .absent("ram:BIMSpecifiedDocumentContextParameter"),
                    "BIMSpecifiedDocumentContextParameter should not be present"
                ),
                .warning(
                    "CII-SR-007",
                    .absent("ram:ScenarioSpecifiedDocumentContextParameter"),
                    "ScenarioSpecifiedDocumentContextParameter should not be present"
                ),
                .warning(
                    "CII-SR-008",
                    .absent("ram:ApplicationSpecifiedDocumentContextParameter"),
                    "ApplicationSpecifiedDocumentContextParameter should not be present"
                ),
                .fatal(
                    "CII-SR-009",
                    .exactlyOne("ram:GuidelineSpecifiedDocumentContextParameter"),
                    "GuidelineSpecifiedDocumentContextParameter must exist exactly once"
                ),
                .fatal(
                    "CII-SR-010",
                    .exactlyOne("ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"),
                    "ID must exist exactly once"
                ),
                .warning(
                    "CII-SR-011",
                    .absent("ram:SubsetSpecifiedDocumentContextParameter"),
                    "SubsetSpecifiedDocumentContextParameter should not be present"
                ),
                .warning(
                    "CII-SR-012",
                    .absent("ram:MessageStandardSpecifiedDocumentContextParameter"),
                    "MessageStandardSpecifiedDocumentContextParameter should not be present"
                ),
            ]
        ),
        PatternRule(
            .path(root + "/rsm:ExchangedDocument"),
            [
                .warning("CII-SR-013", .absent("ram:Name"), "Name should not be present"),
                .fatal("CII-SR-014", .exactlyOne("ram:TypeCode"), "TypeCode must exist exactly once"),
                .warning("CII-SR-015", .absent("ram:IssueDateTime/udt:DateTime"), "DateTime should not be present"),
                .warning("CII-SR-016", .absent("ram:CopyIndicator"), "CopyIndicator should not be present"),
                .warning("CII-SR-017", .absent("ram:Purpose"), "Purpose should not be present"),
                .warning(
                    "CII-SR-018",
                    .absent("ram:ControlRequirementIndicator"),
                    "ControlRequirementIndicator should not be present"
                ),
                .warning("CII-SR-019", .absent("ram:LanguageID"), "LanguageID should not be present"),
                .warning("CII-SR-020", .absent("ram:PurposeCode"), "PurposeCode should not be present"),
                .warning("CII-SR-021", .absent("ram:RevisionDateTime"), "RevisionDateTime should not be present"),
                .warning("CII-SR-022", .absent("ram:VersionID"), "VersionID should not be present"),
                .warning("CII-SR-023", .absent("ram:GlobalID"), "GlobalID should not be present"),
                .warning("CII-SR-024", .absent("ram:RevisionID"), "RevisionID should not be present"),
                .warning("CII-SR-025", .absent("ram:PreviousRevisionID"), "PreviousRevisionID should not be present"),
                .warning("CII-SR-026", .absent("ram:CategoryCode"), "CategoryCode should not be present"),
                .warning("CII-SR-027", .absent("ram:IncludedNote/ram:Subject"), "Subject should not be present"),
                .warning(
                    "CII-SR-028",
                    .absent("ram:IncludedNote/ram:ContentCode"),
                    "ContentCode should not be present"
                ),
                .warning("CII-SR-032", .absent("ram:IncludedNote/ram:ID"), "ID should not be present"),
                .warning(
                    "CII-SR-033",
                    .absent("ram:EffectiveSpecifiedPeriod"),
                    "EffectiveSpecifiedPeriod should not be present"
                ),
                .warning("CII-SR-034", .absent("ram:IssuerTradeParty"), "IssuerTradeParty should not be present"),
            ]
        ),
        PatternRule(
            .path(root + "/rsm:ExchangedDocument/ram:IncludedNote"),
            [
                .warning("CII-SR-030", .atMostOne("ram:Content"), "Content should exist maximum once")
            ]
        ),
        PatternRule(
            .path(line),
            [
                .warning("CII-SR-035", .absent("ram:DescriptionCode"), "DescriptionCode should not be present"),
                .warning("CII-SR-036", .absent("ram:ParentLineID"), "ParentLineID should not be present"),
                .warning("CII-SR-037", .absent("ram:LineStatusCode"), "LineStatusCode should not be present"),
                .warning(
                    "CII-SR-038",
                    .absent("ram:LineStatusReasonCode"),
                    "LineStatusReasonCode should not be present"
                ),
                .warning(
                    "CII-SR-221",
                    .absent("ram:IncludedSubordinateTradeLineItem"),
                    "IncludedSubordinateTradeLineItem should not be present"
                ),
            ]
        ),
        PatternRule(
            .path(line + "/ram:AssociatedDocumentLineDocument"),
            [
                .warning("CII-SR-039", .atMostOne("ram:IncludedNote"), "IncludedNote should exist maximum once"),
                .warning("CII-SR-040", .atMostOne("ram:IncludedNote/ram:Content"), "Content should exist maximum once"),
                .warning(
                    "CII-SR-041",
                    .absent("ram:IncludedNote/ram:SubjectCode"),
                    "SubjectCode should not be present"
                ),
                .warning("CII-SR-042", .absent("ram:IncludedNote/ram:ID"), "ID should not be present"),
                .warning("CII-SR-043", .absent("ram:IncludedNote/ram:Subject"), "CategoryCode should not be present"),
                .warning("CII-SR-044", .absent("ram:IncludedNote/ram:ContentCode"), "Subject should not be present"),
            ]
        ),
        PatternRule(
            .path(line + "/ram:SpecifiedTradeProduct"),
            [
                .warning("CII-SR-045", .absent("ram:ID"), "ID should not be present"),
                .fatal("CII-SR-046", .custom(sr046), "schemeID must be present if GlobalID is present"),
                .warning(
                    "CII-SR-048",
                    .absent("ram:ManufacturerAssignedID"),
                    "ManufacturerAssignedID should not be present"
                ),
                .warning("CII-SR-049", .absent("ram:TradeName"), "TradeName should not be present"),
                .warning("CII-SR-050", .absent("ram:TypeCode"), "TypeCode should not be present"),
                .warning("CII-SR-051", .absent("ram:NetWeightMeasure"), "NetWeightMeasure should not be present"),
                .warning("CII-SR-052", .absent("ram:GrossWeightMeasure"), "GrossWeightMeasure should not be present"),
                .warning("CII-SR-053", .absent("ram:ProductGroupID"), "ProductGroupID should not be present"),
                .warning("CII-SR-054", .absent("ram:EndItemTypeCode"), "EndItemTypeCode should not be present"),
                .warning("CII-SR-055", .absent("ram:EndItemName"), "EndItemName should not be present"),
                .warning("CII-SR-056", .absent("ram:AreaDensityMeasure"), "AreaDensityMeasure should not be present"),
                .warning("CII-SR-057", .absent("ram:UseDescription"), "UseDescription should not be present"),
                .warning("CII-SR-058", .absent("ram:BrandName"), "BrandName should not be present"),
                .warning("CII-SR-059", .absent("ram:SubBrandName"), "SubBrandName should not be present"),
                .warning(
                    "CII-SR-060",
                    .absent("ram:DrainedNetWeightMeasure"),
                    "DrainedNetWeightMeasure should not be present"
                ),
                .warning(
                    "CII-SR-061",
                    .absent("ram:VariableMeasureIndicator"),
                    "VariableMeasureIndicator should not be present"
                ),
                .warning("CII-SR-062", .absent("ram:ColourCode"), "ColourCode should not be present"),
                .warning("CII-SR-063", .absent("ram:ColourDescription"), "ColourDescription should not be present"),
                .warning("CII-SR-064", .absent("ram:Designation"), "Designation should not be present"),
                .warning(
                    "CII-SR-065",
                    .absent("ram:FormattedCancellationAnnouncedLaunchDateTime"),
                    "FormattedCancellationAnnouncedLaunchDateTime should not be present"
                ),
                .warning(
                    "CII-SR-066",
                    .absent("ram:FormattedLatestProductDataChangeDateTime"),
                    "FormattedLatestProductDataChangeDateTime should not be present"
                ),
                .warning(
                    "CII-SR-067",
                    .absent("ram:ApplicableProductCharacteristic/ram:ID"),
                    "ID should not be present"
                ),
                .warning(
                    "CII-SR-068",
                    .absent("ram:ApplicableProductCharacteristic/ram:TypeCode"),
                    "TypeCode should not be present"
                ),
                .warning(
                    "CII-SR-070",
                    .absent("ram:ApplicableProductCharacteristic/ram:ValueMeasure"),
                    "ValueMeasure should not be present"
                ),
                .warning(
                    "CII-SR-071",
                    .absent("ram:ApplicableProductCharacteristic/ram:MeasurementMethodCode"),
                    "MeasurementMethodCode should not be present"
                ),
                .warning(
                    "CII-SR-073",
                    .absent("ram:ApplicableProductCharacteristic/ram:ValueCode"),
                    "ValueCode should not be present"
                ),
                .warning(
                    "CII-SR-074",
                    .absent("ram:ApplicableProductCharacteristic/ram:ValueDateTime"),
                    "ValueDateTime should not be present"
                ),
                .warning(
                    "CII-SR-075",
                    .absent("ram:ApplicableProductCharacteristic/ram:ValueIndicator"),
                    "ValueIndicator should not be present"
                ),
                .warning(
                    "CII-SR-076",
                    .absent("ram:ApplicableProductCharacteristic/ram:ContentTypeCode"),
                    "ContentTypeCode should not be present"
                ),
                .warning(
                    "CII-SR-077",
                    .absent("ram:ApplicableProductCharacteristic/ram:ValueSpecifiedBinaryFile"),
                    "ValueSpecifiedBinaryFile should not be present"
                ),
                .warning(
                    "CII-SR-078",
                    .absent("ram:ApplicableProductCharacteristic/ram:ApplicableProductCharacteristicCondition"),
                    "ApplicableProductCharacteristicCondition should not be present"
                ),
                .warning(
                    "CII-SR-079",
                    .absent("ram:ApplicableProductCharacteristic/ram:ApplicableReferencedStandard"),
                    "ApplicableReferencedStandard should not be present"
                ),
                .warning(
                    "CII-SR-080",
                    .absent("ram:ApplicableMaterialGoodsCharacteristic"),
                    "ApplicableMaterialGoodsCharacteristic should not be present"
                ),
                .warning(
                    "CII-SR-081",
                    .absent("ram:DesignatedProductClassification/ram:SystemID"),
                    "SystemID should not be present"
                ),
                .warning(
                    "CII-SR-082",
                    .absent("ram:DesignatedProductClassification/ram:SystemName"),
                    "SystemName should not be present"
                ),
                .warning(
                    "CII-SR-083",
                    .absent("ram:DesignatedProductClassification/ram:ClassName"),
                    "ClassName should not be present"
                ),
                .warning(
                    "CII-SR-084",
                    .absent("ram:DesignatedProductClassification/ram:SubClassCode"),
                    "SubClassCode should not be present"
                ),
                .warning(
                    "CII-SR-085",
                    .absent("ram:DesignatedProductClassification/ram:ClassProductCharacteristic"),
                    "ClassProductCharacteristic should not be present"
                ),
                .warning(
                    "CII-SR-086",
                    .absent("ram:DesignatedProductClassification/ram:ApplicableReferencedStandard"),
                    "ApplicableReferencedStandard should not be present"
                ),
                .warning(
                    "CII-SR-087",
                    .absent("ram:IndividualTradeProductInstance"),
                    "IndividualTradeProductInstance should not be present"
                ),
                .warning(
                    "CII-SR-088",
                    .absent("ram:CertificationEvidenceReferenceReferencedDocument"),
                    "CertificationEvidenceReferenceReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-089",
                    .absent("ram:InspectionReferenceReferencedDocument"),
                    "InspectionReferenceReferencedDocument should not be present"
                ),
                .fatal("CII-SR-090", .custom(sr090), "ID should exist maximum once."),
                .warning("CII-SR-091", .absent("ram:OriginTradeCountry/ram:Name"), "Name should not be present"),
                .warning(
                    "CII-SR-092",
                    .absent("ram:OriginTradeCountry/ram:SubordinateTradeCountrySubDivision"),
                    "SubordinateTradeCountrySubDivision should not be present"
                ),
                .warning(
                    "CII-SR-093",
                    .absent("ram:LinearSpatialDimension"),
                    "LinearSpatialDimension should not be present"
                ),
                .warning(
                    "CII-SR-094",
                    .absent("ram:MinimumLinearSpatialDimension"),
                    "MinimumLinearSpatialDimension should not be present"
                ),
                .warning(
                    "CII-SR-095",
                    .absent("ram:MaximumLinearSpatialDimension"),
                    "MaximumLinearSpatialDimension should not be present"
                ),
                .warning(
                    "CII-SR-096",
                    .absent("ram:ManufacturerTradeParty"),
                    "ManufacturerTradeParty should not be present"
                ),
                .warning(
                    "CII-SR-097",
                    .absent("ram:PresentationSpecifiedBinaryFile"),
                    "PresentationSpecifiedBinaryFile should not be present"
                ),
                .warning(
                    "CII-SR-098",
                    .absent("ram:MSDSReferenceReferencedDocument"),
                    "MSDSReferenceReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-099",
                    .absent("ram:AdditionalReferenceReferencedDocument"),
                    "AdditionalReferenceReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-100",
                    .absent("ram:LegalRightsOwnerTradeParty"),
                    "LegalRightsOwnerTradeParty should not be present"
                ),
                .warning(
                    "CII-SR-101",
                    .absent("ram:BrandOwnerTradeParty"),
                    "BrandOwnerTradeParty should not be present"
                ),
                .warning(
                    "CII-SR-102",
                    .absent("ram:IncludedReferencedProduct"),
                    "IncludedReferencedProduct should not be present"
                ),
                .warning("CII-SR-103", .absent("ram:InformationNote"), "InformationNoteshould not be present"),
            ]
        ),
        PatternRule(
            .path(line + "/ram:SpecifiedTradeProduct/ram:ApplicableProductCharacteristic"),
            [
                .fatal("CII-SR-069", .exactlyOne("ram:Description"), "Description should exist maximum once."),
                .fatal("CII-SR-072", .exactlyOne("ram:Value"), "Value should exist maximum once."),
            ]
        ),
        PatternRule(
            .path(line + "/ram:SpecifiedLineTradeAgreement"),
            [
                .warning("CII-SR-104", .absent("ram:BuyerReference"), "BuyerReference should not be present"),
                .warning(
                    "CII-SR-105",
                    .absent("ram:BuyerRequisitionerTradeParty"),
                    "BuyerRequisitionerTradeParty should not be present"
                ),
                .warning(
                    "CII-SR-106",
                    .absent("ram:ApplicableTradeDeliveryTerms"),
                    "ApplicableTradeDeliveryTerms should not be present"
                ),
                .warning(
                    "CII-SR-107",
                    .absent("ram:SellerOrderReferencedDocument"),
                    "SellerOrderReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-108",
                    .absent("ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID"),
                    "IssuerAssignedID should not be present"
                ),
                .warning(
                    "CII-SR-109",
                    .absent("ram:QuotationReferencedDocument"),
                    "QuotationReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-110",
                    .absent("ram:ContractReferencedDocument"),
                    "ContractReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-111",
                    .absent("ram:DemandForecastReferencedDocument"),
                    "DemandForecastReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-112",
                    .absent("ram:PromotionalDealReferencedDocument"),
                    "PromotionalDealReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-113",
                    .absent("ram:AdditionalReferencedDocument"),
                    "AdditionalReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-114",
                    .absent("ram:GrossPriceProductTradePrice/ram:TypeCode"),
                    "TypeCode should not be present"
                ),
                .warning(
                    "CII-SR-115",
                    .absent("ram:GrossPriceProductTradePrice/ram:MinimumQuantity"),
                    "MinimumQuantity should not be present"
                ),
                .warning(
                    "CII-SR-116",
                    .absent("ram:GrossPriceProductTradePrice/ram:MaximumQuantity"),
                    "MaximumQuantity should not be present"
                ),
                .warning(
                    "CII-SR-117",
                    .absent("ram:GrossPriceProductTradePrice/ram:ChangeReason"),
                    "ChangeReason should not be present"
                ),
                .warning(
                    "CII-SR-118",
                    .absent("ram:GrossPriceProductTradePrice/ram:OrderUnitConversionFactorNumeric"),
                    "OrderUnitConversionFactorNumeric should not be present"
                ),
                .fatal(
                    "CII-SR-439",
                    .exactlyOne("ram:NetPriceProductTradePrice/ram:ChargeAmount"),
                    "ChargeAmount should exist maximum once"
                ),
                .warning("CII-SR-119", .custom(sr119), "Only allowances on price a price should be present"),
                .warning(
                    "CII-SR-120",
                    .absent("ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:ID"),
                    "ID should not be present"
                ),
                .warning(
                    "CII-SR-121",
                    .absent("ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:SequenceNumeric"),
                    "SequenceNumeric should not be present"
                ),
                .warning(
                    "CII-SR-122",
                    .absent("ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:CalculationPercent"),
                    "CalculationPercent should not be present"
                ),
                .warning(
                    "CII-SR-123",
                    .absent("ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:BasisAmount"),
                    "BasisAmount should not be present"
                ),
                .warning(
                    "CII-SR-124",
                    .absent("ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:BasisQuantity"),
                    "BasisQuantity should not be present"
                ),
                .warning(
                    "CII-SR-125",
                    .absent("ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:PrepaidIndicator"),
                    "PrepaidIndicator should not be present"
                ),
                .warning(
                    "CII-SR-126",
                    .absent("ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:UnitBasisAmount"),
                    "UnitBasisAmount should not be present"
                ),
                .warning(
                    "CII-SR-127",
                    .absent("ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:ReasonCode"),
                    "ReasonCode should not be present"
                ),
                .warning(
                    "CII-SR-128",
                    .absent("ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:Reason"),
                    "Reason should not be present"
                ),
                .warning(
                    "CII-SR-129",
                    .absent("ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:TypeCode"),
                    "TypeCode should not be present"
                ),
                .warning(
                    "CII-SR-130",
                    .absent("ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:CategoryTradeTax"),
                    "CategoryTradeTax should not be present"
                ),
                .warning(
                    "CII-SR-131",
                    .absent(
                        "ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:ActualTradeCurrencyExchange"
                    ),
                    "ActualTradeCurrencyExchange should not be present"
                ),
                .warning(
                    "CII-SR-445",
                    .absent("ram:GrossPriceProductTradePrice/ram:IncludedTradeTax"),
                    "IncludedTradeTax should not be present"
                ),
                .warning(
                    "CII-SR-132",
                    .absent("ram:GrossPriceProductTradePrice/ram:ValiditySpecifiedPeriod"),
                    "ValiditySpecifiedPeriod should not be present"
                ),
                .warning(
                    "CII-SR-133",
                    .absent("ram:GrossPriceProductTradePrice/ram:DeliveryTradeLocation"),
                    "DeliveryTradeLocation should not be present"
                ),
                .warning(
                    "CII-SR-134",
                    .absent("ram:GrossPriceProductTradePrice/ram:TradeComparisonReferencePrice"),
                    "TradeComparisonReferencePrice should not be present"
                ),
                .warning(
                    "CII-SR-135",
                    .absent("ram:GrossPriceProductTradePrice/ram:AssociatedReferencedDocument"),
                    "AssociatedReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-136",
                    .absent("ram:NetPriceProductTradePrice/ram:TypeCode"),
                    "TypeCode should not be present"
                ),
                .warning(
                    "CII-SR-138",
                    .absent("ram:NetPriceProductTradePrice/ram:MinimumQuantity"),
                    "MinimumQuantity should not be present"
                ),
                .warning(
                    "CII-SR-139",
                    .absent("ram:NetPriceProductTradePrice/ram:MaximumQuantity"),
                    "MaximumQuantity should not be present"
                ),
                .warning(
                    "CII-SR-140",
                    .absent("ram:NetPriceProductTradePrice/ram:ChangeReason"),
                    "ChangeReason should not be present"
                ),
                .warning(
                    "CII-SR-141",
                    .absent("ram:NetPriceProductTradePrice/ram:OrderUnitConversionFactorNumeric"),
                    "OrderUnitConversionFactorNumeric should not be present"
                ),
                .warning(
                    "CII-SR-142",
                    .absent("ram:NetPriceProductTradePrice/ram:AppliedTradeAllowanceCharge"),
                    "AppliedTradeAllowanceCharge should not be present"
                ),
                .warning(
                    "CII-SR-446",
                    .absent("ram:NetPriceProductTradePrice/ram:IncludedTradeTax"),
                    "IncludedTradeTax should not be present"
                ),
                .warning(
                    "CII-SR-143",
                    .absent("ram:NetPriceProductTradePrice/ram:ValiditySpecifiedPeriod"),
                    "ValiditySpecifiedPeriod should not be present"
                ),
                .warning(
                    "CII-SR-144",
                    .absent("ram:NetPriceProductTradePrice/ram:DeliveryTradeLocation"),
                    "DeliveryTradeLocation should not be present"
                ),
                .warning(
                    "CII-SR-145",
                    .absent("ram:NetPriceProductTradePrice/ram:TradeComparisonReferencePrice"),
                    "TradeComparisonReferencePrice should not be present"
                ),
                .warning(
                    "CII-SR-146",
                    .absent("ram:NetPriceProductTradePrice/ram:AssociatedReferencedDocument"),
                    "AssociatedReferencedDocument should not be present"
                ),
                .fatal(
                    "CII-SR-441",
                    .atMostOne("ram:NetPriceProductTradePrice/ram:ChargeAmount"),
                    "ChargeAmount should exist maximum once"
                ),
                .warning(
                    "CII-SR-147",
                    .absent("ram:RequisitionerReferencedDocument"),
                    "RequisitionerReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-148",
                    .absent("ram:ItemSellerTradeParty"),
                    "ItemSellerTradeParty should not be present"
                ),
                .warning("CII-SR-149", .absent("ram:ItemBuyerTradeParty"), "ItemBuyerTradeParty should not be present"),
                .warning(
                    "CII-SR-150",
                    .absent("ram:IncludedSpecifiedMarketplace"),
                    "IncludedSpecifiedMarketplace should not be present"
                ),
                .warning(
                    "CII-SR-447",
                    .absent("ram:UltimateCustomerOrderReferencedDocument"),
                    "UltimateCustomerOrderReferencedDocument should not be present"
                ),
            ]
        ),
        PatternRule(
            .path("//ram:SpecifiedTradeAllowanceCharge"),
            [
                .fatal(
                    "CII-SR-463",
                    .custom(sr463),
                    "Each Specified Trade Allowance Charge (BG-20)(BG-21) shall contain a Charge Indicator."
                ),
                .fatal(
                    "CII-SR-471",
                    .atMostOne("ram:RateApplicablePercent"),
                    "Each Specified Trade Allowance Charge (BG-20)(BG-21) shall contain a VAT category code (BT-95)."
                ),
                .fatal(
                    "CII-SR-472",
                    .atMostOne("ram:CategoryTradeTax"),
                    "Each Specified Trade Allowance Charge (BG-20)(BG-21) should contain a VAT rate (BT-96)."
                ),
                .fatal("CII-SR-473", .atMostOne("ram:ActualAmount"), "ActualAmount should exist maximum once"),
            ]
        ),
        PatternRule(
            .path("//ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge"),
            [
                .fatal("CII-SR-440", .atMostOne("ram:ActualAmount"), "ActualAmount should exist maximum once")
            ]
        ),
        PatternRule(
            .path(line + "/ram:SpecifiedLineTradeDelivery"),
            [
                .warning("CII-SR-151", .absent("ram:RequestedQuantity"), "RequestedQuantity should not be present"),
                .warning("CII-SR-152", .absent("ram:ReceivedQuantity"), "ReceivedQuantity should not be present"),
                .warning("CII-SR-153", .absent("ram:ChargeFreeQuantity"), "ChargeFreeQuantity should not be present"),
                .warning("CII-SR-154", .absent("ram:PackageQuantity"), "PackageQuantity should not be present"),
                .warning("CII-SR-155", .absent("ram:ProductUnitQuantity"), "ProductUnitQuantity should not be present"),
                .warning(
                    "CII-SR-156",
                    .absent("ram:PerPackageUnitQuantity"),
                    "PerPackageUnitQuantity should not be present"
                ),
                .warning("CII-SR-157", .absent("ram:NetWeightMeasure"), "NetWeightMeasure should not be present"),
                .warning("CII-SR-158", .absent("ram:GrossWeightMeasure"), "GrossWeightMeasure should not be present"),
                .warning(
                    "CII-SR-159",
                    .absent("ram:TheoreticalWeightMeasure"),
                    "TheoreticalWeightMeasure should not be present"
                ),
                .warning("CII-SR-160", .absent("ram:DespatchedQuantity"), "DespatchedQuantity should not be present"),
                .warning(
                    "CII-SR-161",
                    .absent("ram:SpecifiedDeliveryAdjustment"),
                    "SpecifiedDeliveryAdjustment should not be present"
                ),
                .warning(
                    "CII-SR-162",
                    .absent("ram:IncludedSupplyChainPackaging"),
                    "IncludedSupplyChainPackaging should not be present"
                ),
                .warning(
                    "CII-SR-163",
                    .absent("ram:RelatedSupplyChainConsignment"),
                    "RelatedSupplyChainConsignment should not be present"
                ),
                .warning("CII-SR-164", .absent("ram:ShipToTradeParty"), "ShipToTradeParty should not be present"),
                .warning(
                    "CII-SR-165",
                    .absent("ram:UltimateShipToTradeParty"),
                    "UltimateShipToTradeParty should not be present"
                ),
                .warning("CII-SR-166", .absent("ram:ShipFromTradeParty"), "ShipFromTradeParty should not be present"),
                .warning(
                    "CII-SR-167",
                    .absent("ram:ActualDespatchSupplyChainEvent"),
                    "ActualDespatchSupplyChainEvent should not be present"
                ),
                .warning(
                    "CII-SR-168",
                    .absent("ram:ActualPickUpSupplyChainEvent"),
                    "ActualPickUpSupplyChainEvent should not be present"
                ),
                .warning(
                    "CII-SR-169",
                    .absent("ram:RequestedDeliverySupplyChainEvent"),
                    "RequestedDeliverySupplyChainEvent should not be present"
                ),
                .warning(
                    "CII-SR-170",
                    .absent("ram:ActualDeliverySupplyChainEvent"),
                    "ActualDeliverySupplyChainEvent should not be present"
                ),
                .warning(
                    "CII-SR-171",
                    .absent("ram:ActualReceiptSupplyChainEvent"),
                    "ActualReceiptSupplyChainEvent should not be present"
                ),
                .warning(
                    "CII-SR-172",
                    .absent("ram:AdditionalReferencedDocument"),
                    "AdditionalReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-173",
                    .absent("ram:DespatchAdviceReferencedDocument"),
                    "DespatchAdviceReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-174",
                    .absent("ram:ReceivingAdviceReferencedDocument"),
                    "ReceivingAdviceReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-175",
                    .absent("ram:DeliveryNoteReferencedDocument"),
                    "DeliveryNoteReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-176",
                    .absent("ram:ConsumptionReportReferencedDocument"),
                    "ConsumptionReportReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-177",
                    .absent("ram:PackingListReferencedDocument"),
                    "RequestedQuantity should not be present"
                ),
            ]
        ),
        PatternRule(
            .path(line + "/ram:SpecifiedLineTradeSettlement"),
            [
                .warning("CII-SR-178", .absent("ram:PaymentReference"), "PaymentReference should not be present"),
                .warning(
                    "CII-SR-179",
                    .absent("ram:InvoiceIssuerReference"),
                    "InvoiceIssuerReference should not be present"
                ),
                .warning(
                    "CII-SR-180",
                    .absent("ram:TotalAdjustmentAmount"),
                    "TotalAdjustmentAmount should not be present"
                ),
                .warning("CII-SR-181", .absent("ram:DiscountIndicator"), "DiscountIndicator should not be present"),
                .warning(
                    "CII-SR-182",
                    .absent("ram:ApplicableTradeTax/ram:CalculatedAmount"),
                    "CalculatedAmount should not be present"
                ),
                .warning(
                    "CII-SR-183",
                    .absent("ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator/udt:IndicatorString"),
                    "IndicatorString should not be present"
                ),
                .warning("CII-SR-184", .absent("ram:SpecifiedTradeAllowanceCharge/ram:ID"), "ID should not be present"),
                .warning(
                    "CII-SR-185",
                    .absent("ram:SpecifiedTradeAllowanceCharge/ram:SequenceNumeric"),
                    "SequenceNumeric should not be present"
                ),
                .warning("CII-SR-186", .custom(sr186), "@format should not be present"),
                .warning(
                    "CII-SR-187",
                    .absent("ram:SpecifiedTradeAllowanceCharge/ram:BasisQuantity"),
                    "BasisQuantity should not be present"
                ),
                .warning(
                    "CII-SR-188",
                    .absent("ram:SpecifiedTradeAllowanceCharge/ram:PrepaidIndicator"),
                    "PrepaidIndicator should not be present"
                ),
                .warning(
                    "CII-SR-189",
                    .absent("ram:SpecifiedTradeAllowanceCharge/ram:UnitBasisAmount"),
                    "UnitBasisAmount should not be present"
                ),
                .warning(
                    "CII-SR-190",
                    .absent("ram:SpecifiedTradeAllowanceCharge/ram:TypeCode"),
                    "TypeCode should not be present"
                ),
                .warning(
                    "CII-SR-191",
                    .absent("ram:SpecifiedTradeAllowanceCharge/ram:CategoryTradeTax"),
                    "CategoryTradeTax should not be present"
                ),
                .warning(
                    "CII-SR-192",
                    .absent("ram:SpecifiedTradeAllowanceCharge/ram:ActualTradeCurrencyExchange"),
                    "ActualTradeCurrencyExchange should not be present"
                ),
                .warning("CII-SR-193", .absent("ram:SpecifiedTradeAllowanceCharge/ram:ID"), "ID should not be present"),
                .warning(
                    "CII-SR-194",
                    .absent("ram:SubtotalCalculatedTradeTax"),
                    "SubtotalCalculatedTradeTax should not be present"
                ),
                .warning(
                    "CII-SR-195",
                    .absent("ram:SpecifiedLogisticsServiceCharge"),
                    "SpecifiedLogisticsServiceCharge should not be present"
                ),
                .warning(
                    "CII-SR-196",
                    .absent("ram:SpecifiedTradePaymentTerms"),
                    "SpecifiedTradePaymentTerms should not be present"
                ),
                .warning(
                    "CII-SR-197",
                    .absent("ram:SpecifiedTradeSettlementLineMonetarySummation/ram:ChargeTotalAmount"),
                    "ChargeTotalAmount should not be present"
                ),
                .warning(
                    "CII-SR-198",
                    .absent("ram:SpecifiedTradeSettlementLineMonetarySummation/ram:AllowanceTotalAmount"),
                    "AllowanceTotalAmount should not be present"
                ),
                .warning(
                    "CII-SR-199",
                    .absent("ram:SpecifiedTradeSettlementLineMonetarySummation/ram:TaxBasisTotalAmount"),
                    "TaxBasisTotalAmount should not be present"
                ),
                .warning(
                    "CII-SR-200",
                    .absent("ram:SpecifiedTradeSettlementLineMonetarySummation/ram:TaxTotalAmount"),
                    "TaxTotalAmount should not be present"
                ),
                .warning(
                    "CII-SR-201",
                    .absent("ram:SpecifiedTradeSettlementLineMonetarySummation/ram:GrandTotalAmount"),
                    "GrandTotalAmount should not be present"
                ),
                .warning(
                    "CII-SR-202",
                    .absent("ram:SpecifiedTradeSettlementLineMonetarySummation/ram:InformationAmount"),
                    "InformationAmount should not be present"
                ),
                .warning(
                    "CII-SR-203",
                    .absent("ram:SpecifiedTradeSettlementLineMonetarySummation/ram:TotalAllowanceChargeAmount"),
                    "TotalAllowanceChargeAmount should not be present"
                ),
                .warning(
                    "CII-SR-204",
                    .absent("ram:SpecifiedTradeSettlementLineMonetarySummation/ram:TotalRetailValueInformationAmount"),
                    "TotalRetailValueInformationAmount should not be present"
                ),
                .warning(
                    "CII-SR-205",
                    .absent("ram:SpecifiedTradeSettlementLineMonetarySummation/ram:GrossLineTotalAmount"),
                    "GrossLineTotalAmount should not be present"
                ),
                .warning(
                    "CII-SR-206",
                    .absent("ram:SpecifiedTradeSettlementLineMonetarySummation/ram:NetLineTotalAmount"),
                    "NetLineTotalAmount should not be present"
                ),
                .warning(
                    "CII-SR-207",
                    .absent("ram:SpecifiedTradeSettlementLineMonetarySummation/ram:NetIncludingTaxesLineTotalAmount"),
                    "NetIncludingTaxesLineTotalAmount should not be present"
                ),
                .warning(
                    "CII-SR-208",
                    .absent("ram:SpecifiedTradeSettlementLineMonetarySummation/ram:ProductWeightLossInformationAmount"),
                    "ProductWeightLossInformationAmount should not be present"
                ),
                .warning(
                    "CII-SR-209",
                    .absent("ram:SpecifiedFinancialAdjustment"),
                    "SpecifiedFinancialAdjustment should not be present"
                ),
                .warning(
                    "CII-SR-210",
                    .absent("ram:InvoiceReferencedDocument"),
                    "InvoiceReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-212",
                    .absent("ram:PayableSpecifiedTradeAccountingAccount"),
                    "PayableSpecifiedTradeAccountingAccount should not be present"
                ),
                .warning(
                    "CII-SR-213",
                    .absent("ram:ReceivableSpecifiedTradeAccountingAccount/ram:SetTriggerCode"),
                    "SetTriggerCode should not be present"
                ),
                .warning(
                    "CII-SR-214",
                    .absent("ram:ReceivableSpecifiedTradeAccountingAccount/ram:TypeCode"),
                    "TypeCode should not be present"
                ),
                .warning(
                    "CII-SR-215",
                    .absent("ram:ReceivableSpecifiedTradeAccountingAccount/ram:AmountTypeCode"),
                    "AmountTypeCode should not be present"
                ),
                .warning(
                    "CII-SR-216",
                    .absent("ram:ReceivableSpecifiedTradeAccountingAccount/ram:Name"),
                    "Name should not be present"
                ),
                .warning(
                    "CII-SR-217",
                    .absent("ram:ReceivableSpecifiedTradeAccountingAccount/ram:CostReferenceDimensionPattern"),
                    "CostReferenceDimensionPattern should not be present"
                ),
                .warning(
                    "CII-SR-218",
                    .absent("ram:PurchaseSpecifiedTradeAccountingAccount"),
                    "PurchaseSpecifiedTradeAccountingAccount should not be present"
                ),
                .warning(
                    "CII-SR-219",
                    .absent("ram:SalesSpecifiedTradeAccountingAccount"),
                    "SalesSpecifiedTradeAccountingAccount should not be present"
                ),
                .warning(
                    "CII-SR-220",
                    .absent("ram:SpecifiedTradeSettlementFinancialCard"),
                    "SpecifiedTradeSettlementFinancialCard should not be present"
                ),
                .warning(
                    "CII-SR-454",
                    .exactlyOne("ram:ApplicableTradeTax"),
                    "Only one ApplicableTradeTax should be present"
                ),
                .warning(
                    "CII-SR-474",
                    .custom(sr474),
                    "An invoice line shall not contain more than one AdditionalReferencedDocument with TypeCode 130."
                ),
            ]
        ),
        PatternRule(
            .path(transaction + "/ram:ApplicableHeaderTradeAgreement"),
            [
                .warning("CII-SR-442", .absent("ram:Reference"), "Reference should not be present"),
                .warning("CII-SR-222", .absent("ram:SellerTradeParty/ram:RoleCode"), "RoleCode should not be present"),
                .warning(
                    "CII-SR-223",
                    .absent("ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:LegalClassificationCode"),
                    "LegalClassificationCode should not be present"
                ),
                .warning(
                    "CII-SR-224",
                    .absent("ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:Name"),
                    "Name should not be present"
                ),
                .warning(
                    "CII-SR-225",
                    .absent("ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:PostalTradeAddress"),
                    "PostalTradeAddress should not be present"
                ),
                .warning(
                    "CII-SR-226",
                    .absent("ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:AuthorizedLegalRegistration"),
                    "RoleCode should not be present"
                ),
                .warning(
                    "CII-SR-227",
                    .absent("ram:SellerTradeParty/ram:DefinedTradeContact/ram:ID"),
                    "ID should not be present"
                ),
                .warning(
                    "CII-SR-228",
                    .absent("ram:SellerTradeParty/ram:DefinedTradeContact/ram:TypeCode"),
                    "TypeCode should not be present"
                ),
                .warning(
                    "CII-SR-229",
                    .absent("ram:SellerTradeParty/ram:DefinedTradeContact/ram:JobTitle"),
                    "JobTitle should not be present"
                ),
                .warning(
                    "CII-SR-230",
                    .absent("ram:SellerTradeParty/ram:DefinedTradeContact/ram:Responsibility"),
                    "Responsibility should not be present"
                ),
                .warning(
                    "CII-SR-231",
                    .absent("ram:SellerTradeParty/ram:DefinedTradeContact/ram:PersonID"),
                    "PersonID should not be present"
                ),
                .warning(
                    "CII-SR-232",
                    .absent(
                        "ram:SellerTradeParty/ram:DefinedTradeContact/ram:TelephoneUniversalCommunication/ram:URIID"
                    ),
                    "URIID should not be present"
                ),
                .warning(
                    "CII-SR-233",
                    .absent(
                        "ram:SellerTradeParty/ram:DefinedTradeContact/ram:TelephoneUniversalCommunication/ram:ChannelCode"
                    ),
                    "ChannelCode should not be present"
                ),
                .warning(
                    "CII-SR-234",
                    .absent("ram:SellerTradeParty/ram:DefinedTradeContact/ram:DirectTelephoneUniversalCommunication"),
                    "DirectTelephoneUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-235",
                    .absent("ram:SellerTradeParty/ram:DefinedTradeContact/ram:MobileTelephoneUniversalCommunication"),
                    "MobileTelephoneUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-236",
                    .absent("ram:SellerTradeParty/ram:DefinedTradeContact/ram:FaxUniversalCommunication"),
                    "FaxUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-237",
                    .absent(
                        "ram:SellerTradeParty/ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:ChannelCode"
                    ),
                    "ChannelCode should not be present"
                ),
                .warning(
                    "CII-SR-238",
                    .absent(
                        "ram:SellerTradeParty/ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:CompleteNumber"
                    ),
                    "CompleteNumber should not be present"
                ),
                .warning(
                    "CII-SR-239",
                    .absent("ram:SellerTradeParty/ram:DefinedTradeContact/ram:TelexUniversalCommunication"),
                    "TelexUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-240",
                    .absent("ram:SellerTradeParty/ram:DefinedTradeContact/ram:VOIPUniversalCommunication"),
                    "VOIPUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-241",
                    .absent("ram:SellerTradeParty/ram:DefinedTradeContact/ram:InstantMessagingUniversalCommunication"),
                    "InstantMessagingUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-242",
                    .absent("ram:SellerTradeParty/ram:DefinedTradeContact/ram:SpecifiedNote"),
                    "SpecifiedNote should not be present"
                ),
                .warning(
                    "CII-SR-243",
                    .absent("ram:SellerTradeParty/ram:DefinedTradeContact/ram:SpecifiedContactPerson"),
                    "SpecifiedContactPerson should not be present"
                ),
                .warning(
                    "CII-SR-244",
                    .absent("ram:SellerTradeParty/ram:URIUniversalCommunication/ram:ChannelCode"),
                    "ChannelCode should not be present"
                ),
                .warning(
                    "CII-SR-245",
                    .absent("ram:SellerTradeParty/ram:URIUniversalCommunication/ram:CompleteNumber"),
                    "CompleteNumber should not be present"
                ),
                .warning(
                    "CII-SR-246",
                    .absent("ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:AssociatedRegisteredTax"),
                    "AssociatedRegisteredTax should not be present"
                ),
                .warning(
                    "CII-SR-247",
                    .absent("ram:SellerTradeParty/ram:EndPointURIUniversalCommunication"),
                    "EndPointURIUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-248",
                    .absent("ram:SellerTradeParty/ram:LogoAssociatedSpecifiedBinaryFile"),
                    "LogoAssociatedSpecifiedBinaryFile should not be present"
                ),
                .warning("CII-SR-249", .absent("ram:BuyerTradeParty/ram:RoleCode"), "RoleCode should not be present"),
                .warning(
                    "CII-SR-250",
                    .absent("ram:BuyerTradeParty/ram:Description"),
                    "Description should not be present"
                ),
                .warning(
                    "CII-SR-251",
                    .absent("ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:LegalClassificationCode"),
                    "LegalClassificationCode should not be present"
                ),
                .warning(
                    "CII-SR-252",
                    .absent("ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:Name"),
                    "Name should not be present"
                ),
                .warning(
                    "CII-SR-254",
                    .absent("ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:PostalTradeAddress"),
                    "PostalTradeAddress should not be present"
                ),
                .warning(
                    "CII-SR-255",
                    .absent("ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:AuthorizedLegalRegistration"),
                    "AuthorizedLegalRegistration should not be present"
                ),
                .warning(
                    "CII-SR-256",
                    .absent("ram:BuyerTradeParty/ram:DefinedTradeContact/ram:ID"),
                    "ID should not be present"
                ),
                .warning(
                    "CII-SR-257",
                    .absent("ram:BuyerTradeParty/ram:DefinedTradeContact/ram:TypeCode"),
                    "TypeCode should not be present"
                ),
                .warning(
                    "CII-SR-258",
                    .absent("ram:BuyerTradeParty/ram:DefinedTradeContact/ram:JobTitle"),
                    "JobTitle should not be present"
                ),
                .warning(
                    "CII-SR-259",
                    .absent("ram:BuyerTradeParty/ram:DefinedTradeContact/ram:Responsibility"),
                    "Responsibility should not be present"
                ),
                .warning(
                    "CII-SR-260",
                    .absent("ram:BuyerTradeParty/ram:DefinedTradeContact/ram:PersonID"),
                    "PersonID should not be present"
                ),
                .warning(
                    "CII-SR-261",
                    .absent(
                        "ram:BuyerTradeParty/ram:DefinedTradeContact/ram:TelephoneUniversalCommunication/ram:URIID"
                    ),
                    "URIID should not be present"
                ),
                .warning(
                    "CII-SR-262",
                    .absent(
                        "ram:BuyerTradeParty/ram:DefinedTradeContact/ram:TelephoneUniversalCommunication/ram:ChannelCode"
                    ),
                    "ChannelCode should not be present"
                ),
                .warning(
                    "CII-SR-263",
                    .absent("ram:BuyerTradeParty/ram:DefinedTradeContact/ram:DirectTelephoneUniversalCommunication"),
                    "DirectTelephoneUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-264",
                    .absent("ram:BuyerTradeParty/ram:DefinedTradeContact/ram:MobileTelephoneUniversalCommunication"),
                    "MobileTelephoneUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-265",
                    .absent("ram:BuyerTradeParty/ram:DefinedTradeContact/ram:FaxUniversalCommunication"),
                    "FaxUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-266",
                    .absent(
                        "ram:BuyerTradeParty/ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:ChannelCode"
                    ),
                    "ChannelCode should not be present"
                ),
                .warning(
                    "CII-SR-267",
                    .absent(
                        "ram:BuyerTradeParty/ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:CompleteNumber"
                    ),
                    "CompleteNumber should not be present"
                ),
                .warning(
                    "CII-SR-268",
                    .absent("ram:BuyerTradeParty/ram:DefinedTradeContact/ram:TelexUniversalCommunication"),
                    "TelexUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-269",
                    .absent("ram:BuyerTradeParty/ram:DefinedTradeContact/ram:VOIPUniversalCommunication"),
                    "VOIPUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-270",
                    .absent("ram:BuyerTradeParty/ram:DefinedTradeContact/ram:InstantMessagingUniversalCommunication"),
                    "InstantMessagingUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-271",
                    .absent("ram:BuyerTradeParty/ram:DefinedTradeContact/ram:SpecifiedNote"),
                    "SpecifiedNote should not be present"
                ),
                .warning(
                    "CII-SR-272",
                    .absent("ram:BuyerTradeParty/ram:DefinedTradeContact/ram:SpecifiedContactPerson"),
                    "SpecifiedContactPerson should not be present"
                ),
                .warning(
                    "CII-SR-273",
                    .absent("ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:ChannelCode"),
                    "ChannelCode should not be present"
                ),
                .warning(
                    "CII-SR-274",
                    .absent("ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:CompleteNumber"),
                    "CompleteNumber should not be present"
                ),
                .warning(
                    "CII-SR-275",
                    .absent("ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:AssociatedRegisteredTax"),
                    "AssociatedRegisteredTax should not be present"
                ),
                .warning(
                    "CII-SR-276",
                    .absent("ram:BuyerTradeParty/ram:EndPointURIUniversalCommunication"),
                    "EndPointURIUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-277",
                    .absent("ram:BuyerTradeParty/ram:LogoAssociatedSpecifiedBinaryFile"),
                    "LogoAssociatedSpecifiedBinaryFile should not be present"
                ),
                .warning(
                    "CII-SR-278",
                    .absent("ram:SalesAgentTradeParty"),
                    "SalesAgentTradeParty should not be present"
                ),
                .warning(
                    "CII-SR-279",
                    .absent("ram:BuyerRequisitionerTradeParty"),
                    "BuyerRequisitionerTradeParty should not be present"
                ),
                .warning(
                    "CII-SR-280",
                    .absent("ram:BuyerAssignedAccountantTradeParty"),
                    "BuyerAssignedAccountantTradeParty should not be present"
                ),
                .warning(
                    "CII-SR-281",
                    .absent("ram:SellerAssignedAccountantTradeParty"),
                    "SellerAssignedAccountantTradeParty should not be present"
                ),
                .warning(
                    "CII-SR-282",
                    .absent("ram:SellerTaxRepresentativeTradeParty/ram:ID"),
                    "BuyerTaxRepresentativeTradeParty should not be present"
                ),
                .warning(
                    "CII-SR-283",
                    .absent("ram:SellerTaxRepresentativeTradeParty/ram:GlobalID"),
                    "GlobalID should not be present"
                ),
                .warning(
                    "CII-SR-284",
                    .absent("ram:SellerTaxRepresentativeTradeParty/ram:RoleCode"),
                    "RoleCode should not be present"
                ),
                .warning(
                    "CII-SR-285",
                    .absent("ram:SellerTaxRepresentativeTradeParty/ram:Description"),
                    "Description should not be present"
                ),
                .warning(
                    "CII-SR-286",
                    .absent("ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedLegalOrganization"),
                    "SpecifiedLegalOrganization should not be present"
                ),
                .warning(
                    "CII-SR-287",
                    .absent("ram:SellerTaxRepresentativeTradeParty/ram:DefinedTradeContact"),
                    "DefinedTradeContact should not be present"
                ),
                .warning(
                    "CII-SR-288",
                    .absent("ram:SellerTaxRepresentativeTradeParty/ram:URIUniversalCommunication"),
                    "URIUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-289",
                    .absent(
                        "ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration/ram:AssociatedRegisteredTax"
                    ),
                    "AssociatedRegisteredTax should not be present"
                ),
                .warning(
                    "CII-SR-290",
                    .absent("ram:SellerTaxRepresentativeTradeParty/ram:EndPointURIUniversalCommunication"),
                    "EndPointURIUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-291",
                    .absent("ram:SellerTaxRepresentativeTradeParty/ram:LogoAssociatedSpecifiedBinaryFile"),
                    "LogoAssociatedSpecifiedBinaryFile should not be present"
                ),
                .warning(
                    "CII-SR-292",
                    .absent("ram:ProductEndUserTradeParty"),
                    "ProductEndUserTradeParty should not be present"
                ),
                .warning(
                    "CII-SR-293",
                    .absent("ram:ApplicableTradeDeliveryTerms"),
                    "ApplicableTradeDeliveryTerms should not be present"
                ),
                .warning(
                    "CII-SR-294",
                    .absent("ram:SellerOrderReferencedDocument/ram:LineID"),
                    "LineID should not be present"
                ),
                .warning(
                    "CII-SR-295",
                    .absent("ram:BuyerOrderReferencedDocument/ram:LineID"),
                    "LineID should not be present"
                ),
                .warning(
                    "CII-SR-296",
                    .absent("ram:QuotationReferencedDocument"),
                    "QuotationReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-297",
                    .absent("ram:OrderResponseReferencedDocument"),
                    "OrderResponseReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-298",
                    .absent("ram:ContractReferencedDocument/ram:LineID"),
                    "LineID should not be present"
                ),
                .warning(
                    "CII-SR-299",
                    .absent("ram:DemandForecastReferencedDocument"),
                    "DemandForecastReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-300",
                    .absent("ram:SupplyInstructionReferencedDocument"),
                    "SupplyInstructionReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-301",
                    .absent("ram:PromotionalDealReferencedDocument"),
                    "PromotionalDealReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-302",
                    .absent("ram:PriceListReferencedDocument"),
                    "PriceListReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-303",
                    .absent("ram:AdditionalReferencedDocument/ram:LineID"),
                    "LineID should not be present"
                ),
                .warning(
                    "CII-SR-304",
                    .absent("ram:RequisitionerReferencedDocument"),
                    "RequisitionerReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-305",
                    .absent("ram:BuyerAgentTradeParty"),
                    "BuyerAgentTradeParty should not be present"
                ),
                .warning(
                    "CII-SR-306",
                    .absent("ram:PurchaseConditionsReferencedDocument"),
                    "PurchaseConditionsReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-307",
                    .absent("ram:SpecifiedProcuringProject/ram:Description"),
                    "Description should not be present"
                ),
                .warning(
                    "CII-SR-448",
                    .absent("ram:UltimateCustomerOrderReferencedDocument"),
                    "UltimateCustomerOrderReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-450",
                    .custom(sr450),
                    "Only one buyer identifier should be present (either the ID or the Global ID)"
                ),
                .fatal(
                    "CII-SR-455",
                    .atMostOne("ram:SellerTradeParty/ram:DefinedTradeContact"),
                    "DefinedTradeContact of SellerTradeParty shall exist maximum once"
                ),
                .fatal(
                    "CII-SR-456",
                    .atMostOne("ram:BuyerTradeParty/ram:DefinedTradeContact"),
                    "DefinedTradeContact of BuyerTradeParty shall exist maximum once"
                ),
                .warning("CII-SR-457", .custom(sr457), "IssuerAssignedID with TypeCode 50 should exist maximum once"),
                .warning("CII-SR-458", .custom(sr458), "IssuerAssignedID with TypeCode 130 should exist maximum once"),
                .fatal(
                    "CII-SR-459",
                    .atMostOne("ram:SellerTradeParty/ram:URIUniversalCommunication"),
                    "SellerTradeParty URIUniversalCommunication should exist maximum once"
                ),
                .fatal(
                    "CII-SR-460",
                    .atMostOne("ram:BuyerTradeParty/ram:URIUniversalCommunication"),
                    "BuyerTradeParty URIUniversalCommunication should exist maximum once"
                ),
                .warning("CII-SR-465", .custom(sr465), "Only one BT-41 element is allowed on an invoice."),
                .warning("CII-SR-466", .custom(sr466), "Only one BT-56 element is allowed on an invoice."),
                .warning(
                    "CII-SR-475",
                    .custom(sr475),
                    "Only one AdditionalReferencedDocument Name BT-123 is allowed with TypeCode 916."
                ),
                .warning(
                    "CII-SR-476",
                    .custom(sr476),
                    "Only one AdditionalReferencedDocument AttachmentBinaryObject BT-125 is allowed with TypeCode 916."
                ),
            ]
        ),
        PatternRule(
            .path(transaction + "/ram:ApplicableHeaderTradeDelivery"),
            [
                .warning(
                    "CII-SR-308",
                    .absent("ram:RelatedSupplyChainConsignment"),
                    "RelatedSupplyChainConsignment should not be present"
                ),
                .warning("CII-SR-309", .absent("ram:ShipToTradeParty/ram:RoleCode"), "RoleCode should not be present"),
                .warning(
                    "CII-SR-310",
                    .absent("ram:ShipToTradeParty/ram:Description"),
                    "Description should not be present"
                ),
                .warning(
                    "CII-SR-311",
                    .absent("ram:ShipToTradeParty/ram:SpecifiedLegalOrganization"),
                    "SpecifiedLegalOrganization should not be present"
                ),
                .warning(
                    "CII-SR-312",
                    .absent("ram:ShipToTradeParty/ram:DefinedTradeContact"),
                    "DefinedTradeContact should not be present"
                ),
                .warning(
                    "CII-SR-313",
                    .absent("ram:ShipToTradeParty/ram:URIUniversalCommunication"),
                    "URIUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-314",
                    .absent("ram:ShipToTradeParty/ram:SpecifiedTaxRegistration"),
                    "SpecifiedTaxRegistration should not be present"
                ),
                .warning(
                    "CII-SR-315",
                    .absent("ram:ShipToTradeParty/ram:EndPointURIUniversalCommunication"),
                    "EndPointURIUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-316",
                    .absent("ram:ShipToTradeParty/ram:LogoAssociatedSpecifiedBinaryFile"),
                    "LogoAssociatedSpecifiedBinaryFile should not be present"
                ),
                .warning(
                    "CII-SR-317",
                    .absent("ram:UltimateShipToTradeParty"),
                    "UltimateShipToTradeParty should not be present"
                ),
                .warning("CII-SR-318", .absent("ram:ShipFromTradeParty"), "ShipFromTradeParty should not be present"),
                .warning(
                    "CII-SR-319",
                    .absent("ram:ActualDespatchSupplyChainEvent"),
                    "ActualDespatchSupplyChainEvent should not be present"
                ),
                .warning(
                    "CII-SR-320",
                    .absent("ram:ActualPickUpSupplyChainEvent"),
                    "ActualPickUpSupplyChainEvent should not be present"
                ),
                .warning(
                    "CII-SR-321",
                    .absent("ram:ActualDeliverySupplyChainEvent/ram:ID"),
                    "ID should not be present"
                ),
                .warning(
                    "CII-SR-322",
                    .absent("ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTime"),
                    "DateTime should not be present"
                ),
                .warning(
                    "CII-SR-323",
                    .absent("ram:ActualDeliverySupplyChainEvent/ram:TypeCode"),
                    "TypeCode should not be present"
                ),
                .warning(
                    "CII-SR-324",
                    .absent("ram:ActualDeliverySupplyChainEvent/ram:Description"),
                    "Description should not be present"
                ),
                .warning(
                    "CII-SR-325",
                    .absent("ram:ActualDeliverySupplyChainEvent/ram:DescriptionBinaryObject"),
                    "DescriptionBinaryObject should not be present"
                ),
                .warning(
                    "CII-SR-326",
                    .absent("ram:ActualDeliverySupplyChainEvent/ram:UnitQuantity"),
                    "UnitQuantity should not be present"
                ),
                .warning(
                    "CII-SR-327",
                    .absent("ram:ActualDeliverySupplyChainEvent/ram:LatestOccurrenceDateTime"),
                    "LatestOccurrenceDateTime should not be present"
                ),
                .warning(
                    "CII-SR-328",
                    .absent("ram:ActualDeliverySupplyChainEvent/ram:EarliestOccurrenceDateTime"),
                    "EarliestOccurrenceDateTime should not be present"
                ),
                .warning(
                    "CII-SR-329",
                    .absent("ram:ActualDeliverySupplyChainEvent/ram:OccurrenceSpecifiedPeriod"),
                    "OccurrenceSpecifiedPeriod should not be present"
                ),
                .warning(
                    "CII-SR-330",
                    .absent("ram:ActualDeliverySupplyChainEvent/ram:OccurrenceLogisticsLocation"),
                    "OccurrenceLogisticsLocation should not be present"
                ),
                .warning(
                    "CII-SR-331",
                    .absent("ram:ActualReceiptSupplyChainEvent"),
                    "ActualReceiptSupplyChainEvent should not be present"
                ),
                .warning(
                    "CII-SR-332",
                    .absent("ram:AdditionalReferencedDocument"),
                    "AdditionalReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-333",
                    .absent("ram:DespatchAdviceReferencedDocument/ram:LineID"),
                    "LineID should not be present"
                ),
                .warning(
                    "CII-SR-334",
                    .absent("ram:DespatchAdviceReferencedDocument/ram:LineID"),
                    "LineID should not be present"
                ),
                .warning(
                    "CII-SR-335",
                    .absent("ram:DeliveryNoteReferencedDocument"),
                    "DeliveryNoteReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-336",
                    .absent("ram:ConsumptionReportReferencedDocument"),
                    "ConsumptionReportReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-337",
                    .absent("ram:PreviousDeliverySupplyChainEvent"),
                    "PreviousDeliverySupplyChainEvent should not be present"
                ),
                .warning(
                    "CII-SR-338",
                    .absent("ram:PackingListReferencedDocument"),
                    "PackingListReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-449",
                    .custom(sr449),
                    "Only one delivery to location identifier should be present (either the ID or the Global ID)"
                ),
            ]
        ),
        PatternRule(
            .path(transaction + "/ram:ApplicableHeaderTradeSettlement"),
            [
                .warning("CII-SR-339", .absent("ram:DuePayableAmount"), "DuePayableAmount should not be present"),
                .warning(
                    "CII-SR-340",
                    .absent("ram:CreditorReferenceTypeCode"),
                    "CreditorReferenceTypeCode should not be present"
                ),
                .warning(
                    "CII-SR-341",
                    .absent("ram:CreditorReferenceType"),
                    "CreditorReferenceType should not be present"
                ),
                .warning(
                    "CII-SR-342",
                    .absent("ram:CreditorReferenceIssuerID"),
                    "CreditorReferenceIssuerID should not be present"
                ),
                .warning("CII-SR-344", .absent("ram:PaymentCurrencyCode"), "PaymentCurrencyCode should not be present"),
                .warning(
                    "CII-SR-345",
                    .absent("ram:InvoiceIssuerReference"),
                    "InvoiceIssuerReference should not be present"
                ),
                .warning("CII-SR-346", .absent("ram:InvoiceDateTime"), "InvoiceDateTime should not be present"),
                .warning("CII-SR-347", .absent("ram:NextInvoiceDateTime"), "NextInvoiceDateTime should not be present"),
                .warning("CII-SR-348", .absent("ram:CreditReasonCode"), "CreditReasonCode should not be present"),
                .warning("CII-SR-349", .absent("ram:CreditReason"), "CreditReason should not be present"),
                .warning("CII-SR-350", .absent("ram:InvoicerTradeParty"), "InvoicerTradeParty should not be present"),
                .warning("CII-SR-351", .absent("ram:InvoiceeTradeParty"), "InvoiceeTradeParty should not be present"),
                .warning("CII-SR-352", .absent("ram:PayeeTradeParty/ram:RoleCode"), "RoleCode should not be present"),
                .warning(
                    "CII-SR-353",
                    .absent("ram:PayeeTradeParty/ram:Description"),
                    "Description should not be present"
                ),
                .warning(
                    "CII-SR-354",
                    .absent("ram:PayeeTradeParty/ram:SpecifiedLegalOrganization/ram:LegalClassificationCode"),
                    "LegalClassificationCode should not be present"
                ),
                .warning(
                    "CII-SR-355",
                    .absent("ram:PayeeTradeParty/ram:SpecifiedLegalOrganization/ram:Name"),
                    "Name should not be present"
                ),
                .warning(
                    "CII-SR-356",
                    .absent("ram:PayeeTradeParty/ram:SpecifiedLegalOrganization/ram:TradingBusinessName"),
                    "TradingBusinessName should not be present"
                ),
                .warning(
                    "CII-SR-357",
                    .absent("ram:PayeeTradeParty/ram:SpecifiedLegalOrganization/ram:PostalTradeAddress"),
                    "PostalTradeAddress should not be present"
                ),
                .warning(
                    "CII-SR-358",
                    .absent("ram:PayeeTradeParty/ram:SpecifiedLegalOrganization/ram:AuthorizedLegalRegistration"),
                    "AuthorizedLegalRegistration should not be present"
                ),
                .warning(
                    "CII-SR-359",
                    .absent("ram:PayeeTradeParty/ram:DefinedTradeContact"),
                    "DefinedTradeContact should not be present"
                ),
                .warning(
                    "CII-SR-360",
                    .absent("ram:PayeeTradeParty/ram:PostalTradeAddress"),
                    "PostalTradeAddress should not be present"
                ),
                .warning(
                    "CII-SR-361",
                    .absent("ram:PayeeTradeParty/ram:URIUniversalCommunication"),
                    "URIUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-362",
                    .absent("ram:PayeeTradeParty/ram:SpecifiedTaxRegistration"),
                    "SpecifiedTaxRegistration should not be present"
                ),
                .warning(
                    "CII-SR-363",
                    .absent("ram:PayeeTradeParty/ram:EndPointURIUniversalCommunication"),
                    "EndPointURIUniversalCommunication should not be present"
                ),
                .warning(
                    "CII-SR-364",
                    .absent("ram:PayeeTradeParty/ram:LogoAssociatedSpecifiedBinaryFile"),
                    "LogoAssociatedSpecifiedBinaryFile should not be present"
                ),
                .warning(
                    "CII-SR-451",
                    .custom(sr451),
                    "Only one payee identifier should be present (either the ID or the Global ID)"
                ),
                .warning("CII-SR-365", .absent("ram:PayerTradeParty"), "PayerTradeParty should not be present"),
                .warning(
                    "CII-SR-366",
                    .absent("ram:TaxApplicableTradeCurrencyExchange"),
                    "TaxApplicableTradeCurrencyExchange should not be present"
                ),
                .warning(
                    "CII-SR-367",
                    .absent("ram:InvoiceApplicableTradeCurrencyExchange"),
                    "InvoiceApplicableTradeCurrencyExchange should not be present"
                ),
                .warning(
                    "CII-SR-368",
                    .absent("ram:PaymentApplicableTradeCurrencyExchange"),
                    "PaymentApplicableTradeCurrencyExchange should not be present"
                ),
                .warning(
                    "CII-SR-369",
                    .absent("ram:SpecifiedTradeSettlementPaymentMeans/ram:PaymentChannelCode"),
                    "PaymentChannelCode should not be present"
                ),
                .warning(
                    "CII-SR-370",
                    .absent("ram:SpecifiedTradeSettlementPaymentMeans/ram:GuaranteeMethodCode"),
                    "GuaranteeMethodCode should not be present"
                ),
                .warning(
                    "CII-SR-371",
                    .absent("ram:SpecifiedTradeSettlementPaymentMeans/ram:PaymentMethodCode"),
                    "PaymentMethodCode should not be present"
                ),
                .warning(
                    "CII-SR-443",
                    .absent("ram:SpecifiedTradeSettlementPaymentMeans/ram:ID"),
                    "ID should not be present"
                ),
                .warning(
                    "CII-SR-372",
                    .absent(
                        "ram:SpecifiedTradeSettlementPaymentMeans/ram:ApplicableTradeSettlementFinancialCard/ram:MicrochipIndicator"
                    ),
                    "MicrochipIndicator should not be present"
                ),
                .warning(
                    "CII-SR-373",
                    .absent(
                        "ram:SpecifiedTradeSettlementPaymentMeans/ram:ApplicableTradeSettlementFinancialCard/ram:TypeCode"
                    ),
                    "TypeCode should not be present"
                ),
                .warning(
                    "CII-SR-375",
                    .absent(
                        "ram:SpecifiedTradeSettlementPaymentMeans/ram:ApplicableTradeSettlementFinancialCard/ram:ExpiryDate"
                    ),
                    "ExpiryDate should not be present"
                ),
                .warning(
                    "CII-SR-376",
                    .absent(
                        "ram:SpecifiedTradeSettlementPaymentMeans/ram:ApplicableTradeSettlementFinancialCard/ram:VerificationNumeric"
                    ),
                    "VerificationNumeric should not be present"
                ),
                .warning(
                    "CII-SR-377",
                    .absent(
                        "ram:SpecifiedTradeSettlementPaymentMeans/ram:ApplicableTradeSettlementFinancialCard/ram:ValidFromDateTime"
                    ),
                    "ValidFromDateTime should not be present"
                ),
                .warning(
                    "CII-SR-378",
                    .absent(
                        "ram:SpecifiedTradeSettlementPaymentMeans/ram:ApplicableTradeSettlementFinancialCard/ram:CreditLimitAmount"
                    ),
                    "CreditLimitAmountshould not be present"
                ),
                .warning(
                    "CII-SR-379",
                    .absent(
                        "ram:SpecifiedTradeSettlementPaymentMeans/ram:ApplicableTradeSettlementFinancialCard/ram:CreditAvailableAmount"
                    ),
                    "CreditAvailableAmount should not be present"
                ),
                .warning(
                    "CII-SR-380",
                    .absent(
                        "ram:SpecifiedTradeSettlementPaymentMeans/ram:ApplicableTradeSettlementFinancialCard/ram:InterestRatePercent"
                    ),
                    "InterestRatePercent should not be present"
                ),
                .warning(
                    "CII-SR-381",
                    .absent(
                        "ram:SpecifiedTradeSettlementPaymentMeans/ram:ApplicableTradeSettlementFinancialCard/ram:Description"
                    ),
                    "Description should not be present"
                ),
                .warning(
                    "CII-SR-382",
                    .absent(
                        "ram:SpecifiedTradeSettlementPaymentMeans/ram:PayerPartyDebtorFinancialAccount/ram:AccountName"
                    ),
                    "AccountName should not be present"
                ),
                .warning(
                    "CII-SR-444",
                    .absent(
                        "ram:SpecifiedTradeSettlementPaymentMeans/ram:PayerPartyDebtorFinancialAccount/ram:ProprietaryID"
                    ),
                    "ProprietaryID should not be present"
                ),
                .warning(
                    "CII-SR-384",
                    .absent(
                        "ram:SpecifiedTradeSettlementPaymentMeans/ram:PayerSpecifiedDebtorFinancialInstitution/ram:ClearingSystemName"
                    ),
                    "ClearingSystemName should not be present"
                ),
                .warning(
                    "CII-SR-385",
                    .absent(
                        "ram:SpecifiedTradeSettlementPaymentMeans/ram:PayerSpecifiedDebtorFinancialInstitution/ram:Name"
                    ),
                    "Name should not be present"
                ),
                .warning(
                    "CII-SR-386",
                    .absent(
                        "ram:SpecifiedTradeSettlementPaymentMeans/ram:PayerSpecifiedDebtorFinancialInstitution/ram:LocationFinancialInstitutionAddress"
                    ),
                    "LocationFinancialInstitutionAddress should not be present"
                ),
                .warning("CII-SR-388", .absent("ram:SpecifiedTradeAllowanceCharge/ram:ID"), "ID should not be present"),
                .warning(
                    "CII-SR-389",
                    .absent("ram:SpecifiedTradeAllowanceCharge/ram:SequenceNumeric"),
                    "SequenceNumeric should not be present"
                ),
                .warning(
                    "CII-SR-390",
                    .absent("ram:SpecifiedTradeAllowanceCharge/ram:BasisQuantity"),
                    "BasisQuantity should not be present"
                ),
                .warning(
                    "CII-SR-391",
                    .absent("ram:SpecifiedTradeAllowanceCharge/ram:PrepaidIndicator"),
                    "PrepaidIndicator should not be present"
                ),
                .warning(
                    "CII-SR-392",
                    .absent("ram:SpecifiedTradeAllowanceCharge/ram:UnitBasisAmount"),
                    "UnitBasisAmount should not be present"
                ),
                .warning(
                    "CII-SR-393",
                    .absent("ram:SpecifiedTradeAllowanceCharge/ram:TypeCode"),
                    "TypeCode should not be present"
                ),
                .warning(
                    "CII-SR-394",
                    .absent("ram:SpecifiedTradeAllowanceCharge/ram:ActualTradeCurrencyExchange"),
                    "ActualTradeCurrencyExchange should not be present"
                ),
                .warning(
                    "CII-SR-395",
                    .absent("ram:SubtotalCalculatedTradeTax"),
                    "SubtotalCalculatedTradeTax should not be present"
                ),
                .warning(
                    "CII-SR-396",
                    .absent("ram:SpecifiedLogisticsServiceCharge"),
                    "SpecifiedLogisticsServiceCharge should not be present"
                ),
                .warning("CII-SR-397", .absent("ram:SpecifiedTradePaymentTerms/ram:ID"), "ID should not be present"),
                .warning(
                    "CII-SR-398",
                    .absent("ram:SpecifiedTradePaymentTerms/ram:FromEventCode"),
                    "FromEventCode should not be present"
                ),
                .warning(
                    "CII-SR-399",
                    .absent("ram:SpecifiedTradePaymentTerms/ram:SettlementPeriodMeasure"),
                    "SettlementPeriodMeasure should not be present"
                ),
                .warning(
                    "CII-SR-400",
                    .absent("ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTime"),
                    "DateTime should not be present"
                ),
                .warning(
                    "CII-SR-401",
                    .absent("ram:SpecifiedTradePaymentTerms/ram:TypeCode"),
                    "TypeCode should not be present"
                ),
                .warning(
                    "CII-SR-402",
                    .absent("ram:SpecifiedTradePaymentTerms/ram:InstructionTypeCode"),
                    "InstructionTypeCode should not be present"
                ),
                .warning(
                    "CII-SR-404",
                    .absent("ram:SpecifiedTradePaymentTerms/ram:PartialPaymentPercent"),
                    "PartialPaymentPercent should not be present"
                ),
                .warning(
                    "CII-SR-405",
                    .absent("ram:SpecifiedTradePaymentTerms/ram:PaymentMeansID"),
                    "PaymentMeansID should not be present"
                ),
                .warning(
                    "CII-SR-406",
                    .absent("ram:SpecifiedTradePaymentTerms/ram:PartialPaymentAmount"),
                    "PartialPaymentAmount should not be present"
                ),
                .warning(
                    "CII-SR-407",
                    .absent("ram:SpecifiedTradePaymentTerms/ram:ApplicableTradePaymentPenaltyTerms"),
                    "ApplicableTradePaymentPenaltyTerms should not be present"
                ),
                .warning(
                    "CII-SR-408",
                    .absent("ram:SpecifiedTradePaymentTerms/ram:ApplicableTradePaymentDiscountTerms"),
                    "ApplicableTradePaymentDiscountTerms should not be present"
                ),
                .warning(
                    "CII-SR-409",
                    .absent("ram:SpecifiedTradePaymentTerms/ram:PayeeTradeParty"),
                    "PayeeTradeParty should not be present"
                ),
                .warning(
                    "CII-SR-421",
                    .absent("ram:SpecifiedFinancialAdjustment"),
                    "SpecifiedFinancialAdjustment should not be present"
                ),
                .warning(
                    "CII-SR-422",
                    .absent("ram:InvoiceReferencedDocument/ram:LineID"),
                    "LineID should not be present"
                ),
                .warning(
                    "CII-SR-423",
                    .absent("ram:ProFormaInvoiceReferencedDocument"),
                    "ProFormaInvoiceReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-424",
                    .absent("ram:LetterOfCreditReferencedDocument"),
                    "LetterOfCreditReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-425",
                    .absent("ram:FactoringAgreementReferencedDocument"),
                    "FactoringAgreementReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-426",
                    .absent("ram:FactoringListReferencedDocument"),
                    "FactoringListReferencedDocument should not be present"
                ),
                .warning(
                    "CII-SR-427",
                    .absent("ram:PayableSpecifiedTradeAccountingAccount"),
                    "PayableSpecifiedTradeAccountingAccount should not be present"
                ),
                .warning(
                    "CII-SR-428",
                    .absent("ram:ReceivableSpecifiedTradeAccountingAccount/ram:SetTriggerCode"),
                    "SetTriggerCode should not be present"
                ),
                .warning(
                    "CII-SR-429",
                    .absent("ram:ReceivableSpecifiedTradeAccountingAccount/ram:TypeCode"),
                    "TypeCode should not be present"
                ),
                .warning(
                    "CII-SR-430",
                    .absent("ram:ReceivableSpecifiedTradeAccountingAccount/ram:AmountTypeCode"),
                    "AmountTypeCode should not be present"
                ),
                .warning(
                    "CII-SR-431",
                    .absent("ram:ReceivableSpecifiedTradeAccountingAccount/ram:Name"),
                    "Name should not be present"
                ),
                .warning(
                    "CII-SR-432",
                    .absent("ram:ReceivableSpecifiedTradeAccountingAccount/ram:CostReferenceDimensionPattern"),
                    "CostReferenceDimensionPattern should not be present"
                ),
                .warning(
                    "CII-SR-433",
                    .absent("ram:PurchaseSpecifiedTradeAccountingAccount"),
                    "PurchaseSpecifiedTradeAccountingAccount should not be present"
                ),
                .warning(
                    "CII-SR-434",
                    .absent("ram:SalesSpecifiedTradeAccountingAccount"),
                    "SalesSpecifiedTradeAccountingAccount should not be present"
                ),
                .warning(
                    "CII-SR-435",
                    .absent("ram:SpecifiedTradeSettlementFinancialCard"),
                    "SpecifiedTradeSettlementFinancialCard should not be present"
                ),
                .warning(
                    "CII-SR-436",
                    .absent("ram:SpecifiedAdvancePayment"),
                    "SpecifiedAdvancePayment should not be present"
                ),
                .warning(
                    "CII-SR-437",
                    .absent("ram:UltimatePayeeTradeParty"),
                    "UltimatePayeeTradeParty should not be present"
                ),
                .warning(
                    "CII-SR-452",
                    .atMostOne("ram:SpecifiedTradePaymentTerms"),
                    "Only one SpecifiedTradePaymentTerms should be present"
                ),
                .warning(
                    "CII-SR-453",
                    .atMostOne("ram:SpecifiedTradePaymentTerms/ram:Description"),
                    "Only one SpecifiedTradePaymentTerms Description should be present"
                ),
                .fatal(
                    "CII-SR-461",
                    .atMostOne("ram:ApplicableTradeTax/ram:TaxPointDate"),
                    "Only one TaxPointDate shall be present"
                ),
                .fatal("CII-SR-462", .custom(sr462), "Only one DueDateTypeCode shall be present"),
                .fatal("CII-SR-470", .custom(sr470), "Either the IBAN or a Proprietary ID (BT-84) shall be used."),
            ]
        ),
        PatternRule(
            .path(
                transaction + "/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
            ),
            [
                .warning("CII-SR-411", .absent("ram:InformationAmount"), "InformationAmount should not be present"),
                .warning("CII-SR-412", .absent("ram:TotalDiscountAmount"), "TotalDiscountAmount should not be present"),
                .warning(
                    "CII-SR-413",
                    .absent("ram:TotalAllowanceChargeAmount"),
                    "TotalAllowanceChargeAmount should not be present"
                ),
                .warning(
                    "CII-SR-414",
                    .absent("ram:RetailValueExcludingTaxInformationAmount"),
                    "RetailValueExcludingTaxInformationAmount should not be present"
                ),
                .warning(
                    "CII-SR-415",
                    .absent("ram:TotalDepositFeeInformationAmount"),
                    "TotalDepositFeeInformationAmount should not be present"
                ),
                .warning(
                    "CII-SR-416",
                    .absent("ram:ProductValueExcludingTobaccoTaxInformationAmount"),
                    "ProductValueExcludingTobaccoTaxInformationAmount should not be present"
                ),
                .warning(
                    "CII-SR-417",
                    .absent("ram:TotalRetailValueInformationAmount"),
                    "TotalRetailValueInformationAmount should not be present"
                ),
                .warning(
                    "CII-SR-418",
                    .absent("ram:GrossLineTotalAmount"),
                    "GrossLineTotalAmount should not be present"
                ),
                .warning("CII-SR-419", .absent("ram:NetLineTotalAmount"), "NetLineTotalAmount should not be present"),
                .warning(
                    "CII-SR-420",
                    .absent("ram:NetIncludingTaxesLineTotalAmount"),
                    "NetIncludingTaxesLineTotalAmount should not be present"
                ),
                .fatal(
                    "CII-SR-477",
                    .atMostOne("ram:LineTotalAmount"),
                    "LineTotalAmount shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation."
                ),
                .fatal(
                    "CII-SR-478",
                    .atMostOne("ram:ChargeTotalAmount"),
                    "ChargeTotalAmount shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation."
                ),
                .fatal(
                    "CII-SR-479",
                    .atMostOne("ram:AllowanceTotalAmount"),
                    "AllowanceTotalAmount shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation."
                ),
                .fatal(
                    "CII-SR-480",
                    .atMostOne("ram:TaxBasisTotalAmount"),
                    "TaxBasisTotalAmount shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation."
                ),
                .fatal(
                    "CII-SR-481",
                    .atMostOne("ram:RoundingAmount"),
                    "RoundingAmount shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation."
                ),
                .fatal(
                    "CII-SR-482",
                    .atMostOne("ram:GrandTotalAmount"),
                    "GrandTotalAmount shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation."
                ),
                .fatal(
                    "CII-SR-483",
                    .atMostOne("ram:InformationAmount"),
                    "InformationAmount shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation."
                ),
                .fatal(
                    "CII-SR-484",
                    .atMostOne("ram:TotalPrepaidAmount"),
                    "TotalPrepaidAmount shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation."
                ),
                .fatal(
                    "CII-SR-485",
                    .atMostOne("ram:TotalDiscountAmount"),
                    "TotalDiscountAmount shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation."
                ),
                .fatal(
                    "CII-SR-486",
                    .atMostOne("ram:TotalAllowanceChargeAmount"),
                    "TotalAllowanceChargeAmount shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation."
                ),
                .fatal(
                    "CII-SR-487",
                    .atMostOne("ram:DuePayableAmount"),
                    "DuePayableAmount shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation."
                ),
                .fatal(
                    "CII-SR-488",
                    .atMostOne("ram:RetailValueExcludingTaxInformationAmount"),
                    "RetailValueExcludingTaxInformationAmount shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation."
                ),
                .fatal(
                    "CII-SR-489",
                    .atMostOne("ram:TotalDepositFeeInformationAmount"),
                    "TotalDepositFeeInformationAmount shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation."
                ),
                .fatal(
                    "CII-SR-490",
                    .atMostOne("ram:ProductValueExcludingTobaccoTaxInformationAmount"),
                    "ProductValueExcludingTobaccoTaxInformationAmount shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation."
                ),
                .fatal(
                    "CII-SR-491",
                    .atMostOne("ram:TotalRetailValueInformationAmount"),
                    "TotalRetailValueInformationAmount shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation."
                ),
                .fatal(
                    "CII-SR-492",
                    .atMostOne("ram:GrossLineTotalAmount"),
                    "GrossLineTotalAmount shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation."
                ),
                .fatal(
                    "CII-SR-493",
                    .atMostOne("ram:NetLineTotalAmount"),
                    "NetLineTotalAmount shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation."
                ),
                .fatal(
                    "CII-SR-494",
                    .atMostOne("ram:NetIncludingTaxesLineTotalAmount"),
                    "NetIncludingTaxesLineTotalAmount shall occur at most once in SpecifiedTradeSettlementHeaderMonetarySummation."
                ),
            ]
        ),
        PatternRule(
            .path(root),
            [
                .fatal("CII-DT-013", .noAttribute("languageID"), "languageID should not be present"),
                .fatal("CII-DT-014", .noAttribute("languageLocaleID"), "languageLocaleID should not be present"),
                .warning(
                    "CII-SR-438",
                    .absent("ram:ValuationBreakdownStatement"),
                    "ValuationBreakdownStatement should not be present"
                ),
                .fatal(
                    "CII-SR-467",
                    .custom(sr467),
                    "All Payment means type codes (BT-81) shall have the same value across all SpecifiedTradeSettlementPaymentMeans."
                ),
                .fatal(
                    "CII-SR-468",
                    .custom(sr468),
                    "All Payment means texts (BT-82) shall have the same value across all SpecifiedTradeSettlementPaymentMeans."
                ),
                .fatal(
                    "CII-SR-469",
                    .custom(sr469),
                    "Payment reference (BT-83) shall occur at most once in the document."
                ),
            ]
        ),
        PatternRule(
            .nameSuffix(nil, "DocumentContextParameter"),
            [
                .warning("CII-SR-04", .absent("ram:Value"), "Value should not be present"),
                .warning(
                    "CII-SR-05",
                    .absent("ram:SpecifiedDocumentVersion"),
                    "SpecifiedDocumentVersion should not be present"
                ),
            ]
        ),
        PatternRule(
            .paths([
                root + "/rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID",
                root + "/rsm:ExchangedDocument/ram:ID", line + "/ram:AssociatedDocumentLineDocument/ram:LineID",
                line + "/ram:SpecifiedTradeProduct/ram:SellerAssignedID",
            ]),
            [
                .fatal("CII-DT-001", .noAttribute("schemeName"), "schemeName should not be present"),
                .fatal("CII-DT-002", .noAttribute("schemeAgencyName"), "schemeAgencyName should not be present"),
                .fatal("CII-DT-003", .noAttribute("schemeDataURI"), "schemeDataURI should not be present"),
                .fatal("CII-DT-004", .noAttribute("schemeURI"), "schemeURI should not be present"),
                .fatal("CII-DT-005", .noAttribute("schemeID"), "schemeID should not be present"),
                .fatal("CII-DT-006", .noAttribute("schemeAgencyID"), "schemeAgencyID should not be present"),
                .fatal("CII-DT-007", .noAttribute("schemeVersionID"), "schemeVersionID should not be present"),
            ]
        ),
        PatternRule(
            .nameSuffix("ram:", "ID"),
            [
                .fatal("CII-DT-101", .noAttribute("schemeName"), "schemeName should not be present"),
                .fatal("CII-DT-102", .noAttribute("schemeAgencyName"), "schemeAgencyName should not be present"),
                .fatal("CII-DT-103", .noAttribute("schemeDataURI"), "schemeDataURI should not be present"),
                .fatal("CII-DT-104", .noAttribute("schemeURI"), "schemeURI should not be present"),
            ]
        ),
        PatternRule(
            .path("//ram:TypeCode"),
            [
                .fatal("CII-DT-008", .noAttribute("name"), "name should not be present"),
                .fatal("CII-DT-009", .noAttribute("listURI"), "listURI should not be present"),
            ]
        ),
        PatternRule(
            .path(root + "/rsm:ExchangedDocument/ram:TypeCode"),
            [
                .fatal("CII-DT-010", .noAttribute("listID"), "listID should not be present"),
                .fatal("CII-DT-011", .noAttribute("listAgencyID"), "listAgencyID should not be present"),
                .fatal("CII-DT-012", .noAttribute("listVersionID"), "listVersionID should not be present"),
            ]
        ),
        PatternRule(
            .path(line + "/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode"),
            [
                .warning("CII-DT-045", .noAttribute("listID"), "@listID should not be present"),
                .warning("CII-DT-046", .noAttribute("listAgencyID"), "@listAgencyID should not be present"),
                .warning("CII-DT-047", .noAttribute("listVersionID"), "@listVersionID should not be present"),
                .warning("CII-DT-048", .noAttribute("listURI"), "@listURI should not be present"),
            ]
        ),
        PatternRule(
            .nameSuffix("ram:", "ReferencedDocument"),
            [
                .fatal("CII-DT-015", .custom(dt015), "URIID should not be present"),
                .fatal("CII-DT-016", .absent("ram:StatusCode"), "StatusCode should not be present"),
                .fatal("CII-DT-017", .absent("ram:CopyIndicator"), "CopyIndicator should not be present"),
                .fatal("CII-DT-018", .custom(dt018), "TypeCode should not be present"),
                .fatal("CII-DT-019", .absent("ram:GlobalID"), "GlobalID should not be present"),
                .fatal("CII-DT-020", .absent("ram:RevisionID"), "RevisionID should not be present"),
                .fatal("CII-DT-021", .custom(dt021), "Name should not be present"),
                .fatal("CII-DT-022", .custom(dt022), "AttachmentBinaryObject should not be present"),
                .fatal("CII-DT-023", .absent("ram:Information"), "Information should not be present"),
                .fatal("CII-DT-024", .custom(dt024), "ReferenceTypeCode should not be present"),
                .fatal("CII-DT-025", .absent("ram:SectionName"), "SectionName should not be present"),
                .fatal("CII-DT-026", .absent("ram:PreviousRevisionID"), "PreviousRevisionID should not be present"),
                .fatal("CII-DT-027", .custom(dt027), "FormattedIssueDateTime should not be present"),
                .fatal(
                    "CII-DT-028",
                    .absent("ram:EffectiveSpecifiedPeriod"),
                    "EffectiveSpecifiedPeriod should not be present"
                ),
                .fatal("CII-DT-029", .absent("ram:IssuerTradeParty"), "IssuerTradeParty should not be present"),
                .fatal(
                    "CII-DT-030",
                    .absent("ram:AttachedSpecifiedBinaryFile"),
                    "AttachedSpecifiedBinaryFile should not be present"
                ),
            ]
        ),
        PatternRule(
            .nameSuffix("ram:", "Amount", except: "ram:TaxTotalAmount"),
            [
                .fatal("CII-DT-031", .noAttribute("currencyID"), "currencyID should not be present"),
                .fatal(
                    "CII-DT-032",
                    .noAttribute("currencyCodeListVersionID"),
                    "currencyCodeListVersionID should not be present"
                ),
            ]
        ),
        PatternRule(
            .nameSuffix("ram:", "Quantity"),
            [
                .fatal("CII-DT-033", .custom(dt033), "unitCode should not be present"),
                .fatal("CII-DT-034", .noAttribute("unitCodeListID"), "unitCodeListID should not be present"),
                .fatal(
                    "CII-DT-035",
                    .noAttribute("unitCodeListAgencyID"),
                    "unitCodeListAgencyID should not be present"
                ),
                .fatal(
                    "CII-DT-036",
                    .noAttribute("unitCodeListAgencyName"),
                    "unitCodeListAgencyName should not be present"
                ),
            ]
        ),
        PatternRule(
            .nameSuffix("ram:", "TradeTax"),
            [
                .fatal("CII-DT-037", .custom(dt037), "TypeCode shall be 'VAT'"),
                .warning("CII-DT-038", .absent("ram:CalculatedRate"), "CalculatedRate should not be present"),
                .warning(
                    "CII-DT-039",
                    .absent("ram:CalculationSequenceNumeric"),
                    "CalculationSequenceNumeric should not be present"
                ),
                .warning("CII-DT-040", .absent("ram:BasisQuantity"), "BasisQuantity should not be present"),
                .warning("CII-DT-041", .custom(dt041), "BasisAmount should not be present"),
                .warning("CII-DT-042", .absent("ram:UnitBasisAmount"), "UnitBasisAmount should not be present"),
                .warning(
                    "CII-DT-043",
                    .absent("ram:LineTotalBasisAmount"),
                    "LineTotalBasisAmount should not be present"
                ),
                .warning(
                    "CII-DT-044",
                    .absent("ram:AllowanceChargeBasisAmount"),
                    "AllowanceChargeBasisAmount should not be present"
                ),
                .warning("CII-DT-049", .absent("ram:CurrencyCode"), "CurrencyCode should not be present"),
                .warning("CII-DT-050", .absent("ram:Jurisdiction"), "Jurisdiction should not be present"),
                .warning(
                    "CII-DT-051",
                    .absent("ram:CustomsDutyIndicator"),
                    "CustomsDutyIndicator should not be present"
                ),
                .warning("CII-DT-052", .custom(dt052), "ExemptionReasonCode should not be present"),
                .warning("CII-DT-098", .custom(dt098), "ExemptionReason should not be present"),
                .warning(
                    "CII-DT-053",
                    .absent("ram:TaxBasisAllowanceRate"),
                    "TaxBasisAllowanceRate should not be present"
                ),
                .warning("CII-DT-054", .custom(dt054), "TaxPointDate should not be present"),
                .warning("CII-DT-055", .absent("ram:Type"), "Type should not be present"),
                .warning("CII-DT-056", .absent("ram:InformationAmount"), "InformationAmount should not be present"),
                .warning("CII-DT-057", .absent("ram:CategoryName"), "CategoryName should not be present"),
                .warning("CII-DT-058", .custom(dt058), "DueDateTypeCode should not be present"),
                .warning("CII-DT-059", .custom(dt059), "@format should not be present"),
                .warning(
                    "CII-DT-060",
                    .absent("ram:SpecifiedTradeAccountingAccount"),
                    "SpecifiedTradeAccountingAccount should not be present"
                ),
                .warning(
                    "CII-DT-061",
                    .absent("ram:ServiceSupplyTradeCountry"),
                    "ServiceSupplyTradeCountry should not be present"
                ),
                .warning(
                    "CII-DT-062",
                    .absent("ram:BuyerRepayableTaxSpecifiedTradeAccountingAccount"),
                    "BuyerRepayableTaxSpecifiedTradeAccountingAccount should not be present"
                ),
                .warning(
                    "CII-DT-063",
                    .absent("ram:SellerPayableTaxSpecifiedTradeAccountingAccount"),
                    "SellerPayableTaxSpecifiedTradeAccountingAccount should not be present"
                ),
                .warning(
                    "CII-DT-064",
                    .absent("ram:SellerRefundableTaxSpecifiedTradeAccountingAccount"),
                    "SellerRefundableTaxSpecifiedTradeAccountingAccount should not be present"
                ),
                .warning(
                    "CII-DT-065",
                    .absent("ram:BuyerDeductibleTaxSpecifiedTradeAccountingAccount"),
                    "BuyerDeductibleTaxSpecifiedTradeAccountingAccount should not be present"
                ),
                .warning(
                    "CII-DT-066",
                    .absent("ram:BuyerNonDeductibleTaxSpecifiedTradeAccountingAccount"),
                    "BuyerNonDeductibleTaxSpecifiedTradeAccountingAccount should not be present"
                ),
                .warning(
                    "CII-DT-067",
                    .absent("ram:PlaceApplicableTradeLocation"),
                    "PlaceApplicableTradeLocation should not be present"
                ),
            ]
        ),
        PatternRule(
            .path("//ram:BillingSpecifiedPeriod"),
            [
                .fatal("CII-DT-068", .absent("ram:StartDateTime/udt:DateTime"), "DateTime shall not be used."),
                .fatal("CII-DT-069", .absent("ram:DurationMeasure"), "DurationMeasure shall not be used."),
                .fatal("CII-DT-070", .absent("ram:InclusiveIndicator"), "InclusiveIndicator shall not be used."),
                .fatal("CII-DT-071", .absent("ram:Description"), "Description shall not be used."),
                .fatal("CII-DT-072", .absent("ram:EndDateTime/udt:DateTime"), "DateTime shall not be used."),
                .fatal("CII-DT-073", .absent("ram:CompleteDateTime"), "CompleteDateTime shall not be used."),
                .fatal("CII-DT-074", .absent("ram:OpenIndicator"), "OpenIndicator shall not be used."),
                .fatal("CII-DT-075", .absent("ram:SeasonCode"), "SeasonCode shall not be used."),
                .fatal("CII-DT-076", .absent("ram:ID"), "ID shall not be used."),
                .fatal("CII-DT-077", .absent("ram:Name"), "Name shall not be used."),
                .fatal("CII-DT-078", .absent("ram:SequenceNumeric"), "SequenceNumeric shall not be used."),
                .fatal(
                    "CII-DT-079",
                    .absent("ram:StartDateFlexibilityCode"),
                    "StartDateFlexibilityCode shall not be used."
                ),
                .fatal("CII-DT-080", .absent("ram:ContinuousIndicator"), "ContinuousIndicator shall not be used."),
                .fatal("CII-DT-081", .absent("ram:PurposeCode"), "PurposeCode shall not be used."),
            ]
        ),
        PatternRule(
            .path("//ram:PostalTradeAddress"),
            [
                .fatal("CII-DT-082", .absent("ram:ID"), "ID shall not be used."),
                .fatal("CII-DT-083", .absent("ram:PostOfficeBox"), "PostOfficeBox shall not be used."),
                .fatal("CII-DT-084", .absent("ram:BuildingName"), "BuildingName shall not be used."),
                .fatal("CII-DT-086", .absent("ram:LineFour"), "LineFour shall not be used."),
                .fatal("CII-DT-087", .absent("ram:LineFive"), "LineFive shall not be used."),
                .fatal("CII-DT-088", .absent("ram:StreetName"), "StreetName shall not be used."),
                .fatal("CII-DT-089", .absent("ram:CitySubDivisionName"), "CitySubDivisionName shall not be used."),
                .fatal("CII-DT-090", .absent("ram:CountryName"), "CountryName shall not be used."),
                .fatal("CII-DT-091", .absent("ram:CountrySubDivisionID"), "CountrySubDivisionID shall not be used."),
                .fatal("CII-DT-092", .absent("ram:AttentionOf"), "AttentionOf shall not be used."),
                .fatal("CII-DT-093", .absent("ram:CareOf"), "CareOf shall not be used."),
                .fatal("CII-DT-094", .absent("ram:BuildingNumber"), "BuildingNumber shall not be used."),
                .fatal("CII-DT-095", .absent("ram:DepartmentName"), "DepartmentName shall not be used."),
                .fatal("CII-DT-096", .absent("ram:AdditionalStreetName"), "AdditionalStreetName shall not be used."),
            ]
        ),
        PatternRule(
            .path("//udt:DateTimeString", attribute: ("format", "102")),
            [
                .fatal("CII-DT-097", .custom(dt097), "Date time string with format attribute 102 shall be YYYYMMDD.")
            ]
        ),
    ]
}
