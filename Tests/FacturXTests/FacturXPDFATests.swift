// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import FactureTestSupport
import Foundation
import Testing

@testable import FacturX

/// The PDF/A-3 structures of an attach (output intent with our sRGB ICC profile, Info and XMP
/// dates, /ID) and ``FacturXPDFA3Report``, checked with qpdf, poppler, Little CMS (through
/// Python ctypes, when available) and the `factur-x` Python package.
@Suite struct FacturXPDFATests {
    typealias Outside = FacturXAttachmentTests

    // MARK: ICC profile

    /// A big-endian 32-bit integer of `bytes` at `offset`.
    static func uint32(_ bytes: [UInt8], _ offset: Int) -> Int {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }

    /// A big-endian s15Fixed16 number.
    static func s15Fixed16(_ bytes: [UInt8], _ offset: Int) -> Double {
        Double(Int32(bitPattern: UInt32(uint32(bytes, offset)))) / 65_536
    }

    static func signature(_ bytes: [UInt8], _ offset: Int) -> String {
        String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
    }

    @Test func iccProfileStructure() throws {
        let profile = ICCProfile.sRGB
        #expect(Self.uint32(profile, 0) == profile.count)
        #expect(profile.count % 4 == 0)
        #expect(Array(profile[8..<12]) == [2, 0x10, 0, 0])
        #expect(Self.signature(profile, 12) == "mntr")
        #expect(Self.signature(profile, 16) == "RGB ")
        #expect(Self.signature(profile, 20) == "XYZ ")
        #expect(Self.signature(profile, 36) == "acsp")
        #expect(abs(Self.s15Fixed16(profile, 68) - 0.9642) < 1e-4)
        #expect(abs(Self.s15Fixed16(profile, 72) - 1.0) < 1e-4)
        #expect(abs(Self.s15Fixed16(profile, 76) - 0.8249) < 1e-4)
        #expect(profile[84..<100].allSatisfy { $0 == 0 }, "profile ID left zero")

        let count = Self.uint32(profile, 128)
        var tags: [String: (offset: Int, size: Int)] = [:]
        for index in 0..<count {
            let entry = 132 + 12 * index
            let offset = Self.uint32(profile, entry + 4)
            let size = Self.uint32(profile, entry + 8)
            #expect(offset % 4 == 0, "tag data aligned")
            #expect(offset >= 132 + 12 * count && offset + size <= profile.count)
            tags[Self.signature(profile, entry)] = (offset, size)
        }
        #expect(
            Set(tags.keys) == ["desc", "cprt", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC"]
        )
        func xyz(_ tag: String) throws -> [Double] {
            let entry = try #require(tags[tag])
            #expect(Self.signature(profile, entry.offset) == "XYZ ")
            #expect(entry.size == 20)
            return (0..<3).map { Self.s15Fixed16(profile, entry.offset + 8 + 4 * $0) }
        }
        let published: [String: [Double]] = [
            "wtpt": [0.9642, 1.0, 0.8249],
            "rXYZ": [0.4360747, 0.2225045, 0.0139322],
            "gXYZ": [0.3850649, 0.7168786, 0.0971045],
            "bXYZ": [0.1430804, 0.0606169, 0.7141733],
        ]
        for (tag, values) in published {
            for (decoded, expected) in zip(try xyz(tag), values) {
                #expect(abs(decoded - expected) < 1e-4, "\(tag)")
            }
        }
        let desc = try #require(tags["desc"])
        #expect(Self.signature(profile, desc.offset) == "desc")
        #expect(Self.uint32(profile, desc.offset + 8) == 18)
        #expect(String(decoding: profile[desc.offset + 12..<desc.offset + 29], as: UTF8.self) == "sRGB IEC61966-2.1")
        #expect(desc.size == 12 + 18 + 8 + 3 + 67)
        #expect(Self.signature(profile, try #require(tags["cprt"]).offset) == "text")
        let trc = try #require(tags["rTRC"])
        #expect(tags["gTRC"]! == trc && tags["bTRC"]! == trc, "one shared curve")
        #expect(Self.signature(profile, trc.offset) == "curv")
        #expect(Self.uint32(profile, trc.offset + 8) == 1_024)
        #expect(trc.size == 12 + 2 * 1_024)
        func sample(_ index: Int) -> Int {
            Int(profile[trc.offset + 12 + 2 * index]) << 8 | Int(profile[trc.offset + 13 + 2 * index])
        }
        #expect(sample(0) == 0)
        #expect(sample(1_023) == 65_535)
        // 0.5 encoded is 0.21404 linear.
        let half = Double(sample(511)) / 65_535
        #expect(abs(half - ICCProfile.sRGBToLinear(511.0 / 1_023)) < 1e-4)
        #expect(abs(ICCProfile.sRGBToLinear(0.5) - 0.214_04) < 1e-4)
    }

