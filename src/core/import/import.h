// Reads one revision from the file a client sent, whatever its format: the entry point of import/.
#pragma once

#include <optional>
#include <string>

#include "common/content_kind.h"
#include "import/image.h"
#include "text/document.h"

namespace sk::import {

// What a file holds: words to measure, or pixels to compare (the kind the ledger stores, common/).
using Kind = ContentKind;

// The formats recognised, by content first and by extension only as a hint (see docs/formats.md).
enum class Format { kText, kMarkdown, kHtml, kRtf, kDocx, kOdt, kPdf, kPng, kJpeg };

// "text", "markdown", "html", "rtf", "docx", "odt", "pdf", "png", "jpeg".
const char* to_string(Format format);

struct ImportedRevision {
  Format format = Format::kText;
  // The character encoding of a text-based file when it was not UTF-8 (e.g. "EUC-KR", "windows-1250",
  // "UTF-16LE"); empty for UTF-8 (and plain ASCII) and for formats that carry their own encoding.
  std::optional<std::string> encoding;
  Kind kind = Kind::kText;
  text::Document document;  // for kText
  Image image;              // for kImage
};

// When a text's words are found: at import, or later by the caller. With kLater `document` is what
// text::prepare gives (checked, NFC, no words yet), for measure::compare_prepared, which segments two
// versions faster together. Errors are the same either way.
enum class Segment { kNow, kLater };

// Reads `path` ("-" for standard input) and extracts its text or decodes its image.
// Throws sk::Error with `path` as subject ("<stdin>" for "-") when the file cannot be read, is empty, is over
// 200 MB, is damaged, is protected, is binary data that is not a known format, or trips a safety limit
// (zip bomb, XML entity declarations, an image over kMaxImagePixels). Memory stays bounded by those limits.
// Thread-safe: two files can be imported at once.
ImportedRevision import_file(const std::string& path, Segment segment = Segment::kNow);

// The same for bytes already in memory; `name` is used as the extension hint and as the error subject.
ImportedRevision import_bytes(SharedBytes bytes, const std::string& name, Segment segment = Segment::kNow);

}  // namespace sk::import
