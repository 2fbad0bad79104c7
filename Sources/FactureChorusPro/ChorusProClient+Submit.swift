// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FacturX
import FactureHTTP
import FactureModel

/// What ``ChorusProClient/submit(facturX:fileName:serviceCode:commitmentNumber:syntax:)`` did.
public struct ChorusProSubmission: Sendable, Hashable {
    /// The invoice number (BT-1).
    public var invoiceNumber: String
    /// The buyer structure the invoice went to.
    public var structure: ChorusProStructureSummary
    /// The flux number of the deposit, or `nil` when the deposit's answer was lost and the invoice was found by
    /// searching instead.
    public var fluxNumber: String?
    /// Chorus Pro's id of the invoice, when the search found it.
    public var invoiceID: Int?
    /// Whether the outcome was established by searching after an ambiguous failure.
    public var recoveredBySearch: Bool
    /// How many deposits were sent (more than one only when searches proved the earlier ones left no trace).
    public var depositsSent: Int
    /// The file as deposited: the input PDF, or the PDF with the service code and commitment number written into
    /// its CII (or that CII XML alone for the `IN_DP_E1_CII_16B` syntax).
    public var depositedFile: [UInt8]

    /// A submission.
    public init(
        invoiceNumber: String,
        structure: ChorusProStructureSummary,
        fluxNumber: String?,
        invoiceID: Int?,
        recoveredBySearch: Bool,
        depositsSent: Int,
        depositedFile: [UInt8]
    ) {
        self.invoiceNumber = invoiceNumber
        self.structure = structure
        self.fluxNumber = fluxNumber
        self.invoiceID = invoiceID
        self.recoveredBySearch = recoveredBySearch
        self.depositsSent = depositsSent
        self.depositedFile = depositedFile
    }
}

