// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// A rectangle on a page, in points (1/72 inch; a recognizer converts pixels by the image's
/// resolution), with the origin at the top left and y growing downwards, as a reader scans a page.
public struct TextBox: Sendable, Hashable, CustomStringConvertible {
    /// Left edge.
    public var x: Double
    /// Top edge.
    public var y: Double
    /// Width, never negative.
    public var width: Double
    /// Height, never negative.
    public var height: Double

    /// Creates a box; a negative width or height counts as zero.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// Right edge.
    public var maxX: Double { x + width }
    /// Bottom edge.
    public var maxY: Double { y + height }
    /// Vertical middle.
    public var midY: Double { y + height / 2 }
    /// Horizontal middle.
    public var midX: Double { x + width / 2 }

    /// The smallest box holding both.
    public func union(_ other: TextBox) -> TextBox {
        let left = min(x, other.x)
        let top = min(y, other.y)
        return TextBox(x: left, y: top, width: max(maxX, other.maxX) - left, height: max(maxY, other.maxY) - top)
    }

    /// How much of the shorter box's height the two boxes share vertically, 0–1.
    public func verticalOverlap(with other: TextBox) -> Double {
        let shared = min(maxY, other.maxY) - max(y, other.y)
        let shorter = min(height, other.height)
        guard shorter > 0 else { return shared >= 0 && abs(midY - other.midY) < 0.5 ? 1 : 0 }
        return max(0, min(1, shared / shorter))
    }

    /// `x,y wxh`, rounded to a tenth.
    public var description: String {
        func rounded(_ value: Double) -> String {
            let tenths = (value * 10).rounded() / 10
            return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
        }
        return "\(rounded(x)),\(rounded(y)) \(rounded(width))x\(rounded(height))"
    }
}
