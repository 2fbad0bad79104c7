// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel

/// The invoice lines of a table: found under a header row naming its columns (description,
/// quantity, unit price, VAT rate, amount), each row's numbers assigned to the columns they stand
/// under, and kept when quantity × unit price agrees with the amount.
struct LineTable {
    /// The lines read.
    var lines: [ExtractedInvoice.Line]
    /// How sure the reading is, 0–1.
    var confidence: Double
    /// For each line, quantity × unit price when it disagrees with the amount read and no other
    /// reading of the row agrees (a misread amount): the invoice's total decides (see
    /// ``repairingTotals(toSum:)``).
    var computedTotals: [(total: ExactDecimal, unitPrice: ExactDecimal)?] = []

    /// The kinds of column a header names.
    enum Column: Hashable {
        case description, quantity, unitPrice, rate, amount
    }

    /// A header row: the columns, each at the horizontal middle and right edge of its header words.
    struct Header {
        var columns: [(kind: Column, left: Double, right: Double)]
        var lineIndex: Int

        var descriptionRight: Double {
            let numeric = columns.filter { $0.kind != .description }.map(\.left)
            return numeric.min() ?? .infinity
        }
    }

    static func read(lines: [ReadLine]) -> LineTable {
        var result: [ExtractedInvoice.Line] = []
        var computed: [(total: ExactDecimal, unitPrice: ExactDecimal)?] = []
        var agreeing = 0.0
        var index = 0
        while index < lines.count {
            guard let header = header(lines[index], at: index) else {
                index += 1
                continue
            }
            var row = index + 1
            var lastRow: ExtractedInvoice.Line?
            while row < lines.count, lines[row].page == lines[index].page {
                let line = lines[row]
                if isTotalLine(line) || startsWithTotal(line, header) { break }
                if let parsed = parse(line, header) {
                    if let lastRow { result.append(lastRow) }
                    lastRow = parsed.line
                    computed.append(parsed.computedTotal)
                    agreeing += parsed.agreement
                } else if var continued = lastRow, let extra = continuation(line, header), !extra.isEmpty {
                    // A description wrapped onto the next line.
                    continued.description = (continued.description ?? "") + " " + extra
                    lastRow = continued
                } else if lastRow != nil,
                    line.line.box.y - lines[row - 1].line.box.maxY > 3 * lines[row - 1].line.box.height
                {
                    break
                }
                row += 1
            }
            if let lastRow { result.append(lastRow) }
            index = row
        }
        if result.isEmpty {
            // No header read (lost to recognition): rows are found by their arithmetic alone.
            let rows = rowsWithoutHeader(lines: lines)
            result = rows.map(\.line)
            agreeing = rows.map(\.agreement).reduce(0, +) * 0.6
            computed = rows.map { _ in nil }
        }
        // Cleaned once whole: a description wrapped after `réf.` keeps its stop.
        for index in result.indices { result[index].description = result[index].description.map(cleanedDescription) }
        let confidence = result.isEmpty ? 0 : 0.5 + 0.45 * agreeing / Double(result.count)
        return LineTable(lines: result, confidence: confidence, computedTotals: computed)
    }

    /// The lines with misread amounts replaced by quantity × unit price, when that makes the amounts
    /// add up to `total` (the invoice's total without VAT) and the amounts as read do not; `nil` when
    /// no such repair exists. All candidate replacements together are tried, then each alone.
    func repairingTotals(toSum total: ExactDecimal) -> [ExtractedInvoice.Line]? {
        let amounts = lines.map { $0.lineTotal.flatMap(ExactDecimal.init) }
        guard !amounts.contains(nil), computedTotals.count == lines.count,
            computedTotals.contains(where: { $0 != nil })
        else { return nil }
        let read = amounts.compactMap { $0 }
        func sum(_ values: [ExactDecimal]) -> ExactDecimal { values.reduce(ExactDecimal.zero, +) }
        guard sum(read).magnitude != total.magnitude else { return nil }
        var choices: [[Int]] = [computedTotals.indices.filter { computedTotals[$0] != nil }]
        choices += computedTotals.indices.filter { computedTotals[$0] != nil }.map { [$0] }
        for choice in choices {
            var values = read
            for index in choice { values[index] = computedTotals[index]?.total ?? values[index] }
            guard sum(values).magnitude == total.magnitude else { continue }
            var repaired = lines
            for index in choice {
                repaired[index].lineTotal = values[index].twoDecimals
                repaired[index].unitPrice = computedTotals[index]?.unitPrice.twoDecimals
            }
            return repaired
        }
        return nil
    }

