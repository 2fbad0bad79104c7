// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureTesseract

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Prepares a scanned, faxed or photographed page for text recognition (leptonica): the document
/// cut out of a photo and straightened, the page turned upright, deskewed, and binarised where
/// that helps.
///
/// ```swift
/// let prepared = try PageImagePreprocessor().prepare(try PageImage(encoded: jpegBytes))
/// let page = try await recognizer.recognize(prepared.image, pageNumber: 1)
/// ```
///
/// Coordinates of words recognized in ``PreparedPage/image`` are those of the prepared image,
/// not of the input.
public struct PageImagePreprocessor: Sendable {
    /// When to binarise the prepared page.
    ///
    /// Tesseract thresholds a grey page itself (Otsu, one threshold for the page): on evenly lit
    /// scans and photos it reads better from the grey image than from a locally thresholded one
    /// (measured on the corpus), but a single threshold fails where a shadow darkens part of
    /// the page.
    public enum Binarization: Sendable, Hashable {
        /// Never: the recognizer thresholds the grey page.
        case never
        /// Only pages whose paper is unevenly lit (its brightness varies by more than 30 % across
        /// the page), with a local (Sauvola) threshold; others stay as they are.
        case automatic
        /// Always, with a local (Sauvola) threshold, except pages already bilevel.
        case always
    }

    /// What the preprocessing does.
    public struct Options: Sendable, Hashable {
        /// Turn pages lying sideways or upside down upright (quarter turns).
        public var correctsOrientation = true
        /// Rotate pages scanned slightly askew back to level.
        public var deskews = true
        /// Cut the sheet out of a photo and undo its perspective.
        public var straightensPhotos = true
        /// When to binarise.
        public var binarizes: Binarization = .automatic
        /// The smallest skew corrected, in degrees: below it the page is left as it is.
        public var minimumSkew = 0.1

        /// Every step on, binarisation automatic.
        public init() {}

        /// Options with each step chosen.
        public init(
            correctsOrientation: Bool = true,
            deskews: Bool = true,
            straightensPhotos: Bool = true,
            binarizes: Binarization = .automatic
        ) {
            self.correctsOrientation = correctsOrientation
            self.deskews = deskews
            self.straightensPhotos = straightensPhotos
            self.binarizes = binarizes
        }
    }

    /// What the preprocessing does.
    public var options: Options

    /// Creates a preprocessor.
    public init(options: Options = .init()) {
        self.options = options
    }

    /// The page upright, deskewed, the document cut out of a photo and straightened, binarised
    /// where it helps.
    ///
    /// - Throws: ``FactureOCRError`` with code `internalError` when leptonica fails (out of memory).
    public func prepare(_ image: PageImage) throws(FactureOCRError) -> PreparedPage {
        LeptonicaMessages.silence()
        var current = try LeptonicaImage(image)
        var resolution = image.resolution
        var prepared = PreparedPage(image: image)
        let bilevel = Self.isBilevel(image)

        if options.straightensPhotos, !bilevel, let found = try findDocument(in: current) {
            let straightened = try Self.straighten(current, along: found)
            current = straightened.image
            resolution = straightened.resolution ?? resolution
            current.setResolution(resolution)
            prepared.documentQuadrilateral = found
        }

        if options.correctsOrientation || options.deskews {
            let analysis = try Self.binarizedForAnalysis(current, bilevel: bilevel)
            if options.correctsOrientation {
                let turns = PageOrientationDetection.quarterTurnsToUpright(analysis)
                if turns != 0 {
                    current = try LeptonicaImage(taking: pixRotateOrth(current.pix, Int32(turns)), "rotate the page")
                    current.setResolution(resolution)
                    prepared.orientationCorrection = turns * 90
                }
            }
            if options.deskews {
                let source =
                    prepared.orientationCorrection == 0
                    ? analysis : try Self.binarizedForAnalysis(current, bilevel: bilevel)
                var angle: Float = 0
                var confidence: Float = 0
                if pixFindSkew(source.pix, &angle, &confidence) == 0, confidence > 0 {
                    prepared.measuredSkew = Double(angle)
                    if abs(Double(angle)) >= options.minimumSkew {
                        // Shear rotation moves pixels without resampling them: the text stays as
                        // sharp as scanned (interpolated rotation cost recognition on the corpus).
                        current = try LeptonicaImage(
                            taking: pixRotate(
                                current.pix,
                                angle * .pi / 180,
                                Int32(L_ROTATE_SHEAR),
                                Int32(L_BRING_IN_WHITE),
                                0,
                                0
                            ),
                            "deskew the page"
                        )
                        current.setResolution(resolution)
                        prepared.skewCorrection = Double(angle)
                    }
                }
            }
        }

        let binarizes: Bool
        switch options.binarizes {
        case .never: binarizes = false
        case .automatic: binarizes = bilevel ? false : Self.isUnevenlyLit(try current.pageImage(resolution: nil))
        case .always: binarizes = !bilevel
        }
        if binarizes {
            current = try Self.binarized(current, resolution: resolution)
            prepared.isBinarized = true
        }
        prepared.image = try current.pageImage(resolution: resolution)
        return prepared
    }

