// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

extension XMLDocument {
    /// The document as UTF-8 XML bytes: an XML declaration, then the root element.
    ///
    /// Pure Swift, no libxml2. What is written:
    /// - `<?xml version="1.0" encoding="UTF-8"?>` and a newline, then the root element.
    /// - **Namespaces.** Every namespace the tree uses is declared once, on the root, in order of
    ///   first use. Each element and attribute keeps its ``XMLElement/prefix`` when that prefix
    ///   is free or already bound to the same namespace. An element with a namespace and no prefix
    ///   (or whose prefix is taken by another namespace) is written in the default namespace
    ///   (`xmlns="…"`) when the tree has no element outside any namespace and the default
    ///   namespace is not taken by another one; otherwise it gets the prefix already bound to its
    ///   namespace, or a generated one (`ns1`, `ns2`, …). Namespaced attributes never use the
    ///   default namespace. The `xml` namespace (`xml:lang`) is never declared. A prefix on an
    ///   element or attribute with no namespace is dropped. Attributes in the `xmlns` namespace
    ///   (declarations built by hand) are skipped, since the writer makes the declarations.
    /// - **Escaping.** In text, `&`, `<` and `>` are escaped and `\r` is written `&#xD;` (so it
    ///   survives parsing). In attribute values (always double-quoted), `&`, `<`, `>` and `"` are
    ///   escaped and tab, `\n` and `\r` are written as character references (so attribute-value
    ///   normalisation keeps them). Characters XML 1.0 cannot carry at all (C0 controls other than
    ///   tab, `\n` and `\r`; U+FFFE; U+FFFF) are replaced by U+FFFD, so the output is always
    ///   well-formed.
    /// - **Pretty printing** indents (two spaces) only elements whose content is elements alone;
    ///   an element holding any text is written exactly, so ``XMLDocument/init(parsing:limits:)``
    ///   gives the same tree back either way (it drops indentation).
    ///
    /// Names are written as given; they are not checked to be valid XML names.
    ///
    /// - Parameter prettyPrinted: Whether to indent element-only content.
    /// - Returns: The UTF-8 bytes of the document.
    package func serialized(prettyPrinted: Bool = false) -> [UInt8] {
        var writer = XMLWriter(root: root, prettyPrinted: prettyPrinted)
        return writer.write()
    }
}

/// Serialises an ``XMLElement`` tree; see ``XMLDocument/serialized(prettyPrinted:)``.
private struct XMLWriter {
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    static let xmlnsNamespace = "http://www.w3.org/2000/xmlns/"

    let root: XMLElement
    let prettyPrinted: Bool
    var output: [UInt8] = []

    /// prefix → namespace, declared on the root.
    private var bindings: [String: String] = [:]
    /// Declaration order of the prefixed bindings.
    private var declarationOrder: [String] = []
    /// The first prefix bound to each namespace.
    private var prefixForNamespace: [String: String] = [:]
    /// The default namespace, if one is used.
    private var defaultNamespace: String?
    /// Whether an unprefixed element may be put in the default namespace.
    private var defaultNamespaceAllowed = true
    private var generatedCount = 0

    init(root: XMLElement, prettyPrinted: Bool) {
        self.root = root
        self.prettyPrinted = prettyPrinted
    }

    mutating func write() -> [UInt8] {
        defaultNamespaceAllowed = !Self.containsElementWithoutNamespace(root)
        bind(root)
        output.reserveCapacity(4096)
        append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        writeElement(root, depth: 0, isRoot: true)
        if prettyPrinted { output.append(UInt8(ascii: "\n")) }
        return output
    }

    // MARK: Namespace bindings

    private static func containsElementWithoutNamespace(_ element: XMLElement) -> Bool {
        if element.namespace == nil { return true }
        for case .element(let child) in element.content where containsElementWithoutNamespace(child) {
            return true
        }
        return false
    }

    private static func isUsablePrefix(_ prefix: String?) -> Bool {
        guard let prefix, !prefix.isEmpty else { return false }
        return prefix != "xml" && prefix != "xmlns"
    }

    /// First pass: binds every (prefix, namespace) the tree uses, in document order.
    private mutating func bind(_ element: XMLElement) {
        if let namespace = element.namespace {
            bindName(namespace: namespace, prefix: element.prefix, isAttribute: false)
        }
        for attribute in element.attributes where attribute.namespace != Self.xmlnsNamespace {
            if let namespace = attribute.namespace {
                bindName(namespace: namespace, prefix: attribute.prefix, isAttribute: true)
            }
        }
        for case .element(let child) in element.content { bind(child) }
    }

