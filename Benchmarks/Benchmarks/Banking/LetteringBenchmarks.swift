// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Benchmark
import FactureBanking
import FactureModel
import Foundation

// MARK: Synthetic scenario

/// A deterministic generator (SplitMix64), so every run letters the same scenario.
struct LetteringRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    mutating func chance(_ probability: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < probability }

    mutating func pick<T>(_ values: [T]) -> T { values[int(0...(values.count - 1))] }
}

/// A generated ledger, statement movements and the truth: which movement pays which item (pairs).
struct LetteringScenario {
    var ledger: Ledger
    var movements: [BankMovement]
    var truth: Set<LetteringPair>
    var scenarios: [String: Int]
}

/// A (movement ordinal, invoice id) pair.
struct LetteringPair: Hashable {
    var movement: Int
    var invoice: String
}

/// Generates `movements` movements against about `items` open items, with the scenarios of the dev sample: exact,
/// mangled and missing references, grouped payments (with and without references, with credit notes), partial
/// payments and instalments, bank fees and discounts deducted, supplier transfers (single and grouped), and
/// unrelated movements (salaries, taxes, fees, card expenses, unknown credits). Labels are cut at 31 characters
/// as in CFONB `04` records; details carry `NPY`/`NBE` names and `LCC` remittance.
func makeLetteringScenario(movements count: Int, items target: Int, seed: UInt64 = 7) throws -> LetteringScenario {
    var random = LetteringRandom(seed: seed)
    let trades = [
        "Atelier", "Garage", "Ets", "Hôtel", "Pharmacie", "Boucherie", "Transports", "Imprimerie", "Cabinet",
        "Menuiserie", "Plomberie", "Fromagerie", "Logistique", "Carrosserie", "Nettoyage", "Conseil", "Études",
        "Sécurité", "Agence", "Jardins", "Boulangerie", "Électricité", "Maçonnerie", "Traiteur",
    ]
    let surnames = [
        "Bonnet", "Gaillard", "Renard", "Lambert", "Hénault", "Deschamps", "Robin", "Menard", "Guérin", "Noël",
        "Poirier", "Mathieu", "Le Roux", "Marty", "Olivier", "Garcia", "Boyer", "Simon", "Adam", "Dupuy", "Paris",
        "Fernandez", "Roy", "Colin", "Lecomte", "Durand", "Pons", "Rolland", "Moulin", "Guillaume", "Charles",
        "Marchand", "Bourgeois", "Da Silva", "Gonzalez", "Renault", "Dumas", "Lopez", "Leroy", "Perrin", "Morel",
        "Fournier", "Girard", "Bonnard", "Clément", "Gauthier", "Faure", "André", "Mercier", "Blanc",
    ]
    let forms = ["", "", " SAS", " SARL", " et Associés", " & Fils", " SA", " EURL"]
    let account = BankAccountReference(
        bankCode: "16958",
        deskCode: "14593",
        accountNumber: "98891668178",
        currency: "EUR"
    )
    let start = try CalendarDate(year: 2025, month: 1, day: 2)
    func date(_ offset: Int) -> CalendarDate { start.adding(days: offset) ?? start }

    var partners: [LedgerPartner] = []
    var names = Set<String>()
    func makePartner(_ kind: PartnerKind) -> Int {
        while true {
            let second = random.chance(0.6) ? "-" + random.pick(surnames) : ""
            let name = random.pick(trades) + " " + random.pick(surnames) + second + random.pick(forms)
            if names.insert(name).inserted {
                let prefix = kind == .customer ? "CU" : "SU"
                partners.append(LedgerPartner(id: "\(prefix)\(partners.count)", name: name, kind: kind))
                return partners.count - 1
            }
        }
    }
    let customerCount = max(5, target / 12)
    let supplierCount = max(5, target / 24)
    let customers = (0..<customerCount).map { _ in makePartner(.customer) }
    let suppliers = (0..<supplierCount).map { _ in makePartner(.supplier) }
    let supplierStyles = suppliers.map { _ in random.int(0...3) }

    var items: [OpenItem] = []
    var itemsByPartner = [[Int]](repeating: [], count: partners.count)
    var sequence = 0
    func makeItem(_ partner: Int, cents: Int? = nil, creditNote: Bool = false) -> Int {
        sequence += 1
        let kind = partners[partner].kind
        let year = random.chance(0.2) ? 2024 : 2025
        let number: String
        if kind == .customer {
            number =
                (creditNote ? "AV" : "FA") + "\(year)-"
                + String(repeating: "0", count: max(0, 6 - String(sequence).count)) + String(sequence)
        } else {
            switch supplierStyles[partner - customerCount] {
            case 0: number = "F\(100_000 + sequence)"
            case 1: number = "INV\(200_000 + sequence)"
            case 2: number = "\(year)/\(300_000 + sequence)"
            default: number = "FAC-\(year)-\(400_000 + sequence)"
            }
        }
        let amount = cents ?? (random.chance(0.15) ? random.int(1...40) * 6000 : random.int(2_000...600_000))
        let issue = random.int(0...40)
        let item = OpenItem(
            id: (kind == .customer ? "C" : "S") + String(sequence),
            number: number,
            kind: kind,
            type: creditNote ? .creditNote : .invoice,
            partnerID: partners[partner].id,
            total: Amount(ExactDecimal(significand: Int128(amount), scale: 2)),
            residual: Amount(ExactDecimal(significand: Int128(amount), scale: 2)),
            issueDate: date(issue),
            dueDate: date(issue + 30)
        )
        items.append(item)
        itemsByPartner[partner].append(items.count - 1)
        return items.count - 1
    }
    func cents(_ item: Int) -> Int { Int(clamping: items[item].residual.decimal.padded(toScale: 2).significand) }
    func amount(_ cents: Int) -> Amount { Amount(ExactDecimal(significand: Int128(cents), scale: 2)) }
    func nameText(_ partner: Int) -> String {
        partners[partner].name.uppercased().folding(options: .diacriticInsensitive, locale: nil)
            .replacingOccurrences(of: "'", with: " ")
    }
    func label(_ prefix: String, _ text: String) -> String { String((prefix + text).prefix(31)) }
    func mangle(_ number: String) -> String {
        switch random.int(0...3) {
        case 0: return number.filter { $0.isLetter || $0.isNumber }
        case 1: return number.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "/", with: " ")
        case 2:
            // The sequence number alone, without leading zeros (`FA2025-000088` → `88`).
            let digits = String(number.reversed().prefix { $0.isNumber }.reversed())
            return String(Int(digits) ?? 0)
        default: return number.lowercased()
        }
    }

    var movements: [BankMovement] = []
    var truth = Set<LetteringPair>()
    var scenarios: [String: Int] = [:]
    let weights: [(String, Int)] = [
        ("c_exact_ref", 16), ("c_mangled_ref", 4), ("c_exact_noref", 6), ("c_grouped_ref", 5), ("c_grouped_noref", 3),
        ("c_partial", 6), ("c_fee_deducted", 3), ("c_short_pay", 3), ("c_with_credit_note", 1),
        ("s_transfer_single", 14),
        ("s_transfer_grouped", 5), ("s_partial", 2), ("s_sdd", 4), ("u_salary", 4), ("u_tax", 3), ("u_bank_fee", 4),
        ("u_card_expense", 4), ("u_unknown_credit", 1),
    ]
    let totalWeight = weights.reduce(0) { $0 + $1.1 }
    for index in 0..<count {
        var roll = random.int(0...(totalWeight - 1))
        var scenario = weights[0].0
        for (name, weight) in weights {
            if roll < weight {
                scenario = name
                break
            }
            roll -= weight
        }
        scenarios[scenario, default: 0] += 1
        let ordinal = index + 1
        let day = 30 + index * 60 / max(count, 1)
        var paid: [(item: Int, cents: Int)] = []
        var signed = 0
        var text = ""
        var details: [MovementDetail] = []
        let customer = random.pick(customers)
        let supplier = random.pick(suppliers)
        switch scenario {
        case "c_exact_ref", "c_mangled_ref", "c_partial", "c_fee_deducted", "c_short_pay":
            let item = makeItem(customer)
            let reference = scenario == "c_mangled_ref" ? mangle(items[item].number) : items[item].number
            var due = cents(item)
            if scenario == "c_partial" { due = due * random.int(20...70) / 100 }
            if scenario == "c_fee_deducted" { due -= random.int(150...2_500) }
            if scenario == "c_short_pay" { due -= max(1, due / 50) }
            paid = [(item, due)]
            signed = due
            text = label(
                scenario == "c_fee_deducted" ? "VIR INTERNATIONAL RECU " : "VIR SEPA RECU /DE ",
                nameText(customer)
            )
            details = [MovementDetail(qualifier: "NPY", text: nameText(customer))]
            if scenario != "c_fee_deducted" || random.chance(0.5) {
                let word = scenario == "c_partial" ? "ACOMPTE " : random.pick(["", "REGLEMENT ", "FACTURE "])
                details.append(MovementDetail(qualifier: "LCC", text: word + reference))
            }
        case "c_exact_noref":
            let item = makeItem(customer)
            paid = [(item, cents(item))]
            signed = cents(item)
            text = label("VIR SEPA RECU /DE ", nameText(customer))
            details = [
                MovementDetail(qualifier: "NPY", text: nameText(customer)),
                MovementDetail(qualifier: "LCC", text: "VIREMENT"),
            ]
        case "c_grouped_ref", "c_grouped_noref", "c_with_credit_note":
            let group = (0..<random.int(2...5)).map { _ in makeItem(customer) }
            var all = group
            if scenario == "c_with_credit_note" {
                all.append(makeItem(customer, cents: max(100, cents(group[0]) / 3), creditNote: true))
            }
            paid = all.map { ($0, cents($0)) }
            signed = all.reduce(0) { $0 + cents($1) * (items[$1].type == .creditNote ? -1 : 1) }
            text = label("VIR SEPA RECU /DE ", nameText(customer))
            details = [MovementDetail(qualifier: "NPY", text: nameText(customer))]
            if scenario != "c_grouped_noref" {
                details.append(
                    MovementDetail(
                        qualifier: "LCC",
                        text: "REGLT " + all.map { items[$0].number }.joined(separator: " ")
                    )
                )
            }
        case "s_transfer_single", "s_partial", "s_sdd", "s_transfer_grouped":
            let group = (0..<(scenario == "s_transfer_grouped" ? random.int(2...4) : 1)).map { _ in makeItem(supplier) }
            var due = group.reduce(0) { $0 + cents($1) }
            if scenario == "s_partial" { due /= 2 }
            paid = scenario == "s_partial" ? [(group[0], due)] : group.map { ($0, cents($0)) }
            signed = -due
            text = label(scenario == "s_sdd" ? "PRLV SEPA " : "VIR SEPA EMIS /A ", nameText(supplier))
            details = [
                MovementDetail(qualifier: "NBE", text: nameText(supplier)),
                MovementDetail(
                    qualifier: "LCC",
                    text: group.map { items[$0].number }.joined(separator: " ")
                        + (scenario == "s_partial" ? " ECHEANCE 1/2" : "")
                ),
            ]
        case "u_salary":
            signed = -random.int(150_000...450_000)
            text = label(
                "VIR SEPA EMIS /A ",
                random.pick(["MARIE", "PAUL", "CHLOE", "LUCAS"]) + " " + random.pick(surnames).uppercased()
            )
            details = [MovementDetail(qualifier: "LCC", text: "SALAIRE 03/2025")]
        case "u_tax":
            signed = -random.int(100_000...3_000_000)
            text = random.pick(["PRLV SEPA URSSAF ILE DE FRANCE", "PRLV SEPA DGFIP TVA"])
        case "u_bank_fee":
            signed = -random.pick([350, 500, 1_200, 2_400, 3_000])
            text = random.pick(["COTISATION CARTE BUSINESS", "COMMISSION INTERVENTION", "FRAIS TENUE DE COMPTE"])
        case "u_card_expense":
            signed = -random.int(500...60_000)
            text = "CB " + random.pick(["STATION ESSO", "TAXI G7", "BOULANGERIE", "SNCF INTERNET"]) + " 0403"
        default:
            signed = random.int(10_000...500_000)
            text = label(
                "VIR SEPA RECU /DE ",
                random.pick(["PIERRE", "LEA", "NICOLAS"]) + " " + random.pick(surnames).uppercased()
            )
        }
        for part in paid { truth.insert(LetteringPair(movement: ordinal, invoice: items[part.item].id)) }
        movements.append(
            BankMovement(
                ordinal: ordinal,
                account: account,
                operationCode: signed > 0 ? "05" : "06",
                bookingDate: date(day),
                amount: amount(signed),
                label: text,
                reference: String(ordinal),
                details: details
            )
        )
    }
    // Open items nobody pays in this statement (distractors), up to the target count.
    while items.count < target {
        _ = makeItem(random.chance(0.6) ? random.pick(customers) : random.pick(suppliers))
    }
    return LetteringScenario(
        ledger: Ledger(company: LedgerCompany(name: "Benchmark SAS"), partners: partners, items: items),
        movements: movements,
        truth: truth,
        scenarios: scenarios
    )
}

