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

namespace {

// One round of one direction: extends every live diagonal of `v` (furthest x per diagonal, in that
// direction's own coordinates) by one edit and then along its snake, and trims diagonals that ran off the
// graph. `same(x, y)` compares the words at (x, y) in that direction and `fetch(x, y)` starts loading them.
// With kCheck, returns true as soon as a diagonal reaches the other direction's furthest point
// `other[delta - k]`. Adds the words compared to `work`.
//
// Each diagonal starts from where its neighbours ended in the previous round, which on a long text is
// anywhere in it: the first comparison would wait for memory on most diagonals. Those neighbours are known
// before the round starts, so the words kAhead diagonals further on are fetched while this one is extended.
template <bool kCheck, typename Same, typename Fetch>
bool extend(int64_t* v, const int64_t* other, int64_t d, int64_t& start, int64_t& end, int64_t n, int64_t m,
            int64_t delta, size_t& work, Same same, Fetch fetch) {
  constexpr int64_t kAhead = 2 * 8;  // diagonals of one round are two apart
  const int64_t lo = -d + start, hi = d - end;
  int64_t left = v[lo - 1];  // v[k - 1], carried from the previous diagonal
  for (int64_t k = lo; k <= hi; k += 2) {
    if (k + kAhead <= hi) {
      const int64_t ahead = k + kAhead;
      const int64_t x = std::max(v[ahead - 1] + 1, v[ahead + 1]), y = x - ahead;
      if (x < n && y >= 0 && y < m) fetch(x, y);
    }
    const int64_t right = v[k + 1];
    // Myers' choice between a deletion and an insertion; on the outer diagonals -d and d the far neighbour is
    // still -1 and loses.
    int64_t x = std::max(left + 1, right);
    int64_t y = x - k;
    const int64_t from = x;
    if (x < n && y < m && same(x, y)) {
      do {
        ++x;
        ++y;
      } while (x < n && y < m && same(x, y));
      work += static_cast<size_t>(x - from);
    }
    v[k] = x;
    left = right;
    if (x > n || y > m) [[unlikely]] {
      if (x > n) {
        end += 2;
      } else {
        start += 2;
      }
    } else if (kCheck && x >= n - other[delta - k]) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<size_t> myers_distance(std::span<const uint32_t> a, std::span<const uint32_t> b,
                                     size_t max_cost, size_t work_budget) {
  const auto n = static_cast<int64_t>(a.size());
  const auto m = static_cast<int64_t>(b.size());
  if (n == 0 || m == 0) {
    const auto cost = static_cast<size_t>(n + m);
    return cost <= max_cost ? std::optional<size_t>(cost) : std::nullopt;
  }
  const auto cost_limit = static_cast<int64_t>(std::min<size_t>(max_cost, SIZE_MAX / 4));
  const int64_t delta = n - m;
  // The cost is at least |n - m|.
  if (delta > cost_limit || -delta > cost_limit) return std::nullopt;
  const bool odd = (delta % 2) != 0;
  const int64_t max_d = std::min<int64_t>((n + m + 1) / 2, cost_limit / 2 + 1);
  // Both arrays cover every diagonal either search reads, its own (|k| <= max_d + 1) and the other's seen
  // from it (delta - k), so no index needs a range check. -1 marks a diagonal not reached yet: it can never
  // pass an overlap test below, since x <= n there.
  const int64_t offset = max_d + 2 + (delta < 0 ? -delta : delta);
  std::vector<int64_t> forward_store(static_cast<size_t>(2 * offset + 1), -1);
  std::vector<int64_t> reverse_store(forward_store.size(), -1);
  int64_t* const fwd = forward_store.data() + offset;  // fwd[k]: furthest x on diagonal k = x - y
  int64_t* const rev = reverse_store.data() + offset;  // the same, searching back from (n, m)
  fwd[1] = 0;
  rev[1] = 0;
  const uint32_t* const pa = a.data();
  const uint32_t* const pb = b.data();
  const uint32_t* const ea = pa + n - 1;  // ea[-x] is a[n - 1 - x]
  const uint32_t* const eb = pb + m - 1;
  auto same_forward = [pa, pb](int64_t x, int64_t y) { return pa[x] == pb[y]; };
  auto same_reverse = [ea, eb](int64_t x, int64_t y) { return ea[-x] == eb[-y]; };
  auto fetch_forward = [pa, pb](int64_t x, int64_t y) {
    __builtin_prefetch(pa + x);
    __builtin_prefetch(pb + y);
  };
  auto fetch_reverse = [ea, eb](int64_t x, int64_t y) {
    __builtin_prefetch(ea - x);
    __builtin_prefetch(eb - y);
  };
  // Diagonals that ran off the graph are trimmed from each end.
  int64_t f_start = 0, f_end = 0, r_start = 0, r_end = 0;
  size_t work = 0;
  auto found = [&](int64_t cost) {
    return cost <= cost_limit ? std::optional<size_t>(static_cast<size_t>(cost)) : std::nullopt;
  };

  for (int64_t d = 0; d <= max_d; ++d) {
    const int64_t f_lo = -d + f_start, f_hi = d - f_end;
    const bool f_met =
        odd ? extend<true>(fwd, rev, d, f_start, f_end, n, m, delta, work, same_forward, fetch_forward)
            : extend<false>(fwd, rev, d, f_start, f_end, n, m, delta, work, same_forward, fetch_forward);
    if (f_met) return found(2 * d - 1);
    const int64_t r_lo = -d + r_start, r_hi = d - r_end;
    // The reverse search compares its x against the forward one's: fwd[delta - k] >= n - x, written as
    // x >= n - fwd[delta - k].
    const bool r_met =
        odd ? extend<false>(rev, fwd, d, r_start, r_end, n, m, delta, work, same_reverse, fetch_reverse)
            : extend<true>(rev, fwd, d, r_start, r_end, n, m, delta, work, same_reverse, fetch_reverse);
    if (r_met) return found(2 * d);
    work +=
        static_cast<size_t>(std::max<int64_t>(0, f_hi - f_lo) + std::max<int64_t>(0, r_hi - r_lo)) / 2 + 2;
    if (work > work_budget || 2 * d + 1 > cost_limit) break;
  }
  return std::nullopt;
}

}  // namespace sk::measure
