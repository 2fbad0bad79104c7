// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureLibXML2

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The secure libxml2 `xmlTextReader` loop the ISO 20022 readers (camt.053, pain.001) share: input through
/// ``CamtInput`` (size bound, DOCTYPE and entity declarations refused before libxml2 sees them), no network, no
/// DTD, no entity substitution, libxml2's diagnostics captured per parse, DOCTYPE and entity-reference nodes
/// refused, element depth bounded.
enum XMLPullReading {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// No network, no DTD, no entity substitution, CDATA as text, lines beyond 65535.
    private static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue
            | XML_PARSE_COMPACT.rawValue
    )

    /// Runs libxml2's reader over `storage`, calling `body` with each node and its type, and turns parse
    /// failures into errors with their line.
    ///
    /// - Parameters:
    ///   - document: What the input should be, for the refusal of a DOCTYPE ("a camt.053 statement").
    ///   - describing: Rewords the input's own refusals (size, DOCTYPE) for the kind of document.
    static func withReader(
        _ storage: CamtInput.Storage,
        maximumBytes: Int,
        maximumDepth: Int,
        document: String,
        describing: (FactureBankingError) -> FactureBankingError = { $0 },
        _ body: (xmlTextReaderPtr, UInt32) throws(FactureBankingError) -> Void
    ) throws(FactureBankingError) {
        _ = initialized
        let input = CamtInput(storage, maximumBytes: maximumBytes)
        let diagnostics = CamtDiagnostics()
        let previous = cfacture_captureErrors(
            { context, error in
                guard let context, let error else { return }
                Unmanaged<CamtDiagnostics>.fromOpaque(context).takeUnretainedValue().record(error)
            },
            Unmanaged.passUnretained(diagnostics).toOpaque()
        )
        defer { cfacture_restoreErrorHandlers(previous) }
        let outcome: Result<Void, FactureBankingError> = withExtendedLifetime((input, diagnostics)) {
            guard
                let reader = xmlReaderForIO(
                    { context, buffer, length in
                        guard let context, let buffer else { return -1 }
                        return Unmanaged<CamtInput>.fromOpaque(context).takeUnretainedValue()
                            .read(into: buffer, capacity: Int(length))
                    },
                    nil,
                    Unmanaged.passUnretained(input).toOpaque(),
                    nil,
                    nil,
                    options
                )
            else {
                return .failure(
                    input.failure.map(describing)
                        ?? FactureBankingError(code: .malformedRecord, message: "libxml2 could not start reading")
                )
            }
            defer { xmlFreeTextReader(reader) }
            do throws(FactureBankingError) {
                while true {
                    let status = xmlTextReaderRead(reader)
                    if status == 0 { break }
                    guard status == 1 else {
                        throw input.failure.map(describing)
                            ?? diagnostics.error(line: Int(xmlTextReaderGetParserLineNumber(reader)))
                    }
                    let nodeType = UInt32(bitPattern: xmlTextReaderNodeType(reader))
                    if nodeType == XML_READER_TYPE_DOCUMENT_TYPE.rawValue
                        || nodeType == XML_READER_TYPE_ENTITY_REFERENCE.rawValue
                    {
                        throw FactureBankingError(
                            code: .unsupportedFormat,
                            message: "\(document) has no DOCTYPE or entity; refused",
                            record: Int(xmlTextReaderGetParserLineNumber(reader))
                        )
                    }
                    if nodeType == XML_READER_TYPE_ELEMENT.rawValue, Int(xmlTextReaderDepth(reader)) >= maximumDepth {
                        throw FactureBankingError(
                            code: .malformedRecord,
                            message: "elements are nested deeper than \(maximumDepth)",
                            record: Int(xmlTextReaderGetParserLineNumber(reader))
                        )
                    }
                    try body(reader, nodeType)
                }
                if let failure = input.failure { throw describing(failure) }
                if let error = diagnostics.firstError { throw error }
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try outcome.get()
    }
}
