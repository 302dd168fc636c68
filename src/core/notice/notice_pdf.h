// The notice as a PDF: letterhead, date, client, subject, the wrapped body, page numbers past one page, and
// an appendix with the revision history table and the changed passages (deletions struck through, insertions
// underlined). Fonts: DejaVu Sans (Latin, Romanian ș ț) and NanumGothic (Korean), embedded as subsets.
#pragma once

#include <cstddef>
#include <string>

#include "notice/notice_facts.h"
#include "notice/pdf_document.h"
#include "notice/render_notice.h"

namespace sk::notice {

struct PdfOptions {
  PaperSize paper = PaperSize::kA4;
  size_t max_passages = 20;  // the largest passages shown; the others are counted in one line
};

// The PDF bytes of the notice `text` (from render_notice) about `facts`. Throws Error(kNotFound, "font …")
// naming the Debian package when a font it needs is missing, Error(kUnsupported, "libharu") when PDF output
// fails.
std::string notice_pdf(const NoticeFacts& facts, const RenderedNotice& text, const PdfOptions& options = {});

// notice_pdf written to `path`; throws Error(kIo, path) when the file cannot be written.
void write_notice_pdf(const NoticeFacts& facts, const RenderedNotice& text, const std::string& path,
                      const PdfOptions& options = {});

}  // namespace sk::notice
