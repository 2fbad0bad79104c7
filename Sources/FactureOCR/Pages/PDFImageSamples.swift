// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The samples of a PDF image XObject (PDF 32000-1 §8.9), decoded from their filters, and how they
/// become 8-bit grey levels.
///
/// Samples are packed row by row from the top, each row starting on a byte boundary, with
/// `bitsPerComponent` bits per colour component (1, 2, 4 or 8).
struct PDFImageSamples: Sendable, Hashable {
    /// What a sample means.
    enum Colors: Sendable, Hashable {
        /// One grey component (DeviceGray, CalGray, a one-component ICC profile).
        case gray
        /// Red, green and blue components (DeviceRGB, CalRGB, a three-component ICC profile).
        case rgb
        /// An index into a palette, given here as the grey level of each entry (`hival + 1` of them).
        case palette([UInt8])
        /// A stencil mask (`/ImageMask true`, one bit): 0 paints the fill colour (black), 1 leaves
        /// the page (white).
        case mask
    }

    /// Width in samples.
    var width: Int
    /// Height in rows.
    var height: Int
    /// Bits per component: 1, 2, 4 or 8.
    var bitsPerComponent: Int
    /// What the samples mean.
    var colors: Colors
    /// Whether the `/Decode` array inverts the samples (`[1 0]` for each component).
    var inverted: Bool

    /// Components per sample.
    var components: Int { colors == .rgb ? 3 : 1 }

    /// Bytes per row of samples.
    var bytesPerRow: Int { (width * components * bitsPerComponent + 7) / 8 }

    /// The grey levels (0 black, 255 white), `width × height`, rows from the top; `nil` when
    /// `data` holds fewer rows than `height` (a torn stream: the page is then rendered instead).
    ///
    /// RGB becomes grey with leptonica's weights (0.3, 0.5, 0.2), as ``PageImage/init(encoded:)``
    /// converts colour files, so the same scan gives the same grey whether it is embedded as
    /// JPEG or as pixels.
    func grey(_ data: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let rowBytes = bytesPerRow
        guard [1, 2, 4, 8].contains(bitsPerComponent), width > 0, height > 0,
            data.count >= rowBytes * height, let source = data.baseAddress
        else { return nil }
        let table = levels()
        let bits = bitsPerComponent
        let maximum = (1 << bits) - 1
        let width = width
        let count = width * height
        let components = components
        return table.withUnsafeBufferPointer { table in
            [UInt8](unsafeUninitializedCapacity: count) { output, initialized in
                for y in 0..<height {
                    let row = source + y * rowBytes
                    let out = output.baseAddress.unsafelyUnwrapped + y * width
                    @inline(__always) func sample(_ index: Int) -> Int {
                        if bits == 8 { return Int(row[index]) }
                        let bit = index * bits
                        return Int(row[bit >> 3] >> UInt8(8 - bits - (bit & 7))) & maximum
                    }
                    if components == 1 {
                        for x in 0..<width { out[x] = table[sample(x)] }
                    } else {
                        for x in 0..<width {
                            let red = Int(table[sample(3 * x)])
                            let green = Int(table[sample(3 * x + 1)])
                            let blue = Int(table[sample(3 * x + 2)])
                            out[x] = UInt8(truncatingIfNeeded: (77 * red + 128 * green + 51 * blue + 128) >> 8)
                        }
                    }
                }
                initialized = count
            }
        }
    }

    /// The level of each sample value: grey for one component, the component's level for RGB.
    private func levels() -> [UInt8] {
        let maximum = (1 << bitsPerComponent) - 1
        return (0...maximum).map { value in
            switch colors {
            case .gray, .rgb:
                let level = UInt8((value * 255 + maximum / 2) / maximum)
                return inverted ? 255 - level : level
            case .mask:
                return (value == 0) != inverted ? 0 : 255
            case .palette(let greys):
                // Out-of-range indices take the last entry, as PDF readers clamp them to hival.
                return greys.isEmpty ? 0 : greys[min(value, greys.count - 1)]
            }
        }
    }
}

extension PageImage {
    /// The image turned clockwise by `degrees` (0, 90, 180 or 270; anything else leaves it as is):
    /// how a page with `/Rotate` is displayed.
    func rotated(clockwise degrees: Int) -> PageImage {
        let width = width
        let height = height
        let turns = ((degrees % 360) + 360) % 360
        guard turns == 90 || turns == 180 || turns == 270 else { return self }
        let rotated = pixels.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: width * height) { output, initialized in
                switch turns {
                case 90:
                    // The new image is `height` wide: its row y is the old column y, read bottom up.
                    for y in 0..<width {
                        for x in 0..<height { output[y * height + x] = source[(height - 1 - x) * width + y] }
                    }
                case 180:
                    for index in 0..<(width * height) { output[index] = source[width * height - 1 - index] }
                default:
                    // 270: the new row y is the old column `width - 1 - y`, read top down.
                    for y in 0..<width {
                        for x in 0..<height { output[y * height + x] = source[x * width + (width - 1 - y)] }
                    }
                }
                initialized = width * height
            }
        }
        let turned = turns == 180 ? (width, height) : (height, width)
        return PageImage(width: turned.0, height: turned.1, pixels: rotated, resolution: resolution)
    }
}
