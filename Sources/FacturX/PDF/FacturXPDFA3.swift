// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

/// An output intent for a PDF/A file: the ICC profile of the colour space the device colours
/// of the document are meant in (`/S /GTS_PDFA1`).
public struct FacturXOutputIntent: Sendable, Hashable {
    /// `/OutputConditionIdentifier`, such as `sRGB IEC61966-2.1`.
    public var identifier: String
    /// `/Info`, a human-readable description.
    public var info: String
    /// The ICC profile, written as the `/DestOutputProfile` stream.
    public var profile: [UInt8]
    /// The number of colour components of the profile (`/N`): 1, 3 or 4.
    public var components: Int

    /// Creates an output intent.
    public init(identifier: String, info: String, profile: [UInt8], components: Int) {
        self.identifier = identifier
        self.info = info
        self.profile = profile
        self.components = components
    }

    /// sRGB IEC 61966-2.1 with FactureKit's own profile (``/FacturX/ICCProfile/sRGB``), the usual
    /// intent for documents drawn in `DeviceRGB` or `DeviceGray`.
    public static let sRGB = FacturXOutputIntent(
        identifier: "sRGB IEC61966-2.1",
        info: "sRGB IEC61966-2.1",
        profile: ICCProfile.sRGB,
        components: 3
    )

    /// The output intent dictionary, its profile being the stream `profile` (`12 0 R`).
    func dictionary(profile: String) -> String {
        "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier \(PDFSyntax.textString(identifier)) "
            + "/Info \(PDFSyntax.textString(info)) /DestOutputProfile \(profile) >>"
    }
}

/// What ``/FacturX/FacturXPDFA3Report`` found for one requirement.
public enum FacturXPDFA3CheckStatus: Sendable, Hashable {
    /// The requirement was checked and holds.
    case passed
    /// The requirement was checked and does not hold.
    case failed
    /// The requirement was not checked: FactureKit cannot tell.
    case notChecked
}

/// One checked requirement: what, the verdict and why.
public struct FacturXPDFA3Check: Sendable, Hashable, CustomStringConvertible {
    /// The requirement, such as `Output intent`.
    public var requirement: String
    /// The verdict.
    public var status: FacturXPDFA3CheckStatus
    /// What was found.
    public var detail: String

    /// Creates a check.
    public init(requirement: String, status: FacturXPDFA3CheckStatus, detail: String) {
        self.requirement = requirement
        self.status = status
        self.detail = detail
    }

    /// `Output intent: passed (…)`.
    public var description: String { "\(requirement): \(status) (\(detail))" }
}

/// The PDF/A-3 and Factur-X structures of a PDF that FactureKit can check by itself.
///
/// This is **not** a PDF/A validation: ISO 19005-3 has many more requirements (embedded fonts,
/// colour spaces of every content stream, no transparency groups without a blending colour
/// space, annotations, actions, …) that only a PDF/A validator such as veraPDF checks. The
/// report lists what was checked, what was found, and what was not checked (fonts), so that a
/// caller knows what is left to a validator. ``allCheckedPassed`` never means "PDF/A conformant".
///
/// ```swift
/// let attached = try FacturXAttacher().attach(xml: xml, profile: .en16931, to: pdf)
/// let report = try FacturXPDFA3Report(checking: attached.pdf)
/// for check in report.checks where check.status != .passed { print(check) }
/// ```
public struct FacturXPDFA3Report: Sendable, Hashable {
    /// A `/GTS_PDFA1` output intent in the catalog with a `/DestOutputProfile` ICC stream.
    public var outputIntent: FacturXPDFA3Check
    /// The XMP declares `pdfaid:part` 3 and `pdfaid:conformance` B.
    public var pdfaIdentification: FacturXPDFA3Check
    /// The XMP has the Factur-X PDF/A extension schema and the `fx:` properties
    /// (`DocumentFileName` `factur-x.xml`, `DocumentType`, `Version`, `ConformanceLevel`).
    public var facturXMetadata: FacturXPDFA3Check
    /// `factur-x.xml` is in the EmbeddedFiles name tree with an `/AFRelationship`.
    public var embeddedInvoice: FacturXPDFA3Check
    /// The catalog's `/AF` array lists the `factur-x.xml` file specification.
    public var associatedFile: FacturXPDFA3Check
    /// Info `/ModDate` and `/CreationDate` are the same instants as XMP `xmp:ModifyDate` and
    /// `xmp:CreateDate`, and Info `/Producer` equals `pdf:Producer`.
    public var datesAndProducer: FacturXPDFA3Check
    /// The trailer has an `/ID`.
    public var fileIdentifier: FacturXPDFA3Check
    /// Fonts: always ``/FacturX/FacturXPDFA3CheckStatus/notChecked`` (embedding and
    /// completeness of the fonts of an arbitrary PDF are beyond FactureKit).
    public var fonts: FacturXPDFA3Check

