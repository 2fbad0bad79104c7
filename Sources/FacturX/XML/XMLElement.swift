// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An XML element as a plain Swift value: what the CII and UBL readers navigate and the writers
/// build, independent of libxml2.
///
/// Names are split into the namespace URI and the local name, so readers match on meaning and
/// never on the prefix a sender chose. Text children are kept in document order with the element
/// children (``Content``), so mixed content survives a round trip; most invoice elements hold
/// either text or elements, and ``text`` gives the text.
package struct XMLElement: Sendable, Hashable {
    /// The namespace URI, or `nil` for an element in no namespace.
    package var namespace: String?
    /// The local name, without prefix.
    package var name: String
    /// The prefix the document used (kept for writing; readers ignore it).
    package var prefix: String?
    /// Attributes in document order.
    package var attributes: [XMLAttribute]
    /// Children in document order: elements and text.
    package var content: [Content]
    /// The line the element starts on in its source, 0 when built in code.
    package var line: Int

    /// A piece of an element's content.
    package enum Content: Sendable, Hashable {
        /// A child element.
        case element(XMLElement)
        /// Character data (entities resolved, CDATA unwrapped).
        case text(String)
    }

    /// Creates an element.
    package init(
        namespace: String?,
        name: String,
        prefix: String? = nil,
        attributes: [XMLAttribute] = [],
        content: [Content] = [],
        line: Int = 0
    ) {
        self.namespace = namespace
        self.name = name
        self.prefix = prefix
        self.attributes = attributes
        self.content = content
        self.line = line
    }

    /// Creates an element that holds only text.
    package init(namespace: String?, name: String, prefix: String? = nil, text: String, attributes: [XMLAttribute] = [])
    {
        self.init(namespace: namespace, name: name, prefix: prefix, attributes: attributes, content: [.text(text)])
    }

    /// The element children, in order.
    package var children: [XMLElement] {
        content.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The concatenated text children (not descendants), as written.
    package var text: String {
        var result = ""
        for case .text(let piece) in content { result += piece }
        return result
    }

    /// The first child with this namespace and local name.
    package func child(_ namespace: String?, _ name: String) -> XMLElement? {
        for case .element(let element) in content where element.name == name && element.namespace == namespace {
            return element
        }
        return nil
    }

    /// Every child with this namespace and local name, in order.
    package func children(_ namespace: String?, _ name: String) -> [XMLElement] {
        children.filter { $0.name == name && $0.namespace == namespace }
    }

    /// The value of an attribute in no namespace (the usual case: `currencyID`, `schemeID`).
    package func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name && $0.namespace == nil }?.value
    }

    /// Appends a child element.
    package mutating func append(_ element: XMLElement) {
        content.append(.element(element))
    }
}

/// An attribute of an ``XMLElement``.
package struct XMLAttribute: Sendable, Hashable {
    /// The namespace URI, `nil` for an unprefixed attribute.
    package var namespace: String?
    /// The local name.
    package var name: String
    /// The prefix the document used.
    package var prefix: String?
    /// The value, entities resolved.
    package var value: String

    /// Creates an attribute.
    package init(namespace: String? = nil, name: String, prefix: String? = nil, value: String) {
        self.namespace = namespace
        self.name = name
        self.prefix = prefix
        self.value = value
    }
}

/// A parsed XML document: its root element and the namespace declarations of the root.
package struct XMLDocument: Sendable, Hashable {
    /// The root element.
    package var root: XMLElement

    /// Creates a document.
    package init(root: XMLElement) {
        self.root = root
    }
}
