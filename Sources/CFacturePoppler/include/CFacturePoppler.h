// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
// A C API over poppler-cpp, so that no Swift module needs C++ interop.
// Every function is safe to call with the handles it returns; strings and buffers it
// allocates are released with cfp_free.
#ifndef C_FACTURE_POPPLER_H
#define C_FACTURE_POPPLER_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An opened PDF document. Not thread-safe: use one handle from one thread at a time.
typedef struct cfp_document cfp_document;

/// Outcome of a call that can fail.
typedef enum cfp_status {
    CFP_OK = 0,
    CFP_ERROR_DAMAGED = 1,
    CFP_ERROR_LOCKED = 2,
    CFP_ERROR_RANGE = 3,
    CFP_ERROR_RENDER = 4,
    CFP_ERROR_MEMORY = 5
} cfp_status;

/// The poppler version string, e.g. "22.12.0". Static storage: do not free.
const char *cfp_poppler_version(void);

/// Opens a PDF from bytes (copied). Returns NULL and sets *status on failure.
cfp_document *cfp_document_load(const uint8_t *bytes, size_t length, cfp_status *status);

/// Releases a document.
void cfp_document_free(cfp_document *document);

/// Number of pages.
int cfp_document_page_count(const cfp_document *document);

/// PDF version as major * 10 + minor (17 for PDF 1.7).
int cfp_document_pdf_version(const cfp_document *document);

/// UTF-8 text of one page in physical layout order. *text is malloc'd: release with cfp_free.
cfp_status cfp_document_page_text(const cfp_document *document, int page, char **text, size_t *length);

/// The document's XMP metadata as UTF-8 (may be empty). Release with cfp_free.
cfp_status cfp_document_metadata(const cfp_document *document, char **xmp, size_t *length);

/// Number of embedded files (PDF file attachments in the EmbeddedFiles name tree).
int cfp_document_embedded_file_count(const cfp_document *document);

/// Name (UTF-8) of embedded file `index`. Release with cfp_free.
cfp_status cfp_document_embedded_file_name(const cfp_document *document, int index, char **name, size_t *length);

/// Bytes of embedded file `index`. Release with cfp_free.
cfp_status cfp_document_embedded_file_data(const cfp_document *document, int index, uint8_t **data, size_t *length);

/// Renders page `page` at `dpi` to 8-bit grayscale, rows of `width` bytes (no padding).
/// *pixels is malloc'd: release with cfp_free.
cfp_status cfp_document_render_page_gray(const cfp_document *document, int page, double dpi,
                                         uint8_t **pixels, int *width, int *height);

/// One word of a page's text layer, in points, origin at the top left of the page (y downwards).
typedef struct cfp_word {
    /// UTF-8, NUL-terminated; owned by the array (freed by cfp_words_free).
    char *text;
    double x;
    double y;
    double width;
    double height;
    /// 0, 90, 180 or 270: the direction the text runs in.
    int rotation;
    /// Whether the text layer puts a space after the word (else it touches the next one).
    int space_after;
    /// The font size, 0 when unknown.
    double font_size;
} cfp_word;

/// The words of page `page` in content order, with the page's crop box size in points.
/// *words is malloc'd: release with cfp_words_free(*words, *count).
cfp_status cfp_document_page_words(const cfp_document *document, int page, cfp_word **words, size_t *count,
                                   double *page_width, double *page_height);

/// Releases an array cfp_document_page_words returned.
void cfp_words_free(cfp_word *words, size_t count);

/// Releases memory returned by this API.
void cfp_free(void *pointer);

#ifdef __cplusplus
}
#endif

#endif
