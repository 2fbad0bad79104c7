// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
// qpdf's C API (Apache-2.0): reading a PDF's objects and checking its structure.
#ifndef C_FACTURE_QPDF_SHIM_H
#define C_FACTURE_QPDF_SHIM_H

#include <qpdf/qpdf-c.h>
#include <stdlib.h>
#include <string.h>

/// How opening a PDF with cfacture_qpdf_open went.
typedef enum cfacture_qpdf_status {
    CFACTURE_QPDF_OK = 0,
    CFACTURE_QPDF_NO_MEMORY = 1,
    CFACTURE_QPDF_PASSWORD = 2,
    CFACTURE_QPDF_DAMAGED = 3
} cfacture_qpdf_status;

/// Opens a PDF from a copy of `bytes`, quietly (no message on stderr). On success *handle and
/// *buffer hold the document and the copy it reads from (qpdf reads it lazily): release both with
/// cfacture_qpdf_close. On failure nothing is left to release.
static inline cfacture_qpdf_status cfacture_qpdf_open(const void *bytes, size_t count, qpdf_data *handle,
                                                     char **buffer) {
    *handle = NULL;
    *buffer = NULL;
    qpdf_data opened = qpdf_init();
    if (opened == NULL) return CFACTURE_QPDF_NO_MEMORY;
    qpdf_silence_errors(opened);
    qpdf_set_suppress_warnings(opened, QPDF_TRUE);
    char *copy = (char *)malloc(count > 0 ? count : 1);
    if (copy == NULL) {
        qpdf_cleanup(&opened);
        return CFACTURE_QPDF_NO_MEMORY;
    }
    if (count > 0) memcpy(copy, bytes, count);
    QPDF_ERROR_CODE status = qpdf_read_memory(opened, "input.pdf", copy, (unsigned long long)count, "");
    if (status & QPDF_ERRORS) {
        enum qpdf_error_code_e code =
            qpdf_has_error(opened) ? qpdf_get_error_code(opened, qpdf_get_error(opened)) : qpdf_e_damaged_pdf;
        qpdf_cleanup(&opened);
        free(copy);
        return code == qpdf_e_password ? CFACTURE_QPDF_PASSWORD : CFACTURE_QPDF_DAMAGED;
    }
    *handle = opened;
    *buffer = copy;
    return CFACTURE_QPDF_OK;
}

/// Releases what cfacture_qpdf_open returned.
static inline void cfacture_qpdf_close(qpdf_data handle, char *buffer) {
    qpdf_data owned = handle;
    if (owned != NULL) qpdf_cleanup(&owned);
    free(buffer);
}

#endif
