// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The UBL syntax-binding rules of the CEN artefacts (release 1.3.16) that only forbid an element
/// or attribute: most UBL-CR rules ("should not be included") and the UBL-DT attribute rules.
enum EN16931UBLSyntaxTable {
    /// One rule a line: `identifier path | official text`. Every one is a warning checked once on the
    /// root (`/ubl:Invoice | /cn:CreditNote`), which it fails when `path` selects something (`not(path)`).
    ///
    /// A path is `/`-separated qualified names relative to the root, ending optionally with an
    /// attribute step `@name`; a leading `//` starts from every element of the first name anywhere
    /// (`//@name`: that attribute on any element), and a leading `(cac:InvoiceLine|cac:CreditNoteLine)`
    /// starts from either kind of line under the root.
    static let forbidden = """
        UBL-CR-001 ext:UBLExtensions | A UBL invoice should not include extensions
        UBL-CR-003 cbc:ProfileExecutionID | A UBL invoice should not include the ProfileExecutionID
        UBL-CR-004 cbc:CopyIndicator | A UBL invoice should not include the CopyIndicator
        UBL-CR-005 cbc:UUID | A UBL invoice should not include the UUID
        UBL-CR-006 cbc:IssueTime | A UBL invoice should not include the IssueTime
        UBL-CR-007 cbc:PricingCurrencyCode | A UBL invoice should not include the PricingCurrencyCode
        UBL-CR-008 cbc:PaymentCurrencyCode | A UBL invoice should not include the PaymentCurrencyCode
        UBL-CR-009 cbc:PaymentAlternativeCurrencyCode | A UBL invoice should not include the PaymentAlternativeCurrencyCode
        UBL-CR-010 cbc:AccountingCostCode | A UBL invoice should not include the AccountingCostCode
        UBL-CR-011 cbc:LineCountNumeric | A UBL invoice should not include the LineCountNumeric
        UBL-CR-012 cac:InvoicePeriod/cbc:StartTime | A UBL invoice should not include the InvoicePeriod StartTime
        UBL-CR-013 cac:InvoicePeriod/cbc:EndTime | A UBL invoice should not include the InvoicePeriod EndTime
        UBL-CR-014 cac:InvoicePeriod/cbc:DurationMeasure | A UBL invoice should not include the InvoicePeriod DurationMeasure
        UBL-CR-015 cac:InvoicePeriod/cbc:Description | A UBL invoice should not include the InvoicePeriod Description
        UBL-CR-016 cac:OrderReference/cbc:CopyIndicator | A UBL invoice should not include the OrderReference CopyIndicator
        UBL-CR-017 cac:OrderReference/cbc:UUID | A UBL invoice should not include the OrderReference UUID
        UBL-CR-018 cac:OrderReference/cbc:IssueDate | A UBL invoice should not include the OrderReference IssueDate
        UBL-CR-019 cac:OrderReference/cbc:IssueTime | A UBL invoice should not include the OrderReference IssueTime
        UBL-CR-020 cac:OrderReference/cbc:CustomerReference | A UBL invoice should not include the OrderReference CustomerReference
        UBL-CR-021 cac:OrderReference/cbc:OrderTypeCode | A UBL invoice should not include the OrderReference OrderTypeCode
        UBL-CR-022 cac:OrderReference/cac:DocumentReference | A UBL invoice should not include the OrderReference DocumentReference
        UBL-CR-023 cac:BillingReference/cac:InvoiceDocumentReference/cbc:CopyIndicator | A UBL invoice should not include the BillingReference CopyIndicator
        UBL-CR-024 cac:BillingReference/cac:InvoiceDocumentReference/cbc:UUID | A UBL invoice should not include the BillingReference UUID
        UBL-CR-025 cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueTime | A UBL invoice should not include the BillingReference IssueTime
        UBL-CR-026 cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentTypeCode | A UBL invoice should not include the BillingReference DocumentTypeCode
        UBL-CR-027 cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentType | A UBL invoice should not include the BillingReference DocumentType
        UBL-CR-028 cac:BillingReference/cac:InvoiceDocumentReference/cbc:XPath | A UBL invoice should not include the BillingReference Xpath
        UBL-CR-029 cac:BillingReference/cac:InvoiceDocumentReference/cbc:LanguageID | A UBL invoice should not include the BillingReference LanguageID
        UBL-CR-030 cac:BillingReference/cac:InvoiceDocumentReference/cbc:LocaleCode | A UBL invoice should not include the BillingReference LocaleCode
        UBL-CR-031 cac:BillingReference/cac:InvoiceDocumentReference/cbc:VersionID | A UBL invoice should not include the BillingReference VersionID
        UBL-CR-032 cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentStatusCode | A UBL invoice should not include the BillingReference DocumentStatusCode
        UBL-CR-033 cac:BillingReference/cac:InvoiceDocumentReference/cbc:DocumentDescription | A UBL invoice should not include the BillingReference DocumenDescription
        UBL-CR-034 cac:BillingReference/cac:InvoiceDocumentReference/cac:Attachment | A UBL invoice should not include the BillingReference Attachment
        UBL-CR-035 cac:BillingReference/cac:InvoiceDocumentReference/cac:ValidityPeriod | A UBL invoice should not include the BillingReference ValidityPeriod
        UBL-CR-036 cac:BillingReference/cac:InvoiceDocumentReference/cac:IssuerParty | A UBL invoice should not include the BillingReference IssuerParty
        UBL-CR-037 cac:BillingReference/cac:InvoiceDocumentReference/cac:ResultOfVerification | A UBL invoice should not include the BillingReference ResultOfVerification
        UBL-CR-038 cac:BillingReference/cac:SelfBilledInvoiceDocumentReference | A UBL invoice should not include the BillingReference SelfBilledInvoiceDocumentReference
        UBL-CR-039 cac:BillingReference/cac:CreditNoteDocumentReference | A UBL invoice should not include the BillingReference CreditNoteDocumentReference
        UBL-CR-040 cac:BillingReference/cac:SelfBilledCreditNoteDocumentReference | A UBL invoice should not include the BillingReference SelfBilledCreditNoteDocumentReference
        UBL-CR-041 cac:BillingReference/cac:DebitNoteDocumentReference | A UBL invoice should not include the BillingReference DebitNoteDocumentReference
        UBL-CR-042 cac:BillingReference/cac:ReminderDocumentReference | A UBL invoice should not include the BillingReference ReminderDocumentReference
        UBL-CR-043 cac:BillingReference/cac:AdditionalDocumentReference | A UBL invoice should not include the BillingReference AdditionalDocumentReference
        UBL-CR-044 cac:BillingReference/cac:BillingReferenceLine | A UBL invoice should not include the BillingReference BillingReferenceLine
        UBL-CR-045 cac:DespatchDocumentReference/cbc:CopyIndicator | A UBL invoice should not include the DespatchDocumentReference CopyIndicator
        UBL-CR-046 cac:DespatchDocumentReference/cbc:UUID | A UBL invoice should not include the DespatchDocumentReference UUID
        UBL-CR-047 cac:DespatchDocumentReference/cbc:IssueDate | A UBL invoice should not include the DespatchDocumentReference IssueDate
        UBL-CR-048 cac:DespatchDocumentReference/cbc:IssueTime | A UBL invoice should not include the DespatchDocumentReference IssueTime
        UBL-CR-049 cac:DespatchDocumentReference/cbc:DocumentTypeCode | A UBL invoice should not include the DespatchDocumentReference DocumentTypeCode
        UBL-CR-050 cac:DespatchDocumentReference/cbc:DocumentType | A UBL invoice should not include the DespatchDocumentReference DocumentType
        UBL-CR-051 cac:DespatchDocumentReference/cbc:XPath | A UBL invoice should not include the DespatchDocumentReference Xpath
        UBL-CR-052 cac:DespatchDocumentReference/cbc:LanguageID | A UBL invoice should not include the DespatchDocumentReference LanguageID
        UBL-CR-053 cac:DespatchDocumentReference/cbc:LocaleCode | A UBL invoice should not include the DespatchDocumentReference LocaleCode
        UBL-CR-054 cac:DespatchDocumentReference/cbc:VersionID | A UBL invoice should not include the DespatchDocumentReference VersionID
        UBL-CR-055 cac:DespatchDocumentReference/cbc:DocumentStatusCode | A UBL invoice should not include the DespatchDocumentReference DocumentStatusCode
        UBL-CR-056 cac:DespatchDocumentReference/cbc:DocumentDescription | A UBL invoice should not include the DespatchDocumentReference DocumentDescription
        UBL-CR-057 cac:DespatchDocumentReference/cac:Attachment | A UBL invoice should not include the DespatchDocumentReference Attachment
        UBL-CR-058 cac:DespatchDocumentReference/cac:ValidityPeriod | A UBL invoice should not include the DespatchDocumentReference ValidityPeriod
        UBL-CR-059 cac:DespatchDocumentReference/cac:IssuerParty | A UBL invoice should not include the DespatchDocumentReference IssuerParty
        UBL-CR-060 cac:DespatchDocumentReference/cac:ResultOfVerification | A UBL invoice should not include the DespatchDocumentReference ResultOfVerification
        UBL-CR-061 cac:ReceiptDocumentReference/cbc:CopyIndicator | A UBL invoice should not include the ReceiptDocumentReference CopyIndicator
        UBL-CR-062 cac:ReceiptDocumentReference/cbc:UUID | A UBL invoice should not include the ReceiptDocumentReference UUID
        UBL-CR-063 cac:ReceiptDocumentReference/cbc:IssueDate | A UBL invoice should not include the ReceiptDocumentReference IssueDate
        UBL-CR-064 cac:ReceiptDocumentReference/cbc:IssueTime | A UBL invoice should not include the ReceiptDocumentReference IssueTime
        UBL-CR-065 cac:ReceiptDocumentReference/cbc:DocumentTypeCode | A UBL invoice should not include the ReceiptDocumentReference DocumentTypeCode
        UBL-CR-066 cac:ReceiptDocumentReference/cbc:DocumentType | A UBL invoice should not include the ReceiptDocumentReference DocumentType
        UBL-CR-067 cac:ReceiptDocumentReference/cbc:XPath | A UBL invoice should not include the ReceiptDocumentReference Xpath
        UBL-CR-068 cac:ReceiptDocumentReference/cbc:LanguageID | A UBL invoice should not include the ReceiptDocumentReference LanguageID
        UBL-CR-069 cac:ReceiptDocumentReference/cbc:LocaleCode | A UBL invoice should not include the ReceiptDocumentReference LocaleCode
        UBL-CR-070 cac:ReceiptDocumentReference/cbc:VersionID | A UBL invoice should not include the ReceiptDocumentReference VersionID
        UBL-CR-071 cac:ReceiptDocumentReference/cbc:DocumentStatusCode | A UBL invoice should not include the ReceiptDocumentReference DocumentStatusCode
        UBL-CR-072 cac:ReceiptDocumentReference/cbc:DocumentDescription | A UBL invoice should not include the ReceiptDocumentReference DocumentDescription
        UBL-CR-073 cac:ReceiptDocumentReference/cac:Attachment | A UBL invoice should not include the ReceiptDocumentReference Attachment
        UBL-CR-074 cac:ReceiptDocumentReference/cac:ValidityPeriod | A UBL invoice should not include the ReceiptDocumentReference ValidityPeriod
        UBL-CR-075 cac:ReceiptDocumentReference/cac:IssuerParty | A UBL invoice should not include the ReceiptDocumentReference IssuerParty
        UBL-CR-076 cac:ReceiptDocumentReference/cac:ResultOfVerification | A UBL invoice should not include the ReceiptDocumentReference ResultOfVerification
        UBL-CR-077 cac:StatementDocumentReference | A UBL invoice should not include the StatementDocumentReference
        UBL-CR-078 cac:OriginatorDocumentReference/cbc:CopyIndicator | A UBL invoice should not include the OriginatorDocumentReference CopyIndicator
        UBL-CR-079 cac:OriginatorDocumentReference/cbc:UUID | A UBL invoice should not include the OriginatorDocumentReference UUID
        UBL-CR-080 cac:OriginatorDocumentReference/cbc:IssueDate | A UBL invoice should not include the OriginatorDocumentReference IssueDate
        UBL-CR-081 cac:OriginatorDocumentReference/cbc:IssueTime | A UBL invoice should not include the OriginatorDocumentReference IssueTime
        UBL-CR-082 cac:OriginatorDocumentReference/cbc:DocumentTypeCode | A UBL invoice should not include the OriginatorDocumentReference DocumentTypeCode
        UBL-CR-083 cac:OriginatorDocumentReference/cbc:DocumentType | A UBL invoice should not include the OriginatorDocumentReference DocumentType
        UBL-CR-084 cac:OriginatorDocumentReference/cbc:XPath | A UBL invoice should not include the OriginatorDocumentReference Xpath
        UBL-CR-085 cac:OriginatorDocumentReference/cbc:LanguageID | A UBL invoice should not include the OriginatorDocumentReference LanguageID
        UBL-CR-086 cac:OriginatorDocumentReference/cbc:LocaleCode | A UBL invoice should not include the OriginatorDocumentReference LocaleCode
        UBL-CR-087 cac:OriginatorDocumentReference/cbc:VersionID | A UBL invoice should not include the OriginatorDocumentReference VersionID
        UBL-CR-088 cac:OriginatorDocumentReference/cbc:DocumentStatusCode | A UBL invoice should not include the OriginatorDocumentReference DocumentStatusCode
        UBL-CR-089 cac:OriginatorDocumentReference/cbc:DocumentDescription | A UBL invoice should not include the OriginatorDocumentReference DocumentDescription
        UBL-CR-090 cac:OriginatorDocumentReference/cac:Attachment | A UBL invoice should not include the OriginatorDocumentReference Attachment
        UBL-CR-091 cac:OriginatorDocumentReference/cac:ValidityPeriod | A UBL invoice should not include the OriginatorDocumentReference ValidityPeriod
        UBL-CR-092 cac:OriginatorDocumentReference/cac:IssuerParty | A UBL invoice should not include the OriginatorDocumentReference IssuerParty
        UBL-CR-093 cac:OriginatorDocumentReference/cac:ResultOfVerification | A UBL invoice should not include the OriginatorDocumentReference ResultOfVerification
        UBL-CR-094 cac:ContractDocumentReference/cbc:CopyIndicator | A UBL invoice should not include the ContractDocumentReference CopyIndicator
        UBL-CR-095 cac:ContractDocumentReference/cbc:UUID | A UBL invoice should not include the ContractDocumentReference UUID
        UBL-CR-096 cac:ContractDocumentReference/cbc:IssueDate | A UBL invoice should not include the ContractDocumentReference IssueDate
        UBL-CR-097 cac:ContractDocumentReference/cbc:IssueTime | A UBL invoice should not include the ContractDocumentReference IssueTime
        UBL-CR-098 cac:ContractDocumentReference/cbc:DocumentTypeCode | A UBL invoice should not include the ContractDocumentReference DocumentTypeCode
        UBL-CR-099 cac:ContractDocumentReference/cbc:DocumentType | A UBL invoice should not include the ContractDocumentReference DocumentType
        UBL-CR-100 cac:ContractDocumentReference/cbc:XPath | A UBL invoice should not include the ContractDocumentReference Xpath
        UBL-CR-101 cac:ContractDocumentReference/cbc:LanguageID | A UBL invoice should not include the ContractDocumentReference LanguageID
        UBL-CR-102 cac:ContractDocumentReference/cbc:LocaleCode | A UBL invoice should not include the ContractDocumentReference LocaleCode
        UBL-CR-103 cac:ContractDocumentReference/cbc:VersionID | A UBL invoice should not include the ContractDocumentReference VersionID
        UBL-CR-104 cac:ContractDocumentReference/cbc:DocumentStatusCode | A UBL invoice should not include the ContractDocumentReference DocumentStatusCode
        UBL-CR-105 cac:ContractDocumentReference/cbc:DocumentDescription | A UBL invoice should not include the ContractDocumentReference DocumentDescription
        UBL-CR-106 cac:ContractDocumentReference/cac:Attachment | A UBL invoice should not include the ContractDocumentReference Attachment
        UBL-CR-107 cac:ContractDocumentReference/cac:ValidityPeriod | A UBL invoice should not include the ContractDocumentReference ValidityPeriod
        UBL-CR-108 cac:ContractDocumentReference/cac:IssuerParty | A UBL invoice should not include the ContractDocumentReference IssuerParty
        UBL-CR-109 cac:ContractDocumentReference/cac:ResultOfVerification | A UBL invoice should not include the ContractDocumentReference ResultOfVerification
        UBL-CR-110 cac:AdditionalDocumentReference/cbc:CopyIndicator | A UBL invoice should not include the AdditionalDocumentReference CopyIndicator
        UBL-CR-111 cac:AdditionalDocumentReference/cbc:UUID | A UBL invoice should not include the AdditionalDocumentReference UUID
        UBL-CR-112 cac:AdditionalDocumentReference/cbc:IssueDate | A UBL invoice should not include the AdditionalDocumentReference IssueDate
        UBL-CR-113 cac:AdditionalDocumentReference/cbc:IssueTime | A UBL invoice should not include the AdditionalDocumentReference IssueTime
        UBL-CR-114 cac:AdditionalDocumentReference/cbc:DocumentType | A UBL invoice should not include the AdditionalDocumentReference DocumentType
        UBL-CR-115 cac:AdditionalDocumentReference/cbc:XPath | A UBL invoice should not include the AdditionalDocumentReference Xpath
        UBL-CR-116 cac:AdditionalDocumentReference/cbc:LanguageID | A UBL invoice should not include the AdditionalDocumentReference LanguageID
        UBL-CR-117 cac:AdditionalDocumentReference/cbc:LocaleCode | A UBL invoice should not include the AdditionalDocumentReference LocaleCode
        UBL-CR-118 cac:AdditionalDocumentReference/cbc:VersionID | A UBL invoice should not include the AdditionalDocumentReference VersionID
        UBL-CR-119 cac:AdditionalDocumentReference/cbc:DocumentStatusCode | A UBL invoice should not include the AdditionalDocumentReference DocumentStatusCode
        UBL-CR-121 cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:DocumentHash | A UBL invoice should not include the AdditionalDocumentReference Attachment External DocumentHash
        UBL-CR-122 cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:HashAlgorithmMethod | A UBL invoice should not include the AdditionalDocumentReference Attachment External HashAlgorithmMethod
        UBL-CR-123 cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:ExpiryDate | A UBL invoice should not include the AdditionalDocumentReference Attachment External ExpiryDate
        UBL-CR-124 cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:ExpiryTime | A UBL invoice should not include the AdditionalDocumentReference Attachment External ExpiryTime
        UBL-CR-125 cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:MimeCode | A UBL invoice should not include the AdditionalDocumentReference Attachment External MimeCode
        UBL-CR-126 cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:FormatCode | A UBL invoice should not include the AdditionalDocumentReference Attachment External FormatCode
        UBL-CR-127 cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:EncodingCode | A UBL invoice should not include the AdditionalDocumentReference Attachment External EncodingCode
        UBL-CR-128 cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:CharacterSetCode | A UBL invoice should not include the AdditionalDocumentReference Attachment External CharacterSetCode
        UBL-CR-129 cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:FileName | A UBL invoice should not include the AdditionalDocumentReference Attachment External FileName
        UBL-CR-130 cac:AdditionalDocumentReference/cac:Attachment/cac:ExternalReference/cbc:Description | A UBL invoice should not include the AdditionalDocumentReference Attachment External Descriprion
        UBL-CR-131 cac:AdditionalDocumentReference/cac:ValidityPeriod | A UBL invoice should not include the AdditionalDocumentReference ValidityPeriod
        UBL-CR-132 cac:AdditionalDocumentReference/cac:IssuerParty | A UBL invoice should not include the AdditionalDocumentReference IssuerParty
        UBL-CR-133 cac:AdditionalDocumentReference/cac:ResultOfVerification | A UBL invoice should not include the AdditionalDocumentReference ResultOfVerification
        UBL-CR-134 cac:ProjectReference/cbc:UUID | A UBL invoice should not include the ProjectReference UUID
        UBL-CR-135 cac:ProjectReference/cbc:IssueDate | A UBL invoice should not include the ProjectReference IssueDate
        UBL-CR-136 cac:ProjectReference/cac:WorkPhaseReference | A UBL invoice should not include the ProjectReference WorkPhaseReference
        UBL-CR-137 cac:Signature | A UBL invoice should not include the Signature
        UBL-CR-138 cac:AccountingSupplierParty/cbc:CustomerAssignedAccountID | A UBL invoice should not include the AccountingSupplierParty CustomerAssignedAccountID
        UBL-CR-139 cac:AccountingSupplierParty/cbc:AdditionalAccountID | A UBL invoice should not include the AccountingSupplierParty AdditionalAccountID
        UBL-CR-140 cac:AccountingSupplierParty/cbc:DataSendingCapability | A UBL invoice should not include the AccountingSupplierParty DataSendingCapability
        UBL-CR-141 cac:AccountingSupplierParty/cac:Party/cbc:MarkCareIndicator | A UBL invoice should not include the AccountingSupplierParty Party MarkCareIndicator
        UBL-CR-142 cac:AccountingSupplierParty/cac:Party/cbc:MarkAttentionIndicator | A UBL invoice should not include the AccountingSupplierParty Party MarkAttentionIndicator
        UBL-CR-143 cac:AccountingSupplierParty/cac:Party/cbc:WebsiteURI | A UBL invoice should not include the AccountingSupplierParty Party WebsiteURI
        UBL-CR-144 cac:AccountingSupplierParty/cac:Party/cbc:LogoReferenceID | A UBL invoice should not include the AccountingSupplierParty Party LogoReferenceID
        UBL-CR-145 cac:AccountingSupplierParty/cac:Party/cbc:IndustryClassificationCode | A UBL invoice should not include the AccountingSupplierParty Party IndustryClassificationCode
        UBL-CR-146 cac:AccountingSupplierParty/cac:Party/cac:Language | A UBL invoice should not include the AccountingSupplierParty Party Language
        UBL-CR-147 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:ID | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress ID
        UBL-CR-148 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:AddressTypeCode | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress AddressTypeCode
        UBL-CR-149 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:AddressFormatCode | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress AddressFormatCode
        UBL-CR-150 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:Postbox | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress Postbox
        UBL-CR-151 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:Floor | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress Floor
        UBL-CR-152 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:Room | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress Room
        UBL-CR-153 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:BlockName | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress BlockName
        UBL-CR-154 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:BuildingName | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress BuildingName
        UBL-CR-155 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:BuildingNumber | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress BuildingNumber
        UBL-CR-156 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:InhouseMail | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress InhouseMail
        UBL-CR-157 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:Department | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress Department
        UBL-CR-158 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:MarkAttention | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress MarkAttention
        UBL-CR-159 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:MarkCare | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress MarkCare
        UBL-CR-160 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:PlotIdentification | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress PlotIdentification
        UBL-CR-161 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:CitySubdivisionName | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress CitySubdivisionName
        UBL-CR-162 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:CountrySubentityCode | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress CountrySubentityCode
        UBL-CR-163 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:Region | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress Region
        UBL-CR-164 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:District | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress District
        UBL-CR-165 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:TimezoneOffset | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress TimezoneOffset
        UBL-CR-166 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cac:Country/cbc:Name | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress Country Name
        UBL-CR-167 cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cac:LocationCoordinate | A UBL invoice should not include the AccountingSupplierParty Party PostalAddress LocationCoordinate
        UBL-CR-168 cac:AccountingSupplierParty/cac:Party/cac:PhysicalLocation | A UBL invoice should not include the AccountingSupplierParty Party PhysicalLocation
        UBL-CR-169 cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:RegistrationName | A UBL invoice should not include the AccountingSupplierParty Party PartyTaxScheme RegistrationName
        UBL-CR-170 cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:TaxLevelCode | A UBL invoice should not include the AccountingSupplierParty Party PartyTaxScheme TaxLevelCode
        UBL-CR-171 cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:ExemptionReasonCode | A UBL invoice should not include the AccountingSupplierParty Party PartyTaxScheme ExemptionReasonCode
        UBL-CR-172 cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cbc:ExemptionReason | A UBL invoice should not include the AccountingSupplierParty Party PartyTaxScheme ExemptionReason
        UBL-CR-173 cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cac:RegistrationAddress | A UBL invoice should not include the AccountingSupplierParty Party PartyTaxScheme RegistrationAddress
        UBL-CR-174 cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:Name | A UBL invoice should not include the AccountingSupplierParty Party PartyTaxScheme TaxScheme Name
        UBL-CR-175 cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:TaxTypeCode | A UBL invoice should not include the AccountingSupplierParty Party PartyTaxScheme TaxScheme TaxTypeCode
        UBL-CR-176 cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:CurrencyCode | A UBL invoice should not include the AccountingSupplierParty Party PartyTaxScheme TaxScheme CurrencyCode
        UBL-CR-177 cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cac:JurisdictionRegionAddress | A UBL invoice should not include the AccountingSupplierParty Party PartyTaxScheme TaxScheme JurisdictionRegionAddress
        UBL-CR-178 cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationDate | A UBL invoice should not include the AccountingSupplierParty Party PartyLegalEntity RegistrationDate
        UBL-CR-179 cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationExpirationDate | A UBL invoice should not include the AccountingSupplierParty Party PartyLegalEntity RegistrationExpirationDate
        UBL-CR-180 cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLegalFormCode | A UBL invoice should not include the AccountingSupplierParty Party PartyLegalEntity CompanyLegalFormCode
        UBL-CR-181 cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:SoleProprietorshipIndicator | A UBL invoice should not include the AccountingSupplierParty Party PartyLegalEntity SoleProprietorshipIndicator
        UBL-CR-182 cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLiquidationStatusCode | A UBL invoice should not include the AccountingSupplierParty Party PartyLegalEntity CompanyLiquidationStatusCode
        UBL-CR-183 cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CorporateStockAmount | A UBL invoice should not include the AccountingSupplierParty Party PartyLegalEntity CorporateStockAmount
        UBL-CR-184 cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:FullyPaidSharesIndicator | A UBL invoice should not include the AccountingSupplierParty Party PartyLegalEntity FullyPaidSharesIndicator
        UBL-CR-185 cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cac:RegistrationAddress | A UBL invoice should not include the AccountingSupplierParty Party PartyLegalEntity RegistrationAddress
        UBL-CR-186 cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cac:CorporateRegistrationScheme | A UBL invoice should not include the AccountingSupplierParty Party PartyLegalEntity CorporateRegistrationScheme
        UBL-CR-187 cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cac:HeadOfficeParty | A UBL invoice should not include the AccountingSupplierParty Party PartyLegalEntity HeadOfficeParty
        UBL-CR-188 cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cac:ShareholderParty | A UBL invoice should not include the AccountingSupplierParty Party PartyLegalEntity ShareholderParty
        UBL-CR-189 cac:AccountingSupplierParty/cac:Party/cac:Contact/cbc:ID | A UBL invoice should not include the AccountingSupplierParty Party Contact ID
        UBL-CR-190 cac:AccountingSupplierParty/cac:Party/cac:Contact/cbc:Telefax | A UBL invoice should not include the AccountingSupplierParty Party Contact Telefax
        UBL-CR-191 cac:AccountingSupplierParty/cac:Party/cac:Contact/cbc:Note | A UBL invoice should not include the AccountingSupplierParty Party Contact Note
        UBL-CR-192 cac:AccountingSupplierParty/cac:Party/cac:Contact/cac:OtherCommunication | A UBL invoice should not include the AccountingSupplierParty Party Contact OtherCommunication
        UBL-CR-193 cac:AccountingSupplierParty/cac:Party/cac:Person | A UBL invoice should not include the AccountingSupplierParty Party Person
        UBL-CR-194 cac:AccountingSupplierParty/cac:Party/cac:AgentParty | A UBL invoice should not include the AccountingSupplierParty Party AgentParty
        UBL-CR-195 cac:AccountingSupplierParty/cac:Party/cac:ServiceProviderParty | A UBL invoice should not include the AccountingSupplierParty Party ServiceProviderParty
        UBL-CR-196 cac:AccountingSupplierParty/cac:Party/cac:PowerOfAttorney | A UBL invoice should not include the AccountingSupplierParty Party PowerOfAttorney
        UBL-CR-197 cac:AccountingSupplierParty/cac:Party/cac:FinancialAccount | A UBL invoice should not include the AccountingSupplierParty Party FinancialAccount
        UBL-CR-198 cac:AccountingSupplierParty/cac:DespatchContact | A UBL invoice should not include the AccountingSupplierParty DespatchContact
        UBL-CR-199 cac:AccountingSupplierParty/cac:AccountingContact | A UBL invoice should not include the AccountingSupplierParty AccountingContact
        UBL-CR-200 cac:AccountingSupplierParty/cac:SellerContact | A UBL invoice should not include the AccountingSupplierParty SellerContact
        UBL-CR-201 cac:AccountingCustomerParty/cbc:CustomerAssignedAccountID | A UBL invoice should not include the AccountingCustomerParty CustomerAssignedAccountID
        UBL-CR-202 cac:AccountingCustomerParty/cbc:SupplierAssignedAccountID | A UBL invoice should not include the AccountingCustomerParty SupplierAssignedAccountID
        UBL-CR-203 cac:AccountingCustomerParty/cbc:AdditionalAccountID | A UBL invoice should not include the AccountingCustomerParty AdditionalAccountID
        UBL-CR-204 cac:AccountingCustomerParty/cac:Party/cbc:MarkCareIndicator | A UBL invoice should not include the AccountingCustomerParty Party MarkCareIndicator
        UBL-CR-205 cac:AccountingCustomerParty/cac:Party/cbc:MarkAttentionIndicator | A UBL invoice should not include the AccountingCustomerParty Party MarkAttentionIndicator
        UBL-CR-206 cac:AccountingCustomerParty/cac:Party/cbc:WebsiteURI | A UBL invoice should not include the AccountingCustomerParty Party WebsiteURI
        UBL-CR-207 cac:AccountingCustomerParty/cac:Party/cbc:LogoReferenceID | A UBL invoice should not include the AccountingCustomerParty Party LogoReferenceID
        UBL-CR-208 cac:AccountingCustomerParty/cac:Party/cbc:IndustryClassificationCode | A UBL invoice should not include the AccountingCustomerParty Party IndustryClassificationCode
        UBL-CR-209 cac:AccountingCustomerParty/cac:Party/cac:Language | A UBL invoice should not include the AccountingCustomerParty Party Language
        UBL-CR-210 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:ID | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress ID
        UBL-CR-211 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:AddressTypeCode | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress AddressTypeCode
        UBL-CR-212 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:AddressFormatCode | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress AddressFormatCode
        UBL-CR-213 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:Postbox | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress Postbox
        UBL-CR-214 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:Floor | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress Floor
        UBL-CR-215 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:Room | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress Room
        UBL-CR-216 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:BlockName | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress BlockName
        UBL-CR-217 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:BuildingName | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress BuildingName
        UBL-CR-218 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:BuildingNumber | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress BuildingNumber
        UBL-CR-219 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:InhouseMail | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress InhouseMail
        UBL-CR-220 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:Department | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress Department
        UBL-CR-221 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:MarkAttention | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress MarkAttention
        UBL-CR-222 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:MarkCare | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress MarkCare
        UBL-CR-223 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:PlotIdentification | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress PlotIdentification
        UBL-CR-224 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:CitySubdivisionName | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress CitySubdivisionName
        UBL-CR-225 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:CountrySubentityCode | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress CountrySubentityCode
        UBL-CR-226 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:Region | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress Region
        UBL-CR-227 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:District | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress District
        UBL-CR-228 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:TimezoneOffset | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress TimezoneOffset
        UBL-CR-229 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cac:Country/cbc:Name | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress Country Name
        UBL-CR-230 cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cac:LocationCoordinate | A UBL invoice should not include the AccountingCustomerParty Party PostalAddress LocationCoordinate
        UBL-CR-231 cac:AccountingCustomerParty/cac:Party/cac:PhysicalLocation | A UBL invoice should not include the AccountingCustomerParty Party PhysicalLocation
        UBL-CR-232 cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:RegistrationName | A UBL invoice should not include the AccountingCustomerParty Party PartyTaxScheme RegistrationName
        UBL-CR-233 cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:TaxLevelCode | A UBL invoice should not include the AccountingCustomerParty Party PartyTaxScheme TaxLevelCode
        UBL-CR-234 cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:ExemptionReasonCode | A UBL invoice should not include the AccountingCustomerParty Party PartyTaxScheme ExemptionReasonCode
        UBL-CR-235 cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cbc:ExemptionReason | A UBL invoice should not include the AccountingCustomerParty Party PartyTaxScheme ExemptionReason
        UBL-CR-236 cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cac:RegistrationAddress | A UBL invoice should not include the AccountingCustomerParty Party PartyTaxScheme RegistrationAddress
        UBL-CR-237 cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:Name | A UBL invoice should not include the AccountingCustomerParty Party PartyTaxScheme TaxScheme Name
        UBL-CR-238 cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:TaxTypeCode | A UBL invoice should not include the AccountingCustomerParty Party PartyTaxScheme TaxScheme TaxTypeCode
        UBL-CR-239 cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cbc:CurrencyCode | A UBL invoice should not include the AccountingCustomerParty Party PartyTaxScheme TaxScheme CurrencyCode
        UBL-CR-240 cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme/cac:TaxScheme/cac:JurisdictionRegionAddress | A UBL invoice should not include the AccountingCustomerParty Party PartyTaxScheme TaxScheme JurisdictionRegionAddress
        UBL-CR-241 cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationDate | A UBL invoice should not include the AccountingCustomerParty Party PartyLegalEntity RegistrationDate
        UBL-CR-242 cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationExpirationDate | A UBL invoice should not include the AccountingCustomerParty Party PartyLegalEntity RegistrationExpirationDate
        UBL-CR-243 cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLegalFormCode | A UBL invoice should not include the AccountingCustomerParty Party PartyLegalEntity CompanyLegalFormCode
        UBL-CR-244 cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLegalForm | A UBL invoice should not include the AccountingCustomerParty Party PartyLegalEntity CompanyLegalForm
        UBL-CR-245 cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:SoleProprietorshipIndicator | A UBL invoice should not include the AccountingCustomerParty Party PartyLegalEntity SoleProprietorshipIndicator
        UBL-CR-246 cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLiquidationStatusCode | A UBL invoice should not include the AccountingCustomerParty Party PartyLegalEntity CompanyLiquidationStatusCode
        UBL-CR-247 cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CorporateStockAmount | A UBL invoice should not include the AccountingCustomerParty Party PartyLegalEntity CorporateStockAmount
        UBL-CR-248 cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:FullyPaidSharesIndicator | A UBL invoice should not include the AccountingCustomerParty Party PartyLegalEntity FullyPaidSharesIndicator
        UBL-CR-249 cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cac:RegistrationAddress | A UBL invoice should not include the AccountingCustomerParty Party PartyLegalEntity RegistrationAddress
        UBL-CR-250 cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cac:CorporateRegistrationScheme | A UBL invoice should not include the AccountingCustomerParty Party PartyLegalEntity CorporateRegistrationScheme
        UBL-CR-251 cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cac:HeadOfficeParty | A UBL invoice should not include the AccountingCustomerParty Party PartyLegalEntity HeadOfficeParty
        UBL-CR-252 cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cac:ShareholderParty | A UBL invoice should not include the AccountingCustomerParty Party PartyLegalEntity ShareholderParty
        UBL-CR-253 cac:AccountingCustomerParty/cac:Party/cac:Contact/cbc:ID | A UBL invoice should not include the AccountingCustomerParty Party Contact ID
        UBL-CR-254 cac:AccountingCustomerParty/cac:Party/cac:Contact/cbc:Telefax | A UBL invoice should not include the AccountingCustomerParty Party Contact Telefax
        UBL-CR-255 cac:AccountingCustomerParty/cac:Party/cac:Contact/cbc:Note | A UBL invoice should not include the AccountingCustomerParty Party Contact Note
        UBL-CR-256 cac:AccountingCustomerParty/cac:Party/cac:Contact/cac:OtherCommunication | A UBL invoice should not include the AccountingCustomerParty Party Contact OtherCommunication
        UBL-CR-257 cac:AccountingCustomerParty/cac:Party/cac:Person | A UBL invoice should not include the AccountingCustomerParty Party Person
        UBL-CR-258 cac:AccountingCustomerParty/cac:Party/cac:AgentParty | A UBL invoice should not include the AccountingCustomerParty Party AgentParty
        UBL-CR-259 cac:AccountingCustomerParty/cac:Party/cac:ServiceProviderParty | A UBL invoice should not include the AccountingCustomerParty Party ServiceProviderParty
        UBL-CR-260 cac:AccountingCustomerParty/cac:Party/cac:PowerOfAttorney | A UBL invoice should not include the AccountingCustomerParty Party PowerOfAttorney
        UBL-CR-261 cac:AccountingCustomerParty/cac:Party/cac:FinancialAccount | A UBL invoice should not include the AccountingCustomerParty Party FinancialAccount
        UBL-CR-262 cac:AccountingCustomerParty/cac:DeliveryContact | A UBL invoice should not include the AccountingCustomerParty DeliveryContact
        UBL-CR-263 cac:AccountingCustomerParty/cac:AccountingContact | A UBL invoice should not include the AccountingCustomerParty AccountingContact
        UBL-CR-264 cac:AccountingCustomerParty/cac:BuyerContact | A UBL invoice should not include the AccountingCustomerParty BuyerContact
        UBL-CR-265 cac:PayeeParty/cbc:MarkCareIndicator | A UBL invoice should not include the PayeeParty MarkCareIndicator
        UBL-CR-266 cac:PayeeParty/cbc:MarkAttentionIndicator | A UBL invoice should not include the PayeeParty MarkAttentionIndicator
        UBL-CR-267 cac:PayeeParty/cbc:WebsiteURI | A UBL invoice should not include the PayeeParty WebsiteURI
        UBL-CR-268 cac:PayeeParty/cbc:LogoReferenceID | A UBL invoice should not include the PayeeParty LogoReferenceID
        UBL-CR-269 cac:PayeeParty/cbc:EndpointID | A UBL invoice should not include the PayeeParty EndpointID
        UBL-CR-270 cac:PayeeParty/cbc:IndustryClassificationCode | A UBL invoice should not include the PayeeParty IndustryClassificationCode
        UBL-CR-271 cac:PayeeParty/cac:Language | A UBL invoice should not include the PayeeParty Language
        UBL-CR-272 cac:PayeeParty/cac:PostalAddress | A UBL invoice should not include the PayeeParty PostalAddress
        UBL-CR-273 cac:PayeeParty/cac:PhysicalLocation | A UBL invoice should not include the PayeeParty PhysicalLocation
        UBL-CR-274 cac:PayeeParty/cac:PartyTaxScheme | A UBL invoice should not include the PayeeParty PartyTaxScheme
        UBL-CR-275 cac:PayeeParty/cac:PartyLegalEntity/cbc:RegistrationName | A UBL invoice should not include the PayeeParty PartyLegalEntity RegistrationName
        UBL-CR-276 cac:PayeeParty/cac:PartyLegalEntity/cbc:RegistrationDate | A UBL invoice should not include the PayeeParty PartyLegalEntity RegistrationDate
        UBL-CR-277 cac:PayeeParty/cac:PartyLegalEntity/cbc:RegistrationExpirationDate | A UBL invoice should not include the PayeeParty PartyLegalEntity RegistrationExpirationDate
        UBL-CR-278 cac:PayeeParty/cac:PartyLegalEntity/cbc:CompanyLegalFormCode | A UBL invoice should not include the PayeeParty PartyLegalEntity CompanyLegalFormCode
        UBL-CR-279 cac:PayeeParty/cac:PartyLegalEntity/cbc:CompanyLegalForm | A UBL invoice should not include the PayeeParty PartyLegalEntity CompanyLegalForm
        UBL-CR-280 cac:PayeeParty/cac:PartyLegalEntity/cbc:SoleProprietorshipIndicator | A UBL invoice should not include the PayeeParty PartyLegalEntity SoleProprietorshipIndicator
        UBL-CR-281 cac:PayeeParty/cac:PartyLegalEntity/cbc:CompanyLiquidationStatusCode | A UBL invoice should not include the PayeeParty PartyLegalEntity CompanyLiquidationStatusCode
        UBL-CR-282 cac:PayeeParty/cac:PartyLegalEntity/cbc:CorporateStockAmount | A UBL invoice should not include the PayeeParty PartyLegalEntity CorporateStockAmount
        UBL-CR-283 cac:PayeeParty/cac:PartyLegalEntity/cbc:FullyPaidSharesIndicator | A UBL invoice should not include the PayeeParty PartyLegalEntity FullyPaidSharesIndicator
        UBL-CR-284 cac:PayeeParty/cac:PartyLegalEntity/cac:RegistrationAddress | A UBL invoice should not include the PayeeParty PartyLegalEntity RegistrationAddress
        UBL-CR-285 cac:PayeeParty/cac:PartyLegalEntity/cac:CorporateRegistrationScheme | A UBL invoice should not include the PayeeParty PartyLegalEntity CorporateRegistrationScheme
        UBL-CR-286 cac:PayeeParty/cac:PartyLegalEntity/cac:HeadOfficeParty | A UBL invoice should not include the PayeeParty PartyLegalEntity HeadOfficeParty
        UBL-CR-287 cac:PayeeParty/cac:PartyLegalEntity/cac:ShareholderParty | A UBL invoice should not include the PayeeParty PartyLegalEntity ShareholderParty
        UBL-CR-288 cac:PayeeParty/cac:Contact | A UBL invoice should not include the PayeeParty Contact
        UBL-CR-289 cac:PayeeParty/cac:Person | A UBL invoice should not include the PayeeParty Person
        UBL-CR-290 cac:PayeeParty/cac:AgentParty | A UBL invoice should not include the PayeeParty AgentParty
        UBL-CR-291 cac:PayeeParty/cac:ServiceProviderParty | A UBL invoice should not include the PayeeParty ServiceProviderParty
        UBL-CR-292 cac:PayeeParty/cac:PowerOfAttorney | A UBL invoice should not include the PayeeParty PowerOfAttorney
        UBL-CR-293 cac:PayeeParty/cac:FinancialAccount | A UBL invoice should not include the PayeeParty FinancialAccount
        UBL-CR-294 cac:BuyerCustomerParty | A UBL invoice should not include the BuyerCustomerParty
        UBL-CR-295 cac:SellerSupplierParty | A UBL invoice should not include the SellerSupplierParty
        UBL-CR-296 cac:TaxRepresentativeParty/cbc:MarkCareIndicator | A UBL invoice should not include the TaxRepresentativeParty MarkCareIndicator
        UBL-CR-297 cac:TaxRepresentativeParty/cbc:MarkAttentionIndicator | A UBL invoice should not include the TaxRepresentativeParty MarkAttentionIndicator
        UBL-CR-298 cac:TaxRepresentativeParty/cbc:WebsiteURI | A UBL invoice should not include the TaxRepresentativeParty WebsiteURI
        UBL-CR-299 cac:TaxRepresentativeParty/cbc:LogoReferenceID | A UBL invoice should not include the TaxRepresentativeParty LogoReferenceID
        UBL-CR-300 cac:TaxRepresentativeParty/cbc:EndpointID | A UBL invoice should not include the TaxRepresentativeParty EndpointID
        UBL-CR-301 cac:TaxRepresentativeParty/cbc:IndustryClassificationCode | A UBL invoice should not include the TaxRepresentativeParty IndustryClassificationCode
        UBL-CR-302 cac:TaxRepresentativeParty/cac:PartyIdentification | A UBL invoice should not include the TaxRepresentativeParty PartyIdentification
        UBL-CR-303 cac:TaxRepresentativeParty/cac:Language | A UBL invoice should not include the TaxRepresentativeParty Language
        UBL-CR-304 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:ID | A UBL invoice should not include the TaxRepresentativeParty PostalAddress ID
        UBL-CR-305 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:AddressTypeCode | A UBL invoice should not include the TaxRepresentativeParty PostalAddress AddressTypeCode
        UBL-CR-306 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:AddressFormatCode | A UBL invoice should not include the TaxRepresentativeParty PostalAddress AddressFormatCode
        UBL-CR-307 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:Postbox | A UBL invoice should not include the TaxRepresentativeParty PostalAddress Postbox
        UBL-CR-308 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:Floor | A UBL invoice should not include the TaxRepresentativeParty PostalAddress Floor
        UBL-CR-309 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:Room | A UBL invoice should not include the TaxRepresentativeParty PostalAddress Room
        UBL-CR-310 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:BlockName | A UBL invoice should not include the TaxRepresentativeParty PostalAddress BlockName
        UBL-CR-311 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:BuildingName | A UBL invoice should not include the TaxRepresentativeParty PostalAddress BuildingName
        UBL-CR-312 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:BuildingNumber | A UBL invoice should not include the TaxRepresentativeParty PostalAddress BuildingNumber
        UBL-CR-313 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:InhouseMail | A UBL invoice should not include the TaxRepresentativeParty PostalAddress InhouseMail
        UBL-CR-314 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:Department | A UBL invoice should not include the TaxRepresentativeParty PostalAddress Department
        UBL-CR-315 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:MarkAttention | A UBL invoice should not include the TaxRepresentativeParty PostalAddress MarkAttention
        UBL-CR-316 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:MarkCare | A UBL invoice should not include the TaxRepresentativeParty PostalAddress MarkCare
        UBL-CR-317 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:PlotIdentification | A UBL invoice should not include the TaxRepresentativeParty PostalAddress PlotIdentification
        UBL-CR-318 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:CitySubdivisionName | A UBL invoice should not include the TaxRepresentativeParty PostalAddress CitySubdivisionName
        UBL-CR-319 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:CountrySubentityCode | A UBL invoice should not include the TaxRepresentativeParty PostalAddress CountrySubentityCode
        UBL-CR-320 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:Region | A UBL invoice should not include the TaxRepresentativeParty PostalAddress Region
        UBL-CR-321 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:District | A UBL invoice should not include the TaxRepresentativeParty PostalAddress District
        UBL-CR-322 cac:TaxRepresentativeParty/cac:PostalAddress/cbc:TimezoneOffset | A UBL invoice should not include the TaxRepresentativeParty PostalAddress TimezoneOffset
        UBL-CR-323 cac:TaxRepresentativeParty/cac:PostalAddress/cac:Country/cbc:Name | A UBL invoice should not include the TaxRepresentativeParty PostalAddress Country Name
        UBL-CR-324 cac:TaxRepresentativeParty/cac:PostalAddress/cac:LocationCoordinate | A UBL invoice should not include the TaxRepresentativeParty PostalAddress LocationCoordinate
        UBL-CR-325 cac:TaxRepresentativeParty/cac:PhysicalLocation | A UBL invoice should not include the TaxRepresentativeParty PhysicalLocation
        UBL-CR-326 cac:TaxRepresentativeParty/cac:PartyTaxScheme/cbc:RegistrationName | A UBL invoice should not include the TaxRepresentativeParty PartyTaxScheme RegistrationName
        UBL-CR-327 cac:TaxRepresentativeParty/cac:PartyTaxScheme/cbc:TaxLevelCode | A UBL invoice should not include the TaxRepresentativeParty PartyTaxScheme TaxLevelCode
        UBL-CR-328 cac:TaxRepresentativeParty/cac:PartyTaxScheme/cbc:ExemptionReasonCode | A UBL invoice should not include the TaxRepresentativeParty PartyTaxScheme ExemptionReasonCode
        UBL-CR-329 cac:TaxRepresentativeParty/cac:PartyTaxScheme/cbc:ExemptionReason | A UBL invoice should not include the TaxRepresentativeParty PartyTaxScheme ExemptionReason
        UBL-CR-330 cac:TaxRepresentativeParty/cac:PartyTaxScheme/cac:RegistrationAddress | A UBL invoice should not include the TaxRepresentativeParty PartyTaxScheme RegistrationAddress
        UBL-CR-331 cac:TaxRepresentativeParty/cac:PartyTaxScheme/cac:TaxScheme/cbc:Name | A UBL invoice should not include the TaxRepresentativeParty PartyTaxScheme TaxScheme Name
        UBL-CR-332 cac:TaxRepresentativeParty/cac:PartyTaxScheme/cac:TaxScheme/cbc:TaxTypeCode | A UBL invoice should not include the TaxRepresentativeParty PartyTaxScheme TaxScheme TaxTypeCode
        UBL-CR-333 cac:TaxRepresentativeParty/cac:PartyTaxScheme/cac:TaxScheme/cbc:CurrencyCode | A UBL invoice should not include the TaxRepresentativeParty PartyTaxScheme TaxScheme CurrencyCode
        UBL-CR-334 cac:TaxRepresentativeParty/cac:PartyTaxScheme/cac:TaxScheme/cac:JurisdictionRegionAddress | A UBL invoice should not include the TaxRepresentativeParty PartyTaxScheme TaxScheme JurisdictionRegionAddress
        UBL-CR-335 cac:TaxRepresentativeParty/cac:PartyLegalEntity | A UBL invoice should not include the TaxRepresentativeParty PartyLegalEntity
        UBL-CR-336 cac:TaxRepresentativeParty/cac:Contact | A UBL invoice should not include the TaxRepresentativeParty Contact
        UBL-CR-337 cac:TaxRepresentativeParty/cac:Person | A UBL invoice should not include the TaxRepresentativeParty Person
        UBL-CR-338 cac:TaxRepresentativeParty/cac:AgentParty | A UBL invoice should not include the TaxRepresentativeParty AgentParty
        UBL-CR-339 cac:TaxRepresentativeParty/cac:ServiceProviderParty | A UBL invoice should not include the TaxRepresentativeParty ServiceProviderParty
        UBL-CR-340 cac:TaxRepresentativeParty/cac:PowerOfAttorney | A UBL invoice should not include the TaxRepresentativeParty PowerOfAttorney
        UBL-CR-341 cac:TaxRepresentativeParty/cac:FinancialAccount | A UBL invoice should not include the TaxRepresentativeParty FinancialAccount
        UBL-CR-342 cac:Delivery/cbc:ID | A UBL invoice should not include the Delivery ID
        UBL-CR-343 cac:Delivery/cbc:Quantity | A UBL invoice should not include the Delivery Quantity
        UBL-CR-344 cac:Delivery/cbc:MinimumQuantity | A UBL invoice should not include the Delivery MinimumQuantity
        UBL-CR-345 cac:Delivery/cbc:MaximumQuantity | A UBL invoice should not include the Delivery MaximumQuantity
        UBL-CR-346 cac:Delivery/cbc:ActualDeliveryTime | A UBL invoice should not include the Delivery ActualDeliveryTime
        UBL-CR-347 cac:Delivery/cbc:LatestDeliveryDate | A UBL invoice should not include the Delivery LatestDeliveryDate
        UBL-CR-348 cac:Delivery/cbc:LatestDeliveryTime | A UBL invoice should not include the Delivery LatestDeliveryTime
        UBL-CR-349 cac:Delivery/cbc:ReleaseID | A UBL invoice should not include the Delivery ReleaseID
        UBL-CR-350 cac:Delivery/cbc:TrackingID | A UBL invoice should not include the Delivery TrackingID
        UBL-CR-351 cac:Delivery/cac:DeliveryLocation/cbc:Description | A UBL invoice should not include the Delivery DeliveryLocation Description
        UBL-CR-352 cac:Delivery/cac:DeliveryLocation/cbc:Conditions | A UBL invoice should not include the Delivery DeliveryLocation Conditions
        UBL-CR-353 cac:Delivery/cac:DeliveryLocation/cbc:CountrySubentity | A UBL invoice should not include the Delivery DeliveryLocation CountrySubentity
        UBL-CR-354 cac:Delivery/cac:DeliveryLocation/cbc:CountrySubentityCode | A UBL invoice should not include the Delivery DeliveryLocation CountrySubentityCode
        UBL-CR-355 cac:Delivery/cac:DeliveryLocation/cbc:LocationTypeCode | A UBL invoice should not include the Delivery DeliveryLocation LocationTypeCode
        UBL-CR-356 cac:Delivery/cac:DeliveryLocation/cbc:InformationURI | A UBL invoice should not include the Delivery DeliveryLocation InformationURI
        UBL-CR-357 cac:Delivery/cac:DeliveryLocation/cbc:Name | A UBL invoice should not include the Delivery DeliveryLocation Name
        UBL-CR-358 cac:Delivery/cac:DeliveryLocation/cac:ValidityPeriod | A UBL invoice should not include the Delivery DeliveryLocation ValidityPeriod
        UBL-CR-359 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:ID | A UBL invoice should not include the Delivery DeliveryLocation Address ID
        UBL-CR-360 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:AddressTypeCode | A UBL invoice should not include the Delivery DeliveryLocation Address AddressTypeCode
        UBL-CR-361 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:AddressFormatCode | A UBL invoice should not include the Delivery DeliveryLocation Address AddressFormatCode
        UBL-CR-362 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:Postbox | A UBL invoice should not include the Delivery DeliveryLocation Address Postbox
        UBL-CR-363 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:Floor | A UBL invoice should not include the Delivery DeliveryLocation Address Floor
        UBL-CR-364 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:Room | A UBL invoice should not include the Delivery DeliveryLocation Address Room
        UBL-CR-365 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:BlockName | A UBL invoice should not include the Delivery DeliveryLocation Address BlockName
        UBL-CR-366 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:BuildingName | A UBL invoice should not include the Delivery DeliveryLocation Address BuildingName
        UBL-CR-367 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:BuildingNumber | A UBL invoice should not include the Delivery DeliveryLocation Address BuildingNumber
        UBL-CR-368 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:InhouseMail | A UBL invoice should not include the Delivery DeliveryLocation Address InhouseMail
        UBL-CR-369 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:Department | A UBL invoice should not include the Delivery DeliveryLocation Address Department
        UBL-CR-370 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:MarkAttention | A UBL invoice should not include the Delivery DeliveryLocation Address MarkAttention
        UBL-CR-371 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:MarkCare | A UBL invoice should not include the Delivery DeliveryLocation Address MarkCare
        UBL-CR-372 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:PlotIdentification | A UBL invoice should not include the Delivery DeliveryLocation Address PlotIdentification
        UBL-CR-373 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:CitySubdivisionName | A UBL invoice should not include the Delivery DeliveryLocation Address CitySubdivisionName
        UBL-CR-374 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:CountrySubentityCode | A UBL invoice should not include the Delivery DeliveryLocation Address CountrySubentityCode
        UBL-CR-375 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:Region | A UBL invoice should not include the Delivery DeliveryLocation Address Region
        UBL-CR-376 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:District | A UBL invoice should not include the Delivery DeliveryLocation Address District
        UBL-CR-377 cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:TimezoneOffset | A UBL invoice should not include the Delivery DeliveryLocation Address TimezoneOffset
        UBL-CR-378 cac:Delivery/cac:DeliveryLocation/cac:Address/cac:Country/cbc:Name | A UBL invoice should not include the Delivery DeliveryLocation Address Country Name
        UBL-CR-379 cac:Delivery/cac:DeliveryLocation/cac:Address/cac:LocationCoordinate | A UBL invoice should not include the Delivery DeliveryLocation Address LocationCoordinate
        UBL-CR-380 cac:Delivery/cac:DeliveryLocation/cac:SubsidiaryLocation | A UBL invoice should not include the Delivery DeliveryLocation SubsidiaryLocation
        UBL-CR-381 cac:Delivery/cac:DeliveryLocation/cac:LocationCoordinate | A UBL invoice should not include the Delivery DeliveryLocation LocationCoordinate
        UBL-CR-382 cac:Delivery/cac:AlternativeDeliveryLocation | A UBL invoice should not include the Delivery AlternativeDeliveryLocation
        UBL-CR-383 cac:Delivery/cac:RequestedDeliveryPeriod | A UBL invoice should not include the Delivery RequestedDeliveryPeriod
        UBL-CR-384 cac:Delivery/cac:EstimatedDeliveryPeriod | A UBL invoice should not include the Delivery EstimatedDeliveryPeriod
        UBL-CR-385 cac:Delivery/cac:CarrierParty | A UBL invoice should not include the Delivery CarrierParty
        UBL-CR-386 cac:Delivery/cac:DeliveryParty/cbc:MarkCareIndicator | A UBL invoice should not include the DeliveryParty MarkCareIndicator
        UBL-CR-387 cac:Delivery/cac:DeliveryParty/cbc:MarkAttentionIndicator | A UBL invoice should not include the DeliveryParty MarkAttentionIndicator
        UBL-CR-388 cac:Delivery/cac:DeliveryParty/cbc:WebsiteURI | A UBL invoice should not include the DeliveryParty WebsiteURI
        UBL-CR-389 cac:Delivery/cac:DeliveryParty/cbc:LogoReferenceID | A UBL invoice should not include the DeliveryParty LogoReferenceID
        UBL-CR-390 cac:Delivery/cac:DeliveryParty/cbc:EndpointID | A UBL invoice should not include the DeliveryParty EndpointID
        UBL-CR-391 cac:Delivery/cac:DeliveryParty/cbc:IndustryClassificationCode | A UBL invoice should not include the DeliveryParty IndustryClassificationCode
        UBL-CR-392 cac:Delivery/cac:DeliveryParty/cac:PartyIdentification | A UBL invoice should not include the DeliveryParty PartyIdentification
        UBL-CR-393 cac:Delivery/cac:DeliveryParty/cac:Language | A UBL invoice should not include the DeliveryParty Language
        UBL-CR-394 cac:Delivery/cac:DeliveryParty/cac:PostalAddress | A UBL invoice should not include the DeliveryParty PostalAddress
        UBL-CR-395 cac:Delivery/cac:DeliveryParty/cac:PhysicalLocation | A UBL invoice should not include the DeliveryParty PhysicalLocation
        UBL-CR-396 cac:Delivery/cac:DeliveryParty/cac:PartyTaxScheme | A UBL invoice should not include the DeliveryParty PartyTaxScheme
        UBL-CR-397 cac:Delivery/cac:DeliveryParty/cac:PartyLegalEntity | A UBL invoice should not include the DeliveryParty PartyLegalEntity
        UBL-CR-398 cac:Delivery/cac:DeliveryParty/cac:Contact | A UBL invoice should not include the DeliveryParty Contact
        UBL-CR-399 cac:Delivery/cac:DeliveryParty/cac:Person | A UBL invoice should not include the DeliveryParty Person
        UBL-CR-400 cac:Delivery/cac:DeliveryParty/cac:AgentParty | A UBL invoice should not include the DeliveryParty AgentParty
        UBL-CR-401 cac:Delivery/cac:DeliveryParty/cac:ServiceProviderParty | A UBL invoice should not include the DeliveryParty ServiceProviderParty
        UBL-CR-402 cac:Delivery/cac:DeliveryParty/cac:PowerOfAttorney | A UBL invoice should not include the DeliveryParty PowerOfAttorney
        UBL-CR-403 cac:Delivery/cac:DeliveryParty/cac:FinancialAccount | A UBL invoice should not include the DeliveryParty FinancialAccount
        UBL-CR-404 cac:Delivery/cac:NotifyParty | A UBL invoice should not include the Delivery NotifyParty
        UBL-CR-405 cac:Delivery/cac:Despatch | A UBL invoice should not include the Delivery Despatch
        UBL-CR-406 cac:Delivery/cac:DeliveryTerms | A UBL invoice should not include the Delivery DeliveryTerms
        UBL-CR-407 cac:Delivery/cac:MinimumDeliveryUnit | A UBL invoice should not include the Delivery MinimumDeliveryUnit
        UBL-CR-408 cac:Delivery/cac:MaximumDeliveryUnit | A UBL invoice should not include the Delivery MaximumDeliveryUnit
        UBL-CR-409 cac:Delivery/cac:Shipment | A UBL invoice should not include the Delivery Shipment
        UBL-CR-410 cac:DeliveryTerms | A UBL invoice should not include the DeliveryTerms
        UBL-CR-411 cac:PaymentMeans/cbc:ID | A UBL invoice should not include the PaymentMeans ID
        UBL-CR-413 cac:PaymentMeans/cbc:PaymentChannelCode | A UBL invoice should not include the PaymentMeans PaymentChannelCode
        UBL-CR-414 cac:PaymentMeans/cbc:InstructionID | A UBL invoice should not include the PaymentMeans InstructionID
        UBL-CR-415 cac:PaymentMeans/cac:CardAccount/cbc:CardTypeCode | A UBL invoice should not include the PaymentMeans CardAccount CardTypeCode
        UBL-CR-416 cac:PaymentMeans/cac:CardAccount/cbc:ValidityStartDate | A UBL invoice should not include the PaymentMeans CardAccount ValidityStartDate
        UBL-CR-417 cac:PaymentMeans/cac:CardAccount/cbc:ExpiryDate | A UBL invoice should not include the PaymentMeans CardAccount ExpiryDate
        UBL-CR-418 cac:PaymentMeans/cac:CardAccount/cbc:IssuerID | A UBL invoice should not include the PaymentMeans CardAccount IssuerID
        UBL-CR-419 cac:PaymentMeans/cac:CardAccount/cbc:IssueNumberID | A UBL invoice should not include the PaymentMeans CardAccount IssueNumberID
        UBL-CR-420 cac:PaymentMeans/cac:CardAccount/cbc:CV2ID | A UBL invoice should not include the PaymentMeans CardAccount CV2ID
        UBL-CR-421 cac:PaymentMeans/cac:CardAccount/cbc:CardChipCode | A UBL invoice should not include the PaymentMeans CardAccount CardChipCode
        UBL-CR-422 cac:PaymentMeans/cac:CardAccount/cbc:ChipApplicationID | A UBL invoice should not include the PaymentMeans CardAccount ChipApplicationID
        UBL-CR-424 cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:AliasName | A UBL invoice should not include the PaymentMeans PayeeFinancialAccount AliasName
        UBL-CR-425 cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:AccountTypeCode | A UBL invoice should not include the PaymentMeans PayeeFinancialAccount AccountTypeCode
        UBL-CR-426 cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:AccountFormatCode | A UBL invoice should not include the PaymentMeans PayeeFinancialAccount AccountFormatCode
        UBL-CR-427 cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:CurrencyCode | A UBL invoice should not include the PaymentMeans PayeeFinancialAccount CurrencyCode
        UBL-CR-428 cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:PaymentNote | A UBL invoice should not include the PaymentMeans PayeeFinancialAccount PaymentNote
        UBL-CR-429 cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:Name | A UBL invoice should not include the PaymentMeans PayeeFinancialAccount FinancialInstitutionBranch Name
        UBL-CR-430 cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cac:FinancialInstitution/cbc:Name | A UBL invoice should not include the PaymentMeans PayeeFinancialAccount FinancialInstitutionBranch FinancialInstitution Name
        UBL-CR-431 cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cac:FinancialInstitution/cac:Address | A UBL invoice should not include the PaymentMeans PayeeFinancialAccount FinancialInstitutionBranch FinancialInstitution Address
        UBL-CR-432 cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cac:Address | A UBL invoice should not include the PaymentMeans PayeeFinancialAccount FinancialInstitutionBranch Address
        UBL-CR-433 cac:PaymentMeans/cac:PayeeFinancialAccount/cac:Country | A UBL invoice should not include the PaymentMeans PayeeFinancialAccount Country
        UBL-CR-434 cac:PaymentMeans/cac:CreditAccount | A UBL invoice should not include the PaymentMeans CreditAccount
        UBL-CR-435 cac:PaymentMeans/cac:PaymentMandate/cbc:MandateTypeCode | A UBL invoice should not include the PaymentMeans PaymentMandate MandateTypeCode
        UBL-CR-436 cac:PaymentMeans/cac:PaymentMandate/cbc:MaximumPaymentInstructionsNumeric | A UBL invoice should not include the PaymentMeans PaymentMandate MaximumPaymentInstructionsNumeric
        UBL-CR-437 cac:PaymentMeans/cac:PaymentMandate/cbc:MaximumPaidAmount | A UBL invoice should not include the PaymentMeans PaymentMandate MaximumPaidAmount
        UBL-CR-438 cac:PaymentMeans/cac:PaymentMandate/cbc:SignatureID | A UBL invoice should not include the PaymentMeans PaymentMandate SignatureID
        UBL-CR-439 cac:PaymentMeans/cac:PaymentMandate/cac:PayerParty | A UBL invoice should not include the PaymentMeans PaymentMandate PayerParty
        UBL-CR-440 cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:Name | A UBL invoice should not include the PaymentMeans PaymentMandate PayerFinancialAccount Name
        UBL-CR-441 cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:AliasName | A UBL invoice should not include the PaymentMeans PaymentMandate PayerFinancialAccount AliasName
        UBL-CR-442 cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:AccountTypeCode | A UBL invoice should not include the PaymentMeans PaymentMandate PayerFinancialAccount AccountTypeCode
        UBL-CR-443 cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:AccountFormatCode | A UBL invoice should not include the PaymentMeans PaymentMandate PayerFinancialAccount AccountFormatCode
        UBL-CR-444 cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:CurrencyCode | A UBL invoice should not include the PaymentMeans PaymentMandate PayerFinancialAccount CurrencyCode
        UBL-CR-445 cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cbc:PaymentNote | A UBL invoice should not include the PaymentMeans PaymentMandate PayerFinancialAccount PaymentNote
        UBL-CR-446 cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cac:FinancialInstitutionBranch | A UBL invoice should not include the PaymentMeans PaymentMandate PayerFinancialAccount FinancialInstitutionBranch
        UBL-CR-447 cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount/cac:Country | A UBL invoice should not include the PaymentMeans PaymentMandate PayerFinancialAccount Country
        UBL-CR-448 cac:PaymentMeans/cac:PaymentMandate/cac:ValidityPeriod | A UBL invoice should not include the PaymentMeans PaymentMandate ValidityPeriod
        UBL-CR-449 cac:PaymentMeans/cac:PaymentMandate/cac:PaymentReversalPeriod | A UBL invoice should not include the PaymentMeans PaymentMandate PaymentReversalPeriod
        UBL-CR-450 cac:PaymentMeans/cac:PaymentMandate/cac:Clause | A UBL invoice should not include the PaymentMeans PaymentMandate Clause
        UBL-CR-451 cac:PaymentMeans/cac:TradeFinancing | A UBL invoice should not include the PaymentMeans TradeFinancing
        UBL-CR-452 cac:PaymentTerms/cbc:ID | A UBL invoice should not include the PaymentTerms ID
        UBL-CR-453 cac:PaymentTerms/cbc:PaymentMeansID | A UBL invoice should not include the PaymentTerms PaymentMeansID
        UBL-CR-454 cac:PaymentTerms/cbc:PrepaidPaymentReferenceID | A UBL invoice should not include the PaymentTerms PrepaidPaymentReferenceID
        UBL-CR-455 cac:PaymentTerms/cbc:ReferenceEventCode | A UBL invoice should not include the PaymentTerms ReferenceEventCode
        UBL-CR-456 cac:PaymentTerms/cbc:SettlementDiscountPercent | A UBL invoice should not include the PaymentTerms SettlementDiscountPercent
        UBL-CR-457 cac:PaymentTerms/cbc:PenaltySurchargePercent | A UBL invoice should not include the PaymentTerms PenaltySurchargePercent
        UBL-CR-458 cac:PaymentTerms/cbc:PaymentPercent | A UBL invoice should not include the PaymentTerms PaymentPercent
        UBL-CR-459 cac:PaymentTerms/cbc:Amount | A UBL invoice should not include the PaymentTerms Amount
        UBL-CR-460 cac:PaymentTerms/cbc:SettlementDiscountAmount | A UBL invoice should not include the PaymentTerms SettlementDiscountAmount
        UBL-CR-461 cac:PaymentTerms/cbc:PenaltyAmount | A UBL invoice should not include the PaymentTerms PenaltyAmount
        UBL-CR-462 cac:PaymentTerms/cbc:PaymentTermsDetailsURI | A UBL invoice should not include the PaymentTerms PaymentTermsDetailsURI
        UBL-CR-463 cac:PaymentTerms/cbc:PaymentDueDate | A UBL invoice should not include the PaymentTerms PaymentDueDate
        UBL-CR-464 cac:PaymentTerms/cbc:InstallmentDueDate | A UBL invoice should not include the PaymentTerms InstallmentDueDate
        UBL-CR-465 cac:PaymentTerms/cbc:InvoicingPartyReference | A UBL invoice should not include the PaymentTerms InvoicingPartyReference
        UBL-CR-466 cac:PaymentTerms/cac:SettlementPeriod | A UBL invoice should not include the PaymentTerms SettlementPeriod
        UBL-CR-467 cac:PaymentTerms/cac:PenaltyPeriod | A UBL invoice should not include the PaymentTerms PenaltyPeriod
        UBL-CR-468 cac:PaymentTerms/cac:ExchangeRate | A UBL invoice should not include the PaymentTerms ExchangeRate
        UBL-CR-469 cac:PaymentTerms/cac:ValidityPeriod | A UBL invoice should not include the PaymentTerms ValidityPeriod
        UBL-CR-470 cac:PrepaidPayment | A UBL invoice should not include the PrepaidPayment
        UBL-CR-471 cac:AllowanceCharge/cbc:ID | A UBL invoice should not include the AllowanceCharge ID
        UBL-CR-472 cac:AllowanceCharge/cbc:PrepaidIndicator | A UBL invoice should not include the AllowanceCharge PrepaidIndicator
        UBL-CR-473 cac:AllowanceCharge/cbc:SequenceNumeric | A UBL invoice should not include the AllowanceCharge SequenceNumeric
        UBL-CR-474 cac:AllowanceCharge/cbc:AccountingCostCode | A UBL invoice should not include the AllowanceCharge AccountingCostCode
        UBL-CR-475 cac:AllowanceCharge/cbc:AccountingCost | A UBL invoice should not include the AllowanceCharge AccountingCost
        UBL-CR-476 cac:AllowanceCharge/cbc:PerUnitAmount | A UBL invoice should not include the AllowanceCharge PerUnitAmount
        UBL-CR-477 cac:AllowanceCharge/cac:TaxCategory/cbc:Name | A UBL invoice should not include the AllowanceCharge TaxCategory Name
        UBL-CR-478 cac:AllowanceCharge/cac:TaxCategory/cbc:BaseUnitMeasure | A UBL invoice should not include the AllowanceCharge TaxCategory BaseUnitMeasure
        UBL-CR-479 cac:AllowanceCharge/cac:TaxCategory/cbc:PerUnitAmount | A UBL invoice should not include the AllowanceCharge TaxCategory PerUnitAmount
        UBL-CR-480 cac:AllowanceCharge/cac:TaxCategory/cbc:TaxExemptionReasonCode | A UBL invoice should not include the AllowanceCharge TaxCategory TaxExemptionReasonCode
        UBL-CR-481 cac:AllowanceCharge/cac:TaxCategory/cbc:TaxExemptionReason | A UBL invoice should not include the AllowanceCharge TaxCategory TaxExemptionReason
        UBL-CR-482 cac:AllowanceCharge/cac:TaxCategory/cbc:TierRange | A UBL invoice should not include the AllowanceCharge TaxCategory TierRange
        UBL-CR-483 cac:AllowanceCharge/cac:TaxCategory/cbc:TierRatePercent | A UBL invoice should not include the AllowanceCharge TaxCategory TierRatePercent
        UBL-CR-484 cac:AllowanceCharge/cac:TaxCategory/cac:TaxScheme/cbc:Name | A UBL invoice should not include the AllowanceCharge TaxCategory TaxScheme Name
        UBL-CR-485 cac:AllowanceCharge/cac:TaxCategory/cac:TaxScheme/cbc:TaxTypeCode | A UBL invoice should not include the AllowanceCharge TaxCategory TaxScheme TaxTypeCode
        UBL-CR-486 cac:AllowanceCharge/cac:TaxCategory/cac:TaxScheme/cbc:CurrencyCode | A UBL invoice should not include the AllowanceCharge TaxCategory TaxScheme CurrencyCode
        UBL-CR-487 cac:AllowanceCharge/cac:TaxCategory/cac:TaxScheme/cac:JurisdictionRegionAddress | A UBL invoice should not include the AllowanceCharge TaxCategory TaxScheme JurisdictionRegionAddress
        UBL-CR-488 cac:AllowanceCharge/cac:TaxTotal | A UBL invoice should not include the AllowanceCharge TaxTotal
        UBL-CR-489 cac:AllowanceCharge/cac:PaymentMeans | A UBL invoice should not include the AllowanceCharge PaymentMeans
        UBL-CR-490 cac:TaxExchangeRate | A UBL invoice should not include the TaxExchangeRate
        UBL-CR-491 cac:PricingExchangeRate | A UBL invoice should not include the PricingExchangeRate
        UBL-CR-492 cac:PaymentExchangeRate | A UBL invoice should not include the PaymentExchangeRate
        UBL-CR-493 cac:PaymentAlternativeExchangeRate | A UBL invoice should not include the PaymentAlternativeExchangeRate
        UBL-CR-494 cac:TaxTotal/cbc:RoundingAmount | A UBL invoice should not include the TaxTotal RoundingAmount
        UBL-CR-495 cac:TaxTotal/cbc:TaxEvidenceIndicator | A UBL invoice should not include the TaxTotal TaxEvidenceIndicator
        UBL-CR-496 cac:TaxTotal/cbc:TaxIncludedIndicator | A UBL invoice should not include the TaxTotal TaxIncludedIndicator
        UBL-CR-497 cac:TaxTotal/cac:TaxSubtotal/cbc:CalculationSequenceNumeric | A UBL invoice should not include the TaxTotal TaxSubtotal CalulationSequenceNumeric
        UBL-CR-498 cac:TaxTotal/cac:TaxSubtotal/cbc:TransactionCurrencyTaxAmount | A UBL invoice should not include the TaxTotal TaxSubtotal TransactionCurrencyTaxAmount
        UBL-CR-499 cac:TaxTotal/cac:TaxSubtotal/cbc:Percent | A UBL invoice should not include the TaxTotal TaxSubtotal Percent
        UBL-CR-500 cac:TaxTotal/cac:TaxSubtotal/cbc:BaseUnitMeasure | A UBL invoice should not include the TaxTotal TaxSubtotal BaseUnitMeasure
        UBL-CR-501 cac:TaxTotal/cac:TaxSubtotal/cbc:PerUnitAmount | A UBL invoice should not include the TaxTotal TaxSubtotal PerUnitAmount
        UBL-CR-502 cac:TaxTotal/cac:TaxSubtotal/cbc:TierRange | A UBL invoice should not include the TaxTotal TaxSubtotal TierRange
        UBL-CR-503 cac:TaxTotal/cac:TaxSubtotal/cbc:TierRatePercent | A UBL invoice should not include the TaxTotal TaxSubtotal TierRatePercent
        UBL-CR-504 cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:Name | A UBL invoice should not include the TaxTotal TaxSubtotal TaxCategory Name
        UBL-CR-505 cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:BaseUnitMeasure | A UBL invoice should not include the TaxTotal TaxSubtotal TaxCategory BaseUnitMeasure
        UBL-CR-506 cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:PerUnitAmount | A UBL invoice should not include the TaxTotal TaxSubtotal TaxCategory PerUnitAmount
        UBL-CR-507 cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TierRange | A UBL invoice should not include the TaxTotal TaxSubtotal TaxCategory TierRange
        UBL-CR-508 cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cbc:TierRatePercent | A UBL invoice should not include the TaxTotal TaxSubtotal TaxCategory TierRatePercent
        UBL-CR-509 cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cac:TaxScheme/cbc:Name | A UBL invoice should not include the TaxTotal TaxSubtotal TaxCategory TaxScheme Name
        UBL-CR-510 cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cac:TaxScheme/cbc:TaxTypeCode | A UBL invoice should not include the TaxTotal TaxSubtotal TaxCategory TaxScheme TaxTypeCode
        UBL-CR-511 cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cac:TaxScheme/cbc:CurrencyCode | A UBL invoice should not include the TaxTotal TaxSubtotal TaxCategory TaxScheme CurrencyCode
        UBL-CR-512 cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cac:TaxScheme/cac:JurisdictionRegionAddress | A UBL invoice should not include the TaxTotal TaxSubtotal TaxCategory TaxScheme JurisdictionRegionAddress
        UBL-CR-513 cac:WithholdingTaxTotal | A UBL invoice should not include the WithholdingTaxTotal
        UBL-CR-514 cac:LegalMonetaryTotal/cbc:PayableAlternativeAmount | A UBL invoice should not include the LegalMonetaryTotal PayableAlternativeAmount
        UBL-CR-515 (cac:InvoiceLine|cac:CreditNoteLine)/cbc:UUID | A UBL invoice should not include the InvoiceLine UUID
        UBL-CR-516 (cac:InvoiceLine|cac:CreditNoteLine)/cbc:TaxPointDate | A UBL invoice should not include the InvoiceLine TaxPointDate
        UBL-CR-517 (cac:InvoiceLine|cac:CreditNoteLine)/cbc:AccountingCostCode | A UBL invoice should not include the InvoiceLine AccountingCostCode
        UBL-CR-518 (cac:InvoiceLine|cac:CreditNoteLine)/cbc:PaymentPurposeCode | A UBL invoice should not include the InvoiceLine PaymentPurposeCode
        UBL-CR-519 (cac:InvoiceLine|cac:CreditNoteLine)/cbc:FreeOfChargeIndicator | A UBL invoice should not include the InvoiceLine FreeOfChargeIndicator
        UBL-CR-520 (cac:InvoiceLine|cac:CreditNoteLine)/cac:InvoicePeriod/cbc:StartTime | A UBL invoice should not include the InvoiceLine InvoicePeriod StartTime
        UBL-CR-521 (cac:InvoiceLine|cac:CreditNoteLine)/cac:InvoicePeriod/cbc:EndTime | A UBL invoice should not include the InvoiceLine InvoicePeriod EndTime
        UBL-CR-522 (cac:InvoiceLine|cac:CreditNoteLine)/cac:InvoicePeriod/cbc:DurationMeasure | A UBL invoice should not include the InvoiceLine InvoicePeriod DurationMeasure
        UBL-CR-523 (cac:InvoiceLine|cac:CreditNoteLine)/cac:InvoicePeriod/cbc:DescriptionCode | A UBL invoice should not include the InvoiceLine InvoicePeriod DescriptionCode
        UBL-CR-524 (cac:InvoiceLine|cac:CreditNoteLine)/cac:InvoicePeriod/cbc:Description | A UBL invoice should not include the InvoiceLine InvoicePeriod Description
        UBL-CR-525 (cac:InvoiceLine|cac:CreditNoteLine)/cac:OrderLineReference/cbc:SalesOrderLineID | A UBL invoice should not include the InvoiceLine OrderLineReference SalesOrderLineID
        UBL-CR-526 (cac:InvoiceLine|cac:CreditNoteLine)/cac:OrderLineReference/cbc:UUID | A UBL invoice should not include the InvoiceLine OrderLineReference UUID
        UBL-CR-527 (cac:InvoiceLine|cac:CreditNoteLine)/cac:OrderLineReference/cbc:LineStatusCode | A UBL invoice should not include the InvoiceLine OrderLineReference LineStatusCode
        UBL-CR-528 (cac:InvoiceLine|cac:CreditNoteLine)/cac:OrderLineReference/cac:OrderReference | A UBL invoice should not include the InvoiceLine OrderLineReference OrderReference
        UBL-CR-529 (cac:InvoiceLine|cac:CreditNoteLine)/cac:DespatchLineReference | A UBL invoice should not include the InvoiceLine DespatchLineReference
        UBL-CR-530 (cac:InvoiceLine|cac:CreditNoteLine)/cac:ReceiptLineReference | A UBL invoice should not include the InvoiceLine ReceiptLineReference
        UBL-CR-531 (cac:InvoiceLine|cac:CreditNoteLine)/cac:BillingReference | A UBL invoice should not include the InvoiceLine BillingReference
        UBL-CR-532 (cac:InvoiceLine|cac:CreditNoteLine)/cac:DocumentReference/cbc:CopyIndicator | A UBL invoice should not include the InvoiceLine DocumentReference CopyIndicator
        UBL-CR-533 (cac:InvoiceLine|cac:CreditNoteLine)/cac:DocumentReference/cbc:UUID | A UBL invoice should not include the InvoiceLine DocumentReference UUID
        UBL-CR-534 (cac:InvoiceLine|cac:CreditNoteLine)/cac:DocumentReference/cbc:IssueDate | A UBL invoice should not include the InvoiceLine DocumentReference IssueDate
        UBL-CR-535 (cac:InvoiceLine|cac:CreditNoteLine)/cac:DocumentReference/cbc:IssueTime | A UBL invoice should not include the InvoiceLine DocumentReference IssueTime
        UBL-CR-537 (cac:InvoiceLine|cac:CreditNoteLine)/cac:DocumentReference/cbc:DocumentType | A UBL invoice should not include the InvoiceLine DocumentReference DocumentType
        UBL-CR-538 (cac:InvoiceLine|cac:CreditNoteLine)/cac:DocumentReference/cbc:XPath | A UBL invoice should not include the InvoiceLine DocumentReference Xpath
        UBL-CR-539 (cac:InvoiceLine|cac:CreditNoteLine)/cac:DocumentReference/cbc:LanguageID | A UBL invoice should not include the InvoiceLine DocumentReference LanguageID
        UBL-CR-540 (cac:InvoiceLine|cac:CreditNoteLine)/cac:DocumentReference/cbc:LocaleCode | A UBL invoice should not include the InvoiceLine DocumentReference LocaleCode
        UBL-CR-541 (cac:InvoiceLine|cac:CreditNoteLine)/cac:DocumentReference/cbc:VersionID | A UBL invoice should not include the InvoiceLine DocumentReference VersionID
        UBL-CR-542 (cac:InvoiceLine|cac:CreditNoteLine)/cac:DocumentReference/cbc:DocumentStatusCode | A UBL invoice should not include the InvoiceLine DocumentReference DocumentStatusCode
        UBL-CR-543 (cac:InvoiceLine|cac:CreditNoteLine)/cac:DocumentReference/cbc:DocumentDescription | A UBL invoice should not include the InvoiceLine DocumentReference DocumentDescription
        UBL-CR-544 (cac:InvoiceLine|cac:CreditNoteLine)/cac:DocumentReference/cac:Attachment | A UBL invoice should not include the InvoiceLine DocumentReference Attachment
        UBL-CR-545 (cac:InvoiceLine|cac:CreditNoteLine)/cac:DocumentReference/cac:ValidityPeriod | A UBL invoice should not include the InvoiceLine DocumentReference ValidityPeriod
        UBL-CR-546 (cac:InvoiceLine|cac:CreditNoteLine)/cac:DocumentReference/cac:IssuerParty | A UBL invoice should not include the InvoiceLine DocumentReference IssuerParty
        UBL-CR-547 (cac:InvoiceLine|cac:CreditNoteLine)/cac:DocumentReference/cac:ResultOfVerification | A UBL invoice should not include the InvoiceLine DocumentReference ResultOfVerification
        UBL-CR-548 (cac:InvoiceLine|cac:CreditNoteLine)/cac:PricingReference | A UBL invoice should not include the InvoiceLine PricingReference
        UBL-CR-549 (cac:InvoiceLine|cac:CreditNoteLine)/cac:OriginatorParty | A UBL invoice should not include the InvoiceLine OriginatorParty
        UBL-CR-550 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Delivery | A UBL invoice should not include the InvoiceLine Delivery
        UBL-CR-551 (cac:InvoiceLine|cac:CreditNoteLine)/cac:PaymentTerms | A UBL invoice should not include the InvoiceLine PaymentTerms
        UBL-CR-552 (cac:InvoiceLine|cac:CreditNoteLine)/cac:AllowanceCharge/cbc:ID | A UBL invoice should not include the InvoiceLine AllowanceCharge ID
        UBL-CR-553 (cac:InvoiceLine|cac:CreditNoteLine)/cac:AllowanceCharge/cbc:PrepaidIndicator | A UBL invoice should not include the InvoiceLine AllowanceCharge PrepaidIndicator
        UBL-CR-554 (cac:InvoiceLine|cac:CreditNoteLine)/cac:AllowanceCharge/cbc:SequenceNumeric | A UBL invoice should not include the InvoiceLine AllowanceCharge SequenceNumeric
        UBL-CR-555 (cac:InvoiceLine|cac:CreditNoteLine)/cac:AllowanceCharge/cbc:AccountingCostCode | A UBL invoice should not include the InvoiceLine AllowanceCharge AccountingCostCode
        UBL-CR-556 (cac:InvoiceLine|cac:CreditNoteLine)/cac:AllowanceCharge/cbc:AccountingCost | A UBL invoice should not include the InvoiceLine AllowanceCharge AccountingCost
        UBL-CR-557 (cac:InvoiceLine|cac:CreditNoteLine)/cac:AllowanceCharge/cbc:PerUnitAmount | A UBL invoice should not include the InvoiceLine AllowanceCharge PerUnitAmount
        UBL-CR-558 (cac:InvoiceLine|cac:CreditNoteLine)/cac:AllowanceCharge/cac:TaxCategory | A UBL invoice should not include the InvoiceLine AllowanceCharge TaxCategory
        UBL-CR-559 (cac:InvoiceLine|cac:CreditNoteLine)/cac:AllowanceCharge/cac:TaxTotal | A UBL invoice should not include the InvoiceLine AllowanceCharge TaxTotal
        UBL-CR-560 (cac:InvoiceLine|cac:CreditNoteLine)/cac:AllowanceCharge/cac:PaymentMeans | A UBL invoice should not include the InvoiceLine AllowanceCharge PaymentMeans
        UBL-CR-561 (cac:InvoiceLine|cac:CreditNoteLine)/cac:TaxTotal | A UBL invoice should not include the InvoiceLine TaxTotal
        UBL-CR-562 (cac:InvoiceLine|cac:CreditNoteLine)/cac:WithholdingTaxTotal | A UBL invoice should not include the InvoiceLine WithholdingTaxTotal
        UBL-CR-563 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cbc:PackQuantity | A UBL invoice should not include the InvoiceLine Item PackQuantity
        UBL-CR-564 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cbc:PackSizeNumeric | A UBL invoice should not include the InvoiceLine Item PackSizeNumeric
        UBL-CR-565 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cbc:CatalogueIndicator | A UBL invoice should not include the InvoiceLine Item CatalogueIndicator
        UBL-CR-566 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cbc:HazardousRiskIndicator | A UBL invoice should not include the InvoiceLine Item HazardousRiskIndicator
        UBL-CR-567 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cbc:AdditionalInformation | A UBL invoice should not include the InvoiceLine Item AdditionalInformation
        UBL-CR-568 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cbc:Keyword | A UBL invoice should not include the InvoiceLine Item Keyword
        UBL-CR-569 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cbc:BrandName | A UBL invoice should not include the InvoiceLine Item BrandName
        UBL-CR-570 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cbc:ModelName | A UBL invoice should not include the InvoiceLine Item ModelName
        UBL-CR-571 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:BuyersItemIdentification/cbc:ExtendedID | A UBL invoice should not include the InvoiceLine Item BuyersItemIdentification ExtendedID
        UBL-CR-572 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:BuyersItemIdentification/cbc:BarcodeSymbologyID | A UBL invoice should not include the InvoiceLine Item BuyersItemIdentification BarcodeSymbologyID
        UBL-CR-573 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:BuyersItemIdentification/cac:PhysicalAttribute | A UBL invoice should not include the InvoiceLine Item BuyersItemIdentification PhysicalAttribute
        UBL-CR-574 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:BuyersItemIdentification/cac:MeasurementDimension | A UBL invoice should not include the InvoiceLine Item BuyersItemIdentification MeasurementDimension
        UBL-CR-575 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:BuyersItemIdentification/cac:IssuerParty | A UBL invoice should not include the InvoiceLine Item BuyersItemIdentification IssuerParty
        UBL-CR-576 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:SellersItemIdentification/cbc:ExtendedID | A UBL invoice should not include the InvoiceLine Item SellersItemIdentification ExtendedID
        UBL-CR-577 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:SellersItemIdentification/cbc:BarcodeSymbologyID | A UBL invoice should not include the InvoiceLine Item SellersItemIdentification BarcodeSymbologyID
        UBL-CR-578 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:SellersItemIdentification/cac:PhysicalAttribute | A UBL invoice should not include the InvoiceLine Item SellersItemIdentification PhysicalAttribute
        UBL-CR-579 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:SellersItemIdentification/cac:MeasurementDimension | A UBL invoice should not include the InvoiceLine Item SellersItemIdentification MeasurementDimension
        UBL-CR-580 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:SellersItemIdentification/cac:IssuerParty | A UBL invoice should not include the InvoiceLine Item SellersItemIdentification IssuerParty
        UBL-CR-581 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:ManufacturersItemIdentification | A UBL invoice should not include the InvoiceLine Item ManufacturersItemIdentification
        UBL-CR-582 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:StandardItemIdentification/cbc:ExtendedID | A UBL invoice should not include the InvoiceLine Item StandardItemIdentification ExtendedID
        UBL-CR-583 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:StandardItemIdentification/cbc:BarcodeSymbologyID | A UBL invoice should not include the InvoiceLine Item StandardItemIdentification BarcodeSymbologyID
        UBL-CR-584 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:StandardItemIdentification/cac:PhysicalAttribute | A UBL invoice should not include the InvoiceLine Item StandardItemIdentification PhysicalAttribute
        UBL-CR-585 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:StandardItemIdentification/cac:MeasurementDimension | A UBL invoice should not include the InvoiceLine Item StandardItemIdentification MeasurementDimension
        UBL-CR-586 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:StandardItemIdentification/cac:IssuerParty | A UBL invoice should not include the InvoiceLine Item StandardItemIdentification IssuerParty
        UBL-CR-587 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:CatalogueItemIdentification | A UBL invoice should not include the InvoiceLine Item CatalogueItemIdentification
        UBL-CR-588 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:AdditionalItemIdentification | A UBL invoice should not include the InvoiceLine Item AdditionalItemIdentification
        UBL-CR-589 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:CatalogueDocumentReference | A UBL invoice should not include the InvoiceLine Item CatalogueDocumentReference
        UBL-CR-590 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:ItemSpecificationDocumentReference | A UBL invoice should not include the InvoiceLine Item ItemSpecificationDocumentReference
        UBL-CR-591 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:OriginCountry/cbc:Name | A UBL invoice should not include the InvoiceLine Item OriginCountry Name
        UBL-CR-592 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:CommodityClassification/cbc:NatureCode | A UBL invoice should not include the InvoiceLine Item CommodityClassification NatureCode
        UBL-CR-593 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:CommodityClassification/cbc:CargoTypeCode | A UBL invoice should not include the InvoiceLine Item CommodityClassification CargoTypeCode
        UBL-CR-594 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:CommodityClassification/cbc:CommodityCode | A UBL invoice should not include the InvoiceLine Item CommodityClassification CommodityCode
        UBL-CR-595 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:TransactionConditions | A UBL invoice should not include the InvoiceLine Item TransactionConditions
        UBL-CR-596 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:HazardousItem | A UBL invoice should not include the InvoiceLine Item HazardousItem
        UBL-CR-597 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:ClassifiedTaxCategory/cbc:Name | A UBL invoice should not include the InvoiceLine Item ClassifiedTaxCategory Name
        UBL-CR-598 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:ClassifiedTaxCategory/cbc:BaseUnitMeasure | A UBL invoice should not include the InvoiceLine Item ClassifiedTaxCategory BaseUnitMeasure
        UBL-CR-599 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:ClassifiedTaxCategory/cbc:PerUnitAmount | A UBL invoice should not include the InvoiceLine Item ClassifiedTaxCategory PerUnitAmount
        UBL-CR-600 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:ClassifiedTaxCategory/cbc:TaxExemptionReasonCode | A UBL invoice should not include the InvoiceLine Item ClassifiedTaxCategory TaxExemptionReasonCode
        UBL-CR-601 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:ClassifiedTaxCategory/cbc:TaxExemptionReason | A UBL invoice should not include the InvoiceLine Item ClassifiedTaxCategory TaxExemptionReason
        UBL-CR-602 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:ClassifiedTaxCategory/cbc:TierRange | A UBL invoice should not include the InvoiceLine Item ClassifiedTaxCategory TierRange
        UBL-CR-603 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:ClassifiedTaxCategory/cbc:TierRatePercent | A UBL invoice should not include the InvoiceLine Item ClassifiedTaxCategory TierRatePercent
        UBL-CR-604 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:ClassifiedTaxCategory/cac:TaxScheme/cbc:Name | A UBL invoice should not include the InvoiceLine Item ClassifiedTaxCategory TaxScheme Name
        UBL-CR-605 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:ClassifiedTaxCategory/cac:TaxScheme/cbc:TaxTypeCode | A UBL invoice should not include the InvoiceLine Item ClassifiedTaxCategory TaxScheme TaxTypeCode
        UBL-CR-606 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:ClassifiedTaxCategory/cac:TaxScheme/cbc:CurrencyCode | A UBL invoice should not include the InvoiceLine Item ClassifiedTaxCategory TaxScheme CurrencyCode
        UBL-CR-607 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:ClassifiedTaxCategory/cac:TaxScheme/cac:JurisdictionRegionAddress | A UBL invoice should not include the InvoiceLine Item ClassifiedTaxCategory TaxScheme JurisdictionRegionAddress
        UBL-CR-608 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:AdditionalItemProperty/cbc:ID | A UBL invoice should not include the InvoiceLine Item AdditionalItemProperty ID
        UBL-CR-609 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:AdditionalItemProperty/cbc:NameCode | A UBL invoice should not include the InvoiceLine Item AdditionalItemProperty NameCode
        UBL-CR-610 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:AdditionalItemProperty/cbc:TestMethod | A UBL invoice should not include the InvoiceLine Item AdditionalItemProperty TestMethod
        UBL-CR-611 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:AdditionalItemProperty/cbc:ValueQuantity | A UBL invoice should not include the InvoiceLine Item AdditionalItemProperty ValueQuantity
        UBL-CR-612 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:AdditionalItemProperty/cbc:ValueQualifier | A UBL invoice should not include the InvoiceLine Item AdditionalItemProperty ValueQualifier
        UBL-CR-613 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:AdditionalItemProperty/cbc:ImportanceCode | A UBL invoice should not include the InvoiceLine Item AdditionalItemProperty ImportanceCode
        UBL-CR-614 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:AdditionalItemProperty/cbc:ListValue | A UBL invoice should not include the InvoiceLine Item AdditionalItemProperty ListValue
        UBL-CR-615 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:AdditionalItemProperty/cac:UsabilityPeriod | A UBL invoice should not include the InvoiceLine Item AdditionalItemProperty UsabilityPeriod
        UBL-CR-616 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:AdditionalItemProperty/cac:ItemPropertyGroup | A UBL invoice should not include the InvoiceLine Item AdditionalItemProperty ItemPropertyGroup
        UBL-CR-617 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:AdditionalItemProperty/cac:RangeDimension | A UBL invoice should not include the InvoiceLine Item AdditionalItemProperty RangeDimension
        UBL-CR-618 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:AdditionalItemProperty/cac:ItemPropertyRange | A UBL invoice should not include the InvoiceLine Item AdditionalItemProperty ItemPropertyRange
        UBL-CR-619 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:ManufacturerParty | A UBL invoice should not include the InvoiceLine Item ManufacturerParty
        UBL-CR-620 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:InformationContentProviderParty | A UBL invoice should not include the InvoiceLine Item InformationContentProviderParty
        UBL-CR-621 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:OriginAddress | A UBL invoice should not include the InvoiceLine Item OriginAddress
        UBL-CR-622 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:ItemInstance | A UBL invoice should not include the InvoiceLine Item ItemInstance
        UBL-CR-623 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:Certificate | A UBL invoice should not include the InvoiceLine Item Certificate
        UBL-CR-624 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Item/cac:Dimension | A UBL invoice should not include the InvoiceLine Item Dimension
        UBL-CR-625 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cbc:PriceChangeReason | A UBL invoice should not include the InvoiceLine Item Price PriceChangeReason
        UBL-CR-626 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cbc:PriceTypeCode | A UBL invoice should not include the InvoiceLine Item Price PriceTypeCode
        UBL-CR-627 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cbc:PriceType | A UBL invoice should not include the InvoiceLine Item Price PriceType
        UBL-CR-628 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cbc:OrderableUnitFactorRate | A UBL invoice should not include the InvoiceLine Item Price OrderableUnitFactorRate
        UBL-CR-629 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cbc:ValidityPeriod | A UBL invoice should not include the InvoiceLine Item Price ValidityPeriod
        UBL-CR-630 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cbc:PriceList | A UBL invoice should not include the InvoiceLine Item Price PriceList
        UBL-CR-632 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cac:AllowanceCharge/cbc:ID | A UBL invoice should not include the InvoiceLine Item Price AllowanceCharge ID
        UBL-CR-633 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cac:AllowanceCharge/cbc:AllowanceChargeReasonCode | A UBL invoice should not include the InvoiceLine Item Price AllowanceCharge AllowanceChargeReasonCode
        UBL-CR-634 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cac:AllowanceCharge/cbc:AllowanceChargeReason | A UBL invoice should not include the InvoiceLine Item Price AllowanceCharge AllowanceChargeReason
        UBL-CR-635 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cac:AllowanceCharge/cbc:MultiplierFactorNumeric | A UBL invoice should not include the InvoiceLine Item Price AllowanceCharge MultiplierFactorNumeric
        UBL-CR-636 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cac:AllowanceCharge/cbc:PrepaidIndicator | A UBL invoice should not include the InvoiceLine Item Price AllowanceCharge PrepaidIndicator
        UBL-CR-637 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cac:AllowanceCharge/cbc:SequenceNumeric | A UBL invoice should not include the InvoiceLine Item Price AllowanceCharge SequenceNumeric
        UBL-CR-638 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cac:AllowanceCharge/cbc:AccountingCostCode | A UBL invoice should not include the InvoiceLine Item Price AllowanceCharge AccountingCostCode
        UBL-CR-639 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cac:AllowanceCharge/cbc:AccountingCost | A UBL invoice should not include the InvoiceLine Item Price AllowanceCharge AccountingCost
        UBL-CR-640 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cac:AllowanceCharge/cbc:PerUnitAmount | A UBL invoice should not include the InvoiceLine Item Price AllowanceCharge PerUnitAmount
        UBL-CR-641 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cac:AllowanceCharge/cac:TaxCategory | A UBL invoice should not include the InvoiceLine Item Price AllowanceCharge TaxCategory
        UBL-CR-642 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cac:AllowanceCharge/cac:TaxTotal | A UBL invoice should not include the InvoiceLine Item Price AllowanceCharge TaxTotal
        UBL-CR-643 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cac:AllowanceCharge/cac:PaymentMeans | A UBL invoice should not include the InvoiceLine Item Price AllowanceCharge PaymentMeans
        UBL-CR-644 (cac:InvoiceLine|cac:CreditNoteLine)/cac:Price/cac:PricingExchangeRate | A UBL invoice should not include the InvoiceLine Item Price PricingExchangeRate
        UBL-CR-645 (cac:InvoiceLine|cac:CreditNoteLine)/cac:DeliveryTerms | A UBL invoice should not include the InvoiceLine DeliveryTerms
        UBL-CR-646 (cac:InvoiceLine|cac:CreditNoteLine)/cac:SubInvoiceLine | A UBL invoice should not include the InvoiceLine SubInvoiceLine
        UBL-CR-647 (cac:InvoiceLine|cac:CreditNoteLine)/cac:ItemPriceExtension | A UBL invoice should not include the InvoiceLine ItemPriceExtension
        UBL-CR-648 cbc:CustomizationID/@schemeID | A UBL invoice should not include the CustomizationID scheme identifier
        UBL-CR-649 cbc:ProfileID/@schemeID | A UBL invoice should not include the ProfileID scheme identifier
        UBL-CR-650 cbc:ID/@schemeID | A UBL invoice shall not include the Invoice ID scheme identifier
        UBL-CR-651 cbc:SalesOrderID/@schemeID | A UBL invoice should not include the SalesOrderID scheme identifier
        UBL-CR-652 //cac:PartyTaxScheme/cbc:CompanyID/@schemeID | A UBL invoice should not include the PartyTaxScheme CompanyID scheme identifier
        UBL-CR-653 cac:PaymentMeans/cbc:PaymentID/@schemeID | A UBL invoice should not include the PaymentID scheme identifier
        UBL-CR-654 cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID/@schemeID | A UBL invoice should not include the PayeeFinancialAccount scheme identifier
        UBL-CR-655 cac:PaymentMeans/cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID/@schemeID | A UBL invoice shall not include the FinancialInstitutionBranch ID scheme identifier
        UBL-CR-656 cbc:InvoiceTypeCode/@listID | A UBL invoice should not include the InvoiceTypeCode listID
        UBL-CR-657 cbc:DocumentCurrencyCode/@listID | A UBL invoice should not include the DocumentCurrencyCode listID
        UBL-CR-658 cbc:TaxCurrencyCode/@listID | A UBL invoice should not include the TaxCurrencyCode listID
        UBL-CR-659 cac:AdditionalDocumentReference/cbc:DocumentTypeCode/@listID | A UBL invoice shall not include the AdditionalDocumentReference DocumentTypeCode listID
        UBL-CR-660 //cac:Country/cbc:IdentificationCode/@listID | A UBL invoice should not include the Country Identification code listID
        UBL-CR-661 cac:PaymentMeans/cbc:PaymentMeansCode/@listID | A UBL invoice should not include the PaymentMeansCode listID
        UBL-CR-662 //cbc:AllowanceChargeReasonCode/@listID | A UBL invoice should not include the AllowanceChargeReasonCode listID
        UBL-CR-663 //@unitCodeListID | A UBL invoice should not include the unitCodeListID
        UBL-CR-664 //cac:FinancialInstitution | A UBL invoice should not include the FinancialInstitutionBranch FinancialInstitution
        UBL-CR-667 //cac:BuyersItemIdentification/cbc:ID/@schemeID | A UBL invoice should not include a Buyer Item Identification schemeID
        UBL-CR-668 //cac:SellersItemIdentification/cbc:ID/@schemeID | A UBL invoice should not include a Sellers Item Identification schemeID
        UBL-CR-669 //cac:Price/cac:AllowanceCharge/cbc:AllowanceChargeReasonCode | A UBL invoice should not include a Price Allowance Reason Code
        UBL-CR-670 //cac:Price/cac:AllowanceCharge/cbc:AllowanceChargeReason | A UBL invoice should not include a Price Allowance Reason
        UBL-CR-671 //cac:Price/cac:AllowanceCharge/cbc:MultiplierFactorNumeric | A UBL invoice should not include a Price Allowance Multiplier Factor
        UBL-CR-672 cbc:CreditNoteTypeCode/@listID | A UBL credit note should not include the CreditNoteTypeCode listID
        UBL-CR-674 //cbc:PrimaryAccountNumberID/@schemeID | A UBL invoice should not include the PrimaryAccountNumber schemeID
        UBL-CR-675 //cac:CardAccount/cbc:NetworkID/@schemeID | A UBL invoice should not include the NetworkID schemeID
        UBL-CR-676 //cac:PaymentMandate/cbc:ID/@schemeID | A UBL invoice should not include the PaymentMandate/ID schemeID
        UBL-CR-677 //cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID/@schemeID | A UBL invoice should not include the PayerFinancialAccount/ID schemeID
        UBL-CR-678 //cac:TaxCategory/cbc:ID/@schemeID | A UBL invoice should not include the TaxCategory/ID schemeID
        UBL-CR-679 //cac:ClassifiedTaxCategory/cbc:ID/@schemeID | A UBL invoice should not include the ClassifiedTaxCategory/ID schemeID
        UBL-CR-680 //cac:PaymentMeans/cac:PayerFinancialAccount | A UBL invoice should not include the PaymentMeans/PayerFinancialAccount
        UBL-CR-681 cac:PaymentMeans/cbc:InstructionNote | A UBL invoice should not include the PaymentMeans InstructionNote
        UBL-CR-682 cac:Delivery/cac:DeliveryAddress | A UBL invoice should not include the Delivery DeliveryAddress
        UBL-DT-08 //@schemeName | Scheme name attribute should not be present
        UBL-DT-09 //@schemeAgencyName | Scheme agency name attribute should not be present
        UBL-DT-10 //@schemeDataURI | Scheme data uri attribute should not be present
        UBL-DT-11 //@schemeURI | Scheme uri attribute should not be present
        UBL-DT-12 //@format | Format attribute should not be present
        UBL-DT-13 //@unitCodeListIdentifier | Unit code list identifier attribute should not be present
        UBL-DT-14 //@unitCodeListAgencyIdentifier | Unit code list agency identifier attribute should not be present
        UBL-DT-15 //@unitCodeListAgencyName | Unit code list agency name attribute should not be present
        UBL-DT-16 //@listAgencyName | List agency name attribute should not be present
        UBL-DT-17 //@listName | List name attribute should not be present
        UBL-DT-19 //@languageID | Language identifier attribute should not be present
        UBL-DT-20 //@listURI | List uri attribute should not be present
        UBL-DT-21 //@listSchemeURI | List scheme uri attribute should not be present
        UBL-DT-22 //@languageLocaleID | Language local identifier attribute should not be present
        UBL-DT-23 //@uri | Uri attribute should not be present
        UBL-DT-24 //@currencyCodeListVersionID | Currency code list version id should not be present
        UBL-DT-25 //@characterSetCode | CharacterSetCode attribute should not be present
        UBL-DT-26 //@encodingCode | EncodingCode attribute should not be present
        UBL-DT-27 //@schemeAgencyID | Scheme Agency ID attribute should not be present
        UBL-DT-28 //@listAgencyID | List Agency ID attribute should not be present
        """
}
