// Dates as the interface language writes them; see date_text.h.
#include "model/date_text.h"

#include <cstdio>
#include <memory>

#include <unicode/calendar.h>
#include <unicode/dtptngen.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include "ledger/dates.h"

namespace sk::gui::model {

namespace {

// The locale's pattern for day, month and a four-digit year ("dd/MM/y", "M/d/y", "y. M. d.", "dd.MM.y"),
// in UTC so a date never moves by a time zone.
std::unique_ptr<icu::SimpleDateFormat> short_format(const std::string& locale) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale icu_locale(locale.c_str());
  std::unique_ptr<icu::DateTimePatternGenerator> generator(
      icu::DateTimePatternGenerator::createInstance(icu_locale, status));
  if (U_FAILURE(status)) return nullptr;
  const icu::UnicodeString pattern = generator->getBestPattern(icu::UnicodeString("yMMdd"), status);
  if (U_FAILURE(status)) return nullptr;
  auto format = std::make_unique<icu::SimpleDateFormat>(pattern, icu_locale, status);
  if (U_FAILURE(status)) return nullptr;
  format->setTimeZone(*icu::TimeZone::getGMT());
  format->setLenient(false);
  return format;
}

std::optional<std::string> iso_of(const icu::Calendar& calendar) {
  UErrorCode status = U_ZERO_ERROR;
  const int year = calendar.get(UCAL_YEAR, status);
  const int month = calendar.get(UCAL_MONTH, status) + 1;
  const int day = calendar.get(UCAL_DATE, status);
  if (U_FAILURE(status) || year < 1 || year > 9999) return std::nullopt;
  char text[40];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
  return std::string(text);
}

}  // namespace

std::string date_locale(const std::string& interface_language, const std::string& english) {
  if (interface_language == "ko") return "ko_KR";
  if (interface_language == "ro") return "ro_RO";
  return english == "en-US" ? "en_US" : "en_GB";
}

std::string date_text(const std::string& iso, const std::string& locale) {
  if (!ledger::is_valid_date(iso)) return iso;
  const auto format = short_format(locale);
  if (!format) return iso;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(*icu::TimeZone::getGMT(), status));
  if (U_FAILURE(status)) return iso;
  calendar->clear();
  calendar->set(std::stoi(iso.substr(0, 4)), std::stoi(iso.substr(5, 2)) - 1, std::stoi(iso.substr(8, 2)));
  icu::UnicodeString shown;
  format->format(calendar->getTime(status), shown, status);
  if (U_FAILURE(status)) return iso;
  std::string out;
  shown.toUTF8String(out);
  return out;
}

std::optional<std::string> parse_date_text(const std::string& text, const std::string& locale) {
  std::string trimmed = text;
  trimmed.erase(0, trimmed.find_first_not_of(" \t"));
  trimmed.erase(trimmed.find_last_not_of(" \t") + 1);
  if (trimmed.empty()) return std::nullopt;
  if (ledger::is_valid_date(trimmed)) return trimmed;
  const auto format = short_format(locale);
  if (!format) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(*icu::TimeZone::getGMT(), status));
  if (U_FAILURE(status)) return std::nullopt;
  calendar->clear();
  calendar->setLenient(false);  // 31 February is not 3 March
  const icu::UnicodeString input = icu::UnicodeString::fromUTF8(trimmed);
  icu::ParsePosition position(0);
  format->parse(input, *calendar, position);
  if (position.getErrorIndex() >= 0 || position.getIndex() != input.length()) return std::nullopt;
  return iso_of(*calendar);
}

}  // namespace sk::gui::model
