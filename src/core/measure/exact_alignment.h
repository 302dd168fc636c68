// An exact (optimal) alignment of two short id sequences, by bit-parallel LCS with a stored matrix.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "measure/alignment.h"

namespace sk::measure {

// Memory is (m + 1) * ceil(n / 64) words; callers keep n * m within kExactAlignmentCells.
inline constexpr size_t kExactAlignmentCells = size_t{1} << 26;

// Appends to `out` the runs of an optimal alignment of a and b, with positions offset by the bases.
void align_exactly(std::span<const uint32_t> a, std::span<const uint32_t> b, size_t a_base, size_t b_base,
                   Alignment& out);

}  // namespace sk::measure
