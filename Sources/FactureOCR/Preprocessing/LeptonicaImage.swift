// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureTesseract

/// A leptonica `PIX` owned by Swift: destroyed when the last reference goes.
///
/// Internal to the preprocessing: every leptonica call that makes a new image is wrapped at once
/// with ``init(taking:_:)``, so no `PIX` leaks on an early exit.
final class LeptonicaImage {
    /// The owned image.
    let pix: UnsafeMutablePointer<PIX>

    /// Takes ownership of `pix`, or throws `internalError` naming `operation` when leptonica
    /// returned none (out of memory, or arguments it refused).
    init(taking pix: UnsafeMutablePointer<PIX>?, _ operation: String) throws(FactureOCRError) {
        guard let pix else {
            throw FactureOCRError(code: .internalError, message: "leptonica failed to \(operation)")
        }
        self.pix = pix
    }

    deinit {
        var owned: UnsafeMutablePointer<PIX>? = pix
        pixDestroy(&owned)
    }

    /// An 8 bpp copy of `image`, with its resolution.
    convenience init(_ image: PageImage) throws(FactureOCRError) {
        LeptonicaMessages.silence()
        try self.init(taking: pixCreate(Int32(image.width), Int32(image.height), 8), "create an image")
        let wordsPerLine = Int(pixGetWpl(pix))
        guard let data = pixGetData(pix), wordsPerLine * 4 >= image.width else {
            throw FactureOCRError(code: .internalError, message: "leptonica gave no pixel buffer")
        }
        let destination = UnsafeMutableRawPointer(data)
        image.pixels.withUnsafeBytes { source in
            guard let base = source.baseAddress else { return }
            for row in 0..<image.height {
                (destination + row * wordsPerLine * 4).copyMemory(
                    from: base + row * image.width,
                    byteCount: image.width
                )
            }
        }
        // Leptonica keeps pixels in 32-bit words, the first pixel in the most significant byte:
        // bytes copied in memory order must be swapped within each word on little-endian machines
        // (the call does nothing on big-endian ones).
        pixEndianByteSwap(pix)
        if let resolution = image.resolution {
            pixSetResolution(pix, Int32(resolution), Int32(resolution))
        }
    }

    /// Width in pixels.
    var width: Int { Int(pixGetWidth(pix)) }
    /// Height in pixels.
    var height: Int { Int(pixGetHeight(pix)) }
    /// Bits per pixel.
    var depth: Int { Int(pixGetDepth(pix)) }
    /// Pixels per inch, `nil` when unknown.
    var resolution: Int? {
        let value = Int(pixGetXRes(pix))
        return value > 0 ? value : nil
    }

    /// Sets the resolution (both axes).
    func setResolution(_ resolution: Int?) {
        pixSetResolution(pix, Int32(resolution ?? 0), Int32(resolution ?? 0))
    }

    /// The image as grey pixels (a 1 bpp image becomes black 0 and white 255).
    func pageImage(resolution: Int?) throws(FactureOCRError) -> PageImage {
        let grey = depth == 8 ? self : try LeptonicaImage(taking: pixConvertTo8(pix, 0), "convert to grey")
        var raster: UnsafeMutablePointer<UInt8>?
        var count = 0
        let width = grey.width
        let height = grey.height
        guard pixGetRasterData(grey.pix, &raster, &count) == 0, let raster else {
            throw FactureOCRError(code: .internalError, message: "leptonica could not hand over the pixels")
        }
        defer { lept_free(raster) }
        guard count == width * height, width > 0, height > 0 else {
            throw FactureOCRError(code: .internalError, message: "leptonica handed over \(count) bytes, not w × h")
        }
        return PageImage(
            width: width,
            height: height,
            pixels: Array(UnsafeBufferPointer(start: raster, count: count)),
            resolution: resolution
        )
    }

    /// The grey levels of an 8 bpp image, row by row (for the analyses done in Swift).
    func greyLevels() throws(FactureOCRError) -> [UInt8] {
        try pageImage(resolution: nil).pixels
    }
}
