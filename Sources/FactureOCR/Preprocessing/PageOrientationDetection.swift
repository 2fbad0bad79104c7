// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureTesseract

/// Finds which way up the text of a page is, with Tesseract's orientation and script detection
/// (`osd.traineddata`, installed with Tesseract).
enum PageOrientationDetection {
    /// The smallest orientation confidence acted upon (Tesseract's own scale; upright pages of
    /// the corpus score above 5, wrong guesses on text-poor pages below 2).
    static let minimumConfidence: Float = 2

    /// How many clockwise quarter turns make the text of `image` upright; 0 when unsure or when
    /// the orientation model is not installed.
    static func quarterTurnsToUpright(_ page: LeptonicaImage) -> Int {
        // Above 200 dpi, a binary page halved (a pixel black when any of its four is) reads as
        // well and four times faster.
        var image = page
        if (page.resolution ?? 300) > 200, page.depth == 1,
            let halved = try? LeptonicaImage(taking: pixReduceRankBinary2(page.pix, 1, nil), "halve the page")
        {
            halved.setResolution((page.resolution ?? 300) / 2)
            image = halved
        }
        guard let handle = TessBaseAPICreate() else { return 0 }
        defer { TessBaseAPIDelete(handle) }
        guard TessBaseAPIInit3(handle, nil, "osd") == 0 else { return 0 }
        defer { TessBaseAPIEnd(handle) }
        _ = TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        TessBaseAPISetPageSegMode(handle, PSM_OSD_ONLY)
        TessBaseAPISetImage2(handle, image.pix)
        TessBaseAPISetSourceResolution(handle, Int32(image.resolution ?? 300))
        var degrees: Int32 = 0
        var confidence: Float = 0
        var script: UnsafePointer<CChar>?
        var scriptConfidence: Float = 0
        guard TessBaseAPIDetectOrientationScript(handle, &degrees, &confidence, &script, &scriptConfidence) != 0
        else { return 0 }
        guard confidence >= minimumConfidence else { return 0 }
        // Tesseract reports how far the page is turned clockwise; the rest of a full turn undoes it.
        return (4 - (Int(degrees) / 90) % 4) % 4
    }
}
