// Myers' bidirectional ("middle snake") search for the edit cost only; see myers_distance.h.
//
// A forward search from (0, 0) and a reverse search from (n, m) each keep the furthest point reached on every
// diagonal. They overlap first when d_forward + d_reverse equals the minimal cost D (Myers 1986, lemma 3):
// in the forward pass with D = 2d - 1 when n - m is odd, in the reverse pass with D = 2d when it is even.
// Each side explores about (D/2)^2 / 2 diagonals, half the work of a one-sided search.
#include "measure/myers_distance.h"

#include <algorithm>
#include <vector>

namespace sk::measure {

std::optional<size_t> myers_distance(std::span<const uint32_t> a, std::span<const uint32_t> b,
                                     size_t max_cost, size_t work_budget) {
  const auto n = static_cast<int64_t>(a.size());
  const auto m = static_cast<int64_t>(b.size());
  if (n == 0 || m == 0) {
    const auto cost = static_cast<size_t>(n + m);
    return cost <= max_cost ? std::optional<size_t>(cost) : std::nullopt;
  }
  const auto cost_limit = static_cast<int64_t>(std::min<size_t>(max_cost, SIZE_MAX / 4));
  const int64_t max_d = std::min<int64_t>((n + m + 1) / 2, cost_limit / 2 + 1);
  const int64_t offset = max_d + 1;
  std::vector<int64_t> forward_store(static_cast<size_t>(2 * offset + 1), -1);
  std::vector<int64_t> reverse_store(forward_store.size(), -1);
  int64_t* const fwd = forward_store.data() + offset;  // fwd[k]: furthest x on diagonal k = x - y
  int64_t* const rev = reverse_store.data() + offset;  // the same, searching back from (n, m)
  fwd[1] = 0;
  rev[1] = 0;
  const uint32_t* const pa = a.data();
  const uint32_t* const pb = b.data();
  const int64_t delta = n - m;
  const bool odd = (delta % 2) != 0;
  // Diagonals that ran off the graph are trimmed from each end.
  int64_t f_start = 0, f_end = 0, r_start = 0, r_end = 0;
  size_t work = 0;
  auto found = [&](int64_t cost) {
    return cost <= cost_limit ? std::optional<size_t>(static_cast<size_t>(cost)) : std::nullopt;
  };

  for (int64_t d = 0; d <= max_d; ++d) {
    const int64_t f_lo = -d + f_start, f_hi = d - f_end;
    for (int64_t k = f_lo; k <= f_hi; k += 2) {
      int64_t x = (k == -d || (k != d && fwd[k - 1] < fwd[k + 1])) ? fwd[k + 1] : fwd[k - 1] + 1;
      int64_t y = x - k;
      const int64_t from = x;
      while (x < n && y < m && pa[x] == pb[y]) {
        ++x;
        ++y;
      }
      work += static_cast<size_t>(x - from);
      fwd[k] = x;
      if (x > n) {
        f_end += 2;
      } else if (y > m) {
        f_start += 2;
      } else if (odd) {
        const int64_t rk = delta - k;  // the same diagonal in the reverse search's coordinates
        if (rk >= -max_d && rk <= max_d && rev[rk] != -1 && x >= n - rev[rk]) return found(2 * d - 1);
      }
    }
    const int64_t r_lo = -d + r_start, r_hi = d - r_end;
    for (int64_t k = r_lo; k <= r_hi; k += 2) {
      int64_t x = (k == -d || (k != d && rev[k - 1] < rev[k + 1])) ? rev[k + 1] : rev[k - 1] + 1;
      int64_t y = x - k;
      const int64_t from = x;
      while (x < n && y < m && pa[n - x - 1] == pb[m - y - 1]) {
        ++x;
        ++y;
      }
      work += static_cast<size_t>(x - from);
      rev[k] = x;
      if (x > n) {
        r_end += 2;
      } else if (y > m) {
        r_start += 2;
      } else if (!odd) {
        const int64_t fk = delta - k;
        if (fk >= -max_d && fk <= max_d && fwd[fk] != -1 && fwd[fk] >= n - x) return found(2 * d);
      }
    }
    work +=
        static_cast<size_t>(std::max<int64_t>(0, f_hi - f_lo) + std::max<int64_t>(0, r_hi - r_lo)) / 2 + 2;
    if (work > work_budget || 2 * d + 1 > cost_limit) break;
  }
  return std::nullopt;
}

}  // namespace sk::measure