/// A scenario written to a folder by `Baselines/gen_lettering_scenario.py`.
struct LetteringScenarioFiles {
    var movements: [BankMovement]
    var ledger: Ledger
    var paymentRuns: [PaymentRun]
    var truth: Set<LetteringPair>
}

/// Reads the statement, ledger, payment runs and truth of a generated scenario folder.
func loadLetteringScenario(folder: String) throws -> LetteringScenarioFiles {
    let movements = try CFONB120Reader().statements(atPath: folder + "/statement.cfonb").flatMap(\.movements)
    let ledger = try LedgerJSONReader().read(Data(contentsOf: URL(fileURLWithPath: folder + "/invoices.json")))
    let runs = try PaymentRunReader().paymentRuns(contentsOfFile: folder + "/pain001.xml")
    struct Truth: Decodable {
        struct Match: Decodable {
            var movement: Int
            var invoice: String
        }
        var matches: [Match]
    }
    let truth = try JSONDecoder().decode(
        Truth.self,
        from: Data(contentsOf: URL(fileURLWithPath: folder + "/truth.json"))
    )
    return LetteringScenarioFiles(
        movements: movements,
        ledger: ledger,
        paymentRuns: runs,
        truth: Set(truth.matches.map { LetteringPair(movement: $0.movement, invoice: $0.invoice) })
    )
}

