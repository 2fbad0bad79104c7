// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The words of one page, as a PDF text layer or a text recognizer gives them.
public struct TextPage: Sendable, Hashable {
    /// Where the words of a page come from.
    public enum Origin: String, Sendable, Hashable {
        /// The PDF's own text layer: exact text, confidence 1.
        case textLayer
        /// A text recognizer reading an image of the page.
        case recognition
    }

    /// The page's number in its document, from 1.
    public var number: Int
    /// The page's width, in the unit of the boxes.
    public var width: Double
    /// The page's height, in the unit of the boxes.
    public var height: Double
    /// The words, in the order the source gave them.
    public var words: [TextWord]
    /// Where the words come from.
    public var origin: Origin

    /// Creates a page.
    public init(number: Int, width: Double, height: Double, words: [TextWord], origin: Origin) {
        self.number = number
        self.width = width
        self.height = height
        self.words = words
        self.origin = origin
    }

    /// The words grouped into visual lines, top to bottom, each left to right.
    ///
    /// A word joins the line whose vertical band it overlaps most (by at least half of the
    /// shorter height), which keeps the label and the value of a two-column layout on one line
    /// even when their baselines differ by a point or two, and keeps the lines of a table apart.
    public var lines: [TextLine] {
        TextLine.lines(of: words)
    }

    /// The whole text, one visual line per line of text.
    public var text: String {
        lines.map(\.text).joined(separator: "\n")
    }
}
