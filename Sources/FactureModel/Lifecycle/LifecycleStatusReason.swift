// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Why a lifecycle status was given: the reform's reason codes (*motifs*) that accompany a
/// refusal, a rejection, a dispute, a suspension or a partial approval.
///
/// Labels are FactureKit's short renderings of each code's meaning, in French and English, not
/// the official wording, which the specifications keep. The AFNOR Flow Service description
/// (XP Z12-013 annex A, in `shared/reform`) maps the file-level codes (`IRR_…`, `AUTRE`) to its
/// flow acknowledgement reasons; ``afnorFlowReasonCode`` gives that mapping. The shared files do
/// not list the other codes or which status each belongs to: those come from the published
/// reform documentation as we know it, and ``applicableStatuses`` is deliberately permissive (see
/// there). Confirm against the current DGFiP specifications before rejecting anything on it.
///
/// Any code reads and writes back, known or not; ``isKnown`` says whether this release names it.
///
/// ```swift
/// let reason = LifecycleStatusReason.wrongVATRate          // TX_TVA_ERR
/// reason.frenchLabel                                        // "Taux de TVA erroné"
/// reason.applicableStatuses.contains(.refused)              // true
/// ```
public struct LifecycleStatusReason: RawRepresentable, Sendable {
    /// The code, e.g. `TX_TVA_ERR`.
    public let rawValue: String

