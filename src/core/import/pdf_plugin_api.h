// The C interface between the core and libscopekeeper_pdf.so, the poppler-based PDF text reader that is
// loaded on first use: linking poppler (and the ~25 libraries it pulls in) into every program would add about
// 10 ms to each start of the CLI, which is most of a short measurement.
#pragma once

#include <cstddef>

extern "C" {

enum SkPdfStatus { kSkPdfOk = 0, kSkPdfCannotOpen = 1, kSkPdfLocked = 2, kSkPdfFailed = 3 };

// Appends the UTF-8 text of every page, in reading order, through `append` (one call per page, each page
// ending with a line feed). Returns an SkPdfStatus. Never throws.
using SkPdfTextFunction = int (*)(const char* data, size_t size,
                                  void (*append)(void* context, const char* text, size_t length),
                                  void* context);

inline constexpr const char* kSkPdfTextSymbol = "sk_pdf_text";
}
