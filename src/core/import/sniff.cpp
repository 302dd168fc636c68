// Format recognition by content; see sniff.h.
#include "import/sniff.h"

#include <algorithm>
#include <cctype>

namespace sk::import {

namespace {

constexpr size_t kPreambleBytes = size_t{64} << 10;  // how far a page's <html> may follow a preamble

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string_view skip_bom_and_space(std::string_view s) {
  if (starts_with(s, "\xEF\xBB\xBF")) s.remove_prefix(3);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  return s;
}

// True when `tag` begins a line of `text` (after spaces) and ends there, at '>' or a space.
bool tag_begins_line(std::string_view text, std::string_view tag) {
  for (size_t at = text.find(tag); at != std::string_view::npos; at = text.find(tag, at + 1)) {
    const size_t end = at + tag.size();
    if (end < text.size() && text[end] != '>' && !std::isspace(static_cast<unsigned char>(text[end])))
      continue;
    size_t start = at;
    while (start > 0 && (text[start - 1] == ' ' || text[start - 1] == '\t')) --start;
    if (start == 0 || text[start - 1] == '\n' || text[start - 1] == '\r') return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> unsupported_format(std::string_view b) {
  if (starts_with(b, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    return "an old Word (.doc) or other Office 97-2003 file, or a password-protected Office file; "
           "save it as .docx";
  }
  if (starts_with(b, "GIF87a") || starts_with(b, "GIF89a")) return "a GIF image; only PNG and JPEG are read";
  if (starts_with(b, "RIFF") && b.substr(8, 4) == "WEBP") return "a WebP image; only PNG and JPEG are read";
  if (starts_with(b, "II*\0") || starts_with(b, std::string_view("MM\0*", 4)))
    return "a TIFF image; only PNG and JPEG are read";
  return std::nullopt;
}

Sniffed sniff(std::string_view b) {
  if (starts_with(b, "PK\x03\x04") || starts_with(b, "PK\x05\x06")) return Sniffed::kZip;
  if (starts_with(b, "\x89PNG\r\n\x1A\n")) return Sniffed::kPng;
  if (starts_with(b, "\xFF\xD8\xFF")) return Sniffed::kJpeg;
  if (b.substr(0, 1024).find("%PDF-") != std::string_view::npos) return Sniffed::kPdf;
  if (starts_with(skip_bom_and_space(b), "{\\rtf")) return Sniffed::kRtf;
  return Sniffed::kText;
}

bool looks_like_html(std::string_view utf8, std::string_view extension) {
  const std::string_view s = skip_bom_and_space(utf8);
  if (s.empty()) return false;
  if (extension == "html" || extension == "htm" || extension == "xhtml") return true;
  if (s.front() == '<') {
    const std::string head = lower(s.substr(0, 4096));
    for (const char* tag : {"<!doctype html", "<html", "<head", "<body"}) {
      if (head.find(tag) != std::string::npos) return true;
    }
  }
  // A file named as text is a page only when it opens as one. Otherwise a page can follow a preamble (a long
  // script, a line a mail client or CMS wrote before it): then its doctype or <html> begins a line.
  if (extension == "txt" || extension == "md" || extension == "markdown") return false;
  const std::string head = lower(s.substr(0, kPreambleBytes));
  return tag_begins_line(head, "<!doctype html") || tag_begins_line(head, "<html");
}

std::optional<std::string> declared_charset(std::string_view bytes) {
  const std::string head = lower(bytes.substr(0, 4096));
  size_t meta = head.find("<meta");
  while (meta != std::string::npos) {
    const size_t end = head.find('>', meta);
    const size_t at = head.find("charset=", meta);
    if (at != std::string::npos && (end == std::string::npos || at < end)) {
      size_t i = at + 8;
      while (i < head.size() && (head[i] == '"' || head[i] == '\'' || head[i] == ' ')) ++i;
      std::string name;
      while (i < head.size() && name.size() < 40 &&
             (std::isalnum(static_cast<unsigned char>(head[i])) || head[i] == '-' || head[i] == '_' ||
              head[i] == ':' || head[i] == '.')) {
        name.push_back(head[i++]);
      }
      if (!name.empty()) return name;
    }
    meta = head.find("<meta", meta + 5);
  }
  return std::nullopt;
}

std::string extension_of(std::string_view name) {
  const size_t slash = name.find_last_of('/');
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  const size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  return lower(name.substr(dot + 1));
}

}  // namespace sk::import
