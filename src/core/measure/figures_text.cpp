// Writing figures for people; see figures_text.h.
#include "measure/figures_text.h"

#include <iomanip>
#include <sstream>

namespace sk::measure {

std::string with_thousands(size_t value) {
  const std::string digits = std::to_string(value);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string share_percent(double share) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(share * 100 < 10 ? 2 : 1) << share * 100 << '%';
  return s.str();
}

}  // namespace sk::measure
