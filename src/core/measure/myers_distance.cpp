// Myers' greedy forward pass, keeping only the furthest point per diagonal; see myers_distance.h.
#include "measure/myers_distance.h"

#include <vector>

namespace sk::measure {

std::optional<size_t> myers_distance(std::span<const uint32_t> a, std::span<const uint32_t> b,
                                     size_t max_cost, size_t work_budget) {
  const auto n = static_cast<int64_t>(a.size());
  const auto m = static_cast<int64_t>(b.size());
  const int64_t limit = std::min<int64_t>(static_cast<int64_t>(max_cost), n + m);
  // furthest[k + offset]: the largest x reached on diagonal k = x - y.
  const int64_t offset = limit + 1;
  std::vector<int64_t> furthest(static_cast<size_t>(2 * limit + 3), 0);
  size_t work = 0;
  for (int64_t d = 0; d <= limit; ++d) {
    // Points may overshoot the rectangle (x > n or y > m); they never slide and can only reach the end with a
    // cost no lower than a real path's, so the first d that reaches (n, m) is still the minimum.
    for (int64_t k = -d; k <= d; k += 2) {
      int64_t x;
      if (k == -d || (k != d && furthest[k - 1 + offset] < furthest[k + 1 + offset])) {
        x = furthest[k + 1 + offset];  // a word inserted: step down
      } else {
        x = furthest[k - 1 + offset] + 1;  // a word deleted: step right
      }
      int64_t y = x - k;  // never negative: furthest[k] >= max(k, 0)
      const int64_t start = x;
      while (x < n && y < m && a[static_cast<size_t>(x)] == b[static_cast<size_t>(y)]) {
        ++x;
        ++y;
      }
      work += 1 + static_cast<size_t>(x - start);
      furthest[k + offset] = x;
      if (x >= n && y >= m) return static_cast<size_t>(d);
    }
    if (work > work_budget) return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace sk::measure
