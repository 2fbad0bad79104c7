// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFacturePoppler

extension FactureOCRError {
    /// The error a status of the poppler shim stands for, when `action` (such as "open the PDF")
    /// failed, on page `page` (from 1) when there is one.
    init(poppler status: cfp_status, doing action: String, page: Int?) {
        let location = page.map { "page \($0)" }
        switch status {
        case CFP_ERROR_LOCKED:
            self.init(
                code: .encryptedDocument,
                message: "Could not \(action): the PDF is encrypted",
                location: location
            )
        case CFP_ERROR_MEMORY:
            self.init(code: .internalError, message: "Out of memory to \(action)", location: location)
        default:
            self.init(code: .unreadableDocument, message: "Could not \(action): the PDF is damaged", location: location)
        }
    }
}
