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

#endif
