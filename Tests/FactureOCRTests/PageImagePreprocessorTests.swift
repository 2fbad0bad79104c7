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
        let untouched = !prepared.isBinarized && prepared.documentQuadrilateral == nil
        #expect(untouched && prepared.orientationCorrection == 0)
    }

    @Test func binarizesAPageUnderAShadowOnly() throws {
        // Paper going from 240 on the left to 100 on the right (a shadow), with dark "words"
        // at a fifth of the paper's brightness: no single threshold separates them everywhere.
        let width = 640
        let height = 800
        var pixels = [UInt8](repeating: 0, count: width * height)
        var evenPixels = pixels
        for y in 0..<height {
            for x in 0..<width {
                let paper = 240 - 140 * Double(x) / Double(width)
                let inWord = y % 40 < 12 && x % 50 < 35 && y > 40 && y < height - 40
                pixels[y * width + x] = UInt8(inWord ? paper * 0.45 : paper)
                evenPixels[y * width + x] = inWord ? 60 : 230
            }
        }
        let shadowed = PageImage(width: width, height: height, pixels: pixels, resolution: 100)
        let options = PageImagePreprocessor.Options(correctsOrientation: false, deskews: false)
        let prepared = try PageImagePreprocessor(options: options).prepare(shadowed)
        let binarized = prepared.isBinarized
        #expect(binarized)
        let bilevel = prepared.image.pixels.allSatisfy { $0 == 0 || $0 == 255 }
        #expect(bilevel)
        // The paper is white and the words black on both sides of the shadow.
        for x in [20, width - 30] {
            #expect(prepared.image.pixels[20 * width + x] == 255, "paper at x = \(x)")
            #expect(prepared.image.pixels[45 * width + x] == 0, "word at x = \(x)")
        }
        // Evenly lit, the same page is left grey.
        let even = PageImage(width: width, height: height, pixels: evenPixels, resolution: 100)
        #expect(try !PageImagePreprocessor(options: options).prepare(even).isBinarized)
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
            // The manifest gives one angle per document: the first pages of the two 2-page
            // documents measure about 0.5° away from it, their second pages match it.
            let tolerance = image.path.hasSuffix("-p1.png") || image.path.hasSuffix("-p1.jpg") ? 0.7 : 0.3
            #expect(
                abs(measured - image.rotation) <= tolerance,
                "\(image): measured \(measured), made \(image.rotation)"
            )
            #expect(prepared.documentQuadrilateral == nil, "\(image): a flat scan has no sheet to cut out")
            #expect(prepared.orientationCorrection == 0, "\(image)")
            let binarized = prepared.isBinarized
            #expect(!binarized, "\(image): evenly lit, left to the recognizer's threshold")
            #expect(prepared.image.width == input.width)
        }
    }

    @Test func straightensThePhotos() throws {
        let photos = try Self.corpusImages().filter(\.perspective)
        #expect(photos.count == 8)
        var straightened = 0
        for photo in photos {
            let input = try Self.load(photo)
            let prepared = try PageImagePreprocessor().prepare(input)
            // dev-010's sheet has a dark green band down its left side, as dark as the table it
            // lies on: the light region found is not sheet-shaped, and the photo is left whole.
            guard let sheet = prepared.documentQuadrilateral else {
                #expect(photo.stem == "dev-010", "\(photo): no sheet found")
                continue
            }
            straightened += 1
            #expect(sheet.area > 0.3 * Double(input.width * input.height), "\(photo)")
            // Upright A4 (the corpus pages are portrait A4): about √2 high for 1 wide.
            let ratio = Double(prepared.image.height) / Double(prepared.image.width)
            #expect(abs(ratio - 297.0 / 210) < 0.12, "\(photo): \(prepared.image.width)×\(prepared.image.height)")
            #expect(prepared.orientationCorrection == 0, "\(photo)")
            #expect(abs(prepared.measuredSkew ?? 0) < 0.5, "\(photo): left askew by \(prepared.measuredSkew ?? 0)")
        }
        #expect(straightened >= 7)
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

/// The effect of preprocessing on recognition, over every corpus scan, fax and photo: run with
/// `FACTURE_OCR_MEASURE=1` (about two minutes on two cores); prints a table per variant.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["FACTURE_OCR_MEASURE"] == "1"))
struct PageImagePreprocessingMeasurement {
    /// The fraction of the truth's invoice number, total with VAT (digits only), IBAN and SIRET
    /// found in `text`, and how many values were looked for.
    static func score(_ text: String, truth: [String: Any]) -> (found: Int, total: Int) {
        let compact = text.filter { !$0.isWhitespace }
        let digits = text.filter(\.isNumber)
        var found = 0
        var total = 0
        for key in ["invoice_number", "total_ttc", "iban", "supplier_siret"] {
            guard let value = truth[key] as? String else { continue }
            total += 1
            let hit =
                key == "total_ttc"
                ? digits.contains(value.filter(\.isNumber)) : compact.contains(value.filter { !$0.isWhitespace })
            if hit { found += 1 }
        }
        return (found, total)
    }

    struct Outcome: Sendable {
        var variant: String
        var path: String
        var configuration: String
        var found: Int
        var total: Int
        var seconds: Double
    }

    @Test func comparesRecognitionBeforeAndAfter() async throws {
        let images = try PageImagePreprocessorTests.corpusImages()
        let recognizer = try TesseractTextRecognizer(engineCount: 2)
        let configurations: [(String, PageImagePreprocessor.Options?)] = [("none", nil), ("default", .init())]
        var outcomes: [Outcome] = []
        for (name, options) in configurations {
            try await withThrowingTaskGroup(of: Outcome.self) { group in
                var pending = images.makeIterator()
                func addNext() {
                    guard let image = pending.next() else { return }
                    group.addTask {
                        let truth =
                            try JSONSerialization.jsonObject(
                                with: try SharedFixtures.data("ocr-corpus/dev/truth/\(image.stem).json")
                            ) as? [String: Any] ?? [:]
                        var input = try PageImagePreprocessorTests.load(image)
                        let start = ContinuousClock.now
                        if let options { input = try PageImagePreprocessor(options: options).prepare(input).image }
                        let elapsed = ContinuousClock.now - start
                        let page = try await recognizer.recognize(input, pageNumber: 1)
                        let (found, total) = Self.score(page.text, truth: truth)
                        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                        return Outcome(
                            variant: image.variant,
                            path: image.path,
                            configuration: name,
                            found: found,
                            total: total,
                            seconds: seconds
                        )
                    }
                }
                addNext()
                addNext()
                while let outcome = try await group.next() {
                    outcomes.append(outcome)
                    addNext()
                }
            }
        }
        for variant in ["scan", "fax", "photo"] {
            for (name, _) in configurations {
                let rows = outcomes.filter { $0.variant == variant && $0.configuration == name }
                let found = rows.map(\.found).reduce(0, +)
                let total = rows.map(\.total).reduce(0, +)
                let seconds = rows.map(\.seconds).reduce(0, +) / Double(max(1, rows.count))
                print(
                    "MEASURE \(variant) \(name): \(found)/\(total) values, preprocessing \(Int(seconds * 1000)) ms/page"
                )
            }
        }
        for outcome in outcomes where outcome.configuration != "none" {
            let before = outcomes.first { $0.path == outcome.path && $0.configuration == "none" }
            if let before, before.found != outcome.found {
                print("MEASURE \(outcome.path) \(outcome.configuration): \(before.found) → \(outcome.found)")
            }
        }
        let before = outcomes.filter { $0.configuration == "none" }.map(\.found).reduce(0, +)
        let after = outcomes.filter { $0.configuration == "default" }.map(\.found).reduce(0, +)
        #expect(after >= before - 2)
    }
}
