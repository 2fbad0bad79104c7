// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureModel

/// The UN/CEFACT namespaces of a Cross Industry Invoice (identical in D16B and D22B).
enum CIINamespace {
    /// `rsm`: the CrossIndustryInvoice message.
    static let rsm = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
    /// `ram`: reusable aggregate business information entities.
    static let ram = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
    /// `udt`: unqualified data types.
    static let udt = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
    /// `qdt`: qualified data types.
    static let qdt = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
}

/// An element being read, with the XPath-like location used in errors.
struct CIINode {
    let element: XMLElement
    let path: String

    init(_ element: XMLElement, path: String) {
        self.element = element
        self.path = path
    }

    /// The first `ram:` child (or `rsm:` when `namespace` says so).
    func child(_ name: String, _ namespace: String = CIINamespace.ram) -> CIINode? {
        guard let found = element.child(namespace, name) else { return nil }
        return CIINode(found, path: path + "/" + Self.prefix(namespace) + ":" + name)
    }

    /// Every `ram:` child of that name, with 1-based positions in their paths.
    func children(_ name: String, _ namespace: String = CIINamespace.ram) -> [CIINode] {
        let found = element.children(namespace, name)
        if found.count == 1 {
            return [CIINode(found[0], path: path + "/" + Self.prefix(namespace) + ":" + name)]
        }
        return found.enumerated().map { index, element in
            CIINode(element, path: path + "/" + Self.prefix(namespace) + ":" + name + "[\(index + 1)]")
        }
    }

    /// Follows a chain of `ram:` children.
    func descendant(_ names: String...) -> CIINode? {
        var node: CIINode? = self
        for name in names { node = node?.child(name) }
        return node
    }

    /// The element's text without surrounding white space.
    var trimmedText: String { element.text.trimmedCII() }

    /// The text of a child, trimmed; `nil` when the child is missing or empty.
    func string(_ name: String) -> String? {
        guard let text = child(name)?.trimmedText, !text.isEmpty else { return nil }
        return text
    }

    /// The text of a child as written (free text such as notes); `nil` when missing or empty.
    func freeText(_ name: String) -> String? {
        guard let text = child(name)?.element.text, !text.trimmedCII().isEmpty else { return nil }
        return text
    }

    /// The texts of every child of that name, empty ones left out.
    func strings(_ name: String) -> [String] {
        children(name).map(\.trimmedText).filter { !$0.isEmpty }
    }

    /// The attribute's value, trimmed; `nil` when missing or empty.
    func attribute(_ name: String) -> String? {
        guard let value = element.attribute(name)?.trimmedCII(), !value.isEmpty else { return nil }
        return value
    }

    /// A child's text and `schemeID` as an ``Identifier``.
    func identifier(_ name: String) -> Identifier? {
        guard let node = child(name) else { return nil }
        return node.identifierValue
    }

    /// This element's text and `schemeID` as an ``Identifier``; `nil` when the text is empty.
    var identifierValue: Identifier? {
        let text = trimmedText
        guard !text.isEmpty else { return nil }
        return Identifier(text, schemeID: attribute("schemeID"))
    }

    /// This element's text as a decimal value.
    func decimalValue<Value: DecimalValue>(_: Value.Type = Value.self) throws(FacturXError) -> Value {
        do {
            return try Value(parsing: trimmedText)
        } catch {
            throw FacturXError(
                code: .invalidValue,
                message: "'\(trimmedText)' is not a decimal number",
                location: path,
                underlyingError: error
            )
        }
    }

    /// A child's text as a decimal value, `nil` when the child is missing.
    func decimal<Value: DecimalValue>(_ name: String, as _: Value.Type = Value.self) throws(FacturXError) -> Value? {
        guard let node = child(name) else { return nil }
        return try node.decimalValue(Value.self)
    }

    /// A child's text as a decimal value, `.missingElement` when the child is missing.
    func requiredDecimal<Value: DecimalValue>(
        _ name: String,
        as _: Value.Type = Value.self,
        term: String
    )
        throws(FacturXError) -> Value
    {
        guard let node = child(name) else {
            throw FacturXError(
                code: .missingElement,
                message: "missing ram:\(name) (\(term))",
                location: path
            )
        }
        return try node.decimalValue(Value.self)
    }

