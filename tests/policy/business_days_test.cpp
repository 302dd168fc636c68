// Tests for policy/business_days: weekdays, month and year ends, leap days, non-working days, large counts,
// and add/between agreeing with a day-by-day count.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <stdexcept>

#include "policy/business_days.h"

using sk::policy::add_business_days;
using sk::policy::business_days_between;
using sk::policy::format_non_working_days;
using sk::policy::is_business_day;
using sk::policy::is_iso_date;
using sk::policy::next_day;
using sk::policy::NonWorkingDays;
using sk::policy::parse_non_working_days;

namespace {

namespace chr = std::chrono;

// A plain day-by-day reference, independent of the week arithmetic under test.
chr::sys_days to_days(const std::string& iso) {
  const int y = std::stoi(iso.substr(0, 4));
  const unsigned m = static_cast<unsigned>(std::stoi(iso.substr(5, 2)));
  const unsigned d = static_cast<unsigned>(std::stoi(iso.substr(8, 2)));
  return chr::sys_days{chr::year{y} / chr::month{m} / chr::day{d}};
}

std::string to_iso(chr::sys_days day) {
  const chr::year_month_day date{day};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return text;
}

bool reference_business_day(chr::sys_days day, const NonWorkingDays& days) {
  const chr::weekday weekday{day};
  return weekday != chr::Saturday && weekday != chr::Sunday && days.count(to_iso(day)) == 0;
}

std::string reference_add(const std::string& start, int n, const NonWorkingDays& days) {
  chr::sys_days day = to_days(start);
  while (n > 0) {
    day += chr::days{1};
    if (reference_business_day(day, days)) --n;
  }
  return to_iso(day);
}

int reference_between(const std::string& from, const std::string& to, const NonWorkingDays& days) {
  int count = 0;
  for (chr::sys_days day = to_days(from) + chr::days{1}; day <= to_days(to); day += chr::days{1}) {
    if (reference_business_day(day, days)) ++count;
  }
  return count;
}

}  // namespace

TEST_CASE("policy/business_days: weekends and listed days are not business days", "[policy][business_days]") {
  // Calendar facts: 2026-03-02 is a Monday, 2026-03-07 a Saturday, 2028-02-29 a Tuesday, 2027-01-01 a Friday.
  const NonWorkingDays none;
  CHECK(is_business_day("2026-03-02", none));
  CHECK(is_business_day("2026-03-06", none));
  CHECK_FALSE(is_business_day("2026-03-07", none));
  CHECK_FALSE(is_business_day("2026-03-08", none));
  CHECK(is_business_day("2028-02-29", none));
  CHECK(is_business_day("2027-01-01", none));
  CHECK_FALSE(is_business_day("2027-01-01", {"2027-01-01"}));
  CHECK(is_business_day("2027-01-04", {"2027-01-01"}));
  // An entry that is not a date matches nothing.
  CHECK(is_business_day("2026-03-02", {"2026-3-2", "2026-02-30"}));
}

