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
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlreader.h>

/// `xmlFree` is a global function pointer in libxml2; Swift cannot call it directly.
static inline void cfacture_xmlFree(void *pointer) {
    xmlFree(pointer);
}

/// Where libxml2 sends diagnostics on the current thread: the structured handler and the generic
/// (printf-style) handler with their contexts. libxml2 2.9 keeps these per thread.
typedef struct {
    xmlStructuredErrorFunc structured;
    void *structuredContext;
    void (*generic)(void);
    void *genericContext;
} cfacture_ErrorHandlers;

static inline void cfacture_ignoreGenericError(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/// Routes every libxml2 diagnostic raised on the current thread to `handler` (generic,
/// printf-style messages are dropped), and returns what was installed before, for
/// ``cfacture_restoreErrorHandlers``. Nothing reaches stderr in between.
static inline cfacture_ErrorHandlers cfacture_captureErrors(xmlStructuredErrorFunc handler, void *context) {
    cfacture_ErrorHandlers previous;
    previous.structured = xmlStructuredError;
    previous.structuredContext = xmlStructuredErrorContext;
    previous.generic = (void (*)(void))xmlGenericError;
    previous.genericContext = xmlGenericErrorContext;
    xmlSetGenericErrorFunc(NULL, cfacture_ignoreGenericError);
    xmlSetStructuredErrorFunc(context, handler);
    return previous;
}

/// Reinstalls the handlers ``cfacture_captureErrors`` returned, on the current thread.
static inline void cfacture_restoreErrorHandlers(cfacture_ErrorHandlers previous) {
    xmlSetGenericErrorFunc(previous.genericContext, (xmlGenericErrorFunc)previous.generic);
    xmlSetStructuredErrorFunc(previous.structuredContext, previous.structured);
}

/// The SAX2 magic number (a macro that does not fit Swift's `Int32` import).
static inline unsigned int cfacture_sax2Magic(void) {
    return XML_SAX2_MAGIC;
}

/// The line the parser is on (1-based), or 0 when it has no input.
static inline int cfacture_parserLine(xmlParserCtxtPtr context) {
    if (context == NULL || context->input == NULL) return 0;
    return context->input->line;
}

/// Whether the parser has seen a well-formedness error.
static inline int cfacture_parserWellFormed(xmlParserCtxtPtr context) {
    return context != NULL && context->wellFormed != 0;
}

/// The `xmlNodePtr` a structured error is about (schema validation errors carry one), or NULL.
static inline xmlNodePtr cfacture_errorNode(xmlErrorPtr error) {
    return error == NULL ? NULL : (xmlNodePtr)error->node;
}

#endif
