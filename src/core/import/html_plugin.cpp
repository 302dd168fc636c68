// libscopekeeper_html.so: HTML text through libxml2's HTML parser (forgiving, like a browser; never touches
// the network) behind the C interface of html_plugin_api.h: the visible text of the body, with character
// references decoded. Scripts, styles, <head> and <title>, <template>, <noscript>, embedded SVG and objects,
// elements marked `hidden`, and every attribute (alt, title) are not read. Neither is text CSS hides: an
// element whose own style says display: none, visibility: hidden or Word's mso-hide: all, or whose class or
// id a style sheet of the page hides that way with a plain `.class` or `#id` rule (no cascade beyond that;
// rules inside @media and other at-rules are ignored). Loaded by html_reader.cpp on the first HTML file.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>

#include <cctype>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>

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
                  "fieldset",   "legend",  "details", "summary", "body",       "option"});
}

// A property value as text ("" when absent).
std::string property(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

// CSS declarations, lower-cased without spaces, that hide what they apply to.
bool hides(std::string_view declarations) {
  std::string d;
  for (char c : declarations) {
    if (!std::isspace(static_cast<unsigned char>(c)))
      d += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  for (const char* hiding : {"display:none", "visibility:hidden", "visibility:collapse", "mso-hide:all"}) {
    // At the start of a declaration ("xdisplay:none" is another property), ending at ';', '!' or the end.
    for (size_t at = d.find(hiding); at != std::string::npos; at = d.find(hiding, at + 1)) {
      const size_t end = at + std::strlen(hiding);
      if ((at == 0 || d[at - 1] == ';') && (end == d.size() || d[end] == ';' || d[end] == '!')) return true;
    }
  }
  return false;
}

// The classes (".name") and ids ("#name") the page's style sheets hide with a plain one-name selector.
struct HiddenNames {
  std::set<std::string> names;

  void read_sheet(std::string_view css) {
    std::string text;  // without comments
    for (size_t i = 0; i < css.size(); ++i) {
      if (css.compare(i, 2, "/*") == 0) {
        const size_t end = css.find("*/", i + 2);
        if (end == std::string_view::npos) break;
        i = end + 1;
        continue;
      }
      text += css[i];
    }
    size_t pos = 0;
    while (pos < text.size()) {
      const size_t open = text.find('{', pos);
      if (open == std::string::npos) break;
      const std::string_view selectors = std::string_view(text).substr(pos, open - pos);
      // The block's end, counting nested braces (an at-rule such as @media holds whole rules).
      size_t close = open + 1;
      for (int depth = 1; close < text.size() && depth > 0; ++close) {
        depth += text[close] == '{' ? 1 : text[close] == '}' ? -1 : 0;
      }
      const std::string_view body = std::string_view(text).substr(open + 1, close - open - 2);
      if (selectors.find('@') == std::string_view::npos && hides(body)) add_selectors(selectors);
      pos = close;
    }
  }

  void add_selectors(std::string_view list) {
    size_t start = 0;
    while (start <= list.size()) {
      size_t comma = list.find(',', start);
      if (comma == std::string_view::npos) comma = list.size();
      std::string_view one = list.substr(start, comma - start);
      while (!one.empty() && std::isspace(static_cast<unsigned char>(one.front()))) one.remove_prefix(1);
      while (!one.empty() && std::isspace(static_cast<unsigned char>(one.back()))) one.remove_suffix(1);
      if (one.size() > 1 && (one[0] == '.' || one[0] == '#')) {
        bool plain = true;
        for (char c : one.substr(1))
          plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_');
        if (plain) names.emplace(one);
      }
      start = comma + 1;
    }
  }

  bool hidden(const xmlNode* node) const {
    if (names.empty()) return false;
    // Keys are built by appending: `"#" + string` trips GCC 12's false -Wrestrict warning at -O3 (bug
    // 105329).
    std::string key = "#";
    key += property(node, "id");
    if (key.size() > 1 && names.count(key) > 0) return true;
    const std::string classes = property(node, "class");
    size_t pos = 0;
    while (pos < classes.size()) {
      while (pos < classes.size() && std::isspace(static_cast<unsigned char>(classes[pos]))) ++pos;
      size_t end = pos;
      while (end < classes.size() && !std::isspace(static_cast<unsigned char>(classes[end]))) ++end;
      key.assign(1, '.');
      key.append(classes, pos, end - pos);
      if (end > pos && names.count(key) > 0) return true;
      pos = end;
    }
    return false;
  }
};

// Collects the hiding rules of every <style> element, wherever it is.
void find_sheets(const xmlNode* node, HiddenNames& hidden, int depth) {
  if (depth > kMaxDepth) return;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (name_is(child, {"style"})) {
      xmlChar* css = xmlNodeGetContent(child);
      if (css != nullptr) {
        hidden.read_sheet(reinterpret_cast<const char*>(css));
        xmlFree(css);
      }
      continue;
    }
    find_sheets(child, hidden, depth + 1);
  }
}

// True when CSS hides the element: its own style attribute, or a plain class or id rule of the page.
bool hidden_by_css(const xmlNode* node, const HiddenNames& sheets) {
  const std::string style = property(node, "style");
  return (!style.empty() && hides(style)) || sheets.hidden(node);
}

// False when the document is nested deeper than kMaxDepth.
bool walk(const xmlNode* node, const HiddenNames& sheets, std::string& out, int depth) {
  if (depth > kMaxDepth) return false;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      if (child->content != nullptr) out += reinterpret_cast<const char*>(child->content);
      continue;
    }
    if (child->type != XML_ELEMENT_NODE) continue;
    // A <title> is never shown, not even one the parser put in the body because it came after body text.
    if (name_is(child, {"script", "style", "head", "title", "template", "noscript", "svg", "object", "embed",
                        "iframe", "canvas", "audio", "video", "map"}) ||
        xmlHasProp(child, reinterpret_cast<const xmlChar*>("hidden")) != nullptr ||
        hidden_by_css(child, sheets)) {
      continue;
    }
    const bool block = is_block(child);
    if (block) out += '\n';
    if (!walk(child, sheets, out, depth + 1)) return false;
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
    // Implied <html>, <head> and <body> are kept (no HTML_PARSE_NOIMPLIED): a page saved by a mail client or
    // a CMS often has a <script>, <style> or text before its <html>, and like a browser the parser then
    // puts the script in the head and the text in the body; without them the first such element would
    // become the root and hold the whole page.
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                        HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
    std::unique_ptr<xmlDoc, DocFreer> doc(
        htmlReadMemory(data, static_cast<int>(size), nullptr, "UTF-8", options));
    if (!doc) return kSkHtmlCannotRead;
    const auto* root = reinterpret_cast<const xmlNode*>(doc.get());
    HiddenNames sheets;
    find_sheets(root, sheets, 0);
    std::string out;
    if (!walk(root, sheets, out, 0)) return kSkHtmlTooDeep;
    append(context, out.data(), out.size());
    return kSkHtmlOk;
  } catch (...) {  // std::bad_alloc
    return kSkHtmlCannotRead;
  }
}
