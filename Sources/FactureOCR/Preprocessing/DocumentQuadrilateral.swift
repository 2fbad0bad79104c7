// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The four corners of a sheet of paper in a photo, in the photo's pixel coordinates (origin top
/// left, y down).
///
/// Found by ``find(in:)`` when the paper is lighter than what lies around it; a flat scan, where
/// the paper is the whole image, has none.
public struct DocumentQuadrilateral: Sendable, Hashable {
    /// A point in pixels.
    public struct Point: Sendable, Hashable {
        /// Distance from the left edge.
        public var x: Double
        /// Distance from the top edge.
        public var y: Double

        /// Creates a point.
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }

        func distance(to other: Point) -> Double {
            ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
        }
    }

    /// The corner nearest the photo's top left.
    public var topLeft: Point
    /// The corner nearest the photo's top right.
    public var topRight: Point
    /// The corner nearest the photo's bottom right.
    public var bottomRight: Point
    /// The corner nearest the photo's bottom left.
    public var bottomLeft: Point

    /// Creates a quadrilateral from its corners, clockwise from the top left.
    public init(topLeft: Point, topRight: Point, bottomRight: Point, bottomLeft: Point) {
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomRight = bottomRight
        self.bottomLeft = bottomLeft
    }

    /// The corners clockwise from the top left.
    public var corners: [Point] { [topLeft, topRight, bottomRight, bottomLeft] }

    /// The enclosed area in square pixels.
    public var area: Double {
        let points = corners
        var twice = 0.0
        for index in points.indices {
            let next = points[(index + 1) % points.count]
            twice += points[index].x * next.y - next.x * points[index].y
        }
        return abs(twice) / 2
    }

    /// The size of the straightened sheet: the mean lengths of opposite sides.
    public var straightenedSize: (width: Double, height: Double) {
        (
            (topLeft.distance(to: topRight) + bottomLeft.distance(to: bottomRight)) / 2,
            (topLeft.distance(to: bottomLeft) + topRight.distance(to: bottomRight)) / 2
        )
    }

    /// The corners scaled by `factor` (from a reduced copy back to the full image).
    func scaled(by factor: Double) -> DocumentQuadrilateral {
        func scale(_ point: Point) -> Point { Point(x: point.x * factor, y: point.y * factor) }
        return DocumentQuadrilateral(
            topLeft: scale(topLeft),
            topRight: scale(topRight),
            bottomRight: scale(bottomRight),
            bottomLeft: scale(bottomLeft)
        )
    }

    /// The sheet of paper in `image`, or `nil` when there is no convincing one.
    ///
    /// The image is split into light and dark by Otsu's threshold; the largest light region
    /// (4-connected), holes included, must fill the quadrilateral of its extreme corners (a sheet,
    /// not a blob), cover between 15 % and 92 % of the image (a flat scan is all paper), have the
    /// proportions of a sheet of paper (1.2 to 1.75) and be clearly lighter than the rest.
    public static func find(in image: PageImage) -> DocumentQuadrilateral? {
        let width = image.width
        let height = image.height
        let pixels = image.pixels
        guard width >= 16, height >= 16 else { return nil }
        let threshold = otsuThreshold(pixels)
        var light = pixels.map { $0 > threshold }
        // Light regions, 4-connected; keep the largest.
        var label = [Int32](repeating: 0, count: pixels.count)
        var largest: (label: Int32, size: Int) = (0, 0)
        var next: Int32 = 0
        var stack: [Int] = []
        for start in pixels.indices where light[start] && label[start] == 0 {
            next += 1
            label[start] = next
            stack.append(start)
            var size = 0
            while let index = stack.popLast() {
                size += 1
                let x = index % width
                for neighbour in [
                    x > 0 ? index - 1 : -1, x < width - 1 ? index + 1 : -1, index - width, index + width,
                ] where neighbour >= 0 && neighbour < pixels.count && light[neighbour] && label[neighbour] == 0 {
                    label[neighbour] = next
                    stack.append(neighbour)
                }
            }
            if size > largest.size { largest = (next, size) }
        }
        guard largest.size > 0 else { return nil }
        // The region with its holes: everything not reached from the border through other pixels.
        for index in light.indices { light[index] = label[index] == largest.label }
        var outside = [Bool](repeating: false, count: pixels.count)
        for x in 0..<width {
            stack.append(x)
            stack.append((height - 1) * width + x)
        }
        for y in 0..<height {
            stack.append(y * width)
            stack.append(y * width + width - 1)
        }
        while let index = stack.popLast() {
            guard !light[index], !outside[index] else { continue }
            outside[index] = true
            let x = index % width
            if x > 0 { stack.append(index - 1) }
            if x < width - 1 { stack.append(index + 1) }
            if index >= width { stack.append(index - width) }
            if index + width < pixels.count { stack.append(index + width) }
        }
        // Corners: the extremes of x + y and x − y over the region.
        var extremes = (
            topLeft: (value: Int.max, index: 0), bottomRight: (value: Int.min, index: 0),
            topRight: (value: Int.min, index: 0), bottomLeft: (value: Int.max, index: 0)
        )
        var filled = 0
        var insideSum = 0
        var outsideSum = 0
        for index in pixels.indices {
            guard !outside[index] else {
                outsideSum += Int(pixels[index])
                continue
            }
            filled += 1
            insideSum += Int(pixels[index])
            let x = index % width
            let y = index / width
            if x + y < extremes.topLeft.value { extremes.topLeft = (x + y, index) }
            if x + y > extremes.bottomRight.value { extremes.bottomRight = (x + y, index) }
            if x - y > extremes.topRight.value { extremes.topRight = (x - y, index) }
            if x - y < extremes.bottomLeft.value { extremes.bottomLeft = (x - y, index) }
        }
        func point(_ index: Int) -> Point { Point(x: Double(index % width) + 0.5, y: Double(index / width) + 0.5) }
        let quadrilateral = DocumentQuadrilateral(
            topLeft: point(extremes.topLeft.index),
            topRight: point(extremes.topRight.index),
            bottomRight: point(extremes.bottomRight.index),
            bottomLeft: point(extremes.bottomLeft.index)
        )
        let total = Double(pixels.count)
        let coverage = quadrilateral.area / total
        let fill = Double(filled) / max(quadrilateral.area, 1)
        let outsideCount = pixels.count - filled
        guard coverage > 0.15, coverage < 0.92, fill > 0.93, fill < 1.07, outsideCount > 0 else { return nil }
        let contrast = Double(insideSum) / Double(filled) - Double(outsideSum) / Double(outsideCount)
        guard contrast > 40 else { return nil }
        // Every side at least a quarter of the image's smaller dimension.
        let sides = zip(quadrilateral.corners, quadrilateral.corners.dropFirst() + [quadrilateral.topLeft])
        guard sides.allSatisfy({ $0.distance(to: $1) > Double(min(width, height)) / 4 }) else { return nil }
        // Paper proportions, from US Letter (1.29) to Legal (1.65) through A4 (1.41): a region of
        // other proportions is part of a sheet (a dark margin band left out) or something else.
        let size = quadrilateral.straightenedSize
        let proportion = max(size.width, size.height) / max(1, min(size.width, size.height))
        guard (1.2...1.75).contains(proportion) else { return nil }
        return quadrilateral
    }

    /// Otsu's threshold: the grey level splitting the histogram into the two classes of largest
    /// between-class variance (pixels above it are light).
    static func otsuThreshold(_ pixels: [UInt8]) -> UInt8 {
        var histogram = [Int](repeating: 0, count: 256)
        for pixel in pixels { histogram[Int(pixel)] += 1 }
        let total = Double(pixels.count)
        let sum = histogram.indices.reduce(0.0) { $0 + Double($1 * histogram[$1]) }
        var belowCount = 0.0
        var belowSum = 0.0
        var best = (variance: -1.0, level: 127)
        for level in 0..<255 {
            belowCount += Double(histogram[level])
            belowSum += Double(level * histogram[level])
            let aboveCount = total - belowCount
            guard belowCount > 0, aboveCount > 0 else { continue }
            let difference = belowSum / belowCount - (sum - belowSum) / aboveCount
            let variance = belowCount * aboveCount * difference * difference
            if variance > best.variance { best = (variance, level) }
        }
        return UInt8(best.level)
    }
}
