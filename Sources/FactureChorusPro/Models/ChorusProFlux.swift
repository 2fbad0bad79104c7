// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A flux to deposit with `deposerFlux` (`POST /factures/v1/deposer/flux`).
public struct ChorusProFluxDeposit: Sendable, Hashable, Encodable {
    /// The file: a Factur-X PDF, or an XML invoice (sent base64-encoded as `fichierFlux`).
    public var file: [UInt8]
    /// The file's name (`nomFichier`).
    public var fileName: String
    /// The syntax (`syntaxeFlux`).
    public var syntax: ChorusProFluxSyntax
    /// Whether the file is signed (`avecSignature`).
    public var isSigned: Bool
    /// The current user's id (`idUtilisateurCourant`), when the account needs it.
    public var userID: Int?

    /// A deposit.
    public init(
        file: [UInt8],
        fileName: String,
        syntax: ChorusProFluxSyntax = .facturX,
        isSigned: Bool = false,
        userID: Int? = nil
    ) {
        self.file = file
        self.fileName = fileName
        self.syntax = syntax
        self.isSigned = isSigned
        self.userID = userID
    }

    private enum CodingKeys: String, CodingKey {
        case file = "fichierFlux", fileName = "nomFichier", syntax = "syntaxeFlux", isSigned = "avecSignature"
        case userID = "idUtilisateurCourant"
    }

    /// Writes the Chorus Pro JSON, the file in base64.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Data(file).base64EncodedString(), forKey: .file)
        try container.encode(fileName, forKey: .fileName)
        try container.encode(syntax, forKey: .syntax)
        try container.encode(isSigned, forKey: .isSigned)
        try container.encodeIfPresent(userID, forKey: .userID)
    }
}

/// Chorus Pro's receipt for a deposited flux.
public struct ChorusProFluxReceipt: Sendable, Hashable, Decodable {
    /// The flux number (`numeroFluxDepot`), the key of `consulterCR`.
    public var fluxNumber: String
    /// The deposit date (`dateDepot`), as written.
    public var depositDate: String?
    /// The syntax recorded (`syntaxeFlux`).
    public var syntax: ChorusProFluxSyntax?

    /// A receipt.
    public init(fluxNumber: String, depositDate: String? = nil, syntax: ChorusProFluxSyntax? = nil) {
        self.fluxNumber = fluxNumber
        self.depositDate = depositDate
        self.syntax = syntax
    }

    private enum CodingKeys: String, CodingKey {
        case fluxNumber = "numeroFluxDepot", depositDate = "dateDepot", syntax = "syntaxeFlux"
    }
}

/// The report on a flux (`consulterCR`, and `consulterCRDetaille` with the error lists).
public struct ChorusProFluxReport: Sendable, Hashable, Decodable {
    /// The flux number (`numeroFluxDepot`).
    public var fluxNumber: String?
    /// The processing state (`etatCourantDepotFlux`).
    public var state: ChorusProFluxState
    /// The file name given at deposit (`nomFichier`).
    public var fileName: String?
    /// The syntax (`syntaxeFlux`).
    public var syntax: ChorusProFluxSyntax?
    /// The deposit date (`dateDepotFlux`).
    public var depositDate: String?
    /// When the state was reached (`dateHeureEtatCourantFlux`).
    public var stateDate: String?
    /// The errors listed (`listeErreurDP` then `listeErreurTechnique`); empty for `consulterCR`.
    public var errors: [ChorusProReportedError]

    /// A report.
    public init(
        fluxNumber: String?,
        state: ChorusProFluxState,
        fileName: String? = nil,
        syntax: ChorusProFluxSyntax? = nil,
        depositDate: String? = nil,
        stateDate: String? = nil,
        errors: [ChorusProReportedError] = []
    ) {
        self.fluxNumber = fluxNumber
        self.state = state
        self.fileName = fileName
        self.syntax = syntax
        self.depositDate = depositDate
        self.stateDate = stateDate
        self.errors = errors
    }

    private enum CodingKeys: String, CodingKey {
        case fluxNumber = "numeroFluxDepot", state = "etatCourantDepotFlux", fileName = "nomFichier"
        case syntax = "syntaxeFlux", depositDate = "dateDepotFlux", stateDate = "dateHeureEtatCourantFlux"
        case invoiceErrors = "listeErreurDP", technicalErrors = "listeErreurTechnique"
    }

    private struct InvoiceError: Decodable {
        var numeroDP: String?
        var codeErreurDP: String?
        var libelleErreurDP: String?
    }

    private struct TechnicalError: Decodable {
        var codeErreur: String?
        var libelleErreur: String?
    }

    /// Reads the Chorus Pro JSON.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        fluxNumber = try container.decodeIfPresent(String.self, forKey: .fluxNumber)
        state = try container.decode(ChorusProFluxState.self, forKey: .state)
        fileName = try container.decodeIfPresent(String.self, forKey: .fileName)
        syntax = try container.decodeIfPresent(ChorusProFluxSyntax.self, forKey: .syntax)
        depositDate = try container.decodeIfPresent(String.self, forKey: .depositDate)
        stateDate = try container.decodeIfPresent(String.self, forKey: .stateDate)
        let invoiceErrors = try container.decodeIfPresent([InvoiceError].self, forKey: .invoiceErrors) ?? []
        let technicalErrors = try container.decodeIfPresent([TechnicalError].self, forKey: .technicalErrors) ?? []
        errors =
            invoiceErrors.map {
                ChorusProReportedError(
                    kind: .invoice,
                    code: $0.codeErreurDP,
                    message: $0.libelleErreurDP ?? "",
                    invoiceNumber: $0.numeroDP
                )
            }
            + technicalErrors.map {
                ChorusProReportedError(kind: .technical, code: $0.codeErreur, message: $0.libelleErreur ?? "")
            }
    }
}
