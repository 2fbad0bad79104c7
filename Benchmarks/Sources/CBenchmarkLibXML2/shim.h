// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
// The baseline for the FacturX parsing benchmarks: libxml2 itself, called directly.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
