// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureLibXML2

/// The one place libxml2 error codes become ``/FacturX/FacturXError`` codes (NIO `FileSystemError+Syscall`).
extension FacturXError {
    /// Maps a libxml2 parser diagnostic to an error, keeping its message and `line:column`.
    static func parsing(
        _ diagnostic: LibXML2Diagnostics.Diagnostic,
        file: String = #fileID,
        line: Int = #line
    ) -> FacturXError {
        let code: Code
        switch diagnostic.code {
        case Int(XML_ERR_NO_MEMORY.rawValue):
            code = .internalError
        case Int(XML_ERR_INTERNAL_ERROR.rawValue) where diagnostic.message.contains("Excessive depth"):
            // libxml2's own depth guard (256 without XML_PARSE_HUGE), should ours not fire first.
            code = .nestingTooDeep
        case Int(XML_ERR_ENTITY_LOOP.rawValue), Int(XML_ERR_EXT_ENTITY_STANDALONE.rawValue),
            Int(XML_ERR_ENTITY_PE_INTERNAL.rawValue),
            Int(XML_ERR_DOCTYPE_NOT_FINISHED.rawValue):
            code = .forbiddenDeclaration
        default:
            code = .malformedXML
        }
        return FacturXError(
            code: code,
            message: "libxml2: \(diagnostic.message)",
            location: diagnostic.location,
            file: file,
            line: line
        )
    }
}