    /// Wraps any code, known or not.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// Wraps any code, known or not.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// `TX_TVA_ERR`: Wrong VAT rate (*Taux de TVA erroné*).
    public static let wrongVATRate = LifecycleStatusReason(rawValue: "TX_TVA_ERR")
    /// `MONTANTTOTAL_ERR`: Wrong total amount (*Montant total erroné*).
    public static let wrongTotalAmount = LifecycleStatusReason(rawValue: "MONTANTTOTAL_ERR")
    /// `CALCUL_ERR`: Calculation error in the invoice (*Erreur de calcul de la facture*).
    public static let calculationError = LifecycleStatusReason(rawValue: "CALCUL_ERR")
    /// `NON_CONFORME`: Invoice not compliant (*Facture non conforme*).
    public static let nonCompliant = LifecycleStatusReason(rawValue: "NON_CONFORME")
    /// `DOUBLON`: Duplicate invoice (*Facture en doublon*).
    public static let duplicate = LifecycleStatusReason(rawValue: "DOUBLON")
    /// `DEST_INC`: Unknown recipient (*Destinataire inconnu*).
    public static let unknownRecipient = LifecycleStatusReason(rawValue: "DEST_INC")
    /// `DEST_ERR`: Wrong recipient (*Erreur de destinataire*).
    public static let wrongRecipient = LifecycleStatusReason(rawValue: "DEST_ERR")
    /// `TRANSAC_INC`: Unknown transaction (*Transaction inconnue*).
    public static let unknownTransaction = LifecycleStatusReason(rawValue: "TRANSAC_INC")
    /// `EMMET_INC`: Unknown issuer (*Émetteur inconnu*).
    public static let unknownIssuer = LifecycleStatusReason(rawValue: "EMMET_INC")
    /// `CONTRAT_TERM`: Contract ended (*Contrat terminé*).
    public static let contractEnded = LifecycleStatusReason(rawValue: "CONTRAT_TERM")
    /// `DOUBLE_FACT`: Invoiced twice (*Double facturation*).
    public static let invoicedTwice = LifecycleStatusReason(rawValue: "DOUBLE_FACT")
    /// `CMD_ERR`: Wrong or missing purchase order (*Commande erronée ou absente*).
    public static let wrongOrder = LifecycleStatusReason(rawValue: "CMD_ERR")
    /// `ADR_ERR`: Wrong address (*Adresse erronée*).
    public static let wrongAddress = LifecycleStatusReason(rawValue: "ADR_ERR")
    /// `SIRET_ERR`: Wrong or missing SIRET (*SIRET erroné ou absent*).
    public static let wrongSIRET = LifecycleStatusReason(rawValue: "SIRET_ERR")
    /// `CODE_ROUTAGE_ERR`: Wrong or missing routing code (*Code de routage erroné ou absent*).
    public static let wrongRoutingCode = LifecycleStatusReason(rawValue: "CODE_ROUTAGE_ERR")
    /// `REF_CT_ABSENT`: Missing contract reference (*Référence contractuelle absente*).
    public static let missingContractReference = LifecycleStatusReason(rawValue: "REF_CT_ABSENT")
    /// `REF_ERR`: Wrong reference (*Référence erronée*).
    public static let wrongReference = LifecycleStatusReason(rawValue: "REF_ERR")
    /// `PU_ERR`: Wrong unit price (*Prix unitaire erroné*).
    public static let wrongUnitPrice = LifecycleStatusReason(rawValue: "PU_ERR")
    /// `REM_ERR`: Wrong discount (*Remise erronée*).
    public static let wrongDiscount = LifecycleStatusReason(rawValue: "REM_ERR")
    /// `QTE_ERR`: Wrong invoiced quantity (*Quantité facturée erronée*).
    public static let wrongQuantity = LifecycleStatusReason(rawValue: "QTE_ERR")
    /// `ART_ERR`: Wrong invoiced item (*Article facturé erroné*).
    public static let wrongItem = LifecycleStatusReason(rawValue: "ART_ERR")
    /// `MODPAI_ERR`: Wrong payment terms (*Modalités de paiement erronées*).
    public static let wrongPaymentTerms = LifecycleStatusReason(rawValue: "MODPAI_ERR")
    /// `QUALITE_ERR`: Quality of the delivered item not as agreed (*Qualité de l'article livré non conforme*).
    public static let qualityIssue = LifecycleStatusReason(rawValue: "QUALITE_ERR")
    /// `LIVR_INCOMP`: Incomplete delivery (*Livraison incomplète*).
    public static let incompleteDelivery = LifecycleStatusReason(rawValue: "LIVR_INCOMP")
    /// `REJ_SEMAN`: Rejected: semantic error (*Rejet pour erreur sémantique*).
    public static let semanticError = LifecycleStatusReason(rawValue: "REJ_SEMAN")
    /// `REJ_UNI`: Rejected: uniqueness check failed (*Rejet sur contrôle d'unicité*).
    public static let uniquenessCheckFailed = LifecycleStatusReason(rawValue: "REJ_UNI")
    /// `REJ_COH`: Rejected: consistency check failed (*Rejet sur contrôle de cohérence*).
    public static let consistencyCheckFailed = LifecycleStatusReason(rawValue: "REJ_COH")
    /// `REJ_ADR`: Rejected: addressing check failed (*Rejet sur contrôle d'adressage*).
    public static let addressingCheckFailed = LifecycleStatusReason(rawValue: "REJ_ADR")
    /// `REJ_CONT_B2G`: Rejected: public-sector (B2G) business checks failed (*Rejet sur contrôles métier B2G*).
    public static let publicSectorCheckFailed = LifecycleStatusReason(rawValue: "REJ_CONT_B2G")
    /// `REJ_REF_PJ`: Rejected: attachment reference error (*Rejet sur référence de pièce jointe*).
    public static let attachmentReferenceError = LifecycleStatusReason(rawValue: "REJ_REF_PJ")
    /// `REJ_ASS_PJ`: Rejected: attachment association error (*Rejet sur association de pièce jointe*).
    public static let attachmentAssociationError = LifecycleStatusReason(rawValue: "REJ_ASS_PJ")
    /// `IRR_VIDE_F`: Empty file (*Fichier vide*).
    ///
    /// The AFNOR Flow Service description spells it `IRR_VID_F`; that spelling is known too and
    /// has the same labels.
    public static let emptyFile = LifecycleStatusReason(rawValue: "IRR_VIDE_F")
    /// `IRR_TYPE_F`: File type or extension not compliant (*Type ou extension de fichier non conforme*).
    public static let fileTypeNotCompliant = LifecycleStatusReason(rawValue: "IRR_TYPE_F")
    /// `IRR_SYNTAX`: Syntax error (*Erreur de syntaxe*).
    public static let syntaxError = LifecycleStatusReason(rawValue: "IRR_SYNTAX")
    /// `IRR_TAILLE_PJ`: Attachment too large (*Taille de pièce jointe excessive*).
    public static let attachmentTooLarge = LifecycleStatusReason(rawValue: "IRR_TAILLE_PJ")
    /// `IRR_NOM_PJ`: Attachment name not compliant (*Nom de pièce jointe non conforme*).
    public static let attachmentNameNotCompliant = LifecycleStatusReason(rawValue: "IRR_NOM_PJ")
    /// `IRR_VID_PJ`: Empty attachment (*Pièce jointe vide*).
    public static let emptyAttachment = LifecycleStatusReason(rawValue: "IRR_VID_PJ")
    /// `IRR_EXT_DOC`: Attachment type or extension not compliant (*Extension de pièce jointe non conforme*).
    public static let attachmentExtensionNotCompliant = LifecycleStatusReason(rawValue: "IRR_EXT_DOC")
    /// `IRR_TAILLE_F`: File too large (*Taille de fichier excessive*).
    public static let fileTooLarge = LifecycleStatusReason(rawValue: "IRR_TAILLE_F")
    /// `IRR_ANTIVIRUS`: Virus found (*Présence d'un virus*).
    public static let virusFound = LifecycleStatusReason(rawValue: "IRR_ANTIVIRUS")
    /// `AUTRE`: Other (*Autre*).
    public static let other = LifecycleStatusReason(rawValue: "AUTRE")

