// RAII over a libharu document: owns the HPDF_Doc, turns libharu errors into sk::Error, embeds subset
// TrueType fonts with UTF-8 text and a valid ToUnicode map.
#pragma once

#include <hpdf.h>

#include <string>

namespace sk::notice {

enum class PaperSize { kA4, kLetter };

class PdfDocument {
 public:
  // Throws Error(kUnsupported, "libharu") when libharu cannot create a document.
  PdfDocument();
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  HPDF_Doc handle() const { return doc_; }

  // Embeds the TrueType file at `path` as a subset with the UTF-8 encoder; returns the font to draw with.
  // Replaces libharu 2.3's ToUnicode CMap (an invalid "begincidrange" identity) with a valid bfrange one, so
  // poppler reads the text without warnings (docs/notices.md).
  HPDF_Font load_font(const std::string& path);

  HPDF_Page add_page(PaperSize paper);

  // Document information (UTF-8); `iso_date` "YYYY-MM-DD" becomes the creation date (noon UTC).
  void set_info(const std::string& title, const std::string& author, const std::string& subject,
                const std::string& iso_date);

  // The finished PDF. Throws Error(kUnsupported, "libharu") on failure.
  std::string save_to_string();

  // Throws the first libharu error recorded since the last call, naming `what` was being done. Drawing calls
  // are not checked one by one: call this after a page or a step.
  void check(const char* what);

 private:
  static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* self);

  HPDF_Doc doc_ = nullptr;
  HPDF_STATUS error_ = HPDF_OK;
  HPDF_STATUS detail_ = 0;
};

}  // namespace sk::notice
