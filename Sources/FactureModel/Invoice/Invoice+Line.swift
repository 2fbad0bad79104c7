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
            item: Item
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
        }
    }
}

extension Invoice.Line: Hashable {}

extension Invoice.Line: Codable {}

extension Invoice.Line {
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

        /// Creates line VAT information.
        public init(categoryCode: VATCategoryCode, rate: Percentage? = nil) {
            self.categoryCode = categoryCode
            self.rate = rate
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
