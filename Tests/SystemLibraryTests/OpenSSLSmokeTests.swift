// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureOpenSSL
import Testing

@Suite("OpenSSL through CFactureOpenSSL")
struct OpenSSLSmokeTests {
    @Test("computes the FIPS 180-2 SHA-256 test vector for \"abc\"")
    func sha256OfABC() throws {
        #expect(cfacture_OPENSSL_init_crypto() == 1)
        let context = try #require(EVP_MD_CTX_new())
        defer { EVP_MD_CTX_free(context) }
        #expect(EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1)
        let message = Array("abc".utf8)
        #expect(message.withUnsafeBytes { EVP_DigestUpdate(context, $0.baseAddress, $0.count) } == 1)
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        #expect(EVP_DigestFinal_ex(context, &digest, &length) == 1)
        let hex = digest.prefix(Int(length)).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
        #expect(hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("the stack and free wrappers manage an X509 stack")
    func x509StackWrappers() throws {
        let stack = try #require(cfacture_sk_X509_new_null())
        #expect(cfacture_sk_X509_num(stack) == 0)
        let certificate = try #require(X509_new())
        #expect(cfacture_sk_X509_push(stack, certificate) == 1)
        #expect(cfacture_sk_X509_num(stack) == 1)
        #expect(cfacture_sk_X509_value(stack, 0) == certificate)
        cfacture_sk_X509_pop_free(stack)

        let name = try #require(X509_NAME_new())
        defer { X509_NAME_free(name) }
        #expect(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, "FactureKit", -1, -1, 0) == 1)
        let line = try #require(X509_NAME_oneline(name, nil, 0))
        #expect(String(cString: line) == "/CN=FactureKit")
        cfacture_OPENSSL_free(line)
    }
}
