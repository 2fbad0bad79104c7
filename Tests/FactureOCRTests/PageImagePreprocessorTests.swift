// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureOCR
import FactureTestSupport
import Foundation
import Testing

/// ``PageImagePreprocessor`` on the corpus scans, faxes and photos.
@Suite struct PageImagePreprocessorTests {
    /// One corpus page image with its document's manifest entry.
    struct CorpusImage: Sendable, CustomStringConvertible {
        var stem: String
        var variant: String
        /// Below `ocr-corpus/dev`.
        var path: String
        var rotation: Double
        var perspective: Bool

        var description: String { path }
    }

    /// Every image of a scanned document (scan, fax, photo), from `docs/` or `alt/`.
    static func corpusImages() throws -> [CorpusImage] {
        let manifest =
            try JSONSerialization.jsonObject(with: try SharedFixtures.data("ocr-corpus/dev/manifest.json"))
            as? [String: Any]
        let documents = try #require(manifest?["documents"] as? [[String: Any]])
        var images: [CorpusImage] = []
        for document in documents {
            guard let stem = document["stem"] as? String, let variant = document["variant"] as? String,
                variant != "text_pdf", let input = document["input"] as? String
            else { continue }
            let degradation = document["degradation"] as? [String: Any]
            let candidates = [input] + (document["alt_inputs"] as? [String] ?? [])
            for path in candidates where !path.hasSuffix(".pdf") {
                images.append(
                    CorpusImage(
                        stem: stem,
                        variant: variant,
                        path: path,
                        rotation: degradation?["rotation_deg"] as? Double ?? 0,
                        perspective: degradation?["perspective"] as? Bool ?? false
                    )
                )
            }
        }
        return images
    }

    static func load(_ image: CorpusImage) throws -> PageImage {
        try PageImage(encoded: try SharedFixtures.data("ocr-corpus/dev/" + image.path))
    }

    /// `image` turned clockwise by `quarterTurns` quarter turns.
    static func turned(_ image: PageImage, quarterTurns: Int) -> PageImage {
        var result = image
        for _ in 0..<(quarterTurns % 4) {
            let (width, height) = (result.width, result.height)
            var pixels = [UInt8](repeating: 0, count: width * height)
            // Clockwise: the new row y is the old column y, read bottom to top.
            for y in 0..<width {
                for x in 0..<height { pixels[y * height + x] = result.pixels[(height - 1 - x) * width + y] }
            }
            result = PageImage(width: height, height: width, pixels: pixels, resolution: result.resolution)
        }
        return result
    }

    @Test func roundTripsPixelsWhenNothingIsDone() throws {
        // Odd sizes exercise the 32-bit word padding of leptonica's rows.
        let width = 37
        let height = 23
        let pixels = (0..<(width * height)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 / width) }
        let image = PageImage(width: width, height: height, pixels: pixels, resolution: 200)
        let options = PageImagePreprocessor.Options(
            correctsOrientation: false,
            deskews: false,
            straightensPhotos: false,
            binarizes: .never
        )
        let prepared = try PageImagePreprocessor(options: options).prepare(image)
        #expect(prepared.image == image)
        #expect(!prepared.isBinarized && prepared.documentQuadrilateral == nil && prepared.orientationCorrection == 0)
    }

    @Test func measuresTheSkewOfScansAndFaxes() throws {
        let images = try Self.corpusImages().filter { !$0.perspective }
        #expect(images.count >= 20)
        let preprocessor = PageImagePreprocessor()
        for image in images {
            let input = try Self.load(image)
            let prepared = try preprocessor.prepare(input)
            let measured = try #require(prepared.measuredSkew, "\(image)")
            // The generator turned the page counterclockwise by `rotation_deg`; the measured angle
            // is the clockwise rotation that levels it.
            #expect(abs(measured - image.rotation) <= 0.3, "\(image): measured \(measured), made \(image.rotation)")
            #expect(prepared.documentQuadrilateral == nil, "\(image): a flat scan has no sheet to cut out")
            #expect(prepared.orientationCorrection == 0, "\(image)")
            #expect(prepared.image.width == input.width)
        }
    }

    @Test func straightensThePhotos() throws {
        let photos = try Self.corpusImages().filter(\.perspective)
        #expect(photos.count == 8)
        for photo in photos {
            let input = try Self.load(photo)
            let prepared = try PageImagePreprocessor().prepare(input)
            let sheet = try #require(prepared.documentQuadrilateral, "\(photo): no sheet found")
            #expect(sheet.area > 0.3 * Double(input.width * input.height), "\(photo)")
            // Upright A4 (the corpus pages are portrait A4): about √2 high for 1 wide.
            let ratio = Double(prepared.image.height) / Double(prepared.image.width)
            #expect(abs(ratio - 297.0 / 210) < 0.12, "\(photo): \(prepared.image.width)×\(prepared.image.height)")
            #expect(prepared.orientationCorrection == 0, "\(photo)")
            #expect(abs(prepared.measuredSkew ?? 0) < 0.5, "\(photo): left askew by \(prepared.measuredSkew ?? 0)")
        }
    }

    @Test(arguments: [1, 2, 3])
    func turnsPagesUpright(quarterTurns: Int) throws {
        let images = try Self.corpusImages().filter { ["dev-002", "dev-009", "dev-021", "dev-010"].contains($0.stem) }
        #expect(images.count == 4)
        for image in images {
            let upright = try Self.load(image)
            let prepared = try PageImagePreprocessor().prepare(Self.turned(upright, quarterTurns: quarterTurns))
            // Turned clockwise by k quarters, the page needs 4 − k more to be upright.
            #expect(prepared.orientationCorrection == (4 - quarterTurns) * 90, "\(image) turned \(quarterTurns)")
        }
    }
}