    /// The header row a line is, if it names a description column and at least two numeric ones.
    ///
    /// Labels are matched word by word (a header may print `Prix unitaire HT Taux TVA` with single
    /// spaces), the longest label first; each column spans its label's words.
    static func header(_ line: ReadLine, at index: Int) -> Header? {
        let kinds: [(Column, [String])] = [
            (.description, InvoiceLabels.descriptionColumn), (.quantity, InvoiceLabels.quantityColumn),
            (.unitPrice, InvoiceLabels.unitPriceColumn), (.rate, InvoiceLabels.rateColumn),
            (.amount, InvoiceLabels.amountColumn),
        ]
        let labels = kinds.flatMap { kind, labels in labels.map { (kind, $0) } }.sorted { $0.1.count > $1.1.count }
        let words = line.line.words
        let folded = words.map { $0.text.foldedForLabels }
        var columns: [(kind: Column, left: Double, right: Double)] = []
        var position = 0
        while position < words.count {
            var matched = false
            for (kind, label) in labels where !columns.contains(where: { $0.kind == kind }) {
                let labelWords = label.split(separator: " ").map(String.init)
                guard position + labelWords.count <= words.count else { continue }
                let candidate = folded[position..<position + labelWords.count]
                let isMatch = zip(candidate, labelWords).enumerated().allSatisfy { offset, pair in
                    // The last word may carry more (`qté.`, `montant`s), the others must be whole.
                    offset == labelWords.count - 1 ? pair.0.hasPrefix(pair.1) : pair.0 == pair.1
                }
                guard isMatch else { continue }
                // A label word continues until the next label: `Montant HT`, `Prix unitaire HT`.
                var end = position + labelWords.count - 1
                while end + 1 < words.count,
                    ["ht", "ttc", "%", "(eur)", "(€)", "unit.", "unitaire", "hors", "taxes"].contains(folded[end + 1])
                {
                    end += 1
                }
                columns.append((kind, words[position].box.x, words[end].box.maxX))
                position = end + 1
                matched = true
                break
            }
            if !matched { position += 1 }
        }
        let numeric = Set(columns.map(\.kind)).subtracting([.description])
        guard columns.contains(where: { $0.kind == .description }), numeric.count >= 2, numeric.contains(.amount)
        else { return nil }
        return Header(columns: columns, lineIndex: index)
    }

    /// Whether the words of a line from the table's left edge on start with a total or a VAT
    /// summary label (a sidebar may stand left of the table, on the same visual line).
    static func startsWithTotal(_ line: ReadLine, _ header: Header) -> Bool {
        let descriptionLeft = (header.columns.first { $0.kind == .description }?.left ?? 0) - 12
        let words = line.line.words.filter { $0.box.x >= descriptionLeft }
        guard words.count < line.line.words.count, !words.isEmpty else { return false }
        return totalPrefixes.contains { words.map(\.text).joined(separator: " ").foldedForLabels.hasPrefix($0) }
    }

    /// How the lines after a table start: totals, and the header of a VAT summary.
    static let totalPrefixes = [
        "total", "sous-total", "sous total", "montant ht", "subtotal", "taux", "base", "net a payer", "report",
        "rate ", "vat rate", "tax rate", "vat summary", "recapitulatif",
    ]

    static func isTotalLine(_ line: ReadLine) -> Bool {
        let folded = line.folded.trimmingCharacters(in: " ")
        return totalPrefixes.contains { folded.hasPrefix($0) }
            || (InvoiceLabels.totalHT + ["total ttc", "invoice total"]).contains {
                folded.contains($0)
            } && line.line.box.x > 200
    }

