// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How an attached file relates to the PDF's visual content (`/AFRelationship`, PDF/A-3).
public struct FacturXAttachmentRelationship: Sendable, Hashable, CustomStringConvertible {
    /// The PDF name, without the slash: `Data`, `Alternative`, `Source`.
    public let pdfName: String

    private init(_ pdfName: String) { self.pdfName = pdfName }

    /// `/Data`: the XML carries data the visual rendering is based on (Factur-X MINIMUM and
    /// BASIC WL, which are not complete invoices).
    public static let data = FacturXAttachmentRelationship("Data")
    /// `/Alternative`: the XML is an equivalent representation of the invoice (BASIC, EN 16931,
    /// EXTENDED).
    public static let alternative = FacturXAttachmentRelationship("Alternative")
    /// `/Source`: the XML is the source the PDF was produced from.
    public static let source = FacturXAttachmentRelationship("Source")

    /// The relationship Factur-X 1.0 prescribes for a profile: ``data`` for MINIMUM and BASIC
    /// WL, ``alternative`` otherwise.
    public static func `default`(for profile: FacturXProfile) -> FacturXAttachmentRelationship {
        profile.isEN16931Compliant ? .alternative : .data
    }

    /// The PDF name, such as `Alternative`.
    public var description: String { pdfName }
}

/// A PDF with a Factur-X XML attached, and what the input PDF claimed to be.
///
/// The output always declares PDF/A-3B in its XMP (`pdfaid:part` 3, `pdfaid:conformance` B), as
/// Factur-X requires, and the update adds what it can (an sRGB output intent when the input has
/// none, Info and XMP dates that agree, a file identifier), but attaching a file does not make a
/// PDF conform to PDF/A: fonts, colour spaces and the rest of ISO 19005 are the input's business.
/// The claim is sound only when the input already was PDF/A-3 (see ``isPDFA3Claimable``), or was
/// PDF/A-1 or PDF/A-2 and still meets every other PDF/A-3 requirement (check it with a PDF/A
/// validator such as veraPDF). ``pdfa3Report()`` lists what FactureKit itself can check.
public struct AttachedFacturXPDF: Sendable, Hashable {
    /// The new PDF: the input's bytes unchanged, followed by an incremental update.
    public var pdf: [UInt8]
    /// The PDF/A identification the input's XMP declared, or `nil` when it declared none.
    public var inputPDFA: PDFAIdentification?
    /// Whether the input already carried an attachment named `factur-x.xml` (now replaced).
    public var replacedExistingInvoice: Bool
    /// Whether the update ends with a cross-reference stream (the input's last section was one)
    /// rather than a classic table.
    public var usesCrossReferenceStream: Bool
    /// The invoice attachments of other flavours (`zugferd-invoice.xml`, `ZUGFeRD-invoice.xml`,
    /// `xrechnung.xml`) the update removed from the attachment lists, by name; empty when
    /// ``/FacturX/FacturXAttacher/removesOtherInvoiceFlavours`` is off or there were none.
    public var removedInvoiceAttachments: [String]

    /// Creates a result.
    public init(
        pdf: [UInt8],
        inputPDFA: PDFAIdentification?,
        replacedExistingInvoice: Bool,
        usesCrossReferenceStream: Bool,
        removedInvoiceAttachments: [String] = []
    ) {
        self.pdf = pdf
        self.inputPDFA = inputPDFA
        self.replacedExistingInvoice = replacedExistingInvoice
        self.usesCrossReferenceStream = usesCrossReferenceStream
        self.removedInvoiceAttachments = removedInvoiceAttachments
    }

    /// Whether the output may be claimed PDF/A-3: the input declared PDF/A-3 (part 3), and the
    /// update adds only what PDF/A-3 allows (an associated file, its file specification, XMP).
    ///
    /// `false` does not mean the output cannot be PDF/A-3: an input that is PDF/A-1 or PDF/A-2,
    /// or no PDF/A at all, may meet the requirements, but only a validator can tell.
    public var isPDFA3Claimable: Bool { inputPDFA?.part == 3 }
}

