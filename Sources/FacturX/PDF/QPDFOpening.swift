// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureQPDF

/// Opens PDF bytes with qpdf (`cfacture_qpdf_open`), the one place that turns its status into an
/// error: for the Factur-X readers here and the OCR page reader beside them.
package enum QPDFOpening {
    /// Opens `bytes`; the caller owns the result and closes it with `cfacture_qpdf_close(handle, buffer)`.
    ///
    /// - Returns: The qpdf handle and the copy of the bytes it reads from.
    /// - Throws: ``FacturXError`` with code `encryptedPDF` (a user password), `malformedPDF` (qpdf
    ///   cannot open it) or `internalError` (out of memory).
    package static func open(
        _ bytes: [UInt8]
    ) throws(FacturXError) -> (handle: OpaquePointer, buffer: UnsafeMutablePointer<CChar>?) {
        var opened: OpaquePointer?
        var buffer: UnsafeMutablePointer<CChar>?
        switch bytes.withUnsafeBytes({ cfacture_qpdf_open($0.baseAddress, $0.count, &opened, &buffer) }) {
        case CFACTURE_QPDF_OK:
            break
        case CFACTURE_QPDF_PASSWORD:
            throw FacturXError(code: .encryptedPDF, message: "The PDF is encrypted with a password")
        case CFACTURE_QPDF_NO_MEMORY:
            throw FacturXError(code: .internalError, message: "Cannot start qpdf: out of memory")
        default:
            throw FacturXError(code: .malformedPDF, message: "qpdf cannot open the PDF: it is damaged or not a PDF")
        }
        guard let handle = opened else {
            throw FacturXError(code: .internalError, message: "qpdf opened the PDF without a handle")
        }
        return (handle, buffer)
    }
}
