// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

// Generated from the structure patterns of the Factur-X 1.09 profile Schematron (FNFE-MPE/FeRD): the tree of
// the elements the profile checks, with the priority of the pattern rule matching each and what it must carry.
// Read by ``FacturXStructure``, which describes the format.

/// The structure tables of the Factur-X 1.09 profiles (see ``FacturXStructure`` for the format).
enum FacturXStructureTables {
    /// The structure of the MINIMUM profile.
    static let minimum = """
        rsm:CrossIndustryInvoice
         rsm:ExchangedDocument 1033
         | = 1 ram:ID
         | = 1 ram:TypeCode
          ram:ID 1032
          ram:IssueDateTime
           udt:DateTimeString 1031
           | @ format
           | in @format 0 @format
          ram:TypeCode 1030
          | in . 1 ram:TypeCode
         rsm:ExchangedDocumentContext 1029
         | <= 1 ram:BusinessProcessSpecifiedDocumentContextParameter
         | = 1 ram:GuidelineSpecifiedDocumentContextParameter
          ram:BusinessProcessSpecifiedDocumentContextParameter 1028
          | = 1 ram:ID
           ram:ID 1027
          ram:GuidelineSpecifiedDocumentContextParameter 1026
          | = 1 ram:ID
           ram:ID 1025
           | in . 2 ram:ID
         rsm:SupplyChainTradeTransaction
          ram:ApplicableHeaderTradeAgreement
           ram:BuyerOrderReferencedDocument 1024
           | = 1 ram:IssuerAssignedID
            ram:IssuerAssignedID 1023
           ram:BuyerTradeParty 1022
           | = 1 ram:Name
            ram:PostalTradeAddress 1021
            ram:SpecifiedLegalOrganization 1020
            | = 1 ram:ID
             ram:ID 1019
             | in @schemeID 3 @schemeID
            ram:SpecifiedTaxRegistration 1018
           ram:SellerTradeParty 1017
           | = 1 ram:Name
           | = 1 ram:PostalTradeAddress
           | <= 1 ram:SpecifiedTaxRegistration[vat]
           | <= 1 ram:SpecifiedTaxRegistration[fc]
            ram:PostalTradeAddress 1016
            | = 1 ram:CountryID
             ram:CountryID 1015
             | in . 4 ram:CountryID
            ram:SpecifiedLegalOrganization
             ram:ID 1014
             | in @schemeID 3 @schemeID
            ram:SpecifiedTaxRegistration[taxother] 1013
            ram:SpecifiedTaxRegistration[fc] 1012
            | = 1 ram:ID
             ram:ID 1011
             | @ schemeID
            ram:SpecifiedTaxRegistration[vat] 1010
            | = 1 ram:ID
             ram:ID 1009
             | @ schemeID
          ram:ApplicableHeaderTradeSettlement 1008
          | = 1 ram:InvoiceCurrencyCode
          | = 1 ram:SpecifiedTradeSettlementHeaderMonetarySummation
           ram:InvoiceCurrencyCode 1007
           | in . 5 ram:InvoiceCurrencyCode
           ram:SpecifiedTradeSettlementHeaderMonetarySummation 1006
           | = 1 ram:TaxBasisTotalAmount
           | <= 1 ram:TaxTotalAmount[invoicecurrency]
           | <= 1 ram:TaxTotalAmount[taxcurrency]
           | = 1 ram:GrandTotalAmount
           | = 1 ram:DuePayableAmount
            ram:DuePayableAmount 1005
            ram:GrandTotalAmount 1004
            ram:TaxBasisTotalAmount 1003
            ram:TaxTotalAmount[othercurrency] 1002
            ram:TaxTotalAmount[invoicecurrency] 1001
            | in @currencyID 5 @currencyID
            ram:TaxTotalAmount[taxcurrency] 1000
            | in @currencyID 5 @currencyID
        """

    /// The structure of the BASICWL profile.
    static let basicWL = """
        rsm:CrossIndustryInvoice
         rsm:ExchangedDocument 1132
         | = 1 ram:ID
         | = 1 ram:TypeCode
          ram:ID 1131
          ram:IncludedNote 1130
          | = 1 ram:Content
          | <= 1 ram:SubjectCode
           ram:SubjectCode 1129
           | in . 6 ram:SubjectCode
          ram:IssueDateTime
           udt:DateTimeString 1128
           | @ format
           | in @format 0 @format
          ram:TypeCode 1127
          | in . 1 ram:TypeCode
         rsm:ExchangedDocumentContext 1126
         | <= 1 ram:BusinessProcessSpecifiedDocumentContextParameter
         | = 1 ram:GuidelineSpecifiedDocumentContextParameter
          ram:BusinessProcessSpecifiedDocumentContextParameter 1125
          | = 1 ram:ID
           ram:ID 1124
          ram:GuidelineSpecifiedDocumentContextParameter 1123
          | = 1 ram:ID
           ram:ID 1122
           | in . 7 ram:ID
         rsm:SupplyChainTradeTransaction
          ram:ApplicableHeaderTradeAgreement
           ram:BuyerOrderReferencedDocument 1121
           | = 1 ram:IssuerAssignedID
            ram:FormattedIssueDateTime 1120
            ram:IssuerAssignedID 1119
           ram:BuyerTradeParty 1118
           | <= 1 ram:ID
           | <= 1 ram:GlobalID
           | = 1 ram:Name
           | = 1 ram:PostalTradeAddress
           | <= 1 ram:URIUniversalCommunication
           | <= 1 ram:SpecifiedTaxRegistration
            ram:GlobalID 1117
            | @ schemeID
            | in @schemeID 8 @schemeID
            ram:ID 1116
            ram:PostalTradeAddress 1115
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1114
             | in . 4 ram:CountryID
            ram:SpecifiedLegalOrganization
             ram:ID 1113
             | in @schemeID 3 @schemeID
             ram:TradingBusinessName 1112
            ram:SpecifiedTaxRegistration 1111
            | = 1 ram:ID
             ram:ID 1110
             | @ schemeID
             | in @schemeID 9 @schemeID
            ram:URIUniversalCommunication 1109
            | = 1 ram:URIID
             ram:URIID 1108
             | @ schemeID
             | in @schemeID 10 @schemeID
           ram:ContractReferencedDocument 1107
           | = 1 ram:IssuerAssignedID
            ram:FormattedIssueDateTime 1106
            ram:IssuerAssignedID 1105
           ram:SellerTaxRepresentativeTradeParty 1104
           | = 1 ram:Name
           | = 1 ram:PostalTradeAddress
           | = 1 ram:SpecifiedTaxRegistration
            ram:GlobalID 1103
            ram:ID 1102
            ram:PostalTradeAddress 1101
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1100
             | in . 4 ram:CountryID
            ram:SpecifiedLegalOrganization 1099
            ram:SpecifiedTaxRegistration 1098
            | = 1 ram:ID
             ram:ID 1097
             | @ schemeID
             | in @schemeID 9 @schemeID
            ram:URIUniversalCommunication 1096
           ram:SellerTradeParty 1095
           | = 1 ram:Name
           | = 1 ram:PostalTradeAddress
           | <= 1 ram:URIUniversalCommunication
           | <= 1 ram:SpecifiedTaxRegistration[vat]
           | <= 1 ram:SpecifiedTaxRegistration[fc]
            ram:GlobalID 1094
            | @ schemeID
            | in @schemeID 8 @schemeID
            ram:ID 1093
            ram:PostalTradeAddress 1092
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1091
             | in . 4 ram:CountryID
            ram:SpecifiedLegalOrganization
             ram:ID 1090
             | in @schemeID 3 @schemeID
            ram:SpecifiedTaxRegistration[taxother] 1089
            ram:SpecifiedTaxRegistration[fc] 1088
            | = 1 ram:ID
             ram:ID 1087
             | @ schemeID
            ram:SpecifiedTaxRegistration[vat] 1086
            | = 1 ram:ID
             ram:ID 1085
             | @ schemeID
            ram:URIUniversalCommunication 1084
            | = 1 ram:URIID
             ram:URIID 1083
             | @ schemeID
             | in @schemeID 10 @schemeID
          ram:ApplicableHeaderTradeDelivery
           ram:ActualDeliverySupplyChainEvent 1082
           | = 1 ram:OccurrenceDateTime
            ram:OccurrenceDateTime
             udt:DateTimeString 1081
             | @ format
             | in @format 0 @format
           ram:DespatchAdviceReferencedDocument 1080
           | = 1 ram:IssuerAssignedID
            ram:FormattedIssueDateTime 1079
            ram:IssuerAssignedID 1078
           ram:ShipToTradeParty 1077
           | <= 1 ram:ID
           | <= 1 ram:GlobalID
            ram:GlobalID 1076
            | @ schemeID
            | in @schemeID 8 @schemeID
            ram:ID 1075
            ram:PostalTradeAddress 1074
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1073
             | in . 4 ram:CountryID
            ram:SpecifiedLegalOrganization 1072
            ram:SpecifiedTaxRegistration 1071
            ram:URIUniversalCommunication 1070
          ram:ApplicableHeaderTradeSettlement 1069
          | <= 1 ram:PaymentReference
          | = 1 ram:InvoiceCurrencyCode
          | >= 1 ram:ApplicableTradeTax
          | <= 1 ram:SpecifiedTradePaymentTerms
          | = 1 ram:SpecifiedTradeSettlementHeaderMonetarySummation
          | <= 1 ram:ReceivableSpecifiedTradeAccountingAccount
           ram:ApplicableTradeTax 1068
           | = 1 ram:CalculatedAmount
           | = 1 ram:TypeCode
           | = 1 ram:BasisAmount
           | = 1 ram:CategoryCode
            ram:BasisAmount 1067
            ram:CalculatedAmount 1066
            ram:CategoryCode 1065
            | in . 11 ram:CategoryCode
            ram:DueDateTypeCode 1064
            | in . 12 ram:DueDateTypeCode
            ram:ExemptionReasonCode 1063
            | in . 13 ram:ExemptionReasonCode
            ram:TypeCode 1062
            | in . 14 ram:TypeCode
           ram:BillingSpecifiedPeriod
            ram:EndDateTime
             udt:DateTimeString 1061
             | @ format
             | in @format 0 @format
            ram:StartDateTime
             udt:DateTimeString 1060
             | @ format
             | in @format 0 @format
           ram:CreditorReferenceID 1059
           ram:InvoiceCurrencyCode 1058
           | in . 5 ram:InvoiceCurrencyCode
           ram:InvoiceReferencedDocument
            ram:FormattedIssueDateTime
             qdt:DateTimeString 1057
             | @ format
             | in @format 0 @format
            ram:IssuerAssignedID 1056
           ram:PayeeTradeParty 1055
           | <= 1 ram:ID
           | <= 1 ram:GlobalID
           | = 1 ram:Name
            ram:GlobalID 1054
            | @ schemeID
            | in @schemeID 8 @schemeID
            ram:ID 1053
            ram:PostalTradeAddress 1052
            ram:SpecifiedLegalOrganization
             ram:ID 1051
             | in @schemeID 3 @schemeID
             ram:TradingBusinessName 1050
            ram:SpecifiedTaxRegistration 1049
            ram:URIUniversalCommunication 1048
           ram:ReceivableSpecifiedTradeAccountingAccount
            ram:ID 1047
           ram:SpecifiedTradeAllowanceCharge[indicatorother] 1046
           ram:SpecifiedTradeAllowanceCharge[allowance] 1045
           | = 1 ram:ChargeIndicator
           | = 1 ram:ActualAmount
           | = 1 ram:CategoryTradeTax
            ram:ActualAmount 1044
            ram:BasisAmount 1043
            ram:CategoryTradeTax 1042
            | = 1 ram:TypeCode
            | = 1 ram:CategoryCode
             ram:BasisAmount 1041
             ram:CalculatedAmount 1040
             ram:CategoryCode 1039
             | in . 11 ram:CategoryCode
             ram:DueDateTypeCode 1038
             ram:ExemptionReason 1037
             ram:ExemptionReasonCode 1036
             ram:TypeCode 1035
             | in . 14 ram:TypeCode
            ram:ReasonCode 1034
            | in . 15 ram:ReasonCode
           ram:SpecifiedTradeAllowanceCharge[charge] 1033
           | = 1 ram:ChargeIndicator
           | = 1 ram:ActualAmount
           | = 1 ram:CategoryTradeTax
            ram:ActualAmount 1032
            ram:BasisAmount 1031
            ram:CategoryTradeTax 1030
            | = 1 ram:TypeCode
            | = 1 ram:CategoryCode
             ram:BasisAmount 1029
             ram:CalculatedAmount 1028
             ram:CategoryCode 1027
             | in . 11 ram:CategoryCode
             ram:DueDateTypeCode 1026
             ram:ExemptionReason 1025
             ram:ExemptionReasonCode 1024
             ram:TypeCode 1023
             | in . 14 ram:TypeCode
            ram:ReasonCode[listother] 1022
            ram:ReasonCode[listnone] 1021
            | in . 16 ram:ReasonCode[not (@listID)]
           ram:SpecifiedTradePaymentTerms 1020
           | <= 1 ram:Description
           | <= 1 ram:DirectDebitMandateID
            ram:DirectDebitMandateID 1019
            ram:DueDateDateTime
             udt:DateTimeString 1018
             | @ format
             | in @format 0 @format
           ram:SpecifiedTradeSettlementHeaderMonetarySummation 1017
           | = 1 ram:LineTotalAmount
           | <= 1 ram:ChargeTotalAmount
           | <= 1 ram:AllowanceTotalAmount
           | = 1 ram:TaxBasisTotalAmount
           | <= 1 ram:TaxTotalAmount[invoicecurrency]
           | <= 1 ram:TaxTotalAmount[taxcurrency]
           | = 1 ram:GrandTotalAmount
           | <= 1 ram:TotalPrepaidAmount
           | = 1 ram:DuePayableAmount
            ram:AllowanceTotalAmount 1016
            ram:ChargeTotalAmount 1015
            ram:DuePayableAmount 1014
            ram:GrandTotalAmount 1013
            ram:LineTotalAmount 1012
            ram:TaxBasisTotalAmount 1011
            ram:TaxTotalAmount[othercurrency] 1010
            ram:TaxTotalAmount[invoicecurrency] 1009
            | in @currencyID 5 @currencyID
            ram:TaxTotalAmount[taxcurrency] 1008
            | in @currencyID 5 @currencyID
            ram:TotalPrepaidAmount 1007
           ram:SpecifiedTradeSettlementPaymentMeans 1006
           | = 1 ram:TypeCode
           | <= 1 ram:PayeePartyCreditorFinancialAccount
            ram:PayeePartyCreditorFinancialAccount
             ram:IBANID 1005
             ram:ProprietaryID 1004
            ram:PayerPartyDebtorFinancialAccount 1003
            | = 1 ram:IBANID
             ram:IBANID 1002
            ram:TypeCode 1001
            | in . 17 ram:TypeCode
           ram:TaxCurrencyCode 1000
           | in . 5 ram:TaxCurrencyCode
        """