    /// A row: a description left of the numeric columns, then numbers under their columns.
    ///
    /// `agreement` is 1 when quantity × unit price = amount as read, 0.5 when a repaired reading
    /// agrees (see ``reconciled(quantity:unitPrice:amount:)``), else 0.
    static func parse(
        _ line: ReadLine,
        _ header: Header
    ) -> (
        line: ExtractedInvoice.Line, agreement: Double, computedTotal: (total: ExactDecimal, unitPrice: ExactDecimal)?
    )? {
        let boundary = header.descriptionRight - 4
        var descriptionWords: [TextWord] = []
        var cells: [Column: [TextWord]] = [:]
        // Words left of the description column belong to another block (a sidebar beside the table).
        let descriptionLeft = (header.columns.first { $0.kind == .description }?.left ?? 0) - 12
        for word in line.line.words where word.box.x >= descriptionLeft {
            if word.box.maxX <= boundary || (word.box.x < boundary && !word.text.contains(where: \.isASCIIDigit)) {
                descriptionWords.append(word)
                continue
            }
            // The column whose span overlaps the word most, else the nearest by middle.
            let numeric = header.columns.filter { $0.kind != .description }
            let best = numeric.max { lhs, rhs in
                overlap(word.box, lhs) < overlap(word.box, rhs)
                    || (overlap(word.box, lhs) == overlap(word.box, rhs)
                        && distance(word.box, lhs) > distance(word.box, rhs))
            }
            guard let best else { continue }
            cells[best.kind, default: []].append(word)
        }
        func numbers(_ kind: Column) -> [PrintedNumber] {
            guard let words = cells[kind] else { return [] }
            return PrintedNumber.all(in: words.map(\.text).joined(separator: " "))
        }
        // A leading reference column (`001`) is no part of the description.
        if let first = descriptionWords.first, first.text.allSatisfy(\.isASCIIDigit), descriptionWords.count > 1 {
            descriptionWords.removeFirst()
        }
        let strayQuantity = Self.strayNumberCell(&descriptionWords)
        // The amount is the last amount under its column (a rate printed in an unlabelled column
        // between may fall nearest to it); a rate read there or elsewhere is the line's rate.
        guard let printedAmount = numbers(.amount).last(where: { !$0.isPercentage }), !descriptionWords.isEmpty,
            printedAmount.fractionDigits == 2
                || (printedAmount.fractionDigits == 0 && printedAmount.value.magnitude >= ExactDecimal(100))
        else { return nil }
        // An amount read without its decimal separator (`45051`) is taken in cents, below, only when
        // quantity × unit price confirms it as such.
        var amount = printedAmount
        if printedAmount.fractionDigits == 0 {
            amount.value = ExactDecimal(significand: printedAmount.value.significand, scale: 2)
            amount.fractionDigits = 2
        }
        // Under the rate column, a percentage, else a number no greater than any VAT rate; another
        // number there is the unit price of a table whose price header was not read.
        let rateCell = numbers(.rate)
        let rate =
            rateCell.first(where: \.isPercentage) ?? rateCell.first(where: { isPlausibleRate($0) })
            ?? [Column.amount, .unitPrice, .quantity].lazy.compactMap { numbers($0).first(where: \.isPercentage) }
            .first
        let quantity = numbers(.quantity).first { !$0.isPercentage } ?? strayQuantity
        let unitPrice =
            numbers(.unitPrice).first { !$0.isPercentage }
            ?? (header.columns.contains { $0.kind == .unitPrice }
                ? nil : rateCell.first { !$0.isPercentage && !isPlausibleRate($0) && $0.fractionDigits == 2 })
        let reading = reconciled(quantity: quantity, unitPrice: unitPrice, amount: amount.value)
        if printedAmount.fractionDigits == 0, reading.agreement < 1 || quantity == nil || unitPrice == nil {
            return nil
        }
        let row = ExtractedInvoice.Line(
            description: descriptionWords.map(\.text).joined(separator: " "),
            quantity: reading.quantity?.plain,
            unitPrice: reading.unitPrice?.twoDecimals,
            lineTotal: amount.value.twoDecimals,
            vatRate: rate?.value.twoDecimals
        )
        return (row, reading.agreement, reading.computedTotal)
    }

