// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// One way a document breaks its XSD schema, as reported by ``XMLSchemaValidator``.
///
/// Violations are data, not errors: a document with violations was still read and checked.
package struct SchemaViolation: Sendable, Hashable, CustomStringConvertible {
    /// libxml2's message, such as `Element '{urn:…}TypeCode': [facet 'enumeration'] The value
    /// '999' is not an element of the set {…}.`
    package var message: String
    /// The 1-based line of the offending element in the validated bytes, 0 when unknown.
    package var line: Int
    /// The 1-based column, when libxml2 knows it (schema validation usually does not).
    package var column: Int?
    /// An XPath to the offending node, such as `/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode`.
    package var path: String?

    /// Creates a violation.
    package init(message: String, line: Int, column: Int? = nil, path: String? = nil) {
        self.message = message
        self.line = line
        self.column = column
        self.path = path
    }

    /// `line[:column]: message`.
    package var description: String {
        let location = column.map { "\(line):\($0)" } ?? "\(line)"
        return "\(location): \(message)"
    }
}
