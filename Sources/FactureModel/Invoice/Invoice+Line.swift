// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension Invoice {
    /// An invoice line (BG-25): one item, its quantity, price, VAT and net amount.
    ///
    /// EN 16931 defines the line net amount (BT-131) as
    /// `quantity × net price / base quantity + line charges − line allowances`
    /// (the net price already has the price discount deducted from the gross price). The model
    /// stores the stated amount; a totals calculator recomputes it and the rules compare.
    public struct Line: Sendable {
        /// Invoice line identifier (BT-126), unique within the invoice.
        public var id: String
        /// Invoice line note (BT-127).
        public var note: String?
        /// Invoice line object identifier (BT-128) with its scheme identifier (BT-128-1).
        public var objectIdentifier: Identifier?
        /// Invoiced quantity (BT-129); negative on an invoice that returns goods.
        public var quantity: Quantity
        /// Invoiced quantity unit of measure code (BT-130).
        public var unitCode: UnitCode
        /// Invoice line net amount (BT-131), without VAT, after line allowances and charges.
        public var netAmount: Amount
        /// Referenced purchase order line reference (BT-132).
        public var orderLineReference: String?
        /// Invoice line buyer accounting reference (BT-133).
        public var buyerAccountingReference: String?
        /// Invoice line period (BG-26).
        public var period: Period?
        /// Invoice line allowances (BG-27).
        public var allowances: [Allowance]
        /// Invoice line charges (BG-28).
        public var charges: [Charge]
        /// Price details (BG-29).
        public var price: PriceDetails
        /// Line VAT information (BG-30).
        public var vat: VATInformation
        /// Item information (BG-31).
        public var item: Item
        /// Parent line identifier (EXT-FR-FE-162; CII `ram:ParentLineID`, Factur-X EXTENDED): the
        /// ``id`` of the `GROUP` line this sub-line belongs to; `nil` for a top-level line.
        public var parentLineID: String?
        /// Line status code (CII `ram:LineStatusCode`, Factur-X EXTENDED), kept verbatim.
        public var statusCode: String?
        /// Line status reason code, the sub-line type (EXT-FR-FE-163; CII `ram:LineStatusReasonCode`,
        /// Factur-X EXTENDED): `GROUP` for a line that groups sub-lines, `DETAIL` for a sub-line
        /// that counts in the totals, `INFORMATION` for one that does not; kept verbatim.
        public var statusReasonCode: String?
        /// The seller of this line's item, on a multi-vendor invoice (EXT-FR-FE-164 to
        /// EXT-FR-FE-177; CII `ram:ItemSellerTradeParty`, Factur-X EXTENDED). Its
        /// ``Invoice/Seller/name`` is empty when the line states no name (a `DETAIL` line often
        /// states only the legal registration identifier).
        public var itemSeller: Seller?
        /// Further invoice line object identifiers after ``objectIdentifier`` (BT-128 repeated, as
        /// Factur-X EXTENDED and EXTENDED-CTC-FR allow), each with its scheme identifier.
        public var additionalObjectIdentifiers: [Identifier]
        /// Invoice line VAT amount in the invoice currency (EXT-FR-FE-181; CII
        /// `ram:TaxTotalAmount` of the line summation, Factur-X EXTENDED).
        public var vatAmount: Amount?
        /// Invoice line amount with VAT (EXT-FR-FE-184; CII `ram:GrandTotalAmount` of the line
        /// summation, Factur-X EXTENDED).
        public var amountWithVAT: Amount?
        /// The mandatory EN 16931 line terms this line does not state, as a Factur-X EXTENDED
        /// `GROUP` line does (it carries amounts only). Where the syntax lets them be left out
        /// (CII EXTENDED), writers leave them out; elsewhere they write the placeholder values
        /// the model holds for them (zero quantity and price, empty codes).
        public var unstatedTerms: Set<UnstatedTerm>

        /// Creates an invoice line.
        public init(
            id: String,
            note: String? = nil,
            objectIdentifier: Identifier? = nil,
            quantity: Quantity,
            unitCode: UnitCode,
            netAmount: Amount,
            orderLineReference: String? = nil,
            buyerAccountingReference: String? = nil,
            period: Period? = nil,
            allowances: [Allowance] = [],
            charges: [Charge] = [],
            price: PriceDetails,
            vat: VATInformation,
            item: Item,
            parentLineID: String? = nil,
            statusCode: String? = nil,
            statusReasonCode: String? = nil,
            itemSeller: Seller? = nil,
            additionalObjectIdentifiers: [Identifier] = [],
            vatAmount: Amount? = nil,
            amountWithVAT: Amount? = nil,
            unstatedTerms: Set<UnstatedTerm> = []
        ) {
            self.id = id
            self.note = note
            self.objectIdentifier = objectIdentifier
            self.quantity = quantity
            self.unitCode = unitCode
            self.netAmount = netAmount
            self.orderLineReference = orderLineReference
            self.buyerAccountingReference = buyerAccountingReference
            self.period = period
            self.allowances = allowances
            self.charges = charges
            self.price = price
            self.vat = vat
            self.item = item
            self.parentLineID = parentLineID
            self.statusCode = statusCode
            self.statusReasonCode = statusReasonCode
            self.itemSeller = itemSeller
            self.additionalObjectIdentifiers = additionalObjectIdentifiers
            self.vatAmount = vatAmount
            self.amountWithVAT = amountWithVAT
            self.unstatedTerms = unstatedTerms
        }
    }
}

