// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import Foundation
import Testing

@testable import FacturX

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("XMLDocument(parsing:) refuses hostile input")
struct XMLParsingSecurityTests {
    static let hostileDeclarations: [String] = [
        // XXE to a local file.
        """
        <?xml version="1.0"?>
        <!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <r>&xxe;</r>
        """,
        // XXE without a scheme.
        """
        <!DOCTYPE r [<!ENTITY xxe SYSTEM "/etc/passwd">]><r>&xxe;</r>
        """,
        // XXE to the network (port 9, discard: nothing must connect).
        """
        <!DOCTYPE r [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/secret">]><r>&xxe;</r>
        """,
        // External DTD.
        """
        <!DOCTYPE r SYSTEM "http://127.0.0.1:9/evil.dtd"><r/>
        """,
        // Parameter entity fetched from the network (the "out of band" XXE).
        """
        <!DOCTYPE r [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]><r/>
        """,
        // A harmless-looking DOCTYPE is refused too: invoices never carry one.
        "<!DOCTYPE r><r/>",
        // Entity declared in an attribute default.
        """
        <!DOCTYPE r [<!ENTITY e "x"><!ATTLIST r a CDATA "&e;">]><r/>
        """,
    ]

    @Test("refuses DOCTYPE and entity declarations with forbiddenDeclaration", arguments: hostileDeclarations)
    func refusesDeclarations(_ xml: String) {
        let error = #expect(throws: FacturXError.self) { try XMLDocument(parsing: Array(xml.utf8)) }
        #expect(error?.code == .forbiddenDeclaration)
        // Nothing of the target file leaks into the error.
        #expect(error?.message.contains("root:") == false)
    }

    @Test("refuses the billion laughs before expanding anything")
    func refusesBillionLaughs() {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            xml += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        xml += "]>\n<lolz>&lol9;</lolz>"
        let error = #expect(throws: FacturXError.self) { try XMLDocument(parsing: Array(xml.utf8)) }
        #expect(error?.code == .forbiddenDeclaration)
        #expect(error?.location == "2")
    }

    @Test("refuses 200 MB of input with inputTooLarge before parsing")
    func refusesHugeInput() {
        // In memory only; the parser never sees it, so the content does not matter.
        let huge = [UInt8](repeating: UInt8(ascii: "<"), count: 200 << 20)
        let error = #expect(throws: FacturXError.self) { try XMLDocument(parsing: huge) }
        #expect(error?.code == .inputTooLarge)
    }

