// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The PDF/A identification an XMP packet declares (`pdfaid:part`, `pdfaid:conformance`).
public struct PDFAIdentification: Sendable, Hashable, CustomStringConvertible {
    /// `pdfaid:part`: 1, 2, 3 (or 4 for PDF/A-4).
    public var part: Int
    /// `pdfaid:conformance`: `A`, `B` or `U` (`nil` when absent, as in PDF/A-4).
    public var conformance: String?

    /// Creates an identification.
    public init(part: Int, conformance: String? = nil) {
        self.part = part
        self.conformance = conformance
    }

    /// `PDF/A-3B`, `PDF/A-4`, …
    public var description: String { "PDF/A-\(part)\(conformance ?? "")" }
}

/// Builds the XMP metadata of a Factur-X PDF: PDF/A identification, the `fx:` properties and the
/// PDF/A extension schema that declares them.
enum FacturXXMP {
    /// Namespace: RDF.
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    /// Namespace: The XMP packet wrapper (`x:xmpmeta`).
    static let meta = "adobe:ns:meta/"
    /// Namespace: PDF/A identification (`pdfaid:`).
    static let pdfaid = "http://www.aiim.org/pdfa/ns/id/"
    /// Namespace: Factur-X 1.0 invoice properties (`fx:`).
    static let fx = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"
    /// Namespace: PDF/A extension schemas (`pdfaExtension:`).
    static let pdfaExtension = "http://www.aiim.org/pdfa/ns/extension/"
    /// Namespace: PDF/A schema descriptions (`pdfaSchema:`).
    static let pdfaSchema = "http://www.aiim.org/pdfa/ns/schema#"
    /// Namespace: PDF/A property descriptions (`pdfaProperty:`).
    static let pdfaProperty = "http://www.aiim.org/pdfa/ns/property#"
    /// Namespace: Dublin Core (`dc:`).
    static let dc = "http://purl.org/dc/elements/1.1/"
    /// Namespace: XMP basic (`xmp:`).
    static let xmp = "http://ns.adobe.com/xap/1.0/"
    /// Namespace: Adobe PDF (`pdf:`).
    static let pdf = "http://ns.adobe.com/pdf/1.3/"
    /// Namespace: The `xml:` namespace (`xml:lang`).
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// The PDF/A identification of a packet, or `nil` when it declares none (or is not XML).
    static func identification(in packet: [UInt8]) -> PDFAIdentification? {
        guard let document = try? XMLDocument(parsing: packet) else { return nil }
        var part: Int?
        var conformance: String?
        func visit(_ element: XMLElement) {
            if element.name == "Description", element.namespace == rdf {
                for attribute in element.attributes where attribute.namespace == pdfaid {
                    if attribute.name == "part" { part = Int(trimmed(attribute.value)) }
                    if attribute.name == "conformance" { conformance = trimmed(attribute.value) }
                }
                for child in element.children where child.namespace == pdfaid {
                    if child.name == "part" { part = Int(trimmed(child.text)) }
                    if child.name == "conformance" { conformance = trimmed(child.text) }
                }
            }
            for child in element.children { visit(child) }
        }
        visit(document.root)
        return part.map { PDFAIdentification(part: $0, conformance: conformance) }
    }

    /// The properties the update rewrites from the Info dictionary, so that both agree:
    /// `xmp:CreateDate`, `xmp:ModifyDate`, `xmp:MetadataDate` and `pdf:Producer`.
    static let provenanceProperties: [(namespace: String, name: String)] = [
        (xmp, "CreateDate"), (xmp, "ModifyDate"), (xmp, "MetadataDate"), (pdf, "Producer"),
    ]

    /// Whether a property is one of ``provenanceProperties``.
    private static func isProvenance(_ namespace: String?, _ name: String) -> Bool {
        provenanceProperties.contains { $0.namespace == namespace && $0.name == name }
    }

