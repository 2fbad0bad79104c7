// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
#ifndef C_FACTURE_OPENSSL_SHIM_H
#define C_FACTURE_OPENSSL_SHIM_H

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <openssl/cms.h>
#include <openssl/ts.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

// Macros and type-generic stack functions that Swift cannot import get inline wrappers.

static inline void cfacture_OPENSSL_free(void *pointer) {
    OPENSSL_free(pointer);
}

static inline int cfacture_sk_X509_num(const STACK_OF(X509) *stack) {
    return sk_X509_num(stack);
}

static inline X509 *cfacture_sk_X509_value(const STACK_OF(X509) *stack, int index) {
    return sk_X509_value(stack, index);
}

static inline STACK_OF(X509) *cfacture_sk_X509_new_null(void) {
    return sk_X509_new_null();
}

static inline int cfacture_sk_X509_push(STACK_OF(X509) *stack, X509 *certificate) {
    return sk_X509_push(stack, certificate);
}

static inline void cfacture_sk_X509_pop_free(STACK_OF(X509) *stack) {
    sk_X509_pop_free(stack, X509_free);
}

static inline void cfacture_sk_X509_free(STACK_OF(X509) *stack) {
    sk_X509_free(stack);
}

static inline int cfacture_OPENSSL_init_crypto(void) {
    return OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CRYPTO_STRINGS | OPENSSL_INIT_ADD_ALL_CIPHERS | OPENSSL_INIT_ADD_ALL_DIGESTS, NULL);
}

// FactureSeal: CMS signer-info stacks, PKCS7 token certificates, key generation, X509 extensions, BIO chains.

#include <openssl/ess.h>
#include <openssl/pkcs7.h>
#include <openssl/bn.h>

static inline int cfacture_sk_CMS_SignerInfo_num(STACK_OF(CMS_SignerInfo) *stack) {
    return sk_CMS_SignerInfo_num(stack);
}

static inline CMS_SignerInfo *cfacture_sk_CMS_SignerInfo_value(STACK_OF(CMS_SignerInfo) *stack, int index) {
    return sk_CMS_SignerInfo_value(stack, index);
}

static inline int cfacture_sk_ESS_CERT_ID_V2_num(const STACK_OF(ESS_CERT_ID_V2) *stack) {
    return sk_ESS_CERT_ID_V2_num(stack);
}

/// The certificates a signed PKCS#7 structure (a time-stamp token) carries, or NULL; borrowed.
static inline STACK_OF(X509) *cfacture_PKCS7_signed_certificates(PKCS7 *p7) {
    if (p7 == NULL || !PKCS7_type_is_signed(p7) || p7->d.sign == NULL) return NULL;
    return p7->d.sign->cert;
}

/// A fresh EC P-256 key, or NULL.
static inline EVP_PKEY *cfacture_generate_ec_p256(void) {
    return EVP_PKEY_Q_keygen(NULL, NULL, "EC", "P-256");
}

/// A fresh RSA key of `bits` bits, or NULL.
static inline EVP_PKEY *cfacture_generate_rsa(size_t bits) {
    return EVP_PKEY_Q_keygen(NULL, NULL, "RSA", bits);
}

/// Adds one v3 extension written in `openssl.cnf` syntax ("critical,timeStamping"); 1 on success.
static inline int cfacture_X509_add_ext(X509 *certificate, X509 *issuer, int nid, const char *value) {
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, NULL, NULL, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(NULL, &context, nid, value);
    if (extension == NULL) return 0;
    int ok = X509_add_ext(certificate, extension, -1);
    X509_EXTENSION_free(extension);
    return ok;
}

/// Frees a BIO chain built by CMS_dataInit up to, not including, `upto`.
static inline void cfacture_BIO_free_upto(BIO *bio, BIO *upto) {
    while (bio != NULL && bio != upto) {
        BIO *next = BIO_pop(bio);
        BIO_free(bio);
        bio = next;
    }
}

/// The bytes a memory BIO holds; borrowed.
static inline long cfacture_BIO_get_mem_data(BIO *bio, char **data) {
    return BIO_get_mem_data(bio, data);
}

/// Name printing flags: RFC 2253 with UTF-8 kept as is.
static inline unsigned long cfacture_XN_FLAG_RFC2253_UTF8(void) {
    return XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB;
}

#endif
