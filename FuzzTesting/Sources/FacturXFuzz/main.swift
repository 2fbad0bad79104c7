// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFuzzDriver
import FacturX
import FactureModel

/// The executable's entry point. SwiftPM links Linux executables with `main` aliased to
/// `<Module>_main`, and `-parse-as-library` emits no `main`, so this hands control to libFuzzer.
@_cdecl("FacturXFuzz_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        fuzzFacturX(UnsafeRawPointer(data), size)
    }
}

/// libFuzzer entry point: FacturX's XML parsing, writing and invoice readers on arbitrary bytes.
///
/// Checked on every input (a violated invariant traps, which libFuzzer reports as a crash):
/// 1. ``XMLDocument/init(parsing:limits:)`` returns a tree or throws a `FacturXError`; it never
///    crashes, hangs or leaks (ASan).
/// 2. A parsed tree, written by ``XMLDocument/serialized(prettyPrinted:)`` (compact and pretty),
///    parses again into the same tree, names and namespaces and text and attributes, ignoring
///    prefixes (the writer may rename them) and line numbers.
/// 3. The libxml2 DOM parse used for XSD validation accepts what the tree parser accepts.
/// 4. The CII and UBL readers turn the tree into an invoice or throw; they never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFacturX(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let document: XMLDocument
    do {
        document = try XMLDocument(parsing: bytes)
    } catch {
        return 0
    }
    checkRoundTrip(document)
    checkValidationParse(bytes)
    fuzzInvoiceReaders(document)
    return 0
}

private func checkRoundTrip(_ document: XMLDocument) {
    for pretty in [false, true] {
        let written = document.serialized(prettyPrinted: pretty)
        guard let again = try? XMLDocument(parsing: written) else {
            fatalError("the writer produced XML the parser refuses:\n\(String(decoding: written, as: UTF8.self))")
        }
        guard comparable(again.root) == comparable(document.root) else {
            fatalError("round trip changed the tree:\n\(String(decoding: written, as: UTF8.self))")
        }
    }
}

private func checkValidationParse(_ bytes: UnsafeRawBufferPointer) {
    do {
        _ = try LibXML2ValidationDocument(parsing: bytes, limits: XMLParsingLimits())
    } catch {
        fatalError("the validation parse refused what the tree parser accepted: \(error)")
    }
}

/// HOOK for the CII and UBL readers: every successfully parsed tree goes through both. Add
/// reader invariants here (for instance: an invoice that reads also writes and reads back equal).
private func fuzzInvoiceReaders(_ document: XMLDocument) {
    _ = try? Invoice(ciiDocument: document)
    _ = try? Invoice(ublDocument: document)
}

/// The tree without line numbers and prefixes, for comparing a parse with a re-parse.
private func comparable(_ element: XMLElement) -> XMLElement {
    var copy = element
    copy.line = 0
    copy.prefix = nil
    copy.attributes = element.attributes.map { attribute in
        var attribute = attribute
        attribute.prefix = nil
        return attribute
    }
    copy.content = element.content.map { item in
        switch item {
        case .element(let child): .element(comparable(child))
        case .text(let text): .text(text)
        }
    }
    return copy
}