    /// A number ending the description words apart from them (a gap wider than the row's height),
    /// with at most a short unit after it (`20 EUR`, `5`, `88,75 h`): a quantity cell printed left of
    /// where its header puts the column, taken out of the description.
    static func strayNumberCell(_ words: inout [TextWord]) -> PrintedNumber? {
        guard words.count >= 2 else { return nil }
        let heights = words.map(\.box.height).sorted()
        let height = max(1, heights[heights.count / 2])
        let gaps = words.indices.dropFirst().filter { words[$0].box.x - words[$0 - 1].box.maxX > 1.2 * height }
        // Specks and rules read as short words after the description (`ie és`, `à à`) are noise.
        if let start = gaps.last,
            words[start...].allSatisfy({ $0.text.count <= 2 && !$0.text.contains(where: \.isASCIIDigit) })
        {
            words.removeLast(words.count - start)
        }
        for start in gaps.suffix(2).reversed() where start < words.count {
            let tail = words[start...]
            guard tail.count <= 2, let first = tail.first,
                first.text.allSatisfy({ $0.isASCIIDigit || $0 == "," || $0 == "." }),
                first.text.contains(where: \.isASCIIDigit),
                let number = PrintedNumber.all(in: first.text).first,
                tail.count == 1 || tail.last.map({ $0.text.count <= 3 && $0.text.allSatisfy(\.isLetter) }) == true
            else { continue }
            words.removeLast(tail.count)
            return number
        }
        return nil
    }

    /// Whether a row's text before its numbers names a VAT rate (`TVA 0% export (vente)`, `VAT 20 %`):
    /// a row of the VAT summary, whose base and VAT (0,00 at 0 %) read like a quantity and a price.
    static func isVATSummaryRow(_ description: String) -> Bool {
        let folded = description.foldedForLabels
        return ["tva", "vat", "taxe", "tax"].contains { folded.hasPrefix($0 + " ") } && folded.contains("%")
    }

    /// Whether a number printed without `%` under a rate column may be a VAT rate: at most 30, with
    /// at most one significant decimal (`20`, `5,5`, `2.10`, `19,60`); `3,57` and `68,40` are prices.
    static func isPlausibleRate(_ number: PrintedNumber) -> Bool {
        !number.value.isNegative && number.value <= ExactDecimal(30) && number.value.significantFractionDigits <= 1
    }