    /// The structure of the BASIC profile.
    static let basic = """
        rsm:CrossIndustryInvoice
         rsm:ExchangedDocument 1185
         | = 1 ram:ID
         | = 1 ram:TypeCode
          ram:ID 1184
          ram:IncludedNote 1183
          | = 1 ram:Content
          | <= 1 ram:SubjectCode
           ram:SubjectCode 1182
           | in . 6 ram:SubjectCode
          ram:IssueDateTime
           udt:DateTimeString 1181
           | @ format
           | in @format 0 @format
          ram:TypeCode 1180
          | in . 1 ram:TypeCode
         rsm:ExchangedDocumentContext 1179
         | <= 1 ram:BusinessProcessSpecifiedDocumentContextParameter
         | = 1 ram:GuidelineSpecifiedDocumentContextParameter
          ram:BusinessProcessSpecifiedDocumentContextParameter 1178
          | = 1 ram:ID
           ram:ID 1177
          ram:GuidelineSpecifiedDocumentContextParameter 1176
          | = 1 ram:ID
           ram:ID 1175
           | in . 18 ram:ID
         rsm:SupplyChainTradeTransaction 1174
         | >= 1 ram:IncludedSupplyChainTradeLineItem
          ram:ApplicableHeaderTradeAgreement
           ram:BuyerOrderReferencedDocument 1173
           | = 1 ram:IssuerAssignedID
            ram:FormattedIssueDateTime 1172
            ram:IssuerAssignedID 1171
           ram:BuyerTradeParty 1170
           | <= 1 ram:ID
           | <= 1 ram:GlobalID
           | = 1 ram:Name
           | = 1 ram:PostalTradeAddress
           | <= 1 ram:URIUniversalCommunication
           | <= 1 ram:SpecifiedTaxRegistration
            ram:GlobalID 1169
            | @ schemeID
            | in @schemeID 8 @schemeID
            ram:ID 1168
            ram:PostalTradeAddress 1167
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1166
             | in . 4 ram:CountryID
            ram:SpecifiedLegalOrganization
             ram:ID 1165
             | in @schemeID 3 @schemeID
             ram:TradingBusinessName 1164
            ram:SpecifiedTaxRegistration 1163
            | = 1 ram:ID
             ram:ID 1162
             | @ schemeID
             | in @schemeID 9 @schemeID
            ram:URIUniversalCommunication 1161
            | = 1 ram:URIID
             ram:URIID 1160
             | @ schemeID
             | in @schemeID 10 @schemeID
           ram:ContractReferencedDocument 1159
           | = 1 ram:IssuerAssignedID
            ram:FormattedIssueDateTime 1158
            ram:IssuerAssignedID 1157
           ram:SellerTaxRepresentativeTradeParty 1156
           | = 1 ram:Name
           | = 1 ram:PostalTradeAddress
           | = 1 ram:SpecifiedTaxRegistration
            ram:GlobalID 1155
            ram:ID 1154
            ram:PostalTradeAddress 1153
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1152
             | in . 4 ram:CountryID
            ram:SpecifiedLegalOrganization 1151
            ram:SpecifiedTaxRegistration 1150
            | = 1 ram:ID
             ram:ID 1149
             | @ schemeID
             | in @schemeID 9 @schemeID
            ram:URIUniversalCommunication 1148
           ram:SellerTradeParty 1147
           | = 1 ram:Name
           | = 1 ram:PostalTradeAddress
           | <= 1 ram:URIUniversalCommunication
           | <= 1 ram:SpecifiedTaxRegistration[vat]
           | <= 1 ram:SpecifiedTaxRegistration[fc]
            ram:GlobalID 1146
            | @ schemeID
            | in @schemeID 8 @schemeID
            ram:ID 1145
            ram:PostalTradeAddress 1144
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1143
             | in . 4 ram:CountryID
            ram:SpecifiedLegalOrganization
             ram:ID 1142
             | in @schemeID 3 @schemeID
            ram:SpecifiedTaxRegistration[taxother] 1141
            ram:SpecifiedTaxRegistration[fc] 1140
            | = 1 ram:ID
             ram:ID 1139
             | @ schemeID
            ram:SpecifiedTaxRegistration[vat] 1138
            | = 1 ram:ID
             ram:ID 1137
             | @ schemeID
            ram:URIUniversalCommunication 1136
            | = 1 ram:URIID
             ram:URIID 1135
             | @ schemeID
             | in @schemeID 10 @schemeID
          ram:ApplicableHeaderTradeDelivery
           ram:ActualDeliverySupplyChainEvent 1134
           | = 1 ram:OccurrenceDateTime
            ram:OccurrenceDateTime
             udt:DateTimeString 1133
             | @ format
             | in @format 0 @format
           ram:DespatchAdviceReferencedDocument 1132
           | = 1 ram:IssuerAssignedID
            ram:FormattedIssueDateTime 1131
            ram:IssuerAssignedID 1130
           ram:ShipToTradeParty 1129
           | <= 1 ram:ID
           | <= 1 ram:GlobalID
            ram:GlobalID 1128
            | @ schemeID
            | in @schemeID 8 @schemeID
            ram:ID 1127
            ram:PostalTradeAddress 1126
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1125
             | in . 4 ram:CountryID
            ram:SpecifiedLegalOrganization 1124
            ram:SpecifiedTaxRegistration 1123
            ram:URIUniversalCommunication 1122
          ram:ApplicableHeaderTradeSettlement 1121
          | <= 1 ram:PaymentReference
          | = 1 ram:InvoiceCurrencyCode
          | >= 1 ram:ApplicableTradeTax
          | <= 1 ram:SpecifiedTradePaymentTerms
          | = 1 ram:SpecifiedTradeSettlementHeaderMonetarySummation
          | <= 1 ram:ReceivableSpecifiedTradeAccountingAccount
           ram:ApplicableTradeTax 1120
           | = 1 ram:CalculatedAmount
           | = 1 ram:TypeCode
           | = 1 ram:BasisAmount
           | = 1 ram:CategoryCode
            ram:BasisAmount 1119
            ram:CalculatedAmount 1118
            ram:CategoryCode 1117
            | in . 11 ram:CategoryCode
            ram:DueDateTypeCode 1116
            | in . 12 ram:DueDateTypeCode
            ram:ExemptionReasonCode 1115
            | in . 13 ram:ExemptionReasonCode
            ram:TypeCode 1114
            | in . 14 ram:TypeCode
           ram:BillingSpecifiedPeriod
            ram:EndDateTime
             udt:DateTimeString 1113
             | @ format
             | in @format 0 @format
            ram:StartDateTime
             udt:DateTimeString 1112
             | @ format
             | in @format 0 @format
           ram:CreditorReferenceID 1111
           ram:InvoiceCurrencyCode 1110
           | in . 5 ram:InvoiceCurrencyCode
           ram:InvoiceReferencedDocument
            ram:FormattedIssueDateTime
             qdt:DateTimeString 1109
             | @ format
             | in @format 0 @format
            ram:IssuerAssignedID 1108
           ram:PayeeTradeParty 1107
           | <= 1 ram:ID
           | <= 1 ram:GlobalID
           | = 1 ram:Name
            ram:GlobalID 1106
            | @ schemeID
            | in @schemeID 8 @schemeID
            ram:ID 1105
            ram:PostalTradeAddress 1104
            ram:SpecifiedLegalOrganization
             ram:ID 1103
             | in @schemeID 3 @schemeID
             ram:TradingBusinessName 1102
            ram:SpecifiedTaxRegistration 1101
            ram:URIUniversalCommunication 1100
           ram:ReceivableSpecifiedTradeAccountingAccount
            ram:ID 1099
           ram:SpecifiedTradeAllowanceCharge[indicatorother] 1098
           ram:SpecifiedTradeAllowanceCharge[allowance] 1097
           | = 1 ram:ChargeIndicator
           | = 1 ram:ActualAmount
           | = 1 ram:CategoryTradeTax
            ram:ActualAmount 1096
            ram:BasisAmount 1095
            ram:CategoryTradeTax 1094
            | = 1 ram:TypeCode
            | = 1 ram:CategoryCode
             ram:BasisAmount 1093
             ram:CalculatedAmount 1092
             ram:CategoryCode 1091
             | in . 11 ram:CategoryCode
             ram:DueDateTypeCode 1090
             ram:ExemptionReason 1089
             ram:ExemptionReasonCode 1088
             ram:TypeCode 1087
             | in . 14 ram:TypeCode
            ram:ReasonCode 1086
            | in . 15 ram:ReasonCode
           ram:SpecifiedTradeAllowanceCharge[charge] 1085
           | = 1 ram:ChargeIndicator
           | = 1 ram:ActualAmount
           | = 1 ram:CategoryTradeTax
            ram:ActualAmount 1084
            ram:BasisAmount 1083
            ram:CategoryTradeTax 1082
            | = 1 ram:TypeCode
            | = 1 ram:CategoryCode
             ram:BasisAmount 1081
             ram:CalculatedAmount 1080
             ram:CategoryCode 1079
             | in . 11 ram:CategoryCode
             ram:DueDateTypeCode 1078
             ram:ExemptionReason 1077
             ram:ExemptionReasonCode 1076
             ram:TypeCode 1075
             | in . 14 ram:TypeCode
            ram:ReasonCode[listother] 1074
            ram:ReasonCode[listnone] 1073
            | in . 16 ram:ReasonCode[not (@listID)]
           ram:SpecifiedTradePaymentTerms 1072
           | <= 1 ram:Description
           | <= 1 ram:DirectDebitMandateID
            ram:DirectDebitMandateID 1071
            ram:DueDateDateTime
             udt:DateTimeString 1070
             | @ format
             | in @format 0 @format
           ram:SpecifiedTradeSettlementHeaderMonetarySummation 1069
           | = 1 ram:LineTotalAmount
           | <= 1 ram:ChargeTotalAmount
           | <= 1 ram:AllowanceTotalAmount
           | = 1 ram:TaxBasisTotalAmount
           | <= 1 ram:TaxTotalAmount[invoicecurrency]
           | <= 1 ram:TaxTotalAmount[taxcurrency]
           | = 1 ram:GrandTotalAmount
           | <= 1 ram:TotalPrepaidAmount
           | = 1 ram:DuePayableAmount
            ram:AllowanceTotalAmount 1068
            ram:ChargeTotalAmount 1067
            ram:DuePayableAmount 1066
            ram:GrandTotalAmount 1065
            ram:LineTotalAmount 1064
            ram:TaxBasisTotalAmount 1063
            ram:TaxTotalAmount[othercurrency] 1062
            ram:TaxTotalAmount[invoicecurrency] 1061
            | in @currencyID 5 @currencyID
            ram:TaxTotalAmount[taxcurrency] 1060
            | in @currencyID 5 @currencyID
            ram:TotalPrepaidAmount 1059
           ram:SpecifiedTradeSettlementPaymentMeans 1058
           | = 1 ram:TypeCode
           | <= 1 ram:PayeePartyCreditorFinancialAccount
            ram:PayeePartyCreditorFinancialAccount
             ram:IBANID 1057
             ram:ProprietaryID 1056
            ram:PayerPartyDebtorFinancialAccount 1055
            | = 1 ram:IBANID
             ram:IBANID 1054
            ram:TypeCode 1053
            | in . 17 ram:TypeCode
           ram:TaxCurrencyCode 1052
           | in . 5 ram:TaxCurrencyCode
          ram:IncludedSupplyChainTradeLineItem 1051
          | = 1 ram:AssociatedDocumentLineDocument
          | = 1 ram:SpecifiedTradeProduct
          | = 1 ram:SpecifiedLineTradeAgreement
          | = 1 ram:SpecifiedLineTradeDelivery
           ram:AssociatedDocumentLineDocument 1050
           | = 1 ram:LineID
           | <= 1 ram:IncludedNote
            ram:IncludedNote 1049
            | = 1 ram:Content
             ram:SubjectCode 1048
            ram:LineID 1047
           ram:SpecifiedLineTradeAgreement 1046
           | = 1 ram:NetPriceProductTradePrice
            ram:GrossPriceProductTradePrice 1045
            | = 1 ram:ChargeAmount
            | <= 1 ram:AppliedTradeAllowanceCharge[allowance]
             ram:AppliedTradeAllowanceCharge[indicatorother] 1044
             ram:AppliedTradeAllowanceCharge[allowance] 1043
             | = 1 ram:ChargeIndicator
             | = 1 ram:ActualAmount
              ram:ActualAmount 1042
              ram:BasisAmount 1041
              ram:CalculationPercent 1040
              ram:CategoryTradeTax 1039
              ram:Reason 1038
              ram:ReasonCode 1037
             ram:BasisQuantity 1036
             | in @unitCode 19 @unitCode
             ram:ChargeAmount 1035
            ram:NetPriceProductTradePrice 1034
            | = 1 ram:ChargeAmount
             ram:AppliedTradeAllowanceCharge 1033
             ram:BasisQuantity 1032
             | in @unitCode 19 @unitCode
             ram:ChargeAmount 1031
           ram:SpecifiedLineTradeDelivery 1030
           | = 1 ram:BilledQuantity
            ram:BilledQuantity 1029
            | in @unitCode 19 @unitCode
           ram:SpecifiedLineTradeSettlement 1028
           | = 1 ram:ApplicableTradeTax
           | = 1 ram:SpecifiedTradeSettlementLineMonetarySummation
            ram:ApplicableTradeTax 1027
            | = 1 ram:TypeCode
            | = 1 ram:CategoryCode
             ram:BasisAmount 1026
             ram:CalculatedAmount 1025
             ram:CategoryCode 1024
             | in . 11 ram:CategoryCode
             ram:DueDateTypeCode 1023
             ram:ExemptionReason 1022
             ram:ExemptionReasonCode 1021
             ram:TypeCode 1020
             | in . 14 ram:TypeCode
            ram:BillingSpecifiedPeriod
             ram:EndDateTime
              udt:DateTimeString 1019
              | @ format
              | in @format 0 @format
             ram:StartDateTime
              udt:DateTimeString 1018
              | @ format
              | in @format 0 @format
            ram:SpecifiedTradeAllowanceCharge[indicatorother] 1017
            ram:SpecifiedTradeAllowanceCharge[allowance] 1016
            | = 1 ram:ChargeIndicator
            | = 1 ram:ActualAmount
             ram:ActualAmount 1015
             ram:BasisAmount 1014
             ram:CalculationPercent 1013
             ram:CategoryTradeTax 1012
             ram:ReasonCode 1011
             | in . 15 ram:ReasonCode
            ram:SpecifiedTradeAllowanceCharge[charge] 1010
            | = 1 ram:ChargeIndicator
            | = 1 ram:ActualAmount
             ram:ActualAmount 1009
             ram:BasisAmount 1008
             ram:CalculationPercent 1007
             ram:CategoryTradeTax 1006
             ram:ReasonCode[listother] 1005
             ram:ReasonCode[listnone] 1004
             | in . 16 ram:ReasonCode[not (@listID)]
            ram:SpecifiedTradeSettlementLineMonetarySummation 1003
            | = 1 ram:LineTotalAmount
             ram:LineTotalAmount 1002
           ram:SpecifiedTradeProduct 1001
           | = 1 ram:Name
            ram:GlobalID 1000
            | @ schemeID
            | in @schemeID 3 @schemeID
        """

