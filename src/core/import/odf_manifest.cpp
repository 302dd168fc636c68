// What META-INF/manifest.xml says of a part's encryption; see odf_manifest.h.
#include "import/odf_manifest.h"

#include <pugixml.hpp>
#include <string_view>

#include "common/error.h"
#include "import/zip_archive.h"

namespace sk::import {

namespace {

const std::string kManifest = "META-INF/manifest.xml";

// A qualified name without its prefix: "manifest:file-entry" -> "file-entry".
std::string_view local_name(std::string_view name) {
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

}  // namespace

OdfEncryption odf_encryption(const ZipArchive& zip, const std::string& part) {
  if (!zip.has(kManifest)) return OdfEncryption::kNone;
  std::string xml;
  try {
    xml = zip.read(kManifest);
  } catch (const Error&) {
    return OdfEncryption::kNone;
  }
  const OdfEncryption mentioned =
      xml.find("encryption-data") != std::string::npos ? OdfEncryption::kMentioned : OdfEncryption::kNone;
  // pugixml never reads a DTD (no parse_doctype), so nothing in the manifest is expanded or fetched.
  pugi::xml_document doc;
  if (!doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8)) return mentioned;
  for (const pugi::xml_node& entry : doc.document_element().children()) {
    if (entry.type() != pugi::node_element || local_name(entry.name()) != "file-entry") continue;
    bool is_part = false;
    for (const pugi::xml_attribute& a : entry.attributes()) {
      is_part = is_part || (local_name(a.name()) == "full-path" && part == a.value());
    }
    if (!is_part) continue;
    for (const pugi::xml_node& child : entry.children()) {
      if (child.type() == pugi::node_element && local_name(child.name()) == "encryption-data") {
        return OdfEncryption::kDeclared;
      }
    }
    return OdfEncryption::kNone;
  }
  return mentioned;
}

}  // namespace sk::import