    /// Reads an ICC profile with Little CMS (liblcms2, through Python ctypes) and converts a few
    /// colours to Little CMS's own sRGB; prints `OK` or what differs. Exit 77: not available.
    static let littleCMSScript = """
        import ctypes, ctypes.util, sys
        name = ctypes.util.find_library("lcms2") or "liblcms2.so.2"
        try:
            lcms = ctypes.CDLL(name)
        except OSError:
            sys.exit(77)
        data = sys.stdin.buffer.read()
        P = ctypes.c_void_p
        lcms.cmsOpenProfileFromMem.restype = P
        lcms.cmsOpenProfileFromMem.argtypes = [ctypes.c_char_p, ctypes.c_uint32]
        for f in ["cmsGetColorSpace", "cmsGetDeviceClass", "cmsGetPCS", "cmsGetEncodedICCversion"]:
            getattr(lcms, f).argtypes = [P]
            getattr(lcms, f).restype = ctypes.c_uint32
        lcms.cmsIsMatrixShaper.argtypes = [P]
        lcms.cmsCreate_sRGBProfile.restype = P
        lcms.cmsCreateTransform.restype = P
        lcms.cmsCreateTransform.argtypes = [P, ctypes.c_uint32, P, ctypes.c_uint32, ctypes.c_uint32, ctypes.c_uint32]
        lcms.cmsDoTransform.argtypes = [P, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_uint32]
        lcms.cmsGetProfileInfoASCII.argtypes = [P, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_uint32]
        h = lcms.cmsOpenProfileFromMem(data, len(data))
        if not h:
            print("Little CMS cannot open the profile"); sys.exit(1)
        problems = []
        sig = lambda v: v.to_bytes(4, "big").decode("latin-1")
        if sig(lcms.cmsGetColorSpace(h)) != "RGB ": problems.append("colour space")
        if sig(lcms.cmsGetDeviceClass(h)) != "mntr": problems.append("class")
        if sig(lcms.cmsGetPCS(h)) != "XYZ ": problems.append("PCS")
        if lcms.cmsGetEncodedICCversion(h) != 0x02100000: problems.append("version")
        if not lcms.cmsIsMatrixShaper(h): problems.append("not a matrix/shaper profile")
        buf = ctypes.create_string_buffer(200)
        lcms.cmsGetProfileInfoASCII(h, 0, b"en", b"US", buf, 200)
        if sys.argv[1:] == ["ours"] and buf.value != b"sRGB IEC61966-2.1": problems.append("description %r" % buf.value)
        rgb8 = (4 << 16) | (3 << 3) | 1
        t = lcms.cmsCreateTransform(h, rgb8, lcms.cmsCreate_sRGBProfile(), rgb8, 1, 0)
        if not t:
            problems.append("no transform")
        else:
            colours = bytes([0,0,0, 255,255,255, 255,0,0, 0,255,0, 0,0,255, 128,128,128, 10,200,90, 250,128,3])
            out = ctypes.create_string_buffer(len(colours))
            lcms.cmsDoTransform(t, colours, out, len(colours) // 3)
            worst = max(abs(a - b) for a, b in zip(colours, out.raw))
            if worst > 1: problems.append("sRGB round trip differs by %d" % worst)
        print("OK" if not problems else ", ".join(problems))
        """

    /// Little CMS's verdict on `profile` (an sRGB profile; `ours`: with our description), or
    /// `nil` when Little CMS or Python is not available.
    static func littleCMSVerdict(_ profile: [UInt8], ours: Bool = true) throws -> String? {
        guard let python = Outside.tool("python3") else { return nil }
        let directory = try Outside.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("profile.icc")
        try Data(profile).write(to: file)
        let result = try Outside.run(
            URL(fileURLWithPath: "/bin/sh"),
            ["-c", "\"$0\" -c \"$1\" \"$3\" < \"$2\"", python.path, littleCMSScript, file.path, ours ? "ours" : "any"]
        )
        if result.status == 77 { return nil }
        return String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            + result.error
    }

