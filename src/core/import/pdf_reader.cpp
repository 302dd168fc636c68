// PDF text through poppler-cpp, in the plugin libscopekeeper_pdf.so loaded on first use (pdf_plugin_api.h):
// the text layer of every page in reading order. Locked (password-protected) files and files with no text
// layer (scans) are refused with a clear error, not read as an empty text.
#include <cctype>
#include <climits>

#include "common/error.h"
#include "import/pdf_plugin_api.h"
#include "import/plugin_loader.h"
#include "import/readers.h"

namespace sk::import {

namespace {

// The plugin next to this build, or where `make install` put it (plugin_loader.h).
SkPdfTextFunction load_plugin() {
  static const auto function = reinterpret_cast<SkPdfTextFunction>(
      plugin_symbol(SK_PDF_PLUGIN_BUILD_PATH, SK_PDF_PLUGIN_INSTALL_PATH, kSkPdfTextSymbol, "PDF"));
  return function;
}

void append_text(void* context, const char* text, size_t length) {
  static_cast<std::string*>(context)->append(text, length);
}

// Ligature glyphs (U+FB00..U+FB06) become their letters, so "ﬁnal" in a PDF matches "final" in the .docx.
std::string unligature(const std::string& s) {
  static const char* const kLetters[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    // U+FB00..U+FB06 is EF AC 80..86 in UTF-8.
    if (static_cast<unsigned char>(s[i]) == 0xEF && i + 2 < s.size() &&
        static_cast<unsigned char>(s[i + 1]) == 0xAC && static_cast<unsigned char>(s[i + 2]) >= 0x80 &&
        static_cast<unsigned char>(s[i + 2]) <= 0x86) {
      out += kLetters[static_cast<unsigned char>(s[i + 2]) - 0x80];
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

bool has_letter_or_digit(const std::string& s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

}  // namespace

std::string read_pdf(std::string_view bytes) {
  if (bytes.size() > INT_MAX) throw Error(ErrorKind::kInvalidInput, "", "the PDF is too large");
  std::string out;
  switch (load_plugin()(bytes.data(), bytes.size(), append_text, &out)) {
    case kSkPdfOk:
      break;
    case kSkPdfLocked:
      throw Error(ErrorKind::kInvalidInput, "", "the PDF is protected by a password");
    case kSkPdfCannotOpen:
      throw Error(ErrorKind::kInvalidInput, "",
                  "damaged PDF, or protected by a password: it cannot be opened");
    default:
      throw Error(ErrorKind::kInvalidInput, "", "damaged PDF: reading its text failed");
  }
  if (!has_letter_or_digit(out)) {
    throw Error(ErrorKind::kInvalidInput, "",
                "the PDF has no text layer (a scanned image?); there is no text to measure");
  }
  return unligature(out);
}

}  // namespace sk::import
