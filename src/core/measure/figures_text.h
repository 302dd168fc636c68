// How the measured figures are written for a person, the same in the CLI and the desktop app: counts with
// thousands separators, a share as a percentage with two decimals below 10% and one above.
#pragma once

#include <cstddef>
#include <string>

namespace sk::measure {

// "1,234,567".
std::string with_thousands(size_t value);

// 0.1667 -> "16.7%", 0.05 -> "5.00%".
std::string share_percent(double share);

}  // namespace sk::measure
