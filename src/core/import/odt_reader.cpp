// OpenDocument text (.odt): paragraphs, headings, lists, tables, text frames, then footnotes and endnotes,
// with tracked changes accepted (inserted text is in the body; deleted text, kept aside in
// <text:tracked-changes>, is not read). Comments, headers and footers (in styles.xml) are not read. A file
// protected by a password (its content.xml encrypted, odf_manifest.h) is refused as such.
#include <pugixml.hpp>

#include "common/error.h"
#include "import/odf_manifest.h"
#include "import/readers.h"
#include "import/xml_part.h"
#include "import/zip_archive.h"

namespace sk::import {

namespace {

constexpr const char* kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr const char* kText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr const char* kTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const std::string kPart = "content.xml";

class OdtText {
 public:
  explicit OdtText(const pugi::xml_node& root)
      : office_(prefix_for(root, kOffice, kPart)), text_(prefix_for(root, kText, kPart)) {
    const std::optional<std::string> table = find_prefix(root, kTable);
    table_ = table ? *table : std::string("\x01");  // "\x01": never an element name
  }

  const std::string& office() const { return office_; }

  void walk(const pugi::xml_node& node, bool in_paragraph, int depth = 0) {
    check_depth(depth, kPart);
    for (const pugi::xml_node& child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        if (in_paragraph) out_ += child.value();
        continue;
      }
      if (child.type() != pugi::node_element) continue;
      const std::string_view name = child.name();
      if (name == office_ + "annotation" || name == office_ + "forms") continue;
      if (name.substr(0, table_.size()) == table_) {
        walk(child, false, depth + 1);
        if (name == table_ + "table-cell") out_ += '\t';
        if (name == table_ + "table-row") out_ += '\n';
        continue;
      }
      if (name.substr(0, text_.size()) != text_) {
        walk(child, in_paragraph, depth + 1);  // frames, text boxes, sections and the like
        continue;
      }
      const std::string_view local = name.substr(text_.size());
      if (local == "tracked-changes" || local == "note-citation" || local == "sequence-decls" ||
          local == "variable-decls" || local == "user-field-decls" || local == "bookmark-ref") {
        // deleted text of tracked changes, note numbers and declarations are not body text
      } else if (local == "note") {
        std::string body;
        std::swap(body, out_);
        walk(child, false, depth + 1);
        std::swap(body, out_);
        notes_ += '\n';
        notes_ += body;
      } else if (local == "s") {
        out_ += ' ';
      } else if (local == "tab") {
        out_ += '\t';
      } else if (local == "line-break") {
        out_ += '\n';
      } else if (local == "p" || local == "h") {
        walk(child, true, depth + 1);
        out_ += '\n';
      } else {
        walk(child, in_paragraph, depth + 1);
      }
    }
  }

  std::string take() { return std::move(out_) + notes_; }

 private:
  std::string office_, text_, table_, out_, notes_;
};

}  // namespace

std::string read_odt(std::string_view bytes) {
  const ZipArchive zip(bytes);
  const Error password(ErrorKind::kInvalidInput, "", "the document is protected by a password");
  const OdfEncryption encryption = odf_encryption(zip, kPart);
  if (encryption == OdfEncryption::kDeclared) throw password;
  pugi::xml_document doc;
  try {
    parse_xml_part(doc, zip.read(kPart), kPart);
  } catch (const Error&) {
    // A manifest that names encryption but cannot say for which part: content.xml that is not XML is the
    // encrypted one.
    if (encryption == OdfEncryption::kMentioned) throw password;
    throw;
  }
  const pugi::xml_node root = doc.document_element();
  OdtText reader(root);
  const pugi::xml_node body = root.child((reader.office() + "body").c_str());
  const pugi::xml_node text = body.child((reader.office() + "text").c_str());
  if (!text) throw Error(ErrorKind::kInvalidInput, "", "damaged document: content.xml has no text body");
  reader.walk(text, false);
  return reader.take();
}

}  // namespace sk::import
