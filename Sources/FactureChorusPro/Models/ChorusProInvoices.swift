// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A search among the supplier's invoices (`rechercherFactureParFournisseur`,
/// `POST /factures/v1/rechercher/fournisseur`). Criteria left `nil` are not sent.
public struct ChorusProSupplierInvoiceQuery: Sendable, Hashable, Encodable {
    /// The invoice number (`numeroFacture`).
    public var invoiceNumber: String?
    /// The status (`statutFacture`).
    public var status: ChorusProInvoiceStatus?
    /// The recipient's identifier, a SIRET (`identifiantDestinataire`).
    public var recipientIdentifier: String?
    /// The page asked for, from 1.
    public var page: Int
    /// Results per page.
    public var pageSize: Int

    /// A query.
    public init(
        invoiceNumber: String? = nil,
        status: ChorusProInvoiceStatus? = nil,
        recipientIdentifier: String? = nil,
        page: Int = 1,
        pageSize: Int = 100
    ) {
        self.invoiceNumber = invoiceNumber
        self.status = status
        self.recipientIdentifier = recipientIdentifier
        self.page = page
        self.pageSize = pageSize
    }

    private enum CodingKeys: String, CodingKey {
        case invoiceNumber = "numeroFacture", status = "statutFacture", recipientIdentifier = "identifiantDestinataire"
        case pagination = "pagination"
    }

    private enum PaginationKeys: String, CodingKey {
        case page = "pageResultatDemandee", pageSize = "nbResultatsParPage"
    }

    /// Writes the Chorus Pro JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(invoiceNumber, forKey: .invoiceNumber)
        try container.encodeIfPresent(status, forKey: .status)
        try container.encodeIfPresent(recipientIdentifier, forKey: .recipientIdentifier)
        var pagination = container.nestedContainer(keyedBy: PaginationKeys.self, forKey: .pagination)
        try pagination.encode(page, forKey: .page)
        try pagination.encode(pageSize, forKey: .pageSize)
    }
}

/// One invoice of a search result.
public struct ChorusProInvoiceSummary: Sendable, Hashable, Decodable {
    /// Chorus Pro's id of the invoice (`identifiantFactureCPP`).
    public var invoiceID: Int
    /// The invoice number (`numeroFacture`).
    public var invoiceNumber: String
    /// The status (`statut`).
    public var status: ChorusProInvoiceStatus
    /// The recipient's identifier (`identifiantDestinataire`).
    public var recipientIdentifier: String?
    /// The recipient's name (`designationDestinataire`).
    public var recipientName: String?
    /// The invoice date (`dateFacture`).
    public var invoiceDate: String?
    /// The deposit date (`dateDepot`).
    public var depositDate: String?

    /// A summary.
    public init(
        invoiceID: Int,
        invoiceNumber: String,
        status: ChorusProInvoiceStatus,
        recipientIdentifier: String? = nil,
        recipientName: String? = nil,
        invoiceDate: String? = nil,
        depositDate: String? = nil
    ) {
        self.invoiceID = invoiceID
        self.invoiceNumber = invoiceNumber
        self.status = status
        self.recipientIdentifier = recipientIdentifier
        self.recipientName = recipientName
        self.invoiceDate = invoiceDate
        self.depositDate = depositDate
    }

    private enum CodingKeys: String, CodingKey {
        case invoiceID = "identifiantFactureCPP", invoiceNumber = "numeroFacture", status = "statut"
        case recipientIdentifier = "identifiantDestinataire", recipientName = "designationDestinataire"
        case invoiceDate = "dateFacture", depositDate = "dateDepot"
    }
}

/// The answer to a supplier search.
public struct ChorusProInvoiceSearchResult: Sendable, Hashable, Decodable {
    /// The invoices found (`listeFactures`).
    public var invoices: [ChorusProInvoiceSummary]
    /// How many match in all (`parametresRetour.total`), when given.
    public var total: Int?