extension Invoice.Line: Hashable {}

extension Invoice.Line: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, note, objectIdentifier, quantity, unitCode, netAmount, orderLineReference
        case buyerAccountingReference, period, allowances, charges, price, vat, item
        case parentLineID, statusCode, statusReasonCode, itemSeller, additionalObjectIdentifiers
        case vatAmount, amountWithVAT, unstatedTerms
    }

    /// Decodes a line; JSON written before the Factur-X EXTENDED line terms existed (without
    /// `additionalObjectIdentifiers` or `unstatedTerms`) still decodes, with those empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            note: try container.decodeIfPresent(String.self, forKey: .note),
            objectIdentifier: try container.decodeIfPresent(Identifier.self, forKey: .objectIdentifier),
            quantity: try container.decode(Quantity.self, forKey: .quantity),
            unitCode: try container.decode(UnitCode.self, forKey: .unitCode),
            netAmount: try container.decode(Amount.self, forKey: .netAmount),
            orderLineReference: try container.decodeIfPresent(String.self, forKey: .orderLineReference),
            buyerAccountingReference: try container.decodeIfPresent(String.self, forKey: .buyerAccountingReference),
            period: try container.decodeIfPresent(Invoice.Period.self, forKey: .period),
            allowances: try container.decode([Allowance].self, forKey: .allowances),
            charges: try container.decode([Charge].self, forKey: .charges),
            price: try container.decode(PriceDetails.self, forKey: .price),
            vat: try container.decode(VATInformation.self, forKey: .vat),
            item: try container.decode(Item.self, forKey: .item),
            parentLineID: try container.decodeIfPresent(String.self, forKey: .parentLineID),
            statusCode: try container.decodeIfPresent(String.self, forKey: .statusCode),
            statusReasonCode: try container.decodeIfPresent(String.self, forKey: .statusReasonCode),
            itemSeller: try container.decodeIfPresent(Invoice.Seller.self, forKey: .itemSeller),
            additionalObjectIdentifiers: try container.decodeIfPresent(
                [Identifier].self,
                forKey: .additionalObjectIdentifiers
            ) ?? [],
            vatAmount: try container.decodeIfPresent(Amount.self, forKey: .vatAmount),
            amountWithVAT: try container.decodeIfPresent(Amount.self, forKey: .amountWithVAT),
            unstatedTerms: try container.decodeIfPresent(Set<UnstatedTerm>.self, forKey: .unstatedTerms) ?? []
        )
    }

    /// Encodes a line: absent optional terms are left out, and so are empty
    /// ``additionalObjectIdentifiers`` and ``unstatedTerms`` (the latter sorted, so that equal
    /// lines encode to equal bytes).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(note, forKey: .note)
        try container.encodeIfPresent(objectIdentifier, forKey: .objectIdentifier)
        try container.encode(quantity, forKey: .quantity)
        try container.encode(unitCode, forKey: .unitCode)
        try container.encode(netAmount, forKey: .netAmount)
        try container.encodeIfPresent(orderLineReference, forKey: .orderLineReference)
        try container.encodeIfPresent(buyerAccountingReference, forKey: .buyerAccountingReference)
        try container.encodeIfPresent(period, forKey: .period)
        try container.encode(allowances, forKey: .allowances)
        try container.encode(charges, forKey: .charges)
        try container.encode(price, forKey: .price)
        try container.encode(vat, forKey: .vat)
        try container.encode(item, forKey: .item)
        try container.encodeIfPresent(parentLineID, forKey: .parentLineID)
        try container.encodeIfPresent(statusCode, forKey: .statusCode)
        try container.encodeIfPresent(statusReasonCode, forKey: .statusReasonCode)
        try container.encodeIfPresent(itemSeller, forKey: .itemSeller)
        if !additionalObjectIdentifiers.isEmpty {
            try container.encode(additionalObjectIdentifiers, forKey: .additionalObjectIdentifiers)
        }
        try container.encodeIfPresent(vatAmount, forKey: .vatAmount)
        try container.encodeIfPresent(amountWithVAT, forKey: .amountWithVAT)
        if !unstatedTerms.isEmpty {
            try container.encode(unstatedTerms.map(\.rawValue).sorted(), forKey: .unstatedTerms)
        }
    }
}

extension Invoice.Line {
    /// A mandatory EN 16931 line term that a line may leave out, as a Factur-X EXTENDED `GROUP`
    /// line does.
    public enum UnstatedTerm: String, Sendable, Hashable, Codable, CaseIterable {
        /// Invoiced quantity and its unit of measure code (BT-129, BT-130).
        case quantity
        /// Item net price (BT-146).
        case netPrice
        /// Invoiced item VAT category code (BT-151) with its tax type code.
        case vatCategory
    }

