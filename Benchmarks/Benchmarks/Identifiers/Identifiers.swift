// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Benchmark
import FactureModel

/// One million identifiers of a kind, 90 % valid and 10 % with one digit changed, made once
/// from a fixed seed so every run validates the same inputs.
struct IdentifierCorpus {
    var sirens: [String] = []
    var sirets: [String] = []
    var vatNumbers: [String] = []
    var ibans: [String] = []

    init(count: Int) {
        var state: UInt64 = 0x5EED_FAC7_0000_0001
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        func digits(_ count: Int) -> [Int] { (0..<count).map { _ in Int(next() % 10) } }
        func luhnCompleted(_ body: [Int]) -> [Int] {
            for check in 0...9 where luhnValid(body + [check]) { return body + [check] }
            return body + [0]
        }
        func corrupt(_ text: String) -> String {
            var bytes = Array(text.utf8)
            let position = bytes.count - 1 - Int(next() % 5)
            if bytes[position] >= 48, bytes[position] <= 57 {
                bytes[position] = 48 + (bytes[position] - 48 + 1) % 10
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        for index in 0..<count {
            let siren = luhnCompleted(digits(8))
            let sirenText = siren.map(String.init).joined()
            let siret = luhnCompleted(siren + digits(4)).map(String.init).joined()
            let key = (12 + 3 * (Int(sirenText)! % 97)) % 97
            let vat = "FR" + (key < 10 ? "0" : "") + String(key) + sirenText
            let bban = digits(23).map(String.init).joined()
            let iban = ibanCompleted(country: "DE", bban: String(bban.prefix(18)))
            let corrupted = index % 10 == 9
            sirens.append(corrupted ? corrupt(sirenText) : sirenText)
            sirets.append(corrupted ? corrupt(siret) : siret)
            vatNumbers.append(corrupted ? corrupt(vat) : vat)
            ibans.append(corrupted ? corrupt(iban) : iban)
        }
    }
}

/// Luhn over digits, for building the corpus.
func luhnValid(_ digits: [Int]) -> Bool {
    var sum = 0
    for (offset, digit) in digits.reversed().enumerated() {
        let doubled = offset % 2 == 1 ? digit * 2 : digit
        sum += doubled > 9 ? doubled - 9 : doubled
    }
    return sum % 10 == 0
}

/// An IBAN with correct ISO 7064 check digits, for building the corpus.
func ibanCompleted(country: String, bban: String) -> String {
    let rearranged = bban + country + "00"
    var remainder = 0
    for character in rearranged {
        if let digit = character.wholeNumberValue {
            remainder = (remainder * 10 + digit) % 97
        } else if let ascii = character.asciiValue {
            remainder = (remainder * 100 + Int(ascii) - 55) % 97
        }
    }
    let check = 98 - remainder
    return country + (check < 10 ? "0" : "") + String(check) + bban
}

/// The baseline: SIREN validation as often written in application code, over `Character`s
/// with `Int(String(_:))` per digit.
func naiveSIRENIsValid(_ text: String) -> Bool {
    let cleaned = text.replacingOccurrences(of: " ", with: "")
    guard cleaned.count == 9 else { return false }
    var sum = 0
    for (index, character) in cleaned.reversed().enumerated() {
        guard let digit = Int(String(character)) else { return false }
        let value = index % 2 == 1 ? digit * 2 : digit
        sum += value > 9 ? value - 9 : value
    }
    return sum % 10 == 0
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .throughput],
        maxDuration: .seconds(5),
        maxIterations: 20
    )
    let corpus = IdentifierCorpus(count: 1_000_000)

    Benchmark("Validate 1e6 SIRENs (FactureKit)") { _ in
        var valid = 0
        for text in corpus.sirens where (try? SIREN(text)) != nil { valid += 1 }
        blackHole(valid)
    }

    Benchmark("Validate 1e6 SIRENs (baseline: Character-based Luhn)") { _ in
        var valid = 0
        for text in corpus.sirens where naiveSIRENIsValid(text) { valid += 1 }
        blackHole(valid)
    }

    Benchmark("Validate 1e6 SIRETs (FactureKit)") { _ in
        var valid = 0
        for text in corpus.sirets where (try? SIRET(text)) != nil { valid += 1 }
        blackHole(valid)
    }

    Benchmark("Validate 1e6 FR VAT numbers (FactureKit)") { _ in
        var valid = 0
        for text in corpus.vatNumbers where (try? VATNumber(text)) != nil { valid += 1 }
        blackHole(valid)
    }

    Benchmark("Validate 1e6 IBANs (FactureKit)") { _ in
        var valid = 0
        for text in corpus.ibans where (try? IBAN(text)) != nil { valid += 1 }
        blackHole(valid)
    }

    Benchmark("Detect and check 1e6 mixed identifiers (FactureKit IdentifierChecker)") { _ in
        var valid = 0
        for index in 0..<1_000_000 {
            let text: String
            switch index % 4 {
            case 0: text = corpus.sirens[index]
            case 1: text = corpus.sirets[index]
            case 2: text = corpus.vatNumbers[index]
            default: text = corpus.ibans[index]
            }
            if IdentifierChecker.check(text).isValid { valid += 1 }
        }
        blackHole(valid)
    }
}
