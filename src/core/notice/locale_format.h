// Numbers, percentages, money and dates written the way each notice language writes them (ICU).
#pragma once

#include <memory>
#include <string>

namespace sk::notice {

// Formats for one language ("en", "ko", "ro"; any ICU locale name works: "en-US"). Plain "en" is British
// English ("en-GB"), the spelling the shipped templates use. Not thread-safe: one per thread.
class LocaleFormat {
 public:
  explicit LocaleFormat(const std::string& language);
  ~LocaleFormat();
  LocaleFormat(const LocaleFormat&) = delete;
  LocaleFormat& operator=(const LocaleFormat&) = delete;

  // 5680 → "5,680" (en, ko), "5.680" (ro).
  std::string integer(long long value) const;
  // A fraction as a percentage with at most one decimal: 0.245 → "24.5%" (en, ko), "24,5%" (ro); 0.3 → "30%".
  std::string percent(double fraction) const;
  // An amount in an ISO 4217 currency, without decimals when whole: "€1,200", "1.200 €", and the way a
  // country writes its own money in its language: "150,000원" (KRW in Korean), "1.200 lei" (RON in
  // Romanian). An empty or unknown currency code gives the plain number followed by the code.
  std::string money(double amount, const std::string& currency) const;
  // An ISO date "YYYY-MM-DD" in the language's long form: "March 12, 2025", "2025년 3월 12일", "12 martie
  // 2025". Anything else is returned unchanged.
  std::string date(const std::string& iso) const;
  // `count` with its noun by the language's plural rules, from an ICU MessageFormat `pattern` with argument
  // 0: "{0, plural, one{# word} other{# words}}" gives "1 word", "1,390 words"; Romanian's "few" and
  // "other" give "2 cuvinte", "20 de cuvinte". An invalid pattern throws Error(kInvalidInput).
  std::string count(const std::string& pattern, long long count) const;
  // The same for a number with at most one decimal (percentage points): "4.5 percentage points".
  std::string count(const std::string& pattern, double count) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Today's date (UTC) as "YYYY-MM-DD".
std::string today_iso();

}  // namespace sk::notice
