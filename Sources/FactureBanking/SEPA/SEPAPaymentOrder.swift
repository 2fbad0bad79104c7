// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A batch of SEPA credit transfers from one account: the content of one pain.001 message with a
/// single payment information block (`PmtInf`).
///
/// Texts may hold any Unicode: ``SEPACreditTransferWriter`` transliterates them to the SEPA
/// character set (`é` → `e`, `&` → `+`) and checks every field before writing.
public struct SEPAPaymentOrder: Sendable, Hashable {
    /// The message identification (`MsgId`), 1 to 35 SEPA characters, unique per sender.
    public var messageID: String
    /// The payment information identification (`PmtInfId`); the message id when empty.
    public var paymentInformationID: String
    /// When the message was created (`CreDtTm`).
    public var creationTime: SEPADateTime
    /// The paying company's name (`Dbtr/Nm`, also `InitgPty/Nm`).
    public var debtorName: String
    /// The account debited (`DbtrAcct/Id/IBAN`).
    public var debtorIBAN: String
    /// The debtor's bank (`DbtrAgt`); `NOTPROVIDED` is written when `nil` (allowed for SEPA IBAN-only).
    public var debtorBIC: String?
    /// The day the bank should execute the transfers (`ReqdExctnDt`).
    public var requestedExecutionDate: CalendarDate
    /// Whether the bank books the batch as one debit (`BtchBookg`).
    public var batchBooking: Bool
    /// The transfers, in order.
    public var transfers: [SEPACreditTransfer]

    /// A payment order.
    public init(
        messageID: String,
        paymentInformationID: String = "",
        creationTime: SEPADateTime,
        debtorName: String,
        debtorIBAN: String,
        debtorBIC: String? = nil,
        requestedExecutionDate: CalendarDate,
        batchBooking: Bool = true,
        transfers: [SEPACreditTransfer]
    ) {
        self.messageID = messageID
        self.paymentInformationID = paymentInformationID
        self.creationTime = creationTime
        self.debtorName = debtorName
        self.debtorIBAN = debtorIBAN
        self.debtorBIC = debtorBIC
        self.requestedExecutionDate = requestedExecutionDate
        self.batchBooking = batchBooking
        self.transfers = transfers
    }

    /// The number of transactions (`NbOfTxs`).
    public var numberOfTransactions: Int { transfers.count }

    /// The sum of the transfers' amounts (`CtrlSum`).
    public var controlSum: Amount {
        Amount(transfers.reduce(ExactDecimal.zero) { $0 + $1.amount.decimal })
    }
}

/// One credit transfer to a supplier (`CdtTrfTxInf`).
public struct SEPACreditTransfer: Sendable, Hashable {
    /// The supplier's name (`Cdtr/Nm`), at most 70 characters once transliterated.
    public var creditorName: String
    /// The supplier's account (`CdtrAcct/Id/IBAN`).
    public var creditorIBAN: String
    /// The supplier's bank (`CdtrAgt`), optional within SEPA.
    public var creditorBIC: String?
    /// The amount in euros: positive, at most 2 decimals.
    public var amount: Amount
    /// The end-to-end identifier (`EndToEndId`): 1 to 35 SEPA characters, unique in the order;
    /// the supplier's bank passes it on.
    public var endToEndID: String
    /// The instruction identifier (`InstrId`) for the debtor's bank; none when `nil`.
    public var instructionID: String?
    /// What the payment is for.
    public var remittance: SEPARemittance?

    /// A transfer.
    public init(
        creditorName: String,
        creditorIBAN: String,
        creditorBIC: String? = nil,
        amount: Amount,
        endToEndID: String,
        instructionID: String? = nil,
        remittance: SEPARemittance? = nil
    ) {
        self.creditorName = creditorName
        self.creditorIBAN = creditorIBAN
        self.creditorBIC = creditorBIC
        self.amount = amount
        self.endToEndID = endToEndID
        self.instructionID = instructionID
        self.remittance = remittance
    }
}

/// The remittance information of a transfer (`RmtInf`): one or the other, as SEPA allows.
public enum SEPARemittance: Sendable, Hashable {
    /// An ISO 11649 creditor reference (`RF` + 2 check digits + up to 21 characters), written as
    /// `Strd/CdtrRefInf` with type `SCOR` issued by `ISO`.
    case creditorReference(String)
    /// Free text (`Ustrd`), at most 140 characters once transliterated.
    case unstructured(String)
}

/// A UTC date and time to the second, as pain.001 writes it (`2025-03-03T09:00:00`).
public struct SEPADateTime: Sendable, Hashable {
    /// The day.
    public var date: CalendarDate
    /// 0…23.
    public var hour: Int
    /// 0…59.
    public var minute: Int
    /// 0…59.
    public var second: Int

    /// A date and time; out-of-range fields are refused.
    public init(date: CalendarDate, hour: Int, minute: Int, second: Int) throws(FactureBankingError) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else {
            throw FactureBankingError(
                code: .invalidPayment,
                message: "creation time \(hour):\(minute):\(second) is not a time of day"
            )
        }
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The current UTC time, to the second.
    public static func now() -> SEPADateTime {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        // gmtime_r always gives a valid day; the epoch is only a type-level fallback.
        let date =
            (try? CalendarDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday)))
            ?? epochDate
        return SEPADateTime(
            uncheckedDate: date,
            hour: Int(parts.tm_hour),
            minute: Int(parts.tm_min),
            second: min(Int(parts.tm_sec), 59)
        )
    }

    private static let epochDate: CalendarDate = {
        guard let epoch = CalendarDate(daysSinceUnixEpoch: 0) else { preconditionFailure("1970-01-01 exists") }
        return epoch
    }()

    private init(uncheckedDate: CalendarDate, hour: Int, minute: Int, second: Int) {
        self.date = uncheckedDate
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// `YYYY-MM-DDThh:mm:ss`.
    public var iso8601String: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date.iso8601String)T\(two(hour)):\(two(minute)):\(two(second))"
    }
}
