// Banded bit-parallel LCS length; see lcs_length.h and docs/measuring.md ("Why the count is exact").
//
// Bit r of V is 1 when L[r+1][j] == L[r][j] (column j, rows over `a`). Per column with match mask M:
//   U = V & M;  V = (V + U) | (V - U)
// and the carry out of a block is the increase of L along its last row. Cells outside the band are never
// computed: a block leaving the band at the top gives carry 0 to the block below it, a block entering at the
// bottom starts as "no increase" (all ones). Both only underestimate cells, and every cell of an optimal path
// inside the band is computed exactly, so the final value is exact.
//
// Large problems run on two threads: the upper lane of blocks passes its carry for each column to the lower
// lane, which follows a few hundred columns behind.
#include "measure/lcs_length.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include "measure/lcs_step.h"
#include "measure/match_masks.h"

namespace sk::measure {

namespace {

constexpr int64_t kPublishEvery = 256;             // columns between progress reports of a lane
constexpr size_t kTwoLaneSteps = size_t{1} << 24;  // block steps from which a second thread pays off

struct Band {
  int64_t n, m, k_min, k_max, last_block;

  // Blocks [first, last] in the band for column j (1-based).
  std::pair<int64_t, int64_t> blocks(int64_t j) const {
    const int64_t row_lo = std::max<int64_t>(0, j - k_max - 1);
    const int64_t row_hi = std::min<int64_t>(n - 1, j - k_min - 1);
    return {row_lo / 64, std::min(row_hi / 64, last_block)};
  }
};

// A range of blocks [lo, hi) computed by one thread. `upstream` (the lane above) publishes its carry out of
// block lo - 1 for every column; `downstream` receives ours out of block hi - 1.
struct Lane {
  int64_t lo, hi;
  const std::atomic<int64_t>* upstream_done = nullptr;
  const std::vector<uint8_t>* upstream_carry = nullptr;
  std::atomic<int64_t>* done = nullptr;
  std::vector<uint8_t>* carry_out = nullptr;
};

// Runs every column over the lane's blocks; returns the sum of carries out of the band's bottom block when
// that block is in this lane.
size_t run_lane(const Band& band, std::span<const uint32_t> b, const MatchIndex& index,
                std::vector<uint64_t>& v, const Lane& lane) {
  MaskWindow masks(index);
  size_t total = 0;
  int64_t seen = 0;  // columns the upstream lane is known to have finished
  for (int64_t j = 1; j <= band.m; ++j) {
    const auto [first, last] = band.blocks(j);
    const int64_t lo = std::max(first, lane.lo), hi = std::min(last, lane.hi - 1);
    uint64_t carry = 0;
    if (lane.upstream_done != nullptr && first < lane.lo) {
      while (seen < j) {
        seen = lane.upstream_done->load(std::memory_order_acquire);
        if (seen < j) std::this_thread::yield();
      }
      carry = (*lane.upstream_carry)[static_cast<size_t>(j)];
    }
    if (lo <= hi) {
      const uint32_t id = b[static_cast<size_t>(j - 1)];
      const uint64_t* pm = index.occurrences(id) == 0 ? nullptr : masks.acquire(id, lo, hi);
      if (pm != nullptr || carry != 0) {
        if (pm == nullptr) pm = masks.zeros();
        for (int64_t w = lo; w <= hi; ++w)
          v[static_cast<size_t>(w)] = lcs_step(v[static_cast<size_t>(w)], pm[w], carry);
        masks.release();
      }
      if (hi == last) total += carry;  // the band's bottom block is ours
    } else {
      carry = 0;
    }
    if (lane.carry_out != nullptr) {
      (*lane.carry_out)[static_cast<size_t>(j)] = static_cast<uint8_t>(hi == lane.hi - 1 ? carry : 0);
      if (j % kPublishEvery == 0 || j == band.m) lane.done->store(j, std::memory_order_release);
    }
  }
  return total;
}

}  // namespace

size_t lcs_length(std::span<const uint32_t> a, std::span<const uint32_t> b, uint32_t alphabet,
                  size_t max_cost, size_t two_threads_from) {
  const auto n = static_cast<int64_t>(a.size());
  const auto m = static_cast<int64_t>(b.size());
  if (n == 0 || m == 0) return 0;

  // Diagonal k = j - i of every cell on a path of cost <= D satisfies |k| + |delta - k| <= D.
  const int64_t delta = m - n;
  const int64_t d = max_cost >= static_cast<size_t>(n + m) ? n + m : static_cast<int64_t>(max_cost);
  const Band band{n, m, (delta - d) / 2 - 1, (delta + d) / 2 + 1, (n - 1) / 64};

  const MatchIndex index(a, alphabet, b);
  const auto blocks = static_cast<int64_t>(index.blocks());
  std::vector<uint64_t> v(index.blocks(), ~0ULL);  // untouched blocks: all ones, "no increase"

  const size_t steps = static_cast<size_t>(m) * static_cast<size_t>(std::min(blocks, d / 64 + 2));
  if (steps < two_threads_from || blocks < 8) {
    return run_lane(band, b, index, v, Lane{0, blocks});
  }
  std::atomic<int64_t> done{0};
  std::vector<uint8_t> carries(static_cast<size_t>(m) + 1, 0);
  const int64_t split = blocks / 2;
  size_t upper_total = 0;
  std::thread upper([&] {
    upper_total = run_lane(band, b, index, v, Lane{0, split, nullptr, nullptr, &done, &carries});
  });
  const size_t lower_total =
      run_lane(band, b, index, v, Lane{split, blocks, &done, &carries, nullptr, nullptr});
  upper.join();
  return upper_total + lower_total;
}

}  // namespace sk::measure
