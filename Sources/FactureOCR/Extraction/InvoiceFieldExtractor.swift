// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

public import FactureModel

/// Reads an invoice's fields from the words of its pages, without per-supplier templates.
///
/// Values are found next to the labels French and English invoices print, then checked by what
/// they must satisfy: SIREN and SIRET by their Luhn digit, VAT numbers by their key, IBANs by
/// mod 97, totals by HT + TVA = TTC, the VAT breakdown by base × rate. Each field gets a
/// confidence; a value that fails its check is left out rather than guessed.
///
/// ```swift
/// let pages = try PDFTextLayer.pages(ofPDF: bytes)
/// let fields = InvoiceFieldExtractor().extract(from: pages, source: .text)
/// ```
public struct InvoiceFieldExtractor: Sendable {
    /// The SIREN of the dossier the invoice is read for, when known: the party it identifies is
    /// the buyer of a purchase invoice.
    public var ownSIREN: String?

    /// Creates an extractor.
    public init(ownSIREN: String? = nil) {
        self.ownSIREN = ownSIREN
    }

    /// The fields of an invoice whose pages are `pages`.
    public func extract(from pages: [TextPage], source: ExtractedInvoice.Source) -> ExtractedInvoice {
        var reading = Reading(pages: pages, ownSIREN: ownSIREN)
        return reading.run(source: source)
    }
}

/// One visual line prepared for searching.
struct ReadLine {
    /// The line.
    var line: TextLine
    /// Its page, from 0.
    var page: Int
    /// The words joined by single spaces.
    var text: String
    /// `text` folded for label search (same length: one character per character).
    var folded: String
    /// The lowest word confidence.
    var confidence: Double
}

/// The state of one extraction.
private struct Reading {
    let lines: [ReadLine]
    let ownSIREN: String?
    var result = ExtractedInvoice(source: .text)

    init(pages: [TextPage], ownSIREN: String?) {
        self.ownSIREN = ownSIREN
        var lines: [ReadLine] = []
        for (index, page) in pages.enumerated() {
            for line in page.lines {
                let text = line.text
                lines.append(
                    ReadLine(
                        line: line,
                        page: index,
                        text: text,
                        folded: text.foldedLabelsSameLength,
                        confidence: line.confidence
                    )
                )
            }
        }
        self.lines = lines
    }

    mutating func run(source: ExtractedInvoice.Source) -> ExtractedInvoice {
        result = ExtractedInvoice(source: source)
        let isCreditNote = documentIsCreditNote()
        result.documentType = isCreditNote ? "credit_note" : "invoice"
        set("document_type", 0.9)
        findNumber(isCreditNote: isCreditNote)
        findDates()
        findParties()
        findPaymentAccount()
        findPurchaseOrder()
        findCurrency()
        let table = LineTable.read(lines: lines)
        result.lines = table.lines
        set("lines", table.lines.isEmpty ? 0.3 : table.confidence)
        findTotals(lineRates: Set(table.lines.compactMap(\.vatRate)))
        // A line amount misread: quantity × unit price replaces it when that, and only that, makes
        // the lines add up to the checked total without VAT.
        if (result.confidence["total_ht"] ?? 0) >= 0.9, let total = result.totalHT.flatMap(ExactDecimal.init),
            let repaired = table.repairingTotals(toSum: total)
        {
            result.lines = repaired
            set("lines", min(0.7, table.confidence))
        }
        fillLineRates()
        if isCreditNote { makeNegative() }
        return result
    }

    private mutating func set(_ key: String, _ confidence: Double) {
        result.confidence[key] = min(1, max(0, confidence))
    }

    // MARK: Document type and number

    private func documentIsCreditNote() -> Bool {
        lines.prefix(40).contains { line in
            InvoiceLabels.creditNote.contains { label in line.folded.containsWord(label) }
                && !line.folded.contains("sans avoir")
        }
    }

    private mutating func findNumber(isCreditNote: Bool) {
        let labelSets =
            isCreditNote
            ? [InvoiceLabels.creditNoteNumber, InvoiceLabels.invoiceNumber, InvoiceLabels.titles]
            : [InvoiceLabels.invoiceNumber, InvoiceLabels.titles]
        for (rank, labels) in labelSets.enumerated() {
            for line in lines {
                for label in labels {
                    for position in line.folded.ranges(ofWord: label) {
                        // A credit note's reference to the invoice it corrects is not its own number.
                        let before = line.folded.prefix(position.lowerBound).suffix(12)
                        if before.hasSuffix("sur ") || before.hasSuffix("on ") || before.hasSuffix("of ") { continue }
                        if let token = Self.referenceToken(in: line.text, after: position.upperBound) {
                            result.invoiceNumber = token
                            set("invoice_number", (rank == 0 ? 0.95 : 0.8) * line.confidence)
                            return
                        }
                        if rank < labelSets.count - 1, let index = lines.firstIndex(where: { $0.line == line.line }),
                            let below = valueBelow(lineIndex: index, labelRange: position),
                            let token = Self.referenceToken(in: below.text, after: 0)
                        {
                            result.invoiceNumber = token
                            set("invoice_number", 0.85 * below.line.confidence)
                            return
                        }
                    }
                }
            }
        }
        set("invoice_number", 0)
    }

    /// The text right below a label that ends its segment (a header block printing labels over
    /// their values): the segment of the next line that overlaps the label horizontally.
    func valueBelow(lineIndex: Int, labelRange: Range<Int>) -> (text: String, line: ReadLine)? {
        let line = lines[lineIndex]
        let left = Self.x(ofOffset: labelRange.lowerBound, in: line.line)
        let right = Self.maxX(ofOffset: max(labelRange.lowerBound, labelRange.upperBound - 1), in: line.line)
        guard lineIndex + 1 < lines.count else { return nil }
        let next = lines[lineIndex + 1]
        guard next.page == line.page, next.line.box.y - line.line.box.maxY < 2 * max(1, line.line.box.height) else {
            return nil
        }
        let segment = next.line.segments().first { $0.box.x < right + 20 && $0.box.maxX > left - 20 }
        return segment.map { ($0.text, next) }
    }

    /// The right edge of the word holding character `offset` of a line's text.
    static func maxX(ofOffset offset: Int, in line: TextLine) -> Double {
        var position = 0
        for word in line.words {
            if offset < position + word.text.count + 1 { return word.box.maxX }
            position += word.text.count + 1
        }
        return line.words.last?.box.maxX ?? 0
    }

    /// The reference following a label: the first token holding a digit, made of letters, digits
    /// and `-/_.`, after `:`, `n°`, `no`, `#`.
    static func referenceToken(in text: String, after offset: Int) -> String? {
        let rest = String(Array(text)[min(offset, text.count)...])
        let tokens = rest.split(whereSeparator: { $0 == " " || $0 == ":" })
        for (index, raw) in tokens.prefix(4).enumerated() {
            let token = raw.trimmingCharacters(in: ".,;")
            let folded = token.lowercased()
            if ["n°", "no", "no.", "nº", "#", "numero", "numéro", "number", "de", "du", "ref", "réf"].contains(folded) {
                continue
            }
            guard token.contains(where: \.isASCIIDigit),
                token.allSatisfy({ $0.isLetterOrDigit || "-/_.".contains($0) }),
                token.count >= 2, token.count <= 30
            else {
                // A word (a label's continuation) before the value is allowed once.
                if index == 0, token.allSatisfy(\.isLetter) { continue }
                return nil
            }
            // A date is no reference.
            if !PrintedDate.all(in: token).isEmpty, token.count <= 10 { return nil }
            return token.hasPrefix("n°") ? String(token.dropFirst(2)) : token
        }
        return nil
    }

    // MARK: Dates