    /// The value of a simple property (element or attribute of an `rdf:Description`), if any.
    static func property(_ namespace: String, _ name: String, in packet: [UInt8]) -> String? {
        guard let document = try? XMLDocument(parsing: packet) else { return nil }
        func find(_ element: XMLElement) -> String? {
            if element.name == "Description", element.namespace == rdf {
                if let attribute = element.attributes.first(where: { $0.namespace == namespace && $0.name == name }) {
                    return trimmed(attribute.value)
                }
                if let child = element.children.first(where: { $0.namespace == namespace && $0.name == name }) {
                    return trimmed(child.text)
                }
            }
            for child in element.children {
                if let found = find(child) { return found }
            }
            return nil
        }
        return find(document.root)
    }

    /// Whether the packet's `pdfaExtension:schemas` describe the Factur-X namespace with the
    /// `fx` prefix.
    static func hasFacturXExtensionSchema(_ packet: [UInt8]) -> Bool {
        guard let document = try? XMLDocument(parsing: packet) else { return false }
        func find(_ element: XMLElement) -> Bool {
            if element.name == "li", element.namespace == rdf, describesSchema(element, of: [fx]) { return true }
            return element.children.contains(where: find)
        }
        return find(document.root)
    }

    /// A complete XMP packet: `existing` (when it parses) with its PDF/A identification, `fx:`
    /// properties and Factur-X extension schema replaced, or a fresh packet whose Dublin Core,
    /// XMP and PDF properties repeat the Info dictionary. In both, the
    /// ``provenanceProperties`` are written from `info` (`CreationDate`, `ModDate`, `Producer`;
    /// `xmp:MetadataDate` is `ModDate`). The properties and extension schemas of the namespaces in
    /// `removing` (other invoice flavours whose attachment the update drops) leave the packet too.
    static func packet(
        existing: [UInt8]?,
        info: [String: String],
        conformanceLevel: String,
        removing namespaces: Set<String> = []
    ) -> [UInt8] {
        var root: XMLElement
        if let existing, let parsed = try? XMLDocument(parsing: existing),
            let updated = updated(parsed.root, removing: namespaces.union([fx]))
        {
            root = updated
        } else {
            root = element(
                meta,
                "xmpmeta",
                "x",
                [.element(element(rdf, "RDF", "rdf", [.element(infoDescription(info))]))]
            )
        }
        let provenance = provenanceDescription(info)
        if !provenance.children.isEmpty { root = appending(provenance, to: root) }
        root = appending(facturXDescription(conformanceLevel: conformanceLevel), to: root)
        let body = XMLDocument(root: root).serialized(prettyPrinted: true)
        // The writer starts with an XML declaration, which cannot follow the xpacket instruction.
        let start = body.firstIndex(of: 0x0A).map { $0 + 1 } ?? 0
        var packet = Array("<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n".utf8)
        packet += body[start...]
        packet += Array("\n".utf8)
        for _ in 0..<20 { packet += Array((String(repeating: " ", count: 99) + "\n").utf8) }
        packet += Array("<?xpacket end=\"w\"?>".utf8)
        return packet
    }

    /// The packet root without any PDF/A identification, property of the `removed` namespaces (the
    /// Factur-X one at least) or extension schema describing one of them; `nil` when it has no `rdf:RDF`.
    private static func updated(_ root: XMLElement, removing removed: Set<String>) -> XMLElement? {
        func isRemoved(_ namespace: String?) -> Bool {
            namespace == pdfaid || namespace.map(removed.contains) == true
        }
        func clean(_ element: XMLElement) -> XMLElement {
            var element = element
            if element.name == "Description", element.namespace == rdf {
                element.attributes.removeAll { isRemoved($0.namespace) || isProvenance($0.namespace, $0.name) }
            }
            let isDescription = element.name == "Description" && element.namespace == rdf
            element.content = element.content.compactMap { content in
                guard case .element(let child) = content else { return content }
                if isRemoved(child.namespace) { return nil }
                if isDescription, isProvenance(child.namespace, child.name) { return nil }
                if child.name == "li", child.namespace == rdf, describesSchema(child, of: removed) { return nil }
                return .element(clean(child))
            }
            return element
        }
        /// Drops the descriptions cleaning left empty.
        func pruned(_ rdfElement: XMLElement) -> XMLElement {
            var rdfElement = rdfElement
            rdfElement.content.removeAll { content in
                guard case .element(let child) = content, child.name == "Description", child.namespace == rdf else {
                    return false
                }
                return child.children.isEmpty
                    && child.attributes.allSatisfy { $0.namespace == rdf && $0.name == "about" }
            }
            return rdfElement
        }
        if root.name == "RDF", root.namespace == rdf {
            return element(meta, "xmpmeta", "x", [.element(pruned(clean(root)))])
        }
        guard root.name == "xmpmeta", root.namespace == meta, root.child(rdf, "RDF") != nil else { return nil }
        var cleaned = clean(root)
        cleaned.content = cleaned.content.map { content in
            guard case .element(let child) = content, child.name == "RDF", child.namespace == rdf else {
                return content
            }
            return .element(pruned(child))
        }
        return cleaned
    }

