// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// How a payment is expected to be made (BT-81 payment means type code), from UNCL 4461.
///
/// ```swift
/// let means: PaymentMeansCode = .sepaCreditTransfer   // 58
/// ```
///
/// Any code reads and writes back, known or not, so an invoice with a code this release does not
/// list still round-trips; ``isKnown`` says whether the code is one this release names.
public struct PaymentMeansCode: RawRepresentable, Sendable {
    /// The code, e.g. `58`.
    public let rawValue: String

    /// Wraps any code, known or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps any code, known or not.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// `1`: instrument not defined.
    public static let notDefined = PaymentMeansCode(rawValue: "1")
    /// `10`: in cash.
    public static let cash = PaymentMeansCode(rawValue: "10")
    /// `20`: cheque.
    public static let cheque = PaymentMeansCode(rawValue: "20")
    /// `30`: credit transfer (not SEPA).
    public static let creditTransfer = PaymentMeansCode(rawValue: "30")
    /// `31`: debit transfer.
    public static let debitTransfer = PaymentMeansCode(rawValue: "31")
    /// `42`: payment to bank account.
    public static let paymentToBankAccount = PaymentMeansCode(rawValue: "42")
    /// `48`: bank card.
    public static let bankCard = PaymentMeansCode(rawValue: "48")
    /// `49`: direct debit (not SEPA).
    public static let directDebit = PaymentMeansCode(rawValue: "49")
    /// `57`: standing agreement.
    public static let standingAgreement = PaymentMeansCode(rawValue: "57")
    /// `58`: SEPA credit transfer.
    public static let sepaCreditTransfer = PaymentMeansCode(rawValue: "58")
    /// `59`: SEPA direct debit.
    public static let sepaDirectDebit = PaymentMeansCode(rawValue: "59")
    /// `97`: clearing between partners (netting).
    public static let clearingBetweenPartners = PaymentMeansCode(rawValue: "97")
    /// `ZZZ`: mutually defined.
    public static let mutuallyDefined = PaymentMeansCode(rawValue: "ZZZ")

    /// The codes this release names.
    public static let allKnown: [PaymentMeansCode] = [
        .notDefined, .cash, .cheque, .creditTransfer, .debitTransfer, .paymentToBankAccount, .bankCard,
        .directDebit, .standingAgreement, .sepaCreditTransfer, .sepaDirectDebit, .clearingBetweenPartners,
        .mutuallyDefined,
    ]

    /// Whether the code is one of ``allKnown``.
    public var isKnown: Bool { PaymentMeansCode.allKnown.contains(self) }
}

extension PaymentMeansCode: Hashable {}

extension PaymentMeansCode: Codable {}

extension PaymentMeansCode: CustomStringConvertible {
    /// The code.
    public var description: String { rawValue }
}

extension PaymentMeansCode: ExpressibleByStringLiteral {
    /// Wraps a literal code: `"58"`.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }
}
