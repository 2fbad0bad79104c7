// FactureKit — the FactureKit authors — SPDX-License-Identifier: Apache-2.0
#include "CFacturePoppler.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-embedded-file.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>
#include <poppler/cpp/poppler-version.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <vector>

struct cfp_document {
    std::vector<char> bytes;  // poppler reads from this buffer for the document's lifetime
    std::unique_ptr<poppler::document> document;
};

namespace {

// poppler-cpp prints diagnostics to stderr unless a debug function is installed.
void silence(const std::string &, void *) {}

struct QuietPoppler {
    QuietPoppler() { poppler::set_debug_error_function(silence, nullptr); }
};

void ensureQuiet() {
    static QuietPoppler quiet;  // C++11 guarantees thread-safe one-time initialisation
    (void)quiet;
}

cfp_status copyOut(const char *source, size_t length, char **out, size_t *outLength) {
    char *buffer = static_cast<char *>(std::malloc(length + 1));
    if (buffer == nullptr) {
        return CFP_ERROR_MEMORY;
    }
    if (length > 0) {
        std::memcpy(buffer, source, length);
    }
    buffer[length] = '\0';
    *out = buffer;
    *outLength = length;
    return CFP_OK;
}

}  // namespace

extern "C" {

const char *cfp_poppler_version(void) {
    static const std::string version = poppler::version_string();
    return version.c_str();
}

cfp_document *cfp_document_load(const uint8_t *bytes, size_t length, cfp_status *status) {
    ensureQuiet();
    try {
        auto handle = std::make_unique<cfp_document>();
        handle->bytes.assign(reinterpret_cast<const char *>(bytes), reinterpret_cast<const char *>(bytes) + length);
        poppler::document *document =
            poppler::document::load_from_raw_data(handle->bytes.data(), static_cast<int>(handle->bytes.size()));
        if (document == nullptr) {
            *status = CFP_ERROR_DAMAGED;
            return nullptr;
        }
        handle->document.reset(document);
        if (document->is_locked()) {
            *status = CFP_ERROR_LOCKED;
            return nullptr;
        }
        *status = CFP_OK;
        return handle.release();
    } catch (const std::bad_alloc &) {
        *status = CFP_ERROR_MEMORY;
        return nullptr;
    } catch (...) {
        *status = CFP_ERROR_DAMAGED;
        return nullptr;
    }
}

void cfp_document_free(cfp_document *document) { delete document; }

int cfp_document_page_count(const cfp_document *document) { return document->document->pages(); }

int cfp_document_pdf_version(const cfp_document *document) {
    int major = 0;
    int minor = 0;
    document->document->get_pdf_version(&major, &minor);
    return major * 10 + minor;
}

cfp_status cfp_document_page_text(const cfp_document *document, int page, char **text, size_t *length) {
    if (page < 0 || page >= document->document->pages()) {
        return CFP_ERROR_RANGE;
    }
    try {
        std::unique_ptr<poppler::page> handle(document->document->create_page(page));
        if (!handle) {
            return CFP_ERROR_DAMAGED;
        }
        poppler::byte_array utf8 = handle->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
        return copyOut(utf8.data(), utf8.size(), text, length);
    } catch (...) {
        return CFP_ERROR_DAMAGED;
    }
}

cfp_status cfp_document_page_words(const cfp_document *document, int page, cfp_word **words, size_t *count,
                                   double *page_width, double *page_height) {
    if (page < 0 || page >= document->document->pages()) {
        return CFP_ERROR_RANGE;
    }
    try {
        std::unique_ptr<poppler::page> handle(document->document->create_page(page));
        if (!handle) {
            return CFP_ERROR_DAMAGED;
        }
        const poppler::rectf box = handle->page_rect(poppler::crop_box);
        *page_width = box.width();
        *page_height = box.height();
        std::vector<poppler::text_box> boxes = handle->text_list(poppler::page::text_list_include_font);
        *count = 0;
        *words = nullptr;
        if (boxes.empty()) {
            return CFP_OK;
        }
        cfp_word *out = static_cast<cfp_word *>(std::calloc(boxes.size(), sizeof(cfp_word)));
        if (out == nullptr) {
            return CFP_ERROR_MEMORY;
        }
        size_t filled = 0;
        for (const poppler::text_box &word : boxes) {
            poppler::byte_array utf8 = word.text().to_utf8();
            char *text = static_cast<char *>(std::malloc(utf8.size() + 1));
            if (text == nullptr) {
                cfp_words_free(out, filled);
                return CFP_ERROR_MEMORY;
            }
            if (!utf8.empty()) {
                std::memcpy(text, utf8.data(), utf8.size());
            }
            text[utf8.size()] = '\0';
            const poppler::rectf bbox = word.bbox();
            cfp_word &target = out[filled++];
            target.text = text;
            target.x = bbox.x();
            target.y = bbox.y();
            target.width = bbox.width();
            target.height = bbox.height();
            target.rotation = word.rotation();
            target.space_after = word.has_space_after() ? 1 : 0;
            target.font_size = word.has_font_info() ? word.get_font_size() : 0;
        }
        *words = out;
        *count = filled;
        return CFP_OK;
    } catch (...) {
        return CFP_ERROR_DAMAGED;
    }
}

void cfp_words_free(cfp_word *words, size_t count) {
    if (words == nullptr) {
        return;
    }
    for (size_t index = 0; index < count; ++index) {
        std::free(words[index].text);
    }
    std::free(words);
}

cfp_status cfp_document_metadata(const cfp_document *document, char **xmp, size_t *length) {
    try {
        poppler::byte_array utf8 = document->document->metadata().to_utf8();
        return copyOut(utf8.data(), utf8.size(), xmp, length);
    } catch (...) {
        return CFP_ERROR_DAMAGED;
    }
}

int cfp_document_embedded_file_count(const cfp_document *document) {
    if (!document->document->has_embedded_files()) {
        return 0;
    }
    return static_cast<int>(document->document->embedded_files().size());
}

cfp_status cfp_document_embedded_file_name(const cfp_document *document, int index, char **name, size_t *length) {
    std::vector<poppler::embedded_file *> files = document->document->embedded_files();
    if (index < 0 || static_cast<size_t>(index) >= files.size()) {
        return CFP_ERROR_RANGE;
    }
    std::string value = files[index]->name();
    return copyOut(value.data(), value.size(), name, length);
}

cfp_status cfp_document_embedded_file_data(const cfp_document *document, int index, uint8_t **data, size_t *length) {
    std::vector<poppler::embedded_file *> files = document->document->embedded_files();
    if (index < 0 || static_cast<size_t>(index) >= files.size()) {
        return CFP_ERROR_RANGE;
    }
    try {
        poppler::byte_array bytes = files[index]->data();
        char *out = nullptr;
        cfp_status status = copyOut(bytes.data(), bytes.size(), &out, length);
        *data = reinterpret_cast<uint8_t *>(out);
        return status;
    } catch (...) {
        return CFP_ERROR_DAMAGED;
    }
}

cfp_status cfp_document_render_page_gray(const cfp_document *document, int page, double dpi, uint8_t **pixels,
                                         int *width, int *height) {
    if (page < 0 || page >= document->document->pages()) {
        return CFP_ERROR_RANGE;
    }
    try {
        std::unique_ptr<poppler::page> handle(document->document->create_page(page));
        if (!handle) {
            return CFP_ERROR_DAMAGED;
        }
        poppler::page_renderer renderer;
        renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
        renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
        renderer.set_image_format(poppler::image::format_gray8);
        poppler::image image = renderer.render_page(handle.get(), dpi, dpi);
        if (!image.is_valid()) {
            return CFP_ERROR_RENDER;
        }
        const int w = image.width();
        const int h = image.height();
        const int stride = image.bytes_per_row();
        uint8_t *out = static_cast<uint8_t *>(std::malloc(static_cast<size_t>(w) * static_cast<size_t>(h)));
        if (out == nullptr) {
            return CFP_ERROR_MEMORY;
        }
        const char *source = image.const_data();
        for (int row = 0; row < h; ++row) {
            std::memcpy(out + static_cast<size_t>(row) * w, source + static_cast<size_t>(row) * stride, w);
        }
        *pixels = out;
        *width = w;
        *height = h;
        return CFP_OK;
    } catch (const std::bad_alloc &) {
        return CFP_ERROR_MEMORY;
    } catch (...) {
        return CFP_ERROR_RENDER;
    }
}

void cfp_free(void *pointer) { std::free(pointer); }

}  // extern "C"
