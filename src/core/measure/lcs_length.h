// The exact length of the longest common subsequence of two id sequences, bit-parallel and banded.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace sk::measure {

// Hyyrö's bit-parallel LCS (64 cells per step) restricted to the diagonals that a path costing at most
// `max_cost` insertions + deletions can reach. The result is exact whenever some optimal alignment costs
// at most `max_cost` (for instance when max_cost comes from any valid alignment); SIZE_MAX means no band.
// Time O(m * (band / 64 + 1) + occurrences), memory O(n + alphabet).
size_t lcs_length(std::span<const uint32_t> a, std::span<const uint32_t> b, uint32_t alphabet,
                  size_t max_cost = SIZE_MAX);

}  // namespace sk::measure
