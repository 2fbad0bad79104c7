// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureTestSupport
import Foundation

@testable import FacturX

/// The XML invoice samples of `shared/conformance/samples`, found by their root element.
enum InvoiceSamples {
    /// Paths below `shared` of every XML sample whose root is an invoice of a syntax `matching`
    /// accepts, sorted.
    static func paths(matching: (InvoiceSyntax) -> Bool = { _ in true }) -> [String] {
        guard let root = try? SharedFixtures.root(),
            let files = try? SharedFixtures.files(in: "conformance/samples", withExtensions: ["xml"])
        else { return [] }
        return files.compactMap { file in
            guard let data = try? Data(contentsOf: file),
                let document = try? XMLDocument(parsing: Array(data)),
                let syntax = InvoiceSyntax(root: document.root),
                matching(syntax)
            else { return nil }
            return String(file.path.dropFirst(root.path.count + 1))
        }
    }
}
