// Reading a revision's file: the original bytes (kept as evidence), the text or the image to measure and the
// format name. The one place a client's file is read for the ledger; it goes through src/core/import
// (docs/formats.md).
#pragma once

#include <optional>
#include <string>

#include "import/import.h"
#include "text/document.h"

namespace sk::workflow {

struct RevisionSource {
  std::string file_name;                  // the file's name without its folders, as shown in the history
  std::string bytes;                      // the file exactly as it arrived
  ContentKind kind = ContentKind::kText;  // words to measure, or pixels to compare
  text::Document document;                // kText: the extracted, tokenised text (empty for an image)
  import::Image image;                    // kImage: the decoded pixels
  std::string format;  // e.g. "docx", "pdf", "text", "text (EUC-KR)" for a legacy encoding, "png", "jpeg"
};

// The format column's value: the format name, with the detected encoding in parentheses when there is one.
std::string format_label(import::Format format, const std::optional<std::string>& encoding);

// Reads `path` with sk::import: text in any common encoding, .docx, .odt, .html, .rtf, .pdf, or a PNG/JPEG
// image (see docs/formats.md). Throws sk::Error with `path` as subject: unreadable, too large, damaged or
// hostile, neither text nor a readable image.
RevisionSource read_revision_source(const std::string& path);

// A revision given as text rather than a file (pasted text, the demo): `bytes` is `utf8` itself.
// Throws sk::Error(kInvalidInput, file_name) for invalid UTF-8.
RevisionSource revision_source_from_text(const std::string& file_name, std::string utf8);

}  // namespace sk::workflow
