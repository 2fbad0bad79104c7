// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
#ifndef C_FACTURE_TESSERACT_SHIM_H
#define C_FACTURE_TESSERACT_SHIM_H

#include <tesseract/capi.h>
#include <leptonica/allheaders.h>

/// Leptonica's `setMsgSeverity` level that silences every message (its headers spell it as an enum).
static inline int cfacture_leptonicaSeverityNone(void) {
    return L_SEVERITY_NONE;
}

#endif
