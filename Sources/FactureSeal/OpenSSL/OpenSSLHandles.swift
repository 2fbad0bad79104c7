// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureOpenSSL

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A private key owned by OpenSSL.
///
/// Immutable after creation; OpenSSL 3 allows concurrent signing with one `EVP_PKEY` because
/// every operation creates its own context, hence `@unchecked Sendable`.
final class OpenSSLKey: @unchecked Sendable {
    let pointer: OpaquePointer

    /// Takes ownership of `pointer`.
    init(taking pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit { EVP_PKEY_free(pointer) }

    /// Reads a PEM ("PRIVATE KEY", "EC PRIVATE KEY", "RSA PRIVATE KEY") or DER private key.
    convenience init(encoded bytes: [UInt8]) throws(FactureSealError) {
        OpenSSLLibrary.initialize()
        let key: OpaquePointer? =
            if OpenSSLBytes.looksLikePEM(bytes) {
                OpenSSLBytes.withMemoryBIO(bytes) { PEM_read_bio_PrivateKey($0, nil, nil, nil) }
            } else {
                bytes.withUnsafeBufferPointer { buffer in
                    var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
                    return d2i_AutoPrivateKey(nil, &cursor, buffer.count)
                }
            }
        guard let key else {
            throw FactureSealError.openSSL(.invalidKey, "the private key cannot be read (PEM or DER expected)")
        }
        self.init(taking: key)
    }

    /// The key in PKCS#8 PEM.
    func pemEncoded() throws(FactureSealError) -> String {
        let text = OpenSSLBytes.writingMemoryBIO { PEM_write_bio_PrivateKey($0, pointer, nil, nil, 0, nil, nil) }
        guard let text else { throw FactureSealError.openSSL(.internalError, "cannot write the private key") }
        return String(decoding: text, as: UTF8.self)
    }
}

/// An X.509 certificate owned by OpenSSL; immutable after creation, hence `@unchecked Sendable`.
final class OpenSSLCertificate: @unchecked Sendable {
    let pointer: OpaquePointer

    /// Takes ownership of `pointer`.
    init(taking pointer: OpaquePointer) {
        self.pointer = pointer
    }

    /// Shares `pointer`, raising its reference count.
    init(retaining pointer: OpaquePointer) {
        X509_up_ref(pointer)
        self.pointer = pointer
    }

    deinit { X509_free(pointer) }

    /// Reads every certificate of a PEM bundle, or one DER certificate.
    static func all(encoded bytes: [UInt8]) throws(FactureSealError) -> [OpenSSLCertificate] {
        OpenSSLLibrary.initialize()
        if OpenSSLBytes.looksLikePEM(bytes) {
            let certificates: [OpenSSLCertificate] = OpenSSLBytes.withMemoryBIO(bytes) { bio in
                var result: [OpenSSLCertificate] = []
                while let certificate = PEM_read_bio_X509(bio, nil, nil, nil) {
                    result.append(OpenSSLCertificate(taking: certificate))
                }
                return result
            }
            ERR_clear_error()
            guard !certificates.isEmpty else {
                throw FactureSealError(code: .invalidCertificate, message: "no PEM certificate in the input")
            }
            return certificates
        }
        let certificate = bytes.withUnsafeBufferPointer { buffer in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            return d2i_X509(nil, &cursor, buffer.count)
        }
        guard let certificate else {
            throw FactureSealError.openSSL(.invalidCertificate, "the certificate cannot be read (PEM or DER expected)")
        }
        return [OpenSSLCertificate(taking: certificate)]
    }

    /// The DER encoding.
    var derEncoded: [UInt8] {
        OpenSSLBytes.der { i2d_X509(pointer, $0) } ?? []
    }

    /// The subject as one line, `CN=…, O=…`.
    var subject: String { OpenSSLBytes.name(X509_get_subject_name(pointer)) }

    /// The issuer as one line.
    var issuer: String { OpenSSLBytes.name(X509_get_issuer_name(pointer)) }

    /// The start of the validity period.
    var notBefore: Date? { OpenSSLBytes.date(X509_get0_notBefore(pointer)) }

    /// The end of the validity period.
    var notAfter: Date? { OpenSSLBytes.date(X509_get0_notAfter(pointer)) }

