// libscopekeeper_pdf.so: the text layer of a PDF through poppler-cpp, behind the C interface of
// pdf_plugin_api.h. The core loads it on first use (pdf_reader.cpp).
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <memory>

#include "import/pdf_plugin_api.h"

namespace {
void quiet(const std::string& /*message*/, void* /*closure*/) {}
}  // namespace

extern "C" __attribute__((visibility("default"))) int sk_pdf_text(const char* data, size_t size,
                                                                  void (*append)(void*, const char*, size_t),
                                                                  void* context) {
  try {
    poppler::set_debug_error_function(quiet, nullptr);
    if (size > INT_MAX) return kSkPdfCannotOpen;
    std::unique_ptr<poppler::document> doc(
        poppler::document::load_from_raw_data(data, static_cast<int>(size)));
    if (!doc) return kSkPdfCannotOpen;
    if (doc->is_locked()) return kSkPdfLocked;
    for (int i = 0; i < doc->pages(); ++i) {
      std::unique_ptr<poppler::page> page(doc->create_page(i));
      if (!page) continue;
      poppler::byte_array utf8 =
          page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
      utf8.push_back('\n');
      append(context, utf8.data(), utf8.size());
    }
    return kSkPdfOk;
  } catch (...) {
    return kSkPdfFailed;
  }
}
