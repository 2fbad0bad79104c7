// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
#ifndef C_FACTURE_LIBXML2_SHIM_H
#define C_FACTURE_LIBXML2_SHIM_H

// libxml2 may be built with ICU; its unicode headers clash with Foundation's ICU.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlsave.h>

/// `xmlFree` is a global function pointer in libxml2; Swift cannot call it directly.
static inline void cfacture_xmlFree(void *pointer) {
    xmlFree(pointer);
}

#endif