    @Test func iccProfileReadByLittleCMS() throws {
        guard let verdict = try Self.littleCMSVerdict(ICCProfile.sRGB) else {
            print("⚠️ FacturXPDFATests: Little CMS not available, ICC check SKIPPED")
            return
        }
        #expect(verdict == "OK")
    }

    // MARK: Attach

    /// Checks an attach output: our report, qpdf --check, pdfinfo (XMP, dates), the output
    /// intent's profile with Little CMS, and the factur-x package.
    static func verifyPDFA3(
        _ attached: AttachedFacturXPDF,
        xml: [UInt8],
        level: String,
        ours: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let report = try attached.pdfa3Report()
        for check in report.checks where check.requirement != "Fonts" {
            #expect(check.status == .passed, "\(check)", sourceLocation: sourceLocation)
        }
        #expect(report.fonts.status == .notChecked, sourceLocation: sourceLocation)
        #expect(report.allCheckedPassed, sourceLocation: sourceLocation)

        let directory = try Outside.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("out.pdf")
        try Data(attached.pdf).write(to: file)
        if let qpdf = Outside.tool("qpdf") {
            let check = try Outside.run(qpdf, ["--check", file.path])
            #expect(check.status == 0, "\(check.error)", sourceLocation: sourceLocation)
        }
        if let pdfinfo = Outside.tool("pdfinfo") {
            let meta = String(decoding: try Outside.run(pdfinfo, ["-meta", file.path]).output, as: UTF8.self)
            #expect(meta.contains("<pdfaid:part>3</pdfaid:part>"), sourceLocation: sourceLocation)
            #expect(meta.contains("<pdfaid:conformance>B</pdfaid:conformance>"), sourceLocation: sourceLocation)
            let info = String(decoding: try Outside.run(pdfinfo, ["-isodates", file.path]).output, as: UTF8.self)
            func infoLine(_ key: String) -> String? {
                info.split(separator: "\n").first { $0.hasPrefix(key + ":") }.map {
                    $0.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
                }
            }
            func xmpValue(_ name: String) -> String? {
                guard let start = meta.range(of: "<\(name)>"), let end = meta.range(of: "</\(name)>") else {
                    return nil
                }
                return String(meta[start.upperBound..<end.lowerBound])
            }
            let modDate = try #require(infoLine("ModDate"), sourceLocation: sourceLocation)
            let modifyDate = try #require(xmpValue("xmp:ModifyDate"), sourceLocation: sourceLocation)
            #expect(
                FacturXPDFA3Report.instant(modDate) == FacturXPDFA3Report.instant(modifyDate),
                "pdfinfo ModDate \(modDate), xmp:ModifyDate \(modifyDate)",
                sourceLocation: sourceLocation
            )
            #expect(xmpValue("xmp:MetadataDate") == modifyDate, sourceLocation: sourceLocation)
            if let creation = infoLine("CreationDate"), let create = xmpValue("xmp:CreateDate") {
                #expect(
                    FacturXPDFA3Report.instant(creation) == FacturXPDFA3Report.instant(create),
                    sourceLocation: sourceLocation
                )
            }
            #expect(infoLine("Producer") == xmpValue("pdf:Producer"), sourceLocation: sourceLocation)
        }
        try checkWithPython(file, xml: xml, level: level, ours: ours, sourceLocation: sourceLocation)
    }

    /// The factur-x package extracts our XML and reads its flavour and level; pypdf gives the
    /// output intent's profile, which Little CMS must read.
    static func checkWithPython(
        _ file: URL,
        xml: [UInt8],
        level: String,
        ours: Bool,
        sourceLocation: SourceLocation
    ) throws {
        guard let python = Outside.tool("python3") else { return }
        let script = """
            import sys
            try:
                from facturx import get_facturx_xml_from_pdf, get_flavor, get_level
                from lxml import etree
                import pypdf
            except ImportError:
                sys.exit(77)
            name, xml = get_facturx_xml_from_pdf(open(sys.argv[1], 'rb'), check_xsd=False)
            tree = etree.fromstring(xml)
            print(name, get_flavor(tree), get_level(tree))
            reader = pypdf.PdfReader(sys.argv[1])
            intents = reader.trailer['/Root']['/OutputIntents']
            profile = intents[0].get_object()['/DestOutputProfile'].get_object().get_data()
            open(sys.argv[2], 'wb').write(profile)
            open(sys.argv[3], 'wb').write(xml)
            """
        let profileFile = file.deletingLastPathComponent().appendingPathComponent("intent.icc")
        let xmlFile = file.deletingLastPathComponent().appendingPathComponent("extracted.xml")
        let result = try Outside.run(python, ["-c", script, file.path, profileFile.path, xmlFile.path])
        if result.status == 77 {
            print("⚠️ FacturXPDFATests: factur-x, lxml or pypdf not installed, Python checks SKIPPED")
            return
        }
        #expect(result.status == 0, "\(result.error)", sourceLocation: sourceLocation)
        let expectedLevel = level.lowercased().replacingOccurrences(of: " ", with: "")
        #expect(
            String(decoding: result.output, as: UTF8.self) == "factur-x.xml factur-x \(expectedLevel)\n",
            sourceLocation: sourceLocation
        )
        #expect([UInt8](try Data(contentsOf: xmlFile)) == xml, sourceLocation: sourceLocation)
        if let verdict = try littleCMSVerdict([UInt8](try Data(contentsOf: profileFile)), ours: ours) {
            #expect(verdict == "OK", "the output intent's profile: \(verdict)", sourceLocation: sourceLocation)
        }
    }

    @Test(arguments: [false, true]) func minimalPDFBecomesPDFA3(_ crossReferenceStream: Bool) throws {
        let original = Outside.minimalPDF(crossReferenceStream: crossReferenceStream, withAttachment: true)
        let xml = try Outside.invoiceXML()
        let attached = try FacturXAttacher(modificationDate: "D:20251231230000+01'00'")
            .attach(xml: xml, profile: .en16931, to: original)
        try Self.verifyPDFA3(attached, xml: xml, level: "EN 16931")
        let tail = String(decoding: attached.pdf[original.count...], as: UTF8.self)
        #expect(tail.contains("/OutputIntents [<< /Type /OutputIntent /S /GTS_PDFA1"))
        #expect(tail.contains("/OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1)"))
        #expect(tail.contains("/ModDate (D:20251231230000+01'00')"))
        #expect(tail.contains("/CreationDate (D:20250102030405+01'00')"))
        #expect(tail.contains("/Title (Minimal)"))
        #expect(tail.contains("<xmp:ModifyDate>2025-12-31T23:00:00+01:00</xmp:ModifyDate>"))
        #expect(tail.contains("<xmp:CreateDate>2025-01-02T03:04:05+01:00</xmp:CreateDate>"))
        // The minimal PDF has no /ID: both elements are new (and equal).
        let report = try attached.pdfa3Report()
        #expect(report.fileIdentifier.status == .passed)
    }

    @Test func plainSampleBecomesPDFA3AndKeepsItsFirstID() throws {
        let original = [UInt8](try SharedFixtures.data("conformance/samples/" + Outside.plainSample))
        let xml = try Outside.invoiceXML("akretion_factur-x-basic.xml")
        let attached = try FacturXAttacher().attach(xml: xml, profile: .basic, to: original)
        try Self.verifyPDFA3(attached, xml: xml, level: "BASIC")
        let before = try PDFUpdateSource(reading: original)
        let after = try PDFUpdateSource(reading: attached.pdf)
        if let first = before.firstID { #expect(after.firstID == first, "first /ID element kept") }
        #expect(after.outputIntents.count == 1)
    }

    @Test func facturXSampleKeepsItsOutputIntent() throws {
        let original = [UInt8](try SharedFixtures.data("conformance/samples/fnfe-facturx-1.0/Facture_FR_BASIC.pdf"))
        let before = try PDFUpdateSource(reading: original)
        try #require(!before.outputIntents.isEmpty, "the sample has an output intent")
        let xml = try Outside.invoiceXML("akretion_factur-x-minimum.xml")
        let attached = try FacturXAttacher().attach(xml: xml, profile: .minimum, to: original)
        try Self.verifyPDFA3(attached, xml: xml, level: "MINIMUM", ours: false)
        let tail = String(decoding: attached.pdf[original.count...], as: UTF8.self)
        #expect(!tail.contains("/GTS_PDFA1"), "no second output intent written")
        #expect(try PDFUpdateSource(reading: attached.pdf).outputIntents.count == before.outputIntents.count)
    }

    @Test func withoutAnOutputIntent() throws {
        let original = Outside.minimalPDF(crossReferenceStream: false, withAttachment: false)
        let attached = try FacturXAttacher(outputIntent: nil)
            .attach(xml: try Outside.invoiceXML(), profile: .en16931, to: original)
        let report = try attached.pdfa3Report()
        #expect(report.outputIntent.status == .failed)
        #expect(report.datesAndProducer.status == .passed)
        #expect(!report.allCheckedPassed)
    }

    @Test func reportOnAPDFWithoutFacturX() throws {
        let report = try FacturXPDFA3Report(
            checking: Outside.minimalPDF(crossReferenceStream: false, withAttachment: true)
        )
        #expect(report.outputIntent.status == .failed)
        #expect(report.pdfaIdentification.status == .failed)
        #expect(report.facturXMetadata.status == .failed)
        #expect(report.embeddedInvoice.status == .failed)
        #expect(report.associatedFile.status == .failed)
        #expect(report.datesAndProducer.status == .failed, "CreationDate without XMP")
        #expect(report.fileIdentifier.status == .failed)
        #expect(report.fonts.status == .notChecked)
    }

    @Test func convertsXMPDatesToPDFDates() {
        #expect(FacturXXMP.pdfDate("2025-01-02T03:04:05+01:00") == "D:20250102030405+01'00'")
        #expect(FacturXXMP.pdfDate("2025-01-02T03:04:05.123Z") == "D:20250102030405Z")
        #expect(FacturXXMP.pdfDate("2025-01-02") == "D:20250102")
        #expect(FacturXXMP.pdfDate("2025-01-02T03:04-05:30") == "D:202501020304-05'30'")
        #expect(FacturXXMP.pdfDate("garbage") == nil)
        for date in ["2025-01-02T03:04:05+01:00", "2025-01-02T03:04:05Z"] {
            #expect(FacturXXMP.pdfDate(date).flatMap(FacturXXMP.isoDate) == date)
        }
    }

    @Test func takesTheCreationDateFromTheXMPWhenInfoHasNone() throws {
        let original = Outside.minimalPDF(crossReferenceStream: false, withAttachment: false)
        let first = try FacturXAttacher(modificationDate: "D:20250301000000Z")
            .attach(xml: try Outside.invoiceXML(), profile: .en16931, to: original)
        // A revision of the Info dictionary without /CreationDate; the XMP keeps xmp:CreateDate.
        let source = try PDFUpdateSource(reading: first.pdf)
        let info = try #require(source.infoReference)
        var writer = PDFIncrementalWriter(original: first.pdf, firstFreeNumber: source.size)
        writer.write(info, "<< /Producer (Someone) >>")
        writer.finish(
            kind: .table,
            previous: source.lastCrossReferenceOffset,
            trailer: "/Root \(source.root.syntax) /Info \(info.syntax)"
        )
        #expect(try PDFUpdateSource(reading: writer.output).info["CreationDate"] == nil)
        let second = try FacturXAttacher(modificationDate: "D:20250401000000Z")
            .attach(xml: try Outside.invoiceXML(), profile: .en16931, to: writer.output)
        let updated = try PDFUpdateSource(reading: second.pdf).info
        #expect(updated["CreationDate"] == "D:20250102030405+01'00'")
        #expect(updated["ModDate"] == "D:20250401000000Z")
        #expect(updated["Producer"] == "Someone")
        #expect(try second.pdfa3Report().datesAndProducer.status == .passed)
    }

    @Test func comparesInstants() {
        #expect(FacturXPDFA3Report.instant("1970-01-01T00:00:00Z") == 0)
        #expect(FacturXPDFA3Report.instant("2000-03-01") == 951_868_800)
        #expect(
            FacturXPDFA3Report.instant("2025-12-31T23:00:00+01:00")
                == FacturXPDFA3Report.instant("2025-12-31T22:00:00Z")
        )
        #expect(
            FacturXPDFA3Report.instant("2025-12-31T23:00:00.250-02:30")
                == FacturXPDFA3Report.instant("2026-01-01T01:30:00")
        )
        #expect(
            FacturXPDFA3Report.instant("2016-01-19T01:46:15+01") == FacturXPDFA3Report.instant("2016-01-19T00:46:15Z")
        )
        #expect(FacturXPDFA3Report.instant("garbage") == nil)
    }
}