TEST_CASE("policy/business_days: add_business_days over month ends, year ends, leap days and weekends",
          "[policy][business_days]") {
  const NonWorkingDays none;
  struct Case {
    const char* what;
    const char* start;
    int n;
    NonWorkingDays days;
    const char* expected;
  };
  const Case cases[] = {
      {"Friday 30 Jan + 1: Monday 2 Feb", "2026-01-30", 1, none, "2026-02-02"},
      {"Monday + 4 stays in the week", "2026-03-02", 4, none, "2026-03-06"},
      {"Monday + 5: next Monday", "2026-03-02", 5, none, "2026-03-09"},
      {"Thursday 31 Dec 2026 + 1: Friday 1 Jan 2027", "2026-12-31", 1, none, "2027-01-01"},
      {"Friday 31 Dec 2027 + 1: Monday 3 Jan 2028", "2027-12-31", 1, none, "2028-01-03"},
      {"Monday 28 Feb 2028 + 1: the leap day, a Tuesday", "2028-02-28", 1, none, "2028-02-29"},
      {"Friday 26 Feb 2027 + 1: Monday 1 Mar (no leap day)", "2027-02-26", 1, none, "2027-03-01"},
      {"Friday 25 Feb 2028 + 5 crosses the leap day", "2028-02-25", 5, none, "2028-03-03"},
      {"a Saturday start counts from Monday", "2026-03-07", 1, none, "2026-03-09"},
      {"a Saturday start, 5 days: the Friday after", "2026-03-07", 5, none, "2026-03-13"},
      {"a Sunday start counts from Monday", "2026-03-08", 5, none, "2026-03-13"},
      {"a holiday in the window pushes the end", "2026-03-02", 5, {"2026-03-04"}, "2026-03-10"},
      {"a holiday on the would-be end pushes it", "2026-03-02", 5, {"2026-03-09"}, "2026-03-10"},
      {"a listed Saturday changes nothing", "2026-03-02", 5, {"2026-03-07"}, "2026-03-09"},
      {"the start itself listed changes nothing", "2026-03-02", 5, {"2026-03-02"}, "2026-03-09"},
      {"the push lands on another holiday", "2026-03-02", 5, {"2026-03-04", "2026-03-10"}, "2026-03-11"},
      {"a holiday after the end changes nothing", "2026-03-02", 5, {"2026-03-10"}, "2026-03-09"},
      {"New Year's Day listed: Thursday 31 Dec + 1 is Monday 4 Jan",
       "2026-12-31",
       1,
       {"2027-01-01"},
       "2027-01-04"},
      // Monday 21 Dec 2026 to Friday 1 Jan 2027: two whole weeks off.
      {"two whole weeks off",
       "2026-12-18",
       1,
       {"2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24", "2026-12-25", "2026-12-28", "2026-12-29",
        "2026-12-30", "2026-12-31", "2027-01-01"},
       "2027-01-04"},
      // 260 business days are 52 weeks: Thursday 1 Jan 2026 + 364 days is Thursday 31 Dec 2026.
      {"260 business days: one year", "2026-01-01", 260, none, "2026-12-31"},
      // Easter Monday 6 Apr, Friday 1 May, Friday 25 Dec; Saturday 26 Dec does not count: 3 days more.
      {"260 business days with holidays",
       "2026-01-01",
       260,
       {"2026-04-06", "2026-05-01", "2026-12-25", "2026-12-26"},
       "2027-01-05"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    CHECK(add_business_days(c.start, c.n, c.days) == c.expected);
    CHECK(reference_add(c.start, c.n, c.days) == c.expected);  // the table itself, counted day by day
  }
}

TEST_CASE("policy/business_days: a century of business days", "[policy][business_days]") {
  // 26000 business days are 5200 weeks = 36400 days; from a Thursday that is again a Thursday.
  const std::string end = add_business_days("2026-01-01", 26000, {});
  CHECK(end == to_iso(to_days("2026-01-01") + chr::days{36400}));
  CHECK(chr::weekday{to_days(end)} == chr::Thursday);
  CHECK(business_days_between("2026-01-01", end, {}) == 26000);
}

TEST_CASE("policy/business_days: business_days_between counts the days after from, up to and including to", "[policy][business_days]") {
  struct Case {
    const char* what;
    const char* from;
    const char* to;
    NonWorkingDays days;
    int expected;
  };
  const Case cases[] = {
      {"same day", "2026-03-02", "2026-03-02", {}, 0},
      {"backwards", "2026-03-09", "2026-03-02", {}, 0},
      {"Thursday to next Monday", "2026-03-05", "2026-03-09", {}, 2},
      {"Friday to Saturday", "2026-03-06", "2026-03-07", {}, 0},
      {"Saturday to Monday", "2026-03-07", "2026-03-09", {}, 1},
      {"a whole week", "2026-03-02", "2026-03-09", {}, 5},
      {"a holiday inside", "2026-03-02", "2026-03-09", {"2026-03-04"}, 4},
      {"the 'from' day listed does not count anyway", "2026-03-02", "2026-03-09", {"2026-03-02"}, 5},
      {"the 'to' day listed", "2026-03-02", "2026-03-09", {"2026-03-09"}, 4},
      {"across the leap day", "2028-02-25", "2028-03-01", {}, 3},
      {"year 2026 after New Year's Day", "2026-01-01", "2026-12-31", {}, 260},
  };
  for (const Case& c : cases) {
    CAPTURE(c.what);
    CHECK(business_days_between(c.from, c.to, c.days) == c.expected);
    CHECK(reference_between(c.from, c.to, c.days) == c.expected);
  }
}

TEST_CASE("policy/business_days: add and between agree with a day-by-day count", "[policy][business_days]") {
  const NonWorkingDays holidays = {"2026-12-24", "2026-12-25", "2026-12-26", "2026-12-28",
                                   "2027-01-01", "2028-02-29", "2028-03-01", "2027-03-01"};
  const char* const starts[] = {"2026-12-17", "2026-12-19", "2026-12-20", "2026-12-24", "2026-12-31",
                                "2027-02-26", "2027-02-27", "2028-02-25", "2028-02-28", "2028-12-29"};
  for (const NonWorkingDays& days : {NonWorkingDays{}, holidays}) {
    for (const char* start : starts) {
      for (int n : {1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 14, 15, 21, 40, 66, 261}) {
        CAPTURE(start, n, days.size());
        const std::string end = add_business_days(start, n, days);
        CHECK(end == reference_add(start, n, days));
        CHECK(is_business_day(end, days));
        CHECK(business_days_between(start, end, days) == n);
        // The day before the end is one business day short.
        const std::string before = to_iso(to_days(end) - chr::days{1});
        CHECK(business_days_between(start, before, days) == n - 1);
      }
      for (int offset = 0; offset < 60; offset += 3) {
        const std::string to = to_iso(to_days(start) + chr::days{offset});
        CAPTURE(start, to, days.size());
        CHECK(business_days_between(start, to, days) == reference_between(start, to, days));
      }
    }
  }
}

TEST_CASE("policy/business_days: next_day", "[policy][business_days]") {
  CHECK(next_day("2026-03-09") == "2026-03-10");
  CHECK(next_day("2026-03-07") == "2026-03-08");  // any day of the week
  CHECK(next_day("2026-01-31") == "2026-02-01");
  CHECK(next_day("2026-02-28") == "2026-03-01");
  CHECK(next_day("2028-02-28") == "2028-02-29");
  CHECK(next_day("2026-12-31") == "2027-01-01");
  CHECK_THROWS_AS(next_day("9999-12-31"), std::invalid_argument);
}

TEST_CASE("policy/business_days: invalid dates and counts are refused", "[policy][business_days]") {
  const char* const bad[] = {"",           "2026-02-29", "2028-02-30",  "1900-02-29",
                             "2026-13-01", "2026-00-10", "2026-04-31",  "2026-03-00",
                             "2026-3-2",   "2026/03/02", " 2026-03-02", "2026-03-02 ",
                             "20260302",   "abcd-ef-gh", "+026-03-02"};
  for (const char* date : bad) {
    CAPTURE(date);
    CHECK_FALSE(is_iso_date(date));
    CHECK_THROWS_AS(is_business_day(date, {}), std::invalid_argument);
    CHECK_THROWS_AS(add_business_days(date, 1, {}), std::invalid_argument);
    CHECK_THROWS_AS(business_days_between(date, "2026-03-02", {}), std::invalid_argument);
    CHECK_THROWS_AS(business_days_between("2026-03-02", date, {}), std::invalid_argument);
    CHECK_THROWS_AS(next_day(date), std::invalid_argument);
  }
  CHECK(is_iso_date("2000-02-29"));  // divisible by 400: a leap year
  CHECK(is_iso_date("2028-02-29"));
  CHECK_THROWS_AS(add_business_days("2026-03-02", 0, {}), std::invalid_argument);
  CHECK_THROWS_AS(add_business_days("2026-03-02", -5, {}), std::invalid_argument);
  CHECK_THROWS_AS(add_business_days("2026-03-02", 2147483647, {}), std::invalid_argument);  // past 9999
  CHECK(add_business_days("9999-12-30", 1, {}) == "9999-12-31");  // a Thursday then a Friday
  CHECK_THROWS_AS(add_business_days("9999-12-31", 1, {}), std::invalid_argument);
}

TEST_CASE("policy/business_days: the non-working list as text", "[policy][business_days]") {
  std::string problem = "left from before";
  auto days = parse_non_working_days("2026-12-26, 2026-12-25\n2027-01-01;2026-12-25\t 2026-04-06 ", problem);
  REQUIRE(days);
  CHECK(problem.empty());
  CHECK(*days == NonWorkingDays{"2026-04-06", "2026-12-25", "2026-12-26", "2027-01-01"});
  CHECK(format_non_working_days(*days) == "2026-04-06, 2026-12-25, 2026-12-26, 2027-01-01");
  CHECK(parse_non_working_days(format_non_working_days(*days), problem) == days);

  for (const char* empty : {"", "  ", ",\n, "}) {
    CAPTURE(empty);
    days = parse_non_working_days(empty, problem);
    REQUIRE(days);
    CHECK(days->empty());
  }
  CHECK(format_non_working_days({}).empty());

  CHECK_FALSE(parse_non_working_days("2026-12-25, 2026-02-30", problem));
  CHECK(problem == "\"2026-02-30\" is not a date (YYYY-MM-DD)");
  CHECK_FALSE(parse_non_working_days("Christmas", problem));
  CHECK(problem == "\"Christmas\" is not a date (YYYY-MM-DD)");
  CHECK_FALSE(parse_non_working_days("25/12/2026", problem));
  CHECK(problem == "\"25/12/2026\" is not a date (YYYY-MM-DD)");

  // A set built by hand with an entry that is not a date: it is left out when written.
  CHECK(format_non_working_days({"2026-12-25", "2026-12-32"}) == "2026-12-25");
}