    /// Whether nearly every pixel is black or white (a fax, a bilevel scan).
    static func isBilevel(_ image: PageImage) -> Bool {
        var extremes = 0
        var sampled = 0
        var index = 0
        let step = max(1, image.pixels.count / 200_000)
        while index < image.pixels.count {
            let pixel = image.pixels[index]
            if pixel < 8 || pixel > 247 { extremes += 1 }
            sampled += 1
            index += step
        }
        return Double(extremes) >= 0.995 * Double(sampled)
    }

    /// Whether the paper's brightness varies by more than 30 % across the page: measured on a
    /// copy reduced to about 64 pixels wide, each pixel replaced by the lightest of its 21 × 21
    /// neighbourhood (the paper around the print and around dark printed bands), then the 10th
    /// and 90th percentiles compared (a stamp, a logo or a fold covers less than a tenth).
    static func isUnevenlyLit(_ image: PageImage) -> Bool {
        let cell = max(1, image.width / 64)
        let columns = image.width / cell
        let rows = image.height / cell
        guard columns >= 8, rows >= 8 else { return false }
        var means = [Double](repeating: 0, count: columns * rows)
        for row in 0..<rows {
            for column in 0..<columns {
                var sum = 0
                for y in (row * cell)..<(row * cell + cell) {
                    let start = y * image.width + column * cell
                    for x in start..<(start + cell) { sum += Int(image.pixels[x]) }
                }
                means[row * columns + column] = Double(sum) / Double(cell * cell)
            }
        }
        // A dark band printed down a side (a template's sidebar) is up to a quarter of the page
        // wide: the paper is looked for up to 10 cells (about 15 %) away.
        let reach = 10
        var paper: [Double] = []
        paper.reserveCapacity(means.count)
        for row in 0..<rows {
            for column in 0..<columns {
                var lightest = 0.0
                for y in max(0, row - reach)...min(rows - 1, row + reach) {
                    for x in max(0, column - reach)...min(columns - 1, column + reach) {
                        lightest = max(lightest, means[y * columns + x])
                    }
                }
                paper.append(lightest)
            }
        }
        paper.sort()
        let dark = paper[paper.count / 10]
        let light = paper[paper.count * 9 / 10]
        return light > 0 && (light - dark) / light > 0.3
    }

    /// The sheet in a photo, looked for on a copy reduced to about 600 pixels on its long side.
    private func findDocument(in image: LeptonicaImage) throws(FactureOCRError) -> DocumentQuadrilateral? {
        let factor = min(1, 600 / Double(max(image.width, image.height)))
        let reduced =
            factor < 1
            ? try LeptonicaImage(taking: pixScaleAreaMap(image.pix, Float(factor), Float(factor)), "reduce the page")
            : image
        let small = try reduced.pageImage(resolution: nil)
        guard let found = DocumentQuadrilateral.find(in: small) else { return nil }
        return found.scaled(by: Double(image.width) / Double(small.width))
    }