    /// The structure of the EN16931 profile.
    static let en16931 = """
        rsm:CrossIndustryInvoice
         rsm:ExchangedDocument 1308
         | = 1 ram:ID
         | = 1 ram:TypeCode
          ram:ID 1307
          ram:IncludedNote 1306
          | = 1 ram:Content
          | <= 1 ram:SubjectCode
           ram:SubjectCode 1305
           | in . 6 ram:SubjectCode
          ram:IssueDateTime
           udt:DateTimeString 1304
           | @ format
           | in @format 0 @format
          ram:TypeCode 1303
          | in . 1 ram:TypeCode
         rsm:ExchangedDocumentContext 1302
         | <= 1 ram:BusinessProcessSpecifiedDocumentContextParameter
         | = 1 ram:GuidelineSpecifiedDocumentContextParameter
          ram:BusinessProcessSpecifiedDocumentContextParameter 1301
          | = 1 ram:ID
           ram:ID 1300
          ram:GuidelineSpecifiedDocumentContextParameter 1299
          | = 1 ram:ID
           ram:ID 1298
           | in . 20 ram:ID
         rsm:SupplyChainTradeTransaction 1297
         | >= 1 ram:IncludedSupplyChainTradeLineItem
          ram:ApplicableHeaderTradeAgreement
           ram:AdditionalReferencedDocument[docother] 1296
           ram:AdditionalReferencedDocument[doc130] 1295
           | = 1 ram:IssuerAssignedID
           | = 1 ram:TypeCode
            ram:AttachmentBinaryObject 1294
            ram:FormattedIssueDateTime 1293
            ram:IssuerAssignedID 1292
            ram:LineID 1291
            ram:Name 1290
            ram:ReferenceTypeCode 1289
            | in . 21 ram:ReferenceTypeCode
            ram:TypeCode 1288
            | in . 22 ram:TypeCode
            ram:URIID 1287
           ram:AdditionalReferencedDocument[doc50] 1286
           | = 1 ram:IssuerAssignedID
           | = 1 ram:TypeCode
            ram:AttachmentBinaryObject 1285
            ram:FormattedIssueDateTime 1284
            ram:IssuerAssignedID 1283
            ram:LineID 1282
            ram:Name 1281
            ram:ReferenceTypeCode 1280
            ram:TypeCode 1279
            | in . 23 ram:TypeCode
            ram:URIID 1278
           ram:AdditionalReferencedDocument[doc916] 1277
           | = 1 ram:IssuerAssignedID
           | = 1 ram:TypeCode
           | <= 1 ram:Name
           | <= 1 ram:AttachmentBinaryObject
            ram:AttachmentBinaryObject 1276
            | @ mimeCode
            | in @mimeCode 24 @mimeCode
            | @ filename
            ram:FormattedIssueDateTime 1275
            ram:IssuerAssignedID 1274
            ram:LineID 1273
            ram:ReferenceTypeCode 1272
            ram:TypeCode 1271
            | in . 25 ram:TypeCode
            ram:URIID 1270
           ram:BuyerOrderReferencedDocument 1269
           | = 1 ram:IssuerAssignedID
            ram:AttachmentBinaryObject 1268
            ram:FormattedIssueDateTime 1267
            ram:IssuerAssignedID 1266
            ram:LineID 1265
            ram:Name 1264
            ram:ReferenceTypeCode 1263
            ram:TypeCode 1262
            ram:URIID 1261
           ram:BuyerTradeParty 1260
           | <= 1 ram:ID
           | <= 1 ram:GlobalID
           | = 1 ram:Name
           | <= 1 ram:DefinedTradeContact
           | = 1 ram:PostalTradeAddress
           | <= 1 ram:URIUniversalCommunication
           | <= 1 ram:SpecifiedTaxRegistration
            ram:DefinedTradeContact
             ram:EmailURIUniversalCommunication 1259
             | = 1 ram:URIID
              ram:CompleteNumber 1258
              ram:URIID 1257
             ram:TelephoneUniversalCommunication 1256
             | = 1 ram:CompleteNumber
              ram:URIID 1255
            ram:Description 1254
            ram:GlobalID 1253
            | @ schemeID
            | in @schemeID 8 @schemeID
            ram:ID 1252
            ram:PostalTradeAddress 1251
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1250
             | in . 4 ram:CountryID
             ram:PostcodeCode 1249
            ram:SpecifiedLegalOrganization
             ram:ID 1248
             | in @schemeID 3 @schemeID
            ram:SpecifiedTaxRegistration 1247
            | = 1 ram:ID
             ram:ID 1246
             | @ schemeID
             | in @schemeID 9 @schemeID
            ram:URIUniversalCommunication 1245
            | = 1 ram:URIID
             ram:CompleteNumber 1244
             ram:URIID 1243
             | @ schemeID
             | in @schemeID 10 @schemeID
           ram:ContractReferencedDocument 1242
           | = 1 ram:IssuerAssignedID
            ram:AttachmentBinaryObject 1241
            ram:FormattedIssueDateTime 1240
            ram:IssuerAssignedID 1239
            ram:LineID 1238
            ram:Name 1237
            ram:ReferenceTypeCode 1236
            ram:TypeCode 1235
            ram:URIID 1234
           ram:SellerOrderReferencedDocument 1233
           | = 1 ram:IssuerAssignedID
            ram:AttachmentBinaryObject 1232
            ram:FormattedIssueDateTime 1231
            ram:IssuerAssignedID 1230
            ram:LineID 1229
            ram:Name 1228
            ram:ReferenceTypeCode 1227
            ram:TypeCode 1226
            ram:URIID 1225
           ram:SellerTaxRepresentativeTradeParty 1224
           | = 1 ram:Name
           | = 1 ram:PostalTradeAddress
           | = 1 ram:SpecifiedTaxRegistration
            ram:DefinedTradeContact 1223
            ram:Description 1222
            ram:GlobalID 1221
            ram:ID 1220
            ram:PostalTradeAddress 1219
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1218
             | in . 4 ram:CountryID
             ram:PostcodeCode 1217
            ram:SpecifiedLegalOrganization 1216
            ram:SpecifiedTaxRegistration 1215
            | = 1 ram:ID
             ram:ID 1214
             | @ schemeID
             | in @schemeID 9 @schemeID
            ram:URIUniversalCommunication 1213
           ram:SellerTradeParty 1212
           | = 1 ram:Name
           | <= 1 ram:Description
           | <= 1 ram:DefinedTradeContact
           | = 1 ram:PostalTradeAddress
           | <= 1 ram:URIUniversalCommunication
           | <= 1 ram:SpecifiedTaxRegistration[vat]
           | <= 1 ram:SpecifiedTaxRegistration[fc]
            ram:DefinedTradeContact
             ram:EmailURIUniversalCommunication 1211
             | = 1 ram:URIID
              ram:CompleteNumber 1210
              ram:URIID 1209
             ram:TelephoneUniversalCommunication 1208
             | = 1 ram:CompleteNumber
              ram:URIID 1207
            ram:GlobalID 1206
            | @ schemeID
            | in @schemeID 8 @schemeID
            ram:ID 1205
            ram:PostalTradeAddress 1204
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1203
             | in . 4 ram:CountryID
             ram:PostcodeCode 1202
            ram:SpecifiedLegalOrganization
             ram:ID 1201
             | in @schemeID 3 @schemeID
            ram:SpecifiedTaxRegistration[taxother] 1200
            ram:SpecifiedTaxRegistration[fc] 1199
            | = 1 ram:ID
             ram:ID 1198
             | @ schemeID
            ram:SpecifiedTaxRegistration[vat] 1197
            | = 1 ram:ID
             ram:ID 1196
             | @ schemeID
            ram:URIUniversalCommunication 1195
            | = 1 ram:URIID
             ram:CompleteNumber 1194
             ram:URIID 1193
             | @ schemeID
             | in @schemeID 10 @schemeID
           ram:SpecifiedProcuringProject
            ram:ID 1192
          ram:ApplicableHeaderTradeDelivery
           ram:ActualDeliverySupplyChainEvent 1191
           | = 1 ram:OccurrenceDateTime
            ram:OccurrenceDateTime
             udt:DateTimeString 1190
             | @ format
             | in @format 0 @format
           ram:DespatchAdviceReferencedDocument 1189
           | = 1 ram:IssuerAssignedID
            ram:AttachmentBinaryObject 1188
            ram:FormattedIssueDateTime 1187
            ram:IssuerAssignedID 1186
            ram:LineID 1185
            ram:Name 1184
            ram:ReferenceTypeCode 1183
            ram:TypeCode 1182
            ram:URIID 1181
           ram:ReceivingAdviceReferencedDocument 1180
           | = 1 ram:IssuerAssignedID
            ram:AttachmentBinaryObject 1179
            ram:FormattedIssueDateTime 1178
            ram:IssuerAssignedID 1177
            ram:LineID 1176
            ram:Name 1175
            ram:ReferenceTypeCode 1174
            ram:TypeCode 1173
            ram:URIID 1172
           ram:ShipToTradeParty 1171
           | <= 1 ram:ID
           | <= 1 ram:GlobalID
            ram:DefinedTradeContact 1170
            ram:Description 1169
            ram:GlobalID 1168
            | @ schemeID
            | in @schemeID 8 @schemeID
            ram:ID 1167
            ram:PostalTradeAddress 1166
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1165
             | in . 4 ram:CountryID
             ram:PostcodeCode 1164
            ram:SpecifiedLegalOrganization 1163
            ram:SpecifiedTaxRegistration 1162
            ram:URIUniversalCommunication 1161
          ram:ApplicableHeaderTradeSettlement 1160
          | <= 1 ram:PaymentReference
          | = 1 ram:InvoiceCurrencyCode
          | >= 1 ram:ApplicableTradeTax
          | <= 1 ram:SpecifiedTradePaymentTerms
          | = 1 ram:SpecifiedTradeSettlementHeaderMonetarySummation
          | <= 1 ram:ReceivableSpecifiedTradeAccountingAccount
           ram:ApplicableTradeTax 1159
           | = 1 ram:CalculatedAmount
           | = 1 ram:TypeCode
           | = 1 ram:BasisAmount
           | = 1 ram:CategoryCode
            ram:BasisAmount 1158
            ram:CalculatedAmount 1157
            ram:CategoryCode 1156
            | in . 11 ram:CategoryCode
            ram:DueDateTypeCode 1155
            | in . 12 ram:DueDateTypeCode
            ram:ExemptionReasonCode 1154
            | in . 13 ram:ExemptionReasonCode
            ram:TaxPointDate
             udt:DateString 1153
             | @ format
             | in @format 0 @format
            ram:TypeCode 1152
            | in . 14 ram:TypeCode
           ram:BillingSpecifiedPeriod
            ram:EndDateTime
             udt:DateTimeString 1151
             | @ format
             | in @format 0 @format
            ram:StartDateTime
             udt:DateTimeString 1150
             | @ format
             | in @format 0 @format
           ram:CreditorReferenceID 1149
           ram:InvoiceCurrencyCode 1148
           | in . 5 ram:InvoiceCurrencyCode
           ram:InvoiceReferencedDocument
            ram:AttachmentBinaryObject 1147
            ram:FormattedIssueDateTime
             qdt:DateTimeString 1146
             | @ format
             | in @format 0 @format
            ram:IssuerAssignedID 1145
            ram:LineID 1144
            ram:Name 1143
            ram:ReferenceTypeCode 1142
            ram:TypeCode 1141
            ram:URIID 1140
           ram:PayeeTradeParty 1139
           | <= 1 ram:ID
           | <= 1 ram:GlobalID
           | = 1 ram:Name
            ram:DefinedTradeContact 1138
            ram:Description 1137
            ram:GlobalID 1136
            | @ schemeID
            | in @schemeID 8 @schemeID
            ram:ID 1135
            ram:PostalTradeAddress 1134
            ram:SpecifiedLegalOrganization
             ram:ID 1133
             | in @schemeID 3 @schemeID
             ram:TradingBusinessName 1132
            ram:SpecifiedTaxRegistration 1131
            ram:URIUniversalCommunication 1130
           ram:ReceivableSpecifiedTradeAccountingAccount
            ram:ID 1129
           ram:SpecifiedTradeAllowanceCharge[indicatorother] 1128
           ram:SpecifiedTradeAllowanceCharge[allowance] 1127
           | = 1 ram:ChargeIndicator
           | = 1 ram:ActualAmount
           | = 1 ram:CategoryTradeTax
            ram:ActualAmount 1126
            ram:BasisAmount 1125
            ram:CategoryTradeTax 1124
            | = 1 ram:TypeCode
            | = 1 ram:CategoryCode
             ram:BasisAmount 1123
             ram:CalculatedAmount 1122
             ram:CategoryCode 1121
             | in . 11 ram:CategoryCode
             ram:DueDateTypeCode 1120
             ram:ExemptionReason 1119
             ram:ExemptionReasonCode 1118
             ram:TaxPointDate 1117
             ram:TypeCode 1116
             | in . 14 ram:TypeCode
            ram:ReasonCode 1115
            | in . 15 ram:ReasonCode
           ram:SpecifiedTradeAllowanceCharge[charge] 1114
           | = 1 ram:ChargeIndicator
           | = 1 ram:ActualAmount
           | = 1 ram:CategoryTradeTax
            ram:ActualAmount 1113
            ram:BasisAmount 1112
            ram:CategoryTradeTax 1111
            | = 1 ram:TypeCode
            | = 1 ram:CategoryCode
             ram:BasisAmount 1110
             ram:CalculatedAmount 1109
             ram:CategoryCode 1108
             | in . 11 ram:CategoryCode
             ram:DueDateTypeCode 1107
             ram:ExemptionReason 1106
             ram:ExemptionReasonCode 1105
             ram:TaxPointDate 1104
             ram:TypeCode 1103
             | in . 14 ram:TypeCode
            ram:ReasonCode[listother] 1102
            ram:ReasonCode[listnone] 1101
            | in . 16 ram:ReasonCode[not (@listID)]
           ram:SpecifiedTradePaymentTerms 1100
           | <= 1 ram:Description
           | <= 1 ram:DirectDebitMandateID
            ram:DirectDebitMandateID 1099
            ram:DueDateDateTime
             udt:DateTimeString 1098
             | @ format
             | in @format 0 @format
           ram:SpecifiedTradeSettlementHeaderMonetarySummation 1097
           | = 1 ram:LineTotalAmount
           | <= 1 ram:ChargeTotalAmount
           | <= 1 ram:AllowanceTotalAmount
           | = 1 ram:TaxBasisTotalAmount
           | <= 1 ram:TaxTotalAmount[invoicecurrency]
           | <= 1 ram:TaxTotalAmount[taxcurrency]
           | <= 1 ram:RoundingAmount
           | = 1 ram:GrandTotalAmount
           | <= 1 ram:TotalPrepaidAmount
           | = 1 ram:DuePayableAmount
            ram:AllowanceTotalAmount 1096
            ram:ChargeTotalAmount 1095
            ram:DuePayableAmount 1094
            ram:GrandTotalAmount 1093
            ram:LineTotalAmount 1092
            ram:RoundingAmount 1091
            ram:TaxBasisTotalAmount 1090
            ram:TaxTotalAmount[othercurrency] 1089
            ram:TaxTotalAmount[invoicecurrency] 1088
            | in @currencyID 5 @currencyID
            ram:TaxTotalAmount[taxcurrency] 1087
            | in @currencyID 5 @currencyID
            ram:TotalPrepaidAmount 1086
           ram:SpecifiedTradeSettlementPaymentMeans 1085
           | = 1 ram:TypeCode
           | <= 1 ram:Information
           | <= 1 ram:PayeePartyCreditorFinancialAccount
            ram:ApplicableTradeSettlementFinancialCard 1084
            | = 1 ram:ID
             ram:ID 1083
            ram:PayeePartyCreditorFinancialAccount
             ram:IBANID 1082
             ram:ProprietaryID 1081
            ram:PayeeSpecifiedCreditorFinancialInstitution 1080
            | = 1 ram:BICID
             ram:BICID 1079
            ram:PayerPartyDebtorFinancialAccount 1078
            | = 1 ram:IBANID
             ram:IBANID 1077
            ram:TypeCode 1076
            | in . 17 ram:TypeCode
           ram:TaxCurrencyCode 1075
           | in . 5 ram:TaxCurrencyCode
          ram:IncludedSupplyChainTradeLineItem 1074
          | = 1 ram:AssociatedDocumentLineDocument
          | = 1 ram:SpecifiedTradeProduct
          | = 1 ram:SpecifiedLineTradeAgreement
          | = 1 ram:SpecifiedLineTradeDelivery
           ram:AssociatedDocumentLineDocument 1073
           | = 1 ram:LineID
           | <= 1 ram:IncludedNote
            ram:IncludedNote 1072
            | = 1 ram:Content
             ram:SubjectCode 1071
            ram:LineID 1070
           ram:SpecifiedLineTradeAgreement 1069
           | = 1 ram:NetPriceProductTradePrice
            ram:BuyerOrderReferencedDocument
             ram:AttachmentBinaryObject 1068
             ram:FormattedIssueDateTime 1067
             ram:IssuerAssignedID 1066
             ram:LineID 1065
             ram:Name 1064
             ram:ReferenceTypeCode 1063
             ram:TypeCode 1062
             ram:URIID 1061
            ram:GrossPriceProductTradePrice 1060
            | = 1 ram:ChargeAmount
            | <= 1 ram:AppliedTradeAllowanceCharge[allowance]
             ram:AppliedTradeAllowanceCharge[indicatorother] 1059
             ram:AppliedTradeAllowanceCharge[allowance] 1058
             | = 1 ram:ChargeIndicator
             | = 1 ram:ActualAmount
              ram:ActualAmount 1057
              ram:BasisAmount 1056
              ram:CalculationPercent 1055
              ram:CategoryTradeTax 1054
              ram:Reason 1053
              ram:ReasonCode 1052
             ram:BasisQuantity 1051
             | in @unitCode 19 @unitCode
             ram:ChargeAmount 1050
            ram:NetPriceProductTradePrice 1049
            | = 1 ram:ChargeAmount
             ram:AppliedTradeAllowanceCharge 1048
             ram:BasisQuantity 1047
             | in @unitCode 19 @unitCode
             ram:ChargeAmount 1046
           ram:SpecifiedLineTradeDelivery 1045
           | = 1 ram:BilledQuantity
            ram:BilledQuantity 1044
            | in @unitCode 19 @unitCode
           ram:SpecifiedLineTradeSettlement 1043
           | = 1 ram:ApplicableTradeTax
           | = 1 ram:SpecifiedTradeSettlementLineMonetarySummation
           | <= 1 ram:AdditionalReferencedDocument
           | <= 1 ram:ReceivableSpecifiedTradeAccountingAccount
            ram:AdditionalReferencedDocument 1042
            | = 1 ram:IssuerAssignedID
            | = 1 ram:TypeCode
             ram:AttachmentBinaryObject 1041
             ram:FormattedIssueDateTime 1040
             ram:IssuerAssignedID 1039
             ram:LineID 1038
             ram:Name 1037
             ram:ReferenceTypeCode 1036
             | in . 21 ram:ReferenceTypeCode
             ram:TypeCode 1035
             | in . 26 ram:TypeCode
             ram:URIID 1034
            ram:ApplicableTradeTax 1033
            | = 1 ram:TypeCode
            | = 1 ram:CategoryCode
             ram:BasisAmount 1032
             ram:CalculatedAmount 1031
             ram:CategoryCode 1030
             | in . 11 ram:CategoryCode
             ram:DueDateTypeCode 1029
             ram:ExemptionReason 1028
             ram:ExemptionReasonCode 1027
             ram:TaxPointDate 1026
             ram:TypeCode 1025
             | in . 14 ram:TypeCode
            ram:BillingSpecifiedPeriod
             ram:EndDateTime
              udt:DateTimeString 1024
              | @ format
              | in @format 0 @format
             ram:StartDateTime
              udt:DateTimeString 1023
              | @ format
              | in @format 0 @format
            ram:ReceivableSpecifiedTradeAccountingAccount
             ram:ID 1022
            ram:SpecifiedTradeAllowanceCharge[indicatorother] 1021
            ram:SpecifiedTradeAllowanceCharge[allowance] 1020
            | = 1 ram:ChargeIndicator
            | = 1 ram:ActualAmount
             ram:ActualAmount 1019
             ram:BasisAmount 1018
             ram:CategoryTradeTax 1017
             ram:ReasonCode 1016
             | in . 15 ram:ReasonCode
            ram:SpecifiedTradeAllowanceCharge[charge] 1015
            | = 1 ram:ChargeIndicator
            | = 1 ram:ActualAmount
             ram:ActualAmount 1014
             ram:BasisAmount 1013
             ram:CategoryTradeTax 1012
             ram:ReasonCode[listother] 1011
             ram:ReasonCode[listnone] 1010
             | in . 16 ram:ReasonCode[not (@listID)]
            ram:SpecifiedTradeSettlementLineMonetarySummation 1009
            | = 1 ram:LineTotalAmount
             ram:LineTotalAmount 1008
           ram:SpecifiedTradeProduct 1007
           | = 1 ram:Name
           | <= 1 ram:Description
            ram:ApplicableProductCharacteristic 1006
            | = 1 ram:Description
            | = 1 ram:Value
            ram:BuyerAssignedID 1005
            ram:DesignatedProductClassification
             ram:ClassCode 1004
             | @ listID
             | in @listID 27 @listID
            ram:GlobalID 1003
            | @ schemeID
            | in @schemeID 3 @schemeID
            ram:OriginTradeCountry 1002
            | = 1 ram:ID
             ram:ID 1001
             | in . 4 ram:ID
            ram:SellerAssignedID 1000
        """