    /// A result.
    public init(invoices: [ChorusProInvoiceSummary], total: Int? = nil) {
        self.invoices = invoices
        self.total = total
    }

    private enum CodingKeys: String, CodingKey { case invoices = "listeFactures", returned = "parametresRetour" }
    private enum ReturnedKeys: String, CodingKey { case total }

    /// Reads the Chorus Pro JSON.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        invoices = try container.decodeIfPresent([ChorusProInvoiceSummary].self, forKey: .invoices) ?? []
        total =
            try container.decodeIfPresent([String: Int].self, forKey: .returned).flatMap { $0["total"] }
    }
}

/// An invoice as its supplier sees it (`consulterFactureParFournisseur`, `POST /factures/v1/consulter/fournisseur`).
public struct ChorusProSupplierInvoice: Sendable, Hashable, Decodable {
    /// Chorus Pro's id (`identifiantFactureCPP`).
    public var invoiceID: Int
    /// The number (`numeroFacture`).
    public var invoiceNumber: String
    /// The status (`statutFacture`).
    public var status: ChorusProInvoiceStatus
    /// The recipient's identifier (`destinataire.codeDestinataire`).
    public var recipientIdentifier: String?
    /// The recipient's service code (`destinataire.codeServiceExecutant`).
    public var serviceCode: String?
    /// The legal commitment number (`references.numeroBonCommande`).
    public var commitmentNumber: String?

    /// An invoice.
    public init(
        invoiceID: Int,
        invoiceNumber: String,
        status: ChorusProInvoiceStatus,
        recipientIdentifier: String? = nil,
        serviceCode: String? = nil,
        commitmentNumber: String? = nil
    ) {
        self.invoiceID = invoiceID
        self.invoiceNumber = invoiceNumber
        self.status = status
        self.recipientIdentifier = recipientIdentifier
        self.serviceCode = serviceCode
        self.commitmentNumber = commitmentNumber
    }

    private enum Keys: String, CodingKey { case facture }
    private enum InvoiceKeys: String, CodingKey {
        case identifiantFactureCPP, numeroFacture, statutFacture, destinataire, references
    }
    private enum RecipientKeys: String, CodingKey { case codeDestinataire, codeServiceExecutant }
    private enum ReferenceKeys: String, CodingKey { case numeroBonCommande }

    /// Reads the Chorus Pro JSON (the `facture` object).
    public init(from decoder: any Decoder) throws {
        let invoice = try decoder.container(keyedBy: Keys.self).nestedContainer(
            keyedBy: InvoiceKeys.self,
            forKey: .facture
        )
        invoiceID = try invoice.decode(Int.self, forKey: .identifiantFactureCPP)
        invoiceNumber = try invoice.decode(String.self, forKey: .numeroFacture)
        status = try invoice.decode(ChorusProInvoiceStatus.self, forKey: .statutFacture)
        if invoice.contains(.destinataire) {
            let recipient = try invoice.nestedContainer(keyedBy: RecipientKeys.self, forKey: .destinataire)
            recipientIdentifier = try recipient.decodeIfPresent(String.self, forKey: .codeDestinataire)
            serviceCode = try recipient.decodeIfPresent(String.self, forKey: .codeServiceExecutant)
        }
        if invoice.contains(.references) {
            let references = try invoice.nestedContainer(keyedBy: ReferenceKeys.self, forKey: .references)
            commitmentNumber = try references.decodeIfPresent(String.self, forKey: .numeroBonCommande)
        }
    }
}

/// The status history of an invoice (`consulterHistoriqueFacture`, `POST /factures/v1/consulter/historique`).
public struct ChorusProInvoiceHistory: Sendable, Hashable, Decodable {
    /// One status change.
    public struct Entry: Sendable, Hashable, Decodable {
        /// The status reached (`histoStatutCode`).
        public var status: ChorusProInvoiceStatus
        /// When (`histoStatutDatePassage`), as written.
        public var date: String?
        /// The comment left with it (`histoStatutCommentaire`), such as a suspension or refusal reason.
        public var comment: String?

