// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureHTTP
import Foundation
import HTTPTypes

extension PlatformSimulator {
    /// The seeded companies (`legalUnitPayloadHistory`), by SIREN.
    static var companies: [String: [String: Any]] {
        [
            "552100554": [
                "siren": "552100554", "businessName": "Lumière Industrie SA", "entityType": "PrivateVatRegistered",
                "administrativeStatus": "A", "idInstance": 1,
            ],
            "732829320": [
                "siren": "732829320", "businessName": "Ateliers du Rhône SAS", "entityType": "PrivateVatRegistered",
                "administrativeStatus": "A", "idInstance": 2,
            ],
            "120027016": [
                "siren": "120027016", "businessName": "Direction régionale des achats", "entityType": "Public",
                "administrativeStatus": "A", "idInstance": 3,
            ],
        ]
    }

    /// The seeded facilities (`facilityPayloadHistory`), by SIRET.
    static var facilities: [String: [String: Any]] {
        [
            "55210055400013": facility("55210055400013", "552100554", "Siège Lumière", "P", "75008", "Paris", b2g: nil),
            "73282932000074": facility(
                "73282932000074",
                "732829320",
                "Atelier de Lyon",
                "P",
                "69007",
                "Lyon",
                b2g: nil
            ),
            "12002701600357": facility(
                "12002701600357",
                "120027016",
                "Service facturier",
                "S",
                "33000",
                "Bordeaux",
                b2g: [
                    "pm": false, "pmOnly": false, "managesPaymentStatus": true, "managesLegalCommitmentCode": true,
                    "managesLegalCommitmentOrServiceCode": true, "serviceCodeStatus": true,
                ]
            ),
        ]
    }

    private static func facility(
        _ siret: String,
        _ siren: String,
        _ name: String,
        _ type: String,
        _ postalCode: String,
        _ locality: String,
        b2g: [String: Any]?
    ) -> [String: Any] {
        var object: [String: Any] = [
            "siret": siret, "siren": siren, "name": name, "facilityType": type, "diffusible": "O",
            "administrativeStatus": "A",
            "address": [
                "addressLine1": "1 rue de la République", "postalCode": postalCode, "locality": locality,
                "countryCode": "FR",
            ],
        ]
        if let b2g { object["b2gAdditionalData"] = b2g }
        return object
    }

    /// The seeded routing codes, by SIRET then routing identifier.
    static var routingCodes: [String: [String: [String: Any]]] {
        [
            "12002701600357": [
                PlatformSimulator.knownRoutingCode: [
                    "routingIdentifier": PlatformSimulator.knownRoutingCode, "siret": "12002701600357",
                    "routingIdentifierType": "0224",
                    "routingCodeName": "Service facturier des achats", "managesLegalCommitmentCode": true,
                    "administrativeStatus": "A",
                    "idInstance": 31,
                ]
            ]
        ]
    }

    /// The seeded directory lines, by addressing identifier.
    static var directoryLines: [String: [String: Any]] {
        var lines: [String: [String: Any]] = [:]
        for (siren, company) in companies {
            lines[siren] = [
                "addressingIdentifier": siren, "siren": siren,
                "platform": ["platformType": "WK", "platformStatus": "Enabled"],
                "legalUnit": company.filter { $0.key != "siren" && $0.key != "idInstance" },
            ]
        }
        let routed = "120027016_12002701600357_" + PlatformSimulator.knownRoutingCode
        lines[routed] = [
            "addressingIdentifier": routed, "siren": "120027016", "siret": "12002701600357",
            "routingCode": [
                "routingIdentifier": PlatformSimulator.knownRoutingCode, "routingIdentifierType": "0224",
                "routingCodeName": "Service facturier des achats", "managesLegalCommitment": true,
                "administrativeStatus": "A",
            ],
            "platform": ["platformType": "DFH", "platformStatus": "Enabled"],
        ]
        return lines
    }

