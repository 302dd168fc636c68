// Round numbering; see rounds.h.
#include "policy/rounds.h"

namespace sk::policy {

std::vector<std::optional<int>> number_rounds(const std::vector<bool>& counted) {
  std::vector<std::optional<int>> rounds;
  rounds.reserve(counted.size());
  int next = 0;
  for (bool counts : counted) {
    rounds.push_back(counts ? std::optional<int>(next++) : std::nullopt);
  }
  return rounds;
}

}  // namespace sk::policy
