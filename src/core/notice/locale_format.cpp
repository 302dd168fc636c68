// Per-language numbers, money and dates with ICU; see locale_format.h.
#include "notice/locale_format.h"

#include <unicode/calendar.h>
#include <unicode/datefmt.h>
#include <unicode/decimfmt.h>
#include <unicode/msgfmt.h>
#include <unicode/numfmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <ctime>

#include "common/error.h"

namespace sk::notice {

namespace {

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

void check(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::kUnsupported, "ICU", std::string(what) + ": " + u_errorName(status));
  }
}

bool parse_iso(const std::string& iso, int& year, int& month, int& day) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (iso[i] < '0' || iso[i] > '9') return false;
  }
  year = std::stoi(iso.substr(0, 4));
  month = std::stoi(iso.substr(5, 2));
  day = std::stoi(iso.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

}  // namespace

struct LocaleFormat::Impl {
  icu::Locale locale;
  std::unique_ptr<icu::NumberFormat> number;
  std::unique_ptr<icu::DateFormat> date;
};

LocaleFormat::LocaleFormat(const std::string& language) : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  std::string tag = language == "en" ? "en-GB" : language;
  std::replace(tag.begin(), tag.end(), '_', '-');
  impl_->locale = icu::Locale::forLanguageTag(tag, status);
  if (U_FAILURE(status) || impl_->locale.isBogus()) {
    status = U_ZERO_ERROR;
    impl_->locale = icu::Locale(language.c_str());
  }
  impl_->number.reset(icu::NumberFormat::createInstance(impl_->locale, status));
  check(status, "cannot create a number format");
  impl_->date.reset(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, impl_->locale));
  if (!impl_->date) throw Error(ErrorKind::kUnsupported, "ICU", "cannot create a date format");
  impl_->date->adoptTimeZone(icu::TimeZone::createTimeZone("Etc/UTC"));
}

LocaleFormat::~LocaleFormat() = default;

std::string LocaleFormat::integer(long long value) const {
  icu::UnicodeString out;
  impl_->number->setMaximumFractionDigits(0);
  impl_->number->format(static_cast<int64_t>(value), out);
  return to_utf8(out);
}

std::string LocaleFormat::percent(double fraction) const {
  double value = std::round(fraction * 1000.0) / 10.0;  // one decimal, as the notices state it
  icu::UnicodeString out;
  impl_->number->setMinimumFractionDigits(0);
  impl_->number->setMaximumFractionDigits(1);
  impl_->number->format(value, out);
  return to_utf8(out) + "%";
}

std::string LocaleFormat::money(double amount, const std::string& currency) const {
  const bool whole = std::fabs(amount - std::round(amount)) < 0.005;
  // A country's own money in its own language, as people there write it in a letter.
  const std::string language = impl_->locale.getLanguage();
  const char* local_pattern = nullptr;
  if (language == "ko" && currency == "KRW") local_pattern = "{0}원";
  if (language == "ro" && currency == "RON") local_pattern = "{0} lei";
  if (local_pattern != nullptr) {
    icu::UnicodeString out;
    impl_->number->setMinimumFractionDigits(whole ? 0 : 2);
    impl_->number->setMaximumFractionDigits(whole ? 0 : 2);
    impl_->number->format(amount, out);
    impl_->number->setMinimumFractionDigits(0);
    std::string text = local_pattern;
    text.replace(text.find("{0}"), 3, to_utf8(out));
    return text;
  }
  if (currency.size() == 3) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberFormat> format(
        icu::NumberFormat::createCurrencyInstance(impl_->locale, status));
    if (U_SUCCESS(status) && format) {
      icu::UnicodeString code = icu::UnicodeString::fromUTF8(currency);
      format->setCurrency(code.getTerminatedBuffer(), status);
      if (U_SUCCESS(status)) {
        if (whole) {
          format->setMinimumFractionDigits(0);
          format->setMaximumFractionDigits(0);
        }
        icu::UnicodeString out;
        format->format(amount, out);
        return to_utf8(out);
      }
    }
  }
  icu::UnicodeString out;
  impl_->number->setMinimumFractionDigits(whole ? 0 : 2);
  impl_->number->setMaximumFractionDigits(whole ? 0 : 2);
  impl_->number->format(amount, out);
  std::string text = to_utf8(out);
  impl_->number->setMinimumFractionDigits(0);
  return currency.empty() ? text : text + " " + currency;
}

std::string LocaleFormat::date(const std::string& iso) const {
  int year = 0, month = 0, day = 0;
  if (!parse_iso(iso, year, month, day)) return iso;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> calendar(
      icu::Calendar::createInstance(icu::TimeZone::createTimeZone("Etc/UTC"), status));
  check(status, "cannot create a calendar");
  calendar->clear();
  calendar->set(year, month - 1, day, 12, 0, 0);
  UDate when = calendar->getTime(status);
  if (U_FAILURE(status)) return iso;
  icu::UnicodeString out;
  impl_->date->format(when, out);
  return to_utf8(out);
}

namespace {

std::string format_count(const icu::Locale& locale, const std::string& pattern,
                         const icu::Formattable& value) {
  UErrorCode status = U_ZERO_ERROR;
  icu::MessageFormat format(icu::UnicodeString::fromUTF8(pattern), locale, status);
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::kInvalidInput, "count pattern",
                "\"" + pattern + "\" is not an ICU MessageFormat pattern");
  }
  icu::UnicodeString out;
  icu::FieldPosition position;
  format.format(&value, 1, out, position, status);
  if (U_FAILURE(status)) {
    throw Error(ErrorKind::kInvalidInput, "count pattern", "\"" + pattern + "\": " + u_errorName(status));
  }
  return to_utf8(out);
}

}  // namespace

std::string LocaleFormat::count(const std::string& pattern, long long count) const {
  return format_count(impl_->locale, pattern, icu::Formattable(static_cast<int64_t>(count)));
}

std::string LocaleFormat::count(const std::string& pattern, double count) const {
  return format_count(impl_->locale, pattern, icu::Formattable(std::round(count * 10.0) / 10.0));
}

std::string today_iso() {
  std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[16];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &utc);
  return buffer;
}

}  // namespace sk::notice
