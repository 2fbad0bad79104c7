// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel
import Foundation
import Testing

/// `shared/reform/.../AFNOR-Flow_Service-1.1.0-swagger.json`, found from this file's path
/// (`<root>/Tests/FactureModelTests/…` → `<root>/../shared`).
private let afnorFlowServiceURL: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("shared/reform/afnor-xp-z12-013-swagger/AFNOR-Flow_Service-1.1.0-swagger.json")

private let allCodes = Array(200...213)

@Suite("LifecycleStatus")
struct LifecycleStatusTests {
    @Test("names every status from 200 to 213, in order, with French and English labels")
    func everyStatusPresent() {
        #expect(LifecycleStatus.allKnown.map(\.rawValue) == allCodes)
        let expectedFrench = [
            200: "Déposée", 201: "Émise par la plateforme", 202: "Reçue par la plateforme",
            203: "Mise à disposition", 204: "Prise en charge", 205: "Approuvée", 206: "Approuvée partiellement",
            207: "En litige", 208: "Suspendue", 209: "Complétée", 210: "Refusée", 211: "Paiement transmis",
            212: "Encaissée", 213: "Rejetée",
        ]
        for code in allCodes {
            let status = LifecycleStatus(rawValue: code)
            #expect(status.isKnown)
            #expect(status.frenchLabel == expectedFrench[code], "\(code)")
            #expect(status.englishLabel?.isEmpty == false, "\(code)")
        }
        #expect(Set(LifecycleStatus.allKnown.compactMap(\.englishLabel)).count == allCodes.count)
        #expect(LifecycleStatus.refused.description == "210 Refusée")
    }

    @Test("marks 200, 210, 212 and 213 as mandatory for the tax authority")
    func mandatoryStatuses() {
        let mandatory = LifecycleStatus.allKnown.filter(\.isMandatoryForTaxAuthority).map(\.rawValue)
        #expect(mandatory == [200, 210, 212, 213])
    }

    @Test("refuses every transition out of a final status")
    func finalStatusesAreFinal() {
        let finals = LifecycleStatus.allKnown.filter(\.isFinal)
        #expect(finals.map(\.rawValue) == [210, 212, 213])
        let candidates = LifecycleStatus.allKnown + [LifecycleStatus(rawValue: 299)]
        for final in finals {
            #expect(final.allowedNextStatuses.isEmpty, "\(final)")
            for next in candidates {
                #expect(!final.canTransition(to: next), "\(final) → \(next)")
            }
        }
    }

    @Test("allows the ordinary paths and refuses going backwards")
    func transitions() {
        #expect(LifecycleStatus.submitted.canTransition(to: .issued))
        #expect(LifecycleStatus.issued.canTransition(to: .received))
        #expect(LifecycleStatus.received.canTransition(to: .madeAvailable))
        #expect(LifecycleStatus.madeAvailable.canTransition(to: .inHand))
        #expect(LifecycleStatus.inHand.canTransition(to: .approved))
        #expect(LifecycleStatus.approved.canTransition(to: .paymentSent))
        #expect(LifecycleStatus.paymentSent.canTransition(to: .collected))
        #expect(LifecycleStatus.suspended.canTransition(to: .completed))
        #expect(LifecycleStatus.submitted.canTransition(to: .rejected))

        #expect(!LifecycleStatus.approved.canTransition(to: .inHand))
        #expect(!LifecycleStatus.madeAvailable.canTransition(to: .submitted))
        #expect(!LifecycleStatus.disputed.canTransition(to: .completed))
        #expect(!LifecycleStatus.madeAvailable.canTransition(to: .rejected))
        #expect(!LifecycleStatus.paymentSent.canTransition(to: .refused))
        #expect(!LifecycleStatus(rawValue: 299).canTransition(to: .approved))
        for status in LifecycleStatus.allKnown {
            #expect(!status.canTransition(to: status), "\(status) → itself")
            #expect(status.allowedNextStatuses.allSatisfy { $0.isKnown })
            #expect(status.isFinal == status.allowedNextStatuses.isEmpty, "\(status)")
        }
    }