extension ChorusProClient {
    /// Deposits a Factur-X invoice safely.
    ///
    /// 1. Reads the CII invoice inside the PDF and finds the buyer's structure by its SIRET (BT-46 or BT-47 with
    ///    scheme `0009`).
    /// 2. Reads what the structure requires. The service code is `serviceCode`, else the invoice's BuyerReference
    ///    (BT-10); the commitment number is `commitmentNumber`, else its purchase order reference (BT-13). A
    ///    required one that is missing, or a service code the structure does not have, throws
    ///    ``FactureChorusProError/Code/structureRequirementMissing`` before anything is deposited. Values given as
    ///    arguments that differ from the invoice's are written into the CII, and the XML is attached to the PDF
    ///    again.
    /// 3. Deposits once. After an ambiguous failure (a lost connection, a timeout, an HTTP 5xx) it does not deposit
    ///    again blindly: it searches the supplier's invoices for the number, ``Configuration/DepositRecovery``
    ///    times, and deposits again only when none of the searches found it; when a search fails it throws
    ///    ``FactureChorusProError/Code/ambiguousOutcome``. A deposit refused before it was acted on (HTTP 429 until
    ///    the retries ran out, a connection never made) is sent again.
    ///
    /// `syntax` is `IN_DP_E2_CII_FACTURX` (the PDF is deposited) or `IN_DP_E1_CII_16B` (its CII XML is).
    ///
    /// - Throws: ``FactureChorusProError``.
    public func submit(
        facturX: [UInt8],
        fileName: String,
        serviceCode: String? = nil,
        commitmentNumber: String? = nil,
        syntax: ChorusProFluxSyntax = .facturX
    ) async throws(FactureChorusProError) -> ChorusProSubmission {
        guard !fileName.isEmpty else {
            throw FactureChorusProError(code: .invalidInput, message: "the file name is empty")
        }
        var document: CIIInvoiceDocument
        var xml: [UInt8]
        do {
            xml = try FacturXPDF(pdfEncoded: facturX).invoiceXML().xml
            document = try CIIInvoiceDocument(ciiEncoded: xml)
        } catch {
            throw FactureChorusProError(
                code: .invalidInput,
                message: "the file is not a Factur-X PDF holding a CII invoice: \(error)",
                underlyingError: error
            )
        }
        let invoiceNumber = document.invoice.number
        guard let siret = document.invoice.buyer.siret, !siret.isEmpty else {
            throw FactureChorusProError(
                code: .invalidInput,
                message: "invoice \(invoiceNumber) names no buyer SIRET (BT-46 or BT-47 with scheme 0009)"
            )
        }
        guard let summary = try await searchStructures(siret: siret).first else {
            throw FactureChorusProError(
                code: .structureNotFound,
                message: "no Chorus Pro structure has SIRET \(siret)",
                operation: "chorus.rechercherStructure"
            )
        }
        let requirements = try await structure(structureID: summary.structureID).requirements

        let givenService = Self.nonEmpty(serviceCode) ?? Self.nonEmpty(document.invoice.buyerReference)
        let givenCommitment = Self.nonEmpty(commitmentNumber) ?? Self.nonEmpty(document.invoice.purchaseOrderReference)
        var missing: [String] = []
        if requirements.serviceCodeRequired, givenService == nil { missing.append("a service code (BT-10)") }
        if requirements.commitmentNumberRequired, givenCommitment == nil {
            missing.append("a legal commitment number (BT-13)")
        }
        if requirements.commitmentNumberOrServiceCodeRequired, givenService == nil, givenCommitment == nil {
            missing.append("a service code or a legal commitment number")
        }
        guard missing.isEmpty else {
            throw FactureChorusProError(
                code: .structureRequirementMissing,
                message: "structure \(siret) requires " + missing.joined(separator: " and ")
                    + " on invoice \(invoiceNumber)"
            )
        }
        if let givenService, requirements.serviceCodeRequired || serviceCode != nil {
            let services = try await services(structureID: summary.structureID)
            guard services.contains(where: { $0.code == givenService && $0.isActive }) else {
                throw FactureChorusProError(
                    code: .structureRequirementMissing,
                    message: "structure \(siret) has no active service \(givenService)",
                    operation: "chorus.rechercherServicesStructure"
                )
            }
        }

        // The syntax must be one Chorus Pro says it takes (`recupererFormatFlux`) before anything is deposited.
        let accepted = try await fluxSyntaxes()
        guard accepted.isEmpty || accepted.contains(syntax) else {
            throw FactureChorusProError(
                code: .invalidInput,
                message: "Chorus Pro does not take the flux syntax \(syntax.rawValue); it takes "
                    + accepted.map(\.rawValue).joined(separator: ", "),
                operation: "chorus.recupererFormatFlux"
            )
        }

        var file = facturX
        if givenService != document.invoice.buyerReference || givenCommitment != document.invoice.purchaseOrderReference
        {
            document.invoice.buyerReference = givenService
            document.invoice.purchaseOrderReference = givenCommitment
            let profile = document.profile ?? .en16931
            xml = document.invoice.serializeAsCII(profile: profile)
            do {
                file = try attachFacturX(xml: xml, profile: profile, to: facturX).pdf
            } catch {
                throw FactureChorusProError(
                    code: .invalidInput,
                    message: "the updated CII cannot be attached to the PDF: \(error)",
                    underlyingError: error
                )
            }
        }

        // A CII syntax deposits the XML alone; the Factur-X syntax the PDF.
        if syntax == .cii16B { file = xml }
        let deposit = ChorusProFluxDeposit(file: file, fileName: fileName, syntax: syntax, userID: configuration.userID)
        var sent = 0
        while true {
            sent += 1
            let failure: FactureChorusProError
            do {
                let receipt = try await depositFlux(deposit)
                return ChorusProSubmission(
                    invoiceNumber: invoiceNumber,
                    structure: summary,
                    fluxNumber: receipt.fluxNumber,
                    invoiceID: nil,
                    recoveredBySearch: false,
                    depositsSent: sent,
                    depositedFile: file
                )
            } catch {
                failure = error
            }
            switch Self.outcome(of: failure) {
            case .refused:
                throw failure
            case .notActedOn:
                guard sent < configuration.depositRecovery.maximumDeposits else { throw failure }
            case .ambiguous:
                if let found = try await findDeposited(invoiceNumber: invoiceNumber, siret: siret, after: failure) {
                    return ChorusProSubmission(
                        invoiceNumber: invoiceNumber,
                        structure: summary,
                        fluxNumber: nil,
                        invoiceID: found.invoiceID,
                        recoveredBySearch: true,
                        depositsSent: sent,
                        depositedFile: file
                    )
                }
                guard sent < configuration.depositRecovery.maximumDeposits else {
                    throw FactureChorusProError(
                        code: .ambiguousOutcome,
                        message: "invoice \(invoiceNumber) was deposited \(sent) times without an answer and not found",
                        operation: "chorus.deposerFlux",
                        underlyingError: failure
                    )
                }
            }
        }
    }

