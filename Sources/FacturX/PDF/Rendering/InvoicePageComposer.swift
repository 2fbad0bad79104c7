// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The two fonts of a rendered invoice.
enum InvoiceFontStyle: Int, Sendable, Hashable {
    /// DejaVu Sans, resource `/F1`.
    case regular = 1
    /// DejaVu Sans Bold, resource `/F2`.
    case bold = 2
}

/// Draws text and rules on A4 pages top to bottom, starting a new page when the next block does
/// not fit, and repeating a table header on the new page when one is set.
///
/// Coordinates are PDF points from the bottom-left corner. Text is encoded to WinAnsi; characters
/// outside it are drawn as `?` and collected in ``unencodableCharacters``.
final class InvoicePageComposer {
    /// A4 width in points.
    static let pageWidth = 595.28
    /// A4 height in points.
    static let pageHeight = 841.89
    /// Left margin.
    static let left = 40.0
    /// Right edge of the content.
    static let right = pageWidth - 40
    /// Top of the content.
    static let top = pageHeight - 40
    /// Lowest baseline for content; the footer lives below.
    static let bottom = 60.0

    /// The regular font.
    let regular: TrueTypeFont
    /// The bold font.
    let bold: TrueTypeFont
    /// The content stream of each page.
    private(set) var pages: [[UInt8]] = [[]]
    /// The current vertical position: the top of the next block.
    var y = top
    /// Draws a table header at the top of a new page, or `nil` outside a table.
    var repeatedHeader: ((InvoicePageComposer) -> Void)?
    /// Characters that WinAnsi cannot encode, in order of first appearance.
    private(set) var unencodableCharacters: [Character] = []
    /// The WinAnsi codes drawn with each font, for subsetting the embedded fonts.
    private(set) var usedCodes: [InvoiceFontStyle: Set<UInt8>] = [:]

    /// A composer with these fonts.
    init(regular: TrueTypeFont, bold: TrueTypeFont) {
        self.regular = regular
        self.bold = bold
    }

    /// Starts a new page when fewer than `height` points are left, then redraws the repeated header.
    func ensureSpace(_ height: Double) {
        guard y - height < Self.bottom, y < Self.top else { return }
        newPage()
    }

    /// Starts a new page unconditionally.
    func newPage() {
        pages.append([])
        y = Self.top
        repeatedHeader?(self)
    }

    /// Appends raw operators to the current page.
    func append(_ operators: String) {
        pages[pages.count - 1].append(contentsOf: operators.utf8)
    }

    /// Appends operators to page `index` (for footers drawn once the page count is known).
    func append(_ operators: [UInt8], toPage index: Int) {
        pages[index].append(contentsOf: operators)
    }

    /// `text` in WinAnsi codes, recording unencodable characters.
    func encode(_ text: String) -> [UInt8] {
        var codes: [UInt8] = []
        for character in text {
            var encoded: [UInt8] = []
            for scalar in character.unicodeScalars {
                if let code = WinAnsiEncoding.code(for: scalar) {
                    encoded.append(code)
                } else if scalar.properties.generalCategory == .nonspacingMark
                    || scalar.properties.generalCategory == .format
                {
                    continue
                } else {
                    encoded = [UInt8(ascii: "?")]
                    if !unencodableCharacters.contains(character) { unencodableCharacters.append(character) }
                    break
                }
            }
            codes.append(contentsOf: encoded)
        }
        return codes
    }

    /// The width of `text` in points.
    func width(_ text: String, style: InvoiceFontStyle, size: Double) -> Double {
        (style == .bold ? bold : regular).width(of: WinAnsiEncoding.codesIgnoringErrors(text), size: size)
    }

    /// The operators that draw `text` with its baseline at (`x`, `y`), without touching the state.
    func textOperators(_ text: String, x: Double, y: Double, style: InvoiceFontStyle, size: Double) -> [UInt8] {
        var operators = Array("BT /F\(style.rawValue) \(PDFContentSyntax.number(size)) Tf ".utf8)
        operators += Array("\(PDFContentSyntax.number(x)) \(PDFContentSyntax.number(y)) Td ".utf8)
        let codes = encode(text)
        usedCodes[style, default: []].formUnion(codes)
        operators += PDFContentSyntax.literal(codes)
        operators += Array(" Tj ET\n".utf8)
        return operators
    }

    /// Draws `text` starting at `x` with its baseline at `baseline`.
    func text(_ text: String, x: Double, baseline: Double, style: InvoiceFontStyle = .regular, size: Double = 9) {
        guard !text.isEmpty else { return }
        pages[pages.count - 1] += textOperators(text, x: x, y: baseline, style: style, size: size)
    }

    /// Draws `text` ending at `right`.
    func textRight(
        _ text: String,
        right: Double,
        baseline: Double,
        style: InvoiceFontStyle = .regular,
        size: Double = 9
    ) {
        self.text(text, x: right - width(text, style: style, size: size), baseline: baseline, style: style, size: size)
    }

    /// Draws a horizontal rule at height `y` from `x1` to `x2`.
    func rule(at y: Double, from x1: Double = left, to x2: Double = right, width: Double = 0.5) {
        let n = PDFContentSyntax.number
        append("\(n(width)) w \(n(x1)) \(n(y)) m \(n(x2)) \(n(y)) l S\n")
    }

    /// Fills a light grey rectangle whose top-left corner is (`x`, `top`).
    func shade(x: Double, top: Double, width: Double, height: Double) {
        let n = PDFContentSyntax.number
        append("0.92 g \(n(x)) \(n(top - height)) \(n(width)) \(n(height)) re f 0 g\n")
    }

    /// `text` broken into lines no wider than `width`, at spaces and line breaks, splitting words
    /// that are wider than a line.
    func wrap(_ text: String, width: Double, style: InvoiceFontStyle = .regular, size: Double = 9) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                let candidate = current.isEmpty ? word : current + " " + word
                if self.width(candidate, style: style, size: size) <= width {
                    current = candidate
                    continue
                }
                if !current.isEmpty { lines.append(current) }
                current = ""
                while self.width(word, style: style, size: size) > width, word.count > 1 {
                    var cut = word.count - 1
                    while cut > 1, self.width(String(word.prefix(cut)), style: style, size: size) > width { cut -= 1 }
                    lines.append(String(word.prefix(cut)))
                    word = String(word.dropFirst(cut))
                }
                current = word
            }
            lines.append(current)
        }
        return lines
    }

    /// Draws `text` wrapped to `width` from the current position, one block per line, and moves down.
    func paragraph(
        _ text: String,
        x: Double = left,
        width: Double = right - left,
        style: InvoiceFontStyle = .regular,
        size: Double = 9,
        leading: Double? = nil
    ) {
        let leading = leading ?? size * 1.3
        for line in wrap(text, width: width, style: style, size: size) {
            ensureSpace(leading)
            y -= leading
            self.text(line, x: x, baseline: y + leading * 0.25, style: style, size: size)
        }
    }
}

extension WinAnsiEncoding {
    /// `text` in WinAnsi codes with `?` for characters outside the encoding, for measuring.
    static func codesIgnoringErrors(_ text: String) -> [UInt8] {
        text.unicodeScalars.compactMap { scalar in
            if let code = code(for: scalar) { return code }
            let category = scalar.properties.generalCategory
            return category == .nonspacingMark || category == .format ? nil : UInt8(ascii: "?")
        }
    }
}
