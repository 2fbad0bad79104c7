// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The words of one visual line of a page, left to right.
public struct TextLine: Sendable, Hashable, CustomStringConvertible {
    /// The words, left to right.
    public var words: [TextWord]

    /// Creates a line from its words (sorted left to right).
    public init(words: [TextWord]) {
        self.words = words.sorted { $0.box.x < $1.box.x }
    }

    /// The box holding every word.
    public var box: TextBox {
        guard let first = words.first else { return TextBox(x: 0, y: 0, width: 0, height: 0) }
        return words.dropFirst().reduce(first.box) { $0.union($1.box) }
    }

    /// The words joined by single spaces.
    public var text: String {
        words.map(\.text).joined(separator: " ")
    }

    /// The lowest confidence of its words (1 for an empty line).
    public var confidence: Double {
        words.map(\.confidence).min() ?? 1
    }

    /// The text.
    public var description: String { text }

    /// The runs of words separated by gaps wider than `gap` times the line's height: the cells of
    /// a table row, or the label and value columns of a header block.
    public func segments(gap: Double = 1.2) -> [TextLine] {
        guard !words.isEmpty else { return [] }
        let height = max(1, words.map(\.box.height).max() ?? 1)
        var segments: [[TextWord]] = [[words[0]]]
        for word in words.dropFirst() {
            let previous = segments[segments.count - 1].last!.box
            if word.box.x - previous.maxX > gap * height {
                segments.append([word])
            } else {
                segments[segments.count - 1].append(word)
            }
        }
        return segments.map(TextLine.init(words:))
    }

    /// Groups words into lines, top to bottom.
    ///
    /// A line is a band around the mean middle of its words, as tall as the word that started it:
    /// it does not grow as words join, so two close lines of a totals block stay two lines. A band
    /// started by a speck read as a word (a `:` or a `|` under half the page's median word height)
    /// takes the middle and height of the first real word that joins it: too thin, it would split
    /// its row in two.
    static func lines(of words: [TextWord]) -> [TextLine] {
        let ordered = words.filter { !$0.text.isEmpty }.sorted { $0.box.midY < $1.box.midY }
        let heights = ordered.map(\.box.height).sorted()
        let typical = heights.isEmpty ? 0 : heights[heights.count / 2]
        struct Band {
            var words: [TextWord]
            var middleSum: Double
            var middleCount: Int
            var height: Double
            var isSpeck: Bool
            var box: TextBox {
                let middle = middleSum / Double(middleCount)
                return TextBox(x: 0, y: middle - height / 2, width: 1, height: height)
            }
        }
        var bands: [Band] = []
        for word in ordered {
            let isSpeck = word.box.height < typical / 2
            // Words come by their middle, so only the last few bands can still take one.
            var best: (index: Int, overlap: Double)?
            for index in bands.indices.suffix(8).reversed() {
                let overlap = bands[index].box.verticalOverlap(with: word.box)
                if overlap >= 0.5, overlap > (best?.overlap ?? 0) { best = (index, overlap) }
            }
            if let index = best?.index {
                bands[index].words.append(word)
                if bands[index].isSpeck, !isSpeck {
                    bands[index].middleSum = word.box.midY
                    bands[index].middleCount = 1
                    bands[index].height = max(1, word.box.height)
                    bands[index].isSpeck = false
                } else {
                    bands[index].middleSum += word.box.midY
                    bands[index].middleCount += 1
                }
            } else {
                bands.append(
                    Band(
                        words: [word],
                        middleSum: word.box.midY,
                        middleCount: 1,
                        height: max(1, word.box.height),
                        isSpeck: isSpeck
                    )
                )
            }
        }
        return bands.map { TextLine(words: $0.words) }.sorted { $0.box.y < $1.box.y }
    }
}