    /// Rows of a table whose header was not read: lines ending with `quantity  unit price  [rate %]
    /// amount` where quantity × unit price = amount (as read, or repaired as
    /// ``reconciled(quantity:unitPrice:amount:)`` does), the text before the quantity holding
    /// letters (its description, without a leading row number); a following line of text only,
    /// indented at or right of the description and close below, continues the description.
    static func rowsWithoutHeader(lines: [ReadLine]) -> [(line: ExtractedInvoice.Line, agreement: Double)] {
        var rows: [(line: ExtractedInvoice.Line, agreement: Double)] = []
        var last: (index: Int, x: Double)?
        for (index, line) in lines.enumerated() {
            let numbers = PrintedNumber.all(in: line.text)
            guard let totalIndex = numbers.lastIndex(where: { !$0.isPercentage }),
                numbers[totalIndex].fractionDigits == 2, totalIndex + 1 >= numbers.count - 1
            else {
                // A wrapped description: text only, right below the last row, not left of it.
                if let previous = last, previous.index == index - 1, !rows.isEmpty,
                    numbers.allSatisfy({ !$0.isAmount }), line.text.contains(where: \.isLetter),
                    line.line.box.x >= previous.x - 2,
                    line.line.box.y - lines[index - 1].line.box.maxY < 1.5 * lines[index - 1].line.box.height,
                    !isTotalLine(line)
                {
                    rows[rows.count - 1].line.description =
                        (rows[rows.count - 1].line.description ?? "") + " "
                        + line.text
                    last = (index, previous.x)
                }
                continue
            }
            var position = totalIndex - 1
            var rate: PrintedNumber?
            if position >= 0, numbers[position].isPercentage {
                rate = numbers[position]
                position -= 1
            }
            guard position >= 0, !numbers[position].isPercentage else { continue }
            let amount = numbers[totalIndex].value
            var reading = reconciled(quantity: nil, unitPrice: nil, amount: amount)
            var descriptionEnd = 0
            if position >= 1, !numbers[position - 1].isPercentage {
                reading = reconciled(quantity: numbers[position - 1], unitPrice: numbers[position], amount: amount)
                descriptionEnd = numbers[position - 1].range.lowerBound
            }
            // `5 673,76` read as one number: a quantity, then a price of three digits before its decimals.
            let priceText = String(Array(line.text)[numbers[position].range])
            if reading.agreement == 0, let space = priceText.firstIndex(of: " "),
                let quantity = PrintedNumber.all(in: String(priceText[..<space])).first,
                let price = PrintedNumber.all(in: String(priceText[space...])).first
            {
                reading = reconciled(quantity: quantity, unitPrice: price, amount: amount)
                descriptionEnd = numbers[position].range.lowerBound
            }
            // A percentage between the price and the amount that the amount deducts is a discount
            // (`20  4,55  10 %  81,90`: 20 × 4,55 less 10 %), not the VAT rate.
            if reading.agreement == 0, let discount = rate, position >= 1, !numbers[position - 1].isPercentage,
                isDiscounted(
                    quantity: numbers[position - 1].value,
                    unitPrice: numbers[position].value,
                    discount: discount.value,
                    amount: amount
                )
            {
                reading = (numbers[position - 1].value, numbers[position].value, 1, nil)
                rate = nil
            }
            guard reading.agreement > 0 else { continue }
            var words = String(Array(line.text)[..<descriptionEnd]).split(separator: " ").map(String.init)
            if let first = words.first, first.allSatisfy({ $0.isNumber || $0 == "o" || $0 == "O" }), words.count > 1 {
                words.removeFirst()
            }
            let description = words.joined(separator: " ")
            guard description.filter(\.isLetter).count >= 3, !isTotalLine(line), !isVATSummaryRow(description) else {
                continue
            }
            rows.append(
                (
                    ExtractedInvoice.Line(
                        description: description,
                        quantity: reading.quantity?.plain,
                        unitPrice: reading.unitPrice?.twoDecimals,
                        lineTotal: numbers[totalIndex].value.twoDecimals,
                        vatRate: rate?.value.twoDecimals
                    ),
                    reading.agreement
                )
            )
            last = (index, line.line.box.x)
        }
        return rows
    }

    /// Whether quantity × unit price less `discount` percent is `amount`, to the cent.
    static func isDiscounted(
        quantity: ExactDecimal,
        unitPrice: ExactDecimal,
        discount: ExactDecimal,
        amount: ExactDecimal
    ) -> Bool {
        guard !discount.isZero, !discount.isNegative, discount < ExactDecimal(100) else { return false }
        let hundredth = ExactDecimal(significand: 1, scale: 2)
        let net = (quantity * unitPrice * (ExactDecimal(100) - discount) * hundredth).rounded(scale: 2)
        return (net - amount).magnitude <= ExactDecimal(significand: 1, scale: 2)
    }

