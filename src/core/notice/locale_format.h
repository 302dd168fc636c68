// Numbers, percentages, money and dates written the way each notice language writes them (ICU).
#pragma once

#include <memory>
#include <string>

namespace sk::notice {

// Formats for one language ("en", "ko", "ro"; any ICU locale name works). Not thread-safe: one per thread.
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
  // An amount in an ISO 4217 currency, without decimals when whole: "€1,200", "1.200 €", "₩150,000".
  // An empty or unknown currency code gives the plain number followed by the code.
  std::string money(double amount, const std::string& currency) const;
  // An ISO date "YYYY-MM-DD" in the language's long form: "March 12, 2025", "2025년 3월 12일", "12 martie
  // 2025". Anything else is returned unchanged.
  std::string date(const std::string& iso) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Today's date (UTC) as "YYYY-MM-DD".
std::string today_iso();

}  // namespace sk::notice
