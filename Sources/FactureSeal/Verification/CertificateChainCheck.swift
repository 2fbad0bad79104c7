// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0

import CFactureOpenSSL

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Path validation with OpenSSL's X509_STORE at a given instant.
enum CertificateChainCheck {
    /// How a chain check ended.
    enum Outcome {
        case valid
        case notValidAtTime(String)
        case untrusted(String)
    }

    /// A store holding `anchors`, checking at `time` and accepting an anchor that is not
    /// self-signed (X509_V_FLAG_PARTIAL_CHAIN); the caller frees it.
    static func makeStore(anchors: [SealCertificate], time: Date) -> OpaquePointer? {
        guard let store = X509_STORE_new() else { return nil }
        for anchor in anchors {
            _ = X509_STORE_add_cert(store, anchor.handle.pointer)
        }
        let parameters = X509_STORE_get0_param(store)
        // X509_VERIFY_PARAM_set_time also sets X509_V_FLAG_USE_CHECK_TIME.
        X509_VERIFY_PARAM_set_time(parameters, time_t(time.timeIntervalSince1970))
        _ = X509_VERIFY_PARAM_set_flags(parameters, UInt(X509_V_FLAG_PARTIAL_CHAIN))
        return store
    }

    /// Validates `leaf` up to one of `anchors` at `time`, with `untrusted` as intermediates.
    static func validate(
        _ leaf: OpaquePointer,
        untrusted: [OpenSSLCertificate],
        anchors: [SealCertificate],
        at time: Date
    ) -> Outcome {
        guard let store = makeStore(anchors: anchors, time: time), let context = X509_STORE_CTX_new(),
            let stack = cfacture_sk_X509_new_null()
        else { return .untrusted("out of memory") }
        defer {
            X509_STORE_CTX_free(context)
            X509_STORE_free(store)
            cfacture_sk_X509_free(stack)
        }
        for certificate in untrusted {
            _ = cfacture_sk_X509_push(stack, certificate.pointer)
        }
        guard X509_STORE_CTX_init(context, store, leaf, stack) == 1 else { return .untrusted("out of memory") }
        let verified = X509_verify_cert(context)
        ERR_clear_error()
        if verified == 1 { return .valid }
        let error = X509_STORE_CTX_get_error(context)
        let depth = X509_STORE_CTX_get_error_depth(context)
        let subject = X509_STORE_CTX_get_current_cert(context).map { OpenSSLBytes.name(X509_get_subject_name($0)) }
        let text = String(cString: X509_verify_cert_error_string(Int(error)))
        let message = "\(text) (depth \(depth)\(subject.map { ", \($0)" } ?? ""))"
        switch error {
        case X509_V_ERR_CERT_HAS_EXPIRED, X509_V_ERR_CERT_NOT_YET_VALID:
            return .notValidAtTime(message)
        default:
            return .untrusted(message)
        }
    }

    /// True when `certificate` has a critical extended key usage extension whose only purpose is
    /// timeStamping (RFC 3161 §2.3).
    static func isCriticalTimestampingOnly(_ certificate: OpaquePointer) -> Bool {
        let index = X509_get_ext_by_NID(certificate, NID_ext_key_usage, -1)
        guard index >= 0, let extensionPointer = X509_get_ext(certificate, index),
            X509_EXTENSION_get_critical(extensionPointer) == 1
        else { return false }
        // A second EKU extension would be malformed.
        guard X509_get_ext_by_NID(certificate, NID_ext_key_usage, index) < 0 else { return false }
        return X509_get_extended_key_usage(certificate) == UInt32(XKU_TIMESTAMP)
    }
}
