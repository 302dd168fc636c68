// libscopekeeper_html.so: HTML text through libxml2's HTML parser (forgiving, like a browser; never touches
// the network) behind the C interface of html_plugin_api.h: the visible text of the body, with character
// references decoded. Scripts, styles, <head>, <template>, <noscript>, embedded SVG and objects, elements
// marked `hidden`, and every attribute (alt, title) are not read. Loaded by html_reader.cpp on the first HTML
// file.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <cstring>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <string>

#include "import/html_plugin_api.h"

namespace {

constexpr int kMaxDepth = 512;

struct DocFreer {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

bool name_is(const xmlNode* node, std::initializer_list<const char*> names) {
  const char* name = reinterpret_cast<const char*>(node->name);
  for (const char* n : names) {
    if (std::strcmp(name, n) == 0) return true;
  }
  return false;
}

bool is_block(const xmlNode* node) {
  return name_is(node,
                 {"p",          "div",     "br",      "li",      "ul",         "ol",      "dl",      "dt",
                  "dd",         "tr",      "table",   "h1",      "h2",         "h3",      "h4",      "h5",
                  "h6",         "section", "article", "header",  "footer",     "nav",     "aside",   "main",
                  "blockquote", "pre",     "hr",      "figure",  "figcaption", "address", "caption", "form",
                  "fieldset",   "legend",  "details", "summary", "body",       "option",  "title"});
}

// False when the document is nested deeper than kMaxDepth.
bool walk(const xmlNode* node, std::string& out, int depth) {
  if (depth > kMaxDepth) return false;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      if (child->content != nullptr) out += reinterpret_cast<const char*>(child->content);
      continue;
    }
    if (child->type != XML_ELEMENT_NODE) continue;
    if (name_is(child, {"script", "style", "head", "template", "noscript", "svg", "object", "embed", "iframe",
                        "canvas", "audio", "video", "map"}) ||
        xmlHasProp(child, reinterpret_cast<const xmlChar*>("hidden")) != nullptr) {
      continue;
    }
    const bool block = is_block(child);
    if (block) out += '\n';
    if (!walk(child, out, depth + 1)) return false;
    if (block) out += '\n';
    if (name_is(child, {"td", "th"})) out += '\t';
  }
  return true;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) int sk_html_text(const char* data, size_t size,
                                                                   void (*append)(void*, const char*, size_t),
                                                                   void* context) {
  try {
    static std::once_flag init;
    std::call_once(init, [] { xmlInitParser(); });
    // The text is already UTF-8 (decode_text); IGNORE_ENC stops a <meta charset> from re-decoding it.
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                        HTML_PARSE_NOIMPLIED | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
    std::unique_ptr<xmlDoc, DocFreer> doc(
        htmlReadMemory(data, static_cast<int>(size), nullptr, "UTF-8", options));
    if (!doc) return kSkHtmlCannotRead;
    std::string out;
    if (!walk(reinterpret_cast<const xmlNode*>(doc.get()), out, 0)) return kSkHtmlTooDeep;
    append(context, out.data(), out.size());
    return kSkHtmlOk;
  } catch (...) {  // std::bad_alloc
    return kSkHtmlCannotRead;
  }
}