    private mutating func findDates() {
        var issue: (iso: String, score: Int, confidence: Double)?
        var due: (iso: String, score: Int, confidence: Double)?
        var dueOnReceipt = false
        var firstUnlabelled: (iso: String, confidence: Double)?
        for (lineIndex, line) in lines.enumerated() {
            if InvoiceLabels.onReceipt.contains(where: { line.folded.contains($0) }) { dueOnReceipt = true }
            for date in PrintedDate.all(in: line.text) {
                var before = String(Array(line.folded)[..<date.range.lowerBound])
                // Nothing but spaces before it in its segment: the label may stand above it.
                if let above = labelAbove(lineIndex: lineIndex, offset: date.range.lowerBound),
                    Self.nearestLabel(
                        in: before,
                        groups: [("any", InvoiceLabels.dueDate + InvoiceLabels.issueDate + InvoiceLabels.otherDate)]
                    ) == nil
                {
                    before = above
                }
                let nearest = Self.nearestLabel(
                    in: before,
                    groups: [
                        ("due", InvoiceLabels.dueDate), ("other", InvoiceLabels.otherDate),
                        ("issue", InvoiceLabels.issueDate),
                    ]
                )
                switch nearest?.group {
                case "due":
                    if due == nil || nearest!.distance < due!.score {
                        due = (date.iso, nearest!.distance, line.confidence)
                    }
                case "issue":
                    if issue == nil || nearest!.distance < issue!.score {
                        issue = (date.iso, nearest!.distance, line.confidence)
                    }
                case "other":
                    break
                default:
                    if firstUnlabelled == nil { firstUnlabelled = (date.iso, line.confidence) }
                }
            }
        }
        if let issue {
            result.issueDate = issue.iso
            set("issue_date", 0.9 * issue.confidence)
        } else if let firstUnlabelled {
            result.issueDate = firstUnlabelled.iso
            set("issue_date", 0.5 * firstUnlabelled.confidence)
        } else {
            set("issue_date", 0)
        }
        if let due, due.iso >= (result.issueDate ?? "") {
            result.dueDate = due.iso
            set("due_date", 0.9 * due.confidence)
        } else {
            set("due_date", dueOnReceipt ? 0.85 : 0.5)
        }
    }

    /// The folded text of the segment right above character `offset` of line `lineIndex`, when the
    /// line above is close and has a segment over it.
    func labelAbove(lineIndex: Int, offset: Int) -> String? {
        guard lineIndex > 0 else { return nil }
        let line = lines[lineIndex]
        let previous = lines[lineIndex - 1]
        guard previous.page == line.page, line.line.box.y - previous.line.box.maxY < 2 * max(1, line.line.box.height)
        else { return nil }
        let x = Self.x(ofOffset: offset, in: line.line)
        let right = Self.maxX(ofOffset: offset, in: line.line)
        let segment = previous.line.segments().first { $0.box.x < right + 10 && $0.box.maxX > x - 10 }
        return segment.map { $0.text.foldedLabelsSameLength + " " }
    }

    /// The label of `groups` ending closest to the end of `text` (within 60 characters), and how far.
    static func nearestLabel(in text: String, groups: [(String, [String])]) -> (group: String, distance: Int)? {
        var best: (String, Int)?
        let window = String(text.suffix(60))
        for (group, labels) in groups {
            for label in labels {
                guard let range = window.lastRangeOfWord(label) else { continue }
                let distance = window.count - range.upperBound
                // A short label (`du`, `le`, `date`) counts only right before the date.
                if label.count <= 4, distance > 3 { continue }
                if best == nil || distance < best!.1 || (distance == best!.1 && group == "due") {
                    best = (group, distance)
                }
            }
        }
        return best.map { ($0.0, $0.1) }
    }

    // MARK: Parties

    private mutating func findParties() {
        let buyerBlock = buyerBlockLines()
        // Every identifier printed, with the SIREN it carries and whether it stands with the buyer's
        // (in the buyer's block, or on a segment naming the client).
        struct Sighting {
            var siren: String
            var siret: String?
            var vat: String?
            var isBuyerSide: Bool
        }
        var sightings: [Sighting] = []
        for (index, line) in lines.enumerated() {
            let segments = line.line.segments()
            let sides = segments.map { segment in
                let inBlock = buyerBlock[index].map { abs(segment.box.x - $0) < 60 } ?? false
                return inBlock || InvoiceLabels.buyerMarkers.contains { segment.text.foldedForLabels.containsWord($0) }
            }
            // A VAT number may be printed with wide gaps (`FR 24   195497490`): searched on the whole line,
            // on the side of the segment its `FR` stands in.
            var inSegments: Set<String> = []
            for (segment, isBuyerSide) in zip(segments, sides) {
                for vat in PrintedIdentifier.frenchVATs(in: segment.text) {
                    inSegments.insert(vat)
                    sightings.append(Sighting(siren: String(vat.suffix(9)), vat: vat, isBuyerSide: isBuyerSide))
                }
            }
            for vat in PrintedIdentifier.frenchVATs(in: line.text) where !inSegments.contains(vat) {
                let side = zip(segments, sides).first { $0.0.text.uppercased().contains("FR") }?.1 ?? false
                sightings.append(Sighting(siren: String(vat.suffix(9)), vat: vat, isBuyerSide: side))
            }
            for (segment, isBuyerSide) in zip(segments, sides) {
                let text = segment.text
                for run in PrintedIdentifier.digitRuns(in: text) where PrintedIdentifier.passesLuhn(run.digits) {
                    // The SIREN inside a VAT number (`FR 68 766971097`) is counted with the VAT number.
                    let prefix = String(Array(text)[..<run.range.lowerBound]).uppercased()
                    if prefix.hasSuffix("FR ") || prefix.hasSuffix("FR") { continue }
                    // Nor inside one whose key was misread (`FR60 126 719 749` failing its key).
                    if run.digits.count == 9, Self.endsWithVATPrefix(prefix) { continue }
                    // Nor the digits of a hyphenated reference (`FA-2025-99098`): SIREN and SIRET print
                    // their groups apart with spaces or dots, not dashes.
                    if Self.isHyphenatedReference(text, run.range) { continue }
                    if run.digits.count == 14 {
                        sightings.append(
                            Sighting(siren: String(run.digits.prefix(9)), siret: run.digits, isBuyerSide: isBuyerSide)
                        )
                    } else if run.digits.count == 9 {
                        sightings.append(Sighting(siren: run.digits, isBuyerSide: isBuyerSide))
                    }
                }
            }
        }
        // The supplier is the party identified most often away from the buyer's side (its legal
        // mentions repeat its numbers); the dossier's own SIREN is the buyer's.
        var supplierCounts: [String: Int] = [:]
        let ownIsPrinted = ownSIREN.map { own in sightings.contains { $0.siren == own } } ?? false
        for sighting in sightings where sighting.siren != ownSIREN && (ownIsPrinted || !sighting.isBuyerSide) {
            supplierCounts[sighting.siren, default: 0] += sighting.siret != nil ? 2 : 1
        }
        let supplier = sightings.map(\.siren).first { supplierCounts[$0] == supplierCounts.values.max() }
        result.supplierSIREN = supplier
        result.supplierSIRET = sightings.first { $0.siren == supplier && $0.siret != nil }?.siret
        result.supplierVAT = sightings.first { $0.siren == supplier && $0.vat != nil }?.vat
        var vatConfidence = 0.95
        if result.supplierVAT == nil, let supplier,
            let wrapped = wrappedTexts.lazy.flatMap(PrintedIdentifier.frenchVATs(in:)).first(where: {
                $0.hasSuffix(supplier)
            })
        {
            // Printed across two lines (`TVA : FR57` at a line's end, `533 636 494` starting the next).
            result.supplierVAT = wrapped
            vatConfidence = 0.85
        } else if result.supplierVAT == nil, let supplier, printsVATNumber(withSIREN: supplier) {
            // Printed with its key misread: the key is computed from the SIREN.
            result.supplierVAT = PrintedIdentifier.frenchVAT(ofSIREN: supplier)
            vatConfidence = 0.75
        } else if result.supplierVAT == nil, let supplier, printsVATKeyWithMisreadSIREN(supplier) {
            // Printed with the key of the supplier's SIREN and that SIREN with one digit misread, lost
            // or doubled: the key confirms the number, which is computed from the SIREN.
            result.supplierVAT = PrintedIdentifier.frenchVAT(ofSIREN: supplier)
            vatConfidence = 0.7
        }
        // The buyer's SIREN as printed (a SIREN or a SIRET); a VAT number alone is not taken for it.
        let buyers = sightings.filter { $0.siren != supplier && $0.vat == nil }
        result.buyerSIREN = (buyers.first { $0.isBuyerSide } ?? buyers.first)?.siren
        var siretConfidence = 0.95
        if result.supplierSIRET == nil, let supplier, let printed = labelledSIRET(ofSIREN: supplier) {
            // Printed under its label, of the supplier's SIREN, but failing its Luhn digit: reported
            // as printed and flagged by a low confidence, for a person to check; never corrected.
            result.supplierSIRET = printed
            siretConfidence = 0.3
        }
        set("supplier_siret", result.supplierSIRET == nil ? 0.5 : siretConfidence)
        set("supplier_vat", result.supplierVAT == nil ? 0.5 : vatConfidence)
        set("supplier_siren", supplier == nil ? 0.4 : 0.95)
        set("buyer_siren", result.buyerSIREN == nil ? 0.6 : (buyers.contains { $0.isBuyerSide } ? 0.9 : 0.6))

        result.supplierName = supplierName().map(Self.repairedLegalForm)
        set("supplier_name", result.supplierName == nil ? 0 : 0.7)
        if let labelled = buyerName(buyerBlock) {
            result.buyerName = Self.repairedLegalForm(labelled)
            set("buyer_name", 0.75)
        } else if let unlabelled = unlabelledBuyerName(supplier: result.supplierName) {
            result.buyerName = Self.repairedLegalForm(unlabelled)
            set("buyer_name", 0.55)
        } else {
            set("buyer_name", 0)
        }
    }

