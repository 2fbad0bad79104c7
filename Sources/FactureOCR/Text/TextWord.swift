// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A word read from a page: its text, where it is, and how sure the reader is of it.
public struct TextWord: Sendable, Hashable, CustomStringConvertible {
    /// The text, without surrounding spaces.
    public var text: String
    /// Where the word is on its page.
    public var box: TextBox
    /// How sure the reader is of the text, 0–1: 1 for a PDF text layer, the recognizer's
    /// confidence for a scan.
    public var confidence: Double

    /// Creates a word.
    public init(text: String, box: TextBox, confidence: Double = 1) {
        self.text = text
        self.box = box
        self.confidence = min(1, max(0, confidence))
    }

    /// The text.
    public var description: String { text }
}
