// The exact length of the longest common subsequence of two id sequences, bit-parallel and banded.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace sk::measure {

// Hyyrö's bit-parallel LCS (64 cells per step) restricted to the diagonals that a path costing at most
// `max_cost` insertions + deletions can reach. The result is exact whenever some optimal alignment costs
// at most `max_cost` (for instance when max_cost comes from any valid alignment); SIZE_MAX means no band.
// Time O(m * (band / 64 + 1) + occurrences), memory O(n + alphabet). From `two_threads_from` block steps
// on (and at least 8 blocks), the work is split over two threads.
inline constexpr size_t kLcsTwoThreadsFrom = size_t{1} << 24;
size_t lcs_length(std::span<const uint32_t> a, std::span<const uint32_t> b, uint32_t alphabet,
                  size_t max_cost = SIZE_MAX, size_t two_threads_from = kLcsTwoThreadsFrom);

}  // namespace sk::measure