    /// Whether an `rdf:li` of `pdfaExtension:schemas` describes one of `namespaces`.
    private static func describesSchema(_ item: XMLElement, of namespaces: Set<String>) -> Bool {
        if item.attributes.contains(where: {
            $0.namespace == pdfaSchema && $0.name == "namespaceURI" && namespaces.contains(trimmed($0.value))
        }) {
            return true
        }
        let candidates = [item] + item.children.filter { $0.name == "Description" && $0.namespace == rdf }
        return candidates.contains { candidate in
            candidate.children.contains {
                $0.namespace == pdfaSchema && $0.name == "namespaceURI" && namespaces.contains(trimmed($0.text))
            }
                || candidate.attributes.contains {
                    $0.namespace == pdfaSchema && $0.name == "namespaceURI" && namespaces.contains(trimmed($0.value))
                }
        }
    }

    /// Adds our description to `rdf:RDF`; the extension schema joins an existing
    /// `pdfaExtension:schemas` bag when there is one.
    private static func appending(_ description: XMLElement, to root: XMLElement) -> XMLElement {
        var root = root
        guard
            let rdfIndex = root.content.firstIndex(where: {
                if case .element(let child) = $0 { child.name == "RDF" && child.namespace == rdf } else { false }
            }), case .element(var rdfElement) = root.content[rdfIndex]
        else { return root }
        var description = description
        let schema = description.child(pdfaExtension, "schemas")?.child(rdf, "Bag")?.children.first
        var merged = false
        if let schema {
            for (index, content) in rdfElement.content.enumerated() {
                guard case .element(var existing) = content, existing.name == "Description", existing.namespace == rdf,
                    let schemasIndex = existing.content.firstIndex(where: {
                        if case .element(let child) = $0 {
                            child.name == "schemas" && child.namespace == pdfaExtension
                        } else {
                            false
                        }
                    }),
                    case .element(var schemas) = existing.content[schemasIndex],
                    let bagIndex = schemas.content.firstIndex(where: {
                        if case .element(let child) = $0 {
                            child.name == "Bag" && child.namespace == rdf
                        } else {
                            false
                        }
                    }),
                    case .element(var bag) = schemas.content[bagIndex]
                else { continue }
                bag.content.append(.element(schema))
                schemas.content[bagIndex] = .element(bag)
                existing.content[schemasIndex] = .element(schemas)
                rdfElement.content[index] = .element(existing)
                merged = true
                break
            }
        }
        if merged {
            description.content.removeAll {
                if case .element(let child) = $0 { child.namespace == pdfaExtension } else { false }
            }
        }
        rdfElement.content.append(.element(description))
        root.content[rdfIndex] = .element(rdfElement)
        return root
    }