// MARK: Baseline

/// The simple rule matcher: a movement whose label or details contain an open item's number (exact, case and
/// separators ignored) is matched to those items; else the one open item of the partner named exactly in a detail
/// whose residual equals the amount.
func baselineLettering(_ scenario: LetteringScenario) -> Set<LetteringPair> {
    func key(_ text: some StringProtocol) -> String { String(text.uppercased().filter { $0.isLetter || $0.isNumber }) }
    var byNumber: [String: [Int]] = [:]
    var byPartnerAmount: [String: [Int]] = [:]
    var partnerByName: [String: String] = [:]
    for partner in scenario.ledger.partners {
        partnerByName[key(partner.name.folding(options: .diacriticInsensitive, locale: nil))] = partner.id
    }
    for (index, item) in scenario.ledger.items.enumerated() {
        byNumber[key(item.number), default: []].append(index)
        byPartnerAmount[item.partnerID + "|" + item.residual.description, default: []].append(index)
    }
    var pairs = Set<LetteringPair>()
    for movement in scenario.movements {
        let words = ([movement.label] + movement.details.map(\.text)).flatMap { $0.split(separator: " ") }
        let referenced = Set(words.flatMap { byNumber[key($0)] ?? [] })
        if !referenced.isEmpty {
            for item in referenced {
                pairs.insert(LetteringPair(movement: movement.ordinal, invoice: scenario.ledger.items[item].id))
            }
            continue
        }
        for detail in movement.details {
            guard let partner = partnerByName[key(detail.text)] else { continue }
            let candidates = byPartnerAmount[partner + "|" + movement.amount.magnitude.description] ?? []
            if candidates.count == 1 {
                pairs.insert(
                    LetteringPair(movement: movement.ordinal, invoice: scenario.ledger.items[candidates[0]].id)
                )
            }
        }
    }
    return pairs
}