    /// A row's quantity and unit price made to agree with its amount (quantity × unit price =
    /// amount, to the cent), trying the misreadings recognition makes: a decimal separator lost
    /// (`31450` for `314,50`, `121` for `12,1`), a quantity or a price not read at all (derived
    /// from the other and the amount when the division is exact). Agreement is 1 as read, 0.5
    /// repaired, 0 when nothing agrees (the values are kept as read, and `computedTotal` is
    /// quantity × unit price as read, for the invoice's total to arbitrate).
    static func reconciled(
        quantity: PrintedNumber?,
        unitPrice: PrintedNumber?,
        amount: ExactDecimal
    ) -> (
        quantity: ExactDecimal?, unitPrice: ExactDecimal?, agreement: Double,
        computedTotal: (total: ExactDecimal, unitPrice: ExactDecimal)?
    ) {
        let cent = ExactDecimal(significand: 1, scale: 2)
        func agrees(_ quantity: ExactDecimal, _ price: ExactDecimal) -> Bool {
            ((quantity * price).rounded(scale: 2) - amount).magnitude <= cent
        }
        switch (quantity, unitPrice) {
        case (let quantity?, let price?):
            if agrees(quantity.value, price.value) { return (quantity.value, price.value, 1, nil) }
            var quantities = [quantity.value]
            if quantity.fractionDigits == 0, quantity.value.magnitude >= ExactDecimal(10) {
                quantities += [1, 2].map { ExactDecimal(significand: quantity.value.significand, scale: $0) }
            }
            // A minus sign lost (a credit note's quantity): the signs must agree with the amount's.
            if amount.isNegative, !price.value.isNegative {
                quantities += quantities.filter { !$0.isNegative }.map { ExactDecimal.zero - $0 }
            }
            var prices = [price.value]
            if price.fractionDigits == 0, price.value.magnitude >= ExactDecimal(100) {
                prices.append(ExactDecimal(significand: price.value.significand, scale: 2))
            }
            // The fewest repairs first, a price's lost decimals before a quantity's: prices print
            // with cents, so `50 × 356` is `50 × 3,56` rather than `0,50 × 356`.
            let pairs =
                prices.dropFirst().map { (quantities[0], $0) } + quantities.dropFirst().map { ($0, prices[0]) }
                + prices.dropFirst().flatMap { price in quantities.dropFirst().map { ($0, price) } }
            for (candidateQuantity, candidatePrice) in pairs where agrees(candidateQuantity, candidatePrice) {
                return (candidateQuantity, candidatePrice, 0.5, nil)
            }
            // One digit of the price misread (`933,21` for `533,21`): amount ÷ quantity, when exact.
            let computedTotal = (quantity.value * price.value).rounded(scale: 2)
            if price.fractionDigits == 2, !quantity.value.isZero,
                let derived = amount.divided(by: quantity.value, scale: 2), agrees(quantity.value, derived),
                differsByOneDigit(derived, price.value)
            {
                return (quantity.value, derived, 0.5, (computedTotal, price.value))
            }
            // The quantity misread (`81` for `8`, `4173` for `173`, `157` for `1,7`) and the price and
            // amount right: amount ÷ price, when exact to the quantity's usual decimals and its digits
            // read with one or two more or one other (a discount makes `20 × 4,55` = `81,90`: no).
            if price.fractionDigits == 2, !price.value.isZero {
                for scale in 0...2 {
                    if let derived = amount.divided(by: price.value, scale: scale), !derived.isZero,
                        derived.isNegative == (amount.isNegative != price.value.isNegative),
                        agrees(derived, price.value),
                        digitsResemble(read: quantity.value, derived: derived)
                    {
                        return (derived, price.value, 0.5, nil)
                    }
                }
            }
            // The amount itself misread: quantity × price (the price with its decimals restored when
            // printed without) is kept for the invoice's total to confirm.
            let computed = prices.last.flatMap { price in
                (quantity.value * price).isZero ? nil : ((quantity.value * price).rounded(scale: 2), price)
            }
            return (quantity.value, price.value, 0, computed)
        case (nil, let price?):
            guard !price.value.isZero else { return (nil, price.value, 0, nil) }
            for scale in 0...2 {
                if let derived = amount.divided(by: price.value, scale: scale), !derived.isZero,
                    agrees(derived, price.value)
                {
                    return (derived, price.value, 0.5, nil)
                }
            }
            return (nil, price.value, 0, nil)
        case (let quantity?, nil):
            guard !quantity.value.isZero, let derived = amount.divided(by: quantity.value, scale: 2),
                agrees(quantity.value, derived)
            else { return (quantity.value, nil, 0, nil) }
            return (quantity.value, derived, 0.5, nil)
        case (nil, nil):
            return (nil, nil, 0, nil)
        }
    }

    /// Whether the digits of a number as read are those of the derived one with one or two digits
    /// added, or with one digit changed.
    static func digitsResemble(read: ExactDecimal, derived: ExactDecimal) -> Bool {
        let readDigits = Array(read.plain.filter(\.isASCIIDigit))
        let derivedDigits = Array(derived.plain.filter(\.isASCIIDigit))
        guard readDigits != derivedDigits else { return false }
        if readDigits.count == derivedDigits.count {
            return zip(readDigits, derivedDigits).filter { $0 != $1 }.count == 1
        }
        guard readDigits.count > derivedDigits.count, readDigits.count - derivedDigits.count <= 2 else { return false }
        var remaining = derivedDigits[...]
        for digit in readDigits where remaining.first == digit { remaining = remaining.dropFirst() }
        return remaining.isEmpty
    }