    /// The `rdf:Description` with `pdfaid:part` 3, `pdfaid:conformance` B, the four `fx:`
    /// properties and the Factur-X extension schema.
    static func facturXDescription(conformanceLevel: String) -> XMLElement {
        func property(_ name: String, _ description: String) -> XMLElement.Content {
            .element(
                element(
                    rdf,
                    "li",
                    "rdf",
                    [
                        .element(text(pdfaProperty, "name", "pdfaProperty", name)),
                        .element(text(pdfaProperty, "valueType", "pdfaProperty", "Text")),
                        .element(text(pdfaProperty, "category", "pdfaProperty", "external")),
                        .element(text(pdfaProperty, "description", "pdfaProperty", description)),
                    ],
                    attributes: [XMLAttribute(namespace: rdf, name: "parseType", prefix: "rdf", value: "Resource")]
                )
            )
        }
        let schema = element(
            rdf,
            "li",
            "rdf",
            [
                .element(text(pdfaSchema, "schema", "pdfaSchema", "Factur-X PDFA Extension Schema")),
                .element(text(pdfaSchema, "namespaceURI", "pdfaSchema", fx)),
                .element(text(pdfaSchema, "prefix", "pdfaSchema", "fx")),
                .element(
                    element(
                        pdfaSchema,
                        "property",
                        "pdfaSchema",
                        [
                            .element(
                                element(
                                    rdf,
                                    "Seq",
                                    "rdf",
                                    [
                                        property("DocumentFileName", "The name of the embedded XML invoice file"),
                                        property("DocumentType", "The type of the hybrid document: INVOICE"),
                                        property("Version", "The version of the Factur-X XML schema"),
                                        property("ConformanceLevel", "The Factur-X profile of the embedded XML"),
                                    ]
                                )
                            )
                        ]
                    )
                ),
            ],
            attributes: [XMLAttribute(namespace: rdf, name: "parseType", prefix: "rdf", value: "Resource")]
        )
        return description([
            .element(text(pdfaid, "part", "pdfaid", "3")),
            .element(text(pdfaid, "conformance", "pdfaid", "B")),
            .element(text(fx, "DocumentType", "fx", "INVOICE")),
            .element(text(fx, "DocumentFileName", "fx", "factur-x.xml")),
            .element(text(fx, "Version", "fx", "1.0")),
            .element(text(fx, "ConformanceLevel", "fx", conformanceLevel)),
            .element(
                element(
                    pdfaExtension,
                    "schemas",
                    "pdfaExtension",
                    [.element(element(rdf, "Bag", "rdf", [.element(schema)]))]
                )
            ),
        ])
    }

    /// The description of the ``provenanceProperties``: `xmp:CreateDate` from `CreationDate`,
    /// `xmp:ModifyDate` and `xmp:MetadataDate` from `ModDate`, `pdf:Producer` from `Producer`.
    static func provenanceDescription(_ info: [String: String]) -> XMLElement {
        var content: [XMLElement.Content] = []
        if let date = info["CreationDate"].flatMap(isoDate) {
            content.append(.element(text(xmp, "CreateDate", "xmp", date)))
        }
        if let date = info["ModDate"].flatMap(isoDate) {
            content.append(.element(text(xmp, "ModifyDate", "xmp", date)))
            content.append(.element(text(xmp, "MetadataDate", "xmp", date)))
        }
        if let producer = info["Producer"] { content.append(.element(text(pdf, "Producer", "pdf", producer))) }
        return description(content)
    }

    /// An `rdf:Description rdf:about=""` with this content.
    private static func description(_ content: [XMLElement.Content]) -> XMLElement {
        element(
            rdf,
            "Description",
            "rdf",
            content,
            attributes: [XMLAttribute(namespace: rdf, name: "about", prefix: "rdf", value: "")]
        )
    }

    /// A description repeating the Info dictionary: `dc:title`, `dc:creator`, `dc:description`,
    /// `xmp:CreatorTool`, `pdf:Keywords` (dates and producer: ``provenanceDescription(_:)``).
    static func infoDescription(_ info: [String: String]) -> XMLElement {
        var content: [XMLElement.Content] = []
        func alternative(_ name: String, _ value: String) {
            let item = XMLElement(
                namespace: rdf,
                name: "li",
                prefix: "rdf",
                text: value,
                attributes: [XMLAttribute(namespace: xmlNamespace, name: "lang", prefix: "xml", value: "x-default")]
            )
            content.append(.element(element(dc, name, "dc", [.element(element(rdf, "Alt", "rdf", [.element(item)]))])))
        }
        if let title = info["Title"] { alternative("title", title) }
        if let author = info["Author"] {
            let item = text(rdf, "li", "rdf", author)
            content.append(
                .element(element(dc, "creator", "dc", [.element(element(rdf, "Seq", "rdf", [.element(item)]))]))
            )
        }
        if let subject = info["Subject"] { alternative("description", subject) }
        if let tool = info["Creator"] { content.append(.element(text(xmp, "CreatorTool", "xmp", tool))) }
        if let keywords = info["Keywords"] { content.append(.element(text(pdf, "Keywords", "pdf", keywords))) }
        return description(content)
    }

