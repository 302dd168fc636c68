// Recognises a file's format from its first bytes; the extension is only a hint for text-like content.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sk::import {

enum class Sniffed {
  kZip,   // a zip archive: .docx or .odt, told apart by their entries
  kPdf,   // "%PDF-" in the first 1 KB
  kRtf,   // "{\rtf"
  kPng,   // the PNG signature
  kJpeg,  // FF D8 FF
  kText,  // anything else: plain text, Markdown or HTML once decoded (or binary data, refused there)
};

// Known formats this build refuses, with a hint; the returned text is the error message.
std::optional<std::string> unsupported_format(std::string_view bytes);

Sniffed sniff(std::string_view bytes);

// True for decoded text that is an HTML document: the extension is .html/.htm/.xhtml; or it opens (after a
// BOM and spaces) with a tag, and a doctype html, <html>, <head> or <body> tag appears in its first 4 KB; or,
// unless it is named .txt/.md/.markdown, a doctype html or <html> tag begins a line in its first 64 KB (a
// page a mail client or CMS saved after a script or a line of text, as browsers read it).
bool looks_like_html(std::string_view utf8, std::string_view extension);

// The charset an HTML file names in a <meta> in its first 4 KB, if any.
std::optional<std::string> declared_charset(std::string_view bytes);

// The extension of a file name, lower case, without the dot ("" when there is none).
std::string extension_of(std::string_view name);

}  // namespace sk::import
