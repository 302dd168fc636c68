// Parsing one XML part of a .docx or .odt with pugixml, safely: a DOCTYPE is refused before parsing, so no
// entity is ever declared, expanded or fetched.
#pragma once

#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace sk::import {

// Elements nested deeper than this are refused (the walkers recurse).
inline constexpr int kMaxXmlDepth = 256;

// Parses `xml` into `doc`. Throws sk::Error(kInvalidInput) naming `part` when it holds a DOCTYPE (neither
// format uses one; one with <!ENTITY declarations is an entity-expansion or external-entity attack) or is not
// well-formed.
void parse_xml_part(pugi::xml_document& doc, const std::string& xml, const std::string& part);

// The qualified-name prefix ("w:") bound to namespace `uri` on the root element; "" for the default
// namespace; nullopt when the root does not declare it.
std::optional<std::string> find_prefix(const pugi::xml_node& root, std::string_view uri);

// find_prefix, throwing "damaged document: <part> lacks its XML namespace" when it is not declared.
std::string prefix_for(const pugi::xml_node& root, std::string_view uri, const std::string& part);

// Throws sk::Error(kInvalidInput) "... nested too deeply" when depth exceeds kMaxXmlDepth.
void check_depth(int depth, const std::string& part);

}  // namespace sk::import
