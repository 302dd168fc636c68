// Banded bit-parallel LCS length; see lcs_length.h and docs/measuring.md ("Why the count is exact").
//
// Bit r of V is 1 when L[r+1][j] == L[r][j] (column j, rows over `a`). Per column with match mask M:
//   U = V & M;  V = (V + U) | (V - U)
// and the carry out of the last block is L[n][j] - L[n][j-1]. Cells outside the band are never computed:
// a block leaving the band at the top gives carry 0 to the block below it, a block entering at the bottom
// starts as "no increase" (all ones). Both only underestimate cells, and every cell of an optimal path
// inside the band is computed exactly, so the final value is exact.
#include "measure/lcs_length.h"

#include <algorithm>
#include <vector>

#include "measure/lcs_step.h"
#include "measure/match_masks.h"

namespace sk::measure {

size_t lcs_length(std::span<const uint32_t> a, std::span<const uint32_t> b, uint32_t alphabet,
                  size_t max_cost) {
  const auto n = static_cast<int64_t>(a.size());
  const auto m = static_cast<int64_t>(b.size());
  if (n == 0 || m == 0) return 0;

  // Diagonal k = j - i of every cell on a path of cost <= D satisfies |k| + |delta - k| <= D.
  const int64_t delta = m - n;
  const int64_t full = n + m;
  const int64_t d = max_cost >= static_cast<size_t>(full) ? full : static_cast<int64_t>(max_cost);
  const int64_t k_min = (delta - d) / 2 - 1;
  const int64_t k_max = (delta + d) / 2 + 1;

  MatchMasks masks(a, alphabet, b);
  const int64_t last_block_of_a = (n - 1) / 64;
  std::vector<uint64_t> v(masks.blocks(), ~0ULL);

  size_t total = 0;  // L at the bottom row of the lowest block computed so far
  for (int64_t j = 1; j <= m; ++j) {
    // Rows (0-based) in the band for column j, clipped to the text.
    const int64_t row_lo = std::max<int64_t>(0, j - k_max - 1);
    const int64_t row_hi = std::min<int64_t>(n - 1, j - k_min - 1);
    const int64_t first = row_lo / 64;
    const int64_t last = std::min(row_hi / 64, last_block_of_a);
    // A block entering at the bottom was never touched: all ones, i.e. equal to `total` in column j - 1.
    const uint32_t id = b[static_cast<size_t>(j - 1)];
    if (masks.occurrences(id) == 0) continue;
    const uint64_t* pm = masks.acquire(id, static_cast<size_t>(first), static_cast<size_t>(last));
    if (pm == nullptr) continue;
    uint64_t carry = 0;
    for (int64_t w = first; w <= last; ++w)
      v[static_cast<size_t>(w)] = lcs_step(v[static_cast<size_t>(w)], pm[w], carry);
    masks.release();
    total += carry;
  }
  return total;
}

}  // namespace sk::measure