        /// An entry.
        public init(status: ChorusProInvoiceStatus, date: String? = nil, comment: String? = nil) {
            self.status = status
            self.date = date
            self.comment = comment
        }

        private enum CodingKeys: String, CodingKey {
            case status = "histoStatutCode", date = "histoStatutDatePassage", comment = "histoStatutCommentaire"
        }
    }

    /// Chorus Pro's id of the invoice (`idFacture`).
    public var invoiceID: Int?
    /// The current status (`statutCourantCode`).
    public var currentStatus: ChorusProInvoiceStatus
    /// The changes, oldest first (`historiquesDesStatuts.histoStatut`).
    public var entries: [Entry]

    /// A history.
    public init(invoiceID: Int?, currentStatus: ChorusProInvoiceStatus, entries: [Entry]) {
        self.invoiceID = invoiceID
        self.currentStatus = currentStatus
        self.entries = entries
    }

    private enum CodingKeys: String, CodingKey {
        case invoiceID = "idFacture", currentStatus = "statutCourantCode", history = "historiquesDesStatuts"
    }
    private enum HistoryKeys: String, CodingKey { case histoStatut }

    /// Reads the Chorus Pro JSON.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        invoiceID = try container.decodeIfPresent(Int.self, forKey: .invoiceID)
        currentStatus = try container.decode(ChorusProInvoiceStatus.self, forKey: .currentStatus)
        if container.contains(.history) {
            let history = try container.nestedContainer(keyedBy: HistoryKeys.self, forKey: .history)
            entries = try history.decodeIfPresent([Entry].self, forKey: .histoStatut) ?? []
        } else {
            entries = []
        }
    }
}

/// An invoice keyed in through the API (`soumettreFacture`, `POST /factures/v1/soumettre`): the main fields of
/// the "saisie API" mode, with a main attachment already uploaded.
public struct ChorusProInvoiceSubmission: Sendable, Hashable, Encodable {
    /// The invoice number (`numeroFactureSaisi`).
    public var invoiceNumber: String
    /// The invoice date, `YYYY-MM-DD` (`dateFacture`).
    public var invoiceDate: String
    /// The recipient's SIRET (`destinataire.codeDestinataire`).
    public var recipientIdentifier: String
    /// The recipient's service code (`destinataire.codeServiceExecutant`).
    public var serviceCode: String?
    /// The supplier's Chorus Pro structure id (`fournisseur.idFournisseur`).
    public var supplierID: Int
    /// The billing frame (`cadreDeFacturation.codeCadreFacturation`), `A1_FACTURE_FOURNISSEUR` by default.
    public var billingFrame: String
    /// The currency (`references.deviseFacture`).
    public var currency: String
    /// `FACTURE` or `AVOIR` (`references.typeFacture`).
    public var invoiceType: String
    /// `TVA_SUR_DEBIT` or `TVA_SUR_ENCAISSEMENT` (`references.typeTva`).
    public var vatType: String
    /// The payment means (`references.modePaiement`).
    public var paymentMeans: String
    /// The legal commitment number (`references.numeroBonCommande`).
    public var commitmentNumber: String?
    /// Totals excluding VAT, VAT, including VAT and due, as decimal strings (`montantTotal`).
    public var totals: (net: String, vat: String, gross: String, due: String)
    /// The id of the main attachment uploaded before (`pieceJointePrincipale`).
    public var mainAttachmentID: Int?
    /// A comment (`commentaire`).
    public var comment: String?
    /// The deposit mode (`modeDepot`): `SAISIE_API` or `DEPOT_PDF_API`.
    public var mode: String