    /// Whether two amounts print with the same number of digits and differ in exactly one of them.
    static func differsByOneDigit(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Bool {
        let left = Array(lhs.twoDecimals)
        let right = Array(rhs.twoDecimals)
        guard left.count == right.count else { return false }
        return zip(left, right).filter { $0 != $1 }.count == 1
    }

    /// Whether a word may be an article reference: a capital letter, then four or more characters
    /// of which at least three are digits and the others letters recognition mistakes for digits.
    static func isReference(_ word: String) -> Bool {
        let characters = Array(word)
        guard characters.count >= 5, let first = characters.first, first.isUppercase, first.isLetter else {
            return false
        }
        let rest = characters.dropFirst()
        return rest.allSatisfy { $0.isASCIIDigit || "OGSIl".contains($0) } && rest.filter(\.isASCIIDigit).count >= 3
    }

    /// A reference with the letters recognition reads for digits after its first letter made digits
    /// again (`KO795` → `K0795`, `AG802` → `A6802`).
    static func referenceDigitsRepaired(_ word: String) -> String {
        guard isReference(word), let first = word.first else { return word }
        let digits: [Character: Character] = ["O": "0", "G": "6", "S": "5", "I": "1", "l": "1"]
        return String(first) + String(word.dropFirst().map { digits[$0] ?? $0 })
    }

    /// A description as printed, without the marks recognition adds or garbles: quotes and bars at
    /// either end, a final stop, `réf,` for `réf.`.
    static func cleanedDescription(_ text: String) -> String {
        // Lone marks recognition reads in rules and specks (`=`, `|`, `~`) are no words.
        var words = text.split(separator: " ").map(String.init).filter {
            !$0.allSatisfy { "=|~_»«•*¦".contains($0) }
        }
        for index in words.indices where ["réf,", "ref,", "Réf,", "Ref,"].contains(words[index]) {
            words[index] = String(words[index].dropLast()) + "."
        }
        for index in words.indices.dropLast() where isReference(words[index + 1]) {
            // `rét.` before a reference is `réf.` with its `f` misread.
            if ["rét.", "rét,", "rèf.", "réf:"].contains(words[index]) { words[index] = "réf." }
            if ["ret.", "ret,", "ref:"].contains(words[index]) { words[index] = "ref." }
            if ["réf.", "ref.", "Réf.", "Ref."].contains(words[index]) {
                words[index + 1] = referenceDigitsRepaired(words[index + 1])
            }
        }
        // `AS` between words in lower case is the paper format `A5` with its `5` read as an `S`.
        for index in words.indices.dropFirst().dropLast() where words[index] == "AS" {
            if words[index - 1].contains(where: \.isLowercase), words[index + 1].contains(where: \.isLowercase) {
                words[index] = "A5"
            }
        }
        return words.joined(separator: " ").trimmingCharacters(in: " “”\"'‘|.,;:_[]=")
    }

    /// The text of a line that continues the description above it: words left of the numeric columns only.
    static func continuation(_ line: ReadLine, _ header: Header) -> String? {
        let boundary = header.descriptionRight - 4
        let descriptionLeft = (header.columns.first { $0.kind == .description }?.left ?? 0) - 12
        let words = line.line.words.filter { $0.box.x >= descriptionLeft }
        guard !words.isEmpty, words.allSatisfy({ $0.box.maxX <= boundary }) else { return nil }
        return words.map(\.text).joined(separator: " ")
    }

    private static func overlap(_ box: TextBox, _ column: (kind: Column, left: Double, right: Double)) -> Double {
        max(0, min(box.maxX, column.right) - max(box.x, column.left))
    }

    private static func distance(_ box: TextBox, _ column: (kind: Column, left: Double, right: Double)) -> Double {
        min(abs(box.maxX - column.right), abs(box.midX - (column.left + column.right) / 2))
    }
}
