// The C interface between the core (html_reader.cpp) and libscopekeeper_html.so, the libxml2-based HTML text
// reader loaded on the first HTML file: libxml2 and its libraries cost the CLI's start-up about 1 M
// instructions of binding (see plugin_loader.h).
#pragma once

#include <cstddef>

extern "C" {

enum SkHtmlStatus { kSkHtmlOk = 0, kSkHtmlCannotRead = 1, kSkHtmlTooDeep = 2 };

// Appends the visible text of the UTF-8 HTML data[0, size) (size <= INT_MAX) through `append`. Returns an
// SkHtmlStatus. Never throws.
using SkHtmlTextFunction = int (*)(const char* data, size_t size,
                                   void (*append)(void* context, const char* text, size_t length),
                                   void* context);

inline constexpr const char* kSkHtmlTextSymbol = "sk_html_text";
}