func letteringF1(_ predicted: Set<LetteringPair>, _ truth: Set<LetteringPair>) -> Double {
    let hits = Double(predicted.intersection(truth).count)
    guard hits > 0 else { return 0 }
    let precision = hits / Double(predicted.count)
    let recall = hits / Double(truth.count)
    return 2 * precision * recall / (precision + recall)
}

// MARK: Benchmarks

private let letteringPairF1 = BenchmarkMetric.custom("pair F1 x1000", polarity: .prefersLarger, useScalingFactor: false)
private let letteringPrecision = BenchmarkMetric.custom(
    "precision x1000",
    polarity: .prefersLarger,
    useScalingFactor: false
)
private let letteringRecall = BenchmarkMetric.custom("recall x1000", polarity: .prefersLarger, useScalingFactor: false)

/// Lettering 1e5 movements against 1e5 open items (FactureKit's engine) beside the simple rule baseline, on the
/// same generated scenario, with time, peak memory and pair F1 against the generated truth.
func letteringBenchmarks() {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .peakMemoryResident, letteringPairF1, letteringPrecision, letteringRecall],
        warmupIterations: 0,
        maxDuration: .seconds(120),
        maxIterations: 1
    )
    func report(_ benchmark: Benchmark, _ predicted: Set<LetteringPair>, _ truth: Set<LetteringPair>) {
        let hits = Double(predicted.intersection(truth).count)
        benchmark.measurement(letteringPairF1, Int(1000 * letteringF1(predicted, truth)))
        benchmark.measurement(letteringPrecision, predicted.isEmpty ? 0 : Int(1000 * hits / Double(predicted.count)))
        benchmark.measurement(letteringRecall, truth.isEmpty ? 0 : Int(1000 * hits / Double(truth.count)))
    }

    Benchmark("Lettering 1e5 movements x 1e5 open items, applied matches (FactureKit)", configuration: configuration) {
        benchmark in
        let scenario = try makeLetteringScenario(movements: 100_000, items: 100_000)
        benchmark.startMeasurement()
        let result = LetteringEngine().letter(scenario.movements, ledger: scenario.ledger)
        benchmark.stopMeasurement()
        report(
            benchmark,
            Set(result.applied.map { LetteringPair(movement: $0.movementOrdinal, invoice: $0.invoiceID) }),
            scenario.truth
        )
    }

    // The look-alike scenario written by Baselines/gen_lettering_scenario.py (statement.cfonb, invoices.json,
    // pain001.xml, truth.json), when FACTURE_LETTERING_SCENARIO names its folder: the engine alone, after the
    // files are read; Baselines/baseline_lettering.py scores the rule baseline on the same files.
    if let folder = ProcessInfo.processInfo.environment["FACTURE_LETTERING_SCENARIO"] {
        Benchmark(
            "Lettering the generated scenario in FACTURE_LETTERING_SCENARIO (FactureKit)",
            configuration: configuration
        ) { benchmark in
            let scenario = try loadLetteringScenario(folder: folder)
            benchmark.startMeasurement()
            let result = LetteringEngine().letter(
                scenario.movements,
                ledger: scenario.ledger,
                paymentRuns: scenario.paymentRuns
            )
            benchmark.stopMeasurement()
            report(
                benchmark,
                Set(result.applied.map { LetteringPair(movement: $0.movementOrdinal, invoice: $0.invoiceID) }),
                scenario.truth
            )
        }
    }

    Benchmark("Lettering 1e5 movements x 1e5 open items, simple rule matcher (baseline)", configuration: configuration)
    {
        benchmark in
        let scenario = try makeLetteringScenario(movements: 100_000, items: 100_000)
        benchmark.startMeasurement()
        let predicted = baselineLettering(scenario)
        benchmark.stopMeasurement()
        report(benchmark, predicted, scenario.truth)
    }
}
