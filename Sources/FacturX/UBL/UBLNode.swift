// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel

/// An element of a UBL document with the path that leads to it, so that every reading error
/// names where it happened (`/Invoice/cac:InvoiceLine[2]/cbc:LineExtensionAmount`).
struct UBLNode {
    /// The element.
    let element: XMLElement
    /// The XPath-like location of the element.
    let path: String

    init(_ element: XMLElement, path: String) {
        self.element = element
        self.path = path
    }

    // MARK: Navigation

    /// The first `cac:` child with this name.
    func cac(_ name: String) -> UBLNode? {
        element.child(UBLNamespace.cac, name).map { UBLNode($0, path: path + "/cac:" + name) }
    }

    /// Every `cac:` child with this name, each with its 1-based position in the path.
    func cacs(_ name: String) -> [UBLNode] {
        element.children(UBLNamespace.cac, name).enumerated().map { index, child in
            UBLNode(child, path: path + "/cac:\(name)[\(index + 1)]")
        }
    }

    /// The first `cbc:` child with this name.
    func cbc(_ name: String) -> UBLNode? {
        element.child(UBLNamespace.cbc, name).map { UBLNode($0, path: path + "/cbc:" + name) }
    }

    /// Every `cbc:` child with this name.
    func cbcs(_ name: String) -> [UBLNode] {
        element.children(UBLNamespace.cbc, name).enumerated().map { index, child in
            UBLNode(child, path: path + "/cbc:\(name)[\(index + 1)]")
        }
    }

    /// Follows a chain of `cac:` children, then reads the trimmed text of the last `cbc:` name;
    /// `nil` when an element is missing or the text is empty.
    func string(_ names: String...) -> String? {
        var node: UBLNode? = self
        for name in names.dropLast() { node = node?.cac(name) }
        guard let last = names.last, let text = node?.cbc(last)?.value, !text.isEmpty else { return nil }
        return text
    }

    /// The texts of every `cbc:` child of that name as written (free text such as notes), empty
    /// ones left out, joined by line feeds; `nil` when there is none.
    func freeText(_ name: String) -> String? {
        let texts = element.children(UBLNamespace.cbc, name).map(\.text).filter { !UBLNode.trimmed($0).isEmpty }
        return texts.isEmpty ? nil : texts.joined(separator: "\n")
    }

    // MARK: Values

    /// The element's text with surrounding white space removed.
    var value: String {
        UBLNode.trimmed(element.text)
    }

    /// An attribute's value with surrounding white space removed.
    func attribute(_ name: String) -> String? {
        element.attribute(name).map(UBLNode.trimmed)
    }

    /// The text as an identifier with its optional `@schemeID`.
    var identifier: Identifier {
        Identifier(value, schemeID: attribute("schemeID"))
    }

    /// The text as an amount.
    func amount() throws(FacturXError) -> Amount {
        try decimal(Amount.self)
    }

    /// The text as a quantity.
    func quantity() throws(FacturXError) -> Quantity {
        try decimal(Quantity.self)
    }

    /// The text as a percentage.
    func percentage() throws(FacturXError) -> Percentage {
        try decimal(Percentage.self)
    }

    /// The text as an ISO 8601 calendar date (`YYYY-MM-DD`); an `xs:date` time zone suffix
    /// (`Z`, `+01:00`) is ignored.
    func date() throws(FacturXError) -> CalendarDate {
        var text = Substring(value)
        if text.utf8.count > 10 {
            let suffix = text.utf8.dropFirst(10)
            let zone = String(decoding: suffix, as: UTF8.self)
            let isZone =
                zone == "Z"
                || (zone.utf8.count == 6 && (zone.hasPrefix("+") || zone.hasPrefix("-"))
                    && zone.utf8.dropFirst(3).first == UInt8(ascii: ":"))
            if isZone { text = text.prefix(10) }
        }
        do {
            return try CalendarDate(parsingISO8601: text)
        } catch {
            throw FacturXError(
                code: .invalidValue,
                message: "'\(value)' is not an ISO 8601 date (YYYY-MM-DD)",
                location: path,
                underlyingError: error
            )
        }
    }

    /// The text as an ISO 3166-1 alpha-2 country code.
    func country() throws(FacturXError) -> CountryCode {
        do {
            return try CountryCode(value)
        } catch {
            throw FacturXError(code: .invalidValue, message: error.message, location: path, underlyingError: error)
        }
    }

    /// The text as an ISO 4217 currency code.
    func currency() throws(FacturXError) -> CurrencyCode {
        do {
            return try CurrencyCode(value)
        } catch {
            throw FacturXError(code: .invalidValue, message: error.message, location: path, underlyingError: error)
        }
    }

    /// The text as an `xs:boolean`.
    func boolean() throws(FacturXError) -> Bool {
        switch value {
        case "true", "1": return true
        case "false", "0": return false
        default:
            throw FacturXError(code: .invalidValue, message: "'\(value)' is not a boolean", location: path)
        }
    }

    private func decimal<Value: DecimalValue>(_ type: Value.Type) throws(FacturXError) -> Value {
        do {
            return try Value(parsing: value)
        } catch {
            throw FacturXError(
                code: .invalidValue,
                message: "'\(value)' is not a decimal number",
                location: path,
                underlyingError: error
            )
        }
    }

    // MARK: Mandatory children

    /// The first `cbc:` child with this name, or a ``/FacturX/FacturXError/Code/missingElement`` error.
    func requiredCBC(_ name: String, term: String) throws(FacturXError) -> UBLNode {
        guard let node = cbc(name) else {
            throw FacturXError(
                code: .missingElement,
                message: "cbc:\(name) (\(term)) is missing",
                location: path + "/cbc:" + name
            )
        }
        return node
    }

    /// The first `cac:` child with this name, or a ``/FacturX/FacturXError/Code/missingElement`` error.
    func requiredCAC(_ name: String, term: String) throws(FacturXError) -> UBLNode {
        guard let node = cac(name) else {
            throw FacturXError(
                code: .missingElement,
                message: "cac:\(name) (\(term)) is missing",
                location: path + "/cac:" + name
            )
        }
        return node
    }

    /// The attribute's value, or a ``/FacturX/FacturXError/Code/missingElement`` error.
    func requiredAttribute(_ name: String, term: String) throws(FacturXError) -> String {
        guard let value = attribute(name) else {
            throw FacturXError(
                code: .missingElement,
                message: "@\(name) (\(term)) is missing",
                location: path + "/@" + name
            )
        }
        return value
    }

    // MARK: Optional typed children

    /// The amount in the `cbc:` child with this name, if there is one.
    func optionalAmount(_ name: String) throws(FacturXError) -> Amount? {
        guard let node = cbc(name) else { return nil }
        return try node.amount()
    }

    /// The percentage in the `cbc:` child with this name, if there is one.
    func optionalPercentage(_ name: String) throws(FacturXError) -> Percentage? {
        guard let node = cbc(name) else { return nil }
        return try node.percentage()
    }

    /// The date in the `cbc:` child with this name, if there is one.
    func optionalDate(_ name: String) throws(FacturXError) -> CalendarDate? {
        guard let node = cbc(name) else { return nil }
        return try node.date()
    }

    static func trimmed(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars[...]
        while let first = scalars.first, isWhitespace(first) { scalars.removeFirst() }
        while let last = scalars.last, isWhitespace(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t"
    }
}