    /// A submission.
    public init(
        invoiceNumber: String,
        invoiceDate: String,
        recipientIdentifier: String,
        serviceCode: String? = nil,
        supplierID: Int,
        billingFrame: String = "A1_FACTURE_FOURNISSEUR",
        currency: String = "EUR",
        invoiceType: String = "FACTURE",
        vatType: String = "TVA_SUR_DEBIT",
        paymentMeans: String = "VIREMENT",
        commitmentNumber: String? = nil,
        totals: (net: String, vat: String, gross: String, due: String),
        mainAttachmentID: Int? = nil,
        comment: String? = nil,
        mode: String = "SAISIE_API"
    ) {
        self.invoiceNumber = invoiceNumber
        self.invoiceDate = invoiceDate
        self.recipientIdentifier = recipientIdentifier
        self.serviceCode = serviceCode
        self.supplierID = supplierID
        self.billingFrame = billingFrame
        self.currency = currency
        self.invoiceType = invoiceType
        self.vatType = vatType
        self.paymentMeans = paymentMeans
        self.commitmentNumber = commitmentNumber
        self.totals = totals
        self.mainAttachmentID = mainAttachmentID
        self.comment = comment
        self.mode = mode
    }

    /// Submissions are equal when their fields are.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.invoiceNumber == rhs.invoiceNumber && lhs.invoiceDate == rhs.invoiceDate
            && lhs.recipientIdentifier == rhs.recipientIdentifier && lhs.serviceCode == rhs.serviceCode
            && lhs.supplierID == rhs.supplierID && lhs.billingFrame == rhs.billingFrame
            && lhs.currency == rhs.currency && lhs.invoiceType == rhs.invoiceType && lhs.vatType == rhs.vatType
            && lhs.paymentMeans == rhs.paymentMeans && lhs.commitmentNumber == rhs.commitmentNumber
            && lhs.totals == rhs.totals && lhs.mainAttachmentID == rhs.mainAttachmentID
            && lhs.comment == rhs.comment && lhs.mode == rhs.mode
    }

    /// Hashes the number and date.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(invoiceNumber)
        hasher.combine(invoiceDate)
    }

    private enum Keys: String, CodingKey {
        case numeroFactureSaisi, dateFacture, destinataire, fournisseur, cadreDeFacturation, references
        case montantTotal, pieceJointePrincipale, commentaire, modeDepot
    }
    private enum RecipientKeys: String, CodingKey { case codeDestinataire, codeServiceExecutant }
    private enum SupplierKeys: String, CodingKey { case idFournisseur }
    private enum FrameKeys: String, CodingKey { case codeCadreFacturation }
    private enum ReferenceKeys: String, CodingKey {
        case deviseFacture, typeFacture, typeTva, modePaiement, numeroBonCommande
    }
    private enum TotalKeys: String, CodingKey { case montantHtTotal, montantTVA, montantTtcTotal, montantAPayer }
    private enum AttachmentKeys: String, CodingKey { case pieceJointePrincipaleId, pieceJointePrincipaleDesignation }

    /// Writes the Chorus Pro JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(invoiceNumber, forKey: .numeroFactureSaisi)
        try container.encode(invoiceDate, forKey: .dateFacture)
        try container.encode(mode, forKey: .modeDepot)
        try container.encodeIfPresent(comment, forKey: .commentaire)
        var recipient = container.nestedContainer(keyedBy: RecipientKeys.self, forKey: .destinataire)
        try recipient.encode(recipientIdentifier, forKey: .codeDestinataire)
        try recipient.encodeIfPresent(serviceCode, forKey: .codeServiceExecutant)
        var supplier = container.nestedContainer(keyedBy: SupplierKeys.self, forKey: .fournisseur)
        try supplier.encode(supplierID, forKey: .idFournisseur)
        var frame = container.nestedContainer(keyedBy: FrameKeys.self, forKey: .cadreDeFacturation)
        try frame.encode(billingFrame, forKey: .codeCadreFacturation)
        var references = container.nestedContainer(keyedBy: ReferenceKeys.self, forKey: .references)
        try references.encode(currency, forKey: .deviseFacture)
        try references.encode(invoiceType, forKey: .typeFacture)
        try references.encode(vatType, forKey: .typeTva)
        try references.encode(paymentMeans, forKey: .modePaiement)
        try references.encodeIfPresent(commitmentNumber, forKey: .numeroBonCommande)
        var amounts = container.nestedContainer(keyedBy: TotalKeys.self, forKey: .montantTotal)
        try amounts.encode(totals.net, forKey: .montantHtTotal)
        try amounts.encode(totals.vat, forKey: .montantTVA)
        try amounts.encode(totals.gross, forKey: .montantTtcTotal)
        try amounts.encode(totals.due, forKey: .montantAPayer)
        if let mainAttachmentID {
            var attachments = container.nestedUnkeyedContainer(forKey: .pieceJointePrincipale)
            var attachment = attachments.nestedContainer(keyedBy: AttachmentKeys.self)
            try attachment.encode(mainAttachmentID, forKey: .pieceJointePrincipaleId)
            try attachment.encode("Facture", forKey: .pieceJointePrincipaleDesignation)
        }
    }
}