    @Test("reaches every status from 200 and every final status from every status")
    func graphIsConnected() {
        var reached: Set<LifecycleStatus> = [.submitted]
        var frontier: [LifecycleStatus] = [.submitted]
        while let status = frontier.popLast() {
            for next in status.allowedNextStatuses where reached.insert(next).inserted {
                frontier.append(next)
            }
        }
        #expect(reached == Set(LifecycleStatus.allKnown))
        for start in LifecycleStatus.allKnown where !start.isFinal {
            var seen: Set<LifecycleStatus> = [start]
            var pending = [start]
            while let status = pending.popLast() {
                for next in status.allowedNextStatuses where seen.insert(next).inserted {
                    pending.append(next)
                }
            }
            #expect(seen.contains(.collected), "\(start) never reaches 212")
            #expect(start == .submitted || !seen.contains(.submitted), "\(start) leads back to 200")
        }
    }

    @Test("keeps an unknown status code through JSON")
    func unknownStatusRoundTrips() throws {
        let statuses = [LifecycleStatus(rawValue: 299), .collected]
        let data = try JSONEncoder().encode(statuses)
        #expect(String(decoding: data, as: UTF8.self) == "[299,212]")
        let decoded = try JSONDecoder().decode([LifecycleStatus].self, from: data)
        #expect(decoded == statuses)
        #expect(!decoded[0].isKnown && decoded[0].frenchLabel == nil && decoded[0].allowedNextStatuses.isEmpty)
    }
}

@Suite("LifecycleStatusReason")
struct LifecycleStatusReasonTests {
    /// The reason codes the reform publishes, as the brief for this model lists them.
    static let expectedCodes = [
        "TX_TVA_ERR", "MONTANTTOTAL_ERR", "CALCUL_ERR", "NON_CONFORME", "DOUBLON", "DEST_INC", "DEST_ERR",
        "TRANSAC_INC", "EMMET_INC", "CONTRAT_TERM", "DOUBLE_FACT", "CMD_ERR", "ADR_ERR", "SIRET_ERR",
        "CODE_ROUTAGE_ERR", "REF_CT_ABSENT", "REF_ERR", "PU_ERR", "REM_ERR", "QTE_ERR", "ART_ERR", "MODPAI_ERR",
        "QUALITE_ERR", "LIVR_INCOMP", "REJ_SEMAN", "REJ_UNI", "REJ_COH", "REJ_ADR", "REJ_CONT_B2G", "REJ_REF_PJ",
        "REJ_ASS_PJ", "IRR_VIDE_F", "IRR_TYPE_F", "IRR_SYNTAX", "IRR_TAILLE_PJ", "IRR_NOM_PJ", "IRR_VID_PJ",
        "IRR_EXT_DOC", "IRR_TAILLE_F", "IRR_ANTIVIRUS", "AUTRE",
    ]

    @Test("names every published reason code once, each with labels and statuses")
    func everyReasonPresent() {
        #expect(Set(LifecycleStatusReason.allKnown.map(\.rawValue)) == Set(Self.expectedCodes))
        #expect(LifecycleStatusReason.allKnown.count == Self.expectedCodes.count)
        for reason in LifecycleStatusReason.allKnown {
            #expect(reason.isKnown)
            #expect(reason.frenchLabel?.isEmpty == false, "\(reason)")
            #expect(reason.englishLabel?.isEmpty == false, "\(reason)")
            #expect(!reason.applicableStatuses.isEmpty, "\(reason)")
            #expect(reason.applicableStatuses.allSatisfy { $0.isKnown }, "\(reason)")
            // Reasons explain a negative or partial outcome, never a plain platform step.
            let negativeOrPartial: Set<LifecycleStatus> = [
                .partiallyApproved, .disputed, .suspended, .refused, .rejected,
            ]
            #expect(reason.applicableStatuses.isSubset(of: negativeOrPartial), "\(reason)")
        }
    }