    private enum DepositOutcome { case refused, notActedOn, ambiguous }

    /// Whether a failed deposit may have been recorded.
    private static func outcome(of error: FactureChorusProError) -> DepositOutcome {
        guard error.code == .http else { return .refused }
        if let http = error.underlyingError as? FactureHTTPError {
            if http.isAmbiguous { return .ambiguous }
            if http.code == .notSent { return .notActedOn }
            if http.code == .retriesExhausted, http.status == 429 { return .notActedOn }
            if let status = http.status, status >= 500 { return .ambiguous }
            return .refused
        }
        if let status = error.httpStatus, status >= 500 { return .ambiguous }
        if error.httpStatus == 429 { return .notActedOn }
        return .refused
    }

    /// Searches for the invoice a deposit may have recorded; `nil` when every search came back without it.
    private func findDeposited(
        invoiceNumber: String,
        siret: String,
        after failure: FactureChorusProError
    ) async throws(FactureChorusProError) -> ChorusProInvoiceSummary? {
        let recovery = configuration.depositRecovery
        for attempt in 0..<recovery.searchAttempts {
            do {
                if attempt > 0 { try await sleep(recovery.searchInterval) }
                let result = try await searchSupplierInvoices(
                    ChorusProSupplierInvoiceQuery(invoiceNumber: invoiceNumber, recipientIdentifier: siret)
                )
                if let found = result.invoices.first(where: {
                    $0.invoiceNumber == invoiceNumber && ($0.recipientIdentifier ?? siret) == siret
                }) {
                    return found
                }
            } catch {
                throw FactureChorusProError(
                    code: .ambiguousOutcome,
                    message: "the deposit of invoice \(invoiceNumber) failed (\(failure.code)) and the search "
                        + "that would tell whether it was recorded failed too",
                    operation: "chorus.rechercherFactureParFournisseur",
                    underlyingError: error
                )
            }
        }
        return nil
    }

    /// Follows a flux to its end: reads `consulterCR` until the state is final (waiting `interval` between reads,
    /// at most `attempts` reads); a rejected flux throws ``FactureChorusProError/Code/rejected`` with the reasons
    /// of `consulterCRDetaille`.
    public func awaitIntegration(
        fluxNumber: String,
        syntax: ChorusProFluxSyntax = .facturX,
        attempts: Int = 10,
        interval: Duration = .seconds(30)
    ) async throws(FactureChorusProError) -> ChorusProFluxReport {
        var report = try await fluxReport(fluxNumber: fluxNumber)
        var made = 1
        while !report.state.isFinal, made < attempts {
            do {
                try await sleep(interval)
            } catch {
                throw FactureChorusProError(code: .http, message: "cancelled", underlyingError: error)
            }
            report = try await fluxReport(fluxNumber: fluxNumber)
            made += 1
        }
        guard report.state == .rejected else { return report }
        let detailed = try await detailedFluxReport(fluxNumber: fluxNumber, syntax: syntax)
        throw FactureChorusProError(
            code: .rejected,
            message: "Chorus Pro rejected flux \(fluxNumber)",
            operation: "chorus.consulterCRDetaille",
            reportedErrors: detailed.errors,
            fluxNumber: fluxNumber
        )
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
        return trimmed.isEmpty ? nil : trimmed
    }
}
