// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
// qpdf's C API (Apache-2.0): reading a PDF's objects and checking its structure.
#ifndef C_FACTURE_QPDF_SHIM_H
#define C_FACTURE_QPDF_SHIM_H

#include <qpdf/qpdf-c.h>

#endif
