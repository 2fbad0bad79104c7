// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
#ifndef C_FACTURE_TESSERACT_SHIM_H
#define C_FACTURE_TESSERACT_SHIM_H

#include <tesseract/capi.h>

#endif