    /// Every check, in the order above.
    public var checks: [FacturXPDFA3Check] {
        [
            outputIntent, pdfaIdentification, facturXMetadata, embeddedInvoice, associatedFile, datesAndProducer,
            fileIdentifier, fonts,
        ]
    }

    /// Whether every check that was made passed (fonts are not checked). Not a PDF/A verdict.
    public var allCheckedPassed: Bool { checks.allSatisfy { $0.status != .failed } }

    /// Checks a PDF (read with qpdf).
    ///
    /// - Throws: ``/FacturX/FacturXError`` with code `malformedPDF`, `encryptedPDF` or
    ///   `inputTooLarge`, as ``/FacturX/FacturXAttacher`` does.
    public init(checking pdf: [UInt8]) throws(FacturXError) {
        let source = try PDFUpdateSource(reading: pdf)
        let name = FacturXAttacher.attachmentName
        func check(_ requirement: String, _ holds: Bool, _ detail: String) -> FacturXPDFA3Check {
            FacturXPDFA3Check(requirement: requirement, status: holds ? .passed : .failed, detail: detail)
        }

        let intent = source.outputIntents.first { $0.subtype == "GTS_PDFA1" }
        outputIntent = check(
            "Output intent",
            intent?.hasProfile == true && intent?.profileComponents != nil,
            intent.map {
                "GTS_PDFA1 \($0.conditionIdentifier ?? "without identifier"), "
                    + ($0.hasProfile ? "ICC profile with \($0.profileComponents ?? 0) components" : "no ICC profile")
            } ?? "no /OutputIntents entry with /S /GTS_PDFA1"
        )

        let xmp = source.xmp
        let identification = xmp.flatMap(FacturXXMP.identification(in:))
        pdfaIdentification = check(
            "PDF/A identification",
            identification == PDFAIdentification(part: 3, conformance: "B"),
            identification.map { "XMP declares \($0)" } ?? (xmp == nil ? "no XMP metadata" : "no pdfaid in the XMP")
        )

        var missing: [String] = []
        if !(xmp.map(FacturXXMP.hasFacturXExtensionSchema) ?? false) { missing.append("extension schema") }
        for property in ["DocumentType", "DocumentFileName", "Version", "ConformanceLevel"] {
            let value = xmp.flatMap { FacturXXMP.property(FacturXXMP.fx, property, in: $0) }
            if value == nil || (property == "DocumentFileName" && value != name) { missing.append("fx:\(property)") }
        }
        facturXMetadata = check(
            "Factur-X XMP",
            missing.isEmpty,
            missing.isEmpty
                ? "extension schema and fx: properties present" : "missing: \(missing.joined(separator: ", "))"
        )

        let isInvoice: (PDFUpdateSource.Entry) -> Bool = {
            $0.keyText.lowercased() == name || $0.fileName?.lowercased() == name
        }
        let embedded = source.embeddedFiles.first(where: isInvoice)
        embeddedInvoice = check(
            "Embedded factur-x.xml",
            embedded?.relationship != nil,
            embedded.map { "/AFRelationship \($0.relationship.map { "/" + $0 } ?? "missing")" }
                ?? "no factur-x.xml in the EmbeddedFiles name tree"
        )
        let listed = source.associatedFiles.contains { entry in
            isInvoice(entry) || (entry.reference != nil && entry.reference == embedded?.reference)
        }
        associatedFile = check(
            "Catalog /AF",
            listed,
            listed ? "lists the factur-x.xml file specification" : "does not list factur-x.xml"
        )

        var mismatches: [String] = []
        func compareDates(_ infoKey: String, _ xmpName: String, required: Bool) {
            let infoDate = source.info[infoKey]
            let xmpDate = xmp.flatMap { FacturXXMP.property(FacturXXMP.xmp, xmpName, in: $0) }
            switch (infoDate, xmpDate) {
            case (nil, nil): if required { mismatches.append("no /\(infoKey) nor xmp:\(xmpName)") }
            case (let pdfDate?, let isoDate?):
                let left = FacturXXMP.isoDate(pdfDate).flatMap(Self.instant)
                if left == nil || left != Self.instant(isoDate) {
                    mismatches.append("/\(infoKey) \(pdfDate) ≠ xmp:\(xmpName) \(isoDate)")
                }
            case (nil, _?): mismatches.append("xmp:\(xmpName) without /\(infoKey)")
            case (_?, nil): mismatches.append("/\(infoKey) without xmp:\(xmpName)")
            }
        }
        compareDates("ModDate", "ModifyDate", required: false)
        compareDates("CreationDate", "CreateDate", required: false)
        let producer = xmp.flatMap { FacturXXMP.property(FacturXXMP.pdf, "Producer", in: $0) }
        if producer != source.info["Producer"] {
            mismatches.append("/Producer \(source.info["Producer"] ?? "absent") ≠ pdf:Producer \(producer ?? "absent")")
        }
        datesAndProducer = check(
            "Info and XMP agree",
            mismatches.isEmpty,
            mismatches.isEmpty ? "dates and producer agree" : mismatches.joined(separator: "; ")
        )
        fileIdentifier = check(
            "File identifier",
            source.firstID != nil,
            source.firstID != nil ? "/ID present" : "no /ID"
        )
        fonts = FacturXPDFA3Check(
            requirement: "Fonts",
            status: .notChecked,
            detail: "font embedding is not checked: use a PDF/A validator such as veraPDF"
        )
    }