    /// The structure of the EXTENDED profile.
    static let extended = """
        rsm:CrossIndustryInvoice
         rsm:ExchangedDocument 1900
         | = 1 ram:ID
         | <= 1 ram:Name
         | = 1 ram:TypeCode
         | <= 1 ram:LanguageID
          ram:EffectiveSpecifiedPeriod 1899
          | = 1 ram:CompleteDateTime
           ram:CompleteDateTime
            udt:DateTimeString 1898
            | @ format
            | in @format 0 @format
           ram:Description 1897
           ram:EndDateTime 1896
           ram:StartDateTime 1895
          ram:ID 1894
          ram:IncludedNote 1893
          | <= 1 ram:Content
          | <= 1 ram:SubjectCode
           ram:ContentCode 1892
           ram:SubjectCode 1891
           | in . 6 ram:SubjectCode
          ram:IssueDateTime
           udt:DateTimeString 1890
           | @ format
           | in @format 0 @format
          ram:LanguageID 1889
          | in . 28 ram:LanguageID
          ram:TypeCode 1888
          | in . 1 ram:TypeCode
         rsm:ExchangedDocumentContext 1887
         | <= 1 ram:BusinessProcessSpecifiedDocumentContextParameter
         | = 1 ram:GuidelineSpecifiedDocumentContextParameter
          ram:BusinessProcessSpecifiedDocumentContextParameter 1886
          | = 1 ram:ID
           ram:ID 1885
          ram:GuidelineSpecifiedDocumentContextParameter 1884
          | = 1 ram:ID
           ram:ID 1883
           | in . 29 ram:ID
         rsm:SupplyChainTradeTransaction 1882
         | >= 1 ram:IncludedSupplyChainTradeLineItem
          ram:ApplicableHeaderTradeAgreement
           ram:AdditionalReferencedDocument[docother] 1881
           ram:AdditionalReferencedDocument[doc130] 1880
           | = 1 ram:IssuerAssignedID
           | = 1 ram:TypeCode
            ram:AttachmentBinaryObject 1879
            ram:FormattedIssueDateTime
             qdt:DateTimeString 1878
             | @ format
             | in @format 30 @format
            ram:IssuerAssignedID 1877
            ram:LineID 1876
            ram:Name 1875
            ram:ReferenceTypeCode 1874
            | in . 21 ram:ReferenceTypeCode
            ram:TypeCode 1873
            | in . 22 ram:TypeCode
            ram:URIID 1872
           ram:AdditionalReferencedDocument[doc50] 1871
           | = 1 ram:IssuerAssignedID
           | = 1 ram:TypeCode
            ram:AttachmentBinaryObject 1870
            ram:FormattedIssueDateTime
             qdt:DateTimeString 1869
             | @ format
             | in @format 30 @format
            ram:IssuerAssignedID 1868
            ram:LineID 1867
            ram:Name 1866
            ram:ReferenceTypeCode 1865
            ram:TypeCode 1864
            | in . 23 ram:TypeCode
            ram:URIID 1863
           ram:AdditionalReferencedDocument[doc916] 1862
           | = 1 ram:IssuerAssignedID
           | = 1 ram:TypeCode
           | <= 1 ram:Name
           | <= 1 ram:AttachmentBinaryObject
            ram:AttachmentBinaryObject 1861
            | @ mimeCode
            | in @mimeCode 31 @mimeCode
            | @ filename
            ram:FormattedIssueDateTime
             qdt:DateTimeString 1860
             | @ format
             | in @format 30 @format
            ram:IssuerAssignedID 1859
            ram:LineID 1858
            ram:ReferenceTypeCode 1857
            ram:TypeCode 1856
            | in . 25 ram:TypeCode
            ram:URIID 1855
           ram:ApplicableTradeDeliveryTerms 1854
           | = 1 ram:DeliveryTypeCode
            ram:DeliveryTypeCode 1853
            | in . 32 ram:DeliveryTypeCode
            ram:RelevantTradeLocation
             ram:CountryID 1852
             | in . 4 ram:CountryID
           ram:BuyerAgentTradeParty 1851
           | <= 1 ram:ID
           | = 1 ram:Name
           | <= 1 ram:RoleCode
           | <= 1 ram:URIUniversalCommunication
           | <= 1 ram:SpecifiedTaxRegistration
            ram:DefinedTradeContact
             ram:EmailURIUniversalCommunication 1850
             | = 1 ram:URIID
              ram:CompleteNumber 1849
              ram:URIID 1848
             ram:FaxUniversalCommunication 1847
             | = 1 ram:CompleteNumber
              ram:URIID 1846
             ram:TelephoneUniversalCommunication 1845
             | = 1 ram:CompleteNumber
              ram:URIID 1844
            ram:Description 1843
            ram:GlobalID 1842
            | @ schemeID
            | in @schemeID 33 @schemeID
            ram:ID 1841
            ram:PostalTradeAddress 1840
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1839
             | in . 4 ram:CountryID
             ram:PostcodeCode 1838
            ram:SpecifiedLegalOrganization
             ram:ID 1837
             | in @schemeID 3 @schemeID
             ram:PostalTradeAddress 1836
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1835
              | in . 4 ram:CountryID
              ram:PostcodeCode 1834
            ram:SpecifiedTaxRegistration 1833
            | = 1 ram:ID
             ram:ID 1832
             | @ schemeID
            ram:URIUniversalCommunication 1831
            | = 1 ram:URIID
             ram:CompleteNumber 1830
             ram:URIID 1829
             | @ schemeID
             | in @schemeID 10 @schemeID
           ram:BuyerOrderReferencedDocument 1828
           | = 1 ram:IssuerAssignedID
            ram:AttachmentBinaryObject 1827
            ram:FormattedIssueDateTime
             qdt:DateTimeString 1826
             | @ format
             | in @format 30 @format
            ram:IssuerAssignedID 1825
            ram:LineID 1824
            ram:Name 1823
            ram:ReferenceTypeCode 1822
            ram:TypeCode 1821
            ram:URIID 1820
           ram:BuyerTaxRepresentativeTradeParty 1819
           | <= 1 ram:ID
           | = 1 ram:Name
           | <= 1 ram:RoleCode
           | <= 1 ram:URIUniversalCommunication
           | = 1 ram:SpecifiedTaxRegistration
            ram:DefinedTradeContact
             ram:EmailURIUniversalCommunication 1818
             | = 1 ram:URIID
              ram:CompleteNumber 1817
              ram:URIID 1816
             ram:FaxUniversalCommunication 1815
             | = 1 ram:CompleteNumber
              ram:URIID 1814
             ram:TelephoneUniversalCommunication 1813
             | = 1 ram:CompleteNumber
              ram:URIID 1812
            ram:Description 1811
            ram:GlobalID 1810
            | @ schemeID
            | in @schemeID 33 @schemeID
            ram:ID 1809
            ram:PostalTradeAddress 1808
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1807
             | in . 4 ram:CountryID
             ram:PostcodeCode 1806
            ram:SpecifiedLegalOrganization
             ram:ID 1805
             | in @schemeID 3 @schemeID
             ram:PostalTradeAddress 1804
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1803
              | in . 4 ram:CountryID
              ram:PostcodeCode 1802
            ram:SpecifiedTaxRegistration 1801
            | = 1 ram:ID
             ram:ID 1800
             | @ schemeID
            ram:URIUniversalCommunication 1799
            | = 1 ram:URIID
             ram:CompleteNumber 1798
             ram:URIID 1797
             | @ schemeID
             | in @schemeID 10 @schemeID
           ram:BuyerTradeParty 1796
           | <= 1 ram:ID
           | = 1 ram:Name
           | <= 1 ram:RoleCode
           | <= 1 ram:Description
           | = 1 ram:PostalTradeAddress
           | <= 1 ram:URIUniversalCommunication
           | <= 1 ram:SpecifiedTaxRegistration
            ram:DefinedTradeContact
             ram:EmailURIUniversalCommunication 1795
             | = 1 ram:URIID
              ram:CompleteNumber 1794
              ram:URIID 1793
             ram:FaxUniversalCommunication 1792
             | = 1 ram:CompleteNumber
              ram:URIID 1791
             ram:TelephoneUniversalCommunication 1790
             | = 1 ram:CompleteNumber
              ram:URIID 1789
            ram:GlobalID 1788
            | @ schemeID
            | in @schemeID 33 @schemeID
            ram:ID 1787
            ram:PostalTradeAddress 1786
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1785
             | in . 4 ram:CountryID
             ram:PostcodeCode 1784
            ram:SpecifiedLegalOrganization
             ram:ID 1783
             | in @schemeID 3 @schemeID
             ram:PostalTradeAddress 1782
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1781
              | in . 4 ram:CountryID
              ram:PostcodeCode 1780
            ram:SpecifiedTaxRegistration 1779
            | = 1 ram:ID
             ram:ID 1778
             | @ schemeID
             | in @schemeID 9 @schemeID
            ram:URIUniversalCommunication 1777
            | = 1 ram:URIID
             ram:CompleteNumber 1776
             ram:URIID 1775
             | @ schemeID
             | in @schemeID 10 @schemeID
           ram:ContractReferencedDocument 1774
           | = 1 ram:IssuerAssignedID
            ram:AttachmentBinaryObject 1773
            ram:FormattedIssueDateTime
             qdt:DateTimeString 1772
             | @ format
             | in @format 30 @format
            ram:IssuerAssignedID 1771
            ram:LineID 1770
            ram:Name 1769
            ram:ReferenceTypeCode 1768
            | in . 34 ram:ReferenceTypeCode
            ram:TypeCode 1767
            ram:URIID 1766
           ram:ProductEndUserTradeParty 1765
           | <= 1 ram:ID
           | = 1 ram:Name
           | <= 1 ram:RoleCode
           | <= 1 ram:URIUniversalCommunication
           | <= 1 ram:SpecifiedTaxRegistration
            ram:DefinedTradeContact
             ram:EmailURIUniversalCommunication 1764
             | = 1 ram:URIID
              ram:CompleteNumber 1763
              ram:URIID 1762
             ram:FaxUniversalCommunication 1761
             | = 1 ram:CompleteNumber
              ram:URIID 1760
             ram:TelephoneUniversalCommunication 1759
             | = 1 ram:CompleteNumber
              ram:URIID 1758
            ram:Description 1757
            ram:GlobalID 1756
            | @ schemeID
            | in @schemeID 33 @schemeID
            ram:ID 1755
            ram:PostalTradeAddress 1754
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1753
             | in . 4 ram:CountryID
             ram:PostcodeCode 1752
            ram:SpecifiedLegalOrganization
             ram:ID 1751
             | in @schemeID 3 @schemeID
             ram:PostalTradeAddress 1750
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1749
              | in . 4 ram:CountryID
              ram:PostcodeCode 1748
            ram:SpecifiedTaxRegistration 1747
            | = 1 ram:ID
             ram:ID 1746
             | @ schemeID
            ram:URIUniversalCommunication 1745
            | = 1 ram:URIID
             ram:CompleteNumber 1744
             ram:URIID 1743
             | @ schemeID
             | in @schemeID 10 @schemeID
           ram:QuotationReferencedDocument 1742
           | = 1 ram:IssuerAssignedID
            ram:AttachmentBinaryObject 1741
            ram:FormattedIssueDateTime
             qdt:DateTimeString 1740
             | @ format
             | in @format 30 @format
            ram:IssuerAssignedID 1739
            ram:LineID 1738
            ram:Name 1737
            ram:ReferenceTypeCode 1736
            ram:TypeCode 1735
            ram:URIID 1734
           ram:SalesAgentTradeParty 1733
           | <= 1 ram:ID
           | = 1 ram:Name
           | <= 1 ram:RoleCode
           | <= 1 ram:URIUniversalCommunication
           | <= 1 ram:SpecifiedTaxRegistration
            ram:DefinedTradeContact
             ram:EmailURIUniversalCommunication 1732
             | = 1 ram:URIID
              ram:CompleteNumber 1731
              ram:URIID 1730
             ram:FaxUniversalCommunication 1729
             | = 1 ram:CompleteNumber
              ram:URIID 1728
             ram:TelephoneUniversalCommunication 1727
             | = 1 ram:CompleteNumber
              ram:URIID 1726
            ram:Description 1725
            ram:GlobalID 1724
            | @ schemeID
            | in @schemeID 33 @schemeID
            ram:ID 1723
            ram:PostalTradeAddress 1722
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1721
             | in . 4 ram:CountryID
             ram:PostcodeCode 1720
            ram:SpecifiedLegalOrganization
             ram:ID 1719
             | in @schemeID 3 @schemeID
             ram:PostalTradeAddress 1718
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1717
              | in . 4 ram:CountryID
              ram:PostcodeCode 1716
            ram:SpecifiedTaxRegistration 1715
            | = 1 ram:ID
             ram:ID 1714
             | @ schemeID
            ram:URIUniversalCommunication 1713
            | = 1 ram:URIID
             ram:CompleteNumber 1712
             ram:URIID 1711
             | @ schemeID
             | in @schemeID 10 @schemeID
           ram:SellerOrderReferencedDocument 1710
           | = 1 ram:IssuerAssignedID
            ram:AttachmentBinaryObject 1709
            ram:FormattedIssueDateTime
             qdt:DateTimeString 1708
             | @ format
             | in @format 30 @format
            ram:IssuerAssignedID 1707
            ram:LineID 1706
            ram:Name 1705
            ram:ReferenceTypeCode 1704
            ram:TypeCode 1703
            ram:URIID 1702
           ram:SellerTaxRepresentativeTradeParty 1701
           | <= 1 ram:ID
           | = 1 ram:Name
           | <= 1 ram:RoleCode
           | = 1 ram:PostalTradeAddress
           | <= 1 ram:URIUniversalCommunication
           | = 1 ram:SpecifiedTaxRegistration
            ram:DefinedTradeContact
             ram:EmailURIUniversalCommunication 1700
             | = 1 ram:URIID
              ram:CompleteNumber 1699
              ram:URIID 1698
             ram:FaxUniversalCommunication 1697
             | = 1 ram:CompleteNumber
              ram:URIID 1696
             ram:TelephoneUniversalCommunication 1695
             | = 1 ram:CompleteNumber
              ram:URIID 1694
            ram:Description 1693
            ram:GlobalID 1692
            | @ schemeID
            | in @schemeID 33 @schemeID
            ram:ID 1691
            ram:PostalTradeAddress 1690
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1689
             | in . 4 ram:CountryID
             ram:PostcodeCode 1688
            ram:SpecifiedLegalOrganization
             ram:ID 1687
             | in @schemeID 3 @schemeID
             ram:PostalTradeAddress 1686
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1685
              | in . 4 ram:CountryID
              ram:PostcodeCode 1684
            ram:SpecifiedTaxRegistration 1683
            | = 1 ram:ID
             ram:ID 1682
             | @ schemeID
             | in @schemeID 9 @schemeID
            ram:URIUniversalCommunication 1681
            | = 1 ram:URIID
             ram:CompleteNumber 1680
             ram:URIID 1679
             | @ schemeID
             | in @schemeID 10 @schemeID
           ram:SellerTradeParty 1678
           | = 1 ram:Name
           | <= 1 ram:RoleCode
           | <= 1 ram:Description
           | = 1 ram:PostalTradeAddress
           | <= 1 ram:URIUniversalCommunication
           | <= 1 ram:SpecifiedTaxRegistration[vat]
           | <= 1 ram:SpecifiedTaxRegistration[fc]
            ram:DefinedTradeContact
             ram:EmailURIUniversalCommunication 1677
             | = 1 ram:URIID
              ram:CompleteNumber 1676
              ram:URIID 1675
             ram:FaxUniversalCommunication 1674
             | = 1 ram:CompleteNumber
              ram:URIID 1673
             ram:TelephoneUniversalCommunication 1672
             | = 1 ram:CompleteNumber
              ram:URIID 1671
            ram:GlobalID 1670
            | @ schemeID
            | in @schemeID 33 @schemeID
            ram:ID 1669
            ram:PostalTradeAddress 1668
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1667
             | in . 4 ram:CountryID
             ram:PostcodeCode 1666
            ram:SpecifiedLegalOrganization
             ram:ID 1665
             | in @schemeID 3 @schemeID
             ram:PostalTradeAddress 1664
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1663
              | in . 4 ram:CountryID
              ram:PostcodeCode 1662
            ram:SpecifiedTaxRegistration[taxother] 1661
            ram:SpecifiedTaxRegistration[fc] 1660
            | = 1 ram:ID
             ram:ID 1659
             | @ schemeID
            ram:SpecifiedTaxRegistration[vat] 1658
            | = 1 ram:ID
             ram:ID 1657
             | @ schemeID
            ram:URIUniversalCommunication 1656
            | = 1 ram:URIID
             ram:CompleteNumber 1655
             ram:URIID 1654
             | @ schemeID
             | in @schemeID 10 @schemeID
           ram:SpecifiedProcuringProject
            ram:ID 1653
           ram:UltimateCustomerOrderReferencedDocument 1652
           | = 1 ram:IssuerAssignedID
            ram:AttachmentBinaryObject 1651
            ram:FormattedIssueDateTime
             qdt:DateTimeString 1650
             | @ format
             | in @format 30 @format
            ram:IssuerAssignedID 1649
            ram:LineID 1648
            ram:Name 1647
            ram:ReferenceTypeCode 1646
            ram:TypeCode 1645
            ram:URIID 1644
          ram:ApplicableHeaderTradeDelivery
           ram:ActualDeliverySupplyChainEvent 1643
           | = 1 ram:OccurrenceDateTime
            ram:OccurrenceDateTime
             udt:DateTimeString 1642
             | @ format
             | in @format 0 @format
           ram:DeliveryNoteReferencedDocument 1641
           | = 1 ram:IssuerAssignedID
            ram:AttachmentBinaryObject 1640
            ram:FormattedIssueDateTime
             qdt:DateTimeString 1639
             | @ format
             | in @format 30 @format
            ram:IssuerAssignedID 1638
            ram:LineID 1637
            ram:Name 1636
            ram:ReferenceTypeCode 1635
            ram:TypeCode 1634
            ram:URIID 1633
           ram:DespatchAdviceReferencedDocument 1632
           | = 1 ram:IssuerAssignedID
            ram:AttachmentBinaryObject 1631
            ram:FormattedIssueDateTime
             qdt:DateTimeString 1630
             | @ format
             | in @format 30 @format
            ram:IssuerAssignedID 1629
            ram:LineID 1628
            ram:Name 1627
            ram:ReferenceTypeCode 1626
            ram:TypeCode 1625
            ram:URIID 1624
           ram:ReceivingAdviceReferencedDocument 1623
           | = 1 ram:IssuerAssignedID
            ram:AttachmentBinaryObject 1622
            ram:FormattedIssueDateTime
             qdt:DateTimeString 1621
             | @ format
             | in @format 30 @format
            ram:IssuerAssignedID 1620
            ram:LineID 1619
            ram:Name 1618
            ram:ReferenceTypeCode 1617
            ram:TypeCode 1616
            ram:URIID 1615
           ram:RelatedSupplyChainConsignment
            ram:SpecifiedLogisticsTransportMovement 1614
            | = 1 ram:ModeCode
             ram:ModeCode 1613
             | in . 35 ram:ModeCode
           ram:ShipFromTradeParty 1612
           | <= 1 ram:ID
           | <= 1 ram:RoleCode
           | <= 1 ram:URIUniversalCommunication
           | <= 1 ram:SpecifiedTaxRegistration
            ram:DefinedTradeContact
             ram:EmailURIUniversalCommunication 1611
             | = 1 ram:URIID
              ram:CompleteNumber 1610
              ram:URIID 1609
             ram:FaxUniversalCommunication 1608
             | = 1 ram:CompleteNumber
              ram:URIID 1607
             ram:TelephoneUniversalCommunication 1606
             | = 1 ram:CompleteNumber
              ram:URIID 1605
            ram:Description 1604
            ram:GlobalID 1603
            | @ schemeID
            | in @schemeID 33 @schemeID
            ram:ID 1602
            ram:PostalTradeAddress 1601
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1600
             | in . 4 ram:CountryID
             ram:PostcodeCode 1599
            ram:SpecifiedLegalOrganization
             ram:ID 1598
             | in @schemeID 3 @schemeID
             ram:PostalTradeAddress 1597
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1596
              | in . 4 ram:CountryID
              ram:PostcodeCode 1595
            ram:SpecifiedTaxRegistration 1594
            | = 1 ram:ID
             ram:ID 1593
             | @ schemeID
            ram:URIUniversalCommunication 1592
            | = 1 ram:URIID
             ram:CompleteNumber 1591
             ram:URIID 1590
             | @ schemeID
             | in @schemeID 10 @schemeID
           ram:ShipToTradeParty 1589
           | <= 1 ram:ID
           | <= 1 ram:RoleCode
           | <= 1 ram:URIUniversalCommunication
           | <= 1 ram:SpecifiedTaxRegistration
            ram:DefinedTradeContact
             ram:EmailURIUniversalCommunication 1588
             | = 1 ram:URIID
              ram:CompleteNumber 1587
              ram:URIID 1586
             ram:FaxUniversalCommunication 1585
             | = 1 ram:CompleteNumber
              ram:URIID 1584
             ram:TelephoneUniversalCommunication 1583
             | = 1 ram:CompleteNumber
              ram:URIID 1582
            ram:Description 1581
            ram:GlobalID 1580
            | @ schemeID
            | in @schemeID 33 @schemeID
            ram:ID 1579
            ram:PostalTradeAddress 1578
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1577
             | in . 4 ram:CountryID
             ram:PostcodeCode 1576
            ram:SpecifiedLegalOrganization
             ram:ID 1575
             | in @schemeID 3 @schemeID
             ram:PostalTradeAddress 1574
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1573
              | in . 4 ram:CountryID
              ram:PostcodeCode 1572
            ram:SpecifiedTaxRegistration 1571
            | = 1 ram:ID
             ram:ID 1570
             | @ schemeID
            ram:URIUniversalCommunication 1569
            | = 1 ram:URIID
             ram:CompleteNumber 1568
             ram:URIID 1567
             | @ schemeID
             | in @schemeID 10 @schemeID
           ram:UltimateShipToTradeParty 1566
           | <= 1 ram:ID
           | <= 1 ram:RoleCode
           | <= 1 ram:URIUniversalCommunication
           | <= 1 ram:SpecifiedTaxRegistration
            ram:DefinedTradeContact
             ram:EmailURIUniversalCommunication 1565
             | = 1 ram:URIID
              ram:CompleteNumber 1564
              ram:URIID 1563
             ram:FaxUniversalCommunication 1562
             | = 1 ram:CompleteNumber
              ram:URIID 1561
             ram:TelephoneUniversalCommunication 1560
             | = 1 ram:CompleteNumber
              ram:URIID 1559
            ram:Description 1558
            ram:GlobalID 1557
            | @ schemeID
            | in @schemeID 33 @schemeID
            ram:ID 1556
            ram:PostalTradeAddress 1555
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1554
             | in . 4 ram:CountryID
             ram:PostcodeCode 1553
            ram:SpecifiedLegalOrganization
             ram:ID 1552
             | in @schemeID 3 @schemeID
             ram:PostalTradeAddress 1551
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1550
              | in . 4 ram:CountryID
              ram:PostcodeCode 1549
            ram:SpecifiedTaxRegistration 1548
            | = 1 ram:ID
             ram:ID 1547
             | @ schemeID
            ram:URIUniversalCommunication 1546
            | = 1 ram:URIID
             ram:CompleteNumber 1545
             ram:URIID 1544
             | @ schemeID
             | in @schemeID 10 @schemeID
          ram:ApplicableHeaderTradeSettlement 1543
          | <= 1 ram:PaymentReference
          | = 1 ram:InvoiceCurrencyCode
          | >= 1 ram:ApplicableTradeTax
          | = 1 ram:SpecifiedTradeSettlementHeaderMonetarySummation
           ram:ApplicableTradeTax 1542
           | = 1 ram:CalculatedAmount
           | = 1 ram:TypeCode
           | = 1 ram:BasisAmount
           | <= 1 ram:LineTotalBasisAmount
           | <= 1 ram:AllowanceChargeBasisAmount
           | = 1 ram:CategoryCode
            ram:AllowanceChargeBasisAmount 1541
            ram:BasisAmount 1540
            ram:CalculatedAmount 1539
            ram:CategoryCode 1538
            | in . 36 ram:CategoryCode
            ram:DueDateTypeCode 1537
            | in . 12 ram:DueDateTypeCode
            ram:ExemptionReasonCode 1536
            | in . 13 ram:ExemptionReasonCode
            ram:LineTotalBasisAmount 1535
            ram:TaxPointDate
             udt:DateString 1534
             | @ format
             | in @format 0 @format
            ram:TypeCode 1533
            | in . 37 ram:TypeCode
           ram:BillingSpecifiedPeriod 1532
           | <= 1 ram:Description
            ram:CompleteDateTime 1531
            ram:EndDateTime
             udt:DateTimeString 1530
             | @ format
             | in @format 0 @format
            ram:StartDateTime
             udt:DateTimeString 1529
             | @ format
             | in @format 0 @format
           ram:CreditorReferenceID 1528
           ram:InvoiceCurrencyCode 1527
           | in . 5 ram:InvoiceCurrencyCode
           ram:InvoiceReferencedDocument
            ram:AttachmentBinaryObject 1526
            ram:FormattedIssueDateTime
             qdt:DateTimeString 1525
             | @ format
             | in @format 30 @format
            ram:IssuerAssignedID 1524
            ram:LineID 1523
            ram:Name 1522
            ram:ReferenceTypeCode 1521
            ram:TypeCode 1520
            | in . 38 ram:TypeCode
            ram:URIID 1519
           ram:InvoiceeTradeParty 1518
           | <= 1 ram:ID
           | = 1 ram:Name
           | <= 1 ram:RoleCode
           | <= 1 ram:URIUniversalCommunication
           | <= 1 ram:SpecifiedTaxRegistration
            ram:DefinedTradeContact
             ram:EmailURIUniversalCommunication 1517
             | = 1 ram:URIID
              ram:CompleteNumber 1516
              ram:URIID 1515
             ram:FaxUniversalCommunication 1514
             | = 1 ram:CompleteNumber
              ram:URIID 1513
             ram:TelephoneUniversalCommunication 1512
             | = 1 ram:CompleteNumber
              ram:URIID 1511
            ram:Description 1510
            ram:GlobalID 1509
            | @ schemeID
            | in @schemeID 33 @schemeID
            ram:ID 1508
            ram:PostalTradeAddress 1507
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1506
             | in . 4 ram:CountryID
             ram:PostcodeCode 1505
            ram:SpecifiedLegalOrganization
             ram:ID 1504
             | in @schemeID 3 @schemeID
             ram:PostalTradeAddress 1503
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1502
              | in . 4 ram:CountryID
              ram:PostcodeCode 1501
            ram:SpecifiedTaxRegistration 1500
            | = 1 ram:ID
             ram:ID 1499
             | @ schemeID
            ram:URIUniversalCommunication 1498
            | = 1 ram:URIID
             ram:CompleteNumber 1497
             ram:URIID 1496
             | @ schemeID
             | in @schemeID 10 @schemeID
           ram:InvoicerTradeParty 1495
           | <= 1 ram:ID
           | = 1 ram:Name
           | <= 1 ram:RoleCode
           | <= 1 ram:URIUniversalCommunication
           | <= 1 ram:SpecifiedTaxRegistration
            ram:DefinedTradeContact
             ram:EmailURIUniversalCommunication 1494
             | = 1 ram:URIID
              ram:CompleteNumber 1493
              ram:URIID 1492
             ram:FaxUniversalCommunication 1491
             | = 1 ram:CompleteNumber
              ram:URIID 1490
             ram:TelephoneUniversalCommunication 1489
             | = 1 ram:CompleteNumber
              ram:URIID 1488
            ram:Description 1487
            ram:GlobalID 1486
            | @ schemeID
            | in @schemeID 33 @schemeID
            ram:ID 1485
            ram:PostalTradeAddress 1484
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1483
             | in . 4 ram:CountryID
             ram:PostcodeCode 1482
            ram:SpecifiedLegalOrganization
             ram:ID 1481
             | in @schemeID 3 @schemeID
             ram:PostalTradeAddress 1480
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1479
              | in . 4 ram:CountryID
              ram:PostcodeCode 1478
            ram:SpecifiedTaxRegistration 1477
            | = 1 ram:ID
             ram:ID 1476
             | @ schemeID
            ram:URIUniversalCommunication 1475
            | = 1 ram:URIID
             ram:CompleteNumber 1474
             ram:URIID 1473
             | @ schemeID
             | in @schemeID 10 @schemeID
           ram:PayeeTradeParty 1472
           | <= 1 ram:ID
           | = 1 ram:Name
           | <= 1 ram:RoleCode
           | <= 1 ram:URIUniversalCommunication
           | <= 1 ram:SpecifiedTaxRegistration
            ram:DefinedTradeContact
             ram:EmailURIUniversalCommunication 1471
             | = 1 ram:URIID
              ram:CompleteNumber 1470
              ram:URIID 1469
             ram:FaxUniversalCommunication 1468
             | = 1 ram:CompleteNumber
              ram:URIID 1467
             ram:TelephoneUniversalCommunication 1466
             | = 1 ram:CompleteNumber
              ram:URIID 1465
            ram:Description 1464
            ram:GlobalID 1463
            | @ schemeID
            | in @schemeID 33 @schemeID
            ram:ID 1462
            ram:PostalTradeAddress 1461
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1460
             | in . 4 ram:CountryID
             ram:PostcodeCode 1459
            ram:SpecifiedLegalOrganization
             ram:ID 1458
             | in @schemeID 3 @schemeID
             ram:PostalTradeAddress 1457
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1456
              | in . 4 ram:CountryID
              ram:PostcodeCode 1455
            ram:SpecifiedTaxRegistration 1454
            | = 1 ram:ID
             ram:ID 1453
             | @ schemeID
            ram:URIUniversalCommunication 1452
            | = 1 ram:URIID
             ram:CompleteNumber 1451
             ram:URIID 1450
             | @ schemeID
             | in @schemeID 10 @schemeID
           ram:PayerTradeParty 1449
           | <= 1 ram:ID
           | = 1 ram:Name
           | <= 1 ram:RoleCode
           | <= 1 ram:URIUniversalCommunication
           | <= 1 ram:SpecifiedTaxRegistration
            ram:DefinedTradeContact
             ram:EmailURIUniversalCommunication 1448
             | = 1 ram:URIID
              ram:CompleteNumber 1447
              ram:URIID 1446
             ram:FaxUniversalCommunication 1445
             | = 1 ram:CompleteNumber
              ram:URIID 1444
             ram:TelephoneUniversalCommunication 1443
             | = 1 ram:CompleteNumber
              ram:URIID 1442
            ram:Description 1441
            ram:GlobalID 1440
            | @ schemeID
            | in @schemeID 33 @schemeID
            ram:ID 1439
            ram:PostalTradeAddress 1438
            | = 1 ram:CountryID
            | <= 1 ram:CountrySubDivisionName
             ram:CountryID 1437
             | in . 4 ram:CountryID
             ram:PostcodeCode 1436
            ram:SpecifiedLegalOrganization
             ram:ID 1435
             | in @schemeID 3 @schemeID
             ram:PostalTradeAddress 1434
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1433
              | in . 4 ram:CountryID
              ram:PostcodeCode 1432
            ram:SpecifiedTaxRegistration 1431
            | = 1 ram:ID
             ram:ID 1430
             | @ schemeID
            ram:URIUniversalCommunication 1429
            | = 1 ram:URIID
             ram:CompleteNumber 1428
             ram:URIID 1427
             | @ schemeID
             | in @schemeID 10 @schemeID
           ram:ReceivableSpecifiedTradeAccountingAccount
            ram:ID 1426
            ram:TypeCode 1425
            | in . 39 ram:TypeCode
           ram:SpecifiedAdvancePayment 1424
           | >= 1 ram:IncludedTradeTax
           | <= 1 ram:InvoiceSpecifiedReferencedDocument
            ram:FormattedReceivedDateTime
             qdt:DateTimeString 1423
             | @ format
             | in @format 30 @format
            ram:IncludedTradeTax 1422
            | = 1 ram:CalculatedAmount
            | = 1 ram:TypeCode
            | = 1 ram:CategoryCode
             ram:AllowanceChargeBasisAmount 1421
             ram:BasisAmount 1420
             ram:CalculatedAmount 1419
             ram:CategoryCode 1418
             | in . 36 ram:CategoryCode
             ram:DueDateTypeCode 1417
             ram:ExemptionReasonCode 1416
             | in . 13 ram:ExemptionReasonCode
             ram:LineTotalBasisAmount 1415
             ram:TaxPointDate 1414
             ram:TypeCode 1413
             | in . 37 ram:TypeCode
            ram:InvoiceSpecifiedReferencedDocument 1412
            | = 1 ram:IssuerAssignedID
             ram:AttachmentBinaryObject 1411
             ram:FormattedIssueDateTime
              qdt:DateTimeString 1410
              | @ format
              | in @format 30 @format
             ram:IssuerAssignedID 1409
             ram:LineID 1408
             ram:Name 1407
             ram:ReferenceTypeCode 1406
             ram:TypeCode 1405
             | in . 38 ram:TypeCode
             ram:URIID 1404
            ram:PaidAmount 1403
           ram:SpecifiedFinancialAdjustment 1402
           | = 1 ram:Reason
           | = 1 ram:ActualAmount
            ram:ActualAmount 1401
           ram:SpecifiedLogisticsServiceCharge 1400
           | = 1 ram:Description
           | = 1 ram:AppliedAmount
           | >= 1 ram:AppliedTradeTax
            ram:AppliedAmount 1399
            ram:AppliedTradeTax 1398
            | = 1 ram:TypeCode
            | = 1 ram:CategoryCode
            | = 1 ram:RateApplicablePercent
             ram:AllowanceChargeBasisAmount 1397
             ram:BasisAmount 1396
             ram:CalculatedAmount 1395
             ram:CategoryCode 1394
             | in . 36 ram:CategoryCode
             ram:DueDateTypeCode 1393
             ram:ExemptionReasonCode 1392
             | in . 13 ram:ExemptionReasonCode
             ram:LineTotalBasisAmount 1391
             ram:TaxPointDate 1390
             ram:TypeCode 1389
             | in . 37 ram:TypeCode
           ram:SpecifiedTradeAllowanceCharge[indicatorother] 1388
           ram:SpecifiedTradeAllowanceCharge[allowance] 1387
           | = 1 ram:ChargeIndicator
           | = 1 ram:ActualAmount
           | = 1 ram:CategoryTradeTax
            ram:ActualAmount 1386
            ram:BasisAmount 1385
            ram:BasisQuantity 1384
            | in @unitCode 19 @unitCode
            ram:CategoryTradeTax 1383
            | = 1 ram:TypeCode
            | = 1 ram:CategoryCode
             ram:AllowanceChargeBasisAmount 1382
             ram:BasisAmount 1381
             ram:CalculatedAmount 1380
             ram:CategoryCode 1379
             | in . 36 ram:CategoryCode
             ram:DueDateTypeCode 1378
             ram:ExemptionReasonCode 1377
             | in . 13 ram:ExemptionReasonCode
             ram:LineTotalBasisAmount 1376
             ram:TaxPointDate 1375
             ram:TypeCode 1374
             | in . 37 ram:TypeCode
            ram:ReasonCode 1373
            | in . 15 ram:ReasonCode
           ram:SpecifiedTradeAllowanceCharge[charge] 1372
           | = 1 ram:ChargeIndicator
           | = 1 ram:ActualAmount
           | = 1 ram:CategoryTradeTax
            ram:ActualAmount 1371
            ram:BasisAmount 1370
            ram:BasisQuantity 1369
            | in @unitCode 19 @unitCode
            ram:CategoryTradeTax 1368
            | = 1 ram:TypeCode
            | = 1 ram:CategoryCode
             ram:AllowanceChargeBasisAmount 1367
             ram:BasisAmount 1366
             ram:CalculatedAmount 1365
             ram:CategoryCode 1364
             | in . 36 ram:CategoryCode
             ram:DueDateTypeCode 1363
             ram:ExemptionReasonCode 1362
             | in . 13 ram:ExemptionReasonCode
             ram:LineTotalBasisAmount 1361
             ram:TaxPointDate 1360
             ram:TypeCode 1359
             | in . 37 ram:TypeCode
            ram:ReasonCode[listother] 1358
            ram:ReasonCode[list5153] 1357
            | in . 40 ram:ReasonCode[@listID="5153"]
            ram:ReasonCode[listnone] 1356
            | in . 16 ram:ReasonCode[not (@listID)]
           ram:SpecifiedTradePaymentTerms 1355
           | <= 1 ram:Description
           | <= 1 ram:DirectDebitMandateID
           | <= 1 ram:PartialPaymentAmount
           | <= 1 ram:PayeeTradeParty
            ram:ApplicableTradePaymentDiscountTerms
             ram:ActualDiscountAmount 1354
             ram:BasisAmount 1353
             ram:BasisDateTime
              udt:DateTimeString 1352
              | @ format
              | in @format 0 @format
            ram:ApplicableTradePaymentPenaltyTerms
             ram:ActualPenaltyAmount 1351
             ram:BasisAmount 1350
             ram:BasisDateTime
              udt:DateTimeString 1349
              | @ format
              | in @format 0 @format
             ram:BasisPeriodMeasure 1348
             | @ unitCode
            ram:DirectDebitMandateID 1347
            ram:DueDateDateTime
             udt:DateTimeString 1346
             | @ format
             | in @format 0 @format
            ram:PartialPaymentAmount 1345
            ram:PayeeTradeParty 1344
            | <= 1 ram:ID
            | = 1 ram:Name
            | <= 1 ram:RoleCode
            | <= 1 ram:URIUniversalCommunication
            | <= 1 ram:SpecifiedTaxRegistration
             ram:DefinedTradeContact
              ram:EmailURIUniversalCommunication 1343
              | = 1 ram:URIID
               ram:CompleteNumber 1342
               ram:URIID 1341
              ram:FaxUniversalCommunication 1340
              | = 1 ram:CompleteNumber
               ram:URIID 1339
              ram:TelephoneUniversalCommunication 1338
              | = 1 ram:CompleteNumber
               ram:URIID 1337
             ram:Description 1336
             ram:GlobalID 1335
             | @ schemeID
             | in @schemeID 33 @schemeID
             ram:ID 1334
             ram:PostalTradeAddress 1333
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1332
              | in . 4 ram:CountryID
              ram:PostcodeCode 1331
             ram:SpecifiedLegalOrganization
              ram:ID 1330
              | in @schemeID 3 @schemeID
              ram:PostalTradeAddress 1329
              | = 1 ram:CountryID
              | <= 1 ram:CountrySubDivisionName
               ram:CountryID 1328
               | in . 4 ram:CountryID
               ram:PostcodeCode 1327
             ram:SpecifiedTaxRegistration 1326
             | = 1 ram:ID
              ram:ID 1325
              | @ schemeID
             ram:URIUniversalCommunication 1324
             | = 1 ram:URIID
              ram:CompleteNumber 1323
              ram:URIID 1322
              | @ schemeID
              | in @schemeID 10 @schemeID
           ram:SpecifiedTradeSettlementHeaderMonetarySummation 1321
           | = 1 ram:LineTotalAmount
           | <= 1 ram:ChargeTotalAmount
           | <= 1 ram:AllowanceTotalAmount
           | = 1 ram:TaxBasisTotalAmount
           | <= 1 ram:TaxTotalAmount[invoicecurrency]
           | <= 1 ram:TaxTotalAmount[taxcurrency]
           | <= 1 ram:RoundingAmount
           | = 1 ram:GrandTotalAmount
           | <= 1 ram:TotalPrepaidAmount
           | = 1 ram:DuePayableAmount
            ram:AllowanceTotalAmount 1320
            ram:ChargeTotalAmount 1319
            ram:DuePayableAmount 1318
            ram:GrandTotalAmount 1317
            ram:LineTotalAmount 1316
            ram:RoundingAmount 1315
            ram:TaxBasisTotalAmount 1314
            ram:TaxTotalAmount[othercurrency] 1313
            ram:TaxTotalAmount[invoicecurrency] 1312
            | in @currencyID 5 @currencyID
            ram:TaxTotalAmount[taxcurrency] 1311
            | in @currencyID 5 @currencyID
            ram:TotalPrepaidAmount 1310
           ram:SpecifiedTradeSettlementPaymentMeans 1309
           | = 1 ram:TypeCode
           | <= 1 ram:Information
           | <= 1 ram:PayeePartyCreditorFinancialAccount
            ram:ApplicableTradeSettlementFinancialCard 1308
            | = 1 ram:ID
             ram:ID 1307
            ram:PayeePartyCreditorFinancialAccount
             ram:IBANID 1306
             ram:ProprietaryID 1305
            ram:PayeeSpecifiedCreditorFinancialInstitution 1304
            | = 1 ram:BICID
             ram:BICID 1303
            ram:PayerPartyDebtorFinancialAccount 1302
            | = 1 ram:IBANID
             ram:IBANID 1301
            ram:PayerSpecifiedDebtorFinancialInstitution
             ram:BICID 1300
            ram:TypeCode 1299
            | in . 17 ram:TypeCode
           ram:TaxApplicableTradeCurrencyExchange
            ram:ConversionRateDateTime
             udt:DateTimeString 1298
             | @ format
             | in @format 0 @format
            ram:SourceCurrencyCode 1297
            | in . 5 ram:SourceCurrencyCode
            ram:TargetCurrencyCode 1296
            | in . 5 ram:TargetCurrencyCode
           ram:TaxCurrencyCode 1295
           | in . 5 ram:TaxCurrencyCode
          ram:IncludedSupplyChainTradeLineItem 1294
          | = 1 ram:AssociatedDocumentLineDocument
          | = 1 ram:SpecifiedTradeProduct
           ram:AssociatedDocumentLineDocument 1293
           | = 1 ram:LineID
            ram:IncludedNote 1292
            | <= 1 ram:Content
            | <= 1 ram:SubjectCode
             ram:ContentCode 1291
             ram:SubjectCode 1290
             | in . 6 ram:SubjectCode
            ram:LineID 1289
            ram:LineStatusCode 1288
            | in . 41 ram:LineStatusCode
            ram:LineStatusReasonCode 1287
            | in . 42 ram:LineStatusReasonCode
            ram:ParentLineID 1286
           ram:SpecifiedLineTradeAgreement
            ram:AdditionalReferencedDocument 1285
            | = 1 ram:IssuerAssignedID
            | = 1 ram:TypeCode
            | <= 1 ram:Name
            | <= 1 ram:AttachmentBinaryObject
             ram:AttachmentBinaryObject 1284
             | @ mimeCode
             | in @mimeCode 31 @mimeCode
             | @ filename
             ram:FormattedIssueDateTime
              qdt:DateTimeString 1283
              | @ format
              | in @format 30 @format
             ram:IssuerAssignedID 1282
             ram:LineID 1281
             ram:ReferenceTypeCode 1280
             | in . 21 ram:ReferenceTypeCode
             ram:TypeCode 1279
             | in . 26 ram:TypeCode
             ram:URIID 1278
            ram:ApplicableTradeDeliveryTerms 1277
            | = 1 ram:DeliveryTypeCode
             ram:DeliveryTypeCode 1276
             | in . 32 ram:DeliveryTypeCode
             ram:RelevantTradeLocation
              ram:CountryID 1275
              | in . 4 ram:CountryID
            ram:BuyerOrderReferencedDocument
             ram:AttachmentBinaryObject 1274
             ram:FormattedIssueDateTime
              qdt:DateTimeString 1273
              | @ format
              | in @format 30 @format
             ram:IssuerAssignedID 1272
             ram:LineID 1271
             ram:Name 1270
             ram:ReferenceTypeCode 1269
             ram:TypeCode 1268
             ram:URIID 1267
            ram:ContractReferencedDocument
             ram:AttachmentBinaryObject 1266
             ram:FormattedIssueDateTime
              qdt:DateTimeString 1265
              | @ format
              | in @format 30 @format
             ram:IssuerAssignedID 1264
             ram:LineID 1263
             ram:Name 1262
             ram:ReferenceTypeCode 1261
             ram:TypeCode 1260
             ram:URIID 1259
            ram:GrossPriceProductTradePrice 1258
            | = 1 ram:ChargeAmount
             ram:AppliedTradeAllowanceCharge[indicatorother] 1257
             ram:AppliedTradeAllowanceCharge[allowance] 1256
             | = 1 ram:ChargeIndicator
             | = 1 ram:ActualAmount
              ram:ActualAmount 1255
              ram:BasisAmount 1254
              ram:BasisQuantity 1253
              ram:CategoryTradeTax 1252
              ram:ReasonCode 1251
              | in . 15 ram:ReasonCode
              ram:SequenceNumeric 1250
             ram:AppliedTradeAllowanceCharge[charge] 1249
             | = 1 ram:ChargeIndicator
             | = 1 ram:ActualAmount
              ram:ActualAmount 1248
              ram:BasisAmount 1247
              ram:BasisQuantity 1246
              ram:CategoryTradeTax 1245
              ram:ReasonCode[listother] 1244
              ram:ReasonCode[list5153] 1243
              | in . 37 ram:ReasonCode[@listID="5153"]
              ram:ReasonCode[listnone] 1242
              ram:SequenceNumeric 1241
             ram:BasisQuantity 1240
             | in @unitCode 19 @unitCode
             ram:ChargeAmount 1239
             ram:IncludedTradeTax 1238
            ram:ItemSellerTradeParty 1237
            | <= 1 ram:RoleCode
            | <= 1 ram:Description
            | <= 1 ram:URIUniversalCommunication
            | <= 1 ram:SpecifiedTaxRegistration[vat]
            | <= 1 ram:SpecifiedTaxRegistration[fc]
             ram:DefinedTradeContact
              ram:EmailURIUniversalCommunication 1236
              | = 1 ram:URIID
               ram:CompleteNumber 1235
               ram:URIID 1234
              ram:FaxUniversalCommunication 1233
              | = 1 ram:CompleteNumber
               ram:URIID 1232
              ram:TelephoneUniversalCommunication 1231
              | = 1 ram:CompleteNumber
               ram:URIID 1230
             ram:GlobalID 1229
             | @ schemeID
             | in @schemeID 33 @schemeID
             ram:ID 1228
             ram:PostalTradeAddress 1227
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1226
              | in . 4 ram:CountryID
              ram:PostcodeCode 1225
             ram:SpecifiedLegalOrganization
              ram:ID 1224
              | in @schemeID 3 @schemeID
              ram:PostalTradeAddress 1223
             ram:SpecifiedTaxRegistration[taxother] 1222
             ram:SpecifiedTaxRegistration[fc] 1221
             | = 1 ram:ID
              ram:ID 1220
              | @ schemeID
             ram:SpecifiedTaxRegistration[vat] 1219
             | = 1 ram:ID
              ram:ID 1218
              | @ schemeID
             ram:URIUniversalCommunication 1217
             | = 1 ram:URIID
              ram:CompleteNumber 1216
              ram:URIID 1215
              | @ schemeID
              | in @schemeID 10 @schemeID
            ram:NetPriceProductTradePrice 1214
            | = 1 ram:ChargeAmount
            | <= 1 ram:IncludedTradeTax
             ram:AppliedTradeAllowanceCharge 1213
             ram:BasisQuantity 1212
             | in @unitCode 19 @unitCode
             ram:ChargeAmount 1211
             ram:IncludedTradeTax 1210
             | = 1 ram:CalculatedAmount
             | = 1 ram:TypeCode
             | = 1 ram:CategoryCode
             | = 1 ram:RateApplicablePercent
              ram:AllowanceChargeBasisAmount 1209
              ram:BasisAmount 1208
              ram:CalculatedAmount 1207
              ram:CategoryCode 1206
              | in . 36 ram:CategoryCode
              ram:DueDateTypeCode 1205
              ram:ExemptionReasonCode 1204
              | in . 13 ram:ExemptionReasonCode
              ram:LineTotalBasisAmount 1203
              ram:TaxPointDate 1202
              ram:TypeCode 1201
              | in . 14 ram:TypeCode
            ram:QuotationReferencedDocument
             ram:AttachmentBinaryObject 1200
             ram:FormattedIssueDateTime
              qdt:DateTimeString 1199
              | @ format
              | in @format 30 @format
             ram:IssuerAssignedID 1198
             ram:LineID 1197
             ram:Name 1196
             ram:ReferenceTypeCode 1195
             ram:TypeCode 1194
             ram:URIID 1193
            ram:SellerOrderReferencedDocument
             ram:AttachmentBinaryObject 1192
             ram:FormattedIssueDateTime
              qdt:DateTimeString 1191
              | @ format
              | in @format 30 @format
             ram:IssuerAssignedID 1190
             ram:LineID 1189
             ram:Name 1188
             ram:ReferenceTypeCode 1187
             ram:TypeCode 1186
             ram:URIID 1185
            ram:UltimateCustomerOrderReferencedDocument
             ram:AttachmentBinaryObject 1184
             ram:FormattedIssueDateTime
              qdt:DateTimeString 1183
              | @ format
              | in @format 30 @format
             ram:IssuerAssignedID 1182
             ram:LineID 1181
             ram:Name 1180
             ram:ReferenceTypeCode 1179
             ram:TypeCode 1178
             ram:URIID 1177
           ram:SpecifiedLineTradeDelivery
            ram:ActualDeliverySupplyChainEvent 1176
            | = 1 ram:OccurrenceDateTime
             ram:OccurrenceDateTime
              udt:DateTimeString 1175
              | @ format
              | in @format 0 @format
            ram:BilledQuantity 1174
            | in @unitCode 19 @unitCode
            ram:ChargeFreeQuantity 1173
            | @ unitCode
            | in @unitCode 19 @unitCode
            ram:DeliveryNoteReferencedDocument
             ram:AttachmentBinaryObject 1172
             ram:FormattedIssueDateTime
              qdt:DateTimeString 1171
              | @ format
              | in @format 30 @format
             ram:IssuerAssignedID 1170
             ram:LineID 1169
             ram:Name 1168
             ram:ReferenceTypeCode 1167
             ram:TypeCode 1166
             ram:URIID 1165
            ram:DespatchAdviceReferencedDocument
             ram:AttachmentBinaryObject 1164
             ram:FormattedIssueDateTime
              qdt:DateTimeString 1163
              | @ format
              | in @format 30 @format
             ram:IssuerAssignedID 1162
             ram:LineID 1161
             ram:Name 1160
             ram:ReferenceTypeCode 1159
             ram:TypeCode 1158
             ram:URIID 1157
            ram:PackageQuantity 1156
            | @ unitCode
            | in @unitCode 19 @unitCode
            ram:PerPackageUnitQuantity 1155
            | @ unitCode
            | in @unitCode 19 @unitCode
            ram:ReceivingAdviceReferencedDocument
             ram:AttachmentBinaryObject 1154
             ram:FormattedIssueDateTime
              qdt:DateTimeString 1153
              | @ format
              | in @format 30 @format
             ram:IssuerAssignedID 1152
             ram:LineID 1151
             ram:Name 1150
             ram:ReferenceTypeCode 1149
             ram:TypeCode 1148
             ram:URIID 1147
            ram:ShipToTradeParty 1146
            | <= 1 ram:ID
            | <= 1 ram:RoleCode
            | <= 1 ram:URIUniversalCommunication
            | <= 1 ram:SpecifiedTaxRegistration
             ram:DefinedTradeContact
              ram:EmailURIUniversalCommunication 1145
              | = 1 ram:URIID
               ram:CompleteNumber 1144
               ram:URIID 1143
              ram:FaxUniversalCommunication 1142
              | = 1 ram:CompleteNumber
               ram:URIID 1141
              ram:TelephoneUniversalCommunication 1140
              | = 1 ram:CompleteNumber
               ram:URIID 1139
             ram:Description 1138
             ram:GlobalID 1137
             | @ schemeID
             | in @schemeID 33 @schemeID
             ram:ID 1136
             ram:PostalTradeAddress 1135
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1134
              | in . 4 ram:CountryID
              ram:PostcodeCode 1133
             ram:SpecifiedLegalOrganization
              ram:ID 1132
              | @ schemeID
              | in @schemeID 3 @schemeID
              ram:PostalTradeAddress 1131
             ram:SpecifiedTaxRegistration 1130
             | = 1 ram:ID
              ram:ID 1129
              | @ schemeID
             ram:URIUniversalCommunication 1128
             | = 1 ram:URIID
              ram:CompleteNumber 1127
              ram:URIID 1126
              | @ schemeID
              | in @schemeID 10 @schemeID
            ram:UltimateShipToTradeParty 1125
            | <= 1 ram:ID
            | <= 1 ram:RoleCode
            | <= 1 ram:URIUniversalCommunication
            | <= 1 ram:SpecifiedTaxRegistration
             ram:DefinedTradeContact
              ram:EmailURIUniversalCommunication 1124
              | = 1 ram:URIID
               ram:CompleteNumber 1123
               ram:URIID 1122
              ram:FaxUniversalCommunication 1121
              | = 1 ram:CompleteNumber
               ram:URIID 1120
              ram:TelephoneUniversalCommunication 1119
              | = 1 ram:CompleteNumber
               ram:URIID 1118
             ram:Description 1117
             ram:GlobalID 1116
             | @ schemeID
             | in @schemeID 33 @schemeID
             ram:ID 1115
             ram:PostalTradeAddress 1114
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1113
              | in . 4 ram:CountryID
              ram:PostcodeCode 1112
             ram:SpecifiedLegalOrganization
              ram:ID 1111
              | in @schemeID 3 @schemeID
              ram:PostalTradeAddress 1110
             ram:SpecifiedTaxRegistration 1109
             | = 1 ram:ID
              ram:ID 1108
              | @ schemeID
             ram:URIUniversalCommunication 1107
             | = 1 ram:URIID
              ram:CompleteNumber 1106
              ram:URIID 1105
              | @ schemeID
              | in @schemeID 10 @schemeID
           ram:SpecifiedLineTradeSettlement 1104
           | <= 1 ram:InvoiceReferencedDocument
            ram:AdditionalReferencedDocument 1103
            | = 1 ram:IssuerAssignedID
            | = 1 ram:TypeCode
             ram:AttachmentBinaryObject 1102
             ram:FormattedIssueDateTime 1101
             ram:IssuerAssignedID 1100
             ram:LineID 1099
             ram:Name 1098
             ram:ReferenceTypeCode 1097
             | in . 21 ram:ReferenceTypeCode
             ram:TypeCode 1096
             | in . 26 ram:TypeCode
             ram:URIID 1095
            ram:ApplicableTradeTax 1094
            | <= 1 ram:CalculatedAmount
             ram:AllowanceChargeBasisAmount 1093
             ram:BasisAmount 1092
             ram:CalculatedAmount 1091
             ram:CategoryCode 1090
             | in . 36 ram:CategoryCode
             ram:DueDateTypeCode 1089
             | in . 12 ram:DueDateTypeCode
             ram:ExemptionReasonCode 1088
             | in . 13 ram:ExemptionReasonCode
             ram:LineTotalBasisAmount 1087
             ram:TaxPointDate 1086
             ram:TypeCode 1085
             | in . 37 ram:TypeCode
            ram:BillingSpecifiedPeriod
             ram:CompleteDateTime 1084
             ram:Description 1083
             ram:EndDateTime
              udt:DateTimeString 1082
              | @ format
              | in @format 0 @format
             ram:StartDateTime
              udt:DateTimeString 1081
              | @ format
              | in @format 0 @format
            ram:InvoiceReferencedDocument
             ram:AttachmentBinaryObject 1080
             ram:FormattedIssueDateTime
              qdt:DateTimeString 1079
              | @ format
              | in @format 30 @format
             ram:IssuerAssignedID 1078
             ram:LineID 1077
             ram:Name 1076
             ram:ReferenceTypeCode 1075
             ram:TypeCode 1074
             | in . 38 ram:TypeCode
             ram:URIID 1073
            ram:ReceivableSpecifiedTradeAccountingAccount
             ram:ID 1072
            ram:SpecifiedTradeAllowanceCharge[indicatorother] 1071
            ram:SpecifiedTradeAllowanceCharge[allowance] 1070
            | = 1 ram:ChargeIndicator
            | = 1 ram:ActualAmount
             ram:ActualAmount 1069
             ram:BasisAmount 1068
             ram:BasisQuantity 1067
             ram:CategoryTradeTax 1066
             ram:ReasonCode 1065
             | in . 15 ram:ReasonCode
             ram:SequenceNumeric 1064
            ram:SpecifiedTradeAllowanceCharge[charge] 1063
            | = 1 ram:ChargeIndicator
            | = 1 ram:ActualAmount
             ram:ActualAmount 1062
             ram:BasisAmount 1061
             ram:BasisQuantity 1060
             ram:CategoryTradeTax 1059
             ram:ReasonCode[listother] 1058
             ram:ReasonCode[list5153] 1057
             | in . 43 ram:ReasonCode[@listID="5153"]
             ram:ReasonCode[listnone] 1056
             | in . 16 ram:ReasonCode[not (@listID)]
             ram:SequenceNumeric 1055
            ram:SpecifiedTradeSettlementLineMonetarySummation 1054
            | <= 1 ram:LineTotalAmount
            | <= 1 ram:ChargeTotalAmount
            | <= 1 ram:AllowanceTotalAmount
            | <= 1 ram:TaxTotalAmount[invoicecurrencyabs]
            | <= 1 ram:TaxTotalAmount[taxcurrencyabs]
            | <= 1 ram:GrandTotalAmount
            | <= 1 ram:TotalAllowanceChargeAmount
             ram:AllowanceTotalAmount 1053
             ram:ChargeTotalAmount 1052
             ram:GrandTotalAmount 1051
             ram:LineTotalAmount 1050
             ram:TaxTotalAmount[othercurrencyabs] 1049
             ram:TaxTotalAmount[invoicecurrencyabs] 1048
             | in @currencyID 5 @currencyID
             ram:TaxTotalAmount[taxcurrencyabs] 1047
             | in @currencyID 5 @currencyID
             ram:TotalAllowanceChargeAmount 1046
           ram:SpecifiedTradeProduct 1045
           | = 1 ram:Name
           | <= 1 ram:Description
            ram:ApplicableProductCharacteristic 1044
            | <= 1 ram:Description
            | <= 1 ram:Value
             ram:TypeCode 1043
            ram:BatchID 1042
            ram:BuyerAssignedID 1041
            ram:DesignatedProductClassification 1040
            | <= 1 ram:ClassName
             ram:ClassCode 1039
             | @ listID
             | in @listID 27 @listID
            ram:GlobalID 1038
            | @ schemeID
            | in @schemeID 3 @schemeID
            ram:ID 1037
            ram:IncludedReferencedProduct 1036
            | <= 1 ram:ID
            | <= 1 ram:IndustryAssignedID
            | = 1 ram:Name
            | <= 1 ram:Description
            | <= 1 ram:UnitQuantity
             ram:BuyerAssignedID 1035
             ram:GlobalID 1034
             | @ schemeID
             | in @schemeID 44 @schemeID
             ram:ID 1033
             ram:IndustryAssignedID 1032
             ram:SellerAssignedID 1031
             ram:UnitQuantity 1030
             | @ unitCode
             | in @unitCode 19 @unitCode
            ram:IndividualTradeProductInstance
             ram:BatchID 1029
             ram:SupplierAssignedSerialID 1028
            ram:IndustryAssignedID 1027
            ram:ManufacturerTradeParty 1026
            | <= 1 ram:RoleCode
            | <= 1 ram:Description
            | <= 1 ram:URIUniversalCommunication
            | <= 2 ram:SpecifiedTaxRegistration[vat]
            | <= 2 ram:SpecifiedTaxRegistration[fc]
             ram:DefinedTradeContact
              ram:EmailURIUniversalCommunication 1025
              | = 1 ram:URIID
               ram:CompleteNumber 1024
               ram:URIID 1023
              ram:FaxUniversalCommunication 1022
              | = 1 ram:CompleteNumber
               ram:URIID 1021
              ram:TelephoneUniversalCommunication 1020
              | = 1 ram:CompleteNumber
               ram:URIID 1019
             ram:GlobalID 1018
             | @ schemeID
             | in @schemeID 33 @schemeID
             ram:ID 1017
             ram:PostalTradeAddress 1016
             | = 1 ram:CountryID
             | <= 1 ram:CountrySubDivisionName
              ram:CountryID 1015
              | in . 4 ram:CountryID
              ram:PostcodeCode 1014
             ram:SpecifiedLegalOrganization
              ram:ID 1013
              | in @schemeID 3 @schemeID
              ram:PostalTradeAddress 1012
             ram:SpecifiedTaxRegistration[taxother] 1011
             ram:SpecifiedTaxRegistration[fc] 1010
             | = 1 ram:ID
              ram:ID 1009
              | @ schemeID
             ram:SpecifiedTaxRegistration[vat] 1008
             | = 1 ram:ID
              ram:ID 1007
              | @ schemeID
             ram:URIUniversalCommunication 1006
             | = 1 ram:URIID
              ram:CompleteNumber 1005
              ram:URIID 1004
              | @ schemeID
              | in @schemeID 10 @schemeID
            ram:ModelID 1003
            ram:OriginTradeCountry 1002
            | = 1 ram:ID
             ram:ID 1001
             | in . 4 ram:ID
            ram:SellerAssignedID 1000
        """
}
