// Picking the terms in force on a date; see terms_in_force.h.
#include "policy/terms_in_force.h"

#include <optional>

namespace sk::policy {

std::size_t terms_in_force(const std::vector<TermsStart>& versions, const std::string& date) {
  std::size_t lowest = 0;
  std::optional<std::size_t> best;
  for (std::size_t i = 0; i < versions.size(); ++i) {
    if (versions[i].version < versions[lowest].version) lowest = i;
    // ISO dates compare correctly as strings.
    if (versions[i].effective_from <= date && (!best || versions[i].version > versions[*best].version)) {
      best = i;
    }
  }
  return best.value_or(lowest);
}

}  // namespace sk::policy
