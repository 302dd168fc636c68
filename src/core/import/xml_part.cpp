// Safe XML part parsing; see xml_part.h.
#include "import/xml_part.h"

#include <cstring>

#include "common/error.h"

namespace sk::import {

void parse_xml_part(pugi::xml_document& doc, const std::string& xml, const std::string& part) {
  if (xml.find("<!DOCTYPE") != std::string::npos) {
    const bool entities = xml.find("<!ENTITY") != std::string::npos;
    throw Error(
        ErrorKind::kInvalidInput, "",
        part + (entities ? " declares XML entities; refused (entities are never expanded or fetched)"
                         : " has a DOCTYPE declaration; refused (documents of this format never do)"));
  }
  // No parse_doctype: the parser never sees a DTD. Whitespace-only text is kept (a <w:t> holding a space).
  const unsigned flags = pugi::parse_default | pugi::parse_ws_pcdata;
  const pugi::xml_parse_result result = doc.load_buffer(xml.data(), xml.size(), flags, pugi::encoding_utf8);
  if (!result) {
    throw Error(ErrorKind::kInvalidInput, "",
                "damaged document: " + part + " is not well-formed XML (" + result.description() +
                    " at byte " + std::to_string(result.offset) + ")");
  }
}

std::optional<std::string> find_prefix(const pugi::xml_node& root, std::string_view uri) {
  for (const pugi::xml_attribute& a : root.attributes()) {
    if (uri != a.value()) continue;
    const char* name = a.name();
    if (std::strcmp(name, "xmlns") == 0) return "";
    if (std::strncmp(name, "xmlns:", 6) == 0) return std::string(name + 6) + ":";
  }
  return std::nullopt;
}

std::string prefix_for(const pugi::xml_node& root, std::string_view uri, const std::string& part) {
  if (std::optional<std::string> prefix = find_prefix(root, uri)) return *prefix;
  throw Error(ErrorKind::kInvalidInput, "", "damaged document: " + part + " lacks its XML namespace");
}

void check_depth(int depth, const std::string& part) {
  if (depth > kMaxXmlDepth) {
    throw Error(ErrorKind::kInvalidInput, "", part + " is nested too deeply; refused");
  }
}

}  // namespace sk::import
