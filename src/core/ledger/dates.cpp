// Date checks and today's date; see dates.h.
#include "ledger/dates.h"

#include <chrono>
#include <ctime>

namespace sk::ledger {

namespace {

std::string format_now(const char* format, bool local) {
  const std::time_t now = std::time(nullptr);
  std::tm parts{};
  if (local) {
    localtime_r(&now, &parts);
  } else {
    gmtime_r(&now, &parts);
  }
  char buffer[32];
  const std::size_t size = std::strftime(buffer, sizeof buffer, format, &parts);
  return std::string(buffer, size);
}

bool digits(std::string_view text) {
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

bool is_valid_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  if (!digits(text.substr(0, 4)) || !digits(text.substr(5, 2)) || !digits(text.substr(8, 2))) return false;
  const int year = std::stoi(std::string(text.substr(0, 4)));
  const unsigned month = static_cast<unsigned>(std::stoi(std::string(text.substr(5, 2))));
  const unsigned day = static_cast<unsigned>(std::stoi(std::string(text.substr(8, 2))));
  return std::chrono::year_month_day(std::chrono::year(year), std::chrono::month(month),
                                     std::chrono::day(day))
      .ok();
}

std::string today() {
  return format_now("%Y-%m-%d", true);
}

std::string utc_stamp() {
  return format_now("%Y%m%d-%H%M%S", false);
}

}  // namespace sk::ledger
