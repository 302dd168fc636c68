// A fast alignment of two long id sequences: anchors on words unique to both sides, exact in between.
#pragma once

#include <cstdint>
#include <span>

#include "measure/alignment.h"

namespace sk::measure {

// Patience-style: words that occur exactly once in both ranges and keep their order anchor the alignment
// (longest increasing subsequence); the gaps between anchors are aligned the same way, and exactly once they
// are small (exact_alignment.h). When a range has no unique common word, the least frequent common word
// anchors it. The result is a valid alignment, usually optimal, not always: compare() checks its length
// against the exact LCS. Work is capped: past the cap, remaining gaps are left unaligned.
Alignment align_anchored(std::span<const uint32_t> a, std::span<const uint32_t> b, uint32_t alphabet);

}  // namespace sk::measure
