// HTML text through libscopekeeper_html.so (html_plugin_api.h, libxml2's HTML parser), loaded on the first
// HTML file: the visible text of the body, with character references decoded; see html_plugin.cpp for what is
// read and what is not.
#include <climits>

#include "common/error.h"
#include "import/html_plugin_api.h"
#include "import/plugin_loader.h"
#include "import/readers.h"

namespace sk::import {

namespace {

void append_text(void* context, const char* text, size_t length) {
  static_cast<std::string*>(context)->append(text, length);
}

}  // namespace

std::string read_html(std::string_view utf8) {
  if (utf8.size() > INT_MAX) throw Error(ErrorKind::kInvalidInput, "", "the HTML is too large");
  static const auto html_text = reinterpret_cast<SkHtmlTextFunction>(
      plugin_symbol(SK_HTML_PLUGIN_BUILD_PATH, SK_HTML_PLUGIN_INSTALL_PATH, kSkHtmlTextSymbol, "HTML"));
  std::string out;
  switch (html_text(utf8.data(), utf8.size(), append_text, &out)) {
    case kSkHtmlOk:
      return out;
    case kSkHtmlTooDeep:
      throw Error(ErrorKind::kInvalidInput, "", "the HTML is nested too deeply; refused");
    default:
      throw Error(ErrorKind::kInvalidInput, "", "the HTML cannot be read");
  }
}

}  // namespace sk::import