    /// An ISO 8601 date-time as seconds since 1970 UTC (a date alone is midnight UTC; no zone
    /// is read as UTC; fractions of a second are ignored), or `nil` when it does not read as one.
    static func instant(_ text: String) -> Int? {
        let characters = Array(text)
        func number(_ start: Int, _ count: Int) -> Int? {
            guard start + count <= characters.count else { return nil }
            return Int(String(characters[start..<start + count]))
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2) else { return nil }
        var seconds = 0
        var rest = characters.dropFirst(10)
        if rest.first == "T" {
            guard let hour = number(11, 2), let minute = number(14, 2) else { return nil }
            seconds = hour * 3_600 + minute * 60
            rest = characters.dropFirst(16)
            if rest.first == ":", let second = number(17, 2) {
                seconds += second
                rest = characters.dropFirst(19)
                if rest.first == "." { rest = rest.dropFirst().drop { $0.isASCII && $0.isNumber } }
            }
            if let sign = rest.first, sign == "+" || sign == "-" {
                // `+hh:mm`, `+hhmm` or `+hh` (as pdfinfo writes).
                let zone = Array(rest.dropFirst().filter { $0 != ":" })
                guard zone.count == 2 || zone.count == 4, let hours = Int(String(zone[0..<2])) else { return nil }
                let minutes = zone.count == 4 ? Int(String(zone[2..<4])) : 0
                guard let minutes else { return nil }
                let offset = hours * 3_600 + minutes * 60
                seconds -= sign == "+" ? offset : -offset
            }
        }
        // Days from the civil date (proleptic Gregorian), Howard Hinnant's algorithm.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return days * 86_400 + seconds
    }
}

extension AttachedFacturXPDF {
    /// Checks the PDF/A-3 and Factur-X structures of ``pdf``; see ``/FacturX/FacturXPDFA3Report``
    /// (not a PDF/A validation).
    ///
    /// - Throws: the errors of ``/FacturX/FacturXPDFA3Report/init(checking:)``.
    public func pdfa3Report() throws(FacturXError) -> FacturXPDFA3Report {
        try FacturXPDFA3Report(checking: pdf)
    }
}