/// Attaches a Factur-X XML to an existing PDF as an incremental update, with the PDF/A-3
/// structures Factur-X 1.0 requires.
///
/// ```swift
/// let attached = try FacturXAttacher().attach(xml: xmlBytes, profile: .en16931, to: pdfBytes)
/// try write(attached.pdf)
/// if !attached.isPDFA3Claimable { print("check the result with a PDF/A validator") }
/// ```
///
/// The input's bytes are kept as they are; the update appends:
/// - the XML as an embedded file stream (`/Type /EmbeddedFile /Subtype /text#2Fxml`, with
///   `/Params << /ModDate /Size >>`), and its file specification (`/F` and `/UF` `factur-x.xml`,
///   `/Desc (Factur-X)`, `/AFRelationship`);
/// - a new revision of the catalog (same object number) whose `/AF` array and `/Names`
///   `/EmbeddedFiles` tree list the file specification, other attachments kept and a previous
///   `factur-x.xml` replaced, and whose `/Metadata` is a new XMP stream, with an
///   `/OutputIntents` entry (``outputIntent``, its ICC profile stream) when the input has none;
/// - a new revision of the Info dictionary (a new one when the input has none or a direct one):
///   `/ModDate` the update's date, `/CreationDate` kept when it reads as a date (else the XMP's
///   `xmp:CreateDate`, else the update's date), `/Producer` kept (else `FactureKit`), other entries kept;
/// - a cross-reference section of the kind the input's last one was (a table with a trailer, or
///   an uncompressed cross-reference stream), chained to it by `/Prev`, its `/ID` keeping the
///   input's first element (a new one when it has none) with a new second element.
///
/// The XMP keeps the input's packet, when it has one that parses, with its PDF/A identification,
/// Factur-X properties and Factur-X extension schema replaced; otherwise it is written afresh
/// from the Info dictionary (title, author, subject, creator tool, keywords). In both, the XMP's
/// `xmp:CreateDate`, `xmp:ModifyDate`, `xmp:MetadataDate` and `pdf:Producer` are those of the new
/// Info dictionary (same instants, ISO 8601 against PDF dates).
public struct FacturXAttacher: Sendable {
    /// The modification date of the update, as a PDF date (`D:20250101120000Z`); `nil` for the
    /// current time. It is the embedded file's `/Params /ModDate`, the Info dictionary's
    /// `/ModDate` and the XMP's `xmp:ModifyDate` and `xmp:MetadataDate`.
    public var modificationDate: String?

    /// The output intent added to the catalog when the input has no `/OutputIntents`; `nil` to
    /// add none. An input's output intents are always kept as they are.
    public var outputIntent: FacturXOutputIntent?

    /// Whether invoice attachments of another flavour (a ZUGFeRD 1 or 2 `zugferd-invoice.xml`, an
    /// `xrechnung.xml`) leave the attachment lists (`/EmbeddedFiles`, `/AF`) when the Factur-X XML
    /// is attached: on by default, since a PDF carrying two invoice XMLs that may disagree is
    /// ambiguous to its reader. Their bytes stay in the file (an incremental update removes
    /// nothing), unreferenced. Attachments that are no invoice are always kept.
    public var removesOtherInvoiceFlavours: Bool

    /// Creates an attacher.
    ///
    /// - Parameters:
    ///   - modificationDate: A fixed PDF date for the update (reproducible output), or `nil` for
    ///     the current time. A value that does not read as a PDF date is replaced by the current time.
    ///   - outputIntent: The output intent to add when the input has none (PDF/A requires one
    ///     for device colours); by default ``/FacturX/FacturXOutputIntent/sRGB``.
    ///   - removesOtherInvoiceFlavours: Whether ZUGFeRD and XRechnung invoice attachments leave the
    ///     attachment lists (see ``removesOtherInvoiceFlavours``).
    public init(
        modificationDate: String? = nil,
        outputIntent: FacturXOutputIntent? = .sRGB,
        removesOtherInvoiceFlavours: Bool = true
    ) {
        self.modificationDate = modificationDate
        self.outputIntent = outputIntent
        self.removesOtherInvoiceFlavours = removesOtherInvoiceFlavours
    }

    /// The `/Producer` written when the input's Info dictionary has none.
    public static let defaultProducer = "FactureKit"

    /// The name of the attachment Factur-X requires.
    public static let attachmentName = "factur-x.xml"

