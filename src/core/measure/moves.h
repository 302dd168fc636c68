// Finds passages that were moved rather than rewritten: deleted in one place, inserted unchanged in another.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "measure/alignment.h"
#include "measure/comparison.h"

namespace sk::measure {

inline constexpr size_t kMinMoveWords = 8;

// Pairs deleted and inserted passages (the gaps of `alignment`) that hold the same run of at least
// kMinMoveWords words. Each word is part of at most one move. Returns kMove changes in order of the old text.
std::vector<Change> find_moves(std::span<const uint32_t> a, std::span<const uint32_t> b,
                               const Alignment& alignment);

}  // namespace sk::measure