/// Chorus Pro's answer to `soumettre`, `completer` and `recycler`: the invoice and its new status.
public struct ChorusProInvoiceReceipt: Sendable, Hashable, Decodable {
    /// Chorus Pro's id (`identifiantFactureCPP`).
    public var invoiceID: Int
    /// The number (`numeroFacture`).
    public var invoiceNumber: String?
    /// The status after the operation (`statutFacture`), when given.
    public var status: ChorusProInvoiceStatus?
    /// The date of the operation (`dateDepot` or `dateTraitement`).
    public var date: String?

    /// A receipt.
    public init(invoiceID: Int, invoiceNumber: String?, status: ChorusProInvoiceStatus?, date: String?) {
        self.invoiceID = invoiceID
        self.invoiceNumber = invoiceNumber
        self.status = status
        self.date = date
    }

    private enum CodingKeys: String, CodingKey {
        case invoiceID = "identifiantFactureCPP", invoiceNumber = "numeroFacture", status = "statutFacture"
        case depositDate = "dateDepot", processingDate = "dateTraitement"
    }

    /// Reads the Chorus Pro JSON.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        invoiceID = try container.decode(Int.self, forKey: .invoiceID)
        invoiceNumber = try container.decodeIfPresent(String.self, forKey: .invoiceNumber)
        status = try container.decodeIfPresent(ChorusProInvoiceStatus.self, forKey: .status)
        date =
            try container.decodeIfPresent(String.self, forKey: .depositDate)
            ?? container.decodeIfPresent(String.self, forKey: .processingDate)
    }
}

/// The supplier's completion of a suspended invoice (`completerFacture`, `POST /factures/v1/completer`).
public struct ChorusProInvoiceCompletion: Sendable, Hashable, Encodable {
    /// Chorus Pro's id of the invoice (`identifiantFactureCPP`).
    public var invoiceID: Int
    /// The answer to the suspension (`commentaire`).
    public var comment: String
    /// Ids of complementary attachments uploaded before (`pieceJointeComplementaire`).
    public var attachmentIDs: [Int]

    /// A completion.
    public init(invoiceID: Int, comment: String, attachmentIDs: [Int] = []) {
        self.invoiceID = invoiceID
        self.comment = comment
        self.attachmentIDs = attachmentIDs
    }

    private enum Keys: String, CodingKey { case identifiantFactureCPP, commentaire, pieceJointeComplementaire }
    private enum AttachmentKeys: String, CodingKey { case pieceJointeComplementaireId }

    /// Writes the Chorus Pro JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(invoiceID, forKey: .identifiantFactureCPP)
        try container.encode(comment, forKey: .commentaire)
        if !attachmentIDs.isEmpty {
            var list = container.nestedUnkeyedContainer(forKey: .pieceJointeComplementaire)
            for id in attachmentIDs {
                var entry = list.nestedContainer(keyedBy: AttachmentKeys.self)
                try entry.encode(id, forKey: .pieceJointeComplementaireId)
            }
        }
    }
}

