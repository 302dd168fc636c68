// Tests for gui/model/date_text (dates in the window the interface language's way, from ICU's data alone) and
// gui/model/font_languages (Latin letters from one font in a CJK locale).
#include <catch2/catch.hpp>

#include "model/date_text.h"
#include "model/font_languages.h"

using sk::gui::model::date_locale;
using sk::gui::model::date_text;
using sk::gui::model::parse_date_text;

TEST_CASE("date text: each interface language writes and reads its own order", "[gui][dates]") {
  struct Case {
    std::string language, english, shown;
  };
  const Case cases[] = {
      {"en", "", "03/12/2026"},         {"en", "en-GB", "03/12/2026"}, {"en", "en-US", "12/03/2026"},
      {"ko", "en-US", "2026. 12. 03."}, {"ro", "", "03.12.2026"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.language, c.english);
    const std::string locale = date_locale(c.language, c.english);
    CHECK(date_text("2026-12-03", locale) == c.shown);
    CHECK(parse_date_text(c.shown, locale) == "2026-12-03");
    CHECK(parse_date_text(" " + c.shown + " ", locale) == "2026-12-03");
    // ISO is understood everywhere; a leap day exists only in leap years.
    CHECK(parse_date_text("2028-02-29", locale) == "2028-02-29");
    CHECK(parse_date_text(date_text("2028-02-29", locale), locale) == "2028-02-29");
    CHECK_FALSE(parse_date_text("2027-02-29", locale));
  }
  // Not dates: refused, never moved to a neighbouring day.
  for (const char* text : {"31/02/2030", "", "tomorrow", "03/12", "03/12/2026 extra", "32/01/2030"}) {
    CAPTURE(text);
    CHECK_FALSE(parse_date_text(text, "en_GB"));
  }
  CHECK_FALSE(parse_date_text("02/31/2030", "en_US"));
  CHECK_FALSE(parse_date_text("31.02.2030", "ro_RO"));
  // Not a date in: given back as it is.
  CHECK(date_text("not a date", "en_GB") == "not a date");
}

TEST_CASE("font languages: Latin ranked first only for a Korean, Japanese or Chinese locale",
          "[gui][fonts]") {
  using sk::gui::model::fontconfig_languages;
  CHECK(fontconfig_languages("", "", "", "ko_KR.UTF-8") == "en:ko");
  CHECK(fontconfig_languages("", "", "ja_JP.UTF-8", "en_GB.UTF-8") == "en:ja");
  CHECK(fontconfig_languages("", "zh_CN.UTF-8", "", "") == "en:zh");
  CHECK(fontconfig_languages("", "", "", "ko") == "en:ko");
  // The user's own FC_LANG, or a locale whose fonts have every Latin letter: left alone.
  CHECK_FALSE(fontconfig_languages("ko", "", "", "ko_KR.UTF-8"));
  CHECK_FALSE(fontconfig_languages("", "", "", "ro_RO.UTF-8"));
  CHECK_FALSE(fontconfig_languages("", "", "", "C.UTF-8"));
  CHECK_FALSE(fontconfig_languages("", "", "", ""));
  CHECK_FALSE(fontconfig_languages("", "C", "", "ko_KR.UTF-8"));  // LC_ALL decides, as for fontconfig
}