    /// True when the public key of `key` is this certificate's.
    func matches(_ key: OpenSSLKey) -> Bool {
        X509_check_private_key(pointer, key.pointer) == 1
    }
}

/// One-time library initialisation; idempotent.
enum OpenSSLLibrary {
    static func initialize() {
        _ = cfacture_OPENSSL_init_crypto()
    }
}

/// Byte conversions around OpenSSL's BIO, DER and time types.
enum OpenSSLBytes {
    /// True when `bytes` start, after blanks, with a PEM armour line.
    static func looksLikePEM(_ bytes: [UInt8]) -> Bool {
        let start = bytes.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        return start.starts(with: Array("-----BEGIN".utf8))
    }

    /// Lends a read-only memory BIO over `bytes`.
    static func withMemoryBIO<R>(_ bytes: [UInt8], _ body: (OpaquePointer?) -> R) -> R {
        bytes.withUnsafeBytes { raw in
            let bio = BIO_new_mem_buf(raw.baseAddress, Int32(clamping: raw.count))
            defer { BIO_free(bio) }
            return body(bio)
        }
    }

    /// Runs a writer into a fresh memory BIO and returns what it wrote, or nil when it failed.
    static func writingMemoryBIO(_ write: (OpaquePointer?) -> Int32) -> [UInt8]? {
        guard let bio = BIO_new(BIO_s_mem()) else { return nil }
        defer { BIO_free(bio) }
        guard write(bio) == 1 else { return nil }
        var data: UnsafeMutablePointer<CChar>?
        let count = cfacture_BIO_get_mem_data(bio, &data)
        guard count > 0, let data else { return [] }
        return data.withMemoryRebound(to: UInt8.self, capacity: count) {
            Array(UnsafeBufferPointer(start: $0, count: count))
        }
    }

    /// Calls an `i2d_*` function twice (length, then bytes).
    static func der(_ encode: (UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?) -> Int32) -> [UInt8]? {
        let length = encode(nil)
        guard length > 0 else { return nil }
        var result = [UInt8](repeating: 0, count: Int(length))
        let written = result.withUnsafeMutableBufferPointer { buffer in
            var cursor: UnsafeMutablePointer<UInt8>? = buffer.baseAddress
            return encode(&cursor)
        }
        return written == length ? result : nil
    }

    /// The bytes of an ASN1_STRING (or OCTET STRING).
    static func bytes(_ string: UnsafePointer<ASN1_STRING>?) -> [UInt8] {
        guard let string, let data = ASN1_STRING_get0_data(string) else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: Int(ASN1_STRING_length(string))))
    }

    /// An ASN1_TIME as a date.
    static func date(_ time: UnsafePointer<ASN1_TIME>?) -> Date? {
        guard let time else { return nil }
        var parts = tm()
        guard ASN1_TIME_to_tm(time, &parts) == 1 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(timegm(&parts)))
    }

    /// A name in RFC 2253 order, one line.
    static func name(_ name: OpaquePointer?) -> String {
        guard let name else { return "" }
        let text = writingMemoryBIO { bio in
            X509_NAME_print_ex(bio, name, 0, cfacture_XN_FLAG_RFC2253_UTF8()) >= 0 ? 1 : 0
        }
        return text.map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The dotted text of an ASN1_OBJECT (`1.2.3.4`).
    static func oid(_ object: OpaquePointer?) -> String? {
        guard let object else { return nil }
        var buffer = [CChar](repeating: 0, count: 128)
        let count = OBJ_obj2txt(&buffer, Int32(buffer.count), object, 1)
        guard count > 0, count < buffer.count else { return nil }
        return String(decoding: buffer.prefix(Int(count)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// An ASN1_INTEGER as big-endian magnitude bytes (sign dropped; our serials and nonces are positive).
    static func integer(_ integer: UnsafePointer<ASN1_INTEGER>?) -> [UInt8]? {
        guard let integer, let number = ASN1_INTEGER_to_BN(integer, nil) else { return nil }
        defer { BN_free(number) }
        let count = (BN_num_bits(number) + 7) / 8
        var result = [UInt8](repeating: 0, count: Int(count))
        _ = BN_bn2bin(number, &result)
        return result
    }

    /// SHA-256 of `bytes`.
    static func sha256(_ bytes: some ContiguousBytes) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        bytes.withUnsafeBytes { raw in
            _ = SHA256(raw.bindMemory(to: UInt8.self).baseAddress, raw.count, &digest)
        }
        return digest
    }
}
