// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// The element structure of one profile's CII schema: for each complex type, its child elements
/// in XSD sequence order, their types and how often they may occur.
///
/// The writer builds one tree with everything the model holds, then ``conform(_:removed:)``
/// orders every element's children as the profile's XSD sequence demands and removes what the
/// profile's XSD does not allow. The tables are generated from the official XSDs
/// (and checked against them) by `CIISchemaTablesTests`, so the SDK does not need them at run time.
struct CIISchema: Sendable {
    struct Child: Sendable {
        var position: Int
        /// The complex type's name, `nil` for a simple or data type (udt/qdt), whose content is
        /// kept as is.
        var type: String?
        /// The maximum number of occurrences, `nil` for unbounded.
        var maxOccurs: Int?
    }

    /// Complex type name → (child local name → child).
    let types: [String: [String: Child]]

    init(table: String) {
        var types: [String: [String: Child]] = [:]
        for line in table.split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            let typeName = String(line[..<equals]).trimmedCII()
            var children: [String: Child] = [:]
            for (position, spec) in line[line.index(after: equals)...].split(separator: ",").enumerated() {
                let parts = spec.split(separator: ":", omittingEmptySubsequences: false)
                guard parts.count == 3 else { continue }
                let childType = parts[1] == "-" ? nil : String(parts[1])
                let max = Int(parts[2]) ?? 0
                children[String(parts[0])] = Child(position: position, type: childType, maxOccurs: max == 0 ? nil : max)
            }
            types[typeName] = children
        }
        self.types = types
    }

    static let minimum = CIISchema(table: minimumTable)
    static let basicWL = CIISchema(table: basicWLTable)
    static let basic = CIISchema(table: basicTable)
    static let en16931 = CIISchema(table: en16931Table)
    static let extended = CIISchema(table: extendedTable)
    static let extendedCTCFR = CIISchema(table: extendedCTCFRTable)

    /// The schema of a profile.
    static func schema(for profile: FacturXProfile) -> CIISchema {
        switch profile {
        case .minimum: .minimum
        case .basicWL: .basicWL
        case .basic: .basic
        case .en16931: .en16931
        case .extended: .extended
        default: .extendedCTCFR
        }
    }

    /// Orders and filters a `rsm:CrossIndustryInvoice` tree for this schema; `removed` receives
    /// the paths (local names joined by `/`) of the elements left out.
    func conform(_ root: XMLElement, removed: inout [String]) -> XMLElement {
        conform(root, type: "CrossIndustryInvoiceType", path: "/" + root.name, removed: &removed)
    }

    private func conform(_ element: XMLElement, type: String, path: String, removed: inout [String]) -> XMLElement {
        guard let children = types[type] else { return element }
        var kept: [(Child, XMLElement)] = []
        for case .element(let child) in element.content {
            guard child.namespace == CIINamespace.ram || child.namespace == CIINamespace.rsm,
                let spec = children[child.name]
            else {
                removed.append(path + "/" + child.name)
                continue
            }
            kept.append((spec, child))
        }
        // A stable sort: same-named children keep their relative order.
        let ordered = kept.enumerated().sorted {
            ($0.element.0.position, $0.offset) < ($1.element.0.position, $1.offset)
        }.map(\.element)
        var counts: [String: Int] = [:]
        var result = element
        result.content = []
        for (spec, child) in ordered {
            let count = counts[child.name, default: 0] + 1
            counts[child.name] = count
            if let max = spec.maxOccurs, count > max {
                removed.append(path + "/" + child.name)
                continue
            }
            if let childType = spec.type {
                result.append(conform(child, type: childType, path: path + "/" + child.name, removed: &removed))
            } else {
                result.append(child)
            }
        }
        return result
    }
}