    @Test("applies a caller's size limit exactly")
    func appliesSizeLimit() throws {
        let bytes = Array("<a>12345</a>".utf8)
        _ = try XMLDocument(parsing: bytes, limits: XMLParsingLimits(maximumBytes: bytes.count))
        let error = #expect(throws: FacturXError.self) {
            try XMLDocument(parsing: bytes, limits: XMLParsingLimits(maximumBytes: bytes.count - 1))
        }
        #expect(error?.code == .inputTooLarge)
    }

    /// Errors compare by code, so this matches any `nestingTooDeep` error.
    static let tooDeep = FacturXError(code: .nestingTooDeep, message: "")

    static func nested(_ depth: Int) -> [UInt8] {
        Array((String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)).utf8)
    }

    @Test("refuses 100,000 levels of nesting with nestingTooDeep, without exhausting the stack")
    func refusesDeepNesting() {
        let error = #expect(throws: FacturXError.self) { try XMLDocument(parsing: Self.nested(100_000)) }
        #expect(error?.code == .nestingTooDeep)
        #expect(error?.location == "1")
    }

    @Test("accepts exactly the configured depth, including above libxml2's own 256 guard")
    func appliesDepthLimit() throws {
        _ = try XMLDocument(parsing: Self.nested(256))
        #expect(throws: Self.tooDeep) { try XMLDocument(parsing: Self.nested(257)) }
        let shallow = XMLParsingLimits(maximumDepth: 10)
        _ = try XMLDocument(parsing: Self.nested(10), limits: shallow)
        #expect(throws: Self.tooDeep) { try XMLDocument(parsing: Self.nested(11), limits: shallow) }
        let deep = XMLParsingLimits(maximumDepth: 1000)
        _ = try XMLDocument(parsing: Self.nested(1000), limits: deep)
        #expect(throws: Self.tooDeep) { try XMLDocument(parsing: Self.nested(1001), limits: deep) }
    }

    @Test("reports malformed XML with malformedXML and line:column")
    func reportsMalformed() {
        let error = #expect(throws: FacturXError.self) {
            try XMLDocument(parsing: Array("<?xml version=\"1.0\"?>\n<a>\n  <b attr=oops/>\n</a>".utf8))
        }
        #expect(error?.code == .malformedXML)
        #expect(error?.location == "3:11")
    }

    static let noisyInputs: [[UInt8]] = [
        Array("<a><b></a>".utf8),
        Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>".utf8) + [0xFF, 0xFE] + Array("</a>".utf8),
        Array("<?xml version=\"1.0\" encoding=\"no-such-encoding\"?><a/>".utf8),
        Array("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a>".utf8) + [0x82, 0xFF, 0xFF] + Array("</a>".utf8),
        Array("<x:a xmlns:y='urn:y'/>".utf8),
        Array("<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><r>&xxe;</r>".utf8),
        Array("<a xmlns='not a uri'>&#0;</a>".utf8),
        nested(1000),
        Array(repeating: 0, count: 16),
    ]

    @Test("prints nothing to stderr, whatever the input")
    func staysQuiet() throws {
        let written = try capturingStandardError {
            for input in Self.noisyInputs {
                _ = try? XMLDocument(parsing: input)
            }
        }
        #expect(libraryOutput(written).isEmpty, "libxml2 wrote to stderr: \(libraryOutput(written))")
    }

    @Test("the stderr capture sees what is written to file descriptor 2 (control)")
    func captureWorks() throws {
        let control = "Entity: line 1: parser error : control"
        let written = try capturingStandardError {
            _ = (control + "\n").withCString { write(2, $0, strlen($0)) }
        }
        #expect(libraryOutput(written) == control)
        #expect(libraryOutput(Array("◇ Test x started.\n\(control)\n✔ Test y passed.\n".utf8)) == control)
        // A harness message spread over lines by an argument with a newline is not library output.
        #expect(libraryOutput(Array("◇ Test case passing <r>\n</r> to \"x\" started.\n".utf8)).isEmpty)
    }

    @Test("gives each concurrent parse its own result and error")
    func parsesConcurrently() async throws {
        let good = Array("<r xmlns='urn:r'><v>ok</v></r>".utf8)
        let bad = Array("<r>\n<v></r>".utf8)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask {
                    if index.isMultiple(of: 2) {
                        let document = try XMLDocument(parsing: good)
                        #expect(document.root.child("urn:r", "v")?.text == "ok")
                    } else {
                        let error = #expect(throws: FacturXError.self) { try XMLDocument(parsing: bad) }
                        #expect(error?.code == .malformedXML)
                        #expect(error?.location == "2:8")
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}

/// What a test's stderr capture holds once the test runner's own progress lines are removed.
///
/// Swift Testing runs suites in parallel and prints its progress (`◇ Test … started.`) to
/// standard error, so another test's progress line can land in the capture window; what is left
/// is what the code under test wrote.
func libraryOutput(_ captured: [UInt8]) -> String {
    let harnessMarks: Set<Character> = ["◇", "✔", "✘", "↳", "━", "⚠", "➜"]
    return String(decoding: captured, as: UTF8.self)
        .split(separator: "\n", omittingEmptySubsequences: true)
        .filter { line in
            let visible = line.drop { $0 == "\u{1B}" || $0 == "[" || $0.isNumber || $0 == ";" || $0 == "m" }
            guard let first = visible.first else { return false }
            guard !harnessMarks.contains(first), !(first.unicodeScalars.first.map { $0.value >= 0x10_0000 } ?? false)
            else { return false }
            // libxml2's generic handler writes "<where>: <domain> error : <message>" (or warning);
            // the harness's own multi-line messages (an argument with a newline) have no such line.
            return line.contains(" error : ") || line.contains(" warning : ") || line.contains("error :")
        }
        .joined(separator: "\n")
}

/// Runs `body` with file descriptor 2 redirected to a pipe and returns what was written to it.
///
/// The pipe's write end is non-blocking, so a chatty body cannot dead-lock the test.
func capturingStandardError(_ body: () throws -> Void) throws -> [UInt8] {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { throw POSIXError(.EIO) }
    let (readEnd, writeEnd) = (ends[0], ends[1])
    _ = fcntl(writeEnd, F_SETFL, fcntl(writeEnd, F_GETFL) | O_NONBLOCK)
    _ = fcntl(readEnd, F_SETFL, fcntl(readEnd, F_GETFL) | O_NONBLOCK)
    fflush(nil)
    let saved = dup(2)
    dup2(writeEnd, 2)
    defer { close(readEnd) }
    do {
        defer {
            fflush(nil)
            dup2(saved, 2)
            close(saved)
            close(writeEnd)
        }
        try body()
    }
    var captured: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = read(readEnd, &buffer, buffer.count)
        if count <= 0 { break }
        captured += buffer[0..<count]
    }
    return captured
}
