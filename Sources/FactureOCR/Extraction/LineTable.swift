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
        var agreeing = 0
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
                if isTotalLine(line) { break }
                if let parsed = parse(line, header) {
                    if let lastRow { result.append(lastRow) }
                    lastRow = parsed.line
                    if parsed.agrees { agreeing += 1 }
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
        let confidence = result.isEmpty ? 0 : 0.5 + 0.45 * Double(agreeing) / Double(result.count)
        return LineTable(lines: result, confidence: confidence)
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

    static func isTotalLine(_ line: ReadLine) -> Bool {
        let folded = line.folded.trimmingCharacters(in: " ")
        return [
            "total", "sous-total", "sous total", "montant ht", "subtotal", "taux", "base", "net a payer", "report",
        ].contains { folded.hasPrefix($0) }
            || (InvoiceLabels.totalHT + ["total ttc", "invoice total"]).contains {
                folded.contains($0)
            } && line.line.box.x > 200
    }

    /// A row: a description left of the numeric columns, then numbers under their columns.
    static func parse(_ line: ReadLine, _ header: Header) -> (line: ExtractedInvoice.Line, agrees: Bool)? {
        let boundary = header.descriptionRight - 4
        var descriptionWords: [String] = []
        var cells: [Column: [TextWord]] = [:]
        // Words left of the description column belong to another block (a sidebar beside the table).
        let descriptionLeft = (header.columns.first { $0.kind == .description }?.left ?? 0) - 12
        for word in line.line.words where word.box.x >= descriptionLeft {
            if word.box.maxX <= boundary || (word.box.x < boundary && !word.text.contains(where: \.isASCIIDigit)) {
                descriptionWords.append(word.text)
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
        func number(_ kind: Column) -> PrintedNumber? {
            guard let words = cells[kind] else { return nil }
            return PrintedNumber.all(in: words.map(\.text).joined(separator: " ")).first
        }
        // A leading reference column (`001`) is no part of the description.
        if let first = descriptionWords.first, first.allSatisfy(\.isASCIIDigit), descriptionWords.count > 1 {
            descriptionWords.removeFirst()
        }
        guard let amount = number(.amount), amount.fractionDigits == 2, !descriptionWords.isEmpty else { return nil }
        let quantity = number(.quantity)
        let unitPrice = number(.unitPrice)
        let rate = number(.rate)
        var agrees = false
        if let quantity, let unitPrice {
            let product = (quantity.value * unitPrice.value).rounded(scale: 2)
            agrees = (product - amount.value).magnitude <= ExactDecimal(significand: 1, scale: 2)
        }
        let row = ExtractedInvoice.Line(
            description: descriptionWords.joined(separator: " "),
            quantity: quantity?.value.plain,
            unitPrice: unitPrice?.value.twoDecimals,
            lineTotal: amount.value.twoDecimals,
            vatRate: rate?.value.twoDecimals
        )
        return (row, agrees)
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