    /// `image` with `quadrilateral` mapped onto an upright rectangle of the sheet's proportions,
    /// and the resolution that makes it an A4 sheet when its proportions are those of A4.
    static func straighten(
        _ image: LeptonicaImage,
        along quadrilateral: DocumentQuadrilateral
    ) throws(FactureOCRError) -> (image: LeptonicaImage, resolution: Int?) {
        var (width, height) = quadrilateral.straightenedSize
        // The warp's output has the input's size: fit the rectangle in it.
        let fit = min(1, Double(image.width) / width, Double(image.height) / height)
        width = (width * fit).rounded(.down)
        height = (height * fit).rounded(.down)
        var source = ptaCreate(4)
        defer { ptaDestroy(&source) }
        var destination = ptaCreate(4)
        defer { ptaDestroy(&destination) }
        for corner in quadrilateral.corners { ptaAddPt(source, Float(corner.x), Float(corner.y)) }
        for corner in [(0.0, 0.0), (width, 0), (width, height), (0, height)] {
            ptaAddPt(destination, Float(corner.0), Float(corner.1))
        }
        let warped = try LeptonicaImage(
            taking: pixProjectivePta(image.pix, destination, source, Int32(L_BRING_IN_WHITE)),
            "straighten the photo"
        )
        var box = boxCreate(0, 0, Int32(width), Int32(height))
        defer { boxDestroy(&box) }
        let cut = try LeptonicaImage(taking: pixClipRectangle(warped.pix, box, nil), "cut out the sheet")
        let long = max(width, height)
        let short = min(width, height)
        let a4 = 297.0 / 210.0
        let resolution: Int? = abs(long / short - a4) < 0.06 * a4 ? Int((long / (297 / 25.4)).rounded()) : nil
        return (cut, resolution)
    }

    /// A black-and-white copy for measuring orientation and skew: background-normalised, then
    /// Otsu-thresholded (an image already bilevel is only converted).
    static func binarizedForAnalysis(_ image: LeptonicaImage, bilevel: Bool) throws(FactureOCRError) -> LeptonicaImage {
        let binary =
            bilevel
            ? try LeptonicaImage(taking: pixConvertTo1(image.pix, 128), "binarise the page")
            : try LeptonicaImage(
                taking: pixOtsuThreshOnBackgroundNorm(image.pix, nil, 10, 15, 100, 50, 255, 2, 2, 0.1, nil),
                "binarise the page"
            )
        binary.setResolution(image.resolution)
        return binary
    }

    /// The page thresholded locally (Sauvola), the window scaled to the resolution.
    static func binarized(_ image: LeptonicaImage, resolution: Int?) throws(FactureOCRError) -> LeptonicaImage {
        let window = Int32(max(8, (resolution ?? 300) * 25 / 300))
        var binary: UnsafeMutablePointer<PIX>?
        guard pixSauvolaBinarizeTiled(image.pix, window, 0.34, 1, 1, nil, &binary) == 0 else {
            throw FactureOCRError(code: .internalError, message: "leptonica failed to binarise the page")
        }
        return try LeptonicaImage(taking: binary, "binarise the page")
    }
}

/// A page prepared by ``PageImagePreprocessor``, with what was done to it.
public struct PreparedPage: Sendable, Hashable {
    /// The prepared image.
    public var image: PageImage
    /// The clockwise quarter turn applied to make the page upright, in degrees: 0, 90, 180 or 270.
    public var orientationCorrection = 0
    /// The skew measured after the page was made upright, in degrees, clockwise positive (the
    /// rotation that levels the text); `nil` when not measured or not measurable.
    public var measuredSkew: Double?
    /// The rotation applied to level the text, in degrees, clockwise positive; 0 when none.
    public var skewCorrection = 0.0
    /// The sheet found in a photo and straightened, in the input's pixel coordinates; `nil` for
    /// flat scans.
    public var documentQuadrilateral: DocumentQuadrilateral?
    /// Whether the prepared image was binarised (black 0 and white 255 only).
    public var isBinarized = false

    /// A page as given, nothing done yet.
    public init(image: PageImage) {
        self.image = image
    }
}
