// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// Bounds on what ``XMLDocument/init(parsing:limits:)`` accepts from untrusted input.
///
/// Invoices are small (a few kilobytes to a few megabytes with embedded attachments) and shallow
/// (CII and UBL rarely exceed 15 levels), so the defaults leave a wide margin while refusing
/// inputs built to exhaust memory or the stack.
package struct XMLParsingLimits: Sendable, Hashable {
    /// The largest input accepted, in bytes; larger inputs are refused before parsing with
    /// `FacturXError.Code.inputTooLarge`. Default 64 MiB.
    package var maximumBytes: Int
    /// The deepest element nesting accepted (the root is at depth 1); deeper documents are
    /// refused with `FacturXError.Code.nestingTooDeep`. Default 256.
    ///
    /// Above 256, libxml2's own depth guard is lifted (`XML_PARSE_HUGE`) and this limit is the
    /// only one; keep it within a few thousand, since ``XMLElement`` values are recursive.
    package var maximumDepth: Int

    /// Creates limits; the defaults suit invoices.
    package init(maximumBytes: Int = 64 << 20, maximumDepth: Int = 256) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
    }
}