    private mutating func bindName(namespace: String, prefix: String?, isAttribute: Bool) {
        if namespace == Self.xmlNamespace { return }
        if Self.isUsablePrefix(prefix), let prefix {
            if let bound = bindings[prefix] {
                if bound == namespace { return }
            } else {
                declare(prefix, namespace)
                return
            }
        }
        if !isAttribute, defaultNamespaceAllowed, defaultNamespace == nil || defaultNamespace == namespace {
            defaultNamespace = namespace
            return
        }
        if prefixForNamespace[namespace] != nil { return }
        var generated: String
        repeat {
            generatedCount += 1
            generated = "ns\(generatedCount)"
        } while bindings[generated] != nil
        declare(generated, namespace)
    }

    private mutating func declare(_ prefix: String, _ namespace: String) {
        bindings[prefix] = namespace
        declarationOrder.append(prefix)
        if prefixForNamespace[namespace] == nil { prefixForNamespace[namespace] = prefix }
    }

    /// Second pass: the prefix a name is written with ("" for none), consistent with ``bind(_:)``.
    private func resolvedPrefix(namespace: String?, prefix: String?, isAttribute: Bool) -> String {
        guard let namespace else { return "" }
        if namespace == Self.xmlNamespace { return "xml" }
        if Self.isUsablePrefix(prefix), let prefix, bindings[prefix] == namespace { return prefix }
        if !isAttribute, defaultNamespace == namespace { return "" }
        return prefixForNamespace[namespace] ?? ""
    }

    // MARK: Writing

    private mutating func append(_ string: String) {
        output.append(contentsOf: string.utf8)
    }

    private mutating func appendName(_ prefix: String, _ name: String) {
        if !prefix.isEmpty {
            append(prefix)
            output.append(UInt8(ascii: ":"))
        }
        append(name)
    }

    private mutating func appendIndent(_ depth: Int) {
        output.append(UInt8(ascii: "\n"))
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func writeElement(_ element: XMLElement, depth: Int, isRoot: Bool) {
        let prefix = resolvedPrefix(namespace: element.namespace, prefix: element.prefix, isAttribute: false)
        output.append(UInt8(ascii: "<"))
        appendName(prefix, element.name)
        if isRoot {
            if let defaultNamespace {
                append(" xmlns=\"")
                appendEscaped(defaultNamespace, inAttribute: true)
                output.append(UInt8(ascii: "\""))
            }
            for declared in declarationOrder {
                append(" xmlns:")
                append(declared)
                append("=\"")
                appendEscaped(bindings[declared] ?? "", inAttribute: true)
                output.append(UInt8(ascii: "\""))
            }
        }
        for attribute in element.attributes where attribute.namespace != Self.xmlnsNamespace {
            output.append(UInt8(ascii: " "))
            let attributePrefix = resolvedPrefix(
                namespace: attribute.namespace,
                prefix: attribute.prefix,
                isAttribute: true
            )
            appendName(attributePrefix, attribute.name)
            append("=\"")
            appendEscaped(attribute.value, inAttribute: true)
            output.append(UInt8(ascii: "\""))
        }
        if element.content.isEmpty {
            append("/>")
            return
        }
        output.append(UInt8(ascii: ">"))
        let indents = prettyPrinted && element.content.allSatisfy { if case .element = $0 { true } else { false } }
        for item in element.content {
            switch item {
            case .element(let child):
                if indents { appendIndent(depth + 1) }
                writeElement(child, depth: depth + 1, isRoot: false)
            case .text(let text):
                appendEscaped(text, inAttribute: false)
            }
        }
        if indents { appendIndent(depth) }
        append("</")
        appendName(prefix, element.name)
        output.append(UInt8(ascii: ">"))
    }

    /// Whether a UTF-8 byte may need escaping or replacement (ASCII specials, C0 controls, and
    /// 0xEF, the lead byte of U+FFFE and U+FFFF).
    private static func needsAttention(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == 0xEF
    }

    private mutating func appendEscaped(_ string: String, inAttribute: Bool) {
        if !string.utf8.contains(where: Self.needsAttention) {
            output.append(contentsOf: string.utf8)
            return
        }
        for scalar in string.unicodeScalars {
            switch scalar.value {
            case 0x26: append("&amp;")
            case 0x3C: append("&lt;")
            case 0x3E: append("&gt;")
            case 0x22 where inAttribute: append("&quot;")
            case 0x0D: append("&#xD;")
            case 0x09 where inAttribute: append("&#x9;")
            case 0x0A where inAttribute: append("&#xA;")
            case 0x09, 0x0A: output.append(UInt8(scalar.value))
            case 0x00..<0x20, 0xFFFE, 0xFFFF: append("\u{FFFD}")
            default: UTF8.encode(scalar) { output.append($0) }
            }
        }
    }
}
