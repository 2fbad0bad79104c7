// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureTesseract
import Dispatch
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A ``TextRecognizer`` over Tesseract (LSTM engine, French and English by default, automatic
/// page segmentation), with a pool of engines: one per core by default, each used by one thread
/// at a time, on threads of its own rather than the cooperative pool.
///
/// Tesseract runs several times slower when its OpenMP build spreads each page over every core
/// (the pages of a batch then fight for them): the process must run with `OMP_THREAD_LIMIT=1`,
/// and OpenMP reads it once, when the library loads, so it must be in the environment before the
/// process starts. The `facture` tool restarts itself with it; an application sets it in its
/// launch environment. ``isOpenMPLimited`` tells whether it is.
///
/// ```swift
/// let recognizer = try TesseractTextRecognizer()
/// let page = try await recognizer.recognize(try PageImage(encoded: jpegBytes), pageNumber: 1)
/// ```
public final class TesseractTextRecognizer: TextRecognizer {
    /// The Tesseract languages, `+`-separated, such as `fra+eng`.
    public let languages: String
    /// How many engines recognize at once.
    public let engineCount: Int

    private let pool: EnginePool

    /// Whether `OMP_THREAD_LIMIT` is 1 in this process's environment.
    public static var isOpenMPLimited: Bool {
        getenv("OMP_THREAD_LIMIT").map { String(cString: $0) == "1" } ?? false
    }

    /// The Tesseract version, such as `5.3.0`.
    public static var version: String {
        TessVersion().map { String(cString: $0) } ?? "unknown"
    }

    /// Creates a recognizer; the engines load their models on first use.
    ///
    /// - Parameters:
    ///   - languages: the trained data to load, `+`-separated.
    ///   - dataPath: the `tessdata` folder, `nil` for Tesseract's default (`TESSDATA_PREFIX` or the
    ///     system folder).
    ///   - engineCount: how many pages to recognize at once; by default one per core.
    /// - Throws: ``FactureOCRError`` with code `recognitionFailed` when an engine cannot load
    ///   `languages` (trained data missing): checked once here rather than on the first page.
    public init(
        languages: String = "fra+eng",
        dataPath: String? = nil,
        engineCount: Int = max(1, System.activeProcessorCount)
    ) throws(FactureOCRError) {
        self.languages = languages
        self.engineCount = max(1, engineCount)
        let first = try TesseractEngine(languages: languages, dataPath: dataPath)
        pool = EnginePool(first: first, capacity: self.engineCount) { () throws(FactureOCRError) in
            try TesseractEngine(languages: languages, dataPath: dataPath)
        }
    }

    /// Reads the words of `image` on a free engine, waiting for one when all are busy.
    public func recognize(_ image: PageImage, pageNumber: Int) async throws(FactureOCRError) -> TextPage {
        let engine = try await pool.acquire()
        defer { pool.release(engine) }
        let result: Result<[TextWord], FactureOCRError> = await withCheckedContinuation { continuation in
            engine.queue.async {
                continuation.resume(returning: Result { () throws(FactureOCRError) in try engine.words(in: image) })
            }
        }
        // In points, as a PDF text layer: the extractor's distances then mean the same on any scan.
        let scale = 72 / Double(image.resolution ?? 300)
        return TextPage(
            number: pageNumber,
            width: Double(image.width) * scale,
            height: Double(image.height) * scale,
            words: try result.get().map { word in
                var word = word
                word.box = TextBox(
                    x: word.box.x * scale,
                    y: word.box.y * scale,
                    width: word.box.width * scale,
                    height: word.box.height * scale
                )
                return word
            },
            origin: .recognition
        )
    }
}

/// Facts about the machine.
public enum System {
    /// The number of cores the process may use.
    public static var activeProcessorCount: Int {
        Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }
}

/// The engines of a recognizer: created on demand up to a capacity, lent one at a time.
private final class EnginePool: Sendable {
    private struct State {
        var idle: [TesseractEngine]
        var created: Int
        var waiters: [CheckedContinuation<TesseractEngine?, Never>] = []
    }

    private let state: Mutex<State>
    private let capacity: Int
    private let make: @Sendable () throws(FactureOCRError) -> TesseractEngine

    init(
        first: TesseractEngine,
        capacity: Int,
        make: @escaping @Sendable () throws(FactureOCRError) -> TesseractEngine
    ) {
        state = Mutex(State(idle: [first], created: 1))
        self.capacity = capacity
        self.make = make
    }

    /// An idle engine, a new one while under capacity, else the next one released.
    func acquire() async throws(FactureOCRError) -> TesseractEngine {
        enum Decision {
            case lend(TesseractEngine)
            case create
            case wait
        }
        let decision: Decision = state.withLock { state in
            if let engine = state.idle.popLast() { return .lend(engine) }
            if state.created < capacity {
                state.created += 1
                return .create
            }
            return .wait
        }
        switch decision {
        case .lend(let engine):
            return engine
        case .create:
            do {
                return try make()
            } catch {
                state.withLock { $0.created -= 1 }
                throw error
            }
        case .wait:
            let engine = await withCheckedContinuation { (continuation: CheckedContinuation<TesseractEngine?, Never>) in
                let lent: TesseractEngine? = state.withLock { state in
                    if let engine = state.idle.popLast() { return engine }
                    state.waiters.append(continuation)
                    return nil
                }
                if let lent { continuation.resume(returning: lent) }
            }
            guard let engine else {
                throw FactureOCRError(code: .internalError, message: "The Tesseract engine pool lost an engine")
            }
            return engine
        }
    }

    /// Hands an engine to the first waiter, or back to the idle ones.
    func release(_ engine: TesseractEngine) {
        let waiter: CheckedContinuation<TesseractEngine?, Never>? = state.withLock { state in
            if !state.waiters.isEmpty { return state.waiters.removeFirst() }
            state.idle.append(engine)
            return nil
        }
        waiter?.resume(returning: engine)
    }
}

/// One Tesseract engine and the serial queue it runs on; used by one page at a time.
private final class TesseractEngine: @unchecked Sendable {
    // @unchecked: the handle is touched only on `queue`, by one page at a time (the pool lends
    // the engine to one caller until it is released).
    private let handle: OpaquePointer
    let queue: DispatchQueue

    init(languages: String, dataPath: String?) throws(FactureOCRError) {
        LeptonicaMessages.silence()
        guard let handle = TessBaseAPICreate() else {
            throw FactureOCRError(code: .internalError, message: "Tesseract could not create an engine")
        }
        // OEM_LSTM_ONLY; no config files, no variables changed at init.
        let status = TessBaseAPIInit2(handle, dataPath, languages, OEM_LSTM_ONLY)
        guard status == 0 else {
            TessBaseAPIDelete(handle)
            throw FactureOCRError(
                code: .recognitionFailed,
                message: "Tesseract cannot load the languages \(languages) (is tesseract-ocr-fra installed?)"
            )
        }
        _ = TessBaseAPISetVariable(handle, "debug_file", "/dev/null")
        TessBaseAPISetPageSegMode(handle, PSM_AUTO)
        self.handle = handle
        queue = DispatchQueue(label: "FactureOCR.Tesseract")
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// The words Tesseract reads in `image`.
    func words(in image: PageImage) throws(FactureOCRError) -> [TextWord] {
        defer { TessBaseAPIClear(handle) }
        image.pixels.withUnsafeBufferPointer { pixels in
            TessBaseAPISetImage(
                handle,
                pixels.baseAddress,
                Int32(image.width),
                Int32(image.height),
                1,
                Int32(image.width)
            )
        }
        TessBaseAPISetSourceResolution(handle, Int32(image.resolution ?? 300))
        guard TessBaseAPIRecognize(handle, nil) == 0 else {
            throw FactureOCRError(code: .recognitionFailed, message: "Tesseract failed to recognize the page")
        }
        guard let iterator = TessBaseAPIGetIterator(handle) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        var words: [TextWord] = []
        let pageIterator = TessResultIteratorGetPageIteratorConst(iterator)
        repeat {
            guard let text = TessResultIteratorGetUTF8Text(iterator, RIL_WORD) else { continue }
            defer { TessDeleteText(text) }
            // Tesseract may return a "word" of spaces (a gap it read as text): skipped, and words trimmed.
            let string = String(String(cString: text).unicodeScalars.filter { !$0.properties.isWhitespace })
            guard !string.isEmpty else { continue }
            var left: Int32 = 0
            var top: Int32 = 0
            var right: Int32 = 0
            var bottom: Int32 = 0
            guard TessPageIteratorBoundingBox(pageIterator, RIL_WORD, &left, &top, &right, &bottom) != 0 else {
                continue
            }
            let confidence = Double(TessResultIteratorConfidence(iterator, RIL_WORD)) / 100
            words.append(
                TextWord(
                    text: string,
                    box: TextBox(
                        x: Double(left),
                        y: Double(top),
                        width: Double(right - left),
                        height: Double(bottom - top)
                    ),
                    confidence: confidence
                )
            )
        } while TessResultIteratorNext(iterator, RIL_WORD) != 0
        return Self.levelled(words, slope: skewSlope(iterator, width: image.width))
    }

    /// The median slope of the page's long text baselines (dy/dx, pixels down per pixel right): the
    /// skew of a page scanned or photographed slightly askew.
    private func skewSlope(_ iterator: OpaquePointer, width: Int) -> Double {
        guard let lines = TessPageIteratorCopy(TessResultIteratorGetPageIteratorConst(iterator)) else { return 0 }
        defer { TessPageIteratorDelete(lines) }
        TessPageIteratorBegin(lines)
        var slopes: [Double] = []
        repeat {
            var x1: Int32 = 0
            var y1: Int32 = 0
            var x2: Int32 = 0
            var y2: Int32 = 0
            guard TessPageIteratorBaseline(lines, RIL_TEXTLINE, &x1, &y1, &x2, &y2) != 0 else { continue }
            let run = Double(x2 - x1)
            if run > Double(width) / 5 { slopes.append(Double(y2 - y1) / run) }
        } while TessPageIteratorNext(lines, RIL_TEXTLINE) != 0
        guard !slopes.isEmpty else { return 0 }
        return slopes.sorted()[slopes.count / 2]
    }

    /// The words with their vertical positions corrected for the page's skew, so that the words of a
    /// line printed straight share one band again (the boxes stay the words' own, shifted).
    static func levelled(_ words: [TextWord], slope: Double) -> [TextWord] {
        guard abs(slope) > 0.0005, abs(slope) < 0.2 else { return words }
        return words.map { word in
            var word = word
            word.box.y -= slope * word.box.midX
            return word
        }
    }
}