    /// The reason codes this release names.
    public static let allKnown: [LifecycleStatusReason] = [
        .wrongVATRate, .wrongTotalAmount, .calculationError, .nonCompliant, .duplicate, .unknownRecipient,
        .wrongRecipient, .unknownTransaction, .unknownIssuer, .contractEnded, .invoicedTwice, .wrongOrder,
        .wrongAddress, .wrongSIRET, .wrongRoutingCode, .missingContractReference, .wrongReference, .wrongUnitPrice,
        .wrongDiscount, .wrongQuantity, .wrongItem, .wrongPaymentTerms, .qualityIssue, .incompleteDelivery,
        .semanticError, .uniquenessCheckFailed, .consistencyCheckFailed, .addressingCheckFailed,
        .publicSectorCheckFailed, .attachmentReferenceError, .attachmentAssociationError, .emptyFile,
        .fileTypeNotCompliant, .syntaxError, .attachmentTooLarge, .attachmentNameNotCompliant, .emptyAttachment,
        .attachmentExtensionNotCompliant, .fileTooLarge, .virusFound, .other,
    ]

    /// Whether this release names the code (``allKnown``, or the `IRR_VID_F` spelling of ``emptyFile``).
    public var isKnown: Bool { entry != nil }

    /// The French label, such as *Taux de TVA erroné*; `nil` for an unknown code.
    public var frenchLabel: String? { entry?.french }

    /// The English label, such as *Wrong VAT rate*; `nil` for an unknown code.
    public var englishLabel: String? { entry?.english }

    /// The AFNOR Flow Service (XP Z12-013 annex A) acknowledgement reason that the code
    /// corresponds to, such as `VirusFound` for `IRR_ANTIVIRUS`; `nil` when that description maps
    /// none to it.
    public var afnorFlowReasonCode: String? { entry?.afnorFlowReason }

    /// The statuses this reason may accompany; empty for an unknown code.
    ///
    /// This is FactureKit's reading, deliberately permissive, because the official mapping is not
    /// in the shared files and we are not certain of it:
    /// - business reasons (prices, quantities, references, VAT, totals …) go with the buyer's
    ///   partial approval (206), dispute (207), suspension (208) and refusal (210);
    /// - addressing and identity reasons (`DEST_INC`, `DEST_ERR`, `EMMET_INC`, `DOUBLON`,
    ///   `SIRET_ERR`, `CODE_ROUTAGE_ERR`, `ADR_ERR`) go with those and with a platform's
    ///   rejection (213);
    /// - platform control reasons (`REJ_…`, `IRR_…`) go with rejection (213) only;
    /// - `AUTRE` goes with all of them.
    public var applicableStatuses: Set<LifecycleStatus> {
        guard let entry else { return [] }
        let buyer: Set<LifecycleStatus> = [.partiallyApproved, .disputed, .suspended, .refused]
        switch entry.kind {
        case .business: return buyer
        case .addressing: return buyer.union([.rejected])
        case .platform: return [.rejected]
        case .other: return buyer.union([.rejected])
        }
    }

    private enum Kind {
        case business
        case addressing
        case platform
        case other
    }

    private struct Entry {
        var french: String
        var english: String
        var kind: Kind
        var afnorFlowReason: String?

        init(_ french: String, _ english: String, _ kind: Kind, afnor: String? = nil) {
            self.french = french
            self.english = english
            self.kind = kind
            self.afnorFlowReason = afnor
        }
    }

    private var entry: Entry? { LifecycleStatusReason.catalog[rawValue] }