    func directoryRoute(_ method: HTTPRequest.Method, _ route: String, _ body: HTTPBody) -> HTTPExchange {
        func notFound(_ what: String) -> HTTPExchange {
            PlatformSimulatorHTTP.directoryError(
                404,
                "Not found. There is no resource at the given URI.",
                details: what,
                instance: route
            )
        }
        func bad(_ what: String) -> HTTPExchange {
            PlatformSimulatorHTTP.directoryError(
                400,
                "Bad request. The request is invalid or cannot be completed.",
                details: what,
                instance: route
            )
        }
        let decoded = route.removingPercentEncoding ?? route
        switch method {
        case .get:
            if decoded == "/v1/healthcheck" { return PlatformSimulatorHTTP.empty(200) }
            if let siren = decoded.strip(prefix: "/v1/siren/code-insee:") {
                guard siren.count == 9, siren.allSatisfy(\.isASCIIDigit) else { return bad("siren must be 9 digits") }
                guard let company = Self.companies[siren] else { return notFound("no legal unit \(siren)") }
                return PlatformSimulatorHTTP.json(200, company)
            }
            if let siret = decoded.strip(prefix: "/v1/siret/code-insee:") {
                guard siret.count == 14, siret.allSatisfy(\.isASCIIDigit) else { return bad("siret must be 14 digits") }
                guard var facility = Self.facilities[siret] else { return notFound("no facility \(siret)") }
                if let siren = facility["siren"] as? String, let company = Self.companies[siren] {
                    facility["legalUnit"] = company.filter { $0.key != "siren" && $0.key != "idInstance" }
                }
                return PlatformSimulatorHTTP.json(200, facility)
            }
            if let rest = decoded.strip(prefix: "/v1/routing-code/siret:") {
                let pieces = rest.components(separatedBy: "/code:")
                guard pieces.count == 2, pieces[0].count == 14, pieces[0].allSatisfy(\.isASCIIDigit), !pieces[1].isEmpty
                else {
                    return bad("expected siret:{siret}/code:{routing-identifier}")
                }
                guard var code = Self.routingCodes[pieces[0]]?[pieces[1]] else {
                    return notFound("no routing code \(pieces[1]) for \(pieces[0])")
                }
                code["facility"] = Self.facilities[pieces[0]]
                return PlatformSimulatorHTTP.json(200, code)
            }
            if let id = decoded.strip(prefix: "/v1/directory-line/code:") {
                guard let line = Self.directoryLines[id] else { return notFound("no directory line \(id)") }
                return PlatformSimulatorHTTP.json(200, line)
            }
            return notFound("no operation GET \(route)")
        case .post:
            guard let object = (try? JSONSerialization.jsonObject(with: Data(body.bytes))) as? [String: Any] else {
                return bad("the body is not a JSON object")
            }
            let filters = object["filters"] as? [String: Any] ?? [:]
            let limit = object["limit"] as? Int ?? 100
            let ignore = object["ignore"] as? Int ?? 0
            guard limit >= 0, ignore >= 0 else { return bad("limit and ignore are not negative") }
            func value(_ key: String) -> String?? {
                guard let filter = filters[key] else { return .some(nil) }
                guard let filter = filter as? [String: Any], let text = filter["value"] as? String else { return nil }
                if let op = filter["op"] as? String, op != "contains" { return nil }
                return .some(text)
            }
            let candidates: [[String: Any]]
            let keys: [String]
            switch route {
            case "/v1/siren/search":
                candidates = Self.companies.values.map { $0 }
                keys = ["siren"]
            case "/v1/siret/search":
                candidates = Self.facilities.values.map { $0 }
                keys = ["siret", "siren"]
            case "/v1/routing-code/search":
                candidates = Self.routingCodes.values.flatMap { $0.values }
                keys = ["siret", "routingIdentifier"]
            case "/v1/directory-line/search":
                candidates = Self.directoryLines.values.map { $0 }
                keys = ["siren", "siret", "addressingIdentifier"]
            default:
                return notFound("no operation POST \(route)")
            }
            var criteria: [(String, String)] = []
            for key in Set(filters.keys) {
                guard keys.contains(key) else { return bad("filter \(key) is not supported here") }
                guard case .some(.some(let text)) = value(key) else {
                    return bad("filter \(key) is {op: contains, value}")
                }
                criteria.append((key, text))
            }
            let matching =
                candidates
                .filter { item in criteria.allSatisfy { key, text in (item[key] as? String)?.contains(text) ?? false } }
                .sorted { ($0[keys[0]] as? String ?? "") < ($1[keys[0]] as? String ?? "") }
            let page = Array(matching.dropFirst(ignore).prefix(limit))
            return PlatformSimulatorHTTP.json(
                200,
                ["search": object, "totalNumberOfResults": matching.count, "results": page]
            )
        default:
            return notFound("no operation \(method) \(route)")
        }
    }
}

extension String {
    fileprivate func strip(prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
