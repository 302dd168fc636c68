// The window's words for core's errors: a sentence by the error's kind in the interface language, with
// core's precise English words kept as the detail; English shows the precise words alone.
#include <catch2/catch.hpp>

#include <wx/init.h>
#include <wx/intl.h>
#include <wx/translation.h>

#include "error_words.h"

using sk::Error;
using sk::ErrorKind;
using sk::gui::error_message;
using sk::gui::error_sentence;

namespace {

// Loads the app's catalog for `language` from the build tree, as the app does at start.
void use_language(const char* language) {
  wxFileTranslationsLoader::AddCatalogLookupPathPrefix(SK_BUILD_LOCALE_DIR);
  auto* translations = new wxTranslations;
  wxTranslations::Set(translations);
  translations->SetLanguage(language);
  translations->AddCatalog("scopekeeper", wxLANGUAGE_ENGLISH_US);
}

std::string utf8(const wxString& text) {
  return text.ToStdString(wxConvUTF8);
}

}  // namespace

TEST_CASE("error words: English shows core's precise words") {
  wxInitializer wx;
  use_language("en");
  const Error error(ErrorKind::kInvalidInput, "brief.docx", "no text found: not a single word could be read");
  CHECK(utf8(error_message(error)) == "brief.docx: no text found: not a single word could be read");
  CHECK(utf8(error_sentence(error)) == "brief.docx cannot be used as it is.");
  wxTranslations::Set(nullptr);
}

TEST_CASE("error words: Korean and Romanian lead with a sentence in their language, by kind") {
  struct Case {
    const char* language;
    ErrorKind kind;
    const char* sentence;
  };
  const Case cases[] = {
      {"ko", ErrorKind::kInvalidInput, "brief.docx: 이대로는 사용할 수 없습니다."},
      {"ko", ErrorKind::kBusy,
       "다른 프로그램이 데이터베이스를 사용하고 있습니다(brief.docx). 잠시 후 다시 시도해 주세요."},
      {"ro", ErrorKind::kNotFound, "brief.docx nu a fost găsit."},
      {"ro", ErrorKind::kIo, "brief.docx nu poate fi citit sau scris."},
  };
  wxInitializer wx;
  for (const Case& c : cases) {
    CAPTURE(c.language, static_cast<int>(c.kind));
    use_language(c.language);
    const Error error(c.kind, "brief.docx", "the precise words");
    CHECK(utf8(error_sentence(error)) == c.sentence);
    CHECK(utf8(error_message(error)) == std::string(c.sentence) + "\nbrief.docx: the precise words");
    wxTranslations::Set(nullptr);
  }
}
