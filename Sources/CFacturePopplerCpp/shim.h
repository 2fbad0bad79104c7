// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
// Flags-only module: it carries poppler-cpp's pkg-config flags to the C++ shim target
// CFacturePoppler. No Swift module imports it; poppler-cpp's C++ headers stay out of Swift.
#ifndef C_FACTURE_POPPLER_CPP_SHIM_H
#define C_FACTURE_POPPLER_CPP_SHIM_H
#endif