/// New routing data for an invoice `A_RECYCLER` (`recyclerFacture`, `POST /factures/v1/recycler`).
public struct ChorusProInvoiceRecycling: Sendable, Hashable, Encodable {
    /// Chorus Pro's id of the invoice (`identifiantFactureCPP`).
    public var invoiceID: Int
    /// The recipient's SIRET (`destinataire.codeDestinataire`).
    public var recipientIdentifier: String
    /// The recipient's service code (`destinataire.codeServiceExecutant`).
    public var serviceCode: String?
    /// The legal commitment number (`reference.numeroBonCommande`).
    public var commitmentNumber: String?
    /// A comment (`commentaire`).
    public var comment: String?

    /// A recycling.
    public init(
        invoiceID: Int,
        recipientIdentifier: String,
        serviceCode: String? = nil,
        commitmentNumber: String? = nil,
        comment: String? = nil
    ) {
        self.invoiceID = invoiceID
        self.recipientIdentifier = recipientIdentifier
        self.serviceCode = serviceCode
        self.commitmentNumber = commitmentNumber
        self.comment = comment
    }

    private enum Keys: String, CodingKey { case identifiantFactureCPP, destinataire, reference, commentaire }
    private enum RecipientKeys: String, CodingKey { case codeDestinataire, codeServiceExecutant }
    private enum ReferenceKeys: String, CodingKey { case numeroBonCommande }

    /// Writes the Chorus Pro JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(invoiceID, forKey: .identifiantFactureCPP)
        try container.encodeIfPresent(comment, forKey: .commentaire)
        var recipient = container.nestedContainer(keyedBy: RecipientKeys.self, forKey: .destinataire)
        try recipient.encode(recipientIdentifier, forKey: .codeDestinataire)
        try recipient.encodeIfPresent(serviceCode, forKey: .codeServiceExecutant)
        var reference = container.nestedContainer(keyedBy: ReferenceKeys.self, forKey: .reference)
        try reference.encodeIfPresent(commitmentNumber, forKey: .numeroBonCommande)
    }
}

/// A download of invoices (`telechargerGroupeFacture`, `POST /factures/v1/telecharger/groupe`).
public struct ChorusProInvoiceDownload: Sendable, Hashable, Encodable {
    /// The format asked for (`format`).
    public enum Format: String, Sendable, Hashable, Encodable {
        /// The invoice PDF.
        case pdf = "PDF"
        /// The invoice XML.
        case xml = "XML"
        /// A ZIP of the invoices and their attachments.
        case zip = "ZIP"
    }

    /// Chorus Pro's ids of the invoices (`listeFacture[].identifiantFactureCPP`).
    public var invoiceIDs: [Int]
    /// The format.
    public var format: Format
    /// Whether complementary attachments come too (`avecPiecesJointesComplementaires`).
    public var includesAttachments: Bool

    /// A download.
    public init(invoiceIDs: [Int], format: Format = .pdf, includesAttachments: Bool = false) {
        self.invoiceIDs = invoiceIDs
        self.format = format
        self.includesAttachments = includesAttachments
    }

    private enum Keys: String, CodingKey { case listeFacture, format, avecPiecesJointesComplementaires }
    private enum EntryKeys: String, CodingKey { case identifiantFactureCPP }

    /// Writes the Chorus Pro JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        var list = container.nestedUnkeyedContainer(forKey: .listeFacture)
        for id in invoiceIDs {
            var entry = list.nestedContainer(keyedBy: EntryKeys.self)
            try entry.encode(id, forKey: .identifiantFactureCPP)
        }
        try container.encode(format, forKey: .format)
        try container.encode(includesAttachments, forKey: .avecPiecesJointesComplementaires)
    }
}