    private static let catalog: [String: Entry] = {
        var table: [String: Entry] = [
            "TX_TVA_ERR": Entry("Taux de TVA erroné", "Wrong VAT rate", .business),
            "MONTANTTOTAL_ERR": Entry("Montant total erroné", "Wrong total amount", .business),
            "CALCUL_ERR": Entry("Erreur de calcul de la facture", "Calculation error in the invoice", .business),
            "NON_CONFORME": Entry("Facture non conforme", "Invoice not compliant", .business),
            "DOUBLON": Entry("Facture en doublon", "Duplicate invoice", .addressing),
            "DEST_INC": Entry("Destinataire inconnu", "Unknown recipient", .addressing),
            "DEST_ERR": Entry("Erreur de destinataire", "Wrong recipient", .addressing),
            "TRANSAC_INC": Entry("Transaction inconnue", "Unknown transaction", .business),
            "EMMET_INC": Entry("Émetteur inconnu", "Unknown issuer", .addressing),
            "CONTRAT_TERM": Entry("Contrat terminé", "Contract ended", .business),
            "DOUBLE_FACT": Entry("Double facturation", "Invoiced twice", .business),
            "CMD_ERR": Entry("Commande erronée ou absente", "Wrong or missing purchase order", .business),
            "ADR_ERR": Entry("Adresse erronée", "Wrong address", .addressing),
            "SIRET_ERR": Entry("SIRET erroné ou absent", "Wrong or missing SIRET", .addressing),
            "CODE_ROUTAGE_ERR": Entry(
                "Code de routage erroné ou absent",
                "Wrong or missing routing code",
                .addressing
            ),
            "REF_CT_ABSENT": Entry("Référence contractuelle absente", "Missing contract reference", .business),
            "REF_ERR": Entry("Référence erronée", "Wrong reference", .business),
            "PU_ERR": Entry("Prix unitaire erroné", "Wrong unit price", .business),
            "REM_ERR": Entry("Remise erronée", "Wrong discount", .business),
            "QTE_ERR": Entry("Quantité facturée erronée", "Wrong invoiced quantity", .business),
            "ART_ERR": Entry("Article facturé erroné", "Wrong invoiced item", .business),
            "MODPAI_ERR": Entry("Modalités de paiement erronées", "Wrong payment terms", .business),
            "QUALITE_ERR": Entry(
                "Qualité de l'article livré non conforme",
                "Quality of the delivered item not as agreed",
                .business
            ),
            "LIVR_INCOMP": Entry("Livraison incomplète", "Incomplete delivery", .business),
            "REJ_SEMAN": Entry("Rejet pour erreur sémantique", "Rejected: semantic error", .platform),
            "REJ_UNI": Entry("Rejet sur contrôle d'unicité", "Rejected: uniqueness check failed", .platform),
            "REJ_COH": Entry("Rejet sur contrôle de cohérence", "Rejected: consistency check failed", .platform),
            "REJ_ADR": Entry("Rejet sur contrôle d'adressage", "Rejected: addressing check failed", .platform),
            "REJ_CONT_B2G": Entry(
                "Rejet sur contrôles métier B2G",
                "Rejected: public-sector (B2G) business checks failed",
                .platform
            ),
            "REJ_REF_PJ": Entry(
                "Rejet sur référence de pièce jointe",
                "Rejected: attachment reference error",
                .platform
            ),
            "REJ_ASS_PJ": Entry(
                "Rejet sur association de pièce jointe",
                "Rejected: attachment association error",
                .platform
            ),
            "IRR_VIDE_F": Entry("Fichier vide", "Empty file", .platform, afnor: "EmptyFlow"),
            "IRR_TYPE_F": Entry(
                "Type ou extension de fichier non conforme",
                "File type or extension not compliant",
                .platform,
                afnor: "FlowTypeError"
            ),
            "IRR_SYNTAX": Entry("Erreur de syntaxe", "Syntax error", .platform, afnor: "InvalidSchema"),
            "IRR_TAILLE_PJ": Entry("Taille de pièce jointe excessive", "Attachment too large", .platform),
            "IRR_NOM_PJ": Entry("Nom de pièce jointe non conforme", "Attachment name not compliant", .platform),
            "IRR_VID_PJ": Entry("Pièce jointe vide", "Empty attachment", .platform, afnor: "EmptyAttachement"),
            "IRR_EXT_DOC": Entry(
                "Extension de pièce jointe non conforme",
                "Attachment type or extension not compliant",
                .platform,
                afnor: "AttachmentTypeError"
            ),
            "IRR_TAILLE_F": Entry(
                "Taille de fichier excessive",
                "File too large",
                .platform,
                afnor: "FileSizeExceeded"
            ),
            "IRR_ANTIVIRUS": Entry("Présence d'un virus", "Virus found", .platform, afnor: "VirusFound"),
            "AUTRE": Entry("Autre", "Other", .other, afnor: "OtherTechnicalError"),
        ]
        table["IRR_VID_F"] = table["IRR_VIDE_F"]
        return table
    }()
}

extension LifecycleStatusReason: Hashable {}

extension LifecycleStatusReason: Codable {}

extension LifecycleStatusReason: CustomStringConvertible {
    /// The code.
    public var description: String { rawValue }
}

extension LifecycleStatusReason: ExpressibleByStringLiteral {
    /// Wraps a literal code: `"TX_TVA_ERR"`.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }
}
