// Tests for gui/model/date_text: dates in the window the interface language's way, from ICU's data alone.
#include <catch2/catch.hpp>

#include "model/date_text.h"

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
