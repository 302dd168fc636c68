// Calendar dates as the ledger stores them: YYYY-MM-DD text, checked, and today's date on this computer.
#pragma once

#include <string>
#include <string_view>

namespace sk::ledger {

// True for a real calendar date written YYYY-MM-DD (so "2024-02-30" is false).
bool is_valid_date(std::string_view text);

// Today's date in the computer's local time zone, YYYY-MM-DD.
std::string today();

// The current UTC time for file names: YYYYMMDD-HHMMSS.
std::string utc_stamp();

}  // namespace sk::ledger
