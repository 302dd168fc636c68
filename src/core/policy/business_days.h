// Business-day arithmetic on ISO dates (YYYY-MM-DD): Monday to Friday, minus the project's non-working days.
#pragma once

#include <optional>
#include <set>
#include <string>

namespace sk::policy {

// Days that are not worked although they fall on a weekday (public holidays agreed for the project), as
// YYYY-MM-DD. An entry that is not a real date written that way matches no day. Saturdays and Sundays need
// not be listed; listing one changes nothing.
using NonWorkingDays = std::set<std::string>;

// Dates here are years 0000 to 9999 written YYYY-MM-DD with a real month and day ("2026-02-29" is not one);
// every function below throws std::invalid_argument for a date that is not, and for a result that would be
// after 9999-12-31.

// True for a real calendar date written YYYY-MM-DD. Never throws.
bool is_iso_date(const std::string& text);

// True when `iso` is neither a Saturday nor a Sunday and is not in `days`.
bool is_business_day(const std::string& iso, const NonWorkingDays& days);

// The `n`-th business day after `start_iso`: the start itself never counts, even when it is a business day,
// so a delivery on a Saturday counts from the Monday. Throws std::invalid_argument when n < 1.
// Example: Friday 2026-01-30 + 1 -> Monday 2026-02-02.
std::string add_business_days(const std::string& start_iso, int n, const NonWorkingDays& days);

// How many business days lie in (from_iso, to_iso]: after `from`, up to and including `to`; 0 when `to` is
// on or before `from`. For n >= 1, business_days_between(s, add_business_days(s, n, d), d) == n.
int business_days_between(const std::string& from_iso, const std::string& to_iso, const NonWorkingDays& days);

// The calendar day after `iso` (any day of the week).
std::string next_day(const std::string& iso);

// The non-working days in `text`: ISO dates separated by commas, semicolons or white space
// ("2026-12-25, 2026-12-26", one per line, ...). Empty text, or only separators, gives the empty set.
// On an entry that is not a date: nullopt, and `problem` says which in words, e.g.
// "\"2026-02-30\" is not a date (YYYY-MM-DD)". On success `problem` is cleared. Never throws for bad text.
std::optional<NonWorkingDays> parse_non_working_days(const std::string& text, std::string& problem);

// `days` as parse_non_working_days reads them: sorted, separated by ", " ("2026-12-25, 2026-12-26"); empty
// for the empty set. Entries that are not dates are left out (they match no day).
std::string format_non_working_days(const NonWorkingDays& days);

}  // namespace sk::policy
