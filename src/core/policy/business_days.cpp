// Business-day arithmetic with <chrono> calendar types; see business_days.h.
#include "policy/business_days.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>

namespace sk::policy {

namespace {

namespace chr = std::chrono;

// Day numbers count days since 1970-01-01 (std::chrono::sys_days), in a type wide enough for any n.
using DayNumber = long long;

constexpr DayNumber kAMonday = 4;  // 1970-01-05
constexpr DayNumber kLastDay = chr::sys_days{chr::year{9999} / chr::December / 31}.time_since_epoch().count();

std::optional<DayNumber> parse_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
  }
  const auto number = [&text](std::size_t from, std::size_t length) {
    int value = 0;
    for (std::size_t i = from; i < from + length; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  const chr::year_month_day date{chr::year{number(0, 4)}, chr::month{static_cast<unsigned>(number(5, 2))},
                                 chr::day{static_cast<unsigned>(number(8, 2))}};
  if (!date.ok()) return std::nullopt;
  return chr::sys_days{date}.time_since_epoch().count();
}

DayNumber require_date(const std::string& text) {
  const std::optional<DayNumber> day = parse_date(text);
  if (!day) throw std::invalid_argument("\"" + text + "\" is not a date (YYYY-MM-DD)");
  return *day;
}

void require_representable(DayNumber day) {
  if (day > kLastDay) throw std::invalid_argument("the date would be after 9999-12-31");
}

std::string format_date(DayNumber day) {
  require_representable(day);
  const chr::year_month_day date{chr::sys_days{chr::days{day}}};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return text;
}

DayNumber floor_div(DayNumber a, DayNumber b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// 0 for Monday ... 6 for Sunday.
int weekday_index(DayNumber day) {
  return static_cast<int>((day - kAMonday) - 7 * floor_div(day - kAMonday, 7));
}

bool is_weekend(DayNumber day) {
  return weekday_index(day) >= 5;
}

// Mondays to Fridays in [kAMonday, day) (negative before kAMonday); differences count any range.
DayNumber weekdays_before(DayNumber day) {
  const DayNumber weeks = floor_div(day - kAMonday, 7);
  const DayNumber rest = (day - kAMonday) - 7 * weeks;
  return 5 * weeks + std::min<DayNumber>(rest, 5);
}

// Mondays to Fridays in (from, to], for from <= to.
DayNumber weekdays_between(DayNumber from, DayNumber to) {
  return weekdays_before(to + 1) - weekdays_before(from + 1);
}

// The n-th Monday-to-Friday after `start` (n >= 1).
DayNumber add_weekdays(DayNumber start, DayNumber n) {
  // From a weekend, count as from the Friday before: nothing between them counts.
  const int weekday = weekday_index(start);
  if (weekday >= 5) start -= weekday - 4;
  const DayNumber monday = start - weekday_index(start);
  const DayNumber total = weekday_index(start) + n;
  return monday + 7 * (total / 5) + total % 5;
}

// The listed days in (from, to] that fall on Monday to Friday; entries that are not dates are skipped.
// REQUIRES: from <= to <= kLastDay.
DayNumber listed_weekdays_between(DayNumber from, DayNumber to, const NonWorkingDays& days) {
  if (days.empty()) return 0;
  // Dates written YYYY-MM-DD sort as text in calendar order, so the dates in range are a run of the set.
  const auto first = days.upper_bound(format_date(from));
  const auto last = days.upper_bound(format_date(to));
  DayNumber count = 0;
  for (auto it = first; it != last; ++it) {
    const std::optional<DayNumber> day = parse_date(*it);
    if (day && *day > from && *day <= to && !is_weekend(*day)) ++count;
  }
  return count;
}

bool is_separator(char c) {
  return c == ',' || c == ';' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

bool is_iso_date(const std::string& text) {
  return parse_date(text).has_value();
}

bool is_business_day(const std::string& iso, const NonWorkingDays& days) {
  return !is_weekend(require_date(iso)) && days.count(iso) == 0;
}

std::string add_business_days(const std::string& start_iso, int n, const NonWorkingDays& days) {
  const DayNumber start = require_date(start_iso);
  if (n < 1) throw std::invalid_argument("a number of business days must be at least 1");
  // Step over whole weeks at once, then once more for each listed day the range covered, until a step
  // covers none: the listed days are finite, and each step looks only at days after the previous one.
  DayNumber end = add_weekdays(start, n);
  require_representable(end);
  DayNumber missing = listed_weekdays_between(start, end, days);
  while (missing > 0) {
    const DayNumber further = add_weekdays(end, missing);
    require_representable(further);
    missing = listed_weekdays_between(end, further, days);
    end = further;
  }
  return format_date(end);
}

int business_days_between(const std::string& from_iso, const std::string& to_iso,
                          const NonWorkingDays& days) {
  const DayNumber from = require_date(from_iso);
  const DayNumber to = require_date(to_iso);
  if (to <= from) return 0;
  return static_cast<int>(weekdays_between(from, to) - listed_weekdays_between(from, to, days));
}

std::string next_day(const std::string& iso) {
  return format_date(require_date(iso) + 1);
}

std::optional<NonWorkingDays> parse_non_working_days(const std::string& text, std::string& problem) {
  NonWorkingDays days;
  std::size_t i = 0;
  while (i < text.size()) {
    if (is_separator(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && !is_separator(text[end])) ++end;
    std::string entry = text.substr(i, end - i);
    if (!is_iso_date(entry)) {
      problem = "\"" + entry + "\" is not a date (YYYY-MM-DD)";
      return std::nullopt;
    }
    days.insert(std::move(entry));
    i = end;
  }
  problem.clear();
  return days;
}

std::string format_non_working_days(const NonWorkingDays& days) {
  std::string text;
  for (const std::string& day : days) {
    if (!is_iso_date(day)) continue;
    if (!text.empty()) text += ", ";
    text += day;
  }
  return text;
}

}  // namespace sk::policy