    @Test("gives platform control reasons to rejection only and business reasons to the buyer's statuses")
    func applicability() {
        for reason in LifecycleStatusReason.allKnown
        where reason.rawValue.hasPrefix("IRR_") || reason.rawValue.hasPrefix("REJ_") {
            #expect(reason.applicableStatuses == [.rejected], "\(reason)")
        }
        #expect(LifecycleStatusReason.wrongUnitPrice.applicableStatuses.contains(.disputed))
        #expect(!LifecycleStatusReason.wrongUnitPrice.applicableStatuses.contains(.rejected))
        #expect(LifecycleStatusReason.other.applicableStatuses.contains(.rejected))
        #expect(LifecycleStatus.rejected.applicableReasons.contains(.virusFound))
        #expect(!LifecycleStatus.approved.applicableReasons.contains(.other))
    }

    @Test("keeps unknown reason codes and knows the AFNOR spelling IRR_VID_F")
    func unknownReasons() throws {
        let reasons: [LifecycleStatusReason] = ["XYZ_ERR", .wrongVATRate, "IRR_VID_F"]
        let decoded = try JSONDecoder().decode([LifecycleStatusReason].self, from: JSONEncoder().encode(reasons))
        #expect(decoded == reasons)
        #expect(!decoded[0].isKnown && decoded[0].frenchLabel == nil && decoded[0].applicableStatuses.isEmpty)
        #expect(decoded[2].isKnown && decoded[2].frenchLabel == LifecycleStatusReason.emptyFile.frenchLabel)
    }

    @Test(
        "maps file-level codes only to reasons the AFNOR Flow Service description lists",
        .enabled(if: FileManager.default.fileExists(atPath: afnorFlowServiceURL.path))
    )
    func afnorMappingMatchesSharedSwagger() throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: afnorFlowServiceURL))
        let components = try #require((json as? [String: Any])?["components"] as? [String: Any])
        let schemas = try #require(components["schemas"] as? [String: Any])
        let reasonEnum = try #require(schemas["ReasonCodeEnum"] as? [String: Any])
        let allowed = Set(try #require(reasonEnum["enum"] as? [String]))
        let description = try #require(reasonEnum["description"] as? String)
        let mapped = LifecycleStatusReason.allKnown.compactMap { reason in
            reason.afnorFlowReasonCode.map { (reason, $0) }
        }
        #expect(mapped.count >= 8)
        for (reason, afnor) in mapped {
            #expect(allowed.contains(afnor), "\(reason) → \(afnor)")
            // The description pairs each AFNOR reason with its code, "(ie IRR_…)".
            let line = description.split(separator: "\n").first { $0.contains("`\(afnor)`") }
            let pairedCode = reason == .emptyFile ? "IRR_VID_F" : reason.rawValue
            #expect(line?.contains("(ie \(pairedCode))") == true, "\(reason) → \(afnor)")
        }
    }
}

@Suite("LifecycleEvent")
struct LifecycleEventTests {
    @Test("survives a JSON round trip with every field set, and with only the required ones")
    func roundTrip() throws {
        let date = try CalendarDate(parsingISO8601: "2026-09-15")
        let events = [
            LifecycleEvent(
                status: .disputed,
                date: date,
                reason: .wrongUnitPrice,
                text: "Prix convenu : 55 € HT de l'heure",
                issuerRole: .buyer,
                amount: try Amount(parsing: "1320.00")
            ),
            LifecycleEvent(status: .submitted, date: date),
            LifecycleEvent(status: LifecycleStatus(rawValue: 250), date: date, issuerRole: .init(rawValue: "ZZ")),
        ]
        let data = try JSONEncoder().encode(events)
        #expect(try JSONDecoder().decode([LifecycleEvent].self, from: data) == events)
        #expect(String(decoding: data, as: UTF8.self).contains(#""amount":"1320.00""#))
    }
}