    /// Converts a PDF date (`D:YYYYMMDDHHmmSSOHH'mm'`, trailing fields optional) to an XMP date
    /// (ISO 8601), or `nil` when it does not read as one.
    static func isoDate(_ pdfDate: String) -> String? {
        var characters = Array(pdfDate.trimmingCharacters())
        if characters.starts(with: ["D", ":"]) { characters.removeFirst(2) }
        var digits: [Character] = []
        while let first = characters.first, first.isASCII, first.isNumber, digits.count < 14 {
            digits.append(first)
            characters.removeFirst()
        }
        guard digits.count >= 4, digits.count.isMultiple(of: 2) else { return nil }
        func field(_ start: Int, _ fallback: String) -> String {
            start + 2 <= digits.count ? String(digits[start..<start + 2]) : fallback
        }
        let date = "\(String(digits[0..<4]))-\(field(4, "01"))-\(field(6, "01"))"
        guard digits.count > 8 else { return date }
        var result = "\(date)T\(field(8, "00")):\(field(10, "00")):\(field(12, "00"))"
        let zone = characters.filter { $0 != "'" }
        if zone.first == "Z" {
            result += "Z"
        } else if let sign = zone.first, sign == "+" || sign == "-" {
            let offset = zone.dropFirst().filter { $0.isASCII && $0.isNumber }
            let hours = offset.count >= 2 ? String(offset.prefix(2)) : "00"
            let minutes = offset.count >= 4 ? String(offset.dropFirst(2).prefix(2)) : "00"
            result += "\(sign)\(hours):\(minutes)"
        }
        return result
    }

    /// Converts an XMP date (ISO 8601, `YYYY-MM-DDThh:mm:ss±hh:mm`, trailing fields optional,
    /// fractions dropped) to a PDF date (`D:YYYYMMDDHHmmSS±HH'mm'`), or `nil` when it does not read
    /// as one.
    static func pdfDate(_ isoDate: String) -> String? {
        let characters = Array(isoDate.trimmingCharacters())
        var digits = ""
        var index = 0
        while index < characters.count, digits.count < 14 {
            let character = characters[index]
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if !((character == "-" && digits.count < 8) || character == ":" || character == "T") {
                break
            }
            index += 1
        }
        guard digits.count >= 4, digits.count.isMultiple(of: 2) else { return nil }
        if index < characters.count, characters[index] == "." {
            index += 1
            while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
        }
        var result = "D:" + digits
        guard index < characters.count else { return result }
        let sign = characters[index]
        if sign == "Z" {
            result += "Z"
        } else if sign == "+" || sign == "-" {
            let zone = characters[(index + 1)...].filter { $0.isASCII && $0.isNumber }
            guard zone.count == 2 || zone.count == 4 else { return nil }
            result += "\(sign)\(String(zone.prefix(2)))'\(zone.count == 4 ? String(zone.suffix(2)) : "00")'"
        } else {
            return nil
        }
        return result
    }

    private static func element(
        _ namespace: String,
        _ name: String,
        _ prefix: String,
        _ content: [XMLElement.Content],
        attributes: [XMLAttribute] = []
    ) -> XMLElement {
        XMLElement(namespace: namespace, name: name, prefix: prefix, attributes: attributes, content: content)
    }

    private static func text(_ namespace: String, _ name: String, _ prefix: String, _ value: String) -> XMLElement {
        XMLElement(namespace: namespace, name: name, prefix: prefix, text: value)
    }

    private static func trimmed(_ text: String) -> String { text.trimmingCharacters() }
}

extension String {
    /// The string without leading and trailing XML whitespace.
    fileprivate func trimmingCharacters() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\r\n" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[start...end])
    }
}