    /// A date held by this element in a `udt:DateTimeString`, `udt:DateString` or
    /// `qdt:DateTimeString` child, format 102 (`YYYYMMDD`).
    func dateValue() throws(FacturXError) -> CalendarDate? {
        let candidates: [(String, String)] = [
            (CIINamespace.udt, "DateTimeString"), (CIINamespace.qdt, "DateTimeString"),
            (CIINamespace.udt, "DateString"), (CIINamespace.qdt, "DateString"),
        ]
        for (namespace, name) in candidates {
            guard let string = child(name, namespace) else { continue }
            let text = string.trimmedText
            if let format = string.attribute("format"), format != "102" {
                throw FacturXError(
                    code: .invalidValue,
                    message: "date format '\(format)' is not 102 (YYYYMMDD)",
                    location: string.path
                )
            }
            do {
                return try CalendarDate(parsingFormat102: text)
            } catch {
                throw FacturXError(
                    code: .invalidValue,
                    message: "'\(text)' is not a date in format 102 (YYYYMMDD)",
                    location: string.path,
                    underlyingError: error
                )
            }
        }
        return nil
    }

    /// A child's date (see ``dateValue()``), `nil` when missing.
    func date(_ name: String) throws(FacturXError) -> CalendarDate? {
        guard let node = child(name) else { return nil }
        return try node.dateValue()
    }

    static func prefix(_ namespace: String) -> String {
        switch namespace {
        case CIINamespace.rsm: "rsm"
        case CIINamespace.ram: "ram"
        case CIINamespace.udt: "udt"
        case CIINamespace.qdt: "qdt"
        default: "*"
        }
    }
}

extension String {
    /// The string without leading and trailing XML white space.
    func trimmedCII() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\r\n" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}

/// Helpers that build CII elements for the writer.
enum CIIBuild {
    /// A `ram:` element holding text, or `nil` when there is no text.
    static func text(_ name: String, _ value: String?, attributes: [(String, String?)] = []) -> XMLElement? {
        guard let value else { return nil }
        var attrs: [XMLAttribute] = []
        for case (let key, let attributeValue?) in attributes {
            attrs.append(XMLAttribute(name: key, value: attributeValue))
        }
        return XMLElement(namespace: CIINamespace.ram, name: name, prefix: "ram", text: value, attributes: attrs)
    }

    /// A `ram:` element with children, or `nil` when every child is `nil` (unless `always`).
    static func group(_ name: String, _ children: [XMLElement?], always: Bool = false) -> XMLElement? {
        let present = children.compactMap { $0 }
        guard always || !present.isEmpty else { return nil }
        return XMLElement(
            namespace: CIINamespace.ram,
            name: name,
            prefix: "ram",
            content: present.map { .element($0) }
        )
    }

    /// A `ram:` element holding an identifier with its optional `schemeID`.
    static func identifier(_ name: String, _ identifier: Identifier?) -> XMLElement? {
        guard let identifier else { return nil }
        return text(name, identifier.value, attributes: [("schemeID", identifier.schemeID)])
    }

    /// A `ram:` element holding a decimal written with its own scale.
    static func decimal(
        _ name: String,
        _ value: (some DecimalValue)?,
        attributes: [(String, String?)] = []
    )
        -> XMLElement?
    {
        guard let value else { return nil }
        return text(name, value.description, attributes: attributes)
    }

    /// A `ram:` date element: `<ram:Name><udt:DateTimeString format="102">…` (or `qdt:`/`DateString`).
    static func date(
        _ name: String,
        _ date: CalendarDate?,
        namespace: String = CIINamespace.udt,
        inner: String = "DateTimeString"
    ) -> XMLElement? {
        guard let date else { return nil }
        let prefix = namespace == CIINamespace.qdt ? "qdt" : "udt"
        let string = XMLElement(
            namespace: namespace,
            name: inner,
            prefix: prefix,
            text: date.format102String,
            attributes: [XMLAttribute(name: "format", value: "102")]
        )
        return XMLElement(namespace: CIINamespace.ram, name: name, prefix: "ram", content: [.element(string)])
    }

    /// `<ram:Name><udt:Indicator>true|false</udt:Indicator></ram:Name>`.
    static func indicator(_ name: String, _ value: Bool) -> XMLElement {
        let indicator = XMLElement(
            namespace: CIINamespace.udt,
            name: "Indicator",
            prefix: "udt",
            text: value ? "true" : "false"
        )
        return XMLElement(namespace: CIINamespace.ram, name: name, prefix: "ram", content: [.element(indicator)])
    }
}
