// Word (.docx) text: body paragraphs and tables, text boxes, then footnotes and endnotes, with tracked
// changes accepted (insertions present, deletions absent). Headers, footers, comments and field codes are not
// read.
#include <pugixml.hpp>

#include "common/error.h"
#include "import/readers.h"
#include "import/xml_part.h"
#include "import/zip_archive.h"

namespace sk::import {

namespace {

constexpr const char* kWordNamespaces[] = {
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",  // transitional (what Word writes)
    "http://purl.oclc.org/ooxml/wordprocessingml/main",              // strict
};
constexpr const char* kMarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

class DocxText {
 public:
  DocxText(const pugi::xml_node& root, std::string part) : part_(std::move(part)) {
    std::optional<std::string> w = find_prefix(root, kWordNamespaces[0]);
    if (!w) w = find_prefix(root, kWordNamespaces[1]);
    w_ = w ? *w : prefix_for(root, kWordNamespaces[0], part_);  // throws when neither is declared
    const std::optional<std::string> mc = find_prefix(root, kMarkupCompatibility);
    fallback_ = mc ? *mc + "Fallback" : std::string("\x01");  // "\x01": never an element name
  }

  // Appends the text of `node`'s subtree to `out`.
  void walk(const pugi::xml_node& node, std::string& out, int depth = 0) const {
    check_depth(depth, part_);
    for (const pugi::xml_node& child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      const std::string_view name = child.name();
      if (!is_w(name)) {
        if (name != fallback_) walk(child, out, depth + 1);  // text boxes: the Choice, not its VML copy
        continue;
      }
      const std::string_view local = name.substr(w_.size());
      if (local == "t") {
        for (const pugi::xml_node& text : child.children()) {
          if (text.type() == pugi::node_pcdata || text.type() == pugi::node_cdata) out += text.value();
        }
      } else if (local == "del" || local == "moveFrom" || local == "delText" || local == "instrText" ||
                 local == "pPr" || local == "rPr" || local == "sectPr" || local == "softHyphen") {
        // tracked deletions and moved-away text are absent; properties and field codes are not text
      } else if (local == "tab") {
        out += '\t';
      } else if (local == "br" || local == "cr") {
        out += '\n';
      } else if (local == "noBreakHyphen") {
        out += '-';
      } else {
        walk(child, out, depth + 1);
        if (local == "p" || local == "tr") out += '\n';
        if (local == "tc") out += '\t';
      }
    }
  }

  bool is_note_to_skip(const pugi::xml_node& note) const {
    const std::string_view type = note.attribute((w_ + "type").c_str()).value();
    return type == "separator" || type == "continuationSeparator" || type == "continuationNotice";
  }

 private:
  bool is_w(std::string_view name) const {
    return name.substr(0, w_.size()) == w_ && name.size() > w_.size();
  }

  std::string part_, w_, fallback_;
};

void append_notes(const ZipArchive& zip, const std::string& part, std::string& out) {
  if (!zip.has(part)) return;
  pugi::xml_document doc;
  parse_xml_part(doc, zip.read(part), part);
  const pugi::xml_node root = doc.document_element();
  const DocxText reader(root, part);
  for (const pugi::xml_node& note : root.children()) {
    if (note.type() != pugi::node_element || reader.is_note_to_skip(note)) continue;
    out += '\n';
    reader.walk(note, out);
  }
}

}  // namespace

std::string read_docx(std::string_view bytes) {
  const ZipArchive zip(bytes);
  const std::string main_part = "word/document.xml";
  pugi::xml_document doc;
  parse_xml_part(doc, zip.read(main_part), main_part);
  const pugi::xml_node root = doc.document_element();
  const DocxText reader(root, main_part);
  std::string out;
  reader.walk(root, out);
  append_notes(zip, "word/footnotes.xml", out);
  append_notes(zip, "word/endnotes.xml", out);
  return out;
}

}  // namespace sk::import