    /// Whether the digits at `range` of `text` hold a dash, or follow a letter or digit and a dash.
    static func isHyphenatedReference(_ text: String, _ range: Range<Int>) -> Bool {
        let characters = Array(text)
        if characters[range].contains("-") { return true }
        let start = range.lowerBound
        return start >= 2 && characters[start - 1] == "-" && characters[start - 2].isLetterOrDigit
    }

    /// Whether some line prints `FR`, the VAT key computed from `siren`, then digits one edit
    /// (a digit changed, lost or added) away from `siren`.
    func printsVATKeyWithMisreadSIREN(_ siren: String) -> Bool {
        guard let vat = PrintedIdentifier.frenchVAT(ofSIREN: siren) else { return false }
        let key = Array(vat)[2..<4]
        return (lines.map(\.text) + wrappedTexts).contains { text in
            let compact = Array(text.uppercased().filter { !$0.isWhitespace && $0 != "." })
            var index = 0
            while index + 4 <= compact.count {
                if compact[index] == "F", compact[index + 1] == "R", compact[(index + 2)..<(index + 4)] == key {
                    let digits = String(compact[(index + 4)...].prefix(while: \.isASCIIDigit))
                    if Self.isOneEditAway(digits, siren) { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// Whether two digit strings differ by exactly one changed, removed or inserted character.
    static func isOneEditAway(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs)
        let b = Array(rhs)
        if a.count == b.count { return zip(a, b).filter { $0 != $1 }.count == 1 }
        guard abs(a.count - b.count) == 1 else { return false }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        return long.indices.contains { index in
            var removed = long
            removed.remove(at: index)
            return removed == short
        }
    }

    /// The 14 digits printed after a `SIRET` label that start with `siren`, whether or not they pass
    /// the Luhn check.
    func labelledSIRET(ofSIREN siren: String) -> String? {
        for line in lines {
            let folded = line.folded
            for label in folded.ranges(ofWord: "siret") {
                let after = String(Array(line.text)[min(label.upperBound, line.text.count)...])
                guard let run = PrintedIdentifier.digitRuns(in: after).first, run.range.lowerBound <= 4 else {
                    continue
                }
                if run.digits.count == 14, run.digits.hasPrefix(siren) { return run.digits }
            }
        }
        return nil
    }

    /// Each line joined with the next one of its page: where an identifier wrapped may be read whole.
    var wrappedTexts: [String] {
        zip(lines, lines.dropFirst()).filter { $0.0.page == $0.1.page }.map { $0.0.text + " " + $0.1.text }
    }

    /// Whether text ends with the start of a French VAT number: `FR`, two characters (its key,
    /// possibly misread), an optional space.
    static func endsWithVATPrefix(_ upper: String) -> Bool {
        let characters = Array(upper.trimmingCharacters(in: " "))
        guard characters.count >= 4 else { return false }
        let tail = characters.suffix(4)
        return String(tail.prefix(2)) == "FR" && tail.suffix(2).allSatisfy { $0.isLetterOrDigit }
            && (characters.count == 4 || !characters[characters.count - 5].isLetterOrDigit)
    }

    /// Whether some line prints `FR`, two characters and `siren` (spaces aside): a VAT number of
    /// that SIREN whose key did not read right.
    func printsVATNumber(withSIREN siren: String) -> Bool {
        (lines.map(\.text) + wrappedTexts).contains { text in
            let compact = Array(text.uppercased().filter { !$0.isWhitespace && $0 != "." })
            var index = 0
            while index + 13 <= compact.count {
                if compact[index] == "F", compact[index + 1] == "R",
                    String(compact[(index + 4)..<(index + 13)]) == siren,
                    compact[index + 2].isLetterOrDigit, compact[index + 3].isLetterOrDigit
                {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// The lines of the buyer's block, with the block's left edge: from a buyer label (`Client`,
    /// `Facturer à`, `Invoice to`) down to the first gap.
    private func buyerBlockLines() -> [Int: Double] {
        var block: [Int: Double] = [:]
        for (index, line) in lines.enumerated() {
            // The buyer's block is printed above the lines (`facture à la somme de` below is no label).
            if line.page > 0 || LineTable.header(line, at: index) != nil { break }
            guard let label = Self.buyerLabel(in: line), let position = line.folded.range(of: label) else { continue }
            let labelX = Self.x(ofOffset: position.lowerBound, in: line.line)
            block[index] = labelX
            var previous = line.line.box
            for next in (index + 1)..<min(lines.count, index + 8) {
                let candidate = lines[next]
                guard candidate.page == line.page, candidate.line.box.y - previous.maxY < 2.5 * max(1, previous.height)
                else { break }
                // A line of the next column, between two of the block (their baselines differ): skipped.
                guard candidate.line.words.contains(where: { abs($0.box.x - labelX) < 40 }) else {
                    if next == index + 1 { continue }
                    break
                }
                block[next] = labelX
                previous = candidate.line.box
            }
            break
        }
        return block
    }

    /// The buyer label of a line: one of ``InvoiceLabels/buyerBlock``, or a segment that is just `Client`.
    static func buyerLabel(in line: ReadLine) -> String? {
        InvoiceLabels.buyerBlock.first { label in
            guard let range = line.folded.range(of: label) else { return false }
            // `N° client :`, `Code client :` introduce the customer's reference, not its block.
            let before = String(Array(line.folded)[..<range.lowerBound]).trimmingCharacters(in: " ")
            // `Facture à régler par virement`, `Invoice to pay by transfer`: a sentence, not a label.
            let after = String(Array(line.folded)[range.upperBound...]).trimmingCharacters(in: " :")
            if ["regler", "payer", "pay ", "la somme", "reception", "be paid"].contains(where: { after.hasPrefix($0) })
            {
                return false
            }
            return !["n°", "no", "no.", "ref.", "ref", "code", "numero", "id", "siren", "siret", "tva"].contains {
                before.hasSuffix(" " + $0) || before == $0
            }
        }
            ?? line.line.segments().first { ["client", "customer"].contains($0.text.foldedForLabels) }.map {
                $0.text.foldedForLabels
            }
    }

    /// The x of the word holding character `offset` of a line's text.
    static func x(ofOffset offset: Int, in line: TextLine) -> Double {
        var position = 0
        for word in line.words {
            if offset < position + word.text.count + 1 { return word.box.x }
            position += word.text.count + 1
        }
        return line.words.last?.box.x ?? 0
    }

    private func buyerName(_ block: [Int: Double]) -> String? {
        guard let first = block.keys.min() else { return nil }
        let labelLine = lines[first]
        // The name after the label on its own line (`Client : Dupont SARL`), else the next line of the block.
        if let label = Self.buyerLabel(in: labelLine), let range = labelLine.folded.range(of: label) {
            let labelX = Self.x(ofOffset: range.lowerBound, in: labelLine.line)
            let after = labelLine.line.segments().first { $0.box.x >= labelX }
            if let after {
                let text = after.text
                let folded = text.foldedForLabels
                if let cut = folded.range(of: label) {
                    let rest = String(Array(text)[cut.upperBound...]).trimmingCharacters(in: " :")
                    if rest.count > 2, rest.contains(where: \.isLetter) { return rest }
                }
            }
            for index in block.keys.sorted() where index > first {
                // The segment under the label, else the words from its left edge on (a neighbour
                // column printed close may share the segment).
                let words =
                    lines[index].line.segments().first { abs($0.box.x - labelX) < 60 }
                    ?? TextLine(words: lines[index].line.words.filter { $0.box.x >= labelX - 20 })
                let text = words.text.trimmingCharacters(in: " :")
                let folded = text.foldedForLabels
                if text.contains(where: \.isLetter), !folded.contains("@"),
                    !(InvoiceLabels.buyerBlock + InvoiceLabels.deliveryBlock).contains(where: { folded.contains($0) }),
                    !(InvoiceLabels.otherDate + InvoiceLabels.dueDate + InvoiceLabels.issueDate.filter { $0.count > 4 })
                        .contains(where: { folded.contains($0) })
                {
                    return text
                }
            }
        }
        return nil
    }

    /// The first line of the address block (a name over lines ending with a French post code and
    /// city, stacked at one left edge) that is not the supplier's: a letter-style invoice prints the
    /// buyer's address without a label, where a window envelope shows it.
    private func unlabelledBuyerName(supplier: String?) -> String? {
        let supplierFolded = supplier?.foldedForLabels
        var index = 0
        while index < lines.count, lines[index].page == 0 {
            for segment in lines[index].line.segments() {
                var block = [segment]
                var previous = lines[index].line.box
                for next in lines[(index + 1)...].prefix(6) where next.page == 0 {
                    guard next.line.box.y - previous.maxY < 1.8 * max(1, previous.height),
                        let aligned = next.line.segments().first(where: { abs($0.box.x - segment.box.x) < 4 })
                    else { break }
                    block.append(aligned)
                    previous = next.line.box
                }
                guard block.count >= 3,
                    block.dropFirst().contains(where: { Self.isPostCodeAndCity($0.text) }),
                    let name = block.first?.text.trimmingCharacters(in: " :"),
                    name.contains(where: \.isLetter), name.filter(\.isASCIIDigit).count < 3,
                    !(supplierFolded ?? "\u{0}").hasPrefix(name.foldedForLabels),
                    !Self.legalForms.contains(name.uppercased()),
                    !Self.isStreetAddress(name.foldedForLabels),
                    PrintedDate.all(in: name).isEmpty
                else { continue }
                return name
            }
            index += 1
        }
        return nil
    }

    /// `75001 Paris`: five digits, a space, a letter.
    static func isPostCodeAndCity(_ text: String) -> Bool {
        let characters = Array(text.trimmingCharacters(in: " "))
        guard characters.count > 6, characters.prefix(5).allSatisfy(\.isASCIIDigit), characters[5] == " " else {
            return false
        }
        return characters[6].isLetter
    }

    /// The supplier's name: the topmost text of the first page that is no document title, no
    /// address, no date; preferably one the legal footer repeats.
    private func supplierName() -> String? {
        let titleWords = Set([
            "facture", "invoice", "avoir", "tax invoice", "credit note", "facture d'avoir", "note d'avoir",
        ])
        var candidates: [String] = []
        var candidateLefts: [Double] = []
        var candidateConfidences: [Double] = []
        for (lineIndex, line) in lines.prefix(8).enumerated() where line.page == 0 {
            var previous: String?
            for segment in line.line.segments() {
                var text = segment.text.trimmingCharacters(in: " :")
                // A legal form alone under a name at the same left edge: the name wrapped.
                if Self.legalForms.contains(text.uppercased()), previous == nil,
                    let above = candidateLefts.lastIndex(where: { abs($0 - segment.box.x) < 6 }),
                    !Self.legalForms.contains(candidates[above].uppercased())
                {
                    candidates[above] += " " + text.uppercased()
                    previous = text
                    continue
                }
                // A legal form alone (`SAS`) ends the name printed before it with a wide gap.
                if Self.legalForms.contains(text.uppercased()), let name = previous, let last = candidates.last,
                    last == name
                {
                    candidates[candidates.count - 1] = name + " " + text
                    continue
                }
                defer { previous = text }
                // A letterhead on one line, `Name SARL - 12 rue … - 75001 Paris`: the name is its first part.
                if let head = Self.nameBeforeAddress(text) { text = head }
                let folded = text.foldedForLabels
                guard text.count > 2, text.contains(where: \.isLetter), !titleWords.contains(folded),
                    !titleWords.contains(where: { folded.hasPrefix($0 + " ") }),
                    PrintedDate.all(in: text).isEmpty, !folded.contains("@"), !folded.hasPrefix("tel"),
                    text.filter(\.isASCIIDigit).count < 4,
                    !(InvoiceLabels.buyerBlock + InvoiceLabels.deliveryBlock).contains(where: { folded.contains($0) }),
                    !(InvoiceLabels.invoiceNumber + InvoiceLabels.issueDate.filter { $0.count > 4 }
                        + InvoiceLabels.dueDate)
                        .contains(where: { folded.contains($0) })
                else { continue }
                guard !Self.isStreetAddress(folded), !InvoiceLabels.buyerMarkers.contains(folded) else { continue }
                text = Self.repairedLegalForm(text)
                // A name wrapped after a linking word (`Transports de` over `Bretagne SCOP`).
                if let last = folded.split(separator: " ").last,
                    ["de", "du", "des", "et", "&", "la", "le"].contains(last),
                    let below = lines.dropFirst(lineIndex + 1).prefix(2).lazy.compactMap({ next in
                        next.line.segments().first {
                            abs($0.box.x - segment.box.x) < 6 && $0.box.y - segment.box.maxY < 1.5 * segment.box.height
                        }
                    }).first
                {
                    text += " " + below.text.trimmingCharacters(in: " :")
                }
                candidates.append(text)
                candidateLefts.append(segment.box.x)
                candidateConfidences.append(Self.meanConfidence(segment.words))
            }
        }
        let footer = lines.suffix(6).map(\.folded).joined(separator: " ")
        if let confirmed = candidates.first(where: { footer.contains($0.foldedForLabels) }) { return confirmed }
        // The legal mentions start with the company's name: `Dupont SARL au capital de …`, `Dupont EI - SIRET …`.
        for line in lines.suffix(6) {
            let text = line.text
            let folded = line.folded
            for marker in [
                " au capital", " (entrepreneur", ", share capital", " - siret", " - rcs", " - siren", ", siret",
            ] {
                guard let range = folded.range(of: marker), range.lowerBound > 2 else { continue }
                let name = String(Array(text)[..<range.lowerBound]).trimmingCharacters(in: " -,")
                if name.count <= 60, name.contains(where: \.isLetter), !name.contains(where: \.isASCIIDigit) {
                    // The same name read twice, differently (`Bonnet & Poirier SNC` at the top, `Bonnet &
                    // Poirier SD >` in the footer): the reading the recognizer is surer of wins.
                    let folded = name.foldedForLabels
                    let footerConfidence = Self.meanConfidence(
                        Array(line.line.words.prefix(name.split(separator: " ").count))
                    )
                    if let close = candidates.indices.first(where: {
                        let candidate = candidates[$0].foldedForLabels
                        return Self.editDistance(candidate, folded) * 10 <= 3 * max(candidate.count, folded.count)
                    }), candidateConfidences[close] > footerConfidence {
                        return candidates[close]
                    }
                    return name
                }
            }
        }
        return candidates.first
    }

    /// The first part of a letterhead printed on one line, parts separated by ` - `, when a later
    /// part is a street address or a post code and city and the first holds letters and no digit.
    static func nameBeforeAddress(_ text: String) -> String? {
        var parts: [String] = []
        var rest = text
        while let range = rest.range(of: " - ") {
            parts.append(String(Array(rest)[..<range.lowerBound]).trimmingCharacters(in: " "))
            rest = String(Array(rest)[range.upperBound...])
        }
        parts.append(rest.trimmingCharacters(in: " "))
        guard parts.count >= 2, let head = parts.first, head.contains(where: \.isLetter),
            !head.contains(where: \.isASCIIDigit),
            parts.dropFirst().contains(where: { isStreetAddress($0.foldedForLabels) || isPostCodeAndCity($0) })
        else { return nil }
        return head
    }

    /// The mean confidence of words (1 for none).
    static func meanConfidence(_ words: [TextWord]) -> Double {
        words.isEmpty ? 1 : words.map(\.confidence).reduce(0, +) / Double(words.count)
    }

    /// The number of characters to insert, delete or replace to make one text the other.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// `27 boulevard Jean Jaurès`, `12 bis rue …`: a number, then a French street type.
    static func isStreetAddress(_ folded: String) -> Bool {
        let words = folded.split(separator: " ").map(String.init)
        guard let first = words.first, first.first?.isASCIIDigit == true else { return false }
        let next = words.dropFirst().first { !["bis", "ter", ","].contains($0) }
        return next.map { streetTypes.contains($0.trimmingCharacters(in: ",.")) } ?? false
    }

    /// Street types of French addresses, folded.
    static let streetTypes: Set<String> = [
        "rue", "avenue", "av", "bd", "boulevard", "place", "allee", "quai", "chemin", "impasse", "route", "cours",
        "square", "passage", "voie", "lieu-dit", "rond-point", "esplanade", "parvis", "faubourg", "zi", "za",
    ]

    /// French legal forms, as printed after a company's name.
    static let legalForms: Set<String> = [
        "SA", "SAS", "SASU", "SARL", "EURL", "SNC", "SCOP", "SCI", "SCA", "SCS", "EI", "EIRL", "SELARL", "GIE", "SEM",
    ]

    /// A name whose last word is a legal form misread by recognition (`El`, `EL`, `E1` for `EI`).
    static func repairedLegalForm(_ name: String) -> String {
        var words = name.split(separator: " ").map(String.init)
        guard words.count >= 2, let last = words.last, ["El", "EL", "E1", "El."].contains(last) else { return name }
        words[words.count - 1] = "EI"
        return words.joined(separator: " ")
    }

    // MARK: Payment

    private mutating func findPaymentAccount() {
        for line in lines {
            if result.iban == nil, let iban = PrintedIdentifier.ibans(in: line.text).first {
                result.iban = iban
                set("iban", 0.97 * line.confidence)
            }
            if result.bic == nil, let range = line.folded.rangeOfWord("bic") ?? line.folded.rangeOfWord("swift") {
                let rest = String(Array(line.text)[range.upperBound...])
                for token in rest.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "/" }) {
                    let candidate = String(token).uppercased().trimmingCharacters(in: ".,;")
                    if PrintedIdentifier.isBIC(candidate) {
                        result.bic = candidate
                        set("bic", 0.9 * line.confidence)
                        break
                    }
                }
            }
        }
        if result.iban == nil {
            // An IBAN printed in a narrow column, over several lines under its label.
            for (index, line) in lines.enumerated() {
                guard let range = line.folded.rangeOfWord("iban") else { continue }
                let x = Self.x(ofOffset: range.lowerBound, in: line.line)
                // A sidebar beside a table: the column ends where the label's line goes on in the table,
                // and the lines below may hold table text only (its descriptions wrapping).
                let boundary = line.line.segments().first { $0.box.x > x + 1 }?.box.x
                var joined = String(Array(line.text)[range.upperBound...]).trimmingCharacters(in: " :")
                if let boundary {
                    joined =
                        line.line.words.filter { $0.box.x > x + 1 && $0.box.maxX <= boundary }.map(\.text)
                        .joined(separator: " ").trimmingCharacters(in: " :")
                }
                var previous = line.line.box
                for next in lines[(index + 1)...].prefix(boundary == nil ? 4 : 6) where next.page == line.page {
                    let text: String
                    if let boundary {
                        let words = next.line.words.filter { $0.box.x >= x - 30 && $0.box.maxX <= boundary }
                        guard !words.isEmpty else { continue }
                        guard (words.map(\.box.y).min() ?? 0) - previous.maxY < 2 * max(1, previous.height) else {
                            break
                        }
                        previous = words.dropFirst().reduce(words[0].box) { $0.union($1.box) }
                        text = words.map(\.text).joined(separator: " ")
                    } else {
                        guard let segment = next.line.segments().first(where: { abs($0.box.x - x) < 30 }) else {
                            break
                        }
                        text = segment.text
                    }
                    joined += " " + text
                    if let iban = PrintedIdentifier.ibans(in: joined).first {
                        result.iban = iban
                        set("iban", 0.9 * next.confidence)
                        break
                    }
                }
                if result.iban != nil { break }
            }
        }
        if let bic = result.bic, let iban = result.iban,
            let repaired = Self.bicWithCountry(of: iban, repairing: bic)
        {
            // The bank of an account is in the account's country: one letter of the BIC's country code
            // misread (`BHEXERPP` with an FR IBAN), flagged by a lower confidence.
            result.bic = repaired
            set("bic", 0.6)
        }
        if result.iban == nil { set("iban", 0.5) }
        if result.bic == nil { set("bic", 0.5) }
    }

    /// `bic` with its country code (its fifth and sixth letters) made the IBAN's when the two codes
    /// differ in exactly one letter; `nil` when they agree or differ more.
    static func bicWithCountry(of iban: String, repairing bic: String) -> String? {
        let code = Array(bic)
        let country = Array(iban.prefix(2))
        guard code.count >= 8, country.count == 2, country.allSatisfy(\.isLetter) else { return nil }
        let printed = Array(code[4..<6])
        guard zip(printed, country).filter({ $0 != $1 }).count == 1 else { return nil }
        return String(code[..<4]) + String(country) + String(code[6...])
    }

    private mutating func findPurchaseOrder() {
        for (index, line) in lines.enumerated() {
            for label in InvoiceLabels.purchaseOrder + ["votre reference", "your reference", "reference client"] {
                guard let range = line.folded.rangeOfWord(label) else { continue }
                if let token = Self.referenceToken(in: line.text, after: range.upperBound) {
                    result.poReference = token
                    set("po_reference", 0.85 * line.confidence)
                    return
                }
                if let below = valueBelow(lineIndex: index, labelRange: range),
                    let token = Self.referenceToken(in: below.text, after: 0)
                {
                    result.poReference = token
                    set("po_reference", 0.75 * below.line.confidence)
                    return
                }
            }
        }
        set("po_reference", 0.6)
    }

    private mutating func findCurrency() {
        var counts: [String: Int] = [:]
        for line in lines {
            let upper = line.text.uppercased()
            for (code, signs) in [
                ("EUR", ["€", "EUR"]), ("GBP", ["£", "GBP"]), ("USD", ["$", "USD"]), ("CHF", ["CHF"]),
            ] {
                for sign in signs { counts[code, default: 0] += upper.ranges(ofWord: sign).count }
            }
        }
        // A statement such as "All amounts in GBP" outweighs a mention of euros in the legal text.
        let statement = lines.first {
            $0.folded.contains("amounts in") || $0.folded.contains("montants en") || $0.folded.contains("devise")
        }
        if let statement,
            let code = ["EUR", "GBP", "USD", "CHF"].first(where: { statement.text.uppercased().contains($0) })
        {
            result.currency = code
        } else {
            result.currency = counts.filter { $0.value > 0 }.max { $0.value < $1.value }?.key ?? "EUR"
        }
        set("currency", 0.9)
    }

    // MARK: Totals

    private mutating func findTotals(lineRates: Set<String>) {
        var candidates: [String: [(value: ExactDecimal, rank: Int, confidence: Double)]] = [:]
        let roles: [(String, [String])] = [
            ("due", InvoiceLabels.amountDue), ("deposit", InvoiceLabels.deposit), ("ht", InvoiceLabels.totalHT),
            ("ttc", InvoiceLabels.totalTTC), ("tva", InvoiceLabels.totalTVA),
        ]
        for line in lines {
            // Identifier lines (`N° TVA : FR…`) carry no amounts.
            if !PrintedIdentifier.frenchVATs(in: line.text).isEmpty { continue }
            let numbers = PrintedNumber.all(in: line.text)
            guard numbers.contains(where: \.isAmount) else { continue }
            var taken: Set<Int> = []
            for (role, labels) in roles {
                for (rank, label) in labels.enumerated() {
                    for range in line.folded.ranges(ofWord: label) {
                        if taken.contains(where: { range.lowerBound <= $0 && $0 < range.upperBound }) { continue }
                        // `Total` alone is TTC, not the start of `Total TVA` or `Total HT` misread.
                        if label == "total",
                            Self.qualifiers.contains(where: {
                                String(Array(line.folded)[range.upperBound...]).hasPrefix(" " + $0)
                            })
                        {
                            continue
                        }
                        // `Total TTC` holds `total`, `TVA` is inside `Montant TVA`: the longer label took it.
                        guard
                            let amount = numbers.first(where: {
                                $0.range.lowerBound >= range.upperBound && $0.isAmount && !$0.isPercentage
                            })
                        else { continue }
                        // Nothing but a rate and separators between the label and its amount.
                        let between = String(Array(line.text)[range.upperBound..<amount.range.lowerBound])
                        let others = PrintedNumber.all(in: between).filter { !$0.isPercentage }
                        if !others.isEmpty, role != "tva" { continue }
                        candidates[role, default: []].append((amount.value, rank, line.confidence))
                        for offset in range { taken.insert(offset) }
                    }
                }
            }
        }
        func best(_ role: String) -> [ExactDecimal] {
            (candidates[role] ?? []).sorted { $0.rank < $1.rank }.map(\.value)
        }
        // The VAT breakdown's sums stand for totals whose labels were misread (after the labelled ones).
        let rows = breakdownRows()
        let rowSums =
            rows.isEmpty
            ? []
            : [
                rows.compactMap { $0.base.flatMap(ExactDecimal.init) }.reduce(ExactDecimal.zero, +),
                rows.compactMap { $0.amount.flatMap(ExactDecimal.init) }.reduce(ExactDecimal.zero, +),
            ]
        let hts = best("ht") + rowSums.prefix(1)
        let tvas = best("tva") + rowSums.dropFirst()
        let ttcs = best("ttc") + best("due")
        var chosen: (ht: ExactDecimal, tva: ExactDecimal, ttc: ExactDecimal)?
        var confidence = 0.97
        search: for ttc in ttcs {
            for ht in hts {
                for tva in tvas + [ExactDecimal.zero] where ht + tva == ttc {
                    chosen = (ht, tva, ttc)
                    break search
                }
            }
        }
        if chosen == nil, rowSums.count == 2, best("ht").contains(rowSums[0]), best("tva").contains(rowSums[1]) {
            // No TTC read: HT and TVA as labelled, each equal to the breakdown's sum.
            chosen = (rowSums[0], rowSums[1], rowSums[0] + rowSums[1])
            confidence = 0.8
        } else if chosen == nil, let ht = best("ht").first, let tva = best("tva").first(where: { !$0.isZero }),
            Self.missingRow(of: rows, total: (ht, tva, ht + tva), lineRates: lineRates) != nil
        {
            // No TTC read: HT and TVA as labelled, which the breakdown (all rows but one, and the
            // last one checked by its rate) confirms.
            chosen = (ht, tva, ht + tva)
            confidence = 0.75
        } else if chosen == nil, let derived = Self.derivedTotals(hts: best("ht"), tvas: best("tva"), ttcs: ttcs) {
            // One total not read: the other two give it when a French rate explains the VAT.
            chosen = derived
            confidence = 0.75
        }
        if let chosen {
            result.totalHT = chosen.ht.twoDecimals
            result.totalTVA = chosen.tva.twoDecimals
            result.totalTTC = chosen.ttc.twoDecimals
            for key in ["total_ht", "total_tva", "total_ttc"] { set(key, confidence) }
        } else {
            result.totalHT = hts.first?.twoDecimals
            result.totalTVA = tvas.first?.twoDecimals
            result.totalTTC = best("ttc").first?.twoDecimals ?? best("due").first?.twoDecimals
            for key in ["total_ht", "total_tva", "total_ttc"] { set(key, 0.4) }
        }
        if let due = best("due").first {
            result.amountDue = due.twoDecimals
            set("amount_due", chosen != nil ? 0.9 : 0.5)
        } else if let ttc = chosen?.ttc ?? best("ttc").first {
            let deposit = best("deposit").first ?? .zero
            result.amountDue = (ttc - deposit.magnitude).twoDecimals
            set("amount_due", 0.8)
        }
        findBreakdown(lineRates: lineRates, total: chosen, rows: rows)
    }

    /// The rows of a VAT breakdown table: a rate, a base and the VAT of that base at that rate (to
    /// the cent), each rate and base once. A rate is printed with `%`, or is a French rate; the
    /// base has cents. A rate whose base and VAT stand on different lines (`TVA 20 % 1 273,84` in
    /// the totals, `20 % 6 369,19` in a summary whose VAT column was not read) is paired the same way.
    private func breakdownRows() -> [ExtractedInvoice.VATLine] {
        var rows: [ExtractedInvoice.VATLine] = []
        var seen: Set<String> = []
        var singles: [ExactDecimal: [ExactDecimal]] = [:]
        let cent = ExactDecimal(significand: 1, scale: 2)
        func isVAT(_ vat: ExactDecimal, of base: ExactDecimal, at rate: ExactDecimal) -> Bool {
            guard let expected = (base * rate).divided(by: ExactDecimal(100), scale: 2) else { return false }
            return (expected - vat).magnitude <= cent
        }
        for line in lines {
            let numbers = PrintedNumber.all(in: line.text)
            for (index, rate) in numbers.enumerated()
            where (rate.isPercentage && rate.value.magnitude <= ExactDecimal(30))
                || (!rate.isAmount && Self.frenchRates.contains(rate.value))
            {
                let following = Array(numbers[(index + 1)...].prefix { $0.isAmount && !$0.isPercentage })
                if rate.isPercentage, following.count == 1 {
                    singles[rate.value, default: []].append(following[0].value)
                }
                guard following.count >= 2, following[0].fractionDigits == 2 else { continue }
                let (base, vat) = (following[0].value, following[1].value)
                guard isVAT(vat, of: base, at: rate.value) else { continue }
                if seen.insert("\(rate.value.twoDecimals)|\(base.twoDecimals)").inserted {
                    rows.append(.init(rate: rate.value.twoDecimals, base: base.twoDecimals, amount: vat.twoDecimals))
                }
            }
        }
        let rowRates = Set(rows.compactMap(\.rate))
        for (rate, values) in singles.sorted(by: { $0.key > $1.key }) where !rowRates.contains(rate.twoDecimals) {
            pairing: for base in values {
                for vat in values where vat.magnitude < base.magnitude && isVAT(vat, of: base, at: rate) {
                    rows.append(.init(rate: rate.twoDecimals, base: base.twoDecimals, amount: vat.twoDecimals))
                    break pairing
                }
            }
        }
        return rows
    }

    /// The one row missing from a breakdown: the base and VAT the totals leave over, when exactly
    /// one French rate (not yet in the breakdown; among the lines' rates when several fit) gives
    /// that VAT for that base to the cent.
    static func missingRow(
        of rows: [ExtractedInvoice.VATLine],
        total: (ht: ExactDecimal, tva: ExactDecimal, ttc: ExactDecimal),
        lineRates: Set<String>
    ) -> ExtractedInvoice.VATLine? {
        let base = total.ht - rows.compactMap { $0.base.flatMap(ExactDecimal.init) }.reduce(ExactDecimal.zero, +)
        let vat = total.tva - rows.compactMap { $0.amount.flatMap(ExactDecimal.init) }.reduce(ExactDecimal.zero, +)
        guard !rows.isEmpty, !base.isZero, !vat.isZero, base.isNegative == total.ht.isNegative,
            vat.isNegative == base.isNegative, vat.magnitude < base.magnitude
        else { return nil }
        let taken = Set(rows.compactMap(\.rate))
        let fitting = frenchRates.filter { rate in
            guard !taken.contains(rate.twoDecimals),
                let expected = (base * rate).divided(by: ExactDecimal(100), scale: 2)
            else { return false }
            return (expected - vat).magnitude <= ExactDecimal(significand: 1, scale: 2)
        }
        let chosen = fitting.count == 1 ? fitting : fitting.filter { lineRates.contains($0.twoDecimals) }
        guard chosen.count == 1, let rate = chosen.first else { return nil }
        return .init(rate: rate.twoDecimals, base: base.twoDecimals, amount: vat.twoDecimals)
    }

    /// Words after `Total` that make it another total than TTC.
    static let qualifiers = ["tva", "vat", "ht", "h.t", "hors", "excl", "(excl", "net", "tax"]

    /// The totals (HT, TVA, TTC) when one of them is missing from the candidates: the first TTC
    /// and TVA, or HT and TVA, whose VAT is a French rate of the HT to the cent.
    static func derivedTotals(
        hts: [ExactDecimal],
        tvas: [ExactDecimal],
        ttcs: [ExactDecimal]
    ) -> (ht: ExactDecimal, tva: ExactDecimal, ttc: ExactDecimal)? {
        func isRateOf(_ tva: ExactDecimal, _ ht: ExactDecimal) -> Bool {
            guard !tva.isZero, !ht.isZero, tva.magnitude < ht.magnitude else { return false }
            return frenchRates.contains { rate in
                guard let vat = (ht * rate).divided(by: ExactDecimal(100), scale: 2) else { return false }
                return (vat - tva).magnitude <= ExactDecimal(significand: 1, scale: 2)
            }
        }
        for ttc in ttcs.prefix(2) {
            for tva in tvas.prefix(3) where isRateOf(tva, ttc - tva) { return (ttc - tva, tva, ttc) }
        }
        for ht in hts.prefix(2) {
            for tva in tvas.prefix(3) where isRateOf(tva, ht) { return (ht, tva, ht + tva) }
        }
        return nil
    }

    private mutating func findBreakdown(
        lineRates: Set<String>,
        total: (ht: ExactDecimal, tva: ExactDecimal, ttc: ExactDecimal)?,
        rows: [ExtractedInvoice.VATLine]
    ) {
        guard let total else {
            set("vat_breakdown", 0.2)
            return
        }
        if total.tva.isZero {
            // No VAT: no breakdown for a franchise, which prints no rate; an exemption printing its
            // 0 % row over the whole base (`TVA 0% export  530,75  0,00`) has that row.
            let zero = rows.filter {
                $0.rate.flatMap(ExactDecimal.init)?.isZero == true && $0.base.flatMap(ExactDecimal.init) == total.ht
            }
            result.vatBreakdown = Array(zero.prefix(1))
            set("vat_breakdown", 0.8)
            return
        }
        let baseSum = rows.compactMap { $0.base.flatMap(ExactDecimal.init) }.reduce(ExactDecimal.zero, +)
        if !rows.isEmpty, baseSum == total.ht {
            result.vatBreakdown = rows
            set("vat_breakdown", 0.95)
        } else if let missing = Self.missingRow(of: rows, total: total, lineRates: lineRates) {
            // All rows but one read: the totals give the last one, checked by its rate.
            result.vatBreakdown = rows + [missing]
            set("vat_breakdown", 0.8)
        } else if lineRates.filter({ $0 != "0.00" }).count == 1, let rate = lineRates.first(where: { $0 != "0.00" }) {
            result.vatBreakdown = [.init(rate: rate, base: total.ht.twoDecimals, amount: total.tva.twoDecimals)]
            set("vat_breakdown", 0.8)
        } else if let row = rows.first(where: { $0.base == total.ht.twoDecimals }) {
            result.vatBreakdown = [row]
            set("vat_breakdown", 0.7)
        } else if let rate = Self.frenchRates.first(where: { rate in
            guard let vat = (total.ht * rate).divided(by: ExactDecimal(100), scale: 2) else { return false }
            return (vat - total.tva).magnitude <= ExactDecimal(significand: 1, scale: 2)
        }) {
            // One rate explains the totals: a single-rate invoice.
            result.vatBreakdown = [
                .init(rate: rate.twoDecimals, base: total.ht.twoDecimals, amount: total.tva.twoDecimals)
            ]
            set("vat_breakdown", 0.6)
        } else {
            set("vat_breakdown", 0.2)
        }
    }

    /// Gives lines printed without a VAT rate the rate of the breakdown they add up to: the only
    /// rate, or, for a few lines, the one assignment whose sums per rate equal the breakdown's bases.
    private mutating func fillLineRates() {
        for index in result.lines.indices {
            // A rate that is no French rate but one with its decimal separator lost (`21 %` for `2,1 %`).
            guard let printed = result.lines[index].vatRate.flatMap(ExactDecimal.init), !printed.isZero,
                !Self.frenchRates.contains(printed), printed.rounded(scale: 0).significand.magnitude < 100
            else { continue }
            let shifted = ExactDecimal(significand: printed.rounded(scale: 0).significand, scale: 1)
            if Self.frenchRates.contains(shifted) { result.lines[index].vatRate = shifted.twoDecimals }
        }
        if result.totalTVA.flatMap(ExactDecimal.init)?.isZero == true, result.confidence["total_tva"] ?? 0 >= 0.9 {
            // No VAT at all (franchise, exemption): every line is at 0 %.
            for index in result.lines.indices where result.lines[index].vatRate == nil {
                result.lines[index].vatRate = "0.00"
            }
        }
        // With a complete breakdown (its bases add up to the total without VAT), a line's rate it
        // does not list is misread, and is decided below like a rate not read.
        let breakdownRates = result.vatBreakdown.map { $0.rate.flatMap(ExactDecimal.init) }
        let breakdownBases = result.vatBreakdown.map { $0.base.flatMap(ExactDecimal.init) }
        if !breakdownRates.contains(nil), !breakdownBases.contains(nil), !breakdownRates.isEmpty,
            let totalHT = result.totalHT.flatMap(ExactDecimal.init),
            breakdownBases.compactMap({ $0 }).reduce(ExactDecimal.zero, +) == totalHT
        {
            let listed = Set(breakdownRates.compactMap { $0 })
            for index in result.lines.indices {
                if let rate = result.lines[index].vatRate.flatMap(ExactDecimal.init), !listed.contains(rate) {
                    result.lines[index].vatRate = nil
                }
            }
        }
        let missing = result.lines.indices.filter { result.lines[$0].vatRate == nil }
        guard !missing.isEmpty, !result.vatBreakdown.isEmpty else { return }
        if result.vatBreakdown.count == 1 {
            for index in missing { result.lines[index].vatRate = result.vatBreakdown[0].rate }
            return
        }
        // The lines without a rate share what the lines with one leave of each rate's base.
        let amounts = missing.map { result.lines[$0].lineTotal.flatMap(ExactDecimal.init) }
        let targets = result.vatBreakdown.map { row -> ExactDecimal? in
            guard let base = row.base.flatMap(ExactDecimal.init), let rate = row.rate.flatMap(ExactDecimal.init) else {
                return nil
            }
            let known = result.lines.filter { $0.vatRate.flatMap(ExactDecimal.init) == rate }
            let knownTotals = known.map { $0.lineTotal.flatMap(ExactDecimal.init) }
            guard !knownTotals.contains(nil) else { return nil }
            return knownTotals.compactMap { $0 }.reduce(base, -)
        }
        guard amounts.count <= 10, targets.count <= 4, !amounts.contains(nil), !targets.contains(nil) else { return }
        let values = amounts.compactMap { $0 }
        let bases = targets.compactMap { $0 }
        var sums = [ExactDecimal](repeating: .zero, count: bases.count)
        var choice = [Int](repeating: 0, count: values.count)
        var solutions = 0
        var found: [Int] = []
        func assign(_ index: Int) {
            guard solutions < 2 else { return }
            if index == values.count {
                if sums == bases {
                    solutions += 1
                    found = choice
                }
                return
            }
            for rate in bases.indices {
                sums[rate] += values[index]
                choice[index] = rate
                assign(index + 1)
                sums[rate] -= values[index]
            }
        }
        assign(0)
        // Only an assignment that is the only one.
        guard solutions == 1 else { return }
        for (position, rate) in found.enumerated() {
            result.lines[missing[position]].vatRate = result.vatBreakdown[rate].rate
        }
    }

    /// The VAT rates of France (mainland, Corsica, overseas departments), most common first.
    static let frenchRates: [ExactDecimal] = [
        ExactDecimal(20), ExactDecimal(10), ExactDecimal(significand: 55, scale: 1),
        ExactDecimal(significand: 21, scale: 1),
        ExactDecimal(significand: 85, scale: 1), ExactDecimal(13), ExactDecimal(significand: 9, scale: 1),
        ExactDecimal(significand: 175, scale: 2), ExactDecimal(significand: 105, scale: 2),
    ]

    /// A credit note's amounts are negative in the record, whatever sign it prints.
    private mutating func makeNegative() {
        func negative(_ text: String?) -> String? {
            guard let text, let value = ExactDecimal(text), !value.isZero else { return text }
            return value.isNegative ? text : (ExactDecimal.zero - value).twoDecimals
        }
        result.totalHT = negative(result.totalHT)
        result.totalTVA = negative(result.totalTVA)
        result.totalTTC = negative(result.totalTTC)
        result.amountDue = negative(result.amountDue)
        result.vatBreakdown = result.vatBreakdown.map {
            .init(rate: $0.rate, base: negative($0.base), amount: negative($0.amount))
        }
        result.lines = result.lines.map { line in
            var line = line
            if let total = line.lineTotal, let value = ExactDecimal(total), !value.isNegative, !value.isZero {
                line.lineTotal = negative(total)
                if let quantity = line.quantity, let amount = ExactDecimal(quantity), !amount.isNegative {
                    line.quantity = (ExactDecimal.zero - amount).plain
                }
            }
            return line
        }
    }
}

extension String {
    /// ``foldedForLabels`` without collapsing spaces: one character per character of the original.
    var foldedLabelsSameLength: String {
        String(lowercased().foldingFrenchAccents.map { $0 == "’" ? "'" : ($0 == "\u{00A0}" ? " " : $0) })
    }

    /// The character-offset ranges where `word` occurs with no letter or digit right before or after it.
    func ranges(ofWord word: String) -> [Range<Int>] {
        let characters = Array(self)
        let target = Array(word)
        guard !target.isEmpty, target.count <= characters.count else { return [] }
        var found: [Range<Int>] = []
        var index = 0
        while index + target.count <= characters.count {
            if characters[index] == target[0], Array(characters[index..<index + target.count]) == target {
                let beforeOK = index == 0 || !characters[index - 1].isLetterOrDigit || !target[0].isLetterOrDigit
                let after = index + target.count
                let afterOK =
                    after == characters.count || !characters[after].isLetterOrDigit
                    || !(target.last?.isLetterOrDigit ?? false)
                if beforeOK, afterOK {
                    found.append(index..<after)
                    index = after
                    continue
                }
            }
            index += 1
        }
        return found
    }

    /// The first occurrence of `word` as a whole word.
    func rangeOfWord(_ word: String) -> Range<Int>? { ranges(ofWord: word).first }

    /// The last occurrence of `word` as a whole word.
    func lastRangeOfWord(_ word: String) -> Range<Int>? { ranges(ofWord: word).last }

    /// Whether `word` occurs as a whole word.
    func containsWord(_ word: String) -> Bool { rangeOfWord(word) != nil }

    /// The character-offset range of the first occurrence of `text`.
    func range(of text: String) -> Range<Int>? {
        let characters = Array(self)
        let target = Array(text)
        guard !target.isEmpty, target.count <= characters.count else { return nil }
        for index in 0...(characters.count - target.count)
        where Array(characters[index..<index + target.count]) == target {
            return index..<index + target.count
        }
        return nil
    }

    /// Without the given characters at either end.
    func trimmingCharacters(in set: String) -> String {
        let characters = Array(self)
        var start = 0
        var end = characters.count
        while start < end, set.contains(characters[start]) { start += 1 }
        while end > start, set.contains(characters[end - 1]) { end -= 1 }
        return String(characters[start..<end])
    }
}

extension Substring {
    /// Without the given characters at either end.
    func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
