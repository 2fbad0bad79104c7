// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// ICC colour profiles written by FactureKit itself, for the output intent of a PDF/A file.
public enum ICCProfile {
    /// An sRGB IEC 61966-2.1 profile: ICC version 2.1, display class (`mntr`), `RGB ` data,
    /// `XYZ ` connection space with the D50 illuminant.
    ///
    /// Tags: `desc` (`sRGB IEC61966-2.1`), `cprt`, `wtpt` (D50), `rXYZ`/`gXYZ`/`bXYZ` (the sRGB
    /// primaries adapted to D50 with the Bradford transform, as published with the ICC's sRGB
    /// profiles) and `rTRC`/`gTRC`/`bTRC`, one shared `curv` of 1,024 samples of the sRGB transfer
    /// function. The profile ID is left zero (version 2 has none). About 2.5 KB.
    public static let sRGB: [UInt8] = makeSRGB()

    /// The PCS illuminant and media white point, D50, as ICC rounds it.
    static let d50: (Double, Double, Double) = (0.9642, 1.0, 0.8249)
    /// The sRGB primaries adapted to D50 (Bradford), columns of the RGB → XYZ matrix.
    static let primaries: [(Double, Double, Double)] = [
        (0.4360747, 0.2225045, 0.0139322),
        (0.3850649, 0.7168786, 0.0971045),
        (0.1430804, 0.0606169, 0.7141733),
    ]
    /// The number of samples of the transfer curve.
    static let curveSamples = 1_024

    /// The sRGB electro-optical transfer function (encoded value → linear light), both in 0…1.
    static func sRGBToLinear(_ value: Double) -> Double {
        value <= 0.040_45 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }

    private static func makeSRGB() -> [UInt8] {
        var writer = ICCWriter()
        let description = "sRGB IEC61966-2.1"
        writer.tag("desc", ICCWriter.textDescription(description))
        writer.tag("cprt", ICCWriter.text("No copyright, use freely"))
        writer.tag("wtpt", ICCWriter.xyz(d50))
        for (signature, primary) in zip(["rXYZ", "gXYZ", "bXYZ"], primaries) {
            writer.tag(signature, ICCWriter.xyz(primary))
        }
        var curve = ICCWriter.signature("curv") + [0, 0, 0, 0] + ICCWriter.uint32(UInt32(curveSamples))
        for index in 0..<curveSamples {
            let linear = sRGBToLinear(Double(index) / Double(curveSamples - 1))
            curve += ICCWriter.uint16(UInt16((linear * 65_535).rounded()))
        }
        for signature in ["rTRC", "gTRC", "bTRC"] { writer.tag(signature, curve) }
        return writer.profile(deviceClass: "mntr", colorSpace: "RGB ", connectionSpace: "XYZ ")
    }
}

/// Lays out an ICC version 2 profile: header, tag table, tag data aligned on four bytes
/// (identical data written once and shared).
struct ICCWriter {
    private var tags: [(signature: String, data: [UInt8])] = []

    /// Adds a tag.
    mutating func tag(_ signature: String, _ data: [UInt8]) { tags.append((signature, data)) }

    /// The whole profile.
    func profile(deviceClass: String, colorSpace: String, connectionSpace: String) -> [UInt8] {
        let tableEnd = 128 + 4 + 12 * tags.count
        var data: [UInt8] = []
        var table: [UInt8] = Self.uint32(UInt32(tags.count))
        var written: [(bytes: [UInt8], offset: Int)] = []
        for tag in tags {
            let offset: Int
            if let shared = written.first(where: { $0.bytes == tag.data }) {
                offset = shared.offset
            } else {
                offset = tableEnd + data.count
                written.append((tag.data, offset))
                data += tag.data
                while data.count % 4 != 0 { data.append(0) }
            }
            table += Self.signature(tag.signature) + Self.uint32(UInt32(offset)) + Self.uint32(UInt32(tag.data.count))
        }
        let size = tableEnd + data.count
        var header: [UInt8] = Self.uint32(UInt32(size))
        header += [0, 0, 0, 0]  // preferred CMM: none
        header += [0x02, 0x10, 0x00, 0x00]  // version 2.1.0
        header += Self.signature(deviceClass) + Self.signature(colorSpace) + Self.signature(connectionSpace)
        for field in [2026, 1, 1, 0, 0, 0] { header += Self.uint16(UInt16(field)) }  // creation date, fixed
        header += Self.signature("acsp")
        header += [UInt8](repeating: 0, count: 4 + 4 + 4 + 4 + 8)  // platform, flags, manufacturer, model, attributes
        header += Self.uint32(0)  // rendering intent: perceptual
        header += Self.xyzNumbers(ICCProfile.d50)
        header += [UInt8](repeating: 0, count: 4 + 16 + 28)  // creator, profile ID (zero), reserved
        return header + table + data
    }

    /// A four-character signature.
    static func signature(_ text: String) -> [UInt8] {
        Array(text.utf8.prefix(4)) + [UInt8](repeating: 0x20, count: max(0, 4 - text.utf8.count))
    }

    /// A big-endian 32-bit integer.
    static func uint32(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    /// A big-endian 16-bit integer.
    static func uint16(_ value: UInt16) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xFF)] }

    /// An `s15Fixed16Number`.
    static func s15Fixed16(_ value: Double) -> [UInt8] {
        uint32(UInt32(bitPattern: Int32((value * 65_536).rounded())))
    }

    /// Three `s15Fixed16Number`s (an `XYZNumber`).
    static func xyzNumbers(_ value: (Double, Double, Double)) -> [UInt8] {
        s15Fixed16(value.0) + s15Fixed16(value.1) + s15Fixed16(value.2)
    }

    /// An `XYZType` with one value.
    static func xyz(_ value: (Double, Double, Double)) -> [UInt8] {
        signature("XYZ ") + [0, 0, 0, 0] + xyzNumbers(value)
    }

    /// A `textType` (ASCII, NUL-terminated).
    static func text(_ value: String) -> [UInt8] {
        signature("text") + [0, 0, 0, 0] + Array(value.utf8) + [0]
    }

    /// A version 2 `textDescriptionType`: the ASCII description, then empty Unicode and
    /// ScriptCode descriptions (the latter's 67-byte field zeroed).
    static func textDescription(_ value: String) -> [UInt8] {
        let ascii = Array(value.utf8) + [0]
        return signature("desc") + [0, 0, 0, 0] + uint32(UInt32(ascii.count)) + ascii
            + uint32(0) + uint32(0)  // Unicode language code, count
            + uint16(0) + [0] + [UInt8](repeating: 0, count: 67)  // ScriptCode code, count, description
    }
}