    /// Attaches `xml` to `pdf`.
    ///
    /// - Parameters:
    ///   - xml: The Factur-X (CII) XML; its root must be `rsm:CrossIndustryInvoice`.
    ///   - profile: The profile the XML follows, written as `fx:ConformanceLevel` (EXTENDED-CTC-FR
    ///     is written as `EXTENDED`: the Factur-X XMP schema knows no other level).
    ///   - pdf: The PDF to attach to.
    ///   - relationship: The `/AFRelationship`; by default the one Factur-X prescribes for
    ///     `profile` (see ``/FacturX/FacturXAttachmentRelationship/default(for:)``).
    /// - Returns: The updated PDF and the input's PDF/A claim.
    /// - Throws: ``/FacturX/FacturXError`` with code `malformedXML` for XML that is not
    ///   well-formed, `unsupportedDocument` when its root is not a CII invoice, `malformedPDF` for
    ///   a PDF qpdf cannot read (or without a last `startxref`), `encryptedPDF` for an encrypted
    ///   PDF, `inputTooLarge` above 2 GiB.
    public func attach(
        xml: [UInt8],
        profile: FacturXProfile,
        to pdf: [UInt8],
        relationship: FacturXAttachmentRelationship? = nil
    ) throws(FacturXError) -> AttachedFacturXPDF {
        let document = try XMLDocument(parsing: xml)
        guard document.root.name == "CrossIndustryInvoice",
            document.root.namespace == "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
        else {
            throw FacturXError(
                code: .unsupportedDocument,
                message: "A Factur-X attachment must be a CII rsm:CrossIndustryInvoice, not \(document.root.name)"
            )
        }
        let source = try PDFUpdateSource(reading: pdf)
        let relationship = relationship ?? .default(for: profile)
        let date = modificationDate.flatMap { FacturXXMP.isoDate($0) == nil ? nil : $0 } ?? Self.currentPDFDate()
        let inputPDFA = source.xmp.flatMap(FacturXXMP.identification(in:))

        var writer = PDFIncrementalWriter(original: pdf, firstFreeNumber: source.size)
        let stream = writer.allocate()
        let fileSpecification = writer.allocate()
        let metadata = writer.allocate()
        let embeddedFiles = writer.allocate()
        let info = source.infoReference ?? writer.allocate()
        let addsOutputIntent = outputIntent != nil && !source.catalog.contains { $0.key == "/OutputIntents" }
        let iccProfile = addsOutputIntent ? writer.allocate() : nil

        writer.writeStream(
            stream,
            dictionary: "/Type /EmbeddedFile /Subtype /text#2Fxml /Params << /ModDate \(PDFSyntax.textString(date)) "
                + "/Size \(xml.count) >>",
            data: xml
        )
        let name = PDFSyntax.textString(Self.attachmentName)
        writer.write(
            fileSpecification,
            "<< /Type /Filespec /F \(name) /UF \(name) /Desc (Factur-X) /AFRelationship /\(relationship.pdfName) "
                + "/EF << /F \(stream.syntax) /UF \(stream.syntax) >> >>"
        )
        // Info: dates and producer the XMP repeats; the creation date kept when it reads as a date.
        var infoText = source.info
        let creation =
            infoText["CreationDate"].flatMap { FacturXXMP.isoDate($0) == nil ? nil : $0 }
            ?? source.xmp.flatMap { FacturXXMP.property(FacturXXMP.xmp, "CreateDate", in: $0) }.flatMap(
                FacturXXMP.pdfDate
            ) ?? date
        infoText["CreationDate"] = creation
        infoText["ModDate"] = date
        let producer = infoText["Producer"] ?? Self.defaultProducer
        infoText["Producer"] = producer
        var infoEntries = source.infoEntries.filter { !["/CreationDate", "/ModDate", "/Producer"].contains($0.key) }
            .map { "\($0.key) \($0.value)" }
        infoEntries.append("/CreationDate \(PDFSyntax.textString(creation))")
        infoEntries.append("/ModDate \(PDFSyntax.textString(date))")
        infoEntries.append("/Producer \(PDFSyntax.textString(producer))")
        writer.write(info, "<< \(infoEntries.joined(separator: " ")) >>")
        if let iccProfile, let outputIntent {
            writer.writeStream(iccProfile, dictionary: "/N \(outputIntent.components)", data: outputIntent.profile)
        }

        // The invoice attachments: a previous factur-x.xml is replaced, other flavours removed (by default).
        let isInvoice: (PDFUpdateSource.Entry) -> Bool = {
            $0.keyText.lowercased() == Self.attachmentName || $0.fileName?.lowercased() == Self.attachmentName
        }
        let otherFlavour: (PDFUpdateSource.Entry) -> EmbeddedInvoiceFlavour? = { entry in
            guard removesOtherInvoiceFlavours else { return nil }
            return [entry.keyText, entry.fileName ?? ""].lazy.compactMap { name in
                EmbeddedInvoiceFlavour(attachmentName: name).flatMap { $0 == .facturX ? nil : $0 }
            }.first
        }
        let isOtherFlavour: (PDFUpdateSource.Entry) -> Bool = { otherFlavour($0) != nil }
        let replaced = source.embeddedFiles.filter(isInvoice)
        let superseded = source.embeddedFiles.filter(isOtherFlavour) + source.associatedFiles.filter(isOtherFlavour)

        let level = profile == .extendedCTCFR ? FacturXProfile.extended.description : profile.description
        writer.writeStream(
            metadata,
            dictionary: "/Type /Metadata /Subtype /XML",
            data: FacturXXMP.packet(
                existing: source.xmp,
                info: infoText,
                conformanceLevel: level,
                removing: Set(superseded.compactMap { otherFlavour($0)?.xmpNamespace })
            )
        )

        // EmbeddedFiles: every other leaf kept, ours in place of any factur-x.xml, sorted by key.
        var leaves = source.embeddedFiles.filter { !isInvoice($0) && !isOtherFlavour($0) }.map {
            (key: $0.key, value: $0.value)
        }
        leaves.append((Array(Self.attachmentName.utf8), fileSpecification.syntax))
        leaves.sort { $0.key.lexicographicallyPrecedes($1.key) }
        let pairs = leaves.map { "\(PDFSyntax.string($0.key)) \($0.value)" }.joined(separator: " ")
        writer.write(embeddedFiles, "<< /Names [\(pairs)] >>")

        // AF: other associated files kept, previous invoice file specifications dropped.
        let replacedReferences = Set((replaced + superseded).compactMap(\.reference))
        var associated = source.associatedFiles.filter { entry in
            !isInvoice(entry) && !isOtherFlavour(entry) && !(entry.reference.map(replacedReferences.contains) ?? false)
        }.map(\.value)
        associated.append(fileSpecification.syntax)

        var names = source.otherNames.map { "\($0.key) \($0.value)" }
        names.append("/EmbeddedFiles \(embeddedFiles.syntax)")
        var catalog = source.catalog.filter { !["/AF", "/Names", "/Metadata"].contains($0.key) }.map {
            "\($0.key) \($0.value)"
        }
        catalog.append("/AF [\(associated.joined(separator: " "))]")
        catalog.append("/Names << \(names.joined(separator: " ")) >>")
        catalog.append("/Metadata \(metadata.syntax)")
        if let iccProfile, let outputIntent {
            catalog.append("/OutputIntents [\(outputIntent.dictionary(profile: iccProfile.syntax))]")
        }
        writer.write(source.root, "<< \(catalog.joined(separator: " ")) >>")

        let newID = PDFSyntax.identifier(of: Array(writer.output[pdf.count...]), salt: date)
        var trailer = "/Root \(source.root.syntax)"
        trailer += " /Info \(info.syntax)"
        trailer += " /ID [\(PDFSyntax.hexString(source.firstID ?? newID)) \(PDFSyntax.hexString(newID))]"
        writer.finish(kind: source.crossReferenceKind, previous: source.lastCrossReferenceOffset, trailer: trailer)

        return AttachedFacturXPDF(
            pdf: writer.output,
            inputPDFA: inputPDFA,
            replacedExistingInvoice: !replaced.isEmpty
                || source.associatedFiles.contains { $0.fileName?.lowercased() == Self.attachmentName },
            usesCrossReferenceStream: source.crossReferenceKind == .stream,
            removedInvoiceAttachments: Array(Set(superseded.map { $0.fileName ?? $0.keyText })).sorted()
        )
    }

    /// The current UTC time as a PDF date, `D:YYYYMMDDHHmmSSZ`.
    static func currentPDFDate() -> String {
        PDFContentSyntax.currentDate()
    }
}

/// Attaches a Factur-X XML to an existing PDF; see ``/FacturX/FacturXAttacher``.
///
/// - Throws: the errors of ``/FacturX/FacturXAttacher/attach(xml:profile:to:relationship:)``.
public func attachFacturX(
    xml: [UInt8],
    profile: FacturXProfile,
    to pdf: [UInt8],
    relationship: FacturXAttachmentRelationship? = nil
) throws(FacturXError) -> AttachedFacturXPDF {
    try FacturXAttacher().attach(xml: xml, profile: profile, to: pdf, relationship: relationship)
}
