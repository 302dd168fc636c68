// The exact number of insertions + deletions between two id sequences by Myers' bidirectional O(ND) search,
// for pairs that differ little; gives up past a work budget so a heavy rewrite goes to the bit-parallel
// count.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace sk::measure {

// The minimal edit cost D (so LCS = (n + m - D) / 2), or nullopt when D > max_cost or when more than
// `work_budget` steps (diagonal extensions plus word comparisons) would be needed. Memory O(max_cost).
std::optional<size_t> myers_distance(std::span<const uint32_t> a, std::span<const uint32_t> b,
                                     size_t max_cost, size_t work_budget);

}  // namespace sk::measure