    /// An invoice line allowance (BG-27): an amount taken off the line, without VAT.
    public struct Allowance: Sendable {
        /// Invoice line allowance amount (BT-136).
        public var amount: Amount
        /// Invoice line allowance base amount (BT-137).
        public var baseAmount: Amount?
        /// Invoice line allowance percentage (BT-138).
        public var percentage: Percentage?
        /// Invoice line allowance reason (BT-139).
        public var reason: String?
        /// Invoice line allowance reason code (BT-140).
        public var reasonCode: AllowanceReasonCode?

        /// Creates a line allowance.
        public init(
            amount: Amount,
            baseAmount: Amount? = nil,
            percentage: Percentage? = nil,
            reason: String? = nil,
            reasonCode: AllowanceReasonCode? = nil
        ) {
            self.amount = amount
            self.baseAmount = baseAmount
            self.percentage = percentage
            self.reason = reason
            self.reasonCode = reasonCode
        }
    }

    /// An invoice line charge (BG-28): an amount added to the line, without VAT.
    public struct Charge: Sendable {
        /// Invoice line charge amount (BT-141).
        public var amount: Amount
        /// Invoice line charge base amount (BT-142).
        public var baseAmount: Amount?
        /// Invoice line charge percentage (BT-143).
        public var percentage: Percentage?
        /// Invoice line charge reason (BT-144).
        public var reason: String?
        /// Invoice line charge reason code (BT-145).
        public var reasonCode: ChargeReasonCode?

        /// Creates a line charge.
        public init(
            amount: Amount,
            baseAmount: Amount? = nil,
            percentage: Percentage? = nil,
            reason: String? = nil,
            reasonCode: ChargeReasonCode? = nil
        ) {
            self.amount = amount
            self.baseAmount = baseAmount
            self.percentage = percentage
            self.reason = reason
            self.reasonCode = reasonCode
        }
    }

    /// Price details (BG-29): the unit price of the item.
    public struct PriceDetails: Sendable {
        /// Item net price (BT-146): the price per ``baseQuantity`` after the price discount, without
        /// VAT; never negative.
        public var netPrice: Amount
        /// Item price discount (BT-147): gross price − net price.
        public var discount: Amount?
        /// Item gross price (BT-148): the price before the price discount.
        public var grossPrice: Amount?
        /// Item price base quantity (BT-149): how many units the prices are for (1 when absent).
        public var baseQuantity: Quantity?
        /// Item price base quantity unit of measure code (BT-150).
        public var baseQuantityUnitCode: UnitCode?

        /// Creates price details.
        public init(
            netPrice: Amount,
            discount: Amount? = nil,
            grossPrice: Amount? = nil,
            baseQuantity: Quantity? = nil,
            baseQuantityUnitCode: UnitCode? = nil
        ) {
            self.netPrice = netPrice
            self.discount = discount
            self.grossPrice = grossPrice
            self.baseQuantity = baseQuantity
            self.baseQuantityUnitCode = baseQuantityUnitCode
        }
    }

    /// Line VAT information (BG-30).
    public struct VATInformation: Sendable {
        /// Invoiced item VAT category code (BT-151).
        public var categoryCode: VATCategoryCode
        /// Invoiced item VAT rate (BT-152); absent for category `O` (outside scope).
        public var rate: Percentage?
        /// Line VAT exemption reason text (EXT-FR-FE-178; CII `ram:ExemptionReason` of the line,
        /// Factur-X EXTENDED).
        public var exemptionReason: String?
        /// Line VAT exemption reason code (CII `ram:ExemptionReasonCode` of the line, Factur-X
        /// EXTENDED).
        public var exemptionReasonCode: VATExemptionReasonCode?
        /// Line value added tax point date code (EXT-FR-FE-180; CII `ram:DueDateTypeCode` of the
        /// line, Factur-X EXTENDED), with the same codes as BT-8.
        public var pointDateCode: VATPointDateCode?

        /// Creates line VAT information.
        public init(
            categoryCode: VATCategoryCode,
            rate: Percentage? = nil,
            exemptionReason: String? = nil,
            exemptionReasonCode: VATExemptionReasonCode? = nil,
            pointDateCode: VATPointDateCode? = nil
        ) {
            self.categoryCode = categoryCode
            self.rate = rate
            self.exemptionReason = exemptionReason
            self.exemptionReasonCode = exemptionReasonCode
            self.pointDateCode = pointDateCode
        }
    }
}

extension Invoice.Line.Allowance: Hashable {}

extension Invoice.Line.Allowance: Codable {}

extension Invoice.Line.Charge: Hashable {}

extension Invoice.Line.Charge: Codable {}

extension Invoice.Line.PriceDetails: Hashable {}

extension Invoice.Line.PriceDetails: Codable {}

extension Invoice.Line.VATInformation: Hashable {}

extension Invoice.Line.VATInformation: Codable {}
